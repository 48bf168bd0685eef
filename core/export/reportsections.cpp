// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportsections.h"

#include "export/reportdata.h"
#include "util/textoffsets.h"

#include <QLocale>
#include <QMap>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::ReportHtml {

namespace {

using F = Flavour;

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

// Words that change what was reported (a number, a name, a denial) weigh more than wording.
bool isSubstantive(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::Number:
    case DifferenceKind::Date:
    case DifferenceKind::Name:
    case DifferenceKind::Negation:
    case DifferenceKind::Attribution:
        return true;
    default:
        return false;
    }
}

QString diffClass(DifferenceKind kind)
{
    if (isSubstantive(kind))
        return u"substantive"_s;
    if (kind == DifferenceKind::Omission || kind == DifferenceKind::Addition)
        return u"missing"_s;
    return u"wording"_s;
}

QColor diffFill(DifferenceKind kind)
{
    if (isSubstantive(kind))
        return QColor(0xF7, 0xC6, 0xC1);
    if (kind == DifferenceKind::Omission || kind == DifferenceKind::Addition)
        return QColor(0xC9, 0xE0, 0xF6);
    return QColor(0xFB, 0xE6, 0xA6);
}

// The differing words: <mark> in a browser, a tinted bold run in Qt's subset.
QString mark(const QString &text, DifferenceKind kind, F f)
{
    const QString title = differenceName(kind);
    if (f == F::Browser) {
        return u"<mark class=\"diff %1\" title=\"%2\">%3</mark>"_s.arg(
            diffClass(kind), title, escape(text));
    }
    return u"<span style=\"background-color:%1; font-weight:600\">%2</span>"_s.arg(
        hex(diffFill(kind)), escape(text));
}

QString gapMark(const QString &missing, DifferenceKind kind, F f)
{
    const QString title = escape(differenceName(kind) + u": “"_s + missing + u"” is not here"_s);
    if (f == F::Browser)
        return u"<span class=\"gap\" title=\"%1\">‸</span>"_s.arg(title);
    return u"<span style=\"color:#C0392B; font-weight:bold\">‸</span>"_s;
}

QString statusBadge(ReviewItemStatus status, F f)
{
    if (f == F::Browser) {
        return u"<span class=\"status %1\">%2</span>"_s.arg(
            reviewStatusClass(status), reviewStatusName(status));
    }
    static const QMap<ReviewItemStatus, std::pair<const char *, const char *>> colors
        = {{ReviewItemStatus::Open, {"#555555", "#ECECEC"}},
            {ReviewItemStatus::Confirmed, {"#9E1C1C", "#FADBD8"}},
            {ReviewItemStatus::Acceptable, {"#1D6B3A", "#D9F0E1"}},
            {ReviewItemStatus::Dismissed, {"#6F6F6F", "#F2F2F2"}}};
    const auto [text, fill] = colors.value(status);
    return u"<span style=\"color:%1; background-color:%2; font-weight:600\">&#160;%3&#160;</span>"_s
        .arg(QLatin1StringView(text), QLatin1StringView(fill), reviewStatusName(status));
}

QString tableOpen(const QString &cssClass, F f)
{
    if (f == F::Browser)
        return u"<table class=\"%1\">"_s.arg(cssClass);
    // Rules between rows only: Qt draws collapsed cell borders unevenly.
    return u"<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
           "border=\"0\">"_s.arg(cssClass);
}

QString sourceHeaders(const ReportData &data, const QList<qint64> &ids)
{
    QString html;
    for (qint64 id : ids)
        html += u"<th>"_s + escape(data.sourceName(id)) + u"</th>"_s;
    return html;
}

// Alignment labels as the tables number them: Q1, Q2 ... for quotes, S1 ... for statements.
QHash<qint64, QString> alignmentLabels(const StoredComparison &c)
{
    QHash<qint64, QString> labels;
    int quotes = 0;
    int sentences = 0;
    for (const StoredAlignment &a : c.alignments) {
        if (a.kind == AlignmentKind::Quote)
            labels.insert(a.id, u"Q%1"_s.arg(++quotes));
        else if (!a.differences.isEmpty())
            labels.insert(a.id, u"S%1"_s.arg(++sentences));
    }
    return labels;
}

