#!/usr/bin/env python3
"""Write tests/pages/policy.html: a long (>= 100 KB) privacy policy of the
imaginary Quillfeather Labs, in our own words. The core sections are written
out below; the regional and product notes that make it long are composed from
our own phrasings so that the page reads like the long policies people meet.
"""
import html, os, random

random.seed(7)
CORE = [
    ("Privacy Policy", [
        "Last updated: 2 November 2026.",
        "This policy explains what Quillfeather Labs collects when you use Parley, our chat assistant, and what we do with it.",
    ]),
    ("What we collect", [
        "We collect the messages you send to Parley, the files you upload, and the answers Parley gives you.",
        "We also collect basic account details such as your name, e-mail address and billing country.",
        "Our servers record technical details about your device, like its operating system and the language it is set to.",
    ]),
    ("How we use your conversations", [
        "We may use your conversations and the files you share with Parley to train and improve our AI models, unless you opt out.",
        "You can opt out at any time under Settings > Data & privacy > Help improve Parley for everyone.",
        "Even if you opt out, conversations that you give feedback on may still be used to improve our models.",
        "Opting out applies only to new conversations and does not remove data already used in training.",
        "Authorised reviewers on our trust and safety team may read conversations flagged by our automated systems.",
    ]),
    ("Sharing", [
        "We share personal information with service providers who host our systems and process payments for us.",
        "We may disclose information to law enforcement when the law requires it.",
        "We do not sell your personal information.",
    ]),
    ("How long we keep data", [
        "We keep your conversations for as long as your account is open, and delete them within 30 days after you close it.",
        "Server logs are kept for 18 months.",
        "Billing records are kept for seven years to meet our legal obligations.",
    ]),
    ("Your choices", [
        "You can unsubscribe from marketing e-mails with the link at the bottom of every message.",
        "You can delete your account from the account page; deleting it removes your profile and chat history.",
        "To exercise your other rights, write to privacy@quillfeather.example.",
    ]),
    ("Changes to this policy", [
        "We may change this policy from time to time, and if you keep using Parley after a change takes effect, you accept the new policy.",
    ]),
    ("Disputes", [
        "Any dispute arising from this policy or from your use of Parley will be resolved by binding individual arbitration, and you waive the right to a jury trial.",
        "You may opt out of arbitration by writing to us within 30 days of first accepting these terms.",
    ]),
]

REGIONS = ["Alberta", "Arizona", "Bavaria", "British Columbia", "California", "Catalonia", "Colorado", "Connecticut",
           "Delaware", "Flanders", "Florida", "Georgia", "Hokkaido", "Iowa", "Ireland", "Lombardy", "Manitoba",
           "Maryland", "Minnesota", "Montana", "Nebraska", "New Hampshire", "New Jersey", "Normandy", "Ontario",
           "Oregon", "Quebec", "Queensland", "Saxony", "Scotland", "Tasmania", "Tennessee", "Texas", "Utah",
           "Vermont", "Virginia", "Wales", "Washington", "Wellington", "Yukon"]
FEATURES = ["voice notes", "image uploads", "shared workspaces", "calendar sync", "browser extension", "mobile widget",
            "team billing", "translation mode", "code runner", "document search", "meeting summaries", "email drafts",
            "spreadsheet helper", "study cards", "travel planner", "recipe mode", "fitness coach", "reading list",
            "photo captions", "slide builder", "podcast notes", "research mode", "journal prompts", "kids mode",
            "accessibility reader", "keyboard shortcuts", "offline mode", "family plan", "student plan", "API access"]

PLAIN = [
    "This part of the policy describes how the {f} feature works for people who use it in {r}.",
    "When you use {f}, Parley shows a short notice the first time so you know what the feature does.",
    "The {f} feature is available on the web and in our apps, and it works the same way in {r} as elsewhere.",
    "Questions about {f} can be sent to our support team through the help centre.",
    "Residents of {r} have the rights described in this section in addition to those described above.",
    "We review this section every year and whenever the rules in {r} change.",
    "Some parts of {f} rely on features of your device, such as its microphone or camera, which you control in your device settings.",
    "If a word in this section is not defined here, it has the meaning given earlier in this policy.",
    "People in {r} can ask us for a copy of the information we hold about them, free of charge, once a year.",
    "The {f} feature was designed with input from users in {r}, and we thank them for it.",
]
PRACTICE = [
    "Content you create with {f} is stored in the region closest to you, and in {r} that usually means a data centre nearby.",
    "Drafts made with {f} are kept for 60 days unless you save them.",
    "You can turn off {f} at any time under Settings > Features.",
    "We do not share the content of your {f} with advertisers.",
    "Attachments used with {f} are deleted from our servers within 14 days.",
]


def para(s):
    return "<p>" + html.escape(s) + "</p>\n"


def main():
    out = ['<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
           '<title>Privacy Policy – Quillfeather Labs</title>\n<link rel="stylesheet" href="style.css">\n</head>\n<body>\n']
    for i, (head, paras) in enumerate(CORE):
        out.append(f"<h{1 if i == 0 else 2}>{html.escape(head)}</h{1 if i == 0 else 2}>\n")
        out.extend(para(p) for p in paras)
    out.append("<h2>Regional and product notes</h2>\n")
    k = 0
    for r in REGIONS:
        out.append(f"<h3>{html.escape(r)}</h3>\n")
        feats = random.sample(FEATURES, 5)
        for f in feats:
            out.append("<ul>\n")
            for s in random.sample(PLAIN, 5):
                out.append("<li>" + html.escape(s.format(f=f, r=r)) + "</li>\n")
            out.append("</ul>\n")
            if k % 9 == 0:
                out.append(para(PRACTICE[(k // 9) % len(PRACTICE)].format(f=f, r=r)))
            k += 1
    out.append("</body>\n</html>\n")
    text = "".join(out)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "policy.html"), "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"policy.html: {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
