// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/articleview.h"

#include "model/quotespeaker.h"
#include "model/readercolors.h"
#include "reader/articleview_p.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

// The left margin: quote bars, speaker badges and note markers. The view paints it because
// only the view knows which lines are on screen.
class ArticleMargin : public QWidget
{
public:
    explicit ArticleMargin(ArticleView *view)
        : QWidget(view)
        , m_view(view)
    {
        setMouseTracking(true);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        m_view->paintMargin(&painter, event->rect());
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString text = m_view->marginToolTipAt(help->pos().y());
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

    // A click on a quote's speaker label (left or right button) asks to correct the speaker.
    void mousePressEvent(QMouseEvent *event) override
    {
        const qint64 quote = m_view->quoteAtMargin(event->position().toPoint().y());
        if (quote == 0
            || !(event->button() == Qt::LeftButton || event->button() == Qt::RightButton))
            return QWidget::mousePressEvent(event);
        Q_EMIT m_view->annotationClicked(quote);
        Q_EMIT m_view->speakerLabelClicked(quote);
        event->accept();
    }

private:
    ArticleView *m_view;
};

namespace {

constexpr quint32 bit(ArticleView::Layer layer)
{
    return 1u << int(layer);
}

// Paragraphs longer than this are shown in pieces: QTextLayout lays out, hit-tests and draws a
// block as a whole, so one 200,000-character paragraph costs ~15 ms a frame (PERFORMANCE.md,
// trap 4; see docs/reader.md).
constexpr qsizetype kMaxParagraph = 2000;

// The text as displayed: inside over-long paragraphs a space after a sentence (or, failing
// that, any space) is replaced with a paragraph break every kMaxParagraph / 2 characters or
// so. One character for one keeps every offset exact; a paragraph without spaces stays whole.
QString splitLongParagraphs(const QString &text)
{
    QString shown = text;
    qsizetype paragraphStart = 0;
    for (qsizetype i = 0; i <= shown.size(); ++i) {
        if (i < shown.size() && shown.at(i) != u'\n')
            continue;
        qsizetype pieceStart = paragraphStart;
        while (i - pieceStart > kMaxParagraph) {
            const qsizetype from = pieceStart + kMaxParagraph / 2;
            const qsizetype to = pieceStart + kMaxParagraph;
            qsizetype cut = -1;
            for (qsizetype j = from; j < to && cut < 0; ++j) {
                if (shown.at(j) == u' ' && QStringView(u".!?\u201d\"").contains(shown.at(j - 1)))
                    cut = j;
            }
            for (qsizetype j = from; j < to && cut < 0; ++j) {
                if (shown.at(j) == u' ')
                    cut = j;
            }
            if (cut < 0)
                break;
            shown[cut] = u'\n';
            pieceStart = cut + 1;
        }
        paragraphStart = i + 1;
    }
    return shown;
}

// Paragraphs are set apart by the same space whatever the article's line breaks were (one newline
// or two or more): empty lines are hidden, and each paragraph but the last gets room below it.
// QPlainTextDocumentLayout ignores block margins, but QPlainTextEdit paints, hit-tests and
// scrolls by blockBoundingRect.
class ParagraphLayout : public QPlainTextDocumentLayout
{
public:
    using QPlainTextDocumentLayout::QPlainTextDocumentLayout;

    QRectF blockBoundingRect(const QTextBlock &block) const override
    {
        QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
        if (block.isVisible() && block.next().isValid() && block.layout()->lineCount() > 0)
            rect.adjust(0, 0, 0, kParagraphSpacing * block.layout()->lineAt(0).height());
        return rect;
    }

    static constexpr qreal kParagraphSpacing = 0.6; // of a line
};

void hideEmptyLines(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const bool empty
            = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
        block.setVisible(!empty);
    }
    document->markContentsDirty(0, document->characterCount());
}

} // namespace

std::optional<ArticleView::Layer> ReaderDetail::entityLayer(const QString &label)
{
    using L = ArticleView::Layer;
    static const QHash<QString, L> layers
        = {{u"PERSON"_s, L::Person}, {u"PER"_s, L::Person}, {u"ORG"_s, L::Organization},
            {u"LOC"_s, L::Location}, {u"GPE"_s, L::Location}, {u"MISC"_s, L::Miscellaneous},
            {u"DATE"_s, L::Date}, {u"DURATION"_s, L::Date}, {u"SET"_s, L::Date},
            {u"TIME"_s, L::Time}, {u"MONEY"_s, L::Money}, {u"PERCENT"_s, L::Percent}};
    // Types from other annotators still show, as miscellaneous.
    return layers.value(label, L::Miscellaneous);
}

