#!/usr/bin/env python3
"""What a rules change did to the real documents: findings gained and lost,
and page summaries that changed.

usage: tools/scan-diff.py OLD_HOST OLD_RULES NEW_HOST NEW_RULES [--shared DIR]

Runs `scan --format json` with both hosts (and their signed rule
directories) over every file of ../shared/documents and prints
  + FILE LABEL SENTENCE     a finding only the new rules make
  - FILE LABEL SENTENCE     a finding only the old rules made
  = FILE {key: (old, new)}  a summary answer that changed
The documents have no labels: each line is for a person to read and judge
(docs/RULES.md, "Readings the packs commit to"). A typical use keeps a copy
of the build from before the change:

    cp -r build /tmp/before && make
    tools/scan-diff.py /tmp/before/smallprint-host /tmp/before/rules \\
                       build/smallprint-host build/rules
(a host trusts the development key only beside its own build, so run the old
copy from a directory that also holds that build's dev key, as `cp -r` does).
"""
import argparse, glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def scan(host, rules, path):
    res = subprocess.run([host, "--rules", rules, "scan", "--format", "json", path],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if res.returncode not in (0, 1):
        sys.exit(f"scan-diff: {host} on {path}: {res.stderr.decode(errors='replace').strip()}")
    doc = json.loads(res.stdout)[0]
    found = {(f["label"], f["sentence"]) for f in doc["findings"]}
    summary = {k: v for k, v in doc["summary"].items() if k not in ("support", "findings")}
    return found, summary


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old_host"), ap.add_argument("old_rules"), ap.add_argument("new_host"), ap.add_argument("new_rules")
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    a = ap.parse_args()
    docs = sorted(glob.glob(os.path.join(a.shared, "documents", "*")))
    if not docs:
        print(f"scan-diff: SKIPPED: no documents under {a.shared}/documents")
        return
    gained = lost = changed = 0
    for path in docs:
        name = os.path.basename(path)
        old_f, old_s = scan(a.old_host, a.old_rules, path)
        new_f, new_s = scan(a.new_host, a.new_rules, path)
        for label, sentence in sorted(new_f - old_f):
            print("+", name, label, sentence[:300])
            gained += 1
        for label, sentence in sorted(old_f - new_f):
            print("-", name, label, sentence[:300])
            lost += 1
        diff = {k: (old_s.get(k), v) for k, v in new_s.items() if old_s.get(k) != v}
        if diff:
            print("=", name, diff)
            changed += 1
    print(f"{len(docs)} documents: {gained} findings gained, {lost} lost, {changed} summaries changed")


if __name__ == "__main__":
    main()
