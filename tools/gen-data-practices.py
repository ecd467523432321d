#!/usr/bin/env python3
"""Write rules/20-data-practices.json, the data-practices rule pack
(retention, deletion, sharing, no_sharing, sale, no_sale).

The pack's regular expressions are long and share pieces (durations, the
words for a person's data, who counts as a third party, what cancels a
rule); writing them here as Python raw strings keeps them readable. Edit
this file, not the JSON, then run it from the repository root:

    python3 tools/gen-data-practices.py && build/smallprint-host --rules rules rules test

Layout: the shared pieces (defines), the rules, then the anchors. Anchors
are chosen for speed: a rule only runs on sentences holding one of them, so
rules whose patterns need different anchors are split (SPLITS) into rules
of their own. Lists of cancelling patterns shared by several rules are
written once, as defines. All examples are sentences written for this
project, never copied from a corpus.
"""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from packlib import alt, first_literal, fold, fold_patterns, modal_neg, write_pack
D = {}
def d(name, text): D[name] = text

# --- shared pieces -------------------------------------------------------
d("NEG", r"(?:not|never|n't)")
d("NUMW", r"(?:\d[\d,]*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|a|an|several|a\s+few|a\s+couple\s+of)")
# a duration: "30 days", "twelve (12) months", "90-day", "6 to 12 months"; never an age
d("DUR", r"{{NUMW}}(?:\s*\(\d+\))?(?:\s*(?:to|-|or|and)\s*{{NUMW}}(?:\s*\(\d+\))?)?\s*-?\s*(?:calendar\s+|business\s+|working\s+|full\s+|consecutive\s+|additional\s+|more\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\b(?!\s*(?:of\s+age|old|or\s+(?:older|over|younger)|and\s+(?:older|over)|of\s+experience))")
d("PREP", r"(?:for|up\s+to|within|after|than|of|least|most|maximum\s+of|minimum\s+of|beyond|over|past|last|exceed\w*|until|about|approximately|around|roughly|to)")
d("RETV", r"(?:remain\w*(?=\s+(?:for|up\s+to)\b)|retain\w*|keep|keeps|kept|keeping|stor(?:e|es|ed|ing)|hold|holds|held|holding|maintain\w*(?!\s+(?:your\s+|the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:sessions?|connections?|log-?ins?|logged[- ]in)\b)|preserv\w*|archiv\w*|saved|remain\w*\s+(?:stored|on\s+(?:our|its)|in\s+(?:our|its)|available|accessible|in\s+(?:backup|archive)\w*|in\s+your\s+(?:\w+\s+)?(?:account|library|history|archive|storage|workspace|inbox|folder|trash|bin))|persist(?:s|ed)?\b|cached)")
d("DELV", r"(?:delet\w*|eras(?:e|ed|es|ing|ure)|remov(?:e|ed|es|ing|al)|purg\w*|destroy\w*|destruct\w*|discard\w*|anonymi[sz]\w*|de-?identif\w*|overwrit\w*|wiped)")
# things about you a company may keep or pass on
d("DATA", r"(?:data|information|info|details|content|conversations?|chats?|messages?|prompts?|inputs?|outputs?|files?|records?|logs?|recordings?|photos?|images?|videos?|audio|voice|queries|searches|history|code|snippets?|documents?|submissions?|uploads?|e-?mail\s+address(?:es)?|addresses|PII|profiles?|identifiers|location|transcripts?|answers?|responses?|notes?|(?:phone\s+)?numbers?|payloads?|lists?|contacts?|results?|entries|reviews?|comments?|posts?|preferences|activity|usage|biometrics?|health\s+\w+|(?:full|real|user|screen|first|last)\s?names?|address|whereabouts)")
# words one of which every DATA contains (for `requires`)
DATA_W = ["data", "info", "details", "content", "conversation", "chat", "message", "prompt", "input", "output", "file",
          "record", "log", "photo", "image", "video", "audio", "voice", "queries", "searches", "history", "code",
          "snippet", "document", "submission", "upload", "address", "pii", "profile", "identifiers", "location",
          "transcript", "answer", "response", "note", "number", "payload", "list", "contact", "result", "entries",
          "review", "comment", "post", "preferences", "activity", "usage", "biometric", "health", "name", "whereabouts"]
d("YOUR", r"(?:your|their|his|her|its|user|users'?|customer|customers'?|member|members'?|visitor|personal|this|that|such|the|these|those|any|all|some|certain)")
# who data goes to, other than the company itself
d("RECIP_BIZ", r"(?:third[-\s]?part(?:y|ies)(?!'s\s+(?:own\s+)?legitimate|\s+(?:websites?|sites?|links?|cookies?\s+(?:are|is)|accounts?|materials|content|software|login|sign-in|owners?|rights|intellectual|products?\s+(?:or|and)\s+services))|(?:partner|vendor|supplier|advertiser|sub-?processor|processor|contractor|broker|subsidiar(?:y|ie)|marketer|merchant|dealer|dealership|retailer|franchisee|sponsor|co-?sponsor|researcher|consultant|courier|acquirer|buyer|purchaser|successor|agent|organi[sz]er|publisher|seller|recruiter|lender|insurer|underwriter|carrier|auditor|employer|restaurant|hotel|airline|landlord)s?\b|affiliat(?:es?|ed\s+(?:companies|entities|businesses))|(?:parent|sister)\s+compan(?:y|ies)|(?:group|family|corporate)\s+(?:of\s+)?compan(?:y|ies)|(?:companies|entities|members)\s+(?:of|in|within)\s+(?:our|the)\s+(?:\w+\s+)?(?:group|family)|(?:service|AI|model|LLM|cloud|hosting|payment|analytics|advertising|ad|e-?mail|storage|data|technology|retrieval|(?:large\s+)?language\s+model|third-party|outside|external|IT|software|transcription|speech|inference|identity|verification|security|marketing|measurement|fulfil+ment|shipping|delivery|fraud\s+prevention|AI\s+model|model\s+and\s+retrieval|content|network|platform|tool)\s+(?:service\s+)?providers?|(?:these|those|such|other|our)\s+providers|(?:ad(?:vertising)?|social(?:\s+media)?)\s+(?:networks?|platforms?|servers?|exchanges?|companies|agencies|sites|services)|(?:other|outside|external|unaffiliated|non-?affiliated|independent|unrelated|selected|certain|trusted)\s+(?:\w+\s+)?(?:companies|businesses|organi[sz]ations|entities|parties|firms|merchants|marketers|third\s+parties|recipients)|(?:insurance|financial|credit|marketing|research|processing|shipping|delivery|fulfil+ment|ticketing|hosting|mailing|analytics|advertising|payment|measurement|consulting|collection|courier|logistics|postal)\s+(?:compan(?:y|ies)|institutions?|agenc(?:y|ies)|bureaus?|firms?|services|vendors?)|(?:credit\s+card|card|payment)\s+process(?:or|ors|ing\s+compan(?:y|ies))|(?:data|third-party)\s+recipients|outside\s+parties|other\s+parties|(?:companies|businesses|organi[sz]ations|entities|firms|agents|individuals|people|those)\s+(?:that|who|which)\s+(?:\w+\s+){0,2}?(?:provide|perform|help|assist|work|act|process|support)\w*)")
d("RECIP_LAW", r"(?:law\s+enforcement(?:\s+(?:agencies|authorities|officials))?|(?:government(?:al)?|public|regulatory|tax|competent|judicial|supervisory|state|federal|local|national|security)\s+(?:authorit(?:y|ies)|agenc(?:y|ies)|bodies|officials|entities|departments)|authorities|regulators?|police|(?<!\bin\s)courts?|government(?:s|al\s+bodies)?|first\s+responders|emergency\s+services)")
d("RECIP", r"(?:{{RECIP_BIZ}}|{{RECIP_LAW}})")
# in a promise, "with anyone" is as good as "with third parties"
d("RECIP_ANY", r"(?:{{RECIP}}|anyone(?:\s+else)?|anybody|others|any\s+other\s+(?:person|party|entity|company|organi[sz]ation)|outside\s+(?:entities|entity|organi[sz]ations?|parties|party))")
# verbs of passing data on, grouped by first letter (one branch is tried
# per word start instead of all of them)
# The three verbs most policies use, each starting with its own letters
# (a pattern that starts with one word is searched for quickly; one that
# starts with a choice of many words is tried at every word)
d("SHAREV_MAIN", r"(?:(?-i:[Ss])har(?:e|es|ed|ing)|dis(?:clos(?:e|es|ed|ing|ure|ures)|tribut\w*)|trans(?:fer(?:s|red|ring)?|mit(?:s|ted|ting)?|mission))")
# the other verbs of passing data on
# the other verbs of passing data on
d("SHAREV_REST", r"(?:s(?:en(?:d|ds|t|ding)(?!\s+(?:you|users?|customers?|members?|them\s+(?:an?\s+)?(?:e-?mail|message|notice)))|ell(?:s|ing)?(?=\s+(?:\w+\s+){0,3}?(?:information|data|details|it|them|address(?:es)?|lists?|profiles?|records)\b)|old|uppl(?:y|ies|ied))|pass(?:es|ed|ing)?(?:\s+(?:\w+\s+){0,3}?(?:on|along)|(?=\s+(?:(?!on\b|along\b)\w+\s+){0,8}?to\s))|t(?:rad(?:e|es|ed|ing)|urn(?:s|ed)?\s+over)|r(?:eleas(?:e|es|ed|ing)|ent(?:s|ed|ing)?)|giv(?:e|es|en|ing)(?!\s+(?:rise|up))|f(?:urnish\w*|orward\w*)|leas(?:e|es|ed|ing)|ex(?:chang(?:e|es|ed|ing)|pos(?:e|es|ed))|hand(?:s|ed)?\s+over|upload\w*)")
d("SHAREV_PROVIDE", r"provid(?:e|es|ed|ing)(?=\s+(?:to\b|(?:\w+\s+){0,3}?(?:information|data|details|it|them|address(?:es)?|identifiers|content|e-?mails?|names?|(?:phone\s+)?numbers?|profiles?|records)\b))")
d("SHAREV_AVAILABLE", r"ma(?:k(?:e|es|ing)\s+(?:\w+\s+){0,8}?available|de\s+available)")
d("SHAREV_MORE", r"(?:{{SHAREV_PROVIDE}}|{{SHAREV_AVAILABLE}}|accessible|{{SHAREV_REST}})")
d("SHAREV", r"(?:{{SHAREV_MAIN}}|{{SHAREV_MORE}})")
# a whole sentence that is a heading, a question, or names topics only
# A whole sentence that is a heading, a question, or names topics only.
# Two parts so each is cheap: TOPIC_LINE is anchored at the start (it runs
# once per sentence), TOPIC_WORDS starts with a literal word.
# a question: its first line ends with "?" (a scan from ? to ?)
d("QUESTION", r"^(?:[^\n?]*+\?)+?\s*+$")
d("TOPIC_LINE", r"^(?:(?-i:\W*+(?:[\dIVX]+[.)]?\s+)?(?:HOW|WHEN|WHY|WHO|WHAT|WHICH|WITH\s+WHOM|TO\s+WHOM|WHERE)\b[^a-z.]{0,80}$)|\W*+(?:[\dIVXivx]++(?:\.\d+)*+[.)]?\s++)?(?:how|when|why|with\s+whom|to\s+whom|whom|who|what|which|where)\s++(?:\w++['\s/&-]*+){1,10}+[?:]?\s*+$|[^.;:?]{0,60}?\b(?:parties|companies|entities|categories|recipients|organi[sz]ations)\s+(?:\w+\s+)?(?:with|to)\s+whom\b[^.;?]{0,60}[:?]?\s*+$)")
TOPIC_NOUN_TAIL = r"(?:section|sections|notice|policy|policies|part|table|chart|statement|page|document|faq|summary|article|addendum|disclosure|explanation|material|resource|guide)s?\s+(?:\w+\s+){0,3}?(?:explain|describe|set|outline|tell|cover|detail|inform|provide|summari[sz]e|address|identif|list|contain)\w*\b[^.;]{0,80}?\b(?:how|what|whether|when|why|with\s+whom|the\s+(?:ways|categories|types))"
TOPIC_WORDS = [
    r"\b(?:description|descriptions|details|explanation)\s+(?:about|of|on)\s+(?:the\s+)?(?:ways?|how)\b",
    r"\b(?:information|details)\s+(?:on|about|regarding|as\s+to)\s+how\s+long\b",
    r"\bth(?:is|ese|e)\s+(?:following\s+)?" + TOPIC_NOUN_TAIL,
    r"\bour\s+(?:following\s+)?" + TOPIC_NOUN_TAIL,
    r"\b(?:learn|read|find\s+out|know)\s+(?:more\s+)?(?:about\s+)?how\b",
    r"\bsee\s+(?:our|the)\s+\w+\s+(?:\w+\s+)?(?:section|policy|notice)\s+(?:on|about|for)\b",
]

R = []
for _k, _t in enumerate(TOPIC_WORDS):
    d(f"TOPIC_WORDS_{_k + 1}", first_literal(_t))
TOPIC = [r"{{QUESTION}}", r"{{TOPIC_LINE}}"] + [f"{{{{TOPIC_WORDS_{k + 1}}}}}" for k in range(len(TOPIC_WORDS))]
def rule(id, label, severity, anchors, patterns, explanation, match, no_match, unless=None, suppresses=None, after=None,
         requires=None):
    r = {"id": id, "label": label, "severity": severity, "anchors": anchors, "patterns": patterns}
    if requires: r["requires"] = requires
    if unless:
        # the topic check is two patterns (see TOPIC_LINE)
        r["unless"] = [x for u in unless for x in (TOPIC if u == r"{{TOPIC}}" else [u])]
    if after: r["after"] = after
    if suppresses: r["suppresses"] = suppresses
    r["explanation"] = explanation
    r["examples"] = {"match": match, "no_match": no_match}
    R.append(r)

ANCHORS = {}
#======================================================================
# The rules
#======================================================================
# ======================================================================
# retention: how long data is kept
# ======================================================================
# Anchor words. The prefilter matches substrings, so short stems that hide
# inside common words are avoided ("stor" is in "history", "close" in
# "disclose", "eras" in "operase"): the verbs are listed in the forms that
# occur.
UNITS = ["day", "week", "month", "year", "hour", "decade", "minute"]
KEEP_W = ["retain", "keep", "kept", "store", "storing", "hold", "held", "maintain", "preserv", "archiv", "saved",
          "remain", "persist", "cached"]
DEL_W = ["delet", "erase", "erasing", "erasure", "remov", "purg", "destroy", "destruct", "discard", "anonymi",
         "de-identif", "deidentif", "overwrit", "wiped"]
RET_ANCH = KEEP_W + ["retention"]
DEL_ANCH = DEL_W
# other senses of the verbs: ownership and rights, lawyers, customers kept as
# customers, keeping people informed, keeping things safe, the noun "store",
# holding harmless, and ages or response times that look like periods
RET_OTHER = [
    # a disclaimer, not a period: "we cannot guarantee your files will be stored forever"
    r"\b(?:cannot|can't|can\s+not|do\s+not|don't|does\s+not|doesn't)\s+(?:\w+\s+)?(?:guarantee|promise|warrant|ensure|assure)\b[^.;]{0,80}?\b(?:stored|kept|retained|saved|preserved|available|backed\s+up)\b",
    r"\b(?:you|users?)\s+(?:are|is|remain)\s+(?:solely\s+)?responsible\s+for\s+(?:keeping|maintaining|storing|preserving)\b",
    r"\bin\s+the\s+same\s+(?:place|location|system)\b",
    r"\bretain\w*\s+(?:all\s+|any\s+|full\s+|sole\s+|exclusive\s+)?(?:\w+\s+)?(?:ownership|rights?|title|copyright|control\s+(?:of|over)|the\s+right|intellectual)",
    r"\bretain\w*\s+(?:the\s+services\s+of\s+)?(?:a\s+|an\s+|our\s+own\s+|your\s+own\s+)?(?:lawyer|attorney|counsel|legal|advis|consultant|auditor|agent|expert)",
    r"\b(?:customer|user|employee|staff|student|talent|subscriber|member)\s+retention\b",
    r"\bkeep\w*\s+(?:you|them|us|users|customers|people)\s+(?:informed|updated|posted|safe|logged|signed|engaged|up\s+to\s+date|in\s+the\s+loop|notified)",
    r"\b(?:keep|kept|keeps|maintain\w*)\s+(?:\w+\s+){0,4}?(?:safe|secure|confidential|private|accurate|current|up\s+to\s+date|up-to-date|protected|encrypted)\b(?![^.;]{0,40}\b(?:for|until|as\s+long)\b)",
    r"\bkeep\w*\s+(?:in\s+mind|track\s+of\s+(?:time|your\s+(?:progress|orders))|in\s+touch|up\s+with|using|trying|going|visiting|browsing)",
    r"\b(?:app|play|online|retail|physical|our|the|in-|web|chrome|microsoft|google)\s*stores?\b(?!\s+(?:it|them|your|the|data|information))",
    r"\bstore\s+(?:credit|cards?|gift|locations?|hours|purchases?|managers?|associates?|brand|policies)",
    r"\bhold\w*\s+(?:\w+\s+){0,4}?harmless\b|\bon\s+hold\b|\bheld\s+(?:liable|responsible|accountable)\b",
    r"\b(?:hearings?|meetings?|events?|arbitrations?|sessions?|conferences?|elections?|calls?)\s+(?:is|are|was|were|will\s+be|be|being)\s+held\b",
    r"\b(?:retain|maintain|keep|hold)\w*\s+(?:all\s+|full\s+|sole\s+)?(?:\w+\s+)?(?:ownership|title)\b",
    r"\bretain\w*\s+(?:\w+\s+)?access\b|\bpayment\s+methods?\s+(?:\w+\s+)?saved\b|\bsaved\s+(?:payment|cards?)\b",
    r"\b(?:is|are)\s+(?:further\s+)?(?:described|explained|set\s+out|detailed|outlined)\s+(?:in|below|above)\b",
    r"\b(?:we|to)\s+keep\w*\s+(?:\w+\s+){0,6}?(?:available|accessible|running|online|open)\b(?![^.;]{0,20}\b(?:for|until)\b)",
    r"\bpreserv\w*\s+(?:\w+\s+)?(?:privacy|confidentiality|security|integrity|rights?|ability|quality|anonymity|freedom)",
    r"\b(?:persistent|session|flash)\s+cookies?\b|\bcookies?\s+(?:\w+\s+){0,3}?(?:expire|remain|stay|are\s+stored|is\s+stored|store|last)",
    r"\b(?:funds?|payouts?|money|deposits?|balances?|tickets?|reservations?|seats?|payments?)\s+(?:\w+\s+){0,4}?(?:held|hold|on\s+hold)\b",
    # money kept back, not data: "we retain all funds charged", "retain from the refund an amount"
    r"\b(?:retain|keep|withhold|hold)\w*\s+(?:\w+\s+){0,2}?(?:funds?|fees?|payments?|money|deposits?|sums?|charges?|amounts?)\b(?!\s+(?:and\s+\w+\s+)?(?:information|info|data|details|records?|history|methods?|cards?|credentials|account))|\bretain\w*\s+from\s+(?:the\s+|your\s+)?(?:\w+\s+)?(?:payment|refund|amount|price)",
    # holding a meeting is not holding data
    r"\bhold\w*\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:conferences?|meetings?|hearings?|calls?|sessions?|events?|elections?)\b",
    r"\b(?:terms|agreement|provisions?|sections?|obligations?|licen[cs]es?|warrant\w*|restrictions?)\s+(?:\w+\s+){0,4}?(?:remain|survive)\w*\s+in\s+(?:full\s+)?(?:force|effect)",
    # the reader is told to keep something ("Please keep your receipt")
    r"(?:^\W*|\bplease\s+|\byou\s+(?:should|must|need\s+to|may\s+want\s+to|will\s+need\s+to)\s+)keep\s+(?:a\s+copy\s+of\s+)?(?:your|the|this)\b",
]
RET_TIME_OTHER = [
    r"\b(?:respond|reply|answer|acknowledge|notify|inform(?!ation)|contact|get\s+back)\w*\b[^.;]{0,130}?\bwithin\s+{{DUR}}",
    r"\bnotice\s+(?:period\s+)?of\s+{{DUR}}|{{DUR}}(?:'s?|s')?\s+(?:prior\s+|advance\s+|written\s+)?notice\b",
    r"\b(?:at\s+least|within|no\s+(?:less|later)\s+than)\s+{{DUR}}\s+(?:(?:prior|advance)\s+)?(?:notice|before|in\s+advance|prior)",
    r"\b(?:refund|return|exchange|cancel|withdraw|dispute|claim|appeal|object|opt\s+out|opt-out|notice)\w*\b[^.;]{0,40}?\bwithin\s+{{DUR}}",
    r"\b(?:you|users?)\s+(?:can|may|have)\b[^.;]{0,40}?\b(?:delete|remove|edit|unsend|recall)\b(?:(?!\b(?:which|and|they|it|we|then|will|are|is)\b)[^.;]){0,60}?\bwithin\b",
    r"\bfree\s+trial\b|\bsubscription\s+(?:term|period)\b",
    # a period for doing something else: "the 60-day informal resolution period", "a 14-day cancellation period"
    r"{{DUR}}\s+(?:informal\s+)?(?:(?:dispute\s+)?resolution|dispute|cancell?ation|withdrawal|cooling[-\s]off|refund|return|notice|objection)\s+period\b",
    r"\b(?:once|twice|\w+\s+times)\s+(?:a|an|per|every|each)\s+(?:day|week|month|year)\b",
]

# A duration after the verb: "kept for 30 days", "deleted within 14 days",
# "stored for a period of 6 months", "Keep history: 18 months".
RET_DUR_QUAL = r"(?:(?:an?\s+)?rolling\s+|an?\s+(?=\d)|the\s+(?=\d)|a\s+(?:period|maximum|minimum|total)\s+of\s+|(?:approximately|about|around|roughly|up\s+to|at\s+least|at\s+most|a\s+maximum\s+of|no\s+more\s+than|no\s+longer\s+than|more\s+than|less\s+than|over|under|the\s+(?:first|last|next|past))\s+)?"
RET_VERB_P = r"(?<p>{{RETV}}|{{DELV}}|disappear\w*|vanish\w*)"
rule("retention.period", "retention", "low", UNITS,
     [
       r"\b" + RET_VERB_P + r"\b[^.;]{0,150}?(?:\b{{PREP}}\s+|:\s*)" + RET_DUR_QUAL + "{{DUR}}",
       r"\b" + RET_VERB_P + r"\b[^.;]{0,60}?\b{{DUR}}\s+(?:after|from|following|of|since|beyond|once|past)\b",
       r"^\W*(?<p>{{DUR}})\b[^.;]{0,100}?\b(?:{{RETV}}|{{DELV}})\b",
       r"(?:[,;:]\s*|\b(?:for|after|within|up\s+to|beyond|past|once)\s+(?:(?:these|those|the|this|that)\s+(?=\d))?(?:(?:at\s+least|more\s+than|over|up\s+to|approximately|about|around|a\s+(?:period|maximum|minimum)\s+of)\s+)?)(?<p>{{DUR}})\b[^.;]{0,100}?\b(?:{{RETV}}|{{DELV}})\b",
       r"\b(?:older\s+than|more\s+than)\s+{{DUR}}[^.;]{0,60}?\b(?<p>{{DELV}})\b",
       # a cycle rather than a limit: "purged every 30 days", "on a rolling 35-day schedule"
       r"\b(?<p>{{DELV}})\b[^.;]{0,60}?\b(?:on\s+an?\s+(?:rolling\s+|regular\s+)?{{DUR}}\s+(?:schedule|cycle|basis|rotation)|every\s+{{DUR}})",
     ],
     "This says how long your data is kept before it is deleted.",
     ["We keep server logs for eighteen months.",
      "Voice clips you record are erased from our systems within 14 days.",
      "We delete location information within 60 days.",
      "Support tickets are archived and then purged after two years.",
      "For 90 days after you close your account, we hold a backup copy of your profile.",
      "Uploaded photos older than 30 days are deleted automatically.",
      "We keep a copy of every complaint we receive, together with the letters we send back to the person who made it, for six years.",
      "Disappearing messages vanish 24 hours after they are read.",
      "Your workspace is erased after a 14-day grace period.",
      "Access logs are kept for a rolling 60-day window.",
      "After these 14 days, we begin erasing the closed workspace.",
      "We retain billing and payment records for seven years to meet tax rules.",
      "Backup copies are overwritten on a rolling 35-day schedule.",
      "Temporary upload files are purged every 24 hours."],
     ["We keep you informed about new features every 30 days.",
      "You must be at least 13 years old to store files with us.",
      "We will respond to requests to delete data within 30 days.",
      "You retain ownership of everything you upload for 5 years and beyond.",
      "Refunds for store credit are available within 14 days.",
      "Keep your ticket stub if you would like to swap seats within a month.",
      "We keep the fees you have paid until your plan ends in 12 months.",
      "The two sides will hold a call within the 30-day dispute resolution period.",
      "We send a summary of what we store every 30 days."],
     unless=RET_OTHER + RET_TIME_OTHER + [r"{{TOPIC}}"],
     requires=KEEP_W + DEL_W + ["disappear", "vanish"])

