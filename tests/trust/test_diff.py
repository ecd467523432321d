#!/usr/bin/env python3
"""`smallprint-host diff` on versions of documents written for this test.

usage: test_diff.py HOST WORKDIR

Short pairs live in tests/trust/diff/. Long ones (over 30 KB, Markdown and
HTML) are built here from a policy of 44 sections: ordinary sections made
from the sentences below, and four that matter (training, logs, selling,
disputes). Each case says which labels must be added, removed or reworded
and which answers must change; every reported finding must sit on a
sentence the case changed, so moved or untouched text is never reported.
Assertions are on labels and answers, never on rule ids.
"""
import html
import json
import os
import shutil
import subprocess
import sys

from hostio import Checks, clean_env

host, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
c = Checks("diff")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = clean_env(work)

# ---------------------------------------------------------------------------
# Ordinary sections: plain sentences about one topic each
# ---------------------------------------------------------------------------
TOPICS = [
    "account settings", "billing records", "support tickets", "device details", "crash reports",
    "language preferences", "team workspaces", "shared folders", "calendar entries", "voice notes",
    "profile pictures", "saved searches", "printed receipts", "gift cards", "referral codes",
    "beta features", "accessibility options", "time zone settings", "export files", "status pages",
    "help articles", "community forums", "event tickets", "browser extensions", "mobile widgets",
    "password resets", "two-step sign-in", "office locations", "job applications", "press enquiries",
    "dark mode themes", "keyboard shortcuts", "offline copies", "photo albums", "reading lists",
    "school accounts", "family plans", "translation tools", "spelling suggestions", "template libraries",
    "usage dashboards", "invoice reminders", "storage quotas", "service status emails",
]
TEMPLATES = [
    "This part of the notice is about {t}.",
    "We describe {t} here in plain words so that you know what to expect.",
    "Most people never need to think about {t}, and that is fine.",
    "If you have questions about {t}, our help pages explain the basics.",
    "Staff who look after {t} work in small teams with clear duties.",
    "We review how {t} work at least once a year.",
    "When we change how {t} work, we write it up in our release notes.",
    "You can look at your {t} from the menu in the top corner.",
    "Some {t} are created for you when you first set up the app.",
    "Older versions of the app showed {t} in a different place.",
    "Our engineers test {t} on many kinds of devices.",
    "Please tell us if anything about {t} seems wrong to you.",
    "The settings for {t} are grouped together so they are easy to find.",
    "New members of a team see the same {t} as everyone else on it.",
    "We wrote a short guide with pictures that walks through {t}.",
    "On small screens, {t} appear in a simpler layout.",
    "Some older browsers show {t} without the newest styles.",
    "The words used for {t} are the same in every language we offer.",
    "Customers in schools and offices often ask us about {t}.",
    "There is no extra charge for {t} on any plan.",
    "A change to {t} never happens without a note in the app.",
]


SECTIONS = 44


def ordinary(k):
    """Section k: a heading and two short paragraphs about one topic."""
    t = TOPICS[k % len(TOPICS)]
    picks = [TEMPLATES[(k + j * 8) % len(TEMPLATES)] for j in range(12)]
    paras = [" ".join(p.format(t=t) for p in picks[i:i + 4]) for i in (0, 4, 8)]
    return (f"About {t}", paras)


# The sections that matter, old wording
TRAINING_OLD = "We will not use your chats to train our AI models unless you choose to opt in."
TRAINING_NEW = [
    "We may use your chats to train our AI models unless you opt out in Settings > Data Controls.",
    "Even if you opt out, we may still use chats flagged for a safety review, and chats you rate, for training.",
]
LOGS_OLD = "We keep server logs for 18 months."
LOGS_NEW = "We keep server logs for three years."
DISPUTE_PLAIN = "If something goes wrong, please contact our support team first and we will try to sort it out."
DISPUTE_NEW = ("Any dispute arising from these terms will be settled by binding individual arbitration, "
               "and you waive your right to a jury trial.")
SALE = "We do not sell your personal information."