QString alignmentCell(const StoredAlignment &a, int member, F f)
{
    QString html;
    const QList<AlignedPiece> pieces = alignedPieces(a, member);
    for (const AlignedPiece &p : pieces) {
        if (p.difference < 0) {
            html += escape(p.text);
            continue;
        }
        const StoredDifference &d = a.differences.at(p.difference);
        if (p.gap) {
            const auto other = std::find_if(
                d.texts.cbegin(), d.texts.cend(), [](const QString &t) { return !t.isEmpty(); });
            html += gapMark(other == d.texts.cend() ? QString() : *other, d.kind, f);
        } else {
            html += mark(p.text, d.kind, f);
        }
    }
    return html;
}

// Side by side while the sources fit across a page; beyond four, one row per source.
constexpr qsizetype kMaxSideBySide = 4;

QString alignmentTable(const ReportData &data, const StoredComparison &c, AlignmentKind kind,
    const QHash<qint64, QString> &labels, F f)
{
    const bool sideBySide = c.articleIds.size() <= kMaxSideBySide;
    QString rows;
    for (const StoredAlignment &a : c.alignments) {
        if (a.kind != kind || !labels.contains(a.id))
            continue;
        QStringList kinds;
        for (const StoredDifference &d : a.differences) {
            if (!kinds.contains(differenceName(d.kind)))
                kinds.append(differenceName(d.kind));
        }
        const QString label = u"<b>%1</b><br/><small>%2% alike</small>%3</td>"_s.arg(
            labels.value(a.id), QString::number(qRound(a.similarity * 100)),
            kinds.isEmpty() ? u"<br/><small>same words</small>"_s
                            : u"<br/><small>"_s + escape(kinds.join(u", "_s)) + u"</small>"_s);
        if (!sideBySide) {
            for (qsizetype m = 0; m < a.members.size(); ++m) {
                if (m == 0)
                    rows += u"<tr class=\"first\"><td class=\"num\" width=\"12%\" rowspan=\"%1\">"_s
                                .arg(a.members.size())
                        + label;
                else
                    rows += u"<tr>"_s;
                rows += u"<td class=\"src\" width=\"20%\">%1</td><td>%2</td></tr>\n"_s.arg(
                    escape(data.sourceName(a.members.at(m).articleId)),
                    alignmentCell(a, int(m), f));
            }
            continue;
        }
        QString row = u"<tr><td class=\"num\" width=\"12%\">"_s + label;
        for (qint64 id : c.articleIds) {
            int member = -1;
            for (qsizetype m = 0; m < a.members.size(); ++m) {
                if (a.members.at(m).articleId == id)
                    member = int(m);
            }
            row += member < 0 ? u"<td class=\"absent\">—</td>"_s
                              : u"<td>"_s + alignmentCell(a, member, f) + u"</td>"_s;
        }
        rows += row + u"</tr>\n"_s;
    }
    if (rows.isEmpty())
        return {};
    const QString header
        = sideBySide ? sourceHeaders(data, c.articleIds) : u"<th>Source</th><th>Passage</th>"_s;
    return tableOpen(sideBySide ? u"aligned"_s : u"aligned stacked"_s, f)
        + u"<thead><tr><th>#</th>"_s + header + u"</tr></thead><tbody>\n"_s + rows
        + u"</tbody></table>\n"_s;
}

// Up to about maxLength characters of text next to the differing words, cut at a word.
QString leading(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype cut = text.indexOf(u' ', text.size() - maxLength);
    if (cut < 0 || cut >= text.size() - 1)
        cut = text.size() - maxLength;
    return u"…"_s + text.mid(cut).trimmed() + u' ';
}

QString trailing(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    const QString head = shorten(text, maxLength);
    return (text.startsWith(u' ') ? u" "_s : QString()) + head;
}

