// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The reports on a long story: ten articles of 5,000 words with 5,000 annotations (entities,
// quotes with speakers, tags and notes, a third of them proposals) and a comparison of 150
// aligned groups with their review items. Target (PERFORMANCE.md): the PDF dossier in <= 5 s.
// Each figure is the whole writeReport() call (reading the project, laying out, writing the
// file), median of three runs, with the process's CPU time beside it (the machine is shared). Run
// with QT_QPA_PLATFORM=offscreen (set when missing); an argument names a folder to write the
// reports into, to look at them.
#include "benchdata.h"

#include "export/report.h"
#include "jobs/exportjob.h"
#include "model/anchoring.h"
#include "model/storedcomparison.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "storage/sql.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

QTextStream out(stdout);

constexpr int kArticles = 10;
constexpr int kWords = 5000;
constexpr int kAnnotations = 5000;

struct Story
{
    qint64 id = 0;
    QList<qint64> articles;
    QHash<qint64, QString> bodies;
};

std::vector<qsizetype> wordStarts(const QString &text)
{
    std::vector<qsizetype> starts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace() && (i == 0 || text.at(i - 1).isSpace()))
            starts.push_back(i);
    }
    return starts;
}

// A span of words [first, first + count) in code points.
TextSpan wordSpan(const QString &text, const CodePointMap &map,
    const std::vector<qsizetype> &starts, size_t first, int count)
{
    first = std::min(first, starts.size() - 1);
    const size_t last = std::min(starts.size() - 1, first + size_t(count) - 1);
    qsizetype end = starts.at(last);
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    return Anchoring::makeSpan(text, map, map.toCodePoint(starts.at(first)), map.toCodePoint(end));
}

Result<Story> fill(Project &project, QRandomGenerator &rng)
{
    Story story;
    ArticleStore articles(project);
    AnnotationStore annotations(project);
    EntityStore entities(project);
    auto transaction = project.transaction();
    auto storyId = articles.storyId(u"Long story"_s, true);
    if (!storyId)
        return Error {storyId.error()};
    story.id = storyId.value();
    QList<qint64> tags;
    for (int t = 0; t < 5; ++t) {
        Tag tag;
        tag.name = u"Tag %1"_s.arg(t + 1);
        tag.color = QColor::fromHsv(t * 60, 160, 180);
        auto id = entities.insertTag(tag);
        if (!id)
            return Error {id.error()};
        tags.append(id.value());
    }
    static const QStringList types {
        u"PERSON"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s, u"DATE"_s, u"TIME"_s, u"MONEY"_s, u"PERCENT"_s};
    for (int i = 0; i < kArticles; ++i) {
        ArticleDraft draft;
        draft.title = u"Report %1 on the long talks"_s.arg(i + 1);
        draft.outlet = u"Outlet %1"_s.arg(QChar(u'A' + i));
        draft.author = u"Reporter %1"_s.arg(i + 1);
        draft.url = u"https://outlet%1.example/long-talks"_s.arg(i + 1);
        draft.published = u"2025-11-%1"_s.arg(10 + i);
        draft.body = BenchData::article(rng, kWords);
        auto inserted = articles.insert(draft);
        if (!inserted)
            return Error {inserted.error()};
        if (auto r = articles.addToStory(story.id, inserted->id); !r)
            return Error {r.error()};
        story.articles.append(inserted->id);
        story.bodies.insert(inserted->id, draft.body);

        const CodePointMap map(draft.body);
        const std::vector<qsizetype> starts = wordStarts(draft.body);
        for (int n = 0; n < kAnnotations / kArticles; ++n) {
            Annotation a;
            a.articleId = inserted->id;
            a.status = rng.bounded(3) == 0 ? ReviewStatus::Proposed : ReviewStatus::Accepted;
            a.origin = a.status == ReviewStatus::Proposed ? Origin::Automatic : Origin::Manual;
            const size_t at = rng.bounded(quint32(starts.size()));
            const quint32 roll = rng.bounded(100);
            int words = 1;
            if (roll < 80) {
                a.kind = AnnotationKind::Entity;
                a.label = types.at(int(rng.bounded(types.size())));
                words = int(rng.bounded(1, 4));
            } else if (roll < 90) {
                a.kind = AnnotationKind::Quote;
                a.label = u"direct"_s;
                words = int(rng.bounded(8, 30));
            } else if (roll < 97) {
                a.kind = AnnotationKind::Tag;
                a.tagId = tags.at(int(rng.bounded(tags.size())));
                a.label = u"Tag"_s;
                words = int(rng.bounded(2, 10));
            } else {
                a.kind = AnnotationKind::Note;
                a.note = u"The figure differs from the other outlets' and needs a source."_s;
                words = int(rng.bounded(1, 6));
            }
            a.span = wordSpan(draft.body, map, starts, at, words);
            auto id = annotations.insert(a);
            if (!id)
                return Error {id.error()};
            if (a.kind == AnnotationKind::Quote) {
                Annotation speaker = a;
                speaker.kind = AnnotationKind::Speaker;
                speaker.parentId = id.value();
                speaker.span = wordSpan(draft.body, map, starts, at + size_t(words) + 1, 2);
                if (auto s = annotations.insert(speaker); !s)
                    return Error {s.error()};
            }
        }
    }
    if (auto r = transaction.commit(); !r)
        return Error {r.error()};
    return story;
}

