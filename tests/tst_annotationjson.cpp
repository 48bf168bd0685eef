// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/annotationjson.h"
#include "annotate/annotationstream.h"
#include "annotate/annotator.h"
#include "model/article.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
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
    void streamedDocumentsTakeTheStorysFinalNames_data();
    void streamedDocumentsTakeTheStorysFinalNames();
    void withoutATemporaryFileTheDocumentsWaitInMemory();
    void temporaryFileLeavesNoTrace();
    void placeholdersAreResolvedAcrossChunks();
    void placeholderOfNoEntityIsAnError();

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

namespace {

// Three reports of one story: the first two name the minister by her surname only, the third in
// full, so the entity's name changes after the first report was written out.
const QStringList kStory = {
    u"\U0001F30A Talks in Kessling\n\nOn Monday, the minister, Marrow, said the talks were "
    "\"difficult but productive\", Marrow told reporters. The fund is worth $5 million.\n"_s,
    u"Osmark answers\n\nOsmark's envoy said Marrow had asked for more time. Officials in "
    "Kessling said the fund would grow by 40%.\n"_s,
    u"Zoë Marrow at the table\n\nForeign Minister Zoë Marrow said the talks with Osmark had "
    "been tough. \"We will return,\" Marrow said. The fund is worth $5 million.\n"_s,
};

// Adds the story's reports to stream; the error of the first it refused.
QString addStory(AnnotationStream *stream)
{
    for (qsizetype i = 0; i < kStory.size(); ++i) {
        ArticleDraft draft;
        draft.title = kStory[i].section(u'\n', 0, 0);
        draft.outlet = u"Lakeside Ledger"_s;
        draft.published = u"2026-03-0%1"_s.arg(i + 1);
        draft.body = kStory[i];
        QString error;
        if (!stream->add(u"report-%1.txt"_s.arg(i + 1), draft, &error))
            return error;
    }
    return {};
}

// TMPDIR set for as long as it lives, then as it was (also when a check fails in between).
class ScopedTmpdir
{
public:
    explicit ScopedTmpdir(const QByteArray &path)
        : m_was(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", path);
    }
    ~ScopedTmpdir()
    {
        if (m_was.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_was);
    }
    Q_DISABLE_COPY_MOVE(ScopedTmpdir)

private:
    QByteArray m_was;
};

// What finish() writes, or the error it gives.
QByteArray finished(AnnotationStream *stream)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!stream->finish(&buffer, &error))
        return "finish: " + error.toUtf8();
    return buffer.data();
}

// The story streamed; *written: the documents written to the temporary file once all are added.
QByteArray streamed(const std::shared_ptr<const NerModel> &model, AnnotationStream::Format format,
    qint64 heldLimit, qsizetype *written, qsizetype batchChars = AnnotationStream::kBatchChars)
{
    Annotator annotator(model);
    AnnotationStream stream(&annotator, format, heldLimit, batchChars);
    if (const QString error = addStory(&stream); !error.isEmpty())
        return "add: " + error.toUtf8();
    *written = stream.documentsWritten();
    return finished(&stream);
}

} // namespace

void TestAnnotationJson::streamedDocumentsTakeTheStorysFinalNames_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("json") << true;
    QTest::newRow("text") << false;
}

