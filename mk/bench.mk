# Benchmarks print their figures; they are not tests (timings are noisy).
.PHONY: bench
$(BUILD)/bench-throughput: bench/throughput.c $(HOST_LIB)
	$(CC) $(filter-out -Wmissing-prototypes,$(ALL_CFLAGS)) -o $@ $< $(HOST_LIB) $(PKG_LIBS)

bench: $(HOST_BIN) $(BUILD)/bench-throughput
	@bench/run.sh