rule("retention.period_noun", "retention", "low", UNITS,
     [
       r"\b(?<p>retention\s+(?:period|time|window|term|limit|schedule|policy|duration))s?\b[^.;]{0,80}?\b{{DUR}}",
       r"\b{{DUR}}\s+(?<p>(?:data\s+|log\s+|message\s+|default\s+)?(?:retention|storage|deletion))\b",
       r"\b(?<p>retention(?:\s+period)?)\s*[:=-]\s*(?:up\s+to\s+|about\s+|approximately\s+)?{{DUR}}",
       r"\b(?<p>(?:retained|kept|stored|deleted)\s+(?:only\s+)?(?:temporarily|briefly)\s+for)\s+{{DUR}}",
     ],
     "This says how long your data is kept.",
     ["Chat transcripts have a retention period of ninety days.",
      "Retention: 30 days",
      "Our 30-day retention window applies to every workspace.",
      "Enterprise plans offer a 7-year data retention option."],
     ["Our retention team will call you within 7 days.",
      "Customer retention rose 12% over the last two years.",
      "We will review this retention policy in 2 years' time, with notice at least 30 days before any change."],
     unless=RET_OTHER[2:3] + [r"\bcustomer\s+retention\b", r"\bretention\s+(?:team|rate|offer|specialist|bonus|campaign|rates)\b", r"\breview\w*\s+(?:this|our|the)\s+(?:\w+\s+)?polic"],
     requires=["retention", "storage", "deletion", "kept", "stored", "deleted", "retained"])

# how long, without a number: "as long as your account is open", "until you
# delete it", "indefinitely", "for a limited time", "longer"
RET_CRIT = (r"(?:(?:for\s+)?(?:only\s+)?(?:as|so)\s+long\s+as|for\s+(?:no\s+)?longer\s+than|no\s+longer\s+than|(?:any|for)\s+longer\b|longer\s+(?:periods?|than|where|if|when|for|in\s+(?:some|certain))\b|longer\s*(?:[,;]|$)|until|till|while\s+(?:you|your|we|the|it|they)"
            r"|only\s+(?:as|where|when|to\s+the\s+extent)\s+(?:\w+\s+)?(?:necessary|needed|required)\b"
            r"|(?:for|within|during)\s+the\s+(?:duration|life|lifetime|(?:time\s+)?period|time|length|term)\s+(?:of|necessary|needed|required|permitted|allowed|prescribed|specified|set|that|you|it|your|we|the)|up\s+to\s+the\s+(?:termination|closure|deletion|end)\s+of|(?:even\s+)?after\s+(?:you\s+)?(?:close|delete|deactivate|cancel|terminate)\w*\s+(?:your\s+|the\s+)?(?:\w+\s+)?(?:account|subscription|membership|profile)|(?:even\s+)?after\s+(?:the\s+)?(?:closure|deletion|termination|deactivation|cancellation)\s+of"
            r"|indefinitely|permanently|forever|in\s+perpetuity"
            r"|for\s+(?:a|an|some|the)\s+(?:reasonable|limited|short|shorter|longer|extended|certain|commercially\s+reasonable|additional|indefinite|unlimited|undefined|minimum|appropriate|brief|specific|set|defined|fixed|predetermined|given)\s*(?:\w+\s+)?(?:period|time|amount|duration|length)"
            r"|for\s+(?:some\s+time|longer|a\s+while|a\s+(?:longer|shorter)\s+time)|temporar(?:y|ily)|briefly|only\s+during"
            r"|during\s+(?:the|your|a|its|their)\s+(?:\w+\s+){0,2}?(?:session|processing|visit|call|subscription|relationship|use|term|membership|employment|period|lifetime|life)"
            r"|in\s+(?:accordance|line)\s+with\s+(?:our|the|its|applicable)\s+(?:\w+\s+){0,2}?(?:retention|record)"
            r"|(?:legal|statutory|regulatory)\s+(?:retention|storage)\s+(?:periods?|obligations?|requirements?))")
CRIT_WORDS = ["only as", "only where", "only when", "only to the extent", "after you", "after the", "long as", "longer", "until", "till ", "while ", "duration", " life", "lifetime", "period", " time",
              "length", " term", "termination of", "closure of", "end of", "deletion of", "indefinite", "permanent",
              "forever", "perpetuity", "temporar", "briefly", "only during", "accordance", "in line with",
              "retention", "storage obligation", "storage requirement"]
RET_CRIT_UNLESS = RET_OTHER + [r"{{TOPIC}}", r"\b(?:information|details)\s+(?:about|as\s+to|on|regarding)\s+(?:how|the)\b[^.;]{0,60}?\bretention", r"\b(?:you|users?)\s+(?:can|may|could|must|should)\s+(?:\w+\s+){0,2}?(?:keep|store|hold|save|maintain)\b(?![^.;]{0,40}\b(?:we|us)\b)", r"\bkeep\w*\s+(?:your\s+)?(?:password|credentials|login|account\s+details|device)\b", r"\bmaintain\w*\s+(?:\w+\s+){0,3}?(?:security|safeguards|measures|procedures|controls|standards|policies|compliance|the\s+(?:service|site|platform)s?|your\s+account\s+(?:in\s+good\s+standing|active)|insurance|licenses)\b(?![^.;]{0,30}\b(?:data|information|records)\b)", r"\bno\s+longer\s+(?:\w+\s+)?(?:retain|keep|store|hold|maintain)"]
rule("retention.criterion", "retention", "low", KEEP_W,
     [
       r"\b(?<p>{{RETV}})\b[^.;]{0,110}?\b" + RET_CRIT,
       r"\b(?:as\s+long\s+as|until|while|for\s+the\s+duration\s+of)\b[^.;]{0,80}?,\s*(?:\w+\s+){0,4}?(?<p>{{RETV}})\b",
       r"\b(?<p>{{RETV}})\b[^.;]{0,80}?\bbeyond\s+(?:our|the|its|any|a)\s+(?:\w+\s+)?(?:retention\s+)?periods?\b",
     ],
     "This says how long your data is kept, without a fixed number of days.",
     ["We hold account records for as long as your membership is active.",
      "Your drafts stay stored until you remove them yourself.",
      "Your recordings remain in your library until you delete them.",
      "Diagnostic reports are retained only as long as needed to fix the fault.",
      "In some cases we have to keep certain records longer, for example while a claim is open.",
      "Until your subscription ends, we keep your playlists.",
      "We may retain some records even after you close your account."],
     ["We store your files on servers in Ireland.",
      "You retain all rights in the music you upload as long as you like.",
      "We keep you updated while your order is on its way.",
      "Keep your password secret until you change it.",
      "This notice explains how long we keep your information.",
      "We no longer keep a copy of your old address.",
      "We use cookies to maintain your session while you are logged in.",
      "We cannot promise that your saved stories will be kept forever, so keep your own copies."],
     unless=RET_CRIT_UNLESS,
     requires=CRIT_WORDS + ["beyond"])

# kept because the law or a stated need requires it: only right after the
# verb, so "we store it and may disclose it as required by law" is not
# retention
RET_LEGAL = (r"(?:retain\w*|keep|keeps|kept|preserv\w*|hold|holds|held|stor(?:e|es|ed))\b(?:(?!\b(?:disclos|shar|provid|transfer|circulat|us(?:e|ed|ing)\b|process|access))[^.;]){0,50}?\b(?:as|where|when|if|to\s+the\s+extent)\s+(?:\w+\s+)?(?:required|permitted|necessary|needed|mandated|obligated|authori[sz]ed)(?:\s+(?:or|and|and/or)\s+(?:required|permitted|necessary|needed|mandated|obligated|authori[sz]ed))?\s+(?:by\s+(?:\w+\s+)?(?:law|laws|legal|regulations?|statute)|under\s+(?:\w+\s+)?(?:law|laws|legal|regulations?)|to\s+(?:comply|meet|fulfil+|satisfy|resolve|enforce|establish|exercise|defend|prevent|protect|combat|investigate|detect|provide)|for\s+(?:legal|lawful|legitimate|tax|accounting|audit|regulatory|compliance|security|fraud|safety))"
             r"|(?:retain\w*|keep|kept|preserv\w*|hold|held|stor(?:e|ed))\b[^.;]{0,50}?\bto\s+(?:comply\s+with|follow|meet|satisfy|fulfil+|abide\s+by)\s+(?:our\s+|applicable\s+|any\s+|its\s+|the\s+)?(?:legal|law|laws|regulatory|tax|statutory)")
rule("retention.kept_as_required", "retention", "low", ["retain", "keep", "kept", "preserv", " hold", "held", "store"],
     [r"\b(?<p>" + RET_LEGAL + ")",
      r"\b(?:(?:legal(?:ly)?|statutory|regulatory)\s+(?:\w+\s+)?(?:required|obliged|obligated|obligations?|requirements?|bound|duty)|(?:required|obliged|obligated|compelled)\s+by\s+(?:\w+\s+)?(?:law|laws|regulations?|statute))\s+(?:\w+\s+){0,2}?to\s+(?<p>retain|keep|preserve|store|hold|maintain)\b(?!\s+(?:you|your\s+(?:account|password)))"],
     "This says your data is kept for as long as the law or a stated need requires.",
     ["We may retain transaction records where required by tax law.",
      "We may keep billing details as required or permitted by applicable law.",
      "Some account details are kept to comply with our legal obligations.",
      "We are required by law to keep invoices and the details on them.",
      "Where we have a legal obligation to preserve messages, we do."],
     ["We may disclose your records where required by law.",
      "You must keep your password as required by these terms.",
      "We are legally required to keep you informed about changes."],
     unless=RET_CRIT_UNLESS,
     requires=["requir", "permit", "necessary", "need", "mandat", "obligat", "authori", "comply", "follow", "meet",
               "satisfy", "fulfil", "abide", "bound", "duty"])

rule("retention.period_decided", "retention", "low", ["retention", "how long", "length of time", "period of time"],
     [
       {"pattern": r"\b(?<p>how\s+long|(?:the\s+)?length\s+of\s+time|(?:the\s+)?period\s+of\s+time)\s+(?:for\s+which\s+|that\s+)?(?:\w+\s+){0,3}?(?:keep|keeps|kept|retain\w*|stor(?:e|es|ed)|hold|holds|held|maintain\w*)\b(?:\s+(?:\w+\s+){0,4}?for)?[^.;]{0,60}?\b(?:depends?|var(?:y|ies)|differs?|(?:is|are|will\s+be)\s+(?:determined|based|decided|set|calculated)|based\s+on)\b", "requires": ["depend", "vary", "varies", "differ", "determined", "based", "decided", " set", "calculated"]},
       {"pattern": r"\b(?:decides?|determines?|sets?|chooses?|controls?|configures?|defines?|specif(?:y|ies))\s+(?<p>how\s+long)\s+(?:\w+\s+){0,3}?(?:(?:is|are|will\s+be|gets?)\s+)?(?:kept|retained|stored|held|keep|retain|store|hold)\b", "requires": ["how long"]},
       {"pattern": r"\b(?<p>retention\s+periods?)\s+(?:starts?|begins?|runs?|commences?|restarts?)\b", "requires": ["start", "begin", " run", "commenc"]},
       {"pattern": r"\b(?<p>(?:period|duration|length)\s+of\s+(?:\w+\s+){0,2}?retention)\s+(?:is|are|will\s+be|depends?|var(?:y|ies)|differs?)\b", "requires": ["period of", "duration of", "length of"]},
       r"\b(?<p>retention\s+(?:period|periods|time|times|duration))s?\s+(?:\w+\s+){0,4}?(?:is|are|will\s+be|may\s+be|depends?|var(?:y|ies)|differ|determined|based|set|defined|depending)\b",
       r"\b(?:determin|decid|set|calculat)\w*\s+(?:the\s+|our\s+|how\s+long\s+(?:we\s+)?|appropriate\s+|these\s+)?(?:\w+\s+)?(?<p>retention\s+periods?|how\s+long\s+(?:we\s+)?(?:keep|retain|store|hold))",
       {"pattern": r"\b(?:set|configur|choos|adjust|customi[sz]|chang|control|manag|defin|select|pick)\w*\s+(?:(?:a|an|the|their|your|its|our|custom|own|different|shorter|longer|specific|default)\s+){0,3}(?<p>(?:data|message|chat|log|content|file|conversation|document|recording)\s+retention(?:\s+(?:periods?|settings?|windows?|rules?|polic(?:y|ies)))?|retention\s+(?:periods?|settings?|windows?|rules?|polic(?:y|ies)))\b", "requires": [" set", "configur", "choos", "adjust", "customi", "chang", "control", "manag", "defin", "select", "pick"]},
       r"\b(?<p>longer\s+retention\s+periods?|retention\s+periods?\s+(?:is|are)\s+(?:required|permitted|allowed))\b",
       r"\b(?<p>retention\s+of\s+(?:your\s+|personal\s+|the\s+|this\s+|such\s+)?(?:\w+\s+)?(?:data|information|records))\s+(?:\w+\s+){0,3}?(?:is|are|will\s+be|depends?|var(?:y|ies)|based|determined)\b",
     ],
     "This says how the company decides how long your data is kept.",
     ["Retention periods vary with the type of data and the law that applies.",
      "We set how long we keep each record based on why we collected it.",
      "How long we hold your details depends on the service you use.",
      "The length of time we retain personal data for is based on why we collected it.",
      "Your workspace owner decides how long messages are kept.",
      "The retention period starts again each time you sign in.",
      "The length of log retention is set by your plan.",
      "Workspace owners can set a custom retention period.",
      "Admins can configure message retention for their team."],
     ["Customer retention is a priority for our sales team.",
      "Our retention offers are sent by email.",
      "How long delivery takes depends on where you live.",
      "Managers can set customer retention goals for the quarter.",
      "You decide how long you keep using the app."],
     unless=RET_CRIT_UNLESS)

RETZ_UNLESS = [r"\b(?:card|payment|credit|debit|bank|billing)\s+(?:\w+\s+)?(?:numbers?|details|data|information|credentials)\b",
             r"\bfor\s+(?:any\s+)?(?:secondary|other|their\s+own|additional|unrelated)\s+purposes?\b",
             r"\bcookies?\s+(?:\w+\s+){0,2}?(?:do|does|will|wo)\s*(?:not|n't)\s+(?:store|contain|collect|hold)",
             r"\b(?:you|users?)\s+(?:shall|will|agree|must|may)\s*(?:not|n't)\b|\battempt\s+to\s+retain",
             r"\b(?:cannot|can\s*not|can't|unable\s+to)\s+(?:fully\s+)?(?:ensure|guarantee|assure|warrant|promise|control)\b",
             r"\b(?:in|on|within)\s+(?:the\s+|these\s+|our\s+|a\s+|any\s+|its\s+)?(?:\w+\s+)?cookies?\b",
             r"\bassociat\w*\b",
             r"\bif\s+you\s+(?:do\s+not|don't)\b",
             r"\bpasswords?\b(?![^.;]{0,30}\b(?:data|conversations?|messages|content)\b)",
             r"\b(?:you|users?)\s+(?:should|must|may|can)\s*(?:not|n't|never)\b",
             r"\blocally\b", r"\bon\s+your\s+(?:own\s+)?(?:device|computer|phone|browser)\b(?![^.;]{0,20}\bnot\b)",
             modal_neg(['do', 'does', 'wo']) + r"\s+(?:\w+\s+)?(?:store|keep|retain)\s+(?:\w+\s+){0,3}?(?:longer|more)\s+than\b",
             r"{{TOPIC}}"]
rule("retention.zero", "retention", "low", ["retain", "stor", "keep", "kept", "saved", "save", "log", "record", "cache", "persist", "retention", "discard", "forget"],
     [
       modal_neg(['do', 'does', 'did', 'will', 'shall', 'would', 'can', 'wo']) + r"\s+(?:\w+\s+){0,2}?(?<p>retain|store|keep|save|log|persist|hold|cache|archive)\b(?!\s+(?:you\b|in\s+mind|track|up\b))[^.;]{0,40}?\b(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|anything|it|them)\b",
       r"\bnever\s+(?<p>(?:retain|store|keep|save|log|record|persist|cache|archive)s?)\b(?!\s+(?:you\b|in\s+mind|track|up\b))[^.;]{0,40}?\b(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|anything|it|them)\b",
       # (where it is kept: "never kept in the same place as the data", "not stored together")
       r"\b(?:is|are|will\s+be|gets?|get|be|being|were|was|ever)\s+(?:\w+\s+)?(?<p>(?:not|never)\s+(?:\w+\s+)?(?:retained|stored|kept|saved|logged(?!\s+(?:in|on|into|out))|recorded|persisted|cached|archived))\b(?!\s+(?:in\s+the\s+same|together|alongside|side\s+by\s+side|in\s+one\s+place|on\s+the\s+same))",
       r"\b(?<p>no\s+(?:\w+\s+){0,2}?(?:data|information|content|logs?|conversations?|messages?|prompts?|records?)\s+(?:is\s+|are\s+|will\s+be\s+|ever\s+)?(?:ever\s+)?(?:retained|stored|kept|saved|logged|recorded|persisted))\b",
       r"\b(?<p>(?:zero|no)[- ](?:data[- ])?(?:retention|logs?|logging)(?:\s+(?:policy|agreement|mode|option|endpoint|guarantee))?)\b",
       r"\b(?<p>(?:is|are|gets?)\s+(?:immediately\s+|automatically\s+|permanently\s+)?discarded)\b",
       r"\b(?<p>forgets)\b[^.;]{0,20}(?:$|\.|everything|it|them)",
       r"\b(?<p>contractually\s+(?:prohibited|barred|forbidden|bound\s+not)\s+from\s+(?:\w+\s+)?(?:storing|retaining|keeping))",
     ],
     "This says your data is not kept at all after it is used.",
     ["We never store the recordings you make.",

      "We do not use or keep your data once the session ends.",
      "Your prompts are not retained after the answer is returned.",
      "The translation service keeps no logs of the text you send.",
      "Our partners offer a zero data retention endpoint."],
     ["We do not store full card numbers.",
      "Notes are stored locally on your phone.",
      "We do not keep you waiting on the phone.",
      "You should not store passwords in plain text.",
      "The keys are split up and never kept in the same place as the files they unlock."],
     unless=RETZ_UNLESS)

# The company deletes data on its own once it has served its purpose. One
# rule per kind of trigger, each run only when its trigger words occur.
DONE_UNLESS = [r"\b(?:you|users?)\s+(?:can|may|could|might|will\s+be\s+able\s+to|are\s+able\s+to|have\s+the\s+(?:right|option))\s+(?:\w+\s+){0,3}?(?:delete|remove|erase|clear)",
               r"\bremov\w*\s+(?:yourself|your\s+name|your\s+e-?mail\s+address)\s+from\s+(?:\w+\s+){0,2}?(?:list|mailing)",
               r"\bremov\w*\s+(?:\w+\s+){0,3}?(?:content|posts?|listings?|comments?|reviews?|material)\b[^.;]{0,80}?\b(?:violat|breach|infring|inappropriate|objectionable|unlawful|illegal)",
               r"\bcookies?\b", r"{{TOPIC}}"]
DONE_EXPL = "This says the company deletes your data on its own once it has served its purpose."
rule("retention.not_stored", "retention", "low",
     ["won't be", "wo n't be", "will not be", "would not be", "cannot be", "can't be", "is not", "are not", "was not",
      "were not", "isn't", "aren't", "and not", "but not", "and never", "but never", "nothing", "to disk", "ephemeral",
      "never save", "never store", "never keep", "never retain", "never log"],
     [modal_neg(["wo", "will", "would", "shall", "can", "ca", "is", "are", "was", "were", "could"], ("not", "n't")) + r"\s+(?:be\s+)?(?:\w+\s+)?(?<p>retained|stored|kept|saved|logged(?!\s+(?:in|on|into|out)\b)|persisted|cached|archived)\b(?!\s+(?:in|on)\s+(?:your|the)\s+(?:device|phone|computer|browser)\b)",r"\b(?<p>nothing\s+(?:\w+\s+){0,4}?(?:is|gets|will\s+be|ever)\s+(?:ever\s+)?(?:stored|retained|kept|saved|logged|recorded|persisted))\b",r"\b(?<p>(?:never|not)\s+(?:written|saved|stored|persisted)\s+to\s+(?:disk|storage|a\s+database))\b",r"\b(?:and|but)\s+(?<p>(?:not|never)\s+(?:\w+\s+)?(?:retained|stored|kept|saved|logged|persisted|cached|archived))\b",r"\b(?:is|are)\s+(?:\w+\s+)?(?<p>ephemeral)\b",r"\bnever\s+(?<p>(?:retain|store|keep|save|log|record)s?)\s+what\s+you\s+(?:type|say|write|enter|upload|send|share|ask|paste|speak)\b",],
     "This says your data is not kept at all after it is used.",
     ["New chats won't be saved to your history.",
      "Nothing is stored after the session ends.",
      "Your audio is processed in memory and never written to disk.",
      "Images are processed on the fly and not persisted.",
      "Transcripts are ephemeral."],
     ["Your visits will not be recorded by the analytics tool.",
      "Settings are not saved on your phone.",
      "Some pages work even when you are not logged in.",
      "Nothing is free."],
     unless=RETZ_UNLESS,
     requires=["retained", "stored", "kept", "saved", "logged", "persisted", "cached", "archived", "ephemeral",
               "recorded", "written", "save what", "store what", "keep what", "retain what", "log what"])

rule("retention.deleted_when_unneeded", "retention", "low", DEL_W,
     [r"\b(?<p>{{DELV}})\b[^.;]{0,100}?\b(?:when|once|after|as\s+soon\s+as|where|if)\s+(?:\w+\s+){0,4}?(?:is|are|it's|they're|becomes?|become)?\s*(?:no\s+longer|not)\s+(?:\w+\s+)?(?:needed|necessary|required|relevant|useful|in\s+use|used|active)\b",
      r"\b(?:when|once|after|as\s+soon\s+as|where|if)\s+(?:\w+\s+){0,4}?(?:is|are|becomes?)?\s*no\s+longer\s+(?:\w+\s+)?(?:needed|necessary|required|relevant|useful)\b[^.;]{0,80}?\b(?<p>{{DELV}})\b",
      r"\b(?:when|once|after|as\s+soon\s+as|where|if)\s+(?:we|they|the\s+\w+)\s+no\s+longer\s+(?:need|require|use|have\s+(?:a\s+|any\s+)?(?:\w+\s+)?(?:need|reason|purpose|basis))\b[^.;]{0,100}?\b(?<p>{{DELV}})\b",
      r"\b(?<p>{{DELV}})\b[^.;]{0,100}?\b(?:when|once|after|as\s+soon\s+as|where|if)\s+(?:we|they)\s+no\s+longer\s+(?:need|require|use|have\s+(?:a\s+|any\s+)?(?:\w+\s+)?(?:need|reason|purpose|basis))\b",
      r"\b(?<p>{{DELV}})\b[^.;]{0,100}?\b(?:when|once|after|as\s+soon\s+as|upon)\s+(?:\w+\s+){0,3}?(?:purpose|purposes)\s+(?:\w+\s+){0,8}?(?:fulfil+ed|achieved|served|met|completed|accomplished|ends?|ended|expire[sd]?|satisfied)"],
     DONE_EXPL,
     ["We erase the scans as soon as they are no longer needed for verification.",
      "Where your details are no longer required, we make sure they are securely destroyed.",
      "Records are destroyed once the purpose for which we collected them has been fulfilled.",
      "Once we no longer need the photos, we erase them from our systems."],
     ["You can delete a post when it is no longer relevant to you.",
      "If you no longer want to hear from us, remove yourself from the list."],
     unless=DONE_UNLESS,
     requires=["no longer", "not needed", "not necessary", "not required", "not relevant", "not useful", "not in use",
               "not used", "not active", "purpose"])

rule("retention.deleted_after_use", "retention", "low", DEL_W,
     [r"\b(?<p>{{DELV}})\b[^.;]{0,60}?\b(?:when|once|after|as\s+soon\s+as|immediately\s+after|right\s+after|upon)\s+(?:\w+\s+){0,4}?(?:request|inquiry|enquiry|transaction|session|call|conversation|processing|response|suggestion|order|job|task|verification|check|analysis|download|transcription|translation|upload|scan|query|answer|result|reply|redaction|review|moderation|delivery|completion|expiry|expiration|use|event|purpose|contest|campaign)\s+(?:\w+\s+)?(?:is|has\s+been|have\s+been|was|are)?\s*(?:fulfil+ed|completed|processed|returned|generated|finished|resolved|handled|done|closed|over|ends?|delivered|answered)",
      r"\b(?<p>{{DELV}})\b[^.;]{0,30}?\b(?:after|once|upon|following)\s+(?:the\s+|its\s+|their\s+)?(?:transcription|processing|analysis|verification|translation|delivery|completion|expiry|expiration|moderation|redaction|scanning|use)\b(?!\s+of\s+(?:the\s+)?(?:service|site|app))",
      {"pattern": r"\b(?<p>{{DELV}})\b[^.;]{0,60}?\b(?:once|after|as\s+soon\s+as|when)\s+(?:(?:they|it)\s+(?:are|is|have\s+been|has\s+been)\s+|it's\s+|they've\s+been\s+)?(?:delivered|processed|transcribed|translated|analy[sz]ed|verified|completed|fulfil+ed|returned)\b(?!\s+(?:to\s+you|by\s+you))",
       "requires": ["delivered", "processed", "transcribed", "translated", "analyzed", "analysed", "verified", "completed",
                    "fulfilled", "fulfiled", "returned"]},
      r"\b(?<p>{{DELV}})\b\s+(?:\w+\s+){0,3}?(?:immediately|right\s+away|instantly|promptly)\s+(?:after|once|when|following)\s+(?:\w+\s+){0,3}?(?:process|use|used|analy[sz]|transcri|translat|generat|complet|verif|respon)",
      r"\b(?<p>{{DELV}})\b[^.;]{0,60}?\b(?:within\s+a\s+reasonable\s+(?:period|time|timeframe)|shortly\s+after|soon\s+after|promptly\s+after|without\s+undue\s+delay)\b"],
     DONE_EXPL,
     ["Audio snippets are deleted right after the transcription is returned.",
      "Voice recordings are erased after transcription.",
      "Uploaded images are discarded immediately after we analyse them.",
      "Payment details are purged shortly after the order is shipped.",
      "Queued messages are removed from our servers once delivered."],
     ["We will delete your account after your request is verified by email, if you ask us to.",
      "We may remove content that violates these terms immediately after review."],
     unless=DONE_UNLESS,
     requires=["transcription", "processing", "analysis", "verification", "translation", "delivery", "completion",
               "expir", "moderation", "redaction", "scanning", " use", "delivered", "transcribed", "translated", "analy",
               "verified",
               "fulfil", "complet", "processed", "returned", "generated", "finished", "resolved", "handled", " done",
               "closed", " over", " end", "delivered", "answered", "immediately", "right away", "instantly", "promptly",
               "reasonable", "shortly", "soon after", "undue delay"])

