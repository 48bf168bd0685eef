// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitymodel.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestEntityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEntities();
    void readableTypesAndNoneWithoutMentions();
};

void TestEntityModel::showsEntities()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EntityRecord eu {7, 1, u"European Union"_s, u"ORG"_s, {u"EU"_s, u"European Union"_s}, 4,
        {u"Harbour Ledger"_s}};
    EntityRecord marrow {
        9, 1, u"Ilse Marrow"_s, u"PERSON"_s, {u"Ilse Marrow"_s, u"Marrow"_s}, 3, {}};
    model.setEntities({eu, marrow});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, EntityModel::AliasesColumn).data().toString(), u"EU"_s);
    QCOMPARE(model.index(1, EntityModel::MentionsColumn).data().toInt(), 3);
    QCOMPARE(model.index(1, 0).data(Roles::EntityId).toLongLong(), 9);
    QCOMPARE(model.rowOf(9), 1);
    QCOMPARE(model.rowOf(10), -1);
    model.setEntities({});
    QCOMPARE(model.rowCount(), 0);
}

void TestEntityModel::readableTypesAndNoneWithoutMentions()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EntityRecord eu {7, 1, u"European Union"_s, u"ORG"_s, {}, 4, {}};
    EntityRecord gone {8, 1, u"Dana Okoro"_s, u"PERSON"_s, {}, 0, {}}; // every mention rejected
    EntityRecord varn {9, 1, u"Lake Varn"_s, u"LOC"_s, {}, 2, {}};
    model.setEntities({eu, gone, varn});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(8), -1);
    QCOMPARE(model.index(0, EntityModel::TypeColumn).data().toString(), u"Organisation"_s);
    QCOMPARE(model.index(1, EntityModel::TypeColumn).data().toString(), u"Place"_s);
    // The code is kept for what reads it back.
    QCOMPARE(model.index(1, 0).data(Roles::Label).toString(), u"LOC"_s);
    QCOMPARE(EntityModel::typeName(u"PERSON"_s), u"Person"_s);
}

QTEST_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
