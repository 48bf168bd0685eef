// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The learning curve of a project's entity model (docs/learning.md): an analyst corrects the
// first k documents of a CoNLL-2003 file with their gold spans, and the model learns from each
// as the window does (learnFromDocument on the shipped model, combineContributions); the documents
// after the first 100 (up to a limit) are then tagged with the adapted model. Also the time of one
// learning step, and what the in-article revision after a decision does (jobs/proposalrevision.h):
// the first name of each document the shipped model gets wrong is corrected, and its repeats in
// the document are counted right or wrong before and after the revision.
// Usage: bench_learning [--from-end] [--lexicon SHARE:MIN] [--context RATE:PASSES] CONLL
//        [limit] [plot.png]
#include "annotate/annotator.h"
#include "annotate/ner/adaptation.h"
#include "annotate/ner/conll.h"
#include "annotate/ner/nermodel.h"
#include "jobs/entitylearning.h"
#include "jobs/proposalrevision.h"
#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <array>

using namespace Parallax;
using namespace Parallax::Ner;

namespace {

constexpr qsizetype kHeld = 100;

// The gold spans as constraints: every token's label is the gold one.
std::vector<quint32> goldMasks(const LabelledDocument &doc)
{
    std::vector<quint32> masks(size_t(doc.tokens.size()), 1u << kOutside);
    for (const Sentence &s : doc.sentences) {
        std::vector<quint8> labels(size_t(std::max(s.size(), 0)));
        spansToLabels(doc.entities, s.tokenStart, s.size(), labels.data());
        for (int i = 0; i < s.size(); ++i)
            masks[size_t(s.tokenStart + i)] = 1u << labels[size_t(i)];
    }
    return masks;
}

QString surface(const LabelledDocument &doc, const EntitySpan &span)
{
    return doc.text.mid(doc.tokens[span.tokenStart].start,
        doc.tokens[span.tokenEnd - 1].end - doc.tokens[span.tokenStart].start);
}

// learnFromArticle() as the window runs it after a decision: a temporary project holds the
// first documents with their gold names accepted; each is learned through the project (read,
// learn, write). Returns the slowest time and prints the mean.
double throughProject(const QList<LabelledDocument> &docs, QTextStream &out)
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("learning.parallax")));
    if (!project) {
        out << project.error() << '\n';
        return -1;
    }
    QList<QPair<qint64, int>> articles;
    {
        auto transaction = project.value()->transaction();
        ArticleStore store(*project.value());
        AnnotationStore annotations(*project.value());
        for (const LabelledDocument &doc : docs) {
            ArticleDraft draft;
            draft.title = QStringLiteral("document %1").arg(articles.size() + 1);
            draft.body = doc.text;
            auto id = store.insert(draft);
            if (!id || id->duplicate)
                continue;
            const CodePointMap map(doc.text);
            for (const EntitySpan &e : doc.entities) {
                Annotation a;
                a.articleId = id->id;
                a.label = enumName(e.type);
                a.analyst = QStringLiteral("bench");
                a.span = Anchoring::makeSpan(doc.text, map,
                    map.toCodePoint(doc.tokens[e.tokenStart].start),
                    map.toCodePoint(doc.tokens[e.tokenEnd - 1].end));
                if (auto r = annotations.insert(a); !r) {
                    out << r.error() << '\n';
                    return -1;
                }
            }
            articles.append({id->id, int(doc.entities.size())});
        }
        if (!transaction.commit().ok()) {
            out << "cannot write the temporary project\n";
            return -1;
        }
    }
    QElapsedTimer timer;
    double total = 0, worst = 0;
    for (const auto &[id, names] : std::as_const(articles)) {
        timer.start();
        Q_UNUSED(names);
        auto learned = learnFromArticle(*project.value(), id);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!learned) {
            out << learned.error() << '\n';
            return -1;
        }
        total += ms;
        worst = std::max(worst, ms);
    }
    out << "learnFromArticle through a project, " << articles.size() << " documents: "
        << QString::number(total / std::max<qsizetype>(1, articles.size()), 'f', 2)
        << " ms on average, " << QString::number(worst, 'f', 2) << " ms at most\n";
    // What Annotate and the revision after each decision (on the GUI thread) read first: the
    // base and every article's contribution, combined.
    auto model = Annotator::defaultModel();
    if (model) {
        timer.start();
        auto loaded = ProjectEntityModel::load(*project.value(), *model.value());
        out << "loading the project's model from " << articles.size()
            << " contributions: " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 2)
            << " ms, " << (loaded && loaded->delta() ? loaded->delta()->rowCount() : 0) << " rows, "
            << (loaded ? loaded->corrections() : 0) << " corrections\n";
    }
    return worst;
}

