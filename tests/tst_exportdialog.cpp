// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportdialog.h"
#include "mainwindow.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/articlestore.h"
#include "storage/project.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsFollowTheStory();
    void formatAndScopeChangeTheFileName();
    void choicesBecomeOptions();
    void exportsAPdfInTheBackground();
    void dataFormatsGoThroughTheExporter();
    void failureIsShown();
    void nothingChosenIsRefused();
    void fileMenuOpensIt();

private:
    std::unique_ptr<ExportDialog> dialog(qint64 articleId = 0);

    QTemporaryDir m_dir;
    QString m_path;
    QList<StoryListing> m_listing;
    qint64 m_storyId = 0;
    QList<qint64> m_articles;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings().setAnalystName(u"Test Analyst"_s); // the name is not asked (tst_windowdetails)
    m_path = m_dir.filePath(u"sample.parallax"_s);
    QVERIFY(SampleProject::create(m_path).ok());
    auto project = Project::open(m_path);
    QVERIFY(project.ok());
    auto listing = ArticleStore(*project.value()).listing();
    QVERIFY(listing.ok());
    m_listing = listing.value();
    m_storyId = m_listing.constFirst().story.id;
    for (const ArticleSummary &a : m_listing.constFirst().articles)
        m_articles.append(a.id);
    QCOMPARE(m_articles.size(), 3);
}

std::unique_ptr<ExportDialog> TestExportDialog::dialog(qint64 articleId)
{
    auto d = std::make_unique<ExportDialog>(
        m_path, m_listing, m_storyId, articleId ? articleId : m_articles.constFirst());
    d->setPreparedBy(u"Ines Vell"_s);
    return d;
}

