# Sentence segmentation and document conversion: cmocka unit tests, and
# build/segdump, a tool that prints a file's sentences with their line:column.
.PHONY: test-segment test-doc
TESTS += test-segment test-doc

$(BUILD)/test_segment: tests/unit/test_segment.c $(HOST_LIB) | $(BUILD)/obj
	$(CC) $(ALL_CFLAGS) -o $@ $< $(HOST_LIB) $(PKG_LIBS) $(CMOCKA_LIBS)

$(BUILD)/test_doc: tests/unit/test_doc.c $(HOST_LIB) | $(BUILD)/obj
	$(CC) $(ALL_CFLAGS) -o $@ $< $(HOST_LIB) $(PKG_LIBS) $(CMOCKA_LIBS)

$(BUILD)/segdump: tools/segdump.c $(HOST_LIB) | $(BUILD)/obj
	$(CC) $(ALL_CFLAGS) -o $@ $< $(HOST_LIB) $(PKG_LIBS)

test-segment: $(BUILD)/test_segment
	$(BUILD)/test_segment

test-doc: $(BUILD)/test_doc
	SHARED=$(SHARED) $(BUILD)/test_doc
