#!/usr/bin/env python3
"""No leak over a long, mixed message sequence: the host runs under
valgrind --leak-check=full (any definite, indirect or possible leak, or
any memory error, fails) while it answers a few hundred messages of every
kind: hello, pages in batches (recorded in history, first and later
passes), blocks sent again, pages evicted, results split into parts,
values, related findings, Unicode, history list/forget/clear, every error
the protocol has, and a short budget that makes results partial. A second run
has no rules (error 13).

Valgrind cannot run seccomp or Landlock filters (it does not know those
system calls), so the host serves unsandboxed here, and without the
address-space cap, which would apply to valgrind itself, and without
PCRE2's JIT (see below). The sandbox, the cap and JIT matching are tested
on their own (tests/sandbox, memory_cap.py, the fuzzers under ASan).

usage: leaks.py HOST_BINARY [--messages N]
"""
import argparse
import os
import random
import shutil
import struct
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import analyze, fill, load_rules  # noqa: E402
from hostio import Host  # noqa: E402

PROSE = [
    "We may use the notes you write to train our models.",
    "You can switch this off in Settings > Privacy, or opt out by writing to privacy@example.org.",
    "Even if you opt out, notes flagged for abuse may still be used.",
    "We keep payment records for 7 years, and logs for up to ninety days.",
    "We never sell your personal information.",
    "We may sell information about you to advertising partners.",
    "By creating an account you agree to these terms.",
    "Disputes are settled by binding arbitration; you can opt out within 30 days.",
    "\u201cWe keep\u00a0backups for 30\u2009days,\u201d the notice says \u2014 \U0001F600.",
    "Nothing here says anything about your data at all.",
]


def messages(n, rnd):
    """n mixed requests, as (message or raw bytes)."""
    examples = [ex for r in load_rules() for ex in r["examples"]["match"] + r["examples"]["no_match"]]
    text = PROSE + examples
    out = []
    k = 0
    while len(out) < n:
        k += 1
        kind = k % 20
        page = "tab%d-nav%d" % (rnd.randrange(80), rnd.randrange(3))  # > 64 pages: evictions
        if kind == 0:
            out.append({"type": "hello", "id": k, "protocol": 1})
        elif kind == 1:
            out.append(b"")  # empty frame: error 1
        elif kind == 2:
            out.append(b'{"type":"hello","id":"\xff"}')  # error 3
        elif kind == 3:
            out.append(b'{"type":"hello","id":"a\x00"}')  # error 4
        elif kind == 4:
            out.append(b'{"type":"hello",')  # error 5
        elif kind == 5:
            out.append(b"[1,2]")  # error 6
        elif kind == 6:
            out.append({"type": "bye", "id": k})  # error 7
        elif kind == 7:
            out.append({"type": "analyze", "id": k, "page": page, "blocks": [{"id": "a", "text": 5}]})  # error 8
        elif kind == 8:
            out.append(('{"type":"hello","id":%d,"x":' % k + "[" * 70 + "]" * 70 + "}").encode())  # error 9
        elif kind == 9:
            out.append(analyze(k, page, ["x"] * 1001))  # error 10 (max_blocks = 1000 here)
        elif kind == 10:
            out.append({"type": "hello", "id": k, "protocol": 99})  # error 14
        elif kind == 11:
            out.append(('{"type":"analyze","id":%d,"page":"%s","blocks":[{"id":"u","text":"a\\u0000b \\ud800 we sell data"}]}'
                        % (k, page)).encode())
        elif kind == 12:  # the same blocks again, changed: replaced findings
            msg = analyze(k, "fixed-page", rnd.sample(text, 4))
            out.append(msg)
        elif kind == 13:  # history: list, forget a site, sometimes clear
            out.append({"type": ("history_list", "history_forget", "history_clear")[k % 3], "id": k,
                        "site": "example.org"})
        else:
            out.append(analyze(k, page, [rnd.choice(text) for _ in range(rnd.randrange(1, 12))],
                               final=rnd.random() < 0.5))
    # a result in several parts, and more findings than a page keeps
    out.append(analyze("split", "split-page", [fill(" ".join(PROSE[:8]) + " ", 1500000)]))
    return out


def run(binary, env, args, msgs, log):
    vg = ["--leak-check=full", "--show-leak-kinds=definite,indirect,possible",
          "--errors-for-leak-kinds=definite,indirect,possible", "--error-exitcode=99",
          "--log-file=" + log, binary] + args
    h = Host(shutil.which("valgrind") or "valgrind", env=env, args=vg)
    kinds = {}
    for m in msgs:
        rep, _ = h.ask(m, timeout=300)
        key = rep.get("code") if rep.get("type") == "error" else rep.get("type")
        if rep.get("type") == "result" and rep.get("parts", 1) > 1:
            key = "result in %d parts" % rep["parts"]
        elif rep.get("partial"):
            key = "partial result"
        kinds[key] = kinds.get(key, 0) + 1
    rc, _ = h.close(timeout=300)
    return rc, kinds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    ap.add_argument("--messages", type=int, default=300)
    a = ap.parse_args()
    if not shutil.which("valgrind"):
        print("leaks: valgrind is not installed (make deps installs it)")
        return 1
    rnd = random.Random(12)
    tmp = tempfile.mkdtemp(prefix="smallprint-leaks-")
    failed = False
    try:
        # No JIT: PCRE2's JIT code reads the subject in 16-byte loads that
        # may pass its end within the page, which valgrind reports unless
        # PCRE2 itself was built with --enable-valgrind (Debian's is not).
        env = {"SMALLPRINT_MEMORY_LIMIT_MB": "0", "SMALLPRINT_MAX_BLOCKS": "1000",
               "SMALLPRINT_HISTORY": "1", "XDG_DATA_HOME": tmp,
               "SMALLPRINT_JIT_AFTER": "4294967295"}
        plan = [
            ("mixed", env, [], messages(a.messages, rnd)),
            ("1 ms budget (partial results, error 11)", dict(env, SMALLPRINT_TIME_BUDGET_MS="1"), [],
             messages(40, rnd)),
            ("no rules (error 13)", env, ["--rules", os.path.join(tmp, "missing")], messages(30, rnd)),
        ]
        for name, e, args, msgs in plan:
            log = os.path.join(tmp, "valgrind.log")
            rc, kinds = run(a.host, e, args, msgs, log)
            summary = ", ".join("%s x%d" % (k, v) for k, v in sorted(kinds.items(), key=str))
            with open(log) as f:
                report = f.read()
            ok = rc == 0 and "ERROR SUMMARY: 0 errors" in report
            print("  %s  %s: %d messages (%s)" % ("ok  " if ok else "FAIL", name, len(msgs), summary), flush=True)
            if not ok:
                failed = True
                print(report[-6000:])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failed:
        print("leaks: FAILED")
        return 1
    print("leaks: valgrind found no leak and no memory error")
    return 0


if __name__ == "__main__":
    sys.exit(main())
