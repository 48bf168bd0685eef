// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/spangroups.h"
#include "util/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Parallax {

class ProjectSession;

// Review › Curate…: for one article at a time, the analysts' annotations side by side, one row
// per stretch of text they marked, the rows they disagree on marked; the curator accepts one
// analyst's version, merges them, or edits the curated one. Every change is an undo step on the
// session's stack (edit/curationcommands.h).
class CurationDialog : public QDialog
{
    Q_OBJECT

public:
    CurationDialog(ProjectSession *session, qint64 storyId, QWidget *parent = nullptr);

    void reload();
    int rowCount() const { return int(m_groups.size()); }
    qint64 articleId() const;
    void setArticle(qint64 articleId);

    // What the buttons do to the current row, for a given row.
    Result<void> acceptVersion(int row, const QString &analyst);
    Result<void> mergeVersions(int row);
    Result<void> removeCurated(int row);
    Result<void> editCurated(int row, const QString &label, qint64 start, qint64 end);
    // Every row all analysts agree on and nothing is curated for yet: the first analyst's
    // version, in one step.
    Result<void> acceptAllAgreed();

Q_SIGNALS:
    void spanActivated(qint64 articleId, qint64 start, qint64 end);

private:
    void fillArticles();
    void showRows();
    void act(const std::function<Result<void>(int row)> &action);
    void editCurrent();
    QList<qint64> curatedIds(int row) const;

    ProjectSession *m_session;
    qint64 m_storyId;
    QStringList m_analysts;
    QList<Agreement::SpanGroup> m_groups;
    QString m_body;
    QComboBox *m_article;
    QComboBox *m_version;
    QTreeWidget *m_rows;
    QLabel *m_status;
};

} // namespace Parallax
