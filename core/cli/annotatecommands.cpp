// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation commands: train-ner, eval (one mode per annotator: ner, and later dates, quotes).
#include "command.h"

#include "annotate/annotator.h"
#include "annotate/ner/conll.h"
#include "annotate/ner/nermodel.h"
#include "annotate/ner/trainer.h"
#include "cli.h"
#include "evalmodes.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <map>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

const QCommandLineOption kConll(u"conll"_s, u"CoNLL-2003 file (token POS chunk NER)."_s, u"FILE"_s);
const QCommandLineOption kDev(u"dev"_s, u"CoNLL-2003 file to pick the best epoch on."_s, u"FILE"_s);
const QCommandLineOption kOut(u"out"_s, u"Where to write the model."_s, u"MODEL"_s);
const QCommandLineOption kModel(
    u"model"_s, u"Entity model (default: the shipped one)."_s, u"MODEL"_s);
const QCommandLineOption kEpochs(u"epochs"_s, u"Training passes (default 20)."_s, u"N"_s, u"20"_s);
const QCommandLineOption kSeed(
    u"seed"_s, u"Seed of the sentence order (default 1)."_s, u"S"_s, u"1"_s);
const QCommandLineOption kPrune(
    u"prune"_s, u"Drop averaged weights below this magnitude (default 0.05)."_s, u"W"_s, u"0.05"_s);
const QCommandLineOption kWordDropout(u"word-dropout"_s,
    u"Probability of hiding a capitalised word's own features in a training step, so that the "
    "model learns to type unseen names from their context (default 0.4)."_s,
    u"P"_s, u"0.4"_s);
const QCommandLineOption kFolds(u"folds"_s,
    u"Jackknife folds for the second, document-level pass (default 5; below 2: one pass)."_s,
    u"K"_s, u"5"_s);
const QCommandLineOption kRaw(u"raw"_s,
    u"Score the path `parallax annotate` takes: the document's text through the tokenizer, the "
    "recogniser, the date tagger and the linker, matched by character offsets."_s);
const QCommandLineOption kCrossValidate(u"cross-validate"_s,
    u"Instead of training one model: split the documents of every --conll file into K folds "
    "by position, train on K-1 with a fixed number of epochs and score the fold left out."_s,
    u"K"_s);
const QCommandLineOption kSecondEpochs(u"second-epochs"_s,
    u"Epochs of the second, document-level pass (default: the first pass's best epoch)."_s, u"N"_s,
    u"0"_s);
const QCommandLineOption kClusters(u"clusters"_s,
    u"Word clusters from train-clusters, as features the model carries (default: none)."_s,
    u"FILE"_s);
const QCommandLineOption kBag(u"bag"_s,
    u"Average the models of this many shuffles of the training data (default 10)."_s, u"N"_s,
    u"10"_s);
const QCommandLineOption kMargin(u"margin"_s,
    u"Train the source model on a right choice too while the best wrong phrase scores within "
    "this margin of it (default 3; 0: only on wrong choices)."_s,
    u"M"_s, u"3"_s);
const QCommandLineOption kGazetteer(
    u"gazetteer"_s, u"Gazetteer TSV generated at build time (default: the build's)."_s, u"FILE"_s);

QString required(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QString value = parser.value(option);
    if (value.isEmpty())
        throw UsageFailure {u"missing --%1"_s.arg(option.names().constFirst())};
    return value;
}

int number(const QCommandLineParser &parser, const QCommandLineOption &option, int min)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min)
        throw UsageFailure {
            u"--%1 wants a whole number of at least %2"_s.arg(option.names().constFirst())
                .arg(min)};
    return value;
}

QString percent(double value)
{
    return QString::number(value, 'f', 4);
}

void printScores(QTextStream &out, const Ner::Scores &scores)
{
    out << u"%1 %2 %3 %4 %5 %6"_s.arg(u"type"_s, -6)
               .arg(u"precision"_s, 10)
               .arg(u"recall"_s, 8)
               .arg(u"F1"_s, 8)
               .arg(u"gold"_s, 7)
               .arg(u"found"_s, 7)
        << Qt::endl;
    auto row = [&](const QString &name, const Ner::Counts &c) {
        out << u"%1 %2 %3 %4 %5 %6"_s.arg(name, -6)
                   .arg(percent(c.precision()), 10)
                   .arg(percent(c.recall()), 8)
                   .arg(percent(c.f1()), 8)
                   .arg(c.gold, 7)
                   .arg(c.predicted, 7)
            << Qt::endl;
    };
    for (int t = 0; t < kEntityTypeCount; ++t)
        row(Ner::typeTag(EntityType(t)), scores.types[t]);
    row(u"all"_s, scores.overall);
}

