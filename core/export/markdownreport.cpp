// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/report.h"
#include "export/reportdata.h"
#include "export/reportsections.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// CommonMark with GitHub's tables and footnotes. Names in bold, dates and amounts in italics;
// quotes, tags and notes are listed after each article, as Markdown has no colours.

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

// A paragraph must not open a heading, a quote block or a list by accident.
QString escapeLineStart(const QString &line)
{
    static const QString openers = u"#>-+="_s;
    if (!line.isEmpty() && openers.contains(line.front()))
        return u'\\' + line;
    qsizetype digits = 0;
    while (digits < line.size() && line.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')'))
        return line.left(digits) + u'\\' + line.mid(digits);
    return line;
}

QString cell(const QString &text)
{
    return QString(text).replace(u'\n', u' ');
}

QString marked(const StoredAlignment &a, int member)
{
    QString md;
    const QList<AlignedPiece> pieces = alignedPieces(a, member);
    for (const AlignedPiece &p : pieces) {
        if (p.difference < 0)
            md += escape(p.text);
        else if (p.gap)
            md += u"‸"_s;
        else if (!p.text.trimmed().isEmpty())
            md += u"**"_s + escape(p.text.trimmed()) + u"**"_s
                + (p.text.endsWith(u' ') ? u" "_s : QString());
        else
            md += escape(p.text);
    }
    return cell(md);
}

// Bold or italic runs for the entities of one paragraph [from, to), outermost only; the
// delimiters hug the words (CommonMark ignores "** name**").
QString paragraph(const QString &body, qsizetype from, qsizetype to,
    const QList<Highlight> &highlights, qint64 articleId)
{
    struct Run
    {
        qsizetype start;
        qsizetype end;
        QString delimiter;
        int note;
    };
    QList<Run> runs;
    QMap<qsizetype, QList<int>> refs; // position -> note numbers after it
    for (const Highlight &h : highlights) {
        if (h.end <= from || h.start >= to)
            continue;
        if (h.note > 0 && h.end <= to)
            refs[h.end].append(h.note);
        if (h.kind != Highlight::Kind::Entity)
            continue;
        qsizetype s = std::max(h.start, from);
        qsizetype e = std::min(h.end, to);
        while (s < e && body.at(s).isSpace())
            ++s;
        while (e > s && body.at(e - 1).isSpace())
            --e;
        if (s >= e || (!runs.isEmpty() && s < runs.constLast().end))
            continue;
        const bool temporal = h.cssClass.endsWith(u"date"_s) || h.cssClass.endsWith(u"time"_s)
            || h.cssClass.endsWith(u"money"_s) || h.cssClass.endsWith(u"percent"_s);
        runs.append({s, e, temporal ? u"*"_s : u"**"_s, 0});
    }
    QString md;
    qsizetype at = from;
    auto plain = [&](qsizetype until) {
        // Note references land after the words they follow.
        for (auto it = refs.lowerBound(at); it != refs.end() && it.key() <= until; ++it) {
            if (it.key() < at)
                continue;
            md += escape(QStringView(body).mid(at, it.key() - at));
            at = it.key();
            for (int n : std::as_const(it.value()))
                md += u"[^a%1-%2]"_s.arg(articleId).arg(n);
        }
        md += escape(QStringView(body).mid(at, until - at));
        at = until;
    };
    for (const Run &r : std::as_const(runs)) {
        plain(r.start);
        md += r.delimiter + escape(QStringView(body).mid(r.start, r.end - r.start)) + r.delimiter;
        at = r.end;
    }
    plain(to);
    return escapeLineStart(md);
}

QString articleText(const ReportArticle &article, const ArticleMarkup &markup)
{
    const QString &body = article.article.body;
    QString md;
    qsizetype from = 0;
    while (from <= body.size()) {
        qsizetype to = body.indexOf(u'\n', from);
        if (to < 0)
            to = body.size();
        if (!QStringView(body).mid(from, to - from).trimmed().isEmpty())
            md += paragraph(body, from, to, markup.highlights, article.article.id) + u"\n\n"_s;
        from = to + 1;
    }
    return md;
}

QString sourceHeader(const ReportData &data, const QList<qint64> &ids, const QString &first)
{
    QString md = u"| "_s + first;
    QString rule = u"|---"_s;
    for (qint64 id : ids) {
        md += u" | "_s + cell(escape(data.sourceName(id)));
        rule += u"|---"_s;
    }
    return md + u" |\n"_s + rule + u"|\n"_s;
}

