// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Code-book tags suggested from the analyst's own tagging in the project.
#include "annotate/tagsuggester.h"
#include "jobs/annotationjob.h"
#include "jobs/tagtraining.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Invented sentences: loaded words in five, plain reporting in the others.
const QStringList kLoaded {u"The reckless regime crushed the peaceful protest."_s,
    u"Its thuggish police crushed the marchers without mercy."_s,
    u"The regime's reckless thugs crushed every dissenting voice."_s,
    u"A brutal, reckless crackdown crushed the opposition."_s,
    u"The thuggish regime crushed the strike with brutal force."_s};
const QStringList kPlain {u"The council met on Tuesday to discuss the budget."_s,
    u"Officials said the report would be published in March."_s,
    u"The ministry confirmed the figures at a briefing."_s,
    u"Talks on the water agreement will resume next week."_s};

} // namespace

class TestTagSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noneUntilATagHasFiveExamples();
    void suggestsForSimilarPassagesOnly();
    void annotationProposesTagsWithConfidence();
    void entitiesInThePassageCount();

private:
    static TagSuggester trained(int examples);
};

TagSuggester TestTagSuggester::trained(int examples)
{
    TagSuggester s;
    for (int i = 0; i < examples; ++i)
        s.add(kLoaded[i], 7, u"Loaded language"_s);
    for (const QString &p : kPlain)
        s.add(p, 0);
    return s;
}

void TestTagSuggester::noneUntilATagHasFiveExamples()
{
    const QString passage = u"The reckless regime crushed another protest."_s;
    const TagSuggester four = trained(4);
    QCOMPARE(four.tagCount(), 0);
    QVERIFY(!four.suggest(passage));
    const TagSuggester five = trained(5);
    QCOMPARE(five.tagCount(), 1);
    QVERIFY(five.suggest(passage));
}

void TestTagSuggester::suggestsForSimilarPassagesOnly()
{
    const TagSuggester s = trained(5);
    const auto loaded = s.suggest(u"The thuggish regime crushed another protest."_s);
    QVERIFY(loaded);
    QCOMPARE(loaded->tagId, 7);
    QCOMPARE(loaded->tagName, u"Loaded language"_s);
    QVERIFY(loaded->confidence >= TagSuggester::kMinConfidence && loaded->confidence <= 1);
    QVERIFY(!s.suggest(u"The council will publish the budget figures on Tuesday."_s));
}

void TestTagSuggester::annotationProposesTagsWithConfidence()
{
    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(u"tags.parallax"_s));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    Project &project = *created.value();
    ArticleDraft tagged;
    tagged.title = u"Crackdown"_s;
    tagged.body = kLoaded.join(u' ') + u"\n\n"_s + kPlain.join(u' ');
    ArticleDraft fresh;
    fresh.title = u"Another day"_s;
    const QString target = u"The thuggish regime crushed another protest."_s;
    fresh.body = u"The council met on Tuesday to discuss the budget. "_s + target;
    auto first = ArticleStore(project).insert(tagged);
    auto second = ArticleStore(project).insert(fresh);
    QVERIFY(first.ok() && second.ok());
    Tag tag;
    tag.name = u"Loaded language"_s;
    auto tagId = EntityStore(project).insertTag(tag);
    QVERIFY(tagId.ok());
    AnnotationStore annotations(project);
    // Four tagged passages: no suggestion yet; the fifth makes one.
    for (int examples : {4, 5}) {
        for (int i = examples == 4 ? 0 : 4; i < examples; ++i) {
            Annotation a;
            a.articleId = first->id;
            a.kind = AnnotationKind::Tag;
            a.label = tag.name;
            a.tagId = tagId.value();
            a.analyst = u"Mara"_s;
            const qsizetype at = tagged.body.indexOf(kLoaded[i]);
            a.span.start = at; // the text is ASCII: code points are UTF-16 indexes
            a.span.end = at + kLoaded[i].size();
            a.span.exact = kLoaded[i];
            QVERIFY(annotations.insert(a).ok());
        }
        QVERIFY(AnnotationJob(project).run().ok());
        QSqlQuery q(Storage::connection(project));
        QVERIFY(q.exec(u"SELECT article_id, exact, tag_id, confidence FROM annotation"
                       " WHERE kind = 'tag' AND status = 'proposed'"_s));
        QList<QStringList> proposed;
        while (q.next()) {
            QCOMPARE(q.value(0).toLongLong(), second->id);
            QCOMPARE(q.value(2).toLongLong(), tagId.value());
            QVERIFY(q.value(3).toDouble() >= TagSuggester::kMinConfidence);
            proposed.append({q.value(1).toString()});
        }
        if (examples == 4)
            QVERIFY(proposed.isEmpty());
        else
            QCOMPARE(proposed, (QList<QStringList> {{target}}));
    }
}

