#!/usr/bin/env python3
"""Write rules/10-ai-and-choice.json, the AI-and-choice rule pack.

The pack's regular expressions are long and share pieces (who "we" are, the
words for a person's data, for AI models...); writing them here as Python raw
strings keeps them readable. Edit this file, then run it from the repository
root:  python3 tools/gen-ai-and-choice.py && build/smallprint-host --rules rules rules test
A pattern given as (pattern, anchors) becomes a rule of its own (id .2, .3...)
so that it runs only when its own, precise anchors occur in a sentence.
All examples are sentences written for this project.
"""
import json, sys

D = {
    "WE": r"(?:we|us|our\s+(?:company|team|service)s?)",
    "NEG": r"(?:\b(?:not|never|neither|nor|no\s+longer)\b|n't)",
    # the person's material
    "YOUR": r"(?:your|their|my|the\s+user's|users?'?|customers?'?|members?'?|creators?'?|instructors?'?|artists?'?|personal|customer|user|member)",
    "DATA": r"(?:data|content|information|inputs?|prompts?|conversations?|chats?|messages?|files?|uploads?|submissions?|outputs?|recordings?|transcripts?|transcriptions?|audio|voice|images?|photos?|videos?|posts?|stories|code|snippets?|documents?|feedback|interactions?|activity|queries|questions|responses|works?|text|creations?|generations?|sessions?|history|notes|e-?mails?|ratings|corrections|edits|examples|samples|contributions|usage)",
    # an AI / ML system
    "MODEL": r"(?:models?\b|LLMs?\b|AIs?\b|GenAI\b|A\.I\.|artificial\s+intelligence|machine[- ]learning|ML\b|algorithms?\b|neural\s+net\w*|classifiers?\b|(?:speech|voice|image|facial|handwriting)\s+recognition|natural\s+language\s+(?:processing|understanding)|NLP\b)",
    # verbs of training and improving
    "TRAINV": r"(?:train(?:s|ed|ing)?|re-?train\w*|fine[- ]?tun\w+|improv\w+|develop\w*|build(?:s|ing)?|refin\w+|enhanc\w+|inform|teach\w*|evaluat\w+)",
    "TRAINSTRONG": r"(?:train(?:s|ed|ing)?|re-?train\w*|fine[- ]?tun\w+)",
    # the training phrase: "train ... models", "model training", "training data"
    "TRAINPHRASE": r"(?:\b{{TRAINV}}\b[^.;]{0,60}?\b{{MODEL}}|\b(?:(?:model|AI|ML|machine[- ]learning|LLM|generative)\s+){1,3}training\b|\btraining\s+(?:data(?:\s*sets?)?|datasets?|sets?|corpus|corpora)\b|\b{{TRAINSTRONG}}\s+(?:on|with)\b)",
    # phrasings that only name the setting off: "if you opt out", "once you turn it off"
    "OPTOFFV": r"(?:opt(?:s|ed|ing)?[- ]?out|turn(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?off|switch(?:es|ed|ing)?\s+(?:\w+\s+){0,4}?off|toggl\w+\s+(?:\w+\s+){0,3}?off|disabl\w+|deactivat\w+|unsubscrib\w+|withdr[ae]w\w*|revok\w+|object\w*|declin\w+|reject\w*|refus\w+|uncheck\w*|untick\w*|de-?select\w*|block\w*|unselect\w*)",
    "QUESTION": r"\?\s*[\"')\]]*\s*$",
}

RULES = []


EXC_UNLESS = [r"\barbitrat\w*|\bclass\s+action\b|\bjury\b|\bdispute\s+resolution\b",
              r"\bopt-?out\s+(?:notice|window)\b|\bwithin\s+(?:\w+\s+){0,2}?(?:\(\d+\)\s+)?(?:calendar\s+)?days\s+(?:of|after|from)\s+(?:\w+\s+){0,4}?(?:accept|agree|first|the\s+effective)"]


def rule(id, label, severity, anchors, patterns, explanation, match, no_match, unless=None, after=None,
         suppresses=None, hint=None):
    if label == "opt_out_exception":
        unless = (unless or []) + EXC_UNLESS
    # A pattern given as (pattern, anchors) becomes a rule of its own with
    # those anchors, so a common word in one pattern's anchors does not make
    # every pattern of the rule run.
    split = [p for p in patterns if isinstance(p, tuple)]
    if split:
        plain = [p for p in patterns if not isinstance(p, tuple)]
        parts = ([(plain, anchors)] if plain else []) + [([p], a) for p, a in split]
        for k, (pats, anch) in enumerate(parts):
            rule(id if k == 0 else f"{id}.{k + 1}", label, severity, anch, pats, explanation, match, no_match,
                 unless=[u for u in (unless or []) if u not in EXC_UNLESS] if label == "opt_out_exception" else unless,
                 after=after, suppresses=suppresses, hint=hint)
        return
    # the prefilter sees the original text: a curly apostrophe is not folded
    anchors = list(dict.fromkeys(anchors + [a.replace("'", "\u2019") for a in anchors if "'" in a]))
    r = {"id": id, "label": label, "severity": severity, "anchors": anchors, "patterns": patterns}
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
AI_ANCHORS = ["train", "model", " ai ", " ai,", " ai.", " ai)", " ai-", " ai;", " ai:", " ai/", "/ai", "(ai", "ai ", "genai",
              "machine learning", "machine-learning", "artificial intelligence", "algorithm", "llm", " ml ", " ml,", " ml.",
              " ml)", "(ml", "neural", "classifier", "recognition", "natural language", "nlp"]

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
    r"\b(?:train\w*|educat\w+)\s+(?:our|its|their|the)?\s*(?:staff|employees|personnel|workforce|agents|representatives|volunteers|support\s+team|team\s+members|people)\b",
    "{{QUESTION}}",
]

# a denial ("we do not ... train"), handled by the no_ai_training rules
DENIAL = r"{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|fine[- ]?tun\w+|analy[sz]\w*|process\w*|shar\w*|provid\w*|sell\w*|licens\w*|allow\w*|permit\w*|feed\w*|includ\w*|access\w*|appear\w*|leverag\w*)\b[^.;]{0,150}?{{TRAINPHRASE}}"
# the use happens only after the person opts in
OPTIN_COND = r"(?:\bunless\s+(?:you|they|the\s+user|users|customers?)\b|\bonly\s+(?:if|when|after|with|once)\s+(?:you|your|they|their)\b|\bwithout\s+(?:your|their|the\s+user's|users'?)\s+(?:\w+\s+){0,2}?(?:consent|permission|agreement|approval|authori[sz]ation|opt-?in)\b|\b(?:if|when|once|after)\s+you\s+(?:explicitly\s+|affirmatively\s+|choose\s+to\s+)?opt[- ]?in\b|\bwith\s+your\s+(?:\w+\s+){0,2}?(?:consent|permission|opt-?in)\b|\bopt[- ]?in\s+(?:basis|only)\b|\bstrictly\s+opt[- ]?in\b|\boff\s+by\s+default\b)"

rule("ai_training.use_to_train", "ai_training", "high", AI_ANCHORS,
     [r"\b(?<p>(?:us(?:e|es|ed|ing)|process\w*|analy[sz]\w*|leverag\w+|rel(?:y|ies|ied)\s+on|includ\w+|incorporat\w+|feed\w*|fed|retain\w*|collect\w*|shar\w+|contribut\w+|provid\w+|review\w*|access\w*|stor(?:e|es|ed|ing)|keep\w*|kept|combin\w+|aggregat\w+|label\w*|annotat\w+|de-?identif\w+|anonymi[sz]\w+))\b[^.;]{0,140}?\b(?:to|for|in|into|before|when|while)\s+(?:(?:help|helping)\s+(?:us\s+)?(?:to\s+)?)?(?:(?:further|better|continually|continuously|also|constantly|better)\s+)?(?:(?:[\w-]+,?\s+){0,8}?(?:or|and)\s+)?{{TRAINV}}\b[^.;]{0,90}?\b{{MODEL}}",
      r"\b(?<p>(?:us(?:e|es|ed|ing)|process\w*|includ\w+|incorporat\w+|feed\w*|fed|shar\w+|contribut\w+|provid\w+|add\w*))\b[^.;]{0,120}?\b(?:for|in|into|as|to)\s+(?:(?:the|our|its|their|future|new|ongoing|any)\s+)?(?:(?:(?:AI|ML|LLM|machine[- ]learning|model|generative)\s+){1,3}training|training\s+(?:data(?:\s*sets?)?|datasets?|sets?|corpus|corpora|runs?|of\s+(?:\w+\s+){0,3}?{{MODEL}})|(?:(?:AI|ML|LLM|generative)\s+)?model\s+(?:train\w*|improvement|development)|to\s+model\s+train)\b"],
     "What you type, upload or do may be used to train or improve the company's AI models.",
     ["We may use the prompts you submit to train and improve our models.",
      "Your recordings can be included in the datasets we use for machine learning training.",
      "We process the files you share to help develop and refine our AI systems."],
     ["We do not use your prompts to train our models.",
      "We use customer calls to train our support staff on common questions.",
      "You may not use the service to train a competing machine learning model.",
      "Do you use my chats to train your AI?"],
     unless=NOT_OURS + [DENIAL, OPTIN_COND + r"[^.;]{0,120}?(?:train|model|\bAI\b)"])

rule("ai_training.we_train_on", "ai_training", "high", AI_ANCHORS,
     [r"\b(?:{{WE}}|it|they|company|\w+'s)\s+(?:may\s+|might\s+|can\s+|will\s+|also\s+|then\s+|sometimes\s+|regularly\s+)*(?<p>{{TRAINSTRONG}}|develop\w*|improv\w+|build\w*|refin\w+)\s+(?:\w+[\s-]+){0,4}?(?:models?|AI|LLMs?|technolog(?:y|ies)|systems?|algorithms?|tools?|intelligence|networks?)\s+(?:on|using|with|based\s+on|from)\s+(?:\w+\s+){0,4}?(?:your|user|users'?|customer|the|de-?identified|anonymi[sz]ed|pseudonymi[sz]ed|aggregated|such|this|these|that|personal|members'?|{{DATA}})\b",
      r"\b(?<p>our\s+(?:AI\s+|ML\s+)?model\s+training)\b",
      r"\b(?<p>{{DATA}}|it|this|they|these)\s+(?:[\w']+\s+){0,3}?(?:can|may|might|will|could|also|to)?\s*(?:also\s+)?(?:help\w*|assist\w*|allow\w*|enabl\w+|let\w*)\s+(?:us\s+)?(?:to\s+)?(?:(?:\w+,?\s+){0,3}?(?:or|and)\s+)?{{TRAINV}}\b[^.;]{0,70}?\b(?:our|the|its|their)\s+(?:[\w']+[\s-]+){0,4}?{{MODEL}}"],
     "The company trains or improves its AI on people's content or activity.",
     ["We train our speech recognition models on de-identified customer recordings.",
      "Your feedback helps us improve our AI models for everyone.",
      "The ratings you give help us refine the assistant's underlying language models."],
     ["We train our agents to handle privacy requests.",
      "We never train our models on your documents.",
      "This helps us improve our website and fix bugs."],
     unless=NOT_OURS + [DENIAL, OPTIN_COND])

rule("ai_training.passive_used", "ai_training", "high", AI_ANCHORS,
     [r"\b(?:{{DATA}}|it|they|this)\s+(?:\w+\s+){0,3}?(?:may|might|can|could|will|would|is|are|to|being)\s+(?:also\s+|still\s+|then\s+)?(?:be\s+)?(?<p>(?:used|analy[sz]ed|processed|included|incorporated|fed|leveraged))\b[^.;]{0,40}?\b(?:to|for|in|into|as)\s+(?:help\s+)?(?:(?:[\w-]+,?\s+){0,8}?(?:or|and)\s+)?(?:{{TRAINV}}\b[^.;]{0,60}?\b{{MODEL}}|(?:(?:the|our|its|their|future|any)\s+)?(?:(?:AI|ML|model|machine[- ]learning|LLM|generative)\s+){1,3}training|training\s+(?:data|datasets?|sets?))",
      r"\b(?<p>(?:train\w*|fine[- ]?tun\w+|develop\w*|improv\w+|build\w*|refin\w+))\s+(?:(?:our|its|their|the|new|future|proprietary|generative|non-generative|large|language|AI|ML|machine[- ]learning|foundation|speech|recognition|predictive|any)\s+)*(?:models?|AI|LLMs?|systems?|technolog(?:y|ies)|algorithms?)\s+(?:on|with|using|from),?\s+(?:\w+\s+){0,3}?(?:your|user|users'?|customer|customers'?|members'?|people's|content|(?:the\s+)?(?:chats|conversations|prompts|recordings|messages|files|uploads)\s+(?:you|users?))\b"],
     "Your content may be used as material for training AI models.",
     ["Your conversations may be used to train and improve our language models.",
      "Uploaded images might be included in training datasets for our generative AI.",
      "Content you submit may be used to inform, train or develop AI technologies."],
     ["Your conversations are never used to train our models.",
      "Call recordings may be used for quality and staff training purposes.",
      "Your content will be used to provide the service you asked for."],
     unless=NOT_OURS + [DENIAL, OPTIN_COND])

