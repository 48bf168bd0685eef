// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "storage/articlestore.h"

#include <QDialog>
#include <QFutureWatcher>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Parallax {

// File > Export: a story (or the article being read) as a report (HTML, PDF, Markdown) or as
// annotation data (JSON-LD, CSV, brat, CoNLL). The dialog gathers the options and runs the
// export on a worker thread with its own connection to the project, showing that it is busy;
// afterwards it says what it wrote, or why it could not, and offers to open the result.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // listing: the library's stories and articles. storyId: the story to offer (0: the one that
    // holds articleId); articleId: the article being read, offered as a single-article report.
    ExportDialog(const QString &projectPath, const QList<StoryListing> &listing, qint64 storyId,
        qint64 articleId, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    QString outputPath() const;
    void setFormat(ExportFormat format);
    void setOutputPath(const QString &path);
    void setPreparedBy(const QString &name) { m_preparedBy = name; }
    bool isRunning() const { return m_watcher.isRunning(); }

    // The widgets, for tests.
    QComboBox *formatBox() const { return m_format; }
    QListWidget *articleList() const { return m_articles; }
    QCheckBox *layerBox(ExportLayer layer) const;
    QCheckBox *proposalsBox() const { return m_proposals; }
    QCheckBox *notesBox() const { return m_notes; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QRadioButton *articleScopeButton() const { return m_articleScope; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *openButton() const { return m_openButton; }
    QLabel *statusLabel() const { return m_status; }

    // The file name a format suggests for what is exported ("lake-varn-water-talks.pdf").
    static QString defaultFileName(const QString &title, ExportFormat format, bool singleArticle);

public Q_SLOTS:
    void startExport();

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        ExportSummary summary;
    };
    void updateControls();
    void updateFileName();
    void chooseOutput();
    void onFinished();
    QString title() const;

    QString m_projectPath;
    StoryListing m_story; // story id 0: there is none to offer
    ArticleSummary m_article; // id 0: no article open
    QString m_preparedBy;
    QRadioButton *m_storyScope;
    QRadioButton *m_articleScope;
    QComboBox *m_format;
    QListWidget *m_articles;
    QList<std::pair<ExportLayer, QCheckBox *>> m_layers;
    QCheckBox *m_proposals;
    QCheckBox *m_notes;
    QComboBox *m_pageSize;
    QLineEdit *m_output;
    QPushButton *m_choose;
    QProgressBar *m_busy;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_openButton;
    QString m_written; // the path last exported, for Open
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Parallax
