// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The project's entity model in the window: a decision on a name is learned in the background,
// the article's open proposals follow it, its undo takes back what was learned, the Annotate
// menu counts the corrections and resets them after a question.
#include "edit/projectsession.h"
#include "mainwindow.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/connection.h"
#include "storage/modelstore.h"
#include "storage/project.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestWindowLearning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decisionIsLearnedAndCountedAndReset();

private:
    static QAction *action(MainWindow &window, const QString &prefix);
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestWindowLearning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings().setAnalystName(u"Test Analyst"_s); // the name is not asked (tst_windowdetails)
    m_sample = m_dir.filePath(u"sample.parallax"_s);
    QVERIFY(SampleProject::create(m_sample).ok());
}

QAction *TestWindowLearning::action(MainWindow &window, const QString &prefix)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text().startsWith(prefix))
                return a;
        }
    }
    return nullptr;
}

void TestWindowLearning::decisionIsLearnedAndCountedAndReset()
{
    MainWindow window;
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_sample));
    QAction *count = action(window, u"Learned from"_s);
    QAction *reset = action(window, u"&Reset Learned Entities"_s);
    QVERIFY(count && reset);
    QCOMPARE(count->text(), u"Learned from No Corrections"_s);
    QVERIFY(!count->isEnabled());
    QVERIFY(!reset->isEnabled());

    QSqlQuery query(Storage::connection(window.session()->project()));
    QVERIFY(query.exec(u"SELECT id, article_id FROM annotation WHERE kind = 'entity'"
                       " AND status = 'proposed' AND label IN ('PERSON', 'ORG', 'LOC', 'MISC')"
                       " ORDER BY id LIMIT 1"_s));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();
    const qint64 article = query.value(1).toLongLong();
    query.finish(); // an open statement would hold this connection's snapshot
    QVERIFY(window.session()->setStatus({id}, ReviewStatus::Rejected).ok());

    // Without the English plural forms loaded, "Correction(s)": the figure is what counts.
    QTRY_VERIFY(count->text().startsWith(u"Learned from 1 Correction"_s));
    QVERIFY(reset->isEnabled());
    // Learning does not touch the article's rows: the decision stands, and the proposals she
    // sees keep their ids (a background re-annotation replaced them under her hands).
    query.exec(u"SELECT status FROM annotation WHERE id = %1"_s.arg(id));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"rejected"_s);
    query.exec(u"SELECT COUNT(*) FROM annotation WHERE article_id = %1"
               " AND annotator_version LIKE '%+project.%'"_s.arg(article));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();

    // Ctrl+Z takes back the decision and what was learned from it; redo makes both again.
    const QByteArray learned = [&] {
        query.exec(u"SELECT delta FROM entity_contribution WHERE article_id = %1"_s.arg(article));
        return query.next() ? query.value(0).toByteArray() : QByteArray();
    }();
    query.finish();
    QVERIFY(!learned.isEmpty());
    window.session()->undoStack()->undo();
    QTRY_COMPARE(count->text(), u"Learned from No Corrections"_s);
    QCOMPARE(ModelStore(window.session()->project()).corrections().value(), 0);
    QVERIFY(!reset->isEnabled());
    window.session()->undoStack()->redo();
    QTRY_VERIFY(count->text().startsWith(u"Learned from 1 Correction"_s));
    QCOMPARE(ModelStore(window.session()->project()).contribution(article)->delta, learned);

    // Reset asks first; Cancel keeps the model.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
    });
    reset->trigger();
    QCOMPARE(ModelStore(window.session()->project()).corrections().value(), 1);
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(u"1 correction"_s));
        box->button(QMessageBox::Reset)->click();
    });
    reset->trigger();
    QVERIFY(ModelStore(window.session()->project()).entityModel()->isEmpty());
    QCOMPARE(ModelStore(window.session()->project()).corrections().value(), 0);
    QCOMPARE(count->text(), u"Learned from No Corrections"_s);
    QVERIFY(!reset->isEnabled());
}

QTEST_MAIN(TestWindowLearning)
#include "tst_windowlearning.moc"