def policy(training=None, logs=None, disputes=None, order=None):
    """A long policy as a list of (heading, paragraphs)."""
    training = training or [TRAINING_OLD]
    logs = logs or LOGS_OLD
    disputes = disputes or [DISPUTE_PLAIN]
    special = {
        5: ("Your chats and our models", [" ".join(training + ["You can read past chats in the sidebar."])]),
        12: ("Server logs", [logs + " Logs help us find faults quickly."]),
        19: ("Selling data", [SALE + " Our business is the subscription you pay for."]),
        30: ("Disputes", [" ".join([DISPUTE_PLAIN] + [d for d in disputes if d != DISPUTE_PLAIN])]),
    }
    sections = [special.get(k) or ordinary(k) for k in range(SECTIONS)]
    if order:
        sections = [sections[k] for k in order]
    return sections


def markdown(sections):
    out = ["# Privacy policy of Example Chat", "", "Last updated: see the top of the page.", ""]
    for n, (h, paras) in enumerate(sections, 1):
        out += [f"## {n}. {h}", ""]
        for p in paras:
            out += [p, ""]
    return "\n".join(out)


def as_html(sections):
    out = ["<!doctype html><html><head><title>Privacy policy</title>",
           "<script>var tracking = 'not text';</script></head><body>", "<h1>Privacy policy of Example Chat</h1>"]
    for h, paras in sections:  # no numbers: HTML lists number themselves
        out.append(f"<section><h2>{html.escape(h)}</h2>")
        out += [f"<p>{html.escape(p)}</p>" for p in paras]
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out)


def run_diff(old, new):
    p = subprocess.run([host, "diff", old, new, "--format", "json"], capture_output=True, text=True, env=env,
                       timeout=60)
    try:
        return p.returncode, json.loads(p.stdout), p.stderr
    except json.JSONDecodeError:
        return p.returncode, None, p.stderr + p.stdout[:300]


def check_case(name, old, new, added=(), removed=(), reworded=(), answers=None, changed=(), quiet=False):
    """changed: words of the sentences this case changed; every reported
    finding's sentence must hold one of them."""
    code, d, err = run_diff(old, new)
    if not c.ok(d is not None, f"{name}: diff ran: {code} {err}"):
        return
    got = {k: [f["label"] for f in d[k]] for k in ("added", "removed")}
    got["reworded"] = [r["label"] for r in d["reworded"]]
    ans = {a["key"]: a for a in d["answers"]}
    if quiet:
        c.ok(code == 0 and not any(got.values()) and not ans, f"{name}: no change reported: {got} {list(ans)}")
        return
    c.ok(code == 1, f"{name}: exit status 1 when something changed ({code})")
    for kind, want in (("added", added), ("removed", removed), ("reworded", reworded)):
        c.ok(set(want) <= set(got[kind]), f"{name}: {kind} labels {got[kind]} include {sorted(want)}")
    for key, (was, now) in (answers or {}).items():
        a = ans.get(key)
        ok = a is not None and (now is None or a["new"] == now) and (was is None or a["old"] == was)
        if was == "not default":
            ok = a is not None and a["old"] != "default" and a["new"] == now
        c.ok(ok, f"{name}: answer {key} {was} -> {now}: {a}")
    sentences = [f["sentence"] for f in d["added"] + d["removed"]] + \
                [r[s]["sentence"] for r in d["reworded"] for s in ("old", "new")]
    stray = [s for s in sentences if not any(w in s for w in changed)]
    c.ok(not stray, f"{name}: findings only on changed sentences, stray: {stray[:3]}")


def write(name, text):
    p = os.path.join(work, name)
    with open(p, "w") as f:
        f.write(text)
    return p


# ---------------------------------------------------------------------------
# Short pairs (tests/trust/diff/)
# ---------------------------------------------------------------------------
D = lambda n: os.path.join(here, "diff", n)
check_case("short training opt-in -> opt-out with a carve-out", D("training-old.md"), D("training-new.md"),
           answers={"ai_training": ("not default", "default"), "opt_out": (False, True),
                    "opt_out_exception": (False, True)},
           changed=("train our AI models", "Even if you opt out"))
code, d, err = run_diff(D("training-old.md"), D("training-new.md"))
labels = {f["label"] for f in d["added"]} | {r["label"] for r in d["reworded"]}
c.ok({"ai_training", "opt_out", "opt_out_exception"} <= labels, f"short training: added or reworded {labels}")
check_case("short retention raised (HTML)", D("retention-old.html"), D("retention-new.html"), reworded=["retention"],
           answers={"max_retention_days": (540, 1095)}, changed=("server logs",))
