# Fuzzing (issue 8): libFuzzer harnesses in fuzz/, built with clang, ASan and
# UBSan from their own objects under build/fuzz/ (the normal build is not
# touched).
#
#   make fuzz FUZZ_SECONDS=N     fuzz each harness for N seconds, at nice 19
#   make fuzz FUZZ_RUNS=N        ... or for N runs each
#   make fuzz FUZZ_RUNS=N FUZZ_JOBS=J   N runs split over J processes that
#                                share one corpus (J cores, same total)
#   make fuzz FUZZ_TARGETS="proto doc"   only these harnesses
#   make test-fuzz               replay every seed and saved crash input through
#                                its harness (part of `make test`)
#
# New corpus entries go to build/fuzz/corpus/<name>/, crashes to
# build/fuzz/artifacts/<name>/. A crash, once fixed, is copied to
# fuzz/crashes/<name>/ so `make test` keeps it fixed (see docs/TESTING.md).

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_RUNS    ?=
FUZZ_JOBS    ?= 1
FUZZ_NICE    ?= nice -n 19
FUZZ_DIR     := $(BUILD)/fuzz
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS  := $(filter-out -Werror,$(WARN)) -g -O1 -fno-omit-frame-pointer $(FUZZ_SAN) \
                $(PKG_CFLAGS) -Ihost/src -D_DEFAULT_SOURCE -D_GNU_SOURCE \
                -DFUZZ_RULES_DIR='"$(CURDIR)/rules"'
# diff.c is another helper's; its harness joins when its header exists.
FUZZ_ALL     := frame proto rules classify doc $(if $(wildcard host/src/diff.h),diff)
FUZZ_TARGETS ?= $(FUZZ_ALL)
FUZZ_OBJ     := $(HOST_SRC:host/src/%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_BINS    := $(FUZZ_ALL:%=$(FUZZ_DIR)/fuzz_%)

# Per-harness libFuzzer options: input size and the time one input may take
# before libFuzzer calls it a hang (ASan makes everything ~3x slower).
FUZZ_OPTS_frame    := -max_len=4096 -timeout=10
FUZZ_OPTS_proto    := -max_len=4096 -timeout=20 -close_fd_mask=2
FUZZ_OPTS_rules    := -max_len=16384 -timeout=20 -close_fd_mask=2
FUZZ_OPTS_classify := -max_len=4096 -timeout=10
FUZZ_OPTS_doc      := -max_len=4096 -timeout=10
FUZZ_OPTS_diff     := -max_len=4096 -timeout=10

.PHONY: fuzz fuzz-build test-fuzz
TESTS += test-fuzz

fuzz-build: $(FUZZ_BINS)

$(FUZZ_DIR)/obj/%.o: host/src/%.c host/src/*.h | $(FUZZ_DIR)/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_DIR)/obj:
	@mkdir -p $@

$(FUZZ_DIR)/libsmallprint-fuzz.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_DIR)/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_common.h $(FUZZ_DIR)/libsmallprint-fuzz.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_DIR)/libsmallprint-fuzz.a $(PKG_LIBS)

# One harness: its corpus dir first (new inputs go there), then the seeds.
# With FUZZ_JOBS > 1 the runs are split over that many processes, which pick
# up each other's new inputs from the shared corpus dir (-reload); each
# writes its log to build/fuzz/<name>.job<k>.log and the recipe fails if any
# of them found something.
fuzz_limit = $(if $(FUZZ_RUNS),-runs=$(shell echo $$(( $(FUZZ_RUNS) / $(FUZZ_JOBS) ))),-max_total_time=$(FUZZ_SECONDS))
fuzz_cmd = $(FUZZ_NICE) $(FUZZ_DIR)/fuzz_$(1) $(fuzz_limit) $(FUZZ_OPTS_$(1)) \
    $(if $(wildcard fuzz/dict/$(1).dict),-dict=fuzz/dict/$(1).dict) \
    -artifact_prefix=$(FUZZ_DIR)/artifacts/$(1)/ -print_final_stats=1 \
    $(FUZZ_DIR)/corpus/$(1) fuzz/seeds/$(1)
define fuzz_one
mkdir -p $(FUZZ_DIR)/corpus/$(1) $(FUZZ_DIR)/artifacts/$(1) && \
echo "=== fuzz_$(1) $(fuzz_limit) x $(FUZZ_JOBS)" && \
$(if $(filter-out 1,$(FUZZ_JOBS)),\
  pids=; for k in $$(seq $(FUZZ_JOBS)); do \
    $(call fuzz_cmd,$(1)) > $(FUZZ_DIR)/$(1).job$$k.log 2>&1 & pids="$$pids $$!"; done; \
  rc=0; for p in $$pids; do wait $$p || rc=1; done; \
  for k in $$(seq $(FUZZ_JOBS)); do echo "--- job $$k"; grep -a "stat::\|ERROR\|SUMMARY\|Test unit written" $(FUZZ_DIR)/$(1).job$$k.log; done; \
  test $$rc = 0,\
  $(call fuzz_cmd,$(1)))
endef

fuzz: $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)
	@$(foreach t,$(FUZZ_TARGETS),$(call fuzz_one,$(t)) && ) true

test-fuzz: $(FUZZ_BINS)
	@fuzz/replay.sh $(FUZZ_DIR) $(FUZZ_ALL)
