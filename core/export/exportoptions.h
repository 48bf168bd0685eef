// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace Parallax {

// What leaves Parallax: a report a person reads, or data another tool loads.
enum class ExportFormat : quint8 {
    Html, // the comparison dossier (or a single-article report), one self-contained file
    Pdf, // the same, typeset by Qt with a title page, running headers and page numbers
    Markdown,
    JsonLd, // W3C Web Annotation JSON-LD
    Csv, // one row per annotation, with its article's metadata
    Brat, // brat standoff: a .txt and an .ann per article, in a folder
    Conll, // BIO entity layers, one token per line
};
// Names on the command line: html, pdf, md, jsonld, csv, brat, conll.
QString enumName(ExportFormat format);
bool enumFromName(const QString &text, ExportFormat *format);

// The layers an export can carry. Names: entities, quotes, dates, tags, notes.
enum class ExportLayer : quint8 { Entities, Quotes, Dates, Tags, Notes };
QString enumName(ExportLayer layer);
bool enumFromName(const QString &text, ExportLayer *layer);

struct ExportOptions
{
    ExportFormat format = ExportFormat::Html;
    qint64 storyId = 0; // the story to export; 0 with one article id: a single-article report
    QList<qint64> articleIds; // empty: all of the story's articles
    QList<ExportLayer> layers = {ExportLayer::Entities, ExportLayer::Quotes, ExportLayer::Dates,
        ExportLayer::Tags, ExportLayer::Notes};
    bool includeProposals = true; // false: only accepted annotations (and manual ones)
    bool includeNotes = true; // analyst notes on annotations and review items
    // The curated layer (docs/agreement.md) in place of the annotations: the one version a lead
    // kept of the analysts' work, every one of them accepted.
    bool curatedLayer = false;
    QPageSize::PageSizeId pageSize = QPageSize::A4; // PDF only
    QString preparedBy; // the analyst named on the report
};

} // namespace Parallax
