// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylinker.h"

#include <QVarLengthArray>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
}

// Whether an ASCII word equals a lower-case ASCII key, ignoring case.
bool equalsLower(QStringView word, QStringView lowerKey)
{
    if (word.size() != lowerKey.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t c = word[k].unicode();
        if ((c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) != lowerKey[k].unicode())
            return false;
    }
    return true;
}

// Whether a word, in lower case, is one of keys. Words in ASCII are compared as they are;
// others are lowered by Qt first, as the words of any script would be.
bool isOneOf(QStringView word, std::initializer_list<QStringView> keys)
{
    if (!isAscii(word)) {
        const QString lower = word.toString().toLower();
        return std::find(keys.begin(), keys.end(), QStringView(lower)) != keys.end();
    }
    return std::any_of(
        keys.begin(), keys.end(), [&](QStringView key) { return equalsLower(word, key); });
}

bool isTitle(QStringView word)
{
    if (word.endsWith(u'.'))
        word.chop(1);
    if (word.size() < 2 || word.size() > 10)
        return false;
    return isOneOf(word,
        {u"mr", u"mrs", u"ms", u"miss", u"dr", u"prof", u"sir", u"dame", u"lord", u"lady",
            u"president", u"minister", u"senator", u"sen", u"rep", u"gov", u"governor", u"general",
            u"gen", u"col", u"capt", u"judge", u"mayor", u"chancellor", u"premier", u"king",
            u"queen", u"prince", u"princess", u"pope", u"secretary", u"ambassador", u"chairman",
            u"chairwoman", u"chief"});
}

// The words of a text split at spaces (empty ones left out), as views into it: a name's words
// are looked at for every name and every alias it is compared with, and copies of them were
// most of the linker's time.
using Words = QVarLengthArray<QStringView, 8>;

Words wordsOf(QStringView text)
{
    Words out;
    qsizetype from = 0;
    for (qsizetype k = 0; k <= text.size(); ++k) {
        if (k == text.size() || text[k] == u' ') {
            if (k > from)
                out.append(text.sliced(from, k - from));
            from = k + 1;
        }
    }
    return out;
}

// words[first, end) joined by one space, as QStringList::join() would give them; a view into
// the text where they are one space apart in it already (a normalised name always is), else
// built in buffer.
QStringView joined(const Words &words, qsizetype first, QString *buffer)
{
    if (first >= words.size())
        return {};
    bool contiguous = true;
    for (qsizetype k = first + 1; k < words.size() && contiguous; ++k) {
        contiguous = words[k].data() == words[k - 1].data() + words[k - 1].size() + 1;
    }
    const QStringView last = words.back();
    if (contiguous)
        return QStringView(words[first].data(), last.data() + last.size());
    buffer->clear();
    for (qsizetype k = first; k < words.size(); ++k) {
        if (k > first)
            buffer->append(u' ');
        buffer->append(words[k]);
    }
    return *buffer;
}

// A key to look up in a QHash<QString, ...> without copying the view: valid while the view is.
QString lookupKey(QStringView view)
{
    return QString::fromRawData(view.data(), view.size());
}

bool isLowerWord(QStringView w)
{
    return !w.isEmpty() && w.front().isLower();
}

bool sameWords(const QStringView *a, const QStringView *b, qsizetype n)
{
    for (qsizetype k = 0; k < n; ++k) {
        if (a[k] != b[k])
            return false;
    }
    return true;
}

// Same entity when one name's words are the end or start of the other's: a surname after the
// full name ("Kallas" after "Kaja Kallas"), or a longer form of a short one seen first.
bool nameContains(const Words &longer, const Words &shorter)
{
    if (shorter.isEmpty() || shorter.size() >= longer.size())
        return false;
    const qsizetype n = shorter.size();
    return sameWords(longer.data() + longer.size() - n, shorter.data(), n)
        || (n == 1 && longer.front() == shorter.front());
}