// One member of a review item: its source and the passage around the differing words, marked.
QString itemPassage(const ReportData &data, const ReviewItem &item, qsizetype member, F f)
{
    const StoredSpan &s = item.spans.at(member);
    const QString &text = s.span.exact;
    const QString words = member < item.texts.size() ? item.texts.at(member) : QString();
    const DifferenceKind kind = differenceKind(item.kind).value_or(DifferenceKind::Wording);
    qsizetype from = -1;
    qsizetype to = -1;
    if (member < item.wordSpans.size() && item.wordSpans.at(member).articleId == s.articleId) {
        const CodePointMap map(text);
        const TextSpan &w = item.wordSpans.at(member).span;
        const qsizetype length = map.codePointLength();
        from = map.toUtf16(std::clamp(w.start - s.span.start, qsizetype(0), length));
        to = map.toUtf16(std::clamp(w.end - s.span.start, qsizetype(0), length));
    } else if (!words.isEmpty()) {
        from = text.indexOf(words);
        to = from < 0 ? -1 : from + words.size();
    }
    QString html;
    if (from >= 0 && to >= from) {
        html = escape(leading(text.left(from), 110))
            + (to == from ? gapMark({}, kind, f) : mark(text.mid(from, to - from), kind, f))
            + escape(trailing(text.mid(to), 110));
    } else {
        html = escape(shorten(text, 220));
        if (!words.isEmpty())
            html += u" ["_s + mark(words, kind, f) + u"]"_s;
        else if (item.alignmentId != 0)
            html += u" "_s + gapMark({}, kind, f);
    }
    return u"<div class=\"passage\"><span class=\"src\">%1</span> %2</div>"_s.arg(
        escape(data.sourceName(s.articleId)), html);
}

QString reviewDetails(const ReportData &data, const ReviewItem &item, F f)
{
    QString html = statusBadge(item.status, f);
    if (item.stale)
        html += u" <small class=\"stale\">no longer found by the comparison</small>"_s;
    if (item.tagId != 0 && !data.tagName(item.tagId).isEmpty()) {
        const Tag tag = data.tags.value(item.tagId);
        html += f == F::Browser
            ? u" <span class=\"tag-name\" style=\"background:%1\">%2</span>"_s.arg(
                hex(tag.color), escape(tag.name))
            : u" <span style=\"color:%1; font-weight:600\">■ %2</span>"_s.arg(
                hex(tag.color), escape(tag.name));
    }
    if (!item.note.isEmpty())
        html += u"<div class=\"note-text\">%1</div>"_s.arg(escape(item.note));
    if (!item.analyst.isEmpty() || item.modified.isValid()) {
        QString who = item.analyst;
        if (item.modified.isValid())
            who += (who.isEmpty() ? QString() : u", "_s) + displayDateTime(item.modified);
        html += u"<div class=\"analyst\"><small>%1</small></div>"_s.arg(escape(who));
    }
    return html;
}

QString reviewTable(
    const ReportData &data, const StoredComparison &c, const QHash<qint64, QString> &labels, F f)
{
    QString rows;
    int n = 0;
    for (const ReviewItem &item : c.items) {
        if (item.alignmentId == 0)
            continue;
        QString passages;
        for (qsizetype m = 0; m < item.spans.size(); ++m)
            passages += itemPassage(data, item, m, f);
        const QString where = labels.value(item.alignmentId);
        rows += u"<tr class=\"item %1\"><td class=\"num\" "
                u"width=\"5%\" style=\"white-space:nowrap\">%2</td><td><b>%3</b>%4</td><td>%5</td>"
                "<td class=\"verdict\" width=\"28%\">%6</td></tr>\n"_s
                    .arg(reviewStatusClass(item.status))
                    .arg(++n)
                    .arg(escape(reviewKindName(item.kind)),
                        where.isEmpty() ? QString() : u"<br/><small>in "_s + where + u"</small>"_s,
                        passages, reviewDetails(data, item, f));
    }
    if (rows.isEmpty())
        return u"<p class=\"empty\">The comparison found no differences inside aligned passages.</p>"_s;
    return tableOpen(u"review"_s, f)
        + u"<thead><tr><th>#</th><th>Difference</th><th>As each source has it</th>"
          "<th>Review</th></tr></thead><tbody>\n"_s
        + rows + u"</tbody></table>\n"_s;
}

