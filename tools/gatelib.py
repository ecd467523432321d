"""Words a pattern cannot match without: gates derived from the pattern.

A rule runs only on sentences holding one of its anchors (and a word of each
`requires` group), but a rule's patterns often need more: "we may change
these terms" needs a change verb (the anchor) *and* a word for the terms.
PCRE2 then spends most of its time failing on sentences that have the verb
and not the rest (bench/rule-costs.c: about 94 runs in 100 fail).

necessary(pattern) reads a PCRE2 pattern (the subset the packs use) and
returns groups of words: every match contains, for each group, one of its
words (lower case letters and digits only, as the host's folded sentence
holds them). write_pack (packlib.py) adds the groups a rule's anchors do not
already guarantee as the pattern's gate ("requires"), which the host checks
with a word search before running the expression. The reading is
conservative: anything it does not understand counts as "could be
anything", which only ever makes a gate weaker, never wrong.

Not handled (the packs do not use them; a pattern that does gets no gate):
conditionals, recursion, subroutine calls, \\Q...\\E, (?x).
"""
import re

LIMIT = 64          # largest set of exact strings tracked for one node
MIN_WORD = 2        # shorter words gate nothing useful
BREAK = "|"         # one or more characters the host's folded sentence
                    # may show as anything but a letter or digit
# The host folds a sentence for gates byte by byte (rules.c: anchor_byte):
# ASCII letters to lower case; digits, "'" and "-" kept; any other ASCII
# byte becomes one space; bytes of other characters are kept as they are.
# So one ASCII punctuation or white-space character in a match is exactly
# one space in the folded sentence, and can be part of a gate word.


class Unsupported(Exception):
    pass


# ---------------------------------------------------------------- parsing
# Nodes: ("lit", str) one character; ("set", frozenset|None) a character
# out of a known set (None: unknown); ("empty",) zero-width; ("cat", [..]);
# ("alt", [..]); ("rep", node, min, max); ("look", node, positive).

_WORDCH = set("abcdefghijklmnopqrstuvwxyz0123456789")


def _fold(ch):
    """What the folded sentence holds for one matched character."""
    c = ch.lower() if ch.isascii() else ch
    if c in _WORDCH or c in "'-":
        return c
    if ord(c) < 0x80:
        return " "
    return BREAK


_NAMED = re.compile(r"(?:P?<|')[A-Za-z_]\w*[>']")  # (?<name> (?P<name> (?'name'