// name == name.toUpper(), without building the upper-case copy for ASCII.
bool isShouting(QStringView name)
{
    if (!isAscii(name))
        return name == name.toString().toUpper();
    return std::none_of(name.begin(), name.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

} // namespace

QString EntityLinker::normalise(QStringView surface, EntityType type)
{
    QString text = surface.toString().simplified();
    for (const QStringView suffix : {u"'s", u"’s", u"'", u"’"}) {
        if (text.endsWith(suffix)) {
            text.chop(suffix.size());
            break;
        }
    }
    const Words parts = wordsOf(text);
    qsizetype first = 0;
    while (type == EntityType::Person && parts.size() - first > 1 && isTitle(parts[first]))
        ++first;
    while (parts.size() - first > 1 && (parts[first] == u"the" || parts[first] == u"The"))
        ++first;
    if (first >= parts.size())
        return QString();
    // simplified() left one space between words, so the words from first on are one stretch.
    const QStringView kept(parts[first].data(), parts.back().data() + parts.back().size());
    return kept.size() == text.size() ? text : kept.toString();
}

namespace {

bool isLegalForm(QStringView bare)
{
    if (bare.size() < 2 || bare.size() > 4)
        return false;
    return isOneOf(bare,
        {u"co", u"cos", u"corp", u"inc", u"ltd", u"plc", u"llc", u"lp", u"ag", u"sa", u"nv", u"bv",
            u"gmbh", u"spa", u"bhd", u"pty", u"kk", u"oyj", u"ab", u"as", u"asa"});
}

} // namespace

QString EntityLinker::acronym(QStringView name)
{
    QString out;
    for (const QStringView w : wordsOf(name)) {
        if (!w.front().isUpper())
            continue;
        QStringView bare = w;
        while (!bare.isEmpty() && !bare.back().isLetter())
            bare.chop(1);
        if (isLegalForm(bare))
            continue;
        out += w.front();
    }
    return out;
}

namespace {

void appendSkeleton(QStringView name, QString *out)
{
    for (const QChar c : name) {
        char16_t l;
        if (c.unicode() < 128) {
            l = c.unicode() >= u'A' && c.unicode() <= u'Z' ? char16_t(c.unicode() + 32)
                                                           : c.unicode();
            if (l < u'a' || l > u'z')
                continue;
        } else {
            const QChar lower = c.toLower();
            if (!lower.isLetter())
                continue;
            l = lower.unicode();
        }
        switch (l) {
        case u'a':
        case u'e':
        case u'i':
        case u'o':
        case u'u':
        case u'y':
            continue;
        default:
            break;
        }
        if (!out->isEmpty() && out->back() == QChar(l))
            continue;
        out->append(QChar(l));
    }
}

} // namespace

QString EntityLinker::skeleton(QStringView name)
{
    QString out;
    out.reserve(name.size());
    appendSkeleton(name, &out);
    return out;
}

int EntityLinker::add(EntityType type, const QString &name)
{
    m_entities.append(Entity {name, type, {}});
    m_votes.append(std::array<int, kEntityTypeCount> {});
    const int entity = int(m_entities.size() - 1);
    addAlias(entity, name);
    return entity;
}

namespace {

QString skeletonKey(QStringView name, qsizetype words)
{
    QString key;
    key.reserve(name.size() + 8);
    appendSkeleton(name, &key);
    key += u'|';
    key += name.front().toLower();
    if (words < 10)
        key += QChar(char16_t(u'0' + words));
    else
        key += QString::number(words);
    return key;
}

void insertOnce(QHash<QString, QList<int>> &index, const QString &key, int entity)
{
    QList<int> &list = index[key];
    if (list.isEmpty() || list.constLast() != entity)
        list.append(entity);
}

} // namespace

void EntityLinker::addAlias(int entity, const QString &alias)
{
    m_entities[entity].aliases.append(alias);
    m_aliasIndex.insert(alias, entity);
    const Words aliasWords = wordsOf(alias);
    if (aliasWords.size() >= 2)
        insertOnce(m_acronymIndex, acronym(alias), entity);
    if (alias.size() >= 4)
        insertOnce(m_skeletonIndex, skeletonKey(alias, aliasWords.size()), entity);
    // A shorter name finds this one by its last words ("Kallas" in "Kaja Kallas") or, one word
    // long, by its first word.
    QString buffer;
    for (qsizetype j = 1; j < aliasWords.size(); ++j)
        insertOnce(
            m_partIndex, joined(aliasWords, aliasWords.size() - j, &buffer).toString(), entity);
    if (aliasWords.size() >= 2)
        insertOnce(m_partIndex, u'^' + aliasWords.front(), entity);
}

void EntityLinker::vote(int entity, EntityType type)
{
    auto &votes = m_votes[entity];
    ++votes[size_t(type)];
    int best = 0;
    for (int t = 1; t < kEntityTypeCount; ++t) {
        if (votes[size_t(t)] > votes[size_t(best)])
            best = t;
    }
    // Ties keep the type the entity already has.
    if (votes[size_t(best)] > votes[size_t(m_entities[entity].type)])
        m_entities[entity].type = EntityType(best);
}

namespace {

bool isShortForm(QStringView name)
{
    return name.size() >= 2 && name.size() <= 6 && isShouting(name) && !name.contains(u' ');
}

} // namespace

// What find() knows of a name before it compares it with the entities' aliases.
struct EntityLinker::Name
{
    explicit Name(const QString &name)
        : text(name)
        , words(wordsOf(name))
        , shortForm(isShortForm(name))
    { }
    // acronym(text) and skeleton(text), made the first time a rule needs them.
    const QString &acronym() const
    {
        if (!acronymMade) {
            acronymText = EntityLinker::acronym(text);
            acronymMade = true;
        }
        return acronymText;
    }
    const QString &skeleton() const
    {
        if (!skeletonMade) {
            skeletonText = EntityLinker::skeleton(text);
            skeletonMade = true;
        }
        return skeletonText;
    }

    const QString &text;
    const QVarLengthArray<QStringView, 8> words;
    const bool shortForm;
    mutable QString acronymText;
    mutable QString skeletonText;
    mutable bool acronymMade = false;
    mutable bool skeletonMade = false;
};

EntityLinker::Match EntityLinker::match(const Entity &e, EntityType type, const QString &name)
{
    return match(e, type, Name(name));
}

EntityLinker::Match EntityLinker::match(const Entity &e, EntityType type, const Name &name)
{
    if (e.type != type)
        return None;
    for (const QString &alias : e.aliases) {
        const Words aliasWords = wordsOf(alias);
        // "EU" and "European Union", in either order of appearance.
        if (name.shortForm && aliasWords.size() >= 2 && acronym(alias) == name.text)
            return Decides;
        if (aliasWords.size() == 1 && alias.size() <= 6 && isShouting(alias)
            && name.words.size() >= 2 && name.acronym() == alias)
            return Decides;
        // "Kallas" and "Kaja Kallas": people by their surname or first name. Not places or
        // organisations, whose first or last word is often another entity ("Osmark" and
        // "Osmark City", "Sarrel" and "Sarrel Growers' Union").
        if (type == EntityType::Person
            && (nameContains(aliasWords, name.words) || nameContains(name.words, aliasWords))
            && !(!name.words.isEmpty() && isLowerWord(name.words.front())))
            return Partial;
        // Spelling variants of one name (Kiev, Kyiv): same first letter, same consonants.
        if (type != EntityType::Misc && name.text.size() >= 4 && alias.size() >= 4
            && name.words.size() == aliasWords.size()
            && name.text.front().toLower() == alias.front().toLower() && name.skeleton().size() >= 2
            && name.skeleton() == skeleton(alias))
            return Decides;
    }
    return None;
}

int EntityLinker::find(EntityType type, const QString &name) const
{
    // The very same name is the same entity, whatever type this one mention was given.
    if (const auto it = m_aliasIndex.constFind(name); it != m_aliasIndex.constEnd())
        return it.value();
    const Name known(name);
    const Words &nameWords = known.words;
    // Only the entities the indexes name can match; match() then applies the rules to each,
    // newest first, as a scan of all of them would.
    QVarLengthArray<int, 32> candidates;
    const auto take = [&](const QHash<QString, QList<int>> &index, QStringView key) {
        if (const auto it = index.constFind(lookupKey(key)); it != index.constEnd())
            candidates.append(it->constData(), it->size());
    };
    const auto takeAlias = [&](QStringView alias) {
        if (const auto it = m_aliasIndex.constFind(lookupKey(alias)); it != m_aliasIndex.constEnd())
            candidates.append(it.value());
    };
    if (known.shortForm)
        take(m_acronymIndex, name);
    if (nameWords.size() >= 2)
        takeAlias(known.acronym());
    if (type == EntityType::Person) {
        QString buffer;
        take(m_partIndex, joined(nameWords, 0, &buffer));
        if (nameWords.size() == 1) {
            QVarLengthArray<QChar, 64> key;
            key.append(u'^');
            key.append(nameWords.front().data(), nameWords.front().size());
            take(m_partIndex, QStringView(key.data(), key.size()));
        }
        for (qsizetype j = 1; j < nameWords.size(); ++j)
            takeAlias(joined(nameWords, nameWords.size() - j, &buffer));
        if (nameWords.size() >= 2)
            takeAlias(nameWords.front());
    }
    if (type != EntityType::Misc && name.size() >= 4)
        take(m_skeletonIndex, skeletonKey(name, nameWords.size()));
    std::sort(candidates.begin(), candidates.end(), std::greater<int>());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    int partial = -1;
    int partialCount = 0;
    for (const int i : std::as_const(candidates)) {
        const Match m = match(m_entities[i], type, known);
        if (m == Decides)
            return i;
        if (m == Partial) {
            ++partialCount;
            partial = i;
        }
    }
    // A surname shared by two known people ("Ardelan" with Tomas and Mira Ardelan) links to
    // neither.
    return partialCount == 1 ? partial : -1;
}

void EntityLinker::link(QList<EntityMention> *mentions, const QStringList &surfaces)
{
    for (qsizetype m = 0; m < mentions->size(); ++m) {
        EntityMention &mention = (*mentions)[m];
        const QString surface = surfaces.value(m);
        QHash<QString, QString> &normalised
            = m_normalised[mention.type == EntityType::Person ? 0 : 1];
        auto known = normalised.constFind(surface);
        if (known == normalised.constEnd()) {
            if (normalised.size() > 65536)
                normalised.clear();
            known = normalised.insert(surface, normalise(surface, mention.type));
        }
        const QString name = known.value();
        if (name.isEmpty())
            continue;
        int index = find(mention.type, name);
        if (index < 0) {
            index = add(mention.type, name);
        } else {
            // Every alias is in m_aliasIndex: a name it lacks is no entity's alias yet (a scan
            // of the entity's aliases took 2% of annotating thousands of files as one story).
            if (!m_aliasIndex.contains(name))
                addAlias(index, name);
            Entity &e = m_entities[index];
            // The canonical name is the fullest form: most words, then longest.
            const qsizetype nameWords = name.count(u' ');
            const qsizetype currentWords = e.name.count(u' ');
            // Headlines and datelines shout ("KESSLING"); prefer the name as running text writes
            // it.
            const bool shouting = isShouting(name);
            const bool currentShouting = isShouting(e.name);
            const bool acronymOnly = shouting && !name.contains(u' ');
            if (!acronymOnly
                && (nameWords > currentWords
                    || (nameWords == currentWords && currentShouting && !shouting)))
                e.name = name;
        }
        mention.entity = index;
        vote(index, mention.type);
    }
}

} // namespace Parallax
