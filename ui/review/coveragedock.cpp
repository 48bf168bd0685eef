// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/coveragedock.h"

#include "review/coveragemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace Parallax {

CoverageDock::CoverageDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new CoverageModel(this))
    , m_view(new QTableView)
{
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Coverage by outlet"));
    auto *mode = new QComboBox;
    mode->addItem(tr("Entities by outlet"));
    mode->addItem(tr("Speakers by outlet"));
    auto *gaps = new QCheckBox(tr("Only what an outlet leaves out"));
    auto *top = new QHBoxLayout;
    top->addWidget(mode);
    top->addWidget(gaps);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view);
    connect(mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setMode(
            index == 0 ? CoverageModel::Mode::Entities : CoverageModel::Mode::Speakers);
    });
    connect(gaps, &QCheckBox::toggled, m_model, &CoverageModel::setGapsOnly);
}

} // namespace Parallax
