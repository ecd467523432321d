#!/usr/bin/env python3
"""History through the native messaging protocol and the command line, with
the real host.

usage: test_history_proto.py HOST WORKDIR
"""
import os
import shutil
import stat
import sys

from hostio import Checks, clean_env, run, talk

host, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
c = Checks("history protocol")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = clean_env(work)
hdir = os.path.join(env["XDG_DATA_HOME"], "smallprint")

OLD = [
    {"id": "h", "text": "Privacy at Example"},
    {"id": "t", "text": "We will not use your chats to train our models unless you choose to opt in."},
    {"id": "r", "text": "We keep server logs for 18 months. After that they are deleted."},
    {"id": "s", "text": "We do not sell your personal information."},
]
NEW = [
    {"id": "h", "text": "Privacy at Example"},
    {"id": "s", "text": "We do not sell your personal information."},
    {"id": "t", "text": "We may use your chats to train our models unless you opt out in Settings. "
                        "Even if you opt out, chats flagged for safety review may still be used."},
    {"id": "r", "text": "We keep server logs for 3 years. After that they are deleted."},
    {"id": "a", "text": "Any dispute will be resolved by binding arbitration."},
]
URL = "https://policies.example/privacy"


def analyze(i, page, blocks, final=True, url=URL, title="Privacy", **kw):
    m = {"type": "analyze", "id": i, "page": page, "final": final, "url": url, "title": title, "blocks": blocks}
    m.update(kw)
    return m


def results(msgs, i):
    return [m for m in msgs if m.get("id") == i]


# hello says history is on; nothing is written before a complete pass
msgs, err, code = talk(host, [{"type": "hello", "id": 0}, analyze(1, "p1", OLD[:2], final=False)], env=env)
c.ok(msgs[0].get("history") is True, f"hello history: {msgs[0]}")
# (the host creates the empty directory at start-up, before its sandbox
# closes the file system to everything but that directory: docs/SANDBOX.md)
c.ok(not os.path.exists(hdir) or not os.listdir(hdir), "a batch that is not final writes nothing")

# first complete pass in two batches; then a dynamic update of the same page
# (final again, with a new block) is not recorded; then a fresh page id with
# the original text sees no change
msgs, err, code = talk(host, [analyze(1, "p1", OLD[:2], final=False), analyze(2, "p1", OLD[2:]),
                              analyze(3, "p1", [{"id": "late", "text": "Disputes go to binding arbitration."}]),
                              analyze(4, "p2", OLD)], env=env)
c.ok(code == 0 and all(m["type"] == "result" for m in msgs), f"analyses answered: {[m['type'] for m in msgs]} {err}")
c.ok(results(msgs, 2)[0]["changes"] is None, "first visit: changes null")
c.ok(results(msgs, 4)[0]["changes"] is None, f"the update of a finalised page was not recorded: {results(msgs, 4)}")
c.ok(os.path.isdir(hdir) and stat.S_IMODE(os.stat(hdir).st_mode) == 0o700, "data dir 0700 under XDG_DATA_HOME")
key = os.path.join(hdir, "history.key")
c.ok(os.path.exists(key) and stat.S_IMODE(os.stat(key).st_mode) == 0o600 and os.path.getsize(key) == 32,
     "history.key: 32 bytes, mode 0600")
c.ok(stat.S_IMODE(os.stat(os.path.join(hdir, "history.db")).st_mode) == 0o600, "history.db: mode 0600")
db = open(os.path.join(hdir, "history.db"), "rb").read()
c.ok(db.startswith(b"SPHIST\x00\x01") and b"policies" not in db and b"Privacy" not in db,
     "history.db is encrypted (no URL or title in clear)")

