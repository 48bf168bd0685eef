// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Parallax {

class ArticleView;

// One column of the side-by-side reader: a header (title; outlet · date) with swap and close
// buttons over an ArticleView. The window decides what swapping and closing mean.
class ArticlePane : public QWidget
{
    Q_OBJECT

public:
    explicit ArticlePane(QWidget *parent = nullptr);

    void setArticle(
        const QString &title, const QString &outlet, const QString &date, const QString &text);
    ArticleView *view() const { return m_view; }

Q_SIGNALS:
    void closeRequested();
    void swapRequested();

private:
    QLabel *m_title;
    QLabel *m_source;
    QToolButton *m_swap;
    QToolButton *m_close;
    ArticleView *m_view;
};

} // namespace Parallax
