// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a project of N generated articles in the main window and times it until the window is
// interactive: the library listed, two articles in the panes, the docks filled, one frame painted.
// Target (PERFORMANCE.md): 10,000 articles in <= 1 s. Run with QT_QPA_PLATFORM=offscreen.
#include "benchdata.h"

#include "mainwindow.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "storage/sql.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Parallax;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.parallax"_s);
    {
        auto project = Project::create(path);
        ArticleStore store(*project.value());
        auto transaction = project.value()->transaction();
        const qint64 story = store.storyId(u"Benchmark"_s, true).value();
        QRandomGenerator rng(11);
        for (int i = 0; i < count; ++i) {
            ArticleDraft d;
            d.title = u"Report %1 on the Lake Varn talks"_s.arg(i);
            d.outlet = u"Outlet %1"_s.arg(i % 12);
            d.published = u"2025-11-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0'));
            d.body = BenchData::article(rng, 600);
            const qint64 id = store.insert(d)->id;
            if (i % 10 == 0) // a story of a thousand articles, the rest in none
                (void)store.addToStory(story, id);
        }
        (void)transaction.commit();
        project.value()->optimize();
    }
    QList<qint64> times;
    for (int run = 0; run < 4; ++run) {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.openProject(path);
        window.grab(); // one whole frame
        const qint64 ms = timer.elapsed();
        if (run > 0) // the first run warms the page cache
            times.append(ms);
    }
    std::sort(times.begin(), times.end());
    out << count << " articles: window interactive in " << times.at(1) << " ms (warm, median of 3)"
        << Qt::endl;
    return 0;
}
