// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfilterproxy.h"

#include "library/librarymodel.h"
#include "roles.h"

namespace Parallax {

LibraryFilterProxy::LibraryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void LibraryFilterProxy::setOutlet(const QString &outlet)
{
    m_outlet = outlet;
    invalidateFilter();
}

void LibraryFilterProxy::setOnlyToReview(bool only)
{
    m_onlyToReview = only;
    invalidateFilter();
}

bool LibraryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(Roles::IsStory).toBool())
        return !isFiltering(); // otherwise shown through its matching articles
    if (!m_outlet.isEmpty()
        && sourceModel()
                ->index(sourceRow, LibraryModel::OutletColumn, sourceParent)
                .data()
                .toString()
            != m_outlet)
        return false;
    // A role, not the count's column: the model answers it for every row at once, where the
    // counts it reads only for the rows shown.
    if (m_onlyToReview && !index.data(Roles::ToReview).toBool())
        return false;
    return true;
}

} // namespace Parallax
