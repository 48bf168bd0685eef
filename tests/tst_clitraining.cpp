// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The training commands of the real parallax binary on invented corpora: train-speakers,
// train-clusters, train-ner --cross-validate, and the evaluations that read their models.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestCliTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainAndEvalSpeakers();
    void marginLearnsFromRightChoices();
    void clustersAndCrossValidatedEntities();
    void clustersFromJsonText();

private:
    struct Attribution
    {
        QString source;
        QString content;
    };
    using Article = std::pair<QString, QList<Attribution>>;
    Test::CliRun run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content);
    QString writePolnear(const QString &name, const QList<Article> &articles);
    QTemporaryDir m_dir;
};

Test::CliRun TestCliTraining::run(const QStringList &arguments)
{
    return Test::runParallax(arguments);
}

// train-clusters --text also reads JSON Lines files (each record's "text") and JSON articles
// ("title" and "body-paragraphs", lists of sentences), alone or in a folder (2026-12-06).
void TestCliTraining::clustersFromJsonText()
{
    QDir(m_dir.path()).mkpath(u"json"_s);
    QByteArray lines;
    QByteArray sentences;
    for (int i = 0; i < 30; ++i) {
        lines += "Minister Varga said the talks in Orsava would resume. ";
        sentences += "\"Minister Brandt told reporters in Kessling that nothing was signed.\", ";
    }
    write(u"records.jsonl"_s,
        "{\"doc_id\": \"a\", \"text\": \"" + lines + "\"}\n{\"doc_id\": \"b\", \"text\": \"" + lines
            + "\"}\n{\"doc_id\": \"c\"}\n");
    write(u"json/article.json"_s,
        "{\"title\": \"Talks in Orsava\", \"body-paragraphs\": [[" + sentences
            + "\"The end.\"], [\"Nothing was signed.\"]]}");
    const QString clusters = m_dir.filePath(u"json-clusters.tsv"_s);
    const Test::CliRun r
        = run({u"train-clusters"_s, u"--text"_s, m_dir.filePath(u"records.jsonl"_s), u"--text"_s,
            m_dir.filePath(u"json"_s), u"--out"_s, clusters, u"--depth"_s, u"4"_s});
    QCOMPARE(r.exitCode, 0);
    // Two records with a text, one article; the record without a text gives none.
    QVERIFY2(r.out.startsWith(u"3 texts;"_s), qPrintable(r.out + r.err));
    QVERIFY2(r.out.section(u"; "_s, 1, 1).section(u' ', 0, 0).toInt() > 0, qPrintable(r.out));
    QVERIFY(QFileInfo(clusters).size() > 0);
}

QString TestCliTraining::write(const QString &name, const QByteArray &content)
{
    return Test::writeFile(QDir(m_dir.path()), name, content);
}

// An invented corpus in PolNeAR's brat layout: text/ID.txt and attributions/ID_ANNOTATOR.ann
// with Source and Content spans in code points (the texts are ASCII, so bytes).
QString TestCliTraining::writePolnear(const QString &name, const QList<Article> &articles)
{
    QDir(m_dir.path()).mkpath(name + u"/text"_s);
    QDir(m_dir.path()).mkpath(name + u"/attributions"_s);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QString &text = articles[i].first;
        QByteArray ann;
        int t = 0;
        for (const Attribution &a : articles[i].second) {
            const qsizetype s = text.indexOf(a.source);
            const qsizetype c = text.indexOf(a.content);
            if (s < 0 || c < 0)
                return {};
            ann += u"T%1\tSource %2 %3\t%4\n"_s.arg(t + 1)
                       .arg(s)
                       .arg(s + a.source.size())
                       .arg(a.source)
                       .toUtf8();
            ann += u"T%1\tContent %2 %3\t%4\n"_s.arg(t + 2)
                       .arg(c)
                       .arg(c + a.content.size())
                       .arg(a.content)
                       .toUtf8();
            ann += u"E%1\tAttribution:T%2 Content:T%3 Source:T%4\n"_s.arg(t / 2 + 1)
                       .arg(t + 2)
                       .arg(t + 2)
                       .arg(t + 1)
                       .toUtf8();
            t += 2;
        }
        write(name + u"/text/article%1.txt"_s.arg(i), text.toUtf8());
        write(name + u"/attributions/article%1_a1.ann"_s.arg(i), ann);
    }
    return m_dir.filePath(name);
}

