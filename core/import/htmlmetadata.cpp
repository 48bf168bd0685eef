// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlmetadata.h"
#include "htmldom.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax::HtmlMetadata {

using namespace HtmlDom;

namespace {

// A byline longer than this is a paragraph or an author biography, not a name.
constexpr qsizetype MaxBylineLength = 120;
// Room for the date and separators that share a line with the byline.
constexpr qsizetype BylineLineSlack = 40;

void offer(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = collapsed(value);
}

bool looksLikeUrl(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith("http://"_L1, Qt::CaseInsensitive)
        || t.startsWith("https://"_L1, Qt::CaseInsensitive) || t.startsWith(u'/');
}

QString unlessUrl(const QString &text)
{
    return looksLikeUrl(text) ? QString() : text;
}

// "en-GB", "en_GB" and "EN" all become "en"; anything that is not a two-letter code is dropped.
QString languageCode(const QString &tag)
{
    const QString t = tag.trimmed().toLower();
    qsizetype end = 0;
    while (end < t.size() && t.at(end) >= u'a' && t.at(end) <= u'z')
        ++end;
    if (end != 2 || (end < t.size() && t.at(end) != u'-' && t.at(end) != u'_'))
        return {};
    return t.left(2);
}

const QString titleSeparators[] = {u" | "_s, u" - "_s, u" – "_s, u" — "_s, u" · "_s, u" :: "_s};

QString stripOutletSuffix(const QString &title, const QString &outlet)
{
    if (outlet.isEmpty())
        return title;
    for (const QString &separator : titleSeparators) {
        const qsizetype at = title.lastIndexOf(separator);
        if (at > 0
            && title.mid(at + separator.size()).trimmed().compare(outlet, Qt::CaseInsensitive) == 0)
            return title.left(at).trimmed();
    }
    return title;
}

// When no metadata names the outlet, "<h1> | Outlet" in <title> still gives both away.
void splitTitleByHeading(ArticleDraft &draft, const QString &heading)
{
    if (heading.isEmpty() || draft.title.size() <= heading.size()
        || !draft.title.startsWith(heading, Qt::CaseInsensitive))
        return;
    const QString rest = draft.title.mid(heading.size());
    for (const QString &separator : titleSeparators) {
        if (!rest.startsWith(separator))
            continue;
        const QString suffix = rest.mid(separator.size()).trimmed();
        const bool isOneName = std::none_of(std::begin(titleSeparators), std::end(titleSeparators),
            [&](const QString &other) { return suffix.contains(other); });
        draft.title = heading;
        if (isOneName)
            offer(draft.outlet, suffix);
        return;
    }
}

// ---- JSON-LD ----

// Some publishers HTML-escape the strings inside their JSON-LD a second time.
QString decodeBasicEntities(QString text)
{
    if (!text.contains(u'&'))
        return text;
    text.replace("&quot;"_L1, "\""_L1);
    text.replace("&#39;"_L1, "'"_L1);
    text.replace("&#039;"_L1, "'"_L1);
    text.replace("&#x27;"_L1, "'"_L1);
    text.replace("&apos;"_L1, "'"_L1);
    text.replace("&lt;"_L1, "<"_L1);
    text.replace("&gt;"_L1, ">"_L1);
    text.replace("&amp;"_L1, "&"_L1);
    return text;
}

QString jsonString(const QJsonValue &value)
{
    return value.isString() ? decodeBasicEntities(value.toString()) : QString();
}

void collectNodes(const QJsonValue &value, QList<QJsonObject> &nodes)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            collectNodes(item, nodes);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        nodes.append(object);
        if (object.contains("@graph"_L1))
            collectNodes(object.value("@graph"_L1), nodes);
    }
}

bool isArticleType(const QJsonValue &type)
{
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(
            types.begin(), types.end(), [](const QJsonValue &t) { return isArticleType(t); });
    }
    // Types may be written "NewsArticle", "schema:NewsArticle" or "https://schema.org/NewsArticle".
    QString name = type.toString();
    name = name.mid(std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u':')) + 1);
    return name.endsWith("Article"_L1) || name == "BlogPosting"_L1 || name == "LiveBlogPosting"_L1
        || name == "Report"_L1;
}

class JsonLd
{
public:
    explicit JsonLd(const GumboNode *html);

    const QJsonObject *article() const { return m_article; }
    // Follows a {"@id": ...} reference to the node it names within the page's JSON-LD.
    QJsonObject resolve(const QJsonObject &object) const;
    QString names(const QJsonValue &value) const;
    QString url() const;

private:
    QList<QJsonObject> m_nodes;
    QHash<QString, qsizetype> m_byId;
    const QJsonObject *m_article = nullptr;
};

