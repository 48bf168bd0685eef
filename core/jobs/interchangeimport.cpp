// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/interchangeimport.h"

#include "export/brat.h"
#include "export/jsonld.h"
#include "jobs/entitylearning.h"
#include "model/anchoring.h"
#include "model/quotespeaker.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "util/databasefiles.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace AnnotationImport {
namespace {

constexpr qint64 kMaxFileSize = 200 * 1024 * 1024;

QString shortened(const QString &text)
{
    QString s = text.simplified();
    return s.size() > 60 ? s.left(57) + u"…"_s : s;
}

QString describe(const IncomingAnnotation &in)
{
    const Annotation &a = in.annotation;
    if (!in.hasPosition && !in.hasQuote)
        return in.ref;
    QString what = a.kind == AnnotationKind::Tag ? in.tagName
        : a.kind == AnnotationKind::Entity       ? a.label
                                                 : enumName(a.kind);
    QString text = u"%1 (%2 “%3”"_s.arg(in.ref, what, shortened(a.span.exact));
    if (in.hasPosition)
        text += u" at %1–%2"_s.arg(a.span.start).arg(a.span.end);
    return text + u')';
}

// Identical annotations are not added twice: same kind, label and span; notes also by text; an
// analyst's own work also by analyst, since the same span marked by two analysts is two layers'
// annotations (what agreement compares), not one. withAnalyst false: the key without the analyst,
// which a record naming no analyst (a brat file, a foreign JSON-LD without creator) is matched on.
QString identity(const Annotation &a, bool withAnalyst = true)
{
    const QString analyst
        = withAnalyst && a.origin == Origin::Manual && a.parentId == 0 ? a.analyst : QString();
    return u"%1|%2|%3|%4|%5|%6"_s.arg(enumName(a.kind), a.label)
        .arg(a.span.start)
        .arg(a.span.end)
        .arg(a.kind == AnnotationKind::Note ? a.note : QString(), analyst);
}

struct Placement
{
    bool ok = false;
    TextSpan span;
    bool reanchored = false;
    QString reason;
};

// Where the quote with its prefix and suffix occurs, as UTF-16 indexes (at most two).
QList<qsizetype> occurrences(const QString &text, const TextSpan &span)
{
    QList<qsizetype> found;
    for (qsizetype at = text.indexOf(span.exact); at >= 0 && found.size() < 2;
         at = text.indexOf(span.exact, at + 1)) {
        const qsizetype end = at + span.exact.size();
        if (at >= span.prefix.size()
            && QStringView(text).mid(at - span.prefix.size(), span.prefix.size()) == span.prefix
            && QStringView(text).mid(end, span.suffix.size()) == span.suffix)
            found.append(at);
    }
    return found;
}

// The text at the position must be the quoted text. Otherwise the quote is placed only where it
// occurs exactly once with its context (never without context: that would be a guess).
Placement place(const QString &text, const CodePointMap &map, const IncomingAnnotation &in)
{
    Placement p;
    const TextSpan &span = in.annotation.span;
    if (!in.hasQuote) {
        p.reason = u"it has no TextQuoteSelector (the text it marks), so its position cannot"
                   " be checked"_s;
        return p;
    }
    if (span.exact.isEmpty()) {
        p.reason = u"it marks no text"_s;
        return p;
    }
    const qsizetype length = map.codePointLength();
    if (in.hasPosition) {
        if (span.end > length) {
            p.reason = u"its position %1–%2 lies beyond the end of the article (%3 code points)"_s
                           .arg(span.start)
                           .arg(span.end)
                           .arg(length);
        } else {
            const qsizetype u0 = map.toUtf16(span.start);
            const qsizetype u1 = map.toUtf16(span.end);
            const QString there = text.mid(u0, u1 - u0);
            if (there == span.exact) {
                p.ok = true;
                p.span = Anchoring::makeSpan(text, map, span.start, span.end);
                return p;
            }
            p.reason = u"the article has “%1” at %2–%3, not “%4”"_s.arg(shortened(there),
                QString::number(span.start), QString::number(span.end), shortened(span.exact));
        }
    }
    if (in.hasPosition && span.prefix.isEmpty() && span.suffix.isEmpty()) {
        p.reason += u"; without a prefix or suffix it is not moved"_s;
        return p;
    }
    const QList<qsizetype> found = occurrences(text, span);
    if (found.size() != 1) {
        const QString where = found.isEmpty()
            ? u"the quoted text with its context does not occur in the article"_s
            : u"the quoted text with its context occurs more than once"_s;
        p.reason = p.reason.isEmpty() ? where : p.reason + u"; "_s + where;
        return p;
    }
    p.ok = true;
    p.reanchored = in.hasPosition;
    p.span = Anchoring::makeSpan(text, map, map.toCodePoint(found.first()),
        map.toCodePoint(found.first() + span.exact.size()));
    return p;
}

class Inserter
{
public:
    explicit Inserter(Project &project)
        : m_annotations(project)
        , m_entities(project)
    { }

