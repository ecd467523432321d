#!/usr/bin/env python3
"""Write rules/30-terms.json, the terms-of-service rule pack
(consent_by_use, arbitration, unilateral_change, content_license).

The pack's regular expressions are long and share pieces (the things a
person does that count as agreeing, the words for terms and prices, the
change verbs); writing them here as Python raw strings keeps them readable.
Edit this file, not the JSON, then run it from the repository root:

    python3 tools/gen-terms.py && build/smallprint-host --rules rules rules test

Speed notes (bench/run.sh): a rule runs only on sentences holding one of its
anchors, so anchors are the rarest words every match must contain; patterns
start with a word (not a look-behind) so PCRE2 can skip to candidate
positions; look-behinds that check the words before a verb sit after a
look-ahead for the verb; checks that need the whole sentence are anchored
at ^ so they run once. All examples are sentences written for this project,
never copied from a corpus.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from packlib import alt, first_literal, lb_cross, write_pack

D = {}
# Someone other than the reader: the provider (we, a company name) -- used as
# "not you" guards; a negative lookbehind keeps "you may change your settings" out.
D["NOTYOU"] = r"(?<!\byou\s)(?<!\bi\s)(?<!\busers\s)(?<!\buser\s)(?<!\bmembers\s)(?<!\bmember\s)"
# Verbs of agreeing, in the forms a contract uses after "you".
# A gap inside one clause.  Sentences are already split by the segmenter, so a
# dot inside one is an abbreviation, a number or a domain ("e.g.", "U.S.",
# "example.com") and must not end the gap; a semicolon still ends a clause.
D["G"] = r"[^;]"
D["AGREEV"] = (r"(?:agree(?:s|d|ing)?\b(?!\s+(?:\w+\s+)?not\s+to)|accept(?:s|ed|ing)?\b|consent(?:s|ed|ing)?\b|assent\w*|acknowledg\w*"
               r"|(?:your|an?|express|full|unconditional)\s+(?:\w+\s+)?(?:agreement|acceptance|consent|assent)\b"
               r"|(?:are|will\s+be|shall\s+be|be|is|are\s+going\s+to\s+be)\s+(?:legally\s+)?bound"
               # permission given by the act itself ("by continuing, you allow us to ...")
               r"|(?:authori[sz]\w*|allow\w*|permit\w*)\s+(?:us|(?-i:[A-Z][\w&.-]*))\s+to\b|give\w*\s+(?:us\s+)?(?:your\s+)?(?:permission|consent)\b"
               r"|confirm\w*\s+(?:that\s+)?you(?:'ve|\s+have)\s+read\b"
               r"|enter\w*\s+into\s+(?:a|an|this|the)\s+(?:legally\s+)?binding"
               r"|(?:is|are|will\s+be|shall\s+be|be)\s+(?:deemed|considered|treated|taken)\s+(?:to\s+(?:have\s+)?|as\s+(?:having\s+)?)(?:agree|accept|consent|read))")
# factored on first letters (packlib.alt): it is tried at every word of a long gap
D["PERSON"] = alt(["you", "i", "users?", "customers?", "members?", "subscribers?", "licensees?", "visitors?", "buyers?", "purchasers?",
                   "clients?", "participants?", "players?", "guests?", "patients?", "students?", "learners?", r"account\s+holders?",
                   r"end\s+users?"])
# Things a person does that a contract says count as agreeing.  Clicking counts
# unless the button is itself an explicit accept / allow (that is a real choice).
D["ACCEPTBTN"] = r"""(?:i\s+)?(?:accept|allow|agree|consent|yes|ok|okay|got\s+it|opt\s+in|enable|turn\s+on|i\s+understand)\b"""
D["TRIGGER"] = (r"(?:using|accessing|visiting|browsing|continuing|proceeding|creating|opening|signing\s+(?:up|in|on|into)|logging\s+(?:in|on|into)"
                r"|registering|joining|downloading|installing|purchasing|buying|ordering|placing\s+(?:an?\s+|your\s+)?orders?|paying"
                r"|making\s+(?:a|an|any|your)\s+(?:[\w-]+\s+){0,3}?(?:purchase|reservation|booking|payment|order|donation)|subscribing|shopping|booking|submitting"
                r"|sending|providing|entering(?!\s+into)|participating|playing|maintaining|utili[sz]ing|redeeming|activating|completing"
                r"|staying|remaining|navigating|scrolling|interacting|viewing|launching|enrolling|checking\s+out|requesting|applying|giving|supplying|filling\s+(?:in|out)"
                r"|messaging|chatting|texting|talking|speaking|typing|asking|prompting|querying|calling|replying|commenting|starting|beginning|initiating"
                r"|engaging|communicating|listening|watching|streaming|reading|playing|making\s+use\s+of|closing|dismissing"
                r"|(?:clicking|tapping|pressing|hitting|touching|selecting|choosing)\s+(?!(?:on\s+)?(?:the\s+)?[\"'\[(]?\s*{{ACCEPTBTN}}))")
D["CHV"] = r"(?:chang|modif|amend|revis(?!it)|updat|alter|supplement|replac|vary|varie|edit|adjust|rewrit|restat|increas|rais(?=e|ing)|introduc|impos(?=e|ing)|add\s+to|remov)\w*"
D["DOCS"] = (r"(?:terms(?:\s+(?:of\s+(?:service|use|sale)|and\s+conditions))?|t&cs?|tos|eula|conditions|agreements?|contracts?"
             r"|polic(?:y|ies)|notices?|statements?|provisions?|guidelines|rules|prices?|pricing|fees?|charges|rates|tariffs?)")
D["DET"] = r"(?:this|these|the|our|its|their|any|such|all|those|that|your|his|her)"
D["ADJ"] = (r"(?:privacy|cookies?|data|users?|customers?|services?|website|site|online|current|applicable|additional|legal|usage|subscription"
            r"|membership|community|fair|acceptable|use|sale|platform|products?|members?|program|programme|rewards?|return|refund|shipping"
            r"|general|supplemental|specific|other|related|existing|posted|published|premium|plan|service-specific|and|or|of|(?-i:[A-Z][\w'&.-]*))")
D["DOCPHRASE"] = r"(?:{{DET}}\s+)?(?:{{ADJ}}[\s,/-]+){0,5}?{{DOCS}}\b"
D["PMOD"] = (r"(?:may|might|can|could|will|shall|would|reserves?\s+(?:the|its|our|all)\s+rights?|retains?\s+the\s+right|ha(?:s|ve)\s+the\s+right"
             r"|(?:is|are)\s+(?:entitled|free|permitted|allowed)|need\s+to|intends?\s+to|plans?\s+to|decides?\s+to|chooses?\s+to|elects?\s+to"
             r"|occasionally|periodically|from\s+time\s+to\s+time|sometimes|regularly|continually|constantly)")
D["QUESTION"] = r"\?\s*[\"')\]]*\s*$"
# Title-case or short ALL-CAPS lines are headings ("Agreement to Arbitrate; Class Waiver"):
# atomic groups keep the check linear.
D["HEADING"] = (r"(?-i)^(?=.{0,110}$)[\W\d]*+(?:[a-z]{1,3}[.)]\s++)?(?>(?:[A-Z][a-z'-]*+|of|to|and|or|the|a|an|in|on|for|with|by|our|your|its|this|these|&)(?:[\s,;:/.()-]++|$))++[\W\d]*+$"
                r"|(?-i)^(?=[^a-z]{0,100}$)(?!.*\b(?:MAY|WILL|SHALL|MUST|AGREE|AGREES|ARE|IS|WAIVE|WAIVES|CAN|YOU|WE|MEANS|CONSTITUTES|APPLY|APPLIES|CONTAIN|CONTAINS|INCLUDE|INCLUDES|REQUIRE|REQUIRES|GO|GOES|ACCEPT|ACCEPTS|CONSENT|CONSENTS|ALLOWED|PERMITTED|MUST|SHOULD|HAVE|HAS|DO|DOES|NOT|BE|MEAN|GIVE|GRANT|GRANTS)\b)")
D["TOPIC"] = r"^\W*(?:this|the\s+following|the\s+next)\s+(?:section|part|article|paragraph|page|clause|notice|policy|exhibit|appendix|schedule|annex)(?:\s+\w{1,3})?(?:\s+to\s+the\s+\w+)?\s+(?:also\s+)?(?:explains|describes|sets\s+out|covers|outlines|tells|indicates|summari[sz]es|includes|contains|discusses|addresses|lists|provides\s+(?:more\s+)?(?:information|details))\b"

rules = []


def gated(pattern, words):
    """A pattern that runs only on sentences holding one of the words."""
    return {"pattern": pattern, "requires": words}


def gated_literal(p):
    return {"pattern": first_literal(p["pattern"]), "requires": p["requires"]} if isinstance(p, dict) else first_literal(p)


def rule(id, label, sev, anchors, patterns, explanation, match, no_match, unless=None, after=None, suppresses=None,
         requires=None):
    r = {"id": id, "label": label, "severity": sev, "anchors": anchors, "patterns": [gated_literal(p) for p in patterns]}
    if requires:
        r["requires"] = requires
    u = [first_literal(x) for x in unless or []] + [r"{{QUESTION}}", r"{{TOPIC}}", r"{{HEADING}}"]
    r["unless"] = u
    if after:
        r["after"] = after
    if suppresses:
        r["suppresses"] = suppresses
    r["explanation"] = explanation
    r["examples"] = {"match": match, "no_match": no_match}
    rules.append(r)

AGREE_ANCHORS = ["agree", "accept", "consent", "assent", "acknowledg", "bound", "binding"]
# First words of the things a person does (TRIGGER), for "by ..." anchors.
TRIGGER_WORDS = ["using", "accessing", "visiting", "browsing", "continuing", "proceeding", "creating", "opening", "signing",
                 "logging", "registering", "joining", "downloading", "installing", "purchasing", "buying", "ordering", "placing",
                 "paying", "making", "subscribing", "shopping", "booking", "submitting", "sending", "providing", "entering",
                 "participating", "playing", "maintaining", "utilizing", "utilising", "redeeming", "activating", "completing",
                 "staying", "remaining", "navigating", "scrolling", "interacting", "viewing", "launching", "enrolling", "checking out",
                 "requesting", "applying", "giving", "supplying", "filling", "messaging", "chatting", "texting", "talking", "speaking",
                 "typing", "asking", "prompting", "querying", "calling", "replying", "commenting", "starting", "beginning",
                 "initiating", "engaging", "communicating", "listening", "watching", "streaming",
                 "reading", "closing", "dismissing", "clicking", "tapping", "pressing", "hitting", "touching", "selecting", "checking"]
BY_ANCHORS = (["by " + w for w in TRIGGER_WORDS] + ["by doing so", "by so doing"]
              + ["by simply", "by merely", "by otherwise", "by just", "by also", "by further", "by your use", "by your continued",
                 "by use of", "by your access", "by the use of"]
              + [p + " " + w for p in ("in", "upon", "on", "through") for w in
                 ("using", "accessing", "visiting", "browsing", "registering", "signing", "creating", "clicking", "downloading",
                  "installing", "continuing", "proceeding", "subscribing", "submitting")]
              + ["upon " + a + w for a in ("", "your ") for w in ("registration", "sign-up", "signup", "sign up", "first use", "use",
                                                                  "access", "download", "installation", "purchase", "subscription",
                                                                  "account creation")]
              + [p + " your " + c + "use of" for p in ("through", "via") for c in ("", "continued ")]
              + [p + " your " + c + "access" for p in ("through", "via") for c in ("", "continued ")])
# "you agree" and its usual companions, for anchors that need both words.
YOU_AGREE = (["you " + v for v in ("agree", "accept", "consent", "assent", "are agreeing", "are accepting", "are consenting")]
             + ["you're agreeing", "you're accepting", "you're consenting"]
             + [a + " " + v for a in ("hereby", "also", "expressly", "further", "thereby", "automatically", "irrevocably", "fully",
                                      "acknowledge and", "understand and", "acknowledge, understand and")
                for v in ("agree", "accept", "consent")])

# ---------------------------------------------------------------- consent_by_use
BY_ADV = r"(?:(?:simply|merely|otherwise|also|just|further)\s+)?"
BY_USE = r"(?:your\s+(?:continued\s+)?(?:use|access)|(?:the\s+)?use)\s+of\b"
rule("consent_by_use.by_doing", "consent_by_use", "medium", BY_ANCHORS,
     [r"\b(?<p>(?:by\s+" + BY_ADV + r"(?:{{TRIGGER}}|" + BY_USE + r"|(?:clicking|tapping|pressing|selecting|checking)\b(?:(?!\byou\b){{G}}){0,80}?(?:(?:,|\bor\b|\band\b)\s*(?:by\s+)?{{TRIGGER}}|\bor\s+[\"'\[(]?\s*(?:continue|next|sign\s+up|join|register|proceed|get\s+started)\b))"
      r"|(?:in|upon|on|through)\s+(?:using|accessing|visiting|browsing|registering|signing|creating|clicking|downloading|installing|continuing|proceeding|subscribing|submitting)\b"
      r"|upon\s+(?:your\s+)?(?:registration|sign-?up|first\s+use|use|access|download|installation|purchase|subscription|account\s+creation)\b"
      r"|(?:through|via)\s+your\s+(?:continued\s+)?(?:use|access)\s+of\b))"
      r"{{G}}{0,300}?\b{{PERSON}}\b{{G}}{0,40}?\b{{AGREEV}}",
      r"\b(?<p>you(?:'re|\s+are)?\s+(?:hereby\s+|expressly\s+|also\s+|irrevocably\s+|further\s+)?(?:(?:agree|accept|consent|assent|authori[sz])\w*(?!\s+(?:\w+\s+)?not\s+to\b)|(?:signify|indicate|confirm|express|manifest|give|show)\w*\s+(?:your\s+)?(?:agreement|acceptance|consent|assent)))\b{{G}}{0,120}?\bby\s+" + BY_ADV + r"(?:{{TRIGGER}}|" + BY_USE + r")",
      r"\b(?<p>by\s+(?:using|accessing|visiting|browsing))\b{{G}}{0,120}?\byou\s+(?:hereby\s+|also\s+)?grant",
      # "... anyone who uses the site; by doing so you agree to them"
      r"\b(?:use|uses|using|access|accesses|accessing|visit|visits|visiting|browse|browses|browsing|download\w*|install\w*|register\w*|continu\w*)\b[^.]{0,120}?\b(?<p>by\s+(?:doing\s+so|so\s+doing))\b{{G}}{0,40}?\b{{PERSON}}\b{{G}}{0,40}?\b{{AGREEV}}"],
     "Just using the service, or pressing a button like Sign up or Continue, counts as agreeing to these terms.",
     ["By signing up for an account, you accept our Terms of Service and Privacy Notice.",
      "BY DOWNLOADING OR USING THE APP, YOU AGREE TO BE BOUND BY THESE TERMS.",
      "By tapping Continue, you confirm that you agree to our rules.",
      "You accept these terms by opening an account or by using the app.",
      "You're authorizing us to store your files in the United States by using the service.",
      "By clicking 'Accept' or by browsing this site, you agree to this policy.",
      "By using the app, you allow us to keep your voice notes for 30 days.",
      "By opening an account, you confirm that you have read our privacy notice.",
      "By closing this banner, you accept our use of cookies.",
      "By choosing a plan, or by making use of the app in any way, you agree to these rules.",
      "By clicking Agree or Next, you accept our terms.",
      "Upon registration, you accept these conditions.",
      "Through your use of the app, you agree to this notice.",
      "By checking the box, clicking Join or otherwise using the app, you accept these rules."],
     ["By clicking \"Accept all\", you consent to the use of cookies for analytics.",
      "By using the toggle in Settings, you can turn off personalised ads.",
      "I have read and agree to the Terms of Service.",
      "By signing up, you will get a weekly digest of new posts.",
      "By clicking Allow, you allow us to use your location.",
      "You can opt out of this section by e-mailing us within 30 days of the day you accept these terms.",
      "You agree not to change any part of the app unless we allow it or by using the app's own editing tools."],
     unless=[r"\bby\s+(?:either|each|both|any|the\s+other)\s+part(?:y|ies)\b",
             # how to opt out ("you may opt out by sending notice within 30 days of the time you consent")
             r"\bopt(?:s|ed|ing)?[-\s]?out\s+(?:\w+\s+){0,4}?by\b",
             # a grant triggered by posting is a content licence, not agreement by use
             r"\bby\s+(?:submitting|posting|uploading|sending|providing|sharing|contributing|making\s+available)\s+(?:\w+\s+){0,3}?(?:suggestions?|feedback|content|ideas?|materials?|photos?|videos?|posts?|reviews?|comments?|submissions?|works?|recordings?)\b", r"\bby\s+(?:checking\s+(?:this|the|a|that|each)\s+box|ticking|selecting|choosing|opting\s+in|accepting)\b(?:(?!\b(?:or|and)\s+(?:by\s+)?(?:otherwise\s+|simply\s+|just\s+)?(?:using|accessing|continuing|visiting|browsing|making\s+use|downloading|installing|registering|signing)\b){{G}})*$"])

rule("consent_by_use.use_means_acceptance", "consent_by_use", "medium",
     ["acceptance", "assent", "approval", "your agreement", "an agreement", "agreement to", "as agreement", "your consent",
      "express consent", "as consent", "constitute consent", "constitutes consent", "deemed consent", "you agree", "you accept",
      "you consent", "you have agreed", "you have accepted", "you have consented", "you are agreeing", "you are accepting",
      "you are consenting", "and agree", "and accept", "and consent", "you've agreed", "you've accepted", "be bound", "are bound", "deemed to have", "considered to have", "taken to have",
      "treated as having", "presumed to have", "you're ok", "you are ok", "you're fine", "you are fine", "you're happy",
      "you are happy", "you're comfortable", "you are comfortable", "considered consent", "considered as consent",
      "construed as consent", "treated as consent", "taken as consent", "regarded as consent", "who use", "who uses", "who access", "who accesses", "who visit", "who visits",
      "who browse", "who register", "who download", "that use", "that access", "that visit",
      "implies consent", "imply consent", "indicates consent", "signifies consent", "means consent", "constitutes consent to",
      "constitute consent to"],
     [r"\b(?<p>(?:use|usage|access|registration|payment|purchase|download|installation|visit|browsing|continuation|participation|submission|continue|continues|continued|closing|dismissing"
      r"|using|accessing|visiting|continuing|proceeding|signing\s+up|registering|creating|downloading|installing|subscribing|submitting|providing"
      r"|(?:clicking|tapping|pressing)\s+(?!(?:on\s+)?(?:the\s+)?[\"'\[(]?\s*{{ACCEPTBTN}})(?:on\s+)?(?:the\s+)?[\"'\[(]?\w+)\b{{G}}{0,250}?\b"
      r"(?:constitut\w*|signif\w*|indicat\w*|signal\w*|demonstrat\w*|represent\w*|manifest\w*|reflect\w*|means|mean|impl(?:y|ies)|serves?\s+as|counts?\s+as|evidences?|confirms?|amounts?\s+to|(?:is|are)(?:\s+taken\s+as)?(?=\s+your\s+(?:acceptance|agreement|consent)\b)"
      r"|(?:is|are|will\s+be|shall\s+be|be)\s+(?:deemed|construed|considered|treated|taken|regarded)(?:\s+(?:to\s+be|as|to\s+(?:represent|constitute|signify|mean)))?)"
      r"\s+(?:(?:that\s+)?you(?:'re|\s+are)\s+(?:ok|okay|fine|happy|comfortable|content)\s+with\b|(?:that\s+)?you(?:'ve|\s+have)?\s+(?:[\w,]+\s+){0,8}?(?:agree(?:s|d|ing)?\b|accept\w*|consent\w*|are\s+(?:consenting|agreeing|accepting)|(?:will\s+be\s+|are\s+)?bound)"
      r"|(?:(?:your|an?|the|[\w-]+'s)\s+)?(?:express\s+|full\s+|unconditional\s+|binding\s+|irrevocable\s+)?(?:acceptance|agreement|consent|assent|approval)))",
      gated(r"\b(?:consider|deem|treat|regard|take|took|view|interpret)\w*\s+(?<p>(?:your\s+|any\s+)?(?:continued\s+|further\s+|ongoing\s+)?(?:use|access|usage|visit|registration|purchase|browsing))\b{{G}}{0,80}?\b(?:as|to\s+be|to\s+constitute|to\s+mean)\s+(?:your\s+|an?\s+)?(?:express\s+|full\s+)?(?:acceptance|agreement|consent|assent)",
            ["consider", "deem", "treat", "regard", "take", "took", "view", "interpret"]),
      r"\b(?:acceptance|agreement|consent|assent)\b{{G}}{0,60}?\b(?:is|are|will\s+be|shall\s+be)\s+(?:\w+\s+)?(?:implied|inferred|presumed|assumed|demonstrated|indicated|signified|confirmed)\s+(?:\w+\s+){0,2}?(?:by|through|from|upon|if\s+you|when\s+you|once\s+you)\s+(?<p>(?:your\s+|any\s+)?(?:continued\s+)?(?:use|access|usage|visit|browsing|registration|purchase|{{TRIGGER}}))"],
     "Continuing to use the service is treated as your agreement.",
     ["Your use of the app after we publish a new version means that you accept it.",
      "Your use of the Services signals your acceptance of this notice.",
      "Clicking \"Continue\" means you agree to the terms.",
      "Any access to the site constitutes your acceptance of these rules.",
      "Using the app after the update takes effect means you agree to the new version.",
      "PAYMENT FOR A SUBSCRIPTION SHALL BE DEEMED ACCEPTANCE OF THIS AGREEMENT.",
      "Your use of the app is your acceptance of this notice.",
      "Visiting the site means you're fine with this notice.",
      "Browsing the shop is considered consent to the practices in this notice.",
      "We will take your further use of the app as acceptance of the changes.",
      "If you continue your plan after the new price applies, that constitutes acceptance of it.",
      "Use of this website implies consent to our use of cookies.",
      "Your submission of details through the app constitutes consent to their processing."],
     ["Use of the service is subject to these terms and our privacy notice.",
      "Your access to the service depends on your acceptance of these terms."],
     requires=["constitut", "signif", "indicat", "signal", "demonstrat", "represent", "manifest", "reflect", "mean",
               "impl", "serve", "count", "evidence", "confirm", "amount", "deemed", "construed", "considered",
               "treated", "taken", "regarded", "consider", "deem", "treat", "regard", "take", "view", "interpret", "inferred", "presumed", "assumed",
               "is your", "are your"])

rule("consent_by_use.users_who_use", "consent_by_use", "medium",
     ["who use", "who uses", "who access", "who accesses", "who visit", "who visits", "who browse", "who register",
      "who download", "that use", "that access", "that visit"],
     [r"\b(?<p>(?:users?|visitors?|anyone|those|persons?|people|customers?|members?|everyone)\s+(?:who|that)\s+(?:\w+\s+)?(?:use|uses|access|accesses|visit|visits|browse|browses|register|registers|download|downloads)\b){{G}}{0,120}?\b(?:(?:is|are|will\s+be|shall\s+be)\s+(?:deemed|considered|taken|treated|presumed)\s+(?:to\s+(?:have\s+)?|as\s+(?:having\s+)?)(?:accept|agree|consent|read)|(?:agree|accept|consent)s?\s+to\s+(?:be\s+bound\s+by\s+)?(?:these|this|the|our|all)\b|(?:is|are|will\s+be|shall\s+be)\s+(?:legally\s+)?bound\s+by\s+(?:these|this|the|our|all)\b)"],
     "Continuing to use the service is treated as your agreement.",
     ["Anyone who uses the app is bound by these terms.",
      "Visitors who browse the site are deemed to have accepted these conditions."],
     ["Users who access the beta may see bugs.",
      "People who use screen readers can change the font size."])

# Banner texts: "Keep browsing to accept", "Continue scrolling if you're happy with that"
KEEP_GO = ["browsing", "using", "scrolling", "navigating", "shopping", "reading", "exploring"]
rule("consent_by_use.keep_browsing", "consent_by_use", "medium", [c + " " + g for c in ("continue", "keep", "keep on") for g in KEEP_GO],
     [r"^\W*(?<p>(?:continue|keep(?:\s+on)?)\s+(?:" + "|".join(KEEP_GO) + r"))\b{{G}}{0,40}?\b(?:to\s+(?:accept|agree|consent|confirm)|if\s+you(?:'re|\s+are)\s+(?:ok|okay|happy|fine|comfortable)|if\s+you\s+(?:accept|agree|consent)|(?:and|&)\s+(?:accept|agree|consent))"],
     "Just using the service, or pressing a button like Sign up or Continue, counts as agreeing to these terms.",
     ["Keep browsing if you're fine with that.",
      "Continue scrolling to accept our cookie policy."],
     ["Continue shopping to add more items to your basket.",
      "Keep browsing to find more recipes you will love."],
     requires=[["accept", "agree", "consent", "confirm", " ok", "okay", "happy", "fine", "comfortable"]])

rule("consent_by_use.bound_when_use", "consent_by_use", "medium", ["are bound", "be bound", "become bound", "legally bound"],
     [r"\b(?<p>(?:you|users?|visitors?|members?|customers?|subscribers?|they|everyone|anyone)\s+(?:are|will\s+be|shall\s+be|become|becomes)\s+(?:legally\s+)?bound)\s+by\b{{G}}{0,120}?\b(?:when|whenever|if|once|as\s+soon\s+as|each\s+time|every\s+time)\s+(?:you|they|he\s+or\s+she|the\s+user)\s+(?:\w+\s+)?(?:use|uses|access|accesses|visit|visits|browse|browses|continue|continues|keep|keeps)\b"],
     "Using the service is taken as agreeing to its terms.",
     ["Members are bound by the revised rules whenever they use the app after we publish them.",
      "Visitors become bound by this notice as soon as they browse the site."],
     ["You will not be bound by the new terms if you close your account first.",
      "Members are bound by the rules of their club when they play in a league match."],
     unless=[r"\b(?:club|team|league|employer|school|organi[sz]ation)'?s?\s+(?:own\s+)?(?:rules|terms|policies)\b|\brules\s+of\s+(?:their|the|your)\s+(?:club|team|league|employer|school)"],
     requires=[["when", "if ", "once", "as soon as", "each time", "every time"]])

CBU_OBJECT = (r"(?:them|that\s+you\s+(?:are|will\s+be)\s+(?:subject\s+to|bound\s+by)|(?:all\s+(?:of\s+)?)?(?:these|the|this|our|its|any|such|those|all|(?-i:[A-Z][\w&.-]*)'s)\s+(?:[\w'-]+\s+){0,3}?"
              r"(?:terms|conditions|agreements?|polic(?:y|ies)|rules|guidelines|contract|changes|modifications|practices|notice|statement))")
YOU_ADV = r"(?:(?:hereby|also|expressly|further|thereby|automatically|irrevocably|fully|acknowledge\s+and|understand\s+and|acknowledge,?\s+understand,?\s+and)\s+)?"
# the words that open "when you use ..." sentences, for look-behinds
CBU_WHEN = ["when", "whenever", "if", "once", "as soon as", "where", "while", "each time", "every time"]
CBU_USE_ANCHORS = (YOU_AGREE + ["part of your agreement", "part of the agreement", "part of this agreement", "part of our agreement",
                  "part of your contract", "part of the terms", "reaffirm", "you agree that", "you accept that",
                  "you acknowledge that", "you consent that",
                  "deemed", "be bound", "are bound", "legally bound", "assume", "signify", "indicate your", "confirm your", "confirm that you have read", "confirm you have read", "confirm that you've read", "we will consider",
                  "we'll consider", "we shall consider", "we may consider", "will take it", "'ll take it", "will treat", "'ll treat",
                  "may treat", "shall treat"] +
                 [v + " " + o + " as" for v in ("take", "treat", "regard", "count", "see") for o in ("this", "that", "it")])
rule("consent_by_use.when_you_use", "consent_by_use", "medium", CBU_USE_ANCHORS,
     [r"\b(?<p>you(?<=" + lb_cross(CBU_WHEN, ["you"]) + r")\s+(?:\w+\s+){0,2}?"
      r"(?:use|using|access|accessing|visit|browse|register|sign\s+(?:up|in|on)|create|open|download|install|order|purchase|buy|shop|book|subscribe|continue|keep|join|log\s+in|participate|proceed|place|make\s+a\s+(?:purchase|reservation|booking)|submit|start|begin|launch|chat|message|talk|(?:click|tap|press|hit)\w*\s+(?!(?:on\s+)?(?:the\s+)?[\"'\[(]?\s*{{ACCEPTBTN}})\S+)\b)"
      r"{{G}}{0,160}?\b(?:you(?:\s+|(?='re\b))" + YOU_ADV + r"(?:(?:agree|accept|consent|assent)\w*|(?:are\s+|'re\s+)(?:agreeing|accepting|consenting))\s+(?:to\s+)?(?:(?:be\s+bound\s+by|abide\s+by|comply\s+with)\s+)?" + CBU_OBJECT +
      r"|you(?:'re|\s+are)?\s+(?:\w+\s+)?(?:(?:will|shall|going\s+to)\s+be\s+(?:legally\s+)?(?:deemed|bound|considered|treated)|are\s+(?:legally\s+)?(?:deemed|bound)|(?:confirm|signify|indicate|reaffirm|express)\w*\s+(?:your\s+)?(?:acceptance|agreement|consent))"
      r"|you\s+" + YOU_ADV + r"(?:agree|accept|consent|acknowledge)\w*\s+that\s+(?:we|the\s+company|(?-i:[A-Z][\w&.-]*))\s+(?:\w+\s+)?(?:may|will|can|shall|are|is|would|could)\b"
      r"|you\s+(?:hereby\s+|also\s+)?(?:acknowledg|confirm)\w*\s+(?:and\s+agree\s+)?that\s+you(?:'ve|\s+have)\s+(?:read|reviewed)\b"
      r"|we(?:\s+(?:will|shall|may)|'ll)\s+(?:assume|consider|take\s+it|treat\s+(?:this|that|it)\s+as)"
      r"|we\s+(?:will\s+|'ll\s+|shall\s+|may\s+)?(?:take|treat|regard|count|see)\s+(?:this|that|it)\s+as\s+(?:your\s+)?(?:agreement|acceptance|consent))",
      r"\b(?<p>(?:using|accessing)(?<=" + lb_cross(CBU_WHEN, ["using", "accessing"]) + r")\b)"
      r"{{G}}{0,160}?\b(?:you(?:\s+|(?='re\b))" + YOU_ADV + r"(?:(?:agree|accept|consent|assent)\w*|(?:are\s+|'re\s+)(?:agreeing|accepting|consenting))\s+(?:to\s+)?(?:(?:be\s+bound\s+by|abide\s+by|comply\s+with)\s+)?" + CBU_OBJECT +
      r"|you(?:'re|\s+are)?\s+(?:\w+\s+)?(?:(?:will|shall|going\s+to)\s+be\s+(?:legally\s+)?(?:deemed|bound|considered|treated)|are\s+(?:legally\s+)?(?:deemed|bound)|(?:confirm|signify|indicate|reaffirm|express)\w*\s+(?:your\s+)?(?:acceptance|agreement|consent))"
      r"|you\s+" + YOU_ADV + r"(?:agree|accept|consent|acknowledge)\w*\s+that\s+(?:we|the\s+company|(?-i:[A-Z][\w&.-]*))\s+(?:\w+\s+)?(?:may|will|can|shall|are|is|would|could)\b"
      r"|you\s+(?:hereby\s+|also\s+)?acknowledg\w*\s+(?:and\s+agree\s+)?that\s+you(?:'ve|\s+have)\s+(?:read|reviewed)\b"
      r"|we(?:\s+(?:will|shall|may)|'ll)\s+(?:assume|consider|take\s+it|treat\s+(?:this|that|it)\s+as))",
      r"\byou\s+(?:will|shall)\s+be\s+(?:bound|deemed\s+to\s+(?:have\s+)?(?:accept|agree|consent)\w*)\b{{G}}{0,80}?\b(?<p>(?:if|when|once|as\s+soon\s+as)\s+you\s+(?:(?:continue|keep|start|begin)\s+(?:to\s+)?)?(?:use|using|access|accessing|visit|visiting|browse|browsing))",
      r"\byou(?:'re|\s+are)?\s+(?:hereby\s+|expressly\s+)?(?:(?:agree|accept|consent|assent)\w*\s+(?:to\s+)?(?:be\s+bound\s+by\s+)?" + CBU_OBJECT + r"|(?:will|shall)\s+be\s+(?:deemed|considered|taken|treated)\s+(?:to\s+have\s+|as\s+having\s+)(?:accept|agree|consent)\w*){{G}}{0,100}?\b(?<p>(?:when|whenever|if|once|upon|as\s+soon\s+as|each\s+time|every\s+time)\s+(?:you\s+(?:first\s+)?)?(?:use|using|access|accessing|visit|visiting|browse|register|sign\s+(?:up|in)|log\s+in|create|download|install|proceed|continue|open|start|begin|launch|join|your\s+(?:first\s+)?(?:use|access|visit|registration))|by\s+(?:(?:simply|merely|just|continuing\s+to)\s+)?(?:using|accessing|visiting|browsing|registering|signing\s+(?:up|in)|logging\s+in|creating|downloading|installing|opening|joining))\b",
      r"\b(?<p>we(?:\s+will|'ll|\s+shall)\s+assume\s+(?:that\s+)?you(?:'re|\s+are)\s+(?:ok|okay|happy|fine|content|in\s+agreement|agree\w*|consent\w*|accept\w*))",
      r"\bwe(?:\s+(?:will|shall|may|can)|'ll)\s+(?:assume|consider|take\s+it|treat\s+\w+\s+as|understand)\b{{G}}{0,80}?\b(?:accept|agree|consent)\w*{{G}}{0,80}?\b(?<p>(?:if|when|once)\s+you\s+(?:\w+\s+)?(?:use|using|continue|keep|access|visit|browse|proceed))\b"],
     "Using the service is taken as agreeing to its terms.",
     ["When you use our apps, you agree to all of these terms.",
      "If you keep browsing this site, we will assume that you are fine with it.",
      "Once the new terms take effect, you will be bound by them if you continue to use the app.",
      "You accept any updated version of this policy if you continue to use the service.",
      "We'll assume you're okay with this, but you can change your settings.",
      "Each time you use the site you reaffirm your acceptance of these terms.",
      "When you book a stay through our app, you agree that we will share your details with the host.",
      "If you use those features, their own rules become part of your agreement with us.",
      "You're agreeing to these terms every time you use the app.",
      "We will consider that you have accepted these terms if you use the service.",
      "You will be bound by these terms once you start using the service.",
      "When you open the app, you're agreeing to these rules.",
      "When you sign up, you accept Example's terms of service.",
      "When you open an account, you acknowledge that you have read this notice.",
      "When you sign up you confirm that you have read and accept the Terms.",
      "If you keep chatting, we'll take it that you are happy with this.",
      "Once you sign in, you are going to be legally bound by these terms.",
      "If you go on using the app, we take that as your agreement.",
      "You accept these rules when you first launch the game.",
      "Once you start a chat, you are agreeing to these terms.",
      "You will be deemed to have accepted this notice by using the website."],
     ["When you use our app, you can choose which notifications you receive.",
      "If you create an account, we ask you to confirm your email address.",
      "If you register for the contest, you agree to provide a valid postal address.",
      "If you submit ideas or feedback, you agree that we are free to use them.",
      "When you start a chat, you agree to be polite to our staff.",
      "We take that as a sign that you need help."],
     unless=[r"\b(?:submit|post|upload|send|provide|share|contribut)\w*\s+(?:\w+\s+){0,3}?(?:comments?|ideas?|feedback|suggestions?|content|materials?|photos?|reviews?|posts?|submissions?)\b"],
     requires=["when", "if ", "once", "as soon as", "where", "while", "each time", "every time", "upon", "by ",
               "as long as", "assume", "as you "])

# Posting or uploading is left to content_license, unless what you agree to
# is the terms themselves ("By uploading a photo, you agree to our Terms").
UPLOAD_W = ["uploading", "posting", "generating", "sharing", "adding", "importing", "publishing"]
rule("consent_by_use.upload_agree", "consent_by_use", "medium", ["by " + w for w in UPLOAD_W],
     [r"\b(?<p>by\s+(?:" + "|".join(UPLOAD_W) + r"))\b{{G}}{0,120}?\b(?:you|i)\s+(?:\w+\s+){0,3}?(?:agree|accept|consent)\w*\s+(?:to\s+)?(?:be\s+bound\s+by\s+)?" + CBU_OBJECT],
     "Just using the service, or pressing a button like Sign up or Continue, counts as agreeing to these terms.",
     ["By uploading an image, you agree to our Terms of Use.",
      "By posting a review, you confirm you accept the community rules."],
     ["By uploading photos, you grant us a licence to show them.",
      "By sharing a link, you agree that anyone with it can see the file."],
     requires=[["agree", "accept", "consent"], ["terms", "polic", "conditions", "agreement", "rules", "guidelines", "contract",
                                                 "notice", "statement", "eula", "them"]])

CBU_EXPL_USE = "Using the service is taken as agreeing to its terms."
# "... if you continue to use the service": runs only where "continue" or "keep" occurs
rule("consent_by_use.if_you_continue", "consent_by_use", "medium", CBU_USE_ANCHORS,
     [r"\byou\s+" + YOU_ADV + r"(?:agree|accept|consent)\w*\s+{{G}}{0,120}?\b(?<p>(?:if|when|once|by)\s+(?:you\s+)?(?:continu\w*|keep)\s+(?:on\s+)?(?:to\s+)?(?:use|using|access\w*|visit\w*|brows\w*))",
      r"\b(?<p>(?:continue|keep)(?<=" + lb_cross(["if", "when", "once", "by", "as long as"], ["you continue", "you keep"]) + r")\s+(?:on\s+)?(?:to\s+)?(?:use|using|brows\w*|visit\w*|access\w*|navigat\w*|scroll\w*))\b{{G}}{0,120}?\b(?:you\s+" + YOU_ADV + r"(?:agree|accept|consent)\w*|we(?:\s+(?:will|shall|may)|'ll)\s+(?:assume|consider|take\s+it))"],
     CBU_EXPL_USE,
     ["You accept any updated version of this policy if you continue to use the service.",
      "If you keep using the app after the update, you agree to the new terms."],
     ["If you continue to have problems, contact support.",
      "You agree to keep your password safe."],
     unless=[r"\b(?:submit|post|upload|send|provide|share|contribut)\w*\s+(?:\w+\s+){0,3}?(?:comments?|ideas?|feedback|suggestions?|content|materials?|photos?|reviews?|posts?|submissions?)\b"],
     requires=[["continu", "keep"]])

# "... their own rules become part of your agreement with us"
rule("consent_by_use.part_of_agreement", "consent_by_use", "medium", ["part of your", "part of the", "part of this", "part of our"],
     [r"\b(?<p>(?:if|when|once|where)\s+you\s+(?:\w+\s+)?(?:use|access|enable|download|install|purchase|buy|subscribe\s+to|sign\s+up\s+for|order)\b){{G}}{0,120}?\b(?:become|becomes|form|forms|are|is|will\s+be|shall\s+be)\s+(?:a\s+)?part\s+of\s+(?:your|the|this|our)\s+(?:\w+\s+)?(?:agreement|contract|terms)"],
     CBU_EXPL_USE,
     ["If you use those features, their own rules become part of your agreement with us.",
      "When you purchase a subscription, the plan description forms part of the terms."],
     ["Part of the fee goes to charity.",
      "This section is part of our terms of service."],
     unless=[r"\b(?:submit|post|upload|send|provide|share|contribut)\w*\s+(?:\w+\s+){0,3}?(?:comments?|ideas?|feedback|suggestions?|content|materials?|photos?|reviews?|posts?|submissions?)\b"],
     requires=[["when", "if ", "once", "where"], ["agreement", "contract", "terms"]])

CBU_STOP = (r"(?:\byou\s+(?:\w+\s+){0,3}?|\byour\s+|(?:,|\bthen|\bplease|\bsimply|\bjust|\bimmediately|\band)\s+(?:(?:then|please|simply|just|immediately|kindly)\s+){0,2}|^\W*)"
            r"(?:(?:stop|cease|discontinue|refrain\s+from|end|quit|exit)\w*\s+(?:\w+\s+){0,3}?(?:use|using|access|accessing|visit|visiting|browsing|site|website|app|service|services|platform)"
            r"|(?:(?:do|must|may|should|can|shall|will)\s*(?:not|n't)|are\s+not\s+(?:permitted|allowed|authori[sz]ed|entitled)\s+to|have\s+no\s+right\s+to(?:\s+and\s+must\s+not)?)\s+(?:\w+\s+){0,3}?(?:use|access|visit|browse|download|install|register|continue)\b"
            r"|(?:leave|exit)\s+(?:this|the|our)\s+(?:site|website|app|page|platform)"
            r"|(?:sole|only|exclusive)\s+(?:\w+\s+){0,2}?(?:recourse|remedy)"
            r"|(?:do\s+not|don't)\s+have\s+(?:the|any)\s+right\s+to\s+(?:\w+\s+){0,3}?(?:use|access|visit))")
rule("consent_by_use.disagree_stop_using", "consent_by_use", "medium",
     [n + w for n in ("not ", "n't ", "not fully ", "n't fully ", "cannot ", "can't ", "not to ")
      for w in ("agree", "accept", "consent", "wish", "want", "like", "approve", "be bound")]
     + ["unless you " + v for v in ("agree", "accept", "consent", "first agree", "expressly agree")]
     + ["only if you " + v for v in ("agree", "accept", "consent")]
     + ["disagree", "object to", "objects to", "comfortable", "not happy", "not ok", "not satisfied", "in agreement", "unwilling", "not willing", "rather", "prefer"],
     [r"\b(?<p>(?:if|should|in\s+case)\b(?:(?!\bif\b){{G}}){0,60}?\byou(?:\s+(?:\w+\s+)?|(?='re\b))(?:(?:do\s+not|don't|cannot|can't|not|are\s+(?:not\s+willing|unwilling)\s+to)\s+(?:\w+\s+){0,2}?(?:agree|accept|consent|wish\s+to\s+be\s+bound|want\s+to\s+be\s+bound)"
      r"|disagree|object\s+to|(?:are|'re)\s+not\s+(?:ok|okay|comfortable|happy|satisfied|in\s+agreement)|(?:do\s+not|don't)\s+(?:wish|want)\s+(?:to\s+be\s+bound|us\s+to|your)"
      r"|(?:do\s+not|don't|cannot|can't|are\s+(?:not\s+willing|unwilling)\s+to)\s+(?:\w+\s+)?(?:like|approve\s+of|be\s+bound)|would\s+(?:rather|prefer)|prefer\s+that)\b)"
      r"{{G}}{0,160}?" + CBU_STOP,
      r"(?:^\W*|\byou\s+(?:\w+\s+){0,2}?|\bplease\s+)(?<p>(?:do|must|may|should|shall|can)\s*(?:not|n't)\s+(?:\w+\s+){0,3}?(?:use|access|visit|browse|download|install))\b{{G}}{0,120}?\bif\s+you\s+(?:(?:\w+\s+)?(?:do\s+not|don't|cannot|can't)\s+(?:\w+\s+)?(?:agree|accept|consent)|disagree|object|(?:do\s+not|don't)\s+(?:wish|want)\s+(?:to\s+be\s+bound|us\s+to|your))|unless\s+you\s+(?!first\b)(?:\w+\s+)?(?:agree|accept|consent)\w*\s+(?:to\s+)?(?:be\s+bound\s+by\s+)?(?:these|this|the|our|all)\s+(?:\w+\s+){0,3}?(?:terms|conditions|agreement|polic(?:y|ies))",
      gated(r"\b(?<p>unless\s+you\s+(?:\w+\s+)?(?:agree|accept|consent)\w*)\s+(?:to\s+)?(?:be\s+bound\s+by\s+)?(?:all\s+(?:of\s+)?)?(?:these|this|the|our)\s+(?:\w+\s+){0,3}?(?:terms|conditions|agreement|polic(?:y|ies)|rules|notice|statement)\b{{G}}{0,40}?\byou\s+(?:may|must|should|shall|can)\s*(?:not|n't)\s+(?:\w+\s+){0,2}?(?:use|access|visit|browse|download|install)\b", ["unless you"]),
      gated(r"\byou\s+(?:may|can)\s+(?:only\s+)?(?:use|access|visit|browse|download|install)\b{{G}}{0,60}?\b(?<p>only\s+if\s+you\s+(?:\w+\s+)?(?:agree|accept|consent)\w*)\s+(?:to\s+)?(?:be\s+bound\s+by\s+)?(?:all\s+(?:of\s+)?)?(?:these|this|the|our)\s+(?:\w+\s+){0,3}?(?:terms|conditions|agreement|polic(?:y|ies)|rules|notice|statement)\b", ["only if you"]),
      r"\b(?<p>(?:must|should|shall|need\s+to|have\s+to|please)\s+(?:immediately\s+)?(?:stop|cease|discontinue)\s+(?:\w+\s+)?(?:using|use|accessing|access)\b){{G}}{0,120}?\b(?:if|should|in\s+case)\s+you\s+(?:\w+\s+)?(?:do\s+not|don't|no\s+longer|cannot|can't)\s+(?:\w+\s+)?(?:agree|accept|consent)",
      r"\b(?<p>(?:users?|visitors?|anyone|those|persons?|people|customers?|members?)\s+who\s+(?:\w+\s+)?(?:do\s+not|don't|cannot|can't|disagree|object))\b{{G}}{0,100}?\b(?:(?:(?:should|must|may|shall|can)\s*(?:not|n't)|are\s+not\s+(?:permitted|allowed|authori[sz]ed|entitled)\s+to)\s+(?:\w+\s+){0,2}?(?:use|access|visit|browse)|(?:should|must|shall|need\s+to)\s+(?:\w+\s+)?(?:leave|exit|stop|cease|discontinue))"],
     "If you do not accept the terms, your only choice is to stop using the service, so using it counts as agreeing.",
     ["If you do not accept these rules, please stop using the app.",
      "IF YOU DO NOT AGREE TO THIS POLICY, DO NOT ACCESS THE WEBSITE.",
      "Please don't use the service if you disagree with any part of these terms.",
      "If you object to the new version, your only remedy is to close your account.",
      "You must stop using the service if you do not agree with these rules.",
      "Should you not agree with these terms, please refrain from using the website.",
      "Visitors who do not agree with these terms should leave the site.",
      "If you do not agree to these rules, you do not have the right to access the app.",
      "If you're not happy with these rules, please don't use the app.",
      "Unless you accept this notice, you must not use the website.",
      "You may use the app only if you agree to these rules."],
     ["If you do not agree with a charge, contact our billing team.",
      "If you do not accept the new terms, we may stop providing the service to you.",
      "If you do not consent to cookies, you can use your browser settings to block them.",
      "You may not use the service if you are under 13 years old."],
     unless=[r"\bno\s+longer\s+(?:want|wish)\s+to\s+use"])

rule("consent_by_use.otherwise_stop", "consent_by_use", "medium", ["otherwise", "if not"],
     [r"^\W*(?<p>(?:otherwise|if\s+not)\W+(?:please\s+)?(?:do\s+not|don't|you\s+(?:must|may|should)\s+not|(?:stop|cease|discontinue)\s+(?:\w+\s+)?(?:using|use|access)))"],
     "If you do not accept the terms, your only choice is to stop using the service.",
     ["By using this site you accept these rules. Otherwise, please do not use it.",
      "By continuing you agree to these terms. Otherwise, stop using the app now."],
     ["Otherwise, we keep your data for 30 days.",
      "By continuing you agree to these terms. Otherwise, the default settings apply."],
     after={"label": "consent_by_use", "within": 1})

rule("consent_by_use.silence", "consent_by_use", "medium",
     ["object", "refus", "reject", "terminat", "cancel", "silence", "opt out", "opt-out", "notify us", "otherwise"],
     [r"\b(?<p>(?:do\s+not|don't|fail\s+to|not|no)\s+(?:\w+\s+){0,3}?(?:object|objection|refuse|reject|opt\s+out|opt-out|terminate|cancel|close\s+your\s+account|notify\s+us|express\s+(?:\w+\s+){0,3}?(?:refus|object)\w*)\w*)\b"
      r"{{G}}{0,200}?\b(?:deemed|considered|treated|taken|regarded|assume\w*|(?:will|shall)\s+be\s+bound|you\s+(?:\w+\s+)?(?:accept|agree|consent)\w*)",
      r"[;,]\s*(?<p>otherwise),?\s+you\s+(?:\w+\s+)?(?:are|will\s+be|shall\s+be)\s+(?:deemed|considered|treated|taken)\s+(?:to\s+(?:have\s+)?|as\s+(?:having\s+)?)(?:accept|agree|consent)\w*",
      r"\b(?<p>(?:your\s+)?(?:silence|absence\s+of\s+(?:an?\s+|any\s+)?objection|failure\s+to\s+object))\b{{G}}{0,80}?\b(?:constitut\w*|deemed|means|signif\w*|indicat\w*|treated|considered)"],
     "If you do not object in time, you are treated as having agreed.",
     ["If you do not object within 30 days of the notice, you will be deemed to have accepted the new terms.",
      "If you do not want the new plan you may cancel it; otherwise, you are deemed to have accepted the change.",
      "Your silence after we send the notice will be treated as consent."],
     ["If you object to a decision, you can appeal it within 30 days.",
      "We will not cancel your order without telling you."],
     requires=["deemed", "considered", "treated", "taken", "regarded", "assum", "bound", "accept", "agree", "consent",
               "constitut", "means", "signif", "indicat"])

rule("consent_by_use.effective_on_use", "consent_by_use", "medium", ["effective", "accepted", "binding", "take effect", "takes effect", "apply to you",
                                                                     "applies to you", "bind you",
                                                                     "bind you", "binds you", "apply as soon", "applies as soon",
                                                                     "apply once", "applies once", "from the moment"],
     [r"\b(?:terms|agreement|conditions|policy|contract|eula)\s+(?:\([^)]{0,40}\)\s+)?(?:(?:is|are|becomes?|shall\s+become|will\s+become)\s+(?:effective|binding|accepted)|takes?\s+effect|(?:forms?|constitutes?|creates?)\s+(?:a\s+)?(?:legally\s+)?binding\s+(?:agreement|contract)|binds?\s+you|(?:apply|applies)\s+(?:to\s+you\s+)?(?=as\s+soon\s+as|from\s+the\s+moment|once))\b[^.]{0,160}?\b"
      r"(?<p>(?:when|once|upon|as\s+soon\s+as|if)\s+(?:you|the\s+(?:customer|user))\s+(?:[\w']+\s+){0,8}?(?:to\s+)?(?:use|uses|using|access|accesses|accessing|download\w*|install\w*|proceed\w*|visit\w*|register\w*|creat\w*)\b"
      r"|upon\s+(?:your\s+)?(?:first\s+)?(?:use|access|download|installation|registration))",
      # the same, condition first: "Once you install the app, this agreement binds you"
      r"\b(?<p>(?:once|as\s+soon\s+as|from\s+the\s+moment|upon|when)\s+(?:you|the\s+(?:customer|user))\s+(?:\w+\s+){0,3}?(?:use|uses|using|access|accesses|accessing|download\w*|install\w*|visit\w*|register\w*|sign\s+up|creat\w*|open\w*)(?:\s+\w+){0,4})\b{{G}}{0,100}?\b(?:these|this|the|our)\s+(?:\w+\s+){0,2}?(?:terms|agreement|conditions|contract|eula)\s+(?:\w+\s+)?(?:(?:becomes?|is|are|will\s+be|shall\s+be)\s+(?:effective|binding)|takes?\s+effect|binds?\s+you|(?:will|shall)\s+bind\s+you)",
      r"\b(?<p>(?:once|as\s+soon\s+as|from\s+the\s+moment)\s+(?:you|the\s+(?:customer|user))\s+(?:\w+\s+){0,3}?(?:use|uses|using|access|accesses|accessing|download\w*|install\w*|visit\w*|register\w*|sign\s+up|creat\w*|open\w*)(?:\s+\w+){0,4})\b{{G}}{0,100}?\b(?:these|this|the|our)\s+(?:\w+\s+){0,2}?(?:terms|agreement|conditions|contract|eula)\s+(?:will\s+|shall\s+)?(?:apply|applies)\s+to\s+you\b",
      # the act as the cause: "By installing the app, these terms apply to you"
      r"^\W*(?<p>by\s+(?:(?:simply|merely|just)\s+)?(?:downloading|installing|using|accessing|visiting|browsing|registering|signing\s+up|creating|opening|continuing)\b){{G}}{0,80}?,\s*(?:these|this|the|our)\s+(?:\w+\s+){0,2}?(?:terms|agreement|conditions|contract|eula)\s+(?:will\s+|shall\s+)?(?:automatically\s+|then\s+)?(?:apply|applies)\s+to\s+you\b"],
     "The terms start to bind you as soon as you use the service.",
     ["This agreement becomes binding on you as soon as you download the app.",
      "This agreement is effective once you start using the service.",
      "These terms bind you when you use the app.",
      "These terms take effect upon your first use of the service.",
      "Once you install the app, this agreement is binding on you.",
      "As soon as you open an account, these terms apply to you.",
      "By installing or opening the game, these terms will automatically apply to you."],
     ["These terms take effect on 1 March.",
      "By law, these terms apply to you only if you live in the EU.",
      "This agreement becomes effective when both parties sign it.",
      "When you use the app, these terms apply to you."])

# ---------------------------------------------------------------- arbitration
ARB_UNLESS = [r"\bif\b{{G}}{0,120}?\b(?:unenforceable|invalid|void|illegal|not\s+enforceable|found\s+to\s+be|held\s+to\s+be|struck|severed|found\s+not\s+to\s+apply|does\s+not\s+apply|is\s+not\s+applicable)",
              r"\b(?:for\s+(?:more\s+)?(?:information|details)|more\s+information\s+(?:about|on|regarding))",
              r"^\W*(?:please\s+)?(?:see|refer\s+to|review|read)\s+(?:section|paragraph|clause|article|the\s+section)\b",
              r"\b(?:does|do|will|shall)\s*(?:not|n't)\s+apply\s+to\s+(?:you|residents|consumers|users)",
              r"^\W*no\s+class\s+actions?\W*$",
              r"\b(?:sever(?:s|ed|able|ability)?|unenforceable)\b"]
ARB_NOUN = (r"(?<p>arbitra(?:tion|tor|l))\b(?!\s+(?:association|act|rules|institute|centre|center|service|forum|provider|fees?|hearing|award)\b)")
ARB_NOUN_ANY = r"(?<p>arbitra(?:tion|tor|l))\b"
ARB_ADJ = r"(?:(?:a|an|the|final|binding|mandatory|individual|confidential|neutral|independent|single|private|exclusive|personal|sole|and|or|(?-i:[A-Z]{2,6}))[\s,]+){0,5}?"
# Words of a dispute; every sentence that sends disputes to arbitration
# names one (checked by `requires`, so the patterns need not look for it).
DISPUTE_W = ["dispute", "claim", "controvers", "disagreement", "conflict", "complaint", "matter"]
ARB_EXPL = "Disputes must go to a private arbitrator instead of a court."
# The recourse a privacy framework (EU-U.S. DPF, Privacy Shield) offers is an
# option the person may invoke for complaints left unresolved, not a clause
# that takes disputes out of court: no arbitration finding, and the page
# summary's "must disputes go to arbitration" stays false.
ARB_OPTIONAL = [r"\b(?:DPF|data\s+privacy\s+framework|privacy\s+shield|residual\s+(?:complaints|claims))\b",
                r"\b(?:possibility|option|opportunity|right)\s+(?:\w+\s+){0,4}?to\s+(?:invoke|request|choose|elect)\s+(?:\w+\s+){0,2}?arbitration\b",
                r"\barbitration\s+(?:is|may\s+be|will\s+be)\s+(?:also\s+)?available\b"]
ARB_BINDING_UNLESS = ARB_UNLESS + ARB_OPTIONAL + [r"\bexcept\s+(?:where|when|if)\b{{G}}{0,60}?\barbitrat",
                                   r"\b(?:if|in\s+the\s+event|once|when)\b{{G}}{0,40}?\b(?:dispute|claim)\s+is\s+(?:finally\s+)?(?:resolved|decided)"]
rule("arbitration.binding", "arbitration", "high", ["arbitra"],
     [r"\b(?:resolv|settl|decid|determin|adjudicat)\w*\b(?<!\bnot\sresolved|\bnot\ssettled|\bnot\sdecided|\bnot\sdetermined|\bnot\sbe\sresolved|\bnot\sbe\ssettled|\bnot\sbe\sdecided|\bnot\sbe\sdetermined"
      r"|arbitrator\sdetermines|arbitrator\sdecides|arbitrator\sresolves|arbitrator\sdetermined|arbitrator\sdecided)"
      r"{{G}}{0,200}?\b(?:by|through|via|in|under|pursuant\s+to|before|with)\s+(?:the\s+)?(?:(?:rules|procedures)\s+(?:of|for)\s+)?" + ARB_ADJ + ARB_NOUN_ANY,
      r"\b(?:will|shall|must|are|is|to)\s+(?:be\s+)?(?:(?!not\b)\w+\s+){0,2}?(?:submitted|referred|brought|heard|handled|subject)\s+(?:\w+\s+){0,3}?(?:to|by|in|through|before)\s+" + ARB_ADJ + ARB_NOUN],
     ARB_EXPL,
     ["Any dispute between you and us will be settled by final and binding arbitration.",
      "Claims arising from your account shall be submitted to confidential arbitration in Ohio.",
      "Every disagreement about a refund is decided through individual arbitration."],
     ["This section explains how arbitration works.",
      "The arbitrator will issue a written decision within 60 days.",
      "If this arbitration provision is found unenforceable, claims will be heard in the courts of Delaware.",
      "Claims that are not subject to arbitration are heard in small claims court.",
      "Complaints about our Data Privacy Framework compliance that nothing else settles can be resolved through binding arbitration."],
     unless=ARB_BINDING_UNLESS,
     requires=[DISPUTE_W, ["resolv", "settl", "decid", "determin", "adjudicat", "submitted", "referred", "brought", "heard",
                           "handled", "subject"]])

rule("arbitration.must_arbitrate", "arbitration", "high", ["arbitra"],
     [r"\b(?:agree\w*|must|shall|will|required|requires?)\s+(?:\w+\s+){0,4}?(?:use|go\s+to|go\s+through|proceed\s+(?:to|with|in)|participate\s+in|submit\s+to)\s+" + ARB_ADJ + ARB_NOUN,
      r"\b(?:go|goes|proceed|be\s+sent|be\s+taken|be\s+referred)\s+(?:to|through)\s+" + ARB_ADJ + ARB_NOUN,
      r"\b(?<p>arbitration)\s+(?:\w+\s+){0,3}?(?:instead\s+of|rather\s+than)\s+(?:\w+\s+){0,2}?(?:court|judge|jury|litigation|lawsuit)",
      r"\b(?:agree(?:s|d)?|must|shall|will)\s+(?:\w+\s+){0,2}?(?:submit|refer|resolve|settle)\w*\s+(?:\w+\s+){0,6}?(?:to|by|in|through)\s+" + ARB_ADJ + ARB_NOUN],
     ARB_EXPL,
     ["You agree to resolve every claim against us in individual arbitration.",
      "Any complaint will go to arbitration rather than to a judge or jury.",
      "Both parties must use binding arbitration for all disputes."],
     ["The arbitrator may award the same relief as a court.",
      "We will pay the filing fees for arbitration if your claim is under $10,000.",
      "If the arbitration rules change, the rules in effect when you file apply."],
     unless=ARB_BINDING_UNLESS,
     requires=[[" use", "go to", "go through", "goes to", "goes through", "proceed", "participate in", "submit", "be sent",
                "be taken", "be referred", "instead of", "rather than", "refer", "resolve", "settle"]])

rule("arbitration.only_means", "arbitration", "high", ["arbitration"],
     [r"\b(?<p>arbitration)\b(?:\s+\w+){0,4}?\s+(?:is|will\s+be|shall\s+be)\s+(?:the\s+)?(?:sole|exclusive|only)\s+(?:and\s+\w+\s+)?(?:means|method|way|forum|remedy|mechanism|venue|procedure|process)\b",
      r"\b(?<p>arbitration)\s+(?:is|will\s+be|shall\s+be)\s+(?:mandatory|compulsory|required)\b"],
     ARB_EXPL,
     ["Individual arbitration will be the only way to settle a claim against us.",
      "For customers in the United States, arbitration is mandatory."],
     ["Arbitration is not mandatory for customers in the EU.",
      "Court is the only forum for claims about our patents; arbitration does not apply to them."],
     unless=ARB_BINDING_UNLESS,
     requires=[["sole", "exclusive", "only", "mandatory", "compulsory", "required"]])

# An arbitration body named instead of the word ("disputes are resolved by JAMS")
rule("arbitration.provider", "arbitration", "high", [" jams ", " aaa ", " icdr ", " lcia ", " nam "],
     [r"\b(?:resolv|settl|decid|determin|submit|refer|brought|bring|handled|heard|administer)\w*\b{{G}}{0,120}?\b(?:by|through|via|with|before|to|under)\s+(?:the\s+)?(?<p>(?-i:JAMS|AAA|ICDR|LCIA|NAM))\b(?!'s|\s+(?:rules?|procedures?|fee|fees)\b)"],
     ARB_EXPL,
     ["Any claim between us will be resolved through JAMS under its consumer rules.",
      "All disputes shall be submitted to the AAA."],
     ["JAMS is a private dispute resolution company.",
      "Nam and her team will reply to your request."],
     # with the word itself the other arbitration rules decide (most such sentences are procedure)
     unless=ARB_BINDING_UNLESS + [r"\b(?:mediation|mediator|DPF|data\s+privacy\s+framework|privacy\s+shield)\b", r"\barbitra"],
     requires=[DISPUTE_W])

rule("arbitration.final_award", "arbitration", "high", ["arbitra"],
     [r"\b(?<p>(?:arbitrator'?s?|arbitral|arbitration)\s+(?:\w+\s+){0,2}?(?:awards?|decisions?|rulings?|determinations?))\b{{G}}{0,60}?\b(?:final\s+and\s+binding|binding\s+and\s+final|(?:is|are|will\s+be|shall\s+be)\s+(?:\w+\s+)?(?:final|binding)\b)",
      r"\b(?<p>(?:awards?|decisions?|rulings?)\s+of\s+(?:the|an|any)\s+arbitra\w*)\b{{G}}{0,60}?\b(?:final\s+and\s+binding|binding\s+and\s+final|(?:is|are|will\s+be|shall\s+be)\s+(?:\w+\s+)?(?:final|binding)\b)"],
     "Disputes must go to a private arbitrator instead of a court, and the arbitrator's decision is final.",
     ["The arbitrator's decision will be final and binding on both of us.",
      "Any award of the arbitrator shall be final."],
     ["The arbitrator's decision is not binding if either of us rejects it within 30 days.",
      "A court decision on the arbitration clause is final."],
     unless=ARB_UNLESS + [r"\b(?:not|never|n't)\s+(?:be\s+)?(?:final|binding)\b", r"\bbinding\s+only\s+(?:between|on|upon|as\s+to)\b"],
     requires=[["final", "binding"]])

rule("arbitration.small_claims", "arbitration", "high", ["small claims", "small-claims"],
     [r"\b(?<p>small[\s-]+claims?(?:\s+court)?)\b{{G}}{0,120}?\b(?:instead\s+of|rather\s+than|in\s+lieu\s+of|as\s+an\s+alternative\s+to)\s+(?:\w+\s+){0,2}?arbitrat",
      r"\barbitrat\w*\b{{G}}{0,160}?\b(?:except|other\s+than|excluding|exception|apart\s+from|but|not\s+(?:restrict|prevent|preclude|stop|limit|prohibit))\b{{G}}{0,120}?\b(?<p>small[\s-]+claims?(?:\s+court)?)\b",
      r"\b(?:except|other\s+than|excluding|apart\s+from)\s+(?:for\s+)?(?:\w+\s+){0,3}?(?<p>small[\s-]+claims?(?:\s+court)?)\b{{G}}{0,160}?\barbitrat"],
     "Disputes must go to a private arbitrator instead of a court; only small claims can go to a local court.",
     ["You may take a small claim to your local small claims court instead of arbitration.",
      "All disputes go to binding arbitration, except claims that qualify for small claims court.",
      "Other than small-claims cases, every dispute will be resolved by an arbitrator."],
     ["Small claims court is free for claims under $500.",
      "If the arbitration agreement does not apply to you, you may file in small claims court.",
      "Claims that are not arbitrated must be brought in Ohio courts, except small claims."],
     # the venue of claims that escape arbitration, or the arbitrator's powers, is not the carve-out itself
     unless=ARB_UNLESS + [r"\b(?:not|never)\s+(?:be\s+)?(?:subject\s+to\s+|resolved\s+(?:by|through|in)\s+)?arbitrat", r"\barbitrators?\s+(?:\w+\s+)?(?:determines?|decides?|finds?)\b"],
     requires=[["arbitra"]])

ARB_PHRASE_ADJ = ("binding", "mandatory", "compulsory")
rule("arbitration.binding_arbitration", "arbitration", "high",
     [a + m + "arbitration" for a in ARB_PHRASE_ADJ for m in (" ", " and final ", " individual ", "  ")],
     [r"\b(?<!\bnot\ssubject\sto\s)(?<p>(?:binding|mandatory|compulsory)\s+(?:and\s+final\s+|individual\s+|,\s*)?arbitration)\b(?!\s+(?:and\s+class\s+action\s+waiver\s+)?sections?\b)"],
     ARB_EXPL,
     ["Please read carefully: these terms include a binding arbitration clause.",
      "This agreement requires mandatory arbitration of most disputes."],
     ["BINDING ARBITRATION AND CLASS ACTION WAIVER",
      "Arbitration Procedures",
      "Your claim is not subject to binding arbitration if you opted out.",
      "Under certain conditions you have the option to invoke binding arbitration for a complaint we could not resolve."],
     unless=ARB_BINDING_UNLESS,
     # a sentence says something about the arbitration (a heading only names it)
     requires=[[" agree", "requir", " subject", "submit", " go ", " goes ", "proceed", "contain", "includ", "provide",
                "mandate", " must ", " shall ", " will ", "compel", " use ", " uses ", " apply ", " applies ", "affect",
                "resolve", "settle", "waiv", " is ", " are "]])

rule("arbitration.agree_to_arbitrate", "arbitration", "high", ["arbitrate ", "arbitrated"],
     [r"\b(?:agree(?:s|d)?|consent(?:s|ed)?|must|shall|will|required|requires?|option|elect|choose|may|can)\b(?<!\bnot\srequired|n't\sbe\srequired|\bnot\sbe\srequired|\bnot\sagree|n't\sagree|\bno\sright|\bno\soption)\s+(?:\w+\s+){0,3}?(?<p>arbitrate)\b",
      r"\b(?<p>(?:shall|will|must|may)\s+(?:only\s+)?be\s+arbitrated)\b"],
     ARB_EXPL,
     ["YOU AND THE COMPANY AGREE TO ARBITRATE ALL CLAIMS ON AN INDIVIDUAL BASIS.",
      "Any claim about billing shall be arbitrated in London.",
      "Either of us may elect to arbitrate a dispute instead of going to court.",
      "This section requires you to arbitrate most disputes with us."],
     ["You are not required to arbitrate claims about your intellectual property.",
      "The duty to arbitrate is explained in Section 12."],
     unless=ARB_BINDING_UNLESS)

rule("arbitration.arbitration_clause", "arbitration", "high",
     ["arbitration" + sep + w for sep in (" ", "-based ") for w in ("clause", "agreement", "provision", "section",
                                                                    "requirement", "process", "procedure", "program")],
     [r"\b(?:contain\w*|include\w*|requires?|(?<!^)subject\s+to|bound\s+by)\s+(?:\w+\s+){0,4}?(?<p>arbitration(?:-based)?\s+(?:clause|agreement|provision|section|requirement|process|procedure|program))",
      # its scope: "This arbitration agreement applies to all disputes ..."
      r"\b(?<p>arbitration(?:-based)?\s+(?:clause|agreement|provision|section|requirement|program))\s+(?:\([^)]{0,40}\)\s+)?(?:applies|covers|governs|will\s+apply|shall\s+apply|extends)\s+(?:to\s+)?(?:any|all|every|each)\s+(?:\w+\s+){0,3}?(?:disputes?|claims?|controvers\w*|disagreements?)\b"],
     ARB_EXPL,
     ["These terms contain an arbitration agreement that affects your rights.",
      "Your purchase is subject to the arbitration provision in Section 9.",
      "This arbitration agreement covers all claims about your account and our app."],
     ["Arbitration Agreement",
      "The arbitration provision does not cover claims for injunctive relief."],
     unless=ARB_BINDING_UNLESS,
     requires=[["contain", "includ", "require", "subject to", "bound by", "appl", "cover", "govern", "extend"]])

CLASS_EXPL = "You give up the right to join a class action or group lawsuit against the company."
CLASS_UNLESS = ARB_UNLESS + [r"\b(?:does|do|shall|will|would)\s*(?:not|n't)\s+(?:prevent|preclude|prohibit|stop|bar|limit|restrict)\b"]
WAIVE_W = ["waiv", "give up", "giving up", "gives up", "forgo", "forego", "relinquish", "surrender"]
NOT_W = [" no ", " not ", "n't", "never", "neither", " nor "]
rule("arbitration.class_waiver", "arbitration", "high", ["class", "collective", "representative", "attorney general", "consolidat",
                                                          "mass action", "mass arbitration", "group action", "group lawsuit"],
     [r"\b(?:waiv\w*|give\s+up|giving\s+up|gives\s+up|forgo\w*|forego\w*|relinquish\w*|surrender\w*|no|not|n't|never|neither|nor|prohibited|barred|precluded|may\s+only|only|solely)\b{{G}}{0,100}?\b(?<p>(?:class|collective|representative|consolidated)(?:[\s-]+(?:or|and)[\s-]+(?:\w+\s+)?)?[\s-]+(?:action|arbitration|proceeding|lawsuit|suit|claim|basis|member|wide|relief|representative|plaintiff)|(?:member|representative)\s+of\s+(?:a|any)\s+(?:class|group)|(?:mass|group)\s+(?:actions?|arbitrations?|lawsuits?|claims?)|private\s+attorneys?\s+general|as\s+a\s+class|(?:a\s+)?part\s+of\s+(?:a|any)\s+class|on\s+a\s+class(?:[\s-]+wide)?\s+basis|in\s+(?:a|any)\s+(?:purported\s+)?class)s?\b",
      r"\b(?:not|n't|no|never|neither|nor)\b{{G}}{0,40}?\b(?<p>(?:consolidat|join)\w*\s+(?:[\w']+\s+){0,4}?(?:claims|proceedings|actions|cases|matters|disputes|arbitrations|those\s+of\s+(?:any\s+)?other))\b",
      r"\b(?<p>(?:class|collective|representative)[\s-]+(?:actions?|arbitrations?|proceedings?|lawsuits?|claims?|suits?))\b(?:\s+(?:or|and)\s+(?:\w+\s+){0,3}?(?:actions?|arbitrations?|proceedings?|lawsuits?|claims?))?\s+(?:are|is|will\s+be|shall\s+be)\s+(?:not\s+(?:permitted|allowed|available)|prohibited|barred|precluded|waived|excluded)\b"],
     CLASS_EXPL,
     ["You waive any right to take part in a class action against us.",
      "You may not act as a class representative or take part as a member of a class.",
      "THE PARTIES AGREE TO WAIVE ANY RIGHT TO PURSUE CLAIMS AS A CLASS.",
      "The arbitrator may not consolidate more than one person's claims.",
      "You will not take part in a mass action against us.",
      "Class actions and representative claims are not permitted under these terms.",
      "Your arbitration will not be consolidated with any other disputes.",
      "You can only bring claims individually, not as part of a class."],
     ["If the class action waiver is found to be unenforceable, this section is void.",
      "Our premium class of service includes priority support."],
     unless=CLASS_UNLESS,
     requires=[WAIVE_W + NOT_W + ["prohibited", "barred", "precluded", " only ", "solely"]])

rule("arbitration.individual_only", "arbitration", "high", ["individual", "own behalf"],
     [r"\b(?:claims?|disputes?|actions?|proceed\w*|bring|brought|resolv\w*|arbitrat\w*|relief|sue)\b{{G}}{0,80}?\b(?<p>(?:only|solely|exclusively)\s+(?:(?:on\s+an?\s+|in\s+(?:an?\s+|their\s+|your\s+|its\s+)?)individual(?:\s+(?:basis|capacity))?|individually))\b",
      r"\b(?:claims?|disputes?|actions?)\b{{G}}{0,60}?\b(?<p>(?:brought|arbitrated|resolved|pursued|asserted|heard)\s+(?:only\s+)?individually)\b",
      r"\b(?:claims?|disputes?|actions?|bring|brought|sue|arbitrat\w*)\b{{G}}{0,60}?\b(?<p>(?:only|solely|exclusively)\s+(?:on|in)\s+(?:your|their|its|his\s+or\s+her|each\s+party's)\s+own\s+behalf)\b"],
     CLASS_EXPL,
     ["CLAIMS MAY BE BROUGHT ONLY IN AN INDIVIDUAL CAPACITY AND NOT AS A PLAINTIFF IN ANY CLASS OR REPRESENTATIVE PROCEEDING.",
      "Each dispute will be resolved solely on an individual basis.",
      "Claims against the company must be pursued individually.",
      "Either of us may sue the other only on its own behalf."],
     ["Individual plans include one seat.",
      "You can bring claims in small claims court on your own behalf."],
     unless=CLASS_UNLESS,
     requires=[[" only ", "solely", "exclusively", "individually"],
               ["claim", "dispute", "action", "proceed", " bring", "brought", "resolv", "arbitrat", "relief", " sue "]])

JURY_EXPL = "You give up your right to have a jury decide a dispute."
rule("arbitration.jury_waiver", "arbitration", "high", ["jury"],
     [r"\b(?:waiv\w*|give\s+up|giving\s+up|gives\s+up|forgo\w*|forego\w*|relinquish\w*|surrender\w*|no|not|n't|never|neither|nor)\b{{G}}{0,100}?\b(?<p>jury\s+trials?|trials?\s+by\s+(?:a\s+)?jury|(?:a|any)\s+(?:judge\s+or\s+(?:a\s+)?)?jury|judge\s+or\s+(?:a\s+)?jury|jury\s+or\s+(?:a\s+)?judge)\b"],
     JURY_EXPL,
     ["YOU AND WE EACH WAIVE THE RIGHT TO A TRIAL BY JURY.",
      "Neither party may ask for a jury trial.",
      "An arbitrator, not a judge or jury, decides your claim."],
     ["The jury is still out on which features users prefer.",
      "Jury duty does not count as a reason for a late payment."],
     unless=ARB_UNLESS,
     requires=[WAIVE_W + NOT_W])

rule("arbitration.court_waiver", "arbitration", "high", WAIVE_W,
     [r"\b(?<p>(?:waiv\w*|give\s+up|giving\s+up|gives\s+up|forgo\w*|relinquish\w*|surrender\w*))\b{{G}}{0,60}?\bright\w*\s+to\s+(?:(?:go\s+to|sue\s+in|(?:a\s+)?trial\s+in|litigate\s+in|have\s+(?:\w+\s+){0,2}?heard\s+in)\s+(?:a\s+)?court\b|sue\b|litigate\b"
      r"|(?:bring|file|start|pursue)\s+(?:a\s+|any\s+)?(?:lawsuit|court\s+(?:case|action))|(?:a\s+)?court\s+(?:trial|hearing)|have\s+(?:a\s+)?(?:judge|court)\s+(?:decide|resolve|hear)\b)"],
     JURY_EXPL,
     ["By agreeing to these terms, you are giving up the right to go to court.",
      "You waive your right to sue us over a billing error.",
      "Both of us give up the right to bring a lawsuit over these terms.",
      "You waive the right to a court hearing on any claim."],
     ["Nothing in these terms limits liability for personal injury.",
      "You may waive the delivery fee by choosing pick-up."],
     unless=ARB_UNLESS,
     requires=[["right"], [" court", " sue", "litigat", "lawsuit", "judge"]])

rule("arbitration.opt_out", "arbitration", "medium", ["opt out", "opt-out", "optout", "reject", "decline"],
     [r"\b(?<p>opt(?:-|\s+)?out)\b{{G}}{0,100}?\b(?:arbitrat\w*|class\s+action\s+waiver|dispute\s+resolution\s+(?:provision|section|agreement|clause))",
      r"\barbitrat\w*\b{{G}}{0,100}?\b(?<p>opt(?:-|\s+)?out)\b",
      r"\b(?<p>(?:reject|decline)\w*)\s+(?:\w+\s+){0,4}?(?:agreement\s+to\s+arbitrate|arbitration)"],
     "You can opt out of arbitration, usually only within a short window after you sign up.",
     ["You may opt out of this arbitration agreement by writing to us within 30 days.",
      "To reject the agreement to arbitrate, email legal@example.com within 30 days of signing up."],
     ["You can opt out of marketing emails at any time.",
      "We may decline your order if payment fails."])

rule("arbitration.opt_out_notice", "arbitration", "medium", ["opt out", "opt-out", "optout"],
     [r"\b(?<p>opt(?:-|\s+)?out)\b{{G}}{0,120}?\b(?:within|no\s+later\s+than|not\s+later\s+than|before|deadline|\d+\s+days|calendar\s+days|notice|ineffective|form|letter|postmarked)\b"],
     "This explains how and when you can opt out of arbitration; the window is often short.",
     ["Disputes are settled by binding arbitration. Your opt-out notice must reach us within thirty days after you first accept these terms.",
      "All claims go to binding arbitration. To opt out, your written notice must be postmarked within 30 days."],
     ["Send your opt-out notice to the address below.",
      "You can unsubscribe from emails at any time. Your opt-out notice takes effect within 10 days."],
     after={"label": "arbitration", "within": 3})

# A capitalised "Opt-Out Notice" with a deadline is the arbitration opt-out
# even without the word (a marketing opt-out has no deadline).
rule("arbitration.opt_out_deadline", "arbitration", "medium", ["opt-out", "opt out", "optout"],
     [r"\b(?<p>(?-i:Opt[- ]?[Oo]ut\s+(?:Notice|Form|Letter|Request|Procedure)|OPT[- ]?OUT\s+(?:NOTICE|FORM|LETTER|REQUEST)))\b{{G}}{0,160}?\b(?:within|no\s+later\s+than|not\s+later\s+than|deadline|\d+\s+(?:calendar\s+)?days|(?:thirty|sixty|ninety|forty-five)\s+(?:\(\d+\)\s+)?(?:calendar\s+)?days|postmarked)\b",
      r"\b(?:within|no\s+later\s+than|not\s+later\s+than)\b{{G}}{0,80}?\b(?<p>(?-i:Opt[- ]?[Oo]ut\s+(?:Notice|Form|Letter|Request)))\b"],
     "This explains how and when you can opt out of arbitration; the window is often short.",
     ["The Opt-Out Notice must be sent no later than thirty (30) days after you first accept these terms.",
      "Mail your Opt Out Form within 30 days of signing up."],
     ["Use the opt-out form to stop marketing emails.",
      "Send your Opt-Out Notice to the address below."])

# ---------------------------------------------------------------- unilateral_change
UC_UNLESS = [r"\byou\s+(?:may|can|must|shall|cannot|can't|are\s+not\s+(?:allowed|permitted)\s+to)\s+(?:not\s+)?(?:change|modify|amend|alter|update|revise|edit)\b",
             # the other party may not change it; a list of what a user must not do to the software
             r"\b(?:customers?|users?|licensees?|subscribers?|members?|clients?|buyers?)\s+(?:may|shall|must|will|can)\s*(?:not|n't)\s+(?:\w+\s+){0,2}?(?:change|modify|amend|alter|update|revise|edit)\b",
             r"\b(?:create|make|prepare)\s+derivative\s+works\b",
             # other documents that cannot change this one ("a purchase order will not amend this Agreement")
             r"\b(?:will|shall|can|may|do|does)\s+not\s+(?:amend|modify|change|alter|supersede|vary)\s+(?:or\s+(?:amend|modify|change|alter|supersede|vary)\s+)?(?:this|these|the)\s+(?:agreement|terms|contract)\b(?![^.;]{0,40}\b(?:without|unless|except)\b)",
             # other terms that add to these ("may also apply and supplement these Terms",
             # "may be supplemented by the terms of the app", "a notice that supplements this policy")
             r"\b(?:apply|applies)\s+(?:to\s+\w+\s+)?and\s+supplement\b|\bbe\s+supplemented\s+by\b|\b(?:that|which)\s+supplements?\s+(?:this|these|our|the)\b",
             r"\b(?:invalid|unenforceable|unlawful|illegal|void|severable|severed)\b",
             r"\b(?:terms|provisions?|agreements?|conditions)\s+(?:will|shall|may)\s+(?:also\s+|instead\s+|further\s+)?(?:supplement|amend|supersede|modify|replace|prevail|govern|control)\b",
             r"\b(?:will|shall|can|may|do|does|would)\s*(?:not|never|n't)\s+(?:\w+\s+){0,2}?{{CHV}}\s+(?:\w+\s+){0,5}?(?:after|once|following)\b",
             r"\bonly\s+(?:by|in|through|with)\s+(?:a\s+|mutual\s+|our\s+mutual\s+)?(?:written|writing|mutual|signed)",
             r"\b(?:information|details|more)\s+(?:about|on|regarding)\s+(?:\w+\s+){0,2}?(?:changes|modifications|updates|amendments)\b",
             r"\b(?:will|shall|may|can|do|does|would)\s*(?:not|never|n't)\s+(?:\w+\s+){0,2}?{{CHV}}{{G}}{0,80}?\b(?:without\s+(?:\w+\s+){0,2}?(?:your|first|you)|unless\s+you)",
             r"\bunless\s+{{G}}{0,30}?\bin\s+(?:a\s+)?(?:writing|written)\b",
             r"\bsigned\s+by\s+(?:both|each|you\s+and)",
             r"\bagree\s+not\s+to\s+(?:\w+\s+)?(?:modify|change|amend|alter)",
             # what a section adds to a policy, and things that vary by nature
             r"^\W*(?:this|these|the\s+following)\s+(?:[\w-]+\s+){0,5}?(?:\([^)]{0,60}\)\s*)?(?:supplements?|complements?)\b",
             r"\b(?:frequency|rates?|speeds?|availability|times?|amounts?)\s+(?:\w+\s+)?var(?:y|ies)\b"]
# The tail after a change verb: more verbs of a list ("change, modify or
# replace"), an aside between commas, then the document or price changed.
UC_TAIL = (r"(?:\s*,\s*[^,.;]{0,40},)?(?:\s*(?:,|and/or|and|or|/)\s*(?:\w+\s+)?\w+){0,4}?\s+"
           r"(?:(?:any|all|some|certain|the|parts?|portions?|provisions?|sections?|any\s+part|the\s+terms)\s+(?:of\s+)?)*(?:to\s+)?{{DOCPHRASE}}")
# Modal verbs of the provider; "you may change your settings" is not a change of terms.
UC_MODAL = (r"\b(?:may|might|can|could|will|shall|would)\b"
            r"(?<!\byou\smay|\byou\smight|\byou\scan|\byou\scould|\byou\swill|\byou\sshall|\byou\swould|\bi\smay|\bi\scan|\bi\swill)")
UC_RIGHT = (r"\b(?:(?:reserves?|retains?|ha(?:s|ve))\s+(?:the|its|our|all)\s+rights?\b{{G}}{0,100}?\bto"
            r"|(?:is|are)\s+(?:entitled|free|permitted|allowed)\s+to|(?:needs?|intends?|plans?|decides?|chooses?|elects?)\s+to)")
# Change verbs in their verb forms ("supplemental", "alternative" are not changes).
CHV_FORMS = {"chang": ["e", "es", "ed", "ing"], "modif": ["y", "ies", "ied", "ying"], "amend": ["", "s", "ed", "ing"],
             "revis": ["e", "es", "ed", "ing"], "updat": ["e", "es", "ed", "ing"], "alter": ["", "s", "ed", "ing"],
             "supplement": ["", "s", "ed", "ing"], "replac": ["e", "es", "ed", "ing"], "var": ["y", "ies", "ied", "ying"],
             "edit": ["", "s", "ed", "ing"], "adjust": ["", "s", "ed", "ing"], "rewrit": ["e", "es", "ing"], "restat": ["e", "es", "ed", "ing"],
             "increas": ["e", "es", "ed", "ing"], "rais": ["e", "es", "ed", "ing"], "introduc": ["e", "es", "ed", "ing"],
             "impos": ["e", "es", "ed", "ing"], "remov": ["e", "es", "ed", "ing"]}
CHV_WORDS = [st + f for st, fs in CHV_FORMS.items() for f in fs]
CHV_VERB = "(?:" + "|".join(st + "(?:" + "|".join(fs) + ")" for st, fs in CHV_FORMS.items()) + "|add\\s+to)"
# Checked where a change verb starts (the lookahead first, so the look
# back runs only there): an adjective ("the updated terms", "last updated"),
# the reader as the one who changes ("you may change your plan"), a denial
# ("cannot modify").
UC_NEG = (r"(?<!\byou\s|\bi\s|\bnot\s|n't\s|\bcannot\s|\bnever\s|\bthe\s|\bthese\s|\bthis\s|\bany\s|\bsuch\s|\bour\s|\bits\s"
          r"|\btheir\s|\byour\s|\ban\s|\ba\s|\bnew\s|\blast\s|\brecently\s|\blatest\s|\bcurrently\s|\bas\s|\bwere\s|\bwas\s|\bbeen\s"
          r"|\botherwise\s|\bwhich\s|\bto\s(?=\w+ed\b))"
          r"(?<!\byou\smay\s|\byou\scan\s|\byou\swill\s|\byou\smust\s|\byou\sshould\s|\byou\swant\sto\s|\byou\swish\sto\s"
          r"|\byou\sneed\sto\s|\byou\sagree\sto\s|\bto\syou\s)")
UC_ANCHORS = ["chang", "modif", "amend", "revis", "updat", "alter", "supplement", "replac", "vary", "varie", "edit", "adjust",
              "rewrit", "restat", "increas", "rais", "introduc", "impos", "add to", "remov"]
UC_TAIL_DIRECT = (r"(?:\s*,\s*[^,.;]{0,40},)?(?:\s*(?:,|and/or|and|or|/)\s*(?:\w+\s+)?\w+){0,4}?\s+"
                  r"(?:(?:any|all|some|certain|the|parts?|portions?|provisions?|sections?|any\s+part|the\s+terms)\s+(?:of\s+)?)*{{DOCPHRASE}}")
# an -ed form straight before the document is an adjective ("revised Terms");
# as a verb it has a determiner ("we updated our policy")

# the change verbs as words (not "exchange", "alternative", "amendment", "credit")
UC_VERB_W = [" " + w + (" " if w in ("alter", "amend", "supplement", "replace", "adjust", "edit") else "")
             for w in CHV_WORDS] + [" add to "]
# the documents and prices a change is about (DOCS), as words
UC_DOC_W = [" terms", " t&c", " tos ", "eula", "conditions", "agreement", "contract", "polic", "notice", "statement",
            "provision", "guidelines", "rules", "price", "pricing", " fee", "charges", " rates", "tariff"]
rule("unilateral_change.may_change", "unilateral_change", "medium", UC_VERB_W,
     [r"\b(?=" + CHV_VERB + r"\b)" + UC_NEG + r"(?<p>" + CHV_VERB + r")\b(?:(?<!ed)" + UC_TAIL_DIRECT
      + r"|(?<=ed)\s+(?:(?:any|all|some|certain|parts?|portions?|provisions?|sections?)\s+(?:of\s+)?)*(?:this|these|the|our|its|their|your|such|any|all)\s+(?:{{ADJ}}[\s,/-]+){0,5}?{{DOCS}}\b)",
      r"\b(?=" + CHV_VERB + r"\b)" + UC_NEG + r"(?<p>" + CHV_VERB + r")\b(?:(?!\byou\b){{G}}){0,120}?(?:,\s*|\s(?:or|and|and/or)\s+)(?:(?:any|all)\s+(?:of\s+)?)?(?:these|this)\s+(?:{{ADJ}}[\s,/-]+){0,3}?{{DOCS}}\b"],
     "The company can change these terms or its prices on its own.",
     ["We may revise these Terms of Service from time to time.",
      "The Company reserves the right, at its sole discretion, to modify or replace this Privacy Notice at any time.",
      "WE MAY CHANGE OUR SUBSCRIPTION FEES AT ANY TIME.",
      "We periodically update this notice and post the new version here."],
     ["You may change your privacy settings at any time.",
      "The customer may not amend or modify this agreement without our written consent.",
      "You may not copy, modify or make derivative works of the software or these materials.",
      "Terms printed on a customer's purchase order will not amend or modify this Agreement.",
      "You may not amend or modify these Terms.",
      "Please read the updated Terms carefully.",
      "We will change your password if we suspect misuse.",
      "These terms were last updated on 3 March.",
      "We will never change these terms without asking for your agreement first.",
      "It sets out what the law asks of us, including how we use your data, how we change our policy and how to reach us.",
      "This section supplements our terms for customers in Canada.",
      "This Cookie and Tracking Policy (the \"Cookie Policy\") supplements our Privacy Policy and explains how we use cookies.",
      "Message frequency varies, and standard carrier rates may apply.",
      "3 March 2019: Updated to introduce a section for members in Canada, as we may change our fees.",
      "4 June 2016: New section 12 added to introduce terms for members in Japan.",
      "Team plans have their own agreement, which may also apply and supplement these Terms.",
      "These terms may be supplemented by the rules of each game.",
      "Residents of Quebec have more rights, set out in a regional notice that supplements this Privacy Policy."],
     unless=UC_UNLESS + [r"^\W*(?:[\d.]+\s+)?(?:changes|modifications|updates|amendments|revisions)\s+(?:to|in|of)\s+{{DOCPHRASE}}\W*$",
                         r"^\W*(?:to|how\s+to|please|click|tap|go\s+to|select)\b{{G}}{0,20}?\b" + CHV_VERB + r"\b",
                         r"\bsupersed", r"\bnot\s+intended\s+to\b", r"^\W*nothing\b",
                         # a list of what a policy covers: "..., how we change our Privacy Policy, and how to contact us"
                         r",\s*(?:and\s+)?how\s+we\s+(?:may\s+|will\s+|can\s+)?(?:change|update|modify|amend|revise)\s+(?:this|our|the)\b",
                         r"\breplaces?\s+(?:all|any)\s+(?:\w+\s+)?(?:prior|previous|earlier|other)\b",
                         # an entry of a change log: "12 May 2020: Updated to cover ..."
                         r"^\W*(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\s*[:\x{2013}\x{2014}-]\s*(?:modified|updated|amended|revised|changed|added|introduced|removed|clarified|edited|new|the|this|section|sections|clause|paragraph|terms)\b",
                         # no one who could change anything: no modal, no "we", no "right to", no "if/when"
                         r"^(?!{{G}}{0,3000}?\b(?:may|might|can|could|will|shall|would|reserves?|retains?|right|entitled|we|we've|we're|we'll|us|our|has|have|had|periodically|occasionally|time|if|when|whenever|before|after|need|needs|intend|intends|plan|plans)\b)"],
     requires=UC_DOC_W)

rule("unilateral_change.change_it", "unilateral_change", "medium",
     [v + s_ + o for v in ("change", "modify", "amend", "revise", "update", "alter", "replace", "supplement")
      for s_ in ("", "s") for o in (" it ", " them ")],
     [r"\b(?:may|will|can|might|to|we)\s+(?:\w+\s+)?(?<p>(?:change|modify|amend|revise|update|alter|replace|supplement)s?)\s+(?:it|them)\b"],
     "The company can change these terms or its prices on its own.",
     ["This policy is not fixed: we may update it whenever our practices change.",
      "These terms are ours to change, and we will revise them as the service grows."],
     ["Your profile is yours: you can update it at any time.",
      "If your details are wrong, please change them in Settings."],
     unless=UC_UNLESS + [r"\b(?:you|users?)\s+(?:\w+\s+)?(?:may|can|should|must|need\s+to|want\s+to)\s+(?:\w+\s+)?(?:change|modify|amend|revise|update|alter|replace|supplement)s?\s+(?:it|them)\b"],
     requires=[["terms", "policy", "policies", "agreement", "statement", "conditions"]])

MAKE_WORDS = ["make", "makes", "making", "implement", "introduce"]
MAKE_NEXT = ["changes", "change", "any", "material", "significant", "a ", "an ", "such", "substantial", "important", "major", "some",
             "certain", "further", "additional", "modification", "amendment", "revision", "update", "alteration"]
MAKE_MID = r"(?:(?:any|material|significant|a|an|such|substantial|important|major|minor|some|certain|further|additional|big)\s+){0,3}"
rule("unilateral_change.make_changes", "unilateral_change", "medium", [m + " " + n for m in MAKE_WORDS for n in MAKE_NEXT],
     [r"\b(?<p>(?:if|when|whenever|should|once|before|after)\s+we(?:\s+are|'re)?\s+(?:\w+\s+){0,2}?(?:make|makes|making)\s+" + MAKE_MID + r"(?:changes?|modifications?|amendments?|revisions?|updates?))\b(?!\s+(?:to|in|of)\b)",
      r"\b(?<p>(?:make|makes|making|implement|introduce)\s+" + MAKE_MID + r"(?:changes?|modifications?|amendments?|revisions?|updates?|alterations?))\s+(?:to|in|of)\s+(?:(?:any|all|some|certain|the|parts?|portions?|provisions?)\s+(?:of\s+)?)*{{DOCPHRASE}}",
      # a change of practice: "changes to how we use your data"
      r"\b(?<p>(?:make|makes|making|implement|introduce)\s+" + MAKE_MID + r"(?:changes?|modifications?|amendments?|revisions?|updates?|alterations?))\s+(?:to|in)\s+(?:how\s+|the\s+ways?\s+(?:in\s+which\s+|that\s+)?|the\s+manner\s+in\s+which\s+|the\s+purposes?\s+for\s+which\s+)we\s+(?:\w+\s+)?(?:use|collect|process|share|disclose|handle|treat|store)\b"],
     "The company can change these terms on its own.",
     ["If we make material changes, we will tell you by email before they apply.",
      "We may make changes to this policy as our service evolves.",
      "Before we make significant changes to how we use your photos, we will email you."],
     ["We make changes to your order only when you ask.",
      "Make changes to your profile in the app."],
     unless=UC_UNLESS + [r"^\W*make\b"])

BE_CHANGED = ["changed", "modified", "amended", "revised", "updated", "altered", "supplemented", "replaced", "varied"]
CHANGE_NOUNS = ["change", "changes", "modification", "modifications", "amendment", "amendments", "revision", "revisions",
                "update", "updates", "alteration", "alterations"]
rule("unilateral_change.subject_to_change", "unilateral_change", "medium",
     ["be " + w for w in BE_CHANGED] + ["is " + w for w in BE_CHANGED] + ["are " + w for w in BE_CHANGED]
     + ["subject to " + w for w in ("change", "revision", "modification", "amendment", "update", "occasional", "periodic")]
     + [m + a + "change" for m in ("may ", "might ", "will ", "can ", "could ") for a in ("", "also ", "sometimes ", "occasionally ", "periodically ")]
     + [n + " " + p for n in CHANGE_NOUNS for p in ("to", "in", "of", "we make", "that we make", "which we make")]
     + [n + " " + v for n in CHANGE_NOUNS for v in ("will", "shall", "are", "is", "become", "becomes", "take", "takes")]
     + ["new version", "revised version", "updated version", "new terms", "revised terms", "updated terms", "new polic",
        "revised polic", "updated polic", "amended terms", "modified terms", "new pric", "new fee", "revised pric", "updated pric",
        "new rate", "new charges"]
     + [w + " " + v + " made" for w in CHANGE_NOUNS for v in ("are", "is", "get", "gets", "be")],
     [r"\b(?<p>{{DOCS}})\b(?:\s+of\s+\w+)?(?:\s+(?:and|or)\s+\w+)?(?:\s+\w+ed)?\s+(?:\([^)]{0,60}\)\s+)?(?:(?:may|might|can|will|shall|could|is|are)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:changed|modified|amended|revised|updated|altered|supplemented|replaced|varied)"
      r"|(?:is|are)\s+(?:\w+\s+)?subject\s+to\s+(?:\w+\s+)?(?:change|revision|modification|amendment|update)s?"
      r"|(?:may|might|will|can|could)\s+(?:(?:also|sometimes|occasionally|periodically)\s+)?(?:change|be\s+subject\s+to\s+change))\b",
      r"\b(?<p>(?:changes?|modifications?|amendments?|revisions?|updates?|alterations?)\s+(?:are|is|get|gets|(?:will|shall|may)\s+be)\s+made\s+(?:to|in)\s+{{DOCPHRASE}})",
      r"\b(?<p>(?:changes?|modifications?|amendments?|revisions?|updates?|alterations?)\s+(?:(?:we|that\s+we|which\s+we)\s+make\s+)?(?:to|in|of)\s+{{DOCPHRASE}}){{G}}{0,40}?\b(?:will|shall|become|becomes|take\s+effect|takes\s+effect|may|must|effective|be\s+posted|are\s+posted|is\s+posted|apply|applies)\b",
      r"\b(?<p>(?:each|every|all|any|such|these|the)\s+(?:such\s+)?(?:material\s+|significant\s+)?(?:changes?|modifications?|amendments?|revisions?|updates?))\s+(?:will|shall|are|is|becomes?|takes?)\b{{G}}{0,40}?\b(?:effective|take\s+effect|when\s+we\s+post|upon\s+(?:posting|publication)|(?:be\s+)?posted)\b",
      r"\b(?<p>(?:new|revised|updated|amended|modified|changed)\s+(?:versions?\s+of\s+)?{{DOCPHRASE}})\s+(?:\([^)]{0,40}\)\s+)?(?:will\s+|shall\s+|may\s+)?(?:(?:take|takes|become|becomes|come|comes|go|goes|enter|enters)\s+(?:into\s+)?(?:effect|effective|force)|(?:apply|applies)\s+(?:\w+\s+)?(?:from|as\s+of|once|when|upon))\b",
      r"\b(?:notify|inform|tell|alert|advise|email|e-mail|let\s+you\s+know|post|posting|publish|announce|notices?\s+(?:of|regarding|about)|notification\s+of)\w*\s+(?:you\s+|users\s+)?(?:\w+\s+){0,4}?(?<p>(?:changes?|modifications?|amendments?|revisions?|updates?|alterations?)\s+(?:we\s+make\s+)?(?:to|in|of)\s+(?:(?:any|all|some|certain|the|parts?|portions?|provisions?|sections?)\s+(?:of\s+)?)*{{DOCPHRASE}})"],
     "These terms or prices can be changed by the company.",
     ["This Privacy Notice may be updated from time to time.",
      "New versions of this policy take effect 30 days after publication.",
      "Revised terms apply from the day we publish them.",
      "These Terms may be amended as the law changes.",
      "Prices are subject to change without notice.",
      "Any changes to these terms will take effect when we post them on this page.",
      "We will let you know about significant changes to this policy by email.",
      "If major amendments are made to this notice, we will email you.",
      "Subscribers are told by email before the new prices take effect."],
     ["Your account settings may be changed at any time from the Profile page.",
      "Changes to this Privacy Notice",
      "This guide may be updated as new features ship.",
      "We follow the Data Protection Act, as amended from time to time.",
      "Changes are made to your profile only when you save them."],
     unless=UC_UNLESS + [r"\b(?:law|laws|regulations?|act|statutes?|directives?|code|legislation|convention)\b\s*,?\s+as\s+(?:\w+\s+)?(?:amended|modified|updated|revised|replaced)"])

rule("unilateral_change.new_use", "unilateral_change", "medium",
     ["different from", "not described", "not disclosed", "not stated", "inconsistent with", "not specified", "not covered",
      "not set out"],
     [r"\bwe\s+(?:(?:ever|later|subsequently|then|also)\s+)?(?:(?:decide|wish|intend|want|plan|need|propose|choose|elect|start|begin|would\s+like)\w*\s+to\s+|(?:may|might|will)\s+(?:\w+\s+)?(?=use|process|share|disclose))?(?<p>(?:use|process|share|disclose)\w*)\s+(?:\w+\s+){0,6}?(?:in\s+a\s+(?:manner|way)|for\s+(?:a|any)\s+(?:new\s+|other\s+)?purposes?)\s+(?:that\s+is\s+)?(?:materially\s+)?(?:different\s+from|not\s+(?:described|disclosed|stated|specified|covered|set\s+out)|inconsistent\s+with)"],
     "The company may start using your information in new ways and only tell you about it.",
     ["If we start to use your details in a way not described in this notice, we will tell you by email first.",
      "Should we decide to share your data for a purpose different from the ones listed here, we will post a notice."],
     ["We will never use your details in a way not described here without asking for your consent.",
      "We do not share your data for any purpose not described in this notice."],
     unless=UC_UNLESS + [r"\b(?:not|never|n't)\s+(?:\w+\s+){0,2}?(?:use|process|share|disclose)\b", r"\b(?:consent|opt[- ]?in|permission|agree\w*|approval)\b"],
     requires=[["notify", "inform", "tell", "contact", "post", "let you know", "email", "e-mail", "notice", "alert"]])

rule("unilateral_change.continued_use", "unilateral_change", "medium",
     ["continu", "keep using", "keep on using", "subsequent use", "subsequent access", "further use", "further access", "ongoing use",
      "after the date", "after publication", "after posting", "after the posting", "after the changes", "after such changes", "after any changes",
      "after changes", "after the effective", "after such modification", "after any modification", "after the update", "after we post",
      "after we publish", "after notice", "following the posting", "following such", "following any", "following the changes",
      "following changes", "subsequent to",
      "be bound by any", "be bound by such", "be bound by the", "be bound by amended", "be bound by modified", "be bound by revised",
      "be bound by updated", "be bound by changed", "be bound by new"],
     [r"\b(?<p>(?:continu\w*|keep\s+(?:on\s+)?|subsequent|further|ongoing)\s*(?:to\s+)?(?:use|using|access\w*|visit\w*|brows\w*|participat\w*|employment))\b(?={{G}}{0,250}?\b(?:accept|agree|consent|assent|bound|acknowledg)\w*)(?={{G}}{0,250}?\b(?:chang|modif|amend|revis|updat|new\s+version|new\s+terms|posted|posting|publication|effective\s+date)\w*)",
      r"\b(?:chang|modif|amend|revis|updat|new\s+version)\w*\b{{G}}{0,200}?\b(?<p>(?:continu\w*|subsequent|further)\s+(?:to\s+)?(?:use|using|access\w*|visit\w*|browsing))\b(?={{G}}{0,200}?\b(?:accept|agree|consent|assent|bound)\w*)",
      r"\b(?:chang|modif|amend|revis|updat|new\s+version|new\s+terms)\w*\b{{G}}{0,200}?\b(?:accept|agree|consent|bound)\w*\b{{G}}{0,120}?\b(?<p>(?:continu\w*|keep)\s+(?:on\s+)?(?:to\s+)?(?:use|using|access\w*|visit\w*|brows\w*))\b",
      r"\b(?<p>(?:use|access)\w*)\b{{G}}{0,80}?\b(?:after|following|subsequent\s+to)\s+(?:the\s+|such\s+|any\s+|these\s+)?(?:date\s+of\s+)?(?:publication|posting|changes?|modifications?|updates?|amendments?|revisions?|effective\s+date|notice|we\s+(?:post|publish|notify))\b(?={{G}}{0,200}?\b(?:accept|agree|consent|assent|bound)\w*)",
      r"\b(?<p>(?:agree|consent)\w*\s+to\s+be\s+bound\s+by\s+(?:any\s+)?(?:such\s+)?(?:amended|modified|revised|updated|changed|new)\s+(?:version|terms|agreement|polic))",
      r"\b(?<p>(?:agree|consent)\w*\s+to\s+be\s+bound\s+by\s+(?:any\s+|all\s+)?(?:such\s+|future\s+|subsequent\s+)?(?:changes|modifications|amendments|revisions|updates))\b"],
     "The company can change the terms, and simply continuing to use the service counts as accepting the changes.",
     ["Your continued use of the app after we post a revised version means you accept the changes.",
      "If you keep using the service after the new terms take effect, you agree to be bound by them."],
     ["You can continue to use the service while your request is processed.",
      "Continued use of these tips will improve your score."])

rule("unilateral_change.check_for_changes", "unilateral_change", "medium",
     ["periodically", "regularly", "frequently", "from time to time", "regular basis", "often", "occasionally", "may change",
      "might change",
      "can change", "will change", "could change", "may be changed", "may be updated", "may be modified", "may be revised",
      "may be amended", "can be changed", "can be updated"],
     [r"\b(?<p>(?:check|review|visit|consult|read|look\s+at|return\s+to|revisit)\w*)\s+(?:\w+\s+){0,5}?(?:periodically|regularly|frequently|from\s+time\s+to\s+time|often|occasionally)\b{{G}}{0,60}?\b(?:for|to\s+(?:see|check|learn|review|stay|be\s+aware|make\s+sure)|so\s+(?:that\s+)?you)\b{{G}}{0,40}?\b(?:changes|updates|modifications|revisions|amendments|(?:latest|new|updated|revised)\s+(?:version|terms|polic\w*))\b",
      r"\b(?<p>(?:check|review|visit|consult|read)\w*\s+(?:\w+\s+){0,3}?{{DOCS}})\b{{G}}{0,80}?\b(?:as|because|since)\s+(?:they|it|these|this)\s+(?:\w+\s+)?(?:may|might|can|could|will)\s+(?:\w+\s+)?(?:change|be\s+(?:changed|updated|modified|revised|amended))\b"],
     "The company can change these terms, and it is up to you to look for the changes.",
     ["It is your responsibility to check this page periodically for changes.",
      "Please review these terms regularly, as they may change.",
      "We encourage you to visit this page from time to time to see the latest version."],
     ["Check your inbox regularly for new messages.",
      "Please review the policy periodically so that you stay informed.",
      "Please review your order before you pay, as prices include tax."],
     unless=UC_UNLESS,
     requires=["change", "update", "modif", "revis", "amend", "version", "new terms", "new polic"])

# Continued use after changes is also consent by use (corpus decision); the
# consent rules above catch most phrasings.

# ---------------------------------------------------------------- content_license
BREADTH = (r"(?={{G}}{0,400}?\b(?:worldwide|world-wide|perpetual|irrevocable|royalty[\s-]*free|sub-?licens\w*|transferable|fully[\s-]paid"
           r"|unlimited|unrestricted|non-?exclusive|in\s+perpetuity|(?:all|any)\s+(?:media|formats?)|(?:use|copy|reproduce|modify|adapt|publish|distribute|display|perform|translate)\w*\s*,\s*(?:\w+\s*,\s*)*(?:and\s+|or\s+)?(?:use|copy|reproduce|modify|adapt|publish|distribute|display|perform|translate|create))\b)")
rule("content_license.grant", "content_license", "medium", ["grant", "licen", "give", "confer"],
     [r"\b(?<p>you\s+(?:\w+\s+){0,3}?(?:grant|give|confer|assign)\w*)\b" + BREADTH + r"(?:(?!\bwe\s+grant){{G}}){0,200}?\b(?:licen[cs]es?|rights?|permission)\b",
      # a plain licence to publish what you submit, without the usual adjectives
      r"\b(?<p>(?:i|you)\s+(?:\w+\s+){0,2}?(?:grant|give)\w*)\s+(?:to\s+)?(?:us|[\w&.-]+)\s+(?:and\s+(?:\w+\s+){1,2})?(?:a|the|an)\s+(?:(?!limited\b|revocable\b)[\w-]+\s+){0,2}?licen[cs]e\s+to\s+(?:use|publish|display|reproduce|distribute|share|modify|adapt|feature|broadcast|host|store|copy|show|perform)\b{{G}}{0,80}?\b(?:my|your|any|the|such|this|that|these|those|it|them)\b",
      gated(r"\b(?<p>you\s+(?:hereby\s+)?(?:\w+\s+)?licen[cs]es?)\s+(?:to\s+(?:us|\w+)\s+)?(?:your|all|any|the|such|it|them|this|that|these|those)\b" + BREADTH + r"(?!{{G}}{0,40}?\bfrom\s+(?:us|a\s+third|third))",
            [a + "licen" for a in (" you ", "hereby ", "also ", "irrevocably ", "expressly ", "automatically ", "further ")]),
      r"\b(?<p>(?:grant|give|confer)\w*\s+(?:to\s+)?(?:us|the\s+company|(?-i:[A-Z][\w&.-]*))(?:,?\s+(?:and\s+)?(?:our|its)\s+(?:\w+\s+){0,3}?)?\s+(?:an?\s+)?)" + BREADTH + r"{{G}}{0,160}?\b(?:licen[cs]es?|rights?)\b{{G}}{0,120}?\b(?:content|posts?|photos?|videos?|materials?|submissions?|uploads?|inputs?|works?|feedback|suggestions?|recordings?|images?|text|information)"],
     "Anything you post can be used by the company broadly under a licence you give it.",
     ["By uploading photos, you give us a non-exclusive, royalty-free licence to use, copy and display them.",
      "When you submit a review, you grant us a licence to publish it on our site.",
      "You hereby grant the Company a worldwide licence to host and share your submissions.",
      "You grant Example and its partners a licence to host, copy and show the files you upload.",
      "By posting a photo, you license it to us on a worldwide, royalty-free basis."],
     ["We grant you a limited, non-exclusive, non-transferable licence to use the app.",
      "We grant Users a non-exclusive licence to use the stickers we provide.",
      "You keep all rights in your content and do not grant us any licence beyond what is needed to run the service.",
      "By uploading a file, you grant us a limited licence to store it so that we can run the service for you."],
     unless=[r"\byou\s+(?:do\s+not|don't|are\s+not|will\s+not|won't)\s+(?:\w+\s+){0,2}?(?:grant|give)", r"\bnothing\b{{G}}{0,80}?\bgrants?\b",
             r"\byou\s+(?:are|were|have\s+been|will\s+be|shall\s+be)\s+(?:hereby\s+)?granted\b",
             r"\byou\s+(?:may|must|shall|can|will)\s*(?:not|n't)\s+(?:\w+\s+)?(?:assign|transfer|grant|sub-?licen)",
             # the company's licence to you is not yours to it
             r"^(?:(?!\byou\s+(?:\w+\s+){0,3}?grant){{G}})*\bwe\s+(?:hereby\s+)?grants?\s+(?:you|users?|members?|customers?)\b"])

rule("content_license.perpetual", "content_license", "high", ["perpetual", "irrevocable", "perpetuity"],
     [r"\b(?:you\s+(?:\w+\s+){0,3}?(?:grant|give|confer)\w*|(?:grant|give|confer)\w*\s+(?:to\s+)?(?:us|the\s+company|(?-i:[A-Z][\w&.-]*)))\b{{G}}{0,200}?\b(?<p>perpetual|irrevocable|in\s+perpetuity)\b{{G}}{0,200}?\b(?:licen[cs]es?|rights?)\b",
      r"\b(?:you\s+(?:\w+\s+){0,3}?(?:grant|give|confer)\w*|(?:grant|give|confer)\w*\s+(?:to\s+)?(?:us|the\s+company|(?-i:[A-Z][\w&.-]*)))\b{{G}}{0,200}?\b(?:licen[cs]es?|rights?)\b{{G}}{0,200}?\b(?<p>perpetual|irrevocable|in\s+perpetuity)\b"],
     "You give the company a licence to your content that it can keep using forever, even after you leave.",
     ["You grant us a perpetual, irrevocable licence to use anything you post.",
      "BY SUBMITTING CONTENT, YOU GRANT THE COMPANY AN IRREVOCABLE, WORLDWIDE RIGHT TO PUBLISH IT."],
     ["We grant you a perpetual licence to the fonts included in your purchase.",
      "Our commitment to your privacy is perpetual."],
     unless=[r"\byou\s+(?:do\s+not|don't|are\s+not|will\s+not|won't)\s+(?:\w+\s+){0,2}?(?:grant|give)", r"\bnothing\b{{G}}{0,80}?\bgrants?\b",
             r"\bwe\s+(?:hereby\s+)?grants?\s+you\b"])

CONTENT = (r"(?:content|posts?|postings?|photos?|pictures?|images?|videos?|reviews?|testimonials?|stories|story|submissions?|works?|artwork|"
           r"recordings?|likeness|voice|comments?|feedback|suggestions?|ideas?|uploads?|materials?|creations?|designs?|music|tracks?|texts?|writing|messages?|prompts?|inputs?|outputs?)")
BREADTH_ANCHORS = ["any purpose", "compensation", "attribution", "royalty", "perpetual", "worldwide", "world-wide", "irrevocable",
                   "any way", "any manner", "any media", "any form", "all media", "commercial purpose", "without payment",
                   "without any payment", "without credit", "without any credit", "without obligation", "without any obligation",
                   "without restriction", "without any restriction", "without notice"]
rule("content_license.permission_to_use", "content_license", "medium",
     BREADTH_ANCHORS + ["marketing", "advertis", "promotion", "commercial", "publicly", "assign"],
     [gated(r"(?:^\W*|\b(?:i|you)\s+(?:\w+\s+){0,2}?)(?<p>(?:grant|give|allow|authori[sz]e|permit)\w*)\s+(?:\w+\s+){0,4}?(?:(?:permission|the\s+right|a\s+right|rights?|licen[cs]e)\s+to\s+|to\s+)"
      r"(?:use|publish|display|show|share|reproduce|distribute|feature|repost|modify|edit|broadcast|exploit|commerciali[sz]e)\w*\b{{G}}{0,80}?\b(?:my|your|any|the|such|all)\s+(?:\w+,?\s+){0,4}?" + "{{CONTENT}}" + r"\b"
      r"(?={{G}}{0,200}?\b(?:marketing|advertis\w*|promotion\w*|commercial|any\s+purpose|without\s+(?:any\s+)?(?:compensation|payment|attribution|credit|notice|obligation|restriction)|royalty|perpetual|world-?wide|irrevocable|in\s+any\s+(?:way|manner|media|form)|all\s+media|publicly)\b)", ["grant", "give", "allow", "authori", "permit"]),
      gated(r"\b(?:i|you)\s+(?:\w+\s+){0,2}?(?:agree|consent)\w*\s+(?:that\s+)?(?:we|us|the\s+\w+|(?-i:[A-Z][\w&.-]*))\s+(?:may|can|will|is\s+free\s+to|are\s+free\s+to)\s+(?<p>(?:use|publish|display|reproduce|feature|share|repost)\w*)\b{{G}}{0,60}?\b(?:my|your)\s+(?:[\w,]+\s+){0,5}?" + "{{CONTENT}}" + r"\b(?={{G}}{0,120}?\b(?:marketing|advertis\w*|promotion\w*|commercial|any\s+purpose|without\s+(?:any\s+)?(?:compensation|payment|credit)|royalty|world-?wide|publicly)\b)",
            ["agree", "consent"]),
      gated(r"\b(?<p>you\s+(?:hereby\s+)?(?:irrevocably\s+)?assign\w*)\s+(?:to\s+(?:us|\w+)\s+)?(?:all\s+(?:of\s+)?(?:your\s+)?)(?:right|title|ownership|rights|intellectual\s+property)\b{{G}}{0,120}?\b" + "{{CONTENT}}" + r"\b", ["assign"])],
     "You let the company use what you post or submit broadly, for example in its marketing, without paying you.",
     ["I give the company permission to use my photos in its advertising.",
      "Allow Example Shop to feature my review in its marketing emails.",
      "You hereby assign to us all right, title and interest in any feedback you submit.",
      "I agree that the shop may use my name and review in its advertising.",
      "You authorise us to show your name, picture and comments in promotions without compensation.",
      "You give us the right to use your ideas without any obligation to you."],
     ["You give us permission to use your location to show nearby stores.",
      "You allow us to use your contact details to reply to your request.",
      "I agree that the shop may use my email address to send my receipt."],
     requires=["grant", "give", "allow", "authori", "permit", "assign", "agree", "consent"])

rule("content_license.we_may_use", "content_license", "medium", BREADTH_ANCHORS,
     [r"\b(?:may|can|(?:will\s+be|are|is)\s+free\s+to|ha(?:s|ve)\s+the\s+right\s+to|reserves?\s+the\s+right\s+to|(?:is|are)\s+entitled\s+to)\b"
      r"(?<!\byou\smay|\byou\scan|\bi\smay|\bi\scan|\busers\smay|\busers\scan|\byou\sare\sfree\sto|\byou\sare\sentitled\sto)\s+(?:freely\s+)?"
      r"(?<p>(?:use|reproduce|publish|display|distribute|modify|adapt|exploit|sublicense|commerciali[sz]e|disclose)\w*)\b{{G}}{0,120}?\b(?:your|any|all|such|the)\s+(?:\w+\s+){0,3}?" + "{{CONTENT}}" + r"\b"
      r"(?={{G}}{0,200}?\b(?:for\s+any\s+purpose|without\s+(?:any\s+)?(?:compensation|payment|attribution|credit|obligation|restriction)|royalty[\s-]*free|perpetual|world-?wide|irrevocable|in\s+any\s+(?:way|manner|media|form)|all\s+media|commercial\s+purposes)\b)",
      gated(r"\b(?:your|any|all|such)\s+(?:[\w-]+\s+){0,3}?" + "{{CONTENT}}" + r"\b{{G}}{0,60}?\b(?:may|can|will|could)\s+be\s+(?:freely\s+)?(?<p>(?:used|reproduced|published|displayed|distributed|modified|adapted|exploited|sublicensed|commerciali[sz]ed)\b)"
            r"(?={{G}}{0,160}?\b(?:for\s+any\s+purpose|without\s+(?:any\s+)?(?:compensation|payment|attribution|credit|obligation|restriction)|royalty[\s-]*free|perpetual|world-?wide|irrevocable|in\s+any\s+(?:way|manner|media|form)|all\s+media|commercial\s+purposes)\b)",
            ["be " + v for v in ("used", "reproduced", "published", "displayed", "distributed", "modified", "adapted", "exploited",
                                 "sublicensed", "commerciali", "freely")])],
     "The company says it can use what you post or submit however it likes, without paying you.",
     ["We may use, copy and publish any suggestions you send us for any purpose without compensation to you.",
      "The Company is free to reproduce your reviews in any media.",
      "Any ideas you send may be used by us for any purpose without compensation."],
     ["We may use your content only to provide the service to you.",
      "You may use any content you create for any purpose.",
      "Your messages will not be used for any purpose other than support without compensation to you being agreed."])

# Consent forms and checkboxes: letting the company feature what you made or
# your picture in its marketing ("I give permission for my photo to be used
# in our brochure", "Yes, you can use my review in your ads").
UI_CONTENT = (r"(?:photo(?:graph)?s?|pictures?|images?|videos?|reviews?|testimonials?|stor(?:y|ies)|recordings?|likeness|voice|"
              r"creations?|artwork|designs?|posts?|comments?|submissions?|uploads?|music|tracks?|feedback|ideas?|quotes?)")
UI_PURPOSE = (r"(?={{G}}{0,100}?\b(?:marketing|advertis\w*|ads|publicity|promot\w*|campaigns?|social\s+(?:media|channels?|networks?)"
              r"|newsletters?|(?:any|all)\s+media|commercial\w*|brochures?|press|website|publications?)\b)")
UI_VERB = r"(?:use|publish|feature|show|share|display|reproduce|repost|print)"
rule("content_license.permission_to_feature", "content_license", "medium",
     ["marketing", "advertis", " ads ", "publicity", "promot", "campaign", "social media", "social channel", "social network",
      "newsletter", "any media", "all media", "commercial", "brochure", "press", "website", "publication"],
     [gated(r"\b(?<p>(?:permission|consent\w*|agree\w*|authori[sz]\w*|allow\w*|happy))\b{{G}}{0,40}?\bmy\s+(?:[\w,]+\s+){0,4}?" + UI_CONTENT
      + r"\b(?:\s+of\s+me)?{{G}}{0,30}?\b(?:being|to\s+be|may\s+be|will\s+be|can\s+be)\s+(?:used|published|featured|shown|shared|displayed|reproduced|reposted|printed)\b" + UI_PURPOSE, [" my "]),
      gated(r"\b(?<p>(?:permission|consent\w*|agree\w*|authori[sz]\w*|allow\w*|grant\w*|give\w*|can|may|happy\s+for))\b{{G}}{0,40}?\b(?:" + UI_VERB + r"\w*|(?:publication|use)\s+of)\s+(?:\w+\s+){0,2}?my\s+(?:[\w,]+\s+){0,4}?" + UI_CONTENT + r"\b" + UI_PURPOSE, [" my "]),
      gated(r"\b(?<p>(?:let|allow|permit|authori[sz]e)\s+us|you\s+(?:\w+\s+)?(?:grant|give|authori[sz]e|allow|permit)\w*)\b{{G}}{0,40}?\b" + UI_VERB + r"\w*\s+(?:\w+\s+){0,2}?your\s+(?:[\w,]+\s+){0,4}?" + UI_CONTENT + r"\b" + UI_PURPOSE, ["your"])],
     "You let the company show what you made, or your picture, in its own marketing.",
     ["I give permission for my photo to be used in the club newsletter.",
      "I consent to my review being published on the website.",
      "Yes, you can use my story in your ad campaigns.",
      "Let us share your designs on our social channels."],
     ["You can share your designs on social media from the app.",
      "I agree that my email address may be used for marketing.",
      "We may use your feedback to improve the website.",
      "I do not consent to my photo being used in publicity."],
     unless=[r"\b(?:not|never|n't|do\s+not|don't|refuse|withdraw\w*|object)\b{{G}}{0,30}?\b(?:permission|consent|agree|allow|authori[sz]e|happy)",
             r"\b(?:permission|consent|agree|allow|authori[sz]e)\w*\s+(?:\w+\s+)?not\b"],
     requires=[["photo", "picture", "image", "video", "review", "testimonial", "stor", "recording", "likeness", "voice", "creation",
                "artwork", "design", "post", "comment", "submission", "upload", "music", "track", "feedback", "idea", "quote"],
               ["permission", "consent", "agree", "authori", "allow", "grant", "give", "can ", "may ", "let us", "permit", "happy"]])

rule("content_license.survives", "content_license", "medium", ["licen"],
     [r"\b(?<p>(?:this|the|such|these|that|above|foregoing|your)\s+(?:\w+\s+){0,2}?licen[cs]es?)\s+(?:\w+\s+){0,3}?(?:survives?|continues?|remains?|shall\s+survive|will\s+survive|is\s+perpetual|is\s+irrevocable|will\s+continue|shall\s+continue|will\s+remain|shall\s+remain)\b"],
     "The licence you gave over your content lasts even after you stop using the service.",
     ["You grant us a worldwide, royalty-free licence to display your posts. This licence continues even after you delete your account.",
      "You give us a perpetual, worldwide licence to show your photos. The licence survives the end of this agreement."],
     ["This licence ends when you delete your account.",
      "We grant you a licence to use the app. This licence survives termination."],
     after={"label": "content_license", "within": 2})

D["CONTENT"] = CONTENT
pack = {
    "pack": "terms",
    "version": "0.2.0",
    "language": "en",
    "description": "Terms-of-service practices: agreement inferred from use, arbitration and class-action waivers, unilateral changes to terms or prices, broad licences over user content.",
    "defines": D,
    "rules": rules,
}
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules", "30-terms.json")
write_pack(pack, out)
