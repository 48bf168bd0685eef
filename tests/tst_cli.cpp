// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real parallax binary on temporary projects, as a script would.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void newProject();
    void importListSearchShow();
    void importReportsRefusedFilesAndKeepsTheRest();
    void wrongProjectFileIsAUserError();
    void jsonKeepsNonBmpText();
    void sampleProject();
    void annotateFilesAsJson();
    void annotateProject();
    void importedNamesTeachTheProjectOnly();
    void compareFilesAsJson();
    void compareRefusals();
    void evalDatesOnTimeMl();
    void exportAndImportAnnotations();
    void exportReportsWithoutDisplay();

private:
    Test::CliRun run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PARALLAX_BINARY)));
}

Test::CliRun TestCli::run(const QStringList &arguments)
{
    return Test::runParallax(arguments);
}

QString TestCli::write(const QString &name, const QByteArray &content)
{
    return Test::writeFile(QDir(m_dir.path()), name, content);
}

void TestCli::helpAndVersion()
{
    const Test::CliRun help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *command :
        {"new", "import", "list", "search", "show", "export", "import-annotations"})
        QVERIFY2(help.out.contains(u"  "_s + QLatin1String(command) + u' '), command);
    for (const char *command :
        {"new", "import", "list", "search", "show", "export", "import-annotations"}) {
        const Test::CliRun r = run({QString::fromLatin1(command), u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Usage: parallax "_s + QLatin1String(command)));
    }
    const Test::CliRun version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"parallax "_s));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s};
    QTest::newRow("new without project") << QStringList {u"new"_s};
    QTest::newRow("import without files") << QStringList {u"import"_s, u"x.parallax"_s};
    QTest::newRow("unknown command option")
        << QStringList {u"list"_s, u"x.parallax"_s, u"--colour"_s};
    QTest::newRow("bad format") << QStringList {
        u"list"_s, u"x.parallax"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("show needs a number") << QStringList {u"show"_s, u"x.parallax"_s, u"first"_s};
    QTest::newRow("search needs a query") << QStringList {u"search"_s, u"x.parallax"_s};
    QTest::newRow("extra argument") << QStringList {u"list"_s, u"x.parallax"_s, u"y"_s};
    QTest::newRow("export without format")
        << QStringList {u"export"_s, u"x.parallax"_s, u"--story"_s, u"1"_s, u"--out"_s, u"a"_s};
    QTest::newRow("export to an unknown format") << QStringList {u"export"_s, u"x.parallax"_s,
        u"--story"_s, u"1"_s, u"--format"_s, u"xml"_s, u"--out"_s, u"a"_s};
    QTest::newRow("export an unknown layer")
        << QStringList {u"export"_s, u"x.parallax"_s, u"--story"_s, u"1"_s, u"--format"_s, u"csv"_s,
               u"--out"_s, u"a"_s, u"--layers"_s, u"entities,people"_s};
    QTest::newRow("export nothing chosen")
        << QStringList {u"export"_s, u"x.parallax"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"a"_s};
    QTest::newRow("import-annotations without files")
        << QStringList {u"import-annotations"_s, u"x.parallax"_s};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Test::CliRun r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith(u"parallax"_s));
}