    Result<qint64> entity(qint64 storyId, const QString &name, const QString &type)
    {
        const QString key = u"%1|%2|%3"_s.arg(storyId).arg(type, name);
        if (const auto it = m_entityRows.constFind(key); it != m_entityRows.constEnd())
            return it.value();
        auto found = m_entities.findOrCreate(storyId, type, name);
        if (!found)
            return Error {found.error()};
        const qint64 id = found.value();
        m_entityRows.insert(key, id);
        return id;
    }

    Result<qint64> tag(const QString &name)
    {
        if (!m_tagsRead) {
            auto tags = m_entities.tags();
            if (!tags)
                return Error {tags.error()};
            for (const Tag &t : tags.value()) {
                if (!m_tagRows.contains(t.name))
                    m_tagRows.insert(t.name, t.id);
            }
            m_nextPosition = int(tags->size());
            m_tagsRead = true;
        }
        if (const auto it = m_tagRows.constFind(name); it != m_tagRows.constEnd())
            return it.value();
        Tag t;
        t.name = name;
        t.color = QColor(u"#808080"_s);
        t.position = m_nextPosition++;
        auto id = m_entities.insertTag(t);
        if (!id)
            return id;
        m_tagRows.insert(name, id.value());
        return id;
    }

    Result<qint64> insert(Annotation a) { return m_annotations.insert(a); }

private:
    AnnotationStore m_annotations;
    EntityStore m_entities;
    QHash<QString, qint64> m_entityRows;
    QHash<QString, qint64> m_tagRows;
    bool m_tagsRead = false;
    int m_nextPosition = 0;
};

struct Target
{
    qint64 id = 0;
    qint64 storyId = 0;
    QString body;
};

Result<Target> findArticle(Project &project, const IncomingArticle &in)
{
    ArticleStore articles(project);
    const auto target = [](const ArticleStore::Match &m) {
        return Target {m.id, m.storyId, m.body};
    };
    if (!in.contentHash.isEmpty()) {
        auto found = articles.findByContentHash(in.contentHash);
        if (!found)
            return Error {found.error()};
        if (!found->isEmpty())
            return target(found->constFirst());
    }
    if (!in.url.isEmpty()) {
        auto found = articles.findByUrl(in.url, 2);
        if (!found)
            return Error {found.error()};
        if (found->size() == 1)
            return target(found->constFirst());
    }
    return Target {};
}

QString notFound(const IncomingArticle &in)
{
    if (in.contentHash.isEmpty() && in.url.isEmpty())
        return u"their target “%1” is neither a Parallax article IRI nor a web address"_s.arg(
            in.source);
    QString reason = u"no article in the project has this text"_s;
    if (!in.url.isEmpty())
        reason += u" or the address %1"_s.arg(in.url);
    return reason + u" (import the article first)"_s;
}

} // namespace