// The revision after one correction per document, on the shipped model's own proposals: in
// each document the first gold name the model does not propose as it is (missed, cut or of
// another type) and that the document repeats is corrected (an overlapping proposal rejected,
// the gold span made by hand); its repeats are then counted right before and after.
void revisionInArticle(const QList<LabelledDocument> &docs,
    const std::shared_ptr<const NerModel> &model, QTextStream &out)
{
    int corrected = 0, repeats = 0, rightBefore = 0, rightAfter = 0, removedRight = 0,
        addedWrong = 0;
    double total = 0, worst = 0;
    QElapsedTimer timer;
    for (const LabelledDocument &doc : docs) {
        // The proposals as `annotate` makes them, from the raw text (its tokens, not the
        // corpus'), compared with the gold by character range and type.
        const AnalyzedDocument raw = Annotator::prepareOnThisThread(model, doc.text, {});
        const CodePointMap map(doc.text);
        const auto spanOf = [&](const EntitySpan &e) {
            return Anchoring::makeSpan(doc.text, map,
                map.toCodePoint(doc.tokens[e.tokenStart].start),
                map.toCodePoint(doc.tokens[e.tokenEnd - 1].end));
        };
        const auto proposedAsGold = [&](const EntitySpan &e) {
            const TextRange r {doc.tokens[e.tokenStart].start, doc.tokens[e.tokenEnd - 1].end};
            return std::any_of(raw.mentions.cbegin(), raw.mentions.cend(),
                [&](const EntityMention &m) { return m.range == r && m.type == e.type; });
        };
        const EntitySpan *wrong = nullptr;
        for (const EntitySpan &e : doc.entities) {
            if (proposedAsGold(e))
                continue;
            const QString words = surface(doc, e);
            const auto same = std::count_if(doc.entities.cbegin(), doc.entities.cend(),
                [&](const EntitySpan &o) { return surface(doc, o) == words; });
            if (same > 1) {
                wrong = &e;
                break;
            }
        }
        if (!wrong)
            continue;
        ++corrected;
        RevisionInput in;
        in.articleId = 1;
        in.text = doc.text;
        in.annotatorVersion = QStringLiteral("bench");
        qint64 id = 0;
        const TextSpan decided = spanOf(*wrong);
        for (const EntityMention &m : raw.mentions) {
            Annotation a;
            a.id = ++id;
            a.articleId = 1;
            a.label = enumName(m.type);
            a.span = Anchoring::makeSpan(
                doc.text, map, map.toCodePoint(m.range.start), map.toCodePoint(m.range.end));
            a.origin = Origin::Automatic;
            a.status = a.span.start < decided.end && decided.start < a.span.end
                ? ReviewStatus::Rejected
                : ReviewStatus::Proposed;
            in.annotations.append(a);
        }
        Annotation manual;
        manual.articleId = 1;
        manual.label = enumName(wrong->type);
        manual.span = decided;
        in.annotations.append(manual);
        in.decided = {decided};
        timer.start();
        auto revision = reviseProposals(in);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        total += ms;
        worst = std::max(worst, ms);
        if (!revision) {
            out << revision.error() << '\n';
            return;
        }
        // The proposals after, as (start, end, label).
        QSet<QString> before, after;
        const auto key = [](const TextSpan &s, const QString &label) {
            return QStringLiteral("%1 %2 %3").arg(s.start).arg(s.end).arg(label);
        };
        for (const Annotation &a : std::as_const(in.annotations)) {
            if (a.status == ReviewStatus::Proposed)
                before.insert(key(a.span, a.label));
        }
        after = before;
        for (const Annotation &a : std::as_const(revision->remove))
            after.remove(key(a.span, a.label));
        for (const Annotation &a : std::as_const(revision->add))
            after.insert(key(a.span, a.label));
        QSet<QString> gold;
        for (const EntitySpan &e : doc.entities)
            gold.insert(key(spanOf(e), enumName(e.type)));
        const QString words = surface(doc, *wrong);
        for (const EntitySpan &e : doc.entities) {
            if (&e == wrong || surface(doc, e) != words)
                continue;
            ++repeats;
            const QString k = key(spanOf(e), enumName(e.type));
            rightBefore += before.contains(k);
            rightAfter += after.contains(k);
        }
        for (const Annotation &a : std::as_const(revision->remove))
            removedRight += gold.contains(key(a.span, a.label));
        for (const Annotation &a : std::as_const(revision->add))
            addedWrong += !gold.contains(key(a.span, a.label));
    }
    out << "revision after one correction in each of " << corrected << " documents: repeats "
        << repeats << ", right before " << rightBefore << ", right after " << rightAfter
        << "; right proposals removed " << removedRight << ", wrong ones added " << addedWrong
        << "; " << QString::number(total / std::max(corrected, 1), 'f', 2) << " ms on average, "
        << QString::number(worst, 'f', 2) << " ms at most\n";
}

