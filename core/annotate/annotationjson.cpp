// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationjson.h"

#include "model/article.h"
#include "util/textoffsets.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Parallax::AnnotationJson {
namespace {

QJsonObject span(const QString &text, const CodePointMap &map, const TextRange &range)
{
    return QJsonObject {{u"start"_s, map.toCodePoint(range.start)},
        {u"end"_s, map.toCodePoint(range.end)}, {u"text"_s, text.mid(range.start, range.length())}};
}

QString entityId(int index)
{
    return u"e%1"_s.arg(index + 1);
}

// The document's lists, one element at a time and in their order: dates, then entities (named
// ones by first mention, then amounts), then quotes.
struct Visitor
{
    std::function<void(const QJsonObject &)> date;
    std::function<void(const QJsonObject &)> entity;
    std::function<void(const QJsonObject &)> quote;
};

void visit(const AnalyzedDocument &doc, const QList<Entity> &entities,
    QHash<QString, int> *amountIds, const Visitor &visitor)
{
    const QString &text = doc.text;
    const CodePointMap map(text);

    // Amounts become entities grouped by value; the other temporal expressions are dates.
    struct Amount
    {
        QJsonObject head; // id, name, type
        QList<qsizetype> temporals;
    };
    QMap<QString, int> amountEntity;
    QList<Amount> amounts;
    for (qsizetype i = 0; i < doc.temporals.size(); ++i) {
        const TemporalExpression &t = doc.temporals[i];
        if (t.type == TemporalType::Money || t.type == TemporalType::Percent) {
            const QString name
                = t.value.isEmpty() ? text.mid(t.range.start, t.range.length()) : t.value;
            const QString key = enumName(t.type) + u'|' + name;
            auto it = amountEntity.find(key);
            if (it == amountEntity.end()) {
                it = amountEntity.insert(key, int(amounts.size()));
                // Numbered after the named entities; a large offset keeps them apart as more are
                // found.
                auto id = amountIds->find(key);
                if (id == amountIds->end())
                    id = amountIds->insert(key, int(amountIds->size()));
                amounts.append({QJsonObject {{u"id"_s, u"e%1"_s.arg(100000 + id.value() + 1)},
                                    {u"name"_s, name}, {u"type"_s, enumName(t.type)}},
                    {}});
            }
            amounts[it.value()].temporals.append(i);
            continue;
        }
        QJsonObject date = span(text, map, t.range);
        date.insert(u"type"_s, enumName(t.type));
        date.insert(u"value"_s, t.value.isEmpty() ? QJsonValue() : QJsonValue(t.value));
        visitor.date(date);
    }

    // Named entities, in order of first mention in this document; their mentions' objects are
    // made when the entity is written.
    QMap<int, QList<qsizetype>> mentionsByEntity;
    QList<int> order;
    for (qsizetype i = 0; i < doc.mentions.size(); ++i) {
        const EntityMention &m = doc.mentions[i];
        if (m.entity < 0)
            continue;
        auto it = mentionsByEntity.find(m.entity);
        if (it == mentionsByEntity.end()) {
            order.append(m.entity);
            it = mentionsByEntity.insert(m.entity, {});
        }
        it->append(i);
    }
    for (int index : std::as_const(order)) {
        const Entity &e = entities.at(index);
        QJsonArray mentions;
        for (qsizetype i : std::as_const(mentionsByEntity[index]))
            mentions.append(span(text, map, doc.mentions[i].range));
        visitor.entity(QJsonObject {{u"id"_s, entityId(index)}, {u"name"_s, e.name},
            {u"type"_s, enumName(e.type)}, {u"mentions"_s, mentions}});
    }
    for (const Amount &amount : std::as_const(amounts)) {
        QJsonArray mentions;
        for (qsizetype i : amount.temporals)
            mentions.append(span(text, map, doc.temporals[i].range));
        QJsonObject object = amount.head;
        object.insert(u"mentions"_s, mentions);
        visitor.entity(object);
    }

    for (const Quote &q : doc.quotes) {
        QJsonObject quote = span(text, map, q.content);
        quote.insert(u"kind"_s, enumName(q.kind));
        quote.insert(u"cue"_s, q.cue.isValid() ? QJsonValue(span(text, map, q.cue)) : QJsonValue());
        if (q.speaker.isValid()) {
            QJsonObject speaker = span(text, map, q.speaker);
            const int entity = q.speakerMention >= 0 && q.speakerMention < doc.mentions.size()
                ? doc.mentions.at(q.speakerMention).entity
                : -1;
            // An unresolved speaker says so rather than naming a guess.
            speaker.insert(u"entity"_s, entity >= 0 ? QJsonValue(entityId(entity)) : QJsonValue());
            speaker.insert(
                u"name"_s, entity >= 0 ? QJsonValue(entities.at(entity).name) : QJsonValue());
            quote.insert(u"speaker"_s, speaker);
        } else {
            quote.insert(u"speaker"_s, QJsonValue());
        }
        quote.insert(u"confidence"_s, double(q.confidence));
        visitor.quote(quote);
    }
}

QJsonValue publishedValue(const AnalyzedDocument &doc)
{
    const QString published
        = doc.published.isValid() ? doc.published.toString(Qt::ISODate) : QString();
    return published.isEmpty() ? QJsonValue() : QJsonValue(published);
}

// Writes the JSON of one value as QJsonDocument prints it; lines after the first are indented
// by depth levels (the first is where the caller left the line).
class Printer
{
public:
    explicit Printer(QIODevice *device)
        : m_device(device)
    { }

