#!/usr/bin/env python3
"""Write rules/10-ai-and-choice.json, the AI-and-choice rule pack.

The pack's regular expressions are long and share pieces (who "we" are, the
words for a person's data, for AI models...); writing them here as Python raw
strings keeps them readable. Edit this file, then run it from the repository
root:  python3 tools/gen-ai-and-choice.py && build/smallprint-host --rules rules rules test

Speed: a rule runs only on sentences that hold one of its `anchors` (and, when
given, one of its `requires`), so anchors are the specific words of the
practice ("opt out", "unsubscrib", "train" next to "model"), never common
words alone. A pattern given as (pattern, anchors) or (pattern, anchors,
requires) becomes a rule of its own (id .2, .3...) so that it runs only when
its own, precise anchors occur. Within one label, rules that fire often come
first: once a label has fired, later rules of that label are skipped.
All examples are sentences written for this project.
"""
import json, sys

D = {
    "WE": r"(?:we|us|our\s+(?:company|team|service)s?)",
    "NEG": r"(?:\b(?:not|never|neither|nor|no\s+longer)\b|n't)",
    # the person's material
    "DATA": r"(?:data|content|information|inputs?|prompts?|conversations?|chats?|messages?|files?|uploads?|submissions?|outputs?|recordings?|transcripts?|transcriptions?|audio|voice|images?|photos?|videos?|posts?|stories|code|snippets?|documents?|feedback|interactions?|activity|queries|questions|responses|works?|text|creations?|generations?|sessions?|history|notes|e-?mails?|ratings|corrections|edits|examples|samples|contributions|usage|designs?|lessons|music|tracks|listening|searches|clips)",
    # an AI / ML system
    "MODEL": r"(?:models?\b|LLMs?\b|AIs?\b|GenAI\b|A\.I\.|artificial\s+intelligence|machine[- ]learning|ML\b|algorithms?\b|neural\s+net\w*|classifiers?\b|(?:speech|voice|image|facial|handwriting)\s+recognition|natural\s+language\s+(?:processing|understanding)|NLP\b)",
    # verbs of training and improving
    "TRAINV": r"(?:train(?:s|ed|ing)?|re-?train\w*|fine[- ]?tun\w+|improv\w+|develop\w*|build(?:s|ing)?|refin\w+|enhanc\w+|inform|teach\w*|evaluat\w+|power(?:s|ing)?)",
    "TRAINSTRONG": r"(?:train(?:s|ed|ing)?|re-?train\w*|fine[- ]?tun\w+)",
    # the training phrase: "train ... models", "model training", "training data"
    "TRAINPHRASE": r"(?:\b{{TRAINV}}\b[^.;]{0,60}?\b{{MODEL}}|\b(?:(?:model|AI|ML|machine[- ]learning|LLM|generative)\s+){1,3}training\b|\btraining\s+(?:data(?:\s*sets?)?|datasets?|sets?|corpus|corpora)\b|\b{{TRAINSTRONG}}\s+(?:on|with)\b)",
    # a denial of training: "we do not use X to train", "never trained on"
    "DENY": r"(?:{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|analy[sz]\w*|process\w*|shar\w*|provid\w*|sell\w*|licens\w*|allow\w*|permit\w*|feed\w*|includ\w*|access\w*|appear\w*|leverag\w*)\b[^.;]{0,150}?{{TRAINPHRASE}}|{{NEG}}(?!\s+to\s)\s+(?:(?!(?:and|but|or|while|whereas|although)\b)\w+\s+){0,6}?(?:be\s+|been\s+|being\s+)?{{TRAINSTRONG}}\b)",
    # phrasings that only name the setting off: "if you opt out", "once you turn it off"
    "OPTOFFV": r"(?:opt(?:s|ed|ing)?[- ]?out|turn(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?off|switch(?:es|ed|ing)?\s+(?:\w+\s+){0,4}?off|toggl\w+\s+(?:\w+\s+){0,3}?off|disabl\w+|deactivat\w+|unsubscrib\w+|withdr[ae]w\w*|revok\w+|object\w*|declin\w+|reject\w*|refus\w+|uncheck\w*|untick\w*|de-?select\w*|block\w*|unselect\w*)",
    "QUESTION": r"\?\s*[\"')\]]*\s*$",
}

RULES = []


def combos(firsts, seconds, sep=" "):
    return [a + sep + b for a in firsts for b in seconds]


def curly(words):
    # the prefilter sees the original text: a curly apostrophe is not folded
    return list(dict.fromkeys(words + [w.replace("'", "\u2019") for w in words if "'" in w]))


EXC_UNLESS = [r"\barbitrat\w*|\bclass\s+action\b|\bjury\b|\bdispute\s+resolution\b|\bgoverning\s+law\b",
              r"\bopt-?out\s+(?:notice|window)\b|\bwithin\s+(?:\w+\s+){0,2}?(?:\(\d+\)\s+)?(?:calendar\s+)?days\s+(?:of|after|from)\s+(?:\w+\s+){0,4}?(?:accept|agree|first|the\s+effective|receiv|consent)|\bopt\s+out\s+within\s+(?:\w+\s+)?(?:\(\d+\)\s+)?days\W*$"]


def rule(id, label, severity, anchors, patterns, explanation, match, no_match, unless=None, after=None,
         suppresses=None, hint=None, requires=None):
    if label == "opt_out_exception":
        unless = (unless or []) + [u for u in EXC_UNLESS if u not in (unless or [])]
    # A pattern given as (pattern, anchors[, requires]) becomes a rule of its
    # own with those anchors, so a common word in one pattern's anchors does
    # not make every pattern of the rule run.
    split = [p for p in patterns if isinstance(p, tuple)]
    if split:
        plain = [p for p in patterns if not isinstance(p, tuple)]
        parts = ([(plain, anchors, requires)] if plain else []) + \
                [([p[0]], p[1], p[2] if len(p) > 2 else None) for p in split]
        for k, (pats, anch, req) in enumerate(parts):
            rule(id if k == 0 else f"{id}.{k + 1}", label, severity, anch, pats, explanation, match, no_match,
                 unless=unless, after=after, suppresses=suppresses, hint=hint, requires=req)
        return
    r = {"id": id, "label": label, "severity": severity, "anchors": curly(anchors)}
    if requires:
        r["requires"] = curly(requires)
    r["patterns"] = patterns
    if unless:
        r["unless"] = unless
    if after:
        r["after"] = after
    if suppresses:
        r["suppresses"] = suppresses
    if hint:
        r["hint"] = hint
    r["explanation"] = explanation
    r["examples"] = {"match": match, "no_match": no_match}
    RULES.append(r)


# --------------------------------------------------------------------------
# ai_training / no_ai_training
# --------------------------------------------------------------------------
# An AI term ("AI" as a word: the prefilter pads each sentence with spaces).
AI_TERMS = [" ai ", " ai,", " ai.", " ai)", " ai-", " ai;", " ai:", " ai/", " ai'", " ais ", "(ai", "/ai ", "\"ai", "genai",
            "machine learning", "machine-learning", "artificial intelligence", "algorithm", "llm", " ml ", " ml,",
            " ml.", " ml)", " ml-", " ml/", "(ml", "/ml", "neural", "classifier", "recognition", "natural language",
            "nlp", "model"]
# ...or words that are about training material even without one
TRAIN_DATA = ["training data", "training set", "training corpus", "training corpora", "train on", "trained on",
              "train with", "trained with", "training on", "training with", "train using", "trained using"]
AI_ANCHORS = AI_TERMS + TRAIN_DATA
TRAIN_REQ = ["train", "fine-tun", "fine tun", "finetun", "improv", "develop", "build", "refin", "enhanc", "inform",
             "teach", "evaluat", "power"]
NEG_REQ = [" not", "n't", "never", "no ", "none", "neither", "nor ", "prohibit", "exclud", "exempt", "barred",
           "forbid", "restrict"]

# Things that are not "we train on your data": the user is forbidden from it,
# a question, someone else's conduct being refused, staff training.
NOT_OURS = [
    r"\b(?:you|users?|customers?)\s+(?:may|shall|must|will|agree|are\s+not\s+permitted|are\s+prohibited)\s+(?:\w+\s+){0,2}?(?:not|never)\b",
    r"\b(?:agree|undertake)\s+not\s+to\b",
    r"^\W*(?:use|access|copy|scrape|reproduce|collect|extract|mine|develop|train|create|build|share|sell|distribute|assist|encourage)(?:\s*(?:,|or|and)\s+\w+)*\s+(?!my\b|your\b)\w+",
    r"\bexcept\s+as\s+(?:otherwise\s+)?(?:expressly\s+)?(?:authori[sz]ed|permitted|allowed)\b",
    r"\b(?:if|when|once|should)\s+you\s+(?:\w+\s+)?(?:choose|decide|elect|opt|prefer)\s+not\s+to\b",
    r"\bprohibit\w*|\bforbid\w*|\bnot\s+(?:be\s+)?permitted\b",
    r"\bwithout\s+(?:our|the\s+company's|\w+'s)\s+(?:prior\s+|express\s+|explicit\s+)*(?:written\s+)?(?:consent|permission|authori[sz]ation|approval)\b",
    r"\bscrap(?:e|es|ed|ing|er|ers)\b",
    r"\b(?:train\w*|educat\w+)\s+(?:our|its|their|the)?\s*(?:staff|employees|personnel|workforce|agents|representatives|volunteers|support\s+team|team\s+members|people|drivers|couriers)\b",
    "{{QUESTION}}",
]

# the use happens only after the person opts in
OPTIN_COND = (r"(?:\bunless\s+(?:you|they|the\s+user|users|customers?)\s+(?:\w+\s+){0,2}?(?:opt(?:s|ed)?[- ]?in|consent|agree|choose\s+to\s+(?!opt[- ]?out)|direct|ask|request|allow|enable|turn\s+(?:it\s+|this\s+)?on|give|grant|explicitly|affirmatively|provide\s+(?:\w+\s+)?consent)"
              r"|\bonly\s+(?:if|when|after|with|once)\s+(?:you|your|they|their)\b(?!\s+(?:\w+\s+)?(?:opt(?:s|ed)?[- ]?out|turn|disable))"
              r"|\bwithout\s+(?:your|their|the\s+user's|users'?)\s+(?:\w+\s+){0,2}?(?:consent|permission|agreement|approval|authori[sz]ation|opt-?in)\b"
              r"|\b(?:if|when|once|after)\s+you\s+(?:explicitly\s+|affirmatively\s+|choose\s+to\s+|decide\s+to\s+|agree\s+to\s+)?(?:opt[- ]?in|join|participate|enroll|enrol)\b"
              r"|\bwith\s+your\s+(?:\w+\s+){0,2}?(?:consent|permission|opt-?in)\b|\bopt[- ]?in\s+(?:basis|only)\b|\bstrictly\s+opt[- ]?in\b|\boff\s+by\s+default\b)")

rule("ai_training.use_to_train", "ai_training", "high", AI_ANCHORS,
     [r"\b(?<p>(?:us(?:e|es|ed|ing)|process\w*|analy[sz]\w*|leverag\w+|rel(?:y|ies|ied)\s+on|includ\w+|incorporat\w+|feed\w*|fed|retain\w*|collect\w*|shar\w+|contribut\w+|provid\w+|review\w*|access\w*|stor(?:e|es|ed|ing)|keep\w*|kept|combin\w+|aggregat\w+|label\w*|annotat\w+|de-?identif\w+|anonymi[sz]\w+|licens\w+|sell\w*|sold|disclos\w+|mak\w+\s+available|transfer\w*|send\w*|sent))\b[^.;]{0,140}?\b(?:to|for|in|into|before|when|while|as\s+we)\s+(?:(?:help|helping)\s+(?:us\s+)?(?:to\s+)?)?(?:(?:further|better|continually|continuously|also|constantly)\s+)?(?:(?:[\w-]+,?\s+){0,8}?(?:or|and)\s+)?{{TRAINV}}\b[^.;]{0,90}?\b{{MODEL}}",
      r"\b(?<p>(?:us(?:e|es|ed|ing)|process\w*|includ\w+|incorporat\w+|feed\w*|fed|shar\w+|contribut\w+|provid\w+|add\w*|licens\w+|sell\w*|sold|(?:becom\w+|form\w*|be|is|are)\s+part))\b[^.;]{0,120}?\b(?:for|in|into|as|to|of)\s+(?:(?:the|our|its|their|future|new|ongoing|any)\s+)?(?:(?:(?:AI|ML|LLM|machine[- ]learning|model|generative)\s+){1,3}training|training\s+(?:data(?:\s*sets?)?|datasets?|sets?|corpus|corpora|runs?|of\s+(?:\w+\s+){0,3}?{{MODEL}})|(?:(?:AI|ML|LLM|generative)\s+)?model\s+(?:train\w*|improvement|development)|to\s+model\s+train)\b"],
     "What you type, upload or do may be used to train or improve the company's AI models.",
     ["We may use the prompts you submit to train and improve our models.",
      "Your recordings can be included in the datasets we use for machine learning training.",
      "We process the files you share to help develop and refine our AI systems.",
      "Public posts may become part of the training data for our assistant."],
     ["We do not use your prompts to train our models.",
      "We use customer calls to train our support staff on common questions.",
      "You may not use the service to train a competing machine learning model.",
      "Do you use my chats to train your AI?"],
     unless=NOT_OURS + ["{{DENY}}", OPTIN_COND + r"[^.;]{0,120}?(?:train|model|\bAI\b)"],
     requires=TRAIN_REQ)

rule("ai_training.we_train_on", "ai_training", "high", AI_ANCHORS,
     [r"\b(?:{{WE}}|it|they|company|\w+'s)\s+(?:may\s+|might\s+|can\s+|will\s+|also\s+|then\s+|sometimes\s+|regularly\s+)*(?<p>{{TRAINSTRONG}}|develop\w*|improv\w+|build\w*|refin\w+)\s+(?:\w+[\s-]+){0,4}?(?:models?|AI|LLMs?|technolog(?:y|ies)|systems?|algorithms?|tools?|intelligence|networks?)\s+(?:on|using|with|based\s+on|from)\s+(?:\w+\s+){0,4}?(?:your|user|users'?|customer|the|de-?identified|anonymi[sz]ed|pseudonymi[sz]ed|aggregated|such|this|these|that|personal|members'?|public|{{DATA}})\b",
      r"\b(?<p>our\s+(?:AI\s+|ML\s+)?model\s+training)\b",
      r"\b(?<p>{{DATA}}|it|this|they|these)\s+(?:[\w']+\s+){0,3}?(?:can|may|might|will|could|also|to)?\s*(?:also\s+)?(?:help\w*|assist\w*|allow\w*|enabl\w+|let\w*)\s+(?:us\s+)?(?:to\s+)?(?:(?:\w+,?\s+){0,3}?(?:or|and)\s+)?{{TRAINV}}\b[^.;]{0,70}?\b(?:our|the|its|their)\s+(?:[\w']+[\s-]+){0,4}?{{MODEL}}",
      # "models trained on your listening history"
      r"\b{{MODEL}}\s+(?:that\s+(?:are|were|have\s+been)\s+|which\s+(?:are|were)\s+)?(?<p>(?:trained|fine-tuned|built|developed))\s+(?:\w+\s+)?(?:on|using|with|from)\s+(?:\w+\s+){0,3}?(?:your|user|users'?|customer|customers'?|members'?|people's)\b"],
     "The company trains or improves its AI on people's content or activity.",
     ["We train our speech recognition models on de-identified customer recordings.",
      "Your feedback helps us improve our AI models for everyone.",
      "The ratings you give help us refine the assistant's underlying language models.",
      "Recommendations come from machine learning models trained on your listening history."],
     ["We train our agents to handle privacy requests.",
      "We never train our models on your documents.",
      "Slack does not train its models on customer messages.",
      "This helps us improve our website and fix bugs."],
     unless=NOT_OURS + ["{{DENY}}", OPTIN_COND],
     requires=TRAIN_REQ)

rule("ai_training.passive_used", "ai_training", "high", AI_ANCHORS,
     [r"\b(?:{{DATA}}|it|they|this)\s+(?:\w+\s+){0,3}?(?:may|might|can|could|will|would|is|are|to|being)\s+(?:also\s+|still\s+|then\s+)?(?:be\s+)?(?<p>(?:used|analy[sz]ed|processed|included|incorporated|fed|leveraged|shared|licensed|provided))\b[^.;]{0,40}?\b(?:to|for|in|into|as|with)\s+(?:help\s+)?(?:(?:[\w-]+,?\s+){0,8}?(?:or|and)\s+)?(?:{{TRAINV}}\b[^.;]{0,60}?\b{{MODEL}}|(?:(?:the|our|its|their|future|any)\s+)?(?:(?:AI|ML|model|machine[- ]learning|LLM|generative)\s+){1,3}(?:training|developers|companies|providers)|training\s+(?:data|datasets?|sets?))",
      r"\b(?<p>(?:train\w*|fine[- ]?tun\w+|develop\w*|improv\w+|build\w*|refin\w+))\s+(?:(?:our|its|their|the|new|future|proprietary|generative|non-generative|large|language|AI|ML|machine[- ]learning|foundation|speech|recognition|predictive|any)\s+)*(?:models?|AI|LLMs?|systems?|technolog(?:y|ies)|algorithms?)\s+(?:on|with|using|from),?\s+(?:\w+\s+){0,3}?(?:your|user|users'?|customer|customers'?|members'?|people's|content|(?:the\s+)?(?:chats|conversations|prompts|recordings|messages|files|uploads)\s+(?:you|users?))\b"],
     "Your content may be used as material for training AI models.",
     ["Your conversations may be used to train and improve our language models.",
      "Uploaded images might be included in training datasets for our generative AI.",
      "Content you submit may be used to inform, train or develop AI technologies."],
     ["Your conversations are never used to train our models.",
      "Call recordings may be used for quality and staff training purposes.",
      "Your content will be used to provide the service you asked for."],
     unless=NOT_OURS + ["{{DENY}}", OPTIN_COND],
     requires=TRAIN_REQ)

