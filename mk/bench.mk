# Benchmarks print their figures; they are not tests (timings are noisy).
.PHONY: bench
$(BUILD)/bench-throughput: bench/throughput.c $(HOST_LIB)
	$(CC) $(filter-out -Wmissing-prototypes,$(ALL_CFLAGS)) -o $@ $< $(HOST_LIB) $(PKG_LIBS)

bench: all $(BUILD)/bench-throughput
	@bench/run.sh

# Which rules cost the most on real text (for rule writers).
.PHONY: rule-costs
$(BUILD)/rule-costs: bench/rule-costs.c $(HOST_LIB)
	$(CC) $(filter-out -Wmissing-prototypes,$(ALL_CFLAGS)) -o $@ $< $(HOST_LIB) $(PKG_LIBS)
rule-costs: $(BUILD)/rule-costs
	@test -f $(BUILD)/bench/corpus.txt || bench/run.sh >/dev/null
	$(BUILD)/rule-costs rules $(BUILD)/bench/corpus.txt 30