rule("retention.deleted_after_period", "retention", "low", DEL_W,
     [r"\b(?<p>{{DELV}})\b[^.;]{0,60}?\bat\s+the\s+end\s+of\s+(?:this|that|the|its|each)\s+(?:\w+\s+)?period\b",
      r"\b(?:after|following)\s+(?:this|that|the|such|each|any)\s+(?:\w+\s+)?period\s*,[^.;]{0,60}?\b(?<p>{{DELV}})\b",
      r"\b(?:(?:at|upon|on|after|following)\s+the\s+(?:end|expiry|expiration|lapse)\s+of\s+(?:this|that|the|its|each|any)\s+(?:\w+\s+){0,2}?period|(?:after|once|when)\s+(?:the|a|this|that|its|each|any)\s+(?:\w+\s+)?period\s+(?:has\s+|have\s+)?(?:lapsed|expired|ended|elapsed|passed|ends|expires))\b[^.;]{0,60}?\b(?<p>{{DELV}})\b",
      r"\b(?<p>{{DELV}})\b[^.;]{0,80}?\b(?:(?:after|in\s+the\s+event\s+of|following|due\s+to|because\s+of|upon|for)\s+(?:\w+\s+){0,2}?(?:inactivity|dormancy|non-use|disuse)|(?:after|following|upon|at)\s+the\s+(?:end|expiry|expiration|termination|completion|conclusion|closure)\s+of)\b"],
     DONE_EXPL,
     ["Accounts are deleted after two years of inactivity.",
      "Upon the expiry of the retention period, the records are anonymised.",
      "At the end of that period, the backups are overwritten.",
      "We anonymise survey answers at the end of the study.",
      "After this grace period, we may erase the workspace."],
     ["You can delete your account at the end of your trial.",
      "The trial period ends after 14 days."],
     unless=DONE_UNLESS + [r"\b(?:you|users?)\s+(?:can|may|could|must|should)\b"],
     requires=["period", "inactiv", "dorman", "non-use", "disuse", "end of", "expiry of", "expiration of",
               "termination of", "completion of", "conclusion of", "closure of"])

rule("retention.auto_deleted", "retention", "low", ["automatically", "periodically", "routinely", "regularly", "scheduled for",
                                                    "immediately", "instantly", "promptly"],
     [r"\b(?<p>automatically\s+(?:and\s+permanently\s+)?(?:deleted|erased|purged|removed|destroyed|discarded|anonymi[sz]ed|overwritten))\b",
      r"\b(?:is|are|will\s+be|gets?)\s+(?<p>(?:immediately|instantly|promptly)\s+(?:and\s+permanently\s+)?(?:deleted|erased|purged|destroyed|discarded))\b",
      r"\b(?<p>(?:periodically|routinely|regularly|automatically)\s+(?:delete|erase|purge|destroy|remove|anonymi[sz]e|overwrite)s?)\b",
      r"\b(?<p>scheduled\s+for\s+(?:regular\s+|periodic\s+)?(?:destruction|deletion|disposal|erasure))\b"],
     DONE_EXPL,
     ["Inactive drafts are automatically purged.",
      "The original image is immediately deleted.",
      "We routinely anonymize usage logs.",
      "Old invoices are scheduled for destruction."],
     ["You can automatically back up your photos.",
      "We regularly remind you to review your settings.",
      "Downloaded episodes are only available for a limited time, after which they are automatically deleted.",
      "With an active subscription you will not be able to automatically delete your account online.",
      "We do not automatically remove paid features when your plan ends."],
     # downloaded programmes that expire are the company's content, not your
     # data; what the person can or cannot delete is deletion, not retention
     unless=DONE_UNLESS + [r"\b(?:programmes?|programs?|episodes?|shows?|films?|movies?|titles?|downloads?|rentals?)\b[^.;]{0,60}?\bavailable\b",
                           r"\byou\b[^.;]{0,40}?\bautomatically\s+(?:delete|erase|remove)\b",
                           # features of a plan, not data
                           r"\b(?:remov|delet|disabl)\w*\s+(?:\w+\s+)?(?:features?|functionality|perks|benefits)\b"],
     requires=DEL_W + ["disposal"])

# deletion that lags: "we may not immediately delete residual copies",
# "residual copies may remain in our backups"
rule("retention.not_immediately", "retention", "low", ["immediately", "residual"],
     [r"\b(?<p>(?:not|never)\s+(?:be\s+)?immediately\s+(?:delet|remov|eras|purg|destroy)\w*)",
      r"\b(?<p>residual\s+(?:copies|data|information|records))\b[^.;]{0,80}?\b(?:remain|retain|persist|kept|stored|held|backup)",
      r"\b(?:remain|retain|persist|kept|stored|held|keep)\w*\b[^.;]{0,60}?\b(?<p>residual\s+(?:copies|data|information|records))\b"],
     "This says copies of your data may be kept for a while after it is deleted.",
     ["We may not immediately erase copies held in our backup systems.",
      "Residual copies of deleted files can remain in backups for a short time."],
     ["You will not be immediately charged.",
      "Residual risk is low."],
     unless=RET_OTHER + [r"{{TOPIC}}"],
     requires=[["delet", "remov", "eras", "purg", "destroy", "remain", "retain", "persist", "kept", "stored", "held", "keep", "backup"]])

rule("retention.while_account_open", "retention", "low", ["until ", "as long as", "while "],
     [r"^\W*(?<p>(?:until|as\s+long\s+as|for\s+as\s+long\s+as|while)\s+(?:your|the|an?)\s+(?:\w+\s+)?(?:account|profile|subscription|membership)\s+(?:is|remains|has\s+been|stays)\s+(?:deleted|closed|active|open|terminated|in\s+use|valid))\b"],
     "This says your data is kept for as long as your account exists.",
     ["Until your account is deleted",
      "As long as the subscription remains active"],
     ["Until your account is verified, some features are locked.",
      "While your profile is public, anyone can see your posts."],
     unless=DONE_UNLESS,
     requires=["account", "profile", "subscription", "membership"])

rule("retention.disappears", "retention", "low", ["disappear", "vanish"],
     [r"\b(?<p>disappears?|vanish(?:es)?)\b[^.;]{0,40}?\b(?:when|once|after)\b"],
     "This says your content is removed on its own after a while.",
     ["Stories disappear once a day has passed.",
      "Your snaps vanish after they have been opened."],
     ["The menu disappears when you click elsewhere.",
      "Never let your savings vanish."],
     unless=DONE_UNLESS + [r"\b(?:menu|banner|button|pop-?up|icon|window|dialog|box|notification|cursor|toolbar|bar|prompt|warning|error|spinner|page|screen|option)s?\b"])

# ======================================================================
# deletion: what the person can delete, and what deleting does
# ======================================================================
d("DEL_OBJ", r"(?:library|generations?|spaces|clips?|notebooks?|boards?|workspaces?|entries|entry|logs?|transcripts?|prompts?|inputs?|outputs?|submissions?|queries|questions|drafts?|playlists?|lists?|items?|libraries|creations|projects|recordings|datasets?|tracks|songs|videos|voice\s+\w+|aliases|alias|usernames?|contacts|comments?|reviews?|stories|story|snaps?|media|pictures?|images?|backups?|recordings?|communications|sessions?|account|accounts|profile|data|information|info|content|conversations?|chats?|history|messages?|posts?|photos?|videos?|files?|recordings?|records?|details|uploads?|memories|memory|threads?|projects?|documents?|notes?|searches|workspace|activity|activities|it|them|this|these|those|everything|anything|all|copies)")
d("DEL_USER", r"(?:you|users?|customers?|members?|parents?|guardians?|account\s+holders?|individuals?|consumers?|residents?|people|data\s+subjects?|snapchatters|subscribers?|admins?|administrators?|account\s+owners?|workspace\s+owners?|owners?\s+of\s+(?:the|an?|your)\s+account)")
d("DEL_DET", r"(?:your|an?|the|all\s+of\s+your|all\s+your|their|my|them|it|any\s+of\s+your)")
d("DEL_WHAT", r"(?:\w+\s+){0,3}?(?:{{DEL_OBJ}}|so\s+that|while|at\s+any\s+time|anytime|whenever|from)\b")
DEL_OTHER = [
    # the company removing data it should not have ("we will take steps to
    # delete the information" about a child); statistics about requests; a
    # right named only as what another right replaces; reporting other
    # people's content so the company can remove it
    r"\b(?:we|the\s+company)\s+(?:will|may|shall|would)\s+(?:\w+\s+)?(?:take\s+(?:\w+\s+){0,2}?steps|endeavou?r|try|attempt|act\s+(?:promptly|quickly))\s+to\s+(?:\w+\s+)?(?:delete|erase|remove|destroy)\b",
    r"\b(?:statistics|metrics|numbers)\b[^.;]{0,120}?\brequests\b",
    r"\balternative\s+to\s+the\s+right\s+to\b",
    r"\b(?:content|posts?|messages?)\s+of\s+other\s+(?:users|members)\b|\b(?:notify|inform|tell)\s+us\s+of\s+(?:such|that|this|the)\s+(?:content|post|material)\b",
    r"\b(?:delet|remov|clear|block|disabl|reject|refus|manag|erase)\w*\b[^.;]{0,80}?\bcookies?\b",
    r"\bremov\w*\s+(?:\w+\s+){0,5}?from\s+(?:\w+\s+){0,3}?(?:mailing|e-?mail|distribution|marketing|contact|promotional)\s+lists?",
    r"\b(?:(?:we|it|they|company)\s+(?:\w+\s+)?(?:have|has|retain|retains)\s+the\s+right|reserves?\s+the\s+right|shall\s+have\s+the\s+right)\b[^.;]{0,40}?\b(?:delete|remove|erase)\b(?![^.;]{0,80}\byou\s+(?:can|may)\b)",
    r"\b(?:we|us|the\s+company)\s+(?:may|can|will|might|reserve\s+the\s+right\s+to)\s+(?:(?!unable\b|not\b)\w+,?\s+){0,4}?(?:delete|remove|disable|suspend|terminate|erase|close)\w*\b[^.;]{0,120}?\b(?:violat|breach|infring|inappropriate|objectionable|unlawful|illegal|abus|discretion|for\s+any\s+reason|without\s+(?:prior\s+)?notice|fraud|spam|these\s+terms)",
    r"\bremov\w*\s+(?:yourself|your\s+(?:name|e-?mail(?:\s+address)?))\s+from\s+(?:\w+\s+){0,3}?(?:list|lists|mailing|newsletter|distribution)",
    r"\bdelete\s+(?:key|button)\b",
    # the company closing an account or removing content as a sanction, or wrongly
    r"\b(?:retains?|reserves?|has|have)\s+the\s+right\s+to\s+(?:\w+,?\s+){0,3}?(?:close|terminate|suspend|delete|remove|disable)\w*\s+(?:your|any|the|a\s+user's)\s+(?:\w+\s+)?(?:account|content|profile)",
    r"\b(?:unlawfully|wrongfully|improperly)\s+(?:removing|deleting|suspending|terminating|closing)\b",
    r"\b(?:removal|takedown|deletion)\s+of\s+(?:\w+\s+)?(?:unlawful|illegal|infringing|offending|objectionable|harmful|abusive)\b",
    r"{{TOPIC}}",
]
# delete verbs in the forms that occur ("close" alone hides in "disclose")
DEL_VERB_W = ["delet", "erase", "erasing", "erasure", "remov", "deactivat", "close your", "close their", "close an account",
              "close the account", "close my", "closing your", "closing their", "closing an", "closing the account",
              "closure", "clear your", "clear their", "clear the", "clear all", "clear my", "clearing", "purge",
              "purging", "wipe", "wiping", "cancel your account", "cancel their account", "forgotten", "uninstall"]
DEL_CAN_VERB = r"(?<p>delet\w*|eras(?:e|ing)|remov(?:e|ing)|deactivat\w*|purg(?:e|ing)|wip(?:e|ing)|clear(?:ing)?|clos(?:e|ing)\s+(?:your|their|the|an?|his|her)\s+(?:\w+\s+)?account|cancel\s+(?:your|their)\s+account)"
DEL_CAN_EXPL = "You can delete this data or your account."
# the verbs of deletion.user_can's patterns, as they occur ("removal",
# "closure", "cleared" are not among them)
DEL_CAN_W = (["delet", "erase", "erasing", " remove ", " removing", "deactivat", "purge", "purging", "wipe", "wiping",
              " clear ", " clearing", "cancel your account", "cancel their account"]
             + ["close your", "close their", "close an account", "close the account", "close my", "closing your",
                "closing their", "closing an", "closing the account"])
rule("deletion.user_can", "deletion", "info", DEL_CAN_W,
     [
       r"\b{{DEL_USER}}\b(?:(?!\b(?:we|us|company)\b)[^.;]){0,60}?\b(?:can|may|could|might|are\s+able\s+to|is\s+able\s+to|be\s+able\s+to|have\s+the\s+(?:right|ability|option|choice|power|control)\s+(?:to|of)|has\s+the\s+(?:right|ability|option)\s+(?:to|of)|control\s+to|are\s+free\s+to|are\s+entitled\s+to|is\s+entitled\s+to|choose\s+to|wish\s+to|want\s+to|like\s+to|decide\s+to|ask\s+(?:us\s+)?to|request\s+(?:that\s+we\s+|us\s+to\s+|to\s+)?)\s*(?:\w+\s+|\w+,\s+|\w+/){0,7}?" + DEL_CAN_VERB + r"\b(?:\s*(?:,|/|or|and|and/or)?\s*(?:delete|erase|remove|correct|update|edit|change|modify|access|deactivate|export|download|rectify|view))*\s+(?:(?:your|their|his|her|the|all|any|of|some|certain|individual|this|these|those|my|personal|stored|saved|previous|past|old|specific|selected|entire|whole|complete|own|up\s+to|one|a|an|chat|voice|search|browsing|watch|location|viewing|message|conversation|activity|account|profile|user|uploaded|other)\s+){0,5}?(?:[\w'-]+\s+){0,4}?{{DEL_OBJ}}\b",
       # after a comma, "and", "then", "also" or "to": "..., then delete your history"
       r"\b(?<=[,;:]|[,;:]\s|[,;:]\s\s|\band\s|\bthen\s|\balso\s|\bto\s)(?<p>(?:delete|erase|deactivate|close|remove|clear)\s+{{DEL_DET}}\b)\s*{{DEL_WHAT}}",
       r"^\W*(?<p>(?:delete|erase|deactivate|close|remove|clear)\s+{{DEL_DET}}\b)\s*{{DEL_WHAT}}",
       r"\bto\s+(?:\w+\s+){0,2}?or\s+(?<p>(?:delete|erase|deactivate|close|remove|clear)\s+{{DEL_DET}}\b)\s*{{DEL_WHAT}}",
     ],
     DEL_CAN_EXPL,
     ["You can erase your whole voice history from the app at any time.",
      "Members may ask us to delete the photos they uploaded.",
      "To close your account, open Settings and choose Close account.",
      "Open the app, then delete your conversations whenever you like.",
      "Use the menu to rename or delete your account."],
     ["We may delete your account if you break these rules.",
      "We may review, screen and delete your posts at any time and for any reason.",
      "The company retains the right to close your account if you have broken these terms.",
      "The delete button removes the text you typed.",
      "You can clear cookies in your browser settings.",
      "To unsubscribe, remove your email address from the mailing list.",
      "We will delete that inactive draft when it is no longer needed.",
      "If we learn that a child has signed up, we will take steps to delete the child's account.",
      "This right is an alternative to the right to erasure.",
      "You may notify us of offensive content of other users so that we can remove it.",
      "If we learn that you are too young, we will suspend your access and delete your account."],
     # the company as the one deleting: "we will suspend ... and delete your account"
     unless=DEL_OTHER + [r"\b(?:we|the\s+company)\s+(?:will|may|might|can|could|shall|would|reserve\w*\s+the\s+right\s+to)\s+(?:[\w,]+\s+){0,8}?(?:and|or|then)\s+(?:delete|erase|deactivate|close|remove|clear)\s+(?:your|the|any)\b"])

# "delete / close your account ... at any time / from Settings / by writing to us"
rule("deletion.close_account", "deletion", "info", ["delet", "eras", "remov", "deactivat", "clos"],
     [r"\b(?<p>(?:delet\w*|eras\w*|remov\w*|deactivat\w*|clos\w*)\s+(?:\w+\s+){0,2}?(?:your|the|an?|their)\s+(?:\w+\s+)?account)\b[^.;]{0,80}?\b(?:at\s+any\s+time|anytime|from\s+(?:the|your)|by\s+(?:going|visiting|contacting|clicking|tapping|selecting|following|sending|emailing|e-mailing|writing|logging|signing)|via\s+(?:the|your)|through\s+(?:the|your)|in\s+(?:the|your)\s+(?:\w+\s+)?(?:settings|app|profile|dashboard|preferences|account\s+page)|under\s+(?:the\s+)?\w+)"],
     DEL_CAN_EXPL,
     ["Deactivate your account from the Security page at any time.",
      "Closing your account is possible by writing to our support team."],
     ["We may close your account if it stays unused for two years.",
      "Deleting your account removes your reviews."],
     unless=DEL_OTHER,
     requires=[["account"], ["any time", "anytime", "from the", "from your", "by going", "by visiting", "by contacting",
                             "by clicking", "by tapping", "by selecting", "by following", "by sending", "by emailing",
                             "by e-mailing", "by writing", "by logging", "by signing", "via the", "via your",
                             "through the", "through your", "settings", " app", "profile", "dashboard", "preferences",
                             "account page", "under "]])

rule("deletion.ui_control", "deletion", "info", ["delete", "erase", "remove", "deactivate", "close", "clear"],
     [r"\b(?:choose|select|tap|click|press|hit|use)\s+(?:on\s+)?(?:the\s+)?[\"'(\[]?(?<p>(?:delete|erase|remove|deactivate|close)\s+(?:my\s+|your\s+)?(?:account|data|history|profile|conversations?|chats?))",
      r"[>\x{203a}\x{2192}]\s*(?<p>(?:delete|erase|remove|deactivate|close|clear)\s+(?:my\s+|your\s+|all\s+)?(?:\w+\s+)?(?:account|data|history|profile|conversations?|chats?|activity))\b"],
     "You can delete this data or your account.",
     ["Tap \"Delete account\" to remove your profile.",
      "Go to Settings > Privacy > Delete account.",
      "Select Delete my data and confirm."],
     ["Delete the word and try again.",
      "Remove the battery before cleaning."],
     unless=DEL_OTHER,
     requires=["account", "data", "history", "profile", "conversation", "chat", "message", "recording", "activity",
               "information"])

rule("deletion.auto_delete", "deletion", "info", ["auto-delet", "autodelet", "auto delet"],
     [r"\b(?<p>auto-?\s?delet\w*)\b"],
     "You can set your data to be deleted automatically.",
     ["You can turn on auto-delete for activity older than three months.",
      "Auto-delete: off"],
     ["We delete old logs automatically.",
      "Automatic updates are on."],
     unless=DEL_OTHER)

DEL_ON_REQ_EXPL = "You can ask for your data or account to be deleted."
rule("deletion.right_to_erasure", "deletion", "info", ["right"],
     [
       r"\b(?:right|rights)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:request\s+|obtain\s+|ask\s+for\s+|seek\s+)?(?:the\s+)?(?<p>delet(?:e|ion)|eras(?:e|ure)|be\s+forgotten|have\s+(?:your|their|his|her)\s+(?:\w+\s+){0,3}?(?:deleted|erased|removed))\b",
       r"\bright\s+to\s+(?:\w+,\s+){1,3}(?:or\s+|and\s+)?(?<p>delete|deletion|erase|erasure)\b",
     ],
     DEL_ON_REQ_EXPL,
     ["You have the right to have your personal data erased.",
      "You have the right to access, correct, or delete your information.",
      "Residents of some states have a right to be forgotten."],
     ["You have the right to access the information we hold about you.",
      "We reserve the right to delete any account that breaks these rules."],
     unless=DEL_OTHER,
     requires=DEL_VERB_W)

rule("deletion.erasure_tools", "deletion", "info", ["deletion", "erasure"],
     [
       r"\b(?<p>(?:right\s+(?:of|to)\s+)?(?:deletion|erasure)\s+(?:right|rights|requests?|tool|tools|option|options|feature|process))\b",
       r"\b(?<p>(?:access|correction|deletion|erasure|rectification)\s*(?:,\s*|\s+or\s+|\s+and\s+|/)\s*(?:\w+\s*(?:,\s*|\s+or\s+|\s+and\s+|/)\s*){0,3}(?:deletion|erasure|delete|erase))\b",
     ],
     DEL_ON_REQ_EXPL,
     ["Send a deletion request through the privacy form.",
      "Requests for access, correction or deletion go to our privacy team."],
     ["Deletion of inactive accounts happens every year.",
      "The erasure of old tapes is handled by the archive."],
     unless=DEL_OTHER,
     requires=["right", "request", "tool", "option", "feature", "process", "access", "correction", "rectification"])

rule("deletion.on_request", "deletion", "info", DEL_VERB_W,
     [
       r"\b(?<p>request\w*\s+(?:the\s+|that\s+we\s+|us\s+to\s+|to\s+)?(?:\w+,?\s+(?:or\s+|and\s+|and/or\s+)?){0,4}?(?:delet(?:e|ion)|eras(?:e|ure)|removal|deactivation))\b",
       r"\b(?<p>ask\s+us\s+to\s+(?:\w+,?\s+(?:or\s+|and\s+)?){0,6}?(?:delete|erase|remove))\b",
       r"\b(?<p>delet\w*|eras\w*)\b[^.;]{0,80}?\b(?:of|after|following|upon|on)\s+(?:receiving\s+|receipt\s+of\s+)?(?:your|a|the)\s+(?:verified\s+|valid\s+|written\s+)?(?:deletion\s+)?request\b",
       r"\b(?:once|after|when|upon)\s+(?:we\s+)?(?:receiv\w*|confirm\w*|verif\w*|process\w*)\s+(?:\w+\s+){0,4}?(?:request|instructions?)\b[^.;]{0,100}?\b(?<p>delet\w*|eras\w*)",
       r"\b(?:upon|at|on|following)\s+(?:your|a\s+user's|the\s+user's)\s+(?:written\s+|verified\s+|verifiable\s+)?request\b[^.;]{0,60}?\b(?<p>delet\w*|eras\w*|remov\w*)",
       r"\b(?<p>delet\w*|eras\w*|remov\w*)\b[^.;]{0,60}?\bif\s+you\s+(?:ask|request|tell|want|wish|instruct)",
       r"\b(?<p>(?:request|ask)\w*\s+(?:that\s+)?(?:\w+\s+){0,4}?be\s+(?:deleted|erased|removed))\b",
       r"\b(?<p>request\w*\s+(?:\w+\s+){0,3}?(?:-\s*)?(?:or|and)\s+(?:-\s*)?(?:deletion|erasure|removal)\s+of)\b",
       r"\b(?:contact|e-?mail|writ\w+\s+to|ask|notify|let|call|message)\s+(?:\w+\s+)?us\b(?:[^.;]|\.(?=\w)){0,100}?\b(?:and|so\s+that|to\s+have|to|so)\s+(?:we\s+)?(?:\w+\s+)?(?:can\s+|will\s+|may\s+)?(?<p>delete|erase|remove|deactivate)\b[^.;]{0,40}?\b{{DEL_OBJ}}\b",
     ],
     DEL_ON_REQ_EXPL,
     ["We will delete your data within 30 days of your request.",
      "Members may request the removal of photos they posted.",
      "Please e-mail us at privacy@example.com so that we can delete your child's information."],
     ["We may delete your account if you break these rules.",
      "You can request a copy of your data."],
     unless=DEL_OTHER,
     requires=["request", "ask", "contact", "email", "e-mail", "writ", "notify", "let us", "call", "message", "tell",
               "want", "wish", "instruct"])

