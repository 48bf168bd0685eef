// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/curationdialog.h"

#include "edit/curationcommands.h"
#include "edit/projectsession.h"
#include "jobs/agreementlayers.h"
#include "storage/articlestore.h"
#include "storage/curationstore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// Amber where the analysts differ, as the reading pane marks words that differ; green for what
// the curated layer holds.
const QColor kDisagreement(0xfd, 0xe7, 0xb0);
const QColor kCurated(0xd6, 0xee, 0xd6);

QString describe(const QList<Agreement::LayerSpan> &spans)
{
    QStringList parts;
    for (const Agreement::LayerSpan &s : spans)
        parts.append(u"%1 %2–%3"_s.arg(s.label).arg(s.begin).arg(s.end));
    return parts.isEmpty() ? u"—"_s : parts.join(u"; "_s);
}

} // namespace

CurationDialog::CurationDialog(ProjectSession *session, qint64 storyId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_storyId(storyId)
    , m_article(new QComboBox)
    , m_version(new QComboBox)
    , m_rows(new QTreeWidget)
    , m_status(new QLabel)
{
    setWindowTitle(tr("Curate the Analysts' Annotations"));
    m_article->setObjectName(u"article"_s);
    m_version->setObjectName(u"version"_s);
    m_rows->setObjectName(u"rows"_s);
    m_status->setObjectName(u"status"_s);
    m_rows->setRootIsDecorated(false);
    m_rows->setAlternatingRowColors(false);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setToolTip(tr("One row per stretch of text the analysts marked; amber where they "
                          "differ. Double-click to show it in the reading pane."));
    m_status->setWordWrap(true);

    auto *accept = new QPushButton(tr("&Accept Version"));
    accept->setToolTip(tr("Take the chosen analyst's version of this row into the curated layer"));
    auto *merge = new QPushButton(tr("&Merge"));
    merge->setToolTip(tr("One curated annotation over all the analysts' spans of this row, with "
                         "the first one's label"));
    auto *edit = new QPushButton(tr("&Edit…"));
    edit->setToolTip(tr("Change the label or the extent of this row's curated annotation"));
    auto *remove = new QPushButton(tr("&Remove"));
    remove->setToolTip(tr("Take this row's curated annotation out of the curated layer"));
    auto *agreed = new QPushButton(tr("Accept All A&greed"));
    agreed->setToolTip(
        tr("Take every row all the analysts marked alike into the curated layer, in one step"));
    auto *undo = new QPushButton(tr("&Undo"));
    for (auto *b : {accept, merge, edit, remove, agreed, undo})
        b->setAutoDefault(false);

    auto *top = new QFormLayout;
    top->addRow(tr("Ar&ticle:"), m_article);
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Version of:")));
    actions->addWidget(m_version);
    actions->addWidget(accept);
    actions->addWidget(merge);
    actions->addWidget(edit);
    actions->addWidget(remove);
    actions->addStretch();
    actions->addWidget(agreed);
    actions->addWidget(undo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rows);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(accept, &QPushButton::clicked, this,
        [this] { act([this](int row) { return acceptVersion(row, m_version->currentText()); }); });
    connect(merge, &QPushButton::clicked, this,
        [this] { act([this](int row) { return mergeVersions(row); }); });
    connect(remove, &QPushButton::clicked, this,
        [this] { act([this](int row) { return removeCurated(row); }); });
    connect(edit, &QPushButton::clicked, this, &CurationDialog::editCurrent);
    connect(agreed, &QPushButton::clicked, this, [this] {
        if (auto r = acceptAllAgreed(); !r)
            m_status->setText(r.error());
    });
    connect(undo, &QPushButton::clicked, m_session->undoStack(), &QUndoStack::undo);
    connect(m_article, &QComboBox::currentIndexChanged, this, &CurationDialog::reload);
    connect(m_rows, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_rows->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_groups.size())
            Q_EMIT spanActivated(articleId(), m_groups.at(row).begin, m_groups.at(row).end);
    });
    connect(m_session, &ProjectSession::curatedChanged, this, &CurationDialog::reload);
    connect(m_session, &ProjectSession::annotationsChanged, this, &CurationDialog::reload);
    fillArticles();
    reload();
}

