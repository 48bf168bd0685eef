// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstream.h"

#include "annotate/annotationjson.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// About what a document's analysis holds while it waits to be written.
qint64 heldBytes(const QString &file, const ArticleDraft &draft, const AnalyzedDocument &doc)
{
    return 2 * (doc.text.size() + draft.title.size() + draft.outlet.size() + file.size()) + 512
        + doc.mentions.size() * qint64(sizeof(EntityMention))
        + doc.temporals.size() * qint64(sizeof(TemporalExpression) + 32)
        + doc.quotes.size() * qint64(sizeof(Quote));
}

// A linked entity's index from its id in the JSON ("e12" is entity 11); -1 for an amount, whose
// name is its value and never changes.
int linkedEntity(const QJsonValue &id)
{
    const int number = QStringView(id.toString()).mid(1).toInt();
    return number >= 1 && number <= 100000 ? number - 1 : -1;
}

// The plain listing of one document: its entities, dates and quotes.
QByteArray textListing(const QString &file, const ArticleDraft &draft, const AnalyzedDocument &doc,
    const QList<Entity> &entities, QHash<QString, int> *amountIds, bool deferred)
{
    using AnnotationJson::Placeholder;
    QByteArray text;
    const auto add = [&](const QString &s) {
        text += s.toUtf8();
    };
    const auto entityText = [&](int entity, Placeholder kind, const QString &value) {
        if (deferred && entity >= 0)
            text += AnnotationJson::placeholder(kind, entity);
        else
            add(value);
    };
    const QJsonObject object = AnnotationJson::document(doc, entities, draft, file, amountIds);
    add(QDir::toNativeSeparators(file) + u": "_s + draft.title + u'\n');
    for (const QJsonValue &e : object.value(u"entities"_s).toArray()) {
        const QJsonObject entity = e.toObject();
        const int linked = linkedEntity(entity.value(u"id"_s));
        text += "  ";
        entityText(linked, Placeholder::TextType, entity.value(u"type"_s).toString());
        text += '\t';
        entityText(linked, Placeholder::TextName, entity.value(u"name"_s).toString());
        add(u" (%1)\n"_s.arg(entity.value(u"mentions"_s).toArray().size()));
    }
    for (const QJsonValue &d : object.value(u"dates"_s).toArray()) {
        const QJsonObject date = d.toObject();
        const QJsonValue value = date.value(u"value"_s);
        add(u"  "_s + date.value(u"type"_s).toString() + u'\t' + date.value(u"text"_s).toString()
            + u" = "_s + (value.isNull() ? u"?"_s : value.toString()) + u'\n');
    }
    for (const QJsonValue &q : object.value(u"quotes"_s).toArray()) {
        const QJsonObject quote = q.toObject();
        const QJsonObject speaker = quote.value(u"speaker"_s).toObject();
        text += "  QUOTE\t";
        add(speaker.isEmpty() ? u"(speaker unknown)"_s : speaker.value(u"text"_s).toString());
        if (!speaker.isEmpty() && !speaker.value(u"name"_s).isNull()) {
            text += " = ";
            entityText(linkedEntity(speaker.value(u"entity"_s)), Placeholder::TextName,
                speaker.value(u"name"_s).toString());
        }
        add(u": "_s + quote.value(u"text"_s).toString() + u'\n');
    }
    return text;
}

} // namespace

AnnotationStream::AnnotationStream(
    Annotator *annotator, Format format, qint64 heldLimit, qsizetype batchChars)
    : m_annotator(annotator)
    , m_format(format)
    , m_heldLimit(heldLimit)
    , m_batchChars(batchChars)
{ }

AnnotationStream::~AnnotationStream() = default;

bool AnnotationStream::add(const QString &file, const ArticleDraft &draft, QString *error)
{
    m_pendingChars += draft.body.size();
    m_pending.append({file, draft});
    return m_pendingChars < m_batchChars || analyzePending(error);
}