check_case("short arbitration added (text)", D("arbitration-old.txt"), D("arbitration-new.txt"),
           added=["arbitration"], answers={"arbitration": (False, True)}, changed=("binding individual arbitration",))
check_case("short sections moved", D("moved-old.md"), D("moved-new.md"), quiet=True)

# ---------------------------------------------------------------------------
# Long documents
# ---------------------------------------------------------------------------
base = policy()
training = policy(training=TRAINING_NEW)
logs = policy(logs=LOGS_NEW)
disputes = policy(disputes=[DISPUTE_PLAIN, DISPUTE_NEW])
order = list(range(SECTIONS))
order.insert(38, order.pop(12))  # the logs section moves far down, unchanged
order[2], order[40] = order[40], order[2]
moved = policy(order=order)
# a real update: sections reordered and three practices changed at once
shuffle = list(range(SECTIONS))
shuffle.insert(3, shuffle.pop(30))  # disputes near the top
shuffle.insert(20, shuffle.pop(5))  # training further down
update = policy(training=TRAINING_NEW, logs=LOGS_NEW, disputes=[DISPUTE_PLAIN, DISPUTE_NEW], order=shuffle)

for fmt, render in (("md", markdown), ("html", as_html)):
    old = write(f"long-old.{fmt}", render(base))
    c.ok(os.path.getsize(old) >= 30 * 1024, f"long {fmt} document is {os.path.getsize(old)} bytes (>= 30 KB)")
    check_case(f"long {fmt}: training opt-in -> opt-out with carve-outs", old,
               write(f"long-training.{fmt}", render(training)),
               answers={"ai_training": ("not default", "default"), "opt_out": (False, True),
                        "opt_out_exception": (False, True)},
               changed=("train our AI models", "Even if you opt out"))
    check_case(f"long {fmt}: retention raised", old, write(f"long-logs.{fmt}", render(logs)),
               reworded=["retention"], answers={"max_retention_days": (540, 1095)}, changed=("server logs",))
    check_case(f"long {fmt}: arbitration clause added", old, write(f"long-disputes.{fmt}", render(disputes)),
               added=["arbitration"], answers={"arbitration": (False, True)},
               changed=("binding individual arbitration",))
    check_case(f"long {fmt}: sections moved without change", old, write(f"long-moved.{fmt}", render(moved)),
               quiet=True)
    check_case(f"long {fmt}: reordered and three changes at once", old, write(f"long-update.{fmt}", render(update)),
               added=["arbitration"], reworded=["retention"],
               answers={"ai_training": ("not default", "default"), "max_retention_days": (540, 1095),
                        "arbitration": (False, True), "opt_out_exception": (False, True)},
               changed=("train our AI models", "Even if you opt out", "server logs", "binding individual arbitration"))
    # and the other way round: the practices removed again
    check_case(f"long {fmt}: the update undone", write(f"long-update2.{fmt}", render(update)), old,
               removed=["arbitration"], reworded=["retention"],
               answers={"ai_training": ("default", None), "arbitration": (True, False)},
               changed=("train our AI models", "Even if you opt out", "server logs", "binding individual arbitration"))

# the text format prints the answers first, with the arrow
p = subprocess.run([host, "diff", D("retention-old.html"), D("retention-new.html")], capture_output=True, text=True,
                   env=env)
c.ok(p.returncode == 1 and "Longest retention: 18 months \u2192 3 years" in p.stdout and "Reworded:" in p.stdout,
     f"text format: {p.stdout}")
p = subprocess.run([host, "diff", D("moved-old.md")], capture_output=True, text=True, env=env)
c.ok(p.returncode == 2 and "usage" in p.stderr, "diff needs two files")
p = subprocess.run([host, "diff", D("moved-old.md"), "/nonexistent/file"], capture_output=True, text=True, env=env)
c.ok(p.returncode == 2 and "/nonexistent/file" in p.stderr, f"a missing file is named: {p.stderr}")
sys.exit(c.done())