ASSISTANT = r"(?:Claude|Gemini|ChatGPT|Copilot|Siri|Alexa|Bard|Grok|Llama|Cortana|Bixby|Meta\s+AI|My\s+AI|Perplexity|Mistral|Le\s+Chat|DALL-E|Midjourney)"
rule("ai_training.other_phrasings", "ai_training", "high", ["learn from", "learns from", "learned from", "learnt from", "learning from"],
     [(r"\b(?:{{MODEL}}|systems?|assistant|algorithms?)\s+(?:\w+\s+){0,2}?(?<p>learn(?:s|ed|t|ing)?\s+from)\s+(?:\w+\s+){0,2}?(?:your|users'?|user|customer|people's|the\s+(?:content|data|conversations|feedback|interactions))\b", ["learn from", "learns from", "learned from", "learnt from", "learning from"]),
      (r"\b(?<p>make\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:models?|AI|assistant|LLMs?)\s+(?:smarter|better|more\s+\w+|safer|faster))\b", ["make our", "make the", "make its"]),
      (r"(?-i:\b(?<p>(?i:improv\w+|train\w*|develop\w*|fine[- ]?tun\w+))\b[^.;]{0,40}?\b" + ASSISTANT + r")\b", ["claude", "gemini", "chatgpt", "copilot", "siri", "alexa", "bard", "grok", "llama", "cortana", "bixby", "meta ai", "my ai", "perplexity", "mistral", "le chat", "dall-e", "midjourney"]),
      (r"\b(?<p>{{TRAINSTRONG}})\s+(?:and\s+\w+\s+)?(?:our|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:products|services|systems|technolog(?:y|ies)|tools|features|Services|platform)\b", ["train", "fine-tun"]),
      (r"\b(?<p>(?:use|share|allow|contribute|donate)\s+(?:\w+\s+){0,2}?(?:my|your)\s+(?:\w+\s+){0,2}?(?:data|content|chats?|conversations?|prompts?|recordings?|code|files|inputs)\s+(?:to\s+be\s+used\s+)?for\s+(?:(?:AI|model|ML)\s+){0,2}training)\b(?!\s+(?:purposes|staff|employees|our\s+staff))", ["training"]),
      (r"\b(?:us(?:e|es|ed|ing)|process\w*|includ\w+|shar\w+|licens\w+|provid\w+)\b[^.;]{0,120}?\b(?:for|in|to)\s+(?:the\s+)?(?:\w+\s+(?:and|&)\s+)?(?<p>(?:development|improvement|training|fine-tuning|enhancement|refinement)\s+of\s+(?:\w+\s+){0,3}?{{MODEL}})", ["development of", "improvement of", "training of", "fine-tuning of", "enhancement of", "refinement of"]),
      (r"(?s)^(?=.*?(?:\bAI\b|model|machine[- ]learning|LLM)).*?\b(?<p>(?:ask|request|tell|instruct)\w*\s+(?:\w+\s+){0,3}?not\s+to\s+(?:train|use\s+(?:\w+\s+){0,3}?(?:to|for)\s+train\w*)(?:\s+(?:on|with))?)\s+(?:\w+\s+)?(?:your|my|their)\b", ["not to train", "not to use"]),
      (r"\b(?:for|including|such\s+as|e\.g\.,?|like)\s+(?<p>(?:(?:AI|ML|machine[- ]learning|model|LLM)[\s/]+){1,3}training|(?:training|fine-tuning|improving|developing)(?:,?\s+(?:or\s+|and\s+)?(?:training|fine-tuning|improving|developing))*\s+(?:[\w-]+\s+){0,3}?(?:models?|LLMs?|AI\s+(?:models?|systems?)|machine[- ]learning\s+models?))\b", ["training", "fine-tuning"]),
      (r"\b{{WE}}\s+(?:also\s+|may\s+|regularly\s+|continuously\s+)*(?<p>(?:develop|train|improve|build|fine-tune|refine)\w*(?:\s+(?:and|or)\s+(?:develop|train|improve|build|refine)\w*)?)\s+(?:the\s+|our\s+|new\s+|its\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:machine[- ]learning|ML|AI|language|generative|predictive|recognition)\s+models?\b", ["model"]),
      (r"\b{{MODEL}}\s+(?:are|is|were|was|have\s+been|has\s+been|may\s+be|can\s+be|will\s+be|get|gets)\s+(?:\w+\s+)?(?<p>(?:trained|fine-tuned|improved|developed|refined))\s+(?:\w+\s+)?(?:on|using|with|from)\s+(?:\w+\s+){0,3}?(?:your|user|users'?|customer|customers'?|people's|members'?|(?:data|content|conversations|chats|prompts|inputs|interactions|feedback)\s+(?:from|of|shared\s+by|provided\s+by|submitted\s+by)\s+(?:our\s+)?(?:users|customers|you|members|people))\b", ["trained", "fine-tuned", "improved", "developed", "refined"]),
      (r"(?s)^(?=.*?(?:\bAI\b|models?\b|machine[- ]learning|LLM|artificial\s+intelligence|generative)).*?\b(?<p>(?:us(?:e|es|ed|ing)|includ\w+|shar\w+|provid\w+|contribut\w+))\s+(?:it|them|this|these|your\s+(?:\w+\s+)?{{DATA}}|(?:the|such)\s+{{DATA}})\s+(?:\w+\s+){0,2}?for\s+(?:AI\s+|model\s+)?training\b(?!\s+(?:purposes\s+of\s+)?(?:staff|employees|personnel))", ["for training", "for ai training", "for model training"]),
      (r"\b(?<p>(?:opt(?:s|ed|ing)?(?:\s+|-)?out|exclud\w+|remov\w+|withdraw\w*)\s+(?:\w+\s+){0,4}?(?:from|of)\s+(?:\w+\s+){0,2}?(?:(?:AI|model|ML|LLM|generative)\s+){1,2}training)\b", ["training"]),
      (r"^\W*(?<p>(?:(?:AI|model|LLM)\s+)(?:training|improvement)(?:\s+(?:on|with|using)\s+(?:\w+\s+){0,2}?\w+)?|product\s+improvement\s+and\s+(?:\w+\s+)?training|train\s+(?:\w+\s+){0,2}?on\s+(?:my|your)\s+\w+)\W*$", ["training", "improvement", "train"]),
      (r"\b(?<p>(?:training|train)\s+(?:and|or|&)\s+fine[- ]?tun\w*|fine[- ]?tun\w*\s+(?:and|or|&)\s+train\w*)\b", ["fine-tun", "fine tun", "finetun"]),
      (r"(?:^\W*|[\"']\s*)(?<p>(?:do\s+not|don't)\s+train\s+on\s+(?:my|our)\b)", ["train on my", "train on our"]),
      (r"\b(?<p>opt(?:s|ed|ing)?(?:\s+|-)?out\s+of\s+(?:\w+\s+){0,2}?training)\b(?!\s+(?:of\s+)?(?:staff|employees|courses?|sessions?|programs?))", ["training"]),
      (r"\b(?:analy[sz]\w*|process\w*|us(?:e|es|ed|ing)|review\w*)\s+(?:\w+\s+){0,4}?(?:content|data|information|files|messages|conversations|recordings|images|photos|videos)\s+(?:using|with|through|via|by\s+means\s+of)\s+(?:\w+\s+){0,4}?(?<p>machine[- ]learning|AI|artificial\s+intelligence)\b[^.;]{0,60}?\b(?:to|for|in\s+order\s+to)\s+(?:\w+\s+){0,2}?(?:improv|develop|train|enhanc|refin)\w*", ["machine learning", "machine-learning", " ai ", "artificial intelligence"]),
      (r"^[^.;]{0,40}?\b(?<p>(?:AI|model|ML|LLM)\s+(?:model\s+)?(?:training|improvement))\b[^.;]{0,30}$", ["training", "improvement"]),
      (r"\b(?<p>(?:training|fine-tuning|retraining|tuning)\s+(?:and\s+\w+\s+)?of\s+(?:\w+\s+){0,3}?{{MODEL}})", ["training of", "tuning of", "training and"]),
      (r"^\W*(?<p>(?:help\s+(?:us\s+)?)?improv\w*\s+(?:our\s+|the\s+|its\s+)?(?:AI|models?|LLMs?|assistant)\b)[^.;]{0,30}$", ["improve our ai", "improve the ai", "improve ai", "improve its ai", "improve our model", "improve the model", "improve models", "improve our llm", "improve the assistant", "improve our assistant", "improving our ai", "improving the model"]),
      (r"^\W*(?<p>(?:help\s+(?:us\s+)?)?improve\s+[\w' -]{1,30}?\s+for\s+everyone)\W*$", ["for everyone"]),
      (r"\b(?<p>licens\w+)\s+(?:\w+\s+){0,4}?(?:content|data|posts|works)\s+(?:\w+\s+){0,3}?to\s+(?:AI|LLM|model|machine[- ]learning)\s+(?:companies|developers|providers|firms|labs)", ["ai compan", "ai developer", "ai provider", "ai firm", "ai lab", "llm compan", "model developer", "machine learning compan", "machine-learning compan"])],
     "What you type, upload or do may be used to train or improve AI models.",
     ["Our assistant learns from your feedback to give better answers.",
      "Your ratings help make our models more helpful.",
      "Audio samples may be used to improve Siri and Dictation.",
      "We may use what you submit to train our services.",
      "Use my chats for training."],
     ["Learn from our experts in weekly webinars.",
      "We train our customer service team every quarter.",
      "Call recordings may be used for training purposes.",
      "Ask Siri to set a timer."],
     unless=NOT_OURS + [DENIAL, OPTIN_COND, r"\b(?:de-?select|uncheck|untick|unselect|turn\s+off|switch\s+off|toggle\s+off)\b"])

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

rule("ai_training.default_unless_opt_out", "ai_training", "high", ["automatic", "default", "enrolled"],
     [r"(?s)^(?=.*?(?:\b(?:AI|GenAI|ML|LLMs?)\b|train|model|machine[- ]learning|artificial\s+intelligence)).*?\b(?<p>(?:automatically|by\s+default)\s+(?:\w+\s+){0,3}?(?:included|enrolled|opted[- ]in|enabled|turned\s+on|on|part\s+of)|(?:included|enrolled|opted[- ]in|enabled|on)\s+(?:automatically|by\s+default))\b"],
     "Using your content for AI is switched on unless you turn it off.",
     ["All accounts are automatically enrolled in the AI training program unless you opt out.",
      "Sharing chats to improve our models is on by default."],
     ["Model training is off by default.",
      "Dark mode is enabled by default."],
     unless=[r"\b(?:off|disabled|opted\s+out|excluded)\s+by\s+default\b", r"\b(?:not|never|n't)\s+(?:\w+\s+){0,3}?(?:enabled|on|included|enrolled)\b", "{{QUESTION}}"],
     suppresses=["no_ai_training"])

rule("ai_training.except_carve_out", "ai_training", "high", AI_ANCHORS,
     [r"{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|analy[sz]\w*|process\w*)\b[^.;]{0,150}?{{TRAINPHRASE}}[^.;]{0,80}?\b(?<p>with\s+the\s+exception\s+of|except\s+(?:for|when|where|to|in|as|that)|other\s+than|apart\s+from|besides)\b"],
     "A promise not to train on your content has a carve-out: some of it is still used.",
     ["We will not use your lessons to improve our generative models, except for features core to the service.",
      "Your content is not used to train our models with the exception of content you mark as public."],
     ["We will not use your lessons to improve our generative models.",
      "Except for cookies, we do not train any models."],
     unless=NOT_OURS[:-1],
     suppresses=["no_ai_training"])

rule("opt_out_exception.training_carve_out", "opt_out_exception", "medium", AI_ANCHORS,
     [r"{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|analy[sz]\w*|process\w*)\b[^.;]{0,150}?{{TRAINPHRASE}}[^.;]{0,80}?\b(?<p>with\s+the\s+exception\s+of|except\s+(?:for|when|where|to|in|as|that)|other\s+than|apart\s+from)\b"],
     "A promise not to use your content for AI has exceptions.",
     ["We will not use your designs to train our models, except for designs you publish to the gallery.",
      "Your content is not used to improve our AI models other than for abuse detection."],
     ["We will not use your designs to train our models.",
      "Other than that, we never train models."],
     unless=NOT_OURS[:-1])

NO_AI_UNLESS = [
    # "if you turn it off, we will not train on new chats": the effect of an opt-out
    r"\b(?:once|after|if|when|where)\s+(?:you|an?\s+\w+|the\s+user|users)\s+(?:have\s+|has\s+)?(?:\w+\s+){0,2}?{{OPTOFFV}}",
    r"\b(?:choos\w+|opt\w*|elect\w*|ask\w*|request\w*|prefer\w*|want\w*|wish\w*|decid\w+|tell\s+us)\s+(?:\w+\s+){0,2}?(?:not|n't)\b",
    r"\b(?:do\s+not|don't|does\s+not|doesn't)\s+(?:want|wish|like)\b",
    r"(?:^\W*|[\"']\s*)(?:do\s+not|don't)\s+train\s+on\s+(?:my|our)\b",
    r"\bwith\s+the\s+exception\s+of\b|\bexcept\b|\bother\s+than\b",
    "{{QUESTION}}",
]

