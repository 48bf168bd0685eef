// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds the real parallax binary files built to break it: each is imported or refused cleanly,
// the project stays sound, and every span 'annotate --format json' reports indexes its text.
#include "storage/connection.h"
#include "storage/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

struct Run
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray out;
    QString err;
};

const QString kStory = u"Elena Varkas, the mayor of Tolvenmark, said on 3 March 2024 that the "
                       "harbour would reopen. \u201CWe are ready,\u201D said Elena Varkas. "
                       "Tomas Brede of the Asterby Trust disagreed.\n"_s;

template<qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1); // keeps NUL bytes inside
}

QByteArray repeated(const QByteArray &piece, qsizetype size)
{
    QByteArray bytes;
    bytes.reserve(size + piece.size());
    while (bytes.size() < size)
        bytes += piece;
    return bytes;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedOrImportedCleanly_data();
    void refusedOrImportedCleanly();

private:
    Run run(const QStringList &arguments, int timeoutMs = 60000);
    QTemporaryDir m_dir;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PARALLAX_BINARY)));
    QVERIFY(m_dir.isValid());
}

Run TestHostileInput::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PARALLAX_BINARY), arguments);
    Run result;
    result.finished = process.waitForFinished(timeoutMs);
    result.ms = timer.elapsed();
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestHostileInput::refusedOrImportedCleanly_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("sparseSize"); // > 0: an empty file grown to this size
    QTest::addColumn<int>("expected"); // -1: either; 0: imported; 1: refused

    QRandomGenerator random(7);
    QByteArray garbage(64 * 1024, '\0');
    for (char &c : garbage)
        c = char(random.bounded(256));
    QTest::newRow("binary garbage") << u"garbage.txt"_s << garbage << qint64(0) << -1;
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << qint64(0) << 1;
    QTest::newRow("25 MB") << u"huge.txt"_s << QByteArray() << qint64(25) * 1024 * 1024 << 1;
    QTest::newRow("5 MB on one line")
        << u"oneline.txt"_s
        << repeated(
               "Elena Varkas walked through Tolvenmark and said nothing at all. ", 5 * 1024 * 1024)
        << qint64(0) << -1;
    QTest::newRow("invalid UTF-8")
        << u"badutf8.txt"_s
        << QByteArray("Title: Broken bytes\n\nElena Varkas \xC3\x28 visited \xE2\x82 Tolvenmark"
                      " \xF0\x9F\x98 on 3 March 2024. \xFF\xFE\xC0\xAF Tomas Brede \xED\xA0\x80"
                      " agreed.\n")
        << qint64(0) << -1;
    QTest::newRow("mixed line endings")
        << u"lineendings.txt"_s
        << QByteArray("Title: Line endings\r\n\r\nElena Varkas spoke in Tolvenmark.\r\n"
                      "Tomas Brede answered on 3 March 2024.\rThe Asterby Trust\nwas quiet.\r\n\r"
                      "\u201CWe are ready,\u201D said Elena Varkas.\r\n")
        << qint64(0) << 0;
    QTest::newRow("NUL inside text")
        << u"nul.txt"_s
        << bytes("Title: Nul\n\nElena Varkas\0 visited Tolvenmark\0\0 on 3 March 2024.\n"
                 "Tomas Brede\0 agreed.\n")
        << qint64(0) << -1;
    QTest::newRow("deeply nested HTML")
        << u"nested.html"_s
        << "<html><head><title>Nested</title></head><body>" + repeated("<div>", 20000 * 5)
            + kStory.toUtf8() + repeated("</div>", 20000 * 6) + "</body></html>"
        << qint64(0) << -1;
    QTest::newRow("quote never closes")
        << u"openquote.txt"_s
        << (u"Title: Open quote\n\n\u201C"_s + QString(kStory).replace(u"\u201D"_s, u""_s)
               + QString(kStory).replace(u"\u201D"_s, u""_s).repeated(400))
               .toUtf8()
        << qint64(0) << 0;
    QTest::newRow("RTL and CJK")
        << u"rtl.txt"_s
        << (u"Title: \u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD\n\n"
            "\u0642\u0627\u0644\u062A \u0625\u0644\u064A\u0646\u0627 \u0641\u0627\u0631\u0643\u0627"
            "\u0633 Elena Varkas \u05D1\u05EA\u05DC\u05D5\u05D5\u05E0\u05DE\u05E8\u05E7 "
            "\u6771\u4EAC\u306E\u5E02\u9577\u306F\u300C\u6E96\u5099\u304C\u3067\u304D\u305F\u300D"
            "\u3068\u8A00\u3063\u305F\u3002 Tomas Brede \U0002000B\U00020BB7 on 3 March 2024."
            "\n"_s)
               .toUtf8()
        << qint64(0) << 0;
    QTest::newRow("emoji and combining marks")
        << u"emoji.txt"_s
        << (u"Title: Emoji\n\n\U0001F600Elena Varkas\U0001F44D\U0001F3FD visited "
            "Tolvenmark\u0301 with E\u0301lena Varkas\u0308 and \U0001F1F3\U0001F1F4Tomas "
            "Brede\u200D\U0001F469 on 3 March 2024\U0001F389. \u201C\U0001F600We are ready\u0301,"
            "\u201D said Elena Varkas\U0001F600.\n"_s)
               .toUtf8()
        << qint64(0) << 0;
}

