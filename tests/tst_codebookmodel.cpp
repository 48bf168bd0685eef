// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebook/codebookmodel.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestCodeBookModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestedTags();
    void renameKeepsCurrentTag();
};

void TestCodeBookModel::nestedTags()
{
    CodeBookModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTags(
        {Tag {1, 0, u"Framing"_s, QColor(u"#c0392b"_s), u"How the story is framed"_s, u"1"_s, 0},
            Tag {2, 1, u"Blame"_s, QColor(u"#8e44ad"_s), {}, u"2"_s, 0},
            Tag {3, 0, u"Sources"_s, QColor(u"#27ae60"_s), {}, {}, 1},
            Tag {4, 99, u"Orphan"_s, QColor(u"#7f8c8d"_s), {}, {}, 2}});
    QCOMPARE(model.rowCount(), 3); // a tag with a missing parent shows at the top
    const QModelIndex framing = model.index(0, 0);
    QCOMPARE(framing.data().toString(), u"Framing"_s);
    QCOMPARE(framing.data(Qt::DecorationRole).value<QColor>(), QColor(u"#c0392b"_s));
    QCOMPARE(framing.data(Qt::ToolTipRole).toString(), u"How the story is framed"_s);
    QCOMPARE(model.rowCount(framing), 1);
    const QModelIndex blame = model.index(0, 0, framing);
    QCOMPARE(blame.data().toString(), u"Blame"_s);
    QCOMPARE(model.index(0, CodeBookModel::ShortcutColumn, framing).data().toString(), u"2"_s);
    QCOMPARE(model.parent(blame), framing);
    QCOMPARE(model.indexOf(2), blame);
    QCOMPARE(model.tag(blame)->id, 2);
    QCOMPARE(blame.data(Roles::TagId).toLongLong(), 2);
}

// Renaming or recolouring a tag reads the code book again; the tag the analyst is on stays
// current. Adding one changes the tree and resets it.
void TestCodeBookModel::renameKeepsCurrentTag()
{
    CodeBookModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Tag> tags {Tag {1, 0, u"Framing"_s, QColor(u"#c0392b"_s), {}, u"1"_s, 0},
        Tag {2, 1, u"Blame"_s, QColor(u"#8e44ad"_s), {}, u"2"_s, 0},
        Tag {3, 0, u"Sources"_s, QColor(u"#27ae60"_s), {}, {}, 1}};
    model.setTags(tags);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.indexOf(2), QItemSelectionModel::ClearAndSelect);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    tags[1].name = u"Blame game"_s;
    model.setTags(tags);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(selection.currentIndex(), model.indexOf(2));
    QCOMPARE(selection.currentIndex().data().toString(), u"Blame game"_s);
    QVERIFY(selection.isSelected(model.indexOf(2)));

    tags.append(Tag {4, 3, u"Anonymous"_s, QColor(u"#7f8c8d"_s), {}, {}, 0});
    model.setTags(tags);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(model.indexOf(3)), 1);
}

QTEST_MAIN(TestCodeBookModel)
#include "tst_codebookmodel.moc"
