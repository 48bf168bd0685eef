// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmldom.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax::HtmlDom {

namespace {

// "ad" must stand alone between separators so that "head", "shadow" or "load" do not match, while
// "ad-slot", "top_ad" and "ads" do.
const QRegularExpression &chromePattern(ChromeRule rule)
{
    static const QRegularExpression body(
        u"share|social|comment|related|newsletter|subscribe|promo|advert|(?<![a-z0-9])ads?(?![a-z0-9])|cookie|banner|menu|sidebar|breadcrumb|byline"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression metadata(
        u"share|social|comment|related|newsletter|subscribe|promo|advert|(?<![a-z0-9])ads?(?![a-z0-9])|cookie|banner|menu|sidebar|breadcrumb"_s,
        QRegularExpression::CaseInsensitiveOption);
    return rule == ChromeRule::Body ? body : metadata;
}

// Layout modifiers such as "has-sidebar" or "with-comments" describe what sits next to an element,
// not what it is, and are common on the containers that hold the article itself.
bool isModifierClass(QStringView token)
{
    static const QRegularExpression modifier(
        u"(?:^|[-_])(?:has|with|no)-"_s, QRegularExpression::CaseInsensitiveOption);
    return modifier.match(token).hasMatch();
}

bool isHiddenByStyle(const GumboNode *node)
{
    QString style = attribute(node, "style").toLower();
    style.remove(u' ');
    return style.contains("display:none"_L1) || style.contains("visibility:hidden"_L1);
}

void appendText(const GumboNode *node, QByteArray &out)
{
    const GumboVector &kids = children(node);
    for (unsigned int i = 0; i < kids.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            out.append(child->v.text.text);
            break;
        case GUMBO_NODE_ELEMENT:
            if (hasTag(child, GUMBO_TAG_SCRIPT) || hasTag(child, GUMBO_TAG_STYLE))
                break;
            if (hasTag(child, GUMBO_TAG_BR))
                out.append('\n');
            else
                appendText(child, out);
            break;
        default:
            break;
        }
    }
}

} // namespace

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool hasTag(const GumboNode *node, GumboTag tag)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

const GumboVector &children(const GumboNode *node)
{
    static const GumboVector none = {nullptr, 0, 0};
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return node->v.element.children;
    default:
        return none;
    }
}

QString tagName(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(node->v.element.tag));
    GumboStringPiece piece = node->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QString rawText(const GumboNode *node)
{
    QByteArray out;
    appendText(node, out);
    return QString::fromUtf8(out);
}

QString collapsed(const QString &text)
{
    QString result = text;
    // Soft hyphens, zero-width spaces and stray byte order marks are invisible in a browser but
    // would split words for search and annotation.
    result.remove(QChar(0x00AD));
    result.remove(QChar(0x200B));
    result.remove(QChar(0xFEFF));
    return result.simplified();
}

bool isChrome(const GumboNode *node, ChromeRule rule)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HEADER:
        // The head and an article's own header hold metadata such as the byline, never body text.
        return rule == ChromeRule::Body;
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_FIGCAPTION:
        return true;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MAIN:
        // Page wrappers carry layout classes ("page--with-sidebar", "sidebar-left") but hold the
        // article.
        return false;
    case GUMBO_TAG_UNKNOWN:
        // gumbo 0.10 predates <dialog>, the usual home of consent and sign-up pop-ups.
        if (tagName(node) == "dialog"_L1)
            return true;
        break;
    default:
        break;
    }

    const GumboVector *attrs = &node->v.element.attributes;
    if (gumbo_get_attribute(attrs, "hidden"))
        return true;
    if (attribute(node, "aria-hidden").compare("true"_L1, Qt::CaseInsensitive) == 0)
        return true;
    if (isHiddenByStyle(node))
        return true;

    const QRegularExpression &pattern = chromePattern(rule);
    const QString role = attribute(node, "role").toLower();
    if (role == "navigation"_L1 || role == "contentinfo"_L1 || role == "complementary"_L1
        || role == "search"_L1 || role == "dialog"_L1 || role == "alertdialog"_L1)
        return true;
    if (!role.isEmpty() && pattern.match(role).hasMatch())
        return true;
    const QString id = attribute(node, "id");
    if (!id.isEmpty() && pattern.match(id).hasMatch())
        return true;
    const QString classes = attribute(node, "class").simplified();
    for (const QStringView token : QStringView(classes).split(u' ', Qt::SkipEmptyParts)) {
        if (!isModifierClass(token) && pattern.match(token).hasMatch())
            return true;
    }
    return false;
}

} // namespace Parallax::HtmlDom
