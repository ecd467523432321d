# Host unit tests (cmocka), the same under ASan+UBSan, and the protocol test
# that pipes framed messages through the real binary.
#
# Every tests/unit/test_<name>.c is a cmocka program linked against the host
# library; tests run from the repository root (they read rules/).

UNIT_SRC  := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
ASAN_DIR  := $(BUILD)/asan
ASAN_CC   ?= clang
ASAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1 -g
ASAN_OBJ  := $(HOST_SRC:host/src/%.c=$(ASAN_DIR)/obj/%.o)
ASAN_LIB  := $(ASAN_DIR)/libsmallprint.a
ASAN_BIN  := $(ASAN_DIR)/smallprint-host
ASAN_UNIT := $(UNIT_SRC:tests/unit/%.c=$(ASAN_DIR)/tests/%)
# -Wno-gnu: clang's pedantic mode flags zero-argument variadic cmocka macros
ASAN_CFLAGS := $(filter-out -Wpedantic,$(ALL_CFLAGS)) $(ASAN_FLAGS)
export ASAN_OPTIONS ?= detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS ?= print_stacktrace=1:halt_on_error=1

.PHONY: test-unit test-asan test-protocol test-protocol-asan
TESTS += test-unit test-protocol test-asan test-protocol-asan

$(BUILD)/tests/%: tests/unit/%.c $(HOST_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(filter-out -Wpedantic -Wmissing-prototypes,$(ALL_CFLAGS)) -o $@ $< $(HOST_LIB) $(PKG_LIBS) $(CMOCKA_LIBS)

test-unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "--- $$t"; SHARED=$(SHARED) $$t; done

$(ASAN_DIR)/obj/%.o: host/src/%.c host/src/*.h
	@mkdir -p $(dir $@)
	$(ASAN_CC) $(ASAN_CFLAGS) -c -o $@ $<

$(ASAN_LIB): $(ASAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(ASAN_BIN): $(ASAN_DIR)/obj/main.o $(PRECOMPILED) $(ASAN_LIB)
	$(ASAN_CC) $(ASAN_FLAGS) -o $@ $^ $(PKG_LIBS)

$(ASAN_DIR)/tests/%: tests/unit/%.c $(ASAN_LIB)
	@mkdir -p $(dir $@)
	$(ASAN_CC) $(filter-out -Wmissing-prototypes,$(ASAN_CFLAGS)) -o $@ $< $(ASAN_LIB) $(PKG_LIBS) $(CMOCKA_LIBS)

test-asan: $(ASAN_UNIT) $(ASAN_BIN)
	@set -e; for t in $(ASAN_UNIT); do echo "--- $$t (ASan+UBSan)"; SHARED=$(SHARED) $$t; done

test-protocol: all
	python3 tests/protocol/test_protocol.py $(HOST_BIN)
	python3 tests/protocol/test_cli.py $(HOST_BIN)

test-protocol-asan: $(ASAN_BIN)
	python3 tests/protocol/test_protocol.py $(ASAN_BIN) --rules $(BUILD)/rules --trusted-keys $(BUILD)/trusted-keys
	python3 tests/protocol/test_cli.py $(ASAN_BIN) --rules $(abspath $(BUILD)/rules) --trusted-keys $(abspath $(BUILD)/trusted-keys)
