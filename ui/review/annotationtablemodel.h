// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowupdates.h"
#include "storage/annotationstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace Parallax {

// The annotations of a story or article, one row each, read in one go and updated row by row.
// Each row keeps only what the table shows, its repeated words shared with the other rows: a
// whole listing per row took 370 MB for a 10,000-article story (docs/performance.md).
class AnnotationTableModel : public RowUpdates<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        OutletColumn,
        KindColumn,
        LabelColumn,
        TextColumn,
        SpeakerColumn, // a quote's speaker; "unattributed" when it has none
        StatusColumn,
        OriginColumn,
        NoteColumn,
        ConfidenceColumn,
        ColumnCount
    };

    struct Row
    {
        qint64 id = 0;
        qint64 articleId = 0;
        qint64 entityId = 0;
        qint64 tagId = 0;
        qint64 start = 0;
        qint64 end = 0;
        double confidence = 1.0;
        AnnotationKind kind = AnnotationKind::Entity;
        ReviewStatus status = ReviewStatus::Accepted;
        Origin origin = Origin::Manual;
        AnchorState anchor = AnchorState::Ok;
        QString label;
        QString value;
        QString exact;
        QString outlet;
        QString title;
        QString name; // the tag's name for a tag, the entity's for an entity
        QString by; // the analyst of a manual annotation, the annotator of a proposal
        QString note;
        QString speaker; // a quote's speaker as speakerText() names it
        int version = 0; // Annotation::version as read

        bool operator==(const Row &) const = default;
    };

    // Makes the rows of a listing read one row at a time, sharing the words rows repeat.
    class RowBuilder
    {
    public:
        void add(const AnnotationListing &listing);
        QList<Row> take() { return std::exchange(m_rows, {}); }

    private:
        QString shared(const QString &text);

        QList<Row> m_rows;
        QHash<QString, QString> m_words;
    };

    explicit AnnotationTableModel(QObject *parent = nullptr);

    // The rows to show; rows kept from before are updated in place (see RowUpdates).
    void setRows(const QList<AnnotationListing> &rows);
    void setRows(QList<Row> rows);
    const Row &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a row shows in a column, for a role (the lazy table's as well).
    static QVariant rowData(const Row &row, int column, int role);
    static QString columnTitle(int section);
    static QString kindText(AnnotationKind kind);
    static QString statusText(ReviewStatus status);
    // A quote's speaker as the Label column names it; empty when unattributed.
    static QString speakerText(const AnnotationListing &row);

private:
    QList<Row> m_rows;
};

// Filters the annotation table by kind, label (entity type, tag, quote kind), review status,
// origin and text. An empty filter lets everything through.
class AnnotationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AnnotationFilterProxy(QObject *parent = nullptr);

    void setKind(int kind); // AnnotationKind as int, -1 for any
    void setStatus(int status); // ReviewStatus as int, -1 for any
    void setOrigin(int origin); // Origin as int, -1 for any
    void setLabel(const QString &label);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
    int m_status = -1;
    int m_origin = -1;
    QString m_label;
    QString m_text;
};

} // namespace Parallax