class _P:
    def __init__(self, s):
        self.s, self.i = s, 0

    def peek(self, k=0):
        j = self.i + k
        return self.s[j] if j < len(self.s) else ""

    def take(self, n=1):
        t = self.s[self.i:self.i + n]
        self.i += n
        return t

    def parse(self):
        node = self.alt()
        if self.i != len(self.s):
            raise Unsupported("unbalanced ) at %d" % self.i)
        return node

    def alt(self):
        branches = [self.cat()]
        while self.peek() == "|":
            self.take()
            branches.append(self.cat())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def cat(self):
        items = []
        while self.peek() and self.peek() not in "|)":
            atom = self.atom()
            atom = self.quant(atom)
            items.append(atom)
        return ("cat", items)

    def quant(self, atom):
        c = self.peek()
        lo = hi = None
        if c == "*":
            lo, hi = 0, None
            self.take()
        elif c == "+":
            lo, hi = 1, None
            self.take()
        elif c == "?":
            lo, hi = 0, 1
            self.take()
        elif c == "{":
            m = re.match(r"\{(\d*)(?:(,)(\d*))?\}", self.s[self.i:])
            if not m or (m.group(1) == "" and not m.group(2)):
                return atom  # a literal "{"
            if m.group(1) == "" and m.group(2):
                raise Unsupported("{,n}")
            lo = int(m.group(1))
            hi = lo if not m.group(2) else (int(m.group(3)) if m.group(3) else None)
            self.take(len(m.group(0)))
        else:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: same set of matches
            self.take()
        return self.quant(("rep", atom, lo, hi))

    def atom(self):
        c = self.take()
        if c == "(":
            return self.group()
        if c == "[":
            return self.cls()
        if c == "\\":
            return self.escape(in_class=False)
        if c == ".":
            return ("set", None)
        if c in "^$":
            return ("empty",)
        return ("lit", c)

    def group(self):
        s = self.s
        if s.startswith("?#", self.i):
            j = s.index(")", self.i)
            self.i = j + 1
            return ("empty",)
        kind = "group"
        if self.peek() == "?":
            rest = s[self.i + 1:]
            if rest.startswith(":") or rest.startswith("|") or rest.startswith(">"):
                self.take(2)
            elif rest.startswith("="):
                self.take(2)
                kind = "ahead"
            elif rest.startswith("!"):
                self.take(2)
                kind = "neg"
            elif rest.startswith("<="):
                self.take(3)
                kind = "behind"
            elif rest.startswith("<!"):
                self.take(3)
                kind = "neg"
            elif (named := _NAMED.match(rest)):
                self.take(1 + len(named.group(0)))
            else:
                m = re.match(r"([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])", rest)
                if not m:
                    raise Unsupported("group (?%s" % rest[:8])
                flags = (m.group(1) or "") + (m.group(2) or "")
                if set(flags) - set("ismJU"):  # only (?x) changes how a pattern reads
                    raise Unsupported("flags " + flags)
                self.take(1 + len(m.group(0)))
                if m.group(3) == ")":
                    return ("empty",)  # (?i) / (?-i): case does not matter here
        inner = self.alt()
        if self.take() != ")":
            raise Unsupported("missing )")
        if kind == "group":
            return inner
        if kind in ("ahead", "behind"):
            return ("look", inner, True)
        return ("look", inner, False)

    def escape(self, in_class):
        c = self.take()
        if c == "":
            raise Unsupported("trailing \\")
        if c in "bBAzZGK" and not in_class:
            return ("empty",)
        if c == "s":
            return ("set", frozenset([" "]))
        if c == "W":
            return ("set", frozenset([BREAK]))
        if c in "dwSDhHvVRXN" or c in "pP":
            if c in "pP":
                if self.peek() == "{":
                    self.i = self.s.index("}", self.i) + 1
                else:
                    self.take()
            return ("set", None)
        if c == "x":
            if self.peek() == "{":
                j = self.s.index("}", self.i)
                code = int(self.s[self.i + 1:j], 16)
                self.i = j + 1
            else:
                h = re.match(r"[0-9a-fA-F]{0,2}", self.s[self.i:]).group(0)
                self.take(len(h))
                code = int(h or "0", 16)
            return ("lit", chr(code))
        if c in "ntrf":
            return ("lit", "\n")
        if c in "ae":
            return ("lit", "\x07")
        if c.isdigit() or c in "gkQEc":
            raise Unsupported("\\" + c)
        if c.isalpha():
            raise Unsupported("\\" + c)
        return ("lit", c)

    def cls(self):
        negate = False
        if self.peek() == "^":
            negate = True
            self.take()
        chars = set()
        unknown = False
        first = True
        while True:
            c = self.take()
            if c == "":
                raise Unsupported("unterminated [")
            if c == "]" and not first:
                break
            first = False
            if c == "[" and self.peek() == ":":
                j = self.s.index(":]", self.i)
                self.i = j + 2
                unknown = True
                continue
            if c == "\\":
                e = self.escape(in_class=True)
                if e[0] == "lit":
                    lo = e[1]
                elif e[1] is None:
                    unknown = True
                    continue
                else:
                    chars |= set(e[1])
                    continue
            else:
                lo = c
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.take()
                hc = self.take()
                if hc == "\\":
                    e = self.escape(in_class=True)
                    if e[0] != "lit":
                        raise Unsupported("range to a class")
                    hc = e[1]
                if ord(hc) - ord(lo) > 40:
                    unknown = True
                    continue
                for o in range(ord(lo), ord(hc) + 1):
                    chars.add(chr(o))
                continue
            chars.add(lo)
        if negate:
            # [^...] matches letters unless every letter and digit is excluded
            if _WORDCH <= {ch.lower() for ch in chars}:
                return ("set", frozenset([BREAK]))
            return ("set", None)
        if unknown:
            return ("set", None)
        return ("set", frozenset(ch if ch == BREAK else _fold(ch) for ch in chars))


# ---------------------------------------------------------------- analysis
# info(node) -> (exact, must): exact is the set of strings the node can
# match (letters and digits folded to lower case, anything else as BREAK),
# or None when unknown; must is a list of word groups every match holds.

def _norm(s):
    return re.sub(r"\|+", BREAK, s)


def _cross(a, b):
    out = {_norm(x + y) for x in a for y in b}
    return out if len(out) <= LIMIT else None


def words_of(exact):
    """One word group from a set of exact strings, or None: for each string,
    its longest run without a break (which any match holds as it is)."""
    group = set()
    for s in exact:
        runs = [r for r in s.split(BREAK) if r.strip(" '-")]
        if not runs:
            return None
        # the rarest run (see pass_rate)
        best = min(runs, key=lambda r: (pass_rate([r]), -len(r)))
        if sum(ch.isalnum() for ch in best) < MIN_WORD:
            return None
        group.add(best)
    # "shar" makes "share" redundant: a sentence with "share" holds "shar"
    return frozenset(w for w in group if not any(v != w and v in w for v in group))


