// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "edit/projectsession.h"
#include "model/quotespeaker.h"
#include "storage/annotationstore.h"
#include "storage/comparisonstore.h"
#include "storage/project.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Parallax {

SessionCommand::SessionCommand(ProjectSession *session, const QString &text)
    : m_session(session)
{
    setText(text);
}

Result<void> SessionCommand::inTransaction(bool forward)
{
    // A failure names the project file: on a full disk or a file another program locked, that
    // is what the analyst has to act on.
    auto failed = [&](const QString &reason) {
        return Error {
            (forward ? QObject::tr("%1: could not save \u201C%2\u201D (%3)")
                     : QObject::tr("%1: could not save the undo of \u201C%2\u201D (%3)"))
                .arg(QDir::toNativeSeparators(m_session->project().path()), text(), reason)};
    };
    m_rowsGone = false;
    m_conflict = false;
    auto transaction = m_session->project().transaction();
    if (!transaction.isActive())
        return failed(transaction.error());
    // A conflict says all the analyst needs to know by itself; the transaction rolls back.
    if (auto r = forward ? apply() : revert(); !r)
        return m_conflict ? r : failed(r.error());
    if (auto r = transaction.commit(); !r)
        return failed(r.error());
    notify();
    if (const QList<qint64> articles = articleIds(); !articles.isEmpty())
        Q_EMIT m_session->articlesEdited(articles);
    return {};
}

void SessionCommand::notify()
{
    Q_EMIT m_session->annotationsChanged(m_articleId);
}

Result<void> SessionCommand::expectChanged(const Result<int> &changed, qsizetype expected)
{
    if (!changed)
        return Error {changed.error()};
    if (changed.value() >= expected)
        return {};
    m_rowsGone = true;
    return Error {QObject::tr("what it changes is no longer in the project; a re-annotation, a "
                              "re-comparison or another program replaced or removed it")};
}

Result<bool> SessionCommand::allPresent(const Result<int> &existing, qsizetype expected)
{
    if (!existing)
        return Error {existing.error()};
    return existing.value() == expected;
}

Result<bool> SessionCommand::sameAnnotations(const QHash<qint64, QDateTime> &created) const
{
    AnnotationStore store(m_session->project());
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        auto a = store.annotation(it.key());
        if (!a)
            return false;
        if (a->created != it.value())
            return false;
    }
    return true;
}

Result<void> SessionCommand::expectSameAnnotations(const QHash<qint64, QDateTime> &created)
{
    auto same = sameAnnotations(created);
    if (!same)
        return Error {same.error()};
    return expectChanged(same.value() ? 1 : 0, 1);
}

namespace {

QString conflictMessage(SessionCommand::Row row, const QString &who)
{
    const QString what = row == SessionCommand::Row::Annotation ? QObject::tr("this annotation")
                                                                : QObject::tr("this review item");
    if (who.isEmpty())
        return QObject::tr("Someone else changed %1 after you opened it; it has been reloaded.")
            .arg(what);
    return QObject::tr("%1 changed %2 after you opened it; it has been reloaded.").arg(who, what);
}

// The row's version and who wrote it last, or an error when it is gone. Read inside the write's
// transaction, which holds the project's write lock: nobody changes it before the write.
Result<std::pair<int, QString>> currentVersion(Project &project, SessionCommand::Row row, qint64 id)
{
    if (row == SessionCommand::Row::Annotation) {
        auto a = AnnotationStore(project).annotation(id);
        if (!a)
            return Error {a.error()};
        return std::pair {a->version, a->changedBy};
    }
    auto item = ComparisonStore(project).item(id);
    if (!item)
        return Error {item.error()};
    return std::pair {item->version, item->changedBy};
}

} // namespace

Result<void> SessionCommand::expectVersion(const Result<int> &changed, Row row, qint64 id)
{
    if (!changed || changed.value() >= 1)
        return expectChanged(changed, 1);
    auto current = currentVersion(m_session->project(), row, id);
    if (!current)
        return expectChanged(0, 1);
    m_conflict = true;
    return Error {conflictMessage(row, current->second)};
}

