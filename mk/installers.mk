# Installers, the host's `doctor`, and the store packages (issue 5).
#
#   make install      PREFIX=/usr/local: copy the host, rules, manifests and
#                     installers under $(DESTDIR)$(PREFIX), then register the
#                     host for this person's browsers (system-wide as root).
#                     With DESTDIR set (packagers): copy only, register nothing.
#   make uninstall    undo it, from install.sh's receipt
#   make package      build/smallprint-<version>-chrome.zip and -firefox.xpi
#   make doctor-table regenerate host/src/doctor_table.h from manifests/
.PHONY: install-host uninstall-host package doctor-table test-installers test-install-ps1 test-package

install-host: $(HOST_BIN)
	@installers/install.sh --prefix "$(PREFIX)" $(if $(DESTDIR),--root "$(DESTDIR)" --files-only --no-receipt)

uninstall-host:
ifneq ($(DESTDIR),)
	rm -f "$(DESTDIR)$(PREFIX)/bin/smallprint-host"
	rm -rf "$(DESTDIR)$(PREFIX)/share/smallprint"
else
	@installers/uninstall.sh
endif

package:
	@python3 installers/package.py --extension extension --out $(BUILD)

doctor-table:
	installers/doctor-table.sh > host/src/doctor_table.h.tmp && mv host/src/doctor_table.h.tmp host/src/doctor_table.h

TESTS += test-installers test-install-ps1 test-package
test-installers: all
	@python3 tests/installers/test_install.py
test-install-ps1:
	@python3 tests/installers/test_install_ps1.py
test-package:
	@python3 tests/installers/test_package.py

# doctor's own tests again with the ASan+UBSan build (mk/host.mk)
TESTS += test-doctor-asan
.PHONY: test-doctor-asan
test-doctor-asan: all $(ASAN_BIN)
	@SMALLPRINT_TEST_HOST=$(ASAN_BIN) python3 tests/installers/test_install.py Doctor Targets.test_chromium_profile_alone_touches_only_that_profile