QString onlyInOne(const ReportData &data, const StoredComparison &c, F f)
{
    QString html;
    for (qint64 id : c.articleIds) {
        QString items;
        for (const ReviewItem &item : c.items) {
            if (item.alignmentId != 0 || item.spans.isEmpty()
                || item.spans.constFirst().articleId != id)
                continue;
            items += u"<li><b>%1</b> “%2” %3</li>\n"_s.arg(
                escape(item.kind == "only-quote"_L1 ? u"Quote:"_s : u"Statement:"_s),
                escape(shorten(item.spans.constFirst().span.exact, 300)),
                reviewDetails(data, item, f));
        }
        if (!items.isEmpty())
            html += u"<h3>%1</h3>\n<ul class=\"only\">\n%2</ul>\n"_s.arg(
                escape(data.sourceName(id)), items);
    }
    return html.isEmpty() ? u"<p class=\"empty\">Every quote and statement compared is reported by "
                            "more than one source.</p>"_s
                          : html;
}

QString coverage(const ReportData &data, const StoredComparison &c, const ReaderColors &colors, F f)
{
    QString html;
    if (!c.entities.isEmpty()) {
        QString rows;
        for (const StoredEntityCoverage &e : c.entities) {
            const size_t slot = ReaderColors::entityIndex(e.type);
            const QColor fill = onPaper(colors.entity.at(slot), colors.tintAlpha);
            QString row = u"<tr><td>%1</td><td><small>%2</small></td>"_s.arg(
                escape(e.name), entityTypeName(e.type));
            for (qsizetype i = 0; i < c.articleIds.size(); ++i) {
                const int n = i < e.mentions.size() ? e.mentions.at(i) : 0;
                if (n == 0)
                    row += u"<td class=\"count absent\" align=\"center\">—</td>"_s;
                else if (f == F::Browser)
                    row += u"<td class=\"count ent %1\">%2</td>"_s.arg(entityClass(e.type)).arg(n);
                else
                    row += u"<td align=\"center\" bgcolor=\"%1\">%2</td>"_s.arg(hex(fill)).arg(n);
            }
            rows += row + u"</tr>\n"_s;
        }
        html += u"<h3>Who and what each source names</h3>\n"_s + tableOpen(u"coverage"_s, f)
            + u"<thead><tr><th>Name</th><th>Type</th>"_s + sourceHeaders(data, c.articleIds)
            + u"</tr></thead><tbody>\n"_s + rows + u"</tbody></table>\n"_s;
    }
    if (!c.speakers.isEmpty()) {
        QString rows;
        for (const StoredSpeakerCoverage &s : c.speakers) {
            QString row = u"<tr><td>%1</td>"_s.arg(escape(s.name));
            for (qsizetype i = 0; i < c.articleIds.size(); ++i) {
                const int quotes = i < s.quotes.size() ? s.quotes.at(i) : 0;
                const int words = i < s.words.size() ? s.words.at(i) : 0;
                if (quotes == 0)
                    row += u"<td class=\"count absent\" align=\"center\">—</td>"_s;
                else
                    row += u"<td class=\"count\" align=\"center\">%1 <small>(%2 %3)</small></td>"_s
                               .arg(quotes)
                               .arg(words)
                               .arg(words == 1 ? u"word"_s : u"words"_s);
            }
            rows += row + u"</tr>\n"_s;
        }
        html += u"<h3>Who each source quotes</h3>\n"_s + tableOpen(u"coverage speakers"_s, f)
            + u"<thead><tr><th>Speaker</th>"_s + sourceHeaders(data, c.articleIds)
            + u"</tr></thead><tbody>\n"_s + rows + u"</tbody></table>\n"_s;
    }
    return html;
}

} // namespace

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString displayDate(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? english().toString(date, u"d MMMM yyyy"_s) : iso;
}

QString displayDateTime(const QDateTime &when)
{
    return english().toString(when, u"d MMMM yyyy 'at' HH:mm"_s);
}

QString preparedLine(const ReportData &data)
{
    const QString who
        = data.options.preparedBy.isEmpty() ? QString() : u" by "_s + data.options.preparedBy;
    return u"Prepared%1 on %2 with Parallax %3."_s.arg(
        who, displayDateTime(data.prepared), QStringLiteral(PARALLAX_VERSION));
}