JsonLd::JsonLd(const GumboNode *html)
{
    walkElements(html, [&](const GumboNode *element) {
        if (!hasTag(element, GUMBO_TAG_SCRIPT))
            return Walk::Into;
        if (!attribute(element, "type").contains("ld+json"_L1, Qt::CaseInsensitive))
            return Walk::Over;
        QString text = rawText(element).trimmed();
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            // Raw line breaks inside strings are a common mistake that browsers' consumers forgive.
            text.replace(QRegularExpression(u"[\\r\\n\\t]+"_s), u" "_s);
            document = QJsonDocument::fromJson(text.toUtf8(), &error);
        }
        if (error.error == QJsonParseError::NoError)
            collectNodes(
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                m_nodes);
        return Walk::Over;
    });
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const QString id = m_nodes.at(i).value("@id"_L1).toString();
        if (!id.isEmpty() && !m_byId.contains(id))
            m_byId.insert(id, i);
        if (!m_article && isArticleType(m_nodes.at(i).value("@type"_L1)))
            m_article = &m_nodes.at(i);
    }
}

QJsonObject JsonLd::resolve(const QJsonObject &object) const
{
    if (object.contains("name"_L1))
        return object;
    const auto it = m_byId.constFind(object.value("@id"_L1).toString());
    return it == m_byId.constEnd() ? object : m_nodes.at(*it);
}

QString JsonLd::names(const QJsonValue &value) const
{
    if (value.isArray()) {
        QStringList all;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QString name = names(item);
            if (!name.isEmpty() && !all.contains(name))
                all.append(name);
        }
        return all.join(", "_L1);
    }
    if (value.isObject())
        return collapsed(jsonString(resolve(value.toObject()).value("name"_L1)));
    return collapsed(unlessUrl(jsonString(value)));
}

QString JsonLd::url() const
{
    QString url = jsonString(m_article->value("url"_L1));
    if (!url.isEmpty())
        return url;
    const QJsonValue page = m_article->value("mainEntityOfPage"_L1);
    if (page.isObject()) {
        const QJsonObject object = page.toObject();
        const QString id = jsonString(object.value("@id"_L1));
        return id.isEmpty() ? jsonString(object.value("url"_L1)) : id;
    }
    return jsonString(page);
}

void readJsonLd(const GumboNode *html, ArticleDraft &draft)
{
    const JsonLd jsonLd(html);
    const QJsonObject *article = jsonLd.article();
    if (!article)
        return;
    offer(draft.title, jsonString(article->value("headline"_L1)));
    offer(draft.title, jsonString(article->value("name"_L1)));
    offer(draft.published, jsonString(article->value("datePublished"_L1)));
    offer(draft.author, jsonLd.names(article->value("author"_L1)));
    offer(draft.outlet, jsonLd.names(article->value("publisher"_L1)));
    offer(draft.url, jsonLd.url());
    const QJsonValue language = article->value("inLanguage"_L1);
    if (language.isObject()) {
        const QJsonObject object = language.toObject();
        offer(draft.language, languageCode(jsonString(object.value("alternateName"_L1))));
    } else {
        offer(draft.language, languageCode(jsonString(language)));
    }
}

// ---- Meta tags and elements ----

// Meta tags by lower-case property, name or itemprop; the first tag with a key wins.
QHash<QString, QString> metaTags(const GumboNode *html)
{
    QHash<QString, QString> tags;
    walkElements(html, [&](const GumboNode *element) {
        if (!hasTag(element, GUMBO_TAG_META))
            return Walk::Into;
        const QString content = attribute(element, "content").trimmed();
        if (content.isEmpty())
            return Walk::Over;
        for (const char *key : {"property", "name", "itemprop", "http-equiv"}) {
            const QString name = attribute(element, key).trimmed().toLower();
            if (!name.isEmpty() && !tags.contains(name))
                tags.insert(name, content);
        }
        return Walk::Over;
    });
    return tags;
}

bool hasToken(const QString &list, QLatin1StringView token)
{
    const QStringList tokens = list.simplified().split(u' ');
    return std::any_of(tokens.begin(), tokens.end(),
        [&](const QString &t) { return t.compare(token, Qt::CaseInsensitive) == 0; });
}

const GumboNode *articleScope(const GumboNode *articleRoot)
{
    for (const GumboNode *node = articleRoot; node; node = node->parent) {
        if (hasTag(node, GUMBO_TAG_ARTICLE))
            return node;
    }
    return articleRoot;
}

QString publishedTime(const GumboNode *html, const GumboNode *articleRoot)
{
    if (articleRoot) {
        const GumboNode *time
            = findElement(articleScope(articleRoot), ChromeRule::Metadata, [](const GumboNode *e) {
                  return hasTag(e, GUMBO_TAG_TIME) && !attribute(e, "datetime").trimmed().isEmpty();
              });
        if (time)
            return attribute(time, "datetime");
    }
    const GumboNode *marked = findElement(html, ChromeRule::Metadata, [](const GumboNode *e) {
        return hasToken(attribute(e, "itemprop"), "datePublished"_L1)
            && !attribute(e, "datetime").trimmed().isEmpty();
    });
    return marked ? attribute(marked, "datetime") : QString();
}

