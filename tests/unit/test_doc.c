/*
 * test_doc.c - HTML and Markdown to text, and the map back to the original
 * file's line and column (columns count characters). Every sentence here is
 * written for this test. The last test reads ../shared/documents (SHARED in
 * the environment) when it is there and skips, saying so, when it is not.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "doc.h"
#include "segment.h"
#include "text.h"

#include <ctype.h>

static doc *conv(const char *s, size_t n, enum doc_format f)
{
    char err[ERR_LEN];
    doc *d = doc_from_bytes(s, n, f, err);
    assert_non_null(d);
    return d;
}

static int contains(const char *hay, size_t n, const char *needle)
{
    size_t nl = strlen(needle);
    for (size_t i = 0; i + nl <= n; i++)
        if (memcmp(hay + i, needle, nl) == 0)
            return 1;
    return 0;
}

static size_t find_in(const char *hay, size_t n, const char *needle)
{
    size_t nl = strlen(needle);
    for (size_t i = 0; i + nl <= n; i++)
        if (memcmp(hay + i, needle, nl) == 0)
            return i;
    fail_msg("\"%s\" not in the text", needle);
    return 0;
}

/* The sentences of the text t[0..tl). */
static seg_list segments_of(const char *t, size_t tl)
{
    seg_list l = {0};
    char err[ERR_LEN];
    assert_int_equal(segment_text(t, tl, &l, err), 0);
    return l;
}

/* The sentences of a converted document, compared with the expected ones. */
static void expect_sentences(const char *src, enum doc_format f, const char *const *want)
{
    doc *d = conv(src, strlen(src), f);
    size_t tl;
    const char *t = doc_text(d, &tl);
    seg_list l = segments_of(t, tl);
    size_t n = 0;
    while (want[n])
        n++;
    int bad = l.n != n;
    for (size_t i = 0; !bad && i < n; i++)
        bad = l.v[i].end - l.v[i].start != strlen(want[i]) || memcmp(t + l.v[i].start, want[i], strlen(want[i])) != 0;
    if (bad) {
        fprintf(stderr, "  text: \"%s\"\n", t);
        for (size_t i = 0; i < l.n; i++)
            fprintf(stderr, "  got [%zu] \"%.*s\"\n", i, (int)(l.v[i].end - l.v[i].start), t + l.v[i].start);
    }
    assert_false(bad);
    seg_list_free(&l);
    doc_free(d);
}

#define EXPECT(src, fmt, ...) expect_sentences((src), (fmt), (const char *const[]){__VA_ARGS__, NULL})

/* Where does the text at `needle` come from, as line:column of the source? */
static void expect_line_col(const char *src, enum doc_format f, const char *needle, size_t line, size_t col)
{
    doc *d = conv(src, strlen(src), f);
    size_t tl, l, c;
    const char *t = doc_text(d, &tl);
    size_t at = find_in(t, tl, needle);
    doc_line_col(d, doc_source_offset(d, at), &l, &c);
    if (l != line || c != col)
        fprintf(stderr, "  \"%s\" at %zu:%zu, want %zu:%zu\n", needle, l, c, line, col);
    assert_int_equal(l, line);
    assert_int_equal(c, col);
    doc_free(d);
}

/* Every ASCII letter or digit of the text that was copied from the source
 * must map back to the same byte: the offset map stays right everywhere. */
static void check_map(const char *src, size_t n, const doc *d)
{
    size_t tl;
    const char *t = doc_text(d, &tl);
    assert_int_equal(t[tl], '\0');
    size_t prev = 0;
    for (size_t i = 0; i < tl; i++) {
        size_t so = doc_source_offset(d, i);
        assert_true(so <= n);
        assert_true(so >= prev); /* the map never goes backwards */
        prev = so;
        unsigned char c = (unsigned char)t[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            if ((unsigned char)src[so] != c) {
                /* an entity or escape decodes to this letter: it must start there */
                assert_true(src[so] == '&' || src[so] == '\\');
            }
        }
    }
}

/* ------------------------------------------------------------------ HTML */

static void test_html_tags_and_blocks(void **state)
{
    (void)state;
    EXPECT("<html><body><h1>Your data</h1><p>We keep <b>logs</b> for <a href=\"/x\">30 days</a>.</p>"
           "<div>You can ask us to delete them.</div></body></html>",
           DOC_HTML, "Your data", "We keep logs for 30 days.", "You can ask us to delete them.");
}