using namespace ReaderDetail;

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_margin(new ArticleMargin(this))
    , m_colors(std::make_unique<ReaderColors>())
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setUndoRedoEnabled(false);
    // A word is never cut in two: a pane has a readable minimum width (see ReadingArea).
    setWordWrapMode(QTextOption::WordWrap);
    auto *document = new QTextDocument(this);
    document->setDocumentLayout(new ParagraphLayout(document));
    setDocument(document);
    document->setDocumentMargin(8);
    viewport()->setMouseTracking(true);
    updateColors();
    updateMarginWidth();

    connect(this, &QPlainTextEdit::updateRequest, m_margin, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::selectionChanged, this, [this] {
        const QTextCursor cursor = textCursor();
        Q_EMIT selectionChangedCodePoints(
            m_map.toCodePoint(cursor.selectionStart()), m_map.toCodePoint(cursor.selectionEnd()));
    });
}

ArticleView::~ArticleView() = default;

void ArticleView::setArticle(
    const QString &title, const QString &outlet, const QString &date, const QString &text)
{
    m_title = title;
    m_outlet = outlet;
    m_date = date;
    m_text = text;
    m_map = CodePointMap(text);
    m_annotations.clear();
    m_byId.clear();
    m_speakerOfQuote.clear();
    m_index = SpanIndex();
    m_marks.clear();
    m_markIndex = SpanIndex();
    m_groupSpan.clear();
    m_currentGroup = 0;
    setAccessibleName(title);
    setPlainText(splitLongParagraphs(text));
    hideEmptyLines(document());
}

void ArticleView::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    m_byId.clear();
    m_speakerOfQuote.clear();
    m_byId.reserve(annotations.size());
    for (qsizetype i = 0; i < annotations.size(); ++i)
        m_byId.insert(annotations.at(i).id, int(i));
    m_speakerOfQuote = QuoteSpeaker::speakerOfQuote(annotations);
    m_index = SpanIndex::fromAnnotations(m_annotations, m_map, SpanIndex::Rejected::Skip);
    viewport()->update();
    m_margin->update();
}

void ArticleView::setEntityNames(const QHash<qint64, QString> &names)
{
    m_entityNames = names;
}

void ArticleView::setTagColor(const QString &label, const QColor &color)
{
    m_tagColors.insert(label, color);
    viewport()->update();
}

void ArticleView::setLayerVisible(Layer layer, bool visible)
{
    const quint32 hidden = visible ? (m_hiddenLayers & ~bit(layer)) : (m_hiddenLayers | bit(layer));
    if (hidden == m_hiddenLayers)
        return;
    m_hiddenLayers = hidden;
    viewport()->update();
    m_margin->update();
}

void ArticleView::setHiddenAnalysts(const QSet<QString> &analysts)
{
    if (analysts == m_hiddenAnalysts)
        return;
    m_hiddenAnalysts = analysts;
    viewport()->update();
    m_margin->update();
}

bool ArticleView::isLayerVisible(Layer layer) const
{
    return !(m_hiddenLayers & bit(layer));
}

std::optional<ArticleView::Layer> ArticleView::layerOf(const Annotation &annotation)
{
    switch (annotation.kind) {
    case AnnotationKind::Entity:
        return entityLayer(annotation.label);
    case AnnotationKind::Quote:
    case AnnotationKind::Cue:
        return Layer::Quotes;
    case AnnotationKind::Tag:
        return Layer::Tags;
    case AnnotationKind::Note:
        return Layer::Notes;
    case AnnotationKind::Speaker:
        break; // shown as its quote's badge
    }
    return std::nullopt;
}

QColor ArticleView::layerColor(Layer layer) const
{
    switch (layer) {
    case Layer::Quotes:
        return m_colors->quote;
    case Layer::Notes:
        return m_colors->note;
    case Layer::Tags:
    case Layer::Proposals:
        return m_colors->tagFallback;
    default:
        return m_colors->entity[size_t(layer)];
    }
}

