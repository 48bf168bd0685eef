// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotationwindowmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Parallax {

class Project;

// The annotations table: filter by kind, status, origin, type or tag, and text; a double click
// (or Enter) asks the window to show the span. The table reads the rows in view from the
// project (AnnotationWindowModel); its filters and sorting are done in the query.
class AnnotationsDock : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationsDock(QWidget *parent = nullptr);

    // The story's annotations (0: the project's; project nullptr: none), read again.
    void setSource(Project *project, qint64 storyId);
    // Read again after an edit: the rows kept keep their selection.
    void refresh();
    AnnotationWindowModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The annotations selected in the table (row ids).
    QList<qint64> selectedIds() const;
    // Every annotation the filters let through (for "accept all shown").
    QList<qint64> shownIds() const;
    // The versions the table read of those of ids it holds (for an edit's conflict check).
    QHash<qint64, int> versionsOf(const QList<qint64> &ids) const;

Q_SIGNALS:
    void activated(qint64 articleId, qint64 annotationId, qint64 start, qint64 end);

private:
    void fitColumns();

    AnnotationWindowModel *m_model;
    QTableView *m_view;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_origin;
    QLineEdit *m_label;
    QLineEdit *m_text;
    QTimer *m_textTyped; // the text filter waits for a pause in the typing
    QLabel *m_counting; // shown while the rows are counted in the background
};

} // namespace Parallax
