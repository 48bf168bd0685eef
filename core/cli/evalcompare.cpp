// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// eval compare: the comparison's quote alignments against a gold standard of quote pairs that
// report the same utterance (bench/gold/). Each set is read, annotated and compared as 'parallax
// compare' does with the set's files; the rules are described in docs/compare-quality.md.
#include "evalmodes.h"

#include "annotate/annotator.h"
#include "cli.h"
#include "command.h"
#include "compare/comparison.h"
#include "comparegold.h"
#include "comparetraining.h"
#include "corpusarticles.h"
#include "util/textoffsets.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

using namespace CompareGold;

struct LoadedDocument
{
    QString file; // as the gold names it
    ArticleDraft draft;
    CodePointMap map;
};

QString fixed(double value)
{
    return QString::number(value, 'f', 4);
}

QString corpusOf(const Set &set)
{
    return set.corpus();
}

QString excerpt(const LoadedDocument &doc, const Span &span)
{
    QString s = Offsets::midCodePoints(doc.draft.body, span.start, span.end).simplified();
    if (s.size() > 90)
        s = s.left(60) + u" … "_s + s.right(25);
    return s;
}

QString where(const QList<LoadedDocument> &docs, const Span &span)
{
    return u"%1:%2-%3"_s.arg(QFileInfo(docs.at(span.doc).file).completeBaseName())
        .arg(span.start)
        .arg(span.end);
}

Result<QList<LoadedDocument>> load(const Set &set, const QString &dataDir)
{
    QList<LoadedDocument> docs;
    for (const QString &file : set.files) {
        const QString path = QDir(dataDir).filePath(file);
        auto drafts = CorpusArticles::readArticles(path);
        if (!drafts)
            return Error {drafts.error()};
        if (drafts->size() != 1)
            return Error {u"%1: holds %2 articles; a gold file names one article"_s
                              .arg(QDir::toNativeSeparators(path))
                              .arg(drafts->size())};
        docs.append(
            LoadedDocument {file, drafts->constFirst(), CodePointMap(drafts->constFirst().body)});
    }
    // Offsets past the end mean the gold was made on another text than this reading gives.
    auto check = [&](const Span &s, int line) -> Result<void> {
        if (s.end > docs.at(s.doc).map.codePointLength())
            return Error {u"set %1, gold line %2: span %3-%4 lies past the end of %5 (%6 code "
                          "points); was the gold made on another conversion?"_s.arg(set.id)
                              .arg(line)
                              .arg(s.start)
                              .arg(s.end)
                              .arg(docs.at(s.doc).file)
                              .arg(docs.at(s.doc).map.codePointLength())};
        return {};
    };
    for (const Pair &p : set.pairs) {
        for (const Span &s : {p.a, p.b}) {
            if (auto ok = check(s, p.line); !ok)
                return Error {ok.error()};
        }
    }
    for (const Lone &l : set.lone) {
        if (auto ok = check(l.span, l.line); !ok)
            return Error {ok.error()};
    }
    for (const QList<StatementPair> *list : {&set.statements, &set.headlines}) {
        for (const StatementPair &p : *list) {
            for (const Span &s : {p.a, p.b}) {
                if (auto ok = check(s, p.line); !ok)
                    return Error {ok.error()};
            }
        }
    }
    return docs;
}

// The converted articles, one folder per set, to run 'parallax compare' on by hand.
Result<void> exportSet(const Set &set, const QString &dataDir, const QString &outDir)
{
    const QDir dir(QDir(outDir).filePath(set.id));
    if (!QDir().mkpath(dir.path()))
        return Error {u"%1: cannot create the folder"_s.arg(QDir::toNativeSeparators(dir.path()))};
    for (const QString &file : set.files) {
        const QString path = QDir(dataDir).filePath(file);
        auto converted = CorpusArticles::convert(path);
        if (!converted)
            return Error {converted.error()};
        const QByteArray &bytes = converted->bytes;
        QFile out(dir.filePath(converted->kind == CorpusArticles::Kind::Importable
                ? QFileInfo(file).fileName()
                : QFileInfo(file).completeBaseName() + u".json"_s));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return Error {u"%1: cannot be written (%2)"_s.arg(
                QDir::toNativeSeparators(out.fileName()), out.errorString())};
    }
    return {};
}