# the policy changes: the result says what changed (query and fragment do not matter)
msgs, err, code = talk(host, [analyze(5, "p3", NEW, url=URL + "?utm_source=mail#top")], env=env)
r = results(msgs, 5)[0]
ch = r["changes"]
c.ok(ch is not None, f"changes reported: {r}")
if ch:
    ids = {f["id"]: f for f in r["findings"]}
    added = {ids[i]["label"] for i in ch["added"] if i in ids}
    c.ok(all(i in ids for i in ch["added"]), f"added ids are findings of this page: {ch['added']}")
    c.ok({"ai_training", "opt_out", "opt_out_exception", "arbitration"} <= added, f"added labels: {added}")
    c.ok([w["label"] for w in ch["reworded"]] == ["retention"] and ch["reworded"][0]["id"] in ids and
         ch["reworded"][0]["was"]["values"].get("retention_days") == 540, f"reworded: {ch['reworded']}")
    # the old promise ("not ... unless you choose to opt in") is gone from the new version
    c.ok(sorted(f["label"] for f in ch["removed"]) == ["no_ai_training", "opt_in"], f"removed: {ch['removed']}")
    answers = {a["key"]: a for a in ch["answers"]}
    c.ok(answers.get("ai_training", {}).get("new") == "default" and answers["ai_training"]["old"] != "default",
         f"ai_training answer: {answers.get('ai_training')}")
    c.ok(answers.get("max_retention_days", {}).get("text") == "Longest retention: 18 months \u2192 3 years",
         f"retention answer: {answers.get('max_retention_days')}")
    c.ok(answers.get("arbitration", {}).get("old") is False and answers["arbitration"]["new"] is True,
         f"arbitration answer: {answers.get('arbitration')}")
    c.ok("since" in ch and ch["since"].endswith("Z") and ch["rules_changed"] is False, f"dates: {ch}")

# the same new version again: the change is still told against the old version
msgs, err, code = talk(host, [analyze(6, "p4", NEW)], env=env)
c.ok(results(msgs, 6)[0]["changes"] is not None, "a second visit of the new version still shows the change")

# a private window (history: false) records nothing, not even a new site
msgs, err, code = talk(host, [analyze(7, "p5", NEW, url="https://private.example/terms", history=False),
                              {"type": "history_list", "id": 8}], env=env)
sites = [s["site"] for s in results(msgs, 8)[0]["sites"]]
c.ok(sites == ["https://policies.example"], f"history:false records nothing: {sites}")
msgs, err, code = talk(host, [analyze(9, "p6", NEW, history="no")], env=env)
c.ok(msgs[0].get("code") == 8, f"history must be a boolean: {msgs}")

# a pass cut short by the time budget is not recorded
big = [{"id": f"b{i}", "text": "We keep logs for 18 months. " * 4000} for i in range(3)]
msgs, err, code = talk(host, [analyze(10, "p7", big, url="https://slow.example/p")],
                       env=dict(env, SMALLPRINT_TIME_BUDGET_MS="5"))
c.ok(msgs and msgs[0].get("partial") is True, f"slow page answered in part: {str(msgs)[:200]}")
msgs, err, code = talk(host, [{"type": "history_list", "id": 11}], env=env)
c.ok("https://slow.example" not in [s["site"] for s in msgs[0]["sites"]], "a partial pass is not recorded")

# the command line sees the same history
code, out, err = run(host, ["history", "list"], env=env)
c.ok(code == 0 and "https://policies.example/privacy" in out and "changed since" in out, f"history list: {out}")
code, out, err = run(host, ["history", "show", "policies.example"], env=env)
c.ok(code == 0 and "AI training" in out and "\u2192 by default" in out, f"history show: {out}")
code, out, err = run(host, ["history", "show", "nothing.example"], env=env)
c.ok(code == 2 and "nothing remembered" in err, f"history show unknown: {code} {err}")

# a page's title cannot send control characters to a terminal
talk(host, [analyze(21, "p21", NEW, url="https://title.example/", title="Evil\u001b[2JTitle\u0007")], env=env)
code, out, err = run(host, ["history", "show", "title.example"], env=env)
c.ok(code == 0 and "Evil [2JTitle " in out and "\x1b" not in out and "\x07" not in out, f"title cleaned: {out!r}")

# a damaged file is set aside with a note; the host keeps serving
with open(os.path.join(hdir, "history.db"), "r+b") as f:
    f.seek(40)
    f.write(b"\x00\x01\x02")
