// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers over gumbo's tree, shared by the HTML body extractor and the metadata reader.
// Internal to the import code: gumbo types never appear in public headers.

#include <QString>

#include <gumbo.h>

namespace Parallax::HtmlDom {

// The attribute's value, empty when it is missing.
QString attribute(const GumboNode *node, const char *name);
bool hasTag(const GumboNode *node, GumboTag tag);
const GumboVector &children(const GumboNode *node);

// The element's lower-case tag name, also for tags gumbo does not know (custom elements).
QString tagName(const GumboNode *node);

// All descendant text as written (entities decoded), without collapsing whitespace.
QString rawText(const GumboNode *node);
// Drops invisible characters, collapses runs of whitespace (including no-break spaces) and trims.
QString collapsed(const QString &text);
inline QString textContent(const GumboNode *node)
{
    return collapsed(rawText(node));
}

// What a chrome test is for: when reading metadata a byline is wanted, in the body it is not.
enum class ChromeRule { Body, Metadata };

// True for subtrees that are page furniture rather than article text: navigation, headers,
// footers, scripts, forms, share bars, related links, newsletter boxes, ads, comments, hidden
// elements and so on, judged from the tag, class, id and role.
bool isChrome(const GumboNode *node, ChromeRule rule);

enum class Walk { Into, Over, Stop };

// Depth-first over the element descendants of node in document order; visit returns whether to
// descend into an element, pass over it or stop. Returns false when a visit stopped the walk.
template<typename Visit>
bool walkElements(const GumboNode *node, const Visit &visit)
{
    const GumboVector &kids = children(node);
    for (unsigned int i = 0; i < kids.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        switch (visit(child)) {
        case Walk::Stop:
            return false;
        case Walk::Over:
            break;
        case Walk::Into:
            if (!walkElements(child, visit))
                return false;
            break;
        }
    }
    return true;
}

// The first element below node (in document order) for which match is true, skipping chrome
// subtrees according to rule; nullptr when there is none.
template<typename Match>
const GumboNode *findElement(const GumboNode *node, ChromeRule rule, const Match &match)
{
    const GumboNode *found = nullptr;
    walkElements(node, [&](const GumboNode *element) {
        if (isChrome(element, rule))
            return Walk::Over;
        if (match(element)) {
            found = element;
            return Walk::Stop;
        }
        return Walk::Into;
    });
    return found;
}

} // namespace Parallax::HtmlDom
