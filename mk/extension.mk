# The browser extension: Node unit tests of its browser-neutral modules, and
# web-ext lint (npm devDependencies from package-lock.json, via `make deps`).
# `make check-extension-browsers` loads it in real headless Chromium and
# Firefox with the real host (slow; not part of `make test`).
.PHONY: test-extension-unit test-extension-lint check-extension-browsers
TESTS += test-extension-unit test-extension-lint

test-extension-unit:
	node --test tests/extension/

test-extension-lint:
	@out=$$(npx --no-install web-ext lint --source-dir extension --self-hosted --output json) || true; \
	printf '%s\n' "$$out" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let r;try{r=JSON.parse(s)}catch(e){console.error("web-ext lint gave no JSON:\n"+s);process.exit(1)}for(const m of [...r.errors,...r.warnings])console.log(m._type+": "+m.code+" "+(m.file||"")+" "+m.message);console.log("web-ext lint: "+r.summary.errors+" errors, "+r.summary.warnings+" warnings");process.exit(r.summary.errors?1:0)})'

check-extension-browsers: $(HOST_BIN)
	node tests/extension/browser-check.js all
