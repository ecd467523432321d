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


def _expand(defines, text, depth=0):
    if depth > 8:
        raise ValueError("macros nest deeper than 8")
    return re.sub(r"\{\{(\w+)\}\}", lambda m: _expand(defines, defines[m.group(1)], depth + 1), text)


def gates(pack, max_groups=2, max_words=48, max_rate=0.5):
    """The pack's "gates" (tools/gatelib.py): for each distinct pattern
    text, the groups of words it cannot match without that the rules using
    it do not already require (their anchors or `requires` groups), the
    rarest first. Each gate is [rule index, "patterns" or "unless", index of
    the entry, groups]: the first entry with that text (the host shares one
    compiled pattern among the entries with the same text)."""
    from gatelib import necessary, implied, pass_rate
    defines = pack.get("defines", {})
    users, first = {}, {}
    for ri, r in enumerate(pack["rules"]):
        req = r.get("requires") or []
        groups = req if req and isinstance(req[0], list) else ([req] if req else [])
        known = [r["anchors"]] + groups
        for kind in ("patterns", "unless"):
            for k, p in enumerate(r.get(kind, [])):
                src = p if isinstance(p, str) else p["pattern"]
                users.setdefault(src, []).append(known)
                first.setdefault(src, [ri, kind, k])
    out = []
    for src, where in sorted(first.items(), key=lambda e: (e[1][0], e[1][1], e[1][2])):
        found = necessary(_expand(defines, src))
        useful = [g for g in found if len(g) <= max_words and pass_rate(g) <= max_rate
                  and not all(any(implied(g, words) for words in known) for known in users[src])]
        useful = sorted(useful, key=lambda g: (pass_rate(g), sorted(g)))[:max_groups]
        if useful:
            out.append(where + [[sorted(g) for g in useful]])
    return out


def write_pack(pack, path):
    if "rules" in pack and "gates" not in pack:
        pack = dict(pack)
        pack["gates"] = gates(pack)
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
            elif k in ("rules", "gates"):
                f.write(' "' + k + '": [\n')
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


def alt(entries):
    """One alternation of the entries, factored on their leading letters:
    alt(["partners?", "parent\\\\s+compan(?:y|ies)", "vendors?"]) gives
    "(?:par(?:ent\\\\s+compan(?:y|ies)|tners?)|vendors?)". PCRE2 tries the
    branches of an alternation one after the other at every position where
    one could start; factored, a position is dismissed after a letter or two
    (about a third less work for a list of forty words). Entries are
    patterns; only their leading plain letters are factored."""
    def split(e):
        i = 0
        while i < len(e) and (e[i].isalnum() or e[i] in "-'&"):
            i += 1
        if i < len(e) and e[i] in "?*+{" and i > 0:
            i -= 1  # a quantifier binds to the last letter: it stays in the rest
        return e[:i].lower(), e[i:]

    def build(items):
        groups, rests = {}, []
        for lit, rest in items:
            if lit:
                groups.setdefault(lit[0], []).append((lit[1:], rest))
            else:
                rests.append(rest)
        branches = []
        for ch in sorted(groups):
            sub = groups[ch]
            pre = re.escape(ch)
            while all(l for l, _ in sub) and len({l[0] for l, _ in sub}) == 1:
                pre += re.escape(sub[0][0][0])
                sub = [(l[1:], r) for l, r in sub]
            branches.append(pre + build(sub))
        empty = "" in rests
        branches += [r for r in rests if r]
        if not branches:
            return ""
        if len(branches) == 1 and not empty and _no_top_bar(branches[0]):
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if empty else "")

    out = build([split(e) for e in dict.fromkeys(entries)])
    return out if out.startswith("(?:") and _closes_at_end(out) else "(?:" + out + ")"


def _marks(p):
    """(index, character, depth) of each "(", ")" and "|" of pattern p that is
    outside escapes and character classes; depth counts the groups open after
    a "(" and before a ")"."""
    depth, i = 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < len(p) and p[i] == "^":
                i += 1
            if i < len(p) and p[i] == "]":
                i += 1
            while i < len(p) and p[i] != "]":
                i += 2 if p[i] == "\\" else 1
        elif c == "(":
            depth += 1
            yield i, c, depth
        elif c == ")":
            yield i, c, depth
            depth -= 1
        elif c == "|":
            yield i, c, depth
        i += 1


def _no_top_bar(p):
    return not any(c == "|" and d == 0 for _, c, d in _marks(p))


def _closes_at_end(p):
    """True when p is one group "(?:...)" (its first parenthesis closes at the end)."""
    return all(not (c == ")" and d == 1) or i == len(p) - 1 for i, c, d in _marks(p))


def modal_neg(modals, negs=("not", "n't", "never")):
    """"do not", "cannot", "won't", "will never"... as the start of a pattern:
    the negation's n first, then a look-behind for the modal before it. Written
    the other way round ("\\b(?:do|does|...)\\s*not") PCRE2 tries the
    pattern at every word; starting at the letter n it skips to the places
    where a negation occurs (three to four times less work). One white-space
    character at most between the two words.
    It also avoids a PCRE2 10.42 JIT bug: "(?:can|ca)\\s*n't" does not match
    "can't" once JIT-compiled (the interpreter matches)."""
    behind = [r"\b" + m + sep + "n" for m in modals for sep in ("", r"\s")]
    rest = "(?:" + "|".join(n[1:] for n in negs) + ")"
    return r"n(?=" + rest + ")(?<=" + "|".join(behind) + ")" + rest


