// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/articlepane.h"

#include "reader/articleview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

ArticlePane::ArticlePane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_source(new QLabel(this))
    , m_swap(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_view(new ArticleView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    m_swap->setText(tr("Swap"));
    m_swap->setIcon(QIcon::fromTheme(u"exchange-positions"_s));
    m_swap->setToolTip(tr("Swap with the neighbouring article"));
    m_swap->setAutoRaise(true);
    m_close->setText(tr("Close"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this article"));
    m_close->setAutoRaise(true);
    connect(m_swap, &QToolButton::clicked, this, &ArticlePane::swapRequested);
    connect(m_close, &QToolButton::clicked, this, &ArticlePane::closeRequested);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_source);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 4, 6);
    header->addLayout(text, 1);
    header->addWidget(m_swap, 0, Qt::AlignTop);
    header->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

void ArticlePane::setArticle(
    const QString &title, const QString &outlet, const QString &date, const QString &text)
{
    m_title->setText(title);
    QString source = outlet;
    if (!outlet.isEmpty() && !date.isEmpty())
        source += u" · "_s;
    source += date;
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
    m_view->setArticle(title, outlet, date, text);
}

} // namespace Parallax
