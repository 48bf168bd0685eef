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

QTEST_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
