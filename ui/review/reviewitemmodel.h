// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storedcomparison.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <memory>

namespace Parallax {

// The review queue of a story's comparison: one row per difference and per passage found in one
// source only, with the analyst's verdict, tag and note. The note column is editable; the model
// does not write — it asks, through noteEdited(), whoever owns the project to do it undoably.
class ReviewItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        KindColumn,
        SourcesColumn,
        DifferenceColumn,
        TagColumn,
        NoteColumn,
        AnalystColumn,
        ColumnCount
    };

    explicit ReviewItemModel(QObject *parent = nullptr);

    // outlets: what to call each article (its outlet, else its title); tags: code-book names.
    void setComparison(std::shared_ptr<const StoredComparison> comparison,
        QHash<qint64, QString> outlets, QHash<qint64, QString> tags);
    const ReviewItem *item(int row) const;
    int rowOfItem(qint64 id) const;

    static QString statusText(ReviewItemStatus status);
    static QString kindText(const QString &kind);
    // "crucial → pivotal", with ∅ for a member that lacks the words; an only-in-one passage.
    static QString differenceText(const ReviewItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void noteEdited(qint64 itemId, const QString &note);

private:
    std::shared_ptr<const StoredComparison> m_comparison;
    QHash<qint64, QString> m_outlets;
    QHash<qint64, QString> m_tags;
};

// Filters the queue by verdict (-1: any; "to do" is Open), kind ("": any; "difference": every
// difference; "only": found in one source only) and text.
class ReviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewFilterProxy(QObject *parent = nullptr);
    void setStatus(int status);
    void setKind(const QString &kind);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_status = -1;
    QString m_kind;
    QString m_text;
};

} // namespace Parallax
