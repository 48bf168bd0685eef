// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonld.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax::JsonLd {
namespace {

const QString kArticlePrefix = u"urn:parallax:article:"_s;

QUuid idNamespace()
{
    static const QUuid ns = QUuid::createUuidV5(QUuid(), QByteArray("urn:parallax:ns:"));
    return ns;
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

// Stable across exports of one project, and distinct between projects: the row id alone is not.
QString annotationId(const Article &article, const Annotation &a)
{
    return u"urn:uuid:"_s
        + QUuid::createUuidV5(idNamespace(),
            u"%1:%2:%3"_s.arg(article.contentHash).arg(a.id).arg(timestamp(a.created)))
              .toString(QUuid::WithoutBraces);
}

QJsonArray selectors(const TextSpan &span)
{
    QJsonObject quote {{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, span.exact}};
    if (!span.prefix.isEmpty())
        quote.insert(u"prefix"_s, span.prefix);
    if (!span.suffix.isEmpty())
        quote.insert(u"suffix"_s, span.suffix);
    return QJsonArray {QJsonObject {{u"type"_s, u"TextPositionSelector"_s},
                           {u"start"_s, qint64(span.start)}, {u"end"_s, qint64(span.end)}},
        quote};
}

QJsonObject source(const Article &article)
{
    QJsonObject o {
        {u"id"_s, articleIri(article)}, {u"type"_s, u"Text"_s}, {u"format"_s, u"text/plain"_s}};
    if (!article.language.isEmpty())
        o.insert(u"language"_s, article.language);
    if (!article.url.isEmpty())
        o.insert(u"via"_s, article.url);
    return o;
}

// The standard provenance (creator, created, modified) and Parallax's own fields, which make the
// round trip exact.
void putProvenance(QJsonObject &o, const Annotation &a, bool withKind)
{
    if (a.origin == Origin::Automatic && !a.annotator.isEmpty())
        o.insert(u"creator"_s, QJsonObject {{u"type"_s, u"Software"_s}, {u"name"_s, a.annotator}});
    else if (a.origin == Origin::Manual && !a.analyst.isEmpty())
        o.insert(u"creator"_s, QJsonObject {{u"type"_s, u"Person"_s}, {u"name"_s, a.analyst}});
    if (a.created.isValid())
        o.insert(u"created"_s, timestamp(a.created));
    if (a.modified.isValid())
        o.insert(u"modified"_s, timestamp(a.modified));
    if (withKind)
        o.insert(u"px:kind"_s, enumName(a.kind));
    if (!a.label.isEmpty())
        o.insert(u"px:label"_s, a.label);
    if (!a.value.isEmpty())
        o.insert(u"px:value"_s, a.value);
    o.insert(u"px:status"_s, enumName(a.status));
    o.insert(u"px:origin"_s, enumName(a.origin));
    if (!a.annotator.isEmpty())
        o.insert(u"px:annotator"_s, a.annotator);
    if (!a.annotatorVersion.isEmpty())
        o.insert(u"px:annotatorVersion"_s, a.annotatorVersion);
    if (!a.analyst.isEmpty())
        o.insert(u"px:analyst"_s, a.analyst);
    o.insert(u"px:confidence"_s, a.confidence);
    if (a.anchor != AnchorState::Ok)
        o.insert(u"px:anchor"_s, enumName(a.anchor));
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return QJsonObject {{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, purpose}, {u"value"_s, value},
        {u"format"_s, u"text/plain"_s}};
}

QString motivation(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Entity:
        return u"identifying"_s;
    case AnnotationKind::Tag:
        return u"tagging"_s;
    case AnnotationKind::Note:
        return u"commenting"_s;
    case AnnotationKind::Quote:
    case AnnotationKind::Cue:
    case AnnotationKind::Speaker:
        break;
    }
    return u"describing"_s;
}

// --- reading

bool hasType(const QJsonObject &o, QStringView type)
{
    const QJsonValue t = o.value(u"type"_s);
    const auto matches = [type](const QJsonValue &v) {
        const QString s = v.toString();
        return s == type || (s.startsWith(u"oa:"_s) && QStringView(s).mid(3) == type);
    };
    if (t.isArray()) {
        const QJsonArray types = t.toArray();
        return std::any_of(types.begin(), types.end(), matches);
    }
    return matches(t);
}

QJsonArray asArray(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return QJsonArray {v};
}

bool isOffset(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    return v.isDouble() && d >= 0 && d <= 1e15 && std::floor(d) == d;
}

// Reads the selectors into span; returns a problem, or empty.
QString readSelectors(const QJsonValue &value, IncomingAnnotation *in)
{
    for (const QJsonValue &v : asArray(value)) {
        const QJsonObject s = v.toObject();
        if (hasType(s, u"TextPositionSelector")) {
            if (!isOffset(s.value(u"start"_s)) || !isOffset(s.value(u"end"_s))
                || s.value(u"end"_s).toDouble() < s.value(u"start"_s).toDouble())
                return u"its TextPositionSelector has no valid start and end"_s;
            in->annotation.span.start = qsizetype(s.value(u"start"_s).toDouble());
            in->annotation.span.end = qsizetype(s.value(u"end"_s).toDouble());
            in->hasPosition = true;
        } else if (hasType(s, u"TextQuoteSelector")) {
            if (!s.value(u"exact"_s).isString())
                return u"its TextQuoteSelector has no exact text"_s;
            in->annotation.span.exact = s.value(u"exact"_s).toString();
            in->annotation.span.prefix = s.value(u"prefix"_s).toString();
            in->annotation.span.suffix = s.value(u"suffix"_s).toString();
            in->hasQuote = true;
        }
    }
    if (!in->hasPosition && !in->hasQuote)
        return u"its target has no TextPositionSelector or TextQuoteSelector"_s;
    return {};
}

QString sourceOf(const QJsonValue &source, QString *via)
{
    if (source.isObject()) {
        *via = source.toObject().value(u"via"_s).toString();
        return source.toObject().value(u"id"_s).toString();
    }
    return source.toString();
}

QDateTime readTime(const QJsonObject &o, const QString &key, QString *problem)
{
    if (!o.contains(key))
        return {};
    const QDateTime t = QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
    if (!t.isValid() && problem->isEmpty())
        *problem
            = u"its %1 time '%2' is not an ISO 8601 date-time"_s.arg(key, o.value(key).toString());
    return t;
}

// Provenance and Parallax fields; foreign annotations without them are manual and accepted,
// made by their creator.
QString readProvenance(const QJsonObject &o, Annotation *a)
{
    QString problem;
    const QJsonObject creator = o.value(u"creator"_s).toObject();
    a->status = ReviewStatus::Accepted;
    a->origin = hasType(creator, u"Software") ? Origin::Automatic : Origin::Manual;
    if (a->origin == Origin::Automatic)
        a->annotator = creator.value(u"name"_s).toString();
    else
        a->analyst = creator.value(u"name"_s).toString();
    a->created = readTime(o, u"created"_s, &problem);
    a->modified = readTime(o, u"modified"_s, &problem);
    a->label = o.value(u"px:label"_s).toString();
    a->value = o.value(u"px:value"_s).toString();
    if (o.contains(u"px:status"_s) && !enumFromName(o.value(u"px:status"_s).toString(), &a->status))
        problem = u"unknown px:status '%1'"_s.arg(o.value(u"px:status"_s).toString());
    if (o.contains(u"px:origin"_s) && !enumFromName(o.value(u"px:origin"_s).toString(), &a->origin))
        problem = u"unknown px:origin '%1'"_s.arg(o.value(u"px:origin"_s).toString());
    if (o.contains(u"px:anchor"_s) && !enumFromName(o.value(u"px:anchor"_s).toString(), &a->anchor))
        problem = u"unknown px:anchor '%1'"_s.arg(o.value(u"px:anchor"_s).toString());
    if (o.contains(u"px:annotator"_s))
        a->annotator = o.value(u"px:annotator"_s).toString();
    a->annotatorVersion = o.value(u"px:annotatorVersion"_s).toString();
    if (o.contains(u"px:analyst"_s))
        a->analyst = o.value(u"px:analyst"_s).toString();
    if (o.contains(u"px:confidence"_s)) {
        const double c = o.value(u"px:confidence"_s).toDouble(-1);
        if (!o.value(u"px:confidence"_s).isDouble() || c < 0 || c > 1)
            problem = u"its px:confidence is not a number from 0 to 1"_s;
        else
            a->confidence = c;
    }
    return problem;
}

IncomingAnnotation readChild(
    const QJsonObject &body, const QString &parentSource, AnnotationKind kind)
{
    IncomingAnnotation child;
    child.annotation.kind = kind;
    child.problem = readProvenance(body, &child.annotation);
    QString via;
    if (sourceOf(body.value(u"source"_s), &via) != parentSource && child.problem.isEmpty())
        child.problem = u"its %1 points at another text"_s.arg(enumName(kind));
    if (const QString p = readSelectors(body.value(u"selector"_s), &child); child.problem.isEmpty())
        child.problem = p;
    child.annotation.note = body.value(u"px:note"_s).toString();
    child.entityName = body.value(u"px:entityName"_s).toString();
    child.entityType = body.value(u"px:entityType"_s).toString();
    return child;
}

struct Read
{
    QString source;
    QString via;
    IncomingAnnotation in;
};

Read readAnnotation(const QJsonObject &o, int index)
{
    Read r;
    IncomingAnnotation &in = r.in;
    Annotation &a = in.annotation;
    in.ref = o.value(u"id"_s).toString();
    if (in.ref.isEmpty())
        in.ref = u"annotation %1"_s.arg(index + 1);
    if (!hasType(o, u"Annotation")) {
        in.problem = u"it is not of type Annotation"_s;
        return r;
    }
    const QJsonArray targets = asArray(o.value(u"target"_s));
    if (targets.size() != 1) {
        in.problem = targets.isEmpty()
            ? u"it has no target"_s
            : u"it has %1 targets; Parallax takes one"_s.arg(targets.size());
        return r;
    }
    const QJsonValue target = targets.first();
    if (target.isObject() && target.toObject().contains(u"source"_s)) {
        r.source = sourceOf(target.toObject().value(u"source"_s), &r.via);
        in.problem = readSelectors(target.toObject().value(u"selector"_s), &in);
    } else {
        r.source = sourceOf(target, &r.via);
        in.problem = u"its target has no TextPositionSelector or TextQuoteSelector"_s;
    }
    if (const QString p = readProvenance(o, &a); in.problem.isEmpty())
        in.problem = p;

    // The bodies, by purpose.
    QString classifying, tagging, commenting, identifying, identifyingType;
    bool hasCommenting = false;
    for (const QJsonValue &v : asArray(o.value(u"body"_s))) {
        const QJsonObject body = v.toObject();
        const QString purpose = body.value(u"purpose"_s).toString();
        const QString role = body.value(u"px:role"_s).toString();
        if (hasType(body, u"SpecificResource") && (role == "cue"_L1 || role == "speaker"_L1)) {
            in.children.append(readChild(
                body, r.source, role == "cue"_L1 ? AnnotationKind::Cue : AnnotationKind::Speaker));
            continue;
        }
        const QString value = body.value(u"value"_s).toString();
        if (purpose == "classifying"_L1 && classifying.isEmpty()) {
            classifying = value;
        } else if (purpose == "tagging"_L1 && tagging.isEmpty()) {
            tagging = value;
        } else if (purpose == "commenting"_L1 && !hasCommenting) {
            commenting = value;
            hasCommenting = true;
        } else if ((purpose == "identifying"_L1 || role == "speaker"_L1) && identifying.isEmpty()) {
            identifying = value;
            identifyingType = body.value(u"px:entityType"_s).toString();
        }
    }
    if (!hasCommenting && o.value(u"bodyValue"_s).isString()) {
        commenting = o.value(u"bodyValue"_s).toString();
        hasCommenting = true;
    }
    const QJsonArray motivations = asArray(o.value(u"motivation"_s));
    const QString motivationName
        = motivations.isEmpty() ? QString() : motivations.first().toString();

    if (o.contains(u"px:kind"_s)) {
        if (!enumFromName(o.value(u"px:kind"_s).toString(), &a.kind)
            || a.kind == AnnotationKind::Cue || a.kind == AnnotationKind::Speaker) {
            if (in.problem.isEmpty())
                in.problem = u"unknown px:kind '%1'"_s.arg(o.value(u"px:kind"_s).toString());
            return r;
        }
    } else if (!tagging.isEmpty() || motivationName == "tagging"_L1) {
        a.kind = AnnotationKind::Tag;
    } else if (!AnnotationImport::entityLabel(classifying).isEmpty()) {
        a.kind = AnnotationKind::Entity;
        if (a.label.isEmpty())
            a.label = AnnotationImport::entityLabel(classifying);
    } else if (hasCommenting || motivationName == "commenting"_L1) {
        a.kind = AnnotationKind::Note;
    } else {
        if (in.problem.isEmpty())
            in.problem = u"it is not a tag, an entity, a quote or a note (no px:kind, and no"
                         " tagging, classifying or commenting body)"_s;
        return r;
    }

    if (a.kind == AnnotationKind::Note) {
        a.note = commenting;
        if (a.note.isEmpty() && in.problem.isEmpty())
            in.problem = u"a note without text"_s;
    } else {
        a.note = commenting;
    }
    if (a.kind == AnnotationKind::Tag) {
        in.tagName = tagging.isEmpty() ? a.label : tagging;
        if (a.label.isEmpty())
            a.label = in.tagName;
        if (in.tagName.isEmpty() && in.problem.isEmpty())
            in.problem = u"a tag without a tag name"_s;
    }
    if (a.kind == AnnotationKind::Entity && a.label.isEmpty())
        a.label = classifying;
    if (a.kind == AnnotationKind::Quote && a.label.isEmpty())
        a.label = classifying;
    if (!identifying.isEmpty()) {
        in.entityName = identifying;
        in.entityType = identifyingType;
    }
    if (a.kind != AnnotationKind::Quote && !in.children.isEmpty() && in.problem.isEmpty())
        in.problem = u"only a quote has a cue and a speaker"_s;
    return r;
}

Result<QList<QJsonObject>> annotationsIn(const QJsonDocument &doc)
{
    QList<QJsonObject> found;
    const auto addItems = [&found](QJsonValue page) {
        // Pages must be embedded: a file is read on its own, nothing is fetched.
        for (int guard = 0; page.isObject() && guard < 100000; ++guard) {
            for (const QJsonValue &item : page.toObject().value(u"items"_s).toArray())
                found.append(item.toObject());
            page = page.toObject().value(u"next"_s);
        }
        return page.isString() ? false : true;
    };
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            found.append(v.toObject());
        return found;
    }
    const QJsonObject top = doc.object();
    if (hasType(top, u"AnnotationCollection")) {
        if (!addItems(top.value(u"first"_s)))
            return Error {
                u"the collection's pages are not in the file (only embedded pages are read)"_s};
    } else if (hasType(top, u"AnnotationPage")) {
        if (!addItems(top))
            return Error {
                u"the page's next page is not in the file (only embedded pages are read)"_s};
    } else if (hasType(top, u"Annotation")) {
        found.append(top);
    } else {
        return Error {u"not W3C Web Annotation JSON-LD (no Annotation, AnnotationPage or "
                      "AnnotationCollection)"_s};
    }
    return found;
}

} // namespace

