// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QSet>

namespace Parallax {

// The layer bar's choice of analysts: whose own annotations the panes draw (one, several or all,
// overlaid). Machine proposals are nobody's and always follow the other layer toggles.
class AnalystMenu : public QMenu
{
    Q_OBJECT

public:
    explicit AnalystMenu(QWidget *parent = nullptr);

    // The analysts with a layer in the story; a name hidden before stays hidden.
    void setAnalysts(const QStringList &analysts);
    QStringList analysts() const;
    QSet<QString> hidden() const { return m_hidden; }
    void setShown(const QString &analyst, bool shown);
    void showAll();

Q_SIGNALS:
    void hiddenChanged(const QSet<QString> &hidden);

private:
    void rebuild();
    void sync();

    QStringList m_analysts;
    QSet<QString> m_hidden;
};

} // namespace Parallax
