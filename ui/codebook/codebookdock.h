// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QWidget>

class QToolButton;
class QTreeView;

namespace Parallax {

class CodeBookModel;
class ProjectSession;

// The code-book editor: add tags and nested tags, rename, recolour, give a key 1-9, remove.
class CodeBookDock : public QWidget
{
    Q_OBJECT

public:
    explicit CodeBookDock(QWidget *parent = nullptr);

    // No button changes a project the account may only read.
    void setSession(ProjectSession *session);
    void setTags(QList<Tag> tags);
    CodeBookModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    const Tag *currentTag() const;

    void addTag(qint64 parentId);
    void renameCurrent();
    void recolourCurrent();
    void setShortcutOfCurrent(const QString &key);
    // The lowest of 1 to 9 no tag has (empty: all are taken); a new tag gets it.
    QString nextFreeKey() const;
    QToolButton *keyButton() const { return m_keyButton; }
    void moveCurrent(); // nest under another tag, or back to the top level
    void removeCurrent();

Q_SIGNALS:
    // A tag was chosen to apply to the selected text (double click or Enter).
    void applyRequested(qint64 tagId);
    void errorOccurred(const QString &message);

private:
    void report(const QString &error);

    ProjectSession *m_session = nullptr;
    CodeBookModel *m_model;
    QTreeView *m_view;
    QToolButton *m_keyButton = nullptr;
};

} // namespace Parallax