rule("deletion.tools", "deletion", "info", ["option", "tool", "ability", "control", "way", "means", "feature", "setting",
                                            "choice", "unable", "not be able", "impossible", "not possible",
                                            "not always possible"],
     [
       r"\b(?<p>(?:options?|tools?|ability|controls?|ways?|means|features?|settings?|choices?)\s+(?:for\s+(?:you|users|members)\s+)?to\s+(?:\w+,?\s+(?:or\s+|and\s+)?){0,4}?(?:delete|erase|remove\s+(?:your|their)))\b",
       r"\b(?:not\s+be\s+able|unable|impossible|not\s+(?:be\s+)?(?:always\s+)?possible)\s+to\s+(?:\w+,?\s+(?:or\s+|and\s+)?){0,4}?(?<p>delete|erase|remove)\b",
     ],
     "You can delete this data or your account.",
     ["Our privacy tools let you see and delete your data: there are settings to delete your history.",
      "It may not be possible to delete every copy right away."],
     ["Our tools help you manage your files.",
      "You may be unable to log in for a short time."],
     unless=DEL_OTHER,
     requires=DEL_VERB_W)

rule("deletion.have_it_deleted", "deletion", "info", ["deleted", "erased", "removed"],
     [r"\b(?:have|want|wish|like|get)\s+(?:your|their|his|her|the|all|any|it|them)\s+(?:[\w'-]+\s+){0,3}?(?<p>deleted|erased|removed)\b"],
     "You can ask for your data or account to be deleted.",
     ["You can choose to have your content deleted.",
      "If you want your data erased, contact us."],
     ["We have the right to have content removed that breaks the rules.",
      "Want the ads removed? Upgrade to Premium."],
     unless=DEL_OTHER + [r"\b(?:ads?|advertis\w+|watermarks?|banners?|limits?|restrictions?)\s+(?:\w+\s+)?removed\b"],
     requires=["have your", "have their", "have his", "have her", "have the", "have all", "have any", "have it",
               "have them", "want your", "want it", "want them", "want the", "wish your", "like your", "get your"])

DEL_WHEN_W = ["when", "if ", "once", "after", "as soon as", "upon", "following", " on "]
DEL_VERB_W2 = DEL_VERB_W + ["terminate your", "terminates your", "cancel your subscription"]
DEL_EFFECT_EXPL = "This says what happens to your data when you delete it or your account."
# One search for the words that open these sentences ("when", "if", "upon"...),
# then the kinds of sentence that can follow each: a look-behind at the word
# tells which one it was (all in one pattern: the sentence is searched once).
DEL_WHEN = (r"\b(?:when|if|once|after|as\s+soon\s+as|upon|following|on)\b(?|"
            # when/if/once/after/as soon as/upon you ... delete / close ...
            r"(?<=when|\bif|once|after|soon\sas|upon)\s+(?:you|a\s+user|the\s+user|users|a\s+member|an?\s+account\s+holder|someone|a\s+customer)\s+(?|"
            r"(?:\w+\s+){0,3}?(?<p>delet\w*|eras\w*|deactivat\w*|clos(?:e|es)\s+(?:\w+\s+)?account|clear\w*|remov\w*|uninstall\w*|cancel\w*\s+(?:\w+\s+)?account)\b[^.;]{0,20}?\b(?:{{DEL_OBJ}}|app|application|extension)\b"
            r"|(?:\w+\s+){0,2}?(?<p>(?:clos|deactivat|delet|terminat)\w*\s+(?:your|their|his|her|the|an?)\s+(?:\w+\s+)?(?:account|profile|relationship))\b(?=[^.;]{0,120}?\b(?:delet|eras|remov|purg|destroy|retain|kept|keep|anonymi|de-identif|gone|lost|no\s+longer|visible|remain)))"
            # upon/after/following/on deleting your account, ... the deletion of your data
            r"|(?<=upon|after|following|\bon)\s+(?<p>(?:deleting|uninstalling|removing|closing|deactivating)\s+(?:your|the|an?|this)\s+(?:\w+\s+)?(?:account|app|application|profile|extension))\b"
            r"|(?<=upon|after|following|\bon)\s+(?<p>(?:the\s+)?(?:\w+,?\s+(?:or\s+|and\s+)?){0,3}?(?:deletion|erasure|closure|deactivation|closing|termination)\s+of\s+(?:your|an?|the|their)\s+(?:\w+\s+)?(?:account|data|profile|information|content|conversation|chat))"
            # if your account is deleted; when we delete your account
            r"|(?<=\bif|when|once|after)\s+(?:your|an?|the)\s+(?:\w+\s+)?(?:account|conversation|chat|data|content|profile|file|project)\s+(?:is|has\s+been|gets|was)\s+(?<p>deleted|erased|closed|deactivated|removed)\b(?!\s+(?:by\s+us|for\s+(?:violat|breach|inactiv)))"
            r"|(?<=\bif|when|once|after)\s+we\s+(?<p>delete\s+(?:your|an?|the)\s+(?:\w+\s+)?account)\b"
            # once deleted, it cannot ...
            r"|(?<=once|after|when)\s+(?:\w+\s+){0,3}?(?<p>deleted|erased)\s*,\s*(?:\w+\s+){0,3}?(?:cannot|can't|is|are|they|it)\b)")
rule("deletion.what_it_does", "deletion", "info", DEL_VERB_W2 + ["cancelling your", "canceling your", "cancel your"],
     [DEL_WHEN,
       r"^\W*(?<p>(?:upon|after|following)\s+(?:account\s+|data\s+|profile\s+)?(?:deletion|erasure|closure))\s*,",
     ],
     DEL_EFFECT_EXPL,
     ["When you erase a recording, it disappears from your library at once.",
      "Upon deletion of your account, your public reviews stay up under an anonymous name.",
      "If your account is deleted, your playlists are gone for good.",
      "Following deletion, some records may be kept for tax reasons.",
      "Once deleted, a playlist is gone for good."],
     ["If your post violates our rules, we may remove it.",
      "When you clear cookies, your preferences reset."],
     unless=DEL_OTHER)

# "we delete your data when you close your account"
rule("deletion.when_you_close", "deletion", "info", ["delet", "eras", "remov", "purg", "destroy", "anonymi"],
     [r"\b(?:delet|eras|remov|purg|destroy|anonymi)\w*\b[^.;]{0,80}?\b(?:when|if|once|after|as\s+soon\s+as|upon)\s+you\s+(?:\w+\s+){0,2}?(?<p>(?:clos|deactivat|delet|terminat|cancel)\w*\s+(?:your|their|his|her|the|an?)\s+(?:\w+\s+)?(?:account|profile|relationship|subscription|membership|plan))\b"],
     DEL_EFFECT_EXPL,
     ["We delete your data when you close your account.",
      "Your photos are erased once you deactivate your profile.",
      "Your boards will be deleted when you cancel your membership."],
     ["We delete inactive accounts after two years.",
      "When you close your account, tell us why."],
     unless=DEL_OTHER,
     requires=[["account", "profile", "relationship", "subscription", "membership", " plan"], ["when", "if ", "once", "after", "as soon as", "upon"]])

rule("deletion.effect", "deletion", "info",
     ["account deletion", "data deletion", "profile deletion", "account erasure", "data erasure", "account closure",
      "data closure", "profile closure", "account deactivation", "profile deactivation", "deleted ", "deleting ",
      "erasing ", "clearing ", "removing ", "closing ", "deactivating ", "uninstall"],
     [
       r"\b(?<p>(?:account|data|profile)\s+(?:deletion|erasure|closure|deactivation))\b[^.;]{0,120}?\b(?:will|is|are|may|remov|delet|eras|retain|kept|keep|gone|irreversibl|permanent|cannot|can't|unrecoverable)",
       r"\b(?<p>deleted\s+(?:account|accounts|conversations?|chats?|messages?|data|files?|content|posts?|photos?|items?|projects?|threads?|profiles?))\b[^.;]{0,80}?\b(?:are|is|will|may|remain|stay|go|move|get|can|cannot|can't|won't)\b",
       r"(?:^|[,;:(]\s*|\b(?:and|but|that|note|remember|because)\s+)(?<p>(?:deleting|erasing|clearing|removing|uninstalling|uninstallation\s+of|(?:closing|deactivating)(?=\s+(?:your|the|an?)\s+(?:\w+\s+)?account))\s+(?:your|the|a|an|this|their|all|any|these|those)\b)[^.;]{0,60}?\b(?:will|won't|wo|does|doesn't|do|don't|deletes|removes|erases|means|cannot|can't|may|permanently|also|results?|makes?|is|are|instructs|only)\b",
       r"\b(?<p>(?:deleting|erasing|clearing|removing|closing|deactivating|uninstalling)\s+(?:your|the|an?|this|their)\s+(?:\w+\s+){0,2}?(?:account|data|history|conversations?|chats?|app|application|profile|content|messages?|files?|browser\s+data|information))\b[^.;]{0,80}?\b(?:will|is|does|deletes|removes|erases|means|cannot|can't|won't|may|permanently|also|results?|makes?)\b",
     ],
     "This says what happens to your data when you delete it or your account.",
     ["Deleted projects stay in the bin for a week before they are gone.",

      "Closing your account removes your saved addresses.",
      "Account deletion is permanent and cannot be undone.",
      "Deleted messages cannot be recovered."],
     ["We delete nothing without a reason.",
      "Removing the lid will void the warranty."],
     unless=DEL_OTHER + [r"\bremov\w*\s+(?:the\s+)?(?:lid|cover|battery|case|device|sim|card)\b"])

# "Deletion of your account takes up to 30 days": a rule of its own so that
# deletion.effect does not run on every "closure of"
rule("deletion.effect_of", "deletion", "info", ["deletion of", "erasure of", "closure of", "deactivation of"],
     [r"\b(?<p>(?:deletion|erasure|closure|deactivation)\s+of\s+(?:your|an?|the|their)\s+(?:\w+\s+)?(?:account|data|profile))\b[^.;]{0,120}?\b(?:will|is|are|may|takes?|remov|delet|eras|retain|kept|keep|gone|irreversibl|permanent|cannot|can't|unrecoverable)"],
     "This says what happens to your data when you delete it or your account.",
     ["Deletion of your profile can take up to two weeks.",
      "Closure of an account is final and it cannot be reopened."],
     ["The closure of our London office was announced in May.",
      "Deletion of inactive drafts happens every year."],
     unless=DEL_OTHER,
     requires=[["account", "data", "profile"]])

rule("deletion.results_in_deletion", "deletion", "info", ["results in", "result in", "resulting in", "leads to", "lead to"],
     [r"\b(?<p>(?:results?|resulting|leads?)\s+(?:in|to)\s+(?:the\s+)?(?:permanent\s+|immediate\s+|irreversible\s+)?(?:deletion|erasure|removal)\s+of)\b"],
     "This says what happens to your data when you delete it or your account.",
     ["This results in the permanent deletion of your profile.",
      "Closing the account leads to the removal of all your posts."],
     ["Sharing your password results in a higher risk.",
      "This leads to the removal of a tree in the garden."],
     unless=DEL_OTHER + [r"\bremoval\s+of\s+(?:a|the)\s+(?:tree|wall|item|product|barrier)s?\b"],
     requires=["deletion", "erasure", "removal"])

rule("deletion.uninstall_does_not_delete", "deletion", "info", ["uninstall", "deinstall", "remove the app", "removing the app",
                                                                  "delete the app", "deleting the app"],
     [r"\b(?<p>(?:uninstall\w*|deinstall\w*|remov(?:e|ing)\s+the\s+app|delet(?:e|ing)\s+the\s+app))\b[^.;]{0,60}?\b(?:does\s+not|doesn't|will\s+not|won't|do\s+not|don't)\s+(?:\w+\s+){0,3}?(?:delet|eras|remov|cause\s+the\s+deletion)"],
     "This says what happens to your data when you delete it or your account.",
     ["Removing the app from your phone does not delete your account.",
      "Uninstalling the extension won't erase your saved data."],
     ["Uninstalling the app is easy.",
      "Deleting the app frees up space."],
     unless=DEL_OTHER,
     requires=["not", "n't"])

rule("deletion.cannot_undo", "deletion", "info", ["cannot", "can't", "can not", "not be able", "exempt", "prevent", "limit",
                                                 "not always", "not be possible", "impossible", "not be deleted",
                                                 "not be erased", "not be removed",
                                                 "restrict", "once deleted", "once erased", "after deleted", "when deleted"],
     [
       r"\b(?:law|laws|we|legal\s+obligations?)\s+(?:\w+\s+){0,3}?(?:exempts?|prevents?|limits?|restricts?)\s+(?:\w+\s+){0,3}?(?:from\s+)?(?<p>deletion|erasure)\b",
       r"\b(?<p>cannot\s+(?:be\s+)?(?:\w+\s+)?(?:delete|deleted|erase|erased|undone|recovered|restored))\b[^.;]{0,40}?\b(?:once|after|when|deletion)\b",
       r"\b(?:once|after|when)\s+(?:\w+\s+){0,3}?(?<p>deleted|erased)\s*,\s*(?:\w+\s+){0,3}?(?:cannot|can't|is|are|they|it)\b",
       r"\b(?:will|can|could)\s+(?:\w+\s+)?(?:not|n't)\s+be\s+able\s+to\s+(?<p>delete|erase|remove)\b",
       r"\b(?<p>(?:complete|full|total|permanent)\s+(?:deletion|erasure))\b[^.;]{0,60}?\b(?:not|never|impossible|cannot|can't)\b",
       r"\b(?<p>(?:not|never)\s+be\s+(?:deleted|erased|removed)\s+(?:upon|on|following|after)\s+(?:your\s+|a\s+|the\s+)?(?:\w+\s+)?request)",
     ],
     "This says what happens to your data when you delete it or your account.",
     ["Once deleted, a conversation cannot be recovered.",
      "Complete deletion across all our partners may not always be possible.",
      "Some records may not be deleted upon request.",
      "Photos cannot be restored once the deletion is complete."],
     ["You cannot delete the default folder.",
      "We cannot guarantee that the service will always be available."],
     unless=DEL_OTHER,
     requires=DEL_VERB_W)

# ======================================================================
# sharing: personal data disclosed to others
# ======================================================================
# Words that name a recipient (for `requires`: a sharing rule that names a
# recipient runs only when one of them is in the sentence).
RECIP_W = ["third", "partner", "affiliat", "vendor", "provider", "processor", "advertiser", "contractor", "supplier",
           "broker", "subsidiar", "marketer", "merchant", "dealer", "retailer", "franchisee", "sponsor", "researcher", "organis", "organiz",
           "publisher", "seller", "recruiter", "lender", "insurer", "underwriter", "carrier", "auditor",
           "employer", "restaurant", "hotel", "airline", "landlord",
           "consultant", "courier", "acquirer", "buyer", "purchaser", "successor", "agent", "compan", "entit",
           "organi", "business", "firm", "network", "platform", "exchange", "agenc", "institution", "bureau",
           "parties", "recipient", "individuals", "people", "those", "law enforcement", "authorit", "regulator",
           "police", "court", "government", "responder", "emergency service", "officials", "bodies", "ad serv",
           "advertising serv", "media serv", "analytics serv"]
# The head noun of a recipient, for patterns that start with the recipient
# (a plain word list: cheap to look for at every position).
HEAD_MEDIA = r"\s+(?:networks?|platforms?|services|exchanges?)"
# The recipient nouns in groups by their first letters: rules that start at
# a recipient are split by group, so each runs only where one of its words
# occurs and starts with a letter or two PCRE2 can search for.
HEAD_GROUPS = {
    "third": ([r"third[-\s]?part(?:y|ies)(?!\s+(?:websites?|sites?|links?|cookies?\s+(?:are|is)|accounts?|materials|content|software|login|sign-in|owners?|rights|intellectual|claims?|products?\s+(?:or|and)\s+services))",
               "third-party" + HEAD_MEDIA],
              ["third part", "third-part"]),
    "p": (["partners?", "providers?", "processors?", "police"], ["partner", "provider", "processor", "police"]),
    "a": (["affiliates?", "advertisers?", "agents?", "agencies", "authorities", "analytics" + HEAD_MEDIA,
           r"ad(?:vertising)?" + HEAD_MEDIA],
          ["affiliate", "advertiser", "agent", "agencies", "authorities"]
          + [m + " " + h for m in ("analytics", "ad", "advertising") for h in ("network", "platform", "services", "exchange")]),
    "c": (["companies", "consultants?", "contractors?", "couriers?", "courts?"],
          ["companies", "consultant", "contractor", "courier", "court"]),
    "rest": ([r"sub-?processors?", "vendors?", "suppliers?", "brokers?", r"subsidiar(?:y|ies)", "marketers?", "merchants?",
              "dealers?", "retailers?", "sponsors?", "researchers?", "businesses", r"organi[sz]ations", "entities", "firms",
              "institutions", "bureaus", "recipients", r"social(?:\s+media)?" + HEAD_MEDIA, r"law\s+enforcement",
              "regulators?", "governments?"],
             ["processor", "vendor", "supplier", "broker", "subsidiar", "marketer", "merchant", "dealer", "retailer",
              "sponsor", "researcher", "businesses", "organisations", "organizations", "entities", "firms", "institutions",
              "bureaus", "recipients", "law enforcement", "regulator", "government"]
             + ["social " + m + h for m in ("", "media ") for h in ("network", "platform", "exchange")] + ["social media services"]),
}
for _g, (_entries, _w) in HEAD_GROUPS.items():
    d("HEAD_" + _g.upper(), alt(_entries))