ASSISTANT = r"(?:Claude|Gemini|ChatGPT|Copilot|Siri|Alexa|Bard|Grok|Llama|Cortana|Bixby|Meta\s+AI|My\s+AI|Perplexity|Mistral|Le\s+Chat|DALL-E|Midjourney|Firefly)"
ASSISTANT_ANCHORS = ["claude", "gemini", "chatgpt", "copilot", "siri", "alexa", "bard", "grok", "llama", "cortana", "bixby",
                     "meta ai", "my ai", "perplexity", "mistral", "le chat", "dall-e", "midjourney", "firefly"]
AI_UNLESS = NOT_OURS + ["{{DENY}}", OPTIN_COND, r"\b(?:de-?select|uncheck|untick|unselect|turn\s+off|switch\s+off|toggle\s+off)\b"]
rule("ai_training.other_phrasings", "ai_training", "high", ["learn from", "learns from", "learned from", "learnt from", "learning from"],
     [r"\b(?:{{MODEL}}|systems?|assistant|algorithms?)\s+(?:\w+\s+){0,2}?(?<p>learn(?:s|ed|t|ing)?\s+from)\s+(?:\w+\s+){0,2}?(?:your|users'?|user|customer|people's|the\s+(?:content|data|conversations|feedback|interactions))\b",
      (r"\b(?<p>(?:make|help)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:models?|AI|assistant|LLMs?)\s+(?:get\s+|become\s+)?(?:smarter|better|more\s+\w+|safer|faster))\b", ["make our", "make the", "make its", "help our", "help the", "help its"], AI_TERMS + ["assistant"]),
      (r"(?-i:\b(?<p>(?i:improv\w+|train\w*|develop\w*|fine[- ]?tun\w+|power\w*))\b[^.;]{0,40}?\b" + ASSISTANT + r")\b", ASSISTANT_ANCHORS, TRAIN_REQ),
      (r"\b(?<p>{{TRAINSTRONG}})\s+(?:and\s+\w+\s+)?(?:our|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:products|services|systems|technolog(?:y|ies)|tools|features|Services|platform)\b", ["train", "fine-tun"]),
      (r"\b(?<p>(?:use|share|allow|contribute|donate|include)\s+(?:\w+\s+){0,2}?(?:my|your)\s+(?:\w+\s+){0,2}?(?:data|content|chats?|conversations?|prompts?|recordings?|code|files|inputs|posts|interactions)\s+(?:to\s+be\s+used\s+)?(?:for|in)\s+(?:(?:AI|model|ML)\s+){0,2}training)\b(?!\s+(?:purposes|staff|employees|our\s+staff))", ["training"]),
      (r"\b(?:us(?:e|es|ed|ing)|process\w*|includ\w+|shar\w+|licens\w+|provid\w+)\b[^.;]{0,120}?\b(?:for|in|to)\s+(?:the\s+)?(?:\w+\s+(?:and|&)\s+)?(?<p>(?:development|improvement|training|fine-tuning|enhancement|refinement)\s+of\s+(?:\w+\s+){0,3}?{{MODEL}})", ["development of", "improvement of", "training of", "fine-tuning of", "enhancement of", "refinement of"]),
      (r"\b(?<p>(?:ask|request|tell|instruct)\w*\s+(?:\w+\s+){0,3}?not\s+to\s+(?:train|use\s+(?:\w+\s+){0,3}?(?:to|for)\s+train\w*)(?:\s+(?:on|with))?)\s+(?:\w+\s+)?(?:your|my|their)\b", ["not to train", "not to use"], AI_TERMS),
      (r"\b(?:for|including|such\s+as|e\.g\.,?|like)\s+(?<p>(?:(?:AI|ML|machine[- ]learning|model|LLM)[\s/]+){1,3}training|(?:training|fine-tuning|improving|developing)(?:,?\s+(?:or\s+|and\s+)?(?:training|fine-tuning|improving|developing))*\s+(?:[\w-]+\s+){0,3}?(?:models?|LLMs?|AI\s+(?:models?|systems?)|machine[- ]learning\s+models?))\b", ["training", "fine-tuning"], AI_TERMS),
      (r"\b{{WE}}\s+(?:also\s+|may\s+|regularly\s+|continuously\s+)*(?<p>(?:develop|train|improve|build|fine-tune|refine)\w*(?:\s+(?:and|or)\s+(?:develop|train|improve|build|refine)\w*)?)\s+(?:the\s+|our\s+|new\s+|its\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:machine[- ]learning|ML|AI|language|generative|predictive|recognition)\s+models?\b", ["model"], TRAIN_REQ),
      (r"\b{{MODEL}}\s+(?:are|is|were|was|have\s+been|has\s+been|may\s+be|can\s+be|will\s+be|get|gets)\s+(?:\w+\s+)?(?<p>(?:trained|fine-tuned|improved|developed|refined))\s+(?:\w+\s+)?(?:on|using|with|from)\s+(?:\w+\s+){0,3}?(?:your|user|users'?|customer|customers'?|people's|members'?|(?:data|content|conversations|chats|prompts|inputs|interactions|feedback)\s+(?:from|of|shared\s+by|provided\s+by|submitted\s+by)\s+(?:our\s+)?(?:users|customers|you|members|people))\b", ["trained", "fine-tuned", "improved", "developed", "refined"], AI_TERMS),
      (r"\b(?<p>(?:us(?:e|es|ed|ing)|includ\w+|shar\w+|provid\w+|contribut\w+))\s+(?:it|them|this|these|your\s+(?:\w+\s+)?{{DATA}}|(?:the|such)\s+{{DATA}})\s+(?:\w+\s+){0,2}?for\s+(?:AI\s+|model\s+)?training\b(?!\s+(?:purposes\s+of\s+)?(?:staff|employees|personnel))", ["for training", "for ai training", "for model training"], AI_TERMS + ["generative"]),
      (r"\b(?<p>(?:opt(?:s|ed|ing)?(?:\s+|-)?out|exclud\w+|remov\w+|withdraw\w*)\s+(?:\w+\s+){0,4}?(?:from|of)\s+(?:\w+\s+){0,2}?(?:(?:AI|model|ML|LLM|generative)\s+){1,2}training)\b", ["training"], ["opt", "exclud", "remov", "withdraw"]),
      (r"^\W*(?<p>(?:(?:AI|model|LLM)\s+)(?:training|improvement)(?:\s+(?:on|with|using)\s+(?:\w+\s+){0,2}?\w+)?|product\s+improvement\s+and\s+(?:\w+\s+)?training|train\s+(?:\w+\s+){0,2}?on\s+(?:my|your)\s+\w+)\W*$", ["training", "improvement", "train"], [" ai ", "model", "llm", "product improvement", "on my", "on your"]),
      (r"\b(?<p>(?:training|train)\s+(?:and|or|&)\s+fine[- ]?tun\w*|fine[- ]?tun\w*\s+(?:and|or|&)\s+train\w*)\b", ["fine-tun", "fine tun", "finetun"]),
      (r"\b(?<p>opt(?:s|ed|ing)?(?:\s+|-)?out\s+of\s+(?:\w+\s+){0,2}?training)\b(?!\s+(?:of\s+)?(?:staff|employees|courses?|sessions?|programs?))", ["training"], ["opt out", "opt-out", "opting out", "opted out"]),
      (r"\b(?:analy[sz]\w*|process\w*|us(?:e|es|ed|ing)|review\w*)\s+(?:\w+\s+){0,4}?(?:content|data|information|files|messages|conversations|recordings|images|photos|videos)\s+(?:using|with|through|via|by\s+means\s+of)\s+(?:\w+\s+){0,4}?(?<p>machine[- ]learning|AI|artificial\s+intelligence)\b[^.;]{0,60}?\b(?:to|for|in\s+order\s+to)\s+(?:\w+\s+){0,2}?(?:improv|develop|train|enhanc|refin)\w*", ["machine learning", "machine-learning", " ai ", " ai,", "artificial intelligence"], ["improv", "develop", "train", "enhanc", "refin"]),
      (r"^[^.;]{0,40}?\b(?<p>(?:AI|model|ML|LLM)\s+(?:model\s+)?(?:training|improvement))\b[^.;]{0,30}$", ["training", "improvement"], [" ai ", " ai-", "model", " ml ", "llm"]),
      (r"\b(?<p>(?:training|fine-tuning|retraining|tuning)\s+(?:and\s+\w+\s+)?of\s+(?:\w+\s+){0,3}?{{MODEL}})", ["training of", "tuning of", "training and"], AI_TERMS),
      (r"^\W*(?<p>(?:help\s+(?:us\s+)?)?improv\w*\s+(?:our\s+|the\s+|its\s+)?(?:AI|models?|LLMs?|assistant)\b)[^.;]{0,30}$", ["improve", "improving"], AI_TERMS + ["assistant"]),
      (r"^\W*(?<p>(?:help\s+(?:us\s+)?)?improve\s+[\w' -]{1,30}?\s+for\s+everyone)\W*$", ["for everyone"]),
      (r"\b(?<p>licens\w+)\s+(?:\w+\s+){0,4}?(?:content|data|posts|works)\s+(?:\w+\s+){0,3}?to\s+(?:AI|LLM|model|machine[- ]learning)\s+(?:companies|developers|providers|firms|labs)", ["ai compan", "ai developer", "ai provider", "ai firm", "ai lab", "llm compan", "model developer", "machine learning compan", "machine-learning compan"]),
      # a licence that names training: "...a licence to use Your Content to train"
      (r"\b(?<p>(?:licen[cs]e|right)\s+(?:\w+\s+){0,3}?to\s+(?:[\w,]+\s+){0,12}?(?:train|fine[- ]?tune)\w*)\b", ["licen", "right to"], ["train", "fine-tun", "fine tun"])],
     "What you type, upload or do may be used to train or improve AI models.",
     ["Our assistant learns from your feedback to give better answers.",
      "Your ratings help make our models more helpful.",
      "Audio samples may be used to improve Siri and Dictation.",
      "We may use what you submit to train our services.",
      "Use my chats for training.",
      "You grant us a royalty-free licence to use and reproduce Your Content and to train our tools."],
     ["Learn from our experts in weekly webinars.",
      "We train our customer service team every quarter.",
      "Call recordings may be used for training purposes.",
      "Ask Siri to set a timer.",
      "You may not use any data from the service to train a model."],
     unless=AI_UNLESS)

rule("ai_training.product_improvement_ai_setting", "ai_training", "high", ["product improvement", "for everyone"],
     [r"\b(?<p>(?:allow|let|permit|use|using|share|sharing)\s+(?:\w+\s+){0,3}?(?:my|your)\s+(?:\w+\s+){0,3}?(?:code|snippets?|prompts?|chats?|conversations?|completions?|suggestions?|voice\s+recordings?|queries|content))\b[^.;]{0,80}?\bproduct\s+improvements?\b",
      r"\b(?<p>improve\s+(?:the|our)\s+(?:AI\s+|assistant|language\s+)?models?\s+for\s+everyone)\b"],
     "In an AI assistant's settings, 'product improvement' means your prompts or code can be used to improve its models.",
     ["Allow us to use my code snippets for product improvements.",
      "Improve the model for everyone"],
     ["Allow us to email me about product improvements.",
      "We use crash reports for product improvements.",
      "Uncheck \"Improve the model for everyone\"."],
     unless=NOT_OURS + [r"\b(?:de-?select|uncheck|untick|unselect|turn\s+off|switch\s+off|disable|toggle\s+off)\b"])

rule("ai_training.default_unless_opt_out", "ai_training", "high", ["automatically", "by default", "enrolled"],
     [r"\b(?<p>(?:automatically|by\s+default)\s+(?:\w+\s+){0,3}?(?:included|enrolled|opted[- ]in|enabled|turned\s+on|on|part\s+of)|(?:included|enrolled|opted[- ]in|enabled|on)\s+(?:automatically|by\s+default))\b"],
     "Using your content for AI is switched on unless you turn it off.",
     ["All accounts are automatically enrolled in the AI training program unless you opt out.",
      "Sharing chats to improve our models is on by default."],
     ["Model training is off by default.",
      "Dark mode is enabled by default."],
     unless=[r"\b(?:off|disabled|opted\s+out|excluded)\s+by\s+default\b", r"\b(?:not|never|n't)\s+(?:\w+\s+){0,3}?(?:enabled|on|included|enrolled)\b", "{{QUESTION}}"],
     suppresses=["no_ai_training"], requires=[" ai ", " ai-", "genai", " ml ", "llm", "train", "model", "machine learning", "machine-learning", "artificial intelligence"])

CARVE = r"[^.;]{0,80}?\b(?<p>with\s+the\s+exception\s+of|except\s+(?:for|when|where|to|in|as|that|if)|other\s+than|apart\s+from|besides|unless\s+(?:it\s+is|they\s+are|the\s+(?:content|conversation|chat)s?\s+(?:is|are)|(?:it|they)\s+(?:\w+\s+)?(?:flagged|reported)|you\s+(?:\w+\s+)?(?:report|flag|submit|send|give)\w*\s+(?:\w+\s+){0,2}?(?:feedback|it|them|us|the)))\b"
rule("ai_training.except_carve_out", "ai_training", "high", AI_ANCHORS,
     [r"{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|analy[sz]\w*|process\w*)\b[^.;]{0,150}?{{TRAINPHRASE}}" + CARVE,
      r"{{NEG}}\s+(?:\w+\s+){0,4}?(?:be\s+|been\s+)?{{TRAINSTRONG}}\b" + CARVE],
     "A promise not to train on your content has a carve-out: some of it is still used.",
     ["We will not use your lessons to improve our generative models, except for features core to the service.",
      "Your content is not used to train our models with the exception of content you mark as public.",
      "We do not train on your chats unless you send us feedback on a response."],
     ["We will not use your lessons to improve our generative models.",
      "We do not train on your chats unless you opt in.",
      "Except for cookies, we do not train any models."],
     unless=NOT_OURS[:-1] + [r"\bexcept\s+(?:as|where|when)\s+(?:\w+\s+){0,2}?(?:required|permitted|necessary|described)\b"],
     suppresses=["no_ai_training"], requires=["except", "other than", "apart from", "besides", "unless"])

rule("opt_out_exception.training_carve_out", "opt_out_exception", "medium", AI_ANCHORS,
     [r"{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|analy[sz]\w*|process\w*)\b[^.;]{0,150}?{{TRAINPHRASE}}" + CARVE,
      r"{{NEG}}\s+(?:\w+\s+){0,4}?(?:be\s+|been\s+)?{{TRAINSTRONG}}\b" + CARVE],
     "A promise not to use your content for AI has exceptions.",
     ["We will not use your designs to train our models, except for designs you publish to the gallery.",
      "Your content is not used to improve our AI models other than for abuse detection."],
     ["We will not use your designs to train our models.",
      "Other than that, we never train models."],
     unless=NOT_OURS[:-1] + [r"\bexcept\s+(?:as|where|when)\s+(?:\w+\s+){0,2}?(?:required|permitted|necessary|described)\b"],
     requires=["except", "other than", "apart from", "besides", "unless"])

NO_AI_UNLESS = [
    # "if you turn it off, we will not train on new chats": the effect of an opt-out
    r"\b(?:once|after|if|when|where)\s+(?:you|an?\s+\w+|the\s+user|users)\s+(?:have\s+|has\s+)?(?:\w+\s+){0,2}?{{OPTOFFV}}",
    r"\b(?:choos\w+|opt\w*|elect\w*|ask\w*|request\w*|prefer\w*|want\w*|wish\w*|decid\w+|tell\s+us)\s+(?:\w+\s+){0,4}?(?:not|n't)\b",
    r"\b(?:do\s+not|don't|does\s+not|doesn't)\s+(?:want|wish|like)\b",
    r"(?:^\W*|[\"']\s*)(?:do\s+not|don't)\s+train\s+on\s+(?:my|our)\b",
    r"\bwith\s+the\s+exception\s+of\b|\bexcept\b|\bother\s+than\b",
    r"\b(?:you|users?)\s+(?:may|shall|must|will|agree)\s+(?:\w+\s+){0,2}?(?:not|never)\b",
    r"\b(?:train\w*|educat\w+)\s+(?:our|its|their|the)?\s*(?:staff|employees|personnel|workforce|agents|representatives|volunteers|support\s+team|team\s+members)\b",
    "{{QUESTION}}",
]
NO_AI_ANCHORS = AI_ANCHORS + ["train", "fine-tun", "fine tun"]

