#!/usr/bin/env python3
"""Measure the rules on the labeled corpora with the shared scorer.

usage: tools/eval.py [--host BIN] [--shared DIR] [--corpus NAME] [--errors] [--json OUT]

Every corpus is split by document: an item is in the *check* part when the
first hex digit of sha256(doc) is 0-3, else in the *tuning* part. Rules are
written and fitted on the tuning part only. For the check part this prints
aggregate figures only (score.py's table), never its sentences or errors.

--errors lists the tuning part's false positives and negatives (to read
while writing rules); it refuses to do so for the check part.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def part_of(item):
    return "check" if hashlib.sha256(item["doc"].encode()).hexdigest()[0] in "0123" else "tune"


def run(host, rules, items, out_path):
    inp = "".join(json.dumps({"id": it["id"], "text": it["text"]}) + "\n" for it in items)
    cmd = [host] + (["--rules", rules] if rules else []) + ["classify", "--jsonl"]
    res = subprocess.run(cmd, input=inp.encode(), stdout=subprocess.PIPE, check=False)
    if res.returncode not in (0,):
        sys.exit(f"eval: {' '.join(cmd)} exited {res.returncode}")
    with open(out_path, "wb") as f:
        f.write(res.stdout)
    return {json.loads(l)["id"]: json.loads(l) for l in res.stdout.decode().splitlines() if l.strip()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default=os.path.join(ROOT, "build", "smallprint-host"))
    ap.add_argument("--rules", default=None, help="rules directory (default: the host's own)")
    ap.add_argument("--shared", default=os.environ.get("SHARED", os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--corpus", action="append", help="only these corpora (file stem)")
    ap.add_argument("--errors", action="store_true", help="list tuning-part errors")
    ap.add_argument("--label", help="with --errors: only this label")
    ap.add_argument("--json", help="write all figures as JSON here")
    a = ap.parse_args()
    cdir = os.path.join(a.shared, "corpus")
    score = os.path.join(a.shared, "eval", "score.py")
    if not os.path.isdir(cdir) or not os.path.isfile(score):
        print(f"eval: SKIPPED: {cdir} is not here (the shared corpora sit beside the clone in ../shared)")
        return 0
    out_dir = os.path.join(ROOT, "build", "eval")
    os.makedirs(out_dir, exist_ok=True)
    names = sorted(f[:-6] for f in os.listdir(cdir) if f.endswith(".jsonl"))
    if a.corpus:
        names = [n for n in names if n in a.corpus]
    figures = {}
    for name in names:
        items = [json.loads(l) for l in open(os.path.join(cdir, name + ".jsonl"), encoding="utf-8") if l.strip()]
        for part in ("tune", "check"):
            sub = [it for it in items if part_of(it) == part]
            gold = os.path.join(out_dir, f"{name}.{part}.jsonl")
            with open(gold, "w", encoding="utf-8") as f:
                for it in sub:
                    f.write(json.dumps(it) + "\n")
            pred_path = os.path.join(out_dir, f"{name}.{part}.pred.jsonl")
            preds = run(a.host, a.rules, sub, pred_path)
            res = subprocess.run([sys.executable, score, gold, pred_path, "--json"], stdout=subprocess.PIPE, check=True)
            fig = json.loads(res.stdout)
            figures[f"{name}.{part}"] = fig
            if not a.errors:
                print(f"\n## {name} - {part} part ({len(sub)} items)")
                table = subprocess.run([sys.executable, score, gold, pred_path], stdout=subprocess.PIPE, check=True)
                print(table.stdout.decode().rstrip())
            elif part == "tune":
                print(f"\n## {name} - tuning part errors")
                for it in sub:
                    scope = set(it.get("scope") or [])
                    want = set(it["labels"]) & scope
                    got = set(preds[it["id"]]["labels"]) & scope
                    for l in sorted(want ^ got):
                        if a.label and l != a.label:
                            continue
                        kind = "FN" if l in want else "FP"
                        print(f"{kind} {l:18} {it['id']}: {it['text'][:400]}")
            # never print anything of the check part but its aggregate table
    if a.json:
        with open(a.json, "w") as f:
            json.dump(figures, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