void TestExportDialog::defaultsFollowTheStory()
{
    auto d = dialog();
    QVERIFY(!d->articleScopeButton()->isChecked());
    QVERIFY(d->articleScopeButton()->isEnabled());
    QCOMPARE(d->articleList()->count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(d->articleList()->item(i)->checkState(), Qt::Checked);
    QVERIFY(d->outputPath().endsWith(u"lake-varn-water-talks-dossier.html"_s));
    QVERIFY(!d->openButton()->isEnabled()); // nothing exported yet
    QVERIFY(!d->pageSizeBox()->isEnabled());
    const ExportOptions o = d->options();
    QCOMPARE(o.format, ExportFormat::Html);
    QCOMPARE(o.storyId, m_storyId);
    QVERIFY(o.articleIds.isEmpty());
    QCOMPARE(o.layers.size(), 5);
    QVERIFY(o.includeProposals);
    QVERIFY(o.includeNotes);
    QCOMPARE(o.preparedBy, u"Ines Vell"_s);

    // PARALLAX_KEEP_SCREENSHOTS=DIR keeps a picture of the dialog to look at, in English as the
    // application shows it (the build's translation gives the plural forms).
    if (const QString keep = qEnvironmentVariable("PARALLAX_KEEP_SCREENSHOTS"); !keep.isEmpty()) {
        QTranslator english;
        if (english.load(u"parallax_en"_s, QCoreApplication::applicationDirPath() + u"/../app"_s))
            QCoreApplication::installTranslator(&english);
        d = dialog();
        d->setFormat(ExportFormat::Pdf);
        d->setOutputPath(u"/home/ines/Briefings/lake-varn-water-talks-dossier.pdf"_s);
        d->articleList()->item(2)->setCheckState(Qt::Unchecked);
        d->proposalsBox()->setChecked(false);
        d->show();
        d->resize(d->sizeHint().width() + 60, d->sizeHint().height());
        QVERIFY(d->grab().save(keep + u"/export-dialog.png"_s));
        QCoreApplication::removeTranslator(&english);
    }
}

void TestExportDialog::formatAndScopeChangeTheFileName()
{
    auto d = dialog();
    d->setFormat(ExportFormat::Pdf);
    QVERIFY(d->outputPath().endsWith(u"lake-varn-water-talks-dossier.pdf"_s));
    QVERIFY(d->pageSizeBox()->isEnabled());
    d->setFormat(ExportFormat::Brat);
    QVERIFY(d->outputPath().endsWith(u"lake-varn-water-talks-brat"_s));
    QVERIFY(!d->pageSizeBox()->isEnabled());
    d->setFormat(ExportFormat::Markdown);
    d->articleScopeButton()->setChecked(true);
    QVERIFY(d->outputPath().endsWith(u"-report.md"_s));
    QVERIFY(!d->articleList()->isEnabled());
    QCOMPARE(ExportDialog::defaultFileName(
                 u"Ministers hail “turning point” — 𝐀 Varn!"_s, ExportFormat::Csv, true),
        u"ministers-hail-turning-point-𝐀-varn.csv"_s);
}

void TestExportDialog::choicesBecomeOptions()
{
    auto d = dialog();
    d->articleList()->item(1)->setCheckState(Qt::Unchecked);
    d->layerBox(ExportLayer::Dates)->setChecked(false);
    d->proposalsBox()->setChecked(false);
    d->notesBox()->setChecked(false);
    d->setFormat(ExportFormat::Pdf);
    d->pageSizeBox()->setCurrentIndex(d->pageSizeBox()->findData(int(QPageSize::Letter)));
    ExportOptions o = d->options();
    QCOMPARE(o.format, ExportFormat::Pdf);
    QCOMPARE(o.articleIds, (QList<qint64> {m_articles.at(0), m_articles.at(2)}));
    QVERIFY(!o.layers.contains(ExportLayer::Dates));
    QCOMPARE(o.layers.size(), 4);
    QVERIFY(!o.includeProposals);
    QVERIFY(!o.includeNotes);
    QCOMPARE(o.pageSize, QPageSize::Letter);

    d->articleScopeButton()->setChecked(true);
    o = d->options();
    QCOMPARE(o.storyId, 0);
    QCOMPARE(o.articleIds, QList<qint64> {m_articles.constFirst()});
}

void TestExportDialog::exportsAPdfInTheBackground()
{
    auto d = dialog();
    d->show();
    d->setFormat(ExportFormat::Pdf);
    const QString out = m_dir.filePath(u"dossier.pdf"_s);
    d->setOutputPath(out);
    QSignalSpy finished(d.get(), &ExportDialog::exportFinished);
    d->exportButton()->click();
    // While it runs the dialog shows it is busy and takes no second export.
    QVERIFY(finished.count() == 1 || !d->exportButton()->isEnabled());
    QVERIFY(finished.count() == 1 || d->findChild<QProgressBar *>()->isVisible());
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY2(d->statusLabel()->text().startsWith(u"Exported 3 article"_s)
            && d->statusLabel()->text().contains(out),
        qPrintable(d->statusLabel()->text()));
    QVERIFY(d->openButton()->isEnabled());
    QVERIFY(d->exportButton()->isEnabled());
    QVERIFY(!d->findChild<QProgressBar *>()->isVisible());
    if (const QString keep = qEnvironmentVariable("PARALLAX_KEEP_SCREENSHOTS"); !keep.isEmpty())
        QVERIFY(d->grab().save(keep + u"/export-dialog-done.png"_s));
}

void TestExportDialog::dataFormatsGoThroughTheExporter()
{
    auto d = dialog();
    d->show();
    d->setFormat(ExportFormat::Csv);
    const QString out = m_dir.filePath(u"annotations.csv"_s);
    d->setOutputPath(out);
    QSignalSpy finished(d.get(), &ExportDialog::exportFinished);
    d->exportButton()->click();
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Ilse Marrow"));
}

void TestExportDialog::failureIsShown()
{
    auto d = dialog();
    d->show();
    const QString out = m_dir.filePath(u"missing/folder/dossier.html"_s);
    d->setOutputPath(out);
    QSignalSpy finished(d.get(), &ExportDialog::exportFinished);
    d->exportButton()->click();
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(d->statusLabel()->text().startsWith(u"The export failed: "_s));
    QVERIFY2(
        d->statusLabel()->text().contains(u"dossier.html"_s), qPrintable(d->statusLabel()->text()));
    QVERIFY(!d->openButton()->isEnabled());
    QVERIFY(d->exportButton()->isEnabled());
}

void TestExportDialog::nothingChosenIsRefused()
{
    auto d = dialog();
    for (int i = 0; i < d->articleList()->count(); ++i)
        d->articleList()->item(i)->setCheckState(Qt::Unchecked);
    const QString out = m_dir.filePath(u"none.html"_s);
    d->setOutputPath(out);
    d->exportButton()->click();
    QVERIFY(!d->isRunning());
    QCOMPARE(d->statusLabel()->text(), u"Choose at least one article."_s);
    QVERIFY(!QFile::exists(out));
}

void TestExportDialog::fileMenuOpensIt()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    QAction *found = nullptr;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(u"Ctrl+Shift+E"_s))
            found = action;
    }
    QVERIFY(found);
    QCOMPARE(found->text(), u"&Export…"_s);
    QVERIFY(found->isEnabled());
    // The dialog is modal: close it as soon as it shows.
    QTimer::singleShot(0, &window, [&window] {
        auto *dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    found->trigger();
    QVERIFY(!window.findChild<ExportDialog *>());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
