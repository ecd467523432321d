# Every rule's own examples must match / not match; every pattern must compile.
.PHONY: test-rules
TESTS += test-rules
test-rules: $(HOST_BIN)
	$(HOST_BIN) --rules rules rules test