// The raw-text path: each document's text as `parallax annotate` sees it, the entities it
// finds matched to the gold ones by character range and type.
Ner::Scores rawScores(const NerModel &model, const QList<Ner::LabelledDocument> &documents)
{
    Annotator annotator(std::make_shared<const NerModel>(model));
    Ner::Scores scores;
    using Span = std::tuple<qint32, qint32, int>;
    for (const Ner::LabelledDocument &doc : documents) {
        annotator.resetEntities();
        const AnalyzedDocument analyzed = annotator.analyze(doc.text, QDate());
        std::set<Span> gold;
        for (const EntitySpan &e : doc.entities)
            gold.insert(
                {doc.tokens[e.tokenStart].start, doc.tokens[e.tokenEnd - 1].end, int(e.type)});
        std::set<Span> found;
        for (const EntityMention &m : analyzed.mentions)
            found.insert({m.range.start, m.range.end, int(m.type)});
        for (const Span &g : gold) {
            ++scores.types[std::get<2>(g)].gold;
            ++scores.overall.gold;
        }
        for (const Span &f : found) {
            ++scores.types[std::get<2>(f)].predicted;
            ++scores.overall.predicted;
            if (gold.count(f)) {
                ++scores.types[std::get<2>(f)].correct;
                ++scores.overall.correct;
            }
        }
    }
    return scores;
}

void addCounts(Ner::Counts *to, const Ner::Counts &from)
{
    to->gold += from.gold;
    to->predicted += from.predicted;
    to->correct += from.correct;
}

int crossValidateNer(const QList<Ner::LabelledDocument> &documents, const Ner::Gazetteer &gazetteer,
    const Ner::WordClusters &clusters, const Ner::TrainingOptions &options, int folds,
    QTextStream &out)
{
    out << "Cross-validating on " << documents.size() << " documents in " << folds << " folds, "
        << options.epochs << " epochs each, no model selection" << Qt::endl;
    Ner::Scores pooledTokens;
    Ner::Scores pooledRaw;
    for (int f = 0; f < folds; ++f) {
        QList<Ner::LabelledDocument> training;
        QList<Ner::LabelledDocument> held;
        for (qsizetype i = 0; i < documents.size(); ++i)
            (i % folds == f ? held : training).append(documents[i]);
        Ner::Trainer trainer(gazetteer, options, clusters);
        const NerModel model = trainer.train(training, {}, {});
        const Ner::Scores tokens = Ner::Trainer::evaluate(model, held);
        const Ner::Scores raw = rawScores(model, held);
        out << u"fold %1: %2 documents, F1 on gold tokens %3, on raw text %4"_s.arg(f + 1)
                   .arg(held.size())
                   .arg(percent(tokens.overall.f1()))
                   .arg(percent(raw.overall.f1()))
            << Qt::endl;
        for (int t = 0; t < kEntityTypeCount; ++t) {
            addCounts(&pooledTokens.types[t], tokens.types[t]);
            addCounts(&pooledRaw.types[t], raw.types[t]);
        }
        addCounts(&pooledTokens.overall, tokens.overall);
        addCounts(&pooledRaw.overall, raw.overall);
    }
    out << "Pooled over the folds, raw text (the annotate path):" << Qt::endl;
    printScores(out, pooledRaw);
    out << "cross-validated F1 on gold tokens " << percent(pooledTokens.overall.f1())
        << ", on raw text " << percent(pooledRaw.overall.f1()) << Qt::endl;
    return Success;
}