QString row(const QString &name, const Counts &c)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(name, -10)
        .arg(c.goldPairs, 6)
        .arg(c.foundPairs, 6)
        .arg(c.predictedPairs, 10)
        .arg(c.correctPairs, 8)
        .arg(fixed(c.precision()), 10)
        .arg(fixed(c.recall()), 8)
        .arg(fixed(c.f1()), 8);
}

void printVerbose(
    QTextStream &out, const Set &set, const QList<LoadedDocument> &docs, const SetResult &result)
{
    const Counts &c = result.counts;
    out << u"set %1: %2 documents, gold %3 pairs, found %4, predicted %5, correct %6  P %7 R %8"_s
               .arg(set.id)
               .arg(set.files.size())
               .arg(c.goldPairs)
               .arg(c.foundPairs)
               .arg(c.predictedPairs)
               .arg(c.correctPairs)
               .arg(fixed(c.precision()), fixed(c.recall()))
        << Qt::endl;
    static const char *const kVerdicts[]
        = {"ok", "WRONG PARTNER", "LONE QUOTE", "NOT A GOLD QUOTE"};
    for (const PredictedPair &p : result.predicted) {
        out << "  " << kVerdicts[int(p.verdict)] << " (" << fixed(p.similarity) << ") "
            << where(docs, p.a) << " \"" << excerpt(docs.at(p.a.doc), p.a) << "\" ~ "
            << where(docs, p.b) << " \"" << excerpt(docs.at(p.b.doc), p.b) << "\"" << Qt::endl;
    }
    for (const Pair &p : result.missed) {
        out << "  MISSED " << relationName(p.relation) << " (" << p.speaker << ") "
            << where(docs, p.a) << " \"" << excerpt(docs.at(p.a.doc), p.a) << "\" ~ "
            << where(docs, p.b) << " \"" << excerpt(docs.at(p.b.doc), p.b) << "\"" << Qt::endl;
    }
}

void printVerboseStatements(
    QTextStream &out, const Set &set, const QList<LoadedDocument> &docs, const StatementResult &r)
{
    const StatementCounts &c = r.counts;
    out << u"set %1 statements: gold %2, found %3, predicted %4, correct %5  P %6 R %7; "
           "headlines: gold %8, found %9, predicted %10, correct %11"_s.arg(set.id)
               .arg(c.gold)
               .arg(c.found)
               .arg(c.predicted)
               .arg(c.correct)
               .arg(fixed(c.precision()), fixed(c.recall()))
               .arg(c.goldHeadlines)
               .arg(c.foundHeadlines)
               .arg(c.predictedHeadlines)
               .arg(c.correctHeadlines)
        << Qt::endl;
    for (const PredictedPair &p : r.wrong) {
        out << "  WRONG STATEMENT (" << fixed(p.similarity) << ") " << where(docs, p.a) << " \""
            << excerpt(docs.at(p.a.doc), p.a) << "\" ~ " << where(docs, p.b) << " \""
            << excerpt(docs.at(p.b.doc), p.b) << "\"" << Qt::endl;
    }
    for (const StatementPair &p : r.missed) {
        out << "  MISSED STATEMENT " << relationName(p.relation) << ' '
            << agreementName(p.agreement) << ' ' << where(docs, p.a) << " \""
            << excerpt(docs.at(p.a.doc), p.a) << "\" ~ " << where(docs, p.b) << " \""
            << excerpt(docs.at(p.b.doc), p.b) << "\"" << Qt::endl;
    }
}

