// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakerchooser.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {
constexpr int kEntityRole = Qt::UserRole + 1;
}

SpeakerChooser::SpeakerChooser(
    QWidget *parent, const QList<EntityRecord> &entities, const Choice &current)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_kinds(new QButtonGroup(this))
{
    setWindowTitle(tr("Quote"));
    auto *layout = new QVBoxLayout(this);
    auto *kinds = new QHBoxLayout;
    for (const auto &[kind, text] : {std::pair {QuoteKind::Direct, tr("&Direct")},
             std::pair {QuoteKind::Partial, tr("P&artial")},
             std::pair {QuoteKind::Indirect, tr("&Reported speech")}}) {
        auto *button = new QRadioButton(text, this);
        m_kinds->addButton(button, int(kind));
        button->setChecked(kind == current.kind);
        button->setFocusPolicy(Qt::NoFocus); // the filter keeps the keys
        kinds->addWidget(button);
    }
    kinds->addStretch();
    layout->addLayout(kinds);
    auto *label = new QLabel(tr("&Who is quoted?"), this);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    // People and organisations only; the most mentioned first, then by name.
    QList<EntityRecord> speakers;
    for (const EntityRecord &e : entities) {
        if (e.type == "PERSON"_L1 || e.type == "ORG"_L1)
            speakers.append(e);
    }
    std::stable_sort(speakers.begin(), speakers.end(), [](const auto &a, const auto &b) {
        if (a.mentions != b.mentions)
            return a.mentions > b.mentions;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    auto *none = new QListWidgetItem(tr("No speaker"), m_list);
    none->setData(kEntityRole, qint64(0));
    QFont italic = none->font();
    italic.setItalic(true);
    none->setFont(italic);
    for (const EntityRecord &e : std::as_const(speakers)) {
        const QString type = e.type == "PERSON"_L1 ? tr("Person") : tr("Organisation");
        auto *item = new QListWidgetItem(u"%1   (%2)"_s.arg(e.name, type), m_list);
        item->setData(kEntityRole, e.id);
        item->setData(Qt::UserRole, QString(e.name + u' ' + e.aliases.join(u' ')));
        if (e.id == current.entityId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &SpeakerChooser::applyFilter);
    m_filter->setFocus();
    resize(420, 360);
}

void SpeakerChooser::applyFilter(const QString &text)
{
    const QString needle = text.simplified();
    QListWidgetItem *first = nullptr;
    QListWidgetItem *nobody = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool none = item->data(kEntityRole).toLongLong() == 0;
        const QString haystack = none ? item->text() : item->data(Qt::UserRole).toString();
        const bool match = needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !none && !first)
            first = item;
        if (match && none)
            nobody = item;
    }
    if (!first)
        first = nobody; // "no speaker" typed
    // The best match is highlighted, so Enter takes it: a name before "No speaker".
    if (first && !needle.isEmpty())
        m_list->setCurrentItem(first);
}

bool SpeakerChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            for (int row = m_list->currentRow() + step; row >= 0 && row < m_list->count();
                 row += step) {
                if (!m_list->item(row)->isHidden()) {
                    m_list->setCurrentRow(row);
                    break;
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

SpeakerChooser::Choice SpeakerChooser::choice() const
{
    Choice c;
    const QListWidgetItem *item = m_list->currentItem();
    c.entityId = item && !item->isHidden() ? item->data(kEntityRole).toLongLong() : 0;
    c.kind = QuoteKind(m_kinds->checkedId());
    return c;
}

std::optional<SpeakerChooser::Choice> SpeakerChooser::choose(
    QWidget *parent, const QList<EntityRecord> &entities, const Choice &current)
{
    SpeakerChooser dialog(parent, entities, current);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

} // namespace Parallax
