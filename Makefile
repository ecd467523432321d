# smallprint - the native host, its tests, and the glue around the extension.
#
#   make            build build/smallprint-host
#   make run        the main job: build, register in a private browser profile, open the demo pages
#   make test       every test (installs what a fresh Debian 12 machine lacks first)
#   make eval       precision and recall on ../shared/corpus
#   make install    PREFIX=/usr/local DESTDIR= (then registers the host for your browsers)
#
# Areas add their own targets in mk/*.mk; each appends its test targets to TESTS.

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
CFLAGS  ?= -O2 -g
LDFLAGS ?=
SHARED  ?= ../shared
BUILD   := build

# Warnings are errors under CI (CI=1 in the environment) and in `make test`.
WERROR  ?= $(if $(CI),1,0)

PKGS    := libcjson libpcre2-8 libsodium $(if $(filter Linux,$(shell uname -s)),libseccomp)
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)

WARN := -std=c11 -Wall -Wextra -Wshadow -Wconversion -Wformat=2 -Wstrict-prototypes \
        -Wmissing-prototypes -Wpedantic -Wno-overlength-strings
ifeq ($(WERROR),1)
WARN += -Werror
endif

HOST_SRC := $(filter-out host/src/main.c host/src/platform_win.c,$(wildcard host/src/*.c))
HOST_OBJ := $(HOST_SRC:host/src/%.c=$(BUILD)/obj/%.o)
HOST_LIB := $(BUILD)/libsmallprint.a
HOST_BIN := $(BUILD)/smallprint-host
ALL_CFLAGS := $(WARN) $(CFLAGS) $(PKG_CFLAGS) -Ihost/src -D_DEFAULT_SOURCE

.PHONY: all deps test run eval clean install uninstall check-deps
.DEFAULT_GOAL := all

all: $(HOST_BIN)

$(BUILD)/obj/%.o: host/src/%.c host/src/*.h | $(BUILD)/obj
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj:
	@mkdir -p $@

$(HOST_LIB): $(HOST_OBJ)
	@rm -f $@
	ar rcs $@ $^

# The packs' patterns compiled now rather than at the first page (cold
# start): tools/precompile.c serializes them into a C file the host links
# (rules.h: rules_precompiled). Remade whenever a pack or the engine changes.
PRECOMPILED := $(BUILD)/obj/precompiled.o

$(BUILD)/precompile: tools/precompile.c $(HOST_LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(HOST_LIB) $(PKG_LIBS)

$(BUILD)/gen/precompiled.c: $(BUILD)/precompile $(wildcard rules/*.json)
	@mkdir -p $(dir $@)
	$(BUILD)/precompile rules > $@.tmp && mv $@.tmp $@

$(PRECOMPILED): $(BUILD)/gen/precompiled.c host/src/rules.h | $(BUILD)/obj
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(HOST_BIN): $(BUILD)/obj/main.o $(PRECOMPILED) $(HOST_LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# ---------------------------------------------------------------------------
# Dependencies: what a fresh Debian 12 machine lacks (apt as root; npm from
# the committed lockfile). Never apt-install npm: Node 20's npm is already here.
# ---------------------------------------------------------------------------
APT_PKGS := build-essential pkg-config libcjson-dev libpcre2-dev libsodium-dev libcmocka-dev \
            libseccomp-dev clang python3 ripgrep zip chromium firefox-esr valgrind shellcheck
deps:
	@tools/deps.sh $(APT_PKGS)

# ---------------------------------------------------------------------------
# Tests: each area appends its targets to TESTS (see mk/*.mk).
# ---------------------------------------------------------------------------
TESTS :=
include $(wildcard mk/*.mk)

test: deps
	@$(MAKE) --no-print-directory WERROR=1 all
	@tools/run-tests.sh $(TESTS)

clean:
	rm -rf $(BUILD)

# Both live in mk/installers.mk (installers/install.sh does the copying).
install: all install-host

uninstall: uninstall-host