d("RECIP_HEAD", alt([e for _e, _w in HEAD_GROUPS.values() for e in _e]))
# words one of which every RECIP_HEAD contains (anchors of the rules that start there)
HEAD_W = list(dict.fromkeys(w for _e, _ws in HEAD_GROUPS.values() for w in _ws))
# Denials. Patterns start with a word PCRE2 can search for (a choice of
# many first words makes it try the pattern at every word); the denials that
# start with n (never, not, no, none, neither, nor) are one pattern.
SHARE_DENY = [
    modal_neg(['do', 'does', 'did', 'will', 'wo', 'shall', 'would', 'can', 'ca', 'could', 'may', 'must']) + r"\s+(?:and\s+(?:will|do)\s+not\s+)?(?:ever\s+)?(?:(?!(?:but|however|except|although|though|yet|instead)\b)\w+,?\s+(?:or\s+|and\s+|nor\s+)?){0,5}?(?:shar|disclos|provid|transfer|transmit|send|sell|rent|leas|trad|giv|releas|pass|mak|turn|hand|distribut|exchang|furnish|report|allow|permit|let|expos)",
    r"\bn(?:ever\s+(?:\w+\s+(?:or|and|nor)\s+)?(?:shar|disclos|sell|rent|trad|giv|provid|transfer|releas|pass)"
    r"|ot\s+(?:the\s+|our\s+)?(?:practice|policy|intention|intent|habit|business)\b[^.;]{0,40}?\bto\s+(?:shar|disclos|sell|rent|provid|giv|releas)"
    r"|(?:ever|ot)\s+(?:be\s+|been\s+|get\s+)?['\"]?(?:shared|disclosed|provided|transferred|transmitted|sent|sold|rented|leased|traded|given|released|passed|made\s+available|distributed|exchanged|furnished|reported|exposed|handed)"
    r"|o(?:ne\s+of\s+(?:your|the))?\s+(?:\w+\s+){0,3}?(?:data|information|details|content)\s+(?:\w+\s+){0,3}?(?:is|are|will\s+be|gets?)?\s*(?:ever\s+)?(?:shared|disclosed|sent|transmitted|passed|sold|given|provided)"
    r"|either\b[^.;]{0,80}?\bnor\b|or\s+(?:do|will|does|shall)\s+(?:we|they|it)\b"
    r"|ot\s+(?:to\s+)?(?:sell|share|disclose|rent)\b|o\s+longer\s+(?:\w+\s+(?:or|and)\s+)?(?:shar|sell|disclos|provid|send|transfer))",
    r"\brefus\w*\s+to\s+(?:shar|disclos|provid|releas|hand)",
    r"\bn(?:ot|ever)\s+(?:be\s+)?\w+(?:ed|en|ld|pt)\b[^.;,]{0,40}?\s(?:or|nor)\s+(?:shared|disclosed|sent|transmitted|transferred|passed|given|provided|released|sold|made\s+available)\b",
    r"\bwithout\s+(?:first\s+)?(?:\w+\s+){0,2}?(?:consent|permission|authori[sz]ation|a\s+(?:valid\s+)?(?:legal|court)\s+(?:process|order)|legal\s+process)\b(?![^.;]{0,60}\bexcept\b)",
]
# Other senses. Where the original idea was a choice of first words, it is
# split into patterns that each start with one word (same matches).
RESP_TAIL = r"\b[^.;]{0,120}?\b(?:third|practices|content|polic|partners|providers|vendors|advertisers|sites|services)"
SITES = r"\s+(?:websites?|sites|services|apps|applications|platforms|links)\b[^.;]{0,100}?\b(?:own|separate|different)\s+(?:privacy\s+)?(?:polic|practices|terms)"
ASSIGN_TAIL = r"\w*\b[^.;]{0,40}?\b(?:rights|obligations|agreement|terms|this\s+agreement)\b"
UNAUTH_TAIL = r"\s+(?:third\s+parties|access|disclosures?|persons|individuals|parties)\b"
REVIEW_TAIL = r"\s+(?:the\s+)?(?:privacy\s+)?(?:polic\w+|practices|terms)\s+of\b"
NOTAPPLY_TAIL = r"\s+(?:\w+\s+)?(?:does\s+not|doesn't|do\s+not)\s+(?:apply|cover|extend)"
CANT_TAIL = r"\s+(?:fully\s+)?(?:ensure|guarantee|warrant|promise)\b"
YOUPOST_TAIL = r"\s+(?:that\s+)?you\s+(?:\w+\s+)?(?:post|publish|upload|share|make\s+(?:\w+\s+)?public|make\s+available)\b"
DM_TAIL = r"\w*\b[^.;]{0,80}?\b(?:list|notice|information|details|categories)\b[^.;]{0,80}?\b(?:shared|disclos\w*)\b[^.;]{0,80}?\bdirect\s+marketing"
SHARE_OTHER = [
    # advice to the person about what they disclose; a transfer "subject to"
    # a policy; the company's own agent receiving what the person sends
    r"\b(?:caution|careful|carefully|care|cautious|think\s+twice)\b[^.;]{0,40}?\b(?:disclos|shar|post|provid|giv|reveal)\w*\b[^.;]{0,40}?\babout\s+yourself\b",
    r"\btransfer\w*\s+(?:of\s+)?(?:\w+\s+){0,4}?(?:will\s+be|is|are|shall\s+be)\s+subject\s+to\b",
    r"\bprovide\s+our\s+(?:designated\s+)?(?:\w+\s+)?(?:agent|officer|team|department|representative)\b",
    # a prohibition list item ("share non-public features ... with any third
    # party;"); a topic list item ("The categories of third parties with whom
    # we share ..."); a definition ("'Provider Materials' means ..."); a fact
    # the person must disclose ("disclose that such post is an advertisement");
    # prices a partner sets; things the person sends ("send orders to recipients")
    r"^\W*(?:\(?[ivx\d]+[.)]\s*|[a-z][.)]\s+)?(?:share|disclose|distribute|transfer|sell|provide|make\s+available)\b[^.;]{0,100}?\bwith\s+any\s+third\s+part(?:y|ies)\b",
    r"^\W*(?:the\s+)?categor(?:y|ies)\s+of\s+(?:third\s+parties|recipients|sources|service\s+providers|entities|persons)\s+(?:with|to)\s+whom\b[^.;]*[.;]?\W*$",
    r"^\W*[\"\x{201c}'][^\"\x{201d}']{1,60}[\"\x{201d}']\s+(?:means|refers\s+to|shall\s+mean)\b",
    r"\bdisclos\w*\s+that\s+(?:such|the|this|it|your|each|any)\b",
    r"\bset\s+(?:the\s+|their\s+|its\s+)?(?:prices?|fees?|rates?|hours|rules|limits)\b",
    # the person sharing ("when you share to a social media platform, its terms
    # apply"); a list of forbidden acts ("providing information to others to
    # commit illegal activities")
    r"^\W*(?:when|if|once)\s+you\s+share\s+(?:\w+\s+)?(?:to|on|via|through|with)\s+(?:a\s+|an\s+|the\s+|another\s+)?(?:\w+\s+){0,2}?(?:platform|network|service|site|app)\b[^.;]{0,40}?\b(?:their|its)\s+(?:own\s+)?(?:terms|polic)",
    r"^\W*(?:[\dIVXivx]+[.)]\s*|[a-z][.)]\s+)?(?:promot\w*|facilitat\w*|encourag\w*)\s+(?:any\s+)?(?:illegal|unlawful|fraudulent|criminal)\s+(?:activit\w*|conduct|acts?)\b",
    # a risk, not a disclosure: "these messages could be read by unintended third parties"
    r"\b(?:unintended|unauthori[sz]ed|unknown)\s+(?:third\s+parties|recipients|persons|people)\b",
    # a pointer to another section ("described in the 'How We Share Your Information' section")
    # (only a sentence that is nothing but the pointer)
    r"^\W*(?:(?:further\s+|more\s+)?details|(?:more\s+)?information|other\s+reasons|an?\s+(?:full\s+)?list|the\s+(?:full\s+)?list|examples|who\s+receives\s+it)\b[^.;]{0,60}?\b(?:described|explained|set\s+out|detailed|listed|discussed|outlined)\b[^.;]{0,30}?\bin\b[^.;]{0,100}?\bsections?\b",
    r"\byou\s+(?:may|can|could)\s+(?:also\s+)?send\s+(?:\w+\s+)?(?:orders?|gifts?|items?|packages?|invitations?|messages?|money|payments?)\b",
    # a sentence that names the policy's topics ("This policy describes how
    # we collect, use and disclose ..."), or a list item naming one
    r"\b(?:polic(?:y|ies)|notice|statement|section|document|page)\b[^.;]{0,20}?\b(?:describes|explains|sets\s+out|outlines|covers|tells\s+you\s+about|informs\s+you\s+(?:about|of))\s+how\b",
    r"^\W*(?:what\s+happens\s+(?:if|when)|how|whether|why)\s+we\s+(?:may\s+)?(?:share|disclose)\b[^.;:]{0,80}[;.]?\W*$",
    r"\bwith\s+whom?\s*,?\s+and\s+why\b|^\W*(?:(?:below|here|in\s+this\s+\w+),?\s+)?(?:we|this\s+(?:section|notice|policy|statement|page))\s+(?:also\s+|further\s+)?(?:describe|explain|set\s+out|outline|summari[sz]e)s?\b",
    # trade names; the person's own opinions; a pointer to another section
    r"\btrade\s+(?:names?|secrets?|dress|marks?)\b|\bsharing\s+(?:your|their|his\s+or\s+her)\s+own\b",
    r"^\W*\(?\s*(?:please\s+)?see\s+(?:section|the\s+section|our\b|[\"\x{201c}])",
    # a feature that lets people share, a court case moved, an account sold
    r"\b(?:content|file|photo|screen|link|video|media|music|playlist)\s+sharing\b",
    r"\b(?:actions?|cases?|claims?|disputes?|proceedings?|lawsuits?|matters?)\s+(?:is|are|be|being)\s+(?:\w+,?\s+){0,3}?transferred\b",
    r"\bownership\s+of\s+(?:an?|your|the|their)\s+account\b",
    # data others shared with the company is data it received
    r"\b(?:shared\s+with|provided\s+to|disclosed\s+to|given\s+to)\s+us\s+by\b(?![^.;]{0,80}\b(?:we|us)\s+(?:may\s+)?(?:share|disclose)\b)",
    # the person's right to take their data elsewhere (portability) is their choice, not a disclosure by the company
    r"\bmachine[- ]readable\b|\b(?:data\s+)?portability\b",
    r"\b(?:you|users?|members?|people|friends|others)\s+(?:\w+\s+){0,3}?(?:can|may|choose\s+to|decide\s+to|want\s+to|wish\s+to|are\s+able\s+to)?\s*(?:share|send|post|forward|make\s+available|publish|disclose|upload)\w*\b[^.;]{0,60}?\b(?:with|to)\s+(?:\w+\s+){0,2}?(?:friends|family|followers|contacts|each\s+other|one\s+another|other\s+(?:users|members|people|players|participants)|the\s+public|collaborators|teammates|colleagues|your\s+(?:team|network|group)|(?:other\s+)?participants)\b",
    r"\bshare\s+(?:it|this|that|them|your\s+\w+|the\s+\w+)?\s*(?:with|to)\s+(?:your\s+)?(?:friends|family|followers|contacts)\b",
    r"\bsend\s+(?:it|this|that|them|your\s+\w+|the\s+\w+)?\s*(?:with|to)\s+(?:your\s+)?(?:friends|family|followers|contacts)\b",
    r"\b(?:received?|obtain\w*|collect\w*|get|gets|got|acquir\w*|purchas\w*|buy|bought|gather\w*|source[sd]?|licen[cs]e[sd]?)\b[^.;]{0,60}?\bfrom\s+(?:(?!(?:to|with)\b)\w+\s+){0,3}?(?:third[-\s]part|partner|affiliat|vendor|data\s+broker|public|social|other\s+(?:sources|companies))(?![^.;]{0,120}\b(?:share|disclose|provide\s+(?:it|them|your|this))\b)",
    r"\bthird[-\s]part(?:y|ies)" + SITES, r"\bother" + SITES,
    r"\bwhether\b[^.;]{0,80}?\b(?:sold|shared|disclosed)\b",
    r"\bright\s+to\s+(?:know|request\s+(?:information|disclosure)|access|obtain|receive)\b[^.;]{0,120}?\b(?:categories|whether|third\s+parties\s+to\s+whom)",
    r"\brequest\w*\s+(?:\w+\s+){0,3}?(?:that\s+we\s+(?:disclose|transfer|transmit)\s+(?:\w+\s+){0,4}?to\s+(?:you|them)|(?:the\s+)?(?:transfer|transmission|portability)\s+of)\b",
    r"\bask\w*\s+(?:\w+\s+){0,3}?(?:that\s+we\s+(?:disclose|transfer|transmit)\s+(?:\w+\s+){0,4}?to\s+(?:you|them)|(?:the\s+)?(?:transfer|transmission|portability)\s+of)\b",
    r"\bwe\s+are\s+not\s+responsible" + RESP_TAIL, r"\bn(?:ot\s+responsible\s+for|o\s+control\s+over)" + RESP_TAIL, r"\bdo(?:es)?\s+not\s+control" + RESP_TAIL,
    r"\bpublicly\s+(?:visible|available|displayed)", r"\bvisible\s+to\s+(?:other|all|everyone|anyone|the\s+public)\b",
    r"\bshine\s+the\s+light\b", r"\b1798\.83\b",
    r"\bjurisdiction\s+of\b", r"\bvenue\b", r"\bas\s+is\b",
    r"\bnot\s+(?:to\s+)?make\s+(?:\w+\s+)?available\b",
    r"\bassign" + ASSIGN_TAIL, r"\btransfer" + ASSIGN_TAIL, r"\bdelegate" + ASSIGN_TAIL, r"\bsub-?contract" + ASSIGN_TAIL,
    r"\bappl(?:(?<=\bonly\sappl)ies\s+to\b|(?<=\bdoes\snot\sappl)y\s+to\s+(?:information|data|the\s+practices))",
    r"\bsections?\s+[\dIVX][\dIVX.]*\b[^.;]{0,40}?\b(?:describ|explain|set|outlin|list|detail)\w*",
    r"\(\s*(?:collectively,?\s+)?[\"']?(?:we|us|our|the\s+company)[\"']?\s*[,)]",
    r"\brequest" + DM_TAIL, r"\bobtain" + DM_TAIL, r"\breceive" + DM_TAIL,
    r"\bprovid\w*\s+(?:\w+\s+)?(?:links?|hyperlinks?)\b", r"\blinks?\s+to\s+(?:\w+\s+){0,2}?(?:third|other|external)",
    r"\bun(?:authori[sz]ed|lawful)" + UNAUTH_TAIL, r"\binadvertent" + UNAUTH_TAIL, r"\baccidental" + UNAUTH_TAIL,
    r"\bre(?:view|ad)" + REVIEW_TAIL, r"\bc(?:heck|onsult)" + REVIEW_TAIL, r"\bprivacy\s+polic(?:y|ies)\s+of\s+(?:these|those|such|the|any)\b",
    r"\bshare\s+(?:a|your|the)\s+(?:computer|device|screen|phone|browser|tablet)\b",
    r"\bbetween\s+you\s+and\s+(?:us|the\s+\w+)\b",
    r"\bcontent" + YOUPOST_TAIL, r"\binformation" + YOUPOST_TAIL, r"\banything" + YOUPOST_TAIL, r"\bmaterial" + YOUPOST_TAIL,
    r"\b(?:you|users?)\s+(?:\w+\s+)?(?:provide|submit|give|share|post|send|make\s+available|disclose)\w*\b[^.;]{0,40}?\b(?:on|to|at|through|via|with)\s+(?:those|these|such|their|any)\s+(?:\w+\s+)?(?:sites?|websites?|services|platforms|apps?|pages)\b",
    r"\bpolic\w+" + NOTAPPLY_TAIL, r"\bstatement" + NOTAPPLY_TAIL, r"\bnotice" + NOTAPPLY_TAIL,
    r"\b(?:you|users?|he|she|they|winners?|applicants?|members?|seekers?|participants?)\s+(?:\w+\s+){0,3}?(?:asked|required|prompted|invited|requested|need)\s+to\s+(?:provide|submit|give|enter|share)\b",
    r"\brestrict\w*\s+access\b", r"\blimit\w*\s+access\b",
    r"\bcan(?:not|\s*not|'t)" + CANT_TAIL, r"\bunable\s+to" + CANT_TAIL,
    r"\btransfer\w*\b(?![^.;]{0,40}?\bto\s+(?:our\s+|its\s+|the\s+|selected\s+|trusted\s+)?(?:partners|vendors|affiliates|third\s+parties|service\s+providers|processors|sub-?processors|advertisers|subsidiaries))[^.;]{0,80}?\b(?:to|in|into)\s+(?:other\s+|another\s+|any\s+other\s+)?(?:countries|country|jurisdictions?|the\s+(?:US|U\.S\.|United\s+States|EU|EEA|UK|European))\b",
    r"\bliab(?:le|ility|ilities)\b|\breceiving\s+party\b|\btakedown\b|\b(?:taken|downloaded|scraped|crawled|copied)\s+and\s+used\b",
    r"\bshar\w*\s+(?:\w+\s+){0,3}?publicly\b|\bcannot\s+control\b|\bright\s+to\s+request\s+that\s+we\s+disclose\b",
    r"{{TOPIC}}",
]
# after the verb: "... with / to ... <a recipient>"
d("TO_RECIP", r"\b[^.;]{0,110}?\b(?:with|to|among|amongst|available\s+to)\s+(?:(?!you\b)\w+[\s,/]+){0,6}?{{RECIP}}\b(?!\s+(?:websites?|sites?|links?)\b)")
# disclosure verbs, in the forms that occur (so "disclose" is not found in
# "close", nor "sent" in "consent", nor "provide" in "provider")
SHARE_MAIN_W = ["share", "sharing", "shared", "disclos", "distribut", "transfer", "transmi"]
SHARE_MORE_W = ["send ", "sends", "sending", "sent to", "sent directly", "is sent", "are sent", "be sent", "provide ",
                "provides", "provided", "providing", "pass", "available", "accessible", "releas", " give", " gives",
                " given", " giving", "furnish", " sell", "sold", " rent", " leas", " trad", "exchang", "forward",
                "supplie", "supply", "expos", "turn over", "turned over", "turns over", "hand over", "handed over",
                "hands over", "upload"]
SHARE_W = SHARE_MAIN_W + SHARE_MORE_W
rule("sharing.with_recipient", "sharing", "medium", SHARE_MAIN_W,
     # one pattern: three patterns starting with one word each are searched
     # a little faster but compile the long recipient part three times
     [r"\b(?<p>{{SHAREV_MAIN}}){{TO_RECIP}}"],
     "Your personal information may be passed to other companies or organisations.",
     ["Your listening history may be disclosed to our advertising partners.",
      "We share booking details with the hotel you reserve.",
      "Call recordings are transmitted to an outside transcription provider.",
      "We will share your name and booking number with the hotel.",
      "Your screening answers are sent to the employer you apply to."],
     ["We do not disclose your address to advertisers.",
      "You can share playlists with your friends.",
      "This section explains how we share data with third parties.",
      "We do not store recipient numbers or share them with any third parties.",
      "You can ask us to transfer a copy of your data to you or to another company.",
      "You may ask for your files in a machine-readable format and have them sent to a third party of your choice.",
      "We may add to what you give us the details shared with us by partners you trust.",
      "You may go to small claims court instead, unless the case is removed or transferred to another court.",
      "Share non-public parts of the software with any third party;",
      "The categories of third parties with whom we share your information.",
      "\"Service Data\" means the information, files and other content we host for a customer.",
      "Sellers set the prices for their goods and may change them at any time.",
      "You may send gifts to recipients you choose, such as your friends.",
      "There is some risk that e-mails could be read by unintended third parties.",
      "When you share a post to another network, that network's terms apply.",
      "Providing information to other parties to help them commit illegal activities;",
      "Who receives it is described in the \"How We Share Your Information\" section.",
      "Selling or transferring the ownership of an account to a third party is not allowed.",
      "Our trade names are the property of us or our partners.",
      "(See Section 4, \"How We Share Your Data\", below.)"],
     unless=SHARE_DENY + SHARE_OTHER,
     requires=RECIP_W)

SHARE_PROVIDE_W = ["provide ", "provides", "provided", "providing", "available", "accessible"]
rule("sharing.provided_to", "sharing", "medium", SHARE_PROVIDE_W,
     [r"\b(?<p>{{SHAREV_PROVIDE}}|{{SHAREV_AVAILABLE}}|accessible){{TO_RECIP}}"],
     "Your personal information may be passed to other companies or organisations.",
     ["Your account details may be accessible to our affiliates.",
      "We provide your delivery address to the courier company.",
      "Your profile is made available to selected partners."],
     ["Our help articles are accessible to everyone.",
      "Our service providers give us reports about outages.",
      "We provide support to companies that use our product."],
     unless=SHARE_DENY + SHARE_OTHER,
     requires=RECIP_W)

rule("sharing.passed_to", "sharing", "medium", [w for w in SHARE_MORE_W if w not in SHARE_PROVIDE_W],
     [r"\b(?<p>{{SHAREV_REST}}){{TO_RECIP}}"],
     "Your personal information may be passed to other companies or organisations.",
     ["We pass contact details on to the courier firms that deliver your parcel.",
      "Prompts are forwarded to an outside language model provider to produce answers.",
      "We may give usage statistics to our affiliates.",
      "I agree that my details may be passed to selected partners.",
      "Send my name and email to the event organiser.",
      "We pass details of which pages you read to our advertising and analytics partners."],
     ["We receive information about you from partners who run events with us.",
      "We send you a receipt from our payment provider.",
      "Our service providers give us reports about outages."],
     unless=SHARE_DENY + SHARE_OTHER,
     requires=RECIP_W)

# starts at "whom" (rare) rather than at the recipient; requires a recipient word
rule("sharing.to_whom", "sharing", "medium", ["whom"],
     [r"\b(?:with|to)\s+whom\s+(?!(?:you|users?|members?|they|people|others)\b)(?:\w+\s+){0,2}?(?<p>{{SHAREV}})\b"],
     "Your personal information may be passed to other companies or organisations.",
     ["These are the partners with whom we share your booking details.",
      "We list the vendors to whom we disclose account data."],
     ["To whom it may concern, please read on.",
      "With whom do we share your information?",
      "Your profile may be visible to those with whom you share content."],
     unless=SHARE_DENY + SHARE_OTHER,
     requires=RECIP_W)

d("RECIP_ACT", r"(?:share|shares|combine|combines|exchange|exchanges|have\s+access\s+to|has\s+access\s+to|access(?:es)?|receives?|collects?|obtains?|process(?:es)?|use|uses|store|stores|see|view|gets?|analy[sz]es?|host|hosts|handles?|place|set|read|reads|gather)")
# RECIP_ACT's verbs as words (not "user", "processing", "accessible")
ACT_W = [" share ", " shares", " combine ", " combines", " exchange ", " exchanges", " access ", " accesses", " receive ", " receives",
         " collect ", " collects", " obtain ", " obtains", " process ", " processes", " use ", " uses ", " store ",
         " stores", " see ", " view ", " views", " get ", " gets", " analyze", " analyse", " host ", " hosts",
         " handle ", " handles", " place ", " set ", " read ", " reads", " gather "]
rule("sharing.we_and_partners", "sharing", "medium", ["us and", "we and", "partner sharing", "party sharing", "affiliate sharing",
                                                      "vendor sharing", "advertiser sharing", "data sharing with",
                                                      "information sharing with"],
     [r"\b(?:by|with|for)\s+(?<p>us\s+and\s+(?:our\s+)?(?:\w+\s+)?(?:partners|vendors|third\s+parties|others))\b",
      r"\b(?<p>(?:partner|third[-\s]party|affiliate|vendor|advertiser)\s+(?:data\s+)?sharing|(?:data|information)\s+sharing\s+with\s+(?:our\s+|selected\s+|trusted\s+)?(?:partners|third\s+parties|affiliates|vendors|advertisers))\b",
      r"\b(?<p>(?:we|us)\s+and\s+(?:our\s+)?(?:\w+\s+)?(?:partners|vendors|third\s+parties|others))\s+(?:(?:may|can|will|also|to|then)\s+)*(?:store|access|process|collect|use|share|read|serve|receive|obtain)\b"],
     "The company and other companies it works with use your data together.",
     ["You may agree to processing by us and our advertising partners.",
      "We and our vendors read identifiers stored on your device."],
     ["We and our team are here to help.",
      "Contact us and our support staff will answer."],
     unless=SHARE_DENY + [r"{{TOPIC}}"],
     requires=["partner", "vendor", "third part", "third-part", "others", "affiliate", "advertiser"])

RECIP_GETS_UNLESS = SHARE_DENY + SHARE_OTHER + [r"\b(?:must|are\s+required\s+to|are\s+obligated\s+to|are\s+bound|agree\s+to|contractually)\b[^.;]{0,60}?\b(?:protect|secure|safeguard|confidential|keep)\b(?![^.;]{0,80}\b(?:access|receive|process|use)\b)", r"\bfrom\s+(?:\w+\s+){0,2}?{{RECIP_BIZ}}\s+(?:\w+\s+){0,3}?(?:such\s+as|including|like)\b(?![^.;]{0,120}\b(?:share|disclose)\b)"]
# the recipient, then an aside ("(such as X)", ", which ...,"), then what it does
# the recipient, then an aside ("(such as X)", ", which ...,"), then what it does
d("RECIP_ASIDE", r"(?:\s+(?:within|in|of|across|around|outside)\s+(?:our|the|its|their)\s+(?:\w+\s+){0,2}?(?:group|family|network|organi[sz]ation|company|companies))?(?:\s*\([^)]{0,80}\))?(?:\s*,?\s+(?:such\s+as|like|including|e\.g\.)\s+[^.;]{0,60}?,)?(?:\s*,?\s+(?:that|who|which|working|acting)\b[^.;]{0,60}?)?\s+(?:(?:may|might|can|could|will|also|then|do|does|which|who|that|often|sometimes|generally|typically|would|therefore|thus|in\s+turn)\s+){0,3}")
RECIP_LEAD = r"\b(?<p>{{RECIP_HEAD}})\b{{RECIP_ASIDE}}"
d("GETS_DATA", r"{{RECIP_ACT}}\b[^.;]{0,60}?\b(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|about\s+you|it|them)\b")
GETS_EXPL = "Other companies may receive or access your personal information."
GETS_EXAMPLES = {
    "third": (["Third parties that run our chat widget can see the messages you type.",
               "Some third-party providers may also access usage data about you."],
              ["Third-party websites linked from our pages have their own privacy policies.",
               "We obtain your credit score from third parties and keep it private."]),
    "p": (["Our hosting providers have access to the files you upload.",
           "Our partners may combine this information with data they hold about you.",
           "Partners who run our loyalty scheme receive your purchase history."],
          ["Our vendors must keep your data secure and are bound by contract.",
           "Providers of payment services are listed in our help center."]),
    "a": (["Our affiliates may use information about your visits to tailor offers.",
           "Affiliates within our corporate family may receive your order history.",
           "Advertisers who place ads in the app can see which ads you tapped and your device identifiers."],
          ["Affiliate links earn us a small commission.",
           "Ad networks are blocked by many browsers."]),
    "c": (["Companies that provide services to us or act on our behalf may have access to information about you.",
           "Courier firms and contractors receive the address you give at checkout."],
          ["We obtain your credit score from a credit reference agency and keep it private.",
           "Companies we acquire keep their own brands."]),
    "rest": (["These vendors may use information about your visits to this and other websites.",
              "Government agencies can obtain records about you with a court order."],
             ["Our suppliers ship your order within two days.",
              "Recipients of a gift card can redeem it online."]),
}
for _g, (_match, _no) in GETS_EXAMPLES.items():
    rule("sharing.recipient_gets" if _g == "rest" else "sharing.recipient_gets_" + _g, "sharing", "medium",
         HEAD_GROUPS[_g][1],
         [r"\b(?<p>{{HEAD_" + _g.upper() + r"}})\b{{RECIP_ASIDE}}{{GETS_DATA}}"],
         GETS_EXPL, _match, _no,
         unless=RECIP_GETS_UNLESS,
         requires=[ACT_W, DATA_W + [" it ", " them ", "about you"]])

rule("sharing.third_party_tracking", "sharing", "medium", HEAD_W,
     [RECIP_LEAD + r"(?:place|set|use|serve|drop|deploy|distribute|recogni[sz]e|read|employ|utili[sz]e|have|put)\w*\s+(?:\w+\s+){0,4}?(?:cookies?|web\s+beacons?|beacons?|pixels?|pixel\s+tags?|tags|(?:single-pixel\s+)?gifs|tracking\s+(?:technologies|tools|pixels)|similar\s+technologies|identifiers|SDKs|scripts)\b"],
     "Other companies place their own trackers through this service and collect data about you.",
     ["Our advertising partners may place cookies on your browser when you visit.",
      "Analytics providers use pixels in our emails.",
      "Our third-party advertiser may place or recognize a unique cookie on your browser."],
     ["Cookies are small text files stored on your device.",
      "You can block third-party cookies in your browser."],
     unless=RECIP_GETS_UNLESS,
     requires=["cookie", "beacon", "pixel", "gif", "tracking tech", "tracking tool", "similar tech", "identifier",
               "sdk", " scripts", " tags"])

rule("sharing.vendor_access", "sharing", "medium", ["access to"],
     [r"\b(?<p>(?:provid|giv|grant)\w*\s+(?:\w+\s+){0,3}?access)\s+to\b[^.;]{0,120}?\b(?:to|for|with)\s+(?:\w+[\s,/]+){0,6}?{{RECIP}}\b",
      r"\b(?<p>(?:give|grant|provide|allow)\w*\s+(?:them|these\s+\w+|such\s+\w+|those\s+\w+|(?:our\s+|their\s+|its\s+|the\s+|certain\s+|trusted\s+|selected\s+)?{{RECIP}})\b[^.;]{0,60}?\baccess\s+to)\s+(?:\w+\s+){0,3}?(?:{{DATA}}|databases?)\b"],
     "Companies working for this service get access to your personal information.",
     ["We may give these contractors access to our customer database.",
      "We grant our hosting providers access to the files you store.",
      "We may give consultants working with us on a project temporary access to donor records.",
      "We may provide access to our records in order to cooperate with investigations by law enforcement officials."],
     ["Give your family access to your playlists.",
      "We grant you access to the service."],
     unless=RECIP_GETS_UNLESS,
     requires=["giv", "grant", "provid", "allow"])

rule("sharing.vendors_on_our_behalf", "sharing", "medium",
     ["employ", "engage", "hire", "contract with", "work with", "rely on", "partner with", "retain"] +
     ["use " + w for w in ("third", "third-party", "service", "vendors", "other", "outside", "external", "certain",
                           "trusted", "selected", "a third", "companies", "partners", "providers", "processors",
                           "data processors", "contractors", "sub", "cloud", "hosting", "analytics", "payment", "ai",
                           "various", "several", "a number of", "a variety of", "advertising", "ad ", "an outside")],
     [r"\b(?:employ|engage|use|hire|retain|contract\s+with|work\s+with|rely\s+on|partner\s+with)\w*\s+(?:\w+\s+){0,3}?(?<p>companies|businesses|organi[sz]ations|entities|firms|individuals|vendors|service\s+providers|third[-\s]part(?:y|ies)|contractors|agents|processors|sub-?processors|suppliers|partners|providers)\b[^.;]{0,80}?\b(?:on\s+our\s+behalf|to\s+(?:help|assist|perform|provide|process|host|operate|support|deliver|fulfil\w*|handle|manage|store|analy[sz]e|send|serve|display|show|track|measure|collect|generate|power|run|transcribe|translate|produce|answer|respond|moderate|review|verify|detect|prevent|monitor|enable)|who\s+(?:help|assist|perform|provide|process))"],
     "Companies working for this service handle your personal information on its behalf.",
     ["We hire outside firms to process payments on our behalf.",
      "We use service providers to host our website and send emails.",
      "We use third-party advertising companies to serve ads when you visit our website.",
      "We use outside speech providers to transcribe your voice notes."],
     ["We hire staff to answer your questions.",
      "We use cookies to remember your settings."],
     unless=RECIP_GETS_UNLESS)

rule("sharing.provide_them_with", "sharing", "medium",
     ["furnish", "supply", "supplie", "entrust", "provide these", "provide those", "provide such", "provide our",
      "provide them", "provide certain", "provide any", "provide third", "provide the"],
     [r"\b(?<p>provid\w*|furnish\w*|supply\w*|entrust\w*)\s+(?:these|those|such|the|our|them|certain|any|third)\s+(?:\w+\s+){0,2}?(?:companies|vendors|partners|providers|parties|processors|contractors|them|firms|agents)?\s*(?:only\s+)?with\s+(?:\w+\s+){0,4}?{{DATA}}\b"],
     "Other companies are given your personal information.",
     ["We provide our partners with your email address.",
      "We may furnish certain vendors with account details."],
     ["We provide you with a copy of your data.",
      "We provide our customers with support."],
     unless=RECIP_GETS_UNLESS,
     requires=[" with "])

rule("sharing.allow_to_collect", "sharing", "medium",
     ["allow", "permit", "enable", "let ", "authorize", "authorise", "work with", "partner with"],
     [r"\b(?:allow|permit|enable|let|authori[sz]e|engage|use|work\s+with|partner\s+with)\w*\s+(?:\w+\s+){0,3}?(?<p>{{RECIP_HEAD}})\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:collect|access|use|receive|process|place|set|obtain|gather|track|serve|build|combine|measure|analy[sz]e)\b"],
     "Other companies are allowed to collect or use your information through this service.",
     ["We allow advertising networks to collect information about your visits.",
      "We let analytics partners use identifiers from your device.",
      "These cookies allow our advertising partners to build a profile of your interests."],
     ["We allow you to collect rewards.",
      "We do not allow third parties to track you."],
     unless=RECIP_GETS_UNLESS,
     requires=[HEAD_W, ["collect", "access", " use", "receive", "process", " place", " set", "obtain", "gather", "track",
                        "serve", "build", "combine", "measure", "analyze", "analyse"]])

