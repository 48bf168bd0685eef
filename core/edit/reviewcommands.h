// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/commands.h"
#include "model/storedcomparison.h"

#include <QDateTime>
#include <QHash>

namespace Parallax {

// The analyst's verdict on review items of a story's comparison: their status, code-book tag or
// note. One command is one undo step however many items it changes; each change records the
// session's analyst and the time.
class ReviewItemCommand : public SessionCommand
{
public:
    enum class Field { Status, Tag, Note };
    struct Change
    {
        Field field = Field::Status;
        ReviewItemStatus status = ReviewItemStatus::Open;
        qint64 tagId = 0;
        QString note;
    };

    ReviewItemCommand(ProjectSession *session, const QList<qint64> &ids, const Change &change);
    Result<void> load();
    // The version the caller read of a single item (0: the one load() reads).
    void setReadVersion(int version);
    // The versions the caller read, by id (an id left out, or 0: the one load() reads).
    void setReadVersions(const QHash<qint64, int> &versions);
    qint64 storyId() const { return m_storyId; }
    // Typing in an item's note is one undo step.
    int id() const override { return m_change.field == Field::Note ? 2 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    void notify() override;

private:
    struct State
    {
        ReviewItemStatus status = ReviewItemStatus::Open;
        qint64 tagId = 0;
        QString note;
        QString analyst;
        QDateTime modified;
    };

    QList<qint64> m_ids;
    QHash<qint64, State> m_before;
    QHash<qint64, int> m_versions; // as read, then as this command last wrote them
    Change m_change;
    QString m_analyst;
    QDateTime m_when;
    qint64 m_storyId = 0; // -1 when the items belong to several stories
};

} // namespace Parallax
