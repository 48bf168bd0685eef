// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportmarkup.h"

#include <QString>

namespace Parallax {

struct ReportData;
struct ReportArticle;

// The report's parts as HTML, shared by the HTML file and the PDF (which Qt typesets from its
// rich-text subset). Browser output marks things with classes styled by the file's stylesheet;
// Qt output uses only what QTextDocument understands, with the colours inline.
namespace ReportHtml {

enum class Flavour : quint8 { Browser, QtRichText };

QString escape(const QString &text);
// "24 November 2025" for an ISO date or date-time; the text as it is otherwise.
QString displayDate(const QString &iso);
// "22 November 2026 at 14:03"
QString displayDateTime(const QDateTime &when);
// "Prepared by … on … with Parallax …"
QString preparedLine(const ReportData &data);

QString titlePage(const ReportData &data, Flavour flavour);
QString legend(const ReportData &data, const ReaderColors &colors, Flavour flavour);
// The aligned quotes and statements, the review items, what only one source has and the coverage
// tables; a line saying so when the story has not been compared. Empty for a single article.
QString comparison(const ReportData &data, const ReaderColors &colors, Flavour flavour);
// The article's outlet, headline and byline with its source URL.
QString articleHeading(const ReportArticle &article, Flavour flavour);
QString notes(const ArticleMarkup &markup, qint64 articleId, Flavour flavour);
// A single-article report's lists of who is named and who is quoted.
QString articleSummary(const ReportData &data, const ReportArticle &article,
    const ArticleMarkup &markup, Flavour flavour);

} // namespace ReportHtml
} // namespace Parallax