static void test_html_whitespace_collapses(void **state)
{
    (void)state;
    /* a newline in HTML source is a space, not the end of a line */
    EXPECT("<p>We may update\nthis notice\tfrom\r\ntime to time.</p>", DOC_HTML,
           "We may update this notice from  time to time.");
    EXPECT("<pre>Line one\nLine two</pre>", DOC_HTML, "Line one", "Line two");
}

static void test_html_items_and_cells(void **state)
{
    (void)state;
    EXPECT("<p>We use your data:</p><ul><li>to send you receipts</li><li>to improve the app for everyone "
           "who uses it every single day</li><li>to answer questions</li></ul>",
           DOC_HTML, "We use your data:", "to send you receipts",
           "to improve the app for everyone who uses it every single day", "to answer questions");
    EXPECT("<table><tr><th>Cookie</th><th>Purpose</th></tr><tr><td>session</td><td>keeps you signed in</td></tr></table>",
           DOC_HTML, "Cookie", "Purpose", "session", "keeps you signed in");
    EXPECT("<label><input type=checkbox> Send me offers by email</label><button>Sign up</button>", DOC_HTML,
           "Send me offers by email", "Sign up");
    EXPECT("Acme Ltd<br>1 Example Road<br><br>We reply within a week.", DOC_HTML, "Acme Ltd", "1 Example Road",
           "We reply within a week.");
}

static void test_html_entities(void **state)
{
    (void)state;
    const char *s = "<p>Fish &amp; chips &lt;b&gt; it&#39;s it&#x2019;s &ldquo;q&rdquo; a&nbsp;b "
                    "&#146;x &copy; &unknown; &amp AT&T &#0; &#xFFFFFFF;</p>";
    doc *d = conv(s, strlen(s), DOC_HTML);
    size_t tl;
    const char *t = doc_text(d, &tl);
    assert_true(contains(t, tl, "Fish & chips <b> it's it\xE2\x80\x99s \xE2\x80\x9Cq\xE2\x80\x9D a\xC2\xA0" "b"));
    assert_true(contains(t, tl, "\xE2\x80\x99x \xC2\xA9 &unknown; &amp AT&T \xEF\xBF\xBD \xEF\xBF\xBD"));
    check_map(s, strlen(s), d);
    doc_free(d);
}

static void test_html_dropped_content(void **state)
{
    (void)state;
    EXPECT("<head><title>Policy</title><style>p{color:red}</style></head><body>"
           "<script>var x = \"<p>not text</p>\";</script><noscript>Enable scripts.</noscript>"
           "<!-- a comment with <p>tags</p> --><p>Kept text.</p><svg><text>no</text></svg></body>",
           DOC_HTML, "Kept text.");
    /* self-closing skip tags do not swallow the rest */
    EXPECT("<p>Before.</p><svg viewBox=\"0 0 1 1\"/><script src=\"a.js\"/><p>After.</p>", DOC_HTML, "Before.", "After.");
    /* a head left open ends where the body starts */
    EXPECT("<html><head><title>T</title><body><p>Body text.</p>", DOC_HTML, "Body text.");
    /* attributes with '>' inside quotes */
    EXPECT("<p title=\"a > b\" data-x='c > d'>Attribute text.</p>", DOC_HTML, "Attribute text.");
    /* a stray '<' is text */
    EXPECT("<p>Ages 13 < 18 need consent.</p>", DOC_HTML, "Ages 13 < 18 need consent.");
}

static void test_html_unterminated(void **state)
{
    (void)state;
    /* every construct cut off at the end of the input */
    static const char *const cuts[] = {"<p>Text <!-- never closed", "<p>Text <script>var a = 1;", "<p>Text <a href=\"x",
                                       "<p>Text &am", "<p>Text &#x", "<p>Text <", "<p>Text <!DOCTYPE", "<p>Text </"};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        doc *d = conv(cuts[i], strlen(cuts[i]), DOC_HTML);
        size_t tl;
        const char *t = doc_text(d, &tl);
        assert_true(contains(t, tl, "Text"));
        check_map(cuts[i], strlen(cuts[i]), d);
        doc_free(d);
    }
}