rule("no_ai_training.denial", "no_ai_training", "info", NO_AI_ANCHORS,
     [r"(?<p>{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|fine[- ]?tun\w+|analy[sz]\w*|process\w*|shar\w*|provid\w*|sell\w*|licens\w*|allow\w*|permit\w*|feed\w*|includ\w*|access\w*|appear\w*|leverag\w*))\b[^.;]{0,150}?{{TRAINPHRASE}}",
      # "we do not train our models on your content", "never trained on"
      r"(?<p>{{NEG}}\s+(?:\w+\s+){0,4}?(?:be\s+|been\s+|being\s+)?{{TRAINSTRONG}})\b(?=[^.;]{0,80}?(?:\b(?:on|with|using|from)\s+(?:\w+\s+){0,3}?(?:your|user|users'?|customer|customers'?|members'?|personal|private|{{DATA}})\b|{{MODEL}}))",
      # in a sentence about AI: "...nor will they use this data to train their services"
      (r"(?<p>{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|allow\w*|permit\w*|let|licens\w*|sell\w*|shar\w*))\b[^.;]{0,150}?\b(?:to|for)\s+(?:AI\s+|model\s+)?train(?:ing)?\b", AI_TERMS, ["train"]),
      r"\b(?<p>(?:none\s+of|no)\s+(?:\w+\s+){0,4}?(?:is|are|will\s+(?:ever\s+)?be|gets?|get|ever\s+gets?)\s+(?:ever\s+)?(?:used|shared|included|fed))\b[^.;]{0,100}?(?:{{TRAINPHRASE}}|\b(?:for|in|to)\s+(?:AI\s+|model\s+)?train(?:ing)?\b)",
      r"(?<p>(?:\b(?:not|never)|n't)\s+(?:be\s+)?used\s+(?:for|in|to)\s+(?:any\s+)?(?:\w+\s+(?:or|and|,)\s+){0,3}?(?:AI\s+|model\s+|ML\s+)?train(?:ing)?)\b(?!\s+(?:of\s+)?(?:staff|employees|personnel|our\s+staff))",
      r"(?<p>{{NEG}}\s+(?:\w+\s+){0,4}?(?:feed|fed|send|sent|share|shared|provide|submit|upload|pass)\w*)\s+(?:\w+\s+){0,4}?(?:to|into|with)\s+(?:any\s+|third-party\s+|external\s+|the\s+|other\s+)?(?:AI|LLMs?|large\s+language)\b",
      r"\b(?<p>no\s+(?:AI\s+|model\s+|ML\s+|LLM\s+)?training\s+on\s+(?:your|customer|user|any)|no\s+(?:AI\s+|model\s+|ML\s+|LLM\s+)training)\b",
      r"\b(?<p>(?:do|does|will|would)\s+not\s+(?:work|partner|contract)\s+with)\b[^.;]{0,100}?\b(?:train\w*|fine[- ]?tun\w+)\b",
      (r"\b(?<p>(?:contractually\s+)?(?:prohibited|barred|forbidden|restricted|not\s+allowed|not\s+permitted)\s+from)\b[^.;]{0,100}?\btrain\w*", AI_TERMS, ["prohibited", "barred", "forbidden", "restricted", "not allowed", "not permitted"]),
      r"(?<p>(?:\b(?:not|never)|n't)\s+use\s+(?:any\s+)?(?:form\s+of\s+)?(?:machine[- ]learning|AI|artificial\s+intelligence))\b[^.;]{0,60}?\b(?:to|on)\s+(?:process|analy[sz]e|scan|read)\w*\b",
      r"\b(?<p>(?:excluded|exempt|removed|withheld)\s+from)\s+(?:\w+\s+){0,3}?(?:model\s+|AI\s+|ML\s+)?training\b"],
     "The company says your content is not used to train AI models.",
     ["We never use your files to train our AI models.",
      "Customer data is not used to train, fine-tune or improve any models.",
      "Our providers are contractually prohibited from using your messages for training their models.",
      "We do not train our models on your content.",
      "Models are never trained on your workspace content."],
     ["We use your files to train our AI models.",
      "If you turn off the setting, we will not use new chats for model training.",
      "We do not share your data, except with vendors who help us train our models.",
      "We do not train our support staff on live calls."],
     unless=NO_AI_UNLESS,
     suppresses=["ai_training"], requires=NEG_REQ)

rule("no_ai_training.off_by_default", "no_ai_training", "info", ["by default", "automatically opted out", "automatically excluded", "training is", "training remains", "training stays", "training are", "improvement is"],
     [r"\b(?<p>(?:opted[- ]out|disabled|turned\s+off|off|excluded|not\s+(?:enabled|included|on))\s+(?:automatically|by\s+default)|automatically\s+(?:opted[- ]out|excluded))\b",
      r"\b(?<p>(?:model\s+|AI\s+)?(?:training|model\s+improvement)\s+(?:is|are|remains|stays)\s+(?:disabled|off|turned\s+off|not\s+enabled|switched\s+off))\b"],
     "Using your content to train AI is switched off unless you turn it on.",
     ["Model training on your workspace is turned off by default.",
      "Business accounts are automatically opted out of the data sets used to train models."],
     ["Model training is on by default.",
      "Notifications are off by default."],
     unless=["{{QUESTION}}"],
     suppresses=["ai_training", "opt_out"], requires=["train", "model", " ai ", " ai-", "machine learning", "data set", "dataset"])

rule("no_ai_training.only_with_opt_in", "no_ai_training", "low", AI_ANCHORS,
     [r"(?<p>{{TRAINPHRASE}})[^.;]{0,120}?" + OPTIN_COND,
      r"(?<p>" + OPTIN_COND + r")[^.;]{0,140}?{{TRAINPHRASE}}"],
     "Your content is used for AI training only if you opt in.",
     ["We will only use your recordings to improve our speech models if you opt in.",
      "With your permission, we may use the samples you submit to train our models.",
      "We do not train on your documents unless you explicitly choose to share them with us.",
      "If you choose to join the research program, your recordings help train our voice models."],
     ["We use your recordings to improve our speech models unless you opt out.",
      "With your permission we share your email with partners."],
     unless=[r"\bunless\s+you\s+(?:\w+\s+){0,2}?{{OPTOFFV}}", r"\b(?:if|when|once)\s+you\s+(?:have\s+)?(?:\w+\s+){0,2}?{{OPTOFFV}}", "{{QUESTION}}"],
     suppresses=["ai_training"], hint="opt_in",
     requires=["unless", "only if", "only when", "only after", "only with", "only once", "without your", "without their",
               "without the user", "without users", "opt in", "opt-in", "opted in", "with your", "off by default",
               "if you", "when you", "once you", "after you"])

# --------------------------------------------------------------------------
# opt_out_exception (before opt_out: several of these suppress it)
# --------------------------------------------------------------------------
# words of refusing or switching off, for `requires`
OPTOFF_REQ = ["opt", "unsubscri", "turn", "switch", "toggl", "disabl", "deactivat", "withdr", "revok", "object",
              "declin", "reject", "refus", "uncheck", "untick", "deselect", "de-select", "unselect", "block"]
OPTOUT_WORDS = ["opt out", "opt-out", "opting out", "opted out", "opts out", "optout", "opting-out", "opted-out", "opt\u2011out"]

STILL = r"(?:\bstill\s+(?:may|might|can|could|will|would)\s+(?:be\s+)?(?:us|process|retain|keep|stor|receiv|send|shar|collect|includ|contact|analy|train|disclos|track|serve)\w*|\b(?:may|will|can|might|could|would|shall|do|does)\s+(?:\w+\s+)?still\s+(?:be\s+)?(?:us|process|retain|keep|kept|stor|receiv|send|sent|shar|collect|includ|see|show|contact|access|analy|train|get|appear|disclos|track|serve|apply|subject)\w*|\bstill\s+(?:be\s+)?(?:used|processed|retained|kept|stored|shared|collected|included|disclosed|tracked|subject|receive|see|get)\b|\b(?:will|may|might|can|could|would|shall)\s+(?:\w+\s+)?continue\s+to\s+(?:\w+\s+)?(?:use|process|retain|keep|store|receive|send|share|collect|see|show|contact|get|access|analy[sz]e|apply|be\s+(?:used|processed|shown|sent|collected|shared))|\bcontinue\s+(?:using|processing|sending|collecting|sharing|receiving|to\s+receive|to\s+see|to\s+get|to\s+be\s+(?:used|processed|shown|sent|collected|shared)))"
USER_STILL = r"\b(?:you|users?|they)\s+(?:\w+\s+)?(?:can|may|will|would)\s+(?:\w+\s+)?still\s+(?:be\s+able|use|access|visit|browse|log|sign|shop|buy|purchase|order|enjoy|read|view|watch|play|provide|give|submit|report|rate|send\s+us|contact\s+us|participate|create|post|delete|download|request)\b|\bcontinue\s+to\s+(?:use|access|visit|browse|enjoy)\s+(?:the|our|this)\s+(?:site|service|website|app|platform|services)\b|\b(?:you|users?|they)\s+(?:\w+\s+)?(?:can|may|will|would)\s+(?:\w+\s+)?continue\s+(?:to\s+)?(?:use|using|access|visit|browse|enjoy|shop|buy|order|watch|play|read)\b|\bcontinue\s+(?:using|to\s+use|to\s+access)\s+(?:the|our|this)\b|\bnot\s+affect\s+(?:your\s+)?(?:access|ability|use\s+of)\b"

rule("opt_out_exception.even_if", "opt_out_exception", "medium",
     ["even if", "even after", "even when", "even though", "even with"],
     [r"\b(?<p>even\s+(?:if|after|when|though)\s+(?:you|the\s+user|users|a\s+user|(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:user|member|customer|instructor|creator))\s+(?:\w+\s+){0,4}?(?:{{OPTOFFV}}|choos\w+\s+not|(?:have|has)\s+(?:\w+\s+)?(?:opted|turned|switched|disabled|declined|unsubscribed|withdrawn|objected)|change\w*\s+(?:your|their)\s+(?:settings|preferences|choices)))",
      r"\b(?<p>even\s+(?:with|when|if)\s+(?:\w+\s+){0,3}?(?:setting|toggle|option|feature|opt-?out|history|activity)s?\s+(?:is\s+|are\s+)?(?:off|disabled|turned\s+off|switched\s+off|paused))\b"],
     "Some use of your data continues even after you opt out or change the setting.",
     ["Even if you opt out, conversations flagged for safety review may still be used.",
      "Even if you have unsubscribed, we will still send you account notices.",
      "Even when chat history is turned off, we keep new chats for 30 days."],
     ["You can opt out at any time.",
      "Even if you forget your password, you can reset it.",
      "Even if you opt out, you can still use every feature."],
     unless=["{{QUESTION}}", r"\b(?:still|continue\s+to)\s+(?:provide|offer|give|serve)\s+you\b", USER_STILL],
     suppresses=["opt_out"], requires=OPTOFF_REQ + ["choose not", "chose not", "setting", "preference", "choice", " off", "paused"])

rule("opt_out_exception.regardless", "opt_out_exception", "medium", ["regardless of"],
     [r"\b(?<p>regardless\s+of\s+(?:your|the|any|their)\s+(?:\w+\s+){0,2}?(?:settings?|choices?|preferences?|opt-?outs?|selection))\b"],
     "Some use of your data continues whatever you choose in the settings.",
     ["Regardless of your ad settings, you will see some ads.",
      "Your public profile can be seen by members regardless of your privacy settings."],
     ["Regardless of your choices, we will still provide you with the same service.",
      "Regardless of where you live, these terms apply."],
     unless=["{{QUESTION}}", r"\b(?:still|continue\s+to)\s+(?:provide|offer|give|serve)\s+you\b", r"\bsame\s+(?:service|price|experience)\b"],
     requires=["setting", "choice", "preference", "opt-out", "opt out", "selection"])

rule("opt_out_exception.still_after_opt_out", "opt_out_exception", "medium",
     ["still", "continue"],
     [r"\b(?:if|once|when|after|where|should)\s+(?:you|the\s+user|users|a\s+user|(?:a|an|the)\s+\w+)\s+(?:have\s+|has\s+|do\s+|does\s+)?(?:\w+\s+){0,3}?(?<p>{{OPTOFFV}})\b[^;]{0,160}?" + STILL,
      r"(?<p>" + STILL + r")[^.;]{0,120}?\b(?:if|once|when|after|where)\s+(?:you|users?)\s+(?:have\s+)?(?:\w+\s+){0,2}?{{OPTOFFV}}"],
     "After you opt out, some use of your data still goes on.",
     ["If you opt out of personalised ads, you will still see generic ads.",
      "Once you turn off the setting, chats already shared may still be used for safety research.",
      "We may continue to process your data for security purposes after you withdraw your consent."],
     ["If you reject these cookies, you can still use the website.",
      "If you opt out, we will stop using your data for this purpose."],
     unless=[USER_STILL, "{{QUESTION}}"],
     suppresses=["opt_out"], requires=OPTOFF_REQ)

rule("opt_out_exception.still_nearby", "opt_out_exception", "medium",
     ["still", "continue", "during this period", "during that period", "in the meantime", "until then"],
     [r"(?<p>" + STILL + r")",
      r"\b(?<p>during\s+(?:this|that)\s+(?:period|time)|in\s+the\s+meantime|until\s+then)\b[^.;]{0,100}?\b(?:still|continue|may\s+(?:be\s+)?(?:us|process|receiv|send|shar))\w*"],
     "Right after an opt-out, this says some use of your data goes on anyway.",
     ["You can opt out in Settings. During this period, your data may still be used for safety.",
      "Unsubscribe with the link in any email. We will still send you receipts and security alerts."],
     ["During this period, your data may still be used for safety.",
      "You can opt out in Settings. You can still use every feature."],
     unless=[USER_STILL, r"\b(?:you|users?)\s+(?:will\s+|may\s+|can\s+)?(?:no\s+longer|not)\b", r"\b(?:reason|grounds?|basis|need)\s+for\s+us\s+to\s+continue\b", "{{QUESTION}}"],
     after={"label": "opt_out", "within": 2})

SCOPE_NOUN = r"(?:settings?|choices?|preferences?|opt-?outs?|opting\s+out|options?|toggles?|(?:privacy|ad|ads|data|cookie)\s+controls?|selections?|(?:opt-?out|deletion|objection|your)\s+requests?|switch|consent\s+withdrawal|withdrawal\s+of\s+(?:your\s+)?consent|withdrawing\s+(?:your\s+)?consent|unsubscrib\w+|(?:this|that)\s+choice)"
SCOPE_REQ = ["setting", "choice", "preference", "opt-out", "opt out", "opting out", "option", "toggle", "control", "selection",
             "request", "switch", "withdraw", "unsubscri"]
LIMIT_ANCHORS = ["not apply", "n't apply", "not affect", "n't affect", "not cover", "n't cover", "not extend", "not stop",
                 "not prevent", "n't stop", "n't prevent", "not remove", "not delete", "not mean", "not include",
                 "not change", "n't change", "not impact", "only applies", "only apply", "only affects", "only covers",
                 "apply only", "applies only", "limited to", "only works", "works only", "only to", "only for"]
LIMIT = [r"\b" + SCOPE_NOUN + r"\b[^.;]{0,60}?\b(?<p>(?:do|does|will|would|shall|may)\s*(?:not|n't)\s+(?:apply|affect|cover|extend|stop|prevent|remove|delete|undo|mean|include|change|impact|limit|restrict))\b",
         r"\b(?:settings?|choices?|preferences?|opt-?outs?|opting\s+out|unsubscrib\w+|withdrawal\s+of\s+(?:your\s+)?consent|withdrawing\s+(?:your\s+)?consent)\s+(?:\w+\s+){0,4}?(?<p>(?:is|are|applies|apply|affects?|covers?|works?)\s+only\s+(?:to|for|on)|(?:only|solely)\s+(?:applies|apply|affects?|covers?|works?)\s+(?:to|for|on)|(?:is|are)\s+limited\s+to)\b"]
LIMIT_NO = ["These terms do not apply to third-party websites.",
            "The offer only applies to new customers."]
# a limit stated beside the choice itself ("you can opt out; this does not
# cover...") is an exception; one that stands alone also replaces the opt-out
rule("opt_out_exception.does_not_apply", "opt_out_exception", "medium", LIMIT_ANCHORS, LIMIT,
     "The opt-out or setting has limits: some data or uses are not covered by it.",
     ["These choices do not apply to messages about your account or orders.",
      "You can opt out, but the opt-out only applies to the program described above."],
     LIMIT_NO,
     unless=["{{QUESTION}}"], requires=SCOPE_REQ)

rule("opt_out_exception.opt_out_limited", "opt_out_exception", "medium", LIMIT_ANCHORS, LIMIT,
     "The opt-out has limits: some data or uses are not covered by it.",
     ["The opt-out only applies to the program described above.",
      "Withdrawing your consent does not affect processing that took place before."],
     LIMIT_NO,
     unless=["{{QUESTION}}", r"\b(?:you|users?)\s+(?:can|may|are\s+able\s+to|have\s+the\s+right\s+to)\b|\bat\s+any\s+time\b"],
     suppresses=["opt_out"], requires=SCOPE_REQ)