# (Recipients named by brand, "we send your prompts to OpenAI", were tried
# as a rule of their own and dropped: on other companies' pages the brand is
# as often the first party itself or a network the person posts to.)
rule("sharing.processed_by", "sharing", "medium",
     ["processed by", "accessed by", "received by", "collected by", "used by", "viewed by", "handled by", "hosted by",
      "analyzed by", "analysed by", "stored by", "processed on", "stored on", "hosted on", "on behalf of", "servers of", "reviewed by", "read by", "transcribed by", "annotated by", "labeled by", "labelled by"],
     [r"\b(?:processed|accessed|received|collected|used|viewed|handled|hosted|analy[sz]ed|stored|reviewed|read|transcribed|annotated|labell?ed)\s+(?:\w+\s+){0,2}?(?:by|on\s+behalf\s+of|on\s+the\s+servers\s+of|on)\s+(?:\w+,?\s+){0,3}?(?<p>{{RECIP}})\b"],
     "Other companies process or store your personal information.",
     ["Your recordings are processed by an outside transcription provider.",
      "Files are stored by our cloud hosting providers.",
      "Clips you flag may be reviewed by our vendors for quality.",
      "Your text is processed by Example AI, our model provider."],
     ["Your recordings are processed by our own servers.",
      "This page is hosted by us."],
     unless=RECIP_GETS_UNLESS,
     requires=RECIP_W)

# "we engage service providers ... and may share the data with them": the
# recipient named first (requires), the sharing verb pointing back at it
rule("sharing.with_them", "sharing", "medium", SHARE_MAIN_W,
     [r"(?<=\bwe\s|\band\s|\bmay\s|\bmight\s|\bcan\s|\bwill\s|\balso\s|\bthen\s|\bwould\s)(?<p>{{SHAREV_MAIN}})\s+(?:(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|it)\s+)?(?:with|to)\s+them\b"],
     "Your personal information may be passed to other companies or organisations.",
     ["We may hire more service providers and may share the data with them.",
      "Our partners run the prize draw, and we transfer your details to them."],
     ["Third parties post reviews and we share them with our readers.",
      "We work with partners but do not share your data with them."],
     unless=SHARE_DENY + SHARE_OTHER,
     requires=[RECIP_W, [" them"]])

rule("sharing.processed_via", "sharing", "medium", [" via ", "through", " using ", "help of"],
     [r"\b(?:we|and)\s+(?:(?:may|will|also|then)\s+)?(?:process|handl|collect|stor|host|verif)\w*\s+(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}})\s+(?:\w+\s+)?(?:via|through|using|with\s+the\s+help\s+of)\s+(?:an?\s+|our\s+|the\s+|its\s+)?(?:\w+\s+){0,2}?(?<p>{{RECIP_BIZ}})\b"],
     "Other companies process or store your personal information.",
     ["We process your card details through our third-party payment processor.",
      "We verify identity documents using an outside verification provider."],
     ["You can pay through a third-party payment processor.",
      "We process refunds through the original payment method."],
     unless=RECIP_GETS_UNLESS,
     requires=[RECIP_W, ["process", "handl", "collect", "stor", "host", "verif"]])

rule("sharing.if_you_dont_want", "sharing", "medium", ["don't want", "do not want", "don't wish", "do not wish", "no longer want",
                                                       "no longer wish", "don't like", "do not like"],
     [r"\bif\s+you\s+(?:do\s+not|don't|no\s+longer)\s+(?:want|wish|like)\s+(?:\w+\s+){0,4}?(?<p>shar\w*|disclos\w*|sold|sell\w*|sent|transferr\w*)\b[^.;]{0,60}?\b{{RECIP}}\b"],
     "Your personal information may be passed to other companies unless you turn this off.",
     ["If you don't want your details shared with our sponsors, switch off the toggle.",
      "If you do not wish us to disclose your location to emergency services, change this setting."],
     ["If you don't want to share your location, leave it off.",
      "If you do not want your friends to see your posts, make them private."],
     unless=[r"{{TOPIC}}"],
     requires=["shar", "disclos", "sold", "sell", "sent", "transfer"])

rule("sharing.request_not_to", "sharing", "medium", ["not share", "not disclose", "not provide", "not transfer", "not to share",
                                                     "not to disclose"],
     [r"\b(?:request|ask|prefer|direct|instruct)\w*\s+(?:that\s+)?(?:we|us)\s+(?:to\s+)?(?<p>not\s+(?:to\s+)?(?:share|disclose|provide|transfer))\b[^.;]{0,80}?\b(?:{{DATA}}|{{RECIP}})\b"],
     "You can ask the company not to share your information, which means it does so by default.",
     ["You may ask that we not disclose your contact details to our partners.",
      "Customers can request that we not share their profile with affiliates."],
     ["We will not share your data.",
      "Please ask us if you have questions about sharing."],
     unless=[r"{{TOPIC}}"])

WE_SHARE_UNLESS = SHARE_DENY + SHARE_OTHER + [r"\bto\s+you\s+about\b", r"\bwith\s+(?:us|you)\b(?![^.;]{0,40}\b(?:and|or)\s+(?:our\s+)?(?:partners|affiliates|third))"]
rule("sharing.we_share", "sharing", "medium", ["share ", "disclose "],
     [r"\b(?:we|us|company)\s+(?:(?:may|might|can|could|will|also|do|sometimes|only|routinely|further|additionally|otherwise)\s+){0,3}(?<p>share|disclose)\s+(?:(?:\w+|,)\s+){0,3}?(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:data|information|info|details|PII)\b(?!\s+(?:about|on|regarding)\s+(?:how|the\s+ways?|what|why|our\s+(?:products|services|practices|policies|work|plans)))"],
     "The company shares your personal information with others.",
     ["We may disclose certain account details for fraud prevention.",
      "We share personal data with your consent or to complete a purchase you asked for."],
     ["We share information about how our products work.",
      "We do not share personal data.",
      "how we share information with others;",
      "This policy describes how we collect, use and share your personal information.",
      "When we share information, with whom, and why",
      "We describe below the choices you have about our use and disclosure of your information."],
     unless=WE_SHARE_UNLESS,
     requires=["data", "information", "info", "details", "pii"])

rule("sharing.data_is_shared", "sharing", "medium", ["shared", "disclosed"],
     [r"\b(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:data|information|details|PII)\b[^.;]{0,40}?\b(?:may|might|can|could|will|would|is|are)\s+(?:also\s+|sometimes\s+|only\s+)?(?:be\s+)?(?<p>(?:shared|disclosed)(?:\s+(?:or|and)\s+(?:shared|disclosed|transferred|sold))?)\b(?!\s+(?:only\s+)?(?:with|to|by)\s+(?:you|us|yourself)\b)(?![^.;]{0,60}\b(?:publicly|public|with\s+other\s+(?:users|members)|your\s+(?:friends|contacts|followers)))"],
     "The company says your personal information may be passed on to others.",
     ["Your personal data may be shared in the following circumstances.",
      "Information about your purchases may also be disclosed when we sell part of our business."],
     ["Your information is shared only with you.",
      "The data you post may be shared publicly."],
     unless=WE_SHARE_UNLESS + [r"\b(?:you|users?)\s+(?:\w+\s+){0,2}?(?:choose|decide|allow|want)\b"],
     requires=["data", "information", "details", "pii"])

LEGAL_W = ["law", "legal", "court", "subpoena", "warrant", "authorit", "regulator", "government", "police",
           "good faith", "good-faith", "comply", "complian", "investigat", "fraud", "safety", "rights", "enforce",
           "request"]
LEGAL_WHY = (r"(?:(?:court\s+orders?|subpoenas?|warrants?|(?:the\s+)?law|legal\s+process|regulators?|authorities)\s+(?:\w+\s+){0,2}?(?:requires?|compels?|obliges?|demands?|requests?)"
             r"|(?:if|when|where|as|to\s+the\s+extent)\s+(?:\w+\s+){0,2}?(?:required|compelled|requested|obliged|obligated|necessary|permitted|authori[sz]ed|mandated)\s+(?:to\s+do\s+so\s+)?(?:by|under)\s+(?:(?:\w+|and|or|/)\s+){0,4}?(?:law|laws|a\s+court|legal|regulation|statute|subpoena)"
             r"|(?:to\s+)?(?:respond|comply|cooperate)\w*\s+(?:to|with)\s+(?:\w+\s+){0,3}?(?:subpoenas?|court\s+orders?|legal\s+process|laws?|legal\s+(?:obligations?|requests?|requirements?)|warrants?|government(?:al)?\s+requests?|law\s+enforcement|lawful\s+requests?|regulat\w+|investigations?|official)"
             r"|in\s+response\s+to\s+(?:\w+\s+){0,3}?(?:subpoenas?|court\s+orders?|legal\s+process|warrants?|requests?\s+from|law\s+enforcement|lawful|legal|government)"
             r"|(?:to\s+|in\s+order\s+to\s+)?(?:protect|enforce|defend|establish|exercise)\s+(?:\w+\s+){0,3}?(?:rights|safety|property|legal\s+claims|terms)"
             r"|(?:to\s+|in\s+order\s+to\s+)(?:investigate|prevent|detect)\b[^.;]{0,60}?\b(?:fraud|illegal|unlawful|harm|abuse|violations?|crime|security))")
rule("sharing.legal", "sharing", "medium", ["disclos", "share", "sharing", "shared", "provid", "releas", "turn over", "turned over",
                                           "hand over", "handed over", "produce"],
     [
       r"\b(?<p>disclos\w*|shar(?:e|ed|ing)|provid(?:e|ed|ing)\s+(?:\w+\s+){0,3}?(?:{{DATA}})|releas\w*|turn\w*\s+over|hand\w*\s+over|produce)\b[^.;]{0,60}?\b(?:{{DATA}}|it|them|about\s+you)\b[^.;]{0,160}?\b" + LEGAL_WHY,
       r"\b(?:law|laws|court|legal\s+process|regulations?)\s+(?:\w+\s+){0,2}?(?:requires?|compels?|mandates?)\s+(?:such\s+|the\s+|this\s+|that\s+|any\s+)?(?<p>disclosure|us\s+to\s+(?:disclose|share|provide|release))",
       r"\b(?:(?:legally|lawfully)\s+(?:required|compelled|obliged|obligated)|(?:required|compelled|obliged|obligated|asked|requested|ordered)\s+by\s+(?:\w+\s+){0,3}?(?:law|laws|court|courts|legal\s+process|authorit\w+|government\w*|police|regulators?|subpoena|warrant|law\s+enforcement))\s+to\s+(?<p>disclose|share|provide|hand\s+over|turn\s+over|release|produce)\b[^.;]{0,40}?\b(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|it|them)\b",
     ],
     "Your information may be handed to authorities or others when the law requires it.",
     ["We may disclose account details when a court order requires us to do so.",
      "We may hand over records to comply with a valid subpoena.",
      "If we are compelled by law to share your information, we will tell you first where allowed.",
      "We may share information where we believe it is needed to investigate or prevent fraud or other illegal activity."],
     ["We do not disclose your data to anyone, even in response to requests, without a court order.",
      "You must comply with all laws when you use the service.",
      "We provide support to comply with accessibility law."],
     unless=SHARE_DENY + SHARE_OTHER + [r"\b(?:you|users?)\s+(?:must|shall|agree\s+to|will)\s+comply\b"],
     requires=[LEGAL_W, ["requir", "compel", "oblig", "mandat", "respond", "comply", "cooperat", "response", "protect",
                         "enforce", "defend", "establish", "exercise", "investigat", "prevent", "detect", "necessary",
                         "permitted", "authori", "requested", "ordered", "demand"]])

rule("sharing.good_faith", "sharing", "medium", ["good faith", "good-faith"],
     [r"\bgood[-\s]faith\s+belief\b[^.;]{0,120}?\b(?<p>disclos\w*|shar(?:e|ing)|releas\w*|provid(?:e|ing))\b",
      r"\b(?<p>disclos\w*|shar(?:e|ing)|releas\w*)\b[^.;]{0,100}?\bgood[-\s]faith\s+belief\b"],
     "Your information may be handed to authorities or others when the law requires it.",
     ["We may disclose information if we have a good faith belief that the law requires it.",
      "We will share data when we have a good-faith belief that doing so prevents harm."],
     ["We act in good faith when we answer your questions.",
      "Our good faith belief is that the service is safe."],
     unless=SHARE_DENY + SHARE_OTHER,
     requires=["disclos", "share", "sharing", "releas", "provid"])

BT_WHY = r"(?:merger|merge[sd]?|merging|acquisition|acquired|reorgani[sz]ation|reorgani[sz]e[sd]?|restructur\w+|bankruptcy|insolvency|sale\s+of\s+(?:all|some|part|substantially|a\s+portion|our|the|its|any)|sell\s+(?:all|some|part|substantially|a\s+portion|our|the|its|any)\s+(?:\w+\s+){0,3}?(?:business|company|assets)|asset\s+sale|change\s+(?:of|in)\s+(?:control|ownership)|divestiture|takeover|consolidation|financing|joint\s+venture)"
rule("sharing.business_transfer", "sharing", "medium", ["merg", "acqui", "reorgani", "restructur", "bankrupt", "sale of",
                                                       "sell all", "sell some", "sell part", "sell our", "change of control",
                                                       "change in control", "change of ownership", "change in ownership",
                                                       "divest", "insolven", "takeover", "consolidation", "financing",
                                                       "joint venture", "asset"],
     [
       r"\b" + BT_WHY + r"\b[^.;]{0,160}?\b(?<p>transfer\w*|disclos\w*|shar(?:e|ed|ing)|sold|assign\w*|pass(?:ed)?\s+on|conveyed|provided|among\s+the\s+(?:\w+\s+)?assets|part\s+of\s+the\s+(?:\w+\s+)?assets|included?\s+(?:in|among)\s+the\s+(?:\w+\s+)?assets|one\s+of\s+the\s+(?:\w+\s+)?assets)\b",
       r"\b(?<p>transfer\w*|disclos\w*|shar(?:e|ed|ing)|sold|assign\w*|pass(?:ed)?\s+on)\b[^.;]{0,120}?\b" + BT_WHY + r"\b",
       r"\b(?:data|information)\b[^.;]{0,60}?\b(?<p>among\s+the\s+(?:\w+\s+)?assets|(?:is|are)\s+(?:a\s+|an\s+)?(?:business\s+)?assets?|(?:considered|treated\s+as|deemed|counted\s+as)\s+(?:one\s+of\s+the\s+|an?\s+|part\s+of\s+the\s+)?(?:business\s+|transferable\s+)?assets?)\b",
     ],
     "If the company is sold or merged, your information may go to the new owner.",
     ["If we merge with another company, your account data may be transferred to it.",
      "Customer records may be among the assets sold in a bankruptcy.",
      "We transfer information about you if we are acquired by or merged with another company.",
      "Should the studio be sold, customer data may be treated as one of the business assets of that deal."],
     ["We completed the acquisition of a small design studio last year.",
      "You may transfer your subscription to another device.",
      "Do not use the app for campaign financing, other than sharing your own opinions."],
     unless=SHARE_DENY + [r"\bsubscription\b", r"\b(?:you|users?)\s+(?:may|can)\s+(?:not\s+)?(?:assign|transfer)\b", r"\b(?:this|these)\s+(?:agreement|terms)\b", r"{{TOPIC}}",
                          r"\bsharing\s+(?:your|their|his\s+or\s+her)\s+own\b|\bcampaign\s+financ"],
     requires=["transfer", "disclos", "share", "sharing", "sold", "assign", "pass", "convey", "provided", "asset"])

rule("sharing.except_for", "sharing", "medium", ["except", "other than", "apart from", "besides", "save for", "outside of", "but we",
                                                 "but may", "but will", "but can", "but might", "only with", "only to", "unless",
                                                 "outside our", "outside the", "but if we do"],
     [
       r"\b(?:not|n't|never)\s+(?:\w+,?\s+(?:or\s+|and\s+)?){0,3}?(?:shar|disclos|provid|transfer|sell|rent|giv|releas|pass|mak|trad)\w*\b[^.;]{0,140}?\b(?<p>except|other\s+than|apart\s+from|besides|save\s+for|outside\s+of|but\s+(?:we\s+)?(?:may|do|will|can|might)|only\s+(?:with|to)|unless)\b[^.;]{0,80}?\b(?:{{RECIP_BIZ}}|companies|entities|businesses|organi[sz]ations)\b",
       r"\b(?:not|n't|never)\s+(?:\w+,?\s+(?:or\s+|and\s+)?){0,3}?(?:shar|disclos|provid|transfer|sell|rent|giv|releas|pass|mak|trad)\w*\b[^.;]{0,140}?\b(?<p>but\s+if\s+we\s+do)\b",
       r"\b(?:not|n't|never)\s+(?:\w+,?\s+(?:or\s+|and\s+)?){0,3}?(?:shar|disclos|provid|transfer|sell|rent|giv|releas|pass|mak|trad)\w*\b[^.;]{0,140}?\b(?<p>outside\s+(?:of\s+)?(?:our|the)\s+(?:\w+\s+)?(?:group|family|corporate\s+family|affiliates|organi[sz]ation|company))\b",
     ],
     "The company says it limits sharing, but names companies it does share your information with.",
     ["We never disclose your details, except to the payment processors that handle your orders.",
      "We do not sell your data, but we may share it with our affiliates."],
     ["We never disclose your details unless you ask us to.",
      "We do not share your information with anyone, except when a court orders us to."],
     unless=[r"{{TOPIC}}"],
     suppresses=["no_sharing"],
     requires=["not ", "n't ", "never "])

# ======================================================================
# no_sharing: a promise not to share
# ======================================================================
NOSHARE_EXCEPT = [
    r"\b(?:except|other\s+than|apart\s+from|besides|save\s+for|but\s+(?:we\s+)?(?:may|do|will|can|might)|only\s+(?:with|to)|unless)\b[^.;]{0,80}?\b(?:{{RECIP_BIZ}})\b",
    r"\bbut\s+if\s+we\s+do\b",
]
d("NOSHARE_V", r"(?:rent|trad(?:e|ed)|swap|lease|barter|authori[sz]e\s+(?:\w+\s+){0,3}?to\s+use|shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|provid(?:e|es)|transfer|transmit|send|sen[dt]|pass(?:\s+\w+){0,3}?\s+on|giv(?:e|en)|releas(?:e|ed)|mak(?:e|es)\s+(?:\w+\s+){0,3}?available|turn\s+over|hand\s+over|distribut\w*|exchange|furnish|report|reveal|expose|leak|upload|let\s+(?:\w+\s+){0,3}?(?:access|see|use))")
# the verbs a promise not to share can name (for `requires`)
NOSHARE_VERB_W = ["shar", "disclos", "sell", "sold", "rent", "provid", "giv", "releas", "transfer", "transmit", "send", "sent",
                  "pass", "reveal", "distribut", "exchang", "furnish", "report", "expos", "leak", "upload", "let ", "leave",
                  "allow", "permit", "trad", "swap", "lease", "barter", "authori", "mak", "turn", "hand"]
# "... is not shared": the participles
NOT_SHARED_W = ["shared", "disclosed", "transferred", "transmitted", "sent", "given", "released", "passed", "made available",
                "provided", "revealed", "distributed", "exposed", "sold", "rented", "handed over", "turned over"]
NOSHARE_UNLESS = NOSHARE_EXCEPT + [r"^\W*(?:can't|cannot|can\s+not)\s",  # a help page's "Can't send a message"
                                  r"\b(?:you|users?)\s+(?:should|must|may|can|need|are|might|choose|decide|shall|will|agree|do|does|did)\w*\s*(?:\w+\s+){0,2}?(?:not|n't|never)\b",
             r"\b(?:share|disclose|provide|send)\s+(?:\w+\s+){0,3}?(?:with|to)\s+you\b|\b(?:provid|giv|send)\w*\s+you\s+(?:with\s+)?(?:your|a\s+copy|the|any|access)\b",
             r"\b(?:ensure|make\s+sure|verify|confirm)\b[^.;]{0,60}?\bnot\s+(?:be\s+)?(?:disclosed|provided|shared|given|released)\b",
             # data the person does not give us ("if it is not provided, we cannot ..."), login secrets, an agent's answers
             r"\bif\b[^.;]{0,80}?\b(?:is|are)\s+not\s+(?:provided|given|shared|supplied)\b",
             r"\b(?:login|log-in|sign-in|account)\s+(?:credentials|details|information)\b|\bcredentials\b",
             r"\b(?:false|misleading|inaccurate|untrue)\s+(?:or\s+\w+\s+)?(?:responses?|answers?|statements?)\b",
             r"^\W*(?:please\s+)?(?:do\s+not|don't|never)\s+(?:\w+\s+or\s+)?(?:send|share|post|upload|give|provide|disclose)\b",
             r"\bdo\s+not\s+(?:sell|share)(?:\s*(?:/|or|and)\s*(?:sell|share))?\s+(?:my|request|link|signal|form|page|option|button|preferences?|list)\b",
             r"\b(?:sell|sold)\b[^.;]{0,20}?\b(?:or|and)\s+['\"]?shar\w*\b[^.;]{0,100}?\b(?:cross[-\s]context(?:ual)?\s+behavio\w+|targeted|behaviou?ral|interest-based|personali[sz]ed)\s+(?:advertising|ads)",
             r"['\"]shar(?:e|ing)['\"]",
             r"\b(?:if|when|once|after|unless)\s+(?:you|an?\s+admin\w*|your\s+admin\w*)\s+(?:\w+\s+){0,2}?(?:do\s+not|don't|deactivate|disable|turn\s+off|switch\s+off|opt\s*-?\s*out|untick|uncheck|decline|refuse|withdraw|revoke)",
             r"\bin\s+exchange\s+for\b|\bfor\s+(?:money|monetary|(?:\w+\s+)?valuable\s+consideration|payment|profit)\b",
             r"\b(?:whether|choose|choice|decide|opportunity|option)\b[^.;]{0,20}?\b(?:or\s+)?not\s+(?:to\s+)?(?:disclose|share|provide)",
             r"\bknowingly\s+(?:\w+\s+)?collect",
             r"\b(?:request|ask|require|prefer|direct|want|wish|like)\w*\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:do\s+not|don't|not)\s+(?:to\s+)?(?:provide|share|disclose|submit|send)",
             r"\b(?:shine\s+the\s+light|1798\.83|such\s+businesses|a\s+policy\s+not\s+to)\b",
             r"\b(?:requires?|required|prohibit\w*|restrict\w*|obligat\w*|bound|contract\w*)\b[^.;]{0,80}?\bnot\s+(?:to\s+)?(?:share|disclose|use|sell|rent)",
             r"\b(?:they|(?:these|such|those)\s+(?:\w+\s+)?(?:compan\w*|vendors|providers|partners|parties|contractors|processors|businesses|entities|organi[sz]ations|advertisers|recipients|agents|affiliates|firms|individuals)|vendors|providers|partners|third\s+parties|contractors|processors)\s+(?:may|must|shall|are|will)\s+not\b",
             r"\bpasswords?\b",
             r"\barbitrat\w*|\bprovid\w*\s+(?:\w+\s+){0,5}?with\s+(?:a\s+|any\s+)?(?:refunds?|credits?|compensation|notice|support|service)\b",
             r"\b(?:recommend|advise|encourage|suggest|urge|caution)\w*\b[^.;]{0,40}?\b(?:not|never)\s+(?:to\s+)?(?:disclos|shar|post|provid|publish)",
             r"\b(?:cannot|can\s*not|can't|unable\s+to)\s+(?:fully\s+)?(?:ensure|guarantee|assure|warrant|promise)\b",
             r"\b(?:ask|encourage|allow|require|prevent)\w*\s+(?:children|kids|minors|users|you|individuals|them|people|members|visitors)\s+(?:\w+\s+){0,2}?(?:to|from)\s+(?:disclos|shar|provid|post)",
             r"\bprovide\s+(?:an?\s+|the\s+)?(?:adequate|equivalent|appropriate|sufficient|comparable|similar|same)\b|\blevel\s+of\s+(?:\w+\s+)?protection\b",
             # not giving rights, guarantees or features; a transfer on one legal basis
             # rather than another; data sent only once encrypted
             r"\bprovid\w*\s+(?:\w+\s+){0,5}?(?:rights?|guarantees?|warrant(?:y|ies)|assurances?|boosts?|features?|means\s+for)\b",
             r"\btransfer\w*\b[^.;]{0,40}?\bon\s+the\s+basis\s+of\b",
             r"\bwithout\s+(?:first\s+)?(?:being\s+)?(?:encrypt|hash|anonymi[sz]|pseudonymi[sz])\w*",
             r"\bsend\s+(?:\w+\s+)?(?:messages|e-?mails?|communications|marketing|newsletters|offers|notifications|mail)\b", r"\b(?:don't|do\s+not|never)\s+(?:share|send|give|disclose|reveal)\s+(?:your|the)\s+(?:\w+\s+)?(?:password|pin|login|credentials|code|account)", r"\b(?:train|training|scrap)\w*\b", r"{{TOPIC}}"]
