# Unit tests for host/src/values.c: numbers, retention periods and kinds,
# opt-out places, arbitration opt-out windows (cmocka).
VALUES_TEST_BIN := $(BUILD)/tests/test_values

.PHONY: test-values
TESTS += test-values

$(VALUES_TEST_BIN): tests/unit/test_values.c host/src/values.h $(HOST_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(HOST_LIB) $(PKG_LIBS) $(CMOCKA_LIBS)

test-values: $(VALUES_TEST_BIN)
	$(VALUES_TEST_BIN)
