// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hand-made comparison of three invented reports, for the tests of the comparison store and the
// review commands: one quote aligned across two reports with a number changed, one sentence with
// a date changed, and one sentence only the third report has. Emoji and other non-BMP characters
// stand before the spans, so UTF-16 and code point offsets differ.

#include "compare/comparison.h"
#include "storage/articlestore.h"
#include "storage/project.h"

#include <QTest>

namespace Parallax::Fixture {

inline QString courier()
{
    return QStringLiteral("🌊 Talks at Lake Varn ended on Tuesday. Minister Ilse Marrow said "
                          "“we agreed on 12 points” after the meeting.");
}
inline QString daily()
{
    return QStringLiteral(
        "Talks at Varn ended on Wednesday. 🙂🙂 Marrow said “we agreed on 15 "
        "points” to reporters.");
}
inline QString ledger()
{
    return QStringLiteral("𝔑 Osmark's envoy left early. The envoy declined to comment.");
}

inline TextRange rangeOf(const QString &text, const QString &part, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(part, from);
    // A fixture's needle missing from its text fails the test (Q_ASSERT is compiled out in
    // release builds); the empty result then fails the caller's comparison too.
    if (!QTest::qVerify(
            at >= 0, "at >= 0", "the needle is not in the fixture text", __FILE__, __LINE__))
        return {};
    return TextRange {qint32(at), qint32(at + part.size())};
}

inline CompareInput input(const QStringList &texts)
{
    CompareInput in;
    const QStringList labels {QStringLiteral("Varn Courier"), QStringLiteral("Osmark Daily"),
        QStringLiteral("Lakeside Ledger")};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        CompareDocument doc;
        doc.text = texts.at(i);
        doc.label = labels.value(i);
        in.documents.append(doc);
    }
    Entity marrow;
    marrow.name = QStringLiteral("Ilse Marrow");
    marrow.type = EntityType::Person;
    in.entities.append(marrow);
    return in;
}

inline CompareInput input()
{
    return input({courier(), daily(), ledger()});
}

inline Alignment quoteAlignment(const CompareInput &in)
{
    const QString &a = in.documents.at(0).text;
    const QString &b = in.documents.at(1).text;
    Alignment alignment;
    alignment.kind = AlignmentKind::Quote;
    alignment.similarity = 0.9;
    alignment.members = {AlignedSpan {0, rangeOf(a, QStringLiteral("we agreed on 12 points"))},
        AlignedSpan {1, rangeOf(b, QStringLiteral("we agreed on 15 points"))}};
    Difference number;
    number.kind = DifferenceKind::Number;
    number.texts = {QStringLiteral("12"), QStringLiteral("15")};
    number.ranges = {rangeOf(a, QStringLiteral("12")), rangeOf(b, QStringLiteral("15"))};
    alignment.differences = {number};
    return alignment;
}

inline Alignment sentenceAlignment(const CompareInput &in)
{
    const QString &a = in.documents.at(0).text;
    const QString &b = in.documents.at(1).text;
    Alignment alignment;
    alignment.kind = AlignmentKind::Sentence;
    alignment.similarity = 0.8;
    alignment.members
        = {AlignedSpan {0, rangeOf(a, QStringLiteral("Talks at Lake Varn ended on Tuesday."))},
            AlignedSpan {1, rangeOf(b, QStringLiteral("Talks at Varn ended on Wednesday."))}};
    Difference date;
    date.kind = DifferenceKind::Date;
    date.texts = {QStringLiteral("Tuesday"), QStringLiteral("Wednesday")};
    date.ranges = {rangeOf(a, QStringLiteral("Tuesday")), rangeOf(b, QStringLiteral("Wednesday"))};
    // "Lake" only in the first: the second lacks the word, an empty range where it would be.
    const qint32 missing = rangeOf(b, QStringLiteral("Varn")).start;
    Difference omission;
    omission.kind = DifferenceKind::Omission;
    omission.texts = {QStringLiteral("Lake"), QString()};
    omission.ranges = {rangeOf(a, QStringLiteral("Lake")), TextRange {missing, missing}};
    alignment.differences = {date, omission};
    return alignment;
}

inline UnmatchedItem onlyInLedger(const CompareInput &in)
{
    return UnmatchedItem {2, AlignmentKind::Sentence,
        rangeOf(in.documents.at(2).text, QStringLiteral("Osmark's envoy left early."))};
}

// Items, in order: number (quote), date and omission (sentence), only-sentence (ledger).
inline Comparison comparison(const CompareInput &in)
{
    Comparison c;
    c.alignments = {quoteAlignment(in), sentenceAlignment(in)};
    c.unmatched = {onlyInLedger(in)};
    EntityCoverage marrow;
    marrow.name = QStringLiteral("Ilse Marrow");
    marrow.type = EntityType::Person;
    marrow.docs = {0, 1};
    marrow.mentions = {1, 1, 0};
    c.entities = {marrow};
    SpeakerCoverage speaker;
    speaker.name = QStringLiteral("Ilse Marrow");
    speaker.entity = 0;
    speaker.quotes = {1, 1, 0};
    speaker.words = {5, 5, 0};
    c.speakers = {speaker};
    return c;
}

// A story of the three reports; returns its id and fills articleIds (in story order).
inline qint64 addStory(Project &project, QList<qint64> *articleIds)
{
    ArticleStore store(project);
    const qint64 story = store.storyId(QStringLiteral("Lake Varn talks"), true).value();
    const QStringList outlets {QStringLiteral("Varn Courier"), QStringLiteral("Osmark Daily"),
        QStringLiteral("Lakeside Ledger")};
    const QStringList texts {courier(), daily(), ledger()};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        ArticleDraft draft;
        draft.title = QStringLiteral("Report %1").arg(i + 1);
        draft.outlet = outlets.at(i);
        draft.body = texts.at(i);
        const qint64 id = store.insert(draft)->id;
        if (!store.addToStory(story, id))
            return 0;
        articleIds->append(id);
    }
    return story;
}

} // namespace Parallax::Fixture
