// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The reading pane on long annotated articles (PERFORMANCE.md, target 4): time to show an
// article and milliseconds per frame while scrolling a 900x900 view. Run with
// QT_QPA_PLATFORM=offscreen. Each figure is printed next to the same view without annotations,
// since the shared machine makes ratios steadier than absolute times.
#include "benchdata.h"
#include "reader/articleview.h"
#include "util/textoffsets.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

QTextStream out(stdout);

// Annotations in the mix an annotated news article has: mostly entity mentions of one to three
// words, some quotes of a sentence, a few tags and notes; a third proposed, a few rejected.
QList<Annotation> makeAnnotations(QRandomGenerator &rng, const QString &text, int count)
{
    std::vector<qsizetype> wordStarts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace() && (i == 0 || text.at(i - 1).isSpace()))
            wordStarts.push_back(i);
    }
    const CodePointMap map(text);
    static const QStringList types {
        u"PERSON"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s, u"DATE"_s, u"TIME"_s, u"MONEY"_s, u"PERCENT"_s};
    QList<Annotation> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Annotation a;
        a.id = i + 1;
        const quint32 roll = rng.bounded(100);
        int words = 1;
        if (roll < 80) {
            a.kind = AnnotationKind::Entity;
            a.label = types.at(int(rng.bounded(types.size())));
            a.entityId = rng.bounded(1, 200);
            words = int(rng.bounded(1, 4));
        } else if (roll < 90) {
            a.kind = AnnotationKind::Quote;
            a.label = u"direct"_s;
            words = int(rng.bounded(8, 30));
        } else if (roll < 97) {
            a.kind = AnnotationKind::Tag;
            a.label = u"tag%1"_s.arg(rng.bounded(5));
            words = int(rng.bounded(2, 10));
        } else {
            a.kind = AnnotationKind::Note;
            a.note = u"A note"_s;
            words = int(rng.bounded(1, 6));
        }
        const quint32 status = rng.bounded(100);
        a.status = status < 33 ? ReviewStatus::Proposed
            : status < 38      ? ReviewStatus::Rejected
                               : ReviewStatus::Accepted;
        const size_t first = rng.bounded(quint32(wordStarts.size() - 1));
        const size_t last = std::min(first + size_t(words), wordStarts.size() - 1);
        a.span.start = map.toCodePoint(wordStarts[first]);
        a.span.end = map.toCodePoint(wordStarts[last] - 1);
        list << a;
    }
    std::sort(list.begin(), list.end(),
        [](const Annotation &a, const Annotation &b) { return a.span.start < b.span.start; });
    return list;
}

struct Frames
{
    double median = 0;
    double max = 0;
};

Frames scroll(ArticleView &view, int steps, int stride)
{
    QScrollBar *bar = view.verticalScrollBar();
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < steps; ++i) {
        const int value = stride > 0 ? qMin(bar->value() + stride, bar->maximum())
            : stride == 0            ? int(qint64(bar->maximum()) * i / steps)
                                     : bar->value();
        timer.start();
        bar->setValue(value);
        view.repaint();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

// With an argument, only the cases whose name contains it run (for a profiler).
QString s_only;

void run(const QString &name, const QString &text, const QList<Annotation> &annotations)
{
    if (!s_only.isEmpty() && !name.contains(s_only))
        return;
    for (const bool annotated : {false, true}) {
        ArticleView view;
        view.resize(900, 900);
        view.show();
        QApplication::processEvents();

        QElapsedTimer timer;
        timer.start();
        view.setArticle(name, {}, {}, text);
        const double setText = double(timer.nsecsElapsed()) / 1e6;
        view.setAnnotations(annotated ? annotations : QList<Annotation> {});
        const double setSpans = double(timer.nsecsElapsed()) / 1e6 - setText;
        view.repaint();
        const double shown = double(timer.nsecsElapsed()) / 1e6;
        QApplication::processEvents();

        const Frames smooth = scroll(view, 100, 3); // three lines at a time, as a wheel step
        view.verticalScrollBar()->setValue(0);
        const Frames jumps = scroll(view, 100, 0); // 100 jumps across the whole article
        // After the jumps most blocks are laid out: scroll through them again.
        view.verticalScrollBar()->setValue(0);
        const Frames warm = scroll(view, 100, 0);
        // The same full frame again and again: painting alone, no layout.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        const Frames still = scroll(view, 100, -1);
        out << u"%1 %2: show %3 ms (text %4, spans %5, first paint %6); per frame median/max: "
               "wheel %7/%8, jumps %9/%10, warm jumps %11/%12, repaint %13/%14 ms"_s
                   .arg(name, annotated ? u"annotated"_s : u"plain    "_s)
                   .arg(shown, 0, 'f', 1)
                   .arg(setText, 0, 'f', 1)
                   .arg(setSpans, 0, 'f', 1)
                   .arg(shown - setText - setSpans, 0, 'f', 1)
                   .arg(smooth.median, 0, 'f', 2)
                   .arg(smooth.max, 0, 'f', 2)
                   .arg(jumps.median, 0, 'f', 2)
                   .arg(jumps.max, 0, 'f', 2)
                   .arg(warm.median, 0, 'f', 2)
                   .arg(warm.max, 0, 'f', 2)
                   .arg(still.median, 0, 'f', 2)
                   .arg(still.max, 0, 'f', 2)
            << Qt::endl;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc > 1)
        s_only = QString::fromLocal8Bit(argv[1]);
    struct Case
    {
        int words;
        int annotations;
    };
    for (const Case c : {Case {50000, 5000}, Case {200000, 50000}}) {
        QRandomGenerator rng(quint32(c.words));
        const QString text = BenchData::article(rng, c.words);
        const QList<Annotation> annotations = makeAnnotations(rng, text, c.annotations);
        run(u"%1k words, %2k spans"_s.arg(c.words / 1000).arg(c.annotations / 1000), text,
            annotations);
    }
    // PERFORMANCE.md trap 4: one paragraph of 200,000 characters.
    QRandomGenerator rng(7);
    QString paragraph = BenchData::article(rng, 32000);
    paragraph.replace(u'\n', u' ');
    paragraph.truncate(200000);
    run(u"one 200k-char paragraph, 5k spans"_s, paragraph, makeAnnotations(rng, paragraph, 5000));
    return 0;
}
