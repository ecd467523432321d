# Accuracy on ../shared/corpus (tuning and check parts; see tools/eval.py).
.PHONY: eval
eval: all
	@python3 tools/eval.py --shared $(SHARED)