rule("no_ai_training.denial", "no_ai_training", "info", AI_ANCHORS,
     [r"(?<p>{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|fine[- ]?tun\w+|analy[sz]\w*|process\w*|shar\w*|provid\w*|sell\w*|licens\w*|allow\w*|permit\w*|feed\w*|includ\w*|access\w*|appear\w*|leverag\w*))\b[^.;]{0,150}?{{TRAINPHRASE}}",
      r"(?s)^(?=.*?(?:\bAI\b|model|machine[- ]learning|LLM|artificial\s+intelligence|generative|fine[- ]?tun)).*?(?<p>{{NEG}}\s+(?:\w+\s+){0,6}?(?:us\w*|train\w*|allow\w*|permit\w*|let|scrap\w*|licens\w*|sell\w*|shar\w*))\b[^.;]{0,150}?\b(?:to|for)\s+(?:AI\s+|model\s+)?train(?:ing)?\b",
      r"\b(?<p>(?:none\s+of|no)\s+(?:\w+\s+){0,4}?(?:is|are|will\s+(?:ever\s+)?be|gets?|get|ever\s+gets?)\s+(?:ever\s+)?(?:used|shared|included|fed))\b[^.;]{0,100}?(?:{{TRAINPHRASE}}|\b(?:for|in|to)\s+(?:AI\s+|model\s+)?train(?:ing)?\b)",
      r"(?<p>(?:\b(?:not|never)|n't)\s+(?:be\s+)?used\s+(?:for|in|to)\s+(?:any\s+)?(?:\w+\s+(?:or|and|,)\s+){0,3}?(?:AI\s+|model\s+|ML\s+)?train(?:ing)?)\b(?!\s+(?:of\s+)?(?:staff|employees|personnel|our\s+staff))",
      r"(?<p>{{NEG}}\s+(?:\w+\s+){0,4}?(?:feed|fed|send|sent|share|shared|provide|submit|upload|pass)\w*)\s+(?:\w+\s+){0,4}?(?:to|into|with)\s+(?:any\s+|third-party\s+|external\s+|the\s+|other\s+)?(?:AI|LLMs?|large\s+language)\b",
      r"\b(?<p>no\s+(?:AI\s+|model\s+|ML\s+|LLM\s+)?training\s+on\s+(?:your|customer|user|any)|no\s+(?:AI\s+|model\s+|ML\s+|LLM\s+)training)\b",
      r"\b(?<p>(?:do|does|will|would)\s+not\s+(?:work|partner|contract)\s+with)\b[^.;]{0,100}?\b(?:train\w*|fine[- ]?tun\w+)\b",
      r"(?s)^(?=.*?(?:model|\bAI\b|LLM|machine learning)).*?\b(?<p>(?:contractually\s+)?(?:prohibited|barred|forbidden|restricted|not\s+allowed|not\s+permitted)\s+from)\b[^.;]{0,100}?\btrain\w*",
      r"(?<p>(?:\b(?:not|never)|n't)\s+use\s+(?:any\s+)?(?:form\s+of\s+)?(?:machine[- ]learning|AI|artificial\s+intelligence))\b[^.;]{0,60}?\b(?:to|on)\s+(?:process|analy[sz]e|scan|read)\w*\b",
      r"\b(?<p>(?:excluded|exempt|removed|withheld)\s+from)\s+(?:\w+\s+){0,3}?(?:model\s+|AI\s+|ML\s+)?training\b"],
     "The company says your content is not used to train AI models.",
     ["We never use your files to train our AI models.",
      "Customer data is not used to train, fine-tune or improve any models.",
      "Our providers are contractually prohibited from using your messages for training their models."],
     ["We use your files to train our AI models.",
      "If you turn off the setting, we will not use new chats for model training.",
      "We do not share your data, except with vendors who help us train our models."],
     unless=NO_AI_UNLESS + [r"\b(?:you|users?)\s+(?:may|shall|must|will|agree)\s+(?:\w+\s+){0,2}?(?:not|never)\b"],
     suppresses=["ai_training"])

rule("no_ai_training.off_by_default", "no_ai_training", "info", ["default", "automatically opted out", "automatically excluded", "training"],
     [r"(?s)^(?=.*?(?:train|model|\bAI\b|machine learning|data\s*sets?)).*?\b(?<p>(?:opted[- ]out|disabled|turned\s+off|off|excluded|not\s+(?:enabled|included|on))\s+(?:automatically|by\s+default)|automatically\s+(?:opted[- ]out|excluded))\b",
      r"\b(?<p>(?:model\s+|AI\s+)?(?:training|model\s+improvement)\s+(?:is|are|remains|stays)\s+(?:disabled|off|turned\s+off|not\s+enabled|switched\s+off))\b"],
     "Using your content to train AI is switched off unless you turn it on.",
     ["Model training on your workspace is turned off by default.",
      "Business accounts are automatically opted out of the data sets used to train models."],
     ["Model training is on by default.",
      "Notifications are off by default."],
     unless=["{{QUESTION}}"],
     suppresses=["ai_training", "opt_out"])

rule("no_ai_training.only_with_opt_in", "no_ai_training", "low", AI_ANCHORS,
     [r"(?<p>{{TRAINPHRASE}})[^.;]{0,120}?" + OPTIN_COND,
      r"(?<p>" + OPTIN_COND + r")[^.;]{0,140}?{{TRAINPHRASE}}"],
     "Your content is used for AI training only if you opt in.",
     ["We will only use your recordings to improve our speech models if you opt in.",
      "With your permission, we may use the samples you submit to train our models.",
      "We do not train on your documents unless you explicitly choose to share them with us."],
     ["We use your recordings to improve our speech models unless you opt out.",
      "With your permission we share your email with partners."],
     unless=[r"\bunless\s+you\s+(?:\w+\s+){0,2}?{{OPTOFFV}}", r"\b(?:if|when|once)\s+you\s+(?:have\s+)?(?:\w+\s+){0,2}?{{OPTOFFV}}", "{{QUESTION}}"],
     suppresses=["ai_training"], hint="opt_in")

# --------------------------------------------------------------------------
# opt_out_exception (before opt_out: several of these suppress it)
# --------------------------------------------------------------------------
STILL = r"(?:\bstill\s+(?:may|might|can|could|will|would)\s+(?:be\s+)?(?:us|process|retain|keep|stor|receiv|send|shar|collect|includ|contact|analy|train|disclos|track|serve)\w*|\b(?:may|will|can|might|could|would|shall|do|does)\s+(?:\w+\s+)?still\s+(?:be\s+)?(?:us|process|retain|keep|kept|stor|receiv|send|sent|shar|collect|includ|see|show|contact|access|analy|train|get|appear|disclos|track|serve|apply|subject)\w*|\bstill\s+(?:be\s+)?(?:used|processed|retained|kept|stored|shared|collected|included|disclosed|tracked|subject|receive|see|get)\b|\b(?:will|may|might|can|could|would|shall)\s+(?:\w+\s+)?continue\s+to\s+(?:\w+\s+)?(?:use|process|retain|keep|store|receive|send|share|collect|see|show|contact|get|access|analy[sz]e|apply|be\s+(?:used|processed|shown|sent|collected|shared))|\bcontinue\s+(?:using|processing|sending|collecting|sharing|receiving|to\s+receive|to\s+see|to\s+get|to\s+be\s+(?:used|processed|shown|sent|collected|shared)))"
USER_STILL = r"\b(?:you|users?|they)\s+(?:\w+\s+)?(?:can|may|will|would)\s+(?:\w+\s+)?still\s+(?:be\s+able|use|access|visit|browse|log|sign|shop|buy|purchase|order|enjoy|read|view|watch|play|provide|give|submit|report|rate|send\s+us|contact\s+us|participate|create|post|delete|download|request)\b|\bcontinue\s+to\s+(?:use|access|visit|browse|enjoy)\s+(?:the|our|this)\s+(?:site|service|website|app|platform|services)\b|\b(?:you|users?|they)\s+(?:\w+\s+)?(?:can|may|will|would)\s+(?:\w+\s+)?continue\s+(?:to\s+)?(?:use|using|access|visit|browse|enjoy|shop|buy|order|watch|play|read)\b|\bcontinue\s+(?:using|to\s+use|to\s+access)\s+(?:the|our|this)\b|\bnot\s+affect\s+(?:your\s+)?(?:access|ability|use\s+of)\b"

rule("opt_out_exception.even_if", "opt_out_exception", "medium",
     ["even if", "even after", "even when", "even though", "regardless of"],
     [r"\b(?<p>even\s+(?:if|after|when|though)\s+(?:you|the\s+user|users|a\s+user|(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:user|member|customer|instructor|creator))\s+(?:\w+\s+){0,4}?(?:{{OPTOFFV}}|choos\w+\s+not|(?:have|has)\s+(?:\w+\s+)?(?:opted|turned|switched|disabled|declined|unsubscribed|withdrawn|objected)|change\w*\s+(?:your|their)\s+(?:settings|preferences|choices)))",
      r"\b(?<p>even\s+(?:with|when)\s+(?:\w+\s+){0,3}?(?:setting|toggle|option|feature|opt-?out)s?\s+(?:is\s+|are\s+)?(?:off|disabled|turned\s+off|switched\s+off))\b",
      r"\b(?<p>regardless\s+of\s+(?:your|the|any|their)\s+(?:\w+\s+){0,2}?(?:settings?|choices?|preferences?|opt-?outs?|selection))\b"],
     "Some use of your data continues even after you opt out or change the setting.",
     ["Even if you opt out, conversations flagged for safety review may still be used.",
      "Even if you have unsubscribed, we will still send you account notices.",
      "Regardless of your ad settings, you will see some ads."],
     ["You can opt out at any time.",
      "Even if you forget your password, you can reset it.",
      "Regardless of your choices, we will still provide you with the same service."],
     unless=["{{QUESTION}}", r"\b(?:still|continue\s+to)\s+(?:provide|offer|give|serve)\s+you\b", USER_STILL],
     suppresses=["opt_out"])


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
     suppresses=["opt_out"])

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

SCOPE_NOUN = r"(?:settings?|choices?|preferences?|opt-?outs?|opting\s+out|options?|toggles?|(?:privacy|ad|ads|data|cookie)\s+controls?|selections?|(?:opt-?out|deletion|objection|your)\s+requests?|switch|consent\s+withdrawal|withdrawal\s+of\s+(?:your\s+)?consent|withdrawing\s+(?:your\s+)?consent|unsubscrib\w+)"
rule("opt_out_exception.does_not_apply", "opt_out_exception", "medium",
     ["not apply", "n't apply", "not affect", "n't affect", "not cover", "n't cover", "not extend", "not stop", "not prevent",
      "not remove", "not delete", "not mean", "not include", "only for", "only to", "only applies", "only apply", "only affects",
      "only covers", "limited to"],
     [r"\b" + SCOPE_NOUN + r"\b[^.;]{0,60}?\b(?<p>(?:do|does|will|would|shall|may)\s*(?:not|n't)\s+(?:apply|affect|cover|extend|stop|prevent|remove|delete|undo|mean|include|change|impact|limit|restrict))\b",
      r"\b(?:settings?|choices?|preferences?|opt-?outs?|opting\s+out|unsubscrib\w+|withdrawal\s+of\s+(?:your\s+)?consent|withdrawing\s+(?:your\s+)?consent)\s+(?:\w+\s+){0,4}?(?<p>(?:is|are|applies|apply|affects?|covers?|works?)\s+only\s+(?:to|for|on)|(?:only|solely)\s+(?:applies|apply|affects?|covers?|works?)\s+(?:to|for|on)|(?:is|are)\s+limited\s+to)\b"],
     "The opt-out or setting has limits: some data or uses are not covered by it.",
     ["These choices do not apply to messages about your account or orders.",
      "The opt-out only applies to the program described above.",
      "Withdrawing your consent does not affect processing that took place before."],
     ["These terms do not apply to third-party websites.",
      "The offer only applies to new customers."],
     unless=["{{QUESTION}}"])

rule("opt_out_exception.opt_out_limited", "opt_out_exception", "medium",
     ["not apply", "n't apply", "not affect", "n't affect", "not cover", "n't cover", "not extend", "not stop", "not prevent",
      "not remove", "not delete", "not mean", "not include", "only for", "only to", "only applies", "only apply", "only affects",
      "only covers", "limited to"],
     [r"\b" + SCOPE_NOUN + r"\b[^.;]{0,60}?\b(?<p>(?:do|does|will|would|shall|may)\s*(?:not|n't)\s+(?:apply|affect|cover|extend|stop|prevent|remove|delete|undo|mean|include|change|impact|limit|restrict))\b",
      r"\b(?:settings?|choices?|preferences?|opt-?outs?|opting\s+out|unsubscrib\w+|withdrawal\s+of\s+(?:your\s+)?consent|withdrawing\s+(?:your\s+)?consent)\s+(?:\w+\s+){0,4}?(?<p>(?:is|are|applies|apply|affects?|covers?|works?)\s+only\s+(?:to|for|on)|(?:only|solely)\s+(?:applies|apply|affects?|covers?|works?)\s+(?:to|for|on)|(?:is|are)\s+limited\s+to)\b"],
     "The opt-out has limits: some data or uses are not covered by it.",
     ["These choices do not apply to messages about your account or orders.",
      "The opt-out only applies to the program described above.",
      "Withdrawing your consent does not affect processing that took place before."],
     ["These terms do not apply to third-party websites.",
      "The offer only applies to new customers."],
     unless=["{{QUESTION}}", r"\b(?:you|users?)\s+(?:can|may|are\s+able\s+to|have\s+the\s+right\s+to)\b|\bat\s+any\s+time\b"],
     suppresses=["opt_out"])

rule("opt_out_exception.opt_out_except", "opt_out_exception", "medium",
     ["opt-out", "opt out", "opting out", "opted out", "opts out", "optout", "opting-out", "opted-out", "unsubscri", "object", "withdr",
      "turn off", "turned off", "turning off", "turns off", "turn it off", "turn this off", "turn them off", "disabl"],
     [r"\b(?:opt(?:s|ed|ing)?[- ]?out|unsubscrib\w*|object\w*|withdr\w+|turn(?:s|ed|ing)?\s+(?:it\s+|this\s+|them\s+)?off|disabl\w*)\b[^;]{0,150}?\b(?<p>except(?:\s+(?:for|where|when|that|as|in|to))?|other\s+than|unless\s+(?:we|it|the\s+law|required|permitted|there\s+(?:is|are)|such|doing\s+so|an?\s+(?:law|exception))|but\s+(?:we|you)\s+(?:will|may|might|can|could)\s+(?:still|continue))\b"],
     "The opt-out has exceptions: some use goes on anyway.",
     ["You can opt out of marketing emails, except for messages about your orders.",
      "You may object to this processing, unless we have compelling legitimate grounds to continue."],
     ["You can opt out of marketing emails at any time.",
      "Unless you opt out, we use your data for ads."],
     unless=["{{QUESTION}}", r"\bexcept\s+as\s+(?:described|set\s+out|provided|stated|noted|explained)\b"])