QString comparison(const ReportData &data)
{
    if (!data.comparison) {
        return u"## Comparison\n\nThe story has not been compared yet: this dossier has no aligned "
               "quotes, review items or coverage tables. Compare the story in Parallax and export "
               "it again.\n\n"_s;
    }
    const StoredComparison &c = *data.comparison;
    QString md;
    QHash<qint64, QString> labels;
    const bool sideBySide = c.articleIds.size() <= 4;
    for (const AlignmentKind kind : {AlignmentKind::Quote, AlignmentKind::Sentence}) {
        QString rows;
        int n = 0;
        for (const StoredAlignment &a : c.alignments) {
            if (a.kind != kind || (kind == AlignmentKind::Sentence && a.differences.isEmpty()))
                continue;
            const QString label = (kind == AlignmentKind::Quote ? u"Q%1"_s : u"S%1"_s).arg(++n);
            labels.insert(a.id, label);
            QStringList kinds;
            for (const StoredDifference &d : a.differences) {
                if (!kinds.contains(differenceName(d.kind)))
                    kinds.append(differenceName(d.kind));
            }
            const QString heading = u"%1 · %2%"_s.arg(label).arg(qRound(a.similarity * 100))
                + (kinds.isEmpty() ? QString() : u" · "_s + kinds.join(u", "_s));
            // Side by side while the sources fit across a page, else a list per group.
            if (!sideBySide) {
                rows += u"**"_s + heading + u"**\n\n"_s;
                for (qsizetype m = 0; m < a.members.size(); ++m) {
                    rows += u"- "_s + escape(data.sourceName(a.members.at(m).articleId)) + u": "_s
                        + marked(a, int(m)) + u"\n"_s;
                }
                rows += u"\n"_s;
                continue;
            }
            rows += u"| "_s + heading;
            for (qint64 id : c.articleIds) {
                int member = -1;
                for (qsizetype m = 0; m < a.members.size(); ++m) {
                    if (a.members.at(m).articleId == id)
                        member = int(m);
                }
                rows += u" | "_s + (member < 0 ? u"—"_s : marked(a, member));
            }
            rows += u" |\n"_s;
        }
        if (rows.isEmpty())
            continue;
        md += (kind == AlignmentKind::Quote ? u"## Aligned quotes\n\n"_s
                                            : u"## Statements that differ\n\n"_s)
            + (sideBySide ? sourceHeader(data, c.articleIds, u"#"_s) + rows + u"\n"_s : rows);
    }
    md += u"Differing words are in **bold**; ‸ marks words one source lacks.\n\n## Review\n\n"_s;
    QString review;
    QMap<qint64, QString> onlyIn;
    int n = 0;
    for (const ReviewItem &item : c.items) {
        QString entry;
        QString details = reviewStatusName(item.status);
        if (item.stale)
            details += u", no longer found by the comparison"_s;
        if (const QString tag = data.tagName(item.tagId); !tag.isEmpty())
            details += u" · tag: "_s + escape(tag);
        if (item.alignmentId == 0) {
            if (item.spans.isEmpty())
                continue;
            onlyIn[item.spans.constFirst().articleId] += u"- %1 “%2” — %3\n"_s.arg(
                item.kind == "only-quote"_L1 ? u"Quote:"_s : u"Statement:"_s,
                escape(shorten(item.spans.constFirst().span.exact, 300)), details);
        } else {
            entry = u"%1. **%2** (%3) — %4\n"_s.arg(QString::number(++n), reviewKindName(item.kind),
                labels.value(item.alignmentId), details);
            for (qsizetype m = 0; m < item.spans.size(); ++m) {
                const QString words = m < item.texts.size() ? item.texts.at(m) : QString();
                entry += u"   - %1: %2 — “%3”\n"_s.arg(
                    escape(data.sourceName(item.spans.at(m).articleId)),
                    words.isEmpty() ? u"‸ (not there)"_s : u"**"_s + escape(words) + u"**"_s,
                    escape(shorten(item.spans.at(m).span.exact, 200)));
            }
            review += entry;
        }
        const QString &note = item.note;
        if (!note.isEmpty()) {
            QString line = u"   - Note: "_s + escape(note.simplified());
            if (!item.analyst.isEmpty())
                line += u" — "_s + escape(item.analyst);
            if (item.modified.isValid())
                line += u", "_s + ReportHtml::displayDateTime(item.modified);
            if (item.alignmentId == 0)
                onlyIn[item.spans.constFirst().articleId] += u"  "_s + line.mid(3) + u"\n"_s;
            else
                review += line + u"\n"_s;
        }
    }
    md += review.isEmpty() ? u"The comparison found no differences inside aligned passages.\n\n"_s
                           : review + u"\n"_s;
    md += u"## Only in one source\n\n"_s;
    if (onlyIn.isEmpty())
        md += u"Every quote and statement compared is reported by more than one source.\n\n"_s;
    for (qint64 id : c.articleIds) {
        if (onlyIn.contains(id))
            md += u"### "_s + escape(data.sourceName(id)) + u"\n\n"_s + onlyIn.value(id) + u"\n"_s;
    }

    md += u"## Coverage by outlet\n\n"_s;
    if (!c.entities.isEmpty()) {
        md += u"### Who and what each source names\n\n"_s
            + sourceHeader(data, c.articleIds, u"Name | Type"_s);
        for (const StoredEntityCoverage &e : c.entities) {
            md += u"| "_s + cell(escape(e.name)) + u" | "_s + entityTypeName(e.type);
            for (qsizetype i = 0; i < c.articleIds.size(); ++i) {
                const int count = i < e.mentions.size() ? e.mentions.at(i) : 0;
                md += u" | "_s + (count == 0 ? u"—"_s : QString::number(count));
            }
            md += u" |\n"_s;
        }
        md += u"\n"_s;
    }
    if (!c.speakers.isEmpty()) {
        md += u"### Who each source quotes\n\n"_s + sourceHeader(data, c.articleIds, u"Speaker"_s);
        for (const StoredSpeakerCoverage &s : c.speakers) {
            md += u"| "_s + cell(escape(s.name));
            for (qsizetype i = 0; i < c.articleIds.size(); ++i) {
                const int quotes = i < s.quotes.size() ? s.quotes.at(i) : 0;
                const int words = i < s.words.size() ? s.words.at(i) : 0;
                md += quotes == 0 ? u" | —"_s : u" | %1 (%2 words)"_s.arg(quotes).arg(words);
            }
            md += u" |\n"_s;
        }
        md += u"\n"_s;
    }
    return md;
}

