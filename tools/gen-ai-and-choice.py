#!/usr/bin/env python3
"""Write rules/10-ai-and-choice.json, the AI-and-choice rule pack.

The pack's regular expressions are long and share pieces (who "we" are, the
words for a person's data, for AI models...); writing them here as Python raw
strings keeps them readable. Edit this file, then run it from the repository
root:  python3 tools/gen-ai-and-choice.py && build/smallprint-host --rules rules rules test

Speed. A rule runs only on sentences that hold one of its `anchors` and one
word of each of its `requires` groups. What a run costs (measured with PCRE2
10.42's JIT on real policy sentences, 250-400 bytes):
  * a pattern that starts with one literal word ("unsubscrib", "opt") is
    found with a fast scan: ~0.05-0.1 us a sentence;
  * one that starts with an alternation of words beginning with different
    letters ("(?:you|users?)", a list of twenty staff words, {{DATA}}) is
    tried at nearly every word: ~1-3 us a sentence, more with gaps after it;
  * every pattern of a rule that did not match, and every `unless` pattern
    of a rule that did, is paid in full.
So: each phrasing of a rule is a pattern of its own that starts with its
rarest word where the grammar allows (a preposition before it moves into a
lookbehind: "your(?<=with your)"), and gets its own anchors and requires
(bigrams such as "used to", "learn from", "when we") as a sub-rule (a tuple
or dict below: id .2, .3...), so it runs almost only where it can match.
Sub-rules with the same "g" share one rule (each rule repeats its unless
list, which costs at start). An unless pattern whose start is costly and
whose rare word is elsewhere sits behind gate(): one possessive scan for
the word, then the pattern. Anchor and requires words are folded as the
prefilter folds them (words()); every word adds automaton states that the
prefilter walks on every byte and the host builds at every start, so they
are the words a phrasing needs, not lists of variants. Within one label the
rules that fire most come first: once a label has fired in a sentence, the
later rules of that label are skipped. `unless` lists shared by many rules,
and patterns several rules repeat, are written once, as defines.
All examples are sentences written for this project.
"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from packlib import gates


def alt(*items):
    """An alternation of the given regex fragments, factored by first letter
    ("(?:d(?:ata|ocuments?)|c(?:ontent|ode))"): PCRE2 tries alternatives one
    by one, so a word that starts no alternative is turned away after one
    test per letter instead of one per alternative. Fragments that start with
    different letters never match at the same place, so the factoring changes
    no match. Fragments that do not start with a plain letter come last."""
    items = [i for it in items for i in (it.split("|") if "(" not in it else [it])]
    first, rest = {}, []
    for it in items:
        if re.match(r"[a-zA-Z][^?*+{]", it) or re.fullmatch(r"[a-zA-Z]", it):
            first.setdefault(it[0].lower(), []).append(it[1:])
        else:
            rest.append(it)
    parts = [k + (g[0] if len(g) == 1 else "(?:" + "|".join(g) + ")") for k, g in first.items()]
    return "(?:" + "|".join(parts + rest) + ")"


# how often each letter occurs in English text (per cent): a gate stops at the
# rarest letter of its word
LETTER_FREQ = dict(zip("etaoinshrdlcumwfgypbvkjxqz", [12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8,
                                                         2.4, 2.4, 2.2, 2.0, 2.0, 1.9, 1.5, 1.0, 0.8, 0.2, 0.2, 0.1, 0.1]))


def gate(lits, pat):
    """`pat`, tried only in a sentence that holds one of the literal words
    `lits`. A pattern that starts with a common word or a long alternation
    is tried at every word of every sentence; the gate instead skips through
    the sentence once, in a loop PCRE2 runs fast (possessive, no
    backtracking), stopping only at the rarest letter of the word, and fails
    the whole match at once when the word is absent. The match found is the
    one `pat` alone finds."""
    if len(lits) == 1:
        w = lits[0]
        k = min((i for i, c in enumerate(w) if c in LETTER_FREQ), key=lambda i: LETTER_FREQ[w[i]])
        c, pre, rest = w[k], re.escape(w[:k]), re.escape(w[k + 1:])
        stops = (c + "(?!" + rest + ")" if rest else "") + ("|(?<!" + pre + ")" + c if pre else "")
        g = "^(?=(?:[^" + c + "]++|" + stops.lstrip("|") + ")*+" + c + ")"
    else:
        firsts = sorted({w[0].lower() for w in lits})
        stops = "|".join(c + "(?!" + "|".join(re.escape(w[1:]) for w in lits if w[0].lower() == c) + ")" for c in firsts)
        g = "^(?=(?:[^" + "".join(firsts) + "]++|" + stops + ")*+(?:" + "|".join(re.escape(w) for w in lits) + "))"
    return g + pat[1:] if pat.startswith("^") else g + "(?s:.*?)(?:" + pat + ")"


# words before "model" that make it a model of another kind
NOT_AI_MODEL = ["business", "pricing", "subscription", "data", "role", "operating", "revenue", "financial", "delivery",
                "service", "device", "phone", "car", "vehicle", "hardware", "care", "support", "payment", "governance",
                "contract", "clause", "membership", "freemium", "commission", "staffing", "hybrid", "partnership",
                "distribution", "scale", "fashion", "product", "engagement", "cost", "economic", "mental", "3d"]
D = {
    "WE": r"(?:we|us|our\s+(?:company|team|service)s?)",
    "NEG": r"(?:\b(?:not|never|neither|nor|no\s+longer)\b|n't)",
    # the person's material
    "DATA": alt(r"data|content|information|inputs?|prompts?|conversations?|chats?|messages?|files?|uploads?|submissions?|outputs?|recordings?|transcripts?|transcriptions?|audio|voice|images?|photos?|videos?|posts?|stories|code|snippets?|documents?|feedback|interactions?|activity|queries|questions|responses|works?|text|creations?|generations?|sessions?|history|notes|e-?mails?|ratings|corrections|edits|examples|samples|contributions|usage|designs?|lessons|music|tracks|listening|searches|clips"),
    # an AI / ML system
    # "model" in its other senses (a business, pricing or device model;
    # "models of traffic patterns") is not an AI model: the lookbehind sits
    # after the "m" so that alt() still factors the fragment by its letter
    "MODEL": alt("m(?<!" + "|".join(w + r"\sm" for w in NOT_AI_MODEL) + r")odels?\b(?!\s+of\b)", r"LLMs?\b", r"AIs?\b", r"GenAI\b", r"A\.I\.", r"artificial\s+intelligence", r"machine[- ]learning",
                 r"ML\b", r"algorithms?\b", r"neural\s+net\w*", r"classifiers?\b", r"(?:speech|voice|image|facial|handwriting)\s+recognition",
                 r"natural\s+language\s+(?:processing|understanding)", r"NLP\b", r"chatbots?\b",
                 # each a fragment of its own: alt() factors fragments by their
                 # first letter, and one that starts with "(" is tried everywhere
                 r"virtual\s+assistants?\b", r"voice\s+assistants?\b", r"code\s+(?:completions?|suggestions)\b",
                 *[w + r"\s+generators?\b" for w in ("image", "text", "art", "video", "music", "code", "speech")]),
    # verbs of training and improving
    "TRAINV": alt(r"train(?:s|ed|ing)?", r"re-?train\w*", r"fine[- ]?tun\w+", r"tun(?:e|es|ed|ing)", r"improv\w+", r"develop\w*", r"build(?:s|ing)?", r"refin\w+",
                  r"enhanc\w+", r"inform", r"teach\w*", r"evaluat\w+", r"power(?:s|ing)?"),
    "TRAINSTRONG": r"(?:train(?:s|ed|ing)?|re-?train\w*|fine[- ]?tun\w+)",
    # the training phrase: "train ... models", "model training", "training data"
    "TRAINPHRASE": r"(?:\b{{TRAINV}}\b[^.;]{0,60}?\b{{MODEL}}|\b(?:(?:model|AI|ML|machine[- ]learning|LLM|generative)\s+){1,3}training\b|\btraining\s+(?:data(?:\s*sets?)?|datasets?|sets?|corpus|corpora)\b|\b{{TRAINSTRONG}}\s+(?:on|with)\b)",
    # a denial of training: "we do not use X to train", "never trained on"
    # ("not to train" is a request, not a denial)
    # the gap after a denial's verb stays in its clause ("while we don't
    # sell your data, we use it to train..." denies selling, not training)
    "CLAUSEGAP": r"(?:(?!,\s*(?:but|while|whereas|however|although|though|yet|we|they|and\s+(?:we|they|it|our))\b|\bbut\b)[^.;])",
    "DENY": r"(?:{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|analy[sz]\w*|process\w*|shar\w*|provid\w*|sell\w*|licens\w*|allow\w*|permit\w*|feed\w*|includ\w*|access\w*|appear\w*|leverag\w*)\b{{CLAUSEGAP}}{0,150}?{{TRAINPHRASE}}|{{NEG}}(?!\s+to\s)\s+(?:(?!(?:and|but|or|while|whereas|although|opted|opt)\b)\w+\s+){0,6}?(?:be\s+|been\s+|being\s+)?{{TRAINSTRONG}}\b)",
    # phrasings that only name the setting off: "if you opt out", "once you turn it off"
    "OPTOFFV": r"(?:opt(?:s|ed|ing)?[- ]?out|turn(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?off|switch(?:es|ed|ing)?\s+(?:\w+\s+){0,4}?off|toggl\w+\s+(?:\w+\s+){0,3}?off|disabl\w+|deactivat\w+|unsubscrib\w+|withdr[ae]w\w*|revok\w+|object\w*|declin\w+|reject\w*|refus\w+|uncheck\w*|untick\w*|de-?select\w*|block\w*|unselect\w*|pause\w*)",
    "QUESTION": r"\?\s*[\"')\]]*\s*$",
}

RULES = []


def combos(firsts, seconds, sep=" "):
    return [a + sep + b for a in firsts for b in seconds]


def pf(word):
    """A word as the prefilter sees it: ASCII case folded, ASCII punctuation
    and white space a space (apostrophes and hyphens stay), curly quotes and
    dashes their ASCII stand-ins."""
    word = word.lower().translate({0x2018: "'", 0x2019: "'", 0x201c: '"', 0x201d: '"', 0x2010: "-", 0x2011: "-",
                                   0x2012: "-", 0x2013: "-", 0x2014: "-", 0xa0: " "})
    return "".join(" " if (c.isspace() or (c.isascii() and not c.isalnum() and c not in "'-")) else c for c in word)


def words(ws):
    """A word list for `anchors` or one `requires` group: folded as the
    prefilter folds, without duplicates, and without a word that contains
    another of the list (it would never decide anything)."""
    ws = list(dict.fromkeys(pf(w) for w in ws))
    return [w for w in ws if not any(o != w and o in w for o in ws)]


def groups(req):
    """`requires` as a list of groups (a flat list is one group)."""
    if not req:
        return []
    return [list(g) for g in req] if isinstance(req[0], (list, tuple)) else [list(req)]


U_CODES = {"ARBITRATION": "ar", "NOT_OURS": "no", "NO_AI": "na", "USER_STILL": "us", "OPT_OUT": "oo", "TURN_OFF": "to",
           "COOKIES": "ck", "OPT_IN": "oi", "NOT_HR": "nh", "HR": "hr", "WE_REVIEW": "wr", "MKT": "mk"}


def U(name, patterns):
    """An `unless` list used by several rules, written once as defines.
    Each pattern stays a pattern of its own (one big alternation would lose
    PCRE2's start-of-match optimisations); rules list the references. The
    define names are short (every rule repeats them: the pack is smaller to
    read at start), and a pattern already defined by another list reuses
    that define."""
    refs = []
    for k, pat in enumerate(patterns):
        if pat.startswith("{{") and pat.endswith("}}") and pat.count("{{") == 1:
            refs.append(pat)
            continue
        same = [n for n, v in D.items() if v == pat]
        key = same[0] if same else f"{U_CODES[name]}{k}"
        D[key] = pat
        refs.append("{{" + key + "}}")
    return refs


# arbitration opt-outs are `arbitration` (one literal word a pattern: PCRE2
# finds a pattern's first literal fast)
ARBITRATION = [r"\barbitrat\w*", r"\bclass\s+action\b", r"\bjury\b", r"\bmediation\b"]
OPT_OUT_WINDOW = [r"\bopt-?out\s+(?:notice|window)\b", r"\bwithin\s+(?:your|the|a)\s+(?:\d+|thirty|sixty)[- ]day\s+(?:opt[- ]?out\s+)?(?:window|period)\b", r"\bopt\s+out\s+within\s+(?:\w+\s+)?(?:\(\d+\)\s+)?days\W*$"]
WITHIN_DAYS = r"\bwithin\s+(?:\w+\s+){0,2}?(?:\(\d+\)\s+)?(?:calendar\s+)?days\s+(?:of|after|from)\s+(?:\w+\s+){0,4}?(?:accept|agree|first|the\s+effective|receiv"
U_ARBITRATION = U("ARBITRATION", ARBITRATION + [r"\bdispute\s+resolution\b", r"\bgoverning\s+law\b"] + OPT_OUT_WINDOW +
                  [WITHIN_DAYS + "|consent)"])


def rule(id, label, severity, anchors, patterns, explanation, match, no_match, unless=None, after=None,
         suppresses=None, hint=None, requires=None, fragment=False):
    if label == "opt_out_exception" and U_ARBITRATION[0] not in (unless or []):
        unless = (unless or []) + U_ARBITRATION
    # A pattern given as (pattern, anchors[, requires[, match, no_match]])
    # becomes a rule of its own with those words, so a common word in one
    # pattern's anchors does not make every pattern of the rule run.
    # A pattern given as a dict {"p": pattern (or a list), "a": anchors, "r": more
    # requires groups, "R": requires instead of the rule's, "m"/"n": its own
    # examples} is the same: unnamed words are the rule's.
    split = [p for p in patterns if isinstance(p, (tuple, dict))]
    if split:
        plain = [p for p in patterns if isinstance(p, str)]
        parts = [(plain, anchors, requires, match, no_match)] if plain else []
        for p in split:
            if isinstance(p, tuple):
                parts.append(([p[0]], p[1], p[2] if len(p) > 2 else None, p[3] if len(p) > 3 else match,
                              p[4] if len(p) > 4 else no_match))
            else:
                req = groups(p["R"]) if "R" in p else groups(requires)
                pats = [p["p"]] if isinstance(p["p"], str) else list(p["p"])
                parts.append((pats, p.get("a", anchors), req + groups(p.get("r")), p.get("m", match),
                              p.get("n", no_match)))
        # dicts with the same "g" share one rule (each rule repeats the unless
        # list, which the host expands at every start): its anchors are all of
        # theirs, and each requires group the union of theirs (a group one of
        # them lacks is dropped), so every pattern keeps the words it needs
        tagged = {}
        for p, part in zip(split, parts[len(parts) - len(split):]):
            if isinstance(p, dict) and "g" in p:
                tagged.setdefault(p["g"], []).append(part)
        merged, seen = [], set()
        for p, part in zip([None] * (len(parts) - len(split)) + split, parts):
            g = p.get("g") if isinstance(p, dict) else None
            if g is None:
                merged.append(part)
            elif g not in seen:
                seen.add(g)
                ms = tagged[g]
                n_g = min(len(x[2] or []) for x in ms)
                req = [sorted({w for x in ms for w in x[2][i]}) for i in range(n_g)]
                merged.append(([q for x in ms for q in x[0]], sorted({a for x in ms for a in x[1]}), req,
                               [e for x in ms for e in x[3]], [e for x in ms for e in x[4]]))
        for k, (pats, anch, req, m, nm) in enumerate(merged):
            rule(id if k == 0 else f"{id}.{k + 1}", label, severity, anch, pats, explanation, m, nm,
                 unless=unless, after=after, suppresses=suppresses, hint=hint, requires=req, fragment=fragment)
        return
    r = {"id": id, "label": label, "severity": severity, "anchors": words(anchors)}
    req = [words(g) for g in groups(requires)]
    assert len(req) <= 4, id
    if req:
        r["requires"] = req[0] if len(req) == 1 else req
    r["patterns"] = patterns
    if unless:
        r["unless"] = unless
    if after:
        r["after"] = after
    if suppresses:
        r["suppresses"] = suppresses
    if hint:
        r["hint"] = hint
    if fragment:
        r["fragment"] = True  # a bare phrase: not applied to headings
    r["explanation"] = explanation
    r["examples"] = {"match": match, "no_match": no_match}
    RULES.append(r)


# --------------------------------------------------------------------------
# The shared vocabulary of anchors
# --------------------------------------------------------------------------
# An AI term ("AI" as a word: the prefilter pads each sentence with spaces).
AI_TERMS = [" ai ", " ai-", " ai'", " ais ", "genai", "machine learning", "machine-learning", "artificial intelligence",
            "algorithm", "llm", " ml ", " ml-", "neural", "classifier", "recognition", "natural language", "model",
            "generative", "chatbot", "virtual assistant", "voice assistant", "generator", "code completion", "code suggestion"]
# words of training material even without an AI word ("our training data")
TRAIN_DATA = ["training data", "training set", "training corpus", "train on", "trained on", "train with", "trained with",
              "training on", "training with", "train using", "trained using"]
AI_ANCHORS = AI_TERMS + TRAIN_DATA
TRAIN_REQ = ["train", "fine-tun", "fine tun", "finetun", "tune", "tuning", "tuned", "improv", "develop", "build", "refin", "enhanc",
             "teach", "evaluat", "power"]
TRAIN_STRONG = ["train", "fine-tun", "fine tun", "finetun"]
NEG_REQ = ["not ", "n't", "never", "no ", "none", "neither", "nor ", "prohibit", "exclud", "exempt", "barred",
           "forbid", "restrict"]
ASSISTANTS = ["claude", "gemini", "chatgpt", "copilot", "siri", "alexa", "grok", "llama", "cortana", "bixby", "meta ai",
              "my ai", "perplexity", "mistral", "le chat", "dall-e", "midjourney", "firefly"]
# refusing or switching off
OPTOUT_WORDS = ["opt out", "opt-out", "opting out", "opted out", "opts out", "optout", "opting-out", "opted-out", "opt\u2011out"]
OPTOFF_REQ = ["opt", "unsubscri", "turn", "switch", "toggl", "disabl", "deactivat", "withdr", "revok", "object",
              "declin", "reject", "refus", "uncheck", "untick", "deselect", "de-select", "unselect", "block", "pause"]
CONSENT_NOUNS = ["consent", "permission", "authori", "agreement", "approval", "opt-in", "opt in", "optin"]
CONSENT_WORDS = ["consent", "permission", "authoriz", "authoris", "approval", "opt-in", "opt in"]
CONDITION = [" if ", " when ", " once ", " where ", " after ", " unless ", " until "]
CARVE_REQ = ["except", "other than", "apart from", "besides", "unless", "only if", "only when", "only with", "only where",
             "without your"]


# --------------------------------------------------------------------------
# ai_training / no_ai_training
# --------------------------------------------------------------------------
# Things that are not "we train on your data": the user is forbidden from it,
# a question, someone else's conduct being refused, staff training.
NOT_OURS_LIST = [
    r"\b(?:you|users?|customers?)\s+(?:may|shall|must|will|agree|are\s+not\s+permitted|are\s+prohibited)\s+(?:\w+\s+){0,2}?(?:not|never)\b",
    r"\b(?:agree|undertake)\s+not\s+to\b",
    # ("Develop and improve our services" is the company's own purpose)
    # (an invitation "Share usage data to help us improve ..." is not one)
    r"^\W*(?!(?:train|improve|develop|refine|build)\w*(?:\s*(?:,|or|and|&)\s+\w+)*\s+our\b)(?![^.;]{0,60}\bto\s+help\s+us\b)(?:use|access|copy|scrape|reproduce|collect|extract|mine|develop|train|create|build|share|sell|distribute|assist|encourage)(?:\s*(?:,|or|and)\s+\w+)*\s+(?!my\b|your\b|on\s+(?:my|your)\b)\w+",
    r"\bexcept\s+as\s+(?:otherwise\s+)?(?:expressly\s+)?(?:authori[sz]ed|permitted|allowed)\b",
    r"\b(?:if|when|once|should)\s+you\s+(?:\w+\s+)?(?:choose|decide|elect|opt|prefer)\s+not\s+to\b",
    r"\bprohibit\w*|\bforbid\w*|\bnot\s+(?:be\s+)?permitted\b",
    r"\bwithout\s+(?:our|the\s+company's|\w+'s)\s+(?:prior\s+|express\s+|explicit\s+)*(?:written\s+)?(?:consent|permission|authori[sz]ation|approval)\b",
    r"\bscrap(?:e|es|ed|ing|er|ers)\b",
    r"\b(?:train\w*|educat\w+)\s+(?:our|its|their|the)?\s*(?:staff|employees|personnel|workforce|agents|representatives|volunteers|support\s+team|team\s+members|people|drivers|couriers)\b",
    r"(?:\bnot|n't)\s+consent\s+to\b",
]
U_NOT_OURS = U("NOT_OURS", NOT_OURS_LIST)
# the use happens only after the person opts in
# the use happens only after the person opts in: each phrasing with the words
# it needs (the opt-in rule below runs each only where they occur)
OPTIN_ALTS = [
    (["unless"], r"\bunless\s+(?:you|they|the\s+user|users|customers?)\s+(?:\w+\s+){0,2}?(?:opt(?:s|ed)?[- ]?in|consent|agree|choose\s+to\s+(?!opt[- ]?out)|direct|ask|request|allow|enable|turn\s+(?:it\s+|this\s+)?on|give|grant|explicitly|affirmatively|provide\s+(?:\w+\s+)?consent)"),
    (combos(["only"], ["if", "when", "after", "with", "once"]), r"\bonly\s+(?:if|when|after|with|once)\s+(?:you|your|they|their)\b(?!\s+(?:\w+\s+)?(?:opt(?:s|ed)?[- ]?out|turn|disable))"),
    (["without"], r"\bwithout\s+(?:your|their|the\s+user's|users'?)\s+(?:\w+\s+){0,2}?(?:consent|permission|agreement|approval|authori[sz]ation|opt-?in)\b"),
    ([" if you", " when you", " once you", " after you"], r"\b(?:if|when|once|after)\s+you\s+(?:explicitly\s+|affirmatively\s+|choose\s+to\s+|decide\s+to\s+|agree\s+to\s+)?(?:opt[- ]?in|join|participate|enroll|enrol)\b"),
    (["with your"], r"\bwith\s+your\s+(?:\w+\s+){0,2}?(?:consent|permission|opt-?in)\b"),
    (["opt in", "opt-in", "optin", "off by default"], r"\bopt[- ]?in\s+(?:basis|only)\b|\bstrictly\s+opt[- ]?in\b|\boff\s+by\s+default\b")]
OPTIN_COND = "(?:" + "|".join(x for _, x in OPTIN_ALTS) + ")"
D["OPTIN_COND"] = OPTIN_COND
TURNED_OFF = r"\b(?:de-?select|uncheck|untick|unselect|turn\s+off|switch\s+off|toggle\s+off)\b"
U_AI = U_NOT_OURS + ["{{DENY}}", "{{OPTIN_COND}}|{{QUESTION}}"]
U_AI_UI = U_AI + [TURNED_OFF]

rule("ai_training.use_to_train", "ai_training", "high", AI_TERMS,
     [r"\b(?<p>(?:us(?:e|es|ed|ing)|process\w*|analy[sz]\w*|leverag\w+|rel(?:y|ies|ied)\s+on|includ\w+|incorporat\w+|feed\w*|fed|retain\w*|collect\w*|shar\w+|contribut\w+|provid\w+|review\w*|access\w*|stor(?:e|es|ed|ing)|keep\w*|kept|combin\w+|aggregat\w+|label\w*|annotat\w+|de-?identif\w+|anonymi[sz]\w+|licens\w+|sell\w*|sold|disclos\w+|mak\w+\s+available|transfer\w*|send\w*|sent))\b[^.;]{0,140}?\b(?:to|for|in|into|before|when|while|as\s+we)\s+(?:(?:the\s+)?purposes?\s+(?:of|such\s+as|including)\s+)?(?:(?:help|helping)\s+(?:us\s+)?(?:to\s+)?)?(?:(?:further|better|continually|continuously|also|constantly)\s+)?(?:(?:[\w-]+,?\s+){0,8}?(?:or|and)\s+)?{{TRAINV}}\b[^.;]{0,90}?\b{{MODEL}}",
      # "we may use your interactions with our AI features to improve them"
      r"\b(?<p>(?:us(?:e|es|ed|ing)|analy[sz]\w*|review\w*|process\w*))\s+(?:[\w,]+\s+){0,5}?(?:{{DATA}})\s+(?:with|to|in)\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?{{MODEL}}[^.;]{0,80}?\bto\s+(?:help\s+(?:us\s+)?)?(?:\w+,?\s+(?:and\s+|or\s+)?){0,8}?(?:improv|train|develop|refin|enhanc)\w*",
      # "...become part of the training data": the word "training" (or "model
      # improvement") must be there
      {"p": r"\b(?<p>(?:us(?:e|es|ed|ing)|process\w*|includ\w+|incorporat\w+|feed\w*|fed|shar\w+|contribut\w+|provid\w+|add\w*|licens\w+|sell\w*|sold|serv\w+|(?:becom\w+|form\w*|be|is|are)\s+part))\b[^.;]{0,120}?\b(?:for|in|into|as|to|of)\s+(?:(?:the|our|its|their|future|new|ongoing|any)\s+)?(?:(?:next|upcoming|later|subsequent|future)\s+)?(?:(?:(?:AI|ML|LLM|machine[- ]learning|model|generative)\s+){1,3}training|training\s+(?:data(?:\s*sets?)?|datasets?|sets?|corpus|corpora|runs?|examples|signals?|pipelines?|inputs|of\s+(?:\w+\s+){0,3}?{{MODEL}})|(?:third[- ]party\s+)?(?:AI|ML|LLM|machine[- ]learning)\s+(?:data\s*sets?|datasets?|corpus|corpora)|(?:(?:AI|ML|LLM|generative)\s+)?model\s+(?:train\w*|improvement|development)|to\s+model\s+train)\b",
       "a": AI_ANCHORS + ["training example", "training signal", "training pipeline", "training input", "training run"],
       "R": [["training", "model train", "model improvement", "model development", "ai dataset", "ai data set", "ml dataset", "learning dataset", "ai corpus"]],
       "m": ["Public posts may become part of the training data for our assistant.",
             "Your thumbs-up and thumbs-down ratings serve as training signals.",
             "Your chats will be included in the next training run.",
             "The files you upload may be fed into our training pipeline.",
             "Allow your public content to be included in third-party AI datasets",
             "Your recordings can be included in the datasets we use for machine learning training."],
       "n": ["We use customer calls for training our support staff.",
             "Recordings are shared with the training team for quality checks."]},
      # "we use ... data for research and machine learning"
      {"p": r"\b(?:we|us)\b[^.;]{0,40}?\b(?<p>(?:us(?:e|es|ed|ing)|process\w*|analy[sz]\w*))\b[^.;]{0,100}?\b(?:for|in)\s+(?:the\s+purposes?\s+of\s+)?(?:(?:[\w-]+,?\s+){0,3}?(?:and|or)\s+)?(?:machine[- ]learning|reinforcement\s+learning|RLHF|(?:AI|artificial\s+intelligence)\s+(?:research|development))\b",
       "a": ["machine learning", "machine-learning", "ai research", "ai development", "intelligence research",
             "intelligence development", "reinforcement learning", "rlhf"], "R": None,
       "m": ["We use aggregated usage data for research and machine learning.",
             "We analyse the questions you ask for AI research."],
       "n": ["We use machine learning to detect spam.",
             "Our AI research team publishes its papers online."]}],
     "What you type, upload or do may be used to train or improve the company's AI models.",
     ["We may use the prompts you submit to train and improve our models.",
      "We process the files you share to help develop and refine our AI systems.",
      "We may use your interactions with our AI features to improve them."],
     ["We do not use your prompts to train our models.",
      "We use customer calls to train our support staff on common questions.",
      "You may not use the service to train a competing machine learning model.",
      "We use machine learning to detect spam.",
      "Do you use my chats to train your AI?"],
     unless=U_AI + [r"{{OPTIN_COND}}[^.;]{0,120}?(?:train|model|\bAI\b)"],
     requires=TRAIN_REQ + ["machine learning", "machine-learning", "research"])

rule("ai_training.we_train_on", "ai_training", "high", AI_ANCHORS,
     [r"\b(?:{{WE}}|it|they|company|\w+'s)\s+(?:may\s+|might\s+|can\s+|will\s+|also\s+|then\s+|sometimes\s+|regularly\s+)*(?<p>{{TRAINSTRONG}}|develop\w*|improv\w+|build\w*|refin\w+)\s+(?:\w+[\s-]+){0,4}?(?:models?|AI|LLMs?|technolog(?:y|ies)|systems?|algorithms?|tools?|intelligence|networks?)\s+(?:on|using|with|based\s+on|from)\s+(?:\w+\s+){0,4}?(?:your|user|users'?|customer|the|de-?identified|anonymi[sz]ed|pseudonymi[sz]ed|aggregated|such|this|these|that|personal|members'?|public|{{DATA}})\b",
      {"p": r"\b(?<p>our\s+(?:AI\s+|ML\s+)?model\s+training)\b", "a": ["model training"], "R": None,
       "m": ["Your chats are part of our model training.", "We describe our AI model training below."],
       "n": ["Model training happens in our own data centres.", "Our model trains quickly."]},
      # "your feedback helps us improve our models"
      {"g": "a", "p": r"\b(?<p>{{DATA}}|it|this|they|these|which|that)\s+(?:[\w']+\s+){0,3}?(?:can|may|might|will|could|also|to)?\s*(?:also\s+)?(?:help\w*|assist\w*|allow\w*|enabl\w+|let\w*)\s+(?:us\s+)?(?:to\s+)?(?:(?:\w+,?\s+){0,3}?(?:or|and)\s+)?{{TRAINV}}\b[^.;]{0,70}?\b(?:our|the|its|their|better|smarter|safer|more\s+\w+)\s+(?:[\w']+[\s-]+){0,4}?{{MODEL}}",
       "r": [["help", "assist", "allow", "enabl", "let"]],
       "m": ["Your feedback helps us improve our AI models for everyone.",
             "These ratings help us build smarter AI.",
             "The ratings you give help us refine the assistant's underlying language models."],
       "n": ["This helps us improve our website and fix bugs.",
             "Your feedback helps us improve the app."]},
      # "models trained on your listening history"
      {"g": "a", "p": r"\b{{MODEL}}\s+(?:that\s+(?:are|were|have\s+been)\s+|which\s+(?:are|were)\s+|are\s+|is\s+|were\s+|have\s+been\s+|may\s+be\s+|can\s+be\s+|will\s+be\s+|get\s+)?(?:\w+\s+)?(?<p>(?:trained|fine-tuned|built|developed|improved|refined))\s+(?:\w+\s+)?(?:on|using|with|from)\s+(?:\w+\s+){0,3}?(?:your|user|users'?|customer|customers'?|members'?|people's|(?:data|content|conversations|chats|prompts|inputs|interactions|feedback)\s+(?:from|of|shared\s+by|provided\s+by|submitted\s+by)\s+(?:our\s+)?(?:users|customers|you|members|people))\b",
       "r": [["trained", "fine-tuned", "built", "developed", "improved", "refined"]],
       "m": ["Recommendations come from machine learning models trained on your listening history.",
             "Our models are fine-tuned using customer feedback."],
       "n": ["Our models are trained on licensed books.",
             "The model was developed with care."]},
      # "we develop and train machine learning models" (in a policy about your data)
      {"p": r"\b{{WE}}\s+(?:also\s+|may\s+|regularly\s+|continuously\s+)*(?<p>(?:develop|train|improve|build|fine-tune|refine)\w*(?:\s+(?:and|or)\s+(?:develop|train|improve|build|refine)\w*)?)\s+(?:the\s+|our\s+|new\s+|its\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:machine[- ]learning|ML|AI|language|generative|predictive|recognition)\s+models?\b",
       "a": ["model"],
       "m": ["We develop and train machine learning models to recommend shows.",
             "We also build language models for our assistant."],
       "n": ["We develop apps for phones.",
             "We train our agents on new product models."]}],
     "The company trains or improves its AI on people's content or activity.",
     ["We train our speech recognition models on de-identified customer recordings.",
      "The company may also improve its AI systems using aggregated user data."],
     ["We train our agents to handle privacy requests.",
      "We never train our models on your documents.",
      "Slack does not train its models on customer messages.",
      "This helps us improve our website and fix bugs."],
     unless=U_AI, requires=TRAIN_REQ)

rule("ai_training.passive_used", "ai_training", "high", AI_ANCHORS,
     [{"p": r"\b(?:{{DATA}}|it|they|this)\s+(?:\w+\s+){0,3}?(?:(?:may|might|can|could|will|would|is|are|to|being)\s+(?:also\s+|still\s+|then\s+)?(?:be\s+)?)?(?<p>(?:used|analy[sz]ed|processed|included|incorporated|fed|leveraged|shared|licensed|provided))\b[^.;]{0,40}?\b(?:to|for|in|into|as|with)\s+(?:(?:the\s+)?purposes?\s+(?:of|such\s+as|including)\s+)?(?:help\s+)?(?:(?:[\w-]+,?\s+){0,8}?(?:or|and)\s+)?(?:{{TRAINV}}\b[^.;]{0,60}?\b{{MODEL}}|(?:(?:the|our|its|their|future|any)\s+)?(?:(?:AI|ML|model|machine[- ]learning|LLM|generative)\s+){1,3}(?:training|developers|companies|providers)|training\s+(?:data|datasets?|sets?))", "r": [["used", "analysed", "analyzed", "processed", "included", "incorporated", "fed", "leveraged", "shared", "licensed", "provided"]],
       "m": ["Your conversations may be used to train and improve our language models.",
             "Uploaded images might be included in training datasets for our generative AI.",
             "Content you submit may be used to inform, train or develop AI technologies."],
       "n": ["Your conversations are never used to train our models.",
             "Call recordings may be used for quality and staff training purposes."]},
      r"\b(?<p>(?:train\w*|fine[- ]?tun\w+|develop\w*|improv\w+|build\w*|refin\w+))\s+(?:(?:our|its|their|the|new|future|proprietary|generative|non-generative|large|language|AI|ML|machine[- ]learning|foundation|speech|recognition|predictive|any)\s+)*(?:models?|AI|LLMs?|systems?|technolog(?:y|ies)|algorithms?)\s+(?:on|with|using|from),?\s+(?:\w+\s+){0,3}?(?:your|user|users'?|customer|customers'?|members'?|people's|content|(?:the\s+)?(?:chats|conversations|prompts|recordings|messages|files|uploads)\s+(?:you|users?))\b"],
     "Your content may be used as material for training AI models.",
     ["Your conversations may be used to train and improve our language models.",
      "Uploaded images might be included in training datasets for our generative AI.",
      "Content you submit may be used to inform, train or develop AI technologies.",
      "Data used to train our models includes posts you make public."],
     ["Your conversations are never used to train our models.",
      "Call recordings may be used for quality and staff training purposes.",
      "Your content will be used to provide the service you asked for."],
     unless=U_AI, requires=TRAIN_REQ)

# An item of a "how we use your information" list: "To train our AI models",
# "Fine-tuning ranking algorithms". (A list of things users may not do says
# "train a model", "develop any AI": no "our", and a bare verb.)
rule("ai_training.purpose_item", "ai_training", "high", AI_TERMS,
     [r"^\W*(?:\d+[.)]\s*|[a-z][.)]\s+)?(?:(?:for\s+example|for\s+instance|e\.g\.|such\s+as|including),?\s+)?(?:to\s+)?(?<p>(?:help(?:s|ing)?\s+(?:us\s+)?(?:to\s+)?)?(?:train|fine[- ]?tun|retrain|improv|develop|build|refin|enhanc)\w*(?:,?\s+(?:and\s+|or\s+|&\s+)?(?:train|fine[- ]?tun|retrain|improv|develop|build|refin|enhanc|test|evaluat|maintain)\w*)*\s+(?:and\s+\w+\s+)?(?:our|its)\s+(?:own\s+)?(?:[\w-]+\s+){0,4}?{{MODEL}})",
      r"^\W*(?:\d+[.)]\s*|[a-z][.)]\s+)?(?<p>(?:training|fine[- ]?tuning|retraining|developing|improving|building|refining)(?:,?\s+(?:and\s+|or\s+|&\s+)?(?:training|fine[- ]?tuning|developing|improving|building|testing|evaluating|refining))*\s+(?:\w+\s+){0,3}?{{MODEL}})",
      r"^\W*(?<p>(?:developing|improving|building|creating|refining)(?:,?\s+(?:and\s+|or\s+|&\s+)?(?:developing|improving|building|testing|refining))*\s+(?:[\w-]+,?\s+){0,6}?including\s+(?:through|via|by\s+using|using|with)\s+(?:\w+\s+)?{{MODEL}})",
      r"^\W*(?<p>(?:develop|improv|train|build|refin)\w*\s*(?:,|&|and|or)\s*(?:develop|improv|train|build|refin|test|evaluat|maintain)\w*\s+(?:(?!(?:using|with|through|by|via|powered)\b)[\w&-]+,?\s+){0,6}?(?:machine[- ]learning\s+|AI\s+|ML\s+|language\s+|recommendation\s+|ranking\s+)?(?:models?|algorithms?))\W*$"],
     "Training or improving the company's AI is one of the purposes your data is used for.",
     ["To train our AI models",
      "Training and improving our machine learning models",
      "Fine tuning ranking and sorting algorithms",
      "For example, helping us to build and refine our recommendation algorithms;",
      "Develop & improve features, rankings & machine learning models",
      "Train our models."],
     ["Train a model that competes with the service.",
      "Develop and improve products using AI models",
      "Developing AI responsibly",
      "To use our AI features, sign in."],
     unless=U_AI + [r"\b(?:responsib\w*|ethic\w*|safe(?:ly|ty)?|trustworth\w*|principles?)\b"], requires=TRAIN_REQ,
     fragment=True)

# In a sentence about AI, shorter phrasings do: "may be used to train future
# versions of those tools", "To improve our AI, we collect...".
rule("ai_training.in_ai_context", "ai_training", "high", AI_TERMS + ["assistant"],
     [r"^\W*(?:(?:for\s+(?:example|instance)|in\s+particular|specifically|also),?\s+)?(?:to|in\s+order\s+to)\s+(?:help\s+)?(?:train|improve|develop|build|refine|fine-tune)(?:,?\s+(?:and\s+|or\s+)?(?:train|improve|develop|build|refine|fine-tune|test|evaluate))*\s+(?:[\w-]+\s+){0,5}?{{MODEL}}[^.;]{0,60}?,\s*(?:we|[A-Z]\w+|our\s+(?:\w+\s+)?(?:team|staff|reviewers))\s+(?:may\s+|also\s+|will\s+|might\s+|sometimes\s+|manually\s+|carefully\s+)*(?<p>use|collect|store|analy[sz]e|process|review|retain|keep|read|label|annotate|examine)\b",
      {"g": "a", "p": r"\b(?:{{DATA}}|it|they|this|these)\s+(?:\w+\s+){0,8}?(?:may|might|can|could|will|would|is|are)\s+(?:also\s+)?(?:be\s+)?(?<p>used|included|analy[sz]ed|processed)\s+(?:to|in\s+order\s+to)\s+(?:help\s+)?(?:train|fine[- ]?tune|retrain|improve|develop|refine)\s+(?:the\s+(?:quality|accuracy|performance|relevance)\s+of\s+)?(?:it|them|(?:the|these|those|its|our|future|new)\s+(?:[\w-]+\s+){0,2}?(?:models?|AI|features?|assistants?|systems?|tools?|versions?|responses|answers|suggestions|predictions))\b",
       "r": [["used to", "included to", "used in order to", "included in order to", "analysed to", "analyzed to", "processed to"]],
       "m": ["Content you create with our AI tools may be used to train future versions of those tools.",
             "Your prompts may also be used to improve the assistant.",
             "The questions you ask the assistant are used to improve the quality of its answers.",
             "Information about how you use our AI features is used to improve those features.",
             "Your documents may be analysed to improve the generative features of the product."],
       "n": ["AI features may be used to improve your writing.",
             "Your prompts may be used to answer your question."]},
      {"g": "a", "p": r"\b(?:{{DATA}}|it|this|they|these)\s+(?:\w+\s+){0,2}?(?:help\s+)?(?<p>teach\w*)\s+(?:our\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:assistant|{{MODEL}})",
       "r": [["teach"]],
       "m": ["Your ratings teach the assistant which answers are helpful.",
             "These examples help teach our models to write better code."],
       "n": ["Our AI can teach you a new language.",
             "Teachers use our assistant in class."]},
      {"g": "a", "p": r"\b(?<p>(?:use|share|allow|contribute|donate|include|provide)\w*\s+(?:\w+\s+){0,2}?(?:(?:my|your)\s+(?:\w+\s+){0,2}?)?(?:data|content|chats?|conversations?|prompts?|recordings?|code|files|inputs|posts|interactions)\s+(?:to\s+be\s+used\s+)?(?:for|in|to)\s+(?:AI|model|ML)\s+(?:development|improvement|training))\b",
       "r": [combos(["ai", "model", "ml"], ["development", "improvement", "training"])],
       "m": ["Contribute your data to AI development", "Share my chats for model improvement."],
       "n": ["We share news about AI development.", "Model training happens overnight."]},
      {"g": "a", "p": r"\b(?<p>(?:contribut\w+|donat\w+)\s+to\s+(?:AI|model|ML)\s+(?:training|development|improvements?))\b",
       "r": [["contribute to", "contributes to", "contributing to", "donate to", "donating to"]],
       "m": ["Donate to AI training", "You can contribute to model improvement in Settings."],
       "n": ["Donate to charity", "Contribute to our forum."]},
      {"g": "b", "p": r"\b(?<p>(?:us(?:e|es|ed|ing)|analy[sz]\w*|process\w*))\s+(?:the\s+|your\s+|such\s+)?(?:AI\s+)?(?:inputs?|prompts?|outputs?|conversations?|interactions?)\s+(?:\w+\s+){0,3}?for\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:product\s+)?(?:development|improvement|training)\b",
       "r": [["input", "prompt", "output", "conversation", "interaction"], ["development", "improvement", "training"]],
       "m": ["We may use AI inputs and outputs for product improvement.", "We analyse AI prompts for safety and training."],
       "n": ["We use prompts to answer you.", "We use your inputs for billing."]},
      {"g": "b", "p": r"\b(?<p>(?:share|send|allow|let)\w*\s+(?:\w+\s+){0,4}?(?:prompts?|chats?|conversations?|interactions?|responses|inputs?|recordings?|feedback|data|content|activity)\s+(?:\w+\s+){0,3}?to\s+(?:help\s+(?:us\s+)?)?(?:train|improve|develop|refine))\b",
       "r": [["share", "send", "allow", "let"], ["prompt", "chat", "conversation", "interaction", "response", "input", "recording", "feedback", "data", "content", "activity"]],
       "m": ["Share your chats with us to help improve the assistant.", "Allow your voice recordings to be used to train our AI.",
             "Share usage data to help us improve our AI features"],
       "n": ["Share your feedback with our AI team.", "Send us your chats to get help."]}],
     "What you type, upload or do may be used to improve the company's AI.",
     ["To improve our AI, we may collect and store your prompts.",
      "In order to train our models, we may review the feedback you send."],
     ["To improve our AI, we hired new engineers.",
      "AI features may be used to improve your writing."],
     unless=U_AI, requires=TRAIN_REQ)

LEARN_FROM = ["learn from", "learns from", "learned from", "learnt from", "learning from"]
rule("ai_training.other_phrasings", "ai_training", "high", AI_TERMS + ["assistant"],
     [{"g": "a", "p": r"\b(?:{{MODEL}}|systems?|assistant|algorithms?|it|they)\s+(?:\w+\s+){0,2}?(?<p>learn(?:s|ed|t|ing)?\s+from)\s+(?:\w+\s+){0,2}?(?:your|users'?|user|customer|people's|the\s+(?:content|data|conversations|feedback|interactions))\b",
       "r": [LEARN_FROM],
       "m": ["Our assistant learns from your feedback to give better answers.",
             "The more you chat with the assistant, the more it learns from your messages.",
             "The algorithm learns from users' ratings."],
       "n": ["Learn from our experts in weekly webinars.",
             "Our AI learns quickly."]},
      {"g": "a", "p": r"\b(?<p>(?:let|allow|help)\w*\s+(?:\w+\s+){1,3}?learn\s+from\s+(?:your|my|users'?|user)\b)",
       "r": [["learn from"]],
       "m": ["Let our AI learn from your chats.", "Allow the model to learn from my edits."],
       "n": ["Let our AI learn from experts.", "Help students learn from your course."]},
      {"g": "b", "p": r"\b(?<p>(?:make|help)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:models?|AI|assistant|LLMs?)\s+(?:get\s+|become\s+)?(?:smarter|better|more\s+\w+|safer|faster))\b",
       "r": [["make", "help"], ["smarter", "better", "more ", "safer", "faster"]],
       "m": ["Your ratings help make our models more helpful.", "Your feedback helps make the assistant smarter."],
       "n": ["Our models are getting better.", "Help make our community safer."]},
      # "...for the development of machine learning models", "training of our AI models"
      {"g": "a", "p": r"\b(?:us(?:e|es|ed|ing)|process\w*|includ\w+|shar\w+|licens\w+|provid\w+)\b[^.;]{0,120}?\b(?:for|in|to)\s+(?:the\s+)?(?:\w+\s+(?:and|&)\s+)?(?<p>(?:development|improvement|training|fine-tuning|enhancement|refinement)\s+of\s+(?:\w+\s+){0,3}?{{MODEL}})",
       "r": [["development of", "improvement of", "training of", "fine-tuning of", "enhancement of", "refinement of"]],
       "m": ["We use your photos for the improvement of our recognition models.",
             "We may share data with partners for the training of AI models."],
       "n": ["We use your photos for the development of new features.",
             "Training of our staff includes privacy lessons."]},
      {"g": "a", "p": r"\b(?<p>(?:training|fine-tuning|retraining|tuning)\s+(?:and\s+\w+\s+)?of\s+(?:\w+\s+){0,3}?{{MODEL}})",
       "r": [["training of", "tuning of", "training and", "tuning and"]],
       "m": ["This data supports the training of our AI models.", "Fine-tuning and evaluation of models uses your chats."],
       "n": ["Training of new staff takes a week.", "Training and support for the model."]},
      {"p": r"\b(?:for|including|such\s+as|e\.g\.,?|like)\s+(?<p>(?:(?:AI|ML|machine[- ]learning|model|LLM)[\s/]+){1,3}training|(?:training|fine-tuning|improving|developing)(?:,?\s+(?:or\s+|and\s+)?(?:training|fine-tuning|improving|developing))*\s+(?:[\w-]+\s+){0,3}?(?:models?|LLMs?|AI\s+(?:models?|systems?)|machine[- ]learning\s+models?))\b",
       "r": [["training", "fine-tuning", "improving", "developing"]],
       "m": ["Use my chats for AI training.", "We use data for purposes such as training models."],
       "n": ["Call recordings may be used for training purposes.", "We use data for purposes such as developing apps."]},
      {"g": "a", "p": r"\b(?<p>(?:us(?:e|es|ed|ing)|includ\w+|shar\w+|provid\w+|contribut\w+))\s+(?:it|them|this|these|your\s+(?:\w+\s+)?{{DATA}}|(?:the|such)\s+{{DATA}})\s+(?:\w+\s+){0,2}?for\s+(?:AI\s+|model\s+)?training\b(?!\s+(?:purposes\s+of\s+)?(?:staff|employees|personnel))",
       "r": [["for training", "for ai training", "for model training"]],
       "m": ["We may use your prompts for model training with the assistant.", "We share these recordings for AI training."],
       "n": ["We use your recordings for training staff.", "Our AI tutor uses these videos for training employees."]},
      {"g": "a", "p": r"\b(?<p>(?:ask|request|tell|instruct)\w*\s+(?:\w+\s+){0,3}?not\s+to\s+(?:train|use\s+(?:\w+\s+){0,3}?(?:to|for)\s+train\w*)(?:\s+(?:on|with))?)\s+(?:\w+\s+)?(?:your|my|their)\b",
       "r": [["not to"]],
       "m": ["You can ask AI companies not to train on your posts.", "Ask the assistant not to train on my chats."],
       "n": ["Ask your manager not to train the model.", "We tell our AI not to answer medical questions."]},
      {"g": "c", "p": r"\b(?<p>(?:opt(?:s|ed|ing)?(?:\s+|-)?out|exclud\w+|remov\w+|withdraw\w*)\s+(?:\w+\s+){0,4}?(?:from|of)\s+(?:\w+\s+){0,2}?(?:(?:AI|model|ML|LLM|generative)\s+){1,2}training)\b",
       "r": [["opt", "exclud", "remov", "withdraw"], combos(["ai", "model", "ml", "llm", "generative"], ["training"])],
       "m": ["You can opt out of AI training in Settings.", "Exclude your site from model training."],
       "n": ["AI training takes weeks.", "Remove a member from the team."]},
      # "help improve our AI by sharing your chats"
      {"g": "b", "p": r"\b(?<p>help\w*\s+(?:us\s+)?(?:to\s+)?(?:improve|train|develop|build)\s+(?:[\w'-]+\s+){0,3}?(?:{{MODEL}}|assistant))\b[^.;]{0,60}?\bby\s+(?:sharing|allowing|letting|contributing|sending|providing|using)\b",
       "r": [["help"], ["by sharing", "by allowing", "by letting", "by contributing", "by sending", "by providing", "by using"]],
       "m": ["Help improve our AI by sharing your voice clips.", "Help improve the app's AI by sharing your interactions.", "You can help improve the assistant by letting us keep your chats.", "Help us train our models by allowing access to your chats."],
       "n": ["Help improve our AI by reporting bugs.", "Help us by sharing the app."]},
      {"p": r"\b(?:analy[sz]\w*|process\w*|us(?:e|es|ed|ing)|review\w*)\s+(?:\w+\s+){0,4}?(?:content|data|information|files|messages|conversations|recordings|images|photos|videos)\s+(?:using|with|through|via|by\s+means\s+of)\s+(?:\w+\s+){0,4}?(?<p>machine[- ]learning|AI|artificial\s+intelligence)\b[^.;]{0,60}?\b(?:to|for|in\s+order\s+to)\s+(?:\w+\s+){0,2}?(?:improv|develop|train|enhanc|refin)\w*",
       "a": [" ai ", " ai-", " ai'", "machine learning", "machine-learning", "artificial intelligence"],
       "m": ["We analyse your photos using machine learning to improve our services.", "We process messages with AI to develop new features."],
       "n": ["We analyse your photos using machine learning to find faces.", "We use AI."]},
      # "we apply machine learning to your content to improve our services"
      {"g": "a", "p": r"\b(?<p>(?:apply|applies|use|uses|using)\s+(?:machine[- ]learning|AI|artificial\s+intelligence)\s+(?:\w+\s+){0,2}?(?:to|on)\s+(?:your|users'?|customer)\s+(?:\w+\s+)?(?:content|data|files|photos|images|documents))\b[^.;]{0,60}?\bto\s+(?:\w+\s+){0,2}?(?:improv|develop|train|enhanc|refin)\w*",
       "a": [" ai ", " ai-", " ai'", "machine learning", "machine-learning", "artificial intelligence"],
       "r": [combos(["apply", "applies", "use", "uses", "using"], ["machine", "ai", "artificial"])],
       "m": ["We apply machine learning to your content to improve our services.", "We use AI on customer documents to develop better tools."],
       "n": ["We apply machine learning to fraud checks.", "We use AI to answer questions."]},
      {"g": "c", "p": r"\b(?<p>licens\w+)\s+(?:\w+\s+){0,4}?(?:content|data|posts|works)\s+(?:\w+\s+){0,3}?to\s+(?:AI|LLM|model|machine[- ]learning)\s+(?:companies|developers|providers|firms|labs)",
       "r": [["licens"], ["companies", "developers", "providers", "firms", "labs"]],
       "m": ["We may license your posts to AI companies that train models.", "We license public content to machine learning developers."],
       "n": ["We license fonts from type foundries.", "AI companies license their models to us."]}],
     "What you type, upload or do may be used to train or improve AI models.",
     [], [],
     unless=U_AI_UI, requires=TRAIN_REQ + ["learn", "smarter", "better", "safer", "more "])

# More families of "your material trains our AI", each with the words it
# needs. Written from how companies phrase it, not from corpus sentences:
#  * the model is the subject and the person's material comes after a clause:
#    "the models behind X are trained on data that includes what you post",
#    "our AI is trained using, among other things, member conversations";
#  * the model's data sources include the users: "our AI systems draw on
#    several sources, including content people share with us";
#  * the material helps the AI learn: "your likes help the algorithm learn";
#  * a purpose that includes machine learning: "improving our services,
#    including through machine learning";
#  * the AI vendors that receive it improve their own systems with it;
#  * people who receive it help train the models: "shared with contractors
#    who help us train our models".
# Someone's own material, said in several ways (after "trained on", "from").
D["USERMAT"] = (r"(?:(?:your|users'?|user|customers'?|customer|members'?|member|people's|subscribers'?)\b"
                r"|(?:from|by|of|with)\s+(?:our\s+)?(?:users|customers|members|people\s+who|(?:people|users|members|customers)\s+like\s+you)\b"
                r"|(?:you(?:'ve|'d)?|users|customers|members|people)\s+(?:\w+\s+)?(?:post|share|upload|provide|submit|create|send|make|made|give)\w*)")
rule("ai_training.more_phrasings", "ai_training", "high", AI_TERMS,
     [{"p": r"\b{{MODEL}}[^.;]{0,60}?\b(?:is|are|was|were|been|be|gets?)\s+(?:\w+\s+)?(?<p>(?:trained|fine-tuned|retrained)\s+(?:\w+\s+)?(?:on|using|with|from)|(?:built|developed)\s+(?:\w+\s+)?(?:on|using|from)|(?:improved|refined|enhanced)\s+(?:\w+\s+){0,2}?(?:using|with|from|based\s+on))\b,?\s+(?:(?!(?:and|but|so|while|whereas|although|not|never)\b)[\w'-]+,?\s+){0,8}?{{USERMAT}}",
       "r": [["trained", "fine-tuned", "retrained", "built", "developed", "improved", "refined", "enhanced"]],
       "m": ["The models that run our search are trained on data that includes the reviews you post.",
             "Our AI models are improved over time using data from people like you.",
             "Our AI is trained using, among other things, de-identified member conversations."],
       "n": ["Our models are trained on licensed books and public web pages.",
             "Our AI was built with privacy in mind, so your data stays yours.",
             "Our models are trained on public data, and your chats stay private."]},
      {"p": r"\b{{MODEL}}\s+(?:\w+\s+){0,2}?(?:use|uses|used|draw\w*\s+(?:on|from)|rel(?:y|ies)\s+on|(?:are|is|were)\s+(?:built|developed|trained)\s+(?:using|from|on|with))\s+(?:\w+\s+){0,4}?(?<p>(?:data\s+)?sources?)\b[^.]{0,200}?{{USERMAT}}",
       "r": [["source"]],
       "m": ["Our generative AI systems draw on several data sources, including content our users share.",
             "Our language models use a mix of sources: licensed text, public pages and conversations with users.",
             "Our AI tools draw on several data sources, including: licensed books; public web pages; and messages from our users."],
       "n": ["Our AI uses sources such as news sites to answer you.",
             "Our models use open data sources."]},
      {"p": r"\b(?:{{DATA}}|it|this|these|they|which|ratings?|likes|thumbs)\s+(?:[\w-]+\s+){0,3}?(?<p>(?:help|let|allow|teach|enabl)\w*\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:{{MODEL}}|assistant|recommendation\s+systems?)\s+(?:to\s+)?learn)\b",
       "r": [["learn"]],
       "m": ["Your ratings help our AI learn what you like.", "The responses you correct teach the model to learn your style."],
       "n": ["Our courses help you learn about AI.", "The AI helps you learn faster."]},
      # "The text you share with the assistant helps us refine our models"
      {"p": r"\b(?:{{DATA}}|it|this|these|they|which|inputs?|conversations?|chats?|prompts?|messages?|recordings?|feedback)\s+(?:[\w-]+\s+){0,6}?(?<p>(?:help|helps|helped|let|lets|allow\w*|enabl\w*)\s+us\s+(?:to\s+)?(?:refine|improve|train|tune|fine-tune|develop|build|make)\s+(?:\w+\s+){0,2}?{{MODEL}})\b",
       "r": [["help", "let", "allow", "enabl"], ["refine", "improve", "train", "tune", "develop", "build", "make"]],
       "m": ["The text you share with the assistant helps us refine the underlying models.",
             "Your chats let us train better language models."],
       "n": ["Your answers help us refine our survey.",
             "Our partners help us train the models on licensed data."]},
      {"p": r"\b(?<p>(?:develop\w*|improv\w+)\b[^.;]{0,100}?\bincluding\s+(?:through\s+|via\s+|by\s+)?(?:the\s+use\s+of\s+)?(?:machine[- ]learning|artificial\s+intelligence|AI\b(?![\w-]|\s+(?:features?|tools?|products?|services?|assistants?))))",
       "a": [" ai ", " ai'", "machine learning", "machine-learning", "artificial intelligence"], "r": [["including"]],
       "m": ["Developing and improving new features and services, including through machine learning.",
             "Improve our apps and keep members safe (including machine learning and automated decisions)."],
       "n": ["We improve our services, including AI features, with your feedback in mind.",
             "Some tools let you develop a draft from your notes, including with the use of AI.",
             "We develop many products, including AI-powered ones."]},
      {"p": r"\b(?:AI|model|LLM|machine[- ]learning)\s+(?:service\s+|technology\s+)?(?:providers?|vendors?|partners?|companies|developers)\s+(?:\w+\s+){0,3}?(?:may|might|can|will|could|to)\s+(?:also\s+)?(?<p>use|retain|process|analy[sz]e)\s+(?:\w+\s+){0,3}?{{DATA}}\b[^.;]{0,60}?\b(?:to|for)\s+(?:\w+\s+){0,2}?(?:train\w*|improv\w+|develop\w*|refin\w+)\b",
       "r": [["provider", "vendor", "partner", "companies", "developer"]],
       "m": ["Our third-party AI providers may use your inputs to improve their services.",
             "Model partners can retain prompts for training their systems."],
       "n": ["Our AI providers are not allowed to use your inputs to improve their services.",
             "AI providers may use your inputs to answer your questions."]},
      {"p": r"\b(?:shar|disclos|provid|send|sent|giv|transfer)\w*\b[^.;]{0,100}?\b(?:who|that|which)\s+(?<p>help\w*\s+(?:us\s+)?(?:to\s+)?(?:train|improve|develop|build|refine|label|annotate)\w*\s+(?:our|the|its|their)\s+(?:[\w-]+\s+){0,2}?{{MODEL}})(?!\s+(?:community|communities|team|events?|news|ethics|policy|strategy|literacy|education))",
       "r": [["who help", "that help", "which help"]],
       "m": ["We may share your conversations with contractors who help us train our models.",
             "Samples are sent to vendors that help label and improve our speech recognition models."],
       "n": ["We share your email with partners who help us deliver your orders.",
             "We send news to members who help us build our AI community."]},
      {"p": r"\b(?:may|might|can|could|will|would|is|are)\s+(?:also\s+)?(?:be\s+)?(?:used\s+as\s+)?(?:part\s+of|added\s+to|included\s+in|put\s+in(?:to)?)\s+(?:the|our|a|its)\s+(?<p>(?:data\s*sets?|datasets?|corpus|corpora)\s+(?:for|of|behind|used\s+(?:to|for)\s+\w+)\s+(?:our|the|its|new|future)\s+(?:[\w-]+\s+){0,2}?{{MODEL}})",
       "R": [["dataset", "data set", "corpus", "corpora"]],
       "m": ["Your images may be used as part of the dataset for our image model.",
             "Posts may be added to the corpus behind our language models."],
       "n": ["We publish the dataset for our research papers.", "Part of the dataset for the model is public data only."]},
      {"p": r"^\W*by\s+(?:sharing|allowing|letting|contributing|sending|providing|using|rating|giving|turning\s+on|enabling)\b[^.;]{0,60}?,\s*you\s+(?:\w+\s+)?(?<p>help\w*\s+(?:us\s+)?(?:to\s+)?(?:improve|train|develop|build|refine)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:{{MODEL}}|assistant))",
       "a": AI_TERMS + ["assistant"], "r": [["help"]],
       "m": ["By sharing your chats, you help improve our AI for everyone.", "By rating answers, you can help train the assistant."],
       "n": ["By sharing the app, you help us grow.", "By using our AI, you help yourself."]},
      # "we train on a mix of licensed data ... and data from people who use our services"
      {"p": r"\b(?:we|it|they)\s+(?:(?:also|may|currently|is|are|was|were|has\s+been|have\s+been|been)\s+)*(?<p>train(?:s|ed)?)\s+(?:(?:our|its|their|the)\s+(?:[\w-]+\s+){0,2}?)?(?:on|using|with)\s+(?:a\s+(?:mix|combination|variety|range)\s+of\s+|several\s+|various\s+)?(?:[\w-]+,?\s+){0,3}?(?:data|content|information|conversations|posts|text|images|recordings|examples|sources)\b[^.;]{0,120}?{{USERMAT}}",
       "a": ["train on", "trained on", "trains on", "train using", "trained using", "train with", "trained with", "trains with"], "R": None,
       "m": ["We train on a mix of licensed data, public data and data from people who use our apps.",
             "It is trained using content that users share publicly."],
       "n": ["We train on licensed data only.", "We train with your team to set up the tool."]},
      # "training data may include information you've made public"
      {"p": r"\b(?<p>training\s+(?:data(?:\s*sets?)?|datasets?|sets?|corpus|corpora))\s+(?:may\s+|can\s+|might\s+|will\s+|also\s+|could\s+|sometimes\s+)*(?:include|includes|including|contain|contains|consist\w*\s+of|draw\w*\s+(?:on|from)|come\w*\s+from)\b[^.;]{0,100}?{{USERMAT}}",
       "a": ["training data", "training set", "training corpus", "training corpora"], "R": None,
       "m": ["Training data may include information you've made public on our platform.",
             "Our training datasets contain posts from our users."],
       "n": ["Training data includes licensed books.", "Our training sessions include your manager."]},
      # "... and this may include training machine learning models"
      {"p": r"\b(?:this|which|that|it)\s+(?:may\s+|can\s+|might\s+|will\s+|could\s+)?(?:also\s+)?includ\w+\s+(?:using\s+(?:it|them|this)\s+(?:to|for)\s+)?(?<p>(?:training|fine-tuning|improving|developing|building)\s+(?:\w+\s+){0,3}?{{MODEL}})",
       "r": [["includ"]],
       "m": ["We analyse the data you provide, and this may include training machine learning models.",
             "We process your recordings, which can include using them for training our speech models."],
       "n": ["This may include training for our staff.", "Our offer includes building AI apps for you."]},
      # the person's own data makes the AI better: "use my data to make AI better"
      {"p": r"\b(?:my|your)\s+(?:\w+\s+){0,2}?{{DATA}}\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:help\s+)?(?<p>make\s+(?:\w+\s+){0,2}?{{MODEL}}\s+(?:better|smarter|safer|more\s+\w+))",
       "r": [["make"], ["better", "smarter", "safer", "more "]],
       "m": ["Use my data to make AI better", "Your voice clips can help make speech recognition more accurate."],
       "n": ["We make AI more accessible.", "Use our AI to make your data more useful."]},
      # a consent switch: "Allow us to use my content for AI"
      {"p": r"\b(?<p>us(?:e|ing)\s+(?:my|your)\s+(?:\w+\s+){0,2}?{{DATA}}\s+(?:for|in)\s+(?:AI|artificial\s+intelligence|machine[- ]learning|generative\s+AI)(?:\s+(?:purposes|research|development))?)\W*$",
       "r": [["use my", "use your", "using my", "using your"]],
       "m": ["Allow us to use my content for AI", "Let the company use your recordings for machine learning purposes."],
       "n": ["Use my content for AI features", "Using your data for AI, we personalise your feed."]}],
     "What you type, upload or do may be used to train or improve AI models.",
     [], [],
     unless=U_AI_UI + [r"(?:\bnot|n't|\bnever|\bprohibit\w*|\bforbid\w*|\bbarred|\brestrict\w*)\b[^.;]{0,40}?\b(?:use|retain|process|analy[sz]e|train\w*|learn)\b",
                       r"\bnot\s+(?:on|using|with|from)\s+(?:\w+\s+){0,2}?(?:your|users?'?|customers?'?|members?'?)\b"],
     requires=TRAIN_REQ + ["learn", "trained", "built", "developed", "source", "make", "including", "machine learning", "artificial intelligence", " ai "])

# Fifth pass, phrasings written from meaning (each found missing by sentences
# written for the purpose, not taken from a corpus):
#  * a named engine that is a model: "to improve our translation engine";
#  * material used "for machine learning purposes" (passive);
#  * material that "feeds" or "shapes" the next version of a model;
#  * a model that learns from "information our users provide";
#  * a purpose "including training our AI models";
#  * material "you share with our AI features", used to improve them;
#  * interactions with "the bot", used to refine it.
ENGINES = r"(?:translation|transcription|speech[- ]to[- ]text|dictation|recommendation|recognition)\s+engines?"
rule("ai_training.phrasings_5", "ai_training", "high", AI_TERMS,
     [{"g": "a", "p": r"\b(?:us(?:e|es|ed|ing)|analy[sz]\w*|process\w*)\b[^.;]{0,100}?\bto\s+(?:help\s+(?:us\s+)?)?(?<p>(?:train|improv|refin|develop|fine[- ]?tun|enhanc)\w*\s+(?:and\s+\w+\s+)?(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?" + ENGINES + r")\b",
       "a": ["translation engine", "transcription engine", "speech-to-text engine", "speech to text engine", "dictation engine",
             "recommendation engine", "recognition engine"],
       "r": [["train", "improv", "refin", "develop", "tun", "enhanc"]],
       "m": ["The text you submit for translation may be used to improve our translation engine.",
             "Customer audio is used to train the speech-to-text engine."],
       "n": ["We use a translation engine from a partner to translate your messages.",
             "We use your listening history to improve your recommendations from our recommendation engine."]},
      {"g": "b", "p": r"\b{{DATA}}\b[^.;]{0,80}?\b(?:be|is|are|being)\s+(?<p>(?:used|processed|analy[sz]ed)\s+for\s+(?:the\s+purposes?\s+of\s+)?(?:(?!using\b|with\b|by\b|through\b|via\b)[\w-]+,?\s+){0,3}?(?:(?:and|or)\s+)?machine[- ]learning)\b(?!\s+(?:to\s+)?(?:detect|prevent|identify|flag|filter|block|fight))",
       "a": ["machine learning", "machine-learning"],
       "r": [["used for", "processed for", "analysed for", "analyzed for"]],
       "m": ["Data you provide through the service may be used for machine learning purposes.",
             "Your recordings are processed for research and machine learning."],
       "n": ["Your messages are processed for spam detection using machine learning.",
             "Machine learning is used for fraud checks."]},
      {"g": "c", "p": r"\b(?:{{DATA}}|anything|everything|what)\b[^.;]{0,60}?\b(?:may|might|can|could|will|would|also|helps?)\s+(?:also\s+)?(?:help\s+)?(?<p>(?:feed|shape)\s+(?:into\s+)?(?:the\s+next\s+(?:version|generation|release)s?\s+of\s+|future\s+(?:versions|generations|releases)\s+of\s+)?(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?{{MODEL}})(?!\s+(?:roadmap|strategy|polic(?:y|ies)|principles|team|ethics|governance))",
       "r": [["feed", "shape"]],
       "m": ["Anything you type into the editor may feed the next version of our writing model.",
             "Your ratings help shape future versions of our AI."],
       "n": ["Your feedback may shape our AI roadmap.",
             "We feed your cat when you are away."]},
      {"g": "d", "p": r"\b{{MODEL}}\s+(?:\w+\s+){0,2}?(?<p>learn(?:s|ed|t)?\s+from)\b[^.;]{0,100}?\b(?:information|data|content|material|text)\s+(?:that\s+)?(?:our\s+)?(?:users|customers|members|people|you)\s+(?:\w+\s+)?(?:provide|share|submit|post|upload|give|create)",
       "r": [["learn"]],
       "m": ["Our models learn from publicly available information, licensed data and information that our users provide."],
       "n": ["Our models learn from data that researchers provide.",
             "Our models learn from public sources, not from what you share."]},
      {"g": "e", "p": r"\bincluding\s+(?:by\s+|through\s+|for\s+)?(?<p>(?:training|fine-tuning|retraining)(?:\s+(?:and|or)\s+(?:improving|developing|refining|evaluating))?\s+(?:of\s+)?(?:our|its|the\s+company's)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?{{MODEL}})",
       "r": [["including"]],
       "m": ["Develop and improve our Services, including training our artificial intelligence models."],
       "n": ["We offer courses, including training for users of our AI tools.",
             "Our team works on many things, including the training room."]},
      {"g": "f", "p": r"\b(?:us(?:e|es|ed|ing)|analy[sz]\w*|process\w*)\s+(?:\w+\s+){0,3}?{{DATA}}\s+(?:(?:that|which)\s+)?(?:you|users?|people)\s+(?:\w+\s+)?(?:share|submit|provide|enter|send|give|type)\w*\s+(?:with|to|in|into|through|via)\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?{{MODEL}}[^.;]{0,80}?\bto\s+(?:help\s+(?:us\s+)?)?(?<p>(?:improv|train|develop|refin|enhanc)\w*)",
       "r": [["share", "submit", "provide", "enter", "send", "give", "type"]],
       "m": ["We may use data that you share with our AI features, such as prompts, to improve those features."],
       "n": ["We use the data you share with our AI features to answer your questions."]},
      {"g": "h", "a": AI_TERMS + ["assistant"], "p": r"\b(?<p>help\w*\s+(?:us\s+)?(?:train|improve|teach)\s+(?:our|the|its)\s+(?:[\w-]+\s+)?(?:assistant|{{MODEL}}))\s+(?:with|using|by\s+(?:sharing|adding|giving))\s+(?:\w+\s+)?(?:your|my)\b",
       "r": [["help"]],
       "m": ["Help train our assistant with your voice clips", "Help improve the AI by sharing your edits."],
       "n": ["Help our team train new staff with your stories.", "Help train our team with your expertise."]},
      {"g": "g", "p": r"\b(?:us(?:e|es|ed|ing)|analy[sz]\w*)\s+(?:\w+\s+){0,3}?{{DATA}}\s+(?:with|to)\s+(?:the|our|its)\s+(?:chat)?bots?\b[^.;]{0,60}?\bto\s+(?<p>(?:improv|train|refin|enhanc)\w*\s+(?:it|its|the\s+bot|our\s+bot|the\s+chatbot))",
       "a": [" bot ", " bots ", "chatbot"],
       "m": ["We may use your interactions with the bot to refine its responses."],
       "n": ["We use your messages to the bot to answer you."]},
      # sixth pass (own sentences the packs missed):
      #  * "our models are trained in part on data provided by users";
      #  * training as the subject: "model training uses a sample of user chats";
      #  * a model named, then what trained it: "machine learning, trained on your activity";
      #  * "the questions you ask are used to retrain it".
      {"g": "i", "p": r"\b{{MODEL}}[^.;]{0,60}?\b(?:is|are|was|were|been|be)\s+(?<p>(?:trained|fine-tuned|retrained))\s+(?:in\s+part|partly|partially|largely|mainly|primarily|mostly|among\s+other\s+things),?\s+(?:on|using|with|from)\s+(?:(?!(?:and|but|so|while|not|never)\b)[\w'-]+,?\s+){0,8}?{{USERMAT}}",
       "r": [["in part", "partly", "partially", "largely", "mainly", "primarily", "mostly", "among other"]],
       "m": ["Our models are trained in part on data provided by users of our services.",
             "Our AI is trained partly on conversations from our users."],
       "n": ["Our models are trained in part on licensed data.",
             "Our models are trained mostly on public text, not on your messages."]},
      {"g": "i", "p": r"\b(?<p>(?:model|AI|machine[- ]learning|algorithm)\s+(?:training|fine-tuning|retraining|improvement|development))\s+(?:may\s+|can\s+|will\s+|also\s+|sometimes\s+)*(?:uses?|draws?\s+(?:on|from)|relies\s+on|includes?|involves?)\s+(?:[\w-]+\s+){0,4}?{{USERMAT}}",
       "a": ["model training", "model fine-tuning", "model retraining", "model improvement", "model development",
             "ai training", "ai development", "ai improvement", "learning training", "algorithm training", "algorithm development"],
       "m": ["Model training uses a subset of user conversations.",
             "AI development may draw on content your team uploads."],
       "n": ["Model training uses licensed data only.",
             "Model training involves a lot of computing power."]},
      {"g": "i", "p": r"\b{{MODEL}},\s+(?<p>(?:trained|fine-tuned|retrained))\s+(?:\w+\s+)?(?:on|using|with|from)\s+(?:\w+\s+){0,3}?{{USERMAT}}",
       "a": ["trained on", "trained using", "trained with", "trained from", "fine-tuned on", "retrained on"],
       "m": ["We use machine learning, trained on your past activity and that of other users, to rank results."],
       "n": ["We use machine learning, trained on public data, to rank results."]},
      {"g": "j", "p": r"\b(?:{{DATA}}|questions|requests|queries|answers|corrections|ratings|edits)\b[^.;]{0,80}?\b(?:be|is|are|being)\s+(?:also\s+|then\s+)?(?<p>used\s+to\s+(?:help\s+)?retrain)\b(?!\s+(?:our\s+|the\s+|your\s+|its\s+)?(?:staff|employees|team|personnel|agents|workers|people|drivers|couriers))",
       "a": ["retrain"],
       "m": ["Questions you ask the help bot are used to retrain it.",
             "Your corrections may be used to retrain the transcription model."],
       "n": ["Reports of rude replies are used to retrain our support staff.",
             "Questions you ask are used to answer you."]}],
     "What you type, upload or do may be used to train or improve the company's AI.",
     [], [],
     unless=U_AI, requires=TRAIN_REQ + ["feed", "shape", "learn", "machine learning", "machine-learning"])

# An opt-out that names model training is also about training (labeling
# rule: the use an opt-out refuses is named): "Turn off model training",
# "Stop using my chats to improve the AI".
rule("ai_training.named_in_opt_out", "ai_training", "high", ["training", "train", "improv"],
     [r"\b(?<p>(?:turn|switch|toggle)(?:s|ed|ing)?\s+off\s+(?:the\s+)?(?:(?:AI|model|ML|LLM|third[- ]party)\s+){1,2}(?:training|improvement))\b",
      r"\b(?<p>(?:stop|disable|pause|prevent|block)\w*\s+(?:\w+\s+){0,2}?(?:using|use\s+of)\s+(?:my|your)\s+(?:\w+\s+){0,2}?{{DATA}}\s+(?:for|to)\s+(?:AI\s+|model\s+)?(?:train\w*|improv\w+\s+(?:our\s+|the\s+|its\s+)?(?:AI|models?)))"],
     "This switch is about using your content to train AI models.",
     ["Turn off model training", "Stop using my chats for training.",
      "You can switch off AI training in your account."],
     ["Turn off training videos", "Stop using my card for payments.",
      "If you turn off model training, new chats are not used.",
      "Can I turn off model training?"],
     unless=U_NOT_OURS + ["{{QUESTION}}", r"\b(?:if|when|once|after|should)\s+(?:you\s+)?(?:\w+\s+){0,3}?(?:turn|switch|toggl|stop|disabl|paus)\w*"],
     requires=["off", "stop", "disabl", "pause", "prevent", "block"])

# Consent switches and check boxes of AI products, in the imperative ("Share
# voice clips to improve the assistant", "Your chats train the model"). A list
# of forbidden uses starts with a bare verb too ("Use the content to train a
# model"), so here the object is the person's kind of material and the target
# the company's own AI; the rule keeps every other cancelling pattern.
U_AI_SWITCH = [u for u in U_AI_UI if u != U_NOT_OURS[2]]
rule("ai_training.consent_switch", "ai_training", "high", AI_TERMS + ["assistant"],
     [{"p": r"^\W*(?<p>(?:share|send|contribute|donate|use|include|allow|let\s+us\s+use|save|store|keep|collect)\s+(?:my\s+|your\s+|our\s+)?(?:anonymous\s+|anonymi[sz]ed\s+|de-?identified\s+)?(?:(?!(?:the|any|this|that|such|a|an)\b)[\w-]+\s+){0,2}?{{DATA}}(?:\s+(?:and|&|or)\s+(?:[\w-]+\s+)?{{DATA}})?\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?:help\s+)?(?:improv|train|develop|refin|fine-tun|teach)\w*\s+(?:(?:our|the|its|\w+'s)\s+)?(?:(?!(?:a|an|any|competing|other|rival|similar)\b)[\w-]+\s+){0,2}?(?:{{MODEL}}|assistant))",
       "r": [["share", "send", "contribute", "donate", "use", "include", "allow", "let us", "save", "store", "keep", "collect"]],
       "m": ["Share audio recordings to improve the assistant", "Send anonymised usage data to help train our AI models",
             "Save my voice clips to help improve speech recognition",
             "Send your prompts and completions to help improve code suggestions", "Collect data to improve AI features"],
       "n": ["Share usage data to help improve the app", "Use the content to train a competing model.",
             "Use content from the site to train any AI model"]},
      {"p": r"\b(?:my|your|users'?)\s+(?:[\w-]+\s+){0,2}?{{DATA}}\s+(?:can\s+|may\s+|will\s+|help\s+|also\s+)?(?<p>(?:train|teach|improve|fine-tune)s?\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?(?:{{MODEL}}|assistant))\b",
       "r": [["train", "teach", "improve", "fine-tune"]],
       "m": ["Your chats train the model", "Your voice recordings may improve our speech recognition."],
       "n": ["Your trainer can teach the AI class.", "Our chats train the staff"]},
      {"p": r"^\W*(?<p>(?:\w+\s+(?:and|&)\s+)?(?:train|fine-tune|teach|improve)\s+(?:\w+\s+){0,2}?{{MODEL}}\s+(?:with|on|using|from)\s+(?:my|your)\b)",
       "r": [["train", "fine-tune", "teach", "improve"]],
       "m": ["Train AI with my writing", "Fine-tune the model on your past chats", "Personalise and improve our AI with my data"],
       "n": ["Train AI with public books", "Teach the model with examples you write yourself? No."]},
      {"p": r"\b(?:{{DATA}})\s+(?:being\s+|to\s+be\s+|is\s+|are\s+)?(?<p>used\s+for\s+(?:generative\s+)?AI)\b(?![\w-])(?=\W*$|\s+(?:at|by|training|development|improvement|research|models?|purposes)\b)",
       "r": [["used for"]],
       "m": ["Object to your information being used for AI", "Allow my posts to be used for AI development"],
       "n": ["Your data is used for AI features you turn on.", "Your photos are used for AI editing."]},
      {"p": r"\b(?<p>(?:allow|let|permit)\w*\s+(?:(?:[\w-]+\s+){1,2}(?:and|&|or)\s+)?(?:AI|LLM|model|machine[- ]learning)\s+(?:companies|developers|providers|firms|labs|crawlers|bots)\s+(?:to\s+)?(?:use|access|crawl|scrape|read|copy|train\s+on|learn\s+from))\b",
       "r": [["allow", "let", "permit"], ["companies", "developers", "providers", "firms", "labs", "crawlers", "bots"]],
       "m": ["Allow AI companies to use my work", "You can let AI crawlers access your posts.", "Let search engines and AI bots read my posts"],
       "n": ["Allow AI features to use your location", "AI companies let you use their models."]},
      {"p": r"^\W*(?<p>(?:allow|enable|permit)\s+(?:the\s+)?(?:collection|use|sharing|storage)\s+of\s+(?:(?!public\b|licensed\b|synthetic\b)[\w-]+\s+)?training\s+data)\b",
       "a": ["training data"],
       "m": ["Allow the collection of training data", "Enable the use of anonymous training data from your sessions"],
       "n": ["Allow the collection of usage data", "We allow the use of public training data only."]}],
     "This setting lets the company use your content to train or improve its AI.",
     [], [],
     unless=U_AI_SWITCH, requires=TRAIN_REQ + ["teach", "used for", "allow", "let", "permit"])

# Short labels of settings and purpose lists ("Model improvement", "AI
# training on your chats", "Improve our AI: on"): they state the practice in
# a switch or a list, but as a heading they only name a topic.
rule("ai_training.short_label", "ai_training", "high", AI_TERMS + ["assistant"],
     [r"^\W*(?<p>(?:(?:AI|model|LLM)\s+)(?:training|improvement)(?:\s+(?:on|with|using)\s+(?:\w+\s+){0,2}?\w+)?)\W*$",
      r"^[^.;]{0,40}?\b(?<p>(?:AI|model|ML|LLM)\s+(?:model\s+)?(?:training|improvement))\b[^.;]{0,30}$",
      r"^\W*(?<p>(?:help\s+(?:us\s+)?)?improv\w*\s+(?:our\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:AI|models?|LLMs?|assistant)\b)(?:[^.;]{0,30}$|\s*[:\-]|\s+by\s+|[^.;]{0,20}?\s+by\s+(?:sharing|allowing|letting|sending|contributing|providing))",
      # a switch named for the training itself: "Content training"
      {"p": r"^\W*(?<p>(?:allow\s+|enable\s+)?(?:content|data|chat|conversation|prompt)s?\s+(?:used\s+for\s+)?training)\W*$",
       "a": ["training"], "r": [["content", "data", "chat", "conversation", "prompt"]],
       "m": ["Content training", "Allow chat training"],
       "n": ["Data training for staff", "Content training sessions"]}],
     "What you type, upload or do may be used to train or improve AI models.",
     ["Model improvement",
      "Improve AI for everyone by sharing your voice notes",
      "AI training on your chats",
      "Improve the assistant: on"],
     ["Our approach to AI safety",
      "Model improvement is paused for all accounts this month, so nothing you send is used."],
     unless=U_AI_UI, requires=TRAIN_REQ, fragment=True)

rule("ai_training.named_assistant", "ai_training", "high", ASSISTANTS,
     [r"(?-i:\b(?<p>(?i:improv\w+|train\w*|develop\w*|fine[- ]?tun\w+|power\w*))\b[^.;]{0,40}?\b(?:Claude|Gemini|ChatGPT|Copilot|Siri|Alexa|Grok|Llama|Cortana|Bixby|Meta\s+AI|My\s+AI|Perplexity|Mistral|Le\s+Chat|DALL-E|Midjourney|Firefly))\b"],
     "What you say to this assistant may be used to improve it.",
     ["Audio samples may be used to improve Siri and Dictation.",
      "If you allow us to use your chats to improve Claude, we keep them longer."],
     ["Ask Siri to set a timer.",
      "Gemini can draft emails for you."],
     unless=U_AI_UI, requires=TRAIN_REQ)

rule("ai_training.train_products", "ai_training", "high", TRAIN_STRONG,
     [r"\b(?<p>{{TRAINSTRONG}})\s+(?:and\s+\w+\s+)?(?:our|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:products|services|systems|technolog(?:y|ies)|tools|features|Services|platform)\b",
      {"g": "b", "p": r"\b(?<p>(?:use|share|allow|contribute|donate|include)\s+(?:\w+\s+){0,2}?(?:my|your)\s+(?:[\w-]+\s+){0,2}?{{DATA}}\s+(?:to\s+be\s+used\s+)?(?:for|in)\s+(?:(?:AI|model|ML)\s+){0,2}training)\b(?!\s+(?:purposes|staff|employees|our\s+staff))", "r": [["training"], ["my", "your"]],
       "m": ["Use my chats for training.", "Allow your conversations to be used for AI training.", "Allow the firm to use my de-identified voice notes for training"],
       "n": ["Use my chats for training staff.", "Share your training plan with a coach."]},
      {"g": "b", "p": r"\b(?:prompts?|conversations?|chats?|code|snippets?|inputs?|outputs?|completions?|queries|generations?)\s+(?:\w+\s+){0,5}?(?<p>used)\s+(?:for|in)\s+(?:\w+\s+)?training\b(?!\s+(?:purposes\s+of\s+)?(?:staff|employees|personnel))", "r": [["used for", "used in"], ["training"]],
       "m": ["Code snippets you write may be used for model training.", "Prompts are used in training."],
       "n": ["Prompts are used for answering you.", "Chats are used in training staff."]},
      {"g": "a", "p": r"\b(?<p>(?:allow|enable|permit|let)\w*\s+(?:\w+\s+){0,2}?(?:train\w*|fine-?tun\w*)\s+on\s+(?:my|your)\b)", "r": [[" on my", " on your"]],
       "m": ["Allow us to train on my photos.", "You can let us train on your designs."],
       "n": ["Allow the app to use my photos.", "Let us train on public data."]},
      {"g": "a", "p": r"^\W*(?<p>(?:allow\s+)?(?:AI\s+|model\s+)?training\s+on\s+(?:my|your)\s+\w+|train\s+(?:\w+\s+){0,2}?on\s+(?:my|your)\s+(?:[\w-]+\s+){0,2}?\w+|product\s+improvement\s+and\s+(?:\w+\s+)?training)\W*$", "r": [[" on my", " on your", "product improvement"]],
       "m": ["Allow training on my content", "Product improvement and model training", "Train on my workspace content"],
       "n": ["Training on our platform", "Allow training videos"]},
      {"g": "a", "p": r"\b(?<p>(?:training|train)\s+(?:and|or|&)\s+fine[- ]?tun\w*|fine[- ]?tun\w*\s+(?:and|or|&)\s+train\w*)\b", "a": ["train"], "r": [["fine-tun", "fine tun", "finetun"]],
       "m": ["We may use your chats for training and fine-tuning.", "Fine-tuning or training on your data is off."],
       "n": ["Fine-tune your settings.", "Training and support are included."]},
      # a setting that names the training it refuses: "Minimize third-party training"
      r"^\W*(?<p>(?:block|prevent|disallow|stop|exclude\s+(?:\w+\s+){0,2}?from|limit|minimi[sz]e|opt\s+out\s+of)\s+(?:third[- ]party\s+|AI\s+|model\s+)*training)\W*$",
      {"g": "a", "p": r"\b(?<p>opt(?:s|ed|ing)?(?:\s+|-)?out\s+of\s+(?:\w+\s+){0,2}?training)\b(?!\s+(?:of\s+)?(?:staff|employees|courses?|sessions?|programs?))", "r": [["out of"]],
       "m": ["You can opt out of training in your settings.", "Users who opted out of model training keep their chats private."],
       "n": ["You can opt out of training sessions for staff.", "Opt out of marketing emails."]},
      # a licence that names training: "...a licence to use Your Content to train"
      {"g": "a", "p": r"\b(?<p>(?:licen[cs]e|right)\s+(?:\w+\s+){0,3}?to\b[^.]{0,250}?(?:\bto\s+|\(\w\)\s+|,\s+)(?:train|fine[- ]?tune)\w*)\b", "r": [["licen", "right"]],
       "m": ["You grant us a royalty-free licence to use and reproduce Your Content and to train our tools.",
             "We have the right to copy, modify, and train our systems on anything you post."],
       "n": ["You have the right to train with a coach.", "Our licence lets you use the app."]}],
     "What you type, upload or do may be used to train the company's systems.",
     ["We may use what you submit to train our services.",
      "Minimize third-party training"],
     ["We train our customer service team every quarter.",
      "Training courses are available to all staff.",
      "Call recordings may be used for training purposes."],
     unless=U_AI_UI)

rule("ai_training.product_improvement_ai_setting", "ai_training", "high", ["product improvement", "for everyone"],
     [r"\b(?<p>(?:allow|let|permit|use|using|share|sharing)\s+(?:\w+\s+){0,3}?(?:my|your)\s+(?:\w+\s+){0,3}?(?:code|snippets?|prompts?|chats?|conversations?|completions?|suggestions?|voice\s+recordings?|queries|content))\b[^.;]{0,80}?\bproduct\s+improvements?\b",
      r"\b(?<p>improve\s+(?:the|our)\s+(?:AI\s+|assistant|language\s+)?models?\s+for\s+everyone)\b",
      r"^\W*(?<p>(?:help\s+(?:us\s+)?)?improve\s+[\w' -]{1,30}?\s+for\s+everyone)\W*$"],
     "In an AI assistant's settings, 'product improvement' means your prompts or code can be used to improve its models.",
     ["Allow us to use my code snippets for product improvements.",
      "Improve the model for everyone"],
     ["Allow us to email me about product improvements.",
      "We use crash reports for product improvements.",
      "Uncheck \"Improve the model for everyone\"."],
     unless=U_NOT_OURS + [TURNED_OFF, r"\bdisable\b"])

rule("ai_training.default_unless_opt_out", "ai_training", "high", ["automatically", "by default", "enrolled"],
     [r"\b(?<p>(?:automatically|by\s+default)\s+(?:\w+\s+){0,3}?(?:included|enrolled|opted[- ]in|enabled|turned\s+on|on|part\s+of)|(?:included|enrolled|opted[- ]in|enabled|on)\s+(?:automatically|by\s+default))\b"],
     "Using your content for AI is switched on unless you turn it off.",
     ["All accounts are automatically enrolled in the AI training program unless you opt out.",
      "Sharing chats to improve our models is on by default."],
     ["Model training is off by default.",
      "Dark mode is enabled by default."],
     unless=[r"\b(?:off|disabled|opted\s+out|excluded)\s+by\s+default\b", r"\b(?:not|never|n't)\s+(?:\w+\s+){0,3}?(?:enabled|on|included|enrolled)\b", "{{QUESTION}}"],
     suppresses=["no_ai_training"], requires=AI_TERMS + ["train"])

CARVE = r"[^.;]{0,80}?\b(?<p>with\s+the\s+exception\s+of|except\s+(?:for|when|where|to|in|as|that|if)|other\s+than|apart\s+from|besides|unless\s+(?:it\s+is|they\s+are|the\s+(?:content|conversation|chat)s?\s+(?:is|are)|(?:it|they)\s+(?:\w+\s+)?(?:flagged|reported)|you\s+(?:\w+\s+)?(?:report|flag|submit|send|give)\w*\s+(?:\w+\s+){0,2}?(?:feedback|it|them|us|the)))\b"
CARVE_PATTERNS = [r"{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|analy[sz]\w*|process\w*)\b[^.;]{0,150}?{{TRAINPHRASE}}" + CARVE,
                  r"{{NEG}}\s+(?:\w+\s+){0,4}?(?:be\s+|been\s+)?{{TRAINSTRONG}}\b" + CARVE]
CARVE_UNLESS = U_NOT_OURS + [r"\bexcept\s+(?:as|where|when)\s+(?:\w+\s+){0,2}?(?:required|permitted|necessary|described)\b"]
rule("ai_training.except_carve_out", "ai_training", "high", AI_ANCHORS, CARVE_PATTERNS,
     "A promise not to train on your content has a carve-out: some of it is still used.",
     ["We will not use your lessons to improve our generative models, except for features core to the service.",
      "Your content is not used to train our models with the exception of content you mark as public.",
      "We do not train on your chats unless you send us feedback on a response."],
     ["We will not use your lessons to improve our generative models.",
      "We do not train on your chats unless you opt in.",
      "Except for cookies, we do not train any models."],
     unless=CARVE_UNLESS, suppresses=["no_ai_training"], requires=CARVE_REQ)

rule("opt_out_exception.training_carve_out", "opt_out_exception", "medium", AI_ANCHORS, CARVE_PATTERNS,
     "A promise not to use your content for AI has exceptions.",
     ["We will not use your designs to train our models, except for designs you publish to the gallery.",
      "Your content is not used to improve our AI models other than for abuse detection."],
     ["We will not use your designs to train our models.",
      "Other than that, we never train models."],
     unless=CARVE_UNLESS, requires=CARVE_REQ)

U_NO_AI = U("NO_AI", [
    # "email us to have your data excluded from training": a request, not a promise
    r"\bhave\s+(?:your|my|their)\s+(?:[\w-]+\s+){0,3}?(?:excluded|removed|omitted|withheld)\b",
    # "if you turn it off, we will not train on new chats": the effect of an opt-out
    r"\b(?:once|after|if|when|where)\s+(?:you|an?\s+\w+|the\s+user|users)\s+(?:have\s+|has\s+)?(?:\w+\s+){0,2}?{{OPTOFFV}}",
    r"\b(?:choos\w+|opt\w*|elect\w*|ask\w*|request\w*|prefer\w*|want\w*|wish\w*|decid\w+|tell\s+us)\s+(?:\w+\s+){0,4}?(?:not|n't)\b",
    r"\b(?:do\s+not|don't|does\s+not|doesn't)\s+(?:want|wish|like)\b",
    r"(?:^\W*|[\"']\s*)(?:do\s+not|don't)\s+train\s+on\s+(?:my|our)\b",
    r"\bwith\s+the\s+exception\s+of\b|\bexcept\b|\bother\s+than\b",
    r"\b(?:you|users?)\s+(?:may|shall|must|will|agree)\s+(?:\w+\s+){0,2}?(?:not|never)\b",
    r"\b(?:you|users?|customers?)\s+(?:are|is)\s+(?:\w+\s+)?(?:prohibited|forbidden|not\s+(?:allowed|permitted))\b",
    r"^\W*(?:please\s+)?(?:do\s+not|don't)\s+(?:share|post|upload|use|submit|include|enter|copy|claim)\b",
    r"\b(?:train\w*|educat\w+)\s+(?:our|its|their|the)?\s*(?:staff|employees|personnel|workforce|agents|representatives|volunteers|support\s+team|team\s+members)\b",
    r"{{QUESTION}}"])

rule("no_ai_training.denial", "no_ai_training", "info", AI_ANCHORS + TRAIN_STRONG,
     [r"(?<p>{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|fine[- ]?tun\w+|analy[sz]\w*|process\w*|shar\w*|provid\w*|sell\w*|licens\w*|allow\w*|permit\w*|feed\w*|includ\w*|access\w*|appear\w*|leverag\w*))\b{{CLAUSEGAP}}{0,150}?{{TRAINPHRASE}}",
      # "we do not train our models on your content", "never trained on"
      {"g": "a", "p": r"(?<p>{{NEG}}(?!\s+to\s)\s+(?:(?!(?:opted|opt)\b)\w+\s+){0,4}?(?:be\s+|been\s+|being\s+)?{{TRAINSTRONG}})\b(?=[^.;]{0,80}?(?:\b(?:on|with|using|from)\s+(?:\w+\s+){0,3}?(?:your|user|users'?|customer|customers'?|members'?|personal|private|{{DATA}})\b|{{MODEL}}))", "r": [TRAIN_STRONG],
       "m": ["We do not train our models on your content.", "Models are never trained on your workspace content."],
       "n": ["We do not train our support staff on live calls.", "If you opt out, your chats will not be used."]},
      {"g": "a", "p": r"\b(?<p>(?:none\s+of|no)\s+(?:\w+\s+){0,4}?(?:is|are|will\s+(?:ever\s+)?be|gets?|get|ever\s+gets?)\s+(?:ever\s+)?(?:used|shared|included|fed))\b[^.;]{0,100}?(?:{{TRAINPHRASE}}|\b(?:for|in|to)\s+(?:AI\s+|model\s+)?train(?:ing)?\b)", "r": [["used", "shared", "included", "fed"]],
       "m": ["None of your recordings are used to train our AI.", "No customer data is ever fed into model training."],
       "n": ["No data is used to train staff.", "None of your files are shared with partners."]},
      {"g": "b", "p": r"(?<p>(?:\b(?:not|never)|n't)\s+(?:be\s+)?used\s+(?:for|in|to)\s+(?:any\s+)?(?:\w+\s+(?:or|and|,)\s+){0,3}?(?:AI\s+|model\s+|ML\s+)?train(?:ing)?)\b(?!\s+(?:of\s+)?(?:staff|employees|personnel|our\s+staff))", "r": [["used"], TRAIN_STRONG],
       "m": ["Customer data is not used to train, fine-tune or improve any models.", "Your chats will never be used for AI training."],
       "n": ["Your chats will never be used for training our staff.", "Your data is not used for advertising."]},
      {"p": r"(?<p>{{NEG}}\s+(?:\w+\s+){0,4}?(?:feed|fed|send|sent|share|shared|provide|submit|upload|pass)\w*)\s+(?:\w+\s+){0,4}?(?:to|into|with)\s+(?:any\s+|third-party\s+|external\s+|the\s+|other\s+)?(?:AI|LLMs?|large\s+language)\b", "a": [" ai ", " ai-", " ai'", "llm", "large language"],
       "m": ["We never send your messages to any AI provider.", "Your documents are not shared with third-party LLMs."],
       "n": ["We never send your messages to advertisers.", "We send your messages to our AI assistant."]},
      {"g": "a", "p": r"\b(?<p>no\s+(?:AI\s+|model\s+|ML\s+|LLM\s+)?training\s+on\s+(?:your|customer|user|any)|no\s+(?:AI\s+|model\s+|ML\s+|LLM\s+)training)\b", "r": [combos(["no"], ["training", "ai training", "model training", "ml training", "llm training"])],
       "m": ["No AI training on your data.", "There is no model training on customer content."],
       "n": ["No training is needed to use the app.", "AI training videos are free."]},
      # "Neither we nor our providers use your prompts for training"
      {"p": r"\b(?<p>neither\s+(?:we|us|[\w-]+)\s+nor\s+(?:\w+\s+){0,3}?(?:use|uses|train|trains|share|shares|feed|feeds)\b)[^.;]{0,100}?(?:{{TRAINPHRASE}}|\b(?:for|in|to)\s+(?:AI\s+|model\s+)?train(?:ing)?\b)", "a": ["neither"],
       "m": ["Neither we nor our providers use your prompts for training.",
             "Neither the company nor its partners feed your files into AI training."],
       "n": ["Neither we nor our providers sell your prompts.", "Neither we nor you can train the staff alone."]},
      {"g": "b", "p": r"\b(?<p>(?:do|does|will|would)\s+not\s+(?:work|partner|contract)\s+with)\b[^.;]{0,100}?\b(?:train\w*|fine[- ]?tun\w+)\b", "r": [["not work", "not partner", "not contract"], TRAIN_STRONG],
       "m": ["We do not work with companies that train AI models on your data.", "We will not partner with model makers to train on your content."],
       "n": ["The app does not work with older AI models.", "We work with partners who train our models."]},
      {"g": "a", "p": r"(?<p>(?:\b(?:not|never)|n't)\s+use\s+(?:any\s+)?(?:form\s+of\s+)?(?:machine[- ]learning|AI|artificial\s+intelligence))\b[^.;]{0,60}?\b(?:to|on)\s+(?:process|analy[sz]e|scan|read)\w*\b", "a": [" ai ", " ai-", " ai'", "machine learning", "machine-learning", "artificial intelligence"], "r": [["not use", "never use", "n't use"]],
       "m": ["We do not use AI to read your messages, and we never train models on them.", "We never use machine learning to scan your files for training."],
       "n": ["We use AI to scan your files and train models.", "We do not use AI for training."]},
      {"g": "b", "p": r"\b(?<p>(?:excluded|exempt|removed|withheld)\s+from)\s+(?:\w+\s+){0,3}?(?:model\s+|AI\s+|ML\s+)?training\b", "r": [["excluded from", "exempt from", "removed from", "withheld from"], ["training"]],
       "m": ["Enterprise workspaces are excluded from model training.", "Your chats are excluded from AI training."],
       "n": ["Your chats are used for model training.", "Your chats are not excluded from model reviews."]},
      # in a sentence about AI: "...nor will they use this data to train their services"
      (r"(?<p>{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|allow\w*|permit\w*|let|licens\w*|sell\w*|shar\w*))\b{{CLAUSEGAP}}{0,150}?\b(?:to|for)\s+(?:AI\s+|model\s+)?train(?:ing)?\b", AI_TERMS, TRAIN_STRONG,
       ["These model providers will not store your inputs, nor will they use this data to train their services.",
        "We don't let partners use your photos to train their AI."],
       ["Our AI can help you train for a marathon.",
        "We do not use the model to train staff."]),
      (r"\b(?<p>(?:contractually\s+)?(?:prohibited|barred|forbidden|restricted|not\s+allowed|not\s+permitted)\s+from)\b[^.;]{0,100}?\btrain\w*", AI_TERMS, ["prohibit", "barred", "forbid", "restrict", "not allowed", "not permitted"],
       ["Our providers are contractually prohibited from using your messages for training their models.",
        "The AI vendors we use are barred from training on your documents."],
       ["Users are prohibited from scraping the site to train AI models.",
        "Model training is restricted to our own data centres and happens on your content."])],
     "The company says your content is not used to train AI models.",
     ["We never use your files to train our AI models.",
      "Customer data is not used to train, fine-tune or improve any models.",
      "We do not train our models on your content.",
      "Models are never trained on your workspace content."],
     ["We use your files to train our AI models.",
      "While we don't sell your data, we use it to train our recommendation algorithms.",
      "If you turn off the setting, we will not use new chats for model training.",
      "We do not share your data, except with vendors who help us train our models.",
      "We do not train our support staff on live calls."],
     unless=U_NO_AI, suppresses=["ai_training"], requires=NEG_REQ)


# A sentence of two clauses, one stating the use and one denying another
# ("we use public posts to train our models, but we do not use private
# messages"): the denial's rule cancels the whole sentence, so this rule
# looks at the positive clause alone; it and the denial suppress each other,
# so both stand.
D["POSCLAUSE_USE"] = r"(?:\b(?:we|us|it|they)\b[^,;.]{0,30}?\b(?:use|uses|train|trains|process|processes|leverage|leverages)\b|\b(?:may|might|can|will|are|is)\s+(?:also\s+)?(?:be\s+)?(?:used|included|processed|analy[sz]ed))"
rule("ai_training.mixed_clause", "ai_training", "high", AI_ANCHORS,
     [r"^(?![^,;]*?(?:\b(?:not|never|no|nor)\b|n't))(?=[^,;]*?\b(?:your|users?'?|customers?'?|members?'?|public)\b)(?=[^,;]*?{{POSCLAUSE_USE}})(?<p>[^,;]*?{{TRAINPHRASE}})[^,;]*[,;]\s*(?:but|while|although|though|however|whereas|and|yet)\b",
      r"[,;]\s*(?:(?:but|while|although|though|however|whereas|and|yet)\s+)?(?![^,;.]*?(?:\b(?:not|never|no|nor)\b|n't))(?=[^,;.]*?{{POSCLAUSE_USE}})(?<p>[^,;.]*?{{TRAINPHRASE}})"],
     "What you type, upload or do may be used to train or improve AI models (another part of the sentence limits it).",
     ["We may use your public posts to train our AI models, but we do not use private messages for training.",
      "We do not use your private messages to train our models, but public posts may be used to improve our AI.",
      "While we don't sell your data, we use it to train our recommendation algorithms."],
     ["We do not use your messages to train our models, and we never sell them.",
      "We never train on your files, but we use aggregate statistics to improve the app."],
     unless=U_NOT_OURS + ["{{QUESTION}}", "{{OPTIN_COND}}"], suppresses=["no_ai_training"],
     requires=NEG_REQ)

# A sentence that needs its neighbour: right after one about training on your
# content, "It is on by default" says the training is on by default (the
# labeling rule: on by default is ai_training, off by default no_ai_training),
# and "your content may be used as we refine these tools" is the same use.
SETTING_SUBJ = r"^\W*(?:(?:it|this|that|these|they|the\s+(?:setting|option|toggle|feature|program(?:me)?|switch|preference|checkbox|box)|this\s+(?:setting|option|toggle|feature|program(?:me)?|switch|preference|checkbox|box)|(?:data\s+|content\s+)?(?:sharing|collection|contribution|training))\s+(?:\w+\s+){0,6}?)"
rule("ai_training.default_on_nearby", "ai_training", "high", ["by default", "automatically"],
     [SETTING_SUBJ + r"(?:is|are|was|will\s+be|remains?|stays?)\s+(?:\w+\s+)?(?<p>(?:enabled|on|turned\s+on|switched\s+on|active|opted[- ]in|selected|checked|ticked)\s+(?:by\s+default|automatically))\b"],
     "Right after a sentence about training AI on your content, this says that use is on unless you turn it off.",
     ["We may use your chats to train our models. This setting is turned on by default.",
      "Your recordings help improve our speech models. It is enabled by default for new accounts."],
     ["This setting is turned on by default.",
      "We may use your chats to train our models. This setting is off by default."],
     unless=[r"\b(?:off|disabled|not\s+(?:enabled|on|active))\s+by\s+default\b", "{{QUESTION}}"],
     after={"label": "ai_training", "within": 2}, requires=["enabled", " on ", " on.", "active", "opted", "selected", "checked", "ticked"])

rule("no_ai_training.default_off_nearby", "no_ai_training", "info", ["by default"],
     [SETTING_SUBJ + r"(?:is|are|was|will\s+be|remains?|stays?)\s+(?:\w+\s+)?(?<p>(?:disabled|off|turned\s+off|switched\s+off|inactive|opted[- ]out|unchecked|unticked|not\s+(?:enabled|on|active|selected|checked))\s+by\s+default)\b"],
     "Right after a sentence about training AI on your content, this says that use is off unless you turn it on.",
     ["Your prompts may be used to improve our AI. This option is disabled by default.",
      "Share your code snippets to train the assistant. It is off by default in company accounts."],
     ["This option is disabled by default.",
      "Your prompts may be used to improve our AI. This option is on by default."],
     unless=["{{QUESTION}}"], after={"label": "ai_training", "within": 2},
     requires=["disabled", " off", "inactive", "opted", "unchecked", "unticked", "not "])

rule("ai_training.used_as_we_refine", "ai_training", "high", [" as we ", " while we ", " when we "],
     [r"\b(?:{{DATA}}|it|they|this|these)\s+(?:\w+\s+){0,4}?(?:may|might|can|could|will|would|is|are)\s+(?:also\s+|still\s+)?(?:be\s+)?(?<p>used)\s+(?:as|while|when)\s+we\s+(?:\w+\s+)?(?:refine|improve|develop|train|build|test|fine-tune|evaluate)\s+(?:them|it|these|those|the|our|its|new)\b"],
     "Right after a sentence about AI, this says your content is used while the company improves it.",
     ["Your feedback helps us improve our AI models. During the beta, your drafts may be used as we refine these tools.",
      "We may use your chats to train our models. Your chats will be used while we improve them."],
     ["During the beta, your drafts may be used as we refine these tools.",
      "Our assistant is new. Your chats will be used when we reply to you."],
     unless=U_AI, after={"label": "ai_training", "within": 3}, requires=["refine", "improve", "develop", "train", "build", "test", "fine-tune", "evaluate"])

rule("no_ai_training.off_by_default", "no_ai_training", "info", ["by default", "automatically opted out", "automatically excluded", "training is", "training remains", "training stays", "training are", "improvement is"],
     [r"\b(?<p>(?:opted[- ]out|disabled|turned\s+off|off|excluded|not\s+(?:enabled|included|on))\s+(?:automatically|by\s+default)|automatically\s+(?:opted[- ]out|excluded))\b",
      r"\b(?<p>(?:model\s+|AI\s+)?(?:training|model\s+improvement)\s+(?:is|are|remains|stays)\s+(?:disabled|off|turned\s+off|not\s+enabled|switched\s+off))\b"],
     "Using your content to train AI is switched off unless you turn it on.",
     ["Model training on your workspace is turned off by default.",
      "Business accounts are automatically opted out of the data sets used to train models."],
     ["Model training is on by default.",
      "Notifications are off by default.",
      "If you rate an answer, we may use that chat to improve our models even when training is off."],
     # "even when training is off" is a condition under which something
     # still happens, not a statement that training is off
     unless=["{{QUESTION}}", r"\b(?:when|while|if|whether|once|after|though)\s+(?:\w+\s+){0,3}?(?:training|model\s+improvement)\s+(?:is|are|remains|stays|has\s+been)\s+(?:disabled|off|turned\s+off|not\s+enabled|switched\s+off)\b"],
     suppresses=["ai_training", "opt_out"], requires=["train", "model", " ai ", " ai-", "machine learning", "data set", "dataset"])

OPTIN_EXAMPLES = [
    (["We do not train on your documents unless you explicitly choose to share them with us.",
      "Unless you opt in, your chats are not used to improve our models."],
     ["We use your recordings to improve our speech models unless you opt out.", "Unless you ask, we keep your data."]),
    (["We will only use your recordings to improve our speech models if you opt in.",
      "Only with your approval do we use samples to train our models."],
     ["Only you can see your files.", "We train models only on public data."]),
    (["Without your consent we never use your files to train AI models.",
      "We will not fine-tune models on your chats without your explicit permission."],
     ["We train models without your help.", "Without your consent we never share data."]),
    (["Your recordings train our voice models only if you choose to join the research program.",
      "When you opt in, and not before, your prompts are used to improve the model."],
     ["If you join the team, you will train new staff.", "When you opt in, your prompts are used to improve the model."]),
    (["We never use the samples you submit to train our models, other than with your permission.",
      "We train our models on your data only with your consent."],
     ["With your permission we share your email with partners.", "With your permission, we may use the samples you submit to train our models."]),
    (["Model training on your data is strictly opt-in.", "Model improvement is off by default."],
     ["Opt in to our newsletter.", "Dark mode is off by default."])]
# "if you opt in", "with your permission" on their own state a use that
# happens once the person agrees (labeled ai_training, with the opt_in hint);
# with a restriction in the sentence ("only", "not", "never") they promise
# that nothing happens without it (no_ai_training).
RESTRICT = r"(?=(?s:.*?)(?:\b(?:only|solely|not|never|no|nor|without|unless|except)\b|n't))"
POSITIVE_OPTIN = (3, 4)
rule("no_ai_training.only_with_opt_in", "no_ai_training", "low", AI_ANCHORS,
     [{"p": [pre + r"(?<p>{{TRAINPHRASE}})[^.;]{0,120}?(?:" + cond + ")", pre + r"(?<p>" + cond + r")[^.;]{0,140}?{{TRAINPHRASE}}"],
       "R": [req], "m": ex[0], "n": ex[1]}
      for k, ((req, cond), ex) in enumerate(zip(OPTIN_ALTS, OPTIN_EXAMPLES))
      for pre in ["^" + RESTRICT + "(?s:.*?)" if k in POSITIVE_OPTIN else ""]],
     "Your content is used for AI training only if you opt in.",
     [], [],
     unless=[r"\bunless\s+you\s+(?:\w+\s+){0,2}?{{OPTOFFV}}", r"\b(?:if|when|once)\s+you\s+(?:have\s+)?(?:\w+\s+){0,2}?{{OPTOFFV}}", "{{QUESTION}}"],
     suppresses=["ai_training"], hint="opt_in")

rule("ai_training.with_opt_in", "ai_training", "low", AI_ANCHORS,
     [{"p": [r"(?<p>{{TRAINPHRASE}})[^.;]{0,120}?(?:" + OPTIN_ALTS[k][1] + ")", r"(?<p>" + OPTIN_ALTS[k][1] + r")[^.;]{0,140}?{{TRAINPHRASE}}"],
       "R": [OPTIN_ALTS[k][0]]} for k in POSITIVE_OPTIN],
     "Once you agree, your content is used to train AI models.",
     ["When you opt in, your prompts are used to improve the model.",
      "If you choose to join the research program, your recordings help train our voice models.",
      "With your permission, we may use the samples you submit to train our models."],
     ["We train our models on your data only with your consent.",
      "If you join the team, you will train new staff.",
      "When you opt out, training stops."],
     unless=[r"^" + RESTRICT, r"\bunless\s+you\s+(?:\w+\s+){0,2}?{{OPTOFFV}}", r"\b(?:if|when|once)\s+you\s+(?:have\s+)?(?:\w+\s+){0,2}?{{OPTOFFV}}", "{{QUESTION}}"] + U_NOT_OURS,
     hint="opt_in")

# --------------------------------------------------------------------------
# opt_out_exception (before opt_out: several of these suppress it)
# --------------------------------------------------------------------------
D["STILL"] = r"(?:\bstill\s+(?:may|might|can|could|will|would)\s+(?:be\s+)?(?:us|process|retain|keep|stor|receiv|send|shar|collect|includ|contact|analy|train|disclos|track|serve)\w*|\b(?:may|will|can|might|could|would|shall|do|does)\s+(?:\w+\s+)?still\s+(?:be\s+)?(?:us|process|retain|keep|kept|stor|receiv|send|sent|shar|collect|includ|see|show|contact|access|analy|train|get|appear|disclos|track|serve|apply|subject)\w*|\bstill\s+(?:be\s+)?(?:used|processed|retained|kept|stored|shared|collected|included|disclosed|tracked|subject|receive|see|get)\b|\b(?:will|may|might|can|could|would|shall)\s+(?:\w+\s+)?continue\s+to\s+(?:\w+\s+)?(?:use|process|retain|keep|store|receive|send|share|collect|see|show|contact|get|access|analy[sz]e|apply|be\s+(?:used|processed|shown|sent|collected|shared))|\bcontinue\s+(?:using|processing|sending|collecting|sharing|receiving|to\s+receive|to\s+see|to\s+get|to\s+be\s+(?:used|processed|shown|sent|collected|shared))|\b(?:will|may|might|can|could|would|shall)\s+(?:\w+\s+)?keep\s+(?:on\s+)?(?:using|processing|storing|sharing|collecting|analy[sz]ing))"
# the person can still use the service: not an exception
U_USER_STILL = U("USER_STILL", [
    r"\b(?:you|users?|they)\s+(?:\w+\s+)?(?:can|may|will|would)\s+(?:\w+\s+)?still\s+(?:be\s+able|use|access|visit|browse|log|sign|shop|buy|purchase|order|enjoy|read|view|watch|play|provide|give|submit|report|rate|send\s+us|contact\s+us|participate|create|post|delete|download|request)\b",
    r"\bcontinue\s+to\s+(?:use|access|visit|browse|enjoy)\s+(?:the|our|this)\s+(?:site|service|website|app|platform|services)\b",
    r"\b(?:you|users?|they)\s+(?:\w+\s+)?(?:can|may|will|would)\s+(?:\w+\s+)?continue\s+(?:to\s+)?(?:use|using|access|visit|browse|enjoy|shop|buy|order|watch|play|read)\b",
    r"\bcontinue\s+(?:using|to\s+use|to\s+access)\s+(?:the|our|this)\b|\bnot\s+affect\s+(?:your\s+)?(?:access|ability|use\s+of)\b",
    r"\b(?:still|continue\s+to)\s+(?:provide|offer|give|serve)\s+you\b", r"{{QUESTION}}"])

rule("opt_out_exception.even_if", "opt_out_exception", "medium",
     ["even if", "even after", "even when", "even though", "even with", "regardless of", "despite", "notwithstanding"],
     [r"\b(?<p>even\s+(?:if|after|when|though)\s+(?:you|the\s+user|users|a\s+user|(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:user|member|customer|instructor|creator))\s+(?:\w+\s+){0,4}?(?:{{OPTOFFV}}|choos\w+\s+not|(?:have|has)\s+(?:\w+\s+)?(?:opted|turned|switched|disabled|declined|unsubscribed|withdrawn|objected)|change\w*\s+(?:your|their)\s+(?:settings|preferences|choices)))",
      r"\b(?<p>even\s+(?:with|when|if)\s+(?:\w+\s+){0,3}?(?:setting|toggle|option|feature|opt-?out|history|activity|training|sharing|tracking|memory|personali[sz]ation|it|this)s?\s+(?:is\s+|are\s+)?(?:off|disabled|turned\s+off|switched\s+off|paused))\b",
      r"\b(?<p>(?:regardless\s+of|despite|notwithstanding)\s+(?:your|the|any|their|this|these|that)\s+(?:\w+\s+){0,2}?(?:settings?|choices?|preferences?|opt-?outs?|selection))\b"],
     "Some use of your data continues even after you opt out or change the setting.",
     ["Even if you opt out, conversations flagged for safety review may still be used.",
      "Even when chat history is turned off, we keep new chats for 30 days.",
      "Regardless of your ad settings, you will see some ads.",
      "If a chat is flagged for a safety check, it may still be used to train our models despite your settings."],
     ["You can opt out at any time.",
      "Even if you forget your password, you can reset it.",
      "Even if you opt out, you can still use every feature.",
      "Regardless of where you live, these terms apply.",
      "Despite the name, the setting covers every device."],
     unless=U_USER_STILL + [r"\bsame\s+(?:service|price|experience)\b"],
     suppresses=["opt_out"], requires=OPTOFF_REQ + ["choose not", "chose not", "setting", "preference", "choice", " off", "selection"])

# "when chat history is off, new chats are still kept for 30 days"
rule("opt_out_exception.while_off", "opt_out_exception", "medium", [" off", "disabled", "paused"],
     [r"\b(?:when|while|if|once|after)\s+(?:\w+\s+){0,4}?(?:settings?|history|activity|toggle|option|feature|training|sharing|tracking)\s+(?:is|are|has\s+been|have\s+been)\s+(?:turned\s+|switched\s+|toggled\s+)?(?:off|disabled|paused)\b[^.;]{0,80}?\b(?<p>(?:still|continue\w*|keep|kept|retain\w*|stor\w+|sav\w+)\b[^.;]{0,40}?\b(?:for\s+(?:up\s+to\s+)?\d+|until|temporarily|to\s+(?:monitor|review|check|investigate|provide|prevent)))"],
     "The setting is off, yet some of your data is still kept or used for a while.",
     ["When chat history is turned off, new conversations are still kept for 30 days to monitor for abuse.",
      "While web activity is paused, we store your searches temporarily to provide the service."],
     ["When location history is off, we do not save where you go.",
      "When the setting is off, the app uses less battery."],
     requires=["still", "continue", "keep", "kept", "retain", "store", "stored", "saved", "save "])

rule("opt_out_exception.still_after_opt_out", "opt_out_exception", "medium",
     ["still", "continue", "keep using", "keep processing", "keep storing", "keep sharing", "keep collecting",
      "keep analy", "keep on"],
     [r"\b(?:if|once|when|after|where|should)\s+(?:you|the\s+user|users|a\s+user|(?:a|an|the)\s+\w+)\s+(?:have\s+|has\s+|do\s+|does\s+)?(?:\w+\s+){0,3}?(?<p>{{OPTOFFV}})\b[^;]{0,160}?{{STILL}}",
      r"(?<p>{{STILL}})[^.;]{0,120}?\b(?:if|once|when|after|where)\s+(?:you|users?)\s+(?:have\s+)?(?:\w+\s+){0,2}?{{OPTOFFV}}"],
     "After you opt out, some use of your data still goes on.",
     ["If you opt out of personalised ads, you will still see generic ads.",
      "Once you turn off the setting, chats already shared may still be used for safety research.",
      "We may continue to process your data for security purposes after you withdraw your consent.",
      "We will keep using summary statistics about your visits after you opt out."],
     ["If you reject these cookies, you can still use the website.",
      "If you opt out, we will stop using your data for this purpose."],
     unless=U_USER_STILL,
     suppresses=["opt_out"], requires=OPTOFF_REQ)

rule("opt_out_exception.still_nearby", "opt_out_exception", "medium",
     ["still", "continue", "during this period", "during that period", "in the meantime", "until then"],
     [r"(?<p>{{STILL}})",
      r"\b(?<p>during\s+(?:this|that)\s+(?:period|time)|in\s+the\s+meantime|until\s+then)\b[^.;]{0,100}?\b(?:still|continue|may\s+(?:be\s+)?(?:us|process|receiv|send|shar))\w*"],
     "Right after an opt-out, this says some use of your data goes on anyway.",
     ["You can opt out in Settings. During this period, your data may still be used for safety.",
      "Unsubscribe with the link in any email. We will still send you receipts and security alerts."],
     ["During this period, your data may still be used for safety.",
      "You can opt out in Settings. You can still use every feature."],
     unless=U_USER_STILL + [r"\b(?:you|users?)\s+(?:will\s+|may\s+|can\s+)?(?:no\s+longer|not)\b", r"\b(?:reason|grounds?|basis|need)\s+for\s+us\s+to\s+continue\b"],
     after={"label": "opt_out", "within": 2})

SCOPE_NOUN = r"(?:(?:turning|switching)\s+(?:\w+\s+){0,3}?off|disabling\s+\w+|(?:rejecting|declining|refusing|blocking)\s+(?:\w+\s+){0,2}?(?:cookies|tracking|consent|all)|settings?|choices?|preferences?|opt-?outs?|opting\s+out|options?|toggles?|(?:privacy|ad|ads|data|cookie)\s+controls?|selections?|(?:opt-?out|deletion|objection|your)\s+requests?|switch|consent\s+withdrawal|withdrawal\s+of\s+(?:your\s+)?consent|withdrawing\s+(?:your\s+)?consent|revocation\s+of\s+(?:your\s+)?consent|unsubscrib\w+|(?:this|that)\s+choice)"
SCOPE_REQ = ["turning", "switching", "disabling", "rejecting", "declining", "refusing", "blocking", "setting", "choice", "preference", "opt-out", "opt out", "opting out", "option", "toggle", "control", "selection",
             "request", "switch", "withdraw", "revocation", "unsubscri"]
LIMIT_ANCHORS = combos(["not", "n't"], ["apply", "affect", "cover", "extend", "stop", "prevent", "remove", "delete", "mean", "include", "block",
                                         "change", "impact", "undo"]) + ["only appl", "apply only", "applies only", "limited to", "only work", "works only",
                 "only affect", "only cover", "only for", "only to", "is only", "are only"]
LIMIT = [r"\b" + SCOPE_NOUN + r"\b[^.;]{0,60}?\b(?<p>(?:(?:do|does|will|would|shall|may)\s*(?:not|n't)|wo\s*n't)\s+(?:apply|affect|cover|extend|stop|prevent|remove|delete|undo|mean|include|change|impact|limit|restrict|block))\b",
         r"\b(?:settings?|choices?|preferences?|opt-?outs?|opting\s+out|unsubscrib\w+|withdrawal\s+of\s+(?:your\s+)?consent|withdrawing\s+(?:your\s+)?consent|revocation\s+of\s+(?:your\s+)?consent)\s+(?:\w+\s+){0,4}?(?<p>(?:is|are|applies|apply|affects?|covers?|works?)\s+only\s+(?:to|for|on)|(?:only|solely)\s+(?:(?:applies|apply|affects?|covers?|works?)\s+(?:to|for|on)|covers?|affects?)|(?:is|are)\s+limited\s+to)\b"]
LIMIT_NO = ["These terms do not apply to third-party websites.",
            "The offer only applies to new customers."]
# a limit stated beside the choice itself ("you can opt out; this does not
# cover...") is an exception; one that stands alone also replaces the opt-out
rule("opt_out_exception.does_not_apply", "opt_out_exception", "medium", LIMIT_ANCHORS, LIMIT,
     "The opt-out or setting has limits: some data or uses are not covered by it.",
     ["These choices do not apply to messages about your account or orders.",
      "Rejecting all cookies will not block the cookies the site needs to run.",
      "You can opt out, but the opt-out only applies to the program described above."],
     LIMIT_NO + ["Choosing to unsubscribe will not affect your access to the app.",
                 "You may change it in your settings, but we recommend that you do not remove it."],
     unless=["{{QUESTION}}", r"\b(?:not|n't)\s+(?:affect|impact|change|limit|restrict)\s+(?:your\s+)?(?:access|ability|use\s+of|experience)\b", r"\b(?:recommend|suggest|advise|encourage)\w*\s+(?:that\s+)?(?:you\s+)?(?:do\s+not|don't|not\s+to)\b"], requires=SCOPE_REQ)

rule("opt_out_exception.opt_out_limited", "opt_out_exception", "medium", LIMIT_ANCHORS, LIMIT,
     "The opt-out has limits: some data or uses are not covered by it.",
     ["The opt-out only applies to the program described above.",
      "Withdrawing your consent does not affect processing that took place before."],
     LIMIT_NO,
     unless=["{{QUESTION}}", r"\b(?:you|users?)\s+(?:can|may|are\s+able\s+to|have\s+the\s+right\s+to)\b|\bat\s+any\s+time\b", r"\b(?:not|n't)\s+(?:affect|impact|change|limit|restrict)\s+(?:your\s+)?(?:access|ability|use\s+of|experience)\b", r"\b(?:recommend|suggest|advise|encourage)\w*\s+(?:that\s+)?(?:you\s+)?(?:do\s+not|don't|not\s+to)\b"],
     suppresses=["opt_out"], requires=SCOPE_REQ)

rule("opt_out_exception.opt_out_except", "opt_out_exception", "medium",
     OPTOUT_WORDS + ["unsubscri", "object", "withdraw", "turn", "disable"],
     [r"\b(?:opt(?:s|ed|ing)?[- ]?out|unsubscrib\w*|object(?:ion)?|withdr\w+|turn(?:s|ed|ing)?\s+(?:it\s+|this\s+|them\s+)?off|disabl(?:e|es|ing))\b[^;]{0,150}?\b(?<p>except(?:\s+(?:for|where|when|that|as|in|to))?|other\s+than|unless\s+(?:we|it|the\s+law|required|permitted|there\s+(?:is|are)|such|doing\s+so|an?\s+(?:law|exception))|but\s+(?:we|you)\s+(?:will|may|might|can|could)\s+(?:still|continue))\b"],
     "The opt-out has exceptions: some use goes on anyway.",
     ["You can opt out of marketing emails, except for messages about your orders.",
      "You may object to this processing, unless we have compelling legitimate grounds to continue."],
     ["You can opt out of marketing emails at any time.",
      "We will restore removed or disabled material, unless we first receive a court order.",
      "Unless you opt out, we use your data for ads."],
     unless=["{{QUESTION}}", r"\bexcept\s+as\s+(?:described|set\s+out|provided|stated|noted|explained|otherwise)\b"],
     requires=["except", "other than", "unless", "but we", "but you"])

rule("opt_out_exception.this_does_not_stop", "opt_out_exception", "medium", ["not ", "n't "],
     [r"^\W*(?:\w+\s+){0,2}?(?:this|that|it|doing\s+so|these|they|such\s+(?:a\s+)?(?:requests?|choices?|tools?))\s+(?:\w+\s+)?(?<p>(?:will|does|do|would|may|might)\s*(?:not|n't)\s+(?:stop|prevent|block|remove|delete|affect|apply\s+to|mean|end|eliminate|cover))\b"],
     "Right after an opt-out, this says the opt-out does not stop everything.",
     ["You can opt out of interest-based ads. This will not stop you from seeing ads.",
      "Turn off location history in Settings. Doing so does not delete past location data."],
     ["This will not stop you from seeing ads.",
      "You can opt out of ads. This takes a minute."],
     after={"label": "opt_out", "within": 1},
     unless=["{{QUESTION}}"])

rule("opt_out_exception.cannot_opt_out", "opt_out_exception", "medium",
     ["cannot", "can't", "can not", "may not", "not able", "unable", "not possible", "no way", "not be able", "not available for", "not eligible for"],
     [r"\b(?<p>(?:not|n't)\s+(?:available|possible|eligible)\s+for\s+(?:opt(?:ing)?[- ]?out|disabling|deactivation|refusal|withdrawal))\b",
      r"\b(?<p>(?:cannot|can't|can\s+not|may\s+not|are\s+not\s+able\s+to|is\s+not\s+able\s+to|won't\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|unable\s+to|not\s+possible\s+to|no\s+way\s+to)\s+(?:\w+\s+){0,2}?(?:opt[- ]?out|unsubscrib\w*|turn\s+(?:\w+\s+){0,2}?off|switch\s+(?:\w+\s+){0,2}?off|disable|deactivate|refuse|decline|object|withdraw|reject|deselect|untick|uncheck|be\s+(?:disabled|turned\s+off|switched\s+off|toggled\s+off|opted\s+out|deactivated|refused|declined|rejected|deselected|unchecked)))\b"],
     "Some use of your data cannot be switched off.",
     ["Essential cookies cannot be turned off.",
      "Not available for opt-out",
      "You may not opt out of service announcements about your account.",
      "Some safety checks can't be disabled."],
     ["You can opt out at any time.",
      "You cannot use the service if you are under 13.",
      "You will not be able to log in if you disable cookies.",
      "You may not withdraw the contact details you gave for a friend once sent."],
     unless=[r"\bno\s+(?:need|reason)\s+to\b", r"\bmay\s+not\s+(?:be\s+able\s+to\s+)?(?:use|access|log|sign)\b", "{{QUESTION}}",
             r"\bwithdraw\w*\s+(?:the|your|any|such)\s+(?:\w+\s+){0,2}?(?:information|details|contacts?|content|money|funds|payments?|applications?|submissions?|offers?|bids?)\b"],
     suppresses=["opt_out"], requires=OPTOFF_REQ)

ALWAYS_ON = ["always active", "always on", "always enabled", "always required", "always necessary", "strictly required"]
WITHOUT_THESE = ["without these", "without this", "without them", "without those", "without such"]
rule("opt_out_exception.always_on", "opt_out_exception", "medium", ALWAYS_ON,
     [r"^\W*(?:[\w-]+\s+){0,3}?\(?\s*(?<p>always\s+(?:active|on|enabled|required))\s*\)?\W*$",
      r"\b(?<p>(?:is|are)\s+(?:always\s+(?:required|active|on|enabled|necessary)|strictly\s+required))\b(?![^.;]{0,40}\b(?:to\s+(?:log|sign)|for\s+(?:login|sign))\b)",
      {"p": r"\b(?<p>without\s+(?:offering|giving|providing|affording)\s+(?:you\s+)?(?:\w+\s+){0,2}?(?:opportunity|option|ability|choice|chance)\s+to\s+(?:opt|unsubscrib|decline|refuse|object))",
       "a": ["without offering", "without giving", "without providing"],
       "m": ["We may send you account notices without giving you the option to opt out.",
             "Partners may process it without offering you a chance to object."],
       "n": ["We never share data without giving you notice.", "Without offering a refund, we cannot help."]},
      {"p": [r"\b(?<p>(?:cannot|can't|won't|will\s+not|does\s+not|doesn't|do\s+not|would\s+not)\s+(?:\w+\s+)?(?:function|work|operate)\s+(?:\w+\s+)?without\s+(?:these|this|them|those|such))\b",
             r"\b(?<p>without\s+(?:these|this|them|those|such)\b[^.;]{0,60}?\b(?:cannot|can't|won't|will\s+not|would\s+not|wouldn't|does\s+not|doesn't|could\s+not|is\s+not\s+able\s+to)\s+(?:\w+\s+)?(?:function|work|operate|be\s+provided))"],
       "a": WITHOUT_THESE, "R": [["function", "work", "operat", "be provided"]],
       "m": ["These cookies are always active because the site does not work without them.",
             "Without these cookies, the service cannot function."],
       "n": ["Without these settings you may see more ads.", "The app works without an account."]},
      {"p": r"\b(?:cookies?|communications?|messages?|e-?mails?|notices?|notifications?|processing|collection|tracking|services?)\s+(?:\w+\s+){0,3}?(?<p>(?:is|are)\s+(?:not\s+optional|mandatory))\b(?!\s+(?:for|to)\b)",
       "a": ["not optional", "mandatory"],
       "m": ["Service messages are mandatory.", "These security notices are not optional."],
       "n": ["An account is mandatory to place an order.", "Some fields are not optional."]}],
     "Some use of your data cannot be switched off.",
     ["Always active",
      "Essential (always on)",
      "Strictly necessary cookies are always active."],
     ["You can opt out at any time.",
      "We always respect your choices."],
     unless=[r"\bno\s+(?:need|reason)\s+to\b", "{{QUESTION}}"],
     suppresses=["opt_out"])

# A settings page's short carve-outs, with no opt-out word in the sentence
# itself: the person's material "will still be used", a setting that "applies
# to new chats only". The material must be the person's (DATA) and the verb a
# use of it ("your data is still protected" is no carve-out).
rule("opt_out_exception.still_used", "opt_out_exception", "medium",
     ["still be", "still used", "still collected", "still kept", "still retained", "still stored", "still processed",
      "still shared", "still reviewed", "still analy", "still use", "still keep", "still retain", "still store", "still process",
      "still share", "still collect", "still may", "still might", "still can"],
     [r"\b(?:we|it|they)\s+(?:(?:may|might|can|will|could)\s+still|still\s+(?:may|might|can|will|could))\s+(?<p>(?:use|keep|retain|store|process|share|collect|analy[sz]e)\w*)\s+(?:\w+\s+){0,2}?{{DATA}}\b",
      r"\b{{DATA}}\b[^.;]{0,60}?\b(?:(?:will|may|might|can|could|would)\s+still\s+be|(?:is|are)\s+still(?:\s+being)?)\s+(?<p>(?:used|collected|kept|retained|stored|processed|shared|reviewed|analy[sz]ed|saved)\b)",
      {"p": r"\b(?<p>(?:appl(?:y|ies)|affects?|covers?|works?)\s+(?:only\s+)?(?:to\s+|for\s+)?(?:new|future)\s+(?:conversations|chats|recordings|messages|uploads|prompts|sessions|activity|data)\b(?!\s+(?:cent(?:re|er)s?|protection|regions?|sources?|types?))(?:\s+only)?)",
       "a": combos(["new", "future"], ["conversations", "chats", "recordings", "messages", "uploads", "prompts", "sessions", "activity", "data"]),
       "R": [["only"]],
       "m": ["This applies to new conversations only.", "Only affects new chats, not old ones."],
       "n": ["New chats appear at the top.", "This covers new data centres only."]}],
     "Some of your data stays in use despite the setting, or the setting only covers what comes next.",
     ["Your previous chats will still be used.",
      "We still may use your data to improve search and safety checks.",
      "Some data will still be collected to keep the service secure.",
      "Feedback you submit is still used to improve our models."],
     ["Your data is still protected when you travel.",
      "You can still use the app without an account.",
      "Your files are still yours.",
      "We can still help you if you lost your data."],
     unless=[r"\b(?:not|never|no\s+longer)\b[^.;]{0,20}?\bstill\b", "{{QUESTION}}"])

rule("opt_out_exception.going_forward_only", "opt_out_exception", "medium",
     ["already", "previously", "going forward", "retroactiv", "prior to", "before you", "before the", "before your", "before its", "future",
      "only affect", "only appl", "only cover", "only work", "effect only", "only to new", "only for new"],
     [r"\b(?<p>(?:models?|training)\s+(?:\w+\s+){0,2}?(?:that|which)\s+(?:have|has)\s+already|already\s+(?:been\s+)?(?:trained|started|used|shared|disclosed|sold|collected|included|provided|processed|sent)|(?:previously|already)[- ](?:collected|shared|disclosed|used|processed|trained)|going\s+forward(?:\s+only)?|(?:not|n't)\s+(?:apply\s+)?retroactive\w*|(?:apply|applies|affect|affects)\s+only\s+(?:to\s+)?(?:the\s+)?future|only\s+(?:apply|applies|affect|affects)\s+(?:to\s+)?(?:the\s+)?future|(?:before|prior\s+to)\s+(?:you|your|the|its|their)\s+(?:\w+\s+){0,2}?(?:opt|withdraw\w*\s+(?:\w+\s+)?consent|withdrawal\s+of\s+consent|revoc|objection|unsubscri|turn|switch|disabl|chang\w*\s+(?:the|this|that|your)\s+(?:\w+\s+)?setting))\w*",
      # "This setting applies to future chats only", "Turning it off only affects new chats",
      # "Changes take effect only for data collected after you update the setting"
      r"\b(?<p>(?:(?:apply|applies|affects?|covers?|works?)\s+(?:only\s+)?(?:to\s+|for\s+|on\s+)?(?:new|future|later|upcoming)\b(?:[^.;]{0,40}?\bonly\b)?|only\s+(?:apply|applies|affects?|covers?|works?)\s+(?:to\s+|for\s+|on\s+)?(?:new|future|later|upcoming)\b|(?:takes?|take)\s+effect\s+only\s+(?:for|on)\s+(?:\w+\s+){0,3}?(?:collected|created|sent|made|added|uploaded|started)\s+(?:after|from)))"],
     "An opt-out only works from now on: what was already used or shared stays that way.",
     ["Turning off the setting does not remove your data from models that have already been trained.",
      "If you opt out, we stop sharing going forward, but information already shared is not recalled.",
      "Withdrawing consent does not affect processing carried out before you withdraw it.",
      "Revoking your consent only applies to future processing.",
      "This setting applies to future recordings only.",
      "Switching it off only affects new chats.",
      "Changes take effect only for notes created after you update the setting.",
      "This won't affect recordings used before you changed the setting."],
     ["We have already shipped your order.",
      "Going forward, we will publish a report every year.",
      "These settings apply to new projects in your workspace.",
      "Turn off the setting to hide future reminders."],
     unless=["{{QUESTION}}"],
     requires=["opt", "turn", "disabl", "withdr", "revok", "revoc", "setting", "choice", "unsubscri", "object", "switch",
               "toggl", "pause"])

rule("opt_out_exception.already_trained", "opt_out_exception", "medium", ["already", "still be"],
     [r"\b(?<p>(?:models?|training(?:\s+runs?)?)\s+(?:\w+\s+){0,2}?(?:that|which)\s+(?:have|has)\s+already\s+(?:been\s+)?(?:trained|started|begun|run|completed)|already[- ](?:trained|started)\s+(?:\w+\s+)?(?:models?|training)|still\s+be\s+(?:included|used)\s+in\s+(?:\w+\s+){0,2}?(?:training|models?))\b"],
     "What was already used to train AI stays in the models, whatever you choose now.",
     ["Your content stays in models that have already been trained.",
      "Past chats may still be included in training runs that already began."],
     ["We have already trained our staff.",
      "The model has been updated."],
     unless=["{{QUESTION}}"], requires=["model", "train"])

rule("opt_out_exception.opt_out_again", "opt_out_exception", "low", ["again"],
     [r"\b(?<p>(?:need|have|required|must)\s+to\s+(?:\w+\s+){0,3}?(?:opt[- ]?out|opt-?out\s+procedure|repeat|renew|do\s+(?:this|it|so)|set\s+(?:your\s+)?(?:preferences|choices))\s+(?:\w+\s+){0,4}?again)\b",
      (r"\b(?<p>(?:opt-?outs?|choices?|preferences?|settings?|selections?)\s+(?:\w+\s+){0,4}?(?:only\s+)?(?:appl(?:y|ies)|work|works|is\s+valid|are\s+valid|is\s+effective|will\s+be\s+effective|are\s+saved|is\s+saved|are\s+stored|is\s+stored|will\s+be\s+saved|(?:is|are)\s+(?:specific|limited|tied|linked))\s+(?:only\s+)?(?:to|on|for|in)\s+(?:this|the|that|each)\s+(?:\w+\s+)?(?:browser|device))\b",
       ["browser", "device"], [["opt-out", "optout", "choice", "preference", "setting", "selection"], ["appl", "work", "valid", "effective", "saved", "stored", "specific", "limited", "tied", "linked"]],
       ["Your opt-out works only on this browser.", "Your opt-out is specific to this browser.",
        "Your cookie choices are saved only on this device."],
       ["Use this browser for the best experience.",
        "Settings sync across every device you use."]),
      (r"\b(?<p>(?:sign|log)\s+in\s+to\s+(?:persist|keep|save)\s+your\s+(?:opt-?out|choice|preference)s?)\b", ["sign in to", "log in to"], ["opt-out", "optout", "choice", "preference"],
       ["Sign in to persist your opt-out.",
        "Log in to keep your choices on every device."],
       ["Sign in to see your orders.",
        "Log in to your account to continue."])],
     "The opt-out is fragile: it can be lost (new browser, cleared cookies) and must be redone.",
     ["If you clear your cookies, you will need to opt out again.",
      "After a browser update you may have to set your preferences again."],
     ["You can opt out again at any time.",
      "Try again later."],
     unless=["{{QUESTION}}", r"\b(?:can|may)\s+(?:\w+\s+)?opt[- ]?out\s+again\b"],
     suppresses=["opt_out"], requires=["opt", "repeat", "renew", "do this", "do it", "do so", "preferences", "choices"])

rule("opt_out_exception.no_consent_needed", "opt_out_exception", "medium", ["consent"],
     [{"g": "a", "p": r"\b(?<p>(?:may|does|do|will|might)\s+not\s+(?:require|need)\s+(?:(?:your|their|the\s+user's)\s+consent|(?:you|users?)\s+to\s+consent))\b",
       "R": [["not require", "not need"]],
       "m": ["Some processing of your data may not require your consent.", "This use does not need you to consent."],
       "n": ["You do not need to create an account.", "You do not need to consent to cookies to read the news."]},
      {"g": "a", "p": r"\b(?<p>(?:do|does|will|may)\s+not\s+(?:ask|request|seek)\s+(?:for\s+)?(?:your|their)\s+consent)\b",
       "R": [["not ask", "not request", "not seek"]],
       "m": ["For fraud checks we do not ask for your consent.", "The app may not request your consent for this."],
       "n": ["We do not ask for your password.", "We will not ask you twice for consent."]},
      {"p": [r"\b(?<p>without\s+(?:asking\s+(?:for\s+)?|requiring\s+|seeking\s+|first\s+obtaining\s+)?(?:your\s+)?consent)\b(?=[^.;]*\b(?:legitimate|object))",
             r"\b(?:legitimate|object)\w*\b[^.;]*?\b(?<p>without\s+(?:asking\s+(?:for\s+)?|requiring\s+|seeking\s+|first\s+obtaining\s+)?(?:your\s+)?consent)\b"],
       "R": [["without asking", "without requiring", "without seeking", "without first obtaining", "without consent", "without your consent"], ["legitimate", "object"]],
       "m": ["Vendors may rely on legitimate interest and process your data without asking for your consent.",
             "Legitimate interest: these partners may use your data without consent, but you can object.",
             "Without asking for your consent, partners may claim a legitimate interest."],
       "n": ["We never share your data without asking for your consent.", "Legitimate uses are listed below."]},
      {"g": "a", "p": r"\b(?<p>(?:without|regardless\s+of)\s+(?:your|their)\s+consent)\s+(?:where|when|if|as)\s+(?:\w+\s+){0,3}?(?:legitimate|required|permitted|necessary|law)",
       "R": [["without your consent", "without their consent", "regardless of your consent", "regardless of their consent"]],
       "m": ["We may keep using your data without your consent where the law permits it.",
             "Data may be kept regardless of your consent when required by law."],
       "n": ["We never share your data without your consent.", "Children may not use the service without parental consent."]}],
     "Some processing goes on without asking you, so refusing consent does not stop it.",
     [], [],
     unless=["{{QUESTION}}"], requires=["not require", "not need", "not ask", "not request", "not seek", "without", "regardless"])

rule("opt_out_exception.delay", "opt_out_exception", "low",
     OPTOUT_WORDS + ["unsubscri", "withdraw"],
     [r"\b(?:opt(?:ing|s|ed)?[- ]?out|unsubscrib\w+|withdr\w+\s+(?:\w+\s+)?consent)\b[^.;]{0,120}?\b(?<p>(?:take|takes|allow|up\s+to|by\s+the\s+end\s+of)\s+(?:up\s+to\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|ninety|a\s+few|several)\s+(?:business\s+|working\s+|calendar\s+)?(?:days|weeks|months)|by\s+the\s+end\s+of\s+the\s+(?:calendar\s+)?(?:year|month|quarter))\b"],
     "Your opt-out takes time to take effect, and the use goes on meanwhile.",
     ["Opt-out requests may take up to 10 business days to process, so you may receive a few more emails.",
      "If you opt out, your content will be removed from the program by the end of the calendar year."],
     ["You can opt out at any time.",
      "We answer requests within 30 days.",
      "You may opt out of this agreement within 30 days of accepting it."],
     unless=["{{QUESTION}}"], requires=[" day", " week", " month", "end of the"])

# "it may take up to ten days for your choice to take effect"
rule("opt_out_exception.choice_delay", "opt_out_exception", "low", ["take effect", "to process", "to be processed", "to apply", "to be applied"],
     [r"\b(?<p>(?:take|takes|allow|need|needs)\s+(?:up\s+to\s+|about\s+|around\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty|a\s+few|several|\w+-\w+)\s+(?:business\s+|working\s+|calendar\s+)?(?:hours|days|weeks|months))\b[^.;]{0,60}?\b(?:choices?|opt-?outs?|preferences?|(?:opt-?out|objection|unsubscribe)\s+requests?|requests?\s+to\s+(?:opt|unsubscribe|object)|changes?\s+to\s+your\s+(?:\w+\s+)?(?:choices|preferences|settings)|unsubscri\w+|withdrawal)\b[^.;]{0,40}?\b(?:take\s+effect|to\s+(?:be\s+)?process|to\s+(?:be\s+)?appl)",
      r"\b(?:choices?|opt-?outs?|preferences?|(?:opt-?out|objection|unsubscribe)\s+requests?|requests?\s+to\s+(?:opt|unsubscribe|object)|changes?\s+to\s+your\s+(?:\w+\s+)?(?:choices|preferences|settings)|unsubscri\w+|withdrawal)\b[^.;]{0,60}?\b(?<p>(?:take|takes|need|needs)\s+(?:up\s+to\s+|about\s+|around\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty|a\s+few|several|\w+-\w+)\s+(?:business\s+|working\s+|calendar\s+)?(?:hours|days|weeks|months)\s+to\s+(?:take\s+effect|(?:be\s+)?process|(?:be\s+)?appl))"],
     "Your choice takes time to take effect, and the use goes on meanwhile.",
     ["It may take up to 10 days for your choice to take effect.",
      "Changes to your ad settings can take 48 hours to take effect."],
     ["New features take a few weeks to take effect in every region.",
      "It takes two days to process your order.",
      "Deletion requests can take up to 30 days to process."],
     unless=["{{QUESTION}}"], requires=[[" hour", " day", " week", " month"], ["choice", "request", "opt", "preference", "change", "setting", "unsubscri", "withdraw"]])

# "you will still see ads, but they will be less relevant": a refusal of
# personalised ads does not stop the ads
rule("opt_out_exception.ads_still_shown", "opt_out_exception", "low", ["still see", "still receive", "still get", "still be shown", "still be served", "still show", "still serve"],
     [r"\b(?<p>still\s+(?:see|receive|get|be\s+shown|be\s+served|show\s+you|serve\s+you)\s+(?:\w+\s+){0,2}?(?:ads|advertis\w+|adverts|advertising))\b[^.;]{0,80}?\b(?:less\s+(?:relevant|personali[sz]ed|tailored|targeted|interesting)|not\s+(?:be\s+)?(?:personali[sz]ed|tailored|targeted|based\s+on)|generic|random|non-personali[sz]ed|contextual)"],
     "Turning off personalised ads does not mean fewer ads: you still see them.",
     ["You will still see ads, but they will be less relevant to you.",
      "You may still be shown advertising, though it will not be tailored to your interests."],
     ["You will still see your saved posts.",
      "You still see ads that are relevant to you."],
     unless=["{{QUESTION}}"], requires=["relevant", "personali", "tailor", "target", "based on", "generic", "random", "contextual"])

# --------------------------------------------------------------------------
# opt_out
# --------------------------------------------------------------------------
OPT_OUT_VERB = r"(?:opt|unsubscrib|turn|switch|disable|refuse|decline|object|withdraw|reject)"
OPT_OUT_UNLESS = ARBITRATION + OPT_OUT_WINDOW + [
    r"\bcan(?:not|'t|\s+not)\s+(?:\w+\s+){0,2}?" + OPT_OUT_VERB,
    r"(?<=\bnot\s|\bun)able\s+to\s+(?:\w+\s+){0,2}?" + OPT_OUT_VERB,
    r"\bno\s+way\s+to\s+(?:\w+\s+){0,2}?" + OPT_OUT_VERB,
    r"\bmay\s+not\s+(?:opt|unsubscrib)",
    r"(?<=\bdo\s|\bdoes\s)not\s+need\s+to\s+(?:opt|unsubscrib)",
    WITHIN_DAYS + ")",
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:how\s+to|method\s+\w+\s+\w+\s+of|instructions\s+for|(?:your\s+)?right\s+to)\s+opt(?:ing)?[- ]?out\W*$|^\W*\d+(?:\.\d+)*\.?\s+[^.;]{0,40}$",
    gate(["section"], r"^(?!.*\bopt(?:\s+|-)?out\s+of\b)(?!.*\b(?:you|users?)\s+(?:can|may|could|will\s+be\s+able)\b).*\b(?:see|titled|entitled|refer\s+to|described\s+in)\b[^.;]{0,80}?\bsections?\b"),
    r"(?<=\bdo\s|\bdoes\s|\bwill\s)not\s+(?:respond|honou?r|recogni[sz]e|support)\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:do\s+not\s+track|DNT|signals?|browser)",
    r"{{QUESTION}}",
    # a policy saying what it is for ("meant to help you understand how to
    # exercise the choices you have"); opt-out prompts named as a law's demand;
    # a phone number that changes hands
    r"\b(?:polic(?:y|ies)|notice|statement|section|document|page)\s+(?:is\s+|are\s+)?(?:meant|intended|designed|written)\s+to\s+help\s+you\s+understand\b",
    r"\b(?:consent|opt-?out)\s*/\s*(?:consent|opt-?out)\s+(?:prompts?|banners?|notices?)\b|\bopt-?out\s+(?:prompts?|banners?)\b",
    r"\b(?:statistics|metrics|numbers)\b[^.;]{0,120}?\brequests\b",
    r"\b(?:change|changes|deactivat\w*|cancel\w*|port\w*)\s+(?:or\s+\w+\s+)?(?:your\s+|the\s+)?(?:mobile\s+)?(?:phone\s+)?number\b",
    # the reader's duty to honour other people's opt-outs; the company
    # switching off accounts it may remove
    r"\b(?:recipient|subscriber|customer|user|contact)(?:'s|\x{2019}s|s'|s)?\s+requests?\s+to\s+(?:opt|unsubscrib)",
    r"\breserves?\s+the\s+right\s+to\s+(?:\w+\s+){0,2}?(?:deactivat|disabl|suspend|terminat|turn\s+off|switch\s+off)",
]
U_OPT_OUT = U("OPT_OUT", OPT_OUT_UNLESS)

rule("opt_out.opt_out", "opt_out", "info", OPTOUT_WORDS,
     [r"\b(?<p>opt(?:s|ed|ing)?(?:\s+|-|‑)?outs?)\b"],
     "You can refuse or switch off this use of your data.",
     ["You may opt out of the sale of your personal information.",
      "Click here to opt-out of interest-based advertising.",
      "Our partners respect every opt-out setting."],
     ["You may not opt out of receiving service messages.",
      "You can opt out of this arbitration agreement within 30 days.",
      "Any opt-out notice must reach us before the end of the group mediation.",
      "We use your region to show the consent/opt-out prompts that local law requires.",
      "You will promptly honour a recipient's request to opt out of your e-mails."],
     unless=U_OPT_OUT)

rule("opt_out.unsubscribe", "opt_out", "info", ["unsubscri"],
     [r"\b(?<p>unsubscrib\w*)"],
     "You can unsubscribe from these messages.",
     ["You can unsubscribe at any time using the link in each email.",
      "Unsubscribe"],
     ["Unsubscribing is not possible for security alerts, which you cannot unsubscribe from.",
      "You cannot unsubscribe from security alerts.",
      "Our newsletters count opens, clicks and unsubscribes to measure interest."],
     # counting unsubscribes is e-mail tracking, not a way to refuse
     unless=U_OPT_OUT + [r"\b(?:opens|clicks)\b[^.;]{0,30}\bunsubscribes\b|\b(?:track|count|measur|record)\w*\s+(?:\w+,?\s+){0,5}?unsubscribes\b"])

OFF_OBJECT = r"(?:this|it|that|these|them|the|all|any|your|such|personali[sz]\w+|ads?|advertising|location|cookies?|tracking|history|memory|training|model|data|sharing|collection|analytics|telemetry|notifications?|setting|settings|feature|features|option|services?|diagnostics?|usage|recording|personal|third|interest|targeted|cross|sync\w*|improv\w+|contribut\w+|chat|voice|face|activity|off)"
DISABLE = r"(?:disable|deactivate|uncheck|untick|deselect|de-select|unselect)"
OFF_REQ = ["off ", "off.", "off,", "off)", "off\"", "off'", "off;", "off:", "off!", "off/"]
U_TURN_OFF = U_OPT_OUT + U("TURN_OFF", [
    r"\bdeactivat\w*\s+(?:\w+\s+){0,3}?(?:account|profile|membership|personal\s+information|(?:phone|mobile|telephone|cell)\s+(?:phone\s+)?number)",
    r"\b(?:circumvent|bypass|interfer|disrupt|damag|hack|scrape|decompile)\w*",
    r"\b(?:we|us)\s+(?:may\s+|might\s+|can\s+|will\s+|could\s+)?(?:turn|switch)\s+off\b",
    r"\b(?:we|us|company)\s+(?:may|will|can|might|could|shall|reserve\s+the\s+right\s+to)\s+(?:\w+\s+){0,3}?(?:disable|deactivate|turn\s+off|switch\s+off)\s+(?:your|any|the)\s+(?:account|access|service|profile)",
    r"\bturn\w*\s+(?:your\s+|the\s+)?(?:device|computer|phone|engine|vehicle|car|lights?|power|key|stove|oven|tv|television)\s+off\b",
    r"\bturn\w*\s+the\s+(?:key|knob|dial|handle|lights?|power|heat|water|tap|engine|ignition)\b",
    r"\bturn\w*\s+off\s+(?:at\s+|onto\s+|into\s+)?(?:the\s+|a\s+)?(?:\w+\s+)?(?:road|street|highway|motorway|freeway|path|route|exit|lane|avenue|trail|track|junction|roundabout)\b",
    r"\bturn\w*\s+off\s+(?:your\s+|the\s+)?(?:device|computer|phone|engine|vehicle|car|lights?|power|stove|oven|tv|television)\b"])
rule("opt_out.turn_off", "opt_out", "info", ["turn", "switch", "toggl"],
     [r"\b(?<p>(?:turn|switch|toggle)(?:s|ed|ing)?\s+[\"']?" + OFF_OBJECT + r"[\w-]*[\"']?\s+(?:[\w&'\"-]+\s+){0,5}?off|(?:turn|switch|toggle)(?:s|ed|ing)?\s+off)\b",
      r"\b(?<p>(?:can|may|could)\s+(?:\w+\s+)?be\s+(?:turned\s+off|switched\s+off|toggled\s+off))\b",
      # each phrasing its own pattern, starting with as few different letters
      # as the phrasing allows
      {"p": [r"\b(?<p>(?:you|users?)\s+(?:can|may|could|are\s+able\s+to|have\s+the\s+(?:option|ability|right|choice)\s+to)\s+(?:\w+\s+){0,3}?" + DISABLE + r")\b",
             r"\b(?=" + DISABLE + r")(?:(?<=^)|(?<=^\W)|(?<=[.:;!])|(?<=[.:;!]\s)|(?<=\bto\s)|(?<=\bor\s)|(?<=\band\s))(?<p>" + DISABLE + r"\s+" + OFF_OBJECT + r")\b",
             r"^\W*(?<p>" + DISABLE + r")\b",
             r"(?<=\bif\s|\bwhen\s|\bonce\s|\bafter\s|\buntil\s)(?<p>you\s+(?:\w+\s+)?" + DISABLE + r")\b"],
       "a": ["disable", "deactivate", "uncheck", "untick", "deselect", "de-select", "unselect"], "R": None,
       "m": ["Uncheck this box if you prefer not to take part.",
             "Click to disable collection of data for this purpose."],
       "n": ["We may disable your account if you break these rules.",
             "Features for people with disabilities are listed below."]},
      # (not a feature the company may switch off for some people: "the ability
      # to delete an account may be disabled for some users")
      {"p": r"\b(?<!\bability\s)(?<!\boption\s)(?<p>(?:can|may|could)\s+(?:\w+\s+)?be\s+(?:disabled|deactivated|unchecked|deselected))\b(?!\s+(?:for\s+(?:some|certain|these|those|such)\s+(?:users|accounts|members|people)|by\s+(?:us|the\s+company)))",
       "a": ["disabled", "deactivated", "unchecked", "deselected"], "R": None,
       "m": ["Personalised ads can be disabled in your account.", "These cookies may be deactivated at any time."],
       "n": ["Disabled users get extra help.", "The service may not work while your phone is disabled.",
             "Uploading from the web may be disabled for some accounts on school plans."]},
      {"p": r"\b(?<p>(?:disabling|deactivating|unchecking|deselecting)\s+" + OFF_OBJECT + r")\b",
       "a": ["disabling", "deactivating", "unchecking", "deselecting"], "R": None,
       "m": ["Disabling tracking in the app stops the collection.", "Unchecking this box keeps your data private."],
       "n": ["Deactivating two-factor login is not advised.", "Unchecking boxes is fun."]},
      (r"\b(?<p>(?:admins?|administrators?|owners?|workspace\s+owners?|parents?)\s+(?:can|may|could)\s+(?:\w+\s+){0,2}?(?:disable|deactivate|turn\s+off|switch\s+off|opt\s+out))\b", ["admin", "owner", "parent"], ["disabl", "deactivat", "turn", "switch", "opt out"],
       ["Workspace owners can disable model training for all members.",
        "Parents may turn off chat for their children."],
       ["Admins can invite new members.",
        "Owners may change the workspace name."]),
      (r"\b(?<p>you\s+can\s+(?:always\s+|also\s+)?(?:change|update|adjust|manage|revisit|control)\s+(?:this|that|it|these|your\s+(?:choice|decision|selection|permissions?))\s+(?:\w+\s+){0,3}?(?:in|under|from|via|through)\s+(?:your\s+|the\s+)?(?:\w+\s+)?(?:settings|preferences|controls|privacy|account))\b",
       ["change this", "change that", "change it", "change your", "update this", "update that", "update it", "adjust this", "adjust that", "adjust it", "manage this", "manage that", "manage it", "revisit", "control this", "control it", "control that"], None,
       ["You can change this at any time in your settings.",
        "You can always revisit your choice under Privacy."],
       ["You can change your password in your settings.",
        "Update your address in your account."]),
      (r"\b(?<p>(?:enable|allow|accept)\s+or\s+(?:disable|deny|reject|refuse|decline)|(?:disable|reject|deny)\s+or\s+(?:enable|allow|accept))\b", ["or disable", "or deny", "or reject", "or refuse", "or decline", "or enable", "or allow", "or accept"], None,
       ["You can enable or disable each category of cookies.",
        "Allow or deny access for every app."],
       ["Enable notifications to get reminders.",
        "You must accept or we cannot ship."]),
      (r"(?:^|\b(?:use|click|tap|select|this)\s+)(?<p>(?:this\s+)?(?:switch|toggle|checkbox|button)\s+to\s+(?:\w+\s+){0,2}?(?:disable|turn\s+off|stop|refuse|decline|reject|opt))", ["switch to", "toggle to", "checkbox to", "button to"], None,
       ["Use this toggle to stop sharing your activity.",
        "Tap the button to opt out of sales."],
       ["Switch to the new editor.",
        "Use this button to save your draft."])],
     "You can switch this use of your data off.",
     ["You can turn this off anytime in Settings.",
      "Switch off personalised recommendations under Privacy.",
      "This setting can be turned off."],
     ["Turn off your device before cleaning it.",
      "Turn the key to the off position.",
      "If you change or deactivate your mobile number, update it in your profile.",
      "We may switch off the old servers next year."],
     unless=U_TURN_OFF, requires=OFF_REQ)

COOKIE = r"(?:cookies?|trackers?|tracking|web\s+beacons?|local\s+storage|identifiers?|pixels?)"
COOKIE_WORDS = ["cookie", "tracking", "tracker", "beacon", "local storage", "identifier", "pixel"]
REFUSE_REQ = ["refus", "reject", "block", "declin", "disabl", "disallow", "deactivat", "delet", "remov", "clear", "prevent",
              "stop", "manag", "limit", "deny", "denying", "not accept", "not allow", "not permit", "turn", "notif", "warn",
              "alert", "restrict", "control", "choos", "opt"]
U_COOKIES = U_OPT_OUT + U("COOKIES", [
    r"\bwe\s+(?:may\s+|will\s+|can\s+)?(?:delete|remove|block|clear|disable)\s+(?:\w+\s+){0,2}?" + COOKIE + r"\b(?![^.;]*\byou\b)",
    r"\b(?:block|reject|refus|prevent|stop)\w*\s+(?:\w+\s+){0,3}?" + COOKIE + r"\s+(?:\w+\s+)?automatically\b",
    r"\b(?:we|company)\s+(?:do|does|will)\s+not\s+(?:allow|permit|accept)\b", r"(?:\bnot|n't)\s+(?:\w+\s+)?(?:remove|block|disable|delete|refuse|reject|clear)\b"])
rule("opt_out.refuse_cookies", "opt_out", "info", COOKIE_WORDS,
     [r"\b(?<p>(?:refus\w*|reject\w*|block\w*|declin\w*|disabl\w*|disallow\w*|de-?activat\w*|delet\w*|remov\w*|clear(?:ing)?\s+(?:your|all|existing|any|the)|prevent\w*|stop\w*|manag(?:e|ing)|limit(?:ing)?|deny|denying|not\s+(?:to\s+)?(?:accept|allow|permit)|(?:do|does)\s+not\s+accept|turn\w*\s+off))\s+(?:[\w'-]+\s+){0,5}?" + COOKIE],
     "You can refuse or block cookies and similar tracking.",
     ["Reject non-essential cookies in the banner.",
      "You can delete cookies already stored on your computer."],
     ["We use cookies to remember your language.",
      "Cookies expire after 30 days.",
      "We aggregate the data, removing personal identifiers so it cannot be traced to anyone."],
     # the company de-identifying data is not the person refusing tracking
     unless=U_COOKIES + [r"^(?![^.]*\byou(?:r)?\b)(?s:.*?)\b(?:remov|strip|delet|replac|hash|mask)\w*\s+(?:\w+\s+){0,3}?identif"],
     requires=REFUSE_REQ)

rule("opt_out.browser_settings", "opt_out", "info", ["browser", "device"],
     [r"\b(?<p>(?:set|setting|configure|adjust|change|modify|update|use|using)\s+(?:the\s+settings\s+of\s+)?(?:your|the|their|a|most|his\s+or\s+her|his|her)\s+(?:\w+\s+){0,2}?(?:browser|device|web\s+browser|internet\s+browser)\s*(?:'s\s+)?(?:settings?|preferences?|options?)?)\b[^.;]{0,100}?\b(?:refuse|reject|block|decline|disable|delete|remove|not\s+accept|notify|warn|alert|prevent|stop|limit|restrict|accept)",
      r"\b(?<p>(?:browsers?|devices?)\s+(?:\w+\s+){0,3}?(?:allow|let|permit|enable|offer|provide|include)\w*\s+(?:you|users)?\s*(?:\w+\s+){0,2}?(?:to\s+)?(?:refuse|reject|block|decline|disable|delete|remove|manage|control|limit|prevent|choose|opt))"],
     "Your browser or device settings let you refuse or limit this tracking.",
     ["You can set your browser to refuse all or some cookies.",
      "Most browsers let you block third-party cookies.",
      "Change your device settings to limit ad tracking."],
     ["We support all modern browsers.",
      "Your device sends us crash reports."],
     unless=U_COOKIES, requires=REFUSE_REQ)

CONSENT_OBJ = r"(?:consent|permission|authori[sz]ation|opt-?in)"
rule("opt_out.withdraw_object", "opt_out", "info",
     ["withdraw", "revok", "revoc", "retract", "rescind", "cancel your consent", "remove your consent"],
     # one leading word a pattern (PCRE2 finds a literal start fast)
     [r"\b(?<p>withdraw\w*\s+(?:(?:\w+\s+){0,3}?" + CONSENT_OBJ + r"|(?:it|this|them)\s+(?:there\s+|here\s+|easily\s+)?(?:at\s+any\s+time|later|any\s+time)))\b",
      r"\b(?<p>re(?:vok\w+\s+(?:(?:\w+\s+){0,3}?" + CONSENT_OBJ + r"|(?:it|this|them)\s+(?:there\s+|here\s+|easily\s+)?(?:at\s+any\s+time|later|any\s+time))|vocation\s+of\s+(?:\w+\s+){0,3}?" + CONSENT_OBJ + r"|tract\w*\s+(?:\w+\s+){0,3}?" + CONSENT_OBJ + r"|scind\w*\s+(?:\w+\s+){0,3}?" + CONSENT_OBJ + r"|mov\w+\s+(?:\w+\s+){0,3}?" + CONSENT_OBJ + r"))\b",
      r"\b(?<p>cancel\w*\s+(?:\w+\s+){0,3}?" + CONSENT_OBJ + r")\b",
      {"p": [r"\b(?<p>right\s+to\s+object)\b",
             r"\b(?<p>(?:you|users?)\s+(?:\w+\s+){0,2}?(?:may|can|could|might|have\s+the\s+right\s+to)\s+(?:also\s+)?object)\b",
             r"\b(?<p>object(?:ing)?\s+to\s+(?:the|our|this|such|any|certain|your|their)?\s*(?:\w+\s+){0,2}?(?:processing|use|uses|sharing|disclosure|transfer|profiling|marketing|collection)|objection\s+to)\b"],
       "a": ["object"],
       "m": ["You have the right to object to the processing of your personal data.", "You may also object at any time."],
       "n": ["Users may object to offensive posts by reporting them.", "The object of this policy is to inform you."]},
      {"g": "a", "p": r"\b(?<p>change\s+your\s+mind)\b", "a": ["change your mind"],
       "m": ["If you change your mind, just click the link below.", "Change your mind about sharing at any time."],
       "n": ["Change your password often.", "You may change your plan at any time."]},
      {"g": "a", "p": r"\b(?<p>deny\s+(?:the\s+)?(?:processing|consent|tracking|use\s+of))\b", "a": ["deny"],
       "m": ["You can deny the processing of your data for ads.", "Deny tracking in the banner."],
       "n": ["We deny all liability.", "Deny the request if it looks wrong."]}],
     "You can withdraw your consent or object to this use of your data.",
     ["You can withdraw your consent at any time in your account.",
      "You may revoke this permission in Settings."],
     ["We may withdraw this offer at any time.",
      "Remove the cover before use.",
      "If the customer sends us its objection to the changes within 30 days, we will refund the remaining fees."],
     unless=U_OPT_OUT + [r"\bobject\w*\s+to\s+(?:\w+\s+){0,2}?(?:offensive|inappropriate|abusive|harmful|illegal|posts?|comments?|users?|accounts?|behaviou?r|material"
                         # objecting to a change of the contract or its price is not refusing a use of data
                         r"|modifications?|changes?|amendments?|revisions?|updates?|terms|fees?|prices?|charges?)\b", r"\bobjectionable\b"],
     requires=["consent", "permission", "authori", "opt-in", "opt in", "any time", "anytime", "later", "object", "change your mind", "processing", "tracking", "use of"])

rule("opt_out.choose_not", "opt_out", "info",
     ["choose not", "elect not", "decide not", "prefer not", "prefer that", "prefer we", "prefer us", "not want", "not wish", "n't want",
      "n't wish", "no longer want", "no longer wish", "rather not", "rather we", "rather that", "option to not", "option not", "choice not", "right not",
      "ability not", "opportunity not", "opportunity to not"],
     [r"\b(?<p>(?:tick|check|select|mark)\s+(?:here|this\s+box|the\s+box)\s+if\s+you\s+(?:do\s+not|don't|no\s+longer|would\s+prefer\s+not\s+to)\s+(?:want|wish|like)?)",
      r"\b(?<p>(?:(?:you|users?)\s+(?:can|may|could|might|are\s+free\s+to|have\s+the\s+(?:right|option|choice)\s+to)\s+(?:also\s+|always\s+)?(?:choose|elect|decide|ask)|(?:option|choice|opportunity|right|ability)\s+(?:to\s+)?)\s+not\s+to\s+(?:receive|have|be|allow|let|get|share|participate|accept|permit|use|grant|give|enable|sell|disclose|take\s+part))\b",
      r"\b(?<p>(?:do\s+not|don't|no\s+longer)\s+(?:want|wish|care)\s+to\s+(?:receive|get|hear|see|have|be|share|allow|participate|take\s+part)|(?:do\s+not|don't|no\s+longer)\s+(?:want|wish)\s+(?:us|your|our|(?:\w+\s+){0,2}?(?:data|information|content|email|details))|(?:prefer|rather)\s+(?:that\s+)?(?:we|us)\s+(?:\w+\s+)?not|would\s+(?:rather|prefer)\s+not|prefer\s+not\s+to\s+(?:receive|get|have|be|share|use|see))\b[^.;]{0,200}?\b(?:contact|let\s+us\s+know|e-?mail|write|call|notify|visit|click|follow|adjust|change|update|opt|unsubscrib|turn|set|select|settings|request|send|tell|inform|check|uncheck|tick|use|go\s+to|manage|decline|reply|respond|text|link|may|can)\b"],
     "You can tell the company you do not want this use of your data.",
     ["If you prefer that we not share your details with partners, please contact us.",
      "You may choose not to receive promotional texts.",
      "If you no longer wish to receive our newsletter, click the link at the bottom."],
     ["We chose not to store your password in plain text.",
      "If you do not want to create an account, you can check out as a guest.",
      "If you do not want your subscription to renew, cancel it in your account."],
     unless=U_OPT_OUT + [r"\b(?:we|company)\s+(?:\w+\s+)?(?:chose|choose|decided?|elect(?:ed)?)\s+not\b",
             r"\bnot\s+(?:want|wish)\s+to\s+(?:create|register|sign\s+up|make|open|log|use\s+the)\b",
             # a subscription that should not renew is a cancellation, not a data choice
             r"\bnot\s+(?:want|wish)\s+(?:your\s+|the\s+|a\s+)?(?:subscription|membership|plan|order|trial)\b",
             r"\bbe\s+bound\b|\bagree\s+(?:to|with)\s+(?:these|the|our|this)\s+(?:terms|agreement|policy)"])

rule("opt_out.say_no", "opt_out", "info", ["say no", "decline to", "refuse to"],
     [r"\b(?<p>(?:you|users?|members?)\s+(?:can|may|could)\s+(?:always\s+|also\s+|still\s+)?(?:say\s+no|(?:decline|refuse)\s+to\s+(?:have|allow|let|share|provide|receive|be|participate|take\s+part|give)))\b",
      (r"[\"']\s*(?<p>(?:do\s+not|don't)\s+(?:train\s+on|use|sell|share|track)\s+my\b)", ["do not", "don't"], ["train on my", "use my", "sell my", "share my", "track my"],
       ["Click \"Do not train on my content\".",
        "Select 'Don't use my data' in the form."],
       ["We do not use your data for ads.",
        "Do not share your password."]),
      (r"\b(?<p>you\s+can\s+(?:always\s+|also\s+)?(?:change|update|adjust|revisit|undo)\s+(?:this|that|these|your)\s+(?:settings?|choices?|preferences?|decisions?|selections?)\s+(?:\w+\s+){0,3}?(?:at\s+any\s+time|anytime|later|whenever))", ["you can"], ["any time", "anytime", "later", "whenever"],
       ["You can change this setting at any time.",
        "You can always revisit your choice later."],
       ["You can change your password at any time.",
        "You can update your address later."])],
     "You can say no to this use of your data.",
     ["You can say no to marketing at any time.",
      "Users may decline to have their content included in training."],
     ["We may decline to provide the service.",
      "Say no to paper statements and save trees."],
     unless=U_OPT_OUT)

rule("opt_out.stop_receiving", "opt_out", "info",
     ["stop receiving", "stop getting", "stop"],
     [r"\b(?<p>stop\s+(?:receiving|getting)|(?:reply|replying|text|texting|respond\w*)\s+[\"']?STOP\b)",
      r"\b(?<p>(?:to\s+|can\s+|may\s+|you\s+|ask\s+us\s+to\s+|tell\s+us\s+to\s+|request\s+that\s+we\s+)stop\s+(?:(?:all\s+|any\s+|the\s+|us\s+(?:from\s+)?|our\s+|further\s+)?(?:\w+\s+){0,2}?(?:collection|collecting|tracking|sharing|processing|sale|selling|sending|contacting|disclos\w+|analytics)|(?:us\s+(?:from\s+)?)?using\s+(?:your|my|their)\s+(?:\w+\s+)?(?:data|information|content|details|e-?mail|number)))\b",
      (r"\b(?<p>remov\w*\s+(?:you|me|yourself|your\s+(?:name|e-?mail|address|number|details|information|contact\s+\w+)|(?:your\s+)?e-?mail\s+address)\s+from\s+(?:\w+\s+){0,4}?(?:lists?|database|subscriptions?|mailings?)|(?:to\s+)?be\s+removed\s+from\s+(?:\w+\s+){0,4}?(?:lists?|database|subscriptions?|mailings?)|(?:you|your\s+(?:name|e-?mail|address|number|details|information)|(?:your\s+)?e-?mail\s+address)\s+(?:be\s+|being\s+)?removed\s+from\s+(?:\w+\s+){0,4}?(?:lists?|database|subscriptions?|mailings?))",
       ["remov"], [" list", "database", "subscription", "mailing"],
       ["Write to us to have your name removed from our mailing lists.",
        "Ask us to remove you from our marketing database."],
       ["Remove the battery before cleaning the device.",
        "We remove inactive users from the leaderboard lists after a year."]),
      (r"\b(?<p>(?:ask|request|tell|instruct|direct)\w*\s+(?:us|them|that\s+we|that\s+(?:a|the)\s+\w+|(?:all\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:companies|partners|third\s+parties|crawlers|bots|providers|developers|services))\s+(?:\w+\s+){0,2}?not\s+(?:to\s+)?(?:use|sell|share|disclose|send|contact|process|collect|track|call|e-?mail|market|train|crawl|scrape))\b|\b(?<q>(?:request|ask)\w*\s+that\s+(?:your|their|the)\s+(?:\w+\s+){0,3}?(?:be\s+withheld|not\s+be))\b",
       ["not to", "not use", "not sell", "not share", "not disclose", "not send", "not contact", "not process", "not collect", "not track",
        "not call", "not mail", "not e-mail", "not email", "not market", "not train", "not crawl", "not scrape", "withheld", "not be"],
       ["ask", "request", "tell", "instruct", "direct"],
       ["You can ask us not to use your data for direct marketing.",
        "Ask AI companies not to train on your posts."],
       ["Ask us anything about your order.",
        "Do not request a refund twice."]),
      (r"\b(?<p>(?:we|they)\s+(?:will\s+|would\s+|shall\s+)?no\s+longer\s+(?:allow|sell|shar|send|track|collect|disclos)\w*|no\s+longer\s+(?:allow|sell|shar|send|track|collect)\w*|(?:you're|you\s+are)\s+no\s+longer\s+(?:receiving|subscribed|being|sharing|opted)\w*)\b", ["no longer"], None,
       ["Once you opt out, we will no longer share your data with ad partners.",
        "You are no longer subscribed to this list."],
       ["You can no longer use your old password.",
        "If you are no longer using this number, tell us."]),
      (r"\b(?<p>decline\s+(?:further|future|to\s+receive|additional)\b[^.;]{0,30}?\b(?:communications?|e-?mails?|messages?|mailings?|contact|offers?|calls))", ["decline"], None,
       ["You may decline further communications at any time.",
        "Decline to receive offers by replying to any email."],
       ["Decline the invitation if you cannot come.",
        "Your card was declined."])],
     "You can ask the company to stop this use of your data or to stop contacting you.",
     ["To stop receiving these emails, follow the link in any message.",
      "Reply STOP to any text to end SMS marketing.",
      "You can ask us to stop processing your data for analytics."],
     ["We stop the service when your subscription ends.",
      "Stop using the product if you see smoke."],
     unless=U_OPT_OUT + [r"\b(?:we|company)\s+(?:may|will|can)\s+stop\s+(?:providing|offering)\b"])

rule("opt_out.control_choice", "opt_out", "info",
     combos(["control", "choose", "decide"], ["whether", "how", "what", "which", "who", "if"]) + combos(["manage", "limit", "restrict", "select", "adjust", "change"], ["whether", "how", "what", "which", "who"]),
     [r"\b(?<p>(?:you\s+(?:can|may|could|are\s+able\s+to|have\s+the\s+(?:right|option|ability)\s+to)|\bto|lets?\s+you|allows?\s+you\s+to|gives?\s+you\s+(?:the\s+)?(?:option|ability|choice)\s+to|[,;](?!\s+(?:we|it|they|our|the\s+company)\b))\s+(?:\w+\s+){0,3}?(?:control|choose|decide|manage|limit|restrict|select|adjust|change)\s+(?:whether|if|how|what|which|who))\b(?=[^.;]{0,80}?\b(?:data|information|content|shar\w*|collect\w*|us(?:e|ed)|receiv\w*|track\w*|personali[sz]\w*|ads|advertis\w*|cookies|recordings?|history|train\w*|stor\w*|visible|public|e-?mails?|messages|contact\w*|location|notifications?|material)\b)",
      # "you can limit the use of...": the word before "limit" is a must, so it is required
      {"p": r"\b(?=limit|restrict)(?:(?<=\byou\s(?:can|may)\s)|(?<=\byou\scould\s)|(?<=\b(?:can|may)\salso\s)|(?<=\bcould\salso\s)|(?<=\b(?:wish|want)\sto\s)|(?<=\blike\sto\s)|(?<=\b(?:choose|prefer)\sto\s)|(?<=\bright\sto\s)|(?<=\bor\s)|(?<=\botherwise\s))(?<p>(?:limit|restrict)\w*\s+(?:the\s+|our\s+|how\s+we\s+)?(?:use|uses|sharing|disclosure|processing|using|share|process|disclose)\b(?:\s+(?:and|or)\s+\w+)?\s+(?:of\s+)?(?:your|their|the|sensitive|personal|my)?)",
       "a": ["limit", "restrict"], "R": [["the use", "use of", "our use", "how we", "sharing", "disclosure", "the sale", "processing"],
                                       combos(["can", "may", "could", "also", "to", "or", "otherwise"], ["limit", "restrict"])],
       "m": ["You have the right to limit the use of your sensitive personal information.",
             "You may also restrict processing of your data."],
       "n": ["We limit access to your data to employees who need it.",
             "Limits apply to the use of the free plan."]},
      # a button or heading that starts with the verb: "Limit the sharing of my data"
      {"p": r"^\W?(?<p>(?:limit|restrict)\w*\s+(?:the\s+|our\s+|how\s+we\s+)?(?:use|uses|sharing|disclosure|processing|using|share|process|disclose)\b(?:\s+(?:and|or)\s+\w+)?\s+(?:of\s+)?(?:your|their|the|sensitive|personal|my)?)",
       "a": ["limit", "restrict"], "R": [["the use", "use of", "our use", "how we", "sharing", "disclosure", "the sale", "processing"]],
       "m": ["Limit the sharing of my data", "Restrict processing of my information"],
       "n": ["Limits apply to the use of the free plan.", "Restrictions on use apply."]},
      (r"\b(?<p>exclud\w+\s+(?:your|their|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+from)\b", ["exclud"], None,
       ["You can exclude your posts from search results.",
        "Site owners may exclude their site from crawling."],
       ["Prices exclude tax.",
        "We exclude weekends from delivery times."]),
      (r"\b(?<p>pause\s+(?:your\s+)?(?:\w+\s+)?(?:history|tracking|activity|collection|personali[sz]ation))\b", ["pause"], None,
       ["You can pause your watch history at any time.",
        "Pause location tracking from the app menu."],
       ["Pause the video to take notes.",
        "You can pause your subscription for a month."]),
      (r"(?:\byou\s+(?:can|may|could)\s+(?:\w+\s+)?|\bto\s+|\boption\s+to\s+)(?<p>(?:prevent|restrict|stop|block)\s+(?:us|them|(?:the|this|our|these|such)\s+(?:\w+\s+)?(?:site|website|websites|app|service|company|partners?|cookies?|trackers?|advertisers?|owner|companies|networks?))\s+from\s+(?:collecting|using|tracking|sharing|selling|aggregating|analy[sz]ing|recording|processing|sending|receiving|storing|accessing))\b", combos(["prevent"], ["us", "them", "the", "this", "our", "these", "such"]) + ["restrict us", "stop us from", "block us"], None,
       ["You can prevent us from using your location.",
        "Use the option to prevent the site from tracking you."],
       ["We prevent fraud with automated checks.",
        "This helps prevent the app from crashing.",
        "If you change your phone number, update it in the app so as to prevent us from texting your codes to its next owner."]),
      (r"\b(?<p>(?:revok|withdraw|disconnect)\w*\s+(?:[\w']+\s+){0,2}?(?:access|permissions?))\b(?=[^.;]*\b(?:any\s+time|settings|at\s+any|whenever|you\s+can|you\s+may)\b)", ["revok", "withdraw", "disconnect"], ["access", "permission"],
       ["You can revoke the app's access at any time in Settings.",
        "Disconnect access to your contacts whenever you like."],
       ["Withdraw money from your balance at any time.",
        "We revoke access for suspended accounts."]),
      (r"\b(?<p>[\"']?(?:reject|decline|refuse|deny)\s+all[\"']?)\b(?!\s+(?:liability|responsibility|claims?|warrant\w+))", ["reject all", "decline all", "refuse all", "deny all"], None,
       ["Click \"Reject all\" to refuse optional cookies.",
        "Decline all"],
       ["Accept all",
        "We reject all liability for delays."]),
      (r"\b(?<p>(?:use|using|via|with|through|tap|click)\s+(?:on\s+)?(?:the|this)\s+(?:\w+\s+)?(?:toggle|switch))\b", ["toggle", "switch"], ["the toggle", "this toggle", "the switch", "this switch", "privacy toggle", "privacy switch"],
       ["Control sharing with the toggle below.",
        "Tap the privacy switch to stop syncing."],
       ["The switch to the new plan is automatic.",
        "We use a toggle for dark mode."]),
      (r"^\W*(?<p>(?:block|prevent|disallow|stop|exclude|limit|minimi[sz]e|discourage)\s+(?:[\w-]+\s+){0,3}?(?:training|crawl\w*|sharing|scraping|scrapers|bots))\b[^.;]{0,60}$", ["train", "crawl", "scrap", "bots", "sharing"], ["block", "prevent", "disallow", "stop", "exclude", "limit", "minimi", "discourage"],
       ["Block AI crawlers from my site",
        "Prevent third-party sharing"],
       ["Stop sharing is a button in the meeting toolbar that ends the share.",
        "Training is limited to staff."]),
      (r"\b(?<p>global\s+privacy\s+control|GPC\s+signals?)\b|\b(?<q>(?:honou?r|respect|recogni[sz]e|treat|process)\w*\s+(?:\w+\s+){0,3}?(?:do\s+not\s+track|DNT|global\s+privacy\s+control|GPC|opt-?out\s+preference)\s+(?:signals?|requests?|settings?)?)", ["global privacy control", "gpc", "do not track", " dnt", "opt-out preference"], None,
       ["We honour Global Privacy Control signals as a request to opt out.",
        "We respect Do Not Track settings in your browser."],
       ["We do not respond to Do Not Track signals.",
        "Our site does not support DNT."])],
     "You have a control to refuse or limit this use of your data.",
     ["You can control whether your recordings are stored in Settings.",
      "You may choose whether we use your location for ads."],
     ["You can choose which plan fits you.",
      "We decide how to design our products."],
     unless=U_OPT_OUT + [r"\b(?:we|company)\s+(?:\w+\s+)?(?:limit|restrict)\w*\s+(?:access|the\s+(?:amount|number))\b", r"\b(?:circumvent|bypass|interfer|disrupt|damag|hack|reverse\s+engineer)\w*",
             r"\bchoose\s+(?:which|what)\s+(?:plan|product|size|color|colour|option|language|theme|items?)\b"])

PREF = r"(?:(?:permission|privacy|cookie|ad|ads|advertising|marketing|communication|communications|e-?mail|contact|consent|data|sharing|notification|tracking|personali[sz]ation|mailing|messaging|promotional|interest)\s+)"
PREF_VERBS = ["change", "update", "adjust", "manag", "modif", "set your", "set the", "revisit", "withdraw", "edit", "control", "customi",
              "visit", "exercise", "review your", "use your", "use the", "using the"]

# "Contact us if you no longer want to receive these messages", "a setting
# to discourage crawling by AI companies", "email us to have your data
# excluded": ways to refuse a use, said without the words opt out.
ACTION_WORDS = r"(?:contact|e-?mail\s+(?:us|our)|write\s+to|call\s+us|click|visit|tell\s+us|let\s+us\s+know|notify\s+us|adjust\s+your|update\s+your|change\s+your|unsubscrib|opt\s+out|opt-out|follow\s+the|reply|uncheck|untick|turn\s+off|go\s+to|log\s+in|send\s+us|use\s+the|de-?select)"
rule("opt_out.no_longer_want", "opt_out", "info", ["no longer want", "no longer wish", "not want", "not wish", "don't want", "don't wish"],
     [r"^(?=(?s:.*?)\b" + ACTION_WORDS + r"\w*\b)(?s:.*?)\b(?<p>(?:if|should|when)\s+you\s+(?:no\s+longer|do\s+not|don't|would\s+(?:rather\s+)?not)\s+(?:want|wish|like)\s+(?:to\s+(?:receive|get|be\s+contacted|hear|participate|be\s+included|be\s+tracked)|us\s+to\s+(?:use|share|send|contact|process|collect|sell|disclose|track|keep|call|e-?mail|text)|(?:your|this)\s+(?:\w+\s+)?(?:data|information|content)\s+(?:to\s+be\s+)?(?:used|shared|sold|collected)))\b"],
     "You can tell the company to stop this use of your data.",
     ["Contact us if you no longer want to receive these messages.",
      "If you do not want us to share your details with partners, change your settings."],
     ["If you do not want to receive a paper bill, that is fine.",
      "We are sorry if you no longer want to receive updates."],
     unless=U_OPT_OUT + ["{{QUESTION}}"], requires=["receive", "get", "contacted", "hear", "participate", "included", "tracked", "us to", "used", "shared", "sold", "collected"])

rule("opt_out.setting_to_prevent", "opt_out", "info", combos(["setting", "settings", "option", "toggle", "control", "controls", "tool", "tools", "switch", "way"], ["to"]),
     [r"\b(?<p>(?:settings?|options?|toggles?|controls?|tools?|switch|(?:a|an|the)\s+way)\s+to\s+(?:help\s+)?(?:discourage|prevent|block|stop|limit|restrict|disable|opt\s+out\s+of|exclude|turn\s+off|switch\s+off|keep)\s+(?:\w+\s+){0,4}?(?:crawl\w*|scrap\w*|training|tracking|track|shar\w*|collect\w*|us\w*|personali[sz]\w*|ads|advertis\w*|target\w*|sale|selling|(?:AI|model)\s+\w+))\b"],
     "A setting or tool lets you refuse this use of your data.",
     ["We added a setting to discourage crawling by AI companies.",
      "There is an option to prevent third parties from using your posts for AI.",
      "You have controls to limit ad tracking."],
     ["We built tools to prevent fraud.",
      "Our security settings help stop attackers."],
     unless=U_OPT_OUT + ["{{QUESTION}}", r"\b(?:fraud|abuse|spam|attack\w*|malware|bots?\s+from\s+(?:abus|spam)|unauthori[sz]ed|hack\w*)\b"],
     requires=["crawl", "scrap", "training", "track", "shar", "collect", "us", "personali", " ads", "advertis", "target", "sale", "selling", " ai ", "model"])

rule("opt_out.have_excluded", "opt_out", "info", ["excluded from", "removed from", "omitted from", "withheld from", "left out of"],
     [r"\b(?<p>(?:to\s+)?have\s+(?:your|my|their)\s+(?:[\w-]+\s+){0,2}?(?:data|content|information|posts?|chats?|conversations?|work|details|name|account|site|profile|images?|photos?|recordings?)\s+(?:excluded|removed|omitted|withheld|left\s+out)\s+(?:from|of))\b"],
     "You can ask for your data to be left out of this use.",
     ["Email our privacy team to have your data excluded from training.",
      "Write to us to have your photos removed from the public gallery."],
     ["We have your details removed from our system when you close the account? No.",
      "Have your ticket ready when you call."],
     unless=U_OPT_OUT + ["{{QUESTION}}"], requires=["have your", "have my", "have their"])

rule("opt_out.manage_preferences", "opt_out", "info", ["preferences", "choices"],
     [r"\b(?<p>(?:change|update|adjust|manage|modify|review|set|revisit|withdraw|edit|control|customi[sz]e|access|use|visit|exercise)\w*\s+(?:your|their|these|those|the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:preferences|choices))\b",
      (r"\b(?<p>(?:change|update|adjust|manage|modify|set|edit|control|customi[sz]e)\w*\s+(?:your|their|the|my)\s+(?:\w+\s+)?" + PREF + r"(?:settings|controls|options))\b",
       ["settings", "controls", "options"], ["permission", "privacy", "cookie", "ad setting", "ads setting", "ad control", "advertising", "marketing", "communication", "mail", "contact", "consent", "sharing", "notification", "tracking", "personali", "messaging", "promotional", "interest"],
       ["Manage your ad settings in the Privacy tab.",
        "You can adjust your cookie settings at any time."],
       ["Change your display settings to use dark mode.",
        "Update the app settings to save battery."]),
      (r"\b(?<p>(?:preference|consent|subscription|communication)s?\s+(?:cent(?:er|re)|manager|dashboard|portal|panel)|privacy\s+(?:manager|dashboard|portal|panel)|preferences?\s+page)\b",
       ["center", "centre", "manager", "dashboard", "portal", "panel", "preferences page", "preference page"], ["preference", "consent", "subscription", "communication", "privacy"],
       ["Visit the preference center to choose which emails you get.",
        "Use the consent manager to change your choices."],
       ["Visit our help center for answers.",
        "Read more in the Privacy Center."]),
      (r"\b(?<p>do\s+not\s+(?:sell|share)(?:\s*(?:or|and|/|&)\s*(?:sell|share))?\s+my)\b|(?:click|tap|select|visit|use|follow)\w*\s+(?:on\s+)?(?:the\s+|our\s+)?[\"']?(?<q>do\s+not\s+(?:sell|share)(?:\s*(?:or|and|/|&)\s*(?:sell|share))?)\b", ["do not sell", "do not share"], None,
       ["Do Not Sell or Share My Personal Information",
        "Use the Do Not Sell My Info link.",
        "Click \"Do Not Sell or Share\" to make your choice."],
       ["We do not sell your data.",
        "We do not share your data with advertisers."]),
      (r"^\W*(?<p>(?:your\s+)?privacy\s+choices|manage\s+(?:cookies|consent|preferences|settings|options|services|vendors|partners|choices|\d+\s+vendors)|cookie\s+(?:settings|preferences))\W*$",
       ["privacy choices", "manage", "cookie settings", "cookie preferences"], None,
       ["Your Privacy Choices",
        "Manage cookies"],
       ["Manage your team",
        "Privacy"])],
     "You can change your privacy or marketing preferences to refuse this use.",
     ["You can change your preferences at any time from the banner link.",
      "Update your communication choices in your account."],
     ["We remember your preferences such as language.",
      "Your choices of colour are saved.",
      "This notice is meant to help you understand what we do and how to exercise the choices you have."],
     # "Attn: Data Privacy Manager" in a postal address is a job title
     unless=U_OPT_OUT + [r"\b(?:remember|store|save|record)\w*\s+(?:your\s+)?(?:\w+\s+)?preferences\b", r"\b(?:attn|attention)\b\s*[:.]"],
     requires=PREF_VERBS)

REFUSAL_BUTTON = r"(?:I\s+)?(?:decline|reject|deny|refuse|disagree)(?:\s+all)?(?:\s+(?:cookies|tracking|optional\s+cookies|non-essential\s+cookies))?|(?:I\s+)?(?:do\s+not|don't)\s+(?:consent|allow|accept|agree)|(?:accept\s+)?(?:only\s+(?:necessary|essential)|(?:necessary|essential)\s+(?:cookies\s+)?only)(?:\s+cookies)?|(?:do\s+not|don't)\s+(?:train\s+on|track|use)\s+my\b[^.;]{0,40}?"
rule("opt_out.bare_refusal", "opt_out", "info", ["do not train", "don't train", "do not track", "don't track", "do not use my", "don't use my", "decline", "reject", "deny", "refuse", "disagree", "do not consent", "don't consent", "don't allow",
                                                  "do not allow", "do not accept", "don't accept", "do not agree", "don't agree"],
     [r"^\W*(?<p>" + REFUSAL_BUTTON + r")\W*$",
      # "Necessary cookies only": the common words need "only" beside them
      {"p": r"^\W*(?<p>" + REFUSAL_BUTTON + r")\W*$", "a": ["necessary", "essential"], "R": [["only"]],
       "m": ["Necessary cookies only", "Accept only essential cookies"],
       "n": ["Necessary cookies", "Only essential cookies are always on."]}],
     "A button or link that refuses this use of your data.",
     ["Decline", "Reject all"],
     ["Accept all", "Decline to say"])

# --------------------------------------------------------------------------
# opt_in
# --------------------------------------------------------------------------
D["POSS"] = r"(?:your|their|his\s+or\s+her|the\s+user's|the\s+customer's|users'?|customers'?|individuals'?|members'?|people's|the\s+(?:user|customer|person|individual|member|data\s+subject)'s)"
D["CONSENT"] = r"(?:consent|permission|authori[sz]ation|agreement|approval|opt-?in)"
U_OPT_IN = U("OPT_IN", [
    r"\bby\s+(?:using|continuing|visiting|accessing|browsing|signing\s+up|registering|creating|submitting|clicking\s+(?:sign|continue|register|submit)|connecting|linking|posting|uploading|signing\s+in|logging\s+in)\b",
    r"\bunless\s+you\s+(?:\w+\s+)?(?:request|ask)\w*\s+(?:that\s+|us\s+)?(?:\w+\s+){0,3}?(?:withheld|not|stop|remov|delet|exclud)",
    r"\byou\b[^.;]{0,30}?\b(?:get|obtain|have|need|must|seek|secure)\w*\s+(?:\w+\s+){0,2}?(?:their|the|such)\s+(?:\w+\s+)?(?:consent|permission)",
    gate(["otherwise"], r"\b(?:unless|except\s+as|or)\s+otherwise\b|\botherwise\s+(?:agreed|permitted|required|stated|provided|specified|indicated|noted)\b|\b(?:agreed?|consent\w*|request\w*|elect\w*|specif\w+|instruct\w*|direct\w*|indicat\w+|notif\w+|tell\s+us|decide\w*|ask\w*)\s+otherwise\b"),
    ARBITRATION[0], r"\byou\s+(?:will|shall|must|may|agree)\s+(?:\w+\s+)?not\b", r"\busers?\s+(?:will|shall|must|may|agree)\s+(?:\w+\s+)?not\b",
    r"(?:\bnot|n't)\s+(?:\w+\s+)?(?:ask|request|seek|need|require)\w*\s+(?:for\s+)?(?:your\s+|their\s+)?(?:consent|permission)",
    gate(["without"], r"^(?!.*?(?:\b(?:not|never)\b|n't)).*?\bwithout\s+(?:\w+\s+){0,2}?(?:asking|seeking|requiring|obtaining|getting)\b"),
    r"\bbe\s+bound\b", r"\bthese\s+terms\b",
    r"^\W*(?:don't|do\s+not|never)\s+\w+",
    r"\bparent", r"\bguardian", r"\b(?:do\s+not|don't)\s+(?:consent|agree)\b",
    gate(["withdraw"], r"\bwithdraw\w*\s+(?:\w+\s+){0,2}?consent|\b(?:this|the|such|your)\s+withdrawal\b"),
    r"\byou\s+(?:have\s+|has\s+)?(?:received|obtained|got|secured)\s+(?:\w+\s+){0,3}?(?:consent|permission|authori[sz]ation|approval)",
    r"\busers?\s+(?:have\s+|has\s+)?(?:received|obtained|got|secured)\s+(?:\w+\s+){0,3}?(?:consent|permission|authori[sz]ation|approval)",
    gate(["agreement"], r"\bagreement\s+with\b|\b(?:user|licen[cs]e|subscription|service|customer|this|the)\s+agreement\b"), r"{{QUESTION}}",
    # data portability: the person asks for their data to be sent on; consent
    # is only the legal basis that makes the right apply
    gate(["portab", "transfer", "transmit"], r"\bportab\w+|\b(?:request|ask|entitled|right)\w*\s+(?:\w+\s+){0,4}?(?:transfer|transmit|port)\w*\s+(?:\w+\s+){0,3}?(?:data|information)\s+(?:\w+\s+){0,2}?to\s+(?:another|a\s+third|a\s+different|other)\b"),
    # consent as one legal basis among others ("where we have your consent,
    # where we need it for a contract, or where we have a legitimate interest")
    gate(["legitimate", "contract", "necessary"], r"{{CONSENT}}[^.;]{0,60}?,?\s+(?:or\s+)?(?:where|when|if)\s+(?:we\s+need|it\s+is\s+necessary|(?:the\s+)?processing\s+is\s+(?:necessary|in\s+our)|we\s+(?:have|rely\s+on)\s+a\s+legitimate)"
         r"|(?:legitimate\s+interests?|perform\s+(?:a|the|our)\s+contract)[^.;]{0,100}?,?\s+(?:or\s+)?(?:where|when|if)\s+(?:we\s+have\s+)?(?:your\s+)?consent")])

rule("opt_in.opt_in", "opt_in", "info", ["opt in", "opt-in", "opted in", "opted-in", "opting in", "opting-in", "opts in", "optin", "opt\u2011in"],
     [r"\b(?<p>opt(?:s|ed|ing)?(?:\s+|-|‑)?in)\b(?!\s+(?:to\s+)?(?:use\s+the\s+feature))"],
     "This happens only if you actively opt in.",
     ["This feature is strictly opt-in.",
      "We may offer a way for you to opt in to personalised ads.",
      "You will only join our partner list if you opt in."],
     ["If you have opted in, you can opt out in Settings.",
      "Thanks for opting in; you can turn this off anytime.",
      "We e-mail past buyers about similar products under the soft opt-in rule."],
     unless=[r"\b(?:have|has|had|already|previously)\s+(?:\w+\s+)?opted[- ]?in", r"\bthanks?\s+(?:you\s+)?for\s+opting",
             r"(?:\bnot|n't)\s+be\s+able\s+to\s+opt", r"\b(?:by\s+default|automatically)\b[^.;]{0,20}?\bopted[- ]?in\b|\bopted[- ]?in\s+(?:\w+\s+){0,2}?(?:by\s+default|automatically)\b",
             r"^\W*(?:use|assist|encourage|send|sending)\b", r"\b(?:unclick|uncheck|untick|deselect|unselect)\w*\s+(?:an?\s+|the\s+)?opt-?in", r"\bopted\s+in\s+to\s+use\s+the\s+feature", r"\barbitrat", "{{QUESTION}}",
             # "soft opt-in" is the e-mail rule that needs no consent; an "opt-in plaintiff" is a party to a lawsuit
             r"\bsoft\s+opt[-\s]?in\b", r"\bopt[-\s]?in\s+(?:plaintiffs?|class|members?|collective)\b"])

# "with your consent", "without their permission": a possessive right before the consent word
# (the first letters of each word are enough for the prefilter, and keep it small)
POSS_OTHER = ["users'", "customers'", "user's", "customer's", "individuals'", "members'", "people's", "his or her", "member's", "person's",
              "individual's", "subject's"]
CONSENT_STEMS = ["cons", "perm", "auth", "appr", "agre", "opt-", "prio", "expr", "expl", "writ", "affi", "kno", "spec"]
CONSENT_ADJ = ["prior", "express", "explicit", "affirmative", "specific", "separate", "informed", "opt-in"]
WITH_PREP = ["with", "pursuant to", "based on", "on the basis of", "subject to", "upon", "in accordance with", "according to"]
YOUR_CONSENT = combos(["your"], CONSENT_STEMS)
OTHER_CONSENT = combos(["their"], CONSENT_STEMS) + combos(POSS_OTHER, ["consent", "permission"])
rule("opt_in.with_consent", "opt_in", "info", YOUR_CONSENT,
     # "with your consent": the rare "your" first, the preposition before it
     # checked by a lookbehind (a pattern that starts with eight prepositions
     # is tried at nearly every word)
     [r"\b(?<p>your(?<=" + "|".join(r"\b" + w.replace(" ", r"\s") + r"\syour" for w in WITH_PREP) + r")\s+(?:\w+\s+){0,3}?{{CONSENT}})\b",
      {"p": r"\b(?<p>(?:with|pursuant\s+to|based\s+on|on\s+the\s+basis\s+of|subject\s+to|upon|in\s+accordance\s+with|according\s+to)\s+{{POSS}}\s+(?:\w+\s+){0,3}?{{CONSENT}})\b",
       "a": OTHER_CONSENT,
       "m": ["Their data is processed only with their consent.", "We act in accordance with the user's permission."],
       "n": ["They gave their permission last year.", "Their consent forms are in the office."]},
      {"g": "c", "p": r"\b(?<p>(?:when|where|if|once)\s+we\s+(?:have\s+)?(?:obtained\s+|received\s+|got\s+)?{{POSS}}\s+(?:\w+\s+){0,2}?{{CONSENT}})\b",
       "a": YOUR_CONSENT + OTHER_CONSENT, "r": [["when we", "where we", "if we", "once we"]],
       "m": ["Where we have your consent, we send you offers.", "Once we obtained your explicit permission, we share it."],
       "n": ["When we update your consent settings, we tell you.", "If we lose your permission slip, call us."]},
      {"g": "c", "p": r"\b(?<p>(?:ask|request|seek|obtain|get|gets|receive|need|require|collect|secure)\w*\s+(?:for\s+)?(?:{{POSS}}\s+)?(?:(?:prior|express|explicit|affirmative|specific|separate|informed|opt-?in|your|written)\s+)+{{CONSENT}}|(?:ask|request|seek|obtain|get|gets|receive|need|require|secure|would\s+like|want)\w*\s+(?:for\s+)?{{POSS}}\s+{{CONSENT}})\b",
       "a": YOUR_CONSENT + OTHER_CONSENT, "r": [["ask", "request", "seek", "obtain", "get", "receiv", "need", "requir", "collect", "secur", "would like", "want"]],
       "m": ["We will ask for your permission before we use your location.", "We obtain your explicit consent first.",
             "We and our partners would like your permission to set cookies."],
       "n": ["We ask for your name.", "You can request a copy of your consent records."]},
      {"g": "c", "p": r"\b(?<p>unless\s+(?:you|they|the\s+user|users|a\s+customer)\s+(?:\w+\s+){0,2}?(?:opt\s+in|opt-in|consent|give\s+(?:us\s+)?(?:your\s+)?(?:\w+\s+)?(?:consent|permission)))\b",
       "a": YOUR_CONSENT + OTHER_CONSENT, "r": [["unless"]],
       "m": ["We will not share it unless you give us your consent.", "Unless you give your permission, we keep it private."],
       "n": ["Unless you tell us otherwise, your consent stays.", "Unless you give us your address, we cannot ship."]},
      (r"\b(?<p>without\s+(?:first\s+)?(?:obtaining\s+|getting\s+|asking\s+for\s+|receiving\s+)?{{POSS}}\s+(?:\w+\s+){0,2}?{{CONSENT}})\b", ["without"], [["not ", "n't", "never", " no "], CONSENT_NOUNS],
       ["We never share your data without your prior consent.",
        "Your address is not passed to sponsors without the customer's agreement."],
       ["We may share your data without your consent when the law requires it.",
        "Without your consent we may still use your data."]),
      r"\b(?<p>unless\s+(?:you|they|the\s+user|users|a\s+customer)\s+(?:\w+\s+){0,2}?(?:opt\s+in|opt-in|consent|give\s+(?:us\s+)?(?:your\s+)?(?:\w+\s+)?(?:consent|permission)))\b",
      (r"\b(?<p>(?:if|when|once|where|after)\s+(?:you|they|users?)\s+(?:have\s+|has\s+)?(?:\w+\s+)?(?:give|gave|given|giving|provide|provided|grant|granted|expressly\s+grant|specifically\s+grant|specifically\s+grants?)\s+(?:us\s+)?(?:(?:your|their|such|the|explicit|express|prior|specific|affirmative|this)\s+)*{{CONSENT}}|(?:if|when|once|where)\s+(?:you|they|users?)\s+(?:have\s+)?(?:expressly\s+|explicitly\s+|affirmatively\s+)?(?:consent|consented))\b",
       ["you give", "you gave", "you have given", "you've given", "you provide", "you have provided", "you grant", "you have granted",
        "you consent", "you have consented", "you expressly", "you explicitly", "you affirmatively", "they consent", "they give",
        "users consent", "users give"], CONSENT_WORDS,
       ["If you give us your consent, we will share your results with your doctor.",
        "We send offers by text message only when you have consented."],
       ["If you give us your address, we can deliver faster.",
        "If you consent to these terms, click Continue."]),
      (r"\b(?<p>(?:grant|grants|give|gives|gave)\s+(?:us|\w+)\s+(?:explicit\s+|express\s+|specific\s+)?permission)\b", ["permission"], ["grant", "give", "gave"],
       ["You can give us permission to read your calendar.",
        "Unless you grant the app explicit permission, it cannot see your photos."],
       ["Permission denied.",
        "You give up the right to a refund."])],
     "This use happens only with your explicit consent.",
     ["We share your contact details with partners only with your consent.",
      "This processing is based on your consent."],
     ["By using the site, you consent to our use of cookies.",
      "We may share your data without your consent when the law requires it.",
      "You can withdraw your consent at any time.",
      "Children need parental consent to sign up.",
      "You can ask us to transfer your data to another company if we process it on the basis of your consent.",
      "We collect your details only where we have your consent, where we need them to perform a contract with you, or where we have a legitimate interest.",
      "With your consent",
      "4. With Your Consent."],
     # a bare "With your consent" is a legal basis in a table, or a heading
     unless=U_OPT_IN + [r"^\W*(?:\d+[.)]\s*|[a-z][.)]\s+)?(?:with|on|based\s+on)\s+(?:your\s+)?(?:explicit\s+|prior\s+|express\s+)?(?:consent|permission)\W*$"])

rule("opt_in.consent_required", "opt_in", "info", combos(CONSENT_ADJ, ["cons", "perm", "auth", "writ"]),
     [r"\b(?<p>(?:ask|request|seek|obtain|get|gets|receive|need|require|collect|secure)\w*\s+(?:for\s+)?(?:{{POSS}}\s+)?(?:(?:prior|express|explicit|affirmative|specific|separate|informed|opt-?in|your|written)\s+)+{{CONSENT}}|(?:ask|request|seek|obtain|get|gets|receive|need|require|secure)\w*\s+(?:for\s+)?{{POSS}}\s+{{CONSENT}})\b"],
     "This use happens only with your explicit consent.",
     ["We obtain explicit consent before we collect health data.",
      "Sharing for these purposes requires prior written permission."],
     ["Explicit consent is one of the legal bases listed in the law.",
      "Children need parental consent to sign up."],
     unless=U_OPT_IN, requires=["ask", "request", "seek", "obtain", "get ", "gets ", "receiv", "need", "requir", "secur"])

rule("opt_in.consent_is_required", "opt_in", "info", combos(["consent", "permission"], ["is required", "is needed", "is necessary", "will be required", "will be requested", "is requested", "will be needed", "is sought"]),
     [r"\b(?<p>(?:your|their|the\s+user's|explicit|express|prior|separate|specific|informed)\s+(?:\w+\s+)?(?:consent|permission)\s+(?:is|will\s+be)\s+(?:always\s+)?(?:required|needed|necessary|requested|sought))\b"],
     "This use needs your explicit consent first.",
     ["Your consent is required before we process health data.",
      "Explicit permission will be requested before any recording starts."],
     ["No consent is required for strictly necessary cookies.",
      "Parental consent is required for users under 13."],
     unless=U_OPT_IN + [r"\b(?:no|not|n't|never)\b[^.;]{0,30}?(?:consent|permission)\s+(?:is|will)"])

rule("opt_in.only_if", "opt_in", "info", combos(["only", "solely"], ["if", "when", "after", "with", "once"]),
     [r"\b(?<p>(?:only|solely)\s+(?:if|when|after|with|once)\s+(?:you|your|they|their|the\s+user|users|a\s+customer)\s+(?:\w+\s+){0,2}?(?:opt|consent|agree|permission|approv|authori[sz]|explicitly|affirmatively|specifically|(?:choose|chose|decide|elect)\s+to\s+(?:share|allow|enable|turn\s+on|provide|give|join|participate|receive|sign\s+up|subscribe|opt)|request|ask|sign\s+up|subscribe|enable|turn\s+on|give|grant|allow)\w*)",
      (r"\b(?<p>unless\s+(?:you|they|the\s+user|users|a\s+customer)\s+(?:\w+\s+){0,2}?(?:agree|approve|authori[sz]e|(?:explicitly|affirmatively|specifically|actively)\s+(?:choose|opt|consent|agree|enable|ask|request|give|grant)|choose|request|ask|sign\s+up|subscribe|enable|turn\s+on|grant|give\s+(?:us\s+)?(?:your\s+)?(?:\w+\s+)?(?:consent|permission)|opt[\s-]in|consent))\b", ["unless you", "unless they", "unless the user", "unless users", "unless a customer"], None,
       ["We will not call you unless you ask us to.",
        "Your profile stays private unless you choose to publish it."],
       ["Unless you opt out, we share your data.",
        "Unless you tell us otherwise, we send a receipt."]),
      (r"\b(?<p>(?:if|when|once|where)\s+(?:you|they|users?)\s+(?:have\s+)?(?:expressly\s+|explicitly\s+|affirmatively\s+)?(?:(?:allow|authori[sz]e|permit|instruct|direct|ask)\s+us\s+to\s+(?:share|disclose|send|provide|transfer|contact)|agree\s+to\s+(?:receive|share|let|allow|this|the\s+use|our\s+use|such|it)|agreed\s+to\s+(?:receive|share|this|the\s+use|such|it)))\b", ["agree to", "agreed to", "allow us to", "authorize us to", "authorise us to", "permit us to", "instruct us to", "direct us to", "ask us to"], [" if you", " when you", " once you", " where you", " if they", " when they", " if users", " when users"],
       ["If you agree to receive texts, we will send you delivery alerts.",
        "When you allow us to share your details with a partner, we pass on your name.",
        "When you have agreed to share your location, we show nearby stores."],
       ["If you agree to these terms, click Continue.",
        "You agree to pay all fees when due."]),
      (r"\b(?<p>(?:if|once|when|after)\s+you\s+(?:have\s+)?(?:agreed?|accept(?:ed)?))\s*(?:,|\W*$)", ["if you agree", "once you agree", "when you agree", "after you agree", "if you accept", "once you accept",
            "when you accept", "after you accept", "you have agreed", "you have accepted"], None,
       ["If you agree, we will send you a monthly digest.",
        "Once you accept, the app can read your calendar."],
       ["If you agree to the terms, tap Next.",
        "When you accept an invitation, the host sees your name."])],
     "This use happens only if you agree to it.",
     ["Tracking starts only after you agree in the banner.",
      "We use your location only when you allow it."],
     ["Only after payment will the order ship.",
      "You agree to these terms by signing up."],
     unless=U_OPT_IN)

rule("opt_in.ask_first", "opt_in", "info", ["ask you", "ask your", "asks you", "ask for your", "request your", "seek your", "check with you", "checks with you"],
     [r"\b(?<p>(?:(?:ask|ask\s+for|request|seek)\s+(?:you|your)\s+(?:\w+\s+){0,2}?(?:to\s+consent|consent|permission|agreement|approval)|(?:asks?|checks?\s+with)\s+you\s+(?:first|before))\b)"],
     "The company asks you first before this use.",
     ["We will ask you for permission before we share your location.",
      "The app checks with you first before it uploads photos."],
     ["We may ask you for your order number.",
      "We ask your name at sign-up."],
     unless=U_OPT_IN, requires=["consent", "permission", "approval", "first", "before"])

rule("opt_in.click_to_accept", "opt_in", "info", ["by click", "by select", "by tap", "by press", "by choos", "by hit"],
     [
      # a form's consent box in the person's words: "Tick this box if you want
      # us to share ...", "Yes, I want to share my location"
      (r"^\W*(?<p>(?:tick|check|select|mark)\s+(?:this|the|here|below)(?:\s+box)?\s+(?:if\s+you\s+(?:want|wish|would\s+like|agree|consent)|to\s+(?:allow|let|agree|consent|give)))\b",
       ["tick", "check", "select", "mark"], [["if you want", "if you wish", "if you would like", "if you agree", "if you consent", "to allow",
                                            "to let", "to agree", "to consent", "to give"]],
       ["Tick this box if you want us to share your details with our partners.",
        "Check here to let us remember your preferences on all your devices."],
       ["Check the box below to confirm you are over 18? No, we ask for your birth date.",
        "Select this to see the full menu."]),
      (r"^\W*(?<p>yes,?\s+(?:I\s+)?(?:want|would\s+like|agree|wish)\s+to\s+(?:share|allow|let|give|provide))\b",
       ["yes"], None,
       ["Yes, I want to share my location with the app.", "Yes, I would like to allow access to my photos."],
       ["Yes, I want to delete my account.", "Yes, I would like to receive the weekly newsletter."]),
r"\b(?<p>by\s+(?:clicking|selecting|tapping|pressing|choosing|hitting)\s+(?:on\s+)?(?:the\s+)?[\"']?(?:accept|allow|agree|i\s+agree|i\s+accept|ok|okay|yes|got\s+it|allow\s+all|accept\s+all|accept\s+cookies)\b)",
      (r"\b(?<p>(?:click|tap|select|press|choose)\s+(?:on\s+)?(?:here\s+|below\s+|[\"'][^\"']{1,30}[\"']\s+|(?:the\s+)?(?:accept|allow|agree|ok|okay|yes|continue|got\s+it|accept\s+all|allow\s+all)\s+(?:button\s+)?)?to\s+(?:consent|agree|accept|allow|opt\s+in|let|enable|permit|give\s+(?:us\s+)?(?:your\s+)?(?:consent|permission)))\b|\b(?<q>(?:tick|check|select|checking|ticking)\s+(?:the|this|a|each)\s+(?:\w+\s+)?(?:box|checkbox)\b[^.;]{0,80}?\b(?:consent|agree|permission|receive|allow|share|opt))", ["click", "tap", "select", "tick", "check", "press"],
       ["consent", "agree", "accept", "allow", "opt in", "permission", "to let", "to enable", "to permit"],
       ["Click below to consent to processing by our partners.", "Click Allow to consent to analytics cookies.",
        "Press OK to allow personalised ads.", "Tap Allow to let the app use your location.",
        "Tick the box to give us permission to share your address."],
       ["Click to continue.",
        "Check the box to show your password."]),
      (r"\b(?<p>by\s+(?:accepting|allowing)\s+(?:all\s+)?(?:cookies|tracking|these|optional))\b", ["by accept", "by allow"], None,
       ["By accepting cookies, you let us measure visits.",
        "By allowing tracking, you help us show relevant ads."],
       ["By accepting the order, the courier confirms the address.",
        "By allowing guests, you share your home."]),
      (r"^\W*(?<p>(?:accept|allow)\s+(?:all(?:\s+cookies)?|cookies|selected|selection|tracking)|I\s+consent|give\s+consent)\W*$|^\W*(?:yes,?\s+)?(?<q>I\s+(?:hereby\s+)?(?:(?:consent|agree)\s+to|(?:give|grant)\s+(?:my\s+)?(?:consent|permission)\s+(?:to|for))\s+(?:(?:the|your|you|\w+'s)\s+)?(?:(?:processing|use|usage|sharing|collection|collecting|storage|storing|transfer|disclosure|analysis)\s+of\b|(?:being|be)\s+contacted\b|(?:receive|receiving)\s+(?:\w+\s+){0,3}?(?:e-?mails?|messages|calls|texts|communications|offers|newsletters?|updates|news|information)\b|(?:\w+\s+)?(?:processing|using|sharing|collecting|storing|contacting)\b))",
       ["accept all", "allow all", "accept cookies", "allow cookies", "accept selected", "allow selected", "accept selection",
        "allow selection", "accept tracking", "allow tracking", " consent ", " consent.", "give consent", "i agree to", "i consent to", "i give my", "i give consent", "i grant"], None,
       ["Accept all cookies", "I consent", "I consent to the use of cookies for measuring visits.", "I agree to receive product news by e-mail.",
        "I give my consent to be contacted by the sales team."],
       # a bare "Consent" is most often a legal basis in a policy's table or a heading
       ["Accept", "Consent preferences", "I agree to the Terms of Use.", "I consent to a background check being run by the landlord? No.",
        "Consent", "CONSENT."]),
      (r"(?s)^(?!.*\bbrowser)(?!.*\bability\s+to\s+accept).*?\b(?<p>(?:accept|agree|consent)\s+or\s+(?:reject|refuse|decline|manage|customi[sz]e|deny))\b(?!\s+(?:your|the|an?)\s+(?:application|order|request|offer|booking|invitation))", ["accept or", "agree or", "consent or"], None,
       ["You can accept or reject optional cookies.",
        "Consent or manage your choices below."],
       ["Your browser may accept or reject cookies.",
        "We will accept or reject your application within a week."]),
      (r"\b(?<p>(?:give|grant)\s+(?:or\s+(?:withdraw|revoke|refuse)\s+)?(?:your\s+|my\s+)?consent)\b(?!\s+to\s+(?:these|the|our)\s+terms)",
       ["give", "grant"], ["consent"],
       ["You can give or withdraw consent for each purpose.",
        "Grant consent to let partners measure ads."],
       ["Give us feedback on this page.",
        "You give consent to these terms by signing."])],
     "An explicit choice (a button or box) is how you agree to this use.",
     ["By clicking \"Accept all\", you agree to the storing of cookies for analytics.",
      "By selecting Allow, you let the app use your location."],
     ["By clicking Sign up, you agree to our Terms.",
      "By clicking \"I accept\", you agree to be bound by these Terms."],
     unless=[r"\b(?:terms|agreement|conditions|be\s+bound|eula)\b"])


# "If you click Accept, you agree to...", "Clicking 'I agree' means you
# consent to...", "Give permission for analytics cookies": the button or
# box is how the person agrees to a use of their data
BUTTONS = r"(?:accept|allow|agree|i\s+agree|i\s+accept|ok|okay|yes|got\s+it|allow\s+all|accept\s+all|accept\s+cookies|allow\s+cookies|confirm|save)"
rule("opt_in.button_means_consent", "opt_in", "info", ["you click", "you tap", "you select", "you press", "you choose", "you hit"],
     [r"\b(?<p>(?:if|when|once|after)\s+you\s+(?:click|tap|select|press|choose|hit)\s+(?:on\s+)?(?:the\s+)?[\"']?" + BUTTONS + r"\b[\"']?(?:\s+button)?,?\s+you\s+(?:\w+\s+)?(?:agree|consent|allow|accept|give|grant)\w*)\b",
      (r"\b(?<p>(?:clicking|tapping|selecting|pressing|choosing|hitting)\s+(?:on\s+)?(?:the\s+)?[\"']?" + BUTTONS + r"\b[\"']?(?:\s+button)?\s+(?:means|indicates|confirms|signifies|shows)\s+(?:that\s+)?you\s+(?:\w+\s+)?(?:agree|consent|accept|allow|give|grant)\w*)\b", ["clicking", "tapping", "selecting", "pressing", "choosing", "hitting"], [["means", "indicates", "confirms", "signifies", "shows"]]),
      (r"^\W*(?<p>(?:give|grant)\s+(?:your\s+|my\s+)?(?:permission|consent)\s+(?:for|to)\b)", ["give permission", "grant permission", "give consent", "grant consent", "give your", "grant your", "give my", "grant my"], None)],
     "Clicking the button (or ticking the box) is how you agree to this use of your data.",
     ["If you click \"Accept\", you agree to the use of cookies for advertising.",
      "Clicking \"I agree\" means you consent to the processing of your data by our partners.",
      "Give permission for analytics cookies"],
     ["If you click \"Accept\", you agree to these Terms of Service.",
      "Clicking the link means you leave our site.",
      "Give permission to your admin to manage the team."],
     unless=[r"\b(?:terms|agreement|conditions|be\s+bound|eula)\b", r"\b(?:admin|administrator|team\s*mates?|colleague|member)s?\b", "{{QUESTION}}"],
     requires=["accept", "allow", "agree", " ok ", "okay", "yes", "got it", "confirm", "save", "permission", "consent"])

ADVERBS = ["affirmatively", "explicitly", "expressly", "specifically", "knowingly", "actively", "voluntar"]
rule("opt_in.voluntary", "opt_in", "info", ["voluntary", "optional"],
     [r"\b(?<p>(?:participation|entry|registration|taking\s+part|providing\s+(?:this|such|the)\s+(?:information|data))\s+(?:\w+\s+){0,6}?(?:is|are|remains)\s+(?:completely\s+|entirely\s+|strictly\s+|always\s+|purely\s+)?(?:voluntary|optional))\b",
      (r"\b(?<p>(?:only\s+)?(?:if|when|once|where|after|unless|until|which|whom)\s+(?:you|users?|they|the\s+user|a\s+customer)\s+(?:have\s+|has\s+)?(?:affirmatively|explicitly|expressly|specifically|knowingly|actively)\s+(?:and\s+\w+\s+)?(?:choose|chose|authori[sz]e|provide|provided|request|requested|agree|agreed|consent|consented|opt|give|grant|granted|elect|select|ask|asked))\b",
       ADVERBS, CONDITION + ["voluntar", "you affirmatively", "you knowingly", "you actively", "you explicitly"],
       ["We share your address with the sponsor only if you expressly agree.",
        "We share your e-mail with the organiser only after you explicitly agree."],
       ["You expressly waive any claim against us.",
        "We actively monitor our systems.",
        # giving data of one's own accord describes where data comes from,
        # not a use that waits for consent
        "We collect the details you voluntarily provide when you register.",
        "Anything you voluntarily share in public groups can be seen by everyone."]),
      (r"\b(?<p>ask\s+you\s+(?:\w+\s+){0,5}?whether\s+you\s+(?:would\s+like|want|wish|agree|consent))\b", ["whether you"], ["ask you"],
       ["At sign-up we ask you whether you would like to hear from our partners.",
        "The app will ask you whether you want to share your location."],
       ["We may ask you whether you are over 18.",
        "Ask yourself whether you need it.",
        "After two idle years we will ask you whether you want to keep your account open."])],
     "This happens only if you choose to take part or give the information.",
     ["Taking part in our surveys is completely voluntary.",
      "Registration for the prize draw is optional."],
     ["Some fields in the form are optional.",
      "Optional extras cost more."],
     unless=[r"\b(?:fields?|columns?)\s+(?:\w+\s+){0,3}?(?:is|are)\s+optional\b", r"\b(?:unless|except\s+as|or)\s+otherwise\b|\botherwise\s+(?:agreed|permitted|required|stated|provided|specified|indicated|noted)\b|\b(?:agreed?|consent\w*|request\w*|elect\w*|specif\w+|instruct\w*|direct\w*|indicat\w+|notif\w+|tell\s+us|decide\w*|ask\w*)\s+otherwise\b|\barbitrat", r"\byou\s+(?:hereby\s+)?(?:explicitly|expressly|specifically)\s+(?:\w+\s+)?(?:agree|consent|acknowledge|waive|authori[sz]e|grant)", "{{QUESTION}}",
             # asking whether to keep an idle account is no consent to a use of data
             r"\bwhether\s+you\s+(?:still\s+)?(?:wish|want|would\s+like)\s+to\s+(?:keep|continue|remain|close|delete|reactivate)\b"])

CHOOSE_TO = ["choose to", "chose to", "elect to", "decide to", "opt to"]
ENABLE_VERBS = ["enable", "turn on", "switch on", "allow", "activate", "join", "share", "participate", "sign up", "subscribe",
                "receive", "contribute", "provide", "submit", "let ", "register", "enter", "take part"]
rule("opt_in.you_can_enable", "opt_in", "info", CHOOSE_TO + ["explicitly"],
     [r"\b(?<p>(?:you|users?)\s+(?:can|may|could|will\s+be\s+able\s+to|have\s+the\s+(?:option|choice)\s+to)\s+(?:\w+\s+)?(?:choose|elect|decide)\s+to\s+(?:enable|turn\s+on|switch\s+on|allow|activate|join|share|participate|sign\s+up|subscribe|receive|contribute|provide|submit|let|register|enter|take\s+part))\b",
      r"\b(?<p>(?:if|when|once)\s+you\s+(?:\w+\s+)?(?:choose|elect|decide|opt)\s+to\s+(?:enable|turn\s+on|switch\s+on|activate))\b",
      r"\b(?<p>explicitly\s+(?:choose|chose|decide|elect|agree|ask|request)\w*\s+to\s+(?:enable|turn\s+on|allow|share|receive|join|participate|be))\b",
      (r"\b(?<p>(?:off|disabled|not\s+(?:enabled|on|active|shown|turned\s+on))\s+(?:by\s+default|until\s+you))\b[^.]{0,100}?\b(?:you|users?)\b", ["by default", "until you"], [" off", "disabled", "not enabled", "not on", "not active", "not shown", "not turned on"],
       ["Location sharing is off by default until you turn it on.",
        "Backups are disabled by default; you can enable them in Settings."],
       ["Dark mode is off by default.",
        "The feature is enabled by default for you."])],
     "This is off unless you choose to switch it on.",
     ["You can choose to enable chat history in Settings.",
      "Conversations are never synced unless you explicitly choose to enable sync."],
     ["You can choose a username.",
      "You may choose to disable this at any time.",
      "You may elect to provide more information about yourself in your profile.",
      "Any other details you may decide to share with us."],
     unless=[r"\b(?:you|users?)\s+(?:can|may)\s+(?:\w+\s+)?choose\s+to\s+(?:disable|turn\s+off|opt\s+out|stop)", "{{QUESTION}}",
             # information a person chooses to give us is where data comes from, not a use waiting for consent
             r"\b(?:choose|elect|decide)\s+to\s+(?:provide|submit|give|send)\s+(?:us\s+)?(?:\w+\s+){0,4}?(?:information|data|details|content|e-?mails?|feedback)\b(?![^.;]{0,40}\b(?:with|to)\s+(?:third|partners?|advertisers?|other\s+(?:companies|users|members)))",
             # ... or shares with us ("any other information you may decide to share with us")
             r"\b(?:choose|elect|decide)\s+to\s+share\s+(?:with\s+us\b|(?:as\s+part\s+of|in)\s+the\b)|\b(?:choose|elect|decide)\s+to\s+share\W*$",
             r"\b(?:information|data)\s+you\s+provide\s+for\s+opt-?in\b"],
     requires=["enable", "turn on", "switch on", "allow", "activate", "join", "share", "participate", "sign up", "subscribe", "contribute",
               "receive", "provide"])

# --------------------------------------------------------------------------
# human_review
# --------------------------------------------------------------------------
# the company's own people, who may look at anything...
STAFF = r"(?:(?:our|the|a)\s+(?:[\w&-]+\s+){0,2}?teams?|quality\s+(?:assurance\s+)?teams?|QA\s+teams?|staff(?:\s+members)?|employees?|personnel|team\s+members?|contractors?|reviewers?|moderators?|annotators?|raters?|labell?ers?|(?:trust|safety|trust\s+(?:and|&)\s+safety|support|review|moderation|security|integrity|engineering)\s+teams?|engineers|humans?|workers|specialists|experts|analysts|professionals|AI\s+trainers|trainers|our\s+team|a\s+person|people\s+(?:at|on|from)\s+(?:our|the)\s+\w+)"
STAFF_WORDS = ["staff", "employee", "personnel", "team", "contractor", "reviewer", "moderator", "annotator", "rater",
               "labeler", "labeller", "engineers", "human", "workers", "specialists", "experts", "analysts",
               "trainers", "professionals", "a person", "people at", "people on", "people from"]
# ...and vendors, who are human review only when they read or listen
VENDORS = r"(?:vendors|service\s+providers|agents|partners|third[- ]party\s+(?:reviewers|contractors|vendors))"
VENDOR_WORDS = ["vendors", "service provider", "agents", "partners", "third-party reviewer", "third party reviewer"]
CONTENT = r"(?:(?:your|user|users'|customer|customers')\s+data|(?:user\s+)?profiles?|accounts|content|conversations?|chats?|messages?|prompts?|inputs?|recordings?|audio|voice\s+(?:data|clips|recordings|commands)|transcripts?|transcriptions?|files?|images?|photos?|videos?|outputs?|responses|communications|posts?|e-?mails?|documents?|uploads?|submissions?|interactions?|quer(?:y|ies)|calls?|snippets?|samples?|clips?|sessions?|threads?|notes|reports)"
LOOK_REQ = ["access", "read", "review", "view", "see ", "listen", "look at", "examin", "inspect", "evaluat", "annotat",
            "label", "rate ", "rates ", "transcrib", "check", "moderat", "monitor", "hear", "process", "handle"]
NOT_HR_LIST = [
    r"\b(?:review|read)\w*\s+(?:these|this|our|the)\s+(?:terms|policy|policies|agreement|notice|statement|conditions|guidelines|documentation|faq|settings)\b",
    r"\b(?:you|users?)\s+(?:should|must|can|may|are\s+encouraged\s+to|agree\s+to)\s+(?:\w+\s+){0,2}?(?:review|read)\b",
    r"\bright\s+to\s+(?:obtain|request|ask\s+for|contest|human)\b",
    r"\b(?:request|ask\s+for|obtain|contest)\w*\s+(?:a\s+)?(?:manual|human)\s+(?:review|intervention)",
    r"\b(?:automated\s+)?decisions?\b[^.;]{0,80}?\b(?:human|manual)\s+(?:review|intervention)|\b(?:human|manual)\s+review\s+(?:is|will\s+be)\s+(?:normally\s+|always\s+)?available\b|\bsubject\s+to\s+(?:a\s+)?human\s+review\b",
    r"\b(?:text\s+files?|cookies?)\b",
    r"{{QUESTION}}",
]
U_NOT_HR = U("NOT_HR", NOT_HR_LIST)
D["NEG_ACCESS"] = r"(?:\b(?:not|cannot|never|no\s+one|nobody|no\s+human|no\s+person|no\s+employee|none\s+of\s+our)\b|n't)"
D["MODALS"] = r"(?:\([^)]{0,60}\)\s+|,[^,]{0,60},\s*)?(?:(?:may|might|can|could|will|would|sometimes|occasionally|do|does|also|then|to|who|must|need\s+to|regularly|manually|only|have\s+to|are\s+able\s+to|may\s+need\s+to|help\s+(?:us\s+)?(?:to\s+)?|,|and|or)\s*){0,3}"
U_HR = U_NOT_HR + U("HR", [
    r"{{NEG_ACCESS}}\s+(?:\w+\s+){0,4}?(?:access|read|review|view|see|listen|look)\w*\b(?![^.;]*\b(?:unless|except|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b)",
    r"\breview\w*\s+(?:your\s+)?(?:request|application|appeal|complaint|claim|order|account\s+application)s?\b"])

rule("human_review.manual_review", "human_review", "medium", ["manual", "human", "by hand", "by a person", "by people"],
     [r"\b(?<p>human[- ]in[- ]the[- ]loop|(?:manual(?:ly)?|human)\s+(?:\(human\)\s+)?(?:review\w*|read\w*|inspect\w*|examin\w*|check\w*|evaluat\w*|annotat\w*|label\w*|moderat\w*|methods?(?:\s+of\s+processing)?|processing|oversight|raters?|reviewers?|annotators?|labell?ers?|moderators?|transcri\w+)|review\w*\s+(?:manually|by\s+hand|by\s+(?:a\s+)?(?:human|person|people))|(?:manually|by\s+hand)\s+(?:review|read|check|inspect|examin|label|annotat|transcrib)\w*|(?:reviewed|read|checked|labell?ed|annotated|transcribed)\s+by\s+(?:a\s+)?(?:humans?|people|(?:a\s+)?person))\b"],
     "Some of your content is checked by people, not only by software.",
     ["We manually review short recordings to improve our voice services.",
      "Processing includes both automated and manual (human) methods.",
      "Flagged chats may undergo human review."],
     ["We do not use human reviewers for your files.",
      "You have the right to obtain human review of an automated decision.",
      "Decisions to close an account are taken after human review."],
     unless=U_NOT_HR + [r"{{NEG_ACCESS}}\s+(?:\w+\s+){0,4}?(?:human|manual|people)\b(?![^.;]*\b(?:unless|except|other\s+than|only\s+(?:if|when|with|where))\b)",
             r"\bhuman\s+(?:rights?|resources?|error|trafficking|readable|beings?\s+are)\b", r"\bmanual\s+(?:labou?r|work|tasks?|entry)\b"])

# Each family of staff words leads its own pattern, which runs only where a
# word of the family occurs (a pattern that starts with twenty different
# words is tried at nearly every word of a sentence).
STAFF_FAMILIES = [
    (["team"], r"teams?(?:\s+members?)?"),
    (["staff", "personnel", "employee"], r"(?:staff(?:\s+members)?|employees?|personnel)"),
    (["contractor", "reviewer", "moderator", "annotator", "rater", "labeler", "labeller"],
     r"(?:contractors?|reviewers?|moderators?|annotators?|raters?|labell?ers?)"),
    (["engineers", "human", "workers", "specialists", "experts", "analysts", "trainers", "professionals", "a person", "people at",
      "people on", "people from"],
     r"(?:engineers|humans?|workers|specialists|experts|analysts|professionals|trainers|a\s+person|people\s+(?:at|on|from)\s+(?:our|the)\s+\w+)")]
LOOK_TAIL = r"(?:\s+(?:who\s+work|working|employed|hired|engaged|acting)\s+(?:for|by|on\s+(?:our\s+)?behalf\s+of)\s+(?:us|the\s+company|our\s+company))?(?:\s+|(?=,)){{MODALS}}(?<p>(?:access|read|review|view|see|listen\w*\s+to|look\w*\s+at|examine|inspect|evaluate|annotate|label|rate|transcribe|check|moderate|monitor)\w*)\b[\s,]+(?:[\w,&'\x{2019}-]+\s+){0,6}?" + CONTENT + r"\b"
STAFF_EXAMPLES = [
    (["Our trust and safety team may review reported messages.", "The support team can access your chat history to help you.",
      "Our quality team listens to some calls."],
     ["Our team will review your request within 30 days.", "The team behind the app is small."]),
    (["Authorised employees may listen to short voice recordings.", "Staff members occasionally read conversations to improve quality."],
     ["No employee ever reads your messages.", "Staff training covers privacy law."]),
    (["Our trained reviewers may read a sample of conversations to improve quality.",
      "Contractors may listen to short voice clips to check transcription accuracy.",
      "Contractors working for us may transcribe a share of the audio clips."],
     ["Reviewers praise our app.", "Contractors must follow our code of conduct."]),
    (["Specialists may examine images that our filters flag.", "A person may review your prompts when they are flagged.",
      "A person reviews every flagged post.",
      "A person may review the assistant's answer and your prompt."],
     ["Experts agree that privacy matters.", "A person can have several accounts."])]
rule("human_review.people_review", "human_review", "medium", STAFF_FAMILIES[0][0],
     [{"p": r"\b" + fam + LOOK_TAIL, "a": words_, "m": ex[0], "n": ex[1]}
      for (words_, fam), ex in zip(STAFF_FAMILIES, STAFF_EXAMPLES)] +
     [{"p": r"\b(?:(?:human|trained)\s+)?(?:reviewers?|annotators?|raters?|labell?ers?|moderators?|humans)\s+{{MODALS}}(?<p>(?:process|hear|handle)\w*)\b[\s,]+(?:[\w,&-]+\s+){0,6}?" + CONTENT + r"\b",
       "a": ["reviewer", "annotator", "rater", "labeler", "labeller", "moderator", "human"], "R": [["process", "hear", "handle"]],
       "m": ["Human reviewers may process a small sample of recordings.", "Moderators handle reported posts and messages."],
       "n": ["Reviewers handle their own schedules.", "Humans process information differently."]},
      (r"\b(?<p>(?:have|has|get|gets|use|uses)\s+(?:(?:trained|real|human)\s+)?(?:people|humans|staff|someone|a\s+person|reviewers|contractors|employees)\s+(?:to\s+)?(?:review|read|listen\s+to|look\s+at|check|rate|label|annotate|transcribe))\b[\s,]+(?:[\w,&-]+\s+){0,6}?" + CONTENT + r"\b",
       ["have people", "has people", "have humans", "has humans", "have staff", "has staff", "have someone", "has someone", "have a person",
        "have reviewers", "have contractors", "have employees", "get people", "use people", "uses people", "have trained", "have real", "have human"],
       None,
       ["We have people review a sample of interactions for quality.", "The company has trained staff read a few chats each week."],
       ["We have people in ten countries.", "We have staff ready to answer your calls."]),
      (r"\b" + VENDORS + r"\s+{{MODALS}}(?<p>(?:read|review|listen\s+to|hear|annotate|label|rate|transcribe|moderate)\w*)\b[\s,]+(?:[\w,&-]+\s+){0,6}?" + CONTENT + r"\b",
       VENDOR_WORDS, ["read", "review", "listen", "annotat", "label", "rate", "transcrib", "moderat"],
       ["Our vendors may listen to short voice clips to check accuracy.",
        "Service providers who help us annotate a sample of conversations."],
       ["Our service providers may access your data to host the service.",
        "Partners may review our terms before signing."])],
     "People who work for the company (or its contractors) may read or listen to your content.",
     [], [],
     unless=U_HR, requires=LOOK_REQ)

rule("human_review.accessible_to_staff", "human_review", "medium", ["accessible to", "available to", "visible to"],
     [r"\b" + CONTENT + r"\b[^.;]{0,60}?\b(?<p>(?:accessible|available|visible)\s+to\s+(?:\w+\s+){0,3}?" + STAFF + r")\b"],
     "Staff of the company can see or open your content.",
     ["While we keep your recordings, they may be accessible to authorised support personnel.",
      "Reported messages are visible to our moderators."],
     ["Your profile is visible to other members.",
      "Our support team is available to help you."],
     unless=U_HR, requires=STAFF_WORDS)

PAST_LOOK = ["reviewed", "read by", "accessed by", "viewed by", "seen by", "listened to", "examined", "inspected", "annotated",
             "labeled", "labelled", " rated by", "transcribed", "checked by", "moderated", "evaluated", "looked at"]
rule("human_review.reviewed_by", "human_review", "medium", PAST_LOOK,
     [r"\b(?:be|being|is|are|get|gets)\s+(?:\w+\s+)?(?<p>(?:reviewed|read|accessed|viewed|seen|heard|listened\s+to|examined|inspected|annotated|labell?ed|rated|transcribed|checked|moderated|evaluated|looked\s+at))\s+(?:\w+\s+){0,2}?by\s+(?:\w+\s+){0,4}?(?:" + STAFF + "|" + VENDORS + r")\b",
      (r"\b" + CONTENT + r"\b[^.;]{0,60}?\b(?<p>(?:shared|sent|provided|disclosed|given)\s+(?:\w+\s+)?(?:to|with)\s+(?:\w+\s+){0,2}?(?:contractors|annotators|reviewers|raters|transcribers|labell?ers)\s+(?:for|to|who)\b)", ["contractor", "annotator", "reviewer", "rater", "transcriber", "labeler", "labeller"], ["shared", "sent to", "provided to", "disclosed to", "given to", "sent with"],
       ["Short audio snippets are shared with contractors for transcription.",
        "Some recordings may be sent to trained reviewers who check the accuracy."],
       ["Contractors may be sent invoices by email.",
        "Reviewers were given the draft to check."])],
     "People who work for the company may look at your content.",
     ["Flagged messages may be reviewed by our trust and safety team.",
      "A small sample of recordings is listened to by trained employees.",
      "Some chats are read by our trust and safety specialists."],
     ["Your request will be reviewed by our team within 30 days.",
      "These terms were reviewed by our lawyers."],
     unless=U_HR + [r"\b(?:request|application|appeal|complaint|claim|order|terms|policy|report)s?\s+(?:will\s+|may\s+|is\s+|are\s+)?(?:be\s+)?(?:reviewed|read|checked|examined)\b"],
     requires=STAFF_WORDS + VENDOR_WORDS)

CONTENT_NODATA = r"(?:content|conversations?|chats?|messages?|prompts?|inputs?|recordings?|audio|voice\s+(?:data|clips|recordings|commands)|transcripts?|transcriptions?|files?|images?|photos?|videos?|outputs?|communications|posts|e-?mails?|documents?|uploads?|submissions?|snippets|samples|clips|threads|notes)"
CONTENT_REQ = ["content", "conversation", "chat", "message", "prompt", "input", "recording", "audio", "voice", "transcri", "file",
               "image", "photo", "video", "output", "communication", "post", "mail", "document", "upload",
               "submission", "snippet", "sample", "clip", "thread", "note"]
U_WE_REVIEW = U_NOT_HR + U("WE_REVIEW", [
    r"{{NEG_ACCESS}}\s+(?:\w+\s+){0,4}?(?:access|read|review|view|see|listen|look|examin|inspect|moderat|screen)\w*\b(?![^.;]*\b(?:unless|except|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b)",
    r"\breview\w*\s+(?:your\s+)?(?:request|application|appeal|complaint|claim|order)s?\b", r"\bread\s+(?:receipts?|more|the\s+full)\b",
    r"\b(?:unintended|unauthori[sz]ed|trademark|copyright|infringement)\b", r"\bhow\s+we\b"])
rule("human_review.we_review", "human_review", "medium",
     ["review", "read ", "reads ", "reading ", "look at", "looks at", "listen to", "examine", "inspect", "moderate ", "screen "],
     [r"\b{{WE}}\s+(?:[\w,]+\s+){0,3}?(?<p>(?:review|read|look\s+at|listen\s+to|examine|inspect|moderate|screen)\w*)\s+(?:\w+[\s,]+){0,5}?" + CONTENT_NODATA + r"\b",
      (r"\b" + CONTENT_NODATA + r"\s+(?:\w+\s+){0,4}?(?:may|might|can|could|will|would)\s+(?:also\s+|sometimes\s+|occasionally\s+)?be\s+(?:manually\s+|randomly\s+|periodically\s+)?(?<p>(?:reviewed|read|listened\s+to|inspected|examined|moderated|screened))\b(?!\s+by\s+(?:automated|software|algorithms?|machines?|our\s+(?:systems?|automated|tools?|filters?)))",
       ["be reviewed", "be read", "be listened", "be inspected", "be examined", "be moderated", "be screened", "be manually", "be randomly", "be periodically"], None,
       ["Your posts may be reviewed to check they follow our rules.",
        "Voice commands might be listened to by our quality team."],
       ["Your files may be scanned by automated tools for malware.",
        "Applications will be reviewed within 10 days."])],
     "The company's people may read or review what you post, send or record.",
     ["We may review conversations to improve our safety systems.",
      "We may access, review and remove content that breaks these terms.",
      "We would only look at the content in your account if you ask us to."],
     ["We do not read your emails.",
      "We review these terms once a year."],
     unless=U_WE_REVIEW, requires=[CONTENT_REQ, [" we ", " us ", "our compan", "our team", "our service"]])

rule("human_review.flagged_review", "human_review", "medium", ["flag", "reported"],
     [r"\b(?<p>(?:flagged|reported)\s+(?:\w+\s+){0,2}?" + CONTENT + r"\b[^.;]{0,80}?\b(?:review\w*|examin\w*|read|accessed|looked\s+at|assessed|evaluated|escalated|checked))",
      r"\b(?<p>(?:review\w*|check\w*|examin\w*|read)\s+(?:the\s+|any\s+)?" + CONTENT + r"\s+(?:that|which)\s+(?:\w+\s+){0,3}?(?:flag\w*|report\w*))",
      r"\b(?<p>(?:review\w*|check\w*|examin\w*|read)\s+(?:\w+\s+){0,2}?" + CONTENT + r"\s+(?:\w+\s+){0,3}?(?:flagged|reported)\s+(?:to|by)\b)"],
     "Content that is flagged or reported is looked at by people.",
     ["Reported posts are reviewed by our moderation staff.",
      "We regularly review the chats that our system flags.",
      "Our moderators may check messages that were reported to them."],
     ["You can flag a post by tapping the menu.",
      "Reported bugs are fixed in the next release."],
     unless=U_NOT_HR, requires=["review", "examin", "read", "access", "look", "assess", "evaluat", "escalat", "check"])

rule("human_review.denial_with_carve_out", "human_review", "low",
     combos(["not", "n't", "never", "cannot"], ["access", "read", "see", "view", "look", "listen", "have access", "be accessible", "accessible"]) + ["no one", "nobody", "no human", "no employee", "no person", "no staff"],
     [r"\b(?:we|us|our\s+(?:staff|employees|team|people|personnel|engineers)|staff|employees?|personnel|moderators|reviewers|engineers|(?:the|our)\s+company|anyone\s+at\s+\w+)\s+(?:\w+\s+){0,2}?(?<p>(?:(?:do|does|will|would|can|could|shall|may)\s*(?:not|n't)|cannot|never|don't|won't|can't)\s+(?:\w+\s+){0,2}?(?:access|read|see|view|look|listen)\w*)\b[^;]{0,120}?\b(?:unless|except\s+(?:when|where|if|for|in)|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b",
      r"\b(?<p>(?:no\s+(?:one|human|person|employee|staff\s+member)|nobody)\b[^;]{0,60}?\b(?:access|read|see|view|look|listen)\w*)\b[^;]{0,120}?\b(?:unless|except\s+(?:when|where|if|for|in)|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b",
      r"\b(?<p>not\s+(?:be\s+)?accessible\s+to)\b[^;]{0,120}?\b(?:unless|except\s+(?:when|where|if|for|in)|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b"],
     "Staff do not look at your content, except in the cases listed (for example when it is flagged or you ask).",
     ["Our staff cannot read your notes unless you share them with support.",
      "Your files are not accessible to employees except when you give consent for troubleshooting.",
      "No one at the company can view your content unless you give us permission."],
     ["Our staff cannot read your notes.",
      "We do not sell your data unless required by law.",
      "We will not access your address book without your permission."],
     unless=U_NOT_HR + [r"\b(?:address\s+book|contacts?(?:\s+list)?|camera|microphone|location|gallery|photo\s+library|device)\b"],
     requires=CARVE_REQ)

# --------------------------------------------------------------------------
# marketing
# --------------------------------------------------------------------------
MKT_UNLESS = [
    gate(["not", "never", "n't"], r"\b(?:we|us|company|it|they)\s+(?:\w+\s+)?(?:\b(?:not|never)\b|n't)\s+(?:\w+\s+){0,3}?(?:send|use|share|show|sell|serve|display|market|infer|target|profil)\w*\b[^.;]{0,60}?\b(?:marketing|promotional|advertis\w*|ads|newsletters?|offers)\b(?![^.;]*\b(?:unless|without|except|until|if\s+you)\b)"),
    r"(?<=\bnot\spromotional\sin\s|\bnot\smarketing\sin\s|\bnever\spromotional\sin\s|\bnever\smarketing\sin\s)nature\b",
    r"\bad-free\b", r"\bno\s+ads\b",
    r"\bunsubscrib\w+\s+(?:link|automatically)s?\b.*\b(?:server|stored)\b",
    # spam a user may not send, and a business contract's publicity clause
    r"\bunsolicited\s+(?:\w+\s+)?(?:advertising|commercial|e-?mails?|messages|communications|promotions?)\b|\bchain\s+(?:letters?|mail)\b|\bjunk\s+mail\b",
    r"\bneither\s+party\b|\bpress\s+releases?\b",
    # "... about your account - not special offers or promotions"
    gate(["not"], r"[-\x{2013}\x{2014},;]\s*not\s+(?:\w+\s+)?(?:offers|promotions|advertising|marketing|ads)\b"),
    # account and service messages, with nothing promotional in the sentence
    gate(["transaction", "service notification"], r"^(?!.*\b(?:promot|marketing|offers?\b|advertis|newsletter))(?s:.*?)\b(?:transaction(?:al)?|service)\s+(?:messages?|e-?mails?|notifications?|communications?)\b"),
    # who answers for an advertiser's material; keeping up with the policy
    # itself; the terms a promotional price comes with
    gate(["responsib", "liab"], r"\b(?:responsib\w*|liab\w*)\s+for\s+(?:the\s+)?(?:content|accuracy)\s+of\s+(?:its\s+|their\s+|any\s+|the\s+|such\s+)?(?:\w+\s+)?(?:advertising|marketing|promotional|ads\b)"),
    gate(["informed", "up to date"], r"\bstay\s+(?:informed|up\s+to\s+date)\s+(?:of|about|on|with)\s+(?:(?:\w+\s+){0,2}?(?:privacy|practices|changes|polic|terms|updates\s+to)|how\s+we\b)"),
    # a heading that asks ("12. How do we use your data for direct marketing?")
    r"{{QUESTION}}",
    gate(["subject to", "accompanying", "terms of"], r"\b(?:subject\s+to|terms\s+of|accompanying)\b[^.;]{0,40}?\b(?:promotional|special)\s+offers?\b"),
    # "marketing information" as a kind of data the company holds
    gate(["marketing information"], r"\b(?:obtain|collect|gather|hold|examples?\s+include|categor(?:y|ies)\s+of)\w*\b[^.;]{0,80}?\bmarketing\s+information\b"),
]
U_MKT = U("MKT", MKT_UNLESS)
MKT_NOUNS = ["e-mail", "email", "message", "communication", "material", "mailing", "call", "text", "sms", "notification",
             "purpose", "content", "offer", "campaign", "information", "effort", "activit"]
MKT_NOUN = alt(r"e-?mails?|messages?|communications?|materials?|mailings?|mail|calls?|texts?|SMS|notifications?|purposes|content|offers|campaigns?|information|efforts|activities")
MKT_FIRSTS = sorted({n[0] for n in MKT_NOUNS})
MKT_MARKET = ["market to", "market our", "market their", "market its", "market products", "market services", "marketing our",
              "marketing their", "marketing its", "market and"]
MKT_ANCHORS = combos(["marketing", "promotional", "advertising"], MKT_FIRSTS) + ["direct marketing"] + MKT_MARKET
# one pattern a leading word, each run only where its own word occurs
# a denial: "we do not share your details with others for their marketing
# without your consent" (the consent part is an opt-in, not marketing)
MKT_SHARE_DENIAL = r"\b(?:(?:do|does|did|will|shall|would)\s+not|(?:don|doesn|won|didn)'t|never)\s+(?:\w+\s+){0,2}?(?:shar|disclos|provid|giv|sell|rent|pass|transfer|trad|lease)\w*\b[^.;]{0,120}?\bmarket"
rule("marketing.marketing_use", "marketing", "low", combos(["marketing"], MKT_FIRSTS),
     [r"\b(?<p>marketing\s+" + MKT_NOUN + r")\b",
      {"p": r"\b(?<p>promotional\s+" + MKT_NOUN + r")\b", "a": combos(["promotional"], MKT_FIRSTS),
       "m": ["Promotional messages may be sent to your phone.", "We use your address for promotional mailings.", "We may send you promotional mail."],
       "n": ["Promotional prices end on Friday.", "We do not send promotional e-mails."]},
      {"p": r"\b(?<p>advertising\s+" + MKT_NOUN + r")\b", "a": combos(["advertising"], MKT_FIRSTS),
       "m": ["You agree to the use of cookies for functional, analytics and advertising purposes.",
             "We run advertising campaigns with your email address."],
       "n": ["We sell advertising space to local businesses.", "Advertising standards apply."]},
      {"p": r"\b(?<p>direct\s+marketing)\b", "a": ["direct marketing"],
       "m": ["We use your contact details for direct marketing.", "Direct marketing: you can object at any time."],
       "n": ["We never use your details for direct marketing.", "We market directly to businesses."]},
      {"p": r"\b(?<p>(?:for|to)\s+market(?:ing)?\s+(?:to\s+you|(?:our|their|its)\s+(?:\w+\s+)?(?:products|services))|market\s+(?:products\s+|services\s+)?to\s+you|to\s+market\s+and\s+advertise)\b",
       "a": MKT_MARKET,
       "m": ["We use your data to market our products.", "Partners may use it to market to you."],
       "n": ["We market our products in stores.", "Partners may use it to market their own brand."]},
      {"p": r"^\W*(?:\d+\.?\s+)?(?:to\s+)?(?<p>market(?:ing)?\s+(?:and\s+advertis\w+\s+)?(?:our|\w+'s|\w+)\s+(?:products|services))\b",
       "a": MKT_ANCHORS, "R": [["products", "services"]],
       "m": ["To market our products and services", "3. Marketing our services"],
       "n": ["Our market for products", "Market research helps us plan."]}],
     "Your data is used to market to you: promotional messages or personalised ads.",
     ["We may send you marketing emails about our products.",
      "Marketing communications are sent monthly."],
     ["We do not use your data for marketing purposes.",
      "Our marketing team is based in Leeds.",
      "Members may not post unsolicited advertising, promotional materials or chain letters.",
      "Neither party may put out press releases or marketing materials about this contract.",
      "We may obtain marketing information, such as how you like to be contacted.",
      "Our e-mails about your plan carry account news only - not promotions or marketing messages.",
      "Each advertiser alone is responsible for the content of its advertising material.",
      "We never pass your details to other firms for their direct marketing purposes without your consent."],
     unless=U_MKT + [r"\bwe\s+(?:do\s+not|don't|never)\s+(?:\w+\s+){0,3}?(?:ads|advertis)", MKT_SHARE_DENIAL])

PERSONAL_ADJ = ["personaliz", "personalis", "interest-based", "interest based", "targeted", "tailor", "relevant", "behavioral",
                "behavioural", "customiz", "customis", "individualiz", "individualis", "custom "]
rule("marketing.personal_ads", "marketing", "low", PERSONAL_ADJ + ["ads based on", "advertisements based on", "ads that match"],
     [r"\b(?<p>(?:personali[sz]ed|interest[- ]based|targeted|tailored|relevant|behaviou?ral|customi[sz]ed|individuali[sz]ed|custom)\s+(?:[\w-]+\s+){0,2}?(?:ads|advertis\w+|marketing|promotions))\b",
      r"\b(?<p>(?:serve|show|display|deliver|offer|send|present)\w*\s+(?:you\s+|me\s+)?(?:\w+\s+){0,2}?(?:ads|advertisements)\s+(?:\w+\s+){0,2}?(?:relevant|tailored|based|that\s+(?:may|might)\s+interest|of\s+interest|you\s+(?:may|might)\s+like)|(?:ads|advertisements)\s+(?:that\s+are\s+)?(?:relevant|tailored)\s+to\s+you)\b",
      r"\b(?<p>tailor\w*\s+(?:their\s+|our\s+|its\s+|the\s+)?(?:offers|ads|advertis\w*|promotions|marketing))\b",
      (r"\b(?<p>(?:offer|serve|show)\w*\s+(?:\w+\s+)?display\s+(?:ads|advertisements))\b", ["display ad"]),
      r"\b(?<p>personali[sz]e\s+(?:\w+\s+){0,3}?(?:ads|advertis\w*|marketing|offers))\b",
      r"\b(?<p>(?:relevant|personali[sz]ed|tailored)\s+(?:content|information|recommendations)\s+about\s+(?:\w+\s+)?(?:products|services|offers))\b"],
     "Your data is used to show you ads or offers picked for you.",
     ["We use your purchase history to show you personalised ads.",
      "Helps us and others serve ads relevant to you.",
      "These services show you relevant content about products you might like.",
      "Show me ads based on my interests"],
     ["We do not show personalised ads.",
      "Relevant search results appear first."],
     unless=U_MKT + [r"\bwe\s+(?:do\s+not|don't|never)\s+(?:\w+\s+){0,3}?(?:ads|advertis|personali)"],
     requires=[" ads", "advertis", "marketing", "promotion", "offers", "about products", "about services", "about offers", "about our products", "about our services"])

OFFERS = r"(?:offers?|deals?|discounts?|promotions?|promos?|coupons?|sales\s+events?)"
OFFER_ADJ = ["special", "exclusive", "personalized", "personalised", "promotional", "partner", "member", "members", "latest", "great",
             "best", "seasonal", "limited-time", "limited time", "tailored", "targeted", "relevant", "marketing", "third-party", "third party"]
rule("marketing.newsletter", "marketing", "low", ["newsletter", "mailing list", "email list", "e-mail list", "marketing list", "subscriber list"],
     [r"\b(?<p>newsletters?|(?:mailing|e-?mail|marketing|subscriber)\s+lists?)\b",
      (r"\b(?<p>(?:subscribe|sign\s+(?:me\s+)?up|sign-up|join)\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?!(?:post|send|write|read|view|see|chat|talk|share|reply|comment|create)\b)(?:\w+\s+){0,3}?(?:e-?mails?|updates|news|alerts|offers|deals|tips|mailings?|communications|messages|texts|bulletins?))\b",
       ["subscribe", "sign me up", "sign up", "sign-up", "join"], ["email", "e-mail", "updates", "news", "alert", "offers", "deals", "tips", "mailing", "communications", "messages", "texts", "bulletin"]),
      (r"^\W*(?<p>subscribe\s+to\s+(?:our\s+)?(?:e-?mails?|news|updates))", ["subscribe to"]),
      (r"\b(?<p>(?:e-?mail|newsletter|mailing|marketing)\s+subscriptions?|remove\s+me\s+from\s+(?:\w+\s+){0,3}?subscriptions)\b", ["subscription"], ["mail", "newsletter", "marketing", "remove me"])],
     "You are signed up for (or asked to join) a newsletter or mailing list.",
     ["Sign me up for the weekly newsletter!",
      "Subscribe to our emails for new arrivals.",
      "We add your address to our mailing list when you register."],
     ["We do not send newsletters.",
      "Subscribe to a paid plan to unlock exports.",
      "Anyone can read the group and join to post messages."],
     unless=U_MKT)

rule("marketing.offers_news", "marketing", "low", ["offer", "deal", "discount", "promotion", "promo", "coupon", "sales event"],
     [r"\b(?<p>(?:special|exclusive|personali[sz]ed|promotional|partner|member|members'?|latest|great|best|seasonal|limited[- ]time|tailored|targeted|relevant|marketing|third[- ]party)\s+" + OFFERS + r")\b",
      (r"\b(?<p>(?:news|updates|tips|tricks|announcements|inspiration|ideas|events)\s*(?:,\s*\w+\s*)*(?:and|&|or|,)\s*(?:(?:special|exclusive|new|more)\s+)?(?:offers|promotions|deals|discounts|news|updates))\b",
       ["news", "updates", "tips", "tricks", "announcements", "inspiration", "ideas", "events"], ["offers", "promotions", "deals", "discounts", "news", "updates"]),
      (r"\b(?<p>(?:send|e-?mail|text|get|receive|hear)\w*\s+(?:me|you|us)?\s*(?:\w+\s+){0,3}?(?:news|updates|tips|offers|deals|promotions|announcements|product\s+information|information\s+about\s+(?:our\s+|new\s+)?(?:products|services|offers|events)))\b",
       ["news", "updates", "tips", "offers", "deals", "promotions", "announcement", "product information", "information about"], ["send", "mail", "text", "get", "receiv", "hear"]),
      (r"\b(?<p>(?:be\s+the\s+first\s+to\s+(?:know|hear)|don'?t\s+miss|do\s+not\s+miss|keep\s+(?:current|up)\s+with|stay\s+(?:in\s+the\s+loop|up\s+to\s+date|informed|in\s+touch)|keep\s+(?:me|you)\s+(?:posted|updated|informed|up\s+to\s+date))\b)",
       ["first to", "t miss", "not miss", "keep current", "keep up with", "stay in", "stay up", "stay informed", "keep me", "keep you"]),
      (r"\b(?<p>(?:sharing|share|send\w*)\s+(?:\w+\s+)?(?:updates|news)\s+(?:about|on|from))\b", ["updates about", "updates on", "updates from", "news about", "news on", "news from"], ["shar", "send"]),
      (r"^\W*(?<p>get\s+(?:\w+\s+){0,2}?(?:news|tips|updates))", ["news", "tips", "updates"], ["get "]),
      (r"\b(?<p>(?:receive|get|send\s+(?:me|you)|e-?mail\s+(?:me|you)|text\s+(?:me|you))\s+(?:\w+\s+){0,2}?(?:e-?mails?|messages|texts|communications|updates|mail)\s+(?:about|on|regarding|featuring)\s+(?:\w+\s+){0,3}?(?:products|promotions|offers|deals|events|sales|discounts|news|collections|arrivals))\b",
       ["emails about", "e-mails about", "email about", "messages about", "texts about", "communications about", "updates about", "mail about", "emails regarding", "emails featuring", "emails on", "messages regarding"]),
      (r"\b(?<p>contact\s+(?:me|you|us)\s+(?:with|about|regarding|for)\s+(?:\w+\s+){0,2}?(?:offers|promotions|deals|discounts|news|products|marketing))\b", ["contact me", "contact you", "contact us with"]),
      (r"\b(?<p>receiv\w*\s+(?:(?:our|any|direct)\s+)?marketing)\b", ["marketing"], ["receiv"]),
      # "Notify me about sales", "Email me about new features"
      (r"\b(?<p>(?:notify|alert|tell|remind|inform|e-?mail|text|message)\s+(?:me|you)\s+(?:about|of|when\s+there\s+are|with)\s+(?:\w+\s+){0,3}?(?:sales|discounts|deals|offers|promotions|new\s+(?:products|arrivals|features|releases|collections|services)|price\s+drops|restocks|events|product\s+news))\b",
       ["notify me", "notify you", "alert me", "alert you", "tell me", "tell you", "remind me", "remind you", "inform me", "inform you",
        "email me", "e-mail me", "email you", "e-mail you", "text me", "text you", "message me", "message you"],
       None,
       ["Notify me about sales and discounts", "Email me about new features and releases."],
       ["Notify me about replies to my posts.", "Email me when someone follows me."])],
     "You agree to receive news, offers or promotions from the company (or its partners).",
     ["Send me news and special offers by email.",
      "Be the first to know about new collections.",
      "Get product tips, tricks and news."],
     ["Send e-mail when someone follows you.",
      "Install security updates automatically.",
      "We send service notifications about your profile to keep you updated and your account safe.",
      "Read this policy now and then to stay informed of our privacy practices.",
      "A free month may come with extra terms accompanying the promotional offer.",
      "Read the latest news on our blog.",
      "You keep the lower price for the duration of the promotional offer.",
      "A promotional offer on a yearly plan may be offered to new members when they sign up.",
      "Phones running older system versions may not receive updates."],
     unless=U_MKT + [r"\b(?:security|software|system|app|firmware|driver)\s+updates\b", r"\bwhen\s+(?:someone|somebody|a\s+user|anyone)\b",
                          # software updates a device or version gets
                          r"\b(?:devices?|versions?|operating\s+systems?|apps?|software|browsers?|models?|products?)\s+(?:[\w-]+\s+){0,6}?(?:(?:may|might|will|would|can|could|do|does)\s+(?:not\s+|no\s+longer\s+)?|won't\s+|can't\s+|cannot\s+|don't\s+|doesn't\s+)?(?:receive|get)\s+(?:\w+\s+)?updates\b",
                          # a price offer on a plan is not a promotional message
                          r"\bduration\s+of\s+the\s+(?:\w+\s+)?(?:offer|promotion|deal)\b|\b(?:offer|promotion|deal|discount)s?\s+(?:\w+\s+){0,4}?(?:may|will|can)\s+be\s+(?:offered|applied|available)\b",
                          r"\b(?:news\s+(?:feed|article|stories|story|site|outlet)s?|read\s+(?:the\s+)?(?:latest\s+)?news)\b"],
     requires=OFFER_ADJ)

PARTNERS = r"(?:partners|third\s+parties|third-party\s+(?:companies|partners|brands|advertisers)|sponsors|affiliates|other\s+companies|advertisers|selected\s+companies|brands\s+we\s+work\s+with|carefully\s+selected\s+\w+)"
PARTNER_WORDS = ["partner", "third part", "third-part", "sponsor", "affiliate", "other companies", "advertisers", "selected companies",
                 "brands we work with", "carefully selected"]
rule("marketing.partners", "marketing", "medium", PARTNER_WORDS,
     [r"\b(?<p>(?:offers|promotions?|deals|discounts|news|newsletters?|(?:marketing|promotional)\s+(?:\w+\s+)?(?:e-?mails?|messages|communications|materials|offers|information)|updates)\s+(?:\w+\s+){0,3}?(?:from|by|of|on\s+behalf\s+of)\s+(?:\w+\s+){0,4}?" + PARTNERS + r")\b",
      {"p": r"\b(?<p>" + PARTNERS + r")\s+(?:\w+\s+){0,2}?(?:may|might|can|could|will|would|to)\s+(?:also\s+)?(?:send|contact|e-?mail|call|text|market\s+to|offer|promote)\w*\s+(?:\w+\s+)?(?:you|users|customers)\b[^.;]{0,60}?\b(?:offers?|promotions?|products|services|marketing|promotional|deals|news|information)\b",
       "r": [["send", "contact", "mail", "call", "text", "market to", "offer", "promot"]],
       "m": ["Our partners may send you offers about their products.", "Sponsors may contact you with promotions."],
       "n": ["Our partners may contact us about your order.", "Partners send us reports on ad performance."]},
      {"p": r"\b(?:shar\w+|disclos\w+|provid\w+|giv\w+|sell\w*|sold|rent\w*|pass\w*|transfer\w*)\b[^.;]{0,80}?\b(?<p>" + PARTNERS + r")\b[^.;]{0,80}?\b(?:for|so\s+(?:that\s+)?(?:they|it)\s+can|to)\s+(?:\w+\s+){0,2}?(?:(?:their|its)\s+(?:own\s+)?(?:direct\s+)?marketing|market(?:ing)?\s+(?:\w+\s+)?to\s+you|send\s+you\s+(?:\w+\s+)?(?:offers|promotions|marketing|advertis\w+)|(?:direct\s+)?marketing\s+purposes|promotional\s+purposes)",
       "r": [["market", "send you", "promotional"]],
       "m": ["We may share your e-mail with sponsors so they can send you promotions.",
             "We may pass your details to our partners for their own marketing."],
       "n": ["We share data with our partners to deliver the service.", "We share your e-mail with partners to check fraud; see our marketing page."]},
      {"p": r"\b(?<p>(?:hear\s+(?:\w+\s+){0,2}?from|be\s+contacted\s+by)\s+(?:our\s+|selected\s+|carefully\s+selected\s+|trusted\s+)*" + PARTNERS + r")\b",
       "r": [["hear", "contacted by"]],
       "m": ["Yes, I would like to hear from carefully selected partners about offers.", "I agree to be contacted by third parties about their offers."],
       "n": ["We would love to hear from you about our offers.", "You may be contacted by our support team about offers."]}],
     "Promotions from the company's partners: your details go to, or are used for, other companies' marketing.",
     ["Send me news and special offers from our partners.",
      "We may share your e-mail with sponsors so they can send you promotions.",
      "Yes, I'd like offers from carefully selected third parties.",
      "We may pass your details to our partners for their own marketing."],
     ["Send me news and special offers.",
      "We share data with our partners to deliver the service.",
      "We work with advertising partners who measure how our ads perform.",
      "We do not give your address to other companies for their own marketing unless you ask us to."],
     unless=U_MKT + [MKT_SHARE_DENIAL],
     requires=["offers", "promotion", "deals", "discount", " news", "newsletter", "marketing", "promotional", "updates", "hear ",
               "contacted by", "send you", "contact you", "e-mail you", "email you", "market to"])


# A pattern that several rules repeat (sub-rules share their unless lists,
# twin rules their patterns) is written once, as a define: a smaller pack is
# faster to read at start. The host expands and pools it as before.
REPEATS = {}
for r in RULES:
    for k in ("patterns", "unless"):
        for x in r.get(k, []):
            REPEATS[x] = REPEATS.get(x, 0) + 1
SHARED = {}
for x, n in REPEATS.items():
    if n > 1 and len(x) > 30 and not (x.startswith("{{") and x.endswith("}}") and x.count("{{") == 1):
        SHARED[x] = f"r{len(SHARED)}"
        D[SHARED[x]] = x
for r in RULES:
    for k in ("patterns", "unless"):
        if k in r:
            r[k] = ["{{" + SHARED[x] + "}}" if x in SHARED else x for x in r[k]]

pack = {
    "pack": "ai-and-choice",
    "version": "2.0.0",
    "language": "en",
    "description": "AI training on your content, opt-outs and their exceptions, opt-ins, human review of content, marketing consent.",
    "defines": D,
    "rules": RULES,
}

out = sys.argv[1] if len(sys.argv) > 1 else "rules/10-ai-and-choice.json"


def dump(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


# one define and one rule a line: small to load, and readable in a diff
with open(out, "w", encoding="utf-8") as f:
    f.write("{\n")
    for k in ("pack", "version", "language", "description"):
        f.write(f"{dump(k)}:{dump(pack[k])},\n")
    f.write('"defines":{\n' + ",\n".join(f"{dump(k)}:{dump(v)}" for k, v in D.items()) + "\n},\n")
    f.write('"rules":[\n' + ",\n".join(dump(r) for r in RULES) + "\n],\n")
    # words each pattern cannot match without (tools/gatelib.py)
    f.write('"gates":[\n' + ",\n".join(dump(g) for g in gates(pack)) + "\n]\n}\n")
words = {a for r in RULES for a in r["anchors"] + [w for g in groups(r.get("requires")) for w in g]}
states = len({w[:i] for w in words for i in range(1, len(w) + 1)})
print(f"{len(RULES)} rules, {len(words)} distinct anchor words, {states} prefilter states -> {out}")
