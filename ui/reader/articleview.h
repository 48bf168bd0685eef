// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/spanindex.h"
#include "util/textoffsets.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextBlock>

#include <memory>
#include <optional>
#include <vector>

namespace Parallax {

class ArticleMargin;
struct ReaderColors;

// A read-only, selectable article with its annotations painted over it.
//
// Highlights never enter the QTextDocument (no character formats, no extra selections): they
// live in a SpanIndex and are painted per visible line in paintEvent, so a frame costs what is
// on screen, not what is annotated. Entities are a background tint per type, quotes an underline
// band with a bar and speaker badge in the left margin, tags a box in their code-book colour,
// notes a marker in the margin. Proposals are drawn lighter with a dashed edge; rejected and
// orphaned annotations are not drawn.
//
// Offsets in the API are Unicode code points, as stored; call setArticle() before
// setAnnotations(). Paragraphs over 2,000 characters are displayed in pieces (a space becomes a
// paragraph break, so offsets stay exact); toPlainText() shows those breaks, copying does not.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kFoldedMargin = 24; // px: the quote bar and the note column
    enum class Layer {
        Person,
        Organization,
        Location,
        Miscellaneous,
        Date, // DATE, DURATION and SET
        Time,
        Money,
        Percent,
        Quotes, // quotes and their cues
        Tags,
        Notes,
        Proposals, // off: unreviewed automatic annotations of every kind are hidden
    };
    Q_ENUM(Layer)

    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setArticle(
        const QString &title, const QString &outlet, const QString &date, const QString &text);
    QString title() const { return m_title; }
    // Narrow: the margin is a slim gutter without the speakers' names.
    bool isMarginFolded() const { return m_marginFolded; }
    QString outlet() const { return m_outlet; }
    QString date() const { return m_date; }

    // All annotations of the article, children included (a quote's speaker names its badge).
    void setAnnotations(const QList<Annotation> &annotations);
    QList<Annotation> annotations() const { return m_annotations; }
    // Names shown in tooltips for entity mentions and speakers; the mention text otherwise.
    void setEntityNames(const QHash<qint64, QString> &names);
    void setTagColor(const QString &label, const QColor &color);
    // Overrides the palette's colour of an entity layer or of quotes; an invalid colour resets it.
    void setLayerColor(Layer layer, const QColor &color);

    void setLayerVisible(Layer layer, bool visible);
    bool isLayerVisible(Layer layer) const;
    // The analysts whose own (manual) annotations are not drawn: the layer bar's choice of one,
    // several or all analysts' layers.
    void setHiddenAnalysts(const QSet<QString> &analysts);
    // The layer an annotation is drawn on, or nothing for kinds that are not painted.
    static std::optional<Layer> layerOf(const Annotation &annotation);
    // The colour that marks a layer (an entity type's tint at full strength), for the legend.
    QColor layerColor(Layer layer) const;

    // Ids of the annotations drawn in a viewport rectangle, in drawing order.
    QList<qint64> visibleAnnotationsInRect(const QRect &viewportRect) const;
    // The tooltip for a text position (UTF-16, as QTextCursor counts), empty when none.
    QString toolTipAt(qsizetype utf16Position) const;
    // What the margin's badge beside a quote says: its speaker, or "unattributed".
    QString speakerBadge(qint64 quoteId) const;
    // The badge as drawn in room pixels of metrics' font: shortened when it does not fit.
    QString shownBadge(qint64 quoteId, const QFontMetricsF &metrics, qreal room) const;
    // UTF-16 range of an annotation's span in the document, for tests and scrolling.
    std::pair<qsizetype, qsizetype> utf16Range(qint64 annotationId) const;