bool ArticleView::isDrawn(const Annotation &a) const
{
    if (a.status == ReviewStatus::Rejected || a.anchor == AnchorState::Orphaned)
        return false;
    if (a.status == ReviewStatus::Proposed && (m_hiddenLayers & bit(Layer::Proposals)))
        return false;
    if (a.origin == Origin::Manual && m_hiddenAnalysts.contains(a.analyst))
        return false;
    const std::optional<Layer> layer = layerOf(a);
    return layer && !(m_hiddenLayers & bit(*layer));
}

void ArticleView::collectVisible(const QRect &rect) const
{
    m_visible.clear();
    if (m_index.isEmpty())
        return;
    const QPointF offset = contentOffset();
    qreal top = offset.y();
    for (QTextBlock block = firstVisibleBlock(); block.isValid() && top <= rect.bottom();
         block = block.next()) {
        // blockBoundingRect() lays the block out if it was not yet.
        const qreal height = blockBoundingRect(block).height();
        const QTextLayout *layout = block.layout();
        if (block.isVisible() && top + height >= rect.top() && layout->lineCount() > 0) {
            const QPointF origin = QPointF(offset.x(), top) + layout->position();
            // Only the exposed lines: a 200,000-character paragraph must not cost its whole
            // length in queries (PERFORMANCE.md, trap 4).
            const QTextLine first = layout->lineAt(lineIndexAtY(layout, rect.top() - origin.y()));
            const QTextLine last = layout->lineAt(lineIndexAtY(layout, rect.bottom() - origin.y()));
            const qsizetype from = block.position() + first.textStart();
            const qsizetype to
                = qMax(block.position() + last.textStart() + last.textLength(), from + 1);
            m_index.forEachOverlapping(from, to, [&](const SpanIndex::Entry &e) {
                if (isDrawn(m_annotations.at(e.value))) {
                    m_visible.push_back({e.value, block, origin, qMax(e.start, from),
                        qMin(e.end, to), e.start >= from, e.end <= to});
                }
            });
        }
        top += height;
    }
}

template<typename F>
void ArticleView::forEachLineRect(const Visible &v, Extent extent, F &&f) const
{
    const QTextLayout *layout = v.block.layout();
    const int from = int(v.from - v.block.position());
    const int to = int(v.to - v.block.position());
    const int firstLine = lineIndexFor(layout, from);
    const int lastLine = lineIndexFor(layout, qMax(from, to - 1));
    for (int l = firstLine; l <= lastLine; ++l) {
        const QTextLine line = layout->lineAt(l);
        // cursorToX() shapes the line; the margin only needs the lines' heights.
        const bool withX = extent == Extent::Full;
        qreal x1 = withX && l == firstLine ? line.cursorToX(from) : line.x();
        qreal x2 = !withX   ? x1
            : l == lastLine ? line.cursorToX(to)
                            : line.x() + line.naturalTextWidth();
        if (x2 < x1)
            std::swap(x1, x2); // right-to-left text
        const QRectF r(v.origin.x() + x1, v.origin.y() + line.y(), x2 - x1, line.height());
        f(r, l == firstLine && v.opens, l == lastLine && v.closes);
    }
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    collectVisible(event->rect());
    // Rectangles once per frame, for both passes: cursorToX() is most of their cost.
    m_segments.clear();
    for (const Visible &v : m_visible) {
        forEachLineRect(v, Extent::Full, [this, &v](const QRectF &r, bool opens, bool closes) {
            m_segments.push_back({v.annotation, r, opens, closes});
        });
    }
    // No antialiasing: the marks are axis-aligned rectangles and lines, and antialiased rounded
    // rectangles doubled the cost of a full frame on dense articles.
    const bool marks = m_marksVisible && !m_markIndex.isEmpty();
    if (!m_visible.empty() || marks) {
        QPainter painter(viewport());
        paintComparisonUnder(&painter, event->rect());
        paintUnder(&painter);
    }
    QPlainTextEdit::paintEvent(event);
    if (!m_visible.empty() || marks) {
        QPainter painter(viewport());
        paintOver(&painter);
        paintComparisonOver(&painter);
    }
}

