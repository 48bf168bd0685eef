// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/annotationjson.h"
#include "annotate/annotator.h"
#include "model/article.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestAnnotationJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeIsDocumentPrinted_data();
    void writeIsDocumentPrinted();
    void writtenOffsetsAreCodePoints();

private:
    std::shared_ptr<const NerModel> m_model;
};

namespace {

// The emoji is two UTF-16 units and one code point: every offset after it differs by one.
const QString kReport = u"\U0001F30A Water talks end in Kessling\n\n"
                        "Foreign Minister Ilse Marrow said on Monday that the talks with Osmark "
                        "had been \"difficult but productive\", and that the $5 million fund "
                        "would grow by 40% in March. Marrow will return to Kessling, and "
                        "\"the $5 million will be paid,\" she said.\n"_s;

// document(), printed by Qt and indented two levels as the command's array has it.
QByteArray printed(const QJsonObject &object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1);
    QByteArray out;
    for (const QByteArray &line : text.split('\n'))
        out += (out.isEmpty() ? "" : "\n") + QByteArray(8, ' ') + line;
    return out;
}

QByteArray written(const AnalyzedDocument &doc, const QList<Entity> &entities,
    const ArticleDraft &meta, QHash<QString, int> *amountIds)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AnnotationJson::write(&buffer, 2, doc, entities, meta, u"report.txt"_s, amountIds);
    return buffer.data();
}

} // namespace

void TestAnnotationJson::initTestCase()
{
    auto model = Annotator::defaultModel();
    QVERIFY2(model, qPrintable(model.error()));
    m_model = model.value();
}

void TestAnnotationJson::writeIsDocumentPrinted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("published");
    QTest::newRow("entities, dates, amounts and quotes") << kReport << u"2026-03-02"_s;
    // Every list empty, no publication date: the empty arrays and null as Qt prints them.
    QTest::newRow("nothing found") << u"ok"_s << QString();
    QTest::newRow("quotes but no dates")
        << u"\"We will sign,\" Ilse Marrow said in Osmark.\n"_s << QString();
    // What the writer escapes itself (quotes, backslashes, tabs, line ends, non-ASCII) and what
    // it leaves to Qt (a form feed, DEL, a lone surrogate), in the text and in mentions.
    QTest::newRow("escapes")
        << u"Ilse Marrow of \"Osmark\\Kessling\" said\tin Veltria \u00e9t\u00e9 "
           "\u20ac5 million.\r\nKessling\f agreed on Monday.\n"_s
        << u"2026-03-02"_s;
    // The writer scans plain ASCII eight code units at a time: each escape at each place of a
    // block, and at a text's end.
    QString blocks = u"Ilse Marrow said in Osmark: "_s;
    for (const QString &special :
        {u"\""_s, u"\\"_s, u"\t"_s, u"\u00e9"_s, u"\x1f"_s, u"\x7f"_s, u"\U0001F30A"_s}) {
        for (int at = 0; at < 9; ++at)
            blocks += u"abcdefghijklmnop"_s.left(at) + special + u"qrstuvw "_s;
    }
    blocks += u"end\""_s;
    QTest::newRow("escapes at every place of a block") << blocks << QString();
    QTest::newRow("lone surrogate and DEL")
        << u"Ilse Marrow \xD800 met Osmark\x7f officials in Kessling.\n"_s << QString();
}

// The command streams each document rather than building it; the bytes must be the ones the
// object, printed, gives, amounts numbered the same across documents.
void TestAnnotationJson::writeIsDocumentPrinted()
{
    QFETCH(QString, text);
    QFETCH(QString, published);
    Annotator annotator(m_model);
    const AnalyzedDocument first = annotator.analyze(kReport, QDate(2026, 3, 2));
    const AnalyzedDocument doc = annotator.analyze(text, QDate::fromString(published, Qt::ISODate));
    ArticleDraft meta;
    meta.title = u"Talks \u201cend\u201d\tin Kessling \U0001F30A"_s;
    meta.outlet = u"Veltria Courier"_s;
    QHash<QString, int> objectIds;
    QHash<QString, int> writtenIds;
    AnnotationJson::document(first, annotator.entities(), meta, u"a.txt"_s, &objectIds);
    AnnotationJson::document(first, annotator.entities(), meta, u"a.txt"_s, &writtenIds);
    const QByteArray expected = printed(
        AnnotationJson::document(doc, annotator.entities(), meta, u"report.txt"_s, &objectIds));
    const QByteArray actual = written(doc, annotator.entities(), meta, &writtenIds);
    QCOMPARE(actual, expected);
    QCOMPARE(writtenIds, objectIds);
}

void TestAnnotationJson::writtenOffsetsAreCodePoints()
{
    Annotator annotator(m_model);
    const AnalyzedDocument doc = annotator.analyze(kReport, QDate(2026, 3, 2));
    QHash<QString, int> amountIds;
    QJsonParseError error;
    const QJsonObject object
        = QJsonDocument::fromJson(written(doc, annotator.entities(), {}, &amountIds), &error)
              .object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const std::u32string codePoints = kReport.toStdU32String();
    const auto slice = [&](const QJsonObject &span) {
        const int start = span.value(u"start"_s).toInt();
        const int end = span.value(u"end"_s).toInt();
        return QString::fromStdU32String(codePoints.substr(size_t(start), size_t(end - start)));
    };
    bool sawMarrow = false;
    bool sawAmount = false;
    for (const QJsonValue &e : object.value(u"entities"_s).toArray()) {
        const QJsonObject entity = e.toObject();
        for (const QJsonValue &m : entity.value(u"mentions"_s).toArray()) {
            QCOMPARE(slice(m.toObject()), m.toObject().value(u"text"_s).toString());
            sawMarrow |= m.toObject().value(u"text"_s).toString() == u"Ilse Marrow"_s
                && m.toObject().value(u"start"_s).toInt() == kReport.indexOf(u"Ilse Marrow"_s) - 1;
        }
        if (entity.value(u"type"_s).toString() == u"MONEY"_s)
            sawAmount = entity.value(u"mentions"_s).toArray().size() == 2;
    }
    QVERIFY(sawMarrow);
    QVERIFY(sawAmount);
    const QJsonArray quotes = object.value(u"quotes"_s).toArray();
    QVERIFY(!quotes.isEmpty());
    for (const QJsonValue &q : quotes)
        QCOMPARE(slice(q.toObject()), q.toObject().value(u"text"_s).toString());
    QCOMPARE(object.value(u"text"_s).toString(), kReport);
}

QTEST_GUILESS_MAIN(TestAnnotationJson)
#include "tst_annotationjson.moc"
