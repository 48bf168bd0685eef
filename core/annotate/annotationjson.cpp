// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationjson.h"

#include "model/article.h"
#include "util/textoffsets.h"

#include <QJsonArray>
#include <QMap>

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

} // namespace

QJsonObject document(const AnalyzedDocument &doc, const QList<Entity> &entities,
    const ArticleDraft &meta, const QString &source, QHash<QString, int> *amountIds)
{
    const QString &text = doc.text;
    const CodePointMap map(text);

    // Named entities, in order of first mention in this document.
    QJsonArray entityArray;
    QMap<int, QJsonArray> mentionsByEntity;
    QList<int> order;
    for (const EntityMention &m : doc.mentions) {
        if (m.entity < 0)
            continue;
        if (!mentionsByEntity.contains(m.entity))
            order.append(m.entity);
        mentionsByEntity[m.entity].append(span(text, map, m.range));
    }
    for (int index : order) {
        const Entity &e = entities.at(index);
        entityArray.append(QJsonObject {{u"id"_s, entityId(index)}, {u"name"_s, e.name},
            {u"type"_s, enumName(e.type)}, {u"mentions"_s, mentionsByEntity.value(index)}});
    }

    // Amounts become entities grouped by value; the other temporal expressions are dates.
    QJsonArray dates;
    QMap<QString, int> amountEntity;
    QList<QJsonObject> amounts;
    for (const TemporalExpression &t : doc.temporals) {
        const QJsonObject s = span(text, map, t.range);
        if (t.type == TemporalType::Money || t.type == TemporalType::Percent) {
            const QString key = enumName(t.type) + u'|'
                + (t.value.isEmpty() ? s.value(u"text"_s).toString() : t.value);
            auto it = amountEntity.find(key);
            if (it == amountEntity.end()) {
                it = amountEntity.insert(key, int(amounts.size()));
                // Numbered after the named entities; a large offset keeps them apart as more are
                // found.
                auto id = amountIds->find(key);
                if (id == amountIds->end())
                    id = amountIds->insert(key, int(amountIds->size()));
                amounts.append(QJsonObject {{u"id"_s, u"e%1"_s.arg(100000 + id.value() + 1)},
                    {u"name"_s, t.value.isEmpty() ? s.value(u"text"_s).toString() : t.value},
                    {u"type"_s, enumName(t.type)}, {u"mentions"_s, QJsonArray {}}});
            }
            QJsonObject &amount = amounts[it.value()];
            QJsonArray mentions = amount.value(u"mentions"_s).toArray();
            mentions.append(s);
            amount.insert(u"mentions"_s, mentions);
            continue;
        }
        QJsonObject date = s;
        date.insert(u"type"_s, enumName(t.type));
        date.insert(u"value"_s, t.value.isEmpty() ? QJsonValue() : QJsonValue(t.value));
        dates.append(date);
    }
    for (const QJsonObject &amount : std::as_const(amounts))
        entityArray.append(amount);

    QJsonArray quotes;
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
        quotes.append(quote);
    }

    const QString published
        = doc.published.isValid() ? doc.published.toString(Qt::ISODate) : QString();
    return QJsonObject {{u"source"_s, source}, {u"title"_s, meta.title}, {u"outlet"_s, meta.outlet},
        {u"published"_s, published.isEmpty() ? QJsonValue() : QJsonValue(published)},
        {u"text"_s, text}, {u"entities"_s, entityArray}, {u"dates"_s, dates},
        {u"quotes"_s, quotes}};
}

} // namespace Parallax::AnnotationJson
