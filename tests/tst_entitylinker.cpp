// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/linking/entitylinker.h"

#include <QRandomGenerator>
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
    void companiesKeepTheirNames();
    void surnameAndTitlesLinkToFullName();
    void acronymLinksBothWays();
    void spellingVariants();
    void differentPlacesStayApart();
    void aPlaceIsNotThePlaceItNames();
    void sharedSurnameIsNotGuessed();
    void acrossDocumentsOfAStory();
    void typeByMajority();
    void indexesFindWhatAScanFinds();
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

// A company's name keeps its first word even when it is also a title ("General Electric" was
// stored as "Electric Co"), and its legal form and ticker make no initials ("EC" took in every
// "E... Co" of a wire archive).
void TestEntityLinker::companiesKeepTheirNames()
{
    QCOMPARE(EntityLinker::normalise(u"General Electric Co"_s, EntityType::Organisation),
        u"General Electric Co"_s);
    QCOMPARE(EntityLinker::normalise(u"General Tomas Ardelan"_s, EntityType::Person),
        u"Tomas Ardelan"_s);
    QCOMPARE(EntityLinker::acronym(u"General Electric Co <GE>"_s), u"GE"_s);
    QCOMPARE(EntityLinker::acronym(u"Veltria Holdings Ltd."_s), u"VH"_s);
    EntityLinker linker;
    auto m = mentions({EntityType::Organisation, EntityType::Organisation, EntityType::Organisation,
        EntityType::Organisation});
    linker.link(&m, {u"Exxon Corp"_s, u"EC"_s, u"General Electric Co"_s, u"GE"_s});
    QVERIFY(m[1].entity != m[0].entity);
    QCOMPARE(m[3].entity, m[2].entity);
    QCOMPARE(linker.entities().at(m[2].entity).name, u"General Electric Co"_s);
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

// find() looks only at the entities its indexes name (a scan of every entity for every new name
// made a story's annotation quadratic). Over thousands of random names built to hit every rule
// (surnames, initials, spelling variants, shouted forms), it must answer what a scan of all
// entities with the same rules answers.
void TestEntityLinker::indexesFindWhatAScanFinds()
{
    const QStringList first {u"Kaja"_s, u"Ilse"_s, u"Tomas"_s, u"Mira"_s, u"Dana"_s};
    const QStringList last {
        u"Kallas"_s, u"Marrow"_s, u"Ardelan"_s, u"Okoro"_s, u"Marow"_s, u"Ardellan"_s};
    const QStringList bodies {u"Northern"_s, u"Basin"_s, u"Commission"_s, u"European"_s, u"Union"_s,
        u"Osmark"_s, u"City"_s, u"Kyiv"_s, u"Kiev"_s, u"Sarrel"_s, u"Growers"_s};
    const EntityType types[]
        = {EntityType::Person, EntityType::Organisation, EntityType::Location, EntityType::Misc};
    QRandomGenerator random(7);
    const auto pick = [&](const QStringList &from) {
        return from.at(random.bounded(int(from.size())));
    };
    int linked = 0;
    for (int round = 0; round < 20; ++round) {
        EntityLinker linker;
        for (int n = 0; n < 150; ++n) {
            const EntityType type = types[random.bounded(4)];
            QString name;
            switch (random.bounded(5)) {
            case 0:
                name = pick(first) + u' ' + pick(last);
                break;
            case 1:
                name = pick(last);
                break;
            case 2: {
                QStringList words;
                for (int w = 1 + random.bounded(3); w > 0; --w)
                    words << pick(bodies);
                name = words.join(u' ');
                break;
            }
            case 3: {
                QStringList words;
                for (int w = 2 + random.bounded(2); w > 0; --w)
                    words << pick(bodies);
                name = EntityLinker::acronym(words.join(u' '));
                break;
            }
            default:
                name = pick(bodies).toUpper();
            }
            // The scan: the entity that has the name already; else newest first, the first
            // entity whose rules decide; else the one entity matched by part of a person's name.
            int expected = -1;
            int partial = -1;
            int partials = 0;
            const QList<Entity> &entities = linker.entities();
            for (qsizetype i = entities.size() - 1; i >= 0 && expected < 0; --i) {
                if (entities[i].aliases.contains(name))
                    expected = int(i);
            }
            for (qsizetype i = entities.size() - 1; i >= 0 && expected < 0; --i) {
                const auto m = EntityLinker::match(entities[i], type, name);
                if (m == EntityLinker::Decides) {
                    expected = int(i);
                } else if (m == EntityLinker::Partial) {
                    ++partials;
                    partial = int(i);
                }
            }
            if (expected < 0 && partials == 1)
                expected = partial;
            QCOMPARE(linker.find(type, name), expected);
            linked += expected >= 0 ? 1 : 0;
            QList<EntityMention> one = mentions({type});
            linker.link(&one, {name});
        }
    }
    QVERIFY2(linked > 1000, qPrintable(QString::number(linked))); // most names link
}

QTEST_APPLESS_MAIN(TestEntityLinker)
#include "tst_entitylinker.moc"
