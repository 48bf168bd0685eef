// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storedcomparison.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Parallax {

class ReviewFilterProxy;
class ReviewItemModel;

// The comparison's review queue: filters by verdict, kind and text over a table of items. The
// current item follows the keyboard (J/K or F8 in the window) and is shown in the panes.
class ReviewDock : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewDock(QWidget *parent = nullptr);

    // Keeps the current item (by id) when the comparison is reloaded.
    void setComparison(std::shared_ptr<const StoredComparison> comparison,
        QHash<qint64, QString> outlets, QHash<qint64, QString> tags);
    ReviewItemModel *model() const { return m_model; }
    ReviewFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // The selected items, or the current one when none is selected.
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    // The versions the queue read of those of ids it holds (for a verdict's conflict check).
    QHash<qint64, int> versionsOf(const QList<qint64> &ids) const;
    // Moves to the next (or previous) item the filters show, wrapping around; openOnly skips
    // items that already have a verdict. False when there is none.
    bool step(bool forward, bool openOnly);
    // Makes the first item of a comparison group current (a span clicked in a pane).
    void selectGroup(qint64 group);
    void selectItem(qint64 id);

Q_SIGNALS:
    // The current item changed: show its group in the panes.
    void currentItemChanged(qint64 itemId, qint64 group);
    void noteEdited(qint64 itemId, const QString &note);
    // A double click on an item's note: edit it in the note editor, which wraps, asks before
    // dropping typed text and survives the reloads that would destroy an in-cell editor.
    void noteEditRequested(qint64 itemId);

private:
    void updateSummary();

    ReviewItemModel *m_model;
    ReviewFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_status;
    QComboBox *m_kind;
    QLineEdit *m_text;
    QLabel *m_summary;
    bool m_quiet = false; // selection changes made by setComparison() are not the analyst's
};

} // namespace Parallax