rule("opt_out_exception.this_does_not_stop", "opt_out_exception", "medium",
     [n + " " + v for n in ("not", "n't") for v in ("stop", "prevent", "block", "remove", "delete", "affect", "apply", "mean", "end", "eliminate", "cover")],
     [r"^\W*(?:\w+\s+){0,2}?(?:this|that|it|doing\s+so|these|they|such\s+(?:a\s+)?(?:requests?|choices?|tools?))\s+(?:\w+\s+)?(?<p>(?:will|does|do|would|may|might)\s*(?:not|n't)\s+(?:stop|prevent|block|remove|delete|affect|apply\s+to|mean|end|eliminate|cover))\b"],
     "Right after an opt-out, this says the opt-out does not stop everything.",
     ["You can opt out of interest-based ads. This will not stop you from seeing ads.",
      "Turn off location history in Settings. Doing so does not delete past location data."],
     ["This will not stop you from seeing ads.",
      "You can opt out of ads. This takes a minute."],
     after={"label": "opt_out", "within": 1},
     unless=["{{QUESTION}}"])

rule("opt_out_exception.cannot_opt_out", "opt_out_exception", "medium",
     ["cannot", "can't", "can not", "may not", "not able", "unable", "not possible", "no way", "without offering",
      "without giving", "without providing", "without the opportunity", "always required", "always active", "always on",
      "not optional", "mandatory", "required to", "always enabled", "without these", "without this", "without them", "without those", "without such"],
     [r"\b(?<p>(?:cannot|can't|can\s+not|may\s+not|are\s+not\s+able\s+to|is\s+not\s+able\s+to|won't\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|unable\s+to|not\s+possible\s+to|no\s+way\s+to)\s+(?:\w+\s+){0,2}?(?:opt[- ]?out|unsubscrib\w*|turn\s+(?:\w+\s+){0,2}?off|switch\s+(?:\w+\s+){0,2}?off|disable|deactivate|refuse|decline|object|withdraw|reject|be\s+(?:disabled|turned\s+off|switched\s+off|opted\s+out|deactivated|refused|declined|rejected)))\b",
      r"\b(?<p>without\s+(?:offering|giving|providing|affording)\s+(?:you\s+)?(?:\w+\s+){0,2}?(?:opportunity|option|ability|choice|chance)\s+to\s+(?:opt|unsubscrib|decline|refuse|object))",
      r"^\W*(?<p>always\s+(?:active|on|enabled))\W*$",
      r"\b(?<p>(?:cannot|can't|won't|will\s+not|does\s+not|doesn't|do\s+not|would\s+not)\s+(?:\w+\s+)?(?:function|work|operate)\s+(?:\w+\s+)?without\s+(?:these|this|them|those|such))\b",
      r"\b(?<p>(?:is|are)\s+(?:always|strictly)\s+(?:required|active|on|enabled|necessary))\b(?![^.;]{0,40}\b(?:to\s+(?:log|sign)|for\s+(?:login|sign))\b)",
      r"\b(?:cookies?|communications?|messages?|e-?mails?|notices?|notifications?|processing|collection|tracking|services?)\s+(?:\w+\s+){0,3}?(?<p>(?:is|are)\s+(?:not\s+optional|mandatory))\b(?!\s+(?:for|to)\b)"],
     "Some use of your data cannot be switched off.",
     ["Essential cookies cannot be turned off.",
      "You may not opt out of service announcements about your account.",
      "We may send you account notices without giving you the option to opt out."],
     ["You can opt out at any time.",
      "You cannot use the service if you are under 13."],
     unless=[r"\bno\s+(?:need|reason)\s+to\b", "{{QUESTION}}"],
     suppresses=["opt_out"])

rule("opt_out_exception.going_forward_only", "opt_out_exception", "medium",
     ["already", "previously", "going forward", "retroactive", "prior to", "before you", "before the"],
     [r"(?s)^(?=.*?(?:\bopt|turn\w*\s+(?:\w+\s+){0,3}?off|disabl|withdr\w*\s+(?:\w+\s+)?consent|revok|setting|choice|unsubscrib|object)).*?\b(?<p>(?:models?|training)\s+(?:\w+\s+){0,2}?(?:that|which)\s+(?:have|has)\s+already|already\s+(?:been\s+)?(?:trained|started|used|shared|disclosed|sold|collected|included|provided|processed|sent)|(?:previously|already)[- ](?:collected|shared|disclosed|used|processed|trained)|going\s+forward(?:\s+only)?|(?:not|n't)\s+(?:apply\s+)?retroactive\w*|(?:before|prior\s+to)\s+(?:you|your|the|its|their)\s+(?:\w+\s+){0,2}?(?:opt|withdraw\w*\s+(?:\w+\s+)?consent|withdrawal\s+of\s+consent|revoc|objection|unsubscri|turn))\w*"],
     "An opt-out only works from now on: what was already used or shared stays that way.",
     ["Turning off the setting does not remove your data from models that have already been trained.",
      "If you opt out, we stop sharing going forward, but information already shared is not recalled.",
      "Withdrawing consent does not affect processing carried out before you withdraw it."],
     ["We have already shipped your order.",
      "Going forward, we will publish a report every year."],
     unless=["{{QUESTION}}"])

rule("opt_out_exception.already_trained", "opt_out_exception", "medium", ["already", "still be included", "still be used"],
     [r"\b(?<p>(?:models?|training(?:\s+runs?)?)\s+(?:\w+\s+){0,2}?(?:that|which)\s+(?:have|has)\s+already\s+(?:been\s+)?(?:trained|started|begun|run|completed)|already[- ](?:trained|started)\s+(?:\w+\s+)?(?:models?|training)|still\s+be\s+(?:included|used)\s+in\s+(?:\w+\s+){0,2}?(?:training|models?))\b"],
     "What was already used to train AI stays in the models, whatever you choose now.",
     ["Your content stays in models that have already been trained.",
      "Past chats may still be included in training runs that already began."],
     ["We have already trained our staff.",
      "The model has been updated."],
     unless=["{{QUESTION}}"])

rule("opt_out_exception.opt_out_again", "opt_out_exception", "low",
     ["opt out again", "opt-out again", "opt out procedure", "opt-out procedure", "repeat", "renew", "do this again", "do it again", "do so again", "opt-out", "opt out", "optout", "persist", "only apply", "only applies", "apply only", "applies only", "only work",
      "works only", "work only", "are saved", "is saved", "are stored", "is stored", "be saved", "apply to this", "applies to this",
      "apply on this", "applies on this", "work on this", "works on this", "apply to each", "applies to each"],
     [r"\b(?<p>(?:need|have|required|must)\s+to\s+(?:\w+\s+){0,3}?(?:opt[- ]?out|opt-?out\s+procedure|repeat|renew|do\s+(?:this|it|so))\s+(?:\w+\s+){0,4}?again)\b",
      r"\b(?<p>opt-?outs?\s+(?:\w+\s+){0,4}?(?:only\s+)?(?:appl(?:y|ies)|work|works|is\s+valid|are\s+valid|is\s+effective|will\s+be\s+effective)\s+only\s+(?:to|on|for|in)\s+(?:this|the|that|each)\s+(?:\w+\s+)?(?:browser|device))\b",
      r"\b(?<p>(?:choices?|preferences?|settings?|selections?)\s+(?:\w+\s+){0,3}?(?:only\s+)?(?:appl(?:y|ies)|work|are\s+saved|is\s+saved|are\s+stored|is\s+stored|will\s+be\s+saved)\s+(?:only\s+)?(?:to|on|for|in)\s+(?:this|the|that|each)\s+(?:\w+\s+)?(?:browser|device))\b",
      r"\b(?<p>(?:sign|log)\s+in\s+to\s+(?:persist|keep|save)\s+your\s+(?:opt-?out|choice|preference)s?)\b"],
     "The opt-out is fragile: it can be lost (new browser, cleared cookies) and must be redone.",
     ["If you clear your cookies, you will need to opt out again.",
      "Your opt-out works only on this browser."],
     ["You can opt out again at any time.",
      "Try again later."],
     unless=["{{QUESTION}}", r"\b(?:can|may)\s+(?:\w+\s+)?opt[- ]?out\s+again\b"],
     suppresses=["opt_out"])

rule("opt_out_exception.no_consent_needed", "opt_out_exception", "medium", ["consent"],
     [r"\b(?<p>(?:may|does|do|will|might)\s+not\s+(?:require|need)\s+(?:your|their|the\s+user's)\s+consent)\b",
      r"\b(?<p>(?:do|does|will|may)\s+not\s+(?:ask|request|seek)\s+(?:for\s+)?(?:your|their)\s+consent)\b",
      r"(?s)^(?=.*?\b(?:legitimate|object))(?:.*?)\b(?<p>without\s+(?:asking\s+(?:for\s+)?|requiring\s+|seeking\s+|first\s+obtaining\s+)(?:your\s+)?consent)\b",
      r"\b(?<p>(?:without|regardless\s+of)\s+(?:your|their)\s+consent)\s+(?:where|when|if|as)\s+(?:\w+\s+){0,3}?(?:legitimate|required|permitted|necessary|law)"],
     "Some processing goes on without asking you, so refusing consent does not stop it.",
     ["Some processing of your data may not require your consent.",
      "We may keep using your data without your consent where the law permits it."],
     ["We never share your data without your consent.",
      "Children may not use the service without parental consent."],
     unless=["{{QUESTION}}"])

rule("opt_out_exception.delay", "opt_out_exception", "low",
     ["opt-out", "opt out", "opting out", "opted out", "opts out", "optout", "opting-out", "opted-out", "unsubscri", "withdraw"],
     [r"\b(?:opt(?:ing|s|ed)?[- ]?out|unsubscrib\w+|withdr\w+\s+(?:\w+\s+)?consent)\b[^.;]{0,120}?\b(?<p>(?:take|takes|allow|within|up\s+to|by\s+the\s+end\s+of)\s+(?:up\s+to\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|ninety|a\s+few|several)\s+(?:business\s+|working\s+|calendar\s+)?(?:days|weeks|months)|by\s+the\s+end\s+of\s+the\s+(?:calendar\s+)?(?:year|month|quarter))\b"],
     "Your opt-out takes time to take effect, and the use goes on meanwhile.",
     ["Opt-out requests may take up to 10 business days to process, so you may receive a few more emails.",
      "If you opt out, your content will be removed from the program by the end of the calendar year."],
     ["You can opt out at any time.",
      "We answer requests within 30 days."],
     unless=["{{QUESTION}}"])

# --------------------------------------------------------------------------
# opt_out
# --------------------------------------------------------------------------
OPT_OUT_UNLESS = [
    r"\barbitrat\w*|\bclass\s+action\b|\bjury\b",   # arbitration opt-outs are `arbitration`
    r"\b(?:cannot|can't|can\s+not|not\s+able\s+to|unable\s+to|no\s+way\s+to)\s+(?:\w+\s+){0,2}?(?:opt|unsubscrib|turn|switch|disable|refuse|decline|object|withdraw|reject)",
    r"\bmay\s+not\s+(?:opt|unsubscrib)",
    r"\b(?:do|does)\s+not\s+need\s+to\s+(?:opt|unsubscrib)",
    r"\bopt-?out\s+(?:notice|window)\b|\bwithin\s+(?:\w+\s+){0,2}?(?:\(\d+\)\s+)?(?:calendar\s+)?days\s+(?:of|after|from)\s+(?:\w+\s+){0,4}?(?:accept|agree|first|the\s+effective|receiv)",
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:how\s+to|method\s+\w+\s+\w+\s+of|instructions\s+for|(?:your\s+)?right\s+to)\s+opt(?:ing)?[- ]?out\W*$|^\W*\d+(?:\.\d+)*\.?\s+[^.;]{0,40}$",
    r"^(?!.*\bopt(?:\s+|-)?out\s+of\b)(?!.*\b(?:you|users?)\s+(?:can|may|could|will\s+be\s+able)\b).*\b(?:see|titled|entitled|refer\s+to|described\s+in)\b[^.;]{0,80}?\bsections?\b",
    r"\b(?:do|does|will)\s+not\s+(?:respond|honou?r|recogni[sz]e|support)\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:do\s+not\s+track|DNT|signals?|browser)",
    "{{QUESTION}}",
]