int cmdTrainNer(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    expectPositionals(parser, 0);
    const QString trainPath = required(parser, kConll);
    const QString outPath = parser.isSet(kCrossValidate) ? QString() : required(parser, kOut);
    Ner::TrainingOptions options;
    options.epochs = number(parser, kEpochs, 1);
    options.seed = quint32(number(parser, kSeed, 0));
    bool ok = false;
    options.pruneBelow = parser.value(kPrune).toFloat(&ok);
    if (!ok || options.pruneBelow < 0)
        throw UsageFailure {u"--prune wants a number of at least 0"_s};
    options.wordDropout = parser.value(kWordDropout).toFloat(&ok);
    if (!ok || options.wordDropout < 0 || options.wordDropout >= 1)
        throw UsageFailure {u"--word-dropout wants a probability below 1"_s};
    options.folds = number(parser, kFolds, 0);
    options.secondPassEpochs = number(parser, kSecondEpochs, 0);

    QString gazetteerPath = parser.value(kGazetteer);
#ifdef PARALLAX_GAZETTEER_FILE
    if (gazetteerPath.isEmpty())
        gazetteerPath = QStringLiteral(PARALLAX_GAZETTEER_FILE);
#endif
    if (gazetteerPath.isEmpty())
        throw UsageFailure {u"missing --gazetteer"_s};
    auto gazetteer = Ner::Gazetteer::fromTsv(gazetteerPath);
    if (!gazetteer)
        return fail(err, gazetteer.error());
    Ner::WordClusters clusters;
    if (parser.isSet(kClusters)) {
        auto read = Ner::WordClusters::fromTsv(parser.value(kClusters));
        if (!read)
            return fail(err, read.error());
        clusters = std::move(read).value();
    }
    auto training = Ner::readConll(trainPath);
    if (!training)
        return fail(err, training.error());
    for (const QString &more : parser.values(kConll).mid(1)) {
        auto read = Ner::readConll(more);
        if (!read)
            return fail(err, read.error());
        training->append(read.value());
    }
    if (parser.isSet(kCrossValidate))
        return crossValidateNer(training.value(), gazetteer.value(), clusters, options,
            number(parser, kCrossValidate, 2), out);
    QList<Ner::LabelledDocument> dev;
    if (parser.isSet(kDev)) {
        auto read = Ner::readConll(parser.value(kDev));
        if (!read)
            return fail(err, read.error());
        dev = std::move(read.value());
    }
    out << "Training on " << training->size() << " documents, gazetteer of "
        << gazetteer->entryCount() << " entries in " << gazetteer->categories().size() << " lists"
        << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    Ner::Trainer trainer(std::move(gazetteer.value()), options, std::move(clusters));
    const NerModel model = trainer.train(training.value(), dev, [&](const Ner::EpochReport &r) {
        out << (r.stage == 2 ? u"pass 2 "_s : u""_s)
            << u"epoch %1  train accuracy %2  dev F1 %3 (PER %4 ORG %5 LOC %6 MISC %7)  %8 rows, %9 KiB, %10 s"_s
                   .arg(r.epoch, 2)
                   .arg(percent(r.trainingAccuracy))
                   .arg(percent(r.dev.overall.f1()))
                   .arg(percent(r.dev.types[0].f1()))
                   .arg(percent(r.dev.types[1].f1()))
                   .arg(percent(r.dev.types[2].f1()))
                   .arg(percent(r.dev.types[3].f1()))
                   .arg(r.rows)
                   .arg(r.bytes / 1024)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    });
    if (auto saved = model.save(outPath); !saved)
        return fail(err, saved.error());
    out << "Wrote " << QDir::toNativeSeparators(outPath) << Qt::endl;
    return Success;
}

int evalNer(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = required(parser, kConll);
    const QString modelPath = parser.isSet(kModel) ? parser.value(kModel) : NerModel::defaultPath();
    if (modelPath.isEmpty())
        return fail(err, u"no entity model found; pass --model or set PARALLAX_MODEL_DIR"_s);
    QElapsedTimer timer;
    timer.start();
    auto model = NerModel::load(modelPath);
    if (!model)
        return fail(err, model.error());
    const qint64 loadMs = timer.elapsed();
    auto documents = Ner::readConll(path);
    if (!documents)
        return fail(err, documents.error());
    qint64 tokens = 0;
    for (const auto &doc : documents.value())
        tokens += doc.tokens.size();
    timer.restart();
    const Ner::Scores scores = parser.isSet(kRaw)
        ? rawScores(model.value(), documents.value())
        : Ner::Trainer::evaluate(model.value(), documents.value());
    const qint64 tagNs = timer.nsecsElapsed();
    out << "model " << QDir::toNativeSeparators(modelPath) << " (loaded in " << loadMs << " ms)"
        << Qt::endl;
    out << documents->size() << " documents, " << tokens << " tokens, tagged at "
        << qint64(double(tokens) * 1e9 / double(std::max<qint64>(tagNs, 1))) << " tokens/s"
        << Qt::endl
        << "MISC is scored like the other types; exact match of span and type (conlleval); "
        << (parser.isSet(kRaw) ? "raw text through the annotate path" : "on the corpus' tokens")
        << Qt::endl;
    printScores(out, scores);
    out << "overall F1 " << percent(scores.overall.f1()) << Qt::endl;
    return Success;
}

// Each annotator adds its evaluation here; the first positional argument picks it.
const std::map<QString, std::function<int(QCommandLineParser &, QTextStream &, QTextStream &)>> &
evalModes()
{
    static const std::map<QString,
        std::function<int(QCommandLineParser &, QTextStream &, QTextStream &)>>
        modes {{u"ner"_s, evalNer}, {u"quotes"_s, evalQuotes}, {u"dates"_s, evalDates},
            {u"compare"_s, evalCompare}};
    return modes;
}

int cmdEval(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString mode = positional(parser, 0, u"MODE"_s);
    expectPositionals(parser, 1);
    const auto it = evalModes().find(mode);
    if (it == evalModes().end()) {
        QStringList known;
        for (const auto &[name, run] : evalModes())
            known.append(name);
        throw UsageFailure {
            u"unknown evaluation '%1' (known: %2)"_s.arg(mode, known.join(u", "_s))};
    }
    return it->second(parser, out, err);
}

} // namespace

