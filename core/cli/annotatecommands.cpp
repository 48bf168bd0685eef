// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation commands: train-ner, eval (one mode per annotator: ner, and later dates, quotes).
#include "command.h"

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

int cmdTrainNer(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    expectPositionals(parser, 0);
    const QString trainPath = required(parser, kConll);
    const QString outPath = required(parser, kOut);
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
    auto training = Ner::readConll(trainPath);
    if (!training)
        return fail(err, training.error());
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
    Ner::Trainer trainer(std::move(gazetteer.value()), options);
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
    const Ner::Scores scores = Ner::Trainer::evaluate(model.value(), documents.value());
    const qint64 tagNs = timer.nsecsElapsed();
    out << "model " << QDir::toNativeSeparators(modelPath) << " (loaded in " << loadMs << " ms)"
        << Qt::endl;
    out << documents->size() << " documents, " << tokens << " tokens, tagged at "
        << qint64(double(tokens) * 1e9 / double(std::max<qint64>(tagNs, 1))) << " tokens/s"
        << Qt::endl
        << "MISC is scored like the other types; exact match of span and type (conlleval)."
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
                p.addOptions(
                    {kConll, kDev, kOut, kEpochs, kSeed, kPrune, kWordDropout, kFolds, kGazetteer});
            },
            cmdTrainNer},
        Command {u"train-speakers"_s,
            u"train-speakers --polnear TRAIN --out MODEL [--folds K] [--epochs N] [--seed S]"_s,
            u"Train the choice of a quote's speaker on PolNeAR attributions."_s,
            u"Finds the quotes of TRAIN with the rules, and trains an averaged perceptron that "
            "ranks the phrases of each cue's sentence by how likely they are its source. Prints "
            "the speaker accuracy of the rules, of a K-fold cross-validation over TRAIN's "
            "articles, and of the model trained on all of TRAIN, then writes that model to "
            "MODEL. The same seed gives the same model."_s,
            [](QCommandLineParser &p) {
                p.addOptions({polnearOption(), kOut, kEpochs, kSeed, kFolds});
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
                p.addOptions({kConll, kModel, polnearOption(), timemlOption(), goldOption(),
                    dataOption(), verboseOption(), exportOption(), baselineOption(),
                    leaveOneOutOption(), trainModelOption(), pairModelOption(),
                    speakerModelOption(), rulesOnlyOption()});
            },
            cmdEval},
    };
}

} // namespace Parallax::Cli