void CurationDialog::fillArticles()
{
    const QSignalBlocker blocker(m_article);
    m_article->clear();
    AgreementSelection s;
    s.storyId = m_storyId;
    auto layers = AgreementLayers::load(m_session->project(), s);
    if (!layers)
        return;
    for (const Agreement::ArticleLayers &a : std::as_const(layers.value()))
        m_article->addItem(
            a.title.isEmpty() ? tr("Article %1").arg(a.articleId) : a.title, a.articleId);
}

qint64 CurationDialog::articleId() const
{
    return m_article->currentData().toLongLong();
}

void CurationDialog::setArticle(qint64 articleId)
{
    const int index = m_article->findData(articleId);
    if (index >= 0)
        m_article->setCurrentIndex(index);
}

void CurationDialog::reload()
{
    const int current = m_rows->indexOfTopLevelItem(m_rows->currentItem());
    m_groups.clear();
    m_analysts.clear();
    const qint64 article = articleId();
    if (article > 0) {
        AgreementSelection s;
        s.articleId = article;
        auto rows = AgreementLayers::analystAnnotations(m_session->project(), s);
        auto curated = CurationStore(m_session->project()).list(0, article);
        auto text = ArticleStore(m_session->project()).article(article);
        if (!rows || !curated || !text) {
            m_status->setText(!rows ? rows.error() : !curated ? curated.error() : text.error());
        } else {
            m_body = text->body;
            QList<Agreement::LayerSpan> spans;
            for (const AnnotationListing &row : std::as_const(rows.value())) {
                const Annotation &a = row.annotation;
                if (!m_analysts.contains(a.analyst))
                    m_analysts.append(a.analyst);
                spans.append({a.analyst, a.id, a.span.start, a.span.end,
                    AgreementLayers::labelOf(a, row.tagName)});
            }
            m_analysts.sort();
            for (const CuratedAnnotation &c : std::as_const(curated.value()))
                spans.append({AgreementLayers::curatedLayer(), c.id, c.span.start, c.span.end,
                    c.kind == AnnotationKind::Quote ? u"quote"_s : c.label});
            m_groups = Agreement::groupSpans(spans, m_analysts);
        }
    }
    const QString chosen = m_version->currentText();
    m_version->clear();
    m_version->addItems(m_analysts);
    if (m_analysts.contains(chosen))
        m_version->setCurrentText(chosen);
    showRows();
    if (current >= 0 && current < m_rows->topLevelItemCount())
        m_rows->setCurrentItem(m_rows->topLevelItem(current));
}

void CurationDialog::showRows()
{
    m_rows->clear();
    QStringList headers {tr("Text")};
    headers += m_analysts;
    headers.append(tr("Curated"));
    m_rows->setColumnCount(int(headers.size()));
    m_rows->setHeaderLabels(headers);
    const int curatedColumn = int(headers.size()) - 1;
    int disagreements = 0;
    int done = 0;
    for (const Agreement::SpanGroup &g : std::as_const(m_groups)) {
        QString text = Offsets::midCodePoints(m_body, g.begin, g.end).simplified();
        if (text.size() > 60)
            text = text.left(57) + u"…"_s;
        auto *item = new QTreeWidgetItem(m_rows, {text});
        for (int i = 0; i < m_analysts.size(); ++i) {
            item->setText(i + 1, describe(g.of(m_analysts.at(i))));
            if (!g.agreed)
                item->setBackground(i + 1, kDisagreement);
        }
        const QList<Agreement::LayerSpan> curated = g.of(AgreementLayers::curatedLayer());
        item->setText(curatedColumn, describe(curated));
        if (!curated.isEmpty()) {
            item->setBackground(curatedColumn, kCurated);
            ++done;
        }
        if (!g.agreed) {
            ++disagreements;
            item->setToolTip(0, tr("The analysts differ here"));
            item->setText(0, u"≠ "_s + item->text(0));
        }
    }
    for (int c = 0; c < m_rows->columnCount(); ++c)
        m_rows->resizeColumnToContents(c);
    m_status->setText(tr("%1 rows, %2 where the analysts differ, %3 curated.")
                          .arg(m_groups.size())
                          .arg(disagreements)
                          .arg(done));
}

