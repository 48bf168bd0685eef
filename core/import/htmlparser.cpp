// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlparser.h"
#include "htmldom.h"
#include "htmlmetadata.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax::HtmlParser {

using namespace HtmlDom;

namespace {

// Paragraphs shorter than this are captions, datelines or teaser labels and say little about where
// the article text lives.
constexpr qsizetype MinScoredParagraphLength = 25;

GumboOptions parserOptions()
{
    GumboOptions options = kGumboDefaultOptions;
    // Parse errors are of no use here; recording them costs memory on sloppy real-world pages.
    options.max_errors = 0;
    return options;
}

const GumboOptions &options()
{
    static const GumboOptions options = parserOptions();
    return options;
}

struct OutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&options(), output); }
};

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

// Turns a subtree into plain text: one paragraph per block element, <br> as a line break,
// whitespace collapsed within lines.
class BodyWriter
{
public:
    BodyWriter(const QString &title, const GumboNode *excluded)
        : m_title(title)
        , m_excluded(excluded)
    { }

    QString write(const GumboNode *root)
    {
        visit(root, true);
        endBlock(false);
        return m_paragraphs.join("\n\n"_L1);
    }

private:
    void visit(const GumboNode *node, bool isRoot);
    void appendText(const char *utf8);
    void lineBreak();
    void endBlock(bool isHeading1);

    QString m_title;
    const GumboNode *m_excluded;
    QStringList m_paragraphs;
    QStringList m_lines; // finished lines of the paragraph being written
    QString m_line;
    int m_preDepth = 0;
};

void BodyWriter::visit(const GumboNode *node, bool isRoot)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        appendText(node->v.text.text);
        return;
    case GUMBO_NODE_ELEMENT:
        break;
    default:
        return;
    }
    if (!isRoot && (node == m_excluded || isChrome(node, ChromeRule::Body)))
        return;

    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
        lineBreak();
        return;
    }
    const bool block = isBlock(tag);
    if (block)
        endBlock(false);
    if (tag == GUMBO_TAG_PRE)
        ++m_preDepth;
    const GumboVector &kids = children(node);
    for (unsigned int i = 0; i < kids.length; ++i)
        visit(static_cast<const GumboNode *>(kids.data[i]), false);
    if (tag == GUMBO_TAG_PRE)
        --m_preDepth;
    if (block)
        endBlock(tag == GUMBO_TAG_H1);
}

void BodyWriter::appendText(const char *utf8)
{
    const QString text = QString::fromUtf8(utf8);
    if (m_preDepth == 0) {
        m_line += text;
        return;
    }
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            lineBreak();
        m_line += lines.at(i);
    }
}

void BodyWriter::lineBreak()
{
    m_lines.append(collapsed(m_line));
    m_line.clear();
}

void BodyWriter::endBlock(bool isHeading1)
{
    lineBreak();
    // Runs of <br> often stand in for paragraph breaks; never let them grow beyond one blank line.
    QStringList kept;
    for (const QString &line : std::as_const(m_lines)) {
        if (line.isEmpty() && (kept.isEmpty() || kept.constLast().isEmpty()))
            continue;
        kept.append(line);
    }
    m_lines.clear();
    while (!kept.isEmpty() && kept.constLast().isEmpty())
        kept.removeLast();
    if (kept.isEmpty())
        return;
    const QString paragraph = kept.join(u'\n');
    // The headline is already the title; repeating it would shift every annotation offset for
    // nothing.
    if (isHeading1 && paragraph.compare(m_title, Qt::CaseInsensitive) == 0)
        return;
    m_paragraphs.append(paragraph);
}

bool hasText(const GumboNode *node)
{
    return !BodyWriter(QString(), nullptr).write(node).isEmpty();
}

bool isArticleBody(const GumboNode *element)
{
    const QStringList props = attribute(element, "itemprop").simplified().split(u' ');
    return props.contains("articleBody"_L1, Qt::CaseInsensitive);
}

bool hasBodyMarker(const GumboNode *element)
{
    if (hasTag(element, GUMBO_TAG_HTML) || hasTag(element, GUMBO_TAG_BODY))
        return false;
    const QString names = attribute(element, "class") + u' ' + attribute(element, "id");
    static const QLatin1StringView markers[] = {
        "article-body"_L1,
        "article__body"_L1,
        "articlebody"_L1,
        "story-body"_L1,
        "story__body"_L1,
        "post-content"_L1,
        "post-body"_L1,
        "entry-content"_L1,
    };
    return std::any_of(std::begin(markers), std::end(markers),
        [&](QLatin1StringView marker) { return names.contains(marker, Qt::CaseInsensitive); });
}