msgs, err, code = talk(host, [analyze(12, "p8", NEW), {"type": "hello", "id": 13}], env=env)
r = results(msgs, 12)[0]
c.ok(r["type"] == "result" and "set aside" in r.get("history_note", ""), f"history_note: {r.get('history_note')}")
c.ok(results(msgs, 13) and code == 0, "the host keeps running")
c.ok(any(f.startswith("history.db.broken-") for f in os.listdir(hdir)), "the damaged file was set aside")
os.truncate(os.path.join(hdir, "history.db"), 30)
code, out, err = run(host, ["history", "list"], env=env)
c.ok(code == 0 and "cut short" in err, f"a truncated file: {code} {err}")

# forget and clear
msgs, err, code = talk(host, [analyze(14, "p9", NEW), analyze(15, "p10", NEW, url="https://b.example/x"),
                              {"type": "history_forget", "id": 16, "site": "https://policies.example"},
                              {"type": "history_forget", "id": 17},
                              {"type": "history_list", "id": 18},
                              {"type": "history_clear", "id": 19},
                              {"type": "history_list", "id": 20}], env=env)
f = results(msgs, 16)[0]
c.ok(f["type"] == "history_forget" and f["forgotten"] == 1 and f["site"] == "https://policies.example", f"forget: {f}")
c.ok(results(msgs, 17)[0].get("code") == 8, "history_forget needs a site")
c.ok([s["site"] for s in results(msgs, 18)[0]["sites"]] == ["https://b.example"], f"list after forget: {msgs}")
c.ok(results(msgs, 19)[0] == {"cleared": True, "type": "history_clear", "id": 19, "enabled": True},
     f"clear: {results(msgs, 19)}")
c.ok(results(msgs, 20)[0]["sites"] == [] and not os.path.exists(key), "cleared: nothing left, key gone")

# history = 0 in the config: nothing is written, hello says so
env_off = clean_env(os.path.join(work, "off"), SMALLPRINT_HISTORY="0")
msgs, err, code = talk(host, [{"type": "hello", "id": 1}, analyze(2, "p", NEW)], env=env_off)
c.ok(msgs[0]["history"] is False and msgs[1]["changes"] is None, "history off: hello says false")
c.ok(not os.path.exists(os.path.join(env_off["XDG_DATA_HOME"], "smallprint")), "history off: nothing written")

# the command line records nothing: scan, classify and diff leave no history
env_cli = clean_env(os.path.join(work, "cli"))
hdir_cli = os.path.join(env_cli["XDG_DATA_HOME"], "smallprint")
old_doc, new_doc = os.path.join(work, "old.txt"), os.path.join(work, "new.txt")
with open(old_doc, "w") as f:
    f.write("\n\n".join(b["text"] for b in OLD) + "\n")
with open(new_doc, "w") as f:
    f.write("\n\n".join(b["text"] for b in NEW) + "\n")
code_scan, _, err_scan = run(host, ["scan", old_doc, new_doc], env=env_cli)
code_cls, _, err_cls = run(host, ["classify", "--jsonl"], env=env_cli,
                           stdin='{"id": 1, "text": "We keep server logs for 3 years."}\n')
code_diff, _, err_diff = run(host, ["diff", old_doc, new_doc], env=env_cli)
c.ok((code_scan, code_cls, code_diff) == (1, 0, 1), f"scan, classify, diff ran: {code_scan} {code_cls} {code_diff} "
     f"{err_scan} {err_cls} {err_diff}")
left = os.listdir(hdir_cli) if os.path.isdir(hdir_cli) else []
c.ok(not any(f.startswith("history.") for f in left), f"the command line wrote no history: {left}")
code, out, err = run(host, ["history", "list"], env=env_cli)
c.ok(code == 0 and ": 0 documents" in out, f"history list after the command line: {code} {out} {err}")

