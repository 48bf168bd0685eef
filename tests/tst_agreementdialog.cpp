// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "model/anchoring.h"
#include "review/agreementdialog.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// The invented text of tst_agreementcli: 300 code points, an emoji first.
QString body()
{
    QString text = u"🌊"_s;
    const QStringList words {u"Varn"_s, u"accord"_s, u"talks"_s, u"Kessling"_s, u"harbour"_s,
        u"council"_s, u"water"_s, u"rights"_s};
    for (int i = 0; Offsets::codePointLength(text) < 300; ++i)
        text += u' ' + words.at(i % words.size());
    text = Offsets::midCodePoints(text, 0, 300);
    if (text.endsWith(u' '))
        text.back() = u'x';
    return text;
}

} // namespace

class TestAgreementDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void figuresPerLabelAndPair();
    void disagreementsJumpToTheSpan();
    void choosingAnalystsAndKind();
    void openedFromTheReviewMenu();

private:
    void add(const QString &analyst, qint64 begin, qint64 length, const QString &label,
        AnnotationKind kind = AnnotationKind::Entity);
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_story = 0;
    qint64 m_article = 0;
    QString m_body;
};

void TestAgreementDialog::add(
    const QString &analyst, qint64 begin, qint64 length, const QString &label, AnnotationKind kind)
{
    Annotation a;
    a.articleId = m_article;
    a.kind = kind;
    a.label = label;
    a.origin = Origin::Manual;
    a.analyst = analyst;
    a.status = ReviewStatus::Accepted;
    a.span = Anchoring::makeSpan(m_body, CodePointMap(m_body), begin, begin + length);
    QVERIFY(AnnotationStore(*m_project).insert(a).ok());
}

void TestAgreementDialog::init()
{
    auto created = Project::create(m_dir.filePath(u"dialog.parallax"_s));
    QVERIFY(created.ok());
    m_project = std::move(created).value();
    ArticleStore articles(*m_project);
    m_story = articles.storyId(u"Lake Varn"_s, true).value();
    ArticleDraft draft;
    draft.title = u"Varn accord"_s;
    draft.outlet = u"Harbour Ledger"_s;
    draft.body = m_body = body();
    m_article = articles.insert(draft).value().id;
    QVERIFY(articles.addToStory(m_story, m_article).ok());
    // Krippendorff (2004, p. 254): c-units as people, k-units as organisations.
    add(u"Ana Ferro"_s, 75, 70, u"PERSON"_s);
    add(u"Ana Ferro"_s, 220, 30, u"PERSON"_s);
    add(u"Ana Ferro"_s, 30, 60, u"ORG"_s);
    add(u"Ana Ferro"_s, 150, 50, u"ORG"_s);
    add(u"Ben Osei"_s, 70, 80, u"PERSON"_s);
    add(u"Ben Osei"_s, 205, 20, u"PERSON"_s);
    add(u"Ben Osei"_s, 250, 20, u"PERSON"_s);
    add(u"Ben Osei"_s, 30, 60, u"ORG"_s);
    add(u"Ben Osei"_s, 150, 50, u"ORG"_s);
    // A third analyst who tagged one passage: another kind, and a third layer.
    add(u"Cy Lund"_s, 30, 60, u"ORG"_s);
    // Automatic annotations are nobody's layer.
    Annotation machine;
    machine.articleId = m_article;
    machine.kind = AnnotationKind::Entity;
    machine.label = u"LOC"_s;
    machine.origin = Origin::Automatic;
    machine.status = ReviewStatus::Proposed;
    machine.span = Anchoring::makeSpan(m_body, CodePointMap(m_body), 0, 10);
    QVERIFY(AnnotationStore(*m_project).insert(machine).ok());
}

void TestAgreementDialog::cleanup()
{
    m_project.reset();
    QFile::remove(m_dir.filePath(u"dialog.parallax"_s));
}

void TestAgreementDialog::figuresPerLabelAndPair()
{
    AgreementDialog dialog(*m_project, m_story);
    auto *analysts = dialog.findChild<QListWidget *>(u"analysts"_s);
    QCOMPARE(analysts->count(), 3);
    // Ana and Ben only: the published figures.
    analysts->item(2)->setCheckState(Qt::Unchecked);
    auto *figures = dialog.findChild<QTreeWidget *>(u"figures"_s);
    QCOMPARE(figures->topLevelItemCount(), 3); // all labels, ORG, PERSON (no LOC: a machine's)
    QCOMPARE(figures->topLevelItem(0)->text(1), u"0.86"_s);
    QVERIFY(figures->topLevelItem(0)->toolTip(1).contains(u"0.8587"_s));
    QCOMPARE(figures->topLevelItem(1)->text(0), u"ORG"_s);
    QCOMPARE(figures->topLevelItem(1)->text(1), u"1.00"_s);
    QCOMPARE(figures->topLevelItem(2)->text(1), u"0.73"_s);
    QCOMPARE(figures->topLevelItem(0)->text(4), u"74 %"_s); // 26 of 35 words (tst_agreementcli)
    auto *summary = dialog.findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary->text().contains(u"Ana Ferro, Ben Osei"_s));

    // All three: kappa needs two, said so; the pairs are there one by one.
    analysts->item(2)->setCheckState(Qt::Checked);
    QCOMPARE(figures->topLevelItem(0)->text(2), u"–"_s);
    QVERIFY(figures->topLevelItem(0)->toolTip(2).contains(u"two analysts"_s));
    auto *pair = dialog.findChild<QComboBox *>(u"pair"_s);
    QCOMPARE(pair->count(), 4); // all, and three pairs
    QCOMPARE(pair->itemText(1), u"Ana Ferro and Ben Osei"_s);
    pair->setCurrentIndex(1);
    QCOMPARE(figures->topLevelItem(0)->text(1), u"0.86"_s);
    QCOMPARE(figures->topLevelItem(0)->text(2), u"0.57"_s);
    // PARALLAX_SCREENSHOTS=folder: the dialog as the analyst sees it, to look at.
    if (const QString folder = qEnvironmentVariable("PARALLAX_SCREENSHOTS"); !folder.isEmpty()) {
        dialog.show();
        QVERIFY(dialog.grab().save(folder + u"/agreement-dialog.png"_s));
    }
}

