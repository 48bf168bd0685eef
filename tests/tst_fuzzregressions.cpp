// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input a fuzzer once broke a parser with (tests/data/fuzz-regressions/<target>/)
// and the fuzzers' seed corpora (fuzz/corpus/<target>/) through the fuzzers' own entry points.
// An input that crashes, trips a sanitizer or breaks a parser's promise ends the test.
#include "entrypoints.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kRegressions = QStringLiteral(PARALLAX_TEST_DATA) + u"/fuzz-regressions"_s;
const QString kCorpus = QStringLiteral(PARALLAX_SOURCE_DIR) + u"/fuzz/corpus"_s;

QStringList targetFolders(const QString &root)
{
    return QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void addRows(const QString &root)
{
    for (const QString &target : targetFolders(root)) {
        QDirIterator it(root + u'/' + target, QDir::Files | QDir::Hidden);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &file : std::as_const(files)) {
            const QString row = QDir(root).relativeFilePath(file);
            QTest::newRow(qPrintable(row)) << target << file;
        }
    }
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldersNameTargets();
    void everyTargetHasASeedCorpus();
    void replay_data();
    void replay();
};

// A folder whose name is not a target would silently replay nothing.
void TestFuzzRegressions::foldersNameTargets()
{
    for (const QString &root : {kRegressions, kCorpus}) {
        for (const QString &folder : targetFolders(root))
            QVERIFY2(Parallax::Fuzz::targets().contains(folder), qPrintable(root + u'/' + folder));
    }
}

void TestFuzzRegressions::everyTargetHasASeedCorpus()
{
    for (const QString &target : Parallax::Fuzz::targets()) {
        const QDir dir(kCorpus + u'/' + target);
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(dir.path()));
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    addRows(kRegressions);
    addRows(kCorpus);
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QVERIFY(Parallax::Fuzz::run(target, input.readAll()));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
