// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommands.h"

#include "edit/projectsession.h"
#include "storage/comparisonstore.h"
#include "storage/project.h"

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

QString commandText(const ReviewItemCommand::Change &change, int count)
{
    switch (change.field) {
    case ReviewItemCommand::Field::Tag:
        return change.tagId > 0 ? QObject::tr("Tag %n review item(s)", nullptr, count)
                                : QObject::tr("Untag %n review item(s)", nullptr, count);
    case ReviewItemCommand::Field::Note:
        return QObject::tr("Edit review note");
    case ReviewItemCommand::Field::Status:
        break;
    }
    switch (change.status) {
    case ReviewItemStatus::Confirmed:
        return QObject::tr("Confirm %n discrepancy(ies)", nullptr, count);
    case ReviewItemStatus::Acceptable:
        return QObject::tr("Accept %n paraphrase(s)", nullptr, count);
    case ReviewItemStatus::Dismissed:
        return QObject::tr("Dismiss %n review item(s)", nullptr, count);
    case ReviewItemStatus::Open:
        break;
    }
    return QObject::tr("Reopen %n review item(s)", nullptr, count);
}

} // namespace

ReviewItemCommand::ReviewItemCommand(
    ProjectSession *session, const QList<qint64> &ids, const Change &change)
    : SessionCommand(session, commandText(change, int(ids.size())))
    , m_ids(ids)
    , m_change(change)
    , m_analyst(session->analyst())
    , m_when(QDateTime::currentDateTimeUtc())
{
    m_articleId = -1;
}

Result<void> ReviewItemCommand::load()
{
    ComparisonStore store(m_session->project());
    for (qint64 id : std::as_const(m_ids)) {
        auto item = store.item(id);
        if (!item)
            return Error {item.error()};
        m_before.insert(
            id, State {item->status, item->tagId, item->note, item->analyst, item->modified});
        m_versions.insert(id, item->version);
        m_storyId = m_storyId == 0 || m_storyId == item->storyId ? item->storyId : -1;
    }
    return {};
}

void ReviewItemCommand::setReadVersion(int version)
{
    if (version > 0 && m_ids.size() == 1)
        m_versions.insert(m_ids.first(), version);
}

void ReviewItemCommand::setReadVersions(const QHash<qint64, int> &versions)
{
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        if (it.value() > 0 && m_versions.contains(it.key()))
            m_versions.insert(it.key(), it.value());
    }
}

bool ReviewItemCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ReviewItemCommand *>(other);
    if (next->m_ids != m_ids)
        return false;
    m_change.note = next->m_change.note;
    m_when = next->m_when;
    m_versions = next->m_versions; // what the merged step wrote last
    return true;
}

Result<void> ReviewItemCommand::apply()
{
    ComparisonStore store(m_session->project());
    for (qint64 id : std::as_const(m_ids)) {
        State after = m_before.value(id);
        switch (m_change.field) {
        case Field::Status:
            after.status = m_change.status;
            break;
        case Field::Tag:
            after.tagId = m_change.tagId;
            break;
        case Field::Note:
            after.note = m_change.note;
            break;
        }
        if (auto r = writeVersioned(Row::ReviewItem, id, m_versions[id],
                [&](int expected) {
                    return store.setReview(
                        id, after.status, after.tagId, after.note, m_analyst, m_when, expected);
                });
            !r)
            return r;
    }
    return {};
}

Result<void> ReviewItemCommand::revert()
{
    ComparisonStore store(m_session->project());
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        const State &s = it.value();
        if (auto r = writeVersioned(Row::ReviewItem, it.key(), m_versions[it.key()],
                [&](int expected) {
                    return store.setReview(
                        it.key(), s.status, s.tagId, s.note, s.analyst, s.modified, expected);
                });
            !r)
            return r;
    }
    return {};
}

Result<bool> ReviewItemCommand::rowsPresent() const
{
    return allPresent(
        ComparisonStore(m_session->project()).countExistingItems(m_ids), m_ids.size());
}

void ReviewItemCommand::notify()
{
    Q_EMIT m_session->reviewItemsChanged(m_storyId);
}

} // namespace Parallax