bool isBylineMarked(const GumboNode *element)
{
    if (hasTag(element, GUMBO_TAG_META) || hasTag(element, GUMBO_TAG_LINK))
        return false;
    const QString classes = attribute(element, "class");
    return classes.contains("byline"_L1, Qt::CaseInsensitive)
        || classes.contains("author"_L1, Qt::CaseInsensitive)
        || attribute(element, "rel").contains("author"_L1, Qt::CaseInsensitive)
        || attribute(element, "itemprop").contains("author"_L1, Qt::CaseInsensitive);
}

// Text of a byline without the dates that often share its line.
void appendBylineText(const GumboNode *node, QString &out)
{
    const GumboVector &kids = children(node);
    for (unsigned int i = 0; i < kids.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT) {
            if (!hasTag(child, GUMBO_TAG_TIME) && !isChrome(child, ChromeRule::Metadata))
                appendBylineText(child, out);
        } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
            out += QString::fromUtf8(child->v.text.text);
        }
    }
}

QString cleanByline(const GumboNode *element)
{
    QString text;
    appendBylineText(element, text);
    text = collapsed(text);
    static const QRegularExpression by(
        u"^(?:written\\s+)?by\\b[:\\s]*"_s, QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    // "Mara Quell | 12 March" or "Mara Quell · Chief correspondent": the name comes first.
    static const QRegularExpression tail(u"\\s+[|·•]\\s.*$|[\\s|,·•–—-]+$"_s);
    text.remove(tail);
    return text.size() > MaxBylineLength ? QString() : text;
}

QString bylineText(const GumboNode *byline)
{
    // Several author links in one byline ("By <a>A</a> and <a>B</a>") are listed each by name.
    QStringList names;
    walkElements(byline, [&](const GumboNode *element) {
        if (isChrome(element, ChromeRule::Metadata))
            return Walk::Over;
        if (!isBylineMarked(element))
            return Walk::Into;
        const QString name = cleanByline(element);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
        return Walk::Over;
    });
    return names.isEmpty() ? cleanByline(byline) : names.join(", "_L1);
}

// The byline element itself, or the short block around it ("By <a>A</a> · 12 March").
const GumboNode *bylineBlock(const GumboNode *byline, const GumboNode *articleRoot)
{
    const qsizetype length = textContent(byline).size();
    const GumboNode *block = byline;
    while (block->parent && block->parent != articleRoot
        && block->parent->type == GUMBO_NODE_ELEMENT && !hasTag(block->parent, GUMBO_TAG_BODY)
        && textContent(block->parent).size() <= length + BylineLineSlack)
        block = block->parent;
    return block;
}

} // namespace

const GumboNode *read(const GumboNode *html, const GumboNode *articleRoot, ArticleDraft &draft)
{
    readJsonLd(html, draft);

    const QHash<QString, QString> meta = metaTags(html);
    offer(draft.title, meta.value(u"og:title"_s));
    offer(draft.outlet, meta.value(u"og:site_name"_s));
    offer(draft.url, meta.value(u"og:url"_s));
    offer(draft.published, meta.value(u"article:published_time"_s));
    offer(draft.author, unlessUrl(meta.value(u"author"_s)));
    offer(draft.author, unlessUrl(meta.value(u"article:author"_s)));
    for (const auto key : {"date"_L1, "pubdate"_L1, "publishdate"_L1, "publish-date"_L1,
             "datepublished"_L1, "dc.date.issued"_L1, "dc.date"_L1, "dcterms.created"_L1})
        offer(draft.published, meta.value(key));
    offer(draft.published, publishedTime(html, articleRoot));

    const GumboNode *byline = findElement(html, ChromeRule::Metadata,
        [](const GumboNode *e) { return isBylineMarked(e) && !bylineText(e).isEmpty(); });
    if (byline)
        offer(draft.author, bylineText(byline));

    const GumboNode *canonical = findElement(html, ChromeRule::Metadata, [](const GumboNode *e) {
        return hasTag(e, GUMBO_TAG_LINK) && hasToken(attribute(e, "rel"), "canonical"_L1);
    });
    if (canonical)
        offer(draft.url, attribute(canonical, "href"));

    offer(draft.title, meta.value(u"twitter:title"_s));
    const GumboNode *title = findElement(
        html, ChromeRule::Metadata, [](const GumboNode *e) { return hasTag(e, GUMBO_TAG_TITLE); });
    if (title)
        offer(draft.title, textContent(title));
    const GumboNode *heading = findElement(articleRoot ? articleScope(articleRoot) : html,
        ChromeRule::Metadata, [](const GumboNode *e) { return hasTag(e, GUMBO_TAG_H1); });
    const QString headingText = heading ? textContent(heading) : QString();
    offer(draft.title, headingText);
    draft.title = stripOutletSuffix(draft.title, draft.outlet);
    splitTitleByHeading(draft, headingText);

    offer(draft.language, languageCode(attribute(html, "lang")));
    offer(draft.language, languageCode(attribute(html, "xml:lang")));
    offer(draft.language, languageCode(meta.value(u"og:locale"_s)));
    offer(draft.language, languageCode(meta.value(u"content-language"_s)));

    return byline ? bylineBlock(byline, articleRoot) : nullptr;
}

} // namespace Parallax::HtmlMetadata