QList<Command> annotateCommands()
{
    return {
        Command {u"annotate"_s,
            u"annotate FILE... [--format text|json] | annotate PROJECT [--story S] [--article A]"_s,
            u"Find entities, dates and quotes with their speakers."_s,
            u"With article files (the formats import reads), prints what the annotators find; "
            u"with\n"
            "--format json, one object {\"documents\": [...]} whose offsets count code points in "
            "each\n"
            "document's \"text\". The files are read as one story: an entity keeps its id across "
            "them.\n"
            "With a PROJECT, annotates its articles (all, one story, or one article) and stores "
            "the\n"
            "results as proposals to review. Manual annotations and reviewed proposals are kept."_s,
            annotateOptions, cmdAnnotate},
        Command {u"train-ner"_s,
            u"train-ner --conll TRAIN --dev DEV --out MODEL [--epochs N] [--seed S]"_s,
            u"Train the entity recogniser on CoNLL-2003 data."_s,
            u"Trains an averaged structured perceptron on TRAIN, scores it on DEV after every "
            "epoch and writes the best epoch's model to MODEL. The same seed gives the same "
            "model."_s,
            [](QCommandLineParser &p) {
                p.addOptions({kConll, kDev, kOut, kEpochs, kSeed, kPrune, kWordDropout, kFolds,
                    kGazetteer, kCrossValidate, kClusters, kSecondEpochs});
            },
            cmdTrainNer},
        Command {u"train-clusters"_s,
            u"train-clusters --reuters DIR [--text FILE]... --out FILE [--depth D] [--min-count N]"_s,
            u"Learn word classes for the entity recogniser from unlabelled text."_s,
            u"Describes each word seen at least N times (default 3) by the words left and right "
            "of it (positive PMI), and splits the words in two by spherical 2-means, "
            "recursively, D levels deep (default 12). Writes each word's hash and path; "
            "train-ner --clusters FILE uses them. The same texts give the same file."_s,
            [](QCommandLineParser &p) {
                static const QCommandLineOption depth(
                    u"depth"_s, u"Levels of the tree."_s, u"D"_s, u"12"_s);
                static const QCommandLineOption minCount(
                    u"min-count"_s, u"Rarer words get no class."_s, u"N"_s, u"3"_s);
                p.addOptions({reutersOption(), textOption(), kOut, depth, minCount});
            },
            trainClusters},
        Command {u"train-speakers"_s,
            u"train-speakers --polnear TRAIN --out MODEL [--folds K] [--epochs N] [--seed S] "
            "[--bag N] [--margin M]"_s,
            u"Train the choice of a quote's speaker on PolNeAR attributions."_s,
            u"Finds the quotes of TRAIN with the rules, and trains an averaged perceptron that "
            "ranks the phrases of each cue's sentence by how likely they are its source. Prints "
            "the speaker accuracy of the rules, of a K-fold cross-validation over TRAIN's "
            "articles, and of the model trained on all of TRAIN, then writes that model to "
            "MODEL. The same seed gives the same model."_s,
            [](QCommandLineParser &p) {
                p.addOptions({polnearOption(), kOut, kEpochs, kSeed, kFolds, kBag, kMargin});
            },
            trainSpeakers},
        Command {u"eval"_s, u"eval MODE [options]"_s,
            u"Score an annotator against labelled data (modes: ner, quotes, dates, compare)."_s,
            u"eval ner --conll FILE [--model MODEL]: tags the tokens of a CoNLL-2003 file and "
            "prints precision, recall and F1 per type and overall (exact match, as conlleval "
            "counts), the overall F1 last.\n"
            "eval quotes --polnear DIR [--speaker-model FILE | --rules-only]: quote content "
            "recall and speaker accuracy on PolNeAR.\n"
            "eval dates --timeml DIR: DATE/TIME span F1 on TimeML files.\n"
            "eval compare --gold FILE --data DIR [--verbose] [--baseline]: precision and recall of "
            "the comparison's quote alignments against a gold of quote pairs (bench/gold/); "
            "--export-articles DIR writes the articles it reads; --leave-one-out scores each set "
            "with a pair model trained on the others; --train-model FILE trains the pair model "
            "on all sets; --pair-model FILE compares with another model."_s,
            [](QCommandLineParser &p) {
                p.addOptions({kConll, kModel, kRaw, polnearOption(), timemlOption(), goldOption(),
                    dataOption(), verboseOption(), exportOption(), baselineOption(),
                    leaveOneOutOption(), trainModelOption(), pairModelOption(),
                    speakerModelOption(), rulesOnlyOption()});
            },
            cmdEval},
    };
}

} // namespace Parallax::Cli