namespace {

// A horizontal band; solid ones are fills, which the raster engine does fastest.
void band(QPainter *painter, qreal x1, qreal x2, qreal y, int width, const QColor &color,
    Qt::PenStyle style)
{
    if (style == Qt::SolidLine) {
        painter->fillRect(QRectF(x1, y, x2 - x1, width), color);
        return;
    }
    painter->setPen(QPen(color, width, style, Qt::FlatCap));
    const qreal middle = y + width / 2.0;
    painter->drawLine(QPointF(x1, middle), QPointF(x2, middle));
}

} // namespace

// Tints and the quote band go under the text, so glyphs (descenders included) stay crisp on top.
void ArticleView::paintUnder(QPainter *painter) const
{
    for (const Segment &s : m_segments) {
        const Annotation &a = m_annotations.at(s.annotation);
        const bool proposed = a.status == ReviewStatus::Proposed;
        QColor fill;
        bool hatched = false;
        switch (a.kind) {
        case AnnotationKind::Entity: {
            const auto layer = size_t(*entityLayer(a.label));
            fill = m_colors->tint(m_colors->entity[layer], proposed);
            hatched = layer == ReaderColors::kHatchedEntity;
            break;
        }
        case AnnotationKind::Quote:
            fill = m_colors->quoteTint;
            break;
        case AnnotationKind::Tag:
            fill = m_colors->tint(m_tagColors.value(a.label, m_colors->tagFallback), true);
            break;
        default:
            continue;
        }
        {
            const QRectF &r = s.rect;
            // Entity tints stop above the quote band at the bottom of the line.
            const QRectF area = a.kind == AnnotationKind::Entity ? r.adjusted(0, 1, 0, -3) : r;
            painter->fillRect(area, fill);
            if (hatched) {
                // Stronger than the tint: thin lines carry little ink.
                QColor lines = m_colors->entity[ReaderColors::kHatchedEntity];
                lines.setAlpha(proposed ? 170 : 230);
                painter->fillRect(area, QBrush(lines, ReaderColors::hatch()));
            }
            if (a.kind == AnnotationKind::Quote) {
                // The margin bar carries the quote; under the words a hairline is enough, and
                // a dashed band under nearly every line of a report was what tired the eye.
                QColor line = m_colors->quote;
                line.setAlpha(proposed ? 70 : 150);
                band(painter, r.left(), r.right(), r.bottom() - 1, 1, line, Qt::SolidLine);
            } else if (a.kind == AnnotationKind::Tag) {
                // A box per line; its open sides show where the tag continues.
                const QColor color = m_tagColors.value(a.label, m_colors->tagFallback);
                const Qt::PenStyle style = proposed ? Qt::DashLine : Qt::SolidLine;
                const QRectF box = r.adjusted(-2, 0, 2, 0);
                band(painter, box.left(), box.right(), box.top(), 2, color, style);
                band(painter, box.left(), box.right(), box.bottom() - 2, 2, color, style);
                if (s.opens)
                    painter->fillRect(QRectF(box.left(), box.top(), 2, box.height()), color);
                if (s.closes)
                    painter->fillRect(QRectF(box.right() - 2, box.top(), 2, box.height()), color);
            }
        }
    }
}

// Lines and outlines go over the text. A dashed outline means "proposed, not reviewed"; a
// proposed quote has a fainter hairline and margin bar.
void ArticleView::paintOver(QPainter *painter) const
{
    painter->setBrush(Qt::NoBrush);
    for (const Segment &s : m_segments) {
        const Annotation &a = m_annotations.at(s.annotation);
        const Qt::PenStyle style
            = a.status == ReviewStatus::Proposed ? Qt::DashLine : Qt::SolidLine;
        const bool highlighted = m_highlightedEntity != 0 && a.entityId == m_highlightedEntity
            && a.kind == AnnotationKind::Entity;
        {
            const QRectF &r = s.rect;
            switch (a.kind) {
            case AnnotationKind::Entity:
                if (style == Qt::DashLine) {
                    QColor edge = m_colors->entity[size_t(*entityLayer(a.label))];
                    edge.setAlpha(150);
                    painter->setPen(QPen(edge, 1, Qt::DashLine));
                    painter->drawRect(r.adjusted(0, 1, -1, -4));
                }
                break;
            case AnnotationKind::Quote:
            case AnnotationKind::Tag:
            case AnnotationKind::Speaker:
                break; // quote bands and tag boxes are under the text; speakers are badges
            case AnnotationKind::Cue:
                band(painter, r.left(), r.right(), r.bottom() - 1, 1, m_colors->quote, Qt::DotLine);
                break;
            case AnnotationKind::Note:
                band(painter, r.left(), r.right(), r.bottom() - 2, 2, m_colors->note, Qt::DotLine);
                break;
            }
            if (highlighted) {
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing);
                painter->setPen(QPen(m_colors->outline, 2));
                painter->drawRoundedRect(r.adjusted(-1, 0, 1, -2), 3, 3);
                painter->restore();
            }
        }
    }
}

