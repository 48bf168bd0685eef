// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationjson.h"

#include "model/article.h"
#include "util/textoffsets.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <bit>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Parallax::AnnotationJson {
namespace {

// The end of the run of plain ASCII (printable, not '"' or '\\') that starts at c: what a JSON
// string holds as it is. Eight code units at a time where SSE2 is there (the article's text is
// most of a JSON file, and this scan was 3% of 'annotate --format json').
const char16_t *plainRunEnd(const char16_t *c, const char16_t *end)
{
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i span = _mm_set1_epi16(0x7E - 0x20);
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i backslash = _mm_set1_epi16(u'\\');
    while (end - c >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(c));
        // 0x20 <= u <= 0x7E as one unsigned comparison: u - 0x20 saturates to 0 against 0x5E.
        const __m128i outside = _mm_subs_epu16(_mm_sub_epi16(v, space), span);
        const __m128i bad = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash)),
            _mm_andnot_si128(_mm_cmpeq_epi16(outside, _mm_setzero_si128()), _mm_set1_epi16(-1)));
        if (_mm_movemask_epi8(bad) != 0)
            break;
        c += 8;
    }
#endif
    while (c != end && *c >= 0x20 && *c < 0x7F && *c != u'"' && *c != u'\\')
        ++c;
    return c;
}

QJsonObject span(const QString &text, const CodePointMap &map, const TextRange &range)
{
    return QJsonObject {{u"start"_s, map.toCodePoint(range.start)},
        {u"end"_s, map.toCodePoint(range.end)}, {u"text"_s, text.mid(range.start, range.length())}};
}

QString entityId(int index)
{
    return u"e%1"_s.arg(index + 1);
}

// A named entity or an amount, as the document lists it: its mentions are ranges of the text
// (UTF-16).
struct EntityItem
{
    QString id;
    QString name;
    QString type;
    QList<TextRange> mentions;
    int entity = -1; // the linker's entity; -1 for an amount
};

// The document's lists, one element at a time and in their order: dates, then entities (named
// ones by first mention, then amounts), then quotes.
struct Visitor
{
    std::function<void(const TemporalExpression &)> date;
    std::function<void(const EntityItem &)> entity;
    std::function<void(const Quote &)> quote;
};

void visit(const AnalyzedDocument &doc, const QList<Entity> &entities,
    QHash<QString, int> *amountIds, const Visitor &visitor)
{
    const QString &text = doc.text;

    // Amounts become entities grouped by value; the other temporal expressions are dates.
    QMap<QString, int> amountEntity;
    QList<EntityItem> amounts;
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
                amounts.append({u"e%1"_s.arg(100000 + id.value() + 1), name, enumName(t.type), {}});
            }
            amounts[it.value()].mentions.append(t.range);
            continue;
        }
        visitor.date(t);
    }

    // Named entities, in order of first mention in this document.
    QHash<int, qsizetype> itemOf;
    QList<EntityItem> named;
    for (qsizetype i = 0; i < doc.mentions.size(); ++i) {
        const EntityMention &m = doc.mentions[i];
        if (m.entity < 0)
            continue;
        auto it = itemOf.find(m.entity);
        if (it == itemOf.end()) {
            const Entity &e = entities.at(m.entity);
            it = itemOf.insert(m.entity, named.size());
            named.append({entityId(m.entity), e.name, enumName(e.type), {}, m.entity});
        }
        named[it.value()].mentions.append(m.range);
    }
    for (const EntityItem &item : std::as_const(named))
        visitor.entity(item);
    for (const EntityItem &item : std::as_const(amounts))
        visitor.entity(item);

    for (const Quote &q : doc.quotes)
        visitor.quote(q);
}

// The entity a quote's speaker mention links to, or -1 (unresolved: the JSON says so rather
// than naming a guess).
int speakerEntity(const AnalyzedDocument &doc, const Quote &q)
{
    return q.speakerMention >= 0 && q.speakerMention < doc.mentions.size()
        ? doc.mentions.at(q.speakerMention).entity
        : -1;
}

