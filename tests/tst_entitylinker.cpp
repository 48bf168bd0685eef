// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/linking/entitylinker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Mentions for the given surfaces, all of one type unless given.
QList<EntityMention> mentions(const QList<EntityType> &types)
{
    QList<EntityMention> out;
    for (EntityType t : types) {
        EntityMention m;
        m.type = t;
        out.append(m);
    }
    return out;
}

} // namespace

class TestEntityLinker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void surnameAndTitlesLinkToFullName();
    void acronymLinksBothWays();
    void spellingVariants();
    void differentPlacesStayApart();
    void aPlaceIsNotThePlaceItNames();
    void sharedSurnameIsNotGuessed();
    void acrossDocumentsOfAStory();
    void typeByMajority();
};

void TestEntityLinker::normalise_data()
{
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("expected");
    QTest::newRow("title") << u"Ms Kallas"_s << u"Kallas"_s;
    QTest::newRow("title with period") << u"Dr. Dana Okoro"_s << u"Dana Okoro"_s;
    QTest::newRow("possessive") << u"Osmark's"_s << u"Osmark"_s;
    QTest::newRow("curly possessive") << u"Marrow’s"_s << u"Marrow"_s;
    QTest::newRow("the") << u"the Northern Basin Commission"_s << u"Northern Basin Commission"_s;
    QTest::newRow("title alone stays") << u"President"_s << u"President"_s;
}

void TestEntityLinker::normalise()
{
    QFETCH(QString, surface);
    QFETCH(QString, expected);
    QCOMPARE(EntityLinker::normalise(surface), expected);
}

void TestEntityLinker::surnameAndTitlesLinkToFullName()
{
    EntityLinker linker;
    auto m = mentions(
        {EntityType::Person, EntityType::Person, EntityType::Person, EntityType::Person});
    linker.link(&m, {u"Kaja Kallas"_s, u"Kallas"_s, u"Ms Kallas"_s, u"Tomas Ardelan"_s});
    QCOMPARE(m[0].entity, m[1].entity);
    QCOMPARE(m[0].entity, m[2].entity);
    QVERIFY(m[3].entity != m[0].entity);
    QCOMPARE(linker.entities().at(m[0].entity).name, u"Kaja Kallas"_s);
    QVERIFY(linker.entities().at(m[0].entity).aliases.contains(u"Kallas"_s));

    // The short form first, the full name later: the record takes the full name.
    EntityLinker later;
    auto n = mentions({EntityType::Person, EntityType::Person});
    later.link(&n, {u"Marrow"_s, u"Ilse Marrow"_s});
    QCOMPARE(n[0].entity, n[1].entity);
    QCOMPARE(later.entities().at(n[0].entity).name, u"Ilse Marrow"_s);
}

void TestEntityLinker::acronymLinksBothWays()
{
    EntityLinker linker;
    auto m
        = mentions({EntityType::Organisation, EntityType::Organisation, EntityType::Organisation});
    linker.link(&m, {u"European Union"_s, u"EU"_s, u"NBC"_s});
    QCOMPARE(m[0].entity, m[1].entity);
    QVERIFY(m[2].entity != m[0].entity);
    QCOMPARE(linker.entities().at(m[0].entity).name, u"European Union"_s);

    EntityLinker reversed;
    auto n = mentions({EntityType::Organisation, EntityType::Organisation});
    reversed.link(&n, {u"NBC"_s, u"Northern Basin Commission"_s});
    QCOMPARE(n[0].entity, n[1].entity);
    QCOMPARE(reversed.entities().at(n[0].entity).name, u"Northern Basin Commission"_s);
}

void TestEntityLinker::spellingVariants()
{
    EntityLinker linker;
    auto m = mentions({EntityType::Location, EntityType::Location, EntityType::Location});
    linker.link(&m, {u"Kiev"_s, u"Kyiv"_s, u"KESSLING"_s});
    QCOMPARE(m[0].entity, m[1].entity);
    auto n = mentions({EntityType::Location});
    linker.link(&n, {u"Kessling"_s});
    QCOMPARE(n[0].entity, m[2].entity);
    QCOMPARE(linker.entities().at(m[2].entity).name, u"Kessling"_s); // not the dateline's capitals
}

void TestEntityLinker::differentPlacesStayApart()
{
    EntityLinker linker;
    auto m = mentions(
        {EntityType::Location, EntityType::Location, EntityType::Location, EntityType::Location});
    linker.link(&m, {u"Iran"_s, u"Iraq"_s, u"Austria"_s, u"Australia"_s});
    QCOMPARE(linker.entities().size(), 4);
}

void TestEntityLinker::aPlaceIsNotThePlaceItNames()
{
    // A country and its capital, a valley and its growers' union: first words, other entities.
    EntityLinker linker;
    auto m = mentions({EntityType::Location, EntityType::Location, EntityType::Location,
        EntityType::Organisation});
    linker.link(&m, {u"Osmark"_s, u"Osmark City"_s, u"Sarrel"_s, u"Sarrel Growers' Union"_s});
    QCOMPARE(linker.entities().size(), 4);
}

void TestEntityLinker::sharedSurnameIsNotGuessed()
{
    EntityLinker linker;
    auto m = mentions({EntityType::Person, EntityType::Person, EntityType::Person});
    linker.link(&m, {u"Tomas Ardelan"_s, u"Mira Ardelan"_s, u"Ardelan"_s});
    QVERIFY(m[0].entity != m[1].entity);
    QVERIFY(m[2].entity != m[0].entity && m[2].entity != m[1].entity);
}

void TestEntityLinker::acrossDocumentsOfAStory()
{
    EntityLinker linker;
    auto first = mentions({EntityType::Person, EntityType::Location});
    linker.link(&first, {u"Ilse Marrow"_s, u"Kessling"_s});
    auto second = mentions({EntityType::Person, EntityType::Location});
    linker.link(&second, {u"Marrow"_s, u"Kessling"_s});
    QCOMPARE(second[0].entity, first[0].entity);
    QCOMPARE(second[1].entity, first[1].entity);
    QCOMPARE(linker.entities().size(), 2);
}

void TestEntityLinker::typeByMajority()
{
    EntityLinker linker;
    auto m = mentions({EntityType::Person, EntityType::Location, EntityType::Location});
    linker.link(&m, {u"Osmark"_s, u"Osmark"_s, u"Osmark"_s});
    QCOMPARE(m[0].entity, m[2].entity);
    QCOMPARE(linker.entities().at(m[0].entity).type, EntityType::Location);
}

QTEST_APPLESS_MAIN(TestEntityLinker)
#include "tst_entitylinker.moc"
