// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownparser.h"

#include "import/plaintextparser.h"

#include <QRegularExpression>

#include <cmark.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax::MarkdownParser {
namespace {

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

// Strips a front matter block into draft; returns where the Markdown proper starts.
qsizetype readFrontMatter(const QString &text, ArticleDraft *draft)
{
    if (!text.startsWith(u"---\n"_s))
        return PlainTextParser::readHeader(text, draft);
    const qsizetype close = text.indexOf(u"\n---"_s, 3);
    if (close < 0)
        return 0;
    ArticleDraft parsed;
    // Front matter holds "key: value" lines; quotes around values are YAML's, not the data's.
    // Keys Parallax does not know (tags, layout, ...) are passed over.
    for (const QStringView line : QStringView(text).mid(4, close - 3).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        QStringView value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        PlainTextParser::setField(&parsed, line.left(colon), value.toString());
    }
    *draft = parsed;
    qsizetype end = text.indexOf(u'\n', close + 4);
    return end < 0 ? text.size() : end + 1;
}

void appendInline(cmark_node *node, QString *out)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            *out += QString::fromUtf8(cmark_node_get_literal(child));
            break;
        case CMARK_NODE_HTML_INLINE: {
            // A tag is markup like * or _: the text between <span> and </span> is kept (it comes
            // as text nodes), the tags and comments are not. A <br> is a line break.
            static const QRegularExpression lineBreak(
                u"^<br\\s*/?>$"_s, QRegularExpression::CaseInsensitiveOption);
            if (lineBreak.match(QString::fromUtf8(cmark_node_get_literal(child))).hasMatch())
                *out += u'\n';
            break;
        }
        case CMARK_NODE_SOFTBREAK:
            *out += u' ';
            break;
        case CMARK_NODE_LINEBREAK:
            *out += u'\n';
            break;
        case CMARK_NODE_IMAGE:
            break; // an image's alt text is not part of the article's prose
        default:
            appendInline(child, out);
        }
    }
}

void appendBlocks(cmark_node *node, QStringList *paragraphs, const QString &itemPrefix = {})
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING: {
            QString text;
            appendInline(child, &text);
            text = text.trimmed();
            if (!text.isEmpty())
                paragraphs->append(itemPrefix + text);
            break;
        }
        case CMARK_NODE_CODE_BLOCK: {
            QString text = QString::fromUtf8(cmark_node_get_literal(child));
            while (text.endsWith(u'\n'))
                text.chop(1);
            if (!text.isEmpty())
                paragraphs->append(text);
            break;
        }
        case CMARK_NODE_LIST: {
            QStringList items;
            const bool ordered = cmark_node_get_list_type(child) == CMARK_ORDERED_LIST;
            int number = cmark_node_get_list_start(child);
            for (cmark_node *item = cmark_node_first_child(child); item;
                 item = cmark_node_next(item)) {
                QStringList itemParagraphs;
                appendBlocks(item, &itemParagraphs);
                const QString marker = ordered ? u"%1. "_s.arg(number++) : u"• "_s;
                items.append(marker + itemParagraphs.join(u' '));
            }
            if (!items.isEmpty())
                paragraphs->append(items.join(u'\n'));
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK:
        case CMARK_NODE_HTML_BLOCK:
            break;
        default:
            appendBlocks(child, paragraphs, itemPrefix);
        }
    }
}

} // namespace

ArticleDraft parse(const QString &text)
{
    ArticleDraft draft;
    const qsizetype start = readFrontMatter(text, &draft);
    draft.sourceFormat = u"markdown"_s;

    const QByteArray utf8 = QStringView(text).mid(start).toUtf8();
    std::unique_ptr<cmark_node, NodeDeleter> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));

    // A leading level-one heading is the headline, not part of the body, unless the
    // metadata already gave a different title.
    cmark_node *first = cmark_node_first_child(document.get());
    if (first && cmark_node_get_type(first) == CMARK_NODE_HEADING
        && cmark_node_get_heading_level(first) == 1) {
        QString heading;
        appendInline(first, &heading);
        heading = heading.trimmed();
        if (draft.title.isEmpty() || draft.title == heading) {
            draft.title = heading;
            cmark_node_unlink(first);
            cmark_node_free(first);
        }
    }

    QStringList paragraphs;
    appendBlocks(document.get(), &paragraphs);
    draft.body = paragraphs.join(u"\n\n"_s);
    if (draft.title.isEmpty()) {
        draft.title = PlainTextParser::firstLineTitle(draft.body);
        draft.titleGuessed = true;
    }
    return draft;
}

} // namespace Parallax::MarkdownParser