static void test_html_line_col(void **state)
{
    (void)state;
    const char *s = "<html>\n<body>\n  <p>First <b>one</b>.</p>\n  <p>Second &amp; last.</p>\n</body>\n</html>\n";
    expect_line_col(s, DOC_HTML, "First", 3, 6);
    expect_line_col(s, DOC_HTML, "one", 3, 15);
    expect_line_col(s, DOC_HTML, "Second", 4, 6);
    expect_line_col(s, DOC_HTML, "& last", 4, 13);
    expect_line_col(s, DOC_HTML, "last", 4, 19);
    doc *d = conv(s, strlen(s), DOC_HTML);
    check_map(s, strlen(s), d);
    doc_free(d);
}

/* -------------------------------------------------------------- Markdown */

static void test_md_headings_emphasis_links(void **state)
{
    (void)state;
    EXPECT("# Your choices\n\nYou can **turn off** _personalised_ ads in [Settings](https://example.com/s).\n"
           "See ![the icon](icon.png) and `Privacy`.\n",
           DOC_MARKDOWN, "Your choices", "You can turn off personalised ads in Settings.", "See the icon and Privacy.");
    EXPECT("Changes to these terms\n======================\n\nWe may revise them.\n", DOC_MARKDOWN,
           "Changes to these terms", "We may revise them.");
    EXPECT("## 3. Sharing ##\nWe share data with [our partners][p].\n\n[p]: https://example.com/partners\n",
           DOC_MARKDOWN, "3. Sharing", "We share data with our partners.");
    EXPECT("A snake_case_name and 2*3 stay; a \\*literal\\* star too.\n", DOC_MARKDOWN,
           "A snake_case_name and 23 stay; a *literal* star too.");
    EXPECT("Write to <privacy@example.com> or see <https://example.com/help>.\n", DOC_MARKDOWN,
           "Write to privacy@example.com or see https://example.com/help.");
    EXPECT("#hashtag is not a heading.\n", DOC_MARKDOWN, "#hashtag is not a heading.");
}

static void test_md_soft_and_hard_breaks(void **state)
{
    (void)state;
    /* a paragraph's short lines run on */
    EXPECT("We may update\nthis notice\nfrom time to time.\n", DOC_MARKDOWN, "We may update this notice from time to time.");
    /* a hard break separates */
    EXPECT("Acme Ltd  \n1 Example Road  \nSpringfield\n", DOC_MARKDOWN, "Acme Ltd", "1 Example Road", "Springfield");
    EXPECT("Windows line ends\r\nrun on too.\r\n\r\nNew paragraph.\r\n", DOC_MARKDOWN, "Windows line ends run on too.",
           "New paragraph.");
}

static void test_md_lists(void **state)
{
    (void)state;
    EXPECT("We use your data to:\n\n*   send you receipts\n*   improve the app for everyone who uses it\n"
           "    every single day\n-   answer questions\n\n1.  be at least 18\n2.  live in a country we serve\n",
           DOC_MARKDOWN, "We use your data to:", "send you receipts",
           "improve the app for everyone who uses it every single day", "answer questions", "1.  be at least 18",
           "2.  live in a country we serve");
    EXPECT("> Quoted notice: we changed the terms.\n> - first change\n", DOC_MARKDOWN,
           "Quoted notice: we changed the terms.", "first change");
}

static void test_md_tables(void **state)
{
    (void)state;
    EXPECT("| Data | How long |\n|---|:---:|\n| Logs | 30 days |\n| Invoices<br><br>and receipts | 7 years |\n\nAfter.\n",
           DOC_MARKDOWN, "Data", "How long", "Logs", "30 days", "Invoices", "and receipts", "7 years", "After.");
    /* a table without outer pipes */
    EXPECT("Data | Kept\n--- | ---\nchats | until you delete them\n", DOC_MARKDOWN, "Data", "Kept", "chats",
           "until you delete them");
    /* bullets after a <br> inside a cell */
    EXPECT("| Purposes | to bill you<br>* to prevent fraud<br>* to keep records |\n", DOC_MARKDOWN, "Purposes",
           "to bill you", "to prevent fraud", "to keep records");
}

