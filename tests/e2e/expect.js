/*
 * tests/e2e/expect.js - what a person must see on each demo page
 * (tests/pages), the same in every browser. Sentences are whole sentences
 * as the page shows them; a mark must cover exactly that sentence. Labels
 * are the taxonomy's (../shared/taxonomy.md); where the taxonomy lets a
 * sentence carry either of two labels, both are accepted (`any`). Rule ids
 * are never asserted: the rules change, the meaning of these sentences
 * does not.
 */
'use strict';

const PAGES = {
    settings: {
        path: '/settings.html',
        kind: 'settings',
        marks: [
            {text: 'When this is on, we may use your conversations, including the files you upload, to train and improve our AI models.', label: 'ai_training'},
            {text: 'Even if you turn this setting off, chats that you rate with a thumbs up or thumbs down, and chats flagged by our safety systems, may still be used to train our models.', label: 'opt_out_exception'},
            {text: 'Turning it off applies going forward only: conversations already used for training are not removed from existing models.', label: 'opt_out_exception'},
            {text: 'Allow us to share information about how you use Parley with our advertising partners.', any: ['sharing', 'sale']},
            {text: 'Send me tips, product news and special offers by e-mail.', label: 'marketing'},
            {text: 'We now keep your chat history for up to three years, instead of 90 days.', label: 'retention'},
            {text: 'Deleted chats are removed from our systems within 30 days.', any: ['deletion', 'retention']},
            {text: 'Conversations flagged for a possible policy violation may be reviewed by our trust and safety team.', label: 'human_review'},
        ],
        unmarked: ['Parley is the chat assistant made by Quillfeather Labs.'],
        warnings: [
            {after: 'improve', match: /^On: what you write or upload is used to train AI models/, what: 'the training switch (on)'},
            {after: 'improve', match: /^Even if you turn this off, the page says: “Even if you turn this setting off/, what: 'what survives turning it off'},
            {after: 'partners', match: /^On: .*(shared with other companies|may be sold)/, what: 'the partners switch (on)'},
        ],
        noWarnings: [{after: 'offers', match: /^On:/, what: 'the offers switch is off'},
            {after: 'offers', match: /the page says/, what: 'the offers switch (the carve-out is about training)'},
            {after: 'partners', match: /the page says/, what: 'the partners switch (the carve-out is about training)'}],
        card: {text: 'We now keep your chat history for up to three years, instead of 90 days.', label: 'retention',
            lines: [/^How long data is kept/, /^Kept for up to (three|3) years$/]},
    },
    signup: {
        path: '/signup.html',
        kind: 'signup',
        marks: [
            {text: 'Yes, send me news, tips and special offers from Quillfeather and its partners.', label: 'marketing'},
            {text: 'Share my profile details with trusted partners so they can tailor their offers to me.', label: 'sharing'},
            {text: 'Let Parley use my conversations to train and improve its models.', label: 'ai_training'},
            {text: 'I agree to the Terms of Service, to the Privacy Policy, and to receiving marketing e-mails from our partners.', label: 'marketing'},
            {text: 'By clicking Create account, you agree to our Terms of Service and acknowledge that you have read our Privacy Policy.', label: 'consent_by_use'},
        ],
        unmarked: ['Remember me on this device'],
        warnings: [
            {after: 'Yes, send me news', match: /^Ticked for you: this box means .*marketing/, what: 'the pre-ticked news box'},
            {after: 'Share my profile details', match: /^Ticked for you: this box means .*shared with other companies/, what: 'the pre-ticked partners box'},
            {after: 'Let Parley use my conversations', match: /^Ticked for you: this box means .*train AI models/, what: 'the pre-ticked training box'},
            {after: 'Create account', match: /^Clicking “Create account” counts as agreeing/, what: 'the Create account button'},
            {after: 'I agree to the Terms', match: /^One box, several agreements: the terms and marketing$/, what: 'the box bundling the terms with marketing'},
        ],
        noWarnings: [{after: 'Remember me', match: /./, what: 'the remember-me box'},
            {after: 'I agree to the Terms', match: /^Ticked for you/, what: 'the unticked bundle box'}],
        card: {text: 'By clicking Create account, you agree to our Terms of Service and acknowledge that you have read our Privacy Policy.',
            label: 'consent_by_use', lines: [/^Agreeing by using/]},
    },
    policy: {
        path: '/policy.html',
        kind: 'policy',
        marks: [
            {text: 'We may use your conversations and the files you share with Parley to train and improve our AI models, unless you opt out.', label: 'ai_training'},
            {text: 'You can opt out at any time under Settings > Data & privacy > Help improve Parley for everyone.', label: 'opt_out'},
            {text: 'Even if you opt out, conversations that you give feedback on may still be used to improve our models.', label: 'opt_out_exception'},
            {text: 'Opting out applies only to new conversations and does not remove data already used in training.', label: 'opt_out_exception'},
            {text: 'Authorised reviewers on our trust and safety team may read conversations flagged by our automated systems.', label: 'human_review'},
            {text: 'We share personal information with service providers who host our systems and process payments for us.', label: 'sharing'},
            {text: 'We do not sell your personal information.', label: 'no_sale'},
            {text: 'Server logs are kept for 18 months.', label: 'retention'},
            {text: 'Billing records are kept for seven years to meet our legal obligations.', label: 'retention'},
            {text: 'You can delete your account from the account page; deleting it removes your profile and chat history.', label: 'deletion'},
            {text: 'We may change this policy from time to time, and if you keep using Parley after a change takes effect, you accept the new policy.', label: 'unilateral_change'},
            {text: 'Any dispute arising from this policy or from your use of Parley will be resolved by binding individual arbitration, and you waive the right to a jury trial.', label: 'arbitration'},
            {text: 'You may opt out of arbitration by writing to us within 30 days of first accepting these terms.', any: ['arbitration', 'opt_out']},
        ],
        unmarked: ['We also collect basic account details such as your name, e-mail address and billing country.',
            'Questions about research mode can be sent to our support team through the help centre.'],
        /* "for as long as your account is open" is, in the taxonomy's words,
           kept until the person deletes it with no period given (-1), or the
           seven years of billing records are the longest period: either */
        summary: {ai_training: 'default', opt_out: true, opt_out_exception: true, max_retention_days: [2555, -1],
            sale: 'no', sharing: 'yes', arbitration: true},
        popup: [
            ['Is what I write or upload used to train AI?', 'Yes, unless you opt out'],
            ['Does anything go on after I opt out?', 'Yes, some use continues despite an opt-out'],
            ['How long is my data kept, at the longest?', /^(Up to 7 years|Some data is kept indefinitely, or until you delete it)$/],
            ['Is my data sold?', 'No, the page says it is not sold'],
            ['Must disputes go to private arbitration?', /^Yes/],
        ],
        card: {text: 'You can opt out at any time under Settings > Data & privacy > Help improve Parley for everyone.',
            label: 'opt_out', lines: [/^A way to opt out/, /^Opt out: Settings › Data & privacy › Help improve Parley/,
                /^Related: Exception to an opt-out — show it$/]},
    },
    dynamic: {
        path: '/dynamic.html',
        kind: 'terms',
        marks: [
            {text: 'Any dispute between you and Quillfeather Labs will be resolved by binding arbitration, and you waive your right to take part in a class action.', label: 'arbitration'},
            {text: 'We may share your conversations with the cloud providers that host our models.', label: 'sharing'},
        ],
        unmarked: ['You must be at least 16 years old to use Parley.'],
    },
    neutral: {path: '/neutral.html', kind: 'other', marks: [], nothing: true},
    german: {path: '/german.html', kind: 'other', marks: [], nothing: true, language: 'unknown'},
    markup: {
        path: '/markup-text.html',
        kind: 'other',
        marks: [
            {text: 'By clicking <b>Sign up</b>, you agree to the Terms <img src=x onerror=alert(2)> and to binding arbitration.', label: 'consent_by_use'},
            {text: 'By clicking <b>Sign up</b>, you agree to the Terms <img src=x onerror=alert(2)> and to binding arbitration.', label: 'arbitration'},
            {text: 'We keep your data for 5 years.', label: 'retention'},
        ],
    },
};

module.exports = {PAGES};