void TestCliTraining::trainAndEvalSpeakers()
{
    const QList<Article> articles {
        {u"\"We will sign the quota,\" Ilse Marrow said on Monday. Three officials who spoke "
         "with the Ledger said: \"The timetable cannot hold.\""_s,
            {{u"Ilse Marrow"_s, u"\"We will sign the quota,\""_s},
                {u"Three officials"_s, u"\"The timetable cannot hold.\""_s}}},
        {u"Tomas Ardelan, who met the farmers in Kessling, said: \"The water is ours.\" Two "
         "engineers who worked with the Commission said: \"The dam is safe.\""_s,
            {{u"Tomas Ardelan"_s, u"\"The water is ours.\""_s},
                {u"Two engineers"_s, u"\"The dam is safe.\""_s}}},
        {u"Five mayors who wrote to the Ministry said: \"We were never asked.\" \"It is "
         "late,\" Dana Okoro said."_s,
            {{u"Five mayors"_s, u"\"We were never asked.\""_s},
                {u"Dana Okoro"_s, u"\"It is late,\""_s}}},
        {u"Several farmers who spoke with the Herald said: \"Our wells are dry.\" \"We wait,\" "
         "Piet Vandal said."_s,
            {{u"Several farmers"_s, u"\"Our wells are dry.\""_s},
                {u"Piet Vandal"_s, u"\"We wait,\""_s}}},
    };
    const QString corpus = writePolnear(u"polnear"_s, articles);
    QVERIFY(!corpus.isEmpty());
    const QString model = m_dir.filePath(u"sources.tsv"_s);
    Test::CliRun r = run({u"train-speakers"_s, u"--polnear"_s, corpus, u"--out"_s, model,
        u"--folds"_s, u"2"_s, u"--epochs"_s, u"5"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"2-fold cross-validated"_s), qPrintable(r.out + r.err));
    // On the data it learned from, the model is at least as right as the rules, which take the
    // object of "spoke with" for the speaker.
    auto accuracy = [&](const QString &row) {
        for (const QString &line : r.out.split(u'\n')) {
            if (line.startsWith(row))
                return line.section(u"in marks "_s, 1).section(u' ', 0, 0).toDouble();
        }
        return -1.0;
    };
    const double rules = accuracy(u"rules alone"_s);
    const double seen = accuracy(u"trained on all"_s);
    QVERIFY2(rules >= 0 && seen > rules, qPrintable(r.out));
    QVERIFY(QFileInfo(model).size() > 0);

    r = run({u"eval"_s, u"quotes"_s, u"--polnear"_s, corpus, u"--speaker-model"_s, model});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"speakers chosen by the source model"_s), qPrintable(r.out));
    const double evaluated = r.out.trimmed().section(u"speaker accuracy "_s, -1).toDouble();
    QCOMPARE(evaluated, seen);
    r = run({u"eval"_s, u"quotes"_s, u"--polnear"_s, corpus, u"--rules-only"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().section(u"speaker accuracy "_s, -1).toDouble(), rules);

    // A model file that is not one is refused with its name; a missing --out is a usage error.
    const QString bogus = write(u"bogus.tsv"_s, "speaker model? no\n");
    r = run({u"eval"_s, u"quotes"_s, u"--polnear"_s, corpus, u"--speaker-model"_s, bogus});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(bogus) && r.err.contains(u"not a Parallax source model"_s),
        qPrintable(r.err));
    QCOMPARE(run({u"train-speakers"_s, u"--polnear"_s, corpus}).exitCode, 2);
}