AnnotationImportReport importFile(Project &project, const QString &path)
{
    AnnotationImportReport report;
    report.file = path;
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        report.error = u"%1: no such file"_s.arg(name);
        return report;
    }
    if (auto r = DatabaseFiles::refuseIfInUse(path); !r) {
        report.error = r.error();
        return report;
    }
    if (info.suffix().compare(u"ann"_s, Qt::CaseInsensitive) == 0) {
        auto article = Brat::read(path);
        if (!article) {
            report.error = article.error();
            return report;
        }
        return importIncoming(project, path, {article.value()});
    }
    QFile file(path);
    if (info.size() > kMaxFileSize) {
        report.error = u"%1: too large for an annotation file (over 200 MB)"_s.arg(name);
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = u"%1: cannot be read (%2)"_s.arg(name, file.errorString());
        return report;
    }
    auto articles = JsonLd::read(file.readAll(), path);
    if (!articles) {
        report.error = articles.error();
        return report;
    }
    return importIncoming(project, path, articles.value());
}

AnnotationImportReport importIncoming(
    Project &project, const QString &file, const QList<IncomingArticle> &articles)
{
    AnnotationImportReport report;
    report.file = file;
    const QString name = QDir::toNativeSeparators(file);
    if (project.isReadOnly()) {
        report.error = u"%1: the project is read-only"_s.arg(project.path());
        return report;
    }
    auto transaction = project.transaction();
    if (!transaction.isActive()) {
        report.error = u"%1: %2"_s.arg(name, transaction.error());
        return report;
    }
    Inserter inserter(project);
    QHash<qint64, int> learnable; // article -> a person's accepted names imported onto it
    const auto fail = [&](const QString &error) {
        transaction.rollback();
        AnnotationImportReport failed;
        failed.file = file;
        failed.error = u"%1: nothing imported (%2)"_s.arg(name, error);
        return failed;
    };

    for (const IncomingArticle &article : articles) {
        auto target = findArticle(project, article);
        if (!target)
            return fail(target.error());
        if (target->id == 0) {
            // Records the file could not use are named on their own; the rest together.
            int placed = 0;
            for (const IncomingAnnotation &in : article.annotations) {
                if (!in.problem.isEmpty())
                    report.refusals.append(ImportRefusal {describe(in), in.problem});
                else
                    ++placed;
            }
            if (placed > 0)
                report.refusals.append(
                    ImportRefusal {u"%1 annotations on %2"_s.arg(placed).arg(article.source),
                        notFound(article), placed});
            continue;
        }
        const QString &text = target->body;
        const CodePointMap map(text);
        QSet<QString> present;
        {
            auto stored = AnnotationStore(project).forArticle(
                target->id, text, AnnotationStore::Verify::No);
            if (!stored)
                return fail(stored.error());
            for (const Annotation &a : std::as_const(stored.value())) {
                if (a.parentId == 0) {
                    present.insert(identity(a));
                    present.insert(identity(a, false));
                }
            }
        }

        for (const IncomingAnnotation &in : article.annotations) {
            if (!in.problem.isEmpty()) {
                report.refusals.append(ImportRefusal {describe(in), in.problem});
                continue;
            }
            Placement where = place(text, map, in);
            if (!where.ok) {
                report.refusals.append(ImportRefusal {describe(in), where.reason});
                continue;
            }
            QList<Placement> children;
            QString childProblem;
            for (const IncomingAnnotation &child : in.children) {
                Placement p = child.problem.isEmpty() ? place(text, map, child) : Placement {};
                if (!p.ok) {
                    childProblem = u"its %1 %2: %3"_s.arg(enumName(child.annotation.kind),
                        describe(child), child.problem.isEmpty() ? p.reason : child.problem);
                    break;
                }
                children.append(p);
            }
            if (!childProblem.isEmpty()) {
                report.refusals.append(ImportRefusal {describe(in), childProblem});
                continue;
            }

            Annotation a = in.annotation;
            a.id = 0;
            a.articleId = target->id;
            a.parentId = 0;
            a.span = where.span;
            if (where.reanchored)
                a.anchor = AnchorState::Reanchored;
            const QString key = identity(a, !a.analyst.isEmpty());
            if (present.contains(key)) {
                ++report.alreadyPresent;
                continue;
            }
            const auto linkEntity
                = [&](const IncomingAnnotation &from, Annotation *to) -> Result<void> {
                if (from.entityName.isEmpty())
                    return {};
                QString type = from.entityType;
                if (type.isEmpty())
                    type = from.annotation.kind == AnnotationKind::Entity ? from.annotation.label
                                                                          : u"PERSON"_s;
                auto row = inserter.entity(target->storyId, from.entityName, type);
                if (!row)
                    return Error {row.error()};
                to->entityId = row.value();
                return {};
            };
            if (auto r = linkEntity(in, &a); !r)
                return fail(r.error());
            // A speaker given on the quote itself (a brat reference, a JSON-LD body naming the
            // speaker) goes where every speaker is: the quote's Speaker record.
            qint64 quoteSpeaker = 0;
            if (a.kind == AnnotationKind::Quote) {
                quoteSpeaker = a.entityId;
                a.entityId = 0;
            }
            if (a.kind == AnnotationKind::Tag) {
                auto tag = inserter.tag(in.tagName);
                if (!tag)
                    return fail(tag.error());
                a.tagId = tag.value();
            }
            auto id = inserter.insert(a);
            if (!id)
                return fail(id.error());
            bool reanchored = where.reanchored;
            for (qsizetype i = 0; i < children.size(); ++i) {
                const IncomingAnnotation &child = in.children.at(i);
                Annotation c = child.annotation;
                c.id = 0;
                c.articleId = target->id;
                c.parentId = id.value();
                c.span = children.at(i).span;
                if (children.at(i).reanchored) {
                    c.anchor = AnchorState::Reanchored;
                    reanchored = true;
                }
                if (auto r = linkEntity(child, &c); !r)
                    return fail(r.error());
                if (c.kind == AnnotationKind::Speaker && c.entityId == 0) {
                    c.entityId = quoteSpeaker;
                    quoteSpeaker = 0;
                } else if (c.kind == AnnotationKind::Speaker) {
                    quoteSpeaker = 0; // the named record says who, as written
                }
                if (auto r = inserter.insert(c); !r)
                    return fail(r.error());
            }
            if (quoteSpeaker != 0) {
                a.id = id.value();
                Annotation s = QuoteSpeaker::make(a, quoteSpeaker);
                s.origin = a.origin;
                s.annotator = a.annotator;
                s.annotatorVersion = a.annotatorVersion;
                s.analyst = a.analyst;
                s.status = a.status;
                s.confidence = a.confidence;
                s.created = a.created;
                s.modified = a.modified;
                if (auto r = inserter.insert(s); !r)
                    return fail(r.error());
            }
            present.insert(identity(a));
            present.insert(identity(a, false));
            ++report.imported;
            // A person's accepted name teaches the project's entity model, as in the window.
            if (a.kind == AnnotationKind::Entity && a.status == ReviewStatus::Accepted
                && (a.origin == Origin::Manual || !a.analyst.isEmpty()))
                ++learnable[target->id];
            if (reanchored)
                ++report.reanchored;
        }
    }
    if (auto r = transaction.commit(); !r) {
        AnnotationImportReport failed;
        failed.file = file;
        failed.error = u"%1: nothing imported (%2)"_s.arg(name, r.error());
        return failed;
    }
    for (auto it = learnable.cbegin(); it != learnable.cend(); ++it) {
        auto learned = learnFromArticle(project, it.key());
        if (!learned) {
            report.learningError
                = u"%1: the project's entity model did not learn from it (%2)"_s.arg(
                    name, learned.error());
            break;
        }
        report.learned += it.value();
    }
    return report;
}

} // namespace AnnotationImport
} // namespace Parallax
