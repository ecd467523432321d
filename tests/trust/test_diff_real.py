#!/usr/bin/env python3
"""`diff` on real policies (../shared/documents), changed here at run time:
nothing of them is copied into the project.

usage: test_diff_real.py HOST SHARED_DIR WORKDIR

1. Every policy against itself with its paragraphs cut into six runs and the
   runs after the first shuffled: no finding may be reported as changed.
2. Every policy with a retention period stated in digits against the same
   policy with that number changed in one sentence that occurs once: the
   retention finding is reworded, nothing is added or removed.
Skips (exit 0, with a message) when the documents are absent.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys

from hostio import Checks, clean_env

host, shared, work = os.path.abspath(sys.argv[1]), sys.argv[2], os.path.abspath(sys.argv[3])
docs_dir = os.path.join(shared, "documents")
if not os.path.isdir(docs_dir):
    print(f"diff on real policies: skipped ({docs_dir} is absent)")
    sys.exit(0)
c = Checks("diff on real policies")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = clean_env(work)
random.seed(3)


def diff(old, new):
    p = subprocess.run([host, "diff", old, new, "--format", "json"], capture_output=True, text=True, env=env,
                       timeout=60)
    return json.loads(p.stdout) if p.stdout else None


names = sorted(n for n in os.listdir(docs_dir) if n.endswith((".md", ".html", ".txt")))
moved_docs = moved_findings = spurious = reworded_docs = reworded_ok = 0
for name in names:
    path = os.path.join(docs_dir, name)
    text = open(path, encoding="utf-8", errors="replace").read()
    ext = os.path.splitext(name)[1]
    # 1. moved runs of paragraphs
    paras = text.split("\n\n")
    k = max(1, len(paras) // 6)
    runs = [paras[i:i + k] for i in range(0, len(paras), k)]
    head, body = runs[0], runs[1:]
    random.shuffle(body)
    moved = os.path.join(work, "moved" + ext)
    with open(moved, "w", encoding="utf-8") as f:
        f.write("\n\n".join(sum([head] + body, [])))
    d = diff(path, moved)
    if not c.ok(d is not None, f"{name}: diff ran"):
        continue
    n = len(d["added"]) + len(d["removed"]) + len(d["reworded"])
    moved_docs += 1
    moved_findings += d["summary"]["old"]["findings"]
    spurious += n
    c.ok(n == 0 and not d["answers"], f"{name}: moved paragraphs reported as {n} changes {d['answers']}")
    # 2. a retention period changed in one sentence
    scan = subprocess.run([host, "scan", "--format", "json", path], capture_output=True, text=True, env=env)
    found = json.loads(scan.stdout)[0]["findings"] if scan.stdout else []
    sent = next((f["sentence"] for f in found if f["label"] == "retention" and re.search(r"\d+", f["sentence"])
                 and text.count(f["sentence"]) == 1), None)
    if not sent:
        continue
    m = re.search(r"\d+", sent)
    changed = os.path.join(work, "changed" + ext)
    with open(changed, "w", encoding="utf-8") as f:
        f.write(text.replace(sent, sent[:m.start()] + str(int(m.group()) * 2 + 1) + sent[m.end():], 1))
    d = diff(path, changed)
    reworded_docs += 1
    good = d and "retention" in [r["label"] for r in d["reworded"]] and not d["added"] and not d["removed"]
    reworded_ok += bool(good)
    c.ok(good, f"{name}: a changed retention period: {d and [r['label'] for r in d['reworded']]}")
print(f"{moved_docs} real policies with paragraphs moved: {spurious} spurious changes over {moved_findings} findings; "
      f"{reworded_ok}/{reworded_docs} changed retention periods reported as reworded")
sys.exit(c.done())