// Among several <article> elements (teasers, embedded posts) the story is the one with most text.
const GumboNode *largestArticle(const GumboNode *html, qsizetype *textLength)
{
    const GumboNode *best = nullptr;
    *textLength = 0;
    walkElements(html, [&](const GumboNode *element) {
        if (!hasTag(element, GUMBO_TAG_ARTICLE))
            return isChrome(element, ChromeRule::Body) ? Walk::Over : Walk::Into;
        // The article's own classes ("story--with-comments") do not disqualify it.
        const qsizetype length = BodyWriter(QString(), nullptr).write(element).size();
        if (length > *textLength) {
            best = element;
            *textLength = length;
        }
        return Walk::Over;
    });
    return best;
}

bool isAncestor(const GumboNode *ancestor, const GumboNode *node)
{
    for (const GumboNode *n = node->parent; n; n = n->parent) {
        if (n == ancestor)
            return true;
    }
    return false;
}

qsizetype linkTextLength(const GumboNode *node)
{
    qsizetype length = 0;
    walkElements(node, [&](const GumboNode *element) {
        if (!hasTag(element, GUMBO_TAG_A))
            return Walk::Into;
        length += textContent(element).size();
        return Walk::Over;
    });
    return length;
}

// Readability-style: every substantial paragraph credits its parent fully and its grandparent by
// half, discounted by the share of its text that is links; the best-credited element holds the
// article.
const GumboNode *bestScoredContainer(const GumboNode *html)
{
    QHash<const GumboNode *, double> scores;
    QList<const GumboNode *> order;
    const auto credit = [&](const GumboNode *node, double score) {
        if (!node || node->type != GUMBO_NODE_ELEMENT)
            return;
        if (!scores.contains(node))
            order.append(node);
        scores[node] += score;
    };
    walkElements(html, [&](const GumboNode *element) {
        if (isChrome(element, ChromeRule::Body))
            return Walk::Over;
        if (!hasTag(element, GUMBO_TAG_P))
            return Walk::Into;
        const qsizetype length = textContent(element).size();
        if (length < MinScoredParagraphLength)
            return Walk::Over;
        const double linkShare = std::min(1.0, double(linkTextLength(element)) / double(length));
        const double score = double(length) * (1.0 - linkShare);
        credit(element->parent, score);
        if (element->parent)
            credit(element->parent->parent, score / 2);
        return Walk::Over;
    });
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (const GumboNode *node : std::as_const(order)) {
        if (scores.value(node) > bestScore) {
            best = node;
            bestScore = scores.value(node);
        }
    }
    return best;
}

const GumboNode *chooseRoot(const GumboNode *html)
{
    if (const GumboNode *node = findElement(html, ChromeRule::Body,
            [](const GumboNode *e) { return isArticleBody(e) && hasText(e); }))
        return node;
    if (const GumboNode *node = findElement(html, ChromeRule::Body,
            [](const GumboNode *e) { return hasBodyMarker(e) && hasText(e); }))
        return node;
    qsizetype articleLength = 0;
    const GumboNode *article = largestArticle(html, &articleLength);
    const GumboNode *scored = bestScoredContainer(html);
    // <article> may only mark teaser cards while the story sits in a plain <div>.
    if (article
        && (!scored || isAncestor(scored, article) || isAncestor(article, scored)
            || articleLength * 2 >= BodyWriter(QString(), nullptr).write(scored).size()))
        return article;
    if (scored)
        return scored;
    const GumboNode *body = findElement(
        html, ChromeRule::Body, [](const GumboNode *e) { return hasTag(e, GUMBO_TAG_BODY); });
    return body ? body : html;
}

} // namespace

Result<ArticleDraft> parse(const QString &html, const QString &displayName)
{
    const QByteArray utf8 = html.toUtf8();
    const std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&options(), utf8.constData(), size_t(utf8.size())));
    if (!output || !output->root)
        return Error {displayName + u": the HTML could not be parsed"_s};

    ArticleDraft draft;
    draft.sourceFormat = u"html"_s;
    const GumboNode *root = chooseRoot(output->root);
    const GumboNode *byline = HtmlMetadata::read(output->root, root, draft);
    draft.body = BodyWriter(draft.title, byline).write(root);
    if (draft.body.isEmpty())
        return Error {displayName + u": no article text found in the HTML"_s};
    return draft;
}

} // namespace Parallax::HtmlParser
