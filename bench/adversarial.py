#!/usr/bin/env python3
"""Worst answer times on the adversarial messages, and peak memory for
large pages.

  python3 bench/adversarial.py build/smallprint-host [--runs 3] [--all]

Times: every message of tests/adversarial/cases.py, sent --runs times to a
running host (default limits, 2 s budget); for each, the worst time from
the last byte sent to the last byte of the reply. Prints the slowest (all
with --all) and the budget they must stay within.

Memory: a fresh host per page of 1, 10 and 20 MB of prose (one analyze
message, as the extension sends a page's blocks) and the host's peak
resident set (VmHWM) after the reply, with its time and finding count.
Linux only (reads /proc).
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "adversarial"))
from cases import analyze, cases, fill, send  # noqa: E402
from hostio import Host  # noqa: E402

MB = 1 << 20
PROSE = ("We keep your logs for 18 months. You can opt out in Settings > Privacy. We never sell your "
         "personal information. Our partners help us run the service and see only what they need. "
         "Questions about this page can be sent to our support team at any time. ")


def times(binary, runs, show_all):
    worst = {}
    answers = {}
    for r in range(runs):
        h = Host(binary)
        for name, msg, _ in cases():
            send(h, msg)
            t0 = time.monotonic()
            rep, _ = h.reply(timeout=60)
            dt = time.monotonic() - t0
            worst[name] = max(worst.get(name, 0.0), dt)
            answers[name] = ("error %s" % rep["code"]) if rep.get("type") == "error" else \
                rep["type"] + (" (partial)" if rep.get("partial") else "")
        h.close()
    rows = sorted(worst.items(), key=lambda kv: -kv[1])
    shown = rows if show_all else rows[:15]
    print("Worst answer time over %d run(s) of %d adversarial messages (budget 2.000 s):" % (runs, len(rows)))
    for name, dt in shown:
        print("  %7.3f s  %-18s %s" % (dt, answers[name], name))
    if not show_all:
        print("  ... %d more, all faster (--all lists them)" % (len(rows) - len(shown)))
    return rows[0][1]


def memory(binary):
    print("Peak memory (VmHWM) of a fresh host answering one page:")
    print("  %-6s %10s %9s %9s  %s" % ("page", "peak RSS", "time", "findings", "answer"))
    for size in (1, 10, 20):
        h = Host(binary)
        h.ask({"type": "hello", "id": 0})
        base = h.peak_rss_kb()
        # a page in blocks of ~2 KB, as a content script reads paragraphs
        text = fill(PROSE, size * MB)
        blocks = [text[i:i + 2048] for i in range(0, len(text), 2048)]
        t0 = time.monotonic()
        send(h, analyze(1, "page", blocks))
        rep, _ = h.reply(timeout=120)
        dt = time.monotonic() - t0
        peak = h.peak_rss_kb()
        h.close()
        answer = ("error %s" % rep["code"]) if rep.get("type") == "error" else \
            rep["type"] + (" (partial)" if rep.get("partial") else "")
        print("  %3d MB %7.1f MiB %7.3f s %9d  %s  (%d blocks; %.1f MiB after hello)"
              % (size, peak / 1024.0, dt, len(rep.get("findings", [])), answer, len(blocks), base / 1024.0))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--all", action="store_true")
    a = ap.parse_args()
    times(a.host, a.runs, a.all)
    print()
    memory(a.host)


if __name__ == "__main__":
    main()
