#!/usr/bin/env python3
"""The adversarial suite: every message of tests/adversarial/cases.py goes
to one running host, with the default limits, under the strict sandbox
(a system call outside the allowed list kills the host, so every path
these messages take is checked against the filter too).

Passes when every message is answered with what it should get (a result,
partial or not, or the expected error code) within the time budget,
measured from the last byte sent to the last byte of the reply, and the
host still answers `hello` and exits 0 at the end.

usage: run.py HOST_BINARY [--quick] [--budget-ms N]
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import cases, send  # noqa: E402
from hostio import Host, HostError  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    ap.add_argument("--quick", action="store_true", help="leave out the 64 MiB messages")
    ap.add_argument("--budget-ms", type=int, default=2000, help="the host's time budget (default: the default)")
    a = ap.parse_args()
    budget = a.budget_ms / 1000.0
    env = {"SMALLPRINT_SANDBOX_STRICT": "1", "SMALLPRINT_TIME_BUDGET_MS": str(a.budget_ms)}
    host = Host(a.host, env=env)
    failures = []
    times = []
    printed = set()
    for name, msg, expect in cases(big=not a.quick):
        try:
            send(host, msg)
            t0 = time.monotonic()
            rep, _ = host.reply(timeout=max(30.0, 10 * budget))
            dt = time.monotonic() - t0
        except (HostError, BrokenPipeError) as e:
            failures.append("%s: %s" % (name, e))
            break
        times.append((dt, name))
        got = rep.get("code") if rep.get("type") == "error" else rep.get("type")
        if got != expect:
            failures.append("%s: expected %s, got %s (%s)" % (name, expect, got, rep.get("message", "")))
        if dt > budget:
            failures.append("%s: answered in %.3f s, over the %.3f s budget" % (name, dt, budget))
        flag = " partial" if rep.get("partial") else ""
        if name not in printed:  # a series (70 pages) is shown once
            print("  %7.3f s  %-8s %s%s" % (dt, got, name, flag), flush=True)
            printed.add(name)
    if not failures or "exit" not in failures[-1]:
        try:
            rep, _ = host.ask({"type": "hello", "id": "last"}, timeout=10)
            if rep.get("type") != "hello":
                failures.append("no hello at the end: %s" % rep)
            rc, err = host.close()
            if rc != 0:
                failures.append("host exited with %s: %s" % (rc, err[-2000:]))
        except (HostError, BrokenPipeError) as e:
            rc = host.proc.poll()
            failures.append("the host is gone (exit status %s): %s" % (rc, e))
    times.sort(reverse=True)
    print("worst: " + "; ".join("%.3f s %s" % t for t in times[:3]))
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("adversarial: %d messages, all answered within %.1f s" % (len(times), budget))
    return 0


if __name__ == "__main__":
    sys.exit(main())
