"""The adversarial messages: what a hostile or broken page can make the
extension send. Shared by tests/adversarial/run.py (every message answered
in time, the host alive) and bench/adversarial.py (the worst times).

Each case is (name, message, expect): message is a dict (sent as JSON) or
bytes (sent as the raw body), expect is "result" (partial is fine) or an
error code. Near-matches are built from the rule packs' own examples at
run time, so they follow the rules as they change.
"""
import glob
import json
import os
import random

MB = 1 << 20
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FILLER = ("the and of a to in our your may with for on is by this that any from at as be or an "
          "are it we you will can not all such other than more").split()


def analyze(mid, page, texts, final=True, url=True):
    """An analyze request; with a URL (the default), a final one is also
    recorded in history, so history runs (inside the sandbox) too."""
    msg = {"type": "analyze", "id": mid, "page": page, "final": final,
           "blocks": [{"id": "b%d" % i, "text": t} for i, t in enumerate(texts)]}
    if url:
        msg["url"] = url if isinstance(url, str) else "https://example.org/" + page.replace(" ", "-")
        msg["title"] = page
    return msg


def fill(unit, size):
    return (unit * (size // len(unit) + 1))[:size]


def load_rules(rules_dir=None):
    rules = []
    for path in sorted(glob.glob(os.path.join(rules_dir or os.path.join(ROOT, "rules"), "*.json"))):
        with open(path, encoding="utf-8") as f:
            rules += json.load(f)["rules"]
    return rules


def near_misses(rule, rnd):
    """Sentences that look like the rule's examples but should not match:
    the last word dropped, the words pulled apart beyond any bounded gap, the
    anchors repeated without what must follow them, letters swapped."""
    out = []
    anchors = rule.get("anchors", [])
    for ex in rule["examples"]["match"]:
        words = ex.rstrip(".!?").split()
        if len(words) > 1:
            out.append(" ".join(words[:-1]))
            cut = max(1, len(words) // 2)
            gap = " ".join(rnd.choice(FILLER) for _ in range(150))
            out.append(" ".join(words[:cut]) + " " + gap + " " + " ".join(words[cut:]))
            last = words[-1]
            if len(last) > 3:
                out.append(" ".join(words[:-1] + [last[1] + last[0] + last[2:]]))
        for a in anchors:
            out.append(" ".join([a] * 40 + words[:2]))
            out.append(ex.replace(" ", "  ").replace(a, a + " " + " ".join(FILLER[:20])))
    return [s for s in out if s]


def cases(rules_dir=None, big=True):
    rnd = random.Random(8)
    rules = load_rules(rules_dir)
    c = []
    add = lambda name, msg, expect="result": c.append((name, msg, expect))

    # long runs of one letter, and of one character of every kind
    add("1 MB of one letter", analyze(1, "run", [fill("a", MB)]))
    add("16 MB of one letter", analyze(2, "run", [fill("a", 16 * MB)]))
    add("1 MB of one letter, capitalised words", analyze(3, "run", [fill("Aaaaaaa ", MB)]))
    add("1 MB of full stops", analyze(4, "run", [fill(".", MB)]))
    add("1 MB of newlines", analyze(5, "run", [fill("\n", MB)]))
    add("1 MB of spaces then 'e.g. '", analyze(6, "run", [fill(" ", MB // 2) + fill("e.g. ", MB // 2)]))

    # deep brackets and quotes, in text and in JSON
    add("500k open brackets", analyze(10, "nest", [fill("(", MB // 2) + "we sell data" + fill(")", MB // 2)]))
    add("1 MB of quotes", analyze(11, "nest", [fill('"', MB)]))
    add("1 MB of curly quotes", analyze(12, "nest", [fill("\u201c\u2018", MB)]))
    add("nested quotes in a sentence", analyze(13, "nest", [fill("\u201cwe said \u2018they said ", MB) + "we sell data."]))
    add("JSON nested 64 deep", ('{"type":"hello","id":1,"x":' + "[" * 63 + "]" * 63 + "}").encode(), "hello")
    add("JSON nested 65 deep", ('{"type":"hello","id":1,"x":' + "[" * 64 + "]" * 64 + "}").encode(), 9)
    add("JSON nested 100k deep", ('{"type":"hello","id":1,"x":' + "[" * 100000 + "]" * 100000 + "}").encode(), 9)
    add("brackets inside JSON strings", analyze(14, "nest", ["[" * 100000 + "{" * 100000]))

    # a megabyte without a sentence end
    add("1 MB of words, no stop", analyze(20, "nostop", [" ".join(rnd.choice(FILLER) for _ in range(MB // 4))[:MB]]))
    add("1 MB of clauses, no stop", analyze(21, "nostop", [fill("we keep your data, and we share it; ", MB)]))
    add("1 MB, no space at all", analyze(22, "nostop", [fill("wekeepyourdataforthreeyears", MB)]))

    # many tiny sentences: segmentation is the work
    if big:
        add("64 MB of 'Ab. '", analyze(30, "tiny", [fill("Ab. ", 63 * MB)]))
        add("50 MB of newlines and list markers", analyze(31, "tiny", [fill("1. x\n", 50 * MB)]))
        add("64 MB of prose", analyze(32, "tiny", [fill("We keep your logs for 18 months and may sell them. ", 63 * MB)]))
    add("8 MB of 'Inc. The '", analyze(33, "tiny", [fill("Inc. The ", 8 * MB)]))
    # history fingerprints every sentence of a final page again: sizes
    # around what classifying finishes just inside the budget
    for size in (6, 8, 10, 12, 14):
        add("%d MB of two-word sentences, recorded in history" % size,
            analyze(34 + size, "history-%d" % size, [fill("Ab. Cd. ", size * MB)]))

    # a page seen again, changed, under the same URL: history compares the
    # two versions (a few sentences repeated over and over, no anchors)
    for visit in range(2):
        add("1 MB of repeated sentences, visit %d (history compares)" % (visit + 1),
            analyze(36 + visit, "revisit-%d" % visit,
                    ["We may sell your personal data to brokers. " + fill("Ab%d. Cd. " % visit, MB)],
                    url="https://example.org/revisited"))

    # thousands of near-matches for every rule
    all_misses = []
    for r in rules:
        misses = near_misses(r, rnd)
        if not misses:
            continue
        all_misses += misses
        text = " ".join(misses * (3000 // len(misses) + 1))[: MB // 2]
        add("near-misses of %s, one block" % r["id"], analyze(40, "near-" + r["id"], [text]))
    if all_misses:
        blocks = [all_misses[k % len(all_misses)] for k in range(20000)]
        add("20,000 near-miss blocks, all rules", analyze(41, "near-all", blocks))
        add("near-misses joined by commas (3,000-byte sentences)",
            analyze(42, "near-commas", [fill(", ".join(all_misses) + ", ", MB)]))
        anchors = sorted({a for r in rules for a in r.get("anchors", [])})
        add("every anchor, 1 MB", analyze(43, "anchors", [fill(" ".join(anchors) + " ", MB)]))
    matches = [ex for r in rules for ex in r["examples"]["match"]]
    if matches:
        add("a finding in every sentence, 2 MB", analyze(44, "dense", [fill(" ".join(matches) + " ", 2 * MB)]))

    # pathological Unicode
    add("combining marks on one letter", analyze(50, "uni", ["a" + "\u0301" * (MB // 2)]))
    add("zero-width joiners between letters", analyze(51, "uni", [fill("w\u200de\u200d \u200bk\u200ce\u200de\u200fp ", MB)]))
    add("right-to-left overrides", analyze(52, "uni", [fill("\u202ewe sell data\u202c. ", MB)]))
    add("astral characters", analyze(53, "uni", [fill("\U0001F600\U0001D54F\U00010348 ", MB)]))
    add("caseless oddities (\u0130 \u017f \u212a \u00df)", analyze(54, "uni", [fill("\u0130\u017f\u212a\u00df \u017fell \u212aeep ", MB)]))
    add("no-break and odd spaces everywhere", analyze(55, "uni", [fill("we\u00a0keep\u2009your\u202fdata\u3000for\u20073\u2002years. ", MB)]))
    add("line and paragraph separators", analyze(56, "uni", [fill("we sell\u2028data\u2029", MB)]))
    add("replacement characters", analyze(57, "uni", [fill("\ufffd", MB)]))
    add("variation selectors and BOMs", analyze(58, "uni", [fill("\ufeffa\ufe0f\U000e0100 ", MB)]))
    add("full-width letters", analyze(59, "uni", [fill("\uff37\uff45 \uff53\uff45\uff4c\uff4c data. ", MB)]))
    add("lone surrogate escapes", ('{"type":"analyze","id":60,"page":"uni","blocks":[{"id":"a","text":"'
                                   + "\\ud800x\\udc00" * 20000 + '"}]}').encode())
    add("\\u0000 escapes", ('{"type":"analyze","id":61,"page":"uni","blocks":[{"id":"a","text":"'
                            + "we sell\\u0000data. " * 20000 + '"}]}').encode())
    add("invalid UTF-8", b'{"type":"hello","id":"\xed\xa0\x80"}', 3)

    # the limits of a request
    add("200,000 tiny blocks", analyze(70, "blocks", ["x"] * 200000))
    add("200,001 blocks", analyze(71, "blocks", ["x"] * 200001), 10)
    add("ids of 1,024 bytes", {"type": "analyze", "id": "i" * 1024, "page": "p" * 1024,
                               "blocks": [{"id": "b" * 1024, "text": "We may sell your data."}]})
    add("an id of 1,025 bytes", {"type": "hello", "id": "i" * 1025}, 8)
    add("many blocks updated again", analyze(72, "blocks", [m for m in matches * 200][:20000]))
    if big:
        over = b'{"type":"analyze","id":80,"page":"big","blocks":[{"id":"a","text":"' + b"x" * (64 * MB) + b'"}]}'
        add("a message over 64 MiB", over, 2)
    for k in range(70):
        add("70 pages, 64 remembered", analyze(90 + k, "page-%d" % k, matches[:5] or ["x"]))
    return c


def send(host, msg):
    if isinstance(msg, (bytes, bytearray)):
        host.send_raw(msg)
    else:
        host.send_raw(json.dumps(msg, ensure_ascii=False).encode())
