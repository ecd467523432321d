# Accuracy on ../shared/corpus (tuning and check parts; see tools/eval.py).
.PHONY: eval
eval: $(HOST_BIN)
	@python3 tools/eval.py --shared $(SHARED)
