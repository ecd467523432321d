# `make run` (the README's main command): build, register the host in a
# private Chromium profile (build/run/profile; nothing is written into your
# own profiles), serve the demo pages and open Chromium with the extension on
# them. `make run URL=https://...` opens that page instead. With no display
# it runs headless, saves screenshots to build/run/ and prints what each page
# says (tools/run.js). Like `make test`, it installs what is missing first.
URL ?=
run: deps
	@$(MAKE) --no-print-directory all
	@URL='$(subst ','\'',$(URL))' node tools/run.js