static void test_md_code(void **state)
{
    (void)state;
    EXPECT("Text before.\n\n```\nkeep *this* as is\n```\nText after.\n", DOC_MARKDOWN, "Text before.",
           "keep *this* as is", "Text after.");
    EXPECT("---\n\n***\n\nOnly text.\n", DOC_MARKDOWN, "Only text.");
}

static void test_md_line_col(void **state)
{
    (void)state;
    const char *s = "# Title\n\nFirst *para* here.\n\n- item \xC3\xBC" "ber one\n- item two\n\n| a | b \xE2\x80\x94 c |\n";
    expect_line_col(s, DOC_MARKDOWN, "Title", 1, 3);
    expect_line_col(s, DOC_MARKDOWN, "para", 3, 8);
    expect_line_col(s, DOC_MARKDOWN, "here", 3, 14);
    expect_line_col(s, DOC_MARKDOWN, "one", 5, 13); /* "ü" is one column */
    expect_line_col(s, DOC_MARKDOWN, "item two", 6, 3);
    expect_line_col(s, DOC_MARKDOWN, "c", 8, 11);   /* the dash is one column */
    doc *d = conv(s, strlen(s), DOC_MARKDOWN);
    check_map(s, strlen(s), d);
    doc_free(d);
}

/* ---------------------------------------------------------- text, bytes */

/* The heading ranges: each names the text of one heading, nothing else. */
static void expect_headings(const char *src, enum doc_format f, const char *const *want, size_t nwant)
{
    doc *d = conv(src, strlen(src), f);
    size_t tl;
    const char *t = doc_text(d, &tl);
    const size_t *r;
    size_t n = doc_headings(d, &r);
    if (n != nwant)
        fail_msg("%zu headings in %s, expected %zu", n, src, nwant);
    for (size_t i = 0; i < n; i++) {
        assert_true(r[2 * i] < r[2 * i + 1] && r[2 * i + 1] <= tl);
        if (i)
            assert_true(r[2 * i] >= r[2 * i - 1]);
        size_t len = r[2 * i + 1] - r[2 * i];
        while (len && (t[r[2 * i] + len - 1] == '\n' || t[r[2 * i] + len - 1] == ' '))
            len--;
        if (len != strlen(want[i]) || memcmp(t + r[2 * i], want[i], len) != 0)
            fail_msg("heading %zu is \"%.*s\", expected \"%s\"", i, (int)len, t + r[2 * i], want[i]);
    }
    doc_free(d);
}

static void test_headings(void **state)
{
    (void)state;
    const char *md[] = {"Who sees your notes", "Keeping things", "Selling of member details", "3. Changes"};
    expect_headings("## Who sees your notes\n\nOur staff never read them.\n\nKeeping things\n---\n\n"
                    "We hold notes a year.\n\n_Selling of member details_\n\nWe never sell them.\n\n"
                    "**3. Changes**\r\n\r\nWe may edit this page.\n",
                    DOC_MARKDOWN, md, 4);
    /* emphasis that is a sentence, or inside a paragraph, or a list item, is not a heading */
    expect_headings("**We never sell your notes.**\n\n*Important:* read this.\n\n- **Ads**\n\n"
                    "_one_ and _two_\n\nA line\n**bold at the end**\n",
                    DOC_MARKDOWN, NULL, 0);
    const char *html[] = {"Your choices", "Sharing with partners"};
    expect_headings("<h1>Your choices</h1><p>Turn off the history switch.</p>"
                    "<H3 class=\"x\">Sharing <em>with</em> partners</H3><p>We pass orders to couriers.</p>"
                    "<p>#not a heading</p>",
                    DOC_HTML, html, 2);
    expect_headings("# Looks like a heading\nbut it is plain text.\n", DOC_TEXT, NULL, 0);
    /* a heading inside a heading is one heading */
    const char *nested[] = {"About \n\nus and\n\n you"}; /* <h2> breaks the line */
    expect_headings("# About <h2>us and</h2> you\n\nText.\n", DOC_MARKDOWN, nested, 1);
}

