// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace Parallax {

class CoverageModel;

// The coverage matrix (entities or speakers by outlet), with a switch for gaps only.
class CoverageDock : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageDock(QWidget *parent = nullptr);
    CoverageModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    CoverageModel *m_model;
    QTableView *m_view;
};

} // namespace Parallax