def lb_cross(leads, words):
    """Look-behind alternatives "\\blead\\sword" for every lead and word (one
    white-space character between words), for patterns that start at the
    rarer word and check the words before it: "you(?<=" + lb_cross(["when",
    "if"], ["you"]) + ")". PCRE2 needs each alternative of a look-behind to
    have a fixed length, hence the cross product."""
    return "|".join(r"\b" + re.sub(r"\s+", r"\\s", lead + " " + w) for lead in leads for w in words)


def _close(p, i):
    """Index of the ")" that closes the "(" at p[i]."""
    for j, c, d in _marks(p[i:]):
        if c == ")" and d == 1:
            return i + j
    raise ValueError("unbalanced pattern: " + p)


def _top_split(p):
    """The top-level alternatives of p."""
    parts, start = [], 0
    for j, c, d in _marks(p):
        if c == "|" and d == 0:
            parts.append(p[start:j])
            start = j + 1
    return parts + [p[start:]]


def _distribute(p, measure, limit):
    """"\\b(?:a|b)REST" -> ["\\baREST", "\\bbREST"] (and "X|Y" -> [X, Y]):
    patterns that each start with one word; not when the copies of REST
    would add more than `limit` characters (they cost compile time)."""
    tops = _top_split(p)
    if len(tops) > 1:
        return [x for t in tops for x in _distribute(t, measure, limit)]
    if p.startswith(r"\b(?:"):
        j = _close(p, 2)
        rest = p[j + 1:]
        alts = _top_split(p[5:j])
        if rest[:1] not in ("?", "*", "+", "{") and (len(alts) - 1) * measure(rest) <= limit:
            return [x for alt_ in alts for x in _distribute(r"\b" + alt_ + rest, measure, limit)]
    return [p]


def _lead(p):
    """(first letter, rest) of a pattern that starts with \\b and a letter."""
    if not p.startswith(r"\b"):
        return None
    q = p[2:]
    m = re.match(r"\(\?-i:\[([A-Za-z])[A-Za-z]\]\)", q)
    if m:
        return m.group(1).lower(), q[m.end():]
    if q[:1].isalnum():
        return q[0].lower(), q[1:]
    return None


def fold(patterns, measure=len, limit=300):
    """A list of cancelling patterns (any one may match) rewritten for speed
    with the same matches: each pattern that starts with a choice of words
    becomes one pattern per word, and the patterns that start with the same
    letter become one ("\\bs(?:hare...|ell...)"). PCRE2 searches for a single
    first letter quickly, and the list is then searched once per first
    letter instead of once per pattern (a list of forty patterns costs less
    than half). Patterns that do not start with a word stay first, in order.
    measure(text) is the length of a piece once its macros are expanded."""
    flat = [x for p in patterns for x in _distribute(p, measure, limit)]
    out, groups = [], {}
    for p in flat:
        lc = _lead(p)
        if lc is None:
            out.append(p)
        else:
            groups.setdefault(lc[0], []).append(lc[1])
    for c, rests in groups.items():
        rests = list(dict.fromkeys(rests))
        lead = "(?-i:[" + c.upper() + c + "])" if c in "sk" else c
        out.append(r"\b" + lead + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return out


def _p_distribute(p, measure, limit):
    """_distribute for a rule's own patterns, also inside a leading phrase
    group: "\\b(?<p>(?:a|b)REST)MORE" -> ["\\b(?<p>aREST)MORE", ...]."""
    if p.startswith(r"\b(?<p>(?:"):
        inner_end = _close(p, 2)          # the phrase group
        alt_end = _close(p, 7)            # its leading (?:...)
        rest_in, more = p[alt_end + 1:inner_end], p[inner_end + 1:]
        alts = _top_split(p[10:alt_end])
        if rest_in[:1] not in ("?", "*", "+", "{") and (len(alts) - 1) * measure(rest_in + more) <= limit:
            return [r"\b(?<p>" + a + rest_in + ")" + more for a in alts]
        return [p]
    return _distribute(p, measure, limit)


def _p_lead(p):
    m = re.match(r"\\b(?:\(\?<p>)?(?:\(\?-i:\[([A-Za-z])[A-Za-z]\]\)|([A-Za-z0-9]))", p)
    return (m.group(1) or m.group(2)).lower() if m else None


def fold_patterns(patterns, measure=len, limit=1000):
    """fold() for a rule's own patterns: the same idea, but each pattern stays
    whole inside a branch-reset group "(?|...|...)" so that its phrase group
    (?<p>...) keeps one number (it must be the first capturing group)."""
    flat = [x for p in patterns for x in _p_distribute(p, measure, limit)]
    groups, order = {}, []
    for p in flat:
        key = _p_lead(p) or p
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(first_literal(p))
    return [groups[k][0] if len(groups[k]) == 1 else "(?|" + "|".join(dict.fromkeys(groups[k])) + ")" for k in order]