QList<qint64> CurationDialog::curatedIds(int row) const
{
    QList<qint64> ids;
    for (const Agreement::LayerSpan &s : m_groups.at(row).of(AgreementLayers::curatedLayer()))
        ids.append(s.id);
    return ids;
}

void CurationDialog::act(const std::function<Result<void>(int row)> &action)
{
    const int row = m_rows->indexOfTopLevelItem(m_rows->currentItem());
    if (row < 0) {
        m_status->setText(tr("Choose a row first."));
        return;
    }
    if (auto r = action(row); !r)
        m_status->setText(r.error());
}

Result<void> CurationDialog::acceptVersion(int row, const QString &analyst)
{
    if (row < 0 || row >= m_groups.size())
        return Error {tr("there is no row %1").arg(row + 1)};
    QList<qint64> ids;
    for (const Agreement::LayerSpan &s : m_groups.at(row).of(analyst))
        ids.append(s.id);
    if (ids.isEmpty())
        return Error {tr("%1 marked nothing here; choose Remove to leave it out").arg(analyst)};
    return Curation::accept(m_session, ids, curatedIds(row));
}

Result<void> CurationDialog::mergeVersions(int row)
{
    if (row < 0 || row >= m_groups.size())
        return Error {tr("there is no row %1").arg(row + 1)};
    QList<qint64> ids;
    for (const Agreement::LayerSpan &s : m_groups.at(row).spans) {
        if (s.layer != AgreementLayers::curatedLayer())
            ids.append(s.id);
    }
    return Curation::merge(m_session, ids, curatedIds(row));
}

Result<void> CurationDialog::removeCurated(int row)
{
    if (row < 0 || row >= m_groups.size())
        return Error {tr("there is no row %1").arg(row + 1)};
    if (curatedIds(row).isEmpty())
        return Error {tr("nothing of this row is in the curated layer")};
    return Curation::remove(m_session, curatedIds(row));
}

Result<void> CurationDialog::editCurated(int row, const QString &label, qint64 start, qint64 end)
{
    if (row < 0 || row >= m_groups.size())
        return Error {tr("there is no row %1").arg(row + 1)};
    const QList<qint64> ids = curatedIds(row);
    if (ids.size() != 1)
        return Error {ids.isEmpty() ? tr("accept or merge a version first, then edit it")
                                    : tr("this row has several curated annotations: remove "
                                         "them and merge")};
    return Curation::edit(m_session, ids.first(), label, start, end);
}

Result<void> CurationDialog::acceptAllAgreed()
{
    QList<qint64> ids;
    for (const Agreement::SpanGroup &g : std::as_const(m_groups)) {
        if (g.agreed && g.of(AgreementLayers::curatedLayer()).isEmpty())
            ids.append(g.of(m_analysts.first()).first().id);
    }
    if (ids.isEmpty())
        return Error {tr("no row the analysts agree on is left to curate")};
    return Curation::accept(m_session, ids);
}

void CurationDialog::editCurrent()
{
    const int row = m_rows->indexOfTopLevelItem(m_rows->currentItem());
    if (row < 0 || curatedIds(row).size() != 1) {
        act([this](int r) { return editCurated(r, {}, 0, 0); }); // says what is missing
        return;
    }
    const Agreement::LayerSpan current
        = m_groups.at(row).of(AgreementLayers::curatedLayer()).first();
    QDialog editor(this);
    editor.setWindowTitle(tr("Edit the Curated Annotation"));
    auto *label = new QLineEdit(current.label);
    auto *start = new QSpinBox;
    auto *end = new QSpinBox;
    const int length = int(Offsets::codePointLength(m_body));
    start->setRange(0, length);
    end->setRange(0, length);
    start->setValue(int(current.begin));
    end->setValue(int(current.end));
    auto *form = new QFormLayout(&editor);
    form->addRow(tr("&Label:"), label);
    form->addRow(tr("&From (character):"), start);
    form->addRow(tr("&To (character):"), end);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &editor, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &editor, &QDialog::reject);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (auto r = editCurated(row, label->text().trimmed(), start->value(), end->value()); !r)
        m_status->setText(r.error());
}

} // namespace Parallax