# history forget SITE and history clear on the command line
msgs, err, code = talk(host, [analyze(1, "c1", OLD), analyze(2, "c2", OLD, url="http://policies.example/terms"),
                              analyze(3, "c3", NEW, url="https://other.example/privacy")], env=env_cli)
c.ok([m["type"] for m in msgs] == ["result"] * 3, f"three sites recorded: {err}")
code, out, err = run(host, ["history", "forget", "https://policies.example"], env=env_cli)
c.ok(code == 0 and "forgot 1 document of https://policies.example" in out, f"history forget a full site: {code} {out} {err}")
code, out, err = run(host, ["history", "list"], env=env_cli)
c.ok(code == 0 and "http://policies.example/terms" in out and "https://policies.example" not in out
     and "https://other.example/privacy" in out, f"list after forgetting one scheme: {out}")
code, out, err = run(host, ["history", "forget", "policies.example"], env=env_cli)
c.ok(code == 0 and "forgot 1 document" in out, f"history forget a host (every scheme): {code} {out} {err}")
code, out, err = run(host, ["history", "forget", "policies.example"], env=env_cli)
c.ok(code == 0 and "forgot 0 documents" in out, f"forgetting an unknown site is not an error: {code} {out} {err}")
code, out, err = run(host, ["history", "forget"], env=env_cli)
c.ok(code == 2 and "usage" in err, f"history forget needs a site: {code} {err}")
code, out, err = run(host, ["history", "clear"], env=env_cli)
# (history.lock stays: removing a lock file others may hold open would let two hosts lock different files)
c.ok(code == 0 and "history cleared" in out and not any(f.startswith("history.") and f != "history.lock"
                                                         for f in os.listdir(hdir_cli)),
     f"history clear removes the file and its key: {code} {out} {os.listdir(hdir_cli)}")
code, out, err = run(host, ["history", "list"], env=env_cli)
c.ok(code == 0 and ": 0 documents" in out, f"nothing listed after clear: {out}")

# a change too large to list: at most 500 entries of a kind, "truncated",
# and in a result split into parts, `changes` rides in the last part only
env_big = clean_env(os.path.join(work, "big"))
BIG_URL = "https://many.example/terms"
base = [{"id": "keep", "text": "We keep server logs for 18 months."}]
claims = [{"id": f"c{i}", "text": f"Claim number {i} about order {i * 7 + 3} will be resolved by binding arbitration."}
          for i in range(6000)]
msgs, err, code = talk(host, [analyze(1, "m1", base, url=BIG_URL), analyze(2, "m2", base + claims, url=BIG_URL)],
                       env=env_big)
parts = results(msgs, 2)
last = parts[-1] if parts else {}
ch = last.get("changes") or {}
c.ok(len(parts) >= 2 and [p_["part"] for p_ in parts] == list(range(1, len(parts) + 1))
     and all(p_["parts"] == len(parts) for p_ in parts), f"a large changed page comes in parts: {len(parts)} {err[:200]}")
c.ok(all(p_.get("changes") is None for p_ in parts[:-1]), "changes only in the last part")
n_found = sum(1 for p_ in parts for f in p_["findings"] if f["label"] == "arbitration")
c.ok(n_found == 6000 and len(ch.get("added", [])) == 500 and ch.get("truncated") is True,
     f"added capped at 500 with truncated: {n_found} findings, {len(ch.get('added', []))} added, "
     f"truncated={ch.get('truncated')}")
ids = {f["id"] for p_ in parts for f in p_["findings"]}
c.ok(all(i in ids for i in ch.get("added", [])), "the 500 added ids are findings of the page")

# no data dir at all: error 15 for history requests, analyze still works
env_none = clean_env(work)
for k in ("HOME", "XDG_DATA_HOME"):
    env_none.pop(k)
msgs, err, code = talk(host, [{"type": "history_list", "id": 1}, analyze(2, "p", NEW)], env=env_none)
c.ok(msgs[0].get("code") == 15 and "HOME" in msgs[0].get("message", ""), f"no data dir: {msgs[0]}")
c.ok(msgs[1]["type"] == "result", "analyze works without history")
sys.exit(c.done())