bool AnnotationStream::analyzePending(QString *error)
{
    QList<Annotator::Text> texts;
    texts.reserve(m_pending.size());
    for (const Pending &p : std::as_const(m_pending))
        texts.append({p.draft.body, QDate::fromString(p.draft.published.left(10), Qt::ISODate)});
    QList<AnalyzedDocument> docs = m_annotator->prepare(texts);
    for (qsizetype i = 0; i < docs.size(); ++i) {
        Held held {m_pending[i].file, m_pending[i].draft, std::move(docs[i])};
        m_annotator->link(&held.doc);
        // Neither is written, and a long text's tokens are its largest part after the text.
        held.doc.tokens = {};
        held.doc.sentences = {};
        held.bytes = heldBytes(held.file, held.draft, held.doc);
        m_heldBytes += held.bytes;
        m_held.push_back(std::move(held));
        // The newest document stays: it may be the last, which is written with the names as
        // they are by then.
        while (m_held.size() > 1 && m_heldBytes > m_heldLimit && !m_spillFailed) {
            if (!writeOldest())
                break;
        }
    }
    m_pending.clear();
    m_pendingChars = 0;
    if (m_spill.isOpen() && m_spill.error() != QFileDevice::NoError) {
        *error
            = u"%1: %2"_s.arg(QDir::toNativeSeparators(m_spill.fileName()), m_spill.errorString());
        return false;
    }
    return true;
}

bool AnnotationStream::writeOldest()
{
    if (!m_spill.isOpen()) {
        // Empty when TMPDIR names no folder: the file would go to the working folder.
        const QString folder = QDir::tempPath();
        if (!folder.isEmpty())
            m_spill.setFileTemplate(QDir(folder).filePath(u"parallax-annotate-XXXXXX"_s));
        if (folder.isEmpty() || !m_spill.open()) {
            m_spillFailed = true;
            m_warning = u"cannot write a temporary file in %1 (%2); the annotations are held "
                        "in memory until every file is read"_s.arg(folder.isEmpty()
                                ? QDir::toNativeSeparators(qEnvironmentVariable("TMPDIR"))
                                : QDir::toNativeSeparators(folder),
                            folder.isEmpty() ? u"no such folder"_s : m_spill.errorString());
            return false;
        }
#ifdef Q_OS_UNIX
        // Unlinked at once, read and written through the open descriptor: an interrupted run
        // leaves no file behind.
        QFile::remove(m_spill.fileName());
#endif
    }
    const Held held = std::move(m_held.front());
    m_held.pop_front();
    m_heldBytes -= held.bytes;
    // Another document follows in any case: the one that made this one go.
    write(&m_spill, held, true, false);
    ++m_written;
    return true;
}

void AnnotationStream::write(QIODevice *device, const Held &held, bool deferred, bool last)
{
    if (m_format == Format::Text) {
        device->write(textListing(
            held.file, held.draft, held.doc, m_annotator->entities(), &m_amountIds, deferred));
        return;
    }
    AnnotationJson::write(device, 2, held.doc, m_annotator->entities(), held.draft, held.file,
        &m_amountIds,
        deferred ? AnnotationJson::EntityNames::Deferred : AnnotationJson::EntityNames::Final);
    device->write(last ? "\n" : ",\n");
}

bool AnnotationStream::finish(QIODevice *device, QString *error)
{
    if (!m_pending.isEmpty() && !analyzePending(error))
        return false;
    if (m_format == Format::Json)
        device->write("{\n    \"documents\": [\n");
    if (m_spill.isOpen()) {
        QString reason;
        if (!m_spill.flush() || !m_spill.seek(0)
            || !AnnotationJson::resolve(&m_spill, device, m_annotator->entities(), &reason)) {
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(m_spill.fileName()),
                reason.isEmpty() ? m_spill.errorString() : reason);
            return false;
        }
        m_spill.close();
    }
    // The documents still held are written with the names as they are now.
    while (!m_held.empty()) {
        const Held held = std::move(m_held.front());
        m_held.pop_front();
        m_heldBytes -= held.bytes;
        write(device, held, false, m_held.empty());
    }
    if (m_format == Format::Json)
        device->write("    ]\n}\n");
    return true;
}

} // namespace Parallax