QString titlePage(const ReportData &data, F f)
{
    QString html = u"<div class=\"title-page\">\n<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n"_s.arg(
        escape(data.kindName().toUpper()), escape(data.title()));
    if (!data.story.description.isEmpty())
        html += u"<p class=\"description\">%1</p>\n"_s.arg(escape(data.story.description));

    // The facts a reader wants before anything else.
    QStringList facts;
    QStringList outlets;
    int words = 0;
    for (const ReportArticle &a : data.articles) {
        words += a.article.wordCount;
        if (!a.article.outlet.isEmpty() && !outlets.contains(a.article.outlet))
            outlets.append(a.article.outlet);
    }
    if (!data.isSingleArticle()) {
        facts.append(u"%1 %2 from %3 %4"_s.arg(data.articles.size())
                         .arg(data.articles.size() == 1 ? u"report"_s : u"reports"_s)
                         .arg(outlets.size())
                         .arg(outlets.size() == 1 ? u"outlet"_s : u"outlets"_s));
    }
    facts.append(u"%1 words"_s.arg(english().toString(words)));
    facts.append(u"%1 annotations"_s.arg(english().toString(data.annotationCount())));
    if (data.comparison) {
        const auto quotes = std::count_if(data.comparison->alignments.cbegin(),
            data.comparison->alignments.cend(),
            [](const StoredAlignment &a) { return a.kind == AlignmentKind::Quote; });
        facts.append(u"%1 aligned %2"_s.arg(quotes).arg(quotes == 1 ? u"quote"_s : u"quotes"_s));
        QMap<ReviewItemStatus, int> byStatus;
        for (const ReviewItem &item : data.comparison->items)
            ++byStatus[item.status];
        QStringList parts;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            parts.append(u"%1 %2"_s.arg(it.value()).arg(reviewStatusName(it.key()).toLower()));
        facts.append(u"%1 review %2"_s.arg(data.comparison->items.size())
                         .arg(data.comparison->items.size() == 1 ? u"item"_s : u"items"_s)
            + (parts.isEmpty() ? QString() : u" ("_s + parts.join(u", "_s) + u")"_s));
    }
    html += u"<p class=\"facts\">%1</p>\n"_s.arg(escape(facts.join(u" · "_s)));

    QString rows;
    for (const ReportArticle &a : data.articles) {
        const Article &x = a.article;
        QString headline = u"<a href=\"#article-%1\">%2</a>"_s.arg(x.id).arg(escape(x.title));
        const QUrl url(x.url);
        if (url.isValid() && !x.url.isEmpty()) {
            headline += u"<br/><small class=\"url\"><a href=\"%1\">%2</a></small>"_s.arg(
                escape(url.toString(QUrl::FullyEncoded)), escape(x.url));
        }
        rows += u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td class=\"date\">%4</td>"
                "<td class=\"count\" align=\"right\">%5</td></tr>\n"_s.arg(escape(x.outlet),
                    headline, escape(x.author), escape(displayDate(x.published)),
                    english().toString(x.wordCount));
    }
    html += tableOpen(u"sources"_s, f)
        + u"<thead><tr><th>Outlet</th><th>Headline and source</th><th>Author</th>"
          "<th>Published</th><th>Words</th></tr></thead><tbody>\n"_s
        + rows + u"</tbody></table>\n"_s;

    QStringList layers;
    const std::pair<ExportLayer, QString> names[] = {{ExportLayer::Entities, u"entities"_s},
        {ExportLayer::Quotes, u"quotes"_s}, {ExportLayer::Dates, u"dates and amounts"_s},
        {ExportLayer::Tags, u"tags"_s}, {ExportLayer::Notes, u"notes"_s}};
    for (const auto &[layer, name] : names) {
        if (data.shows(layer) && (layer != ExportLayer::Notes || data.options.includeNotes))
            layers.append(name);
    }
    QString scope = layers.isEmpty() ? u"The articles are shown without annotations."_s
                                     : u"Marked in the text: "_s + layers.join(u", "_s) + u". "_s;
    scope += data.options.includeProposals
        ? u"Proposals not yet reviewed are included, drawn lighter with a dashed edge."_s
        : u"Only accepted and analysts' own annotations are included."_s;
    if (!data.options.includeNotes)
        scope += u" Analysts' notes are left out."_s;
    html += u"<p class=\"scope\">%1</p>\n<p class=\"prepared\">%2</p>\n</div>\n"_s.arg(
        escape(scope), escape(preparedLine(data)));
    return html;
}