rule("opt_out.opt_out", "opt_out", "info", ["opt out", "opt-out", "opted out", "opted-out", "opting out", "opting-out",
                                             "opts out", "optout", "opt‑out"],
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

OFF_OBJECT = r"(?:this|it|that|these|them|the|all|any|your|such|personali[sz]\w+|ads?|advertising|location|cookies?|tracking|history|memory|training|model|data|sharing|collection|analytics|telemetry|notifications?|setting|settings|feature|features|option|services?|diagnostics?|usage|recording|personal|third|interest|targeted|cross|sync\w*|improv\w+|contribut\w+|chat|voice|face|activity)"
rule("opt_out.turn_off", "opt_out", "info",
     [v + " " + o for v in ("turn", "turns", "turned", "turning", "switch", "switches", "switched", "switching", "toggle", "toggles", "toggled", "toggling")
      for o in ("this", "it", "that", "these", "them", "the", "all", "any", "your", "such", "off", "personali", "ad", "ads", "advertising", "location",
                "cookie", "tracking", "history", "memory", "training", "model", "data", "sharing", "collection", "analytics", "telemetry",
                "notification", "setting", "feature", "option", "service", "diagnostic", "usage", "recording", "personal", "third", "interest",
                "targeted", "cross", "sync", "improv", "contribut", "chat", "voice", "face", "activity")],
     [r"\b(?<p>(?:turn|switch|toggle)(?:s|ed|ing)?\s+" + OFF_OBJECT + r"[\w-]*\s+(?:[\w-]+\s+){0,4}?off|(?:turn|switch|toggle)(?:s|ed|ing)?\s+off)\b",
      (r"\b(?<p>(?:you|users?)\s+(?:can|may|could|are\s+able\s+to|have\s+the\s+(?:option|ability|right|choice)\s+to)\s+(?:\w+\s+){0,3}?(?:disable|deactivate|uncheck|untick|deselect|de-select|unselect)|(?:^|[.:;!]\s*|\bto\s+|\bor\s+|\band\s+)(?:disable|deactivate|uncheck|untick|deselect|de-select|unselect)\s+" + OFF_OBJECT + r"|^\W*(?:disable|deactivate|uncheck|untick|deselect|de-select|unselect)\b|\b(?:if|when|once|after|until)\s+you\s+(?:\w+\s+)?(?:disable|deactivate|uncheck|untick|deselect|unselect|de-select)\b)\b", ["disabl", "deactivat", "uncheck", "untick", "deselect", "de-select", "unselect"]),
      (r"\b(?<p>(?:can|may|could)\s+(?:\w+\s+)?be\s+(?:turned\s+off|switched\s+off|disabled|deactivated|toggled\s+off|unchecked))\b", ["turned off", "switched off", "disabled", "deactivated", "toggled off", "unchecked"]),
      (r"\b(?<p>(?:admins?|administrators?|owners?|workspace\s+owners?|parents?)\s+(?:can|may|could)\s+(?:\w+\s+){0,2}?(?:disable|deactivate|turn\s+off|switch\s+off|opt\s+out))\b", ["admins can", "administrators can", "admin can", "administrator can", "admins may", "administrators may", "owners can", "owner can", "parents can", "parent can", "owners may", "parents may", "owners could", "admins could"]),
      (r"\b(?<p>you\s+can\s+(?:always\s+|also\s+)?(?:change|update|adjust|manage|revisit)\s+(?:this|that|it|these|your\s+(?:choice|decision|selection))\s+(?:\w+\s+){0,3}?(?:in|under|from|via|through)\s+(?:your\s+|the\s+)?(?:\w+\s+)?(?:settings|preferences|controls|privacy|account))\b", ["change this", "change that", "change it", "change your choice", "change your decision", "change your selection", "update this", "update that", "update it", "adjust this", "adjust that", "adjust it", "manage this", "manage that", "manage it", "revisit this", "revisit that", "revisit your"]),
      (r"\b(?<p>(?:enable|allow|accept)\s+or\s+(?:disable|deny|reject|refuse|decline)|(?:disable|reject|deny)\s+or\s+(?:enable|allow|accept))\b", ["or disable", "or deny", "or reject", "or refuse", "or decline", "or enable", "or allow", "or accept"]),
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
                              r"\b(?:circumvent|bypass|interfer|disrupt|damag|hack)\w*",
                              r"\b(?:we|us)\s+(?:may\s+|might\s+|can\s+|will\s+|could\s+)?(?:turn|switch)\s+off\b",
                              r"\b(?:we|us|company)\s+(?:may|will|can|might|could|shall|reserve\s+the\s+right\s+to)\s+(?:\w+\s+){0,3}?(?:disable|deactivate|turn\s+off|switch\s+off)\s+(?:your|any|the)\s+(?:account|access|service|profile)",
                              r"\bturn\w*\s+(?:your\s+|the\s+)?(?:device|computer|phone|engine|vehicle|car|lights?|power|key|stove|oven|tv|television)\s+off\b",
                              r"\bturn\w*\s+the\s+(?:key|knob|dial|handle|lights?|power|heat|water|tap|engine|ignition)\b",
                              r"\bturn\w*\s+off\s+(?:at\s+|onto\s+|into\s+)?(?:the\s+|a\s+)?(?:\w+\s+)?(?:road|street|highway|motorway|freeway|path|route|exit|lane|avenue|trail|track|junction|roundabout)\b",
                              r"\bturn\w*\s+off\s+(?:your\s+|the\s+)?(?:device|computer|phone|engine|vehicle|car|lights?|power|stove|oven|tv|television)\b"])

COOKIE = r"(?:cookies?|trackers?|tracking|web\s+beacons?|local\s+storage|identifiers?|pixels?)"
rule("opt_out.refuse_cookies", "opt_out", "info", ["cookie", "tracking", "tracker", "browser", "beacon", "local storage", "identifier", "pixel", "device"],
     [(r"\b(?<p>(?:refus\w*|reject\w*|block\w*|declin\w*|disabl\w*|disallow\w*|de-?activat\w*|delet\w*|remov\w*|clear(?:ing)?\s+(?:your|all|existing|any|the)|prevent\w*|stop\w*|manag(?:e|ing)|limit(?:ing)?|deny|denying|not\s+(?:to\s+)?(?:accept|allow|permit)|(?:do|does)\s+not\s+accept|turn\w*\s+off))\s+(?:[\w'-]+\s+){0,5}?" + COOKIE, ["cookie", "tracking", "tracker", "beacon", "local storage", "identifier", "pixel"]),
      (r"\b(?<p>(?:set|setting|configure|adjust|change|modify|update|use|using)\s+(?:the\s+settings\s+of\s+)?(?:your|the|their|a|most|his\s+or\s+her|his|her)\s+(?:\w+\s+){0,2}?(?:browser|device|web\s+browser|internet\s+browser)\s*(?:'s\s+)?(?:settings?|preferences?|options?)?)\b[^.;]{0,100}?\b(?:refuse|reject|block|decline|disable|delete|remove|not\s+accept|notify|warn|alert|prevent|stop|limit|restrict|accept)", ["your browser", "your web browser", "your internet browser", "your device", "your mobile device", "the browser", "their browser", "a browser", "most browser", "most web browser", "browser setting", "browser's setting", "browser preference", "device setting", "device's setting", "her browser"]),
      (r"\b(?<p>(?:browsers?|devices?)\s+(?:\w+\s+){0,3}?(?:allow|let|permit|enable|offer|provide|include)\w*\s+(?:you|users)?\s*(?:\w+\s+){0,2}?(?:to\s+)?(?:refuse|reject|block|decline|disable|delete|remove|manage|control|limit|prevent|choose|opt))", ["browser"])],
     "You can refuse or block cookies and similar tracking.",
     ["You can set your browser to refuse all or some cookies.",
      "Most browsers let you block third-party cookies.",
      "Reject non-essential cookies in the banner."],
     ["We use cookies to remember your language.",
      "Cookies expire after 30 days."],
     unless=OPT_OUT_UNLESS + [r"\bwe\s+(?:may\s+|will\s+|can\s+)?(?:delete|remove|block|clear|disable)\s+(?:\w+\s+){0,2}?" + COOKIE + r"\b(?![^.;]*\byou\b)",
                              r"\b(?:block|reject|refus|prevent|stop)\w*\s+(?:\w+\s+){0,3}?" + COOKIE + r"\s+(?:\w+\s+)?automatically\b",
                              r"\b(?:we|company)\s+(?:do|does|will)\s+not\s+(?:allow|permit|accept)\b", r"(?:\bnot|n't)\s+(?:\w+\s+)?(?:remove|block|disable|delete|refuse|reject|clear)\b"])

rule("opt_out.withdraw_object", "opt_out", "info", ["withdraw", "revok", "revoc", "object", "change your mind", "deny the", "deny consent", "deny processing", "deny tracking", "deny use"],
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
      "no longer want", "no longer wish", "rather not", "option to not", "option not", "choice not"],
     [r"\b(?<p>(?:tick|check|select|mark)\s+(?:here|this\s+box|the\s+box)\s+if\s+you\s+(?:do\s+not|don't|no\s+longer|would\s+prefer\s+not\s+to)\s+(?:want|wish|like)?)",
      r"\b(?<p>(?:(?:you|users?)\s+(?:can|may|could|might|are\s+free\s+to|have\s+the\s+(?:right|option|choice)\s+to)\s+(?:also\s+|always\s+)?(?:choose|elect|decide|ask)|(?:option|choice|opportunity|right|ability)\s+(?:to\s+)?)\s+not\s+to\s+(?:receive|have|be|allow|let|get|share|participate|accept|permit|use|grant|give|enable|sell|disclose|take\s+part))\b",
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
     ["stop receiving", "stop getting", "stop all", "stop the", "stop us", "stop sending", "stop collecting", "stop sharing",
      "stop tracking", "stop using", "stop processing", "reply stop", "text stop", "replying stop", "texting stop",
      "remove you", "remove me", "remove yourself", "remove your", "removed from", "ask us not", "request that we not",
      "ask us to stop", "tell us to stop", "request that we stop", "withheld", "no longer allow", "no longer sell",
      "no longer share", "decline further", "decline to receive", "not to sell", "not sell"],
     [r"\b(?<p>stop\s+(?:receiving|getting)|(?:reply|replying|text|texting|respond\w*)\s+[\"']?STOP\b)",
      r"\b(?<p>(?:to\s+|can\s+|may\s+|you\s+|ask\s+us\s+to\s+|tell\s+us\s+to\s+|request\s+that\s+we\s+)stop\s+(?:(?:all\s+|any\s+|the\s+|us\s+(?:from\s+)?|our\s+|further\s+)?(?:\w+\s+){0,2}?(?:collection|collecting|tracking|sharing|processing|sale|selling|sending|contacting|disclos\w+|analytics)|(?:us\s+(?:from\s+)?)?using\s+(?:your|my|their)\s+(?:\w+\s+)?(?:data|information|content|details|e-?mail|number)))\b",
      r"\b(?<p>remov\w*\s+(?:you|me|yourself|your\s+(?:name|e-?mail|address|number|details|information|contact\s+\w+)|(?:your\s+)?e-?mail\s+address)\s+from\s+(?:\w+\s+){0,4}?(?:lists?|database|subscriptions?|mailings?))",
      r"\b(?<p>(?:to\s+)?be\s+removed\s+from\s+(?:\w+\s+){0,4}?(?:lists?|database|subscriptions?|mailings?))",
      r"\b(?<p>(?:you|your\s+(?:name|e-?mail|address|number|details|information)|(?:your\s+)?e-?mail\s+address)\s+(?:be\s+|being\s+)?removed\s+from\s+(?:\w+\s+){0,4}?(?:lists?|database|subscriptions?|mailings?))",
      r"\b(?<p>(?:ask|request|tell|instruct|direct)\w*\s+(?:us|them|that\s+we|that\s+(?:a|the)\s+\w+|(?:all\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:companies|partners|third\s+parties|crawlers|bots|providers|developers|services))\s+(?:\w+\s+){0,2}?not\s+(?:to\s+)?(?:use|sell|share|disclose|send|contact|process|collect|track|call|e-?mail|market|train|crawl|scrape))\b",
      r"\b(?<p>(?:request|ask)\w*\s+that\s+(?:your|their|the)\s+(?:\w+\s+){0,3}?(?:be\s+withheld|not\s+be))\b",
      r"\b(?<p>(?:no\s+longer\s+(?:allow|sell|shar|send|us|track|collect)\w*|(?:you're|you\s+are)\s+no\s+longer\s+\w+ing))\b",
      r"\b(?<p>decline\s+(?:further|future|to\s+receive|additional)\b[^.;]{0,30}?\b(?:communications?|e-?mails?|messages?|mailings?|contact|offers?|calls))"],
     "You can ask the company to stop this use of your data or to stop contacting you.",
     ["To stop receiving these emails, follow the link in any message.",
      "Reply STOP to any text to end SMS marketing.",
      "You can ask us not to use your data for direct marketing.",
      "Write to us to have your name removed from our mailing lists."],
     ["We stop the service when your subscription ends.",
      "Stop using the product if you see smoke."],
     unless=OPT_OUT_UNLESS + [r"\b(?:we|company)\s+(?:may|will|can)\s+stop\s+(?:providing|offering)\b"])

rule("opt_out.control_choice", "opt_out", "info",
     [v + " " + w for v in ("control", "choose", "decide", "manage", "limit", "restrict", "select") for w in ("whether", "if", "how", "what", "which", "who")]
     + [v + " " + w for v in ("limit", "restrict", "limiting", "restricting") for w in ("the", "our", "how", "use", "uses", "sharing", "disclosure", "processing", "using", "share", "process", "disclose")]
     ,
     [r"\b(?<p>(?:you\s+(?:can|may|could|are\s+able\s+to|have\s+the\s+(?:right|option|ability)\s+to)|\bto|lets?\s+you|allows?\s+you\s+to|gives?\s+you\s+(?:the\s+)?(?:option|ability|choice)\s+to)\s+(?:\w+\s+){0,2}?(?:control|choose|decide|manage|limit|restrict|select)\s+(?:whether|if|how|what|which|who))\b(?=[^.;]{0,80}?\b(?:data|information|content|shar\w*|collect\w*|us(?:e|ed)|receiv\w*|track\w*|personali[sz]\w*|ads|advertis\w*|cookies|recordings?|history|train\w*|stor\w*|visible|public|e-?mails?|messages|contact\w*|location)\b)",
      r"(?:\byou\s+(?:can|may|could)\s+(?:also\s+)?|\b(?:wish|want|like|choose|prefer)\s+to\s+|\bright\s+to\s+|\bor\s+(?:otherwise\s+)?|^\W*)(?<p>(?:limit|restrict)\w*\s+(?:the\s+|our\s+|how\s+we\s+)?(?:use|uses|sharing|disclosure|processing|using|share|process|disclose)\b(?:\s+(?:and|or)\s+\w+)?\s+(?:of\s+)?(?:your|their|the|sensitive|personal|my)?)",
      (r"\b(?<p>exclud\w+\s+(?:your|their|my)\s+(?:\w+\s+){0,2}?(?:data|content|information|posts|works|chats|conversations|site|videos|images)\s+from)\b", ["exclud"]),
      (r"\b(?<p>pause\s+(?:your\s+)?(?:\w+\s+)?(?:history|tracking|activity|collection|personali[sz]ation))\b", ["pause"]),
      (r"(?:\byou\s+(?:can|may|could)\s+(?:\w+\s+)?|\bto\s+|\boption\s+to\s+)(?<p>prevent\s+(?:us|them|(?:the|this|our|these|such)\s+(?:\w+\s+)?(?:site|website|websites|app|service|company|partners?|cookies?|trackers?|advertisers?|owner|companies|networks?))\s+from\s+(?:collecting|using|tracking|sharing|selling|aggregating|analy[sz]ing|recording|processing|sending|receiving|storing|accessing))\b", ["prevent us", "prevent them", "prevent the", "prevent this", "prevent our", "prevent these", "prevent such"]),
      (r"\b(?<p>(?:revok|withdraw|disconnect)\w*\s+(?:\w+\s+){0,2}?(?:access|permissions?))\b(?=[^.;]*\b(?:any\s+time|settings|at\s+any|whenever|you\s+can|you\s+may)\b)", ["revok", "withdraw", "disconnect"]),
      (r"\b(?<p>[\"']?(?:reject|decline|refuse|deny)\s+all[\"']?)\b", ["reject all", "decline all", "refuse all", "deny all"]),
      (r"\b(?<p>(?:use|using|via|with|through|tap|click)\s+(?:on\s+)?(?:the|this)\s+(?:\w+\s+)?(?:toggle|switch))\b", ["toggle", "switch"]),
      (r"^\W*(?<p>(?:block|prevent|disallow|stop|exclude|limit|minimi[sz]e|discourage)\s+(?:[\w-]+\s+){0,3}?(?:training|crawl\w*|sharing|scraping|scrapers|bots))\b[^.;]{0,60}$", ["training", "crawl", "scrap", "bots", "third-party sharing", "third party sharing", "data sharing", "sharing of my"]),
      (r"\b(?<p>global\s+privacy\s+control|GPC\s+signals?)\b", ["global privacy control", "gpc"]),
      (r"\b(?<p>(?:honou?r|respect|recogni[sz]e|treat|process)\w*\s+(?:\w+\s+){0,3}?(?:do\s+not\s+track|DNT|global\s+privacy\s+control|GPC|opt-?out\s+preference)\s+(?:signals?|requests?|settings?)?)", ["do not track", "dnt", "global privacy control", "gpc", "opt-out preference"])],
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
rule("opt_out.manage_preferences", "opt_out", "info",
     ["preference", "choices", "dashboard", "do not sell", "do not share", "don't sell", "manager", "portal", "panel", "cookie settings", "manage cookies", "manage consent", "manage options", "manage services", "manage vendors", "manage partners", "vendors"]
     + [p + " " + c for p in ("privacy", "cookie", "ad", "ads", "advertising", "marketing", "communication", "communications", "email", "e-mail", "contact",
                               "consent", "data", "sharing", "notification", "tracking", "personalization", "personalisation", "mailing", "messaging",
                               "promotional", "interest") for c in ("settings", "controls", "options")],
     [r"\b(?<p>(?:change|update|adjust|manage|modify|review|set|revisit|withdraw|edit|control|customi[sz]e|access|use|visit|exercise)\w*\s+(?:your|their|these|those|the|my|our)\s+(?:\w+\s+){0,2}?(?:preferences|choices)|(?:change|update|adjust|manage|modify|set|edit|control|customi[sz]e)\w*\s+(?:your|their|the|my)\s+(?:\w+\s+)?" + PREF + r"(?:settings|controls|options))\b",
      r"\b(?<p>(?:preference|privacy|consent|subscription|communication)\s+(?:cent(?:er|re)|manager|dashboard|portal|panel)|preferences?\s+page)\b",
      r"\b(?<p>do\s+not\s+(?:sell|share)(?:\s*(?:or|and|/|&)\s*(?:sell|share))?\s+my)\b",
      r"^\W*(?<p>(?:your\s+)?privacy\s+choices|manage\s+(?:cookies|consent|preferences|settings|options|services|vendors|partners|choices|\d+\s+vendors)|cookie\s+(?:settings|preferences))\W*$"],
     "You can change your privacy or marketing preferences to refuse this use.",
     ["You can change your preferences at any time from the banner link.",
      "Manage your ad settings in the Privacy tab.",
      "Do Not Sell or Share My Personal Information"],
     ["Change your display settings to use dark mode.",
      "We remember your preferences such as language."],
     unless=OPT_OUT_UNLESS + [r"\b(?:remember|store|save|record)\w*\s+(?:your\s+)?(?:\w+\s+)?preferences\b"])

rule("opt_out.bare_refusal", "opt_out", "info", ["do not train", "don't train", "do not track", "don't track", "do not use my", "don't use my", "decline", "reject", "deny", "refuse", "do not consent", "don't allow",
                                                  "do not allow", "necessary only", "essential only", "only necessary", "only essential", "necessary cookies",
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

rule("opt_in.opt_in", "opt_in", "info", ["opt in", "opt-in", "opted in", "opted-in", "opting in", "opting-in", "opts in", "optin"],
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

rule("opt_in.with_consent", "opt_in", "info", ["consent", "permission", "authoriz", "authoris", "approval", "agreement", "opt-in", "opt in", "unless",
                                                "only if", "only when", "only after", "only with", "only once", "solely if", "solely when", "solely after",
                                                "solely with", "solely once", "agree to", "agreed to", "check with you"],
     [(r"\b(?<p>(?:with|pursuant\s+to|based\s+on|in\s+accordance\s+with|according\s+to)\s+" + POSS + r"\s+(?:\w+\s+){0,3}?" + CONSENT + r")\b", ["consent", "permission", "authorization", "authorisation", "approval", "opt-in"]),
      (r"\b(?<p>(?:when|where|if|once)\s+we\s+(?:have\s+)?(?:obtained\s+|received\s+|got\s+)?" + POSS + r"\s+(?:\w+\s+){0,2}?" + CONSENT + r")\b", ["we have your", "we have their", "we have obtained", "we obtain your", "we receive your", "we have received", "we received your", "we got your", "we get your"]),
      (r"\b(?<p>(?:ask|request|seek|obtain|get|gets|receive|need|require|collect|secure)\w*\s+(?:for\s+)?(?:" + POSS + r"\s+)?(?:(?:prior|express|explicit|affirmative|specific|separate|informed|opt-?in|your)\s+)+" + CONSENT + r"|(?:ask|request|seek|obtain|get|gets|receive|need|require|secure)\w*\s+(?:for\s+)?" + POSS + r"\s+" + CONSENT + r")\b", ["consent", "permission", "authorization", "authorisation", "opt-in"]),
      (r"\b(?<p>(?:if|when|once|where|after)\s+(?:you|they|users?)\s+(?:have\s+|has\s+)?(?:\w+\s+)?(?:give|gave|given|giving|provide|provided|grant|granted|expressly\s+grant|specifically\s+grant|specifically\s+grants?)\s+(?:us\s+)?(?:(?:your|their|such|the|explicit|express|prior|specific|affirmative|this)\s+)*" + CONSENT + r"|(?:if|when|once|where)\s+(?:you|they|users?)\s+(?:have\s+)?(?:expressly\s+|explicitly\s+|affirmatively\s+)?(?:consent|consented|agree\s+to\s+(?:receive|share|let|allow|this|the\s+use|our\s+use|such|it)|agreed\s+to\s+(?:receive|share|this|the\s+use|such|it)))\b", ["consent", "permission", "authorization", "authorisation", "approval", "opt-in", "agree to receive", "agree to share", "agree to let", "agree to allow", "agree to this", "agree to the use", "agree to our use", "agree to such", "agree to it", "agreed to receive", "agreed to share", "agreed to let", "agreed to allow", "agreed to this", "agreed to the use", "agreed to our use", "agreed to such", "agreed to it"]),
      (r"(?s)^(?=.*?(?:\b(?:not|never|no)\b|n't)).*?\b(?<p>without\s+(?:first\s+)?(?:obtaining\s+|getting\s+|asking\s+for\s+|receiving\s+)?" + POSS + r"\s+(?:\w+\s+){0,2}?" + CONSENT + r")\b", ["without your", "without their", "without his", "without the", "without users", "without customers", "without individuals", "without people", "without first", "without obtaining", "without getting", "without asking", "without receiving"]),
      (r"\b(?<p>(?:only|solely)\s+(?:if|when|after|with|once)\s+(?:you|your|they|their|the\s+user|users|a\s+customer)\s+(?:\w+\s+){0,2}?(?:opt|consent|agree|permission|approv|authori[sz]|explicitly|affirmatively|specifically|(?:choose|chose|decide|elect)\s+to\s+(?:share|allow|enable|turn\s+on|provide|give|join|participate|receive|sign\s+up|subscribe|opt)|request|ask|sign\s+up|subscribe|enable|turn\s+on|give|grant|allow)\w*)", ["only if", "only when", "only after", "only with", "only once", "solely if", "solely when", "solely after", "solely with", "solely once"]),
      (r"\b(?<p>unless\s+(?:you|they|the\s+user|users|a\s+customer)\s+(?:\w+\s+){0,2}?(?:opt\s+in|opt-in|consent|agree|approve|authori[sz]e|(?:explicitly|affirmatively|specifically|actively)\s+(?:choose|opt|consent|agree|enable|ask|request|give|grant)|choose|request|ask|sign\s+up|subscribe|enable|turn\s+on|give\s+(?:us\s+)?(?:your\s+)?(?:\w+\s+)?(?:consent|permission)|grant))\b", ["unless"]),
      (r"\b(?<p>(?:(?:ask|ask\s+for|request|seek)\s+(?:you|your)\s+(?:\w+\s+){0,2}?(?:to\s+consent|consent|permission|agreement|approval)|(?:ask|check\s+with)\s+you\s+(?:first|before))\b)", ["ask you", "ask your", "asks you", "ask for your", "request your", "request you", "seek your", "check with you"]),
      (r"\b(?<p>(?:grant|grants|give|gives|gave)\s+(?:us|\w+)\s+(?:explicit\s+|express\s+|specific\s+)?permission)\b", ["permission"])],
     "This use happens only with your explicit consent.",
     ["We share your contact details with partners only with your consent.",
      "We will ask for your permission before we use your location.",
      "We never share your data without your prior consent.",
      "Tracking starts only after you agree in the banner."],
     ["By using the site, you consent to our use of cookies.",
      "We may share your data without your consent when the law requires it.",
      "You can withdraw your consent at any time.",
      "Children need parental consent to sign up."],
     unless=[r"\bby\s+(?:using|continuing|visiting|accessing|browsing|signing\s+up|registering|creating|submitting|clicking\s+(?:sign|continue|register|submit))\b",
             r"\bunless\s+you\s+(?:\w+\s+)?(?:request|ask)\w*\s+(?:that\s+|us\s+)?(?:\w+\s+){0,3}?(?:withheld|not|stop|remov|delet|exclud)",
             r"\byou\b[^.;]{0,30}?\b(?:get|obtain|have|need|must|seek|secure)\w*\s+(?:\w+\s+){0,2}?(?:their|the|such)\s+(?:\w+\s+)?(?:consent|permission)",
             r"\botherwise\b", r"\b(?:you|users?)\s+(?:will|shall|must|may|agree)\s+(?:\w+\s+)?not\b", r"(?:\bnot|n't)\s+(?:\w+\s+)?(?:ask|request|seek|need|require)\w*\s+(?:for\s+)?(?:your\s+|their\s+)?(?:consent|permission)", r"^(?!.*?(?:\b(?:not|never)\b|n't)).*?\bwithout\s+(?:\w+\s+){0,2}?(?:asking|seeking|requiring|obtaining|getting)\b", r"\b(?:be\s+bound|these\s+terms|this\s+agreement)\b",
             r"^\W*(?:don't|do\s+not|never)\s+\w+",
             r"\bby\s+(?:connecting|linking|posting|uploading|submitting|signing\s+in|logging\s+in)\b",
             r"\b(?:parent|guardian)\w*\b", r"(?:\bnot|n't)\s+(?:require|need)\w*\s+(?:your\s+|their\s+)?(?:consent|permission)", r"\b(?:do\s+not|don't)\s+(?:consent|agree)\b", r"\bwithdraw\w*\s+(?:\w+\s+){0,2}?consent", "{{QUESTION}}"])

rule("opt_in.click_to_accept", "opt_in", "info", ["by click", "by select", "by tap", "by press", "by choos", "by hit", "by accept", "by allow",
                                                   "to consent", "to agree", "to accept", "to allow", "to opt in", "box", "accept or", "agree or", "consent or", "accept all", "allow all",
                                                   "accept cookies", "allow cookies", "accept selected", "allow selected", "accept selection",
                                                   "allow selection", "accept tracking", "allow tracking", "consent"],
     [r"\b(?<p>by\s+(?:clicking|selecting|tapping|pressing|choosing|hitting)\s+(?:on\s+)?(?:the\s+)?[\"']?(?:accept|allow|agree|i\s+agree|i\s+accept|ok|okay|yes|got\s+it|allow\s+all|accept\s+all|accept\s+cookies)\b)",
      r"\b(?<p>(?:click|tap|select)\s+(?:here\s+|below\s+)?to\s+(?:consent|agree|accept|allow|opt\s+in))\b",
      r"\b(?<p>(?:tick|check|select|checking|ticking)\s+(?:the|this|a|each)\s+(?:\w+\s+)?(?:box|checkbox)\b[^.;]{0,80}?\b(?:consent|agree|permission|receive|allow|share|opt))",
      r"\b(?<p>by\s+(?:accepting|allowing)\s+(?:all\s+)?(?:cookies|tracking|these|optional))\b",
      r"^\W*(?<p>(?:accept|allow)\s+(?:all(?:\s+cookies)?|cookies|selected|selection|tracking)|(?:I\s+)?consent|give\s+consent)\W*$",
      r"(?s)^(?!.*\bbrowser)(?!.*\bability\s+to\s+accept).*?\b(?<p>(?:accept|agree|consent)\s+or\s+(?:reject|refuse|decline|manage|customi[sz]e|deny))\b",
      r"\b(?<p>(?:give|grant)\s+(?:or\s+(?:withdraw|revoke|refuse)\s+)?(?:your\s+)?consent)\b(?!\s+to\s+(?:these|the|our)\s+terms)"],
     "An explicit choice (a button or box) is how you agree to this use.",
     ["By clicking \"Accept all\", you agree to the storing of cookies for analytics.",
      "Click below to consent to processing by our partners.",
      "Tick the box to give us permission to share your address."],
     ["By clicking Sign up, you agree to our Terms.",
      "By clicking \"I accept\", you agree to be bound by these Terms.",
      "Click to continue."],
     unless=[r"\b(?:terms|agreement|conditions|be\s+bound|eula)\b"])

rule("opt_in.voluntary", "opt_in", "info", ["voluntar", "optional", "affirmative", "explicitly", "expressly", "specifically", "knowingly", "actively", "whether you"],
     [r"\b(?<p>(?:participation|entry|registration|taking\s+part|providing\s+(?:this|such|the)\s+(?:information|data))\s+(?:\w+\s+){0,3}?(?:is|are|remains)\s+(?:completely\s+|entirely\s+|strictly\s+|always\s+|purely\s+)?(?:voluntary|optional))\b",
      r"\b(?<p>(?:on\s+a\s+voluntary\s+basis|voluntarily\s+(?:provide|provided|submit|submitted|give|given|supply|supplied|choose|share|shared|disclose)))\b",
      r"\b(?<p>(?:only\s+)?(?:if|when|once|where|after|unless|until)\s+(?:you|users?|they|the\s+user|a\s+customer)\s+(?:have\s+|has\s+)?(?:affirmatively|explicitly|expressly|specifically|knowingly|actively)\s+(?:and\s+\w+\s+)?(?:choose|chose|authori[sz]e|provide|provided|request|requested|agree|agreed|consent|consented|opt|give|grant|granted|elect|select|ask|asked))\b",
      r"\b(?<p>(?:information|data|details)\s+(?:that\s+)?you\s+(?:affirmatively|voluntarily|knowingly|actively|explicitly)\s+(?:choose\s+to\s+)?(?:provide|submit|give|share|supply))\b",
      r"\b(?<p>ask\s+you\s+(?:\w+\s+){0,5}?whether\s+you\s+(?:would\s+like|want|wish|agree|consent))\b"],
     "This happens only if you choose to take part or give the information.",
     ["Taking part in our surveys is completely voluntary.",
      "We only collect the details you voluntarily provide.",
      "We share your address with the sponsor only if you expressly agree.",
      "At sign-up we ask you whether you would like to hear from our partners."],
     ["Some fields in the form are optional.",
      "We may ask you whether you are over 18."],
     unless=[r"\b(?:fields?|columns?)\s+(?:\w+\s+){0,3}?(?:is|are)\s+optional\b", r"\botherwise\b", r"\byou\s+(?:hereby\s+)?(?:explicitly|expressly|specifically)\s+(?:\w+\s+)?(?:agree|consent|acknowledge|waive|authori[sz]e|grant)", "{{QUESTION}}"])

rule("opt_in.you_can_enable", "opt_in", "info", ['choose to enable', 'choose to turn on', 'choose to switch on', 'choose to allow', 'choose to activate', 'choose to join', 'choose to share', 'choose to participate', 'choose to sign up', 'choose to subscribe', 'choose to receive', 'choose to contribute', 'choose to provide', 'choose to submit', 'choose to let', 'choose to register', 'choose to enter', 'choose to take part', 'choose to be', 'chose to enable', 'chose to turn on', 'chose to switch on', 'chose to allow', 'chose to activate', 'chose to join', 'chose to share', 'chose to participate', 'chose to sign up', 'chose to subscribe', 'chose to receive', 'chose to contribute', 'chose to provide', 'chose to submit', 'chose to let', 'chose to register', 'chose to enter', 'chose to take part', 'chose to be', 'elect to enable', 'elect to turn on', 'elect to switch on', 'elect to allow', 'elect to activate', 'elect to join', 'elect to share', 'elect to participate', 'elect to sign up', 'elect to subscribe', 'elect to receive', 'elect to contribute', 'elect to provide', 'elect to submit', 'elect to let', 'elect to register', 'elect to enter', 'elect to take part', 'elect to be', 'decide to enable', 'decide to turn on', 'decide to switch on', 'decide to allow', 'decide to activate', 'decide to join', 'decide to share', 'decide to participate', 'decide to sign up', 'decide to subscribe', 'decide to receive', 'decide to contribute', 'decide to provide', 'decide to submit', 'decide to let', 'decide to register', 'decide to enter', 'decide to take part', 'decide to be', 'opt to enable', 'opt to turn on', 'opt to switch on', 'opt to allow', 'opt to activate', 'opt to join', 'opt to share', 'opt to participate', 'opt to sign up', 'opt to subscribe', 'opt to receive', 'opt to contribute', 'opt to provide', 'opt to submit', 'opt to let', 'opt to register', 'opt to enter', 'opt to take part', 'opt to be'] + ["by default", "until you"],
     [r"\b(?<p>(?:you|users?)\s+(?:can|may|could|will\s+be\s+able\s+to|have\s+the\s+(?:option|choice)\s+to)\s+(?:\w+\s+)?(?:choose|elect|decide)\s+to\s+(?:enable|turn\s+on|switch\s+on|allow|activate|join|share|participate|sign\s+up|subscribe|receive|contribute|provide|submit|let|register|enter|take\s+part))\b",
      r"\b(?<p>(?:if|when|once)\s+you\s+(?:\w+\s+)?(?:choose|elect|decide|opt)\s+to\s+(?:enable|turn\s+on|switch\s+on|activate))\b",
      r"\b(?<p>(?:off|disabled|not\s+(?:enabled|on|active|shown|turned\s+on))\s+(?:by\s+default|until\s+you))\b[^.;]{0,100}?\b(?:you|users?)\b",
      r"\b(?<p>explicitly\s+(?:choose|chose|decide|elect|agree|ask|request)\w*\s+to\s+(?:enable|turn\s+on|allow|share|receive|join|participate|be))\b"],
     "This is off unless you choose to switch it on.",
     ["You can choose to enable chat history in Settings.",
      "Location sharing is off by default until you turn it on.",
      "Conversations are never synced unless you explicitly choose to enable sync."],
     ["You can choose a username.",
      "Dark mode is off by default."],
     unless=[r"\b(?:you|users?)\s+(?:can|may)\s+(?:\w+\s+)?choose\s+to\s+(?:disable|turn\s+off|opt\s+out|stop)", "{{QUESTION}}"])

# --------------------------------------------------------------------------
# human_review
# --------------------------------------------------------------------------
PEOPLE = r"(?:(?:our|the|a)\s+(?:[\w&-]+\s+){0,2}?teams?|quality\s+(?:assurance\s+)?teams?|QA\s+teams?|staff|employees?|personnel|team\s+members?|contractors?|reviewers?|moderators?|annotators?|raters?|labell?ers?|(?:trust|safety|trust\s+(?:and|&)\s+safety|support|review|moderation|security|integrity|engineering)\s+teams?|engineers|agents|people|humans?|workers|vendors|service\s+providers|specialists|experts|analysts|professionals|AI\s+trainers|trainers|our\s+team|a\s+person)"
CONTENT = r"(?:(?:your|user|users'|customer|customers')\s+data|content|conversations?|chats?|messages?|prompts?|inputs?|recordings?|audio|voice\s+(?:data|clips|recordings|commands)|transcripts?|transcriptions?|files?|images?|photos?|videos?|outputs?|responses|communications|posts|e-?mails?|documents?|uploads?|submissions?|interactions|queries|calls|snippets|samples|clips|sessions|threads|notes|reports)"
NOT_HR = [
    r"\b(?:review|read)\w*\s+(?:these|this|our|the)\s+(?:terms|policy|policies|agreement|notice|statement|conditions|guidelines|documentation|faq|settings)\b",
    r"\b(?:you|users?)\s+(?:should|must|can|may|are\s+encouraged\s+to|agree\s+to)\s+(?:\w+\s+){0,2}?(?:review|read)\b",
    r"\bright\s+to\s+(?:obtain|request|ask\s+for|contest|human)\b",
    r"\b(?:request|ask\s+for|obtain|contest)\w*\s+(?:a\s+)?(?:manual|human)\s+(?:review|intervention)",
    r"\b(?:text\s+files?|cookies?)\b",
    "{{QUESTION}}",
]
NEG_ACCESS = r"(?:\b(?:not|cannot|never|no\s+one|nobody|no\s+human|no\s+person|no\s+employee|none\s+of\s+our)\b|n't)"

rule("human_review.people_review", "human_review", "medium",
     ["staff", "employee", "personnel", "team", "contractor", "reviewer", "moderator", "annotator", "rater", "labeler", "labeller",
      "engineers", "agents", "people", "humans", "human reviewer", "workers", "vendors", "service provider", "specialists", "experts",
      "analysts", "trainers", "professionals", "a person", "our team"],
     [r"\b" + PEOPLE + r"\s+(?:\([^)]{0,60}\)\s+)?(?:(?:may|might|can|could|will|would|sometimes|occasionally|do|does|also|then|to|who|must|need\s+to|regularly|manually|only|have\s+to|are\s+able\s+to|may\s+need\s+to)\s+){0,3}(?<p>(?:access|read|review|view|see|listen\s+to|look\s+at|examine|inspect|evaluate|annotate|label|rate|transcribe|check|moderate|monitor)\w*)\b[\s,]+(?:[\w,&]+\s+){0,6}?" + CONTENT + r"\b",
      (r"(?s)^(?=.*?\b" + CONTENT + r"\b).*?\b(?:be|being|is|are|get|gets)\s+(?:\w+\s+)?(?<p>(?:reviewed|read|accessed|viewed|seen|listened\s+to|examined|inspected|annotated|labell?ed|rated|transcribed|checked|moderated|evaluated|looked\s+at))\s+(?:\w+\s+){0,2}?by\s+(?:\w+\s+){0,3}?" + PEOPLE + r"\b",
       ["reviewed", "read by", "accessed", "viewed", "seen by", "listened to", "examined", "inspected", "annotated", "labeled", "labelled", "rated by", "transcribed", "checked by", "moderated", "evaluated", "looked at"])],
     "People who work for the company (or its contractors) may read or listen to your content.",
     ["Our trained reviewers may read a sample of conversations to improve quality.",
      "Flagged messages may be reviewed by our trust and safety team.",
      "Contractors may listen to short voice clips to check transcription accuracy."],
     ["No employee ever reads your messages.",
      "Our team will review your request within 30 days.",
      "You should review these terms carefully."],
     unless=NOT_HR + [NEG_ACCESS + r"\s+(?:\w+\s+){0,4}?(?:access|read|review|view|see|listen|look)\w*\b(?![^.;]*\b(?:unless|except|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b)",
                      r"\breview\w*\s+(?:your\s+)?(?:request|application|appeal|complaint|claim|order|account\s+application)s?\b"])

CONTENT_NODATA = r"(?:content|conversations?|chats?|messages?|prompts?|inputs?|recordings?|audio|voice\s+(?:data|clips|recordings|commands)|transcripts?|transcriptions?|files?|images?|photos?|videos?|outputs?|communications|posts|e-?mails?|documents?|uploads?|submissions?|snippets|samples|clips|threads|notes)"
rule("human_review.we_review", "human_review", "medium", [" review", " read", " look at", " listen to", " examin", " inspect", " moderat", " screen"],
     [r"\b{{WE}}\s+(?:[\w,]+\s+){0,3}?(?<p>(?:review|read|look\s+at|listen\s+to|examine|inspect|moderate|screen)\w*)\s+(?:\w+[\s,]+){0,5}?" + CONTENT_NODATA + r"\b",
      (r"\b" + CONTENT_NODATA + r"\s+(?:\w+\s+){0,4}?(?:may|might|can|could|will|would)\s+(?:also\s+|sometimes\s+|occasionally\s+)?be\s+(?:manually\s+|randomly\s+|periodically\s+)?(?<p>(?:reviewed|read|listened\s+to|inspected|examined|moderated|screened))\b(?!\s+by\s+(?:automated|software|algorithms?|machines?|our\s+(?:systems?|automated|tools?|filters?)))", ["reviewed", "read", "listened to", "inspected", "examined", "moderated", "screened"])],
     "The company's people may read or review what you post, send or record.",
     ["We may review conversations to improve our safety systems.",
      "Your posts may be reviewed to check they follow our rules.",
      "We may access, review and remove content that breaks these terms."],
     ["We do not read your emails.",
      "We review these terms once a year.",
      "Your files may be scanned by automated tools for malware."],
     unless=NOT_HR + [NEG_ACCESS + r"\s+(?:\w+\s+){0,4}?(?:access|read|review|view|see|listen|look|examin|inspect|moderat|screen)\w*\b(?![^.;]*\b(?:unless|except|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b)",
                      r"\breview\w*\s+(?:your\s+)?(?:request|application|appeal|complaint|claim|order)s?\b", r"\bread\s+(?:receipts?|more|the\s+full)\b",
                      r"\b(?:unintended|unauthori[sz]ed|trademark|copyright|infringement)\b", r"\bhow\s+we\b"])

rule("human_review.manual_review", "human_review", "medium", ["manual", "human", "by hand", "by a person"],
     [r"\b(?<p>human[- ]in[- ]the[- ]loop|(?:manual(?:ly)?|human)\s+(?:\(human\)\s+)?(?:review\w*|read\w*|inspect\w*|examin\w*|check\w*|evaluat\w*|annotat\w*|label\w*|moderat\w*|methods?(?:\s+of\s+processing)?|processing|oversight|raters?|reviewers?|annotators?|labell?ers?|moderators?)|review\w*\s+(?:manually|by\s+hand|by\s+(?:a\s+)?(?:human|person|people))|(?:manually|by\s+hand)\s+(?:review|read|check|inspect|examin|label|annotat)\w*)\b"],
     "Some of your content is checked by people, not only by software.",
     ["We manually review short recordings to improve our voice services.",
      "Processing includes both automated and manual (human) methods.",
      "Flagged chats may undergo human review."],
     ["We do not use human reviewers for your files.",
      "You have the right to obtain human review of an automated decision."],
     unless=NOT_HR + [NEG_ACCESS + r"\s+(?:\w+\s+){0,4}?(?:human|manual|people)\b(?![^.;]*\b(?:unless|except|other\s+than|only\s+(?:if|when|with|where))\b)",
                      r"\bhuman\s+(?:rights?|resources?|error|trafficking|readable|beings?\s+are)\b"])

rule("human_review.flagged_review", "human_review", "medium", ["flag", "reported", "report"],
     [r"\b(?<p>(?:flagged|reported)\s+(?:\w+\s+){0,2}?" + CONTENT + r"\b[^.;]{0,80}?\b(?:review\w*|examin\w*|read|accessed|looked\s+at|assessed|evaluated|escalated))",
      r"\b(?<p>review\w*\s+(?:the\s+|any\s+)?" + CONTENT + r"\s+(?:that|which)\s+(?:\w+\s+){0,3}?(?:flag\w*|report\w*))"],
     "Content that is flagged or reported is looked at by people.",
     ["Reported posts are reviewed by our moderation staff.",
      "We regularly review the chats that our system flags."],
     ["You can flag a post by tapping the menu.",
      "Reported bugs are fixed in the next release."],
     unless=NOT_HR)

rule("human_review.denial_with_carve_out", "human_review", "low",
     ['not access', 'not read', 'not see', 'not view', 'not look', 'not listen', 'not have access', 'not be accessible', 'not accessible', "n't access", "n't read", "n't see", "n't view", "n't look", "n't listen", "n't have access", "n't be accessible", "n't accessible", 'never access', 'never read', 'never see', 'never view', 'never look', 'never listen', 'never have access', 'never be accessible', 'never accessible', 'cannot access', 'cannot read', 'cannot see', 'cannot view', 'cannot look', 'cannot listen', 'cannot have access', 'cannot be accessible', 'cannot accessible', 'no one', 'nobody', 'no human', 'no employee', 'no person', 'no staff'],
     [r"\b(?:we|us|our\s+(?:staff|employees|team|people|personnel|engineers)|staff|employees?|personnel|moderators|reviewers|engineers|(?:the|our)\s+company)\s+(?:\w+\s+){0,2}?(?<p>(?:(?:do|does|will|would|can|could|shall|may)\s*(?:not|n't)|cannot|never|don't|won't|can't)\s+(?:\w+\s+){0,2}?(?:access|read|see|view|look|listen)\w*)\b[^;]{0,120}?\b(?:unless|except\s+(?:when|where|if|for|in)|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b",
      r"\b(?<p>(?:no\s+(?:one|human|person|employee|staff\s+member)|nobody)\b[^;]{0,60}?\b(?:access|read|see|view|look|listen)\w*)\b[^;]{0,120}?\b(?:unless|except\s+(?:when|where|if|for|in)|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b",
      r"\b(?<p>not\s+(?:be\s+)?accessible\s+to)\b[^;]{0,120}?\b(?:unless|except\s+(?:when|where|if|for|in)|other\s+than|only\s+(?:if|when|with|where)|without\s+your)\b"],
     "Staff do not look at your content, except in the cases listed (for example when it is flagged or you ask).",
     ["Our staff cannot read your notes unless you share them with support.",
      "Your files are not accessible to employees except when you give consent for troubleshooting."],
     ["Our staff cannot read your notes.",
      "We do not sell your data unless required by law."],
     unless=NOT_HR)

# --------------------------------------------------------------------------
# marketing
# --------------------------------------------------------------------------
MKT_UNLESS = [
    r"\b(?:we|us|company|it|they)\s+(?:\w+\s+)?(?:\b(?:not|never)\b|n't)\s+(?:\w+\s+){0,3}?(?:send|use|share|show|sell|serve|display|market)\w*\b[^.;]{0,60}?\b(?:marketing|promotional|advertis\w*|ads|newsletters?|offers)\b(?![^.;]*\b(?:unless|without|except|until|if\s+you)\b)",
    r"\b(?:not|never)\s+(?:promotional|marketing)\s+in\s+nature\b",
    r"\bad-free\b|\bno\s+ads\b",
]
rule("marketing.newsletter", "marketing", "low", ["newsletter", "mailing list", "email list", "e-mail list", "marketing list", "subscribe", "sign me up", "sign up for", "sign-up for", "subscription"],
     [(r"\b(?<p>newsletters?|(?:mailing|e-?mail|marketing|subscriber)\s+lists?)\b", ["newsletter", "mailing list", "email list", "e-mail list", "marketing list", "subscriber list"]),
      (r"\b(?<p>(?:subscribe|sign\s+(?:me\s+)?up|sign-up|join)\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?:\w+\s+){0,3}?(?:e-?mails?|updates|news|alerts|offers|deals|tips|mailings?|communications|messages|texts|bulletins?))\b", ["subscribe", "sign me up", "sign up", "sign-up", "join"]),
      (r"^\W*(?<p>subscribe\s+to\s+(?:our\s+)?(?:e-?mails?|news|updates))", ["subscribe"]),
      (r"\b(?<p>(?:e-?mail|newsletter|mailing|marketing)\s+subscriptions?|remove\s+me\s+from\s+(?:\w+\s+){0,3}?subscriptions)\b", ["email subscription", "e-mail subscription", "newsletter subscription", "mailing subscription", "marketing subscription", "all the subscriptions", "all subscriptions", "from subscriptions", "the subscriptions"])],
     "You are signed up for (or asked to join) a newsletter or mailing list.",
     ["Sign me up for the weekly newsletter!",
      "Subscribe to our emails for new arrivals.",
      "We add your address to our mailing list when you register."],
     ["We do not send newsletters.",
      "Subscribe to a paid plan to unlock exports."],
     unless=MKT_UNLESS)

OFFERS = r"(?:offers?|deals?|discounts?|promotions?|promos?|coupons?|sales\s+events?)"
rule("marketing.offers_news", "marketing", "low",
     [a + " " + n for a in ['special', 'exclusive', 'personalized', 'personalised', 'promotional', 'partner', 'member', 'members', 'latest', 'great', 'best', 'seasonal', 'limited-time', 'limited time', 'tailored', 'targeted', 'relevant', 'marketing', 'third-party', 'third party'] for n in ['offer', 'deal', 'discount', 'promotion', 'promo', 'coupon', 'sales event']]
     + ["offers", "promotions", "deals", "discounts", " news", " updates"],
     [r"\b(?<p>(?:special|exclusive|personali[sz]ed|promotional|partner|member|members'?|latest|great|best|seasonal|limited[- ]time|tailored|targeted|relevant|marketing|third[- ]party)\s+" + OFFERS + r")\b",
      r"\b(?<p>(?:news|updates|tips|tricks|announcements|inspiration|ideas|events)\s*(?:,\s*\w+\s*)*(?:and|&|or|,)\s*(?:(?:special|exclusive|new|more)\s+)?(?:offers|promotions|deals|discounts|news|updates))\b",
      (r"\b(?<p>(?:send|e-?mail|text|get|receive|hear)\w*\s+(?:me|you|us)?\s*(?:\w+\s+){0,3}?(?:news|updates|tips|offers|deals|promotions|announcements|product\s+information|information\s+about\s+(?:our\s+|new\s+)?(?:products|services|offers|events)))\b", ["news", "updates", "tips", "offers", "deals", "promotions", "announcement", "product information", "information about our products", "information about new products", "information about products", "information about our services", "information about offers", "information about our offers", "information about events", "information about our events", "information about special"]),
      (r"\b(?<p>(?:be\s+the\s+first\s+to\s+(?:know|hear)|don'?t\s+miss|do\s+not\s+miss|keep\s+(?:current|up)\s+with|stay\s+(?:in\s+the\s+loop|up\s+to\s+date|informed|in\s+touch)|keep\s+(?:me|you)\s+(?:posted|updated|informed|up\s+to\s+date))\b)", ["first to know", "first to hear", "don't miss", "dont miss", "do not miss", "keep current", "keep up with", "stay in the loop", "stay up to date", "stay informed", "stay in touch", "keep me", "keep you"]),
      (r"\b(?<p>(?:sharing|share|send\w*)\s+(?:\w+\s+)?(?:updates|news)\s+(?:about|on|from))\b", ["updates", "news"]),
      (r"^\W*(?<p>get\s+(?:\w+\s+){0,2}?(?:news|tips|updates))", ["news", "tips", "updates"]),
      (r"\b(?<p>(?:receive|get|send\s+(?:me|you)|e-?mail\s+(?:me|you)|text\s+(?:me|you))\s+(?:\w+\s+){0,2}?(?:e-?mails?|messages|texts|communications|updates|mail)\s+(?:about|on|regarding|featuring)\s+(?:\w+\s+){0,3}?(?:products|promotions|offers|deals|events|sales|discounts|news|collections|arrivals))\b", ["emails about", "e-mails about", "email about", "messages about", "texts about", "communications about", "updates about", "mail about", "emails regarding", "emails featuring", "emails on", "messages regarding"]),
      (r"\b(?<p>contact\s+(?:me|you|us)\s+(?:with|about|regarding|for)\s+(?:\w+\s+){0,2}?(?:offers|promotions|deals|discounts|news|products|marketing))\b", ["contact me with", "contact you with", "contact us with", "contact me about", "contact you about", "contact me regarding", "contact you regarding", "contact me for", "contact you for"]),
      (r"\b(?<p>receiv\w*\s+(?:\w+\s+)?marketing)\b", ["marketing"])],
     "You agree to receive news, offers or promotions from the company (or its partners).",
     ["Send me news and special offers by email.",
      "Be the first to know about new collections.",
      "Get product tips, tricks and news."],
     ["Send e-mail when someone follows you.",
      "Install security updates automatically.",
      "Read the latest news on our blog."],
     unless=MKT_UNLESS + [r"\b(?:security|software|system|app|firmware|driver)\s+updates\b", r"\bwhen\s+(?:someone|somebody|a\s+user|anyone)\b",
                          r"\b(?:news\s+(?:feed|article|stories|story|site|outlet)s?|read\s+(?:the\s+)?(?:latest\s+)?news)\b"])

rule("marketing.partners", "marketing", "medium", ["offers", "promotion", "deals", "discount", "newsletter", "marketing", "promotional", "advertis", " ads", " news"],
     [r"(?s)^(?=.*?\b(?:offers?|promotions?|deals|discounts|news|newsletters?|marketing|promotional|advertis\w*|ads)\b).*?\b(?<p>(?:from|with|by|to|of)\s+(?:\w+\s+){0,4}?(?:partners|third\s+parties|third-party\s+(?:companies|partners|brands)|sponsors|affiliates|other\s+companies|advertisers|selected\s+companies|brands\s+we\s+work\s+with))\b"],
     "Promotions from the company's partners: your details go to, or are used for, other companies' marketing.",
     ["Send me news and special offers from our partners.",
      "We may share your e-mail with sponsors so they can send you promotions.",
      "Yes, I'd like offers from carefully selected third parties."],
     ["Send me news and special offers.",
      "We share data with our partners to deliver the service."],
     unless=MKT_UNLESS)

rule("marketing.marketing_use", "marketing", "low",
     ["marketing", "promotional", "advertis", " ads", " ad ", "market to", "market our", "market products", "market their", "market its",
      "relevant", "personali", "tailored", "customiz", "customis", "individualiz", "individualis"],
     [(r"\b(?<p>(?:marketing|promotional|advertising)\s+(?:e-?mails?|messages?|communications?|materials?|mailings?|calls?|texts?|SMS|notifications?|purposes|content|offers|campaigns?|information|efforts|activities)|direct\s+marketing|(?:for|to)\s+market(?:ing)?\s+(?:to\s+you|(?:our|their|its)\s+(?:products|services))|market\s+(?:products\s+|services\s+)?to\s+you)\b", ["marketing", "promotional", "advertising", "market to", "market our", "market products", "market their", "market its"]),
      (r"\b(?<p>(?:personali[sz]ed|interest[- ]based|targeted|tailored|relevant|behaviou?ral|customi[sz]ed|individuali[sz]ed|custom)\s+(?:\w+\s+)?(?:ads|advertis\w+|marketing|promotions))\b", [" ads", "advertis", "marketing", "promotion"]),
      (r"\b(?<p>(?:serve|show|display|deliver|offer|send|present)\w*\s+(?:you\s+)?(?:\w+\s+){0,2}?(?:ads|advertisements)\s+(?:\w+\s+){0,2}?(?:relevant|tailored|based|that\s+(?:may|might)\s+interest|of\s+interest|you\s+(?:may|might)\s+like)|(?:ads|advertisements)\s+(?:that\s+are\s+)?(?:relevant|tailored)\s+to\s+you|(?:offer|serve|show)\w*\s+(?:\w+\s+)?display\s+(?:ads|advertisements))\b", [" ads", "advertisement"]),
      (r"\b(?<p>tailor\w*\s+(?:their\s+|our\s+|its\s+|the\s+)?(?:offers|ads|advertis\w*|promotions|marketing))\b", ["tailor"]),
      (r"\b(?<p>personali[sz]e\s+(?:\w+\s+){0,3}?(?:ads|advertis\w*|marketing|offers))\b", ["personalise", "personalize"]),
      (r"\b(?<p>(?:relevant|personali[sz]ed|tailored)\s+(?:content|information|recommendations)\s+about\s+(?:\w+\s+)?(?:products|services|offers))\b", ["relevant content about", "relevant information about", "relevant recommendations about", "personalized content about", "personalised content about", "personalized information about", "personalised information about", "tailored content about", "tailored information about", "tailored recommendations about", "personalized recommendations about", "personalised recommendations about"])],
     "Your data is used to market to you: promotional messages or personalised ads.",
     ["We use your purchase history to show you personalised ads.",
      "We may send you marketing emails about our products.",
      "You agree to the use of cookies for functional, analytics and advertising purposes."],
     ["We do not use your data for marketing purposes.",
      "We sell advertising space to local businesses."],
     unless=MKT_UNLESS + [r"\bwe\s+(?:do\s+not|don't|never)\s+(?:\w+\s+){0,3}?(?:ads|advertis)"])


pack = {
    "pack": "ai-and-choice",
    "version": "1.0.0",
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
