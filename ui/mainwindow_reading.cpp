// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's reading panes: layers, panes, and annotating the selected text.
#include "mainwindow.h"

#include "codebook/codebookdock.h"
#include "codebook/codebookmodel.h"
#include "edit/projectsession.h"
#include "entities/entitiesdock.h"
#include "model/anchoring.h"
#include "model/readercolors.h"
#include "reader/articlepane.h"
#include "review/analystmenu.h"
#include "review/annotationsdock.h"
#include "settings.h"
#include "storage/annotationstore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "widgets/speakerchooser.h"
#include "widgets/texteditdialog.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QCursor>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaEnum>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

QString layerName(ArticleView::Layer layer)
{
    switch (layer) {
    case ArticleView::Layer::Person:
        return MainWindow::tr("People");
    case ArticleView::Layer::Organization:
        return MainWindow::tr("Organisations");
    case ArticleView::Layer::Location:
        return MainWindow::tr("Places");
    case ArticleView::Layer::Miscellaneous:
        return MainWindow::tr("Other names");
    case ArticleView::Layer::Date:
        return MainWindow::tr("Dates");
    case ArticleView::Layer::Time:
        return MainWindow::tr("Times");
    case ArticleView::Layer::Money:
        return MainWindow::tr("Money");
    case ArticleView::Layer::Percent:
        return MainWindow::tr("Percentages");
    case ArticleView::Layer::Quotes:
        return MainWindow::tr("Quotes");
    case ArticleView::Layer::Tags:
        return MainWindow::tr("Tags");
    case ArticleView::Layer::Notes:
        return MainWindow::tr("Notes");
    case ArticleView::Layer::Proposals:
        return MainWindow::tr("Proposals");
    }
    return {};
}

