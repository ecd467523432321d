# Every rule's own examples must match / not match; every pattern must compile.
.PHONY: test-rules
TESTS += test-rules
test-rules: all
	$(HOST_BIN) --rules rules rules test