void TestCli::newProject()
{
    const QString project = m_dir.filePath(u"new.parallax"_s);
    Test::CliRun r = run({u"new"_s, project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(project));
    r = run({u"new"_s, project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"already exists"_s));
    QCOMPARE(r.err.count(u'\n'), 1); // one line
    r = run({u"list"_s, project, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json().value(u"stories"_s).toArray().isEmpty());
}

void TestCli::importListSearchShow()
{
    const QString project = m_dir.filePath(u"work.parallax"_s);
    QCOMPARE(run({u"new"_s, project}).exitCode, 0);
    const QString a = write(u"ledger.txt"_s,
        "Title: Water talks end\nOutlet: Harbour Ledger\nDate: 2025-11-24\n\n"
        "\"The talks were difficult but fruitful,\" Ilse Marrow said in Kessling.");
    const QString b
        = write(u"post.json"_s, R"({"title": "Deal in sight", "outlet": "The Meridian Post",
        "published": "2025-11-24T09:30:00Z", "body": "Marrow called the talks difficult but productive."})");
    Test::CliRun r = run({u"import"_s, project, a, b, u"--story"_s, u"Lake Varn"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"Imported 2 articles"_s));

    r = run({u"list"_s, project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"Story #1: Lake Varn (2 articles)"_s));
    QVERIFY(r.out.contains(u"Harbour Ledger — Water talks end"_s));

    r = run({u"list"_s, project, u"--format"_s, u"json"_s});
    const QJsonArray stories = r.json().value(u"stories"_s).toArray();
    QCOMPARE(stories.size(), 1);
    const QJsonArray articles = stories.at(0).toObject().value(u"articles"_s).toArray();
    QCOMPARE(articles.size(), 2);
    QJsonObject first = articles.at(0).toObject();
    for (const char *key :
        {"id", "title", "outlet", "published", "words", "entities", "quotes", "tags", "notes"})
        QVERIFY2(first.contains(QLatin1String(key)), key);

    r = run({u"search"_s, project, u"fruitful"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray results = r.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject hit = results.at(0).toObject();
    QCOMPARE(hit.value(u"title"_s).toString(), u"Water talks end"_s);
    const QString snippet = hit.value(u"snippet"_s).toString();
    const QJsonArray range = hit.value(u"highlights"_s).toArray().at(0).toArray();
    QCOMPARE(
        snippet.mid(range.at(0).toInt(), range.at(1).toInt() - range.at(0).toInt()), u"fruitful"_s);

    r = run({u"search"_s, project, u"difficult -fruitful"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"Deal in sight"_s));
    QVERIFY(!r.out.contains(u"Water talks end"_s));

    const qint64 id = hit.value(u"id"_s).toInteger();
    r = run({u"show"_s, project, QString::number(id)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(
        r.out.startsWith(u"Title: Water talks end\nOutlet: Harbour Ledger\nDate: 2025-11-24\n"_s));
    QVERIFY(r.out.contains(u"Ilse Marrow said in Kessling."_s));

    r = run({u"show"_s, project, u"999"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"no article 999"_s));

    // The same files again: recognised, not duplicated.
    r = run({u"import"_s, project, a});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"already in the project"_s));
    QCOMPARE(run({u"list"_s, project, u"--format"_s, u"json"_s})
                 .json()
                 .value(u"stories"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"articles"_s)
                 .toArray()
                 .size(),
        2);
}

void TestCli::importReportsRefusedFilesAndKeepsTheRest()
{
    const QString project = m_dir.filePath(u"mixed.parallax"_s);
    QCOMPARE(run({u"new"_s, project}).exitCode, 0);
    const QString good
        = write(u"good.txt"_s, "Dana Okoro said technical teams would meet in December.");
    const QString empty = write(u"empty.txt"_s, "");
    const QString pdf = write(u"scan.txt"_s, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    const Test::CliRun r
        = run({u"import"_s, project, empty, good, pdf, m_dir.filePath(u"absent.md"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.count(u'\n') == 3, qPrintable(r.err));
    QVERIFY(r.err.contains(u"empty.txt: the file is empty"_s));
    QVERIFY(r.err.contains(u"scan.txt"_s));
    QVERIFY(r.err.contains(u"absent.md: no such file"_s));
    QVERIFY(r.out.contains(u"Imported 1 article; 3 files refused."_s));
    const Test::CliRun list = run({u"list"_s, project, u"--format"_s, u"json"_s});
    QCOMPARE(list.json().value(u"unfiled"_s).toArray().size(), 1);
}

void TestCli::wrongProjectFileIsAUserError()
{
    const QString notProject = write(u"notes.txt"_s, "Just notes, not a project.");
    for (const QString &command : {u"list"_s, u"search"_s, u"show"_s, u"import"_s}) {
        QStringList args {command, notProject};
        if (command == "search"_L1)
            args << u"x"_s;
        if (command == "show"_L1)
            args << u"1"_s;
        if (command == "import"_L1)
            args << notProject;
        const Test::CliRun r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not a Parallax project"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }
    const Test::CliRun missing = run({u"list"_s, m_dir.filePath(u"nowhere.parallax"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"no such file"_s));
    QFile file(notProject);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Just notes, not a project."));
}

void TestCli::jsonKeepsNonBmpText()
{
    const QString project = m_dir.filePath(u"emoji.parallax"_s);
    QCOMPARE(run({u"new"_s, project}).exitCode, 0);
    const QString body = u"Ilse Marrow 😀 said “yes” 👍🏽 in Kessling. نعم"_s;
    const QString file = write(u"emoji.txt"_s, (u"Title: Emoji 🇪🇺\n\n"_s + body).toUtf8());
    QCOMPARE(run({u"import"_s, project, file}).exitCode, 0);
    const Test::CliRun r = run({u"show"_s, project, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"text"_s).toString(), body);
    QCOMPARE(r.json().value(u"title"_s).toString(), u"Emoji 🇪🇺"_s);
}

void TestCli::sampleProject()
{
    const QString project = m_dir.filePath(u"sample.parallax"_s);
    QCOMPARE(run({u"new"_s, project, u"--sample"_s}).exitCode, 0);
    const Test::CliRun r = run({u"list"_s, project, u"--format"_s, u"json"_s});
    const QJsonArray stories = r.json().value(u"stories"_s).toArray();
    QCOMPARE(stories.size(), 1);
    QCOMPARE(stories.at(0).toObject().value(u"articles"_s).toArray().size(), 3);
    const Test::CliRun search
        = run({u"search"_s, project, u"\"difficult but\""_s, u"--format"_s, u"json"_s});
    QCOMPARE(search.json().value(u"results"_s).toArray().size(), 3);
}

namespace {

QString codePoints(const QString &text, int start, int end)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(
        reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

void checkSpan(const QString &text, const QJsonObject &span)
{
    QVERIFY(span.contains(u"start"_s) && span.contains(u"end"_s));
    QCOMPARE(codePoints(text, span.value(u"start"_s).toInt(), span.value(u"end"_s).toInt()),
        span.value(u"text"_s).toString());
}

} // namespace

void TestCli::annotateFilesAsJson()
{
    const QString a = write(u"a.txt"_s,
        u"Title: Talks 😀\nOutlet: Harbour Ledger\nDate: 2025-11-24\n\n"
        "😀👍🏽 Foreign Minister Ilse Marrow of Veltria met Tomas Ardelan in Kessling on "
        "Monday. "
        "Ardelan said the European Union would help.\n"_s.toUtf8());
    const QString b = write(u"b.txt"_s, "Tomas Ardelan left Kessling.");
    const Test::CliRun r = run({u"annotate"_s, a, b, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray documents = r.json().value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 2);
    const QJsonObject first = documents.at(0).toObject();
    QCOMPARE(first.value(u"source"_s).toString(), a);
    QCOMPARE(first.value(u"title"_s).toString(), u"Talks 😀"_s);
    QCOMPARE(first.value(u"outlet"_s).toString(), u"Harbour Ledger"_s);
    QCOMPARE(first.value(u"published"_s).toString(), u"2025-11-24"_s);
    const QString text = first.value(u"text"_s).toString();
    QVERIFY(text.startsWith(u"😀👍🏽 Foreign"_s));
    for (const char *list : {"entities", "dates", "quotes"})
        QVERIFY2(first.value(QLatin1String(list)).isArray(), list);

    QHash<QString, QString> idByName;
    for (const QJsonValue &e : first.value(u"entities"_s).toArray()) {
        const QJsonObject entity = e.toObject();
        QVERIFY(entity.value(u"id"_s).toString().startsWith(u'e'));
        for (const QJsonValue &m : entity.value(u"mentions"_s).toArray())
            checkSpan(text, m.toObject());
        idByName.insert(entity.value(u"name"_s).toString(), entity.value(u"id"_s).toString());
    }
    QVERIFY2(idByName.contains(u"Tomas Ardelan"_s),
        qPrintable(QStringList(idByName.keys()).join(u", "_s)));
    QVERIFY(idByName.contains(u"Ilse Marrow"_s));
    for (const QJsonValue &d : first.value(u"dates"_s).toArray())
        checkSpan(text, d.toObject());
    for (const QJsonValue &q : first.value(u"quotes"_s).toArray())
        checkSpan(text, q.toObject());

    // The second file shares the entity ids of the first.
    const QJsonObject second = documents.at(1).toObject();
    QVERIFY(second.value(u"published"_s).isNull());
    bool found = false;
    for (const QJsonValue &e : second.value(u"entities"_s).toArray()) {
        if (e.toObject().value(u"name"_s).toString() == "Tomas Ardelan"_L1) {
            QCOMPARE(e.toObject().value(u"id"_s).toString(), idByName.value(u"Tomas Ardelan"_s));
            found = true;
        }
    }
    QVERIFY(found);

    const Test::CliRun missing
        = run({u"annotate"_s, m_dir.filePath(u"absent.txt"_s), u"--format"_s, u"json"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"absent.txt: no such file"_s));
}

void TestCli::compareFilesAsJson()
{
    const QString a = write(u"compare-a.txt"_s,
        u"Title: Ministers meet\nOutlet: Caldwell Daily Wire\nDate: 2025-11-24\n\n"
        "🌊 \u201cThe talks in Kessling were difficult but fruitful for both sides,\u201d Foreign "
        "Minister Ilse Marrow said on Monday.\n\n"
        "Veltria would fund a new monitoring station at Port Alder, estimated to cost 12 million "
        "euros.\n\n"
        "The Northern Basin Commission hosted the meeting for the second time this year.\n"_s
            .toUtf8());
    const QString b = write(u"compare-b.txt"_s,
        u"Title: Water deal\nOutlet: Harbour Ledger\nDate: 2025-11-24\n\n"
        "Veltria would fund a new monitoring station at Port Alder, estimated to cost 15 million "
        "euros.\n\n"
        "\u201cThe talks in Kessling were difficult but productive for both sides,\u201d Foreign "
        "Minister Ilse Marrow told reporters.\n\n"
        "The spring quota for the Sarrel valley does not cover a dry year.\n"_s.toUtf8());
    const Test::CliRun r = run({u"compare"_s, a, b, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.keys(),
        QStringList({u"alignments"_s, u"documents"_s, u"entity_coverage"_s, u"unmatched"_s}));

    // The documents' text is annotate's text, and offsets count its code points.
    const Test::CliRun annotated = run({u"annotate"_s, a, b, u"--format"_s, u"json"_s});
    QCOMPARE(annotated.exitCode, 0);
    const QJsonArray documents = json.value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 2);
    QStringList texts;
    for (int d = 0; d < 2; ++d) {
        const QJsonObject doc = documents.at(d).toObject();
        QCOMPARE(doc.value(u"source"_s).toString(), d == 0 ? a : b);
        texts.append(doc.value(u"text"_s).toString());
        QCOMPARE(texts.last(),
            annotated.json()
                .value(u"documents"_s)
                .toArray()
                .at(d)
                .toObject()
                .value(u"text"_s)
                .toString());
    }
    QVERIFY(texts.at(0).startsWith(u"🌊"_s));

    const QJsonArray alignments = json.value(u"alignments"_s).toArray();
    QJsonObject quote;
    QJsonObject sentence;
    for (const QJsonValue &v : alignments) {
        const QJsonObject alignment = v.toObject();
        const double similarity = alignment.value(u"similarity"_s).toDouble(-1);
        QVERIFY(similarity > 0 && similarity <= 1);
        const QJsonArray members = alignment.value(u"members"_s).toArray();
        QVERIFY(members.size() >= 2);
        for (const QJsonValue &m : members) {
            const QJsonObject member = m.toObject();
            checkSpan(texts.at(member.value(u"doc"_s).toInt()), member);
        }
        for (const QJsonValue &d : alignment.value(u"differences"_s).toArray())
            QCOMPARE(d.toObject().value(u"texts"_s).toArray().size(), members.size());
        const QString first = members.at(0).toObject().value(u"text"_s).toString();
        if (alignment.value(u"kind"_s).toString() == "quote"_L1 && first.contains(u"fruitful"_s))
            quote = alignment;
        if (alignment.value(u"kind"_s).toString() == "sentence"_L1
            && first.contains(u"Port Alder"_s))
            sentence = alignment;
    }
    QVERIFY2(!quote.isEmpty(), qPrintable(r.out));
    QVERIFY2(!sentence.isEmpty(), qPrintable(r.out));
    // The quote's members are the quoted words: after the emoji, code points differ from UTF-16.
    const QJsonObject quoted = quote.value(u"members"_s).toArray().at(0).toObject();
    QVERIFY(quoted.value(u"text"_s).toString().startsWith(u"The talks in Kessling"_s));
    QCOMPARE(quoted.value(u"start"_s).toInt(), int(texts.at(0).indexOf(u"The talks"_s)) - 1);
    auto hasDifference
        = [](const QJsonObject &alignment, const QString &kind, const QStringList &words) {
              for (const QJsonValue &d : alignment.value(u"differences"_s).toArray()) {
                  const QJsonObject difference = d.toObject();
                  QStringList texts;
                  for (const QJsonValue &t : difference.value(u"texts"_s).toArray())
                      texts.append(t.toString());
                  if (difference.value(u"kind"_s).toString() == kind && texts == words)
                      return true;
              }
              return false;
          };
    QVERIFY2(
        hasDifference(quote, u"synonym"_s, {u"fruitful"_s, u"productive"_s}), qPrintable(r.out));
    QVERIFY2(hasDifference(sentence, u"number"_s, {u"12"_s, u"15"_s}), qPrintable(r.out));

    // What only one article has.
    QStringList unmatched;
    for (const QJsonValue &v : json.value(u"unmatched"_s).toArray()) {
        const QJsonObject item = v.toObject();
        checkSpan(texts.at(item.value(u"doc"_s).toInt()), item);
        QCOMPARE(item.value(u"kind"_s).toString(), u"sentence"_s);
        unmatched.append(
            u"%1:%2"_s.arg(item.value(u"doc"_s).toInt()).arg(item.value(u"text"_s).toString()));
    }
    QCOMPARE(unmatched,
        QStringList(
            {u"0:The Northern Basin Commission hosted the meeting for the second time this year."_s,
                u"1:The spring quota for the Sarrel valley does not cover a dry year."_s}));

    bool marrow = false;
    for (const QJsonValue &v : json.value(u"entity_coverage"_s).toArray()) {
        const QJsonObject entity = v.toObject();
        if (entity.value(u"name"_s).toString() == "Ilse Marrow"_L1) {
            QVERIFY(QStringList({u"PERSON"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s})
                        .contains(entity.value(u"type"_s).toString()));
            QCOMPARE(entity.value(u"docs"_s).toArray(), QJsonArray({0, 1}));
            marrow = true;
        }
    }
    QVERIFY(marrow);

    // The text summary names the same alignments.
    const Test::CliRun text = run({u"compare"_s, a, b});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"synonym: fruitful | productive"_s));
    QVERIFY(text.out.contains(u"number: 12 | 15"_s));
}

void TestCli::compareRefusals()
{
    const QString a = write(u"compare-one.txt"_s, "Ilse Marrow met Tomas Ardelan in Kessling.");
    Test::CliRun r = run({u"compare"_s, a});
    QCOMPARE(r.exitCode, 2);
    r = run({u"compare"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"Usage: parallax compare"_s));
    QVERIFY(r.out.contains(u"--story"_s));
    const QString project = m_dir.filePath(u"compare.parallax"_s);
    QCOMPARE(run({u"new"_s, project, u"--sample"_s}).exitCode, 0);
    r = run({u"compare"_s, project, u"--story"_s, u"Lake Varn water talks"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"aligned passages"_s), qPrintable(r.out));
    r = run({u"compare"_s, project, u"--story"_s, u"No such talks"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"No such talks"_s), qPrintable(r.err));
    r = run({u"compare"_s, a, m_dir.filePath(u"absent.txt"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"absent.txt"_s));
}

void TestCli::annotateProject()
{
    const QString project = m_dir.filePath(u"annotate.parallax"_s);
    QCOMPARE(run({u"new"_s, project, u"--sample"_s}).exitCode, 0);
    Test::CliRun r = run({u"annotate"_s, project, u"--story"_s, u"Lake Varn water talks"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"Annotated 3 articles"_s), qPrintable(r.out + r.err));
    r = run({u"list"_s, project, u"--format"_s, u"json"_s});
    const QJsonObject article = r.json()
                                    .value(u"stories"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"articles"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QVERIFY(article.value(u"entities"_s).toInt() > 0);
    QVERIFY(article.value(u"proposals"_s).toInt() > 0);
    r = run({u"annotate"_s, project, u"--story"_s, u"No such story"_s});
    QCOMPARE(r.exitCode, 1);
    r = run({u"annotate"_s, project, u"--article"_s, u"2"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"Annotated 1 article"_s));
}

// A person's accepted name, imported, teaches the project's entity model: the next 'annotate'
// says so and its proposals name the adapted model; another project annotates as before.
void TestCli::importedNamesTeachTheProjectOnly()
{
    const QString project = m_dir.filePath(u"taught.parallax"_s);
    const QString other = m_dir.filePath(u"untaught.parallax"_s);
    QCOMPARE(run({u"new"_s, project, u"--sample"_s}).exitCode, 0);
    QCOMPARE(run({u"new"_s, other, u"--sample"_s}).exitCode, 0);
    const QString exported = m_dir.filePath(u"taught-brat"_s);
    QCOMPARE(run({u"export"_s, project, u"--story"_s, u"Lake Varn water talks"_s, u"--format"_s,
                     u"brat"_s, u"--out"_s, exported})
                 .exitCode,
        0);
    // One article's text with a single annotation of the analyst's: Kessling, an organisation.
    QDir brat(exported);
    const QString txt = brat.filePath(brat.entryList({u"*.txt"_s}).first());
    QFile file(txt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    const QString text = QString::fromUtf8(body);
    const qsizetype at = text.indexOf(u"Kessling"_s);
    QVERIFY(at > 0);
    // Offsets are code points; the sample has no character outside the BMP before it.
    QCOMPARE(text.left(at).toUcs4().size(), at);
    QDir().mkpath(m_dir.filePath(u"analyst"_s));
    const QString base = u"analyst/"_s + QFileInfo(txt).completeBaseName();
    write(base + u".txt"_s, body);
    write(base + u".ann"_s, u"T1\tORG %1 %2\tKessling\n"_s.arg(at).arg(at + 8).toUtf8());
    Test::CliRun r = run({u"import-annotations"_s, project, m_dir.filePath(u"analyst"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(u"the project's entity model learned from 1"_s), qPrintable(r.out + r.err));

    r = run({u"annotate"_s, project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"learned from 1 correction (annotator "_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"+project.1)"_s));
    r = run({u"annotate"_s, other});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains(u"learned"_s), qPrintable(r.out));
}

void TestCli::evalDatesOnTimeMl()
{
    // An invented TimeML document: one gold date the tagger finds exactly, one it cannot see.
    QDir(m_dir.path()).mkpath(u"timeml"_s);
    write(u"timeml/kessling.tml"_s,
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>kessling</DOCID>\n"
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-11-24\" "
        "functionInDocument=\"CREATION_TIME\">2025-11-24</TIMEX3></DCT>\n<TEXT>\n"
        "Talks in Kessling &amp; Sarrel ended <TIMEX3 tid=\"t1\" type=\"DATE\" "
        "value=\"2025-11-21\">Friday</TIMEX3>. Osmark met Veltria at the <TIMEX3 tid=\"t2\" "
        "type=\"DATE\" value=\"2025-11-20\">same time</TIMEX3>.\n</TEXT>\n</TimeML>\n");
    const Test::CliRun r = run({u"eval"_s, u"dates"_s, u"--timeml"_s, m_dir.filePath(u"timeml"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"DATE+TIME"_s), qPrintable(r.out));
    // Precision 1, recall 1/2: strict F1 2/3; the one match has the right value.
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.last(), u"DATE/TIME span F1 0.667 (strict)"_s);
    QVERIFY2(r.out.contains(u"1.000 0.500 0.667"_s), qPrintable(r.out));
    const Test::CliRun missing
        = run({u"eval"_s, u"dates"_s, u"--timeml"_s, m_dir.filePath(u"none"_s)});
    QCOMPARE(missing.exitCode, 1);
}

void TestCli::exportAndImportAnnotations()
{
    const QString project = m_dir.filePath(u"exports.parallax"_s);
    QCOMPARE(run({u"new"_s, project, u"--sample"_s}).exitCode, 0);
    const QStringList story {u"--story"_s, u"Lake Varn water talks"_s};
    QString counted;
    for (const QString &format : {u"jsonld"_s, u"csv"_s, u"brat"_s, u"conll"_s}) {
        const QString out = m_dir.filePath(u"sample-"_s + format);
        const Test::CliRun r = run(
            QStringList {u"export"_s, project, u"--format"_s, format, u"--out"_s, out} + story);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Exported 3 articles with "_s), qPrintable(r.out + r.err));
        // Every format carries the same annotations.
        const QString count = r.out.section(u' ', 4, 4);
        QVERIFY(count.toInt() > 20);
        QVERIFY(counted.isEmpty() || counted == count);
        counted = count;
        QVERIFY(QFileInfo::exists(out));
    }
    QVERIFY(QFileInfo::exists(m_dir.filePath(u"sample-brat/annotation.conf"_s)));
    // Only accepted annotations: the sample's are all proposals.
    const Test::CliRun accepted = run(
        QStringList {u"export"_s, project, u"--format"_s, u"csv"_s, u"--out"_s,
            m_dir.filePath(u"accepted.csv"_s), u"--accepted-only"_s, u"--articles"_s, u"1,2"_s}
        + story);
    QCOMPARE(accepted.exitCode, 0);
    QVERIFY2(accepted.out.startsWith(u"Exported 2 articles with 0 annotations"_s),
        qPrintable(accepted.out));
    const Test::CliRun noStory = run({u"export"_s, project, u"--story"_s, u"Elsewhere"_s,
        u"--format"_s, u"csv"_s, u"--out"_s, m_dir.filePath(u"x.csv"_s)});
    QCOMPARE(noStory.exitCode, 1);
    QVERIFY(noStory.err.contains(u"no story 'Elsewhere'"_s));

    // The articles alone in a new project take the annotations back, once.
    const QString fresh = m_dir.filePath(u"fresh.parallax"_s);
    QCOMPARE(run({u"new"_s, fresh}).exitCode, 0);
    QCOMPARE(
        run({u"import"_s, fresh, QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample")}).exitCode,
        0);
    Test::CliRun r = run({u"import-annotations"_s, fresh, m_dir.filePath(u"sample-jsonld"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(u"Imported %1 annotations, 0 already present, 0 refused."_s.arg(counted)),
        qPrintable(r.out + r.err));
    r = run({u"import-annotations"_s, fresh, m_dir.filePath(u"sample-brat"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Imported 0 annotations, %1 already present"_s.arg(counted)),
        qPrintable(r.out + r.err));

    // A brat line whose offsets are wrong is refused, named, with the reason; the rest is kept.
    QDir brat(m_dir.filePath(u"sample-brat"_s));
    const QString ann = brat.filePath(brat.entryList({u"*.ann"_s}).first());
    QFile file(ann);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QString text = QString::fromUtf8(file.readAll());
    const QString first = text.section(u'\n', 0, 0);
    const QStringList range = first.section(u'\t', 1, 1).split(u' ');
    QString moved = first;
    moved.replace(u"%1 %2 %3\t"_s.arg(range.at(0), range.at(1), range.at(2)),
        u"%1 %2 %3\t"_s.arg(range.at(0)).arg(range.at(1).toInt() + 1).arg(range.at(2).toInt() + 1));
    text.replace(first + u'\n', moved + u'\n');
    file.resize(0);
    file.write(text.toUtf8());
    file.close();
    const QString other = m_dir.filePath(u"other.parallax"_s);
    QCOMPARE(run({u"new"_s, other}).exitCode, 0);
    QCOMPARE(
        run({u"import"_s, other, QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample")}).exitCode,
        0);
    r = run({u"import-annotations"_s, other, ann});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u": T1 (line 1): its text "_s)
            && r.err.contains(u"is not what the .txt holds"_s),
        qPrintable(r.err));
    QVERIFY(r.out.contains(u", 1 refused"_s));
}

// The reports come from the same command, the PDF too (it lays out text without a display).
void TestCli::exportReportsWithoutDisplay()
{
    const QString project = m_dir.filePath(u"reports.parallax"_s);
    QCOMPARE(run({u"new"_s, project, u"--sample"_s}).exitCode, 0);
    for (const QString &format : {u"html"_s, u"md"_s, u"pdf"_s}) {
        const QString out = m_dir.filePath(u"dossier."_s + format);
        const Test::CliRun r = run({u"export"_s, project, u"--story"_s, u"Lake Varn water talks"_s,
            u"--format"_s, format, u"--out"_s, out, u"--prepared-by"_s, u"Ines Vell"_s,
            u"--page-size"_s, u"Letter"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Exported 3 articles with "_s), qPrintable(r.out + r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        if (format == "pdf"_L1)
            QVERIFY(head.startsWith("%PDF-"));
        else
            QVERIFY(file.readAll().contains("Prepared by Ines Vell on "));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