    // What a comparison marks in this article (code points): the spans aligned with other
    // articles, the words that differ inside them, and what only this article reports.
    struct ComparisonMark
    {
        enum class Kind : quint8 { Aligned, Differing, Unmatched };
        qsizetype start = 0;
        qsizetype end = 0;
        Kind kind = Kind::Aligned;
        qint64 group = 0; // the alignment's id; an unmatched span's review item id
    };
    void setComparisonMarks(const QList<ComparisonMark> &marks);
    bool hasComparisonMarks() const { return !m_marks.isEmpty(); }
    void setComparisonVisible(bool visible);
    bool isComparisonVisible() const { return m_marksVisible; }
    // The group drawn as current (outlined in every pane); 0: none.
    void setCurrentGroup(qint64 group);
    qint64 currentGroup() const { return m_currentGroup; }
    // The vertical extent, in viewport coordinates, of the group's span in this article:
    // clamped to just above or below the viewport when the span is off screen; nothing when
    // the article has no span of the group.
    std::optional<std::pair<qreal, qreal>> groupExtent(qint64 group) const;
    // The groups with a span in this article, and the span of one (code points).
    QList<qint64> groups() const;
    std::pair<qsizetype, qsizetype> groupSpan(qint64 group) const;
    // The innermost group under a viewport point; 0: none.
    qint64 groupAt(const QPoint &viewportPoint) const;

public Q_SLOTS:
    // Outlines every mention of the entity; 0 clears.
    void highlightEntity(qint64 entityId);
    // Centres the line where the span starts. Moves the hidden caret, so it clears a selection.
    void scrollToSpan(qsizetype start, qsizetype end);

Q_SIGNALS:
    void annotationClicked(qint64 id);
    // The speaker label of a quote in the margin was clicked: the analyst wants to correct it.
    void speakerLabelClicked(qint64 quoteId);
    void entityClicked(qint64 entityId);
    // The current selection in code points; start == end when nothing is selected.
    void selectionChangedCodePoints(qsizetype start, qsizetype end);
    // A click on a compared span (after annotationClicked when an annotation is there too).
    void comparisonGroupClicked(qint64 group);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    friend class ArticleMargin;

    struct Visible
    {
        int annotation; // index into m_annotations
        QTextBlock block;
        QPointF origin; // viewport position of the block's layout
        qsizetype from; // UTF-16, clipped to the exposed lines
        qsizetype to;
        bool opens; // the span starts in this range, not above it
        bool closes;
    };
    // Fills m_visible with the drawable spans of the lines that intersect rect.
    void collectVisible(const QRect &rect) const;
    struct Segment
    {
        int annotation;
        QRectF rect; // one line's part of a span, in viewport coordinates
        bool opens;
        bool closes;
    };
    enum class Extent { Full, LinesOnly };
    // Calls f(const QRectF &, bool opens, bool closes) for each line of v.
    template<typename F>
    void forEachLineRect(const Visible &v, Extent extent, F &&f) const;
    bool isDrawn(const Annotation &annotation) const;
    void paintUnder(QPainter *painter) const;
    void paintOver(QPainter *painter) const;
    void paintMargin(QPainter *painter, const QRect &rect) const;
    // articleview_compare.cpp: the comparison's marks, under and over the text.
    void paintComparisonUnder(QPainter *painter, const QRect &rect);
    void paintComparisonOver(QPainter *painter) const;
    QString marginToolTipAt(int y) const;
    qint64 quoteAtMargin(int y) const; // the quote whose label is at y, 0 for none
    // The UTF-16 position of the character under a viewport point, or -1 between lines.
    qsizetype characterAt(const QPoint &viewportPoint) const;
    // The innermost drawn annotation at a UTF-16 position, or -1.
    int innermostAt(qsizetype utf16Position) const;
    QString describe(const Annotation &annotation) const;
    QString speakerOf(int quoteIndex) const;
    bool speakerIsPerson(qint64 quoteId) const;
    void updateColors();
    QHash<Layer, QColor> m_colorOverrides;
    void updateMarginWidth();

    ArticleMargin *m_margin;
    bool m_marginFolded = false; // the speakers' names left for the tooltip
    std::unique_ptr<ReaderColors> m_colors;
    QString m_title;
    QString m_outlet;
    QString m_date;
    QString m_text;
    CodePointMap m_map;
    QList<Annotation> m_annotations;
    QHash<qint64, int> m_byId;
    QHash<qint64, qsizetype> m_speakerOfQuote; // QuoteSpeaker::speakerOfQuote()
    QHash<qint64, QString> m_entityNames;
    QHash<QString, QColor> m_tagColors;
    SpanIndex m_index;
    quint32 m_hiddenLayers = 0;
    QSet<QString> m_hiddenAnalysts;
    qint64 m_highlightedEntity = 0;
    QPoint m_pressPos;
    mutable std::vector<Visible> m_visible; // reused across frames
    std::vector<Segment> m_segments;
    QList<ComparisonMark> m_marks;
    SpanIndex m_markIndex; // UTF-16, value: index into m_marks
    QHash<qint64, int> m_groupSpan; // group -> index of its Aligned or Unmatched mark
    bool m_marksVisible = true;
    qint64 m_currentGroup = 0;
    std::vector<std::pair<int, QRectF>> m_markRects; // this frame's differing-word rectangles
};

} // namespace Parallax
