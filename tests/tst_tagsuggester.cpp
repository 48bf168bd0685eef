// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Code-book tags suggested from the analyst's own tagging in the project.
#include "annotate/tagsuggester.h"
#include "jobs/annotationjob.h"
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

QTEST_GUILESS_MAIN(TestTagSuggester)
#include "tst_tagsuggester.moc"