void ArticleView::paintMargin(QPainter *painter, const QRect &rect) const
{
    painter->fillRect(rect, m_colors->marginBackground);
    collectVisible(QRect(0, rect.top(), viewport()->width(), rect.height()));
    if (m_visible.empty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF metrics(small);
    // From the text outwards: the quote bar, a column for note markers, the speaker badge.
    const qreal barX = m_margin->width() - 6;
    const qreal noteX = barX - 14;
    const qreal badgeRight = noteX - 3;
    for (const Visible &v : m_visible) {
        const Annotation &a = m_annotations.at(v.annotation);
        const bool proposed = a.status == ReviewStatus::Proposed;
        const bool quote = a.kind == AnnotationKind::Quote;
        const bool note = a.kind == AnnotationKind::Note || !a.note.isEmpty();
        if (!quote && !note)
            continue;
        forEachLineRect(v, Extent::LinesOnly, [&](const QRectF &r, bool opens, bool) {
            if (quote) {
                QColor bar = m_colors->quote;
                if (proposed)
                    bar.setAlpha(110);
                painter->fillRect(QRectF(barX, r.top() + 1, 3, r.height() - 2), bar);
            }
            if (!opens)
                return;
            if (note) {
                // A sheet with a folded corner, vertically centred on the line.
                const QRectF sheet(noteX, r.center().y() - 6, 10, 12);
                const QPolygonF shape({sheet.topLeft(), sheet.topRight() - QPointF(3, 0),
                    sheet.topRight() + QPointF(0, 3), sheet.bottomRight(), sheet.bottomLeft()});
                painter->setPen(QPen(m_colors->note.darker(130), 1));
                painter->setBrush(m_colors->note);
                painter->drawPolygon(shape);
            }
            if (quote && !m_marginFolded) {
                const QString shown
                    = shownBadge(m_annotations.at(v.annotation).id, metrics, badgeRight - 4 - 10);
                const qreal width = metrics.horizontalAdvance(shown) + 10;
                const QRectF badge(badgeRight - width, r.center().y() - metrics.height() / 2 - 1,
                    width, metrics.height() + 2);
                painter->setPen(proposed ? QPen(m_colors->badgeText, 1, Qt::DashLine) : Qt::NoPen);
                painter->setBrush(m_colors->badgeBackground);
                painter->drawRoundedRect(badge, 4, 4);
                painter->setFont(small);
                painter->setPen(m_colors->badgeText);
                painter->drawText(badge, Qt::AlignCenter, shown);
            }
        });
    }
}

qsizetype ArticleView::characterAt(const QPoint &viewportPoint) const
{
    const QTextCursor cursor = cursorForPosition(viewportPoint);
    const QTextBlock block = cursor.block();
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return -1;
    const int inBlock = cursor.position() - block.position();
    const QTextLine line = layout->lineAt(lineIndexFor(layout, inBlock));
    // cursorRect() gives the line's place on screen without walking the blocks above it.
    const QRect caret = cursorRect(cursor);
    const qreal originX = caret.x() - line.cursorToX(inBlock);
    const qreal x = viewportPoint.x() - originX;
    if (viewportPoint.y() < caret.top() || viewportPoint.y() >= caret.top() + line.height()
        || x < line.x() || x >= line.x() + line.naturalTextWidth())
        return -1;
    return block.position() + line.xToCursor(x, QTextLine::CursorOnCharacter);
}

int ArticleView::innermostAt(qsizetype utf16Position) const
{
    int best = -1;
    qsizetype bestLength = 0;
    m_index.forEachOverlapping(utf16Position, utf16Position + 1, [&](const SpanIndex::Entry &e) {
        if (!isDrawn(m_annotations.at(e.value)))
            return;
        // Index order puts outer spans first, so "<=" lets an equally long inner one win.
        if (best < 0 || e.end - e.start <= bestLength) {
            best = e.value;
            bestLength = e.end - e.start;
        }
    });
    return best;
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || textCursor().hasSelection()
        || (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;
    const qsizetype character = characterAt(pos);
    const int index = character < 0 ? -1 : innermostAt(character);
    if (index >= 0) {
        const Annotation &a = m_annotations.at(index);
        Q_EMIT annotationClicked(a.id);
        if (a.kind == AnnotationKind::Entity && a.entityId != 0)
            Q_EMIT entityClicked(a.entityId);
    }
    if (const qint64 group = groupAt(pos); group != 0)
        Q_EMIT comparisonGroupClicked(group);
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype character = characterAt(help->pos());
        const QString text = character < 0 ? QString() : toolTipAt(character);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMarginWidth();
    const QRect contents = contentsRect();
    m_margin->setGeometry(
        QRect(contents.left(), contents.top(), viewportMargins().left(), contents.height()));
}

void ArticleView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
    if (event->type() == QEvent::FontChange)
        updateMarginWidth();
}

void ArticleView::setLayerColor(Layer layer, const QColor &color)
{
    if (color.isValid())
        m_colorOverrides.insert(layer, color);
    else
        m_colorOverrides.remove(layer);
    updateColors();
}

void ArticleView::updateColors()
{
    *m_colors = ReaderColors::forPalette(palette());
    // The analyst's own colours (Preferences) win over the palette's.
    for (auto it = m_colorOverrides.cbegin(); it != m_colorOverrides.cend(); ++it) {
        if (it.key() == Layer::Quotes)
            m_colors->quote = it.value();
        else if (size_t(it.key()) < m_colors->entity.size())
            m_colors->entity[size_t(it.key())] = it.value();
    }
    viewport()->update();
    m_margin->update();
}

void ArticleView::updateMarginWidth()
{
    // Room for a speaker's surname or a short full name in the badge font. When that would
    // leave the text short of a readable line, the margin folds to the quote bar and the note
    // column, and the speaker's name is in the margin's tooltip.
    const int full = fontMetrics().horizontalAdvance(u'M') * 8 + 24;
    const int readable = fontMetrics().averageCharWidth() * 45;
    m_marginFolded = width() - full < readable;
    const int width = m_marginFolded ? kFoldedMargin : full;
    if (viewportMargins().left() == width)
        return;
    setViewportMargins(width, 0, 0, 0);
    const QRect contents = contentsRect();
    m_margin->setGeometry(QRect(contents.left(), contents.top(), width, contents.height()));
}

QMimeData *ArticleView::createMimeDataFromSelection() const
{
    // The article's own characters, not the breaks that split long paragraphs for display.
    const QTextCursor cursor = textCursor();
    auto *data = new QMimeData;
    data->setText(
        m_text.mid(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()));
    return data;
}

QList<qint64> ArticleView::visibleAnnotationsInRect(const QRect &viewportRect) const
{
    collectVisible(viewportRect);
    QList<qint64> ids;
    for (const Visible &v : m_visible) {
        const qint64 id = m_annotations.at(v.annotation).id;
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

std::pair<qsizetype, qsizetype> ArticleView::utf16Range(qint64 annotationId) const
{
    const int index = m_byId.value(annotationId, -1);
    if (index < 0)
        return {-1, -1};
    const TextSpan &span = m_annotations.at(index).span;
    return {m_map.toUtf16(span.start), m_map.toUtf16(span.end)};
}

void ArticleView::highlightEntity(qint64 entityId)
{
    if (m_highlightedEntity == entityId)
        return;
    m_highlightedEntity = entityId;
    viewport()->update();
}

void ArticleView::scrollToSpan(qsizetype start, qsizetype end)
{
    Q_UNUSED(end)
    // Moving the (hidden) caret lets QPlainTextEdit find the line without a full layout.
    QTextCursor cursor(document());
    cursor.setPosition(int(m_map.toUtf16(start)));
    setTextCursor(cursor);
    centerCursor();
}

} // namespace Parallax
