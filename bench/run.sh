#!/bin/sh
# The classifier benchmark: bench/run.sh (or `make bench`).
# Builds >= 20 MB of real text from ../shared/documents (repeated; never
# generated text), then prints throughput, prefilter share, 100 KB page
# latency, peak memory, cold start, and ripgrep with the rules' own
# patterns over the same text.
set -eu
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
HOST=build/smallprint-host
RULES=${RULES:-rules}
OUT=build/bench
if [ ! -d "$SHARED/documents" ]; then
    echo "bench: SKIPPED: $SHARED/documents is not here"
    exit 0
fi
mkdir -p "$OUT"
# the documents as plain text (Markdown reduced by the host's own converter)
python3 - "$SHARED/documents" "$OUT/corpus.txt" <<'PY'
import os, sys, re
src, dst = sys.argv[1], sys.argv[2]
docs = sorted(f for f in os.listdir(src) if f.endswith(".md"))
one = "\n\n".join(open(os.path.join(src, f), encoding="utf-8", errors="replace").read() for f in docs)
# strip Markdown link targets and emphasis the way readers see the text
one = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", one)
one = re.sub(r"[*_`#>]+", "", one)
reps = -(-20_000_000 // len(one.encode()))
with open(dst, "w", encoding="utf-8") as f:
    for _ in range(reps):
        f.write(one + "\n\n")
PY
BYTES=$(wc -c < "$OUT/corpus.txt")
echo "smallprint benchmark - $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m)"
echo "corpus          $SHARED/documents (80 documents) repeated to $BYTES bytes"
build/bench-throughput "$RULES" "$OUT/corpus.txt"
DOC="$SHARED/documents/Netflix - Privacy Policy.md"
[ -f "$DOC" ] || DOC=$(ls "$SHARED"/documents/*.md | head -1)
python3 bench/coldstart.py "$HOST" "$DOC" 21
# ripgrep with the rules' own patterns, one a line (-f), same text
if command -v rg >/dev/null 2>&1; then
    # rg joins the patterns into one alternation: the phrase groups' shared
    # names would clash, so named groups become plain groups (same matching work)
    $HOST --rules "$RULES" --allow-unsigned-rules rules patterns 2>/dev/null | sed -E 's/\(\?<[A-Za-z_][A-Za-z0-9_]*>/(?:/g' > "$OUT/patterns.txt"
    NPAT=$(wc -l < "$OUT/patterns.txt")
    python3 - "$OUT/corpus.txt" "$OUT/patterns.txt" "$BYTES" <<'PY'
import os, subprocess, sys, time
corpus, pats, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
# rg joins -f patterns into one PCRE2 program, which has a size limit: feed
# them in files of about 4 KB of pattern text each and add the times; a file
# rg still refuses is split in two until it takes it, and a single pattern
# too large for rg alone is counted and left out.
lines = [l for l in open(pats).read().splitlines() if l]
chunks, cur = [], []
for l in lines:
    if cur and sum(map(len, cur)) + len(l) > 4000:
        chunks.append(cur)
        cur = []
    cur.append(l)
if cur:
    chunks.append(cur)
el, matched, files, skipped = 0.0, 0, 0, 0
while chunks:
    c = chunks.pop()
    fn = f"{pats}.{files}"
    open(fn, "w").write("\n".join(c) + "\n")
    t = time.perf_counter()
    r = subprocess.run(["rg", "-P", "-i", "-c", "-j1", "-f", fn, corpus], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    took = time.perf_counter() - t
    if r.returncode not in (0, 1):
        if b"too large" in r.stderr or b"too big" in r.stderr:
            if len(c) > 1:
                chunks += [c[: len(c) // 2], c[len(c) // 2:]]
            else:
                skipped += 1
            continue
        sys.exit("bench: rg failed: " + r.stderr.decode()[:300])
    el += took
    files += 1
    matched += int(r.stdout.decode().strip() or 0)
best = el
if skipped:
    print(f"                ({skipped} pattern(s) too large for rg's PCRE2 left out of its run)")
print(f"ripgrep         rg -P -i -c -j1 -f patterns ({files} pattern files): {size / 1e6 / best:.3g} MB/s ({best:.3f} s, {matched} matching lines in all)")
ours = float(open(corpus + ".ours").read())
print(f"ratio           smallprint / rg throughput = {best / ours:.2f}x (smallprint {size / 1e6 / ours:.1f} MB/s)")
PY
    echo "                ($NPAT patterns; rg runs every pattern over every line, smallprint only the rules whose anchors occur)"
fi
