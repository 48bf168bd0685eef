// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "util/result.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace Parallax::CorpusArticles {

// Evaluation corpora whose article files import cannot read as they are. Each becomes the article
// JSON import reads ({"title", "outlet", "date", "url", "body"}), so the text an evaluation scores
// is the text 'parallax compare' shows for the converted file, character for character.
enum class Kind {
    Importable, // a file import reads as it is (text, HTML, Markdown, article JSON)
    Basil, // a BASIL article: JSON with "body-paragraphs", a list of paragraphs of sentences
    EcbPlus, // an ECB+ document: CAT XML, one <token sentence="N"> element per token
};

// Looks at the file's name and first bytes.
Kind kindOf(const QString &path, const QByteArray &head);

// The article JSON for a corpus file; for an Importable file, its bytes unchanged.
struct Converted
{
    Kind kind = Kind::Importable;
    QByteArray bytes;
};
Result<Converted> convert(const QString &path);

// The article drafts of a file (one for the corpus formats), read as import reads them.
Result<QList<ArticleDraft>> readArticles(const QString &path);

// BASIL: each sentence trimmed, the sentences of a paragraph joined by a space, paragraphs by a
// blank line.
QString basilBody(const QJsonArray &paragraphs);

// ECB+ keeps only tokens. They are joined back into prose: no space before closing punctuation,
// clitics ("'s", "n't") and closing quotation marks, none after opening ones; `` and '' become
// curly quotation marks; a lone hyphen or slash joins its neighbours ("86 - year" -> "86-year"),
// a colon between digits too ("8 : 13" -> "8:13"). A sentence that ends without final punctuation
// (a headline, a dateline) ends its paragraph, and so does one before a sentence that opens a
// quotation while another is still open (the way news quotes over several paragraphs). A first
// sentence that is a web address (ECB+ puts
// the source address there) is not part of the body; see ecbPlusUrl().
QString detokenize(const QList<QStringList> &sentences);
QString ecbPlusUrl(const QList<QStringList> &sentences); // "" when the first sentence is no address

} // namespace Parallax::CorpusArticles