Result<void> SessionCommand::writeVersioned(Row row, qint64 id, int &version,
    const std::function<Result<int>(int expected)> &write, Removes removes)
{
    int expected = version;
    if (m_ranOnce) {
        auto current = currentVersion(m_session->project(), row, id);
        if (!current)
            return expectChanged(0, 1);
        const auto [found, who] = current.value();
        // Every version after the one this command wrote must be this session's own.
        bool own = found >= version;
        for (int v = version + 1; own && v <= found; ++v)
            own = m_session->isOwnVersion(int(row), id, v);
        if (!own) {
            m_conflict = true;
            return Error {conflictMessage(
                row, m_session->isOwnVersion(int(row), id, found) ? QString() : who)};
        }
        expected = found;
    }
    if (auto r = expectVersion(write(expected), row, id); !r)
        return r;
    version = removes == Removes::Yes ? expected : expected + 1;
    if (removes == Removes::No)
        m_session->noteOwnVersion(int(row), id, version);
    return {};
}

void SessionCommand::failed(bool forward, const QString &message)
{
    const auto step = forward ? ProjectSession::Step::Redo : ProjectSession::Step::Undo;
    if (m_conflict)
        m_session->conflictFound(this, step, message);
    else if (m_rowsGone)
        m_session->historyInvalid(message);
    else
        m_session->commandFailed(this, step, message);
}

Result<void> SessionCommand::firstRun()
{
    auto r = inTransaction(true);
    m_applied = r.ok();
    m_ranOnce = true;
    return r;
}

// Each command knows whether its change is in the file, so running it again in the same
// direction does nothing: QUndoStack::push() calls redo() after the first run, and the session
// moves the stack back over a step whose undo or redo could not be written.
void SessionCommand::redo()
{
    if (m_applied)
        return;
    if (auto r = inTransaction(true); !r) {
        failed(true, r.error());
        return;
    }
    m_applied = true;
}

void SessionCommand::undo()
{
    if (!m_applied)
        return;
    if (auto r = inTransaction(false); !r) {
        failed(false, r.error());
        return;
    }
    m_applied = false;
}

// --- add

AddAnnotationCommand::AddAnnotationCommand(
    ProjectSession *session, const Annotation &annotation, const QList<Annotation> &children)
    : SessionCommand(session, QObject::tr("Add %1").arg(enumName(annotation.kind)))
    , m_annotation(annotation)
    , m_children(children)
{
    m_articleId = annotation.articleId;
}

Result<void> AddAnnotationCommand::apply()
{
    AnnotationStore store(m_session->project());
    auto id = store.insert(m_annotation);
    if (!id)
        return Error {id.error()};
    m_annotation.id = id.value();
    for (Annotation &child : m_children) {
        child.parentId = m_annotation.id;
        auto childId = store.insert(child);
        if (!childId)
            return Error {childId.error()};
        child.id = childId.value();
    }
    return {};
}

Result<void> AddAnnotationCommand::revert()
{
    // Inserted (or put back) at the version it carries.
    AnnotationStore store(m_session->project());
    return writeVersioned(
        Row::Annotation, m_annotation.id, m_annotation.version,
        [&](int expected) { return store.remove(m_annotation.id, expected); }, Removes::Yes);
}

// Undo removes the row, which must be there; redo stores it again under its id, which must be
// free.
Result<bool> AddAnnotationCommand::rowsPresent() const
{
    auto present
        = allPresent(AnnotationStore(m_session->project()).countExisting({m_annotation.id}), 1);
    if (!present)
        return present;
    return present.value() == isApplied();
}

// --- remove

RemoveAnnotationCommand::RemoveAnnotationCommand(ProjectSession *session, qint64 id)
    : SessionCommand(session, QObject::tr("Remove annotation"))
    , m_id(id)
{ }

Result<void> RemoveAnnotationCommand::load()
{
    auto rows = AnnotationStore(m_session->project()).withChildren(m_id);
    if (!rows)
        return Error {rows.error()};
    m_removed = rows.value();
    m_articleId = m_removed.first().articleId;
    return {};
}

void RemoveAnnotationCommand::setReadVersion(int version)
{
    if (version > 0 && !m_removed.isEmpty())
        m_removed.first().version = version;
}

Result<void> RemoveAnnotationCommand::apply()
{
    // Undo puts the rows back as they were, version and all.
    AnnotationStore store(m_session->project());
    return writeVersioned(
        Row::Annotation, m_id, m_removed.first().version,
        [&](int expected) { return store.remove(m_id, expected); }, Removes::Yes);
}

