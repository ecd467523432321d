#!/usr/bin/env python3
"""The sandbox holds while the host keeps answering.

The host runs with SMALLPRINT_SANDBOX_SELFTEST=1: after loading its rules
and entering the sandbox it tries socket(), execve(), fork(), opening a file
outside its data directory and creating one inside, and reports each on
stderr. The test then has it answer hello and analyze every rule's examples
(patterns are compiled and JIT-compiled lazily, so after the sandbox is in
place), checks from outside that the kernel has the process in seccomp
filter mode, and reads the self-test's report at exit:

  socket(AF_INET), socket(AF_UNIX), execve, fork: refused
  open(/etc/hostname):  refused (Landlock; only checked when the kernel has it)
  a new file in the data directory: allowed (history will need it)

It runs in strict mode (a system call outside the list kills the host, so
"keeps answering" also proves the list is complete for these messages) and
in normal mode (such calls fail with EPERM), and once with history off (no
data directory at all: no file may be opened). Then history records a page,
reports what changed on a second visit, lists, forgets and clears, all
under the strict filter.

usage: run.py HOST_BINARY
"""
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "adversarial"))
from cases import analyze, load_rules  # noqa: E402
from hostio import Checks, Host  # noqa: E402

check = Checks("sandbox")


def seccomp_mode(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("Seccomp:"):
                return int(line.split()[1])
    return None


def session(binary, label, strict, data_home, history=True):
    print("%s:" % label)
    env = {"SMALLPRINT_SANDBOX_SELFTEST": "1", "XDG_DATA_HOME": data_home,
           "SMALLPRINT_HISTORY": "1" if history else "0",
           "SMALLPRINT_JIT_AFTER": "1"}  # JIT-compile on first use: after the sandbox
    if strict:
        env["SMALLPRINT_SANDBOX_STRICT"] = "1"
    h = Host(binary, env=env)
    rep, _ = h.ask({"type": "hello", "id": 1}, timeout=30)
    check(rep.get("type") == "hello" and rep.get("rules_error") is None, "hello answered, rules loaded")
    check(seccomp_mode(h.pid) == 2, "the kernel has the host in seccomp filter mode (Seccomp: 2)")
    examples = [ex for r in load_rules() for ex in r["examples"]["match"] + r["examples"]["no_match"]]
    found = 0
    for k in range(3):
        rep, _ = h.ask(analyze(10 + k, "page-%d" % k, examples), timeout=30)
        if rep.get("type") == "result":
            found += len(rep["findings"])
        else:
            check(False, "analyze answered: %s" % rep)
    check(found > 0, "analyze answered with findings (%d) after the sandbox started" % found)
    rep, _ = h.ask(b'{"type":"hello","id":"\xff"}', timeout=30)
    check(rep.get("code") == 3, "errors still answered")
    rep, _ = h.ask({"type": "hello", "id": "last"}, timeout=30)
    check(rep.get("type") == "hello", "still answering after the self-test and the analyses")
    rc, err = h.close(timeout=30)
    check(rc == 0, "exit status 0 (got %s)" % rc)
    lines = {}
    for line in err.splitlines():
        if "sandbox self-test: " in line:
            what, _, result = line.split("sandbox self-test: ", 1)[1].rpartition(": ")
            lines[what] = result
    sandbox = next((l for l in err.splitlines() if l.startswith("smallprint-host: sandbox: ")), "")
    print("       " + sandbox)
    for what in ("socket(AF_INET)", "socket(AF_UNIX)", "execve(/bin/true)", "fork()"):
        check(lines.get(what, "").startswith("refused"), "%s %s" % (what, lines.get(what, "not tried")))
    landlock = "Landlock" in sandbox and "no Landlock" not in sandbox
    outside = "open(/etc/hostname) outside the data directory"
    if landlock:
        check(lines.get(outside, "").startswith("refused"), "%s %s" % (outside, lines.get(outside)))
    else:
        print("  skip  %s: this kernel has no Landlock (%s)" % (outside, lines.get(outside)))
    inside = "open(a new file in the data directory)"
    if history:
        check(lines.get(inside) == "ALLOWED", "%s %s" % (inside, lines.get(inside, "not tried")))
    else:
        check(inside not in lines, "no data directory when history is off")
        if landlock:
            check("Landlock (no files)" in sandbox, "Landlock allows no file at all")


def history_session(binary, data_home):
    """History reads and writes its encrypted file, key and lock inside the
    data directory, and only there, while the strict filter is on."""
    print("history inside the sandbox (strict):")
    env = {"XDG_DATA_HOME": data_home, "SMALLPRINT_SANDBOX_STRICT": "1", "SMALLPRINT_HISTORY": "1"}
    rules = load_rules()
    texts = [ex for r in rules for ex in r["examples"]["match"]]
    first = texts[: max(1, len(texts) // 2)]
    second = first[1:] + texts[len(first):]  # one sentence gone, others new
    for label, blocks in (("first visit", first), ("second visit, changed", second)):
        h = Host(binary, env=env)
        rep, _ = h.ask(analyze(1, "visit", blocks), timeout=30)
        check(rep.get("type") == "result" and not rep.get("history_note"),
              "%s: recorded without a history note (%s)" % (label, rep.get("history_note") or rep.get("message")))
        if label.startswith("second"):
            check(isinstance(rep.get("changes"), dict), "second visit: the result says what changed")
        rc, err = h.close(timeout=30)
        check(rc == 0, "%s: exit status 0 (%s)" % (label, err.strip()[-300:]))
    hist_dir = os.path.join(data_home, "smallprint")
    check(os.path.exists(os.path.join(hist_dir, "history.db")), "history.db written in the data directory")
    h = Host(binary, env=env)
    rep, _ = h.ask({"type": "history_list", "id": 2}, timeout=30)
    check(rep.get("type") == "history_list" and rep.get("sites"), "history_list answered with the site")
    rep, _ = h.ask({"type": "history_forget", "id": 3, "site": "example.org"}, timeout=30)
    check(rep.get("type") == "history_forget" and rep.get("forgotten", 0) >= 1,
          "history_forget removed the site's pages (%s)" % rep.get("forgotten"))
    rep, _ = h.ask({"type": "history_list", "id": 5}, timeout=30)
    check(rep.get("type") == "history_list" and not rep.get("sites"), "history_list: the site is gone")
    rep, _ = h.ask({"type": "history_clear", "id": 4}, timeout=30)
    check(rep.get("type") == "history_clear" and rep.get("cleared"), "history_clear answered")
    rc, err = h.close(timeout=30)
    check(rc == 0, "exit status 0")
    check(not os.path.exists(os.path.join(hist_dir, "history.db")), "history.db deleted")


def main():
    if not sys.platform.startswith("linux"):
        print("sandbox: skipped, the seccomp sandbox is Linux only (docs/SANDBOX.md)")
        return 0
    binary = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="smallprint-sandbox-")
    try:
        os.makedirs(os.path.join(tmp, "smallprint"))
        session(binary, "strict (a call outside the list kills the host)", True, tmp)
        session(binary, "normal (a call outside the list fails with EPERM)", False, tmp)
        session(binary, "history off", True, tmp, history=False)
        history_session(binary, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return check.done("socket and execve fail inside the running host, which keeps answering")


if __name__ == "__main__":
    sys.exit(main())
