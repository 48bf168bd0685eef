// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/report.h"
#include "export/reportdata.h"
#include "export/reportsections.h"

#include <QPageSize>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

using ReportHtml::escape;

QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

// The stylesheet: the window's colours, a page that reads on screen and prints (A4 or Letter,
// backgrounds kept, every article on a new page, table rows never split).
QString styleSheet(const ReportData &data, const ReaderColors &colors)
{
    const QSizeF page = QPageSize(data.options.pageSize).size(QPageSize::Millimeter);
    QString css = uR"(
@page { size: %1mm %2mm; margin: 18mm 16mm 20mm 16mm;
  @bottom-center { content: counter(page); font: 9pt sans-serif; color: #777; } }
:root { --ink: #1d1d24; --muted: #686878; --rule: #d6d3e2; --accent: %3; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 56rem; padding: 2rem 2.5rem 4rem; color: var(--ink);
  font: 11pt/1.55 Charter, "Bitstream Charter", Georgia, "DejaVu Serif", serif; }
h1, h2, h3, .kicker, table, .legend, .byline, .facts, .scope, .prepared, .speaker, .tag-name,
  .status, nav, .notes, .computed, .source { font-family: "Helvetica Neue", Arial, "DejaVu Sans",
  sans-serif; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: .2rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .8rem; padding-bottom: .25rem;
  border-bottom: 2px solid var(--accent); }
h3 { font-size: 1rem; margin: 1.4rem 0 .5rem; }
a { color: #2d4fa0; }
small { color: var(--muted); }
.kicker { margin: 0; font-size: .74rem; font-weight: 700; letter-spacing: .12em;
  text-transform: uppercase; color: var(--accent); }
.title-page { padding-top: 3rem; }
.title-page h1 { font-size: 2.6rem; }
.description { font-size: 1.1rem; color: var(--muted); }
.facts { font-size: .95rem; font-weight: 600; padding: .6rem 0; border-top: 1px solid var(--rule);
  border-bottom: 1px solid var(--rule); }
.scope, .prepared, .computed { font-size: .85rem; color: var(--muted); }
.prepared { margin-top: 2rem; }
nav ol { columns: 2; font-size: .9rem; }
table { width: 100%; border-collapse: collapse; font-size: .84rem; line-height: 1.4;
  margin: .6rem 0 1.2rem; }
th { text-align: left; background: #efedf6; color: #3a3550; font-weight: 600; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num { white-space: nowrap; width: 4.5rem; }
td.count { text-align: center; white-space: nowrap; }
td.date { white-space: nowrap; }
td.absent { text-align: center; color: #b4b0c2; background: #fafafa; }
table.aligned td { font-family: Charter, Georgia, "DejaVu Serif", serif; font-size: .88rem; }
.passage { margin: .1rem 0 .35rem; font-family: Charter, Georgia, "DejaVu Serif", serif; }
.src { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-weight: 600;
  font-size: .78rem; color: var(--muted); }
td.verdict { width: 13rem; }
.note-text { margin-top: .25rem; font-style: italic; }
mark.diff { padding: 0 .1em; border-radius: 2px; color: inherit; font-weight: 600; }
mark.substantive { background: #f7c6c1; box-shadow: inset 0 -2px 0 #c0392b; }
mark.wording { background: #fbe6a6; }
mark.missing { background: #c9e0f6; }
.gap { color: #c0392b; font-weight: 700; }
.status { display: inline-block; padding: .05rem .45rem; border-radius: 999px; font-size: .74rem;
  font-weight: 700; }
.status.open { background: #ececec; color: #555; }
.status.confirmed { background: #fadbd8; color: #9e1c1c; }
.status.acceptable { background: #d9f0e1; color: #1d6b3a; }
.status.dismissed { background: #f2f2f2; color: #6f6f6f; text-decoration: line-through; }
.stale { color: #9e1c1c; }
ul.only li { margin: .3rem 0; }
.not-compared { padding: .8rem 1rem; background: #fff6df; border-left: 4px solid #e6a100; }
.legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.2rem;
  font-size: .85rem; }
.article { break-before: page; page-break-before: always; }
.article h2.headline { border: 0; margin-top: .2rem; font-size: 1.6rem; line-height: 1.25; }
.byline, .source { font-size: .85rem; color: var(--muted); margin: .2rem 0; }
.text { margin: 1.4rem 0 0 8.5rem; }
/* A paragraph holds its speakers' labels, however many lines they wrap to: a long label no
   longer hangs into the next paragraph and pushes that one's labels down. */
.text p { margin: 0 0 .8em; display: flow-root; }
.hl { border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.hl.proposed { outline: 1px dashed currentColor; outline-offset: -1px; }
.hl.quote { background: %4; border-bottom: 2px solid %5; }
.hl.quote.proposed { border-bottom-style: dashed; outline: 0; }
.hl.cue { border-bottom: 1px dotted %5; }
.hl.tag { border: 2px solid; padding: 0 2px; }
.hl.tag.proposed { border-style: dashed; outline: 0; }
.hl.note { border-bottom: 2px dotted %6; }
.speaker { float: left; clear: left; margin-left: -8.5rem; width: 8rem; text-align: right;
  font-size: .7rem; line-height: 1.9; font-weight: 600; }
.speaker span { display: inline-block; max-width: 100%; line-height: 1.35; overflow-wrap: anywhere;
  background: %7; color: %8; padding: .1rem .4rem; border-radius: 4px; }
.tag-name { font-size: .62rem; font-weight: 700; color: #fff; padding: 0 .3em; margin-right: .2em;
  border-radius: 2px; vertical-align: .15em; }
sup.note-ref { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-size: .65rem;
  font-weight: 700; color: %9; }
sup.note-ref a { color: inherit; text-decoration: none; }
.notes { margin: 1.5rem 0 0 8.5rem; font-size: .85rem; border-top: 1px solid var(--rule); }
.notes .about { font-weight: 700; }
.notes .analyst { color: var(--muted); }
footer { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid var(--rule);
  font: .8rem sans-serif; color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .title-page { break-after: page; page-break-after: always; padding-top: 25mm; }
  nav { break-after: page; page-break-after: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .hl.proposed { outline-color: #888; }
}
)"_s.arg(page.width())
                      .arg(page.height())
                      .arg(hex(colors.quote), hex(onPaper(colors.quote, colors.quoteTint.alpha())),
                          hex(colors.quote), hex(colors.note), hex(colors.badgeBackground),
                          hex(colors.badgeText), hex(colors.note.darker(130)));
    // One rule per entity type, from the window's palette.
    static const char16_t *const classes[]
        = {u"person", u"org", u"loc", u"misc", u"date", u"time", u"money", u"percent"};
    for (size_t i = 0; i < colors.entity.size(); ++i) {
        const QString cls = QString::fromUtf16(classes[i]);
        const QColor strong = colors.entity.at(i);
        css += u".ent.%1 { background: %2; }\n.ent.%1.proposed { background: %3; outline-color: "
               "%4; }\n"_s.arg(cls, hex(onPaper(strong, colors.tintAlpha)),
                   hex(onPaper(strong, colors.proposedTintAlpha)), hex(strong));
    }
    return css;
}

QString openTag(const Highlight &h, bool continued)
{
    QString html;
    if (!continued && h.kind == Highlight::Kind::Quote)
        html += u"<span class=\"speaker\"><span>%1</span></span>"_s.arg(escape(h.badge));
    QString style;
    if (h.kind == Highlight::Kind::Tag)
        style = u" style=\"background:%1;border-color:%2\""_s.arg(hex(h.fill), hex(h.color));
    html += u"<span class=\"hl %1%2%3\"%4 title=\"%5\">"_s.arg(h.cssClass,
        h.proposed ? u" proposed"_s : QString(), continued ? u" cont"_s : QString(), style,
        escape(h.title));
    if (!continued && h.kind == Highlight::Kind::Tag)
        html += u"<span class=\"tag-name\" style=\"background:%1\">%2</span>"_s.arg(
            hex(h.color), escape(h.badge));
    return html;
}

// Where several highlights start together the longer one encloses; at equal extents a quote
// encloses a tag, a tag an entity.
int rank(Highlight::Kind kind)
{
    switch (kind) {
    case Highlight::Kind::Quote:
        return 0;
    case Highlight::Kind::Tag:
        return 1;
    case Highlight::Kind::Note:
        return 2;
    case Highlight::Kind::Entity:
        return 3;
    case Highlight::Kind::Cue:
        return 4;
    }
    return 5;
}

// One paragraph [from, to) with its highlights as nested spans. Highlights that cross are closed
// and reopened (as "cont" pieces), so the markup stays well formed whatever overlaps.
QString paragraph(const QString &body, qsizetype from, qsizetype to,
    const QList<Highlight> &highlights, QList<int> candidates, qint64 articleId)
{
    const auto lo = [&](int i) {
        return std::max(highlights.at(i).start, from);
    };
    const auto hi = [&](int i) {
        return std::min(highlights.at(i).end, to);
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        if (lo(a) != lo(b))
            return lo(a) < lo(b);
        if (hi(a) != hi(b))
            return hi(a) > hi(b);
        return rank(highlights.at(a).kind) < rank(highlights.at(b).kind);
    });
    QList<qsizetype> bounds {to};
    for (int i : std::as_const(candidates)) {
        bounds.append(lo(i));
        bounds.append(hi(i));
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

    QString html;
    QList<int> stack;
    qsizetype at = from;
    qsizetype nextStart = 0; // index into candidates
    for (qsizetype b : std::as_const(bounds)) {
        if (b > at) {
            html += escape(body.mid(at, b - at));
            at = b;
        }
        // Close what ends here, and what is open inside it.
        const auto first
            = std::find_if(stack.cbegin(), stack.cend(), [&](int i) { return hi(i) == b; });
        if (first != stack.cend()) {
            const qsizetype depth = first - stack.cbegin();
            QList<int> reopen;
            while (stack.size() > depth) {
                const int i = stack.takeLast();
                html += u"</span>"_s;
                if (hi(i) != b) {
                    reopen.prepend(i);
                } else if (highlights.at(i).note > 0 && highlights.at(i).end <= to) {
                    html += u"<sup class=\"note-ref\"><a href=\"#a%1-n%2\">%2</a></sup>"_s
                                .arg(articleId)
                                .arg(highlights.at(i).note);
                }
            }
            for (int i : std::as_const(reopen)) {
                html += openTag(highlights.at(i), true);
                stack.append(i);
            }
        }
        while (nextStart < candidates.size() && lo(candidates.at(nextStart)) == b) {
            const int i = candidates.at(nextStart++);
            if (hi(i) <= b)
                continue;
            html += openTag(highlights.at(i), highlights.at(i).start < from);
            stack.append(i);
        }
    }
    return html;
}

QString articleText(const ReportArticle &article, const ArticleMarkup &markup)
{
    const QString &body = article.article.body;
    const QList<Highlight> &hs = markup.highlights;
    QString html;
    html.reserve(body.size() * 2);
    QList<int> carried; // highlights running on from an earlier paragraph
    qsizetype next = 0;
    qsizetype from = 0;
    while (from <= body.size()) {
        qsizetype to = body.indexOf(u'\n', from);
        if (to < 0)
            to = body.size();
        QList<int> candidates;
        for (int i : std::as_const(carried)) {
            if (hs.at(i).end > from)
                candidates.append(i);
        }
        while (next < hs.size() && hs.at(next).start < to) {
            if (hs.at(next).end > hs.at(next).start)
                candidates.append(int(next));
            ++next;
        }
        carried.clear();
        for (int i : std::as_const(candidates)) {
            if (hs.at(i).end > to)
                carried.append(i);
        }
        if (!QStringView(body).mid(from, to - from).trimmed().isEmpty()) {
            html += u"<p>"_s + paragraph(body, from, to, hs, candidates, article.article.id)
                + u"</p>\n"_s;
        }
        from = to + 1;
    }
    return html;
}

} // namespace

QString htmlReport(const ReportData &data)
{
    using ReportHtml::Flavour;
    const ReaderColors colors = ReaderColors::forPrint();
    QString body;
    body += u"<header>\n"_s + ReportHtml::titlePage(data, Flavour::Browser) + u"</header>\n"_s;

    QString contents;
    if (!data.isSingleArticle()) {
        contents += u"<li><a href=\"#comparison\">Comparison</a></li>"_s;
        if (data.comparison) {
            contents += u"<li><a href=\"#review\">Review</a></li>"
                        "<li><a href=\"#only-in-one\">Only in one source</a></li>"
                        "<li><a href=\"#coverage\">Coverage by outlet</a></li>"_s;
        }
    }
    for (const ReportArticle &a : data.articles) {
        contents += u"<li><a href=\"#article-%1\">%2</a> <small>%3</small></li>"_s.arg(a.article.id)
                        .arg(escape(a.article.title), escape(a.article.outlet));
    }
    body += u"<nav><h2>Contents</h2><ol>%1</ol>\n"_s.arg(contents)
        + ReportHtml::legend(data, colors, Flavour::Browser) + u"</nav>\n<main>\n"_s;
    body += ReportHtml::comparison(data, colors, Flavour::Browser);
    for (const ReportArticle &a : data.articles) {
        const ArticleMarkup markup = articleMarkup(data, a, colors);
        body += u"<section class=\"article\">\n"_s + ReportHtml::articleHeading(a, Flavour::Browser)
            + u"<div class=\"text\">\n"_s + articleText(a, markup) + u"</div>\n"_s
            + ReportHtml::notes(markup, a.article.id, Flavour::Browser);
        if (data.isSingleArticle())
            body += ReportHtml::articleSummary(data, a, markup, Flavour::Browser);
        body += u"</section>\n"_s;
    }
    body += u"</main>\n<footer><p class=\"prepared\">%1</p></footer>\n"_s.arg(
        escape(ReportHtml::preparedLine(data)));

    QString language = u"en"_s;
    if (data.isSingleArticle() && !data.articles.isEmpty()
        && !data.articles.constFirst().article.language.isEmpty())
        language = data.articles.constFirst().article.language;
    return u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"Parallax "
           "%2\">\n<title>%3</title>\n<style>%4</style>\n"
           "</head>\n<body>\n%5</body>\n</html>\n"_s.arg(escape(language),
               QStringLiteral(PARALLAX_VERSION), escape(data.title() + u" — "_s + data.kindName()),
               styleSheet(data, colors), body);
}

} // namespace Parallax
