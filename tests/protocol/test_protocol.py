#!/usr/bin/env python3
"""Protocol test: pipe framed messages through the real host binary.

usage: test_protocol.py HOST_BINARY [HOST_OPTION...]   (e.g. --rules DIR)

Every bad input of docs/PROTOCOL.md gets its error code, and the request
after it still gets its answer. Only frames appear on stdout.
"""
import atexit, json, os, shutil, struct, subprocess, sys, tempfile, time

HOST = os.path.abspath(sys.argv[1])
HOST_OPTIONS = sys.argv[2:]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []
# final analyses with a URL are recorded in history: keep it out of $HOME
HISTORY_DIR = tempfile.mkdtemp(prefix="sp-protocol-history-")
atexit.register(shutil.rmtree, HISTORY_DIR, True)


def frame(body):
    if isinstance(body, (dict, list)):
        body = json.dumps(body)
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    return struct.pack("=I", len(body)) + body


def run(data, args=(), env=None, timeout=120):
    e = dict(os.environ)
    e["SMALLPRINT_CONFIG"] = "/dev/null"  # no user config in tests
    e["SMALLPRINT_HISTORY_DIR"] = HISTORY_DIR
    if env:
        e.update(env)
    p = subprocess.run([HOST, *HOST_OPTIONS, *args], input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=e, timeout=timeout)
    return p.returncode, parse_frames(p.stdout), p.stderr.decode(errors="replace")


def parse_frames(out):
    """Strictly frames: anything else on stdout fails the test."""
    replies, i = [], 0
    while i < len(out):
        if len(out) - i < 4:
            raise AssertionError(f"stray {len(out) - i} bytes on stdout")
        (n,) = struct.unpack("=I", out[i:i + 4])
        body = out[i + 4:i + 4 + n]
        if len(body) != n:
            raise AssertionError("truncated frame on stdout")
        if n > 1048576:
            raise AssertionError(f"reply of {n} bytes is over the browser limit")
        replies.append(json.loads(body.decode("utf-8")))
        i += 4 + n
    return replies


def check(name, cond, detail=""):
    if cond:
        print(f"ok   {name}")
    else:
        print(f"FAIL {name} {detail}")
        failures.append(name)


HELLO = {"type": "hello", "id": "next", "protocol": 1}


def expect_error_then_hello(name, bad, code, env=None, id_null=True):
    rc, replies, err = run(bad + frame(HELLO), env=env)
    ok = (rc == 0 and len(replies) == 2 and replies[0].get("type") == "error"
          and replies[0].get("code") == code and replies[1].get("type") == "hello"
          and replies[1].get("id") == "next" and (replies[0].get("id") is None) == id_null
          and len(replies[0].get("message", "")) > 10)
    check(name, ok, f"rc={rc} replies={str(replies)[:300]} stderr={err[:200]}")


def analyze(blocks, page="p", id=1, final=True):
    return {"type": "analyze", "id": id, "page": page, "final": final, "url": "https://example.test/privacy",
            "title": "Privacy", "blocks": blocks}