void TestHostileInput::refusedOrImportedCleanly()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(qint64, sparseSize);
    QFETCH(int, expected);

    const QString path = m_dir.filePath(fileName);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
        if (sparseSize > 0)
            QVERIFY(file.resize(sparseSize));
    }
    const QString project = m_dir.filePath(QFileInfo(fileName).baseName() + u".parallax"_s);
    QCOMPARE(run({u"new"_s, project}).exitCode, 0);

    const Run imported = run({u"import"_s, project, path}, 30000);
    QVERIFY2(imported.finished, "import hung");
    QVERIFY2(!imported.crashed, "import crashed");
    QVERIFY2(imported.exitCode == 0 || imported.exitCode == 1, qPrintable(imported.err));
    if (expected >= 0)
        QVERIFY2(imported.exitCode == expected, qPrintable(imported.err));
    if (imported.exitCode == 1) {
        QCOMPARE(imported.err.count(u'\n'), 1);
        QVERIFY2(imported.err.contains(fileName), qPrintable(imported.err));
    }
    qInfo("import: exit %d in %lld ms %s", imported.exitCode, imported.ms,
        qPrintable(imported.err.trimmed()));
    {
        auto opened = Project::open(project);
        QVERIFY(opened);
        QSqlQuery q(Storage::connection(*opened.value()));
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"INSERT INTO article_fts(article_fts) VALUES('integrity-check')"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM article"_s) && q.next());
        QCOMPARE(q.value(0).toInt() > 0, imported.exitCode == 0);
    }

    const Run annotated = run({u"annotate"_s, path, u"--format"_s, u"json"_s}, 60000);
    QVERIFY2(annotated.finished, "annotate hung");
    QVERIFY2(!annotated.crashed, "annotate crashed");
    qInfo("annotate: exit %d in %lld ms", annotated.exitCode, annotated.ms);
    QCOMPARE(annotated.exitCode, imported.exitCode);
    if (annotated.exitCode == 1) {
        QCOMPARE(annotated.err.count(u'\n'), 1);
        QVERIFY2(annotated.err.contains(fileName), qPrintable(annotated.err));
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(annotated.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray documents = json.object().value(u"documents"_s).toArray();
    QCOMPARE(documents.isEmpty(), annotated.exitCode == 1);
    int spans = 0;
    for (const QJsonValue &d : documents) {
        const QJsonObject document = d.toObject();
        const QList<uint> codePoints = document.value(u"text"_s).toString().toUcs4();
        auto check = [&](const QJsonValue &value) {
            if (!value.isObject())
                return true;
            const QJsonObject span = value.toObject();
            const qsizetype start = span.value(u"start"_s).toInteger(-1);
            const qsizetype end = span.value(u"end"_s).toInteger(-1);
            if (start < 0 || end < start || end > codePoints.size())
                return false;
            ++spans;
            const QList<uint> slice = codePoints.mid(start, end - start);
            return span.value(u"text"_s).toString()
                == QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(slice.constData()), slice.size());
        };
        for (const QJsonValue &e : document.value(u"entities"_s).toArray())
            for (const QJsonValue &m : e.toObject().value(u"mentions"_s).toArray())
                QVERIFY2(check(m), QJsonDocument(m.toObject()).toJson().constData());
        for (const QJsonValue &t : document.value(u"dates"_s).toArray())
            QVERIFY2(check(t), QJsonDocument(t.toObject()).toJson().constData());
        for (const QJsonValue &q : document.value(u"quotes"_s).toArray()) {
            const QJsonObject quote = q.toObject();
            QVERIFY2(check(quote), QJsonDocument(quote).toJson().constData());
            QVERIFY2(check(quote.value(u"cue"_s)), QJsonDocument(quote).toJson().constData());
            QVERIFY2(check(quote.value(u"speaker"_s)), QJsonDocument(quote).toJson().constData());
        }
    }
    qInfo("%d spans checked", spans);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
