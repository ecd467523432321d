#!/usr/bin/env python3
"""Command-line test: `scan`, `classify --jsonl`, `--rules`, `--version`,
`--help`, run as a person runs them, through the real binary.

usage: test_cli.py HOST_BINARY [HOST_OPTION...]   (e.g. --rules DIR)

The fixtures are written here, in our own words.
"""
import json, os, pty, shutil, subprocess, sys, tempfile

HOST = os.path.abspath(sys.argv[1])
HOST_OPTIONS = sys.argv[2:]
WORK = tempfile.mkdtemp(prefix="sp-cli-")
failures = []
checks = 0


def check(name, cond, detail=""):
    global checks
    checks += 1
    if not cond:
        failures.append(name)
        print(f"FAIL  {name}" + (f": {detail}" if detail else ""))


def env():
    e = dict(os.environ)
    e["SMALLPRINT_CONFIG"] = "/dev/null"
    e["SMALLPRINT_HISTORY_DIR"] = os.path.join(WORK, "history")
    return e


def host(*args, stdin=b"", cwd=None, options=True):
    p = subprocess.run([HOST, *(HOST_OPTIONS if options else []), *args], input=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), cwd=cwd, timeout=120)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def write(name, text):
    path = os.path.join(WORK, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


KEEP = write("keep.txt", "We keep your account records for 3 years.\n\nThe weather was mild.\n")
PLAIN = write("plain.txt", "This page lists our office hours.\nWe open at nine.\n")
# a sentence that starts mid-line after accents, curly quotes and an emoji
# (two UTF-16 units): line 2, column 16 in characters
WIDE = write("wide.txt", "Hello there.\nCafé “déjà” 😀. By using the site you agree to these terms.\n")
HTML = write("page.html", "<html><head><title>Terms</title><style>p { color: red }</style>"
             "<script>var note = \"we sell your data to brokers\";</script></head>"
             "<body><p>We keep server logs for 30&nbsp;days &amp; then erase them.</p></body></html>")
MD = write("page.md", "# Our terms\n\nWe **sell** your [details](https://shop.example/selling-page).\n")


def main():
    # --version and --help
    rc, out, _ = host("--version")
    check("--version exits 0", rc == 0)
    check("--version names the host and the protocol", out.startswith("smallprint-host ") and "protocol" in out, out)
    rc, out, _ = host("--help")
    check("--help exits 0 and lists scan and classify", rc == 0 and "scan" in out and "classify --jsonl" in out)
    rc, out, _ = host("scan", "--help")
    check("scan --help exits 0 with its usage", rc == 0 and "usage: smallprint-host scan" in out)

    # scan: the readable report
    rc, out, err = host("scan", KEEP)
    check("scan: findings exit 1", rc == 1, f"rc={rc} {err}")
    check("scan: report names the file, line:column, label and severity", "keep.txt" in out and "1:1  retention  [low]" in out, out)
    check("scan: report shows the value and the sentence",
          "kept: for 3 years" in out and '"We keep your account records for 3 years."' in out, out)
    check("scan: report ends with the page summary", "Summary:" in out and "Longest retention: 3 years" in out, out)
    rc, out, _ = host("scan", PLAIN)
    check("scan: no findings exit 0", rc == 0, out)

    # columns in characters, lines 1-based; json keeps UTF-16 offsets
    rc, out, _ = host("scan", "--format", "json", WIDE)
    docs = json.loads(out)
    f = docs[0]["findings"][0] if docs and docs[0]["findings"] else {}
    check("scan json: one document, one consent_by_use finding", len(docs) == 1 and f.get("label") == "consent_by_use", out[:300])
    check("scan json: line 2, column 16 (characters)", (f.get("line"), f.get("column")) == (2, 16), str(f)[:200])
    check("scan json: start is a UTF-16 offset (emoji counts 2)", f.get("start") == 29, str(f.get("start")))
    check("scan json: the sentence is given", f.get("sentence") == "By using the site you agree to these terms.", str(f)[:200])
    check("scan json: the summary is given", docs[0]["summary"]["consent_by_use"] is True)

    # options after the files, --format=, jsonl: one line per document
    rc, out, _ = host("scan", KEEP, WIDE, "--format=jsonl")
    lines = [json.loads(l) for l in out.splitlines() if l.strip()]
    check("scan jsonl (option after files): one line per document, in order",
          [os.path.basename(d["file"]) for d in lines] == ["keep.txt", "wide.txt"], out[:300])
    check("scan jsonl: exit 1 with findings", rc == 1)

    # no state between documents: each summary covers its own file only
    rc, out, _ = host("scan", "--format", "json", KEEP, PLAIN, WIDE)
    docs = json.loads(out)
    sums = [d["summary"] for d in docs]
    check("scan: each document's summary is its own",
          len(sums) == 3 and sums[0]["max_retention_days"] == 3 * 365 and sums[0]["consent_by_use"] is False
          and sums[1]["findings"] == 0 and sums[1]["max_retention_days"] is None
          and sums[2]["consent_by_use"] is True and sums[2]["max_retention_days"] is None
          and sums[2]["findings"] == len(docs[2]["findings"]), str(sums)[:400])
    check("scan: finding ids start afresh in each document",
          docs[0]["findings"][0].get("id") == docs[2]["findings"][0].get("id") == "f1", str([d["findings"][:1] for d in docs])[:300])
    rc, out, _ = host("classify", "--jsonl", stdin=(json.dumps({"id": 1, "text": "We keep chats for 30 days."}) + "\n" +
                                                    json.dumps({"id": 2, "text": "The weather was mild."}) + "\n").encode())
    outs = [json.loads(l) for l in out.splitlines()]
    check("classify: a line's answer does not carry the line before it",
          len(outs) == 2 and outs[0]["labels"] and outs[1]["labels"] == [] and outs[1]["findings"] == [], out[:300])

    # stdin
    rc, out, _ = host("scan", "-", stdin=open(KEEP, "rb").read())
    check("scan -: reads stdin", rc == 1 and "retention" in out, out[:200])

    # HTML: tags stripped, entities decoded, script and style dropped
    rc, out, _ = host("scan", "--format", "json", HTML)
    d = json.loads(out)[0]
    labels = [f["label"] for f in d["findings"]]
    check("scan html: read as HTML", d["format"] == "html", d["format"])
    check("scan html: the retention sentence is found", labels == ["retention"], str(labels))
    check("scan html: script text is not read (no sale)", "sale" not in labels)
    check("scan html: entities decoded in the sentence",
          d["findings"] and "& then erase" in d["findings"][0]["sentence"] and "&amp;" not in d["findings"][0]["sentence"],
          str(d["findings"])[:300])

    # Markdown: emphasis and link targets are not text
    rc, out, _ = host("scan", "--format", "json", MD)
    d = json.loads(out)[0]
    check("scan markdown: read as Markdown", d["format"] == "markdown", d["format"])
    sent = [f["sentence"] for f in d["findings"] if f["label"] == "sale"]
    check("scan markdown: the sentence reads as a person sees it",
          sent == ["We sell your details."], str(sent))

    # headings name topics: a bare phrase that is a finding in a list item
    # is none in a heading (Markdown '#', HTML h2)
    for name, src in (("topic.md", "# Improving our models\n\nWhy we use your words:\n\n- Improving our models\n"),
                      ("topic.html", "<h2>Improving our models</h2><p>Why we use your words:</p>"
                                     "<ul><li>Improving our models</li></ul>")):
        rc, out, _ = host("scan", "--format", "json", write(name, src))
        found = [(f["line"], f["label"]) for f in json.loads(out)[0]["findings"]]
        want = [(5, "ai_training")] if name.endswith(".md") else [(1, "ai_training")]
        check(f"scan {name}: the heading is not marked, the list item is", found == want, str(found))

    # errors: exit 2 with a message; the other files are still reported
    rc, out, err = host("scan", os.path.join(WORK, "missing.txt"), KEEP)
    check("scan: a missing file exits 2", rc == 2, f"rc={rc}")
    check("scan: the missing file is named on stderr", "missing.txt" in err, err)
    check("scan: the other file is still reported", "keep.txt" in out and "retention" in out, out[:200])
    rc, _, err = host("scan", "--colour", KEEP)
    check("scan: an unknown option exits 2 and says which", rc == 2 and "--colour" in err, err)
    rc, _, err = host("scan", "--format", "yaml", KEEP)
    check("scan: an unknown format exits 2 and lists the formats", rc == 2 and "text, json or jsonl" in err, err)
    rc, _, err = host("scan", KEEP, "--format")
    check("scan: --format without a value exits 2", rc == 2 and "needs a value" in err, err)
    rc, _, err = host("scan")
    check("scan: no file exits 2 with the usage", rc == 2 and "usage" in err, err)
    # "--" ends the options: a file whose name starts with '-'
    shutil.copy(KEEP, os.path.join(WORK, "-dash.txt"))
    rc, out, err = host("scan", "--", "-dash.txt", cwd=WORK)
    check("scan -- -dash.txt: a file named like an option", rc == 1 and "-dash.txt" in out, err)

    # the progress line: only when stderr is a terminal and many files are scanned
    many = [KEEP, PLAIN, WIDE, HTML, MD]
    rc, _, err = host("scan", *many)
    check("scan: no progress line when stderr is not a terminal", "scanning" not in err, err)
    master, slave = pty.openpty()
    p = subprocess.Popen([HOST, *HOST_OPTIONS, "scan", *many], stdout=subprocess.DEVNULL, stderr=slave, env=env())
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    p.wait(timeout=120)
    os.close(master)
    check("scan: a progress line on a terminal", b"scanning 5/5" in seen, seen[:200])

    # classify --jsonl: one line out per line in, same order, labels sorted and unique
    lines_in = [
        {"id": "a", "text": "We sell your data. We also sell your contact list.", "source": "ignored"},
        {"id": 2, "text": "The weather was mild."},
        {"id": "c", "text": "We keep chats for 30 days. You may opt out of marketing e-mail."},
    ]
    src = "".join(json.dumps(o) + "\n" for o in lines_in)
    rc, out, err = host("classify", "--jsonl", stdin=src.encode())
    outs = [json.loads(l) for l in out.splitlines()]
    check("classify: exit 0", rc == 0, err)
    check("classify: one line out per line in, in order", [o["id"] for o in outs] == ["a", 2, "c"], out[:300])
    check("classify: labels unique", outs and outs[0]["labels"] == ["sale"], str(outs[:1])[:200])
    check("classify: labels sorted", len(outs) == 3 and outs[2]["labels"] == sorted(set(outs[2]["labels"]))
          and len(outs[2]["labels"]) >= 2, str(outs[2:])[:300])
    check("classify: nothing found gives empty lists", len(outs) > 1 and outs[1]["labels"] == [] and outs[1]["findings"] == [])
    check("classify: findings carry the protocol's fields",
          outs and all(k in outs[0]["findings"][0] for k in ("start", "end", "label", "rule", "severity", "explanation")))
    path = write("in.jsonl", src)
    rc, out2, _ = host("classify", "--jsonl", path)
    check("classify FILE: same answer as stdin", rc == 0 and out2 == out)
    rc, out, err = host("classify", "--jsonl", stdin=b'{"id":"x","text":"We sell your data."}\nnot json\n{"id":"y","text":"Hi."}\n')
    outs = [json.loads(l) for l in out.splitlines()]
    check("classify: a bad line gets an error line and the next line its answer",
          len(outs) == 3 and "error" in outs[1] and outs[2]["id"] == "y", out[:300])
    check("classify: a bad line makes the exit status 2", rc == 2)
    rc, out, err = host("classify", stdin=b"")
    check("classify without --jsonl exits 2 with a message", rc == 2 and err.strip(), err)

    # --rules: a directory that does not exist is a clear error
    rc, out, err = host("--rules", os.path.join(WORK, "no-such-rules"), "scan", KEEP, options=False)
    check("--rules DIR that does not exist: exit 2 with the path", rc == 2 and "no-such-rules" in err, err)

    # the global options may follow the command too, up to "--"
    rc, out, err = host("scan", KEEP, "--rules", os.path.join(WORK, "no-such-rules"), options=False)
    check("scan FILE --rules DIR: the option after the command is read", rc == 2 and "no-such-rules" in err, err)
    # the rules (and keys) this run was given, else those beside the binary
    given = dict(zip(HOST_OPTIONS[::2], HOST_OPTIONS[1::2])) if len(HOST_OPTIONS) % 2 == 0 else {}
    rules_dir = given.get("--rules", os.path.join(os.path.dirname(HOST), "rules"))
    keys = ["--trusted-keys", given["--trusted-keys"]] if "--trusted-keys" in given else []
    rc, out, err = host("scan", "--rules", rules_dir, *keys, KEEP, options=False)
    check("scan --rules DIR FILE: scans with those rules", rc == 1 and "retention" in out, err)
    rc, out, err = host("classify", "--rules", options=False)
    check("a global option without its value: exit 2, says so", rc == 2 and "--rules needs a value" in err, err)
    rc, out, err = host("scan", "--", "--rules")
    check("after --, --rules is a file name", rc == 2 and "--rules:" in err and "needs a value" not in err, err)

    # the build compiles the packs' patterns into the host (cold start);
    # `rules check` says whether they fit the packs loaded, and other packs
    # are compiled from source, with the same findings
    rc, out, err = host("rules", "check")
    check("rules check: the host carries these packs' patterns compiled",
          rc == 0 and "precompiled: this host carries these packs'" in out, out + err)
    other = os.path.join(WORK, "other-rules")
    os.makedirs(other, exist_ok=True)
    for name in sorted(os.listdir(rules_dir)):
        if name.endswith(".json"):
            with open(os.path.join(rules_dir, name), encoding="utf-8") as f:
                text = f.read()
            write(os.path.join("other-rules", name), text + "\n")  # same rules, other bytes
    rc, out, err = host("--rules", other, "--allow-unsigned-rules", "rules", "check", options=False)
    check("rules check: other packs are compiled on first use", rc == 0 and "precompiled: no" in out, out + err)
    rc1, out1, _ = host("scan", "--format", "json", KEEP, WIDE)
    rc2, out2, _ = host("--rules", other, "--allow-unsigned-rules", "scan", "--format", "json", KEEP, WIDE, options=False)
    check("the same findings with precompiled and with freshly compiled patterns",
          rc1 == rc2 == 1 and json.loads(out1) == json.loads(out2), out1[:300] + " / " + out2[:300])

    # the default rules are found from the executable, never from the current
    # directory: a broken rules/ here must not be read
    if not HOST_OPTIONS:
        os.makedirs(os.path.join(WORK, "rules"), exist_ok=True)
        write("rules/00-broken.json", "{ this is not a rule pack")
        rc, out, err = host("scan", KEEP, cwd=WORK)
        check("default rules come from beside the executable, not the current directory",
              rc == 1 and "retention" in out, err)

    print(f"command line: {checks - len(failures)} checks passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