rule("opt_out_exception.opt_out_except", "opt_out_exception", "medium",
     OPTOUT_WORDS + ["unsubscri", "object to", "objection", "withdraw", "turn off", "turned off", "turning off", "turns off",
                     "turn it off", "turn this off", "turn them off", "disable"],
     [r"\b(?:opt(?:s|ed|ing)?[- ]?out|unsubscrib\w*|object(?:ion)?|withdr\w+|turn(?:s|ed|ing)?\s+(?:it\s+|this\s+|them\s+)?off|disabl\w*)\b[^;]{0,150}?\b(?<p>except(?:\s+(?:for|where|when|that|as|in|to))?|other\s+than|unless\s+(?:we|it|the\s+law|required|permitted|there\s+(?:is|are)|such|doing\s+so|an?\s+(?:law|exception))|but\s+(?:we|you)\s+(?:will|may|might|can|could)\s+(?:still|continue))\b"],
     "The opt-out has exceptions: some use goes on anyway.",
     ["You can opt out of marketing emails, except for messages about your orders.",
      "You may object to this processing, unless we have compelling legitimate grounds to continue."],
     ["You can opt out of marketing emails at any time.",
      "Unless you opt out, we use your data for ads."],
     unless=["{{QUESTION}}", r"\bexcept\s+as\s+(?:described|set\s+out|provided|stated|noted|explained|otherwise)\b"],
     requires=["except", "other than", "unless", "but we", "but you"])

rule("opt_out_exception.this_does_not_stop", "opt_out_exception", "medium",
     combos(["not", "n't"], ["stop", "prevent", "block", "remove", "delete", "affect", "apply", "mean", "end", "eliminate", "cover"]),
     [r"^\W*(?:\w+\s+){0,2}?(?:this|that|it|doing\s+so|these|they|such\s+(?:a\s+)?(?:requests?|choices?|tools?))\s+(?:\w+\s+)?(?<p>(?:will|does|do|would|may|might)\s*(?:not|n't)\s+(?:stop|prevent|block|remove|delete|affect|apply\s+to|mean|end|eliminate|cover))\b"],
     "Right after an opt-out, this says the opt-out does not stop everything.",
     ["You can opt out of interest-based ads. This will not stop you from seeing ads.",
      "Turn off location history in Settings. Doing so does not delete past location data."],
     ["This will not stop you from seeing ads.",
      "You can opt out of ads. This takes a minute."],
     after={"label": "opt_out", "within": 1},
     unless=["{{QUESTION}}"])

NEG_CAN = ["cannot", "can't", "can not", "may not", "not able", "unable", "not possible", "no way", "not be able"]
rule("opt_out_exception.cannot_opt_out", "opt_out_exception", "medium", NEG_CAN,
     [r"\b(?<p>(?:cannot|can't|can\s+not|may\s+not|are\s+not\s+able\s+to|is\s+not\s+able\s+to|won't\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|unable\s+to|not\s+possible\s+to|no\s+way\s+to)\s+(?:\w+\s+){0,2}?(?:opt[- ]?out|unsubscrib\w*|turn\s+(?:\w+\s+){0,2}?off|switch\s+(?:\w+\s+){0,2}?off|disable|deactivate|refuse|decline|object|withdraw|reject|be\s+(?:disabled|turned\s+off|switched\s+off|opted\s+out|deactivated|refused|declined|rejected)))\b"],
     "Some use of your data cannot be switched off.",
     ["Essential cookies cannot be turned off.",
      "You may not opt out of service announcements about your account.",
      "Some safety checks can't be disabled."],
     ["You can opt out at any time.",
      "You cannot use the service if you are under 13.",
      "You will not be able to log in if you disable cookies."],
     unless=[r"\bno\s+(?:need|reason)\s+to\b", r"\bmay\s+not\s+(?:be\s+able\s+to\s+)?(?:use|access|log|sign)\b", "{{QUESTION}}"],
     suppresses=["opt_out"], requires=["opt", "unsubscri", "turn", "switch", "disabl", "deactivat", "refus", "declin", "object",
                                       "withdraw", "reject"])

rule("opt_out_exception.always_on", "opt_out_exception", "medium",
     ["always active", "always on", "always enabled", "always required", "strictly required", "not optional", "mandatory",
      "without offering", "without giving", "without providing", "without affording", "without these", "without this",
      "without them", "without those", "without such"],
     [r"\b(?<p>without\s+(?:offering|giving|providing|affording)\s+(?:you\s+)?(?:\w+\s+){0,2}?(?:opportunity|option|ability|choice|chance)\s+to\s+(?:opt|unsubscrib|decline|refuse|object))",
      r"^\W*(?<p>always\s+(?:active|on|enabled))\W*$",
      r"\b(?<p>(?:cannot|can't|won't|will\s+not|does\s+not|doesn't|do\s+not|would\s+not)\s+(?:\w+\s+)?(?:function|work|operate)\s+(?:\w+\s+)?without\s+(?:these|this|them|those|such))\b",
      r"\b(?<p>(?:is|are)\s+(?:always|strictly)\s+(?:required|active|on|enabled|necessary))\b(?![^.;]{0,40}\b(?:to\s+(?:log|sign)|for\s+(?:login|sign))\b)",
      r"\b(?:cookies?|communications?|messages?|e-?mails?|notices?|notifications?|processing|collection|tracking|services?)\s+(?:\w+\s+){0,3}?(?<p>(?:is|are)\s+(?:not\s+optional|mandatory))\b(?!\s+(?:for|to)\b)"],
     "Some use of your data cannot be switched off.",
     ["Always active",
      "We may send you account notices without giving you the option to opt out.",
      "These cookies are always active because the site does not work without them."],
     ["You can opt out at any time.",
      "An account is mandatory to place an order."],
     unless=[r"\bno\s+(?:need|reason)\s+to\b", "{{QUESTION}}"],
     suppresses=["opt_out"])

rule("opt_out_exception.going_forward_only", "opt_out_exception", "medium",
     ["already", "previously", "going forward", "retroactiv", "prior to", "before you", "before the", "before your", "before its"],
     [r"\b(?<p>(?:models?|training)\s+(?:\w+\s+){0,2}?(?:that|which)\s+(?:have|has)\s+already|already\s+(?:been\s+)?(?:trained|started|used|shared|disclosed|sold|collected|included|provided|processed|sent)|(?:previously|already)[- ](?:collected|shared|disclosed|used|processed|trained)|going\s+forward(?:\s+only)?|(?:not|n't)\s+(?:apply\s+)?retroactive\w*|(?:before|prior\s+to)\s+(?:you|your|the|its|their)\s+(?:\w+\s+){0,2}?(?:opt|withdraw\w*\s+(?:\w+\s+)?consent|withdrawal\s+of\s+consent|revoc|objection|unsubscri|turn))\w*"],
     "An opt-out only works from now on: what was already used or shared stays that way.",
     ["Turning off the setting does not remove your data from models that have already been trained.",
      "If you opt out, we stop sharing going forward, but information already shared is not recalled.",
      "Withdrawing consent does not affect processing carried out before you withdraw it."],
     ["We have already shipped your order.",
      "Going forward, we will publish a report every year."],
     unless=["{{QUESTION}}"],
     requires=["opt", "turn", "disabl", "withdr", "revok", "revoc", "setting", "choice", "unsubscri", "object"])

rule("opt_out_exception.already_trained", "opt_out_exception", "medium", ["already", "still be included", "still be used"],
     [r"\b(?<p>(?:models?|training(?:\s+runs?)?)\s+(?:\w+\s+){0,2}?(?:that|which)\s+(?:have|has)\s+already\s+(?:been\s+)?(?:trained|started|begun|run|completed)|already[- ](?:trained|started)\s+(?:\w+\s+)?(?:models?|training)|still\s+be\s+(?:included|used)\s+in\s+(?:\w+\s+){0,2}?(?:training|models?))\b"],
     "What was already used to train AI stays in the models, whatever you choose now.",
     ["Your content stays in models that have already been trained.",
      "Past chats may still be included in training runs that already began."],
     ["We have already trained our staff.",
      "The model has been updated."],
     unless=["{{QUESTION}}"], requires=["model", "train"])

DEVICE_ONLY = ["browser", "device"]
rule("opt_out_exception.opt_out_again", "opt_out_exception", "low", ["again"],
     [r"\b(?<p>(?:need|have|required|must)\s+to\s+(?:\w+\s+){0,3}?(?:opt[- ]?out|opt-?out\s+procedure|repeat|renew|do\s+(?:this|it|so)|set\s+(?:your\s+)?(?:preferences|choices))\s+(?:\w+\s+){0,4}?again)\b",
      (r"\b(?<p>opt-?outs?\s+(?:\w+\s+){0,4}?(?:only\s+)?(?:appl(?:y|ies)|work|works|is\s+valid|are\s+valid|is\s+effective|will\s+be\s+effective)\s+only\s+(?:to|on|for|in)\s+(?:this|the|that|each)\s+(?:\w+\s+)?(?:browser|device))\b", DEVICE_ONLY, OPTOUT_WORDS),
      (r"\b(?<p>(?:choices?|preferences?|settings?|selections?)\s+(?:\w+\s+){0,3}?(?:only\s+)?(?:appl(?:y|ies)|work|are\s+saved|is\s+saved|are\s+stored|is\s+stored|will\s+be\s+saved)\s+(?:only\s+)?(?:to|on|for|in)\s+(?:this|the|that|each)\s+(?:\w+\s+)?(?:browser|device))\b", DEVICE_ONLY, ["choice", "preference", "setting", "selection"]),
      (r"\b(?<p>(?:sign|log)\s+in\s+to\s+(?:persist|keep|save)\s+your\s+(?:opt-?out|choice|preference)s?)\b", ["sign in to", "log in to"], ["opt-out", "optout", "choice", "preference"])],
     "The opt-out is fragile: it can be lost (new browser, cleared cookies) and must be redone.",
     ["If you clear your cookies, you will need to opt out again.",
      "Your opt-out works only on this browser."],
     ["You can opt out again at any time.",
      "Try again later."],
     unless=["{{QUESTION}}", r"\b(?:can|may)\s+(?:\w+\s+)?opt[- ]?out\s+again\b"],
     suppresses=["opt_out"], requires=["opt", "repeat", "renew", "do this", "do it", "do so", "preferences", "choices"])

rule("opt_out_exception.no_consent_needed", "opt_out_exception", "medium",
     combos(["require", "need", "ask for", "ask", "request", "seek", "requiring", "asking for", "seeking"], ["your consent", "their consent", "the user's consent"])
     + ["without your consent", "without their consent",
        "regardless of your consent", "regardless of their consent"],
     [r"\b(?<p>(?:may|does|do|will|might)\s+not\s+(?:require|need)\s+(?:your|their|the\s+user's)\s+consent)\b",
      r"\b(?<p>(?:do|does|will|may)\s+not\s+(?:ask|request|seek)\s+(?:for\s+)?(?:your|their)\s+consent)\b",
      (r"\b(?<p>without\s+(?:asking\s+(?:for\s+)?|requiring\s+|seeking\s+|first\s+obtaining\s+)(?:your\s+)?consent)\b", ["without asking", "without requiring", "without seeking", "without first obtaining"], ["legitimate", "object"]),
      r"\b(?<p>(?:without|regardless\s+of)\s+(?:your|their)\s+consent)\s+(?:where|when|if|as)\s+(?:\w+\s+){0,3}?(?:legitimate|required|permitted|necessary|law)"],
     "Some processing goes on without asking you, so refusing consent does not stop it.",
     ["Some processing of your data may not require your consent.",
      "We may keep using your data without your consent where the law permits it."],
     ["We never share your data without your consent.",
      "Children may not use the service without parental consent."],
     unless=["{{QUESTION}}"])

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

# --------------------------------------------------------------------------
# opt_out
# --------------------------------------------------------------------------
OPT_OUT_UNLESS = [
    r"\barbitrat\w*|\bclass\s+action\b|\bjury\b",   # arbitration opt-outs are `arbitration`
    r"\b(?:cannot|can't|can\s+not|not\s+able\s+to|unable\s+to|no\s+way\s+to)\s+(?:\w+\s+){0,2}?(?:opt|unsubscrib|turn|switch|disable|refuse|decline|object|withdraw|reject)",
    r"\bmay\s+not\s+(?:opt|unsubscrib)",
    r"\b(?:do|does)\s+not\s+need\s+to\s+(?:opt|unsubscrib)",
    r"\bopt-?out\s+(?:notice|window)\b|\bwithin\s+(?:\w+\s+){0,2}?(?:\(\d+\)\s+)?(?:calendar\s+)?days\s+(?:of|after|from)\s+(?:\w+\s+){0,4}?(?:accept|agree|first|the\s+effective|receiv)|\bopt\s+out\s+within\s+(?:\w+\s+)?(?:\(\d+\)\s+)?days\W*$",
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:how\s+to|method\s+\w+\s+\w+\s+of|instructions\s+for|(?:your\s+)?right\s+to)\s+opt(?:ing)?[- ]?out\W*$|^\W*\d+(?:\.\d+)*\.?\s+[^.;]{0,40}$",
    r"^(?!.*\bopt(?:\s+|-)?out\s+of\b)(?!.*\b(?:you|users?)\s+(?:can|may|could|will\s+be\s+able)\b).*\b(?:see|titled|entitled|refer\s+to|described\s+in)\b[^.;]{0,80}?\bsections?\b",
    r"\b(?:do|does|will)\s+not\s+(?:respond|honou?r|recogni[sz]e|support)\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:do\s+not\s+track|DNT|signals?|browser)",
    "{{QUESTION}}",
]

rule("opt_out.opt_out", "opt_out", "info", OPTOUT_WORDS,
     [r"\b(?<p>opt(?:s|ed|ing)?(?:\s+|-|‑)?outs?)\b"],
     "You can refuse or switch off this use of your data.",
     ["You may opt out of the sale of your personal information.",
      "Click here to opt-out of interest-based advertising.",
      "Our partners respect every opt-out setting."],
     ["You may not opt out of receiving service messages.",
      "You can opt out of this arbitration agreement within 30 days."],
     unless=OPT_OUT_UNLESS)

rule("opt_out.unsubscribe", "opt_out", "info", ["unsubscri"],
     [r"\b(?<p>unsubscrib\w*)"],
     "You can unsubscribe from these messages.",
     ["You can unsubscribe at any time using the link in each email.",
      "Unsubscribe"],
     ["Unsubscribing is not possible for security alerts, which you cannot unsubscribe from."],
     unless=OPT_OUT_UNLESS)

OFF_OBJECT = r"(?:this|it|that|these|them|the|all|any|your|such|personali[sz]\w+|ads?|advertising|location|cookies?|tracking|history|memory|training|model|data|sharing|collection|analytics|telemetry|notifications?|setting|settings|feature|features|option|services?|diagnostics?|usage|recording|personal|third|interest|targeted|cross|sync\w*|improv\w+|contribut\w+|chat|voice|face|activity|off)"
OFF_REQ = ["off ", "off.", "off,", "off)", "off\"", "off'", "off;", "off:", "off!", "off/"]
DISABLE_ANCHORS = ["disable ", "disable.", "disable,", "disable)", "deactivate ", "deactivate.", "uncheck", "untick",
                   "deselect", "de-select", "unselect"]
rule("opt_out.turn_off", "opt_out", "info", ["turn", "switch", "toggl"],
     [r"\b(?<p>(?:turn|switch|toggle)(?:s|ed|ing)?\s+" + OFF_OBJECT + r"[\w-]*\s+(?:[\w-]+\s+){0,4}?off|(?:turn|switch|toggle)(?:s|ed|ing)?\s+off)\b",
      (r"\b(?<p>(?:can|may|could)\s+(?:\w+\s+)?be\s+(?:turned\s+off|switched\s+off|toggled\s+off))\b", ["be turned off", "be switched off", "be toggled off", "also be turned off"]),
      (r"\b(?<p>(?:you|users?)\s+(?:can|may|could|are\s+able\s+to|have\s+the\s+(?:option|ability|right|choice)\s+to)\s+(?:\w+\s+){0,3}?(?:disable|deactivate|uncheck|untick|deselect|de-select|unselect)|(?:^|[.:;!]\s*|\bto\s+|\bor\s+|\band\s+)(?:disable|deactivate|uncheck|untick|deselect|de-select|unselect)\s+" + OFF_OBJECT + r"|^\W*(?:disable|deactivate|uncheck|untick|deselect|de-select|unselect)\b|\b(?:if|when|once|after|until)\s+you\s+(?:\w+\s+)?(?:disable|deactivate|uncheck|untick|deselect|unselect|de-select)\b)\b", DISABLE_ANCHORS),
      (r"\b(?<p>(?:can|may|could)\s+(?:\w+\s+)?be\s+(?:disabled|deactivated|unchecked))\b", ["be disabled", "be deactivated", "be unchecked"]),
      (r"\b(?<p>(?:admins?|administrators?|owners?|workspace\s+owners?|parents?)\s+(?:can|may|could)\s+(?:\w+\s+){0,2}?(?:disable|deactivate|turn\s+off|switch\s+off|opt\s+out))\b", ["admin", "owner", "parent"], ["disable", "deactivate", "turn off", "switch off", "opt out"]),
      (r"\b(?<p>you\s+can\s+(?:always\s+|also\s+)?(?:change|update|adjust|manage|revisit)\s+(?:this|that|it|these|your\s+(?:choice|decision|selection))\s+(?:\w+\s+){0,3}?(?:in|under|from|via|through)\s+(?:your\s+|the\s+)?(?:\w+\s+)?(?:settings|preferences|controls|privacy|account))\b", ["you can change", "you can update", "you can adjust", "you can manage", "you can revisit", "you can always", "you can also"], ["settings", "preferences", "controls", "privacy", "account"]),
      (r"\b(?<p>(?:enable|allow|accept)\s+or\s+(?:disable|deny|reject|refuse|decline)|(?:disable|reject|deny)\s+or\s+(?:enable|allow|accept))\b", ["or disable", "or deny", "or reject", "or refuse", "or decline", "or enable", "or allow", "or accept"], ["enable", "allow", "accept", "disable", "reject", "deny"]),
      (r"\b(?<p>(?:disabling|deactivating|unchecking|deselecting|turning\s+off|switching\s+off)\s+" + OFF_OBJECT + r")", ["disabling", "deactivating", "unchecking", "deselecting", "turning off", "switching off"]),
      (r"(?:^|\b(?:use|click|tap|select|this)\s+)(?<p>(?:this\s+)?(?:switch|toggle|checkbox|button)\s+to\s+(?:\w+\s+){0,2}?(?:disable|turn\s+off|stop|refuse|decline|reject|opt))", ["switch to", "toggle to", "checkbox to", "button to"])],
     "You can switch this use of your data off.",
     ["You can turn this off anytime in Settings.",
      "Switch off personalised recommendations under Privacy.",
      "Uncheck this box if you prefer not to take part.",
      "Click to disable collection of data for this purpose."],
     ["We may disable your account if you break these rules.",
      "Turn off your device before cleaning it.",
      "Turn the key to the off position."],
     unless=OPT_OUT_UNLESS + [r"\bdeactivat\w*\s+(?:\w+\s+){0,3}?(?:account|profile|membership|personal\s+information)",
                              r"\b(?:circumvent|bypass|interfer|disrupt|damag|hack|scrape|decompile)\w*",
                              r"\b(?:we|us)\s+(?:may\s+|might\s+|can\s+|will\s+|could\s+)?(?:turn|switch)\s+off\b",
                              r"\b(?:we|us|company)\s+(?:may|will|can|might|could|shall|reserve\s+the\s+right\s+to)\s+(?:\w+\s+){0,3}?(?:disable|deactivate|turn\s+off|switch\s+off)\s+(?:your|any|the)\s+(?:account|access|service|profile)",
                              r"\bturn\w*\s+(?:your\s+|the\s+)?(?:device|computer|phone|engine|vehicle|car|lights?|power|key|stove|oven|tv|television)\s+off\b",
                              r"\bturn\w*\s+the\s+(?:key|knob|dial|handle|lights?|power|heat|water|tap|engine|ignition)\b",
                              r"\bturn\w*\s+off\s+(?:at\s+|onto\s+|into\s+)?(?:the\s+|a\s+)?(?:\w+\s+)?(?:road|street|highway|motorway|freeway|path|route|exit|lane|avenue|trail|track|junction|roundabout)\b",
                              r"\bturn\w*\s+off\s+(?:your\s+|the\s+)?(?:device|computer|phone|engine|vehicle|car|lights?|power|stove|oven|tv|television)\b"],
     requires=OFF_REQ)

