#!/usr/bin/env python3
"""The memory cap turns running out of memory into error 12, and the host
keeps serving: with memory_limit_mb = 100, messages that need more than
that at each stage (the frame buffer, parsing, analysing) are answered with
error 12 and a message that says so, and `hello` and a small page still work
after each. Also checks that the default cap is in force (1024 MiB) and
that a 20 MB page fits under it.

usage: memory_cap.py HOST_BINARY
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import analyze, fill  # noqa: E402
from hostio import Checks, Host  # noqa: E402

MB = 1 << 20
PROSE = "We keep your logs for 18 months and we may sell them to partners. "
check = Checks("memory cap")


def alive(h, label):
    rep, _ = h.ask({"type": "hello", "id": "alive"}, timeout=30)
    check(rep.get("type") == "hello", "%s: hello answered afterwards" % label)
    rep, _ = h.ask(analyze("small", "small", [PROSE]), timeout=30)
    check(rep.get("type") == "result" and rep["findings"], "%s: a small page is still analysed" % label)


def expect_oom(h, label, msg_or_body, mid):
    rep, dt = h.ask(msg_or_body, timeout=60)
    ok = rep.get("type") == "error" and rep.get("code") == 12 and "out of memory" in rep.get("message", "")
    check(ok, "%s: error 12 (%s)" % (label, rep.get("message") or rep.get("type")))
    check(rep.get("id") == mid, "%s: the error's id is %s" % (label, mid))
    alive(h, label)


def main():
    binary = sys.argv[1]
    print("memory_limit_mb = 100, max_message_bytes = 200 MiB:")
    h = Host(binary, env={"SMALLPRINT_MEMORY_LIMIT_MB": "100", "SMALLPRINT_MAX_MESSAGE_BYTES": str(200 * MB),
                          "SMALLPRINT_SANDBOX_STRICT": "1",
                          "SMALLPRINT_SANDBOX_SELFTEST": "1"})
    alive(h, "start")
    # the frame buffer itself: 90 MB needs 128 MiB
    expect_oom(h, "a 90 MB message (frame buffer)", analyze(1, "p1", [fill(PROSE, 90 * MB)]), None)
    # parsing: a 64 MiB buffer fits, the 40 MB string cJSON copies does not
    # (the request could not be read, so the error has no id)
    expect_oom(h, "a 40 MB message (parsing)", analyze(2, "p2", [fill(PROSE, 40 * MB)]), None)
    rc, err = h.close(timeout=30)
    check(rc == 0, "exit status 0 at the end (got %s)" % rc)
    check("address space capped at 100 MiB" in err, "stderr says the cap is 100 MiB")
    check(all(line.startswith("smallprint-host: ") for line in err.splitlines()),
          "stderr holds only the host's own messages")

    # analysing: a 30 MB page parses in ~67 MB and needs ~90 MB in all
    # (sentences, findings, the reply); with a cap in between, analysing is
    # what fails, and the error carries the request id
    print("memory_limit_mb between what parsing and analysing a 30 MB page need:")
    analysis_failed = False
    for cap in (74, 78, 82, 86):
        h = Host(binary, env={"SMALLPRINT_MEMORY_LIMIT_MB": str(cap), "SMALLPRINT_SANDBOX_STRICT": "1"})
        rep, dt = h.ask(analyze(3, "p3", [fill(PROSE, 30 * MB)]), timeout=60)
        oom = rep.get("code") == 12 and "out of memory" in rep.get("message", "")
        check(rep.get("type") == "result" or oom, "cap %d MiB: a result or error 12 (%s)"
              % (cap, rep.get("message") or rep.get("type")))
        if oom and "analysing" in rep["message"]:
            analysis_failed = True
            check(rep.get("id") == 3, "cap %d MiB: the error carries the request id" % cap)
        alive(h, "cap %d MiB" % cap)
        rc, _ = h.close(timeout=30)
        check(rc == 0, "cap %d MiB: exit status 0" % cap)
    check(analysis_failed, "at least one cap made analysing fail with error 12")

    print("defaults:")
    h = Host(binary, env={"SMALLPRINT_SANDBOX_SELFTEST": "1"})
    rep, dt = h.ask(analyze(4, "p4", [fill(PROSE, 20 * MB)]), timeout=60)
    check(rep.get("type") == "result", "a 20 MB page under the default cap: %s" % rep.get("type"))
    rc, err = h.close(timeout=30)
    check("address space capped at 1024 MiB" in err, "the default cap is 1024 MiB")
    check(rc == 0, "exit status 0")
    return check.done("all checks passed")


if __name__ == "__main__":
    sys.exit(main())
