# Sentence segmentation and document conversion. Their cmocka tests are
# built and run by test-unit / test-asan (mk/host.mk); these targets run one
# alone. build/segdump prints a file's sentences with their line:column.
.PHONY: test-segment test-doc segdump

$(BUILD)/segdump: tools/segdump.c $(HOST_LIB) | $(BUILD)/obj
	$(CC) $(ALL_CFLAGS) -o $@ $< $(HOST_LIB) $(PKG_LIBS)
segdump: $(BUILD)/segdump

test-segment: $(BUILD)/tests/test_segment
	$(BUILD)/tests/test_segment

test-doc: $(BUILD)/tests/test_doc
	SHARED=$(SHARED) $(BUILD)/tests/test_doc
