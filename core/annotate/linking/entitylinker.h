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

    // The mention text without titles and possessives: "Ms Kallas's" -> "Kallas".
    static QString normalise(QStringView surface);
    // Initials of the capitalised words: "European Union" -> "EU", "Northern Basin Commission" ->
    // "NBC".
    static QString acronym(QStringView name);
    // Consonants in order with doubles collapsed and vowels (and y) dropped: "Kyiv" and "Kiev" ->
    // "kv".
    static QString skeleton(QStringView name);

private:
    int find(EntityType type, const QString &name) const;
    int add(EntityType type, const QString &name);

    void vote(int entity, EntityType type);

    QList<Entity> m_entities;
    QHash<QString, int> m_aliasIndex; // every alias seen -> its entity: most mentions repeat a name
    // Mentions of each entity per type: the recogniser may call one name a person in one sentence
    // and a place in the next; the entity takes the type most of its mentions have.
    QList<std::array<int, kEntityTypeCount>> m_votes;
};

} // namespace Parallax