QJsonObject quoteObject(const AnalyzedDocument &doc, const QList<Entity> &entities,
    const CodePointMap &map, const Quote &q)
{
    const QString &text = doc.text;
    QJsonObject quote = span(text, map, q.content);
    quote.insert(u"kind"_s, enumName(q.kind));
    quote.insert(u"cue"_s, q.cue.isValid() ? QJsonValue(span(text, map, q.cue)) : QJsonValue());
    if (q.speaker.isValid()) {
        QJsonObject speaker = span(text, map, q.speaker);
        const int entity = speakerEntity(doc, q);
        speaker.insert(u"entity"_s, entity >= 0 ? QJsonValue(entityId(entity)) : QJsonValue());
        speaker.insert(
            u"name"_s, entity >= 0 ? QJsonValue(entities.at(entity).name) : QJsonValue());
        quote.insert(u"speaker"_s, speaker);
    } else {
        quote.insert(u"speaker"_s, QJsonValue());
    }
    quote.insert(u"confidence"_s, double(q.confidence));
    return quote;
}

QJsonObject dateObject(const QString &text, const CodePointMap &map, const TemporalExpression &t)
{
    QJsonObject date = span(text, map, t.range);
    date.insert(u"type"_s, enumName(t.type));
    date.insert(u"value"_s, t.value.isEmpty() ? QJsonValue() : QJsonValue(t.value));
    return date;
}

QJsonObject entityObject(const QString &text, const CodePointMap &map, const EntityItem &item)
{
    QJsonArray mentions;
    for (const TextRange &range : item.mentions)
        mentions.append(span(text, map, range));
    return QJsonObject {{u"id"_s, item.id}, {u"name"_s, item.name}, {u"type"_s, item.type},
        {u"mentions"_s, mentions}};
}

QJsonValue publishedValue(const AnalyzedDocument &doc)
{
    const QString published
        = doc.published.isValid() ? doc.published.toString(Qt::ISODate) : QString();
    return published.isEmpty() ? QJsonValue() : QJsonValue(published);
}

// Writes the JSON of one value as QJsonDocument prints it; lines after the first are indented
// by depth levels (the first is where the caller left the line). The bytes are gathered and
// written to the device in large pieces.
class Printer
{
public:
    explicit Printer(QIODevice *device)
        : m_device(device)
    {
        m_out.reserve(kFlushSize + 4096);
    }
    ~Printer() { flush(); }
    Q_DISABLE_COPY_MOVE(Printer)

    // Names and types of the linker's entities as placeholders (EntityNames::Deferred).
    void deferNames() { m_deferNames = true; }

    void flush()
    {
        if (!m_out.empty())
            m_device->write(m_out.data(), qint64(m_out.size()));
        m_out.clear();
    }
    void indent(int depth) { m_out.append(size_t(depth) * 4, ' '); }
    void raw(const char *text) { m_out.append(text); }
    void raw(const char *text, qsizetype size) { m_out.append(text, size_t(size)); }
    // An entity's name or type, or the placeholder of it.
    void entityString(Placeholder kind, int entity, QStringView value)
    {
        if (m_deferNames && entity >= 0) {
            const QByteArray mark = placeholder(kind, entity);
            raw(mark.constData(), mark.size());
        } else {
            string(value);
        }
    }

