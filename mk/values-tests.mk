# Unit tests for host/src/values.c: numbers, retention periods and kinds,
# opt-out places, arbitration opt-out windows (cmocka). The binary is built
# by the tests/unit pattern rule in mk/host.mk; this target runs it alone.
.PHONY: test-values
TESTS += test-values

test-values: $(BUILD)/tests/test_values
	$(BUILD)/tests/test_values
