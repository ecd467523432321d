#!/usr/bin/env python3
"""Write the fuzzing seeds (fuzz/seeds/<harness>/) and dictionaries
(fuzz/dict/). Every sentence here is written for this project; the rule
packs in rules/ are the project's own. Run from the repository root:

    python3 fuzz/make_seeds.py

The output is committed; run again after the rule packs change a lot (the
classify dictionary is built from the packs' anchors).
"""
import glob
import json
import os
import shutil
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "fuzz", "seeds")
DICT = os.path.join(ROOT, "fuzz", "dict")
SEP = b"\x1e\x1e"  # fuzz_proto.c: FUZZ_SEP

# Our own sentences: one or more per label, plus the shapes that are hard
# for a segmenter (abbreviations, decimals, quotes, bullets, headings).
SENTENCES = [
    "We may use what you type into the assistant to train and improve our models.",
    "Your uploads are never used to train any machine learning model.",
    "You can switch this off at any time under Settings › Privacy › Model improvement.",
    "Even if you opt out, chats that are flagged for abuse may still be reviewed and used.",
    "We hold account records for 7 years after you close your account.",
    "Backups are kept for up to thirty days and then erased.",
    "We retain usage data for as long as necessary to provide the service.",
    "We do not sell or rent your personal information to anyone.",
    "We may sell aggregated information to advertising partners.",
    "We share your details with payment processors and delivery firms.",
    "By continuing to use the app, you accept these terms.",
    "All disputes shall be settled by binding arbitration, and you waive any class action.",
    "You may opt out of arbitration by e-mailing optout@example.org within 30 days.",
    "We may change these terms at any time without notice.",
    "You grant us a worldwide, royalty-free licence to use the content you post.",
    "Trained reviewers may read some conversations to improve quality.",
    "To stop promotional e-mails, click unsubscribe at the bottom of any message.",
    "You can delete your account and its data from the Account page.",
    "Our U.S. affiliates, e.g. Example Inc., process data under art. 6 GDPR (see No. 5).",
    "The fee is 1.5 percent.  It rises to 2.25 percent in Jan. next year.",
    "\u201cWe keep logs,\u201d she said. \u2018For how long?\u2019 \u2014 nobody knows\u2026",
    "\u2022 We keep your logs for 18 months\n\u2022 We never sell them\n\u2022 You can opt out",
    "1. Data we collect\n2. How we use it\n(a) to train models\n(b) to sell ads",
    "PRIVACY NOTICE\n\nTHE SERVICE IS PROVIDED AS IS. WE MAY SHARE DATA WITH THIRD PARTIES.",
    "During this period, your data may still be used for safety.",
    "We\u00a0keep\u2009your\u202fdata\u00a0for\u00a012\u00a0months.",
]


def frame(body: bytes) -> bytes:
    return struct.pack("<I", len(body)) + body