COOKIE = r"(?:cookies?|trackers?|tracking|web\s+beacons?|local\s+storage|identifiers?|pixels?)"
COOKIE_WORDS = ["cookie", "tracking", "tracker", "beacon", "local storage", "identifier", "pixel"]
REFUSE_REQ = ["refus", "reject", "block", "declin", "disabl", "disallow", "deactivat", "delet", "remov", "clear", "prevent",
              "stop", "manag", "limit", "deny", "denying", "not accept", "not allow", "not permit", "not to accept", "turn"]
rule("opt_out.refuse_cookies", "opt_out", "info", COOKIE_WORDS,
     [r"\b(?<p>(?:refus\w*|reject\w*|block\w*|declin\w*|disabl\w*|disallow\w*|de-?activat\w*|delet\w*|remov\w*|clear(?:ing)?\s+(?:your|all|existing|any|the)|prevent\w*|stop\w*|manag(?:e|ing)|limit(?:ing)?|deny|denying|not\s+(?:to\s+)?(?:accept|allow|permit)|(?:do|does)\s+not\s+accept|turn\w*\s+off))\s+(?:[\w'-]+\s+){0,5}?" + COOKIE,
      (r"\b(?<p>(?:set|setting|configure|adjust|change|modify|update|use|using)\s+(?:the\s+settings\s+of\s+)?(?:your|the|their|a|most|his\s+or\s+her|his|her)\s+(?:\w+\s+){0,2}?(?:browser|device|web\s+browser|internet\s+browser)\s*(?:'s\s+)?(?:settings?|preferences?|options?)?)\b[^.;]{0,100}?\b(?:refuse|reject|block|decline|disable|delete|remove|not\s+accept|notify|warn|alert|prevent|stop|limit|restrict|accept)",
       ["browser", "device"], ["refus", "reject", "block", "declin", "disabl", "delet", "remov", "not accept", "notif", "warn", "alert", "prevent", "stop", "limit", "restrict", "accept"]),
      (r"\b(?<p>(?:browsers?|devices?)\s+(?:\w+\s+){0,3}?(?:allow|let|permit|enable|offer|provide|include)\w*\s+(?:you|users)?\s*(?:\w+\s+){0,2}?(?:to\s+)?(?:refuse|reject|block|decline|disable|delete|remove|manage|control|limit|prevent|choose|opt))",
       ["browser"], ["refus", "reject", "block", "declin", "disabl", "delet", "remov", "manag", "control", "limit", "prevent", "choos", "opt"])],
     "You can refuse or block cookies and similar tracking.",
     ["You can set your browser to refuse all or some cookies.",
      "Most browsers let you block third-party cookies.",
      "Reject non-essential cookies in the banner."],
     ["We use cookies to remember your language.",
      "Cookies expire after 30 days."],
     unless=OPT_OUT_UNLESS + [r"\bwe\s+(?:may\s+|will\s+|can\s+)?(?:delete|remove|block|clear|disable)\s+(?:\w+\s+){0,2}?" + COOKIE + r"\b(?![^.;]*\byou\b)",
                              r"\b(?:block|reject|refus|prevent|stop)\w*\s+(?:\w+\s+){0,3}?" + COOKIE + r"\s+(?:\w+\s+)?automatically\b",
                              r"\b(?:we|company)\s+(?:do|does|will)\s+not\s+(?:allow|permit|accept)\b", r"(?:\bnot|n't)\s+(?:\w+\s+)?(?:remove|block|disable|delete|refuse|reject|clear)\b"],
     requires=REFUSE_REQ)

rule("opt_out.withdraw_object", "opt_out", "info",
     ["withdraw", "revok", "revoc", "retract", "object to", "objection", "objecting", "right to object", "may object", "can object",
      "could object", "also object", "might object", "to object", "change your mind", "deny the", "deny consent", "deny processing",
      "deny tracking", "deny use"],
     [r"\b(?<p>(?:withdraw\w*|revok\w+|revocation\s+of|retract\w*)\s+(?:\w+\s+){0,3}?(?:consent|permission|authori[sz]ation|opt-?in))\b",
      r"\b(?<p>(?:withdraw\w*|revok\w+)\s+(?:it|this|them)\s+(?:at\s+any\s+time|later|any\s+time))\b",
      r"\b(?<p>(?:right\s+to\s+object|(?:you|users?)\s+(?:\w+\s+){0,2}?(?:may|can|could|might|have\s+the\s+right\s+to)\s+(?:also\s+)?object|object(?:ing)?\s+to\s+(?:the|our|this|such|any|certain|your|their)?\s*(?:\w+\s+){0,2}?(?:processing|use|uses|sharing|disclosure|transfer|profiling|marketing|collection)|objection\s+to))\b",
      r"\b(?<p>change\s+your\s+mind)\b",
      r"^\W*(?<p>revoke\s+consent)\W*$",
      r"\b(?<p>deny\s+(?:the\s+)?(?:processing|consent|tracking|use\s+of))\b"],
     "You can withdraw your consent or object to this use of your data.",
     ["You can withdraw your consent at any time in your account.",
      "You have the right to object to the processing of your personal data.",
      "If you change your mind, just click the link below."],
     ["Users may object to offensive posts by reporting them.",
      "We may withdraw this offer at any time."],
     unless=OPT_OUT_UNLESS + [r"\bobject\w*\s+to\s+(?:\w+\s+){0,2}?(?:offensive|inappropriate|abusive|harmful|illegal|posts?|comments?|users?|accounts?|behaviou?r|material)\b", r"\bobjectionable\b"])

rule("opt_out.choose_not", "opt_out", "info",
     ["choose not", "elect not", "decide not", "prefer not", "prefer that", "prefer we", "prefer us", "not want", "not wish", "n't want", "n't wish",
      "no longer want", "no longer wish", "rather not", "option to not", "option not", "choice not", "right not", "ability not", "opportunity not",
      "opportunity to not", "ask not", "ask us not"],
     [r"\b(?<p>(?:tick|check|select|mark)\s+(?:here|this\s+box|the\s+box)\s+if\s+you\s+(?:do\s+not|don't|no\s+longer|would\s+prefer\s+not\s+to)\s+(?:want|wish|like)?)",
      r"\b(?<p>(?:(?:you|users?)\s+(?:can|may|could|might|are\s+free\s+to|have\s+the\s+(?:right|option|choice)\s+to)\s+(?:also\s+|always\s+)?(?:choose|elect|decide|ask)|(?:option|choice|opportunity|right|ability)\s+(?:to\s+)?)\s+not\s+to\s+(?:receive|have|be|allow|let|get|share|participate|accept|permit|use|grant|give|enable|sell|disclose|take\s+part|provide))\b",
      r"\b(?<p>(?:do\s+not|don't|no\s+longer)\s+(?:want|wish|care)\s+to\s+(?:receive|get|hear|have|be|share|allow|participate|take\s+part)|(?:do\s+not|don't|no\s+longer)\s+(?:want|wish)\s+(?:us|your|our|(?:\w+\s+){0,2}?(?:data|information|content|email|details))|prefer\s+(?:that\s+)?(?:we|us)\s+(?:\w+\s+)?not|would\s+(?:rather|prefer)\s+not|prefer\s+not\s+to\s+(?:receive|get|have|be|share))\b[^.;]{0,200}?\b(?:contact|let\s+us\s+know|e-?mail|write|call|notify|visit|click|follow|adjust|change|update|opt|unsubscrib|turn|set|select|settings|request|send|tell|inform|check|uncheck|tick|use|go\s+to|manage|decline|reply|respond|text|link|may|can)\b"],
     "You can tell the company you do not want this use of your data.",
     ["If you prefer that we not share your details with partners, please contact us.",
      "You may choose not to receive promotional texts.",
      "If you no longer wish to receive our newsletter, click the link at the bottom."],
     ["We chose not to store your password in plain text.",
      "If you do not want to create an account, you can check out as a guest."],
     unless=OPT_OUT_UNLESS + [r"\b(?:we|company)\s+(?:\w+\s+)?(?:chose|choose|decided?|elect(?:ed)?)\s+not\b",
                              r"\bnot\s+(?:want|wish)\s+to\s+(?:create|register|sign\s+up|make|open|log|use\s+the)\b",
                              r"\bbe\s+bound\b|\bagree\s+(?:to|with)\s+(?:these|the|our|this)\s+(?:terms|agreement|policy)"])

rule("opt_out.stop_receiving", "opt_out", "info",
     ["stop receiving", "stop getting", "reply stop", "text stop", "replying stop", "texting stop", "respond stop", "responding stop",
      "reply \"stop", "text \"stop", "reply 'stop"],
     [r"\b(?<p>stop\s+(?:receiving|getting)|(?:reply|replying|text|texting|respond\w*)\s+[\"']?STOP\b)",
      (r"\b(?<p>(?:to\s+|can\s+|may\s+|you\s+|ask\s+us\s+to\s+|tell\s+us\s+to\s+|request\s+that\s+we\s+)stop\s+(?:(?:all\s+|any\s+|the\s+|us\s+(?:from\s+)?|our\s+|further\s+)?(?:\w+\s+){0,2}?(?:collection|collecting|tracking|sharing|processing|sale|selling|sending|contacting|disclos\w+|analytics)|(?:us\s+(?:from\s+)?)?using\s+(?:your|my|their)\s+(?:\w+\s+)?(?:data|information|content|details|e-?mail|number)))\b",
       ["stop "], ["collect", "tracking", "sharing", "processing", "sale", "selling", "sending", "contacting", "disclos", "analytics", "using your", "using my", "using their"]),
      (r"\b(?<p>remov\w*\s+(?:you|me|yourself|your\s+(?:name|e-?mail|address|number|details|information|contact\s+\w+)|(?:your\s+)?e-?mail\s+address)\s+from\s+(?:\w+\s+){0,4}?(?:lists?|database|subscriptions?|mailings?))",
       ["remove you", "remove me", "remove yourself", "remove your", "removing you", "removing your", "remove the e", "remove e"], [" list", "database", "subscription", "mailing"]),
      (r"\b(?<p>(?:to\s+)?be\s+removed\s+from\s+(?:\w+\s+){0,4}?(?:lists?|database|subscriptions?|mailings?))|\b(?<q>(?:you|your\s+(?:name|e-?mail|address|number|details|information)|(?:your\s+)?e-?mail\s+address)\s+(?:be\s+|being\s+)?removed\s+from\s+(?:\w+\s+){0,4}?(?:lists?|database|subscriptions?|mailings?))",
       ["removed from"], [" list", "database", "subscription", "mailing"]),
      (r"\b(?<p>(?:ask|request|tell|instruct|direct)\w*\s+(?:us|them|that\s+we|that\s+(?:a|the)\s+\w+|(?:all\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:companies|partners|third\s+parties|crawlers|bots|providers|developers|services))\s+(?:\w+\s+){0,2}?not\s+(?:to\s+)?(?:use|sell|share|disclose|send|contact|process|collect|track|call|e-?mail|market|train|crawl|scrape))\b",
       ["not to", "not use", "not sell", "not share", "not disclose", "not send", "not contact", "not process", "not collect", "not track", "not call", "not email", "not e-mail", "not market", "not train", "not crawl", "not scrape"],
       ["ask", "request", "tell", "instruct", "direct"]),
      (r"\b(?<p>(?:request|ask)\w*\s+that\s+(?:your|their|the)\s+(?:\w+\s+){0,3}?(?:be\s+withheld|not\s+be))\b", ["withheld", "not be"], ["request that", "ask that", "requests that", "asks that"]),
      (r"\b(?<p>(?:we|they)\s+(?:will\s+|would\s+|shall\s+)?no\s+longer\s+(?:allow|sell|shar|send|us|track|collect|process|disclos)\w*|no\s+longer\s+(?:allow|sell|shar|send|track|collect)\w*|(?:you're|you\s+are)\s+no\s+longer\s+(?:receiving|subscribed|being|sharing|opted)\w*)\b", ["no longer"], ["allow", "sell", "shar", "send", "use", "using", "track", "collect", "process", "disclos", "receiving", "subscribed", "being", "opted"]),
      (r"\b(?<p>decline\s+(?:further|future|to\s+receive|additional)\b[^.;]{0,30}?\b(?:communications?|e-?mails?|messages?|mailings?|contact|offers?|calls))", ["decline further", "decline future", "decline to receive", "decline additional"])],
     "You can ask the company to stop this use of your data or to stop contacting you.",
     ["To stop receiving these emails, follow the link in any message.",
      "Reply STOP to any text to end SMS marketing.",
      "You can ask us not to use your data for direct marketing.",
      "Write to us to have your name removed from our mailing lists."],
     ["We stop the service when your subscription ends.",
      "Stop using the product if you see smoke."],
     unless=OPT_OUT_UNLESS + [r"\b(?:we|company)\s+(?:may|will|can)\s+stop\s+(?:providing|offering)\b"])