QString statementRow(const QString &name, const StatementCounts &c)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(name, -10)
        .arg(c.gold, 6)
        .arg(c.found, 6)
        .arg(c.predicted, 10)
        .arg(c.correct, 8)
        .arg(fixed(c.precision()), 10)
        .arg(fixed(c.recall()), 8)
        .arg(fixed(c.f1()), 8);
}

void printStatements(QTextStream &out, const std::map<QString, StatementCounts> &byCorpus,
    const std::map<QString, int> &setsByCorpus)
{
    StatementCounts all;
    for (const auto &[corpus, counts] : byCorpus)
        all += counts;
    out << Qt::endl
        << "statement pairs (" << all.sets << " sets with statement pairs; a predicted pair is two "
        << "members of any alignment, correct when it matches a statement or quote pair):"
        << Qt::endl;
    for (const auto &[corpus, counts] : byCorpus) {
        if (counts.sets > 0)
            out << statementRow(
                u"%1 (%2/%3)"_s.arg(corpus).arg(counts.sets).arg(setsByCorpus.at(corpus)), counts)
                << Qt::endl;
    }
    out << statementRow(u"all"_s, all) << Qt::endl;
    out << "statement recall by relation:";
    for (int r = 0; r < kRelationCount; ++r)
        out << ' ' << relationName(Relation(r)) << ' ' << all.foundByRelation[r] << '/'
            << all.goldByRelation[r];
    out << Qt::endl << "statement recall by agreement:";
    for (int a = 0; a < kAgreementCount; ++a)
        out << ' ' << agreementName(Agreement(a)) << ' ' << all.foundByAgreement[a] << '/'
            << all.goldByAgreement[a];
    out << Qt::endl
        << "headline pairs: gold " << all.goldHeadlines << ", found " << all.foundHeadlines
        << ", predicted " << all.predictedHeadlines << ", correct " << all.correctHeadlines
        << "; missed statement pairs whose member was aligned with a headline instead: "
        << all.missedForHeadline << Qt::endl;
    out << "statement pair F1 " << fixed(all.f1()) << Qt::endl;
}

QString oneSourceRow(const Set &set, const OneSourceResult &r)
{
    auto perDocument = [](const QList<int> &counts) {
        QStringList list;
        for (int n : counts)
            list.append(QString::number(n));
        return list.join(u'/');
    };
    return u"set %1: %2 articles, listed %3 (%4), false %5 (%6)"_s.arg(set.id)
        .arg(r.counts.documents)
        .arg(r.counts.listed)
        .arg(perDocument(r.listedByDocument))
        .arg(r.counts.falseItems)
        .arg(perDocument(r.falseByDocument));
}

void printVerboseOneSource(QTextStream &out, const Set &set, const QList<LoadedDocument> &docs,
    const OneSourceResult &r, const QString &compared)
{
    out << u"set %1 one-source (%2): listed %3, false %4"_s.arg(set.id, compared)
               .arg(r.counts.listed)
               .arg(r.counts.falseItems)
        << Qt::endl;
    for (const auto &[item, partner] : r.falseItems) {
        out << "  FALSE ONE-SOURCE " << (item.quote ? "quote " : "sentence ")
            << where(docs, item.span) << " \"" << excerpt(docs.at(item.span.doc), item.span)
            << "\" ~ " << where(docs, partner) << " \"" << excerpt(docs.at(partner.doc), partner)
            << "\"" << Qt::endl;
    }
}

QString oneSourceTableRow(const QString &name, const OneSourceCounts &c)
{
    const double comparisons = std::max(c.comparisons, 1);
    return u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(name, -12)
        .arg(c.comparisons, 5)
        .arg(c.listed, 7)
        .arg(c.listedQuotes, 7)
        .arg(c.falseItems, 6)
        .arg(c.falseQuotes, 7)
        .arg(QString::number(c.falseItems / comparisons, 'f', 2), 9)
        .arg(fixed(c.precision()), 10);
}