// With a margin (the default since 2026-12-07), a right choice still teaches the source model
// while a wrong phrase scores close to it: on a corpus where the rules choose every speaker
// right, the plain perceptron learns nothing, the margin a model that keeps them right.
void TestCliTraining::marginLearnsFromRightChoices()
{
    const QList<Article> articles {
        {u"At the meeting in Kessling, the commission said: \"We will wait for the survey.\""_s,
            {{u"the commission"_s, u"\"We will wait for the survey.\""_s}}},
        {u"After the vote in Orsava, the council said: \"The bridge stays closed.\""_s,
            {{u"the council"_s, u"\"The bridge stays closed.\""_s}}},
        {u"On Monday in Lake Varn, the committee said: \"Nobody asked the farmers.\""_s,
            {{u"the committee"_s, u"\"Nobody asked the farmers.\""_s}}},
    };
    const QString corpus = writePolnear(u"polnear-right"_s, articles);
    QVERIFY(!corpus.isEmpty());
    auto train = [&](const QString &margin, const QString &model) {
        Test::CliRun r = run({u"train-speakers"_s, u"--polnear"_s, corpus, u"--out"_s, model,
            u"--folds"_s, u"0"_s, u"--epochs"_s, u"3"_s, u"--margin"_s, margin});
        return r;
    };
    auto weights = [](const Test::CliRun &r) {
        return r.out.section(u"wrote "_s, 1).section(u' ', 0, 0).toInt();
    };
    auto accuracy = [](const Test::CliRun &r, const QString &row) {
        for (const QString &line : r.out.split(u'\n')) {
            if (line.startsWith(row))
                return line.section(u"in marks "_s, 1).section(u' ', 0, 0).toDouble();
        }
        return -1.0;
    };
    const Test::CliRun plain = train(u"0"_s, m_dir.filePath(u"plain.tsv"_s));
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(accuracy(plain, u"rules alone"_s), 1.0);
    QVERIFY2(plain.out.contains(u"wrote 0 weights"_s), qPrintable(plain.out + plain.err));
    const Test::CliRun margin = train(u"3"_s, m_dir.filePath(u"margin.tsv"_s));
    QCOMPARE(margin.exitCode, 0);
    QVERIFY2(weights(margin) > 0, qPrintable(margin.out + margin.err));
    QCOMPARE(accuracy(margin, u"trained on all"_s), 1.0);
    // The default is the margin.
    const Test::CliRun byDefault = run({u"train-speakers"_s, u"--polnear"_s, corpus, u"--out"_s,
        m_dir.filePath(u"default.tsv"_s), u"--folds"_s, u"0"_s, u"--epochs"_s, u"3"_s});
    QCOMPARE(byDefault.exitCode, 0);
    QCOMPARE(weights(byDefault), weights(margin));
    QCOMPARE(train(u"-1"_s, m_dir.filePath(u"bad.tsv"_s)).exitCode, 2);
}

void TestCliTraining::clustersAndCrossValidatedEntities()
{
    // Invented unlabelled text in a folder (the .txt files below it are read), then a
    // cross-validation of the recogniser with those clusters on a tiny labelled file.
    QDir(m_dir.path()).mkpath(u"unlabelled/more"_s);
    QByteArray prose;
    for (int i = 0; i < 50; ++i)
        prose += "Minister Varga said the talks in Orsava would resume. Minister Brandt told "
                 "reporters in Kessling that nothing was signed.\n";
    write(u"unlabelled/a.txt"_s, prose);
    write(u"unlabelled/more/b.txt"_s, prose);
    const QString clusters = m_dir.filePath(u"clusters.tsv"_s);
    Test::CliRun r = run({u"train-clusters"_s, u"--text"_s, m_dir.filePath(u"unlabelled"_s),
        u"--out"_s, clusters, u"--depth"_s, u"4"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"2 texts;"_s), qPrintable(r.out + r.err));
    QVERIFY(QFileInfo(clusters).size() > 0);

    const QString tiny = QStringLiteral(PARALLAX_TEST_DATA) + u"/ner/tiny.conll"_s;
    r = run({u"train-ner"_s, u"--conll"_s, tiny, u"--cross-validate"_s, u"2"_s, u"--epochs"_s,
        u"3"_s, u"--clusters"_s, clusters});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"fold 2: 1 documents"_s), qPrintable(r.out + r.err));
    QVERIFY(r.out.trimmed().split(u'\n').last().startsWith(u"cross-validated F1 on gold tokens"_s));

    // A model trained with the clusters carries them, and scores on raw text.
    const QString model = m_dir.filePath(u"ner.bin"_s);
    QCOMPARE(run({u"train-ner"_s, u"--conll"_s, tiny, u"--out"_s, model, u"--epochs"_s, u"3"_s,
                     u"--clusters"_s, clusters})
                 .exitCode,
        0);
    r = run({u"eval"_s, u"ner"_s, u"--conll"_s, tiny, u"--model"_s, model, u"--raw"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"raw text through the annotate path"_s), qPrintable(r.out));

    const QString bad = write(u"bad-clusters.tsv"_s, "beef\tnot-a-path\n");
    r = run({u"train-ner"_s, u"--conll"_s, tiny, u"--out"_s, model, u"--clusters"_s, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(bad), qPrintable(r.err));
    QCOMPARE(run({u"train-clusters"_s, u"--out"_s, clusters}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliTraining)
#include "tst_clitraining.moc"
