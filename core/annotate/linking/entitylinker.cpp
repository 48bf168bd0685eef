// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylinker.h"

#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

bool isTitle(QStringView word)
{
    static const QSet<QString> titles {u"mr"_s, u"mrs"_s, u"ms"_s, u"miss"_s, u"dr"_s, u"prof"_s,
        u"sir"_s, u"dame"_s, u"lord"_s, u"lady"_s, u"president"_s, u"minister"_s, u"senator"_s,
        u"sen"_s, u"rep"_s, u"gov"_s, u"governor"_s, u"general"_s, u"gen"_s, u"col"_s, u"capt"_s,
        u"judge"_s, u"mayor"_s, u"chancellor"_s, u"premier"_s, u"king"_s, u"queen"_s, u"prince"_s,
        u"princess"_s, u"pope"_s, u"secretary"_s, u"ambassador"_s, u"chairman"_s, u"chairwoman"_s,
        u"chief"_s};
    QString w = word.toString().toLower();
    if (w.endsWith(u'.'))
        w.chop(1);
    return titles.contains(w);
}

QStringList words(QStringView text)
{
    QStringList out;
    for (const QStringView w : text.split(u' ', Qt::SkipEmptyParts))
        out.append(w.toString());
    return out;
}

bool isLowerWord(const QString &w)
{
    return !w.isEmpty() && w.front().isLower();
}

// Same entity when one name's words are the end or start of the other's: a surname after the
// full name ("Kallas" after "Kaja Kallas"), or a longer form of a short one seen first.
bool nameContains(const QStringList &longer, const QStringList &shorter)
{
    if (shorter.isEmpty() || shorter.size() >= longer.size())
        return false;
    const auto tail = longer.mid(longer.size() - shorter.size());
    const auto head = longer.mid(0, shorter.size());
    return tail == shorter || (shorter.size() == 1 && head == shorter);
}

} // namespace

QString EntityLinker::normalise(QStringView surface, EntityType type)
{
    QString text = surface.toString().simplified();
    for (const QString &suffix : {u"'s"_s, u"’s"_s, u"'"_s, u"’"_s}) {
        if (text.endsWith(suffix)) {
            text.chop(suffix.size());
            break;
        }
    }
    QStringList parts = words(text);
    while (type == EntityType::Person && parts.size() > 1 && isTitle(parts.first()))
        parts.removeFirst();
    while (parts.size() > 1 && (parts.first() == "the"_L1 || parts.first() == "The"_L1))
        parts.removeFirst();
    return parts.join(u' ');
}

QString EntityLinker::acronym(QStringView name)
{
    static const QSet<QString> legalForms {u"co"_s, u"cos"_s, u"corp"_s, u"inc"_s, u"ltd"_s,
        u"plc"_s, u"llc"_s, u"lp"_s, u"ag"_s, u"sa"_s, u"nv"_s, u"bv"_s, u"gmbh"_s, u"spa"_s,
        u"bhd"_s, u"pty"_s, u"kk"_s, u"oyj"_s, u"ab"_s, u"as"_s, u"asa"_s};
    QString out;
    for (const QStringView w : name.split(u' ', Qt::SkipEmptyParts)) {
        if (!w.front().isUpper())
            continue;
        QString bare = w.toString().toLower();
        while (!bare.isEmpty() && !bare.back().isLetter())
            bare.chop(1);
        if (legalForms.contains(bare))
            continue;
        out += w.front();
    }
    return out;
}