QString legend(const ReportData &data, const ReaderColors &colors, F f)
{
    const QList<LegendEntry> entries = Parallax::legend(data, colors);
    QString items;
    int cells = 0;
    for (const LegendEntry &e : entries) {
        QString sample;
        if (f == F::Browser) {
            const QString style = e.kind == Highlight::Kind::Tag
                ? u" style=\"background:%1;border-color:%2\""_s.arg(hex(e.fill), hex(e.color))
                : QString();
            sample = e.kind == Highlight::Kind::Note
                ? u"<span class=\"hl note\">note</span><sup class=\"note-ref\">1</sup>"_s
                : u"<span class=\"hl %1\"%2>%3</span>"_s.arg(e.cssClass, style, escape(e.name));
            items += u"<li>%1</li>"_s.arg(sample);
        } else {
            const QString fill = e.fill.isValid() ? hex(e.fill) : u"#FFFFFF"_s;
            // Five to a row, so that the legend keeps within the page whatever the tags.
            if (cells % 5 == 0)
                items += cells == 0 ? u"<tr>"_s : u"</tr><tr>"_s;
            ++cells;
            items += u"<td style=\"background-color:%1; border-bottom:2px solid %2; "
                     "white-space:nowrap\">%3</td><td width=\"6\"></td>"_s.arg(
                         fill, hex(e.color), escape(e.name));
        }
    }
    bool proposals = false;
    for (const ReportArticle &a : data.articles) {
        proposals = proposals
            || std::any_of(a.annotations.cbegin(), a.annotations.cend(),
                [](const Annotation &x) { return x.status == ReviewStatus::Proposed; });
    }
    if (items.isEmpty())
        return {};
    if (f == F::Browser) {
        if (proposals) {
            const LegendEntry &e = entries.constFirst();
            const QString style = e.kind == Highlight::Kind::Tag
                ? u" style=\"background:%1;border-color:%2\""_s.arg(hex(e.fill), hex(e.color))
                : QString();
            items += u"<li><span class=\"hl %1 proposed\"%2>proposal</span> not yet reviewed</li>"_s
                         .arg(e.cssClass, style);
        }
        if (data.comparison) {
            items
                += u"<li><mark class=\"diff substantive\">number, date, name</mark> "
                   "<mark class=\"diff wording\">wording</mark> "
                   "<mark class=\"diff missing\">missing words</mark> <span class=\"gap\">‸</span>"
                   " differences between sources</li>"_s;
        }
        return u"<div class=\"legend\" id=\"legend\"><h2>Legend</h2><ul>%1</ul></div>\n"_s.arg(
            items);
    }
    return u"<h3>Legend</h3><table cellspacing=\"0\" cellpadding=\"3\" border=\"0\">%1</tr>"
           "</table>\n"_s.arg(items);
}

QString comparison(const ReportData &data, const ReaderColors &colors, F f)
{
    if (data.isSingleArticle())
        return {};
    QString html = u"<div class=\"comparison\" id=\"comparison\">\n"_s;
    if (!data.comparison) {
        html += u"<h2>Comparison</h2>\n<p class=\"not-compared\">The story has not been compared "
                "yet: this dossier has no aligned quotes, review items or coverage tables. "
                "Compare the story in Parallax and export it again.</p>\n</div>\n"_s;
        return html;
    }
    const StoredComparison &c = *data.comparison;
    const QHash<qint64, QString> labels = alignmentLabels(c);
    if (c.computed.isValid()) {
        html += u"<p class=\"computed\">Compared on %1 (comparer %2).</p>\n"_s.arg(
            displayDateTime(c.computed), escape(c.comparerVersion));
    }
    const QString quotes = alignmentTable(data, c, AlignmentKind::Quote, labels, f);
    html += u"<h2 id=\"aligned-quotes\">Aligned quotes</h2>\n"_s
        + (quotes.isEmpty() ? u"<p class=\"empty\">No quote is reported by more than one source."
                              "</p>\n"_s
                            : quotes);
    const QString statements = alignmentTable(data, c, AlignmentKind::Sentence, labels, f);
    if (!statements.isEmpty())
        html += u"<h2 id=\"aligned-statements\">Statements that differ</h2>\n"_s + statements;
    html += u"<h2 id=\"review\">Review</h2>\n"_s + reviewTable(data, c, labels, f);
    html += u"<h2 id=\"only-in-one\">Only in one source</h2>\n"_s + onlyInOne(data, c, f);
    html += u"<h2 id=\"coverage\">Coverage by outlet</h2>\n"_s + coverage(data, c, colors, f);
    return html + u"</div>\n"_s;
}

