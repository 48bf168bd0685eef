// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"

#include <QHash>

#include <array>

namespace Parallax {

// Groups the mentions of one entity under one record: "Kaja Kallas", "Kallas" and "Ms Kallas";
// "European Union" and "EU"; "Kiev" and "Kyiv". Feed it the mentions of one document, or of
// every document of a story in turn, so that across a story the same entity is the same record.
class EntityLinker
{
public:
    // Links mentions (setting each mention's entity index) against the entities seen so far.
    // surfaces holds each mention's text.
    void link(QList<EntityMention> *mentions, const QStringList &surfaces);

    const QList<Entity> &entities() const { return m_entities; }

    // The mention text without possessives and a leading "the", and for a person without titles:
    // "Ms Kallas's" -> "Kallas" (but "General Electric" stays a company's name).
    static QString normalise(QStringView surface, EntityType type = EntityType::Person);
    // Initials of the capitalised words, leaving out a company's legal form and a ticker symbol:
    // "European Union" -> "EU", "Northern Basin Commission" -> "NBC", "General Electric Co <GE>"
    // -> "GE" (with "Co", every "E... Co" was "EC").
    static QString acronym(QStringView name);
    // Consonants in order with doubles collapsed and vowels (and y) dropped: "Kyiv" and "Kiev" ->
    // "kv".
    static QString skeleton(QStringView name);

    // The entity a normalised name of that type links to, or -1 for a new one.
    int find(EntityType type, const QString &name) const;
    // The rules of find() for one entity: -2 for a match that decides, 1 for a person matched
    // by part of the name, 0 for none. find() applies them, newest entity first, to the
    // entities its indexes name; a scan of all entities with them gives the same answer.
    enum Match { None = 0, Partial = 1, Decides = -2 };
    static Match match(const Entity &entity, EntityType type, const QString &name);

private:
    struct Name;
    static Match match(const Entity &entity, EntityType type, const Name &name);
    int add(EntityType type, const QString &name);
    void addAlias(int entity, const QString &alias);

    void vote(int entity, EntityType type);

    QList<Entity> m_entities;
    QHash<QString, int> m_aliasIndex; // every alias seen -> its entity: most mentions repeat a name
    // The entities a new name may match, so that a story of thousands of entities is not scanned
    // for each one (it made annotating a story quadratic): the initials of multi-word aliases,
    // the consonant skeletons, and the word tails and first words of the aliases.
    QHash<QString, QList<int>> m_acronymIndex;
    QHash<QString, QList<int>> m_skeletonIndex;
    QHash<QString, QList<int>> m_partIndex;
    // Mentions of each entity per type: the recogniser may call one name a person in one sentence
    // and a place in the next; the entity takes the type most of its mentions have.
    QList<std::array<int, kEntityTypeCount>> m_votes;
    // normalise() of the surfaces seen, people's and the others' (titles are dropped from
    // people's names only): a story repeats its names.
    QHash<QString, QString> m_normalised[2];
};

} // namespace Parallax
