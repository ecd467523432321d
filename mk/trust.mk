# Signed rule packs, history and diff (issue 7).
#
# `make` copies rules/*.json into build/rules and signs each copy with a
# development key made on the first build (build/dev-key.secret, never
# committed), trusted through build/trusted-keys, which the host reads
# because it sits beside build/smallprint-host. So the edit-and-eval loop
# keeps working: edit rules/, run make, run the host.
#
#   make release-rules RELEASE_KEY=/offline/smallprint-release.secret
#       signs rules/ with the release key into build/release-rules and checks
#       the result against the release key alone (docs/RULES.md).

DEV_KEY       := $(BUILD)/dev-key.secret
DEV_PUB       := $(BUILD)/dev-key.pub
TRUSTED_KEYS  := $(BUILD)/trusted-keys
SIGNED_RULES  := $(BUILD)/rules/.signed
RULE_SOURCES  := $(wildcard rules/*.json)

.PHONY: signed-rules release-rules
all: $(SIGNED_RULES)
eval: $(SIGNED_RULES)
signed-rules: $(SIGNED_RULES)

# The dev key is made once per build tree; the host binary does the work.
$(DEV_KEY): | $(HOST_BIN)
	@rm -f $(DEV_PUB)
	$(HOST_BIN) rules keygen $(DEV_KEY) $(DEV_PUB) --comment "development key of this build tree" >/dev/null

$(TRUSTED_KEYS): $(DEV_KEY)
	@test -f $(DEV_PUB) || { echo "$(DEV_PUB) is missing: remove $(DEV_KEY) and run make again" >&2; exit 1; }
	@{ echo "# Keys this build tree's smallprint-host trusts besides the release key."; \
	   echo "# Made by make (mk/trust.mk); the secret half is $(DEV_KEY)."; \
	   cat $(DEV_PUB); } > $@.tmp && mv $@.tmp $@

# Rebuilt when a pack changes or one is added or removed (the directory's
# time changes); the whole directory is replaced so a removed pack does not
# linger in build/rules.
$(SIGNED_RULES): $(RULE_SOURCES) rules $(TRUSTED_KEYS) | $(HOST_BIN)
	@rm -rf $(BUILD)/rules.new && mkdir -p $(BUILD)/rules.new
	@cp rules/*.json $(BUILD)/rules.new/
	@$(HOST_BIN) rules sign --key $(DEV_KEY) $(BUILD)/rules.new/*.json >/dev/null
	@touch $(BUILD)/rules.new/.signed
	@rm -rf $(BUILD)/rules && mv $(BUILD)/rules.new $(BUILD)/rules
	@echo "signed $(words $(RULE_SOURCES)) rule packs into $(BUILD)/rules with the dev key"

release-rules: $(HOST_BIN)
	@test -n "$(RELEASE_KEY)" || { echo "usage: make release-rules RELEASE_KEY=/path/to/smallprint-release.secret" >&2; exit 2; }
	@rm -rf $(BUILD)/release-rules && mkdir -p $(BUILD)/release-rules
	@cp rules/*.json $(BUILD)/release-rules/
	$(HOST_BIN) rules sign --key $(RELEASE_KEY) $(BUILD)/release-rules/*.json
	@# checked against the committed release public key alone
	$(HOST_BIN) rules verify --key keys/release.pub $(BUILD)/release-rules/*.json
	@echo "release packs in $(BUILD)/release-rules (make install RULES_SIGNED=$(BUILD)/release-rules installs them)"

# `make install` (installers/install.sh) copies build/rules: the packs with
# their signatures, and build/trusted-keys with the dev key that signed them.
# A release installs the release-signed packs instead, with no dev key:
#   make install RULES_SIGNED=build/release-rules
install-host: $(SIGNED_RULES)
install-host: export SMALLPRINT_RULES_SIGNED = $(if $(RULES_SIGNED),$(abspath $(RULES_SIGNED)))

# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------
# The cmocka tests tests/unit/test_sign.c, test_diff.c and test_history.c
# run with every other unit test (test-unit, test-asan in mk/host.mk).

$(BUILD)/tests/trust/history_writer: tests/trust/history_writer.c $(HOST_LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(HOST_LIB) $(PKG_LIBS)

# kill -9 during writes (at least 200) and four writers at once
.PHONY: test-history-crash
TESTS += test-history-crash
test-history-crash: $(BUILD)/tests/trust/history_writer
	@mkdir -p $(BUILD)/tests/trust/work
	PYTHONDONTWRITEBYTECODE=1 python3 tests/trust/test_history_kill.py $(BUILD)/tests/trust/history_writer $(BUILD)/tests/trust/work 200

# signing, history over the protocol, and diff, with the real host
.PHONY: test-trust
TESTS += test-trust
test-trust: $(HOST_BIN) $(SIGNED_RULES)
	@mkdir -p $(BUILD)/tests/trust/work
	PYTHONDONTWRITEBYTECODE=1 python3 tests/trust/test_signing.py $(HOST_BIN) $(BUILD)/tests/trust/work/signing
	PYTHONDONTWRITEBYTECODE=1 python3 tests/trust/test_history_proto.py $(HOST_BIN) $(BUILD)/tests/trust/work/proto
	PYTHONDONTWRITEBYTECODE=1 python3 tests/trust/test_diff.py $(HOST_BIN) $(BUILD)/tests/trust/work/diff
	PYTHONDONTWRITEBYTECODE=1 python3 tests/trust/test_diff_real.py $(HOST_BIN) $(SHARED) $(BUILD)/tests/trust/work/real

# the ASan protocol test runs the signed packs (host.mk)
test-protocol-asan: $(SIGNED_RULES)

# The same end-to-end tests on the ASan+UBSan host (mk/host.mk), whose build
# tree gets the signed packs and the dev key like build/ itself.
.PHONY: test-trust-asan
TESTS += test-trust-asan
$(ASAN_DIR)/trusted-keys: $(TRUSTED_KEYS)
	@mkdir -p $(@D) && cp $< $@
$(ASAN_DIR)/rules/.signed: $(SIGNED_RULES)
	@rm -rf $(ASAN_DIR)/rules && mkdir -p $(ASAN_DIR) && cp -r $(BUILD)/rules $(ASAN_DIR)/rules
test-trust-asan: $(ASAN_BIN) $(ASAN_DIR)/trusted-keys $(ASAN_DIR)/rules/.signed
	@mkdir -p $(BUILD)/tests/trust/work
	PYTHONDONTWRITEBYTECODE=1 python3 tests/trust/test_signing.py $(ASAN_BIN) $(BUILD)/tests/trust/work/asan-signing
	PYTHONDONTWRITEBYTECODE=1 python3 tests/trust/test_history_proto.py $(ASAN_BIN) $(BUILD)/tests/trust/work/asan-proto
	PYTHONDONTWRITEBYTECODE=1 python3 tests/trust/test_diff.py $(ASAN_BIN) $(BUILD)/tests/trust/work/asan-diff