QString articleHeading(const ReportArticle &article, F f)
{
    const Article &a = article.article;
    QStringList byline;
    if (!a.author.isEmpty())
        byline.append(escape(a.author));
    if (!a.published.isEmpty())
        byline.append(escape(displayDate(a.published)));
    byline.append(escape(u"%1 words"_s.arg(english().toString(a.wordCount))));
    if (!a.language.isEmpty())
        byline.append(escape(a.language));
    QString html
        = u"<p class=\"kicker\">%1</p>\n<h2 class=\"headline\" id=\"article-%2\">%3</h2>\n"
          "<p class=\"byline\">%4</p>\n"_s.arg(escape(a.outlet.isEmpty() ? u"Article"_s : a.outlet),
              QString::number(a.id), escape(a.title), byline.join(u" · "_s));
    const QUrl url(a.url);
    if (!a.url.isEmpty() && url.isValid()) {
        html += u"<p class=\"source\">Source: <a href=\"%1\">%2</a></p>\n"_s.arg(
            escape(url.toString(QUrl::FullyEncoded)), escape(a.url));
    }
    Q_UNUSED(f);
    return html;
}

QString notes(const ArticleMarkup &markup, qint64 articleId, F f)
{
    if (markup.notes.isEmpty())
        return {};
    QString items;
    for (const NoteEntry &n : markup.notes) {
        const QString who = n.analyst.isEmpty() ? QString() : u" — "_s + escape(n.analyst);
        items += u"<li id=\"a%1-n%2\"><span class=\"about\">%3</span> “%4”: "
                 "<span class=\"note-text\">%5</span><small class=\"analyst\">%6</small></li>\n"_s
                     .arg(articleId)
                     .arg(n.number)
                     .arg(escape(n.about), escape(n.passage), escape(n.text), who);
    }
    Q_UNUSED(f);
    return u"<div class=\"notes\"><h3>Analysts’ notes</h3>\n<ol>\n%1</ol></div>\n"_s.arg(items);
}

QString articleSummary(
    const ReportData &data, const ReportArticle &article, const ArticleMarkup &markup, F f)
{
    // Entities by mentions, then name; quotes grouped by speaker.
    struct Named
    {
        QString name;
        QString type;
        int mentions = 0;
    };
    QMap<QString, Named> named;
    for (const Annotation &a : article.annotations) {
        if (a.kind != AnnotationKind::Entity)
            continue;
        const QString name = data.entityNames.value(a.entityId, a.span.exact);
        Named &n = named[entityTypeName(a.label) + u'\x1f' + name];
        n.name = name;
        n.type = a.label;
        ++n.mentions;
    }
    QList<Named> list = named.values();
    std::stable_sort(list.begin(), list.end(),
        [](const Named &a, const Named &b) { return a.mentions > b.mentions; });
    QString html;
    if (!list.isEmpty()) {
        QString rows;
        for (const Named &n : std::as_const(list)) {
            rows += u"<tr><td>%1</td><td><small>%2</small></td><td class=\"count\" "
                    "align=\"right\">%3</td></tr>\n"_s.arg(
                        escape(n.name), entityTypeName(n.type), QString::number(n.mentions));
        }
        html += u"<h3>Named in the article</h3>\n"_s + tableOpen(u"named"_s, f)
            + u"<thead><tr><th>Name</th><th>Type</th><th>Mentions</th></tr></thead><tbody>\n"_s
            + rows + u"</tbody></table>\n"_s;
    }
    QString quotes;
    for (const Highlight &h : markup.highlights) {
        if (h.kind != Highlight::Kind::Quote)
            continue;
        quotes += u"<li><b>%1</b>: “%2”</li>\n"_s.arg(escape(h.badge),
            escape(shorten(article.article.body.mid(h.start, h.end - h.start), 240)));
    }
    if (!quotes.isEmpty())
        html += u"<h3>Quoted in the article</h3>\n<ul class=\"quotes\">\n%1</ul>\n"_s.arg(quotes);
    return html;
}

} // namespace Parallax::ReportHtml
