// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace Parallax {

class EntityModel;
class ProjectSession;

// The story's entities: rename, change type, merge two; selecting one lights it up in the panes.
class EntitiesDock : public QWidget
{
    Q_OBJECT

public:
    explicit EntitiesDock(QWidget *parent = nullptr);

    void setSession(ProjectSession *session);
    void setEntities(QList<EntityRecord> entities);
    EntityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void selectEntity(qint64 entityId);

    // Actions the window also offers in menus; each reports failures through errorOccurred.
    void renameSelected();
    void mergeSelected(); // the selected entities into the one mentioned most
    void setSelectedType(const QString &type);

Q_SIGNALS:
    void entitySelected(qint64 entityId);
    void errorOccurred(const QString &message);

private:
    // The selected rows; with their aliases and outlets read when complete is set (the list
    // holds neither: a large story's entities are listed without them).
    QList<EntityRecord> selected(bool complete = false) const;
    void updateDetails();

    ProjectSession *m_session = nullptr;
    EntityModel *m_model;
    QTableView *m_view;
    QLabel *m_details;
    QToolButton *m_rename;
    QToolButton *m_merge;
    QToolButton *m_type;
};

} // namespace Parallax
