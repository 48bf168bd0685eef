// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookdock.h"

#include "codebook/codebookmodel.h"
#include "edit/projectsession.h"
#include "roles.h"
#include "storage/project.h"
#include "widgets/texteditdialog.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// Distinct, readable on light and dark backgrounds; a new tag takes the next one.
const QList<QColor> &tagColours()
{
    static const QList<QColor> colours {QColor(u"#d35400"_s), QColor(u"#2980b9"_s),
        QColor(u"#27ae60"_s), QColor(u"#8e44ad"_s), QColor(u"#c0392b"_s), QColor(u"#16a085"_s),
        QColor(u"#b7950b"_s), QColor(u"#7f8c8d"_s)};
    return colours;
}

} // namespace

CodeBookDock::CodeBookDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new CodeBookModel(this))
    , m_view(new QTreeView)
{
    m_view->setModel(m_model);
    m_view->setHeaderHidden(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodeBookModel::NameColumn, QHeaderView::Stretch);

    auto *add = new QToolButton;
    add->setText(tr("Add"));
    add->setToolTip(tr("Add a tag at the top level"));
    auto *addChild = new QToolButton;
    addChild->setText(tr("Add Inside"));
    addChild->setToolTip(tr("Add a tag nested in the selected one"));
    auto *edit = new QToolButton;
    edit->setText(tr("Edit"));
    edit->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(edit);
    menu->addAction(tr("Rename…"), this, &CodeBookDock::renameCurrent);
    menu->addAction(tr("Colour…"), this, &CodeBookDock::recolourCurrent);
    menu->addAction(tr("Move Into…"), this, &CodeBookDock::moveCurrent);
    menu->addSeparator();
    menu->addAction(tr("Remove"), this, &CodeBookDock::removeCurrent);
    edit->setMenu(menu);

    // The key beside the other buttons: one menu away, not three.
    m_keyButton = new QToolButton;
    m_keyButton->setText(tr("Key"));
    m_keyButton->setToolTip(tr("The key that applies the selected tag in the reading panes"));
    m_keyButton->setPopupMode(QToolButton::InstantPopup);
    auto *keys = new QMenu(m_keyButton);
    keys->addAction(tr("None"), this, [this] { setShortcutOfCurrent({}); });
    for (int k = 1; k <= 9; ++k)
        keys->addAction(
            QString::number(k), this, [this, k] { setShortcutOfCurrent(QString::number(k)); });
    m_keyButton->setMenu(keys);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addChild);
    buttons->addWidget(edit);
    buttons->addWidget(m_keyButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(add, &QToolButton::clicked, this, [this] { addTag(0); });
    connect(addChild, &QToolButton::clicked, this, [this] {
        if (const Tag *t = currentTag())
            addTag(t->id);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT applyRequested(index.data(Roles::TagId).toLongLong());
    });
}

void CodeBookDock::setSession(ProjectSession *session)
{
    m_session = session;
    // The code book is a curator's on a server (and no one's in a project that is read-only).
    const bool editable = !m_session || m_session->project().may(Project::Change::CodeBook);
    for (QToolButton *button : findChildren<QToolButton *>())
        button->setEnabled(editable);
}

void CodeBookDock::setTags(QList<Tag> tags)
{
    const qint64 current = currentTag() ? currentTag()->id : 0;
    m_model->setTags(std::move(tags));
    m_view->expandAll();
    m_view->resizeColumnToContents(CodeBookModel::ShortcutColumn);
    if (current > 0)
        m_view->setCurrentIndex(m_model->indexOf(current));
}

const Tag *CodeBookDock::currentTag() const
{
    return m_model->tag(m_view->currentIndex().siblingAtColumn(0));
}

void CodeBookDock::report(const QString &error)
{
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

void CodeBookDock::addTag(qint64 parentId)
{
    if (!m_session)
        return;
    const std::optional<QString> name = TextEditDialog::getText(
        this, tr("New Tag"), tr("Name:"), {}, TextEditDialog::Mode::SingleLine);
    if (!name || name->trimmed().isEmpty() || !m_session)
        return;
    Tag tag;
    tag.parentId = parentId;
    tag.name = name->trimmed();
    tag.color = tagColours().at(m_model->tags().size() % tagColours().size());
    tag.position = int(m_model->tags().size());
    tag.shortcut = nextFreeKey();
    auto id = m_session->addTag(tag);
    if (!id) {
        report(id.error());
        return;
    }
    m_view->setCurrentIndex(m_model->indexOf(id.value()));
}

QString CodeBookDock::nextFreeKey() const
{
    for (int k = 1; k <= 9; ++k) {
        const QString key = QString::number(k);
        if (std::none_of(m_model->tags().cbegin(), m_model->tags().cend(),
                [&key](const Tag &t) { return t.shortcut == key; }))
            return key;
    }
    return {};
}

void CodeBookDock::renameCurrent()
{
    const Tag *current = currentTag();
    if (!current || !m_session)
        return;
    // A copy: the model may reload its tags while the dialog is open.
    Tag tag = *current;
    const std::optional<QString> name = TextEditDialog::getText(
        this, tr("Rename Tag"), tr("Name:"), tag.name, TextEditDialog::Mode::SingleLine);
    if (!name || name->trimmed().isEmpty() || name->trimmed() == tag.name || !m_session)
        return;
    tag.name = name->trimmed();
    if (auto r = m_session->updateTag(tag); !r)
        report(r.error());
}

void CodeBookDock::recolourCurrent()
{
    const Tag *current = currentTag();
    if (!current || !m_session)
        return;
    Tag tag = *current;
    const QColor colour = QColorDialog::getColor(tag.color, this, tr("Tag Colour"));
    if (!colour.isValid())
        return;
    tag.color = colour;
    if (auto r = m_session->updateTag(tag); !r)
        report(r.error());
}

void CodeBookDock::setShortcutOfCurrent(const QString &key)
{
    const Tag *current = currentTag();
    if (!current || !m_session)
        return;
    if (auto r = m_session->setTagShortcut(current->id, key); !r)
        report(r.error());
}

void CodeBookDock::moveCurrent()
{
    const Tag *current = currentTag();
    if (!current || !m_session)
        return;
    QStringList names {tr("(top level)")};
    QList<qint64> ids {0};
    for (const Tag &t : m_model->tags()) {
        if (t.id != current->id) {
            names.append(t.name);
            ids.append(t.id);
        }
    }
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Move Tag"), tr("Nest “%1” inside:").arg(current->name),
            names, int(ids.indexOf(current->parentId)), false, &ok);
    if (!ok)
        return;
    Tag tag = *current;
    tag.parentId = ids.value(names.indexOf(chosen));
    if (auto r = m_session->updateTag(tag); !r)
        report(r.error()); // nesting a tag inside its own descendant is refused
}

void CodeBookDock::removeCurrent()
{
    const Tag *current = currentTag();
    if (!current || !m_session)
        return;
    if (auto r = m_session->removeTag(current->id); !r)
        report(r.error());
}

} // namespace Parallax
