// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/entity.h"
#include "model/storedcomparison.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Parallax {

struct ReportArticle
{
    Article article;
    // What the report shows, in text order: what the options let through, never rejected or
    // orphaned annotations. Spans are code points, re-anchored in memory where the text moved.
    QList<Annotation> annotations;
};

// Everything a report shows, read from the project once and filtered by the export options, so
// that the HTML, PDF and Markdown writers only lay it out.
struct ReportData
{
    ExportOptions options;
    Story story; // id 0: a single-article report
    QList<ReportArticle> articles; // in story order
    QHash<qint64, QString> entityNames;
    QHash<qint64, Tag> tags;
    // Restricted to the articles above (an alignment keeps two or more of them); nothing when the
    // story has not been compared yet.
    std::optional<StoredComparison> comparison;
    QDateTime prepared;
    // Annotations left out because their text moved and could not be re-anchored.
    int orphaned = 0;

    bool isSingleArticle() const { return story.id == 0; }
    bool shows(ExportLayer layer) const { return options.layers.contains(layer); }
    const ReportArticle *article(qint64 articleId) const;
    // What tables call an article: its outlet, else its title.
    QString sourceName(qint64 articleId) const;
    QString tagName(qint64 tagId) const;
    // The annotations shown, not counting a quote's speaker and cue.
    int annotationCount() const;
    // The report's title: the story's name, or the single article's title.
    QString title() const;
    // "Comparison dossier" or "Article report".
    QString kindName() const;
};

// Restricts a comparison to some of its articles: members of other articles leave their
// alignments (an alignment needs two), review items and coverage columns go with them.
StoredComparison restrictComparison(StoredComparison comparison, const QList<qint64> &articleIds);

} // namespace Parallax
