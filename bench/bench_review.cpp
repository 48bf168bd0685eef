// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Storing a story's comparison and review queue: the first save, a recomputation that matches
// every item again, and reading it all back, on generated articles (one base text and edited
// versions of it), in a project file in a temporary folder.
#include "benchdata.h"

#include "annotate/annotator.h"
#include "compare/comparison.h"
#include "storage/articlestore.h"
#include "storage/comparisonstore.h"
#include "storage/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Another outlet's version: some words dropped or replaced, numbers changed.
QString edited(QRandomGenerator &rng, const QString &text)
{
    QStringList words = text.split(u' ');
    for (QString &word : words) {
        const quint32 roll = rng.bounded(1000);
        if (roll < 20)
            word.clear();
        else if (roll < 40 && !word.isEmpty() && word.at(0).isDigit())
            word = QString::number(rng.bounded(1, 2000));
        else if (roll < 60 && !word.isEmpty() && word.at(0).isLower())
            word = u"reportedly"_s;
    }
    words.removeAll(QString());
    return words.join(u' ');
}

double msSince(QElapsedTimer &timer)
{
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int documents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    const int words = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 2000;
    auto model = Annotator::defaultModel();
    if (!model) {
        out << model.error() << Qt::endl;
        return 1;
    }

    QRandomGenerator rng(7);
    const QString base = BenchData::article(rng, words);
    Annotator annotator(model.value());
    CompareInput input;
    for (int d = 0; d < documents; ++d) {
        const QString text = d == 0 ? base : edited(rng, base);
        input.documents.append(
            compareDocument(annotator.analyze(text, QDate(2025, 11, 24)), u"outlet %1"_s.arg(d)));
    }
    input.entities = annotator.entities();
    const Comparison comparison = Comparer().compare(input);

    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(u"bench.parallax"_s));
    if (!project) {
        out << project.error() << Qt::endl;
        return 1;
    }
    ArticleStore articles(*project.value());
    const qint64 story = articles.storyId(u"bench"_s, true).value();
    QList<qint64> articleIds;
    for (const CompareDocument &doc : std::as_const(input.documents)) {
        ArticleDraft draft;
        draft.body = doc.text;
        const qint64 id = articles.insert(draft)->id;
        (void)articles.addToStory(story, id);
        articleIds.append(id);
    }

    QElapsedTimer timer;
    const auto save = [&]() -> Result<RecomputeSummary> {
        auto transaction = project.value()->transaction();
        auto summary = ComparisonStore(*project.value())
                           .save(story, articleIds, input, comparison, u"bench"_s);
        if (summary)
            (void)transaction.commit();
        return summary;
    };
    timer.start();
    auto first = save();
    const double firstMs = msSince(timer);
    auto again = save();
    const double againMs = msSince(timer);
    auto loaded = ComparisonStore(*project.value()).load(story);
    const double loadMs = msSince(timer);
    if (!first || !again || !loaded) {
        out << "failed: " << first.error() << again.error() << loaded.error() << Qt::endl;
        return 1;
    }
    out << documents << " articles of " << words << " words: " << first->alignments
        << " alignments, " << first->items << " review items" << Qt::endl
        << "  first save " << QString::number(firstMs, 'f', 1) << " ms, recompute (" << again->kept
        << " found again) " << QString::number(againMs, 'f', 1) << " ms, load "
        << QString::number(loadMs, 'f', 1) << " ms" << Qt::endl;
    return 0;
}