    void indent(int depth)
    {
        static const QByteArray spaces(64, ' ');
        for (int left = depth * 4; left > 0; left -= int(spaces.size()))
            m_device->write(spaces.constData(), std::min<qsizetype>(left, spaces.size()));
    }
    void raw(const char *text) { m_device->write(text); }

    // An object or array element, printed by Qt and indented line by line.
    void object(const QJsonObject &object, int depth)
    {
        const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
        const qsizetype size = text.endsWith('\n') ? text.size() - 1 : text.size();
        for (qsizetype from = 0; from < size;) {
            qsizetype to = text.indexOf('\n', from);
            if (to < 0 || to > size)
                to = size;
            if (from > 0) {
                raw("\n");
                indent(depth);
            }
            m_device->write(text.constData() + from, to - from);
            from = to + 1;
        }
    }
    // A string, number or null, escaped as Qt escapes it: printed as the one element of a
    // compact array, without the brackets.
    void scalar(const QJsonValue &value)
    {
        const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        m_device->write(text.constData() + 1, text.size() - 2);
    }
    // "key": value of the document object, at depth + 1.
    void member(const char *key, int depth, bool last, const QJsonValue &value)
    {
        indent(depth + 1);
        raw("\"");
        raw(key);
        raw("\": ");
        scalar(value);
        raw(last ? "\n" : ",\n");
    }

    // An array member whose elements come one at a time.
    class List
    {
    public:
        List(Printer *printer, const char *key, int depth)
            : m_printer(printer)
            , m_depth(depth)
        {
            m_printer->indent(depth);
            m_printer->raw("\"");
            m_printer->raw(key);
            m_printer->raw("\": [\n");
        }
        void add(const QJsonObject &element)
        {
            if (m_count++ > 0)
                m_printer->raw(",\n");
            m_printer->indent(m_depth + 1);
            m_printer->object(element, m_depth + 1);
        }
        void close()
        {
            if (m_count > 0)
                m_printer->raw("\n");
            m_printer->indent(m_depth);
            m_printer->raw("],\n");
        }

    private:
        Printer *m_printer;
        int m_depth;
        int m_count = 0;
    };

private:
    QIODevice *m_device;
};

} // namespace

QJsonObject document(const AnalyzedDocument &doc, const QList<Entity> &entities,
    const ArticleDraft &meta, const QString &source, QHash<QString, int> *amountIds)
{
    QJsonArray dates;
    QJsonArray entityArray;
    QJsonArray quotes;
    visit(doc, entities, amountIds,
        {[&](const QJsonObject &o) { dates.append(o); },
            [&](const QJsonObject &o) { entityArray.append(o); },
            [&](const QJsonObject &o) {
                quotes.append(o);
            }});
    return QJsonObject {{u"source"_s, source}, {u"title"_s, meta.title}, {u"outlet"_s, meta.outlet},
        {u"published"_s, publishedValue(doc)}, {u"text"_s, doc.text}, {u"entities"_s, entityArray},
        {u"dates"_s, dates}, {u"quotes"_s, quotes}};
}

void write(QIODevice *device, int depth, const AnalyzedDocument &doc, const QList<Entity> &entities,
    const ArticleDraft &meta, const QString &source, QHash<QString, int> *amountIds)
{
    // The members in the order QJsonObject keeps them (by key): dates, entities, outlet,
    // published, quotes, source, text, title. visit() gives the lists in that order, so each
    // element is written as it is made and the members between the lists when the next begins.
    Printer printer(device);
    printer.indent(depth);
    printer.raw("{\n");
    enum Stage { Dates, Entities, Quotes };
    Stage stage = Dates;
    std::optional<Printer::List> list(std::in_place, &printer, "dates", depth + 1);
    const auto reach = [&](Stage to) {
        if (stage == Dates && to > Dates) {
            list->close();
            list.emplace(&printer, "entities", depth + 1);
            stage = Entities;
        }
        if (stage == Entities && to > Entities) {
            list->close();
            printer.member("outlet", depth, false, meta.outlet);
            printer.member("published", depth, false, publishedValue(doc));
            list.emplace(&printer, "quotes", depth + 1);
            stage = Quotes;
        }
    };
    visit(doc, entities, amountIds,
        {[&](const QJsonObject &o) { list->add(o); },
            [&](const QJsonObject &o) {
                reach(Entities);
                list->add(o);
            },
            [&](const QJsonObject &o) {
                reach(Quotes);
                list->add(o);
            }});
    reach(Quotes);
    list->close();
    printer.member("source", depth, false, source);
    printer.member("text", depth, false, doc.text);
    printer.member("title", depth, true, meta.title);
    printer.indent(depth);
    printer.raw("}");
}

} // namespace Parallax::AnnotationJson
