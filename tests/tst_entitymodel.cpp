// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitymodel.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestEntityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEntities();
    void editKeepsSelection();
    void anotherStoryResets();
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

namespace {

EntityRecord entity(qint64 id, const QString &name, int mentions = 1)
{
    return EntityRecord {id, 1, name, u"ORG"_s, {name}, mentions, {}};
}

qint64 idAt(const QModelIndex &index)
{
    return index.siblingAtColumn(0).data(Roles::EntityId).toLongLong();
}

} // namespace

// An edit arrives as the whole list again; the analyst's selected and current row must survive
// it, with rows removed before it and added before it.
void TestEntityModel::editKeepsSelection()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntities({entity(3, u"Osmark"_s), entity(7, u"Veltria"_s), entity(9, u"Kessling"_s),
        entity(11, u"Marrow"_s)});
    QItemSelectionModel selection(&model);
    const QModelIndex kessling = model.index(2, 0);
    QCOMPARE(idAt(kessling), 9);
    selection.setCurrentIndex(
        kessling, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Osmark merged away, a new entity ahead of the selection, Kessling renamed, Marrow first.
    model.setEntities({entity(11, u"Marrow"_s), entity(5, u"Ardelan"_s), entity(7, u"Veltria"_s),
        entity(9, u"Kessling Port"_s, 2)});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(idAt(selection.currentIndex()), 9);
    QCOMPARE(selection.currentIndex().row(), 3);
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(idAt(selected.first()), 9);
    QCOMPARE(selected.first().data().toString(), u"Kessling Port"_s);
    // Only the row that changed is reported as changed.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(idAt(changed.first().at(0).value<QModelIndex>()), 9);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(idAt(model.index(row, 0))), row);
}

void TestEntityModel::anotherStoryResets()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntities({entity(3, u"Osmark"_s), entity(7, u"Veltria"_s)});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setEntities({entity(20, u"Zürich"_s)});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(idAt(model.index(0, 0)), 20);
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