def config_file_checks():
    """Browsers pass no options: the caps come from host.conf (docs/PROTOCOL.md,
    "Limits"), at its default place or $SMALLPRINT_CONFIG, and the
    environment overrides the file."""
    conf_home = tempfile.mkdtemp(prefix="sp-protocol-config-")
    atexit.register(shutil.rmtree, conf_home, True)
    os.makedirs(os.path.join(conf_home, "smallprint"))
    default_conf = os.path.join(conf_home, "smallprint", "host.conf")
    with open(default_conf, "w") as f:
        f.write("# a small cap for this test\n"
                "max_message_bytes = 1000   # bytes\n"
                "\n"
                "colour_scheme = dark\n")
    at_default = {"SMALLPRINT_CONFIG": "", "XDG_CONFIG_HOME": conf_home}
    rc, replies, err = run(frame("x" * 5000) + frame(HELLO), env=at_default)
    check("host.conf in $XDG_CONFIG_HOME/smallprint sets the cap",
          rc == 0 and [r.get("code") for r in replies] == [2, None] and replies[1].get("type") == "hello",
          f"rc={rc} replies={str(replies)[:200]} stderr={err[:200]}")
    check("host.conf: an unknown key is named on stderr and ignored",
          "colour_scheme" in err and "host.conf:4" in err, err[:300])
    rc, replies, err = run(frame("x" * 5000) + frame(HELLO),
                           env=dict(at_default, SMALLPRINT_MAX_MESSAGE_BYTES="100000"))
    check("the environment overrides host.conf",
          rc == 0 and [r.get("type") for r in replies] == ["error", "hello"] and replies[0].get("code") == 5,
          f"rc={rc} replies={str(replies)[:200]}")

    named = os.path.join(conf_home, "elsewhere.conf")
    with open(named, "w") as f:
        f.write("time_budget_ms = 1\nmax_message_bytes=2000\n")
    rc, replies, err = run(frame("x" * 3000) + frame(HELLO), env={"SMALLPRINT_CONFIG": named, "XDG_CONFIG_HOME": conf_home})
    check("$SMALLPRINT_CONFIG names the file (and the default one is not read)",
          rc == 0 and [r.get("code") for r in replies] == [2, None] and "colour_scheme" not in err,
          f"rc={rc} replies={str(replies)[:200]} stderr={err[:200]}")

    with open(named, "w") as f:
        f.write("max_message_bytes = 1000\ntime_budget_ms = soon\n")
    rc, replies, err = run(frame("x" * 5000) + frame(HELLO), env={"SMALLPRINT_CONFIG": named})
    check("host.conf: a malformed value is named on stderr and the defaults are used",
          rc == 0 and "elsewhere.conf:2" in err and "time_budget_ms" in err and "defaults" in err
          and [r.get("code") for r in replies] == [5, None], f"rc={rc} replies={str(replies)[:200]} stderr={err[:300]}")
    rc, replies, err = run(frame(HELLO), env={"SMALLPRINT_CONFIG": os.path.join(conf_home, "missing.conf")})
    check("$SMALLPRINT_CONFIG naming a missing file: said on stderr, host still answers",
          rc == 0 and replies and replies[0]["type"] == "hello" and "missing.conf" in err, err[:300])


def error_table_checks():
    """docs/PROTOCOL.md's error table and proto.h's codes are the same list,
    numbered 1, 2, 3 ... with no gap (the table is only ever appended to)."""
    import re
    with open(os.path.join(ROOT, "host", "src", "proto.h")) as f:
        code = {name.lower(): int(n) for name, n in re.findall(r"\bPE_([A-Z0-9_]+)\s*=\s*(\d+)", f.read())}
    with open(os.path.join(ROOT, "docs", "PROTOCOL.md")) as f:
        doc = {name: int(n) for n, name in re.findall(r"^\| (\d+) \| `([a-z0-9_]+)` \|", f.read(), re.M)}
    check("PROTOCOL.md's error table matches proto.h", code and doc == code,
          f"only in proto.h: {sorted(set(code.items()) - set(doc.items()))}, "
          f"only in PROTOCOL.md: {sorted(set(doc.items()) - set(code.items()))}")
    check("error codes run 1..n without a gap", sorted(code.values()) == list(range(1, len(code) + 1)),
          str(sorted(code.values())))


FINDING_KEYS = {"id", "block", "start", "end", "phrase_start", "phrase_end", "label", "rule", "severity",
                "explanation", "values", "related"}


