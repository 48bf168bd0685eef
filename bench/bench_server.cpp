// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several analysts annotating one server project at once, each on a connection and a role of her
// own: every annotation one transaction, as the window commits them. Prints the commit times'
// percentiles and checks that nothing was lost. Issue 17's target: five analysts, 1,000
// annotations each, 95th percentile <= 50 ms over a Unix socket.
//   bench_server SOCKET_DIR DATABASE ADMIN [ANALYSTS=5] [EACH=1000]
// DATABASE must exist and be empty; ADMIN connects without a password (trust or ~/.pgpass).
#include "model/anchoring.h"
#include "storage/accounts.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Parallax;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 4) {
        out << "usage: bench_server SOCKET_DIR DATABASE ADMIN [ANALYSTS] [EACH]" << Qt::endl;
        return 2;
    }
    const QString socket = QString::fromLocal8Bit(argv[1]);
    const QString database = QString::fromLocal8Bit(argv[2]);
    const QString admin = QString::fromLocal8Bit(argv[3]);
    const int analysts = argc > 4 ? QString::fromLocal8Bit(argv[4]).toInt() : 5;
    const int each = argc > 5 ? QString::fromLocal8Bit(argv[5]).toInt() : 1000;
    const auto uri = [&](const QString &user) {
        return u"postgresql://%1@/%2?host=%3"_s.arg(user, database, socket);
    };

    auto project = Project::create(uri(admin));
    if (!project) {
        out << project.error() << Qt::endl;
        return 1;
    }
    ArticleDraft draft;
    draft.title = u"Ministers hail turning point"_s;
    for (int i = 0; i < 200; ++i)
        draft.body += u"Sentence %1 of the report on the Lake Varn talks. "_s.arg(i);
    const qint64 article = ArticleStore(*project.value()).insert(draft)->id;
    ProjectAccounts accounts(*project.value());
    QStringList names;
    for (int i = 0; i < analysts; ++i) {
        names.append(u"bench_analyst_%1"_s.arg(i));
        if (auto r = accounts.add(names.last(), u"analyst"_s); !r) {
            out << r.error() << Qt::endl;
            return 1;
        }
    }

    std::mutex lock;
    QList<double> commitMs;
    QStringList failures;
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (const QString &name : std::as_const(names)) {
        threads.emplace_back([&, name] {
            auto mine = Project::open(uri(name));
            if (!mine) {
                std::lock_guard guard(lock);
                failures.append(mine.error());
                return;
            }
            AnnotationStore store(*mine.value());
            QList<double> times;
            QElapsedTimer timer;
            for (int i = 0; i < each; ++i) {
                Annotation a;
                a.articleId = article;
                a.kind = AnnotationKind::Tag;
                const int start = (i * 7) % (int(draft.body.size()) - 20);
                a.span = Anchoring::makeSpan(draft.body, start, start + 12);
                timer.start();
                auto transaction = mine.value()->transaction();
                auto inserted = store.insert(a);
                auto committed
                    = inserted ? transaction.commit() : Result<void>(Error {inserted.error()});
                times.append(double(timer.nsecsElapsed()) / 1e6);
                if (!committed) {
                    std::lock_guard guard(lock);
                    failures.append(committed.error());
                    return;
                }
            }
            std::lock_guard guard(lock);
            commitMs += times;
        });
    }
    for (std::thread &t : threads)
        t.join();
    const qint64 wallMs = wall.elapsed();
    if (!failures.isEmpty()) {
        out << failures.size() << " analysts failed: " << failures.first() << Qt::endl;
        return 1;
    }
    std::sort(commitMs.begin(), commitMs.end());
    const auto percentile = [&](double p) {
        return commitMs.at(qMin(commitMs.size() - 1, qsizetype(p * double(commitMs.size()))));
    };
    // Nothing lost, and each annotation its writer's.
    auto stored = AnnotationStore(*project.value())
                      .forArticle(article, draft.body, AnnotationStore::Verify::No);
    qsizetype total = -1;
    if (stored) {
        total = 0;
        for (const Annotation &a : stored.value())
            total += names.contains(a.analyst) ? 1 : 0;
    }
    out << analysts << " analysts x " << each << " annotations, one transaction each, in " << wallMs
        << " ms (" << qRound(double(commitMs.size()) / (double(wallMs) / 1000.0)) << " commits/s)"
        << Qt::endl;
    out << "write + commit: median " << percentile(0.5) << " ms, 95th percentile "
        << percentile(0.95) << " ms, 99th " << percentile(0.99) << " ms, max " << commitMs.last()
        << " ms" << Qt::endl;
    out << "stored: " << total << " of " << analysts * each << Qt::endl;
    return total == analysts * each ? 0 : 1;
}