QString articleIri(const Article &article)
{
    return kArticlePrefix + article.contentHash;
}

QJsonObject annotation(const ExportedArticle &article, const ExportedAnnotation &exported)
{
    const Annotation &a = exported.annotation;
    const QString iri = articleIri(article.article);
    QJsonObject o {{u"id"_s, annotationId(article.article, a)}, {u"type"_s, u"Annotation"_s},
        {u"motivation"_s, motivation(a.kind)}};
    putProvenance(o, a, true);

    QJsonArray bodies;
    switch (a.kind) {
    case AnnotationKind::Entity:
    case AnnotationKind::Quote:
        if (!a.label.isEmpty())
            bodies.append(textualBody(u"classifying"_s, a.label));
        break;
    case AnnotationKind::Tag:
        bodies.append(textualBody(u"tagging"_s, exported.tagName));
        break;
    case AnnotationKind::Note:
    case AnnotationKind::Cue:
    case AnnotationKind::Speaker:
        break;
    }
    if (!exported.entityName.isEmpty()) {
        QJsonObject body = a.kind == AnnotationKind::Quote
            ? textualBody(u"describing"_s, exported.entityName)
            : textualBody(u"identifying"_s, exported.entityName);
        if (a.kind == AnnotationKind::Quote)
            body.insert(u"px:role"_s, u"speaker"_s);
        body.insert(u"px:entityType"_s, exported.entityType);
        bodies.append(body);
    }
    for (const ExportedAnnotation &child : exported.children) {
        const Annotation &c = child.annotation;
        QJsonObject body {{u"type"_s, u"SpecificResource"_s}, {u"purpose"_s, u"describing"_s},
            {u"px:role"_s, enumName(c.kind)}, {u"source"_s, iri},
            {u"selector"_s, selectors(c.span)}};
        putProvenance(body, c, false);
        if (!child.entityName.isEmpty()) {
            body.insert(u"px:entityName"_s, child.entityName);
            body.insert(u"px:entityType"_s, child.entityType);
        }
        if (!c.note.isEmpty())
            body.insert(u"px:note"_s, c.note);
        bodies.append(body);
    }
    if (!a.note.isEmpty())
        bodies.append(textualBody(u"commenting"_s, a.note));
    if (bodies.size() == 1)
        o.insert(u"body"_s, bodies.first());
    else if (!bodies.isEmpty())
        o.insert(u"body"_s, bodies);

    o.insert(u"target"_s,
        QJsonObject {{u"source"_s, source(article.article)}, {u"selector"_s, selectors(a.span)}});
    return o;
}

