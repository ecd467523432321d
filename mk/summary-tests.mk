# The page pass and page answers (host/src/summary.c, classify.c `covers`)
# alone. (Also run by test-unit and test-asan.)
.PHONY: test-summary
test-summary: $(BUILD)/tests/test_summary
	$(BUILD)/tests/test_summary
