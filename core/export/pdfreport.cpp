// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/report.h"
#include "export/reportdata.h"
#include "export/reportsections.h"
#include "util/databasefiles.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

const QString kSerif = u"DejaVu Serif"_s;
const QString kSans = u"DejaVu Sans"_s;
// A letter spacing too small to see (QFixed stores 64ths of a pixel) that stops ligatures.
constexpr qreal kNoLigatures = 1.0 / 64;
const QColor kInk(0x1D, 0x1D, 0x24);
const QColor kMuted(0x68, 0x68, 0x78);
const QColor kRule(0xD6, 0xD3, 0xE2);

// An article paragraph's place in the document: body offsets [from, to) start at docPosition.
struct Placed
{
    qsizetype from = 0;
    qsizetype to = 0;
    int docPosition = 0;
};

// Something drawn around the text on one page, in document coordinates.
struct Decoration
{
    enum class Shape : quint8 { Fill, Band, Box, Dashed, Dotted, Bar, Badge, Chip, NoteMark };
    Shape shape = Shape::Fill;
    QRectF rect;
    QColor color;
    QColor fill;
    bool proposed = false;
    bool opens = true;
    bool closes = true;
    QString text;
};

// The whole PDF: a QTextDocument laid out in pages the size of the text area, painted page by
// page with the highlights under and over the text, a margin for speakers (left) and for tags
// and notes (right), and a running header and footer drawn on each page.
class PdfReport
{
public:
    PdfReport(const ReportData &data, QPdfWriter &writer)
        : m_data(data)
        , m_writer(writer)
        , m_colors(ReaderColors::forPrint())
    {
        const qreal res = writer.resolution();
        m_mm = res / 25.4;
        m_paper = QRectF(QPointF(0, 0), writer.pageLayout().fullRectPixels(int(res)).size());
        m_body = m_paper.adjusted(18 * m_mm, 24 * m_mm, -18 * m_mm, -22 * m_mm);
    }

    void build();
    int pageCount() const { return m_doc.pageCount(); }
    void paint(QPainter &painter);

private:
    QFont font(const QString &family, qreal points, QFont::Weight weight = QFont::Normal) const
    {
        QFont f(family);
        f.setPointSizeF(points);
        f.setWeight(weight);
        // Qt 6.4 has no QFont::setFeature; its shaper turns liga, clig, dlig and hlig off for
        // any font with a letter spacing, so the smallest one it can store (1/64 px) does it.
        // Otherwise "ffi" is one glyph whose text is U+FB03 and pdftotext, search and
        // copy-paste miss "difficult".
        f.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatures);
        return f;
    }
    // QTextBlockFormat's left and right margins are device pixels, while the layout scales top
    // and bottom margins from CSS pixels (96 per inch) to the device.
    qreal px(qreal millimetres) const { return millimetres * m_mm; }
    qreal cssPx(qreal millimetres) const { return millimetres * 96.0 / 25.4; }
    void insertHtml(QTextCursor &cursor, const QString &html, bool newPage);
    void insertArticle(QTextCursor &cursor, const ReportArticle &article);
    void decorate(
        const ReportArticle &article, const ArticleMarkup &markup, const QList<Placed> &placed);
    template<typename F>
    void forEachLine(int from, int to, F &&f) const;
    void add(const Decoration &d);
    void paintDecorations(QPainter &painter, const std::vector<Decoration> &list, bool under) const;
    void paintHeaderFooter(QPainter &painter, int page, int pages) const;
    void paintContents(QPainter &painter) const;

    const ReportData &m_data;
    QPdfWriter &m_writer;
    ReaderColors m_colors;
    QTextDocument m_doc;
    qreal m_mm = 1;
    QRectF m_paper;
    QRectF m_body;
    qreal m_leftGutter = 0; // document x where article text starts
    qreal m_rightGutter = 0; // document x where article text ends
    struct Pending
    {
        const ReportArticle *article;
        ArticleMarkup markup;
        QList<Placed> placed;
    };
    std::vector<Pending> m_pending; // articles whose highlights are placed once laid out
    struct Entry
    {
        QString text;
        int position; // where its part starts in the document
    };
    QList<Entry> m_contents; // listed on the title page with their page numbers
    int m_titleEnd = 0;
    std::map<int, std::vector<Decoration>> m_pages;
    std::map<std::pair<int, int>, qreal> m_rightUsed; // (page, line y) -> x taken in the margin
};