rule("opt_out.control_choice", "opt_out", "info",
     combos(["control", "choose", "decide", "manage", "limit", "restrict", "select"], ["whether", "if", "how", "what", "which", "who"]),
     [r"\b(?<p>(?:you\s+(?:can|may|could|are\s+able\s+to|have\s+the\s+(?:right|option|ability)\s+to)|\bto|lets?\s+you|allows?\s+you\s+to|gives?\s+you\s+(?:the\s+)?(?:option|ability|choice)\s+to)\s+(?:\w+\s+){0,2}?(?:control|choose|decide|manage|limit|restrict|select)\s+(?:whether|if|how|what|which|who))\b(?=[^.;]{0,80}?\b(?:data|information|content|shar\w*|collect\w*|us(?:e|ed)|receiv\w*|track\w*|personali[sz]\w*|ads|advertis\w*|cookies|recordings?|history|train\w*|stor\w*|visible|public|e-?mails?|messages|contact\w*|location)\b)",
      (r"(?:\byou\s+(?:can|may|could)\s+(?:also\s+)?|\b(?:wish|want|like|choose|prefer)\s+to\s+|\bright\s+to\s+|\bor\s+(?:otherwise\s+)?|^\W*)(?<p>(?:limit|restrict)\w*\s+(?:the\s+|our\s+|how\s+we\s+)?(?:use|uses|sharing|disclosure|processing|using|share|process|disclose)\b(?:\s+(?:and|or)\s+\w+)?\s+(?:of\s+)?(?:your|their|the|sensitive|personal|my)?)",
       combos(["limit", "restrict", "limiting", "restricting"], ["the", "our", "how", "use", "uses", "sharing", "disclosure", "processing", "using", "share", "process", "disclose"])),
      (r"\b(?<p>exclud\w+\s+(?:your|their|my)\s+(?:\w+\s+){0,2}?(?:data|content|information|posts|works|chats|conversations|site|videos|images)\s+from)\b", ["exclude your", "exclude their", "exclude my", "excluding your", "excluding their", "excluding my"]),
      (r"\b(?<p>pause\s+(?:your\s+)?(?:\w+\s+)?(?:history|tracking|activity|collection|personali[sz]ation))\b", ["pause"], ["history", "tracking", "activity", "collection", "personali"]),
      (r"(?:\byou\s+(?:can|may|could)\s+(?:\w+\s+)?|\bto\s+|\boption\s+to\s+)(?<p>prevent\s+(?:us|them|(?:the|this|our|these|such)\s+(?:\w+\s+)?(?:site|website|websites|app|service|company|partners?|cookies?|trackers?|advertisers?|owner|companies|networks?))\s+from\s+(?:collecting|using|tracking|sharing|selling|aggregating|analy[sz]ing|recording|processing|sending|receiving|storing|accessing))\b", ["prevent us", "prevent them", "prevent the", "prevent this", "prevent our", "prevent these", "prevent such"]),
      (r"\b(?<p>(?:revok|withdraw|disconnect)\w*\s+(?:\w+\s+){0,2}?(?:access|permissions?))\b(?=[^.;]*\b(?:any\s+time|settings|at\s+any|whenever|you\s+can|you\s+may)\b)", ["revok", "withdraw", "disconnect"], ["access", "permission"]),
      (r"\b(?<p>[\"']?(?:reject|decline|refuse|deny)\s+all[\"']?)\b", ["reject all", "decline all", "refuse all", "deny all"]),
      (r"\b(?<p>(?:use|using|via|with|through|tap|click)\s+(?:on\s+)?(?:the|this)\s+(?:\w+\s+)?(?:toggle|switch))\b", ["toggle", "switch"], ["the toggle", "this toggle", "the switch", "this switch", "the privacy toggle", "the privacy switch"]),
      (r"^\W*(?<p>(?:block|prevent|disallow|stop|exclude|limit|minimi[sz]e|discourage)\s+(?:[\w-]+\s+){0,3}?(?:training|crawl\w*|sharing|scraping|scrapers|bots))\b[^.;]{0,60}$", ["training", "crawl", "scrap", "bots", "sharing"], ["block", "prevent", "disallow", "stop", "exclude", "limit", "minimi", "discourage"]),
      (r"\b(?<p>global\s+privacy\s+control|GPC\s+signals?)\b", ["global privacy control", "gpc"]),
      (r"\b(?<p>(?:honou?r|respect|recogni[sz]e|treat|process)\w*\s+(?:\w+\s+){0,3}?(?:do\s+not\s+track|DNT|global\s+privacy\s+control|GPC|opt-?out\s+preference)\s+(?:signals?|requests?|settings?)?)", ["do not track", " dnt", "opt-out preference"])],
     "You have a control to refuse or limit this use of your data.",
     ["You can control whether your recordings are stored in Settings.",
      "You have the right to limit the use of your sensitive personal information.",
      "Click \"Reject all\" to refuse optional cookies.",
      "We honour Global Privacy Control signals as a request to opt out."],
     ["We limit access to your data to employees who need it.",
      "You can choose which plan fits you.",
      "We do not respond to Do Not Track signals."],
     unless=OPT_OUT_UNLESS + [r"\b(?:we|company)\s+(?:\w+\s+)?(?:limit|restrict)\w*\s+(?:access|the\s+(?:amount|number))\b", r"\b(?:circumvent|bypass|interfer|disrupt|damag|hack|reverse\s+engineer)\w*",
                              r"\bchoose\s+(?:which|what)\s+(?:plan|product|size|color|colour|option|language|theme|items?)\b"])

PREF = r"(?:(?:privacy|cookie|ad|ads|advertising|marketing|communication|communications|e-?mail|contact|consent|data|sharing|notification|tracking|personali[sz]ation|mailing|messaging|promotional|interest)\s+)"
PREF_VERBS = ["change", "update", "adjust", "manag", "modif", "review", "set", "revisit", "withdraw", "edit", "control", "customi",
              "access", "visit", "exercise", "use"]
rule("opt_out.manage_preferences", "opt_out", "info", ["preferences", "choices"],
     [r"\b(?<p>(?:change|update|adjust|manage|modify|review|set|revisit|withdraw|edit|control|customi[sz]e|access|use|visit|exercise)\w*\s+(?:your|their|these|those|the|my|our)\s+(?:\w+\s+){0,2}?(?:preferences|choices))\b",
      (r"\b(?<p>(?:change|update|adjust|manage|modify|set|edit|control|customi[sz]e)\w*\s+(?:your|their|the|my)\s+(?:\w+\s+)?" + PREF + r"(?:settings|controls|options))\b",
       ["privacy settings", "cookie settings", "ad settings", "ads settings", "advertising settings", "marketing settings", "communication settings", "email settings", "e-mail settings", "notification settings", "tracking settings", "sharing settings", "consent settings", "personalization settings", "personalisation settings", "privacy controls", "ad controls", "advertising controls", "privacy options", "marketing options", "communication options", "contact settings", "data settings", "mailing settings", "messaging settings", "interest settings", "promotional settings"],
       PREF_VERBS),
      (r"\b(?<p>(?:preference|privacy|consent|subscription|communication)\s+(?:cent(?:er|re)|manager|dashboard|portal|panel)|preferences?\s+page)\b",
       combos(["preference", "consent", "subscription", "communication"], ["center", "centre", "manager", "dashboard", "portal", "panel"]) + combos(["privacy"], ["manager", "dashboard", "portal", "panel"]) + ["preferences page", "preference page"]),
      (r"\b(?<p>do\s+not\s+(?:sell|share)(?:\s*(?:or|and|/|&)\s*(?:sell|share))?\s+my)\b", ["do not sell", "do not share"]),
      (r"^\W*(?<p>(?:your\s+)?privacy\s+choices|manage\s+(?:cookies|consent|preferences|settings|options|services|vendors|partners|choices|\d+\s+vendors)|cookie\s+(?:settings|preferences))\W*$",
       ["privacy choices", "manage cookies", "manage consent", "manage preferences", "manage settings", "manage options", "manage services", "manage vendors", "manage partners", "manage choices", "vendors", "cookie settings", "cookie preferences"])],
     "You can change your privacy or marketing preferences to refuse this use.",
     ["You can change your preferences at any time from the banner link.",
      "Manage your ad settings in the Privacy tab.",
      "Do Not Sell or Share My Personal Information"],
     ["Change your display settings to use dark mode.",
      "We remember your preferences such as language."],
     unless=OPT_OUT_UNLESS + [r"\b(?:remember|store|save|record)\w*\s+(?:your\s+)?(?:\w+\s+)?preferences\b"],
     requires=PREF_VERBS)

rule("opt_out.bare_refusal", "opt_out", "info", ["do not train", "don't train", "do not track", "don't track", "do not use my", "don't use my", "decline", "reject", "deny", "refuse", "disagree", "do not consent", "don't consent", "don't allow",
                                                  "do not allow", "do not accept", "don't accept", "do not agree", "don't agree", "necessary only", "essential only", "only necessary", "only essential", "necessary cookies",
                                                  "essential cookies"],
     [r"^\W*(?<p>(?:I\s+)?(?:decline|reject|deny|refuse|disagree)(?:\s+all)?(?:\s+(?:cookies|tracking|optional\s+cookies|non-essential\s+cookies))?|(?:I\s+)?(?:do\s+not|don't)\s+(?:consent|allow|accept|agree)|(?:accept\s+)?(?:only\s+(?:necessary|essential)|(?:necessary|essential)\s+(?:cookies\s+)?only)(?:\s+cookies)?|(?:do\s+not|don't)\s+(?:train\s+on|track|use)\s+my\b[^.;]{0,40}?)\W*$"],
     "A button or link that refuses this use of your data.",
     ["Decline", "Reject all", "Necessary cookies only"],
     ["Accept all", "Decline to say"])

# --------------------------------------------------------------------------
# opt_in
# --------------------------------------------------------------------------
POSS = r"(?:your|their|his\s+or\s+her|the\s+user's|the\s+customer's|users'?|customers'?|individuals'?|people's|the\s+(?:user|customer|person|individual|member|data\s+subject)'s)"
CONSENT = r"(?:consent|permission|authori[sz]ation|agreement|approval|opt-?in)"
CONSENT_WORDS = ["consent", "permission", "authoriz", "authoris", "approval", "opt-in", "opt in"]
POSS_WORDS = ["your", "their", "his or her", "the user's", "the customer's", "users", "customers", "individuals", "people's",
              "users'", "customers'", "individuals'", "members'",
              "the person's", "the individual's", "the member's", "data subject's"]
CONSENT_ADJ = ["prior", "express", "explicit", "affirmative", "specific", "separate", "informed", "opt-in"]
OPT_IN_UNLESS = [
    r"\bby\s+(?:using|continuing|visiting|accessing|browsing|signing\s+up|registering|creating|submitting|clicking\s+(?:sign|continue|register|submit))\b",
    r"\bunless\s+you\s+(?:\w+\s+)?(?:request|ask)\w*\s+(?:that\s+|us\s+)?(?:\w+\s+){0,3}?(?:withheld|not|stop|remov|delet|exclud)",
    r"\byou\b[^.;]{0,30}?\b(?:get|obtain|have|need|must|seek|secure)\w*\s+(?:\w+\s+){0,2}?(?:their|the|such)\s+(?:\w+\s+)?(?:consent|permission)",
    r"\botherwise\b", r"\b(?:you|users?)\s+(?:will|shall|must|may|agree)\s+(?:\w+\s+)?not\b",
    r"(?:\bnot|n't)\s+(?:\w+\s+)?(?:ask|request|seek|need|require)\w*\s+(?:for\s+)?(?:your\s+|their\s+)?(?:consent|permission)",
    r"^(?!.*?(?:\b(?:not|never)\b|n't)).*?\bwithout\s+(?:\w+\s+){0,2}?(?:asking|seeking|requiring|obtaining|getting)\b",
    r"\b(?:be\s+bound|these\s+terms|this\s+agreement)\b",
    r"^\W*(?:don't|do\s+not|never)\s+\w+",
    r"\bby\s+(?:connecting|linking|posting|uploading|submitting|signing\s+in|logging\s+in)\b",
    r"\b(?:parent|guardian)\w*\b", r"(?:\bnot|n't)\s+(?:require|need)\w*\s+(?:your\s+|their\s+)?(?:consent|permission)",
    r"\b(?:do\s+not|don't)\s+(?:consent|agree)\b", r"\bwithdraw\w*\s+(?:\w+\s+){0,2}?consent", "{{QUESTION}}"]

rule("opt_in.opt_in", "opt_in", "info", ["opt in", "opt-in", "opted in", "opted-in", "opting in", "opting-in", "opts in", "optin", "opt\u2011in"],
     [r"\b(?<p>opt(?:s|ed|ing)?(?:\s+|-|‑)?in)\b(?!\s+(?:to\s+)?(?:use\s+the\s+feature))"],
     "This happens only if you actively opt in.",
     ["This feature is strictly opt-in.",
      "We may offer a way for you to opt in to personalised ads.",
      "You will only join our partner list if you opt in."],
     ["If you have opted in, you can opt out in Settings.",
      "Thanks for opting in; you can turn this off anytime."],
     unless=[r"\b(?:have|has|had|already|previously)\s+(?:\w+\s+)?opted[- ]?in", r"\bthanks?\s+(?:you\s+)?for\s+opting",
             r"(?:\bnot|n't)\s+be\s+able\s+to\s+opt", r"\b(?:by\s+default|automatically)\b[^.;]{0,20}?\bopted[- ]?in\b|\bopted[- ]?in\s+(?:\w+\s+){0,2}?(?:by\s+default|automatically)\b",
             r"^\W*(?:use|assist|encourage|send|sending)\b", r"\b(?:unclick|uncheck|untick|deselect|unselect)\w*\s+(?:an?\s+|the\s+)?opt-?in", r"\bopted\s+in\s+to\s+use\s+the\s+feature", r"\barbitrat", "{{QUESTION}}"])

rule("opt_in.with_consent", "opt_in", "info",
     ["only if", "only when", "only after", "only with", "only once", "solely if", "solely when", "solely after", "solely with", "solely once"],
     [r"\b(?<p>(?:only|solely)\s+(?:if|when|after|with|once)\s+(?:you|your|they|their|the\s+user|users|a\s+customer)\s+(?:\w+\s+){0,2}?(?:opt|consent|agree|permission|approv|authori[sz]|explicitly|affirmatively|specifically|(?:choose|chose|decide|elect)\s+to\s+(?:share|allow|enable|turn\s+on|provide|give|join|participate|receive|sign\s+up|subscribe|opt)|request|ask|sign\s+up|subscribe|enable|turn\s+on|give|grant|allow)\w*)",
      (r"\b(?<p>(?:with|pursuant\s+to|based\s+on|in\s+accordance\s+with|according\s+to)\s+" + POSS + r"\s+(?:\w+\s+){0,3}?" + CONSENT + r")\b",
       combos(["with", "on", "to"], POSS_WORDS), CONSENT_WORDS + ["agreement"]),
      (r"\b(?<p>(?:when|where|if|once)\s+we\s+(?:have\s+)?(?:obtained\s+|received\s+|got\s+)?" + POSS + r"\s+(?:\w+\s+){0,2}?" + CONSENT + r")\b",
       ["we have your", "we have their", "we have obtained", "we obtain your", "we receive your", "we have received", "we received your", "we got your", "we get your"]),
      (r"\b(?<p>(?:ask|request|seek|obtain|get|gets|receive|need|require|collect|secure)\w*\s+(?:for\s+)?(?:" + POSS + r"\s+)?(?:(?:prior|express|explicit|affirmative|specific|separate|informed|opt-?in|your)\s+)+" + CONSENT + r"|(?:ask|request|seek|obtain|get|gets|receive|need|require|secure)\w*\s+(?:for\s+)?" + POSS + r"\s+" + CONSENT + r")\b",
       combos(POSS_WORDS + CONSENT_ADJ, ["consent", "permission", "authoriz", "authoris", "opt-in", "approval", "agreement"]),
       ["ask", "request", "seek", "obtain", "get", "receiv", "need", "requir", "collect", "secur"]),
      (r"\b(?<p>(?:if|when|once|where|after)\s+(?:you|they|users?)\s+(?:have\s+|has\s+)?(?:\w+\s+)?(?:give|gave|given|giving|provide|provided|grant|granted|expressly\s+grant|specifically\s+grant|specifically\s+grants?)\s+(?:us\s+)?(?:(?:your|their|such|the|explicit|express|prior|specific|affirmative|this)\s+)*" + CONSENT + r"|(?:if|when|once|where)\s+(?:you|they|users?)\s+(?:have\s+)?(?:expressly\s+|explicitly\s+|affirmatively\s+)?(?:consent|consented|agree\s+to\s+(?:receive|share|let|allow|this|the\s+use|our\s+use|such|it)|agreed\s+to\s+(?:receive|share|this|the\s+use|such|it)))\b",
       ["if you", "when you", "once you", "where you", "after you", "if they", "when they", "once they", "where they", "if users", "when users", "where users", "if user", "when user"],
       CONSENT_WORDS + ["agree to", "agreed to"]),
      (r"(?:\b(?:not|never|no)\b|n't)[^.;]*?\b(?<p>without\s+(?:first\s+)?(?:obtaining\s+|getting\s+|asking\s+for\s+|receiving\s+)?" + POSS + r"\s+(?:\w+\s+){0,2}?" + CONSENT + r")\b",
       ["without your", "without their", "without his", "without the", "without users", "without customers", "without individuals", "without people", "without first", "without obtaining", "without getting", "without asking", "without receiving"],
       CONSENT_WORDS),
      (r"\b(?<p>unless\s+(?:you|they|the\s+user|users|a\s+customer)\s+(?:\w+\s+){0,2}?(?:opt\s+in|opt-in|consent|agree|approve|authori[sz]e|(?:explicitly|affirmatively|specifically|actively)\s+(?:choose|opt|consent|agree|enable|ask|request|give|grant)|choose|request|ask|sign\s+up|subscribe|enable|turn\s+on|give\s+(?:us\s+)?(?:your\s+)?(?:\w+\s+)?(?:consent|permission)|grant))\b",
       ["unless you", "unless they", "unless the user", "unless users", "unless a customer"]),
      (r"\b(?<p>(?:(?:ask|ask\s+for|request|seek)\s+(?:you|your)\s+(?:\w+\s+){0,2}?(?:to\s+consent|consent|permission|agreement|approval)|(?:ask|check\s+with)\s+you\s+(?:first|before))\b)",
       ["ask you", "ask your", "asks you", "ask for your", "request your", "request you", "seek your", "check with you"]),
      (r"\b(?<p>(?:grant|grants|give|gives|gave)\s+(?:us|\w+)\s+(?:explicit\s+|express\s+|specific\s+)?permission)\b", ["permission"], ["grant", "give", "gave"])],
     "This use happens only with your explicit consent.",
     ["We share your contact details with partners only with your consent.",
      "We will ask for your permission before we use your location.",
      "We never share your data without your prior consent.",
      "Tracking starts only after you agree in the banner."],
     ["By using the site, you consent to our use of cookies.",
      "We may share your data without your consent when the law requires it.",
      "You can withdraw your consent at any time.",
      "Children need parental consent to sign up."],
     unless=OPT_IN_UNLESS)