    // A string, number or null, escaped as Qt escapes it: printed as the one element of a
    // compact array, without the brackets.
    void scalar(const QJsonValue &value)
    {
        const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        raw(text.constData() + 1, text.size() - 2);
    }
    // A double as scalar() prints it; the few values a text's quotes have are printed once.
    void real(double value)
    {
        if (m_reals.size() > 4096)
            m_reals.clear();
        auto [it, added] = m_reals.try_emplace(std::bit_cast<quint64>(value));
        if (added) {
            const qsizetype mark = qsizetype(m_out.size());
            scalar(value);
            it->second.assign(m_out, size_t(mark));
            return;
        }
        m_out.append(it->second);
    }
    // A string as Qt prints it: UTF-8, with \" \\ \n \r \t escaped. A string with any other
    // control character, DEL, a lone surrogate or a non-character is printed by Qt itself.
    void string(QStringView s)
    {
        const qsizetype mark = qsizetype(m_out.size());
        m_out.reserve(size_t(mark + s.size() * 3 + 2));
        m_out.push_back('"');
        const char16_t *c = s.utf16();
        const char16_t *const end = c + s.size();
        // Runs of plain ASCII are copied in one go.
        while (c != end) {
            const char16_t u = *c;
            if (u >= 0x20 && u < 0x7F && u != u'"' && u != u'\\') {
                const char16_t *run = c;
                c = plainRunEnd(c, end);
                const qsizetype n = c - run;
                const size_t at = m_out.size();
                m_out.resize(at + size_t(n));
                char *out = m_out.data() + at;
                for (qsizetype k = 0; k < n; ++k)
                    out[k] = char(run[k]);
                continue;
            }
            ++c;
            if (u == u'"') {
                m_out.append("\\\"", 2);
            } else if (u == u'\\') {
                m_out.append("\\\\", 2);
            } else if (u == u'\n') {
                m_out.append("\\n", 2);
            } else if (u == u'\r') {
                m_out.append("\\r", 2);
            } else if (u == u'\t') {
                m_out.append("\\t", 2);
            } else if (u < 0x80) {
                return fallback(mark, s);
            } else if (u < 0x800) {
                m_out.push_back(char(0xC0 | (u >> 6)));
                m_out.push_back(char(0x80 | (u & 0x3F)));
            } else if (QChar::isHighSurrogate(u)) {
                if (c == end || !QChar::isLowSurrogate(*c))
                    return fallback(mark, s);
                const char32_t cp = QChar::surrogateToUcs4(u, *c++);
                m_out.push_back(char(0xF0 | (cp >> 18)));
                m_out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
                m_out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
                m_out.push_back(char(0x80 | (cp & 0x3F)));
            } else if (QChar::isLowSurrogate(u) || u >= 0xFFFE) {
                return fallback(mark, s);
            } else {
                m_out.push_back(char(0xE0 | (u >> 12)));
                m_out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
                m_out.push_back(char(0x80 | (u & 0x3F)));
            }
        }
        m_out.push_back('"');
    }
    void number(qint64 value)
    {
        char digits[24];
        char *p = digits + sizeof digits;
        const bool negative = value < 0;
        quint64 v = negative ? 0 - quint64(value) : quint64(value);
        do {
            *--p = char('0' + v % 10);
            v /= 10;
        } while (v != 0);
        if (negative)
            *--p = '-';
        raw(p, digits + sizeof digits - p);
    }
    // "key": at depth (the value follows).
    void key(const char *key, int depth)
    {
        indent(depth);
        raw("\"");
        raw(key);
        raw("\": ");
    }
    // "key": value of the document object, at depth + 1.
    void member(const char *key, int depth, bool last, const QJsonValue &value)
    {
        this->key(key, depth + 1);
        if (value.isString())
            string(value.toString());
        else
            scalar(value);
        raw(last ? "\n" : ",\n");
    }
    // The same for a string, printed from where it is: a QJsonValue of the document's text
    // would copy it twice (Qt keeps an ASCII string as Latin-1 and gives it back as UTF-16).
    void stringMember(const char *key, int depth, bool last, QStringView value)
    {
        this->key(key, depth + 1);
        string(value);
        raw(last ? "\n" : ",\n");
    }
    // {"end", "start", "text"} of a range, then the members extra() writes (each preceded by
    // ",\n"), the braces at depth.
    template<typename Extra>
    void span(const QString &text, const CodePointMap &map, const TextRange &range, int depth,
        Extra extra)
    {
        raw("{\n");
        key("end", depth + 1);
        number(map.toCodePoint(range.end));
        raw(",\n");
        key("start", depth + 1);
        number(map.toCodePoint(range.start));
        raw(",\n");
        key("text", depth + 1);
        string(QStringView(text).mid(range.start, range.length()));
        extra();
        raw("\n");
        indent(depth);
        raw("}");
    }
    void date(const QString &text, const CodePointMap &map, const TemporalExpression &t, int depth)
    {
        span(text, map, t.range, depth, [&] {
            raw(",\n");
            key("type", depth + 1);
            string(enumName(t.type));
            raw(",\n");
            key("value", depth + 1);
            if (t.value.isEmpty())
                raw("null");
            else
                string(t.value);
        });
        maybeFlush();
    }
    void entity(const QString &text, const CodePointMap &map, const EntityItem &item, int depth)
    {
        raw("{\n");
        key("id", depth + 1);
        string(item.id);
        raw(",\n");
        key("mentions", depth + 1);
        raw("[\n");
        for (qsizetype i = 0; i < item.mentions.size(); ++i) {
            indent(depth + 2);
            span(text, map, item.mentions[i], depth + 2, [] {});
            raw(i + 1 < item.mentions.size() ? ",\n" : "\n");
        }
        indent(depth + 1);
        raw("],\n");
        key("name", depth + 1);
        entityString(Placeholder::JsonName, item.entity, item.name);
        raw(",\n");
        key("type", depth + 1);
        entityString(Placeholder::JsonType, item.entity, item.type);
        raw("\n");
        indent(depth);
        raw("}");
        maybeFlush();
    }