rule("no_sharing.promise", "no_sharing", "info", ["shar", "disclos", "provid", "transfer", "transmit", "send", "sent", "pass", "giv", "releas", "available", "turn", "hand", "distribut", "exchang", "furnish", "report", "reveal", "expos", "leak", "upload", "let", "leave"],
     [
       r"\bnot\s+(?:the\s+|our\s+)?(?:practice|policy|intention|intent|habit|business)\b(?:[^.;]|\.(?=\w)){0,40}?\bto\s+(?<p>shar\w*|disclos\w*|sell|rent|provid\w*|giv\w*|releas\w*)\b",
       modal_neg(['do', 'does', 'did', 'will', 'wo', 'shall', 'would', 'can', 'ca', 'could']) + r"\s+(?:and\s+(?:will|do|shall)\s+not\s+)?(?:ever\s+)?(?:\w+,?\s+(?:or\s+|and\s+|nor\s+)?){0,3}?(?<p>{{NOSHARE_V}})\b(?:\s+(?:or|and)\s+\w+)?\s+(?:\w+\s+){0,6}?(?:(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|anything|it|them|anyone|any\s+(?:\w+\s+)?data|any\s+(?:\w+\s+)?information)\b|(?:with|to)\s+(?:\w+\s+){0,3}?{{RECIP_ANY}})",
       r"\b(?:never|not)\s+(?<p>(?:\w+\s+)?(?:shares?|discloses?|sends?|transmits?|passes|gives|provides|releases|reveals))\s+(?:\w+\s+){0,3}?(?:{{DATA}}|anything|it|them)\b",
       r"\bnever\s+(?:(?:ever|knowingly|intentionally|actively|voluntarily)\s+)?(?:\w+,?\s+(?:or\s+|and\s+|nor\s+)){0,3}?(?<p>{{NOSHARE_V}})\b\s+(?:\w+\s+){0,6}?(?:(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|anything|it|them)\b[^.;]{0,60}?\b(?:with|to)\s+(?:\w+\s+){0,3}?{{RECIP_ANY}}|(?:with|to)\s+(?:\w+\s+){0,3}?{{RECIP_ANY}})",
       r"\b(?<p>no\s+(?:\w+\s+){0,2}?(?:data|information|details|content|identifiers)\s+(?:\w+\s+){0,3}?(?:is|are|will\s+be|gets?)?\s*(?:ever\s+)?(?:shared|sent|transmitted|passed\s+on|disclosed|given|provided|released|uploaded)|(?:nothing|no\s+(?:\w+\s+)?data|none\s+of\s+(?:your|the|our\s+users')\s+(?:\w+\s+)?(?:data|information|content|files|messages))\s+(?:\w+\s+){0,4}?(?:ever\s+)?(?:leaves|is\s+sent|is\s+transmitted|is\s+uploaded|is\s+shared))\b",
       r"\b(?:never|doesn't|does\s+not|won't|will\s+not|don't|do\s+not)\s+(?<p>leaves?\s+(?:your|the)\s+(?:\w+\s+)?(?:device|computer|phone|browser|machine|network))\b",
       r"\b(?:we|will|shall)\s+(?:\w+\s+)?(?<p>refuse\s+to\s+(?:share|disclose|provide|release|hand\s+over))\b",
       modal_neg(['do', 'does', 'will', 'wo']) + r"\s+(?:\w+\s+(?:or\s+\w+\s+)?){0,2}?(?<p>(?:allow|permit|let)\s+(?:\w+\s+){0,2}?(?:third[-\s]part(?:y|ies)|advertisers?|ad\s+networks?|other\s+(?:companies|parties)|others|anyone)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:collect|access|track|use)\w*)",
     ],
     "The company promises not to share your personal information with others.",
     ["We will never pass your phone number on to anyone.",
      "Nothing you type leaves your computer.",
      "The assistant does not transmit any of your notes to third parties.",
      "We never give your contact details to other companies.",
      "It is not the practice of shop.example to share what we gather with others."],
     ["We do not share your data except with the service providers that host our site.",
      "We will not provide the buyer of that content with a refund.",
      "You can choose not to share your location with other users.",
      "We do not sell your personal information.",
      "Don't share your password with anyone.",
      "We do not provide these deletion and portability rights for data about business contacts.",
      "Our free plan does not provide priority support or extra storage features.",
      "Where we cannot transfer your data on the basis of an adequacy decision, we use model clauses.",
      "Your notes are never sent to our servers without first being encrypted on your phone.",
      "We cannot provide you with your personal information if we cannot verify your identity.",
      "Don't copy or share other people's photos without their permission."],
     unless=NOSHARE_UNLESS,
     suppresses=["sharing"],
     requires=[NOSHARE_VERB_W])

# Data that stays with the company or on the device, and other companies
# that get no access: "Your notes stay on your phone", "No third party can
# read your messages", "Advertisers do not get your data".
rule("no_sharing.no_access", "no_sharing", "info",
     ["stay", "remain", "to ourselves", "no third", "no one else", "no other", "no advertiser", "no outside"],
     [
       {"pattern": r"\b(?:{{DATA}}|it|they|everything)\s+(?:\w+\s+){0,3}?(?<p>(?:stays?|remains?)\s+(?:only\s+)?(?:with\s+(?:us|you)|on\s+your\s+(?:own\s+)?(?:device|computer|phone|machine)|between\s+you\s+and\s+us))\b(?!\s+(?:for|until|as\s+long|after|when|while|unless|except))", "requires": ["with us", "with you", "on your", "between you"]},
       {"pattern": r"\b(?<p>keep\s+(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|it|them)\s+to\s+ourselves)\b", "requires": ["to ourselves"]},
       {"pattern": r"\b(?<p>no\s+(?:third[-\s]part(?:y|ies)|one\s+(?:else\s+)?outside|other\s+(?:compan(?:y|ies)|part(?:y|ies)|business(?:es)?|organi[sz]ations?)|advertisers?|outside\s+(?:compan(?:y|ies)|part(?:y|ies)|organi[sz]ations?))\s+(?:\w+\s+){0,2}?(?:has|have|gets?|is\s+given|are\s+given|will\s+(?:have|get|be\s+given)|can\s+(?:see|access|read|view|get))\b)\s+(?:any\s+)?(?:access\s+to\s+)?(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|it|them)\b", "requires": ["no third", "no one else", "no other", "no advertiser", "no outside"]},
     ],
     "The company promises not to share your personal information with others.",
     ["Your notes stay on your device.",
      "No third party has access to your voice recordings.",
      "We keep your reading list to ourselves."],
     ["Your receipts stay on your device for 30 days.",
      "All right, title and interest in our content remains with us.",
      "No other way to pay is offered, so your card data is needed."],
     unless=NOSHARE_UNLESS + [r"\b(?:except|unless|other\s+than|apart\s+from|but\s+only|only\s+(?:to|for|when|where|as|if))\b",
                              r"\b(?:title|ownership|intellectual\s+property|all\s+rights?|responsibility|liability)\b"],
     suppresses=["sharing"],
     requires=[["no ", "stay", "remain", "ourselves"], DATA_W + [" it", "them"]])

# "not shared", "never sold or shared", "not saved on our servers or shared"
d("NOT_SHARED", r"(?:not|never)\s+(?:be\s+)?(?:(?:\w+,?\s+(?:or\s+|and\s+)?){0,2}?|\w+(?:ed|en|ld|pt)\b[^.;,]{0,40}?\s(?:or|nor)\s+)(?:shared|disclosed|transferred|transmitted|sent|given|released|passed\s+on|passed|made\s+available|provided|revealed|distributed|exposed|sold\s+or\s+shared|shared\s+or\s+sold|rented\s+or\s+shared|handed\s+over|turned\s+over)")
rule("no_sharing.recipient_no_access", "no_sharing", "info",
     ["third part", "third-part", "advertisers", "other compan", "outside compan", "other part", "outside part",
      "other organi", "outside organi", "data brokers", "our partners", "our vendors", "our affiliates"],
     [
       r"\b(?:third[-\s]part(?:y|ies)|advertisers|(?:other|outside)\s+(?:companies|parties|organi[sz]ations)|data\s+brokers|our\s+(?:partners|vendors|affiliates))\s+(?<p>(?:(?:do|does|did|will|wo|can|ca)\s*(?:not|n't)|cannot|never|will\s+never)\s+(?:ever\s+)?(?:have|get|gain|receive|see|access|obtain|read)\b)\s+(?:any\s+)?(?:access\s+to\s+)?(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|it|them)\b",
     ],
     "The company promises not to share your personal information with others.",
     ["Advertisers do not get your personal data.",
      "Third parties cannot read your messages."],
     ["Advertisers can see how many people clicked an ad.",
      "Third parties do have access to some usage data.",
      "Our vendors do not get your data except to deliver your order."],
     unless=NOSHARE_UNLESS + [r"\b(?:except|unless|other\s+than|apart\s+from|but\s+only|only\s+(?:to|for|when|where|as|if))\b"],
     suppresses=["sharing"],
     requires=[["not ", "n't", "never", "cannot"], ["have", "get", "gain", "receive", "see", "access", "obtain", "read"],
               DATA_W + [" it", "them"]])

rule("no_sharing.not_shared", "no_sharing", "info", [],
     [
       r"\b(?:{{DATA}}|it|they|nothing|none)\b[^.;]{0,60}?\b(?:is|are|will|shall|would|gets?|get)\s+(?:\w+\s+)?(?<p>{{NOT_SHARED}})\b",
       r"\b(?:and|but)\s+(?:is|are|will|shall|would)\s+(?:\w+\s+)?(?<p>{{NOT_SHARED}})\b(?=\s+(?:\w+\s+){0,3}?(?:with|to)\s+(?:\w+\s+){0,3}?{{RECIP_ANY}})"
     ],
     "The company promises not to share your personal information with others.",
     ["Your answers are not shared with outside companies.",
      "Voice clips will never be sold or shared.",
      "What you type is used by our support team only, and is not sold or passed on to any third party.",
      "The recording is not kept on our servers or shared with any third parties."],
     ["Some of your data is shared with partners, but not all of it.",
      "Photos are shared only when you choose to send them.",
      "If some details, such as your billing address, are not provided, we may not be able to open your account."],
     unless=NOSHARE_UNLESS,
     suppresses=["sharing"],
     requires=[NOT_SHARED_W, [" not ", "never"]])

# ======================================================================
# sale: personal data sold, or "shared" for cross-context ads
# ======================================================================
SALE_DENY = [
    modal_neg(['do', 'does', 'did', 'will', 'shall', 'would', 'have', 'has', 'had', 'can', 'could', 'wo', 'ca', 'may', 'must']) + r"\s+(?:and\s+(?:will|do|shall)\s+not\s+)?(?:ever\s+)?(?:\w+,?\s+(?:or\s+|and\s+|nor\s+)?){0,3}?(?:sell|sold|rent|trade|exchange|disclose|share|transfer|provide|license)",
    r"\b(?:never|not)\s+(?:be\s+|been\s+)?(?:\w+\s+or\s+)?(?:sold|rented|traded|selling|sell)\b",
    r"\bneither\b[^.;]{0,80}?\bnor\b|\bnor\s+(?:do|will|does|shall)\s+(?:we|they|it)\b",
    r"\bno\s+(?:\w+\s+){0,3}?(?:data|information)\s+(?:\w+\s+){0,2}?(?:is|are|will\s+be)?\s*(?:ever\s+)?sold\b",
    r"\bnot\s+(?:from|by|through|in|about)\s+selling\b|\bnever\s+(?:need|have|want|plan|intend)\w*\s+to\s+(?:sell|rent)\b",
    r"\bno[- ](?:data[- ])?(?:selling|sale|sales)\s+(?:policy|pledge|promise|commitment|guarantee|rule)\b",
    r"\\bselling\\s+(?:\\w+\\s+){0,3}?(?:data|information|info)\\s+is\\s+(?:something|a\\s+thing|not\\s+something)\\s+(?:that\\s+)?we\\s+(?:will\\s+never|never|won't|will\\s+not|do\\s+not|don't)\\b",
    r"\b(?:prohibit|forbid|bar|ban|restrict)\w*\s+(?:\w+\s+){0,4}?from\s+(?:\w+\s+)?(?:selling|renting)\b|\b(?:sale|sales|selling|renting)\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|banned|not\s+(?:allowed|permitted))\b",
]
SALE_OTHER = [
    r"\bsell\w*\s+(?:(?:our|the|its|their|your|these|such|any|new|digital|physical|third-party)\s+)?(?:own\s+)?(?:products?|goods|services?|advertis\w+|ad\s+space|ads|merchandise|tickets?|items?|subscriptions?|software|licen[cs]es?|memberships?|gift|plans?|models?|tools|books|music|courses?|apps?|content\s+(?:on|through))\b(?![^.;]{0,15}\b(?:data|information)\b)",
    r"\bwhether\b[^.;]{0,80}?\b(?:sold|sell|sells)\b",
    r"\b(?:the\s+)?(?:term|terms|word|definition\s+of)\s+['\"]?(?:sell|sale|sold|share|sharing)['\"]?\s+(?:is|are|means|includes|has|as\s+defined)",
    r"['\"](?:sell|sale|sold)['\"]\s+(?:is|means|includes|has\s+(?:a|the))\b",
    r"\b(?:you|users?|buyers?|sellers?|merchants?)\s+(?:\w+\s+){0,2}?(?:may|must|shall|will|agree|can|cannot)\s*(?:not|n't|never)?\s+(?:\w+\s+){0,2}?(?:sell|resell|rent|sublicense)\b",
    r"\b(?:resell|re-sell)\b",
    r"\b(?:point\s+of\s+sale|for\s+sale|on\s+sale|sales\s+tax|sales\s+(?:team|representatives?|staff|department|figures|data)|sale\s+price|bill\s+of\s+sale)\b",
    r"{{TOPIC}}",
]
# A company (or its assets) sold in a merger or bankruptcy takes the data
# with it: that is a transfer to a successor (sharing), not a sale of
# personal data as the page's "is my data sold" answer means it.
SALE_BUSINESS_TRANSFER = r"\b(?:mergers?|acquisitions?|acquired|bankrupt\w*|insolvency|reorgani[sz]ations?|divestitures?|change\s+(?:of|in)\s+(?:control|ownership)|business\s+transfers?|(?:sale|sold)\s+(?:of\s+)?(?:all\s+or\s+(?:a\s+)?(?:part|portion)\s+of\s+|(?:substantially\s+)?all\s+(?:or\s+part\s+)?of\s+|some\s+or\s+all\s+of\s+|any\s+of\s+|part\s+of\s+)?(?:our|its|the\s+company'?s?|their)\s+(?:\w+\s+)?(?:assets|business(?:es)?|company|stock|shares)|business\s+assets|(?:part|portion|all|any|some)\s+of\s+(?:our|its|the\s+company'?s?|their)\s+(?:\w+\s+)?(?:assets|business(?:es)?|stock|shares))\b"
SALE_OTHER.append(SALE_BUSINESS_TRANSFER)
rule("sale.sells_data", "sale", "high", ["sell", "sold", "rent", "selling"],
     [
       r"\b(?<p>sell|sells|selling|sold|rent|rents|renting|rented)\b(?:\s+(?:or|and|/)\s+(?:share|shares|shared|sharing|rent|rented|disclose|disclosed|trade|traded|license|licensed))?\s+(?:\w+\s+){0,5}?(?:personal\s+|your\s+|user\s+|customer\s+|consumer\s+|member\s+)?(?:data|information|info|details|e-?mail\s+(?:address(?:es)?|lists?)|mailing\s+lists?|contact\s+(?:lists?|details|information)|PII|profiles|audiences?|segments|records)\b",
       r"\b(?:data|information|info|details|PII|addresses|lists|records|profiles?)\b[^.;]{0,60}?\b(?:may|might|can|could|will|is|are|have\s+been|has\s+been|were|was)\s+(?:\w+\s+)?(?:be\s+)?(?<p>sold|rented)\b",
       r"\b(?<p>sold)\s+(?:\w+\s+){0,6}?(?:to|with)\s+(?:\w+\s+){0,3}?(?:third|partner|advertis|data\s+broker|other\s+compan|marketer)",
       r"\b(?<p>(?:have|has)\s+sold)\b",
       r"\b(?:data|information|info|details)\b[^.;]{0,60}?\bby\s+(?<p>selling|renting)\s+(?:it|them)\b",
     ],
     "Your personal information may be sold to other companies.",
     ["We may sell your contact details to marketing companies.",
      "In the past year we sold identifiers and browsing data to ad partners.",
      "Your shopping profile may be rented to other retailers.",
      "We monetize user data by selling it to marketers."],
     ["We do not sell your personal information.",
      "Selling user data is something we will never do.",
      "We sell gift cards and accessories in our online shop.",
      "The term 'sell' includes renting or releasing data for value.",
      "You may not resell access to the service.",
      "If we are bought by another company or go bankrupt, customer records may be sold along with the rest of our assets."],
     unless=SALE_DENY + SALE_OTHER)

SALE_LEGAL_UNLESS = [modal_neg(['do', 'does', 'did', 'will', 'shall', 'would', 'have', 'has', 'wo']) + r"\s+(?:['\"]?\w+['\"]?\s+){0,2}?['\"]?(?:sell|disclose|share|transfer|provide|exchange|rent|trade|believe|consider|think|use|process|engage|participate)\b(?![^.;]{0,40}\bmy\b)(?!.*\b(?:may|might|could)\s+(?:\w+\s+)?(?:be\s+)?(?:constitute|considered|deemed))",
             r"\b(?:not|never)\s+(?:be\s+)?(?:a\s+)?['\"]?(?:sale|sold)\b",
             modal_neg(['do', 'does', 'did', 'will', 'wo', 'shall']) + r"\s+(?:\w+\s+)?(?:engage|participate|deal|trade)\s+in\b|\bno\s+(?:\w+\s+)?(?:selling|sales?)\s+of\b|\bno\s+(?:\w+\s+)?(?:data|information)\s+(?:sales?|selling)\b",
             r"\bnot\s+(?:from|by|through|in|about)\s+selling\b|\bnever\s+(?:need|have|want|plan|intend)\w*\s+to\s+(?:sell|rent)\b",
    r"\b(?:prohibit|forbid|bar|ban|restrict)\w*\s+(?:\w+\s+){0,4}?from\s+(?:\w+\s+)?(?:selling|renting)\b|\b(?:sale|sales|selling|renting)\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|banned|not\s+(?:allowed|permitted))\b",
             r"\b(?:learn|read|find\s+out)\s+(?:more\s+)?about\s+(?!(?:in|here|below|on|at)\b)",
             r"\bnot\s+(?:\w+\s+){0,2}?(?:as\s+(?:an?\s+)?|an?\s+)['\"]?(?:sale|sold|sell)\b",
             r"\b(?:laws?|statutes?|regulations?|CCPA|CPRA|CPPA|acts?)\s+(?:may\s+|might\s+|can\s+)?defines?\b|\bdefinition\s+of\s+['\"]?(?:sale|sell|selling|sharing)",
             # a definition: "Sale, for the purposes of the CCPA, means ..."
             r"^\W*['\"]?(?:sale|sell|selling|share|sharing)['\"]?\s*(?:(?:,|\()[^.;]{0,60}?)?\bmeans?\b",
             r"\bwhether\b[^.;]{0,80}?\b(?:sold|sell|sale)\b",
             # "we do not have actual knowledge that we 'sell' the data of consumers under 16"
             r"\b(?:do|does|did)\s+not\s+have\s+(?:any\s+)?(?:actual\s+)?knowledge\s+(?:that\s+)?(?:we|it|the\s+company)\b",
             r"\b(?:the\s+)?(?:term|terms|word|definition\s+of)\s+['\"]?(?:sell|sale|sold|share|sharing)['\"]?\s+(?:is|are|means|includes|has|as\s+defined)",
             r"\b(?:gift\s+cards?|tickets?|goods|products?|merchandise|items?|assets|shares|stock|company|business)\b[^.;]{0,20}\bsales?\b(?!\s+of\s+(?:your\s+)?personal)",
             r"\bsales?\s+of\s+(?:all\s+or\s+(?:a\s+)?(?:part|portion)|(?:substantially\s+)?all|our|the\s+company|assets|a\s+business|goods|products?|gift)",
             SALE_BUSINESS_TRANSFER,
             r"{{TOPIC}}"]
SALE_LEGAL_EXPL = "Your personal information may count as sold or shared for targeted advertising under privacy law."
rule("sale.sale_of_data", "sale", "high", ["sale", "selling", "sell", "sold"],
     [r"\b(?<p>(?:sale|sales|selling)['\"]?(?:\s*(?:/|or|and|,)\s*['\"]?(?:\w+['\"]?\s*(?:/|or|and|,)\s*['\"]?)?(?:sharing|sale|share)['\"]?)?\s+of\s+(?:your\s+|their\s+|my\s+|his\s+|her\s+|consumers'?\s+|the\s+|users'?\s+|customer\s+)?(?:\w+\s+){0,2}?(?:personal|data|information|PII))\b",
      r"\b(?<p>(?:personal\s+)?(?:information|data)\s+sales?)\b",
      r"\b(?:may|might|could|would|can|will)\s+(?:\w+\s+)?(?:be\s+)?(?<p>(?:constitute|considered|deemed|qualify\s+as|treated\s+as|amount\s+to|viewed\s+as|interpreted\s+as|regarded\s+as|characteri[sz]ed\s+as|be)\s+(?:an?\s+|as\s+)?(?:['\"]\s*)?(?:sale|sales|selling|sell|sold)\b(?:\s*['\"])?)"],
     SALE_LEGAL_EXPL,
     ["California residents can opt out of the sale of their personal information.",
      "Some cookies on our pages may be considered a \"sale\" under state law.",
      "Personal data sales to brokers stopped in 2021."],
     ["The sale of gift cards is final.",
      "While we do not think this is a sale, we respect your choice.",
      "The firm, or any part of its business, may be sold one day, and your data could then count among the business assets."],
     unless=SALE_LEGAL_UNLESS,
     suppresses=["no_sale"],
     requires=["personal", "data", "information", "pii", "constitut", "considered", "deemed", "qualify", "treated",
               "amount to", "viewed", "interpreted", "regarded", "characteri"])

# "Because we do not sell ..., we have no 'Do Not Sell My Info' link": the
# company's own denial (with "we" before it) beside the link's name.
NO_LINK_DENY = r"\bwe\s+(?:\w+\s+)?(?:do|does|did|have|has)\s*(?:not|n't)\s+(?:currently\s+|ever\s+)?(?:sell|sold)\b(?!\s+(?:or\s+share\s+)?my\b)"
rule("sale.do_not_sell", "sale", "high", ["do not sell", "do not share", "not to sell", "not sell"],
     [r"\b(?<p>do\s+not\s+(?:sell|share)(?:\s*(?:/|or|and)\s*(?:sell|share))?\s+(?:my|request|link|signal|form|page|option|button|preferences?|list))\b",
      r"\b(?:direct|request|ask|instruct|tell)\w*\s+(?:that\s+)?(?:\w+\s+){0,4}?(?:to\s+)?(?<p>not\s+(?:to\s+)?sell)\b"],
     SALE_LEGAL_EXPL,
     ["Click Do Not Sell My Info in the footer.",
      "You can direct us not to sell your data."],
     ["We do not sell your data.",
      "Do not share your password."],
     unless=SALE_LEGAL_UNLESS[3:] + [NO_LINK_DENY],
     suppresses=["no_sale"])

rule("sale.opt_out_of_sale", "sale", "high", ["opt out", "opt-out", "optout"],
     [r"\b(?<p>opt\s*-?\s*out\s+of\s+(?:\w+\s+){0,3}?(?:sale|sales|selling|sharing\s+for\s+(?:targeted|cross))\b)"],
     SALE_LEGAL_EXPL,
     ["You may opt out of the sale of your data at any time.",
      "Use this form to opt-out of sharing for targeted ads."],
     ["You may opt out of marketing emails.",
      "You cannot opt out of the sale of our gift cards."],
     unless=SALE_LEGAL_UNLESS,
     suppresses=["no_sale"],
     requires=["sale", "sell", "sharing for"])

rule("sale.quoted_terms", "sale", "high", ["\"share", "\"sharing", "\"shared", "'share", "'sharing", "'shared", "\"sell", "\"sold",
                                          "\"sale", "'sell", "'sold", "'sale"],
     [r"(?<p>(?:['\"](?:sell|sold|sale|share|shared|sharing)['\"])(?:\s+(?:or|and|/)\s+['\"]?(?:sell|sold|sale|share|shared|sharing)['\"]?)?)(?![^.;]{0,20}\b(?:means|is\s+defined|has\s+the\s+meaning))(?=[^.;]{0,120}\b(?:personal|information|data|law|laws|CCPA|CPRA|CPPA|advertising|consideration|defined|privacy|purposes))"],
     SALE_LEGAL_EXPL,
     ["We \"share\" personal information as that word is used in California law.",
      "Some of our ad cookies may count as a 'sale' under privacy laws."],
     ["We use the word \"share\" for posts you make public.",
      "The term \"sell\" means exchanging data for money.",
      "We do not have actual knowledge that we \"sell\" the personal information of children under 16."],
     unless=SALE_LEGAL_UNLESS,
     suppresses=["no_sale"])

rule("sale.consideration", "sale", "high", ["consideration"],
     [r"\b(?<p>(?:in\s+exchange\s+for|for)\s+['\"]?(?:\w+\s+)?(?:monetary|valuable|other\s+valuable|any\s+valuable|money\s+or\s+other)\s+(?:\w+\s+){0,3}?consideration)\b"],
     SALE_LEGAL_EXPL,
     ["We may pass your identifiers to ad platforms in exchange for valuable consideration.",
      "We give your email address to partners for valuable consideration.",
      "We may exchange your data with partners for monetary or other valuable consideration."],
     ["We do not exchange your data for monetary consideration.",
      "Thank you for your consideration.",
      "Sale, for the purposes of the law, means disclosing personal data for monetary or other valuable consideration."],
     unless=SALE_LEGAL_UNLESS,
     suppresses=["no_sale"])

