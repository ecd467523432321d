# host/src/values.c alone: numbers, retention periods and kinds, opt-out
# places, arbitration windows. (Also run by test-unit and test-asan.)
.PHONY: test-values
test-values: $(BUILD)/tests/test_values
	$(BUILD)/tests/test_values