void printOneSource(QTextStream &out, const std::map<QString, OneSourceCounts> &byCorpus,
    const std::map<QString, OneSourceCounts> &pairs, const QStringList &sets)
{
    out << Qt::endl
        << "one-source items (the units the comparison lists as only in one article, after "
        << "folding); an item is false when the gold pairs it (quote, statement or headline pair, "
        << "matched as the pairs are) with a span of another compared article. The gold pairs "
        << "only what it is sure of, so the false count is a lower bound and the precision an "
        << "upper one:" << Qt::endl;
    for (const QString &line : sets)
        out << line << Qt::endl;
    auto table = [&out](const QString &what, const std::map<QString, OneSourceCounts> &counts) {
        out << what << Qt::endl
            << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(u"corpus"_s, -12)
                   .arg(u"n"_s, 5)
                   .arg(u"listed"_s, 7)
                   .arg(u"quotes"_s, 7)
                   .arg(u"false"_s, 6)
                   .arg(u"f.quote"_s, 7)
                   .arg(u"false/n"_s, 9)
                   .arg(u"precision"_s, 10)
            << Qt::endl;
        OneSourceCounts all;
        for (const auto &[corpus, c] : counts) {
            out << oneSourceTableRow(corpus, c) << Qt::endl;
            all += c;
        }
        out << oneSourceTableRow(u"all"_s, all) << Qt::endl;
        return all;
    };
    const OneSourceCounts inSets
        = table(u"compared as sets (n: sets; each item against all other articles):"_s, byCorpus);
    const OneSourceCounts inPairs
        = table(u"every two articles of a set compared alone (n: pairs of articles):"_s, pairs);
    out << "one-source listed per article "
        << QString::number(double(inSets.listed) / double(std::max(inSets.documents, 1)), 'f', 2)
        << ", false per article "
        << QString::number(
               double(inSets.falseItems) / double(std::max(inSets.documents, 1)), 'f', 2)
        << Qt::endl;
    out << "one-source false per pair of articles "
        << QString::number(
               double(inPairs.falseItems) / double(std::max(inPairs.comparisons, 1)), 'f', 2)
        << ", listed per pair "
        << QString::number(
               double(inPairs.listed) / double(std::max(inPairs.comparisons, 1)), 'f', 2)
        << ", precision " << fixed(inPairs.precision()) << Qt::endl;
    out << "one-source false among the first " << kOneSourceTop << " items of each list: sets "
        << inSets.falseTop << " of " << inSets.top << ", pairs of articles " << inPairs.falseTop
        << " of " << inPairs.top << Qt::endl;
    out << "one-source false " << inSets.falseItems << " of " << inSets.listed
        << " listed, precision " << fixed(inSets.precision()) << Qt::endl;
}

} // namespace

