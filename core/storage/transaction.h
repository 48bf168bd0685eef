// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace Parallax {

class Backend;

// A write transaction on a project that rolls back unless committed (Project::transaction()).
// It takes the write lock at once, so two processes on one project wait for each other instead
// of failing half-way. Every store joins the transaction open on its project.
class Transaction
{
public:
    explicit Transaction(Backend &backend);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Result<void> commit();
    void rollback();

private:
    Backend &m_backend;
    bool m_active = false;
    QString m_error;
};

} // namespace Parallax