// A project lexicon (--lexicon SHARE:MIN), as INCEpTION's string-matching recommender: the
// names of the corrected documents, with their types, as kept spans wherever their words occur
// in another document (the longest first, not next to a capitalised word), when a name was
// seen at least MIN times and one type holds at least SHARE of them.
using Lexicon = QHash<QString, std::array<int, kEntityTypeCount>>;

std::vector<quint32> lexiconMasks(
    const LabelledDocument &doc, const Lexicon &lexicon, double share, int minCount)
{
    const int n = int(doc.tokens.size());
    const auto word = [&](int i) {
        return doc.text.mid(doc.tokens[i].start, doc.tokens[i].end - doc.tokens[i].start);
    };
    const auto capitalised = [&](int i) {
        return i >= 0 && i < n && !word(i).isEmpty() && word(i).front().isUpper();
    };
    QList<SpanConstraint> cs;
    std::vector<bool> used(size_t(n), false);
    for (int len = 6; len >= 1; --len) {
        for (int i = 0; i + len <= n; ++i) {
            bool free = true;
            for (int j = 0; j < len && free; ++j)
                free = !used[size_t(i + j)];
            if (!free || capitalised(i - 1) || capitalised(i + len))
                continue;
            QStringList ws;
            for (int j = 0; j < len; ++j)
                ws.append(word(i + j));
            const auto it = lexicon.constFind(ws.join(u' '));
            if (it == lexicon.constEnd())
                continue;
            int total = 0, best = 0;
            for (int t = 0; t < kEntityTypeCount; ++t) {
                total += (*it)[t];
                if ((*it)[t] > (*it)[best])
                    best = t;
            }
            if (total < minCount || (*it)[best] < share * total)
                continue;
            cs.append({i, i + len, EntityType(best), false});
            for (int j = 0; j < len; ++j)
                used[size_t(i + j)] = true;
        }
    }
    return constraintMasks(cs, n);
}

void plot(const QList<QPair<int, double>> &curve, const QString &title, const QString &path)
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area(80, 40, 520, 300);
    double lo = 1, hi = 0;
    for (const auto &[k, f] : curve) {
        lo = std::min(lo, f);
        hi = std::max(hi, f);
    }
    lo -= 0.005;
    hi += 0.005;
    auto at = [&](int k, double f) {
        return QPointF(area.left() + area.width() * k / 100.0,
            area.bottom() - area.height() * (f - lo) / (hi - lo));
    };
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 8, 640, 24), Qt::AlignCenter, title);
    p.drawRect(area);
    for (const auto &[k, f] : curve) {
        p.drawText(QPointF(at(k, lo).x() - 8, area.bottom() + 18), QString::number(k));
        p.drawText(QPointF(10, at(k, f).y() + 4), QString::number(100 * f, 'f', 2));
    }
    p.drawText(QRectF(0, 370, 640, 24), Qt::AlignCenter,
        QStringLiteral("documents corrected (k); F1 (%) on the documents after the first 100"));
    p.setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 2));
    for (qsizetype i = 1; i < curve.size(); ++i)
        p.drawLine(
            at(curve[i - 1].first, curve[i - 1].second), at(curve[i].first, curve[i].second));
    for (const auto &[k, f] : curve)
        p.drawEllipse(at(k, f), 3, 3);
    p.end();
    image.save(path);
}

} // namespace