    // The members by key, as QJsonObject orders them: confidence, cue, end, kind, speaker,
    // start, text.
    void quote(const AnalyzedDocument &doc, const QList<Entity> &entities, const CodePointMap &map,
        const Quote &q, int depth)
    {
        const QString &text = doc.text;
        raw("{\n");
        key("confidence", depth + 1);
        real(double(q.confidence)); // a double as Qt prints it
        raw(",\n");
        key("cue", depth + 1);
        if (q.cue.isValid())
            span(text, map, q.cue, depth + 1, [] {});
        else
            raw("null");
        raw(",\n");
        key("end", depth + 1);
        number(map.toCodePoint(q.content.end));
        raw(",\n");
        key("kind", depth + 1);
        string(enumName(q.kind));
        raw(",\n");
        key("speaker", depth + 1);
        if (q.speaker.isValid()) {
            const int entity = speakerEntity(doc, q);
            raw("{\n");
            key("end", depth + 2);
            number(map.toCodePoint(q.speaker.end));
            raw(",\n");
            key("entity", depth + 2);
            if (entity >= 0)
                string(entityId(entity));
            else
                raw("null");
            raw(",\n");
            key("name", depth + 2);
            if (entity >= 0)
                entityString(Placeholder::JsonName, entity, entities.at(entity).name);
            else
                raw("null");
            raw(",\n");
            key("start", depth + 2);
            number(map.toCodePoint(q.speaker.start));
            raw(",\n");
            key("text", depth + 2);
            string(QStringView(text).mid(q.speaker.start, q.speaker.length()));
            raw("\n");
            indent(depth + 1);
            raw("}");
        } else {
            raw("null");
        }
        raw(",\n");
        key("start", depth + 1);
        number(map.toCodePoint(q.content.start));
        raw(",\n");
        key("text", depth + 1);
        string(QStringView(text).mid(q.content.start, q.content.length()));
        raw("\n");
        indent(depth);
        raw("}");
        maybeFlush();
    }

    // An array member whose elements come one at a time.
    class List
    {
    public:
        List(Printer *printer, const char *key, int depth)
            : m_printer(printer)
            , m_depth(depth)
        {
            m_printer->key(key, depth);
            m_printer->raw("[\n");
        }
        // Starts the next element; returns the depth to print it at.
        int next()
        {
            if (m_count++ > 0)
                m_printer->raw(",\n");
            m_printer->indent(m_depth + 1);
            return m_depth + 1;
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
    static constexpr qsizetype kFlushSize = 1 << 16;

    void maybeFlush()
    {
        if (qsizetype(m_out.size()) >= kFlushSize)
            flush();
    }
    void fallback(qsizetype mark, QStringView s)
    {
        m_out.resize(size_t(mark));
        scalar(QJsonValue(s.toString()));
    }

    QIODevice *m_device;
    bool m_deferNames = false;
    std::string m_out;
    std::unordered_map<quint64, std::string> m_reals; // real(): the bits of a value, its text
};

} // namespace

QJsonObject document(const AnalyzedDocument &doc, const QList<Entity> &entities,
    const ArticleDraft &meta, const QString &source, QHash<QString, int> *amountIds)
{
    const CodePointMap map(doc.text);
    QJsonArray dates;
    QJsonArray entityArray;
    QJsonArray quotes;
    visit(doc, entities, amountIds,
        {[&](const TemporalExpression &t) { dates.append(dateObject(doc.text, map, t)); },
            [&](const EntityItem &e) { entityArray.append(entityObject(doc.text, map, e)); },
            [&](const Quote &q) {
                quotes.append(quoteObject(doc, entities, map, q));
            }});
    return QJsonObject {{u"source"_s, source}, {u"title"_s, meta.title}, {u"outlet"_s, meta.outlet},
        {u"published"_s, publishedValue(doc)}, {u"text"_s, doc.text}, {u"entities"_s, entityArray},
        {u"dates"_s, dates}, {u"quotes"_s, quotes}};
}

void write(QIODevice *device, int depth, const AnalyzedDocument &doc, const QList<Entity> &entities,
    const ArticleDraft &meta, const QString &source, QHash<QString, int> *amountIds,
    EntityNames names)
{
    // The members in the order QJsonObject keeps them (by key): dates, entities, outlet,
    // published, quotes, source, text, title. visit() gives the lists in that order, so each
    // element is written as it is made and the members between the lists when the next begins.
    const CodePointMap map(doc.text);
    Printer printer(device);
    if (names == EntityNames::Deferred)
        printer.deferNames();
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
        {[&](const TemporalExpression &t) { printer.date(doc.text, map, t, list->next()); },
            [&](const EntityItem &e) {
                reach(Entities);
                printer.entity(doc.text, map, e, list->next());
            },
            [&](const Quote &q) {
                reach(Quotes);
                printer.quote(doc, entities, map, q, list->next());
            }});
    reach(Quotes);
    list->close();
    printer.member("source", depth, false, source);
    printer.stringMember("text", depth, false, doc.text);
    printer.member("title", depth, true, meta.title);
    printer.indent(depth);
    printer.raw("}");
}