QString EntityLinker::skeleton(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const QChar l = c.toLower();
        if (!l.isLetter())
            continue;
        switch (l.unicode()) {
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
        if (!out.isEmpty() && out.back() == l)
            continue;
        out += l;
    }
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

QString skeletonKey(const QString &name, qsizetype words)
{
    return EntityLinker::skeleton(name) + u'|' + name.front().toLower() + QString::number(words);
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
    const QStringList aliasWords = words(alias);
    if (aliasWords.size() >= 2)
        insertOnce(m_acronymIndex, acronym(alias), entity);
    if (alias.size() >= 4)
        insertOnce(m_skeletonIndex, skeletonKey(alias, aliasWords.size()), entity);
    // A shorter name finds this one by its last words ("Kallas" in "Kaja Kallas") or, one word
    // long, by its first word.
    for (qsizetype j = 1; j < aliasWords.size(); ++j)
        insertOnce(m_partIndex, aliasWords.mid(aliasWords.size() - j).join(u' '), entity);
    if (aliasWords.size() >= 2)
        insertOnce(m_partIndex, u'^' + aliasWords.constFirst(), entity);
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

bool isShortForm(const QString &name)
{
    return name.size() >= 2 && name.size() <= 6 && name == name.toUpper() && !name.contains(u' ');
}

} // namespace

EntityLinker::Match EntityLinker::match(const Entity &e, EntityType type, const QString &name)
{
    return match(e, type, name, words(name), isShortForm(name));
}

EntityLinker::Match EntityLinker::match(const Entity &e, EntityType type, const QString &name,
    const QStringList &nameWords, bool shortForm)
{
    if (e.type != type)
        return None;
    for (const QString &alias : e.aliases) {
        const QStringList aliasWords = words(alias);
        // "EU" and "European Union", in either order of appearance.
        if (shortForm && aliasWords.size() >= 2 && acronym(alias) == name)
            return Decides;
        if (aliasWords.size() == 1 && alias.size() <= 6 && alias == alias.toUpper()
            && acronym(name) == alias && nameWords.size() >= 2)
            return Decides;
        // "Kallas" and "Kaja Kallas": people by their surname or first name. Not places or
        // organisations, whose first or last word is often another entity ("Osmark" and
        // "Osmark City", "Sarrel" and "Sarrel Growers' Union").
        if (type == EntityType::Person
            && (nameContains(aliasWords, nameWords) || nameContains(nameWords, aliasWords))
            && !isLowerWord(nameWords.value(0)))
            return Partial;
        // Spelling variants of one name (Kiev, Kyiv): same first letter, same consonants.
        if (type != EntityType::Misc && name.size() >= 4 && alias.size() >= 4
            && nameWords.size() == aliasWords.size()
            && name.front().toLower() == alias.front().toLower() && skeleton(name).size() >= 2
            && skeleton(name) == skeleton(alias))
            return Decides;
    }
    return None;
}

int EntityLinker::find(EntityType type, const QString &name) const
{
    // The very same name is the same entity, whatever type this one mention was given.
    if (const auto it = m_aliasIndex.constFind(name); it != m_aliasIndex.constEnd())
        return it.value();
    const QStringList nameWords = words(name);
    const bool shortForm = isShortForm(name);
    // Only the entities the indexes name can match; match() then applies the rules to each,
    // newest first, as a scan of all of them would.
    QList<int> candidates;
    const auto take = [&](const QList<int> &list) {
        candidates.append(list);
    };
    const auto takeAlias = [&](const QString &alias) {
        if (const auto it = m_aliasIndex.constFind(alias); it != m_aliasIndex.constEnd())
            candidates.append(it.value());
    };
    if (shortForm)
        take(m_acronymIndex.value(name));
    if (nameWords.size() >= 2)
        takeAlias(acronym(name));
    if (type == EntityType::Person) {
        take(m_partIndex.value(nameWords.join(u' ')));
        if (nameWords.size() == 1)
            take(m_partIndex.value(u'^' + nameWords.constFirst()));
        for (qsizetype j = 1; j < nameWords.size(); ++j)
            takeAlias(nameWords.mid(nameWords.size() - j).join(u' '));
        if (nameWords.size() >= 2)
            takeAlias(nameWords.constFirst());
    }
    if (type != EntityType::Misc && name.size() >= 4)
        take(m_skeletonIndex.value(skeletonKey(name, nameWords.size())));
    std::sort(candidates.begin(), candidates.end(), std::greater<int>());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    int partial = -1;
    int partialCount = 0;
    for (const int i : std::as_const(candidates)) {
        const Match m = match(m_entities[i], type, name, nameWords, shortForm);
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

namespace {

// name == name.toUpper(), without building the upper-case copy for ASCII.
bool isShouting(const QString &name)
{
    for (const QChar c : name) {
        if (c.unicode() >= 128)
            return name == name.toUpper();
    }
    return std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

} // namespace

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
            if (!m_entities[index].aliases.contains(name))
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