rule("opt_in.click_to_accept", "opt_in", "info", ["by click", "by select", "by tap", "by press", "by choos", "by hit"],
     [r"\b(?<p>by\s+(?:clicking|selecting|tapping|pressing|choosing|hitting)\s+(?:on\s+)?(?:the\s+)?[\"']?(?:accept|allow|agree|i\s+agree|i\s+accept|ok|okay|yes|got\s+it|allow\s+all|accept\s+all|accept\s+cookies)\b)",
      (r"\b(?<p>(?:click|tap|select)\s+(?:here\s+|below\s+)?to\s+(?:consent|agree|accept|allow|opt\s+in))\b", ["to consent", "to agree", "to accept", "to allow", "to opt in"], ["click", "tap", "select"]),
      (r"\b(?<p>(?:tick|check|select|checking|ticking)\s+(?:the|this|a|each)\s+(?:\w+\s+)?(?:box|checkbox)\b[^.;]{0,80}?\b(?:consent|agree|permission|receive|allow|share|opt))", [" box", "checkbox"], ["tick", "check", "select"]),
      (r"\b(?<p>by\s+(?:accepting|allowing)\s+(?:all\s+)?(?:cookies|tracking|these|optional))\b", ["by accepting", "by allowing"]),
      (r"^\W*(?<p>(?:accept|allow)\s+(?:all(?:\s+cookies)?|cookies|selected|selection|tracking)|(?:I\s+)?consent|give\s+consent)\W*$",
       ["accept all", "allow all", "accept cookies", "allow cookies", "accept selected", "allow selected", "accept selection", "allow selection", "accept tracking", "allow tracking", " consent ", " consent.", "give consent"]),
      (r"(?s)^(?!.*\bbrowser)(?!.*\bability\s+to\s+accept).*?\b(?<p>(?:accept|agree|consent)\s+or\s+(?:reject|refuse|decline|manage|customi[sz]e|deny))\b", ["accept or", "agree or", "consent or"]),
      (r"\b(?<p>(?:give|grant)\s+(?:or\s+(?:withdraw|revoke|refuse)\s+)?(?:your\s+)?consent)\b(?!\s+to\s+(?:these|the|our)\s+terms)",
       ["give consent", "give your consent", "grant consent", "grant your consent", "give or withdraw", "give or revoke", "give or refuse", "grant or"])],
     "An explicit choice (a button or box) is how you agree to this use.",
     ["By clicking \"Accept all\", you agree to the storing of cookies for analytics.",
      "Click below to consent to processing by our partners.",
      "Tick the box to give us permission to share your address."],
     ["By clicking Sign up, you agree to our Terms.",
      "By clicking \"I accept\", you agree to be bound by these Terms.",
      "Click to continue."],
     unless=[r"\b(?:terms|agreement|conditions|be\s+bound|eula)\b"])

ADVERBS = ["affirmatively", "explicitly", "expressly", "specifically", "knowingly", "actively"]
rule("opt_in.voluntary", "opt_in", "info", ["voluntary", "optional"],
     [r"\b(?<p>(?:participation|entry|registration|taking\s+part|providing\s+(?:this|such|the)\s+(?:information|data))\s+(?:\w+\s+){0,3}?(?:is|are|remains)\s+(?:completely\s+|entirely\s+|strictly\s+|always\s+|purely\s+)?(?:voluntary|optional))\b",
      (r"\b(?<p>(?:on\s+a\s+voluntary\s+basis|voluntarily\s+(?:provide|provided|submit|submitted|give|given|supply|supplied|choose|share|shared|disclose)))\b", ["voluntar"]),
      (r"\b(?<p>(?:only\s+)?(?:if|when|once|where|after|unless|until)\s+(?:you|users?|they|the\s+user|a\s+customer)\s+(?:have\s+|has\s+)?(?:affirmatively|explicitly|expressly|specifically|knowingly|actively)\s+(?:and\s+\w+\s+)?(?:choose|chose|authori[sz]e|provide|provided|request|requested|agree|agreed|consent|consented|opt|give|grant|granted|elect|select|ask|asked))\b",
       ADVERBS, [" if ", " when ", " once ", " where ", " after ", " unless ", " until "]),
      (r"\b(?<p>(?:information|data|details)\s+(?:that\s+)?you\s+(?:affirmatively|voluntarily|knowingly|actively|explicitly)\s+(?:choose\s+to\s+)?(?:provide|submit|give|share|supply))\b",
       ["you affirmatively", "you voluntarily", "you knowingly", "you actively", "you explicitly"]),
      (r"\b(?<p>ask\s+you\s+(?:\w+\s+){0,5}?whether\s+you\s+(?:would\s+like|want|wish|agree|consent))\b", ["whether you"], ["ask you"])],
     "This happens only if you choose to take part or give the information.",
     ["Taking part in our surveys is completely voluntary.",
      "We only collect the details you voluntarily provide.",
      "We share your address with the sponsor only if you expressly agree.",
      "At sign-up we ask you whether you would like to hear from our partners."],
     ["Some fields in the form are optional.",
      "We may ask you whether you are over 18."],
     unless=[r"\b(?:fields?|columns?)\s+(?:\w+\s+){0,3}?(?:is|are)\s+optional\b", r"\botherwise\b", r"\byou\s+(?:hereby\s+)?(?:explicitly|expressly|specifically)\s+(?:\w+\s+)?(?:agree|consent|acknowledge|waive|authori[sz]e|grant)", "{{QUESTION}}"])

CHOOSE_TO = ["choose to", "chose to", "elect to", "decide to", "opt to"]
ENABLE_VERBS = ["enable", "turn on", "switch on", "allow", "activate", "join", "share", "participate", "sign up", "subscribe",
                "receive", "contribute", "provide", "submit", "let ", "register", "enter", "take part", "be "]
rule("opt_in.you_can_enable", "opt_in", "info", CHOOSE_TO,
     [r"\b(?<p>(?:you|users?)\s+(?:can|may|could|will\s+be\s+able\s+to|have\s+the\s+(?:option|choice)\s+to)\s+(?:\w+\s+)?(?:choose|elect|decide)\s+to\s+(?:enable|turn\s+on|switch\s+on|allow|activate|join|share|participate|sign\s+up|subscribe|receive|contribute|provide|submit|let|register|enter|take\s+part))\b",
      r"\b(?<p>(?:if|when|once)\s+you\s+(?:\w+\s+)?(?:choose|elect|decide|opt)\s+to\s+(?:enable|turn\s+on|switch\s+on|activate))\b",
      (r"\b(?<p>(?:off|disabled|not\s+(?:enabled|on|active|shown|turned\s+on))\s+(?:by\s+default|until\s+you))\b[^.;]{0,100}?\b(?:you|users?)\b", ["by default", "until you"], ["off", "disabled", "not enabled", "not on", "not active", "not shown", "not turned on"]),
      (r"\b(?<p>explicitly\s+(?:choose|chose|decide|elect|agree|ask|request)\w*\s+to\s+(?:enable|turn\s+on|allow|share|receive|join|participate|be))\b", ["explicitly"], CHOOSE_TO + ["agree to", "ask to", "request to", "asks to", "requests to", "chooses to", "decides to", "agrees to"])],
     "This is off unless you choose to switch it on.",
     ["You can choose to enable chat history in Settings.",
      "Location sharing is off by default until you turn it on.",
      "Conversations are never synced unless you explicitly choose to enable sync."],
     ["You can choose a username.",
      "Dark mode is off by default."],
     unless=[r"\b(?:you|users?)\s+(?:can|may)\s+(?:\w+\s+)?choose\s+to\s+(?:disable|turn\s+off|opt\s+out|stop)", "{{QUESTION}}"],
     requires=ENABLE_VERBS)

# --------------------------------------------------------------------------
# human_review
# --------------------------------------------------------------------------
# the company's own people, who may look at anything...
STAFF = r"(?:(?:our|the|a)\s+(?:[\w&-]+\s+){0,2}?teams?|quality\s+(?:assurance\s+)?teams?|QA\s+teams?|staff(?:\s+members)?|employees?|personnel|team\s+members?|contractors?|reviewers?|moderators?|annotators?|raters?|labell?ers?|(?:trust|safety|trust\s+(?:and|&)\s+safety|support|review|moderation|security|integrity|engineering)\s+teams?|engineers|humans?|workers|specialists|experts|analysts|professionals|AI\s+trainers|trainers|our\s+team|a\s+person|people\s+(?:at|on|from)\s+(?:our|the)\s+\w+)"
STAFF_WORDS = ["staff", "employee", "personnel", "team", "contractor", "reviewer", "moderator", "annotator", "rater",
               "labeler", "labeller", "engineers", "humans", "human ", "workers", "specialists", "experts", "analysts",
               "trainers", "professionals", "a person", "people at", "people on", "people from"]
# ...and vendors, who are human review only when they read or listen
VENDORS = r"(?:vendors|service\s+providers|agents|partners|third[- ]party\s+(?:reviewers|contractors|vendors))"
VENDOR_WORDS = ["vendors", "service provider", "agents", "partners", "third-party reviewer", "third party reviewer"]
CONTENT = r"(?:(?:your|user|users'|customer|customers')\s+data|content|conversations?|chats?|messages?|prompts?|inputs?|recordings?|audio|voice\s+(?:data|clips|recordings|commands)|transcripts?|transcriptions?|files?|images?|photos?|videos?|outputs?|responses|communications|posts|e-?mails?|documents?|uploads?|submissions?|interactions|queries|calls|snippets|samples|clips|sessions|threads|notes|reports)"
LOOK_REQ = ["access", "read", "review", "view", "see ", "listen", "look at", "examin", "inspect", "evaluat", "annotat",
            "label", "rate ", "rates ", "transcrib", "check", "moderat", "monitor", "process"]
NOT_HR = [
    r"\b(?:review|read)\w*\s+(?:these|this|our|the)\s+(?:terms|policy|policies|agreement|notice|statement|conditions|guidelines|documentation|faq|settings)\b",
    r"\b(?:you|users?)\s+(?:should|must|can|may|are\s+encouraged\s+to|agree\s+to)\s+(?:\w+\s+){0,2}?(?:review|read)\b",
    r"\bright\s+to\s+(?:obtain|request|ask\s+for|contest|human)\b",
    r"\b(?:request|ask\s+for|obtain|contest)\w*\s+(?:a\s+)?(?:manual|human)\s+(?:review|intervention)",
    r"\b(?:automated\s+)?decisions?\b[^.;]{0,80}?\b(?:human|manual)\s+(?:review|intervention)|\b(?:human|manual)\s+review\s+(?:is|will\s+be)\s+(?:normally\s+|always\s+)?available\b|\bsubject\s+to\s+(?:a\s+)?human\s+review\b",
    r"\b(?:text\s+files?|cookies?)\b",
    "{{QUESTION}}",
]
NEG_ACCESS = r"(?:\b(?:not|cannot|never|no\s+one|nobody|no\s+human|no\s+person|no\s+employee|none\s+of\s+our)\b|n't)"
MODALS = r"(?:\([^)]{0,60}\)\s+)?(?:(?:may|might|can|could|will|would|sometimes|occasionally|do|does|also|then|to|who|must|need\s+to|regularly|manually|only|have\s+to|are\s+able\s+to|may\s+need\s+to|,|and|or)\s+){0,3}"
HR_UNLESS = NOT_HR + [NEG_ACCESS + r"\s+(?:\w+\s+){0,4}?(?:access|read|review|view|see|listen|look)\w*\b(?![^.;]*\b(?:unless|except|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b)",
                      r"\breview\w*\s+(?:your\s+)?(?:request|application|appeal|complaint|claim|order|account\s+application)s?\b"]

rule("human_review.manual_review", "human_review", "medium", ["manual", "human", "by hand", "by a person", "by people"],
     [r"\b(?<p>human[- ]in[- ]the[- ]loop|(?:manual(?:ly)?|human)\s+(?:\(human\)\s+)?(?:review\w*|read\w*|inspect\w*|examin\w*|check\w*|evaluat\w*|annotat\w*|label\w*|moderat\w*|methods?(?:\s+of\s+processing)?|processing|oversight|raters?|reviewers?|annotators?|labell?ers?|moderators?|transcri\w+)|review\w*\s+(?:manually|by\s+hand|by\s+(?:a\s+)?(?:human|person|people))|(?:manually|by\s+hand)\s+(?:review|read|check|inspect|examin|label|annotat|transcrib)\w*|(?:reviewed|read|checked|labell?ed|annotated|transcribed)\s+by\s+(?:a\s+)?(?:humans?|people|(?:a\s+)?person))\b"],
     "Some of your content is checked by people, not only by software.",
     ["We manually review short recordings to improve our voice services.",
      "Processing includes both automated and manual (human) methods.",
      "Flagged chats may undergo human review."],
     ["We do not use human reviewers for your files.",
      "You have the right to obtain human review of an automated decision.",
      "Decisions to close an account are taken after human review."],
     unless=NOT_HR + [NEG_ACCESS + r"\s+(?:\w+\s+){0,4}?(?:human|manual|people)\b(?![^.;]*\b(?:unless|except|other\s+than|only\s+(?:if|when|with|where))\b)",
                      r"\bhuman\s+(?:rights?|resources?|error|trafficking|readable|beings?\s+are)\b", r"\bmanual\s+(?:labou?r|work|tasks?|entry)\b"])

rule("human_review.people_review", "human_review", "medium", STAFF_WORDS,
     [r"\b" + STAFF + r"\s+" + MODALS + r"(?<p>(?:access|read|review|view|see|listen\s+to|look\s+at|examine|inspect|evaluate|annotate|label|rate|transcribe|check|moderate|monitor)\w*)\b[\s,]+(?:[\w,&]+\s+){0,6}?" + CONTENT + r"\b",
      (r"\b" + VENDORS + r"\s+" + MODALS + r"(?<p>(?:read|review|listen\s+to|annotate|label|rate|transcribe|moderate)\w*)\b[\s,]+(?:[\w,&]+\s+){0,6}?" + CONTENT + r"\b",
       VENDOR_WORDS, ["read", "review", "listen", "annotat", "label", "rate", "transcrib", "moderat"])],
     "People who work for the company (or its contractors) may read or listen to your content.",
     ["Our trained reviewers may read a sample of conversations to improve quality.",
      "Contractors may listen to short voice clips to check transcription accuracy.",
      "Human reviewers, including trained staff from our vendors, read and annotate some conversations."],
     ["No employee ever reads your messages.",
      "Our team will review your request within 30 days.",
      "Our service providers may access your data to host the service.",
      "You should review these terms carefully."],
     unless=HR_UNLESS, requires=LOOK_REQ)

PAST_LOOK = ["reviewed", "read by", "accessed by", "viewed by", "seen by", "listened to", "examined", "inspected", "annotated",
             "labeled", "labelled", " rated by", "transcribed", "checked by", "moderated", "evaluated", "looked at"]
rule("human_review.reviewed_by", "human_review", "medium", PAST_LOOK,
     [r"\b(?:be|being|is|are|get|gets)\s+(?:\w+\s+)?(?<p>(?:reviewed|read|accessed|viewed|seen|listened\s+to|examined|inspected|annotated|labell?ed|rated|transcribed|checked|moderated|evaluated|looked\s+at))\s+(?:\w+\s+){0,2}?by\s+(?:\w+\s+){0,3}?(?:" + STAFF + "|" + VENDORS + r")\b"],
     "People who work for the company may look at your content.",
     ["Flagged messages may be reviewed by our trust and safety team.",
      "A small sample of recordings is listened to by trained employees."],
     ["Your request will be reviewed by our team within 30 days.",
      "These terms were reviewed by our lawyers."],
     unless=HR_UNLESS + [r"\b(?:request|application|appeal|complaint|claim|order|terms|policy|report)s?\s+(?:will\s+|may\s+|is\s+|are\s+)?(?:be\s+)?(?:reviewed|read|checked|examined)\b"],
     requires=STAFF_WORDS + VENDOR_WORDS)

CONTENT_NODATA = r"(?:content|conversations?|chats?|messages?|prompts?|inputs?|recordings?|audio|voice\s+(?:data|clips|recordings|commands)|transcripts?|transcriptions?|files?|images?|photos?|videos?|outputs?|communications|posts|e-?mails?|documents?|uploads?|submissions?|snippets|samples|clips|threads|notes)"
CONTENT_REQ = ["content", "conversation", "chat", "message", "prompt", "input", "recording", "audio", "voice", "transcri", "file",
               "image", "photo", "video", "output", "communication", "post", "email", "e-mail", "document", "upload",
               "submission", "snippet", "sample", "clip", "thread", "note"]
rule("human_review.we_review", "human_review", "medium",
     ["review ", "reviews ", "reviewing ", "read ", "reads ", "reading ", "look at", "looks at", "listen to", "examine", "inspect", "moderate ", "screen "],
     [r"\b{{WE}}\s+(?:[\w,]+\s+){0,3}?(?<p>(?:review|read|look\s+at|listen\s+to|examine|inspect|moderate|screen)\w*)\s+(?:\w+[\s,]+){0,5}?" + CONTENT_NODATA + r"\b",
      (r"\b" + CONTENT_NODATA + r"\s+(?:\w+\s+){0,4}?(?:may|might|can|could|will|would)\s+(?:also\s+|sometimes\s+|occasionally\s+)?be\s+(?:manually\s+|randomly\s+|periodically\s+)?(?<p>(?:reviewed|read|listened\s+to|inspected|examined|moderated|screened))\b(?!\s+by\s+(?:automated|software|algorithms?|machines?|our\s+(?:systems?|automated|tools?|filters?)))",
       ["be reviewed", "be read", "be listened", "be inspected", "be examined", "be moderated", "be screened", "be manually", "be randomly", "be periodically"], CONTENT_REQ)],
     "The company's people may read or review what you post, send or record.",
     ["We may review conversations to improve our safety systems.",
      "Your posts may be reviewed to check they follow our rules.",
      "We may access, review and remove content that breaks these terms."],
     ["We do not read your emails.",
      "We review these terms once a year.",
      "Your files may be scanned by automated tools for malware."],
     unless=NOT_HR + [NEG_ACCESS + r"\s+(?:\w+\s+){0,4}?(?:access|read|review|view|see|listen|look|examin|inspect|moderat|screen)\w*\b(?![^.;]*\b(?:unless|except|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b)",
                      r"\breview\w*\s+(?:your\s+)?(?:request|application|appeal|complaint|claim|order)s?\b", r"\bread\s+(?:receipts?|more|the\s+full)\b",
                      r"\b(?:unintended|unauthori[sz]ed|trademark|copyright|infringement)\b", r"\bhow\s+we\b"],
     requires=[" we ", " we'", " us ", "our company", "our team", "our service"])

