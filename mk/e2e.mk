# End-to-end tests (issue 6): the real extension in Debian's Chromium
# (playwright-core) and in Firefox ESR (WebDriver BiDi), the real host with
# its signed rules (`all`) registered into private profiles by
# installers/install.sh, the demo pages of tests/pages served from
# 127.0.0.1. Screenshots: build/e2e/.
#
# Each run stops itself after SMALLPRINT_E2E_TIMEOUT_S (default 420 s) and
# kills its browsers; `timeout` is the last resort should node itself hang.
.PHONY: test-e2e test-e2e-chromium test-e2e-firefox
TESTS += test-e2e-chromium test-e2e-firefox
E2E_TIMEOUT := timeout -k 10 480

test-e2e: test-e2e-chromium test-e2e-firefox

test-e2e-chromium: all
	$(E2E_TIMEOUT) node tests/e2e/e2e.js chromium

test-e2e-firefox: all
	$(E2E_TIMEOUT) node tests/e2e/e2e.js firefox