int main(int argc, char **argv)
{
    // QPainter's text needs the fonts of a GUI application (offscreen is enough).
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments();
    // --from-end: the documents from the last, for a second split of the same file (not
    // "-reverse", which QGuiApplication takes for itself).
    const bool reverse = args.removeAll(QStringLiteral("--from-end")) > 0;
    // Two experiments (docs/learning.md): --lexicon SHARE:MIN and --context RATE:PASSES.
    const auto option = [&args](const QString &name) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return QStringList();
        const QStringList values = args[at + 1].split(u':');
        args.remove(at, 2);
        return values;
    };
    const QStringList lexiconOption = option(QStringLiteral("--lexicon"));
    const double lexiconShare = lexiconOption.value(0).toDouble();
    const int lexiconMin = std::max(1, lexiconOption.value(1).toInt());
    const QStringList contextOption = option(QStringLiteral("--context"));
    const double contextRate = contextOption.value(0).toDouble();
    const int contextPasses = std::max(1, contextOption.value(1).toInt());
    if (args.size() < 2) {
        out << "usage: bench_learning [--from-end] [--lexicon SHARE:MIN] [--context RATE:PASSES] "
               "CONLL [limit] [plot.png]\n";
        return 2;
    }
    auto docs = readConll(args[1]);
    auto model = NerModel::load(NerModel::defaultPath());
    if (!docs || !model) {
        out << (docs ? model.error() : docs.error()) << '\n';
        return 1;
    }
    if (reverse)
        std::reverse(docs->begin(), docs->end());
    const qsizetype limit = args.size() > 2 ? args[2].toInt() : docs->size();
    if (docs->size() <= kHeld) {
        out << args[1] << ": fewer than " << kHeld + 1 << " documents\n";
        return 1;
    }
    const QList<LabelledDocument> rest = docs->mid(kHeld, limit - kHeld);
    NerTagger tagger(model.value());
    QList<QPair<int, double>> curve;
    // The project's model as learnFromArticle() makes it: each document's contribution learned
    // on the shipped model, combined (combineContributions).
    QList<WeightDelta> contributions;
    WeightDelta delta(model->firstPassHashBits());
    QElapsedTimer timer;
    double stepMs = 0, worstMs = 0;
    int learned = 0;
    for (const int k : {0, 10, 25, 50, 100}) {
        // As in a project: the documents up to k are learned once each.
        tagger.setDelta(nullptr);
        for (; learned < k; ++learned) {
            const LabelledDocument &doc = docs->at(learned);
            timer.start();
            WeightDelta own(model->firstPassHashBits());
            learnFromDocument(tagger, doc.text, doc.tokens, doc.sentences, goldMasks(doc), &own);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            stepMs += ms;
            worstMs = std::max(worstMs, ms);
            contributions.append(std::move(own));
        }
        delta = combineContributions(contributions, model->firstPassHashBits());
        // --context RATE:PASSES: then the context and shape weights too, small constant steps
        // over the corrected documents in order, on top of the names' contributions.
        for (int pass = 0; contextRate > 0 && pass < contextPasses; ++pass) {
            for (int d = 0; d < k; ++d) {
                const LabelledDocument &doc = docs->at(d);
                tagger.setDelta(&delta);
                tagger.learn(doc.text, doc.tokens, doc.sentences, goldMasks(doc), &delta,
                    float(contextRate), NerTagger::LearnedFeatures::All);
            }
        }
        tagger.setDelta(&delta);
        Scores scores;
        QList<EntitySpan> predicted;
        Lexicon lexicon;
        for (int d = 0; d < k; ++d) {
            const LabelledDocument &doc = docs->at(d);
            for (const EntitySpan &e : doc.entities) {
                QStringList ws;
                for (int t = e.tokenStart; t < e.tokenEnd; ++t)
                    ws.append(
                        doc.text.mid(doc.tokens[t].start, doc.tokens[t].end - doc.tokens[t].start));
                auto &counts = lexicon[ws.join(u' ')];
                counts[int(e.type)] += 1;
            }
        }
        for (const LabelledDocument &doc : rest) {
            predicted.clear();
            if (lexiconShare > 0) {
                const std::vector<quint32> masks
                    = lexiconMasks(doc, lexicon, lexiconShare, lexiconMin);
                tagger.tag(doc.text, doc.tokens, doc.sentences, &predicted, &masks);
            } else {
                tagger.tag(doc.text, doc.tokens, doc.sentences, &predicted);
            }
            scores.add(doc.entities, predicted);
        }
        if (k == 0) {
            // What learning names can reach at most: the shipped model's misses among the
            // gold entities of the rest whose words are a gold name of the first 100.
            QSet<QString> taught;
            for (qsizetype d = 0; d < kHeld; ++d) {
                for (const EntitySpan &e : docs->at(d).entities)
                    taught.insert(surface(docs->at(d), e));
            }
            int missed = 0, missedTaught = 0;
            for (const LabelledDocument &doc : rest) {
                predicted.clear();
                tagger.tag(doc.text, doc.tokens, doc.sentences, &predicted);
                for (const EntitySpan &e : doc.entities) {
                    if (predicted.contains(e))
                        continue;
                    ++missed;
                    missedTaught += taught.contains(surface(doc, e));
                }
            }
            // What the misses are: of another type on the same tokens (by gold and proposed
            // type), and proposals that overlap no gold name.
            int typed = 0, spurious = 0;
            QHash<QString, int> pairs;
            for (const LabelledDocument &doc : rest) {
                predicted.clear();
                tagger.tag(doc.text, doc.tokens, doc.sentences, &predicted);
                for (const EntitySpan &e : doc.entities) {
                    for (const EntitySpan &p : std::as_const(predicted)) {
                        if (p.tokenStart == e.tokenStart && p.tokenEnd == e.tokenEnd
                            && p.type != e.type) {
                            ++typed;
                            pairs[enumName(e.type) + QStringLiteral("->") + enumName(p.type)]++;
                        }
                    }
                }
                for (const EntitySpan &p : std::as_const(predicted)) {
                    bool overlaps = false;
                    for (const EntitySpan &e : doc.entities)
                        overlaps |= p.tokenStart < e.tokenEnd && e.tokenStart < p.tokenEnd;
                    spurious += !overlaps;
                }
            }
            out << "misses of another type on the same span: " << typed
                << ", spurious: " << spurious << '\n';
            for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
                out << "  " << it.key() << ' ' << it.value() << '\n';
            out << "gold entities of the rest the shipped model misses: " << missed << ", of "
                << "them named as in the first " << kHeld << " documents: " << missedTaught << '\n';
        }
        curve.append({k, scores.overall.f1()});
        out << "k " << k << "  delta rows " << delta.rowCount() << "  F1 on documents " << kHeld + 1
            << ".." << kHeld + rest.size() << ": "
            << QString::number(100 * scores.overall.f1(), 'f', 2) << '\n';
        out.flush();
    }
    out << "learning one document: " << QString::number(stepMs / learned, 'f', 2)
        << " ms on average, " << QString::number(worstMs, 'f', 2) << " ms at most\n";
    throughProject(docs->mid(0, kHeld), out);
    auto shared = Annotator::defaultModel();
    if (!shared) {
        out << shared.error() << '\n';
        return 1;
    }
    revisionInArticle(docs->mid(0, limit), shared.value(), out);
    if (args.size() > 3)
        plot(curve, QFileInfo(args[1]).fileName(), args[3]);
    return 0;
}