rule("human_review.flagged_review", "human_review", "medium", ["flagged", "reported"],
     [r"\b(?<p>(?:flagged|reported)\s+(?:\w+\s+){0,2}?" + CONTENT + r"\b[^.;]{0,80}?\b(?:review\w*|examin\w*|read|accessed|looked\s+at|assessed|evaluated|escalated|checked))",
      (r"\b(?<p>(?:review\w*|check\w*|examin\w*|read)\s+(?:the\s+|any\s+)?" + CONTENT + r"\s+(?:that|which)\s+(?:\w+\s+){0,3}?(?:flag\w*|report\w*))", ["flag", "report"], ["review", "check", "examin", "read"]),
      r"\b(?<p>(?:review\w*|check\w*|examin\w*|read)\s+(?:\w+\s+){0,2}?" + CONTENT + r"\s+(?:\w+\s+){0,3}?(?:flagged|reported)\s+(?:to|by)\b)"],
     "Content that is flagged or reported is looked at by people.",
     ["Reported posts are reviewed by our moderation staff.",
      "We regularly review the chats that our system flags.",
      "Our moderators may check messages that were reported to them."],
     ["You can flag a post by tapping the menu.",
      "Reported bugs are fixed in the next release."],
     unless=NOT_HR, requires=["review", "examin", "read", "access", "look", "assess", "evaluat", "escalat", "check"])

HR_DENY = combos(["not", "n't", "never", "cannot"], ["access", "read", "see", "view", "look", "listen", "have access", "be accessible", "accessible"]) + \
    ["no one", "nobody", "no human", "no employee", "no person", "no staff"]
rule("human_review.denial_with_carve_out", "human_review", "low", HR_DENY,
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
     unless=NOT_HR + [r"\b(?:address\s+book|contacts?(?:\s+list)?|camera|microphone|location|gallery|photo\s+library|device)\b"],
     requires=["unless", "except", "other than", "only if", "only when", "only with", "only where", "without your"])

# --------------------------------------------------------------------------
# marketing
# --------------------------------------------------------------------------
MKT_UNLESS = [
    r"\b(?:we|us|company|it|they)\s+(?:\w+\s+)?(?:\b(?:not|never)\b|n't)\s+(?:\w+\s+){0,3}?(?:send|use|share|show|sell|serve|display|market)\w*\b[^.;]{0,60}?\b(?:marketing|promotional|advertis\w*|ads|newsletters?|offers)\b(?![^.;]*\b(?:unless|without|except|until|if\s+you)\b)",
    r"\b(?:not|never)\s+(?:promotional|marketing)\s+in\s+nature\b",
    r"\bad-free\b|\bno\s+ads\b",
    r"\bunsubscrib\w+\s+(?:link|automatically)s?\b.*\b(?:server|stored)\b",
]
MKT_NOUNS = ["e-mail", "email", "message", "communication", "material", "mailing", "call", "text", "sms", "notification",
             "purpose", "content", "offer", "campaign", "information", "effort", "activit"]
rule("marketing.marketing_use", "marketing", "low",
     combos(["marketing", "promotional", "advertising"], MKT_NOUNS) + ["direct marketing", "market to you", "market our", "market their", "market its", "marketing to you", "market products", "market services",
                                                                       "marketing our", "marketing their", "marketing its", "market and advertise", "to market"],
     [r"\b(?<p>(?:marketing|promotional|advertising)\s+(?:e-?mails?|messages?|communications?|materials?|mailings?|calls?|texts?|SMS|notifications?|purposes|content|offers|campaigns?|information|efforts|activities)|direct\s+marketing|(?:for|to)\s+market(?:ing)?\s+(?:to\s+you|(?:our|their|its)\s+(?:\w+\s+)?(?:products|services))|market\s+(?:products\s+|services\s+)?to\s+you|^\W*(?:\d+\.?\s+)?(?:to\s+)?market(?:ing)?\s+(?:and\s+advertis\w+\s+)?(?:our|\w+'s|\w+)\s+(?:products|services)|to\s+market\s+and\s+advertise)\b"],
     "Your data is used to market to you: promotional messages or personalised ads.",
     ["We may send you marketing emails about our products.",
      "You agree to the use of cookies for functional, analytics and advertising purposes.",
      "We use your contact details for direct marketing."],
     ["We do not use your data for marketing purposes.",
      "We sell advertising space to local businesses."],
     unless=MKT_UNLESS + [r"\bwe\s+(?:do\s+not|don't|never)\s+(?:\w+\s+){0,3}?(?:ads|advertis)"])

PERSONAL_ADJ = ["personaliz", "personalis", "interest-based", "interest based", "targeted", "tailor", "relevant", "behavioral",
                "behavioural", "customiz", "customis", "individualiz", "individualis", "custom "]
rule("marketing.personal_ads", "marketing", "low", PERSONAL_ADJ,
     [r"\b(?<p>(?:personali[sz]ed|interest[- ]based|targeted|tailored|relevant|behaviou?ral|customi[sz]ed|individuali[sz]ed|custom)\s+(?:[\w-]+\s+){0,2}?(?:ads|advertis\w+|marketing|promotions))\b",
      r"\b(?<p>(?:serve|show|display|deliver|offer|send|present)\w*\s+(?:you\s+)?(?:\w+\s+){0,2}?(?:ads|advertisements)\s+(?:\w+\s+){0,2}?(?:relevant|tailored|based|that\s+(?:may|might)\s+interest|of\s+interest|you\s+(?:may|might)\s+like)|(?:ads|advertisements)\s+(?:that\s+are\s+)?(?:relevant|tailored)\s+to\s+you)\b",
      r"\b(?<p>tailor\w*\s+(?:their\s+|our\s+|its\s+|the\s+)?(?:offers|ads|advertis\w*|promotions|marketing))\b",
      (r"\b(?<p>(?:offer|serve|show)\w*\s+(?:\w+\s+)?display\s+(?:ads|advertisements))\b", ["display ad"]),
      r"\b(?<p>personali[sz]e\s+(?:\w+\s+){0,3}?(?:ads|advertis\w*|marketing|offers))\b",
      r"\b(?<p>(?:relevant|personali[sz]ed|tailored)\s+(?:content|information|recommendations)\s+about\s+(?:\w+\s+)?(?:products|services|offers))\b"],
     "Your data is used to show you ads or offers picked for you.",
     ["We use your purchase history to show you personalised ads.",
      "Helps us and others serve ads relevant to you.",
      "These services show you relevant content about products you might like."],
     ["We do not show personalised ads.",
      "Relevant search results appear first."],
     unless=MKT_UNLESS + [r"\bwe\s+(?:do\s+not|don't|never)\s+(?:\w+\s+){0,3}?(?:ads|advertis|personali)"],
     requires=[" ads", "advertis", "marketing", "promotion", "offers", "about products", "about services", "about offers", "about our products", "about our services"])

OFFERS = r"(?:offers?|deals?|discounts?|promotions?|promos?|coupons?|sales\s+events?)"
OFFER_ADJ = ["special", "exclusive", "personalized", "personalised", "promotional", "partner", "member", "members", "latest", "great",
             "best", "seasonal", "limited-time", "limited time", "tailored", "targeted", "relevant", "marketing", "third-party", "third party"]
rule("marketing.newsletter", "marketing", "low", ["newsletter", "mailing list", "email list", "e-mail list", "marketing list", "subscriber list"],
     [r"\b(?<p>newsletters?|(?:mailing|e-?mail|marketing|subscriber)\s+lists?)\b",
      (r"\b(?<p>(?:subscribe|sign\s+(?:me\s+)?up|sign-up|join)\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?:\w+\s+){0,3}?(?:e-?mails?|updates|news|alerts|offers|deals|tips|mailings?|communications|messages|texts|bulletins?))\b",
       ["subscribe", "sign me up", "sign up", "sign-up", "join"], ["email", "e-mail", "updates", "news", "alert", "offers", "deals", "tips", "mailing", "communications", "messages", "texts", "bulletin"]),
      (r"^\W*(?<p>subscribe\s+to\s+(?:our\s+)?(?:e-?mails?|news|updates))", ["subscribe to"]),
      (r"\b(?<p>(?:e-?mail|newsletter|mailing|marketing)\s+subscriptions?|remove\s+me\s+from\s+(?:\w+\s+){0,3}?subscriptions)\b", ["email subscription", "e-mail subscription", "newsletter subscription", "mailing subscription", "marketing subscription", "all the subscriptions", "all subscriptions", "from subscriptions", "the subscriptions"])],
     "You are signed up for (or asked to join) a newsletter or mailing list.",
     ["Sign me up for the weekly newsletter!",
      "Subscribe to our emails for new arrivals.",
      "We add your address to our mailing list when you register."],
     ["We do not send newsletters.",
      "Subscribe to a paid plan to unlock exports."],
     unless=MKT_UNLESS)

rule("marketing.offers_news", "marketing", "low", combos(OFFER_ADJ, ["offer", "deal", "discount", "promotion", "promo", "coupon", "sales event"]),
     [r"\b(?<p>(?:special|exclusive|personali[sz]ed|promotional|partner|member|members'?|latest|great|best|seasonal|limited[- ]time|tailored|targeted|relevant|marketing|third[- ]party)\s+" + OFFERS + r")\b",
      (r"\b(?<p>(?:news|updates|tips|tricks|announcements|inspiration|ideas|events)\s*(?:,\s*\w+\s*)*(?:and|&|or|,)\s*(?:(?:special|exclusive|new|more)\s+)?(?:offers|promotions|deals|discounts|news|updates))\b",
       ["news", "updates", "tips", "tricks", "announcements", "inspiration", "ideas", "events"], ["offers", "promotions", "deals", "discounts", "news", "updates"]),
      (r"\b(?<p>(?:send|e-?mail|text|get|receive|hear)\w*\s+(?:me|you|us)?\s*(?:\w+\s+){0,3}?(?:news|updates|tips|offers|deals|promotions|announcements|product\s+information|information\s+about\s+(?:our\s+|new\s+)?(?:products|services|offers|events)))\b",
       ["news", "updates", "tips", "offers", "deals", "promotions", "announcement", "product information", "information about"], ["send", "mail", "text", "get", "receiv", "hear"]),
      (r"\b(?<p>(?:be\s+the\s+first\s+to\s+(?:know|hear)|don'?t\s+miss|do\s+not\s+miss|keep\s+(?:current|up)\s+with|stay\s+(?:in\s+the\s+loop|up\s+to\s+date|informed|in\s+touch)|keep\s+(?:me|you)\s+(?:posted|updated|informed|up\s+to\s+date))\b)",
       ["first to know", "first to hear", "don't miss", "dont miss", "do not miss", "keep current", "keep up with", "stay in the loop", "stay up to date", "stay informed", "stay in touch", "keep me posted", "keep me updated", "keep me informed", "keep you posted", "keep you updated", "keep you informed", "keep me up to date", "keep you up to date"]),
      (r"\b(?<p>(?:sharing|share|send\w*)\s+(?:\w+\s+)?(?:updates|news)\s+(?:about|on|from))\b", ["updates about", "updates on", "updates from", "news about", "news on", "news from"], ["shar", "send"]),
      (r"^\W*(?<p>get\s+(?:\w+\s+){0,2}?(?:news|tips|updates))", ["news", "tips", "updates"], ["get "]),
      (r"\b(?<p>(?:receive|get|send\s+(?:me|you)|e-?mail\s+(?:me|you)|text\s+(?:me|you))\s+(?:\w+\s+){0,2}?(?:e-?mails?|messages|texts|communications|updates|mail)\s+(?:about|on|regarding|featuring)\s+(?:\w+\s+){0,3}?(?:products|promotions|offers|deals|events|sales|discounts|news|collections|arrivals))\b",
       ["emails about", "e-mails about", "email about", "messages about", "texts about", "communications about", "updates about", "mail about", "emails regarding", "emails featuring", "emails on", "messages regarding"]),
      (r"\b(?<p>contact\s+(?:me|you|us)\s+(?:with|about|regarding|for)\s+(?:\w+\s+){0,2}?(?:offers|promotions|deals|discounts|news|products|marketing))\b", ["contact me with", "contact you with", "contact us with", "contact me about", "contact you about", "contact me regarding", "contact you regarding", "contact me for", "contact you for"]),
      (r"\b(?<p>receiv\w*\s+(?:\w+\s+)?marketing)\b", ["receive marketing", "receiving marketing", "receives marketing", "receive our marketing", "receive any marketing", "receive direct marketing"])],
     "You agree to receive news, offers or promotions from the company (or its partners).",
     ["Send me news and special offers by email.",
      "Be the first to know about new collections.",
      "Get product tips, tricks and news."],
     ["Send e-mail when someone follows you.",
      "Install security updates automatically.",
      "Read the latest news on our blog."],
     unless=MKT_UNLESS + [r"\b(?:security|software|system|app|firmware|driver)\s+updates\b", r"\bwhen\s+(?:someone|somebody|a\s+user|anyone)\b",
                          r"\b(?:news\s+(?:feed|article|stories|story|site|outlet)s?|read\s+(?:the\s+)?(?:latest\s+)?news)\b"])

PARTNERS = r"(?:partners|third\s+parties|third-party\s+(?:companies|partners|brands|advertisers)|sponsors|affiliates|other\s+companies|advertisers|selected\s+companies|brands\s+we\s+work\s+with|carefully\s+selected\s+\w+)"
PARTNER_WORDS = ["partner", "third part", "third-part", "sponsor", "affiliate", "other companies", "advertisers", "selected companies",
                 "brands we work with", "carefully selected"]
rule("marketing.partners", "marketing", "medium", PARTNER_WORDS,
     [r"\b(?<p>(?:offers|promotions?|deals|discounts|news|newsletters?|(?:marketing|promotional)\s+(?:\w+\s+)?(?:e-?mails?|messages|communications|materials|offers|information)|updates)\s+(?:\w+\s+){0,3}?(?:from|by|of|on\s+behalf\s+of)\s+(?:\w+\s+){0,4}?" + PARTNERS + r")\b",
      r"\b(?<p>" + PARTNERS + r")\s+(?:\w+\s+){0,2}?(?:may|might|can|could|will|would|to)\s+(?:also\s+)?(?:send|contact|e-?mail|call|text|market\s+to|offer|promote)\w*\s+(?:\w+\s+)?(?:you|users|customers)\b[^.;]{0,60}?\b(?:offers?|promotions?|products|services|marketing|promotional|deals|news|information)\b",
      r"\b(?:shar\w+|disclos\w+|provid\w+|giv\w+|sell\w*|sold|rent\w*|pass\w*|transfer\w*)\b[^.;]{0,80}?\b(?<p>" + PARTNERS + r")\b[^.;]{0,80}?\b(?:for|so\s+(?:that\s+)?(?:they|it)\s+can|to)\s+(?:\w+\s+){0,2}?(?:(?:their|its)\s+(?:own\s+)?(?:direct\s+)?marketing|market(?:ing)?\s+(?:\w+\s+)?to\s+you|send\s+you\s+(?:\w+\s+)?(?:offers|promotions|marketing|advertis\w+)|(?:direct\s+)?marketing\s+purposes|promotional\s+purposes)",
      r"\b(?<p>(?:hear\s+(?:\w+\s+){0,2}?from|be\s+contacted\s+by)\s+(?:our\s+|selected\s+|carefully\s+selected\s+|trusted\s+)*" + PARTNERS + r")\b"],
     "Promotions from the company's partners: your details go to, or are used for, other companies' marketing.",
     ["Send me news and special offers from our partners.",
      "We may share your e-mail with sponsors so they can send you promotions.",
      "Yes, I'd like offers from carefully selected third parties.",
      "We may pass your details to our partners for their own marketing."],
     ["Send me news and special offers.",
      "We share data with our partners to deliver the service.",
      "We work with advertising partners who measure how our ads perform."],
     unless=MKT_UNLESS,
     requires=["offers", "promotion", "deals", "discount", " news", "newsletter", "marketing", "promotional", "updates", "hear ",
               "contacted by", "send you", "contact you", "e-mail you", "email you", "market to"])


pack = {
    "pack": "ai-and-choice",
    "version": "2.0.0",
    "language": "en",
    "description": "AI training on your content, opt-outs and their exceptions, opt-ins, human review of content, marketing consent.",
    "defines": D,
    "rules": RULES,
}

out = sys.argv[1] if len(sys.argv) > 1 else "rules/10-ai-and-choice.json"
with open(out, "w", encoding="utf-8") as f:
    json.dump(pack, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"{len(RULES)} rules -> {out}")
