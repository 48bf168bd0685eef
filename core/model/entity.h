// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace Parallax {

// An entity record of a project: the people, organisations and places a story talks about.
struct EntityRecord
{
    qint64 id = 0;
    qint64 storyId = 0; // 0: articles in no story
    QString name;
    QString type; // PERSON, ORG, LOC, MISC
    QStringList aliases;
    int mentions = 0; // annotations that point at it (not rejected)
    QStringList outlets; // where it is mentioned

    bool operator==(const EntityRecord &) const = default;
};

// A code-book tag: analysts tag passages with these.
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QColor color;
    QString description;
    QString shortcut; // "1" ... "9", or empty
    int position = 0;

    bool operator==(const Tag &) const = default;
};

} // namespace Parallax