rule("sale.cross_context_ads", "sale", "high", ["cross-context", "cross context", "targeted advertising", "targeted ads",
                                                 "interest-based", "behavioral ad", "behavioural ad", "personalized ad",
                                                 "personalised ad"],
     [r"\b(?<p>shar(?:e|es|ed|ing)|disclos\w*|sell\w*|sold|us(?:e|ed|ing))\b[^.;]{0,120}?\b(?:cross[-\s]context(?:ual)?\s+behavio\w+\s+advertising|targeted\s+advertising\s+(?:across|on\s+other)|(?:interest-based|behavio\w+|targeted|personali[sz]ed)\s+(?:advertising|ads)\s+(?:\w+\s+){0,3}?(?:across|on\s+(?:other|third|non-affiliated)))",
      r"\b(?<p>(?:interest-based|behavio\w+|targeted)\s+advertising)\b[^.;]{0,80}?\b(?:over\s+time\s+)?across\s+(?:multiple|different|other|non-affiliated|third-party|various|unaffiliated)\s+(?:\w+\s+)?(?:websites|sites|apps|services|devices|platforms)"],
     SALE_LEGAL_EXPL,
     ["We share identifiers with ad partners for cross-context behavioral advertising.",
      "Our partners use your browsing data for interest-based advertising across other websites."],
     ["We do not sell or share personal information for cross-context behavioural advertising.",
      "We show personalised ads in our own app only."],
     unless=SALE_LEGAL_UNLESS,
     suppresses=["no_sale"])

rule("sale.for_a_fee", "sale", "high", ["for a fee", "for money", "for payment", "for compensation", "for profit"],
     [r"\b(?:licens|shar|disclos|provid|exchang|transfer|giv)\w*\s+(?:[\w-]+\s+){0,5}?(?:data|information|info|details)\s+(?:\w+\s+){0,5}?(?<p>for\s+(?:a\s+fee|money|payment|compensation|profit))\b"],
     SALE_LEGAL_EXPL,
     ["We license aggregated and de-identified data to third parties for a fee.",
      "We may share your contact details with partners for payment."],
     ["We do not share your data with anyone for money.",
      "We share your details with the payment processor for payment of your order."],
     unless=SALE_LEGAL_UNLESS + [r"\bfor\s+payment\s+(?:of|processing)\b"],
     suppresses=["no_sale"])

rule("sale.licenses_data", "sale", "high", ["licens"],
     [r"\b(?<p>licens(?:e|es|ed|ing))\s+(?:\w+\s+){0,3}?(?:personal\s+)?(?:data|information)\s+(?:\w+\s+){0,2}?to\s+(?:its\s+|our\s+|their\s+)?(?:clients|customers|third\s+parties|partners|marketers|advertisers)",
      r"\b(?:personal\s+)?(?:data|information)\s+(?:that\s+)?(?:\w+\s+){0,2}?(?<p>licens(?:e|es))\s+to\s+(?:its\s+|our\s+|their\s+)?(?:clients|customers|third\s+parties|partners|marketers|advertisers)"],
     SALE_LEGAL_EXPL,
     ["We license aggregated purchase data to our clients.",
      "Location information that we license to marketers helps them plan campaigns."],
     ["We license our software to business customers.",
      "You license your content to us."],
     unless=SALE_LEGAL_UNLESS,
     suppresses=["no_sale"],
     requires=["data", "information"])

rule("sale.opt_out_effect", "sale", "high", ["sell", "sold", "sale", "share", "disclos"],
     [
       r"\b(?:by|if|once|after|when|since)\s+(?:you\s+)?(?:opt(?:ing|ed)?|choos\w*\s+to\s+opt)\s*-?\s*out\b[^.;]{0,100}?\b(?<p>(?:not|no\s+longer|stop)\s+(?:\w+\s+){0,3}?(?:sell\w*|shar\w*|disclos\w*))",
       r"\b(?<p>(?:will|would)\s+no\s+longer\s+(?:\w+\s+)?(?:sell|share|disclose))\b",
       r"\b(?<p>(?:stop|cease)\s+(?:selling|sharing))\b[^.;]{0,80}?\b(?:personal|data|information)",
     ],
     "The company sells or shares your data for advertising unless you opt out.",
     ["Once you opt out, we will stop selling your browsing data.",
      "We will no longer sell your details to partners from this browser."],
     ["We will not sell your data.",
      "You can opt out of marketing emails at any time."],
     unless=[r"{{TOPIC}}"],
     suppresses=["no_sale"])

# ======================================================================
# no_sale: a promise not to sell
# ======================================================================
# What a denial of selling names, somewhere after the verb: the data ("your
# data", "those categories", "what you write"), or the buyer ("to advertisers",
# "with anyone"), so that "we do not sell products" stays out (the buyer words
# are recipients, never goods). Matching sees one sentence at a time, so
# a full stop inside it ("U.S. law") does not end the search.
d("SOLD_WHAT", r"(?=[^;]{0,120}?\b(?:data|information|info|details|PII|lists?|addresses|numbers?|it|them|anything|your|personal|customer|users?'?|members?'?|consumers?'?|e-?mails?|profiles?|records|content|identifiers|location|messages|history|categor(?:y|ies)|what\s+you|anyone|anybody|advertisers?|third[-\s]part(?:y|ies)|data\s+brokers?|brokers?|marketers?)\b)")
rule("no_sale.promise", "no_sale", "info", ["sell", "sold", "rent", "sale", "consideration", "trade", "money", "monetary", "payment", "compensation", "profit", "monetiz"],
     [
       modal_neg(['do', 'does', 'did', 'will', 'shall', 'would', 'have', 'has', 'had', 'can', 'could', 'wo']) + r",?\s+(?:and\s+(?:will|do|shall|wo|never)\s*(?:not|n't)?,?\s+)?(?:ever\s+)?(?:(?:\w+,?\s+(?:or\s+|and\s+|nor\s+)?)|['\"]){0,4}?(?<p>sell|sold|rent|rented|sells|trade|traded)\b(?!\s+my\b){{SOLD_WHAT}}",
       r"\b(?:data|information|info|privacy|details|content|it|they)\b[^.;]{0,30}?\b(?<p>(?:(?:is|are)\s+(?:not|never)|isn't|aren't)\s+for\s+sale)\b",
       r"\b(?<p>selling)\s+(?:\w+\s+){0,3}?(?:data|information|info)\s+is\s+(?:something|a\s+thing|not\s+something)\s+(?:that\s+)?we\s+(?:will\s+never|never|won't|will\s+not|do\s+not|don't)\b",
       modal_neg(['do', 'does', 'did', 'will', 'wo', 'shall']) + r"\s+(?<p>(?:engage|participate|deal|trade)\s+in\s+(?:the\s+)?(?:sale|sales|selling|sell)\w*)\b",
       r"\b(?<p>never\s+(?:\w+\s+)?(?:sells?|sold|selling|rents?|renting))\b{{SOLD_WHAT}}",
       r"\b(?:is|are|will|be|been|was|were|gets?)\s+(?:\w+\s+)?(?<p>(?:not|never)\s+(?:be\s+)?(?:['\"]?\w+['\"]?\s+or\s+)?['\"]?(?:sold|rented))\b",
       r"\b(?<p>not\s+(?:\w+ing\s+(?:or|and)\s+)?(?:selling|in\s+the\s+business\s+of\s+selling))\s+(?:\w+\s+){0,2}?(?:your|personal|user|customer|any|data|information)",
       r"\b(?<p>(?:no|none\s+of)\s+(?:\w+\s+){0,3}?(?:data|information)\s+(?:\w+\s+){0,2}?(?:is|are|will\s+be|has\s+been|have\s+been)?\s*(?:ever\s+)?['\"]?sold)\b",
       modal_neg(['do', 'does', 'will', 'wo', 'shall']) + r"\s+(?:\w+\s+)?(?<p>monetiz\w*)\s+(?:your|user|users'|personal|customer|member)\b",
       {"pattern": modal_neg(['do', 'does', 'did', 'will', 'wo', 'shall', 'would']) + r"\s+(?:\w+\s+)?(?<p>(?:offer|make|put|list|place)\s+(?:{{YOUR}}\s+)?(?:\w+\s+){0,2}?(?:{{DATA}}|it|them)\s+(?:available\s+)?(?:up\s+)?for\s+sale)\b", "requires": ["for sale"]},
       r"\b(?<p>no\s+(?:plans?|intention|desire)\s+(?:to\s+sell|of\s+selling))\b",
       {"pattern": r"\b(?<p>no[- ](?:data[- ])?(?:selling|sale|sales)\s+(?:policy|pledge|promise|commitment|guarantee|rule))\b", "requires": ["policy", "pledge", "promise", "commitment", "guarantee", "rule"]},
       {"pattern": r"\b(?<p>(?:sale|sales|selling|renting)\s+of\s+(?:{{YOUR}}\s+)?(?:\w+\s+)?(?:data|information)\s+(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|banned|not\s+(?:allowed|permitted)))\b", "requires": ["prohibited", "forbidden", "banned", "not allowed", "not permitted"]},
       # "... private and never sold": run only where a data word is (gated)
       {"pattern": r"(?<=,\s|\band\s)(?<p>never\s+(?:be\s+)?(?:sold|rented))\b", "requires": DATA_W},
       {"pattern": r"\bnot\s+(?:from|by|through)\s+(?<p>selling)\s+(?:{{YOUR}}\s+)?(?:\w+\s+)?(?:data|information|details|profiles?|content)\b", "requires": ["from selling", "by selling", "through selling"]},
       {"pattern": r"\b(?<p>never\s+(?:need|have|want|plan|intend)\w*\s+to\s+(?:sell|rent))\b{{SOLD_WHAT}}", "requires": ["to sell", "to rent"]},
       # "under no circumstances / at no time will we sell": starts at "no"
       {"pattern": r"(?<=\bunder\s|\bat\s|\bin\s)no\s+(?:circumstances|time|point|event|case)\s+(?:\w+\s+){0,3}?(?<p>sell|rent|sold)\b{{SOLD_WHAT}}", "requires": ["no circumstances", "no time", "no point", "no event", "no case"]},
       {"pattern": r"\b(?<p>nothing\s+(?:\w+\s+){0,5}?(?:is|are|will\s+be|gets?)\s+(?:ever\s+)?sold)\b", "requires": ["nothing"]},
       {"pattern": r"n't(?<=\bisn't|\baren't|\bwasn't|\bweren't|\bwon't)\s+(?:(?:ever\s+)?be\s+)?(?:\w+\s+)?(?<p>sold|rented)\b", "requires": ["n't"]},
       {"pattern": r"\bnever\s+(?:\w+\s+)?(?<p>monetiz\w*)\s+(?:your|user|users'|personal|customer|member)\b", "requires": ["monetiz"]},
       {"pattern": modal_neg(['do', 'does', 'did', 'will', 'wo']) + r"\s+(?<p>(?:make|earn)\s+(?:any\s+)?money\s+(?:from|off|with)\s+(?:{{YOUR}}\s+)?(?:\w+\s+)?(?:data|information|details|profiles?|content))\b", "requires": ["money"]},
       modal_neg(['do', 'does', 'did', 'will', 'wo']) + r"\s+(?<p>(?:make|earn|generate)\s+(?:\w+\s+)?(?:money|revenue|profits?)\s+(?:by|from|through)\s+(?:selling|the\s+sale\s+of|sales?\s+of))\b",
       r"\b(?<p>no\s+(?:\w+\s+)?(?:data|information)\s+(?:sales?|selling))\b",
       r"\b(?<p>no\s+(?:selling|sale)\s+of)\s+(?:your|personal|user|customer|any)\b",
       r"\b(?<p>sell(?:ing)?)\s+(?:\w+\s+){0,2}?(?:data|information)\s+(?:is\s+(?:not|never)|isn't)\b",
       r"\b(?<p>neither\s+(?:\w+\s+){0,3}?sell|nor\s+(?:do\s+we\s+|will\s+we\s+|does\s+\w+\s+)?sell)\b",
       modal_neg(['do', 'does', 'did', 'will', 'shall', 'would', 'have', 'has', 'wo']) + r"\s+(?:\w+\s+){0,2}?(?:disclos|transfer|provid|shar|exchang|giv|mak|hand\w*\s+over|turn\w*\s+over|pass|sen[dt]|releas)\w*\b[^.;]{0,80}?\b(?<p>(?:in\s+exchange\s+)?for\s+(?:money|monetary|(?:any\s+)?(?:monetary\s+or\s+other\s+)?(?:valuable\s+)?consideration|payment|profit|compensation))\b",
       modal_neg(['do', 'does', 'did', 'wo']) + r"\s+(?:believe|consider|think)\s+(?:\w+\s+){0,4}?(?<p>(?:an?\s+)?['\"]?(?:sales?|sell|selling)['\"]?)",
     ],
     "The company promises not to sell your personal information.",
     ["We will never sell the data you give us.",
      "Your info isn't for sale.",
      "Selling user data is something we will never do.",
      "We do not, and will not, sell your information.",
      "We are committed to never selling your browsing history.",
      "Your contact list is not sold or rented to anyone.",
      "We have not sold any personal information in the last twelve months.",
      "We do not hand over your details to others for money.",
      "Unlike some apps, we don't make money by selling your data.",
      "No ads, no data sales, no tracking.",
      "We don't sell the categories of data listed above to advertisers.",
      "We do not offer your listening history for sale.",
      "Under no circumstances will we sell your contact details.",
      "Nothing you upload is ever sold.",
      "Your voice notes aren't sold.",
      "Account details are not \"sold\" to anyone.",
      "No personal data is 'sold' by us.",
      "We never monetize your personal details.",
      "We don't make money from your personal data.",
      "We earn money from subscriptions, not from selling your data.",
      "Paid plans mean we never need to sell your information.",
      "Your journal entries are private and never sold.",
      "We keep a strict no-sale pledge for the data you give us.",
      "Selling of customer data is strictly prohibited.",
      "We do not knowingly sell (as that word is defined by the privacy laws of some states) the data of children."],
     ["We sell your data to advertisers.",
      "Click Do Not Sell My Personal Information to opt out.",
      "You may not sell or rent your account to others.",
      "Once you opt out, we will not sell your data to partners.",
      "We do not sell furniture online.",
      "We do not sell gift cards to anyone under 18.",
      "Event tickets are personal and never sold on.",
      "We are not an exchange and do not engage in the sale or custody of digital assets."],
     unless=[r"\b(?:sale|selling|trading|custody|transfer)\b[^.;]{0,40}?\b(?:digital\s+assets?|crypto\w*|securities|NFTs?|tokens?|coins?|commodities)\b",
             r"\bdo\s+not\s+(?:sell|share)(?:\s*(?:/|or|and)\s*(?:sell|share))?\s+(?:my|request|link|signal|form|page|option|button|preferences?|list)\b",
             r"\b(?:by|if|once|after|when)\s+(?:you\s+)?(?:opt(?:ing|ed)?|choos\w*\s+to\s+opt)\s*-?\s*out\b",
             r"\b(?:you|users?|buyers?|sellers?|merchants?|customers?|licensees?)\s+(?:\w+\s+){0,2}?(?:may|must|shall|will|agree|can)\s*(?:not|n't|never)?\s+(?:\w+,?\s+(?:or\s+|and\s+)?){0,4}?(?:sell|resell|rent)\b",
             r"\b(?:digital\s+content|virtual\s+(?:items?|goods|currency)|tickets?|vouchers?|gift\s+cards?|licen[cs]es?|accounts?|credits?|coins?|tokens?|subscriptions?)\b[^.;]{0,30}?\b(?:cannot|can't|may\s+not|must\s+not|shall\s+not)\s+be\s+(?:sold|resold|transferred|rented)",
             modal_neg(['do', 'does', 'will', 'wo']) + r"\s+(?:\w+\s+)?sell\s+(?:(?:our|the|its|any|these)\s+)?(?:products?|goods|services?|advertis\w+|ads|merchandise|tickets?|items?|subscriptions?|software|furniture|gift|plans?|alcohol|tobacco|firearms|\w+\s+(?:products|goods))\b",
             r"{{TOPIC}}"],
     suppresses=["sale"],
     requires=["not", "n't", "never", "no ", "no-", "neither", "nor ", "none", "isn", "nothing", "prohibited", "forbidden", "banned"])

rule("no_sale.no_link_needed", "no_sale", "info", ["not sell", "n't sell", "not sold", "n't sold"],
     [NO_LINK_DENY.replace("(?:sell|sold)", "(?<p>sell|sold)")],
     "The company promises not to sell your personal information.",
     ["Because we do not sell your data, we have no Do Not Sell My Info link.",
      "We don't sell personal information, so you will not find a Do Not Sell or Share My Personal Information page here."],
     ["Use the Do Not Sell My Info link and we will not sell your data.",
      "If you opt out, we do not sell your data; click Do Not Sell My Info."],
     unless=[r"\b(?:by|if|once|after|when)\s+(?:you\s+)?(?:opt(?:ing|ed)?|choos\w*\s+to\s+opt|click\w*|us(?:e|ing))\b", r"{{TOPIC}}"],
     suppresses=["sale"],
     requires=[["sell my", "share my", "sell/share my", "sell / share my"]])

rule("no_sale.with_sharing", "no_sharing", "info", ["sell"],
     [
       modal_neg(['do', 'does', 'did', 'will', 'shall', 'would', 'wo']) + r"\s+(?:\w+,?\s+){0,2}?(?:sell|rent)\w*\s*(?:,\s*\w+\s*)?,?\s*(?:or|and|nor)\s+(?<p>share|disclose|give\s+away|transfer|distribute)\b(?!\s+(?:for|in\s+the\s+context\s+of)\s+(?:cross|targeted|behavio))(?![^.;]{0,100}\b(?:cross[-\s]context|targeted\s+advertising|behaviou?ral\s+advertising|interest-based\s+advertising))",
     ],
     "The company promises not to sell or share your personal information.",
     ["We do not sell or share the personal data of our users.",
      "We will never rent, sell or disclose your e-mail address."],
     ["We do not sell or share personal information for cross-context behavioural advertising.",
      "We do not sell your data, except to partners."],
     unless=NOSHARE_EXCEPT + [r"{{TOPIC}}", r"\bdo\s+not\s+(?:sell|share)(?:\s*(?:/|or|and)\s*(?:sell|share))?\s+my\b",
                              r"\b(?:you|users?|licensees?|buyers?|members?)\s+(?:shall|must|may|will|agree|can|do|does)\w*\s*(?:not|n't|never)\b"],
     suppresses=["sharing"])

#======================================================================
# Anchors and splits
#======================================================================
# Anchors are lower-case substrings; a rule runs only on sentences holding
# one of them. They are chosen so that common words inside other words do
# not wake a rule ("consent" holds "sent", "please" holds "leas",
# "disclose" holds "close", "history" holds "stor"), and, for the busiest
# rules, as short phrases ("provide your") rather than bare verbs.
KEEPS = ["stor", "retain", "keep", "kept", "save", "log", "hold", "held", "cach", "persist", "archiv"]

ANCHORS["retention.zero"] = [n + v for n in ("not ", "n't ", "never ", "not be ", "never be ", "not permanently ",
                                             "n't permanently ", "not ever ", "never ever ", "or ") for v in KEEPS] + [
    "no log", "no-log", "zero", "discarded", "forgets", "contractually", "no retention", "no data retention",
    " is stored", " are stored", " is retained", " are retained", " is kept", " are kept", " is saved", " are saved",
    " is logged", " are logged", "ever stored", "ever retained", "ever kept", "ever saved", "ever logged"]
# verbs a denial can name: "we do not sell, rent or share ..."
DENIED = ["shar", "disclos", "provid", "transfer", "transmit", "send", "sent", "pass", "giv", "releas", "mak", "turn",
          "hand", "distribut", "exchang", "furnish", "report", "reveal", "expos", "leak", "upload", "let", "sell",
          "rent", "trad", "swap", "leas", "barter", "authori", "allow", "permit", "intentionally", "knowingly", "ever",
          "actively", "otherwise", "voluntarily", "willingly", "use", "collect", "and will", "and won't", "be "]
ANCHORS["no_sharing.promise"] = [n + v for n in ("not ", "n't ", "never ") for v in DENIED] + [
    "nothing", "no data", "no personal", "no user", "no information", "no identif", "no customer", "refuse", "neither",
    "leaves your", "leave your", "leaves the", "leave the", "not the practice", "not our practice", "not our policy",
    "none of", "not sold", "never sold", "n't sold", "not shared", "never shared"]
ANCHORS["no_sharing.not_shared"] = ANCHORS["no_sharing.promise"] + [
    c + " " + w for c in ("or", "nor") for w in ("shared", "disclosed", "sold", "sent", "transmitted", "transferred",
                                               "passed", "given", "provided", "released", "made available")]
ANCHORS["sale.sells_data"] = [" sell", "sells", "selling", "sold", " rent", "rented", "renting"]
ANCHORS["sale.opt_out_effect"] = ["opt out", "opt-out", "opting out", "opted out", "no longer sell", "no longer share",
                                  "no longer disclose", "stop selling", "stop sharing", "cease selling", "cease sharing"]
ANCHORS["no_sale.promise"] = ["sell", "sold", " rent", "sale", "in exchange", "consideration", "for money",
                              "for monetary", "for payment", "for profit", "compensation", "monetiz", " trade", "money"]

# Splits: (source rule, new id, the source's pattern indices it takes,
# anchors, explanation, match examples, no_match examples).
SPLITS = []

def _expand(text, depth=0):
    return re.sub(r"\{\{(\w+)\}\}", lambda m: _expand(D[m.group(1)], depth + 1), text)


def _expand_lead(p):
    """Expands the macro a pattern is, or starts with, (fold needs to see
    its first words) and leaves the others as macros."""
    while True:
        m = re.match(r"^(\\b(?:\(\?<p>)?)?\{\{(\w+)\}\}", p)
        if not m:
            return p
        p = (m.group(1) or "") + D[m.group(2)] + p[m.end():]


def _topics(lst):
    return [x for u in lst for x in (TOPIC if u == r"{{TOPIC}}" else [u])]


# Cancelling lists used by several rules, folded for speed (packlib.fold:
# same matches, a search per first letter instead of per pattern) and
# written once as defines; a rule whose list holds one of them refers to the
# folded patterns. Longer lists first (a rule's list is matched greedily).
# (short define names: a rule lists each of them, and every byte of the
# pack is parsed at start)
FOLDS = [("XS", SHARE_DENY + SHARE_OTHER), ("XD", SHARE_DENY), ("XL", SALE_DENY + SALE_OTHER), ("XN", NOSHARE_UNLESS),
         ("XR", RET_OTHER + RET_TIME_OTHER), ("XC", RET_CRIT_UNLESS), ("XZ", RETZ_UNLESS), ("XO", DONE_UNLESS),
         ("XE", DEL_OTHER), ("XG", SALE_LEGAL_UNLESS), ("XK", RET_OTHER), ("XT", [r"{{TOPIC}}"])]
FOLDS = sorted(((n, _topics(l)) for n, l in FOLDS), key=lambda x: -len(x[1]))
FOLD_REFS = {}
for name, lst in FOLDS:
    refs = []
    for k, pat in enumerate(fold([_expand_lead(x) for x in lst], measure=lambda t: len(_expand(t)))):
        D[f"{name}{k + 1}"] = first_literal(pat)
        refs.append("{{" + f"{name}{k + 1}" + "}}")
    FOLD_REFS[name] = refs


def _fold_refs(unless):
    out, i = [], 0
    while i < len(unless):
        for name, lst in FOLDS:
            if unless[i:i + len(lst)] == lst:
                out += FOLD_REFS[name]
                i += len(lst)
                break
        else:
            out.append(first_literal(unless[i]))
            i += 1
    return out


for r in R:
    if any(s[0] == r["id"] for s in SPLITS):
        r["_orig"] = r["patterns"]
# split rules whose patterns need different anchors (the prefilter is per rule)
out = []
for r in R:
    out.append(r)
    for (src, new_id, idx, anchors, explanation, match, no_match) in SPLITS:
        if src != r["id"]:
            continue
        nr = copy.deepcopy(r)
        nr["id"] = new_id
        nr["patterns"] = [r["_orig"][i] for i in idx] if "_orig" in r else None
        nr["anchors"] = anchors
        nr["explanation"] = explanation
        nr["examples"] = {"match": match, "no_match": no_match}
        out.append(nr)
R[:] = out
for r in R:
    if r["id"] in ANCHORS:
        r["anchors"] = ANCHORS[r["id"]]
for r in R:
    if "_orig" in r:
        taken = set(i for (src, _, idx, *_rest) in SPLITS if src == r["id"] for i in idx)
        if r["patterns"] is r["_orig"]:
            r["patterns"] = [p for i, p in enumerate(r["_orig"]) if i not in taken]
for r in R:
    r.pop("_orig", None)
    r["unless"] = _fold_refs(r.get("unless", []))
    r["patterns"] = [first_literal(p) if isinstance(p, str) else dict(p, pattern=first_literal(p["pattern"]))
                     for p in r["patterns"]]
    if not r["unless"]:
        del r["unless"]
pack = {
    "pack": "data-practices",
    "version": "1.0.0",
    "language": "en",
    "description": "Retention (how long data is kept), deletion (what the person can delete and what deleting does), sharing and sale of personal data, and promises not to share or sell.",
    "defines": D,
    "rules": R,
}
out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules", "20-data-practices.json")
write_pack(pack, out_path)
