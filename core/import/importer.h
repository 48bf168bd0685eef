// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "util/result.h"
#include "util/textmetrics.h"

#include <QList>
#include <QStringList>

namespace Parallax::Importer {

enum class Format { Auto, Text, Html, Markdown, Json };

constexpr qint64 kMaxFileSize = 20 * 1024 * 1024;

// The file name suffixes import understands (without the dot).
const QStringList &supportedSuffixes();

// The format a file's name announces, else what its first bytes look like.
Format detectFormat(const QString &path, const QByteArray &head);

// Reads one file into articles (a JSON array may hold several), with metadata normalised
// (ISO dates), the language detected when not given and sourcePath set. Refuses missing,
// unreadable, empty, binary and oversized files with a message naming the file and the reason.
// Without detectLanguage a language the file does not give stays empty (detection is most of
// the cost of reading a short article, and `annotate FILE` does not use it).
Result<QList<ArticleDraft>> readFile(
    const QString &path, Format format = Format::Auto, bool detectLanguage = true);

// The same for bytes already in memory; displayName names them in messages.
Result<QList<ArticleDraft>> parse(
    const QByteArray &bytes, const QString &displayName, Format format, bool detectLanguage = true);

// Files to import for the given paths: folders are walked for supported files, in name order.
QStringList expandPaths(const QStringList &paths);

// The body's identity and word count (util/textmetrics.h).
inline QString contentHash(const QString &body)
{
    return TextMetrics::contentHash(body);
}
inline int countWords(const QString &body)
{
    return TextMetrics::countWords(body);
}

} // namespace Parallax::Importer
