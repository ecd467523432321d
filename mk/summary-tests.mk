# The page pass and page answers (host/src/summary.c, classify.c `covers`):
# cmocka tests with a small pack of their own plus the real rules/.
# (tests/unit/*.c are also built and run by test-unit in mk/host.mk.)
.PHONY: test-summary
TESTS += test-summary

$(BUILD)/tests/test_summary: tests/unit/test_summary.c $(HOST_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(filter-out -Wpedantic -Wmissing-prototypes,$(ALL_CFLAGS)) -o $@ $< $(HOST_LIB) $(PKG_LIBS) $(CMOCKA_LIBS)

test-summary: $(BUILD)/tests/test_summary
	$(BUILD)/tests/test_summary
