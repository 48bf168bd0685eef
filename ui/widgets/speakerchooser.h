// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/labels.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QLineEdit;
class QListWidget;

namespace Parallax {

// Who said a quote, and how it was reported: the story's people and organisations, the most
// mentioned first, filtered as the analyst types; "No speaker" on top. Enter takes the
// highlighted row, the arrow keys move through the list while the filter keeps the focus, so
// Alt+K, two letters and Enter correct a speaker. Alt+D, Alt+A and Alt+R choose the kind.
class SpeakerChooser : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 entityId = 0; // 0: no speaker
        QuoteKind kind = QuoteKind::Direct;
    };

    SpeakerChooser(QWidget *parent, const QList<EntityRecord> &entities, const Choice &current);

    Choice choice() const;
    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }

    static std::optional<Choice> choose(
        QWidget *parent, const QList<EntityRecord> &entities, const Choice &current);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
    QButtonGroup *m_kinds;
};

} // namespace Parallax