void TestTagSuggester::entitiesInThePassageCount()
{
    // She tags what one minister says, however it is worded; the same plain words from another
    // speaker she leaves untagged. Only the entity tells them apart.
    const QStringList said {u"Marrow said the plan was ready."_s,
        u"Marrow told the council the plan would work."_s,
        u"Marrow added that the budget was sound."_s, u"Marrow said the talks went well."_s,
        u"Marrow said the figures were right."_s};
    const QStringList others {u"Brekke said the plan was ready."_s,
        u"Brekke told the council the plan would work."_s,
        u"Brekke added that the budget was sound."_s, u"Brekke said the talks went well."_s,
        u"Brekke said the figures were right."_s};

    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(u"entities.parallax"_s));
    QVERIFY(created.ok());
    Project &project = *created.value();
    ArticleDraft draft;
    draft.title = u"Budget day"_s;
    draft.body = said.join(u' ') + u' ' + others.join(u' ');
    auto article = ArticleStore(project).insert(draft);
    QVERIFY(article.ok());
    Tag tag;
    tag.name = u"Minister's line"_s;
    auto tagId = EntityStore(project).insertTag(tag);
    QVERIFY(tagId.ok());
    EntityStore entities(project);
    auto marrow = entities.findOrCreate(0, u"PERSON"_s, u"Ilse Marrow"_s);
    auto brekke = entities.findOrCreate(0, u"PERSON"_s, u"Lt. Brekke"_s);
    QVERIFY(marrow.ok() && brekke.ok());
    QVERIFY(marrow.value() != brekke.value());
    AnnotationStore annotations(project);
    const auto store = [&](const QString &exact, qsizetype at, AnnotationKind kind,
                           const QString &label, qint64 entity, qint64 tagRow) {
        Annotation a;
        a.articleId = article->id;
        a.kind = kind;
        a.label = label;
        a.entityId = entity;
        a.tagId = tagRow;
        a.analyst = u"Mara"_s;
        a.span.start = at; // ASCII text: code points are UTF-16 indexes
        a.span.end = at + exact.size();
        a.span.exact = exact;
        QVERIFY(annotations.insert(a).ok());
    };
    for (const QString &p : said) {
        const qsizetype at = draft.body.indexOf(p);
        store(p, at, AnnotationKind::Tag, tag.name, 0, tagId.value());
        store(u"Marrow"_s, at, AnnotationKind::Entity, u"PERSON"_s, marrow.value(), 0);
    }
    for (const QString &p : others)
        store(u"Brekke"_s, draft.body.indexOf(p), AnnotationKind::Entity, u"PERSON"_s,
            brekke.value(), 0);

    auto trained = trainTagSuggester(project);
    QVERIFY2(trained.ok(), qPrintable(trained.ok() ? QString() : trained.error()));
    const QString fresh = u"The speaker said the plan was ready."_s;
    const auto fromMarrow
        = trained->suggest(fresh, TagSuggester::entityFeatures(u"PERSON"_s, marrow.value()));
    QVERIFY(fromMarrow);
    QCOMPARE(fromMarrow->tagId, tagId.value());
    QVERIFY(!trained->suggest(fresh, TagSuggester::entityFeatures(u"PERSON"_s, brekke.value())));
    // Words alone cannot tell: the same words were left untagged as often as tagged.
    QVERIFY(!trained->suggest(fresh));
}

QTEST_GUILESS_MAIN(TestTagSuggester)
#include "tst_tagsuggester.moc"