// Written to the temporary file before the story's last report is read, the first report still
// names the minister as the whole story does: the output is the same whether the documents
// waited in memory or not.
void TestAnnotationJson::streamedDocumentsTakeTheStorysFinalNames()
{
    QFETCH(bool, json);
    const auto format = json ? AnnotationStream::Format::Json : AnnotationStream::Format::Text;
    qsizetype heldWritten = -1;
    const QByteArray held = streamed(m_model, format, AnnotationStream::kHeldLimit, &heldWritten);
    qsizetype spilledWritten = -1;
    const QByteArray spilled = streamed(m_model, format, 0, &spilledWritten, 0);
    // Analysed two at a time: the second add() analyses the first two, finish() the third.
    qsizetype pairsWritten = -1;
    const QByteArray pairs
        = streamed(m_model, format, 0, &pairsWritten, kStory[0].size() + kStory[1].size());
    QCOMPARE(heldWritten, 0);
    QCOMPARE(spilledWritten, kStory.size() - 1); // all but the last, which may still change
    QCOMPARE(pairsWritten, 1);
    QCOMPARE(spilled, held);
    QCOMPARE(pairs, held);
    QVERIFY(!spilled.contains(char(0xFF)));

    if (format == AnnotationStream::Format::Text) {
        // The first report's listing, before the second's.
        const QByteArray first = spilled.left(spilled.indexOf("report-2.txt"));
        QVERIFY2(first.contains("PERSON\tZoë Marrow (2)\n"), first.constData());
        QVERIFY2(first.contains("QUOTE\tMarrow = Zoë Marrow: "), first.constData());
        QVERIFY(!spilled.contains("\tMarrow ("));
        return;
    }
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(spilled, &error);
    QVERIFY2(!parsed.isNull(), qPrintable(error.errorString()));
    const QJsonArray documents = parsed.object().value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), kStory.size());
    // The first report's Marrow is the entity the third names in full.
    const auto marrow = [&](int document) {
        for (const QJsonValue &e : documents.at(document)[u"entities"_s].toArray()) {
            if (e[u"mentions"_s][0][u"text"_s].toString().endsWith(u"Marrow"_s))
                return e.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(marrow(0).value(u"name"_s).toString(), u"Zoë Marrow"_s);
    QCOMPARE(marrow(0).value(u"id"_s), marrow(2).value(u"id"_s));
    QCOMPARE(marrow(0).value(u"type"_s).toString(), u"PERSON"_s);
    const QJsonObject speaker = documents.at(0)[u"quotes"_s][0][u"speaker"_s].toObject();
    QCOMPARE(speaker.value(u"name"_s).toString(), u"Zoë Marrow"_s);
    // The emoji before it: offsets are code points in a spilled document too.
    QCOMPARE(marrow(0).value(u"mentions"_s)[0][u"start"_s].toInt(),
        QStringView(kStory[0]).indexOf(u"Marrow") - 1);
}

// A temporary folder that cannot be written to costs memory, not the output.
void TestAnnotationJson::withoutATemporaryFileTheDocumentsWaitInMemory()
{
    qsizetype heldWritten = -1;
    const QByteArray held = streamed(
        m_model, AnnotationStream::Format::Json, AnnotationStream::kHeldLimit, &heldWritten);
    Annotator annotator(m_model);
    AnnotationStream stream(&annotator, AnnotationStream::Format::Json, 0, 0);
    {
        const ScopedTmpdir tmpdir("/nonexistent/parallax-tests");
        const QString refused = addStory(&stream);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }
    QCOMPARE(stream.documentsWritten(), 0);
    QVERIFY2(
        stream.warning().contains(u"/nonexistent/parallax-tests"_s), qPrintable(stream.warning()));
    QCOMPARE(finished(&stream), held);
}

// The temporary file is gone from its folder while it is written: a run stopped by Ctrl+C leaves
// nothing behind.
void TestAnnotationJson::temporaryFileLeavesNoTrace()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    Annotator annotator(m_model);
    AnnotationStream stream(&annotator, AnnotationStream::Format::Json, 0, 0);
    {
        const ScopedTmpdir tmpdir(QFile::encodeName(folder.path()));
        const QString refused = addStory(&stream);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }
    QCOMPARE(stream.documentsWritten(), kStory.size() - 1);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    qsizetype heldWritten = -1;
    QCOMPARE(finished(&stream),
        streamed(
            m_model, AnnotationStream::Format::Json, AnnotationStream::kHeldLimit, &heldWritten));
}

void TestAnnotationJson::placeholdersAreResolvedAcrossChunks()
{
    QList<Entity> entities(2);
    entities[0].name = u"Ilse \"Mara\" Marrow"_s;
    entities[0].type = EntityType::Person;
    entities[1].name = u"Kessling \U0001F30A"_s;
    entities[1].type = EntityType::Location;
    using AnnotationJson::Placeholder;
    // resolve() reads a megabyte at a time: the first placeholder is cut by the end of the first.
    QByteArray spill(1024 * 1024 - 3, 'a');
    spill += AnnotationJson::placeholder(Placeholder::JsonName, 0) + ","
        + AnnotationJson::placeholder(Placeholder::JsonType, 1) + ","
        + AnnotationJson::placeholder(Placeholder::TextName, 1) + ","
        + AnnotationJson::placeholder(Placeholder::TextType, 0) + "\n";
    QBuffer from(&spill);
    from.open(QIODevice::ReadOnly);
    QBuffer to;
    to.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(AnnotationJson::resolve(&from, &to, entities, &error), qPrintable(error));
    const QByteArray resolved
        = u"\"Ilse \\\"Mara\\\" Marrow\",\"LOC\",Kessling \U0001F30A,PERSON\n"_s.toUtf8();
    QCOMPARE(to.data().size(), 1024 * 1024 - 3 + resolved.size());
    QCOMPARE(to.data().mid(1024 * 1024 - 3), resolved);
    QVERIFY(to.data().startsWith(QByteArray(1024 * 1024 - 3, 'a')));
}

void TestAnnotationJson::placeholderOfNoEntityIsAnError()
{
    QByteArray spill = "{\"name\": "
        + AnnotationJson::placeholder(AnnotationJson::Placeholder::JsonName, 7) + "}";
    QBuffer from(&spill);
    from.open(QIODevice::ReadOnly);
    QBuffer to;
    to.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!AnnotationJson::resolve(&from, &to, QList<Entity>(2), &error));
    QVERIFY2(error.contains(u"entity 7"_s), qPrintable(error));
    // A placeholder cut short at the end.
    QByteArray cut = "{\"name\": "
        + AnnotationJson::placeholder(AnnotationJson::Placeholder::JsonName, 0).left(4);
    QBuffer cutFrom(&cut);
    cutFrom.open(QIODevice::ReadOnly);
    error.clear();
    QVERIFY(!AnnotationJson::resolve(&cutFrom, &to, QList<Entity>(2), &error));
    QVERIFY2(error.contains(u"inside a placeholder"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAnnotationJson)
#include "tst_annotationjson.moc"
