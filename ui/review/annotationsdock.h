// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotationtablemodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Parallax {

class AnnotationFilterProxy;

// The annotations table: filter by kind, status, origin, type or tag, and text; a double click
// (or Enter) asks the window to show the span.
class AnnotationsDock : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationsDock(QWidget *parent = nullptr);

    void setRows(const QList<AnnotationListing> &rows);
    void setRows(QList<AnnotationTableModel::Row> rows);
    AnnotationTableModel *model() const { return m_model; }
    AnnotationFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The annotations selected in the table (row ids).
    QList<qint64> selectedIds() const;
    // Every annotation the filters let through (for "accept all shown").
    QList<qint64> shownIds() const;

Q_SIGNALS:
    void activated(qint64 articleId, qint64 annotationId, qint64 start, qint64 end);

private:
    AnnotationTableModel *m_model;
    AnnotationFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_origin;
    QLineEdit *m_label;
    QLineEdit *m_text;
};

} // namespace Parallax
