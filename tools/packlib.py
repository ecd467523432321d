"""Helpers shared by the rule-pack generators (tools/gen-*.py).

write_pack: writes a pack compactly (one define, one rule a line): the host
parses every pack at start, so white space costs cold-start time, while a
line per rule keeps diffs readable.

first_literal: makes the first letter of a pattern case-sensitive where
PCRE2 needs it to skip fast. Caseless matching in UTF mode folds "s" with
"ſ" (U+017F) and "k" with the Kelvin sign, so a pattern that starts with
either letter loses PCRE2's quick search for its first characters and is
tried at every position (ten times slower on a sentence). "\\bshare" becomes
"\\b(?-i:[Ss])hare": the same matches ("SHARE" too, the rest stays caseless).
"""
import json
import re


def write_pack(pack, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n")
        for k, v in pack.items():
            if k == "defines":
                f.write(' "defines": {\n')
                items = list(v.items())
                for i, (name, text) in enumerate(items):
                    f.write("  " + json.dumps(name) + ": " + json.dumps(text, ensure_ascii=False)
                            + ("," if i < len(items) - 1 else "") + "\n")
                f.write(" },\n")
            elif k == "rules":
                f.write(' "rules": [\n')
                for i, r in enumerate(v):
                    f.write("  " + json.dumps(r, ensure_ascii=False, separators=(",", ":"))
                            + ("," if i < len(v) - 1 else "") + "\n")
                f.write(" ]\n" if k == list(pack)[-1] else " ],\n")
            else:
                f.write(" " + json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False)
                        + ("," if k != list(pack)[-1] else "") + "\n")
        f.write("}\n")


_LEAD = re.compile(r"^((?:\\b|\(\?<p>)*)([sSkK])(?=[a-z])")


def first_literal(pattern):
    """'\\bshare...' -> '\\b(?-i:[Ss])hare...' (see the module comment)."""
    m = _LEAD.match(pattern)
    if not m:
        return pattern
    c = m.group(2).lower()
    return pattern[:m.start(2)] + "(?-i:[" + c.upper() + c + "])" + pattern[m.end(2):]