StoredComparison comparison(const Story &story, QRandomGenerator &rng)
{
    StoredComparison c;
    c.storyId = story.id;
    c.articleIds = story.articles;
    c.computed = QDateTime::currentDateTime();
    c.comparerVersion = u"bench"_s;
    QHash<qint64, std::vector<qsizetype>> starts;
    QHash<qint64, CodePointMap> maps;
    for (qint64 id : story.articles) {
        starts.insert(id, wordStarts(story.bodies.value(id)));
        maps.insert(id, CodePointMap(story.bodies.value(id)));
    }
    for (int g = 0; g < 150; ++g) {
        StoredAlignment a;
        a.id = g + 1;
        a.kind = g < 100 ? AlignmentKind::Quote : AlignmentKind::Sentence;
        a.similarity = 0.6 + rng.bounded(40) / 100.0;
        QList<qint64> members = story.articles;
        std::shuffle(members.begin(), members.end(), std::mt19937(rng.generate()));
        members = members.mid(0, int(rng.bounded(2, 6)));
        std::sort(members.begin(), members.end());
        StoredDifference d;
        d.kind = g % 3 == 0 ? DifferenceKind::Number : DifferenceKind::Wording;
        for (qint64 id : std::as_const(members)) {
            const QString &body = story.bodies.value(id);
            const auto &s = starts.value(id);
            const size_t at = rng.bounded(quint32(s.size() - 40));
            StoredSpan member {id, wordSpan(body, maps.value(id), s, at, 20)};
            a.members.append(member);
            StoredSpan word {id, wordSpan(body, maps.value(id), s, at + 5, 1)};
            d.spans.append(word);
            d.texts.append(word.span.exact);
        }
        a.differences.append(d);
        c.alignments.append(a);
        ReviewItem item;
        item.id = g + 1;
        item.storyId = story.id;
        item.alignmentId = a.id;
        item.kind = d.kind == DifferenceKind::Number ? u"number"_s : u"wording"_s;
        item.spans = a.members;
        item.texts = d.texts;
        item.status = ReviewItemStatus(rng.bounded(4));
        item.note = g % 4 == 0 ? u"Checked against the agency copy."_s : QString();
        item.analyst = u"Bench Analyst"_s;
        item.modified = QDateTime::currentDateTime();
        c.items.append(item);
    }
    for (int i = 0; i < 50; ++i) {
        const qint64 id = story.articles.at(i % kArticles);
        ReviewItem only;
        only.id = 1000 + i;
        only.storyId = story.id;
        only.kind = u"only-quote"_s;
        only.spans = {{id,
            wordSpan(story.bodies.value(id), maps.value(id), starts.value(id),
                rng.bounded(quint32(starts.value(id).size() - 30)), 15)}};
        c.items.append(only);
    }
    for (int e = 0; e < 60; ++e) {
        StoredEntityCoverage coverage;
        coverage.name = u"Entity %1"_s.arg(e + 1);
        coverage.type = e % 2 ? u"ORG"_s : u"PERSON"_s;
        for (qint64 id : story.articles) {
            const int n = int(rng.bounded(4));
            coverage.mentions.append(n);
            if (n > 0)
                coverage.articleIds.append(id);
        }
        c.entities.append(coverage);
    }
    for (int s = 0; s < 8; ++s) {
        StoredSpeakerCoverage speaker;
        speaker.name = u"Speaker %1"_s.arg(s + 1);
        for (int i = 0; i < kArticles; ++i) {
            speaker.quotes.append(int(rng.bounded(6)));
            speaker.words.append(speaker.quotes.constLast() * 14);
        }
        c.speakers.append(speaker);
    }
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir temporary;
    const QDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path());
    QFile::remove(dir.filePath(u"long.parallax"_s));
    auto project = Project::create(dir.filePath(u"long.parallax"_s));
    if (!project) {
        out << project.error() << Qt::endl;
        return 1;
    }
    QRandomGenerator rng(11);
    auto story = fill(*project.value(), rng);
    if (!story) {
        out << story.error() << Qt::endl;
        return 1;
    }
    const StoredComparison compared = comparison(story.value(), rng);
    out << "story: " << kArticles << " articles of " << kWords << " words, " << kAnnotations
        << " annotations, " << compared.alignments.size() << " aligned groups, "
        << compared.items.size() << " review items" << Qt::endl;

    for (const auto &[format, name] : {std::pair {ExportFormat::Html, u"dossier.html"_s},
             std::pair {ExportFormat::Markdown, u"dossier.md"_s},
             std::pair {ExportFormat::Pdf, u"dossier.pdf"_s}}) {
        ExportOptions options;
        options.format = format;
        options.storyId = story->id;
        options.preparedBy = u"Bench Analyst"_s;
        QList<qint64> times;
        QList<qint64> cpu;
        const QString path = dir.filePath(name);
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            auto summary = writeReport(*project.value(), options, path, &compared);
            times.append(timer.elapsed());
            cpu.append(qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC);
            if (!summary) {
                out << summary.error() << Qt::endl;
                return 1;
            }
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        out << name << ": " << times.at(1) << " ms (median of 3; " << times.constFirst() << "–"
            << times.constLast() << "), CPU " << cpu.at(1) << " ms, "
            << QFileInfo(path).size() / 1024 << " KiB" << Qt::endl;
    }
    return 0;
}
