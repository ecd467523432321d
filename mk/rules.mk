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

# The packs are generated (tools/gen-*.py): each must be exactly what its
# generator writes now, whatever Python's hash seed (the gates are sets).
.PHONY: test-packs-generated
TESTS += test-packs-generated
test-packs-generated:
	@tmp=$$(mktemp -d); status=0; \
	for g in ai-and-choice:10-ai-and-choice data-practices:20-data-practices terms:30-terms; do \
	    gen=$${g%%:*}; pack=$${g##*:}; \
	    PYTHONHASHSEED=$$$$ python3 tools/gen-$$gen.py $$tmp/$$pack.json >/dev/null || status=1; \
	    if ! cmp -s $$tmp/$$pack.json rules/$$pack.json; then \
	        echo "test-packs-generated: rules/$$pack.json is not what tools/gen-$$gen.py writes (run it and commit)"; status=1; fi; \
	done; rm -rf $$tmp; \
	[ $$status = 0 ] && echo "test-packs-generated: the 3 packs are what their generators write"; exit $$status

# The pattern reader behind the gates, on patterns whose answer is known.
.PHONY: test-gatelib
TESTS += test-gatelib
test-gatelib:
	@python3 tools/gatelib.py
