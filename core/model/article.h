// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Parallax {

// An article as an importer reads it, before it has a row in a project.
struct ArticleDraft
{
    QString title;
    QString outlet;
    QString author;
    QString url;
    QString published; // ISO 8601: "YYYY-MM-DD" or a date-time with offset; empty when unknown
    QString language; // ISO 639-1 code; empty when unknown
    QString body; // plain text, paragraphs separated by blank lines
    QString sourcePath;
    QString sourceFormat; // "text", "html", "markdown", "json"
    // Made up by the importer, not read from a header: a title from the first line or the file
    // name, a language the detector chose. A re-import does not offer these as new metadata.
    bool titleGuessed = false;
    bool languageGuessed = false;
};

struct Article : ArticleDraft
{
    qint64 id = 0;
    QString contentHash;
    QDateTime importedAt;
    int wordCount = 0;
};

struct Story
{
    qint64 id = 0;
    QString name;
    QString description;
    QDateTime created;

    bool operator==(const Story &) const = default;
};

} // namespace Parallax