// An open menu takes the keys, so the window's shortcuts that its entries show ("1" for a
// tag) would do nothing while it is open: the menu triggers the entry whose key was typed.
class MenuShortcuts : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *menu = qobject_cast<QMenu *>(watched);
        if (!menu || event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence typed(key->keyCombination());
        for (QAction *action : menu->actions()) {
            if (action->isEnabled() && !action->shortcut().isEmpty()
                && action->shortcut().matches(typed) == QKeySequence::ExactMatch) {
                menu->hide();
                action->trigger();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void MainWindow::createReadingActions(QMenu *annotateMenu, QMenu *viewMenu)
{
    // View: panes, linked scrolling, and the legend, whose entries switch layers on and off.
    QAction *newPane = viewMenu->addAction(tr("Open in &New Pane"), this, [this] {
        if (m_articleId > 0 && !m_reading->openInNewPane(m_articleId))
            statusBar()->showMessage(tr("Four panes are open; close one first."), 4000);
    });
    newPane->setShortcut(tr("Ctrl+T"));
    QAction *closePane = viewMenu->addAction(
        tr("&Close Pane"), this, [this] { m_reading->closePane(m_reading->activePane()); });
    closePane->setShortcut(tr("Ctrl+Shift+W"));
    QAction *swapPane = viewMenu->addAction(
        tr("&Swap Pane with Next"), this, [this] { m_reading->swapPane(m_reading->activePane()); });
    swapPane->setShortcut(tr("Ctrl+Shift+S"));
    QAction *linked = viewMenu->addAction(tr("&Link Scrolling"));
    linked->setCheckable(true);
    linked->setChecked(Settings().linkedScrolling());
    linked->setShortcut(tr("Ctrl+L"));
    m_reading->setLinkedScrolling(linked->isChecked());
    connect(linked, &QAction::toggled, this, [this](bool on) {
        m_reading->setLinkedScrolling(on);
        Settings().setLinkedScrolling(on);
    });
    viewMenu->addSeparator();

    QToolBar *legend = addToolBar(tr("Layers"));
    legend->setObjectName(u"layers"_s);
    legend->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QMenu *layers = viewMenu->addMenu(tr("La&yers"));
    const ArticleView *sample = m_reading->pane(0)->view();
    const QMetaEnum layerEnum = QMetaEnum::fromType<ArticleView::Layer>();
    for (int i = 0; i < layerEnum.keyCount(); ++i) {
        const auto layer = ArticleView::Layer(layerEnum.value(i));
        QPixmap swatch(12, 12);
        swatch.fill(sample->layerColor(layer));
        if (layer == ArticleView::Layer::Miscellaneous) {
            QPainter painter(&swatch);
            painter.fillRect(
                swatch.rect(), QBrush(palette().color(QPalette::Base), ReaderColors::hatch()));
        }
        QAction *toggle = layers->addAction(QIcon(swatch), layerName(layer));
        toggle->setCheckable(true);
        toggle->setChecked(sample->isLayerVisible(layer));
        connect(toggle, &QAction::toggled, this,
            [this, layer](bool on) { m_reading->setLayerVisible(layer, on); });
        legend->addAction(toggle);
    }
    // Whose layers: one analyst, several or all, overlaid in every pane.
    m_analystMenu = new AnalystMenu(this);
    viewMenu->addMenu(m_analystMenu);
    legend->addAction(m_analystMenu->menuAction());
    connect(m_analystMenu, &AnalystMenu::hiddenChanged, m_reading, &ReadingArea::setHiddenAnalysts);
    m_projectActions.append({newPane, closePane, swapPane});

    // Annotate: what the analyst makes of the selected text.
    annotateMenu->addSeparator();
    m_tagMenu = annotateMenu->addMenu(tr("&Tag Selection"));
    m_tagMenu->installEventFilter(new MenuShortcuts(m_tagMenu));
    // T opens the code book as a menu where the analyst is reading.
    QAction *tagPopup
        = annotateMenu->addAction(tr("Tag Selection from the Code Book…"), this, [this] {
              const ArticleView *view = m_reading->pane(m_reading->activePane())->view();
              const QPoint at = view->viewport()->mapToGlobal(view->cursorRect().bottomLeft());
              m_tagMenu->popup(view->isVisible() ? at : QCursor::pos());
          });
    tagPopup->setShortcut(tr("T"));
    m_projectActions.append(tagPopup);
    QAction *note = annotateMenu->addAction(tr("Add &Note…"), this, [this] {
        // The span is taken before the analyst types: a note typed with nothing selected, or
        // anchored to wherever the selection moved meanwhile, would be lost or misplaced.
        const qint64 article = m_reading->activeArticle();
        const qsizetype start = m_reading->selectionStart();
        const qsizetype end = m_reading->selectionEnd();
        if (!m_session || article == 0 || end <= start) {
            statusBar()->showMessage(tr("Select some text in an article first."), 4000);
            return;
        }
        const QString articleText = m_reading->activeText();
        const std::optional<QString> text
            = TextEditDialog::getText(this, tr("Note"), tr("Note on the selected text:"), {});
        if (text && !text->trimmed().isEmpty() && m_session)
            annotateSpan(AnnotationKind::Note, text->trimmed(), article, articleText, start, end);
    });
    note->setShortcut(tr("N"));
    QMenu *entity = annotateMenu->addMenu(tr("Mark as &Entity"));
    for (const auto &[type, text, key] : {std::tuple {u"PERSON"_s, tr("&Person"), tr("Alt+P")},
             std::tuple {u"ORG"_s, tr("&Organisation"), tr("Alt+O")},
             std::tuple {u"LOC"_s, tr("P&lace"), tr("Alt+L")},
             std::tuple {u"MISC"_s, tr("&Other Name"), tr("Alt+M")}}) {
        // An init-capture: clang 14 (clang-tidy) cannot capture a structured binding by name.
        QAction *mark = entity->addAction(
            text, this, [this, type = type] { annotateSelection(AnnotationKind::Entity, type); });
        mark->setShortcut(key);
        m_projectActions.append(mark);
        m_editActions.append(mark);
    }
    QAction *quote = annotateMenu->addAction(tr("Mark as &Quote…"), this,
        [this] { annotateSelection(AnnotationKind::Quote, u"direct"_s); });
    quote->setShortcut(tr("Alt+Q"));
    QAction *speaker = annotateMenu->addAction(
        tr("Correct Spea&ker and Kind of Quote…"), this, &MainWindow::setSpeakerOfCurrentQuote);
    speaker->setShortcut(tr("Alt+K"));
    QAction *resize = annotateMenu->addAction(tr("Set Span to Selection"), this, [this] {
        const qint64 id = m_reading->currentAnnotation();
        if (!m_session || id == 0 || m_reading->selectionEnd() <= m_reading->selectionStart()) {
            statusBar()->showMessage(tr("Click an annotation, then select its new extent."), 4000);
            return;
        }
        if (auto r = m_session->setSpan(id, m_reading->activeText(), m_reading->selectionStart(),
                m_reading->selectionEnd(), m_reading->annotationVersion(id));
            !r)
            showError(tr("Annotate"), r.error());
    });
    resize->setShortcut(tr("Ctrl+E"));
    QAction *split = annotateMenu->addAction(tr("Split Mention Off"), this, [this] {
        if (const qint64 id = m_reading->currentAnnotation(); m_session && id > 0) {
            if (auto r = m_session->splitMention(id); !r)
                showError(tr("Entities"), r.error());
        }
    });
    split->setShortcut(tr("Alt+S"));
    QAction *remove = annotateMenu->addAction(tr("&Remove Annotation"), this, [this] {
        if (const qint64 id = m_reading->currentAnnotation(); m_session && id > 0) {
            if (auto r = m_session->removeAnnotation(id, m_reading->annotationVersion(id)); !r)
                showError(tr("Annotate"), r.error());
        }
    });
    remove->setShortcut(QKeySequence::Delete);
    // Delete removes the annotation while a pane has the focus; in the library it deletes the
    // articles (mainwindow_library.cpp).
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reading->addAction(remove);
    m_projectActions.append({note, quote, speaker, resize, split, remove, m_tagMenu->menuAction()});
    m_editActions.append({tagPopup, note, quote, speaker, resize, split, remove,
        m_tagMenu->menuAction(), entity->menuAction()});
}

void MainWindow::connectReading()
{
    connect(m_reading, &ReadingArea::entityClicked, this, [this](qint64 entityId) {
        m_reading->highlightEntity(entityId);
        m_entitiesDock->selectEntity(entityId);
    });
    connect(
        m_entitiesDock, &EntitiesDock::entitySelected, m_reading, &ReadingArea::highlightEntity);
    connect(m_annotationsDock, &AnnotationsDock::activated, this,
        [this](qint64 articleId, qint64, qint64 start, qint64 end) {
            m_articleId = articleId;
            m_reading->scrollToSpan(articleId, start, end);
        });
    connect(m_reading, &ReadingArea::annotationClicked, this, [this](qint64 id) {
        if (!m_session)
            return;
        if (auto a = AnnotationStore(m_session->project()).annotation(id); a)
            statusBar()->showMessage(tr("%1 “%2”%3")
                                         .arg(enumName(a->kind), a->span.exact.left(60),
                                             a->note.isEmpty() ? QString() : u" — "_s + a->note),
                6000);
    });
    connect(m_reading, &ReadingArea::speakerLabelClicked, this,
        [this](qint64) { setSpeakerOfCurrentQuote(); });
    connect(m_codeBookDock, &CodeBookDock::applyRequested, this, &MainWindow::applyTag);
}

void MainWindow::updateTagActions()
{
    m_tagMenu->clear();
    QHash<QString, QColor> colours;
    for (const Tag &tag : m_codeBookDock->model()->tags()) {
        colours.insert(tag.name, tag.color);
        QPixmap swatch(12, 12);
        swatch.fill(tag.color);
        QAction *apply = m_tagMenu->addAction(
            QIcon(swatch), tag.name, this, [this, id = tag.id] { applyTag(id); });
        if (!tag.shortcut.isEmpty())
            apply->setShortcut(QKeySequence(tag.shortcut));
        // Its key would still fire in a disabled menu.
        apply->setEnabled(canEdit());
    }
    if (m_tagMenu->isEmpty()) {
        m_tagMenu->addAction(tr("The code book is empty: add tags in the Code Book panel"))
            ->setEnabled(false);
        // Where the analyst first reaches for a tag, the quickest way to have some.
        if (m_starterAction)
            m_tagMenu->addAction(m_starterAction);
    }
    m_reading->setTagColors(colours);
}

void MainWindow::applyTag(qint64 tagId)
{
    for (const Tag &tag : m_codeBookDock->model()->tags()) {
        if (tag.id == tagId) {
            m_pendingTagId = tagId;
            const int before = m_session ? m_session->undoStack()->count() : 0;
            annotateSelection(AnnotationKind::Tag, tag.name);
            m_pendingTagId = 0;
            // A key press that tags says so: the box under a selection is easy to miss.
            if (m_session && m_session->undoStack()->count() > before)
                statusBar()->showMessage(
                    tr("Tagged as \u201c%1\u201d. Ctrl+Z takes it back.").arg(tag.name), 5000);
            return;
        }
    }
}

void MainWindow::annotateSelection(AnnotationKind kind, const QString &label)
{
    const qint64 article = m_reading->activeArticle();
    const qsizetype start = m_reading->selectionStart();
    const qsizetype end = m_reading->selectionEnd();
    if (!m_session || article == 0 || end <= start) {
        statusBar()->showMessage(tr("Select some text in an article first."), 4000);
        return;
    }
    annotateSpan(kind, label, article, m_reading->activeText(), start, end);
}

void MainWindow::annotateSpan(AnnotationKind kind, const QString &label, qint64 article,
    const QString &text, qsizetype start, qsizetype end)
{
    Annotation a;
    a.articleId = article;
    a.kind = kind;
    a.label = kind == AnnotationKind::Note ? QString() : label;
    a.note = kind == AnnotationKind::Note ? label : QString();
    a.tagId = kind == AnnotationKind::Tag ? m_pendingTagId : 0;
    a.span = Anchoring::makeSpan(text, start, end);

    if (kind != AnnotationKind::Quote) {
        if (auto r = m_session->addAnnotation(a); !r)
            showError(tr("Annotate"), r.error());
        return;
    }
    const auto choice = SpeakerChooser::choose(this, speakerCandidates(), {});
    if (!choice)
        return;
    a.label = enumName(choice->kind);
    a.entityId = choice->entityId; // the session stores it as the quote's Speaker record
    if (auto r = m_session->addAnnotation(a); !r)
        showError(tr("Annotate"), r.error());
}

QList<EntityRecord> MainWindow::speakerCandidates()
{
    auto entities = EntityStore(m_session->project()).entities(m_docksStory > 0 ? m_docksStory : 0);
    return entities ? entities.value() : QList<EntityRecord> {};
}

void MainWindow::setSpeakerOfCurrentQuote()
{
    const qint64 id = m_session ? m_reading->currentAnnotation() : 0;
    const auto quote = id > 0 ? AnnotationStore(m_session->project()).annotation(id)
                              : Result<Annotation> {Annotation {}};
    if (!quote || quote->id == 0 || quote->kind != AnnotationKind::Quote) {
        statusBar()->showMessage(tr("Click a quote first."), 4000);
        return;
    }
    // The version the pane shows (or else the one just read): a colleague's change while the
    // chooser is open is a conflict.
    const int shown = m_reading->annotationVersion(id);
    const int version = shown > 0 ? shown : quote->version;
    const auto speaker = m_session->quoteSpeaker(id);
    SpeakerChooser::Choice current;
    current.entityId = speaker ? speaker.value() : 0;
    current.kind = quote->label == "partial"_L1 ? QuoteKind::Partial
        : quote->label == "indirect"_L1         ? QuoteKind::Indirect
                                                : QuoteKind::Direct;
    const auto choice = SpeakerChooser::choose(this, speakerCandidates(), current);
    if (!choice)
        return;
    if (auto r = m_session->setQuoteSpeakerAndKind(id, choice->entityId, choice->kind, version); !r)
        showError(tr("Annotate"), r.error());
}

} // namespace Parallax
