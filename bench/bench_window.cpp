// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a project in the main window and times it until the window is interactive: the library
// listed, two articles in the panes, one frame painted; and until the docks a large story fills
// in the background are filled too (a second frame); then prints the
// process's resident memory. bench_window N makes a project of N articles (a tenth of them in a
// story): Reuters-21578 stories read at run time where the shared corpora are on this machine,
// otherwise generated text. bench_window PROJECT opens that project (an annotated one, say).
// bench_window --make N PATH only makes the project of N articles at PATH, every article in one
// story (what 'parallax annotate PATH' then annotates for the 10,000 and 100,000-article cases),
// and prints how long that took; --with-polnear makes every other article a PolNeAR one.
// PARALLAX_BENCH_ALL=1 also prints each of the four opens (the first one included). Targets
// (PERFORMANCE.md): 10,000 articles in <= 1 s and <= 200 MB. Run with
// QT_QPA_PLATFORM=offscreen.
#include "benchcorpus.h"
#include "benchdata.h"

#include "mainwindow.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "storage/sql.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// VmRSS of /proc/self/status, in MB; 0 where there is none.
qint64 residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList arguments = app.arguments().mid(1);
    const bool makeOnly = !arguments.isEmpty() && arguments.first() == u"--make"_s;
    if (makeOnly)
        arguments.removeFirst();
    // --with-polnear: every other article a PolNeAR train article (about 740 words and 90
    // annotations each, against Reuters' 150 and 29), for the 100,000 articles with 5 M
    // annotations.
    const bool withPolnear = arguments.removeAll(u"--with-polnear"_s) > 0;
    const QString argument = arguments.isEmpty() ? u"10000"_s : arguments.first();
    bool isCount = false;
    const int count = argument.toInt(&isCount);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString path = argument;
    if (makeOnly && (!isCount || arguments.size() < 2 || QFileInfo::exists(arguments.at(1)))) {
        out << "usage: bench_window --make N PATH (PATH must not exist yet)" << Qt::endl;
        return 1;
    }
    if (isCount) {
        QElapsedTimer made;
        made.start();
        path = makeOnly ? arguments.at(1) : dir.filePath(u"window.parallax"_s);
        const QList<BenchCorpus::Story> stories = BenchCorpus::reuters();
        const QList<BenchCorpus::Story> longer
            = withPolnear ? BenchCorpus::polnearTrain() : QList<BenchCorpus::Story> {};
        out << (stories.isEmpty() ? u"the shared corpora are not on this machine (set "
                                    "PARALLAX_CORPUS_DIR): generated text"_s
                                  : BenchCorpus::describe(stories, u"Reuters-21578"_s))
            << Qt::endl;
        if (!longer.isEmpty())
            out << BenchCorpus::describe(longer, u"PolNeAR train"_s) << ", every other article"
                << Qt::endl;
        auto project = Project::create(path);
        ArticleStore store(*project.value());
        auto transaction = project.value()->transaction();
        const qint64 story = store.storyId(u"Benchmark"_s, true).value();
        QRandomGenerator rng(11);
        for (int i = 0; i < count; ++i) {
            ArticleDraft d;
            d.language = u"en"_s;
            if (stories.isEmpty()) {
                d.title = u"Report %1 on the Lake Varn talks"_s.arg(i);
                d.outlet = u"Outlet %1"_s.arg(i % 12);
                d.body = BenchData::article(rng, 600);
            } else {
                const BenchCorpus::Story s = !longer.isEmpty() && i % 2 == 1
                    ? BenchCorpus::nth(longer, i / 2)
                    : BenchCorpus::nth(stories, longer.isEmpty() ? i : i / 2);
                d.title = s.title;
                d.outlet = u"Outlet %1"_s.arg(i % 12);
                d.body = s.body;
            }
            d.published = u"2025-11-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0'));
            const qint64 id = store.insert(d)->id;
            if (makeOnly || i % 10 == 0) // a story of a tenth of them, the rest in none
                (void)store.addToStory(story, id);
        }
        (void)transaction.commit();
        project.value()->optimize();
        if (makeOnly) {
            out << count << " articles in " << QDir::toNativeSeparators(path) << ", made in "
                << made.elapsed() << " ms" << Qt::endl;
            return 0;
        }
    } else if (!QFileInfo::exists(path)) {
        out << path << ": no such project" << Qt::endl;
        return 1;
    }
    QList<qint64> times;
    QList<qint64> filled;
    qint64 resident = 0;
    for (int run = 0; run < 4; ++run) {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.openProject(path);
        window.grab(); // one whole frame
        const qint64 ms = timer.elapsed();
        // A large story's docks count in the background while the window takes input: until
        // they are filled too.
        window.waitForDocks();
        window.grab();
        if (qEnvironmentVariableIsSet("PARALLAX_BENCH_ALL"))
            out << "run " << run << ": " << ms << " ms" << Qt::endl;
        if (run > 0) { // the first run warms the page cache
            times.append(ms);
            filled.append(timer.elapsed());
        }
        resident = std::max(resident, residentMb());
    }
    std::sort(times.begin(), times.end());
    std::sort(filled.begin(), filled.end());
    out << (isCount ? u"%1 articles"_s.arg(count) : QDir::toNativeSeparators(path))
        << ": window interactive in " << times.at(1) << " ms, docks filled in " << filled.at(1)
        << " ms (warm, median of 3), " << resident << " MB resident with the window open"
        << Qt::endl;
    return 0;
}
