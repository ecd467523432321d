/*
 * tests/e2e/bigpage.js - a policy page of about `bytes` bytes, written on
 * the fly for the large-page test. Its first part is dense with sentences
 * smallprint marks, so that a batch's result is larger than the 1 MB a
 * browser takes in one native message and the host must split it; the rest
 * is long ordinary text with a marked sentence now and then. Deterministic.
 */
'use strict';

const MARKED = [
    'Server logs for workspace {n} are kept for {d} days.',
    'We may use the drafts in workspace {n} to train and improve our AI models.',
    'Backups of project {n} are deleted within {d} days.',
    'We share usage records of team {n} with our payment processor.',
];
const PLAIN = [
    'Workspace {n} was opened by the support team for a scheduled review of its layout.',
    'The help centre has a short guide on naming the folders in project {n}.',
    'Team {n} chose a blue theme and a larger font for its shared boards.',
    'Meeting notes for room {n} are listed by date, newest first.',
    'The calendar of team {n} shows public holidays for the country it is set to.',
];

function fill(s, n) {
    return s.replace('{n}', String(n)).replace('{d}', String(7 + (n % 80)));
}

/* {type, body} for tests/e2e/browsers.js serve(). */
function bigPolicy(bytes) {
    const out = ['<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<title>Privacy Policy (long) – Quillfeather Labs</title>\n</head>\n<body>\n<h1>Privacy Policy</h1>\n'];
    let size = out.join('').length;
    let n = 0;
    const dense = Math.floor(bytes * 0.12);
    while (size < bytes - 30) {
        let p;
        if (size < dense)
            p = fill(MARKED[n % MARKED.length], n) + ' ' + fill(MARKED[(n + 1) % MARKED.length], n);
        else if (n % 20 === 0)
            p = fill(PLAIN[n % PLAIN.length], n) + ' ' + fill(MARKED[n % MARKED.length], n);
        else
            p = fill(PLAIN[n % PLAIN.length], n) + ' ' + fill(PLAIN[(n + 2) % PLAIN.length], n);
        if (n % 50 === 0) {
            const h = '<h2>Section ' + (n / 50 + 1) + '</h2>\n';
            out.push(h);
            size += h.length;
        }
        const line = '<p>' + p + '</p>\n';
        out.push(line);
        size += line.length;
        n++;
    }
    out.push('</body>\n</html>\n');
    return {type: 'text/html; charset=utf-8', body: out.join('')};
}

module.exports = {bigPolicy};