Result<bool> RemoveAnnotationCommand::rowsPresent() const
{
    auto present = allPresent(AnnotationStore(m_session->project()).countExisting({m_id}), 1);
    if (!present)
        return present;
    return present.value() != isApplied();
}

Result<void> RemoveAnnotationCommand::revert()
{
    AnnotationStore store(m_session->project());
    for (const Annotation &a : std::as_const(m_removed)) { // parent first, then its children
        if (auto r = store.insert(a); !r)
            return Error {r.error()};
    }
    return {};
}

// --- a quote's speaker

SetSpeakerCommand::SetSpeakerCommand(ProjectSession *session, qint64 quoteId, qint64 entityId)
    : SessionCommand(
        session, entityId != 0 ? QObject::tr("Set speaker") : QObject::tr("Remove speaker"))
    , m_quoteId(quoteId)
    , m_entityId(entityId)
{ }

Result<void> SetSpeakerCommand::load()
{
    AnnotationStore store(m_session->project());
    auto rows = store.withChildren(m_quoteId);
    if (!rows)
        return Error {rows.error()};
    const Annotation quote = rows->first();
    if (quote.kind != AnnotationKind::Quote)
        return Error {QObject::tr("annotation %1 is not a quote").arg(m_quoteId)};
    m_articleId = quote.articleId;
    for (const Annotation &a : std::as_const(rows.value())) {
        if (a.kind == AnnotationKind::Speaker)
            m_before.append(a);
    }
    if (m_entityId == 0)
        return {};
    // The text is not needed: no span is checked here.
    auto article = store.forArticle(quote.articleId, {}, AnnotationStore::Verify::No);
    if (!article)
        return Error {article.error()};
    m_after = QuoteSpeaker::make(
        quote, m_entityId, QuoteSpeaker::nearestMention(quote, m_entityId, article.value()));
    m_after.origin = Origin::Manual;
    m_after.analyst = m_session->analyst();
    m_after.status = ReviewStatus::Accepted;
    return {};
}

Result<void> SetSpeakerCommand::apply()
{
    AnnotationStore store(m_session->project());
    for (Annotation &a : m_before) {
        if (auto r = writeVersioned(
                Row::Annotation, a.id, a.version,
                [&](int expected) { return store.remove(a.id, expected); }, Removes::Yes);
            !r)
            return r;
    }
    if (m_entityId == 0)
        return {};
    auto id = store.insert(m_after);
    if (!id)
        return Error {id.error()};
    m_after.id = id.value();
    return {};
}

Result<void> SetSpeakerCommand::revert()
{
    AnnotationStore store(m_session->project());
    if (m_entityId != 0) {
        if (auto r = writeVersioned(
                Row::Annotation, m_after.id, m_after.version,
                [&](int expected) { return store.remove(m_after.id, expected); }, Removes::Yes);
            !r)
            return r;
    }
    for (const Annotation &a : std::as_const(m_before)) {
        if (auto r = store.insert(a); !r)
            return Error {r.error()};
    }
    return {};
}

Result<bool> SetSpeakerCommand::rowsPresent() const
{
    return allPresent(AnnotationStore(m_session->project()).countExisting({m_quoteId}), 1);
}

// --- review status

SetStatusCommand::SetStatusCommand(
    ProjectSession *session, const QList<qint64> &ids, ReviewStatus status)
    : SessionCommand(session,
        status == ReviewStatus::Accepted
            ? QObject::tr("Accept %n proposal(s)", nullptr, int(ids.size()))
            : status == ReviewStatus::Rejected
            ? QObject::tr("Reject %n proposal(s)", nullptr, int(ids.size()))
            : QObject::tr("Reopen %n proposal(s)", nullptr, int(ids.size())))
    , m_status(status)
    , m_ids(ids)
{ }

Result<void> SetStatusCommand::load()
{
    AnnotationStore store(m_session->project());
    for (qint64 id : std::as_const(m_ids)) {
        auto a = store.annotation(id);
        if (!a)
            return Error {a.error()};
        m_before.insert(id, {a->status, a->analyst});
        m_created.insert(id, a->created);
        m_versions.insert(id, a->version);
        m_articleId = m_articleId == 0 || m_articleId == a->articleId ? a->articleId : -1;
        if (!m_articleIds.contains(a->articleId))
            m_articleIds.append(a->articleId);
    }
    return {};
}

