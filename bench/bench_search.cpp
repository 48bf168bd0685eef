// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search, the top 50 with their snippets, over a project of N articles (default
// 100,000): Reuters-21578 stories read at run time where the shared corpora are on this machine,
// repeated with a numbered title and closing line until there are N (so every word is about
// N / 15,000 times as frequent as in the archive), otherwise generated text.
// Target (PERFORMANCE.md): <= 50 ms typical. bench_search N [PROJECT] keeps the project.
#include "benchcorpus.h"
#include "benchdata.h"

#include "storage/articlestore.h"
#include "storage/project.h"
#include "storage/searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"search.parallax"_s);

    const QList<BenchCorpus::Story> stories = BenchCorpus::reuters();
    out << (stories.isEmpty() ? u"the shared corpora are not on this machine (set "
                                "PARALLAX_CORPUS_DIR): generated text"_s
                              : BenchCorpus::describe(stories, u"Reuters-21578"_s))
        << Qt::endl;
    QElapsedTimer timer;
    if (!QFileInfo::exists(path)) {
        timer.start();
        auto project = Project::create(path);
        if (!project) {
            out << project.error() << Qt::endl;
            return 1;
        }
        ArticleStore store(*project.value());
        QRandomGenerator rng(5);
        for (int from = 0; from < count; from += 1000) {
            auto transaction = project.value()->transaction();
            for (int i = from; i < std::min(count, from + 1000); ++i) {
                ArticleDraft d;
                d.language = u"en"_s;
                if (stories.isEmpty()) {
                    d.title = u"Report %1 on the Lake Varn talks"_s.arg(i);
                    d.outlet = u"Outlet %1"_s.arg(i % 12);
                    d.body = BenchData::article(rng, 150);
                } else {
                    const BenchCorpus::Story s = BenchCorpus::nth(stories, i);
                    d.title = s.title;
                    d.outlet = u"%1 %2"_s.arg(s.outlet).arg(i / int(stories.size()) + 1);
                    d.body = s.body;
                }
                d.published = u"1987-03-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0'));
                if (auto inserted = store.insert(d); !inserted) {
                    out << inserted.error() << Qt::endl;
                    return 1;
                }
            }
            if (auto committed = transaction.commit(); !committed) {
                out << committed.error() << Qt::endl;
                return 1;
            }
        }
        project.value()->optimize();
        out << "project of " << count << " articles made in " << timer.elapsed() << " ms, "
            << QFileInfo(path).size() / (1024 * 1024) << " MB" << Qt::endl;
    }

    auto project = Project::open(path);
    if (!project) {
        out << project.error() << Qt::endl;
        return 1;
    }
    SearchIndex index(*project.value());
    // Common and rare words, two words, a phrase, a prefix, an exclusion, an alternative.
    const QStringList queries {u"oil"_s, u"bank"_s, u"interest rates"_s, u"\"trade deficit\""_s,
        u"export*"_s, u"coffee -brazil"_s, u"wheat OR corn"_s, u"dividend"_s, u"Lake Varn talks"_s,
        u"bundesbank"_s};
    QList<double> medians;
    for (const QString &query : queries) {
        QList<double> times;
        int hits = 0;
        for (int run = 0; run < 11; ++run) {
            timer.restart();
            auto result = index.search(query, 50);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!result) {
                out << query << ": " << result.error() << Qt::endl;
                return 1;
            }
            hits = int(result->size());
            if (run > 0) // the first run warms the page cache
                times.append(ms);
        }
        std::sort(times.begin(), times.end());
        medians.append(times.at(times.size() / 2));
        out << u"%1 %2 hits  median %3 ms  slowest %4 ms"_s.arg(query, -22)
                   .arg(hits, 3)
                   .arg(times.at(times.size() / 2), 7, 'f', 1)
                   .arg(times.last(), 7, 'f', 1)
            << Qt::endl;
    }
    std::sort(medians.begin(), medians.end());
    out << "median over the queries: " << QString::number(medians.at(medians.size() / 2), 'f', 1)
        << " ms (top 50 with snippets, " << count << " articles)" << Qt::endl;
    return 0;
}