def info(node):
    t = node[0]
    if t == "lit":
        return ({_fold(node[1])}, [])
    if t == "set":
        if node[1] is None or len(node[1]) > 12:
            return (None, [])
        return (set(node[1]), [])
    if t == "empty":
        return ({""}, [])
    if t == "look":
        inner = info(node[1])
        if not node[2]:
            return ({""}, [])
        must = list(inner[1])
        if inner[0] is not None:
            g = words_of(inner[0])
            if g:
                must.append(g)
        return ({""}, must)
    if t == "rep":
        ex, must = info(node[1])
        lo, hi = node[2], node[3]
        if hi == 0:
            return ({""}, [])
        if lo == 0:
            if hi == 1 and ex is not None:
                return (ex | {""}, [])
            return (None, [])
        if ex is not None and ex <= {BREAK, " "}:
            return ({BREAK}, must)   # \s+ and the like: a break of any length
        if lo == hi == 1:
            return (ex, must)
        out = list(must)
        if ex is not None:
            g = words_of(ex)
            if g:
                out.append(g)
        return (None, out)
    if t == "cat":
        cur, exact_all, must = {""}, True, []
        for child in node[1]:
            ex, m = info(child)
            must += m
            nxt = _cross(cur, ex) if ex is not None else None
            if nxt is None:
                exact_all = False
                g = words_of(cur)
                if g:
                    must.append(g)
                cur = ex if ex is not None else {""}
            else:
                cur = nxt
        if exact_all:
            return (cur, must)
        g = words_of(cur)
        if g:
            must.append(g)
        return (None, must)
    if t == "alt":
        infos = [info(b) for b in node[1]]
        if all(ex is not None for ex, _ in infos):
            union = set().union(*(ex for ex, _ in infos))
            if len(union) <= LIMIT:
                return (union, [])
        # one group for the whole alternation: a group from every branch
        group = set()
        for ex, m in infos:
            cands = list(m)
            if ex is not None:
                g = words_of(ex)
                if g:
                    cands.append(g)
            if not cands:
                return (None, [])
            group |= min(cands, key=_cost)
        return (None, [frozenset(w for w in group if not any(v != w and v in w for v in group))])
    raise ValueError(t)


def pass_rate(group):
    """A rough chance that a sentence holds a word of the group: short words
    are everywhere ("ed", "the"), long ones rare. Lower is a better gate."""
    p = 0.0
    for w in sorted(group):  # a fixed order: the same sum, the same packs, every run
        n = len(w.strip())
        p += 0.9 if w.strip() in COMMON else RATE_BY_LENGTH.get(n, 0.01)
    return min(1.0, p)


RATE_BY_LENGTH = {0: 1.0, 1: 1.0, 2: 1.0, 3: 0.15, 4: 0.05, 5: 0.02}
# words nearly every sentence of a policy holds
COMMON = set("""the and our you your for with that this any all use are not may will its can has have from
data information personal services service such other more than when which who how about these those
their they them we us to of in on or by as be is it an at if do""".split())


def _cost(group):
    return pass_rate(group) + 0.002 * len(group)


def necessary(pattern):
    """Word groups every match of pattern holds ([] when nothing is known)."""
    try:
        tree = _P(pattern).parse()
    except (Unsupported, ValueError, IndexError):
        return []
    ex, must = info(tree)
    groups = list(must)
    if ex is not None:
        g = words_of(ex)
        if g:
            groups.append(g)
    out = []
    for g in groups:
        if g and g not in out:
            out.append(g)
    return out


def implied(group, words):
    """Does holding one of `words` (anchors: any of them may be what let the
    rule run) guarantee a word of group? Then the group gates nothing."""
    return bool(words) and all(any(g in w for g in group) for w in words)


def _self_test():
    """`python3 tools/gatelib.py`: the reading on patterns whose answer is
    known (make test-gatelib). Every group must be truly necessary; a reader
    that knows less may return fewer groups, never a wrong one."""
    cases = [
        (r"\bwe\s+may\s+(?<p>sell)\b", [["sell"]]),
        (r"\b(?:share|disclose)\w*\s+(?:\w+\s+){0,3}?with\s+(?:our\s+)?partners", [["disclose", "share"], ["partners"]]),
        (r"(?:terms|t&cs?)\b", [["t c", "terms"]]),            # "&" is one space when folded
        (r"\bnot\s+(?!share)\w+", [["not"]]),                  # a negative look-ahead requires nothing
        (r"foo(?=bar)", [["bar"], ["foo"]]),                    # a positive one does
        (r"\bsell(?<=\bwe\ssell)", [["we sell"], ["sell"]]),
        (r"[Ss]hare", [["share"]]),
        (r"x{2,}yz", [["yz"]]),
        (r"a|bcd", []),                                         # "a" is too short to gate on
        (r"colou?r", [["color", "colour"]]),                    # an optional letter: both spellings
        (r"(?:sell|)data", [["data"]]),
        (r"(?x) a b c", []),                                    # not read: no gate
        (r"\1abc", []),
        (r"(?(1)a|b)", []),
    ]
    bad = 0
    for pattern, want in cases:
        got = sorted(sorted(g) for g in necessary(pattern))
        if got != sorted(want):
            print(f"gatelib: {pattern!r}: got {got}, want {sorted(want)}")
            bad += 1
    print(f"gatelib: {len(cases) - bad} of {len(cases)} readings as expected")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(_self_test())
