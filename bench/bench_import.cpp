// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Imports N generated article files into a new project, then opens the project and lists it.
// Targets (PERFORMANCE.md): 10,000 articles of ~600 words in <= 10 s; open and list <= 400 ms.
// bench_import N WORDS postgresql://... imports into an empty database on a server instead
// (docs/postgresql.md: <= 20 s and <= 1 s there).
#include "benchdata.h"

#include "import/languagedetector.h"
#include "jobs/importjob.h"
#include "storage/articlestore.h"
#include "storage/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int words = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 600;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString input = dir.filePath(u"articles"_s);
    QDir().mkpath(input);
    QRandomGenerator rng(20261122);
    QStringList files;
    qint64 totalWords = 0;
    for (int i = 0; i < count; ++i) {
        const QString path = u"%1/article-%2.txt"_s.arg(input).arg(i, 5, 10, QChar(u'0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QString body = BenchData::article(rng, words);
        totalWords += words;
        file.write(
            u"Title: Report %1 on the Lake Varn talks\nOutlet: Outlet %2\nDate: 2025-11-%3\n\n"_s
                .arg(i)
                .arg(i % 12)
                .arg(1 + i % 28, 2, 10, QChar(u'0'))
                .toUtf8());
        file.write(body.toUtf8());
        files.append(path);
    }

    // Language detection alone (once tst_languagedetector's bounds): the first call loads the
    // fingerprints, later ones classify the start of a 4 KB text.
    QElapsedTimer timer;
    timer.start();
    const QString sample = BenchData::article(rng, 700).left(4096);
    const QString language = LanguageDetector::detect(sample);
    const qint64 detectFirstNs = timer.nsecsElapsed();
    constexpr int detectRounds = 20;
    timer.restart();
    for (int i = 0; i < detectRounds; ++i)
        LanguageDetector::detect(sample);
    const qint64 detectEachNs = timer.nsecsElapsed() / detectRounds;
    out << "language detection (" << language << "): first call " << detectFirstNs / 1000000
        << " ms, then " << double(detectEachNs) / 1e6 << " ms per 4 KB" << Qt::endl;

    const QString projectPath
        = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(u"bench.parallax"_s);
    const bool onServer = projectPath.startsWith(u"postgresql://"_s);
    timer.restart();
    qint64 importMs = 0;
    qint64 optimizeMs = 0;
    {
        auto project = Project::create(projectPath);
        if (!project) {
            out << project.error() << Qt::endl;
            return 1;
        }
        ImportOptions options;
        options.storyName = u"Benchmark"_s;
        ImportJob job(*project.value(), options);
        const auto outcomes = job.run(files);
        importMs = timer.elapsed();
        const auto failed = std::count_if(
            outcomes.begin(), outcomes.end(), [](const ImportOutcome &o) { return !o.ok(); });
        if (failed > 0) {
            out << failed << " files failed" << Qt::endl;
            return 1;
        }
        timer.restart();
        project.value()->optimize();
        optimizeMs = timer.elapsed();
    }
    const double seconds = double(importMs) / 1000.0;
    out << "import: " << count << " articles, " << totalWords << " words in " << importMs << " ms ("
        << qRound(count / seconds) << " articles/s, "
        << qRound(double(totalWords) / seconds / 1000.0) << "k words/s)" << Qt::endl;
    out << (onServer ? "optimize (ANALYZE): " : "optimize (FTS merge + WAL checkpoint): ")
        << optimizeMs << " ms" << Qt::endl;
    if (!onServer)
        out << "project file: " << QFileInfo(projectPath).size() / (1024 * 1024) << " MB"
            << Qt::endl;

    // Open and list: the first run warms the page cache, then the median of five.
    QList<qint64> times;
    for (int run = 0; run < 6; ++run) {
        timer.restart();
        auto project = Project::open(projectPath);
        ArticleStore store(*project.value());
        auto listing = store.listing();
        const qint64 ms = timer.elapsed();
        if (!listing || listing->isEmpty() || listing->first().articles.size() != count) {
            out << "listing failed" << Qt::endl;
            return 1;
        }
        if (run > 0)
            times.append(ms);
    }
    std::sort(times.begin(), times.end());
    out << "open and list (warm, median of 5): " << times.at(2) << " ms" << Qt::endl;
    return 0;
}