QString articleSection(const ReportData &data, const ReportArticle &a, const ReaderColors &colors)
{
    const Article &x = a.article;
    const ArticleMarkup markup = articleMarkup(data, a, colors);
    QStringList byline;
    if (!x.outlet.isEmpty())
        byline.append(u"**"_s + escape(x.outlet) + u"**"_s);
    if (!x.author.isEmpty())
        byline.append(escape(x.author));
    if (!x.published.isEmpty())
        byline.append(ReportHtml::displayDate(x.published));
    byline.append(u"%1 words"_s.arg(x.wordCount));
    QString md = u"## "_s + escape(x.title) + u"\n\n"_s + byline.join(u" · "_s) + u"\n\n"_s;
    if (!x.url.isEmpty())
        md += u"Source: <"_s + x.url + u">\n\n"_s;
    md += articleText(a, markup);

    QString quotes;
    QString tags;
    for (const Highlight &h : markup.highlights) {
        const QString words = escape(shorten(x.body.mid(h.start, h.end - h.start), 240));
        const QString proposed = h.proposed ? u" *(proposed)*"_s : QString();
        if (h.kind == Highlight::Kind::Quote)
            quotes += u"- **%1**: “%2”%3\n"_s.arg(escape(h.badge), words, proposed);
        else if (h.kind == Highlight::Kind::Tag)
            tags += u"- **%1**: “%2”%3\n"_s.arg(escape(h.badge), words, proposed);
    }
    if (!quotes.isEmpty())
        md += u"### Quotes\n\n"_s + quotes + u"\n"_s;
    if (!tags.isEmpty())
        md += u"### Tagged passages\n\n"_s + tags + u"\n"_s;
    for (const NoteEntry &n : markup.notes) {
        md += u"[^a%1-%2]: **%3** “%4”: %5%6\n"_s.arg(QString::number(x.id),
            QString::number(n.number), escape(n.about), escape(n.passage),
            escape(n.text.simplified()),
            n.analyst.isEmpty() ? QString() : u" — "_s + escape(n.analyst));
    }
    if (!markup.notes.isEmpty())
        md += u"\n"_s;
    return md;
}

} // namespace

QString markdownReport(const ReportData &data)
{
    const ReaderColors colors = ReaderColors::forPrint();
    QString md = u"# "_s + escape(data.title()) + u"\n\n*"_s + data.kindName() + u"* · "_s
        + escape(ReportHtml::preparedLine(data)) + u"\n\n"_s;
    if (!data.story.description.isEmpty())
        md += u"> "_s + escape(data.story.description.simplified()) + u"\n\n"_s;

    md += u"| Outlet | Headline | Author | Published | Words |\n|---|---|---|---|---:|\n"_s;
    for (const ReportArticle &a : data.articles) {
        const Article &x = a.article;
        const QString headline = x.url.isEmpty()
            ? escape(x.title)
            : u"["_s + escape(x.title) + u"]("_s + QString(x.url).replace(u')', u"%29"_s) + u")"_s;
        md += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(cell(escape(x.outlet)), cell(headline),
            cell(escape(x.author)), ReportHtml::displayDate(x.published),
            QString::number(x.wordCount));
    }
    md += u"\nIn the articles, names are in **bold**, dates and amounts in *italics*; quotes, "
          "tagged passages and notes follow each article."_s;
    if (!data.options.includeProposals)
        md += u" Only accepted and analysts' own annotations are included."_s;
    md += u"\n\n"_s;

    if (!data.isSingleArticle())
        md += comparison(data);
    for (const ReportArticle &a : data.articles)
        md += articleSection(data, a, colors);
    return md;
}

} // namespace Parallax