void SetStatusCommand::setReadVersions(const QHash<qint64, int> &versions)
{
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        if (it.value() > 0 && m_versions.contains(it.key()))
            m_versions.insert(it.key(), it.value());
    }
}

Result<void> SetStatusCommand::apply()
{
    if (auto r = expectSameAnnotations(m_created); !r)
        return r;
    AnnotationStore store(m_session->project());
    for (qint64 id : std::as_const(m_ids)) {
        if (auto r = writeVersioned(Row::Annotation, id, m_versions[id],
                [&](int expected) {
                    return store.setStatus(id, m_status, m_session->analyst(), expected);
                });
            !r)
            return r;
    }
    return {};
}

Result<void> SetStatusCommand::revert()
{
    if (auto r = expectSameAnnotations(m_created); !r)
        return r;
    AnnotationStore store(m_session->project());
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (auto r = writeVersioned(Row::Annotation, it.key(), m_versions[it.key()],
                [&](int expected) {
                    return store.setStatus(it.key(), it.value().first, it.value().second, expected);
                });
            !r)
            return r;
    }
    return {};
}

Result<bool> SetStatusCommand::rowsPresent() const
{
    return sameAnnotations(m_created);
}

// --- note

SetTextCommand::SetTextCommand(
    ProjectSession *session, qint64 id, Field field, const QString &value, const QString &text)
    : SessionCommand(session,
        !text.isEmpty()            ? text
            : field == Field::Note ? QObject::tr("Edit note")
                                   : QObject::tr("Change label"))
    , m_annotationId(id)
    , m_field(field)
    , m_after(value)
{ }

Result<void> SetTextCommand::load()
{
    auto a = AnnotationStore(m_session->project()).annotation(m_annotationId);
    if (!a)
        return Error {a.error()};
    m_before = m_field == Field::Note ? a->note : a->label;
    m_articleId = a->articleId;
    m_created.insert(m_annotationId, a->created);
    m_version = a->version;
    return {};
}

void SetTextCommand::setReadVersion(int version)
{
    if (version > 0)
        m_version = version;
}

bool SetTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTextCommand *>(other);
    if (next->m_annotationId != m_annotationId || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    m_version = next->m_version; // what the merged step wrote last
    return true;
}

Result<void> SetTextCommand::write(const QString &value)
{
    if (auto r = expectSameAnnotations(m_created); !r)
        return r;
    AnnotationStore store(m_session->project());
    return writeVersioned(Row::Annotation, m_annotationId, m_version, [&](int expected) {
        return m_field == Field::Note ? store.setNote(m_annotationId, value, expected)
                                      : store.setLabel(m_annotationId, value, expected);
    });
}

Result<void> SetTextCommand::apply()
{
    return write(m_after);
}

Result<void> SetTextCommand::revert()
{
    return write(m_before);
}

Result<bool> SetTextCommand::rowsPresent() const
{
    return sameAnnotations(m_created);
}

// --- span

SetSpanCommand::SetSpanCommand(ProjectSession *session, qint64 id, const TextSpan &span)
    : SessionCommand(session, QObject::tr("Change span"))
    , m_annotationId(id)
    , m_after(span)
{ }

Result<void> SetSpanCommand::load()
{
    auto a = AnnotationStore(m_session->project()).annotation(m_annotationId);
    if (!a)
        return Error {a.error()};
    m_before = a->span;
    m_articleId = a->articleId;
    m_created.insert(m_annotationId, a->created);
    m_version = a->version;
    return {};
}

void SetSpanCommand::setReadVersion(int version)
{
    if (version > 0)
        m_version = version;
}

Result<void> SetSpanCommand::write(const TextSpan &span)
{
    if (auto r = expectSameAnnotations(m_created); !r)
        return r;
    AnnotationStore store(m_session->project());
    return writeVersioned(Row::Annotation, m_annotationId, m_version,
        [&](int expected) { return store.setSpan(m_annotationId, span, expected); });
}

Result<void> SetSpanCommand::apply()
{
    return write(m_after);
}

Result<void> SetSpanCommand::revert()
{
    return write(m_before);
}

Result<bool> SetSpanCommand::rowsPresent() const
{
    return sameAnnotations(m_created);
}

} // namespace Parallax
