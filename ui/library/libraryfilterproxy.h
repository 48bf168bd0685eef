// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Parallax {

// Filters the library's articles by outlet and to those with proposals left to review; a story
// stays while any of its articles does.
class LibraryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibraryFilterProxy(QObject *parent = nullptr);

    void setOutlet(const QString &outlet); // empty: every outlet
    void setOnlyToReview(bool only);
    bool isFiltering() const { return !m_outlet.isEmpty() || m_onlyToReview; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_outlet;
    bool m_onlyToReview = false;
};

} // namespace Parallax