def write(harness: str, name: str, data: bytes) -> None:
    d = os.path.join(SEEDS, harness)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def js(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


def analyze(mid, page, texts, final=True, **extra):
    o = {"type": "analyze", "id": mid, "page": page, "final": final,
         "blocks": [{"id": "b%d" % i, "text": t} for i, t in enumerate(texts)]}
    o.update(extra)
    return js(o)


def seeds_frame():
    h = js({"type": "hello", "id": 1})
    write("frame", "one", bytes([255]) + frame(h))
    write("frame", "two", bytes([200]) + frame(h) + frame(b'{"type":"hello","id":"x"}'))
    write("frame", "empty-stream", bytes([16]))
    write("frame", "empty-frame", bytes([16]) + frame(b"") + frame(b"{}"))
    write("frame", "over-cap", bytes([8]) + frame(h) + frame(b"{}"))
    write("frame", "cut-header", bytes([64]) + frame(b"{}") + b"\x05\x00")
    write("frame", "cut-body", bytes([64]) + struct.pack("<I", 40) + b'{"type":')
    write("frame", "huge-length", bytes([64]) + b"\xff\xff\xff\x7f" + b"abc")
    write("frame", "cap-zero", bytes([0]) + frame(b"x") + frame(b""))


def seeds_proto():
    msgs = [
        js({"type": "hello", "id": 1, "protocol": 1}),
        analyze(2, "tab1-nav1", SENTENCES[:8], url="https://example.org/privacy", title="Privacy"),
        analyze(3, "tab1-nav1", SENTENCES[8:16], final=False),
        analyze("s4", "tab1-nav1", [SENTENCES[0]]),  # a block sent again
    ]
    write("proto", "split-session", b"\x01" + SEP.join(msgs))
    write("proto", "raw-session", b"\x00" + b"".join(frame(m) for m in msgs))
    write("proto", "split-cut", b"\x03" + SEP.join(msgs[:2]))
    bad = [
        b"",
        b"[]",
        b"42",
        b"{",
        b'{"type":"hello"',
        b'{"id":1}',
        b'{"type":"goodbye","id":1}',
        b'{"type":7,"id":1}',
        b'{"type":"hello","id":{"a":1}}',
        b'{"type":"hello","id":1,"protocol":2}',
        b'{"type":"hello","id":1,"protocol":"1"}',
        b'{"type":"hello","id":"' + b"i" * 1100 + b'"}',
        b'{"type":"analyze","id":1}',
        b'{"type":"analyze","id":1,"page":"","blocks":[]}',
        b'{"type":"analyze","id":1,"page":"p","blocks":{}}',
        b'{"type":"analyze","id":1,"page":"p","final":"yes","blocks":[]}',
        b'{"type":"analyze","id":1,"page":"p","url":3,"blocks":[]}',
        b'{"type":"analyze","id":1,"page":"p","blocks":[{"id":"a"}]}',
        b'{"type":"analyze","id":1,"page":"p","blocks":[{"id":"a","text":1}]}',
        b'{"type":"analyze","id":1,"page":"p","blocks":[1,2]}',
        b'{"type":"analyze","id":1,"page":"p","blocks":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}',
        b'{"type":"analyze","id":1,"page":"p","blocks":[' + b",".join(
            b'{"id":"b%d","text":"We sell data."}' % i for i in range(40)) + b"]}",
        b'{"type":"hello","id":"\xff\xfe"}',
        b'{"type":"hello","id":"\xc0\x80"}',
        b'{"type":"hello","id":"\xed\xa0\x80"}',
        b'{"type":"hello","id":"a\x00b"}',
        b'{"type":"hello","id":"\\u0000"}',
        b'{"type":"hello","id":"\\ud800"}',
        b'{"type":"hello","id":"\\udc00\\ud800x"}',
        b'{"type":"hello","id":"\\ud83d\\ude00"}',
        b'{"type":"hello","id":1,"x":' + b"[" * 70 + b"]" * 70 + b"}",
        b'{"type":"hello","id":1,"x":' + b"[" * 63 + b"]" * 63 + b"}",
        b'{"type":"hello","id":1.5e308}',
        b'{"type":"hello","id":-0}',
        b'{"type":"hello","id":null}',
        b'{"type":"analyze","id":9,"page":"p","blocks":[{"id":"a","text":"We keep \\u0000 logs \\ud800 for 3 years."}]}',
    ]
    write("proto", "split-bad", b"\x01" + SEP.join(bad))
    for i, m in enumerate(bad):
        write("proto", "bad-%02d" % i, b"\x01" + m)
    # more pages than the harness remembers (3), and more findings than a page keeps (40)
    pages = [analyze(10 + i, "tab%d" % i, SENTENCES[i:i + 3]) for i in range(5)]
    write("proto", "pages-evicted", b"\x01" + SEP.join(pages))
    many = analyze(20, "big", [" ".join(SENTENCES[:12])] * 6)
    write("proto", "findings-cap", b"\x01" + many + SEP + many)
    write("proto", "over-cap", b"\x00" + frame(b'{"type":"analyze","id":1,"page":"p","blocks":[{"id":"a","text":"'
                                                  + b"x" * 5000 + b'"}]}') + frame(msgs[0]))
    write("proto", "unicode", b"\x01" + analyze(30, "u", [SENTENCES[20], SENTENCES[21], SENTENCES[25],
                                                          "\U0001F600 We sell \U0001F600 data. \u0645\u0631\u062d\u0628\u0627"]))


def seeds_rules():
    for f in sorted(glob.glob(os.path.join(ROOT, "rules", "*.json"))):
        shutil.copy(f, os.path.join(SEEDS, "rules", os.path.basename(f)))
    base = {
        "id": "sale.fuzz", "label": "sale", "severity": "high", "anchors": ["sell"],
        "patterns": ["\\b(?<p>sell)\\b"], "explanation": "A test rule.",
        "examples": {"match": ["We sell it."], "no_match": ["We buy it."]},
    }

    def pack(rules, defines=None):
        p = {"pack": "fuzz", "version": "0.0.1", "rules": rules}
        if defines is not None:
            p["defines"] = defines
        return json.dumps(p, ensure_ascii=False, indent=1).encode()

    write("rules", "minimal.json", pack([base]))
    write("rules", "defines.json", pack([dict(base, patterns=["{{WE}}\\s+{{SELL}}"])],
                                        {"WE": "(?:we|us)", "SELL": "(?:{{V}}\\w*)", "V": "sell"}))
    write("rules", "unknown-macro.json", pack([dict(base, patterns=["{{NOPE}}"])], {}))
    write("rules", "open-macro.json", pack([dict(base, patterns=["{{WE"])], {"WE": "we"}))
    write("rules", "macro-loop.json", pack([dict(base, patterns=["{{A}}"])], {"A": "{{B}}", "B": "{{A}}"}))
    write("rules", "broken-pattern.json", pack([dict(base, patterns=["(unclosed"]), dict(base, id="sale.two")]))
    write("rules", "unless-after.json", pack([dict(base, unless=["\\bnot\\b"], after={"label": "retention", "within": 3},
                                                  suppresses=["no_sale"], hint="opt_in", case_sensitive=True)]))
    write("rules", "bad-after.json", pack([dict(base, after={"label": "retention", "within": 1e300})]))
    write("rules", "bad-label.json", pack([dict(base, label="nonsense")]))
    write("rules", "bad-severity.json", pack([dict(base, severity="extreme")]))
    write("rules", "upper-anchor.json", pack([dict(base, anchors=["Sell"])]))
    write("rules", "empty-anchor.json", pack([dict(base, anchors=[""])]))
    write("rules", "duplicate-id.json", pack([base, base]))
    write("rules", "many-anchors.json", pack([dict(base, id="sale.a%d" % i, anchors=["a%d" % i, "\u00e9t\u00e9", "x" * 40])
                                              for i in range(70)]))
    write("rules", "not-object.json", b"[1,2,3]")
    write("rules", "truncated.json", pack([base])[:60])
    write("rules", "no-rules.json", pack([]))


def seeds_text():
    for i, s in enumerate(SENTENCES):
        write("classify", "s%02d" % i, s.encode())
    write("classify", "all", " ".join(SENTENCES).encode())
    write("classify", "blocks", "\x1e".join(SENTENCES).encode())
    write("classify", "invalid-utf8", b"We sell \xff\xfe data \xc0\x80 for 3 years.\xed\xa0\x80")
    write("classify", "no-stop", b"we keep your data " * 300)
    write("classify", "brackets", b"(" * 500 + b"we sell data" + b")" * 500)
    for i, s in enumerate(SENTENCES[:6]):
        write("doc", "text-%d" % i, b"\x00" + s.encode())
    html = ("<!DOCTYPE html><html><head><title>Privacy</title><style>p{color:red}</style></head><body>"
            "<h1>Privacy &amp; you</h1><p>" + SENTENCES[0] + "</p><!-- a comment --><ul><li>" + SENTENCES[4] +
            "</li><li>" + SENTENCES[7] + "&nbsp;&#8212;&#x2014;&bogus;</li></ul><script>var a='<p>';</script>"
            "<div class=\"x\" data-y='a>b'>" + SENTENCES[11] + "<br>" + SENTENCES[12] + "</div>"
            "<svg><text>hidden</text></svg><p>&#0;&#1114112;&#xD800;&lt;not a tag&gt;</p></body></html>")
    write("doc", "html", b"\x02" + html.encode())
    write("doc", "html-guess", b"\x03" + html.encode())
    md = ("# Privacy\n\n" + SENTENCES[0] + "\n\n## Retention ##\n\n> " + SENTENCES[4] + "\n\n"
          "* " + SENTENCES[7] + "\n- [Opt out](https://example.org/optout \"title\") now\n\n"
          "| what | how long |\n|---|:--:|\n| logs | 18 months |\n\n```\ncode *stays*\n```\n\n"
          "---\n![img](x.png) **bold** _it_ `tick` \\*star\\* <br> &copy; snake_case_word\n")
    write("doc", "markdown", b"\x01" + md.encode())
    write("doc", "markdown-guess", b"\x03" + md.encode())
    write("doc", "bom", b"\x00\xef\xbb\xbf" + SENTENCES[1].encode())
    write("doc", "invalid", b"\x02<p>\xff\xfe\xc3</p>\n\n\xe2\x82")
    write("doc", "unclosed", b"\x02<p class='x>" + b"<script>" * 20 + b"<!-- never closed")
    write("doc", "md-nested", b"\x01" + b"[" * 200 + b"x" + b"](" * 200)


def seeds_diff():
    S = SENTENCES
    old = " ".join(S[:10])
    new = " ".join(S[:3] + [S[4].replace("7 years", "10 years")] + S[5:9] + S[12:14])
    write("diff", "text-changed", b"\x00" + old.encode() + SEP + new.encode())
    write("diff", "text-same", b"\x00" + old.encode() + SEP + old.encode())
    write("diff", "text-moved", b"\x00" + old.encode() + SEP + " ".join(S[5:10] + S[:5]).encode())
    write("diff", "text-empty", b"\x00" + SEP + old.encode())
    write("diff", "text-repeated", b"\x00" + (S[7] + " ").encode() * 30 + SEP + (S[8] + " ").encode() * 30)
    # fuzz_diff.c odd mode: (fingerprint, label) pairs, the two documents split on 0xff
    write("diff", "synthetic", b"\x01" + bytes([1, 2, 3, 11, 5, 0x85, 1, 2, 7, 5]) + b"\xff"
          + bytes([1, 2, 3, 12, 5, 0x85, 9, 5, 7, 5]))
    write("diff", "synthetic-dups", b"\x01" + bytes([1, 2] * 20) + b"\xff" + bytes([1, 3] * 20))


def dictionaries():
    os.makedirs(DICT, exist_ok=True)
    json_words = ['"type"', '"id"', '"hello"', '"analyze"', '"protocol"', '"page"', '"final"', '"blocks"',
                  '"text"', '"url"', '"title"', "true", "false", "null", "\\u0000", "\\ud800", "\\udc00",
                  "\\ud83d\\ude00", "\\\"", "{", "}", "[", "]", ":", ","]
    rule_words = ['"pack"', '"version"', '"defines"', '"rules"', '"label"', '"severity"', '"anchors"',
                  '"patterns"', '"unless"', '"after"', '"within"', '"suppresses"', '"hint"', '"case_sensitive"',
                  '"explanation"', '"examples"', '"match"', '"no_match"', '"high"', '"medium"', '"low"', '"info"',
                  '"sale"', '"retention"', '"opt_out"', "{{", "}}", "(?<p>", "\\\\b", "\\\\s+", "(?:", ")*", "{0,80}?"]

    def esc(w):
        return '"' + "".join("\\x%02x" % b if b < 0x20 or b >= 0x7f or b in (0x22, 0x5c) else chr(b)
                             for b in w.encode()) + '"'

    with open(os.path.join(DICT, "proto.dict"), "w") as f:
        f.write("# JSON of the native messaging protocol (docs/PROTOCOL.md)\n")
        for w in json_words + ["\x1e\x1e"]:
            f.write(esc(w) + "\n")
    with open(os.path.join(DICT, "rules.dict"), "w") as f:
        f.write("# rule pack keys and values (docs/RULES.md)\n")
        for w in json_words + rule_words:
            f.write(esc(w) + "\n")
    anchors = set()
    for p in sorted(glob.glob(os.path.join(ROOT, "rules", "*.json"))):
        for r in json.load(open(p, encoding="utf-8"))["rules"]:
            anchors.update(r["anchors"])
    extra = [". ", "e.g.", "Inc. ", "\n\n", "\u2022 ", "\u00a0", "\u2019", "\u201c", "\u2026", "(a) ", "1. ",
             " days", " months", " years", "Settings > "]
    with open(os.path.join(DICT, "classify.dict"), "w") as f:
        f.write("# the anchors of rules/*.json, and text shapes the segmenter treats specially\n")
        for w in sorted(anchors) + extra:
            f.write(esc(w) + "\n")
    with open(os.path.join(DICT, "diff.dict"), "w") as f:
        f.write("# as classify.dict, and the separator of the two versions\n")
        for w in sorted(anchors) + extra + ["\x1e\x1e"]:
            f.write(esc(w) + "\n")
    with open(os.path.join(DICT, "doc.dict"), "w") as f:
        f.write("# HTML and Markdown\n")
        for w in ["<p>", "</p>", "<br>", "<script>", "</script>", "<style>", "<!--", "-->", "<!DOCTYPE html>",
                  "&amp;", "&nbsp;", "&#", "&#x", "<li>", "<h1>", "<div class=\"", "'>", "\n# ", "\n> ", "\n* ",
                  "](", "![", "```", "|---|", "**", "\\*"]:
            f.write(esc(w) + "\n")


def main():
    for h in ("frame", "proto", "rules", "classify", "doc", "diff"):
        d = os.path.join(SEEDS, h)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    seeds_frame()
    seeds_proto()
    seeds_rules()
    seeds_text()
    seeds_diff()
    dictionaries()
    for h in sorted(os.listdir(SEEDS)):
        print("%-9s %3d seeds" % (h, len(os.listdir(os.path.join(SEEDS, h)))))


if __name__ == "__main__":
    main()