int evalCompare(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString goldPath = parser.value(goldOption());
    const QString dataDir = parser.value(dataOption());
    if (goldPath.isEmpty() || dataDir.isEmpty())
        throw UsageFailure {u"eval compare needs --gold FILE and --data DIR"_s};
    const bool verbose = parser.isSet(verboseOption());
    const bool baseline = parser.isSet(baselineOption());
    auto gold = CompareGold::read(goldPath);
    if (!gold)
        return fail(err, gold.error());

    if (parser.isSet(exportOption())) {
        for (const Set &set : gold.value()) {
            if (auto ok = exportSet(set, dataDir, parser.value(exportOption())); !ok)
                return fail(err, ok.error());
        }
        out << "Wrote the articles of " << gold->size() << " sets to "
            << QDir::toNativeSeparators(parser.value(exportOption())) << Qt::endl;
        return Success;
    }

    auto model = Annotator::defaultModel();
    if (!model)
        return fail(err, model.error());

    // Cross-validation and training read the labelled candidate pairs of every set first.
    const bool leaveOneOut = parser.isSet(leaveOneOutOption());
    const QString trainPath = parser.value(trainModelOption());
    QList<CompareTraining::LabelledSet> labelled;
    if (leaveOneOut || !trainPath.isEmpty()) {
        auto sets = CompareTraining::label(gold.value(), dataDir, model.value());
        if (!sets)
            return fail(err, sets.error());
        labelled = std::move(sets.value());
    }
    if (!trainPath.isEmpty()) {
        const PairModel trained = CompareTraining::train(labelled);
        QFile file(trainPath);
        const QByteArray bytes = trained.serialize(CompareTraining::describe(labelled));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size())
            return fail(err,
                u"%1: cannot be written (%2)"_s.arg(
                    QDir::toNativeSeparators(trainPath), file.errorString()));
        out << "Wrote the pair model to " << QDir::toNativeSeparators(trainPath) << Qt::endl;
        return Success;
    }
    std::unique_ptr<Comparer> given;
    if (parser.isSet(pairModelOption())) {
        const QString path = parser.value(pairModelOption());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(err,
                u"%1: cannot be read (%2)"_s.arg(
                    QDir::toNativeSeparators(path), file.errorString()));
        auto parsed = PairModel::parse(file.readAll(), QDir::toNativeSeparators(path));
        if (!parsed)
            return fail(err, parsed.error());
        given = std::make_unique<Comparer>(parsed.value());
    }
    const Comparer builtIn;
    const Comparer &comparer = given ? *given : builtIn;
    std::map<QString, Counts> byCorpus;
    std::map<QString, Counts> strict; // the same with MatchRule::HalfOfEach
    std::map<QString, int> setsByCorpus;
    std::map<QString, StatementCounts> statementsByCorpus;
    std::map<QString, OneSourceCounts> oneSourceByCorpus;
    std::map<QString, OneSourceCounts> oneSourcePairs; // every two articles compared alone
    OneSourceCounts oneSourceStrict; // the sets with MatchRule::HalfOfEach
    QStringList oneSourceSets;
    Counts all;
    int documents = 0;
    qint64 annotateNs = 0;
    qint64 compareNs = 0;
    QElapsedTimer timer;
    for (const Set &set : gold.value()) {
        auto loaded = load(set, dataDir);
        if (!loaded)
            return fail(err, loaded.error());
        const QList<LoadedDocument> &docs = loaded.value();
        documents += int(docs.size());

        // As 'parallax compare' does: one annotator per set, so that entities link across it.
        timer.start();
        Annotator annotator(model.value());
        QList<AnalyzedDocument> analyses;
        for (const LoadedDocument &d : docs)
            analyses.append(annotator.analyze(
                d.draft.body, QDate::fromString(d.draft.published.left(10), Qt::ISODate)));
        CompareInput input;
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const ArticleDraft &draft = docs.at(i).draft;
            input.documents.append(compareDocument(analyses.at(i),
                draft.outlet.isEmpty() ? QFileInfo(draft.sourcePath).fileName() : draft.outlet));
        }
        input.entities = annotator.entities();
        annotateNs += timer.nsecsElapsed();
        timer.start();
        // Cross-validated: the model of this fold never saw the set it is scored on.
        std::unique_ptr<Comparer> fold;
        if (leaveOneOut && !baseline)
            fold = std::make_unique<Comparer>(CompareTraining::train(labelled, set.topic()));
        const Comparison comparison
            = baseline ? wordOverlapBaseline(input) : (fold ? *fold : comparer).compare(input);
        compareNs += timer.nsecsElapsed();

        QStringList texts;
        for (const LoadedDocument &d : docs)
            texts.append(d.draft.body);
        const Prediction predicted = prediction(comparison, texts);
        const SetResult result
            = score(set, predicted.groups, predicted.unmatchedQuotes, predicted.similarities);
        byCorpus[corpusOf(set)] += result.counts;
        ++setsByCorpus[corpusOf(set)];
        all += result.counts;
        strict[corpusOf(set)]
            += score(set, predicted.groups, predicted.unmatchedQuotes, {}, MatchRule::HalfOfEach)
                   .counts;
        const StatementResult statements
            = scoreStatements(set, predicted.groups, predicted.similarities);
        statementsByCorpus[corpusOf(set)] += statements.counts;
        const OneSourceResult oneSource = scoreOneSource(set, predicted.unmatched);
        oneSourceByCorpus[corpusOf(set)] += oneSource.counts;
        oneSourceStrict
            += scoreOneSource(set, predicted.unmatched, {}, MatchRule::HalfOfEach).counts;
        oneSourceSets.append(oneSourceRow(set, oneSource));
        // As an analyst compares two reports: every two articles of the set alone.
        timer.start();
        for (int i = 0; i < int(docs.size()); ++i) {
            for (int j = i + 1; j < int(docs.size()); ++j) {
                CompareInput two;
                two.documents = {input.documents.at(i), input.documents.at(j)};
                two.entities = input.entities;
                const Comparison c
                    = baseline ? wordOverlapBaseline(two) : (fold ? *fold : comparer).compare(two);
                QList<OneSourceItem> items
                    = prediction(c, {docs.at(i).draft.body, docs.at(j).draft.body}).unmatched;
                for (OneSourceItem &item : items)
                    item.span.doc = item.span.doc == 0 ? i : j;
                const OneSourceResult r = scoreOneSource(set, items, {i, j});
                oneSourcePairs[corpusOf(set)] += r.counts;
                if (verbose)
                    printVerboseOneSource(out, set, docs, r, u"%1+%2"_s.arg(i).arg(j));
            }
        }
        compareNs += timer.nsecsElapsed();
        if (verbose) {
            printVerbose(out, set, docs, result);
            if (set.hasStatements())
                printVerboseStatements(out, set, docs, statements);
            printVerboseOneSource(out, set, docs, oneSource, u"all"_s);
        }
    }

    out << "comparison: "
        << (baseline ? u"the word overlap baseline (--baseline)"_s
                     : u"Comparer "_s + Comparer::version()
                       + (leaveOneOut ? u", cross-validated: each set scored with a pair model "
                                        "trained on the sets of the other topics"_s
                               : given ? u", pair model "_s + parser.value(pairModelOption())
                                       : u", built-in pair model (trained on this gold: not a "
                                         "quality figure)"_s))
        << Qt::endl;
    out << "eval compare: " << gold->size() << " sets, " << documents << " documents, "
        << all.goldPairs << " gold quote pairs (";
    for (int r = 0; r < kRelationCount; ++r)
        out << (r > 0 ? ", " : "") << relationName(Relation(r)) << ' ' << all.goldByRelation[r];
    out << "), " << all.goldQuotes << " gold quotes" << Qt::endl;
    out << "A predicted pair is two members of one quote alignment; it is correct when each member "
           "overlaps the gold pair's span in its document by half the shorter span or more."
        << Qt::endl
        << Qt::endl;
    out << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(u"corpus"_s, -10)
               .arg(u"gold"_s, 6)
               .arg(u"found"_s, 6)
               .arg(u"predicted"_s, 10)
               .arg(u"correct"_s, 8)
               .arg(u"precision"_s, 10)
               .arg(u"recall"_s, 8)
               .arg(u"F1"_s, 8)
        << Qt::endl;
    for (const auto &[corpus, counts] : byCorpus)
        out << row(u"%1 (%2)"_s.arg(corpus).arg(setsByCorpus[corpus]), counts) << Qt::endl;
    out << row(u"all"_s, all) << Qt::endl << Qt::endl;
    out << "strict overlap (each member overlaps the gold span by half of the longer span):"
        << Qt::endl;
    Counts strictAll;
    for (const auto &[corpus, counts] : strict) {
        out << row(u"%1 (%2)"_s.arg(corpus).arg(setsByCorpus[corpus]), counts) << Qt::endl;
        strictAll += counts;
    }
    out << row(u"all"_s, strictAll) << Qt::endl << Qt::endl;
    out << "recall by relation:";
    for (int r = 0; r < kRelationCount; ++r)
        out << ' ' << relationName(Relation(r)) << ' ' << all.foundByRelation[r] << '/'
            << all.goldByRelation[r];
    out << Qt::endl;
    out << "utterances found (a quote alignment holds one of their pairs): " << all.foundUtterances
        << " of " << all.goldUtterances << Qt::endl;
    out << "recall counting sentence alignments too: "
        << fixed(double(all.foundAnyKind) / double(std::max(all.goldPairs, 1))) << Qt::endl;
    out << "missed pairs with a member the comparison did not take for a quote: "
        << all.missedUnseen << " of " << (all.goldPairs - all.foundPairs) << Qt::endl;
    out << "gold quotes the comparison took for quotes (aligned or not): " << all.seenQuotes
        << " of " << all.goldQuotes << Qt::endl;
    out << "wrong predicted pairs: " << all.wrongPartner << " pair two gold quotes the gold does "
        << "not pair, " << all.withLoneQuote << " hold a quote with no counterpart, "
        << all.notGoldQuote << " hold a span that is no gold quote" << Qt::endl;
    out << "time: annotation " << qint64(annotateNs / 1000000) << " ms, comparison "
        << qint64(compareNs / 1000000) << " ms" << Qt::endl;
    const int paraphrase = int(Relation::Paraphrase);
    out << "quote pair paraphrase recall "
        << fixed(double(all.foundByRelation[paraphrase])
               / double(std::max(all.goldByRelation[paraphrase], 1)))
        << Qt::endl;
    out << "quote pair F1 " << fixed(all.f1()) << Qt::endl;
    printStatements(out, statementsByCorpus, setsByCorpus);
    printOneSource(out, oneSourceByCorpus, oneSourcePairs, oneSourceSets);
    out << "one-source false by the strict overlap (half of each span) "
        << oneSourceStrict.falseItems << ", precision " << fixed(oneSourceStrict.precision())
        << Qt::endl;
    return Success;
}