void TestAgreementDialog::disagreementsJumpToTheSpan()
{
    AgreementDialog dialog(*m_project, m_story);
    dialog.findChild<QListWidget *>(u"analysts"_s)->item(2)->setCheckState(Qt::Unchecked);
    auto *spans = dialog.findChild<QTreeWidget *>(u"disagreements"_s);
    QCOMPARE(spans->topLevelItemCount(), 5); // every person span differs
    QTreeWidgetItem *first = spans->topLevelItem(0);
    QCOMPARE(first->text(1), u"70–150"_s);
    QCOMPARE(first->text(3), u"Ben Osei"_s);
    QCOMPARE(first->text(4), u"Ana Ferro"_s);
    // The text at code points 70–150 (the emoji before it is two UTF-16 units).
    QCOMPARE(first->text(5), Offsets::midCodePoints(m_body, 70, 150).simplified());
    QSignalSpy activated(&dialog, &AgreementDialog::spanActivated);
    Q_EMIT spans->itemActivated(first, 0);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_article);
    QCOMPARE(activated.at(0).at(1).toLongLong(), 70);
    QCOMPARE(activated.at(0).at(2).toLongLong(), 150);
}

void TestAgreementDialog::choosingAnalystsAndKind()
{
    AgreementDialog dialog(*m_project, m_story);
    auto *analysts = dialog.findChild<QListWidget *>(u"analysts"_s);
    auto *figures = dialog.findChild<QTreeWidget *>(u"figures"_s);
    analysts->item(0)->setCheckState(Qt::Unchecked);
    analysts->item(1)->setCheckState(Qt::Unchecked);
    QCOMPARE(figures->topLevelItemCount(), 0);
    QVERIFY(dialog.findChild<QLabel *>(u"summary"_s)->text().contains(u"two analysts"_s));
    analysts->item(0)->setCheckState(Qt::Checked);
    analysts->item(1)->setCheckState(Qt::Checked);
    analysts->item(2)->setCheckState(Qt::Unchecked);
    // Tags: nobody tagged anything, so no figure has a value, and each says why.
    auto *kind = dialog.findChild<QComboBox *>(u"kind"_s);
    kind->setCurrentIndex(3);
    QCOMPARE(dialog.report().articles.size(), 0);
    QCOMPARE(figures->topLevelItem(0)->text(1), u"–"_s);
    QVERIFY(!figures->topLevelItem(0)->toolTip(1).isEmpty());
    kind->setCurrentIndex(1);
    QCOMPARE(figures->topLevelItem(0)->text(1), u"0.86"_s);
    // Measured again after an edit elsewhere: Ben's stray person span is gone, so one fewer
    // span differs.
    auto rows = AnnotationStore(*m_project).listing(m_story);
    QVERIFY(rows.ok());
    for (const AnnotationListing &row : rows.value()) {
        if (row.annotation.analyst == u"Ben Osei"_s && row.annotation.span.start == 250)
            QVERIFY(AnnotationStore(*m_project).remove(row.annotation.id).ok());
    }
    auto *spans = dialog.findChild<QTreeWidget *>(u"disagreements"_s);
    QCOMPARE(spans->topLevelItemCount(), 5);
    dialog.refresh();
    QCOMPARE(spans->topLevelItemCount(), 4);
    QCOMPARE(analysts->item(2)->checkState(), Qt::Unchecked); // the choice is kept
}

void TestAgreementDialog::openedFromTheReviewMenu()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_project->path();
    m_project.reset();
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *action = window.findChild<QAction *>(u"agreementAction"_s);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<AgreementDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->report().analysts.size(), 3);
    // A disagreeing span opens its article in the reading pane.
    Q_EMIT dialog->spanActivated(m_article, 70, 150);
    QCOMPARE(window.currentArticleId(), m_article);
    // It goes with its project.
    QPointer<AgreementDialog> guard(dialog);
    window.closeProject();
    QTRY_VERIFY(guard.isNull());
}

QTEST_MAIN(TestAgreementDialog)
#include "tst_agreementdialog.moc"