def main():
    # hello, and exit 0 on EOF
    rc, replies, err = run(frame({"type": "hello", "id": 1}))
    check("hello", rc == 0 and replies[0]["type"] == "hello" and replies[0]["protocol"] == 1
          and len(replies[0]["labels"]) == 17, str(replies))
    h = replies[0] if replies else {}
    check("hello names the host, its version and the loaded packs",
          h.get("host") == "smallprint-host" and isinstance(h.get("version"), str) and h["version"]
          and h.get("packs") and all({"name", "version", "file", "signed"} <= set(p) for p in h["packs"])
          and h.get("rules_error") is None, str(h)[:300])

    # a result carries every field of docs/PROTOCOL.md; related findings point at each other
    opt = ("We may use your chats to train our models unless you opt out in Settings. "
           "Even if you opt out, chats flagged for safety review may still be used.")
    rc, replies, err = run(frame(analyze([{"id": "t", "text": opt}], page="fields")))
    r = replies[0] if replies else {}
    fs = r.get("findings", [])
    by_id = {f.get("id"): f for f in fs}
    check("result: the documented fields", r.get("type") == "result"
          and {"page", "final", "part", "parts", "partial", "complete", "language", "findings", "summary"} <= set(r)
          and fs and all(set(f) == FINDING_KEYS for f in fs), str(r)[:400])
    check("result: each finding's phrase sits inside its sentence, related ids are findings of the page",
          fs and all(f["start"] <= f["phrase_start"] <= f["phrase_end"] <= f["end"] <= len(opt) for f in fs)
          and all(x in by_id for f in fs for x in f["related"])
          and any(f["related"] for f in fs if f["label"] == "opt_out_exception"), str(fs)[:400])
    rc, replies, err = run(b"")
    check("EOF before any frame exits 0", rc == 0 and replies == [])

    # what browsers pass on the command line is native messaging mode
    for args in (["chrome-extension://cbabilmjaaoiidfcdpdmjgdipnjaapan/"],
                 ["chrome-extension://cbabilmjaaoiidfcdpdmjgdipnjaapan/", "--parent-window=4242"],
                 ["/home/someone/.mozilla/native-messaging-hosts/org.smallprint.host.json", "smallprint@smallprint.org"]):
        rc, replies, err = run(frame({"type": "hello", "id": 2}), args=args)
        check(f"browser arguments {args[-1][:30]}", rc == 0 and replies and replies[0]["type"] == "hello", err)

    # every bad input, each followed by a request that must still be answered
    expect_error_then_hello("length 0", struct.pack("=I", 0), 1)
    expect_error_then_hello("over the configured cap", frame("x" * 5000), 2, env={"SMALLPRINT_MAX_MESSAGE_BYTES": "1000"})
    big = struct.pack("=I", 64 * 1024 * 1024 + 1) + b" " * (64 * 1024 * 1024 + 1)
    expect_error_then_hello("over the default 64 MiB cap", big, 2)
    expect_error_then_hello("invalid JSON", frame("{\"type\": hello}"), 5)
    expect_error_then_hello("JSON that is not an object", frame("[1, 2, 3]"), 6)
    expect_error_then_hello("unknown type", frame({"type": "launch", "id": 4}), 7, id_null=False)
    expect_error_then_hello("missing type", frame({"id": 4}), 7, id_null=False)
    expect_error_then_hello("missing blocks", frame({"type": "analyze", "id": 4, "page": "p"}), 8, id_null=False)
    expect_error_then_hello("wrong-typed page", frame({"type": "analyze", "id": 4, "page": 7, "blocks": []}), 8,
                            id_null=False)
    expect_error_then_hello("wrong-typed block text",
                            frame(analyze([{"id": "a", "text": ["not", "text"]}], id=4)), 8, id_null=False)
    expect_error_then_hello("invalid UTF-8", frame(b'{"type":"hello","id":1,"x":"\xff\xfe"}'), 3)
    expect_error_then_hello("raw NUL byte", frame(b'{"type":"hello",\x00"id":1}'), 4)
    expect_error_then_hello("deeply nested JSON", frame("[" * 100000 + "]" * 100000), 9)
    expect_error_then_hello("id of a wrong type", frame({"type": "hello", "id": {"a": 1}}), 8)

    # lone surrogates and \u0000 are repaired, with offsets intact
    text = "By clicking Sign up, you agree to the Terms."
    body = json.dumps(analyze([{"id": "b", "text": "\ud800" + text}]), ensure_ascii=True)
    rc, replies, err = run(frame(body))
    f = [x for x in replies[0].get("findings", []) if x["label"] == "consent_by_use"]
    check("lone surrogate becomes U+FFFD, offsets kept",
          rc == 0 and f and f[0]["phrase_start"] == 1 and f[0]["end"] == 1 + len(text), str(replies)[:300])
    body = json.dumps(analyze([{"id": "b", "text": "\u0000" + text}]), ensure_ascii=True)
    rc, replies, err = run(frame(body))
    f = [x for x in replies[0].get("findings", []) if x["label"] == "consent_by_use"]
    check("\\u0000 becomes a space, offsets kept",
          rc == 0 and f and f[0]["start"] == 1 and f[0]["end"] == 1 + len(text), str(replies)[:300])

    # a heading block names a topic: no finding, unless it reads as a statement;
    # the same words in a paragraph or list item are findings
    blocks = [{"id": "h1", "kind": "heading", "text": "Sale of personal information"},
              {"id": "h2", "kind": "heading", "text": "How we share your details with partners"},
              {"id": "h3", "kind": "heading", "text": "Improving our models"},
              {"id": "h4", "kind": "heading", "text": "We never sell your data"},
              {"id": "p1", "text": "Californians can opt out of the sale of personal information."},
              {"id": "li", "kind": "item", "text": "Improving our models"}]
    rc, replies, err = run(frame(analyze(blocks)))
    got = sorted({(blocks[f["block"]]["id"] if isinstance(f["block"], int) else f["block"], f["label"])
                  for f in (replies[0].get("findings", []) if replies else [])})
    check("headings: topics are not marked", not any(b in ("h1", "h2", "h3") for b, _ in got), str(got))
    check("headings: a statement heading is marked", ("h4", "no_sale") in got, str(got))
    check("headings: the same words outside a heading are marked",
          ("p1", "sale") in got and ("li", "ai_training") in got, str(got))

    # replies come in request order
    reqs = b"".join(frame({"type": "hello", "id": i}) if i % 2 else
                    frame(analyze([{"id": "b", "text": text}], id=i, page=f"p{i}")) for i in range(20))
    rc, replies, err = run(reqs)
    check("replies in request order", [r["id"] for r in replies] == list(range(20)), str([r.get("id") for r in replies]))

    # 100,000 tiny blocks
    blocks = [{"id": f"b{i}", "text": "Hi." if i % 1000 else text} for i in range(100000)]
    t = time.time()
    rc, replies, err = run(frame(analyze(blocks)) + frame(HELLO))
    results = [r for r in replies if r["type"] == "result"]
    n = sum(len(r["findings"]) for r in results)
    check(f"100,000 tiny blocks ({time.time() - t:.2f}s)", rc == 0 and n == 100 and replies[-1]["type"] == "hello"
          and results[-1]["summary"]["consent_by_use"] is True, f"findings={n} {err[:200]}")

    # one 20 MB block: answered (perhaps partial), never a hang
    sentence = "Any dispute will be resolved by binding arbitration. We keep logs for 18 months. Thanks for reading. "
    block = sentence * (20 * 1024 * 1024 // len(sentence))
    t = time.time()
    rc, replies, err = run(frame(analyze([{"id": "huge", "text": block}])) + frame(HELLO))
    took = time.time() - t
    res = [r for r in replies if r["type"] == "result"]
    check(f"one 20 MB block ({took:.2f}s, {len(res)} parts, partial={res[-1]['partial'] if res else '?'})",
          rc == 0 and res and res[-1]["summary"] is not None and replies[-1]["type"] == "hello", err[:300])

    # the time budget: a tiny budget gives a partial result or error 11, never a hang
    rc, replies, err = run(frame(analyze([{"id": f"b{i}", "text": block[:200000]} for i in range(20)])) + frame(HELLO),
                           env={"SMALLPRINT_TIME_BUDGET_MS": "5"})
    first = replies[0] if replies else {}
    check("time budget gives partial or error 11",
          rc == 0 and ((first.get("type") == "result" and first.get("partial") is True)
                       or (first.get("type") == "error" and first.get("code") == 11))
          and replies[-1]["type"] == "hello", str(first)[:200])

    # truncated input ends the host cleanly with a message
    rc, replies, err = run(frame({"type": "hello", "id": 1}) + b"\x10\x00")
    check("truncated header: answered what came before, exit 1, message on stderr",
          rc == 1 and len(replies) == 1 and "header" in err, f"rc={rc} {err}")
    rc, replies, err = run(struct.pack("=I", 100) + b'{"type":')
    check("truncated body: exit 1, message on stderr", rc == 1 and replies == [] and "body" in err, f"rc={rc} {err}")

    # a broken config file does not stop the host
    rc, replies, err = run(frame(HELLO), env={"SMALLPRINT_MAX_MESSAGE_BYTES": "lots"})
    check("bad config value: message on stderr, defaults used", rc == 0 and replies and "SMALLPRINT_MAX_MESSAGE_BYTES" in err,
          err)

    config_file_checks()
    error_table_checks()

    if failures:
        print(f"\n{len(failures)} protocol check(s) failed: {', '.join(failures)}")
        return 1
    print("\nall protocol checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