const QCommandLineOption &goldOption()
{
    static const QCommandLineOption option(
        u"gold"_s, u"Gold file of aligned quote pairs (eval compare)."_s, u"FILE"_s);
    return option;
}

const QCommandLineOption &dataOption()
{
    static const QCommandLineOption option(
        u"data"_s, u"Folder the gold's file names are relative to (eval compare)."_s, u"DIR"_s);
    return option;
}

const QCommandLineOption &verboseOption()
{
    static const QCommandLineOption option(
        u"verbose"_s, u"One line per set, with each predicted and each missed pair."_s);
    return option;
}

const QCommandLineOption &baselineOption()
{
    static const QCommandLineOption option(u"baseline"_s,
        u"Score a word overlap baseline instead of the comparison (eval compare)."_s);
    return option;
}

const QCommandLineOption &exportOption()
{
    static const QCommandLineOption option(u"export-articles"_s,
        u"Write each set's articles as the JSON import reads into DIR/SET/ and stop (eval "
        "compare)."_s,
        u"DIR"_s);
    return option;
}

const QCommandLineOption &leaveOneOutOption()
{
    static const QCommandLineOption option(u"leave-one-out"_s,
        u"Score each set with a pair model trained on all other sets (eval compare)."_s);
    return option;
}

const QCommandLineOption &trainModelOption()
{
    static const QCommandLineOption option(u"train-model"_s,
        u"Train the comparison's pair model on all sets, write it to FILE and stop (eval "
        "compare)."_s,
        u"FILE"_s);
    return option;
}

const QCommandLineOption &pairModelOption()
{
    static const QCommandLineOption option(u"pair-model"_s,
        u"Compare with the pair model in FILE instead of the built-in one (eval compare)."_s,
        u"FILE"_s);
    return option;
}

} // namespace Parallax::Cli