void PdfReport::insertHtml(QTextCursor &cursor, const QString &html, bool newPage)
{
    // A fresh block, so the fragment does not inherit the previous block's format.
    QTextBlockFormat format;
    if (newPage)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(format, QTextCharFormat());
    cursor.insertHtml(html);
}

void PdfReport::build()
{
    m_doc.documentLayout()->setPaintDevice(&m_writer);
    m_doc.setDocumentMargin(0);
    m_doc.setPageSize(m_body.size());
    m_doc.setDefaultFont(font(kSerif, 10));
    m_doc.setUseDesignMetrics(true);
    const QString accent = m_colors.quote.name();
    m_doc.setDefaultStyleSheet(uR"(
h1 { font-family: "DejaVu Sans"; font-size: 24pt; font-weight: bold; color: #1d1d24; margin-top: 6px; margin-bottom: 14px; }
h2 { font-family: "DejaVu Sans"; font-size: 14pt; font-weight: bold; color: #1d1d24; margin-top: 16px; margin-bottom: 6px; }
h3 { font-family: "DejaVu Sans"; font-size: 10.5pt; font-weight: bold; color: #1d1d24; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 6px; }
ul, ol { margin-top: 2px; margin-bottom: 6px; }
li { margin-bottom: 3px; }
table { font-family: "DejaVu Sans"; font-size: 8pt; margin-top: 4px; margin-bottom: 10px; }
th { background-color: #efedf6; color: #3a3550; font-weight: bold; text-align: left; border-bottom: 1px solid #a9a4c0; }
td { border-bottom: 1px solid #dddae8; }
small { font-size: 7pt; color: #686878; }
a { color: #2d4fa0; text-decoration: none; }
.kicker { font-family: "DejaVu Sans"; font-size: 8pt; font-weight: bold; color: %1; margin-bottom: 2px; }
.description { font-size: 12pt; color: #686878; }
.facts { font-family: "DejaVu Sans"; font-size: 9.5pt; font-weight: bold; margin-top: 8px; margin-bottom: 10px; }
.scope, .prepared, .computed, .byline, .source { font-family: "DejaVu Sans"; font-size: 8.5pt; color: #686878; }
.prepared { margin-top: 14px; }
.aligned td, .passage { font-family: "DejaVu Serif"; font-size: 8.5pt; }
.src { font-family: "DejaVu Sans"; font-size: 7pt; font-weight: bold; color: #686878; }
.absent { color: #b4b0c2; }
.note-text { font-style: italic; }
.stale { color: #9e1c1c; }
.notes { font-family: "DejaVu Sans"; font-size: 8.5pt; }
.about { font-weight: bold; }
.not-compared { background-color: #fff6df; }
.empty { color: #686878; font-style: italic; }
)"_s.arg(accent));

    QTextCursor cursor(&m_doc);
    // One edit: the document is laid out once at the end, not after every insertion.
    cursor.beginEditBlock();
    using ReportHtml::Flavour;
    // The title page, a third of the way down; the rest starts on the next page.
    QTextBlockFormat spacer;
    spacer.setTopMargin(cssPx(28));
    cursor.setBlockFormat(spacer);
    insertHtml(cursor, ReportHtml::titlePage(m_data, Flavour::QtRichText), false);
    insertHtml(cursor, ReportHtml::legend(m_data, m_colors, Flavour::QtRichText), false);
    m_titleEnd = cursor.position();
    if (!m_data.isSingleArticle()) {
        insertHtml(cursor, ReportHtml::comparison(m_data, m_colors, Flavour::QtRichText), true);
        m_contents.append({u"Comparison: aligned quotes, review, coverage"_s, m_titleEnd + 1});
    }
    for (const ReportArticle &article : m_data.articles) {
        const Article &a = article.article;
        m_contents.append(
            {a.outlet.isEmpty() ? a.title : a.outlet + u" — "_s + a.title, cursor.position() + 1});
        insertArticle(cursor, article);
    }
    cursor.endEditBlock();
    // Lays the whole document out: positions are read from here on.
    (void)m_doc.pageCount();
    for (const Pending &p : m_pending)
        decorate(*p.article, p.markup, p.placed);
    m_pending.clear();
}

void PdfReport::insertArticle(QTextCursor &cursor, const ReportArticle &article)
{
    const Article &a = article.article;
    QTextBlockFormat heading;
    heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    heading.setBottomMargin(cssPx(0.8));
    QTextCharFormat kicker;
    kicker.setFont(font(kSans, 8, QFont::Bold));
    kicker.setForeground(m_colors.quote);
    kicker.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    kicker.setFontLetterSpacing(0.6);
    cursor.insertBlock(heading, kicker);
    cursor.insertText((a.outlet.isEmpty() ? u"Article"_s : a.outlet).toUpper());

    QTextBlockFormat title;
    title.setBottomMargin(cssPx(2));
    title.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat headline;
    headline.setFont(font(kSans, 16, QFont::Bold));
    headline.setForeground(kInk);
    cursor.insertBlock(title, headline);
    cursor.insertText(a.title);

    QTextBlockFormat small;
    small.setBottomMargin(cssPx(0.6));
    QTextCharFormat muted;
    muted.setFont(font(kSans, 8.5));
    muted.setForeground(kMuted);
    QStringList byline;
    for (const QString &part : {a.author, ReportHtml::displayDate(a.published),
             u"%1 words"_s.arg(a.wordCount), a.language}) {
        if (!part.isEmpty())
            byline.append(part);
    }
    cursor.insertBlock(small, muted);
    cursor.insertText(byline.join(u"  ·  "_s));
    if (!a.url.isEmpty()) {
        cursor.insertBlock(small, muted);
        cursor.insertText(u"Source: "_s);
        QTextCharFormat link = muted;
        link.setAnchor(true);
        link.setAnchorHref(a.url);
        link.setForeground(QColor(0x2D, 0x4F, 0xA0));
        cursor.insertText(a.url, link);
    }

    // The text column, between the speakers' margin and the tags' margin.
    QTextBlockFormat para;
    para.setLeftMargin(px(28));
    para.setRightMargin(px(22));
    para.setBottomMargin(cssPx(2.2));
    para.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat text;
    text.setFont(font(kSerif, 10));
    text.setForeground(kInk);
    QTextBlockFormat first = para;
    first.setTopMargin(cssPx(5));

    QList<Placed> placed;
    const QString &body = a.body;
    qsizetype from = 0;
    while (from <= body.size()) {
        qsizetype to = body.indexOf(u'\n', from);
        if (to < 0)
            to = body.size();
        if (!QStringView(body).mid(from, to - from).trimmed().isEmpty()) {
            cursor.insertBlock(placed.isEmpty() ? first : para, text);
            placed.append({from, to, cursor.position()});
            cursor.insertText(body.mid(from, to - from));
        }
        from = to + 1;
    }
    const ArticleMarkup markup = articleMarkup(m_data, article, m_colors);
    m_pending.push_back({&article, markup, placed});

    QString after = ReportHtml::notes(markup, a.id, ReportHtml::Flavour::QtRichText);
    if (m_data.isSingleArticle())
        after
            += ReportHtml::articleSummary(m_data, article, markup, ReportHtml::Flavour::QtRichText);
    if (!after.isEmpty())
        insertHtml(cursor, after, false);
}

// Calls f(rect, opens, closes) for each line of document positions [from, to), in document
// coordinates.
template<typename F>
void PdfReport::forEachLine(int from, int to, F &&f) const
{
    bool first = true;
    for (QTextBlock block = m_doc.findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QPointF origin = layout->position();
        const int start = std::max(from, block.position()) - block.position();
        const int end = std::min(to, block.position() + block.length() - 1) - block.position();
        if (end <= start || layout->lineCount() == 0)
            continue;
        const int firstLine = layout->lineForTextPosition(start).lineNumber();
        const int lastLine = layout->lineForTextPosition(end - 1).lineNumber();
        for (int l = firstLine; l >= 0 && l <= lastLine; ++l) {
            const QTextLine line = layout->lineAt(l);
            const int a = std::max(start, line.textStart());
            int b = std::min(end, line.textStart() + line.textLength());
            // A line's trailing space is no part of the highlight's box.
            while (b > a + 1 && block.text().at(b - 1).isSpace() && l < lastLine)
                --b;
            const qreal x1 = line.cursorToX(a);
            const qreal x2 = line.cursorToX(b);
            const QRectF rect(origin.x() + std::min(x1, x2), origin.y() + line.y(),
                std::abs(x2 - x1), line.height());
            f(rect, first, l == lastLine && to <= block.position() + block.length() - 1);
            first = false;
        }
    }
}

void PdfReport::add(const Decoration &d)
{
    const qreal pageHeight = m_doc.pageSize().height();
    m_pages[int(d.rect.center().y() / pageHeight)].push_back(d);
}

void PdfReport::decorate(
    const ReportArticle &article, const ArticleMarkup &markup, const QList<Placed> &placed)
{
    if (placed.isEmpty())
        return;
    {
        const QTextBlock block = m_doc.findBlock(placed.constFirst().docPosition);
        const QTextLine line = block.layout()->lineAt(0);
        m_leftGutter = block.layout()->position().x() + line.x();
        m_rightGutter = m_leftGutter + line.width();
    }
    Q_UNUSED(article);
    const qreal mm = m_mm;
    const qreal pageHeight = m_doc.pageSize().height();
    for (const Highlight &h : markup.highlights) {
        // The paragraphs the highlight runs through.
        auto it = std::upper_bound(placed.cbegin(), placed.cend(), h.start,
            [](qsizetype offset, const Placed &p) { return offset < p.from; });
        if (it != placed.cbegin())
            --it;
        bool firstLine = true;
        for (; it != placed.cend() && it->from < h.end; ++it) {
            const qsizetype from = std::max(h.start, it->from);
            const qsizetype to = std::min(h.end, it->to);
            if (to <= from)
                continue;
            forEachLine(int(it->docPosition + (from - it->from)),
                int(it->docPosition + (to - it->from)), [&](QRectF r, bool opens, bool closes) {
                    opens = opens && from == h.start;
                    closes = closes && to == h.end;
                    Decoration d;
                    d.rect = r;
                    d.color = h.color;
                    d.fill = h.fill;
                    d.proposed = h.proposed;
                    d.opens = opens;
                    d.closes = closes;
                    // Tints stop short of the line's leading, so consecutive lines stay apart.
                    const QRectF inner = r.adjusted(0, r.height() * 0.12, 0, -r.height() * 0.14);
                    switch (h.kind) {
                    case Highlight::Kind::Entity:
                        d.shape = Decoration::Shape::Fill;
                        d.rect = inner;
                        add(d);
                        if (h.proposed) {
                            d.shape = Decoration::Shape::Dashed;
                            add(d);
                        }
                        break;
                    case Highlight::Kind::Quote: {
                        d.shape = Decoration::Shape::Fill;
                        d.rect = inner;
                        add(d);
                        d.shape = Decoration::Shape::Band;
                        d.rect = QRectF(r.left(), inner.bottom(), r.width(), 0.45 * mm);
                        add(d);
                        d.shape = Decoration::Shape::Bar;
                        d.rect = QRectF(m_leftGutter - 2.6 * mm, r.top() + 0.2 * mm, 0.7 * mm,
                            r.height() - 0.4 * mm);
                        add(d);
                        if (firstLine) {
                            d.shape = Decoration::Shape::Badge;
                            d.text = h.badge;
                            d.rect
                                = QRectF(0, inner.top(), m_leftGutter - 4.2 * mm, inner.height());
                            add(d);
                        }
                        break;
                    }
                    case Highlight::Kind::Cue:
                        d.shape = Decoration::Shape::Dotted;
                        d.rect = QRectF(r.left(), inner.bottom() - 0.1 * mm, r.width(), 0.3 * mm);
                        add(d);
                        break;
                    case Highlight::Kind::Tag:
                        d.shape = Decoration::Shape::Fill;
                        d.rect = inner;
                        add(d);
                        d.shape = Decoration::Shape::Box;
                        d.rect = inner.adjusted(-0.5 * mm, -0.2 * mm, 0.5 * mm, 0.2 * mm);
                        add(d);
                        break;
                    case Highlight::Kind::Note:
                        d.shape = Decoration::Shape::Dotted;
                        d.color = m_colors.note;
                        d.rect = QRectF(r.left(), inner.bottom() - 0.1 * mm, r.width(), 0.45 * mm);
                        add(d);
                        break;
                    }
                    // Tag names and note numbers go in the right margin, on the opening line.
                    const bool chip = h.kind == Highlight::Kind::Tag;
                    if (firstLine && (chip || h.note > 0)) {
                        const int page = int(r.center().y() / pageHeight);
                        qreal &used = m_rightUsed[{page, int(r.top())}];
                        const qreal x = std::max(used, m_rightGutter + 2.5 * mm);
                        const QFontMetricsF metrics(font(kSans, 6.5, QFont::Bold), &m_writer);
                        if (chip) {
                            Decoration c = d;
                            c.shape = Decoration::Shape::Chip;
                            c.text = h.badge;
                            const qreal width = std::min(
                                metrics.horizontalAdvance(c.text) + 2 * mm, m_body.width() - x);
                            c.rect = QRectF(x, inner.top(), width, inner.height());
                            add(c);
                            used = x + width + 1 * mm;
                        }
                        if (h.note > 0) {
                            Decoration n = d;
                            n.shape = Decoration::Shape::NoteMark;
                            n.color = m_colors.note;
                            n.text = QString::number(h.note);
                            const qreal x2 = std::max(used, m_rightGutter + 2.5 * mm);
                            const qreal width = metrics.horizontalAdvance(n.text) + 2.4 * mm;
                            n.rect = QRectF(x2, inner.top(), width, inner.height());
                            add(n);
                            used = x2 + width + 1 * mm;
                        }
                    }
                    firstLine = false;
                });
        }
    }
}

void PdfReport::paintDecorations(
    QPainter &painter, const std::vector<Decoration> &list, bool under) const
{
    const qreal mm = m_mm;
    using S = Decoration::Shape;
    for (const Decoration &d : list) {
        const bool isUnder = d.shape == S::Fill || d.shape == S::Band || d.shape == S::Box;
        if (isUnder != under)
            continue;
        const Qt::PenStyle style = d.proposed ? Qt::DashLine : Qt::SolidLine;
        switch (d.shape) {
        case S::Fill:
            painter.fillRect(d.rect, d.fill);
            break;
        case S::Band:
            if (d.proposed) {
                QPen pen(d.color, d.rect.height(), Qt::DashLine, Qt::FlatCap);
                painter.setPen(pen);
                painter.drawLine(QLineF(
                    d.rect.left(), d.rect.center().y(), d.rect.right(), d.rect.center().y()));
            } else {
                painter.fillRect(d.rect, d.color);
            }
            break;
        case S::Box: {
            QPen pen(d.color, 0.35 * mm, style, Qt::FlatCap);
            painter.setPen(pen);
            const QRectF &r = d.rect;
            painter.drawLine(QLineF(r.topLeft(), r.topRight()));
            painter.drawLine(QLineF(r.bottomLeft(), r.bottomRight()));
            if (d.opens)
                painter.drawLine(QLineF(r.topLeft(), r.bottomLeft()));
            if (d.closes)
                painter.drawLine(QLineF(r.topRight(), r.bottomRight()));
            break;
        }
        case S::Dashed:
            painter.setPen(QPen(d.color, 0.2 * mm, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(d.rect);
            break;
        case S::Dotted:
            painter.setPen(QPen(d.color, d.rect.height(), Qt::DotLine, Qt::FlatCap));
            painter.drawLine(
                QLineF(d.rect.left(), d.rect.center().y(), d.rect.right(), d.rect.center().y()));
            break;
        case S::Bar: {
            QColor bar = d.color;
            if (d.proposed)
                bar = onPaper(bar, 110);
            painter.fillRect(d.rect, bar);
            break;
        }
        case S::Badge: {
            const QFont small = font(kSans, 6.5, QFont::DemiBold);
            const QFontMetricsF metrics(small, painter.device());
            QString shown = d.text;
            const qreal room = d.rect.width() - 2 * mm;
            if (metrics.horizontalAdvance(shown) > room)
                shown = shown.section(u' ', -1); // the surname, as the window does
            shown = metrics.elidedText(shown, Qt::ElideRight, room);
            const qreal width = metrics.horizontalAdvance(shown) + 2 * mm;
            const QRectF badge(d.rect.right() - width, d.rect.top(), width, d.rect.height());
            painter.setPen(
                d.proposed ? QPen(m_colors.badgeText, 0.15 * mm, Qt::DashLine) : QPen(Qt::NoPen));
            painter.setBrush(m_colors.badgeBackground);
            painter.drawRoundedRect(badge, 0.8 * mm, 0.8 * mm);
            painter.setFont(small);
            painter.setPen(m_colors.badgeText);
            painter.drawText(badge, Qt::AlignCenter, shown);
            break;
        }
        case S::Chip: {
            const QFont small = font(kSans, 6.5, QFont::Bold);
            const QFontMetricsF metrics(small, painter.device());
            painter.setPen(
                d.proposed ? QPen(d.color.darker(130), 0.15 * mm, Qt::DashLine) : QPen(Qt::NoPen));
            painter.setBrush(d.color);
            painter.drawRoundedRect(d.rect, 0.6 * mm, 0.6 * mm);
            painter.setFont(small);
            painter.setPen(d.color.lightness() > 150 ? kInk : QColor(Qt::white));
            painter.drawText(d.rect, Qt::AlignCenter,
                metrics.elidedText(d.text, Qt::ElideRight, d.rect.width() - 1 * mm));
            break;
        }
        case S::NoteMark: {
            // A sheet with a folded corner and the note's number, as the window's marker.
            const QRectF &r = d.rect;
            const qreal fold = 1.0 * mm;
            const QPolygonF sheet({r.topLeft(), r.topRight() - QPointF(fold, 0),
                r.topRight() + QPointF(0, fold), r.bottomRight(), r.bottomLeft()});
            painter.setPen(QPen(d.color.darker(130), 0.15 * mm));
            painter.setBrush(onPaper(d.color, 120));
            painter.drawPolygon(sheet);
            painter.setFont(font(kSans, 6.5, QFont::Bold));
            painter.setPen(d.color.darker(170));
            painter.drawText(r, Qt::AlignCenter, d.text);
            break;
        }
        }
    }
}

void PdfReport::paintHeaderFooter(QPainter &painter, int page, int pages) const
{
    const qreal mm = m_mm;
    const QRectF line(m_body.left(), 0, m_body.width(), 0);
    painter.setFont(font(kSans, 7.5));
    if (page == 0) {
        // The cover: a band in the accent colour across the top.
        painter.fillRect(QRectF(0, 0, m_paper.width(), 7 * mm), m_colors.quote);
    } else {
        const qreal y = 12 * mm;
        const QRectF header(m_body.left(), y, m_body.width(), 5 * mm);
        painter.setPen(kMuted);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(painter.font(), painter.device())
                .elidedText(m_data.title(), Qt::ElideRight, m_body.width() * 0.55));
        QString right = m_data.kindName();
        if (!m_data.options.preparedBy.isEmpty())
            right += u" · "_s + m_data.options.preparedBy;
        right += u" · "_s + ReportHtml::displayDate(m_data.prepared.date().toString(Qt::ISODate));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
        painter.setPen(QPen(kRule, 0.25 * mm));
        painter.drawLine(QLineF(m_body.left(), y + 6 * mm, m_body.right(), y + 6 * mm));
    }
    const QRectF footer(line.left(), m_paper.height() - 14 * mm, line.width(), 5 * mm);
    painter.setPen(kMuted);
    painter.drawText(
        footer, Qt::AlignHCenter | Qt::AlignVCenter, u"Page %1 of %2"_s.arg(page + 1).arg(pages));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, u"Parallax"_s);
}

// The contents go in the title page's free lower half, once the page numbers are known.
void PdfReport::paintContents(QPainter &painter) const
{
    const qreal mm = m_mm;
    const qreal pageHeight = m_doc.pageSize().height();
    const QTextBlock last = m_doc.findBlock(std::max(0, m_titleEnd - 1));
    qreal y = m_doc.documentLayout()->blockBoundingRect(last).bottom() + 12 * mm;
    const QFont heading = font(kSans, 10.5, QFont::Bold);
    const QFont entry = font(kSans, 9);
    const QFontMetricsF metrics(entry, painter.device());
    const qreal line = metrics.height() * 1.6;
    if (m_contents.isEmpty() || y + 2 * line > pageHeight)
        return;
    painter.setFont(heading);
    painter.setPen(kInk);
    painter.drawText(QPointF(0, y), u"Contents"_s);
    y += 3 * mm;
    painter.setPen(QPen(m_colors.quote, 0.5 * mm));
    painter.drawLine(QLineF(0, y, m_body.width(), y));
    y += line;
    painter.setFont(entry);
    for (const Entry &e : m_contents) {
        if (y > pageHeight - line) {
            painter.setPen(kMuted);
            painter.drawText(QPointF(0, y), u"…"_s);
            break;
        }
        const QTextBlock block = m_doc.findBlock(e.position);
        const int page
            = int(m_doc.documentLayout()->blockBoundingRect(block).center().y() / pageHeight) + 1;
        const QString number = QString::number(page);
        const qreal numberWidth = metrics.horizontalAdvance(number);
        const QString text
            = metrics.elidedText(e.text, Qt::ElideRight, m_body.width() - numberWidth - 14 * mm);
        painter.setPen(kInk);
        painter.drawText(QPointF(0, y), text);
        painter.drawText(QPointF(m_body.width() - numberWidth, y), number);
        // Dotted leaders from the entry to its page number.
        painter.setPen(QPen(kRule, 0.3 * mm, Qt::DotLine));
        painter.drawLine(QLineF(metrics.horizontalAdvance(text) + 2 * mm, y - 0.5 * mm,
            m_body.width() - numberWidth - 2 * mm, y - 0.5 * mm));
        painter.setPen(QPen(kRule, 0.2 * mm));
        y += line;
    }
}

void PdfReport::paint(QPainter &painter)
{
    const int pages = m_doc.pageCount();
    const qreal pageHeight = m_doc.pageSize().height();
    const std::vector<Decoration> none;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            m_writer.newPage();
        painter.save();
        painter.translate(m_body.left(), m_body.top() - page * pageHeight);
        const QRectF clip(-m_body.left(), page * pageHeight, m_paper.width(), pageHeight);
        painter.setClipRect(clip);
        const auto found = m_pages.find(page);
        const std::vector<Decoration> &decorations = found == m_pages.end() ? none : found->second;
        paintDecorations(painter, decorations, true);
        QAbstractTextDocumentLayout::PaintContext context;
        // A hair short of the next page: a block that starts exactly there (after a page break)
        // would otherwise be drawn here too, hidden by the clip but still in the PDF's text.
        context.clip = QRectF(0, page * pageHeight, m_body.width(), pageHeight - 1);
        context.palette.setColor(QPalette::Text, kInk);
        m_doc.documentLayout()->draw(&painter, context);
        painter.setRenderHint(QPainter::Antialiasing);
        paintDecorations(painter, decorations, false);
        if (page == 0)
            paintContents(painter);
        painter.restore();
        paintHeaderFooter(painter, page, pages);
    }
}

} // namespace

Result<int> writePdfReport(const ReportData &data, const QString &outPath)
{
    const QString name = QDir::toNativeSeparators(outPath);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error {u"%1: a PDF needs fonts, which this program has not loaded (it runs without "
                      "a QGuiApplication)"_s.arg(name)};
    if (auto r = DatabaseFiles::refuseIfInUse(outPath); !r)
        return Error {r.error()};
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error {u"%1: cannot be written (%2)"_s.arg(name, file.errorString())};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(
            QPageSize(data.options.pageSize), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(data.title() + u" — "_s + data.kindName());
        writer.setCreator(u"Parallax "_s + QStringLiteral(PARALLAX_VERSION));
        PdfReport report(data, writer);
        report.build();
        QPainter painter;
        if (!painter.begin(&writer))
            return Error {u"%1: the PDF could not be started"_s.arg(name)};
        report.paint(painter);
        pages = report.pageCount();
        painter.end();
    }
    if (!file.commit())
        return Error {u"%1: cannot be written (%2)"_s.arg(name, file.errorString())};
    return pages;
}

} // namespace Parallax