namespace {
// 0xFF, the kind, the entity's index in four bytes (little-endian). UTF-8 never has the byte
// 0xFF, so no text written around a placeholder is taken for one.
constexpr char kMark = char(0xFF);
constexpr qsizetype kPlaceholderSize = 6;
} // namespace

QByteArray placeholder(Placeholder kind, int entity)
{
    const auto index = quint32(entity);
    const char bytes[kPlaceholderSize] = {kMark, char(kind), char(index & 0xFF),
        char((index >> 8) & 0xFF), char((index >> 16) & 0xFF), char(index >> 24)};
    return QByteArray(bytes, kPlaceholderSize);
}

bool resolve(QIODevice *from, QIODevice *device, const QList<Entity> &entities, QString *error)
{
    constexpr qint64 kChunk = 1 << 20;
    Printer printer(device);
    QByteArray chunk;
    QByteArray carried; // the start of a placeholder cut by the end of the last chunk
    const qint64 expected = from->isSequential() ? -1 : from->size() - from->pos();
    qint64 read = 0;
    for (;;) {
        chunk = from->read(kChunk);
        if (chunk.isEmpty())
            break;
        read += chunk.size();
        if (!carried.isEmpty())
            chunk.prepend(carried);
        carried.clear();
        const char *c = chunk.constData();
        const char *const end = c + chunk.size();
        while (c != end) {
            const char *mark = static_cast<const char *>(std::memchr(c, kMark, size_t(end - c)));
            if (!mark) {
                printer.raw(c, end - c);
                break;
            }
            printer.raw(c, mark - c);
            if (end - mark < kPlaceholderSize) {
                carried = QByteArray(mark, end - mark);
                break;
            }
            const auto kind = Placeholder(mark[1]);
            const auto u = [&](int i) {
                return quint32(quint8(mark[2 + i]));
            };
            const quint32 index = u(0) | (u(1) << 8) | (u(2) << 16) | (u(3) << 24);
            if (index >= quint32(entities.size())) {
                *error = u"entity %1 of a document written earlier is not known"_s.arg(index);
                return false;
            }
            const Entity &e = entities.at(qsizetype(index));
            switch (kind) {
            case Placeholder::JsonName:
                printer.string(e.name);
                break;
            case Placeholder::JsonType:
                printer.string(enumName(e.type));
                break;
            case Placeholder::TextName: {
                const QByteArray text = e.name.toUtf8();
                printer.raw(text.constData(), text.size());
                break;
            }
            case Placeholder::TextType: {
                const QByteArray text = enumName(e.type).toUtf8();
                printer.raw(text.constData(), text.size());
                break;
            }
            default:
                *error = u"a placeholder of an unknown kind"_s;
                return false;
            }
            c = mark + kPlaceholderSize;
        }
        printer.flush();
    }
    if (expected >= 0 && read != expected) {
        *error = from->errorString();
        return false;
    }
    if (!carried.isEmpty()) {
        *error = u"the output written earlier ends inside a placeholder"_s;
        return false;
    }
    return true;
}

} // namespace Parallax::AnnotationJson
