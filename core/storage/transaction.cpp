// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/backend.h"

using namespace Qt::StringLiterals;

namespace Parallax {

Transaction::Transaction(Backend &backend)
    : m_backend(backend)
{
    auto begun = m_backend.begin();
    m_active = begun.ok();
    if (!m_active)
        m_error = begun.error();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error {m_error.isEmpty() ? u"no transaction is open"_s : m_error};
    // The backend rolls back a commit that fails; either way this transaction is over.
    m_active = false;
    return m_backend.commit();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_backend.rollback();
    m_active = false;
}

} // namespace Parallax