static void test_text_and_bytes(void **state)
{
    (void)state;
    /* a byte order mark is not text, and columns still count from the file start */
    const char *bom = "\xEF\xBB\xBFHello there.\nSecond line.";
    doc *d = conv(bom, strlen(bom), DOC_TEXT);
    size_t tl, l, c;
    const char *t = doc_text(d, &tl);
    assert_int_equal(t[0], 'H');
    doc_line_col(d, doc_source_offset(d, find_in(t, tl, "there")), &l, &c);
    assert_int_equal(l, 1);
    assert_int_equal(c, 8); /* the BOM is one character */
    doc_free(d);

    /* invalid UTF-8 becomes U+FFFD and the map still points at the right byte */
    const char bad[] = "Bad \xFF byte. Then \xC3 more \xE2\x82 text.";
    d = conv(bad, sizeof bad - 1, DOC_TEXT);
    t = doc_text(d, &tl);
    assert_true(contains(t, tl, "Bad \xEF\xBF\xBD byte."));
    assert_true(contains(t, tl, "Then \xEF\xBF\xBD more \xEF\xBF\xBD"));
    assert_true(text_utf8_valid(t, tl, NULL));
    assert_int_equal(doc_source_offset(d, find_in(t, tl, "byte")), 6);
    check_map(bad, sizeof bad - 1, d);
    doc_free(d);

    /* an empty document is an empty, terminated string */
    d = conv("", 0, DOC_HTML);
    t = doc_text(d, &tl);
    assert_int_equal(tl, 0);
    assert_int_equal(t[0], '\0');
    doc_free(d);
    d = conv("<p></p><script>x</script>", 25, DOC_HTML);
    t = doc_text(d, &tl);
    assert_int_equal(t[tl], '\0');
    doc_free(d);
}

static void test_guess_format(void **state)
{
    (void)state;
    assert_int_equal(doc_guess_format("a.html", "", 0), DOC_HTML);
    assert_int_equal(doc_guess_format("a.HTM", "", 0), DOC_HTML);
    assert_int_equal(doc_guess_format("a.md", "", 0), DOC_MARKDOWN);
    assert_int_equal(doc_guess_format("a.txt", "<p>x</p>", 8), DOC_TEXT);
    const char *h = "  \n<!DOCTYPE html><html><body>x</body></html>";
    assert_int_equal(doc_guess_format(NULL, h, strlen(h)), DOC_HTML);
    const char *h2 = "<section><p>Some text.</p></section>";
    assert_int_equal(doc_guess_format("-", h2, strlen(h2)), DOC_HTML);
    const char *m = "# Terms\n\nText.";
    assert_int_equal(doc_guess_format(NULL, m, strlen(m)), DOC_MARKDOWN);
    const char *m2 = "Intro line.\n\n## Section\nSee [this](https://example.com).";
    assert_int_equal(doc_guess_format(NULL, m2, strlen(m2)), DOC_MARKDOWN);
    const char *t = "Plain words, 3 < 4 and a [bracket] only.";
    assert_int_equal(doc_guess_format(NULL, t, strlen(t)), DOC_TEXT);
    assert_string_equal(doc_format_name(DOC_HTML), "html");
    assert_string_equal(doc_format_name(DOC_MARKDOWN), "markdown");
    assert_string_equal(doc_format_name(DOC_TEXT), "text");
}


/* Every prefix of some tricky inputs, each in a buffer of exactly its size
 * (no terminating NUL): nothing may read past the end (run under ASan to
 * see it), and the map must stay exact. */
static void test_every_prefix(void **state)
{
    (void)state;
    static const char *const inputs[] = {
        "<!DOCTYPE html><html><head><title>T</title></head><body><!-- c --><p>One &amp; two.</p>"
        "<script>x<y</script><ul><li>Item</li></ul><br/><pre>a\nb</pre>&#x41;&copy;</body></html>",
        "# H\n\nText *em* [link](u) ![i](s) <b>x</b> &amp; \\* `c`\n- a\n1. b\n| x | y |\n|---|---|\n"
        "| 1 | 2<br>* z |\n```\ncode\n```\n[r]: http://x\nSetext\n===\n<https://a.b> \xC3\xA9\xE2\x80\x99\n",
        "Plain \xE2\x80\xA2 text. \xFF Bad. \xC3",
    };
    static const enum doc_format fmts[] = {DOC_HTML, DOC_MARKDOWN, DOC_TEXT};
    for (size_t k = 0; k < 3; k++) {
        for (int f = 0; f < 3; f++) {
            size_t n = strlen(inputs[k]);
            for (size_t len = 0; len <= n; len++) {
                char *b = malloc(len ? len : 1);
                assert_non_null(b);
                memcpy(b, inputs[k], len);
                doc *d = conv(b, len, fmts[f]);
                check_map(b, len, d);
                size_t tl;
                const char *t = doc_text(d, &tl);
                assert_true(text_utf8_valid(t, tl, NULL));
                seg_list l = segments_of(t, tl);
                seg_list_free(&l);
                if (len) {
                    size_t line, col;
                    doc_line_col(d, len - 1, &line, &col);
                    doc_line_col(d, len, &line, &col);
                }
                doc_free(d);
                free(b);
            }
        }
    }
}

