# Every rule's own examples must match / not match; every pattern must compile.
.PHONY: test-rules
TESTS += test-rules
test-rules: all
	$(HOST_BIN) --rules rules rules test

# The packs' gates (tools/gatelib.py: words a pattern cannot match without)
# checked on real text: every closed gate's pattern runs anyway and must not
# match, over ../shared/corpus and ../shared/documents (skipped when absent).
.PHONY: test-gates
TESTS += test-gates
test-gates: all
	@if [ ! -d "$(SHARED)/corpus" ] || [ ! -d "$(SHARED)/documents" ]; then \
	    echo "test-gates: SKIPPED: $(SHARED)/corpus or $(SHARED)/documents is not here"; exit 0; fi; \
	out=$$(mktemp); \
	for f in $(SHARED)/corpus/*.jsonl; do \
	    SMALLPRINT_GATE_CHECK=1 $(HOST_BIN) --rules rules --allow-unsigned-rules classify --jsonl "$$f" 2>>$$out >/dev/null || { cat $$out; rm -f $$out; exit 1; }; \
	done; \
	SMALLPRINT_GATE_CHECK=1 $(HOST_BIN) --rules rules --allow-unsigned-rules scan $(SHARED)/documents/*.md 2>>$$out >/dev/null; \
	if grep -q "gate check:" $$out; then grep "gate check:" $$out | head -20; rm -f $$out; echo "test-gates: FAILED"; exit 1; fi; \
	rm -f $$out; echo "test-gates: every closed gate held on the corpora and the documents"
