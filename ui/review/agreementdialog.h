// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementreport.h"
#include "jobs/agreementlayers.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace Parallax {

class Project;

// Review › Agreement…: how far the analysts' layers agree on a story (or the whole project), per
// label and overall, for all of them and for each pair; every figure explained in one sentence,
// and the spans they marked differently, each a click away from the reading pane.
class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    AgreementDialog(Project &project, qint64 storyId, QWidget *parent = nullptr);

    // Measures again (after edits, or another story).
    void setStory(qint64 storyId);
    void refresh();
    const Agreement::Report &report() const { return m_report; }

Q_SIGNALS:
    // A disagreeing span was chosen: show it (code points).
    void spanActivated(qint64 articleId, qint64 start, qint64 end);

private:
    void measure();
    void showFigures();
    void showDisagreements();
    QString spanText(qint64 articleId, qint64 start, qint64 end);

    Project &m_project;
    qint64 m_storyId = 0;
    Agreement::Report m_report;
    QString m_error;
    QHash<qint64, QString> m_texts; // article bodies, for the spans' text
    QComboBox *m_kind;
    QListWidget *m_analysts;
    QComboBox *m_pair;
    QLabel *m_summary;
    QTreeWidget *m_figures;
    QLabel *m_explanation;
    QTreeWidget *m_spans;
};

} // namespace Parallax