/* ------------------------------------------------- real documents (shared) */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) != 0) {
        fclose(f);
        return NULL;
    }
    long size = ftell(f);
    rewind(f);
    char *b = size >= 0 ? malloc((size_t)size + 1) : NULL;
    if (b && fread(b, 1, (size_t)size, f) != (size_t)size) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b)
        *len = (size_t)size;
    return b;
}

/* Each real policy converts with an exact map, and its sentences keep the
 * segmenter's invariants; every heading line ("#") starts a sentence. */
static void test_shared_documents(void **state)
{
    (void)state;
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/documents", shared);
    DIR *dp = opendir(dir);
    if (!dp) {
        printf("test_shared_documents: SKIPPED: %s is not here\n", dir);
        skip();
    }
    struct dirent *e;
    size_t files = 0;
    while ((e = readdir(dp)) != NULL) {
        size_t nl = strlen(e->d_name);
        if (nl < 4 || strcmp(e->d_name + nl - 3, ".md") != 0)
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t n = 0;
        char *src = slurp(path, &n);
        assert_non_null(src);
        doc *d = conv(src, n, doc_guess_format(path, src, n));
        check_map(src, n, d);
        size_t tl;
        const char *t = doc_text(d, &tl);
        seg_list l = segments_of(t, tl);
        size_t prev = 0;
        for (size_t i = 0; i < l.n; i++) {
            assert_true(l.v[i].start < l.v[i].end && l.v[i].start >= prev && l.v[i].end <= tl);
            assert_true(l.v[i].end - l.v[i].start <= SEGMENT_MAX_BYTES);
            prev = l.v[i].end;
            size_t line, col;
            doc_line_col(d, doc_source_offset(d, l.v[i].start), &line, &col);
            assert_true(line >= 1 && col >= 1);
        }
        /* an ATX heading's text begins a sentence */
        for (size_t i = 0; i + 2 < n; i++) {
            if ((i == 0 || src[i - 1] == '\n') && src[i] == '#') {
                size_t k = i;
                while (k < n && src[k] == '#')
                    k++;
                if (k >= n || src[k] != ' ')
                    continue;
                while (k < n && src[k] == ' ')
                    k++;
                if (k >= n || !isalnum((unsigned char)src[k]))
                    continue; /* markup or a non-ASCII space first: the text starts later */
                int starts = 0;
                for (size_t s = 0; s < l.n && !starts; s++)
                    starts = doc_source_offset(d, l.v[s].start) == k;
                if (!starts)
                    fprintf(stderr, "  %s: heading at byte %zu does not start a sentence\n", e->d_name, k);
                assert_true(starts);
            }
        }
        seg_list_free(&l);
        doc_free(d);
        free(src);
        files++;
    }
    closedir(dp);
    printf("test_shared_documents: %zu documents checked\n", files);
    assert_true(files > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_tags_and_blocks),   cmocka_unit_test(test_html_whitespace_collapses),
        cmocka_unit_test(test_html_items_and_cells),   cmocka_unit_test(test_html_entities),
        cmocka_unit_test(test_html_dropped_content),   cmocka_unit_test(test_html_unterminated),
        cmocka_unit_test(test_html_line_col),          cmocka_unit_test(test_md_headings_emphasis_links),
        cmocka_unit_test(test_md_soft_and_hard_breaks), cmocka_unit_test(test_md_lists),
        cmocka_unit_test(test_md_tables),              cmocka_unit_test(test_md_code),
        cmocka_unit_test(test_md_line_col),            cmocka_unit_test(test_text_and_bytes),
        cmocka_unit_test(test_guess_format),           cmocka_unit_test(test_every_prefix),
        cmocka_unit_test(test_shared_documents),
        cmocka_unit_test(test_headings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