QJsonObject collection(const ExportSelection &selection)
{
    QJsonArray items;
    QStringList ids;
    for (const ExportedArticle &article : selection.articles) {
        ids.append(article.article.contentHash);
        for (const ExportedAnnotation &a : article.annotations) {
            const QJsonObject o = annotation(article, a);
            ids.append(o.value(u"id"_s).toString());
            items.append(o);
        }
    }
    const QString id = u"urn:uuid:"_s
        + QUuid::createUuidV5(idNamespace(), ids.join(u' ')).toString(QUuid::WithoutBraces);
    QString label = selection.story.name;
    if (label.isEmpty() && selection.articles.size() == 1)
        label = selection.articles.first().article.title;
    QJsonObject o {
        {u"@context"_s,
            QJsonArray {kContext.toString(), QJsonObject {{u"px"_s, kNamespace.toString()}}}},
        {u"id"_s, id}, {u"type"_s, u"AnnotationCollection"_s}, {u"total"_s, qint64(items.size())},
        {u"generator"_s,
            QJsonObject {{u"type"_s, u"Software"_s},
                {u"name"_s, u"Parallax %1"_s.arg(QStringLiteral(PARALLAX_VERSION))}}},
        {u"generated"_s, timestamp(QDateTime::currentDateTimeUtc())},
        {u"first"_s,
            QJsonObject {{u"id"_s, QString(id + u"#page1"_s)}, {u"type"_s, u"AnnotationPage"_s},
                {u"startIndex"_s, 0}, {u"items"_s, items}}}};
    if (!label.isEmpty())
        o.insert(u"label"_s, label);
    return o;
}

Result<QList<IncomingArticle>> read(const QByteArray &json, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error {u"%1: not JSON (%2 at byte %3)"_s.arg(file, parseError.errorString())
                          .arg(parseError.offset)};
    auto objects = annotationsIn(doc);
    if (!objects)
        return Error {u"%1: %2"_s.arg(file, objects.error())};
    if (objects->isEmpty())
        return Error {u"%1: holds no annotations"_s.arg(file)};

    QList<IncomingArticle> articles;
    for (int i = 0; i < objects->size(); ++i) {
        Read r = readAnnotation(objects->at(i), i);
        auto it = std::find_if(articles.begin(), articles.end(),
            [&r](const IncomingArticle &a) { return a.source == r.source; });
        if (it == articles.end()) {
            IncomingArticle article;
            article.source = r.source;
            if (r.source.startsWith(kArticlePrefix))
                article.contentHash = r.source.mid(kArticlePrefix.size());
            else if (r.source.startsWith(u"http"_s))
                article.url = r.source;
            if (!r.via.isEmpty())
                article.url = r.via;
            articles.append(article);
            it = articles.end() - 1;
        }
        it->annotations.append(std::move(r.in));
    }
    return articles;
}

} // namespace Parallax::JsonLd
