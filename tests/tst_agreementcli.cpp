// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 'parallax agreement' end to end: a two-analyst project made with the command line alone.
#include "agreementfiles.h"
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

using namespace Parallax::AgreementFiles;

namespace {

double figure(const QJsonObject &o, const char *measure, const QString &label = {})
{
    const QJsonObject block = o.value(QLatin1String(measure)).toObject();
    return label.isEmpty() ? block.value(u"all"_s).toDouble(-9)
                           : block.value(u"by_label"_s).toObject().value(label).toDouble(-9);
}

} // namespace

class TestAgreementCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoAnalystsThroughTheCommandLine();
    void refusals();

private:
    Test::CliRun run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content);
    QString twoAnalystProject(const QString &name);
    QTemporaryDir m_dir;
};

Test::CliRun TestAgreementCli::run(const QStringList &arguments)
{
    return Test::runParallax(arguments);
}

QString TestAgreementCli::write(const QString &name, const QByteArray &content)
{
    return Test::writeFile(QDir(m_dir.path()), name, content);
}

// Krippendorff's (2004, p. 254) example as two analysts' entities on one article: the c-units
// are people, the k-units organisations.
QString TestAgreementCli::twoAnalystProject(const QString &name)
{
    const QString project = m_dir.filePath(name);
    if (run({u"new"_s, project}).exitCode != 0)
        return {};
    const QString article = write(u"article.json"_s,
        QJsonDocument(
            QJsonObject {{u"title"_s, u"Varn accord"_s}, {u"outlet"_s, u"Harbour Ledger"_s},
                {u"url"_s, kUrl}, {u"body"_s, body()}})
            .toJson());
    if (run({u"import"_s, project, article, u"--story"_s, u"Lake Varn"_s}).exitCode != 0)
        return {};
    write(u"ana.jsonld"_s,
        annotations(u"Ana Ferro"_s,
            {{75, 70, "PER"}, {220, 30, "PER"}, {30, 60, "ORG"}, {150, 50, "ORG"}}));
    write(u"ben.jsonld"_s,
        annotations(u"Ben Osei"_s,
            {{70, 80, "PER"}, {205, 20, "PER"}, {250, 20, "PER"}, {30, 60, "ORG"},
                {150, 50, "ORG"}}));
    return project;
}

void TestAgreementCli::twoAnalystsThroughTheCommandLine()
{
    const QString project = twoAnalystProject(u"two.parallax"_s);
    QVERIFY(!project.isEmpty());
    Test::CliRun r = run({u"import-annotations"_s, project, m_dir.filePath(u"ana.jsonld"_s),
        m_dir.filePath(u"ben.jsonld"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // The ORG spans the two share are two annotations, one per analyst.
    QVERIFY2(r.out.contains(u"Imported 9 annotations, 0 already present"_s), qPrintable(r.out));
    r = run({u"import-annotations"_s, project, m_dir.filePath(u"ana.jsonld"_s)});
    QVERIFY2(r.out.contains(u"Imported 0 annotations, 4 already present"_s), qPrintable(r.out));
    // A file that names no analyst (brat, a foreign tool) matches whoever marked the span.
    r = run({u"import-annotations"_s, project,
        write(u"anonymous.jsonld"_s, annotations(QString(), {{30, 60, "ORG"}}))});
    QVERIFY2(r.out.contains(u"Imported 0 annotations, 1 already present"_s), qPrintable(r.out));

    r = run({u"agreement"_s, project, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"analysts"_s).toArray(), QJsonArray({u"Ana Ferro"_s, u"Ben Osei"_s}));
    QCOMPARE(o.value(u"articles"_s).toInt(), 1);
    QCOMPARE(figure(o, "alpha_u"), 0.8587);
    QCOMPARE(figure(o, "alpha_u", u"PERSON"_s), 0.7286);
    QCOMPARE(figure(o, "alpha_u", u"ORG"_s), 1.0);
    // On tokens (35 words someone labelled; worked out by hand from the definitions): the
    // organisations agree but for the word across 150, which Ben's person span reaches first.
    QCOMPARE(figure(o, "kappa"), 0.5685);
    QCOMPARE(figure(o, "kappa", u"ORG"_s), 0.9427);
    QCOMPARE(figure(o, "kappa", u"PERSON"_s), 0.4741);
    QCOMPARE(figure(o, "percent"), 0.7429); // 26 of 35
    QVERIFY(figure(o, "alpha") > 0.5 && figure(o, "alpha") < 0.6);
    const QJsonArray pairs = o.value(u"pairs"_s).toArray();
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(figure(pairs.at(0).toObject(), "alpha_u"), 0.8587);
    // Every PERSON span differs: ana's two and ben's three.
    QCOMPARE(o.value(u"disagreements"_s).toArray().size(), 5);

    r = run({u"agreement"_s, project, u"--story"_s, u"Lake Varn"_s, u"--kind"_s, u"entity"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"0.8587"_s) && r.out.contains(u"0.7286"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Ana Ferro, Ben Osei"_s));
}

void TestAgreementCli::refusals()
{
    const QString project = twoAnalystProject(u"one.parallax"_s);
    QVERIFY(!project.isEmpty());
    QCOMPARE(run({u"import-annotations"_s, project, m_dir.filePath(u"ana.jsonld"_s)}).exitCode, 0);
    // One analyst's layer: nothing to agree with, said so.
    Test::CliRun r = run({u"agreement"_s, project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(u"needs the layers of two analysts; found Ana Ferro"_s), qPrintable(r.err));
    r = run({u"agreement"_s, project, u"--analysts"_s, u"Ana Ferro"_s});
    QCOMPARE(r.exitCode, 2);
    r = run({u"agreement"_s, project, u"--kind"_s, u"date"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"unknown --kind 'date'"_s));
    // Nothing curated yet: the curated layer exports empty, and compares as a layer with nothing.
    r = run({u"export"_s, project, u"--story"_s, u"Lake Varn"_s, u"--format"_s, u"csv"_s,
        u"--layer"_s, u"curated"_s, u"--out"_s, m_dir.filePath(u"curated.csv"_s)});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(u"Exported 1 article with 0 annotations"_s),
        qPrintable(r.out + r.err));
    r = run({u"export"_s, project, u"--story"_s, u"Lake Varn"_s, u"--format"_s, u"csv"_s,
        u"--layer"_s, u"gold"_s, u"--out"_s, m_dir.filePath(u"gold.csv"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"unknown --layer 'gold'"_s));
    r = run({u"agreement"_s, project, u"--with-curated"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"analysts"_s).toArray(), QJsonArray({u"(curated)"_s, u"Ana Ferro"_s}));
    r = run({u"agreement"_s, project, u"--story"_s, u"Elsewhere"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"there is no story 'Elsewhere'"_s));
}

QTEST_GUILESS_MAIN(TestAgreementCli)
#include "tst_agreementcli.moc"
