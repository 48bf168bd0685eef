// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/agreementdialog.h"

#include "storage/articlestore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

enum Column { LabelColumn, AlphaUColumn, KappaColumn, AlphaColumn, PercentColumn };
enum SpanColumn {
    ArticleColumn,
    SpanColumn,
    SpanLabelColumn,
    MarkedColumn,
    OthersColumn,
    TextColumn
};
constexpr int kArticleRole = Qt::UserRole;
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;

void setFigure(QTreeWidgetItem *item, int column, const Agreement::Figure &f, bool percent)
{
    item->setText(column,
        f.value && percent ? QString::number(*f.value * 100, 'f', 0) + u" %"_s
                           : Agreement::formatFigure(f));
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    QString tip = f.reason;
    if (f.value)
        tip = (tip.isEmpty() ? QString() : tip + u"\n"_s)
            + AgreementDialog::tr("%1 (over %2)")
                  .arg(QString::number(*f.value, 'f', 4))
                  .arg(column == AlphaUColumn
                          ? AgreementDialog::tr("%n span(s)", nullptr, f.units)
                          : AgreementDialog::tr("%n token(s)", nullptr, f.units));
    item->setToolTip(column, tip);
}

} // namespace

AgreementDialog::AgreementDialog(Project &project, qint64 storyId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_storyId(storyId)
    , m_kind(new QComboBox)
    , m_analysts(new QListWidget)
    , m_pair(new QComboBox)
    , m_summary(new QLabel)
    , m_figures(new QTreeWidget)
    , m_explanation(new QLabel)
    , m_spans(new QTreeWidget)
{
    setWindowTitle(tr("Agreement between Analysts"));
    m_kind->setObjectName(u"kind"_s);
    m_analysts->setObjectName(u"analysts"_s);
    m_pair->setObjectName(u"pair"_s);
    m_figures->setObjectName(u"figures"_s);
    m_spans->setObjectName(u"disagreements"_s);
    m_summary->setObjectName(u"summary"_s);

    m_kind->addItem(tr("Entities, quotes and tags"), -1);
    m_kind->addItem(tr("Entities"), int(AnnotationKind::Entity));
    m_kind->addItem(tr("Quotes"), int(AnnotationKind::Quote));
    m_kind->addItem(tr("Tags"), int(AnnotationKind::Tag));
    m_analysts->setMaximumHeight(90);
    m_analysts->setToolTip(tr("The analysts whose layers are compared"));

    m_figures->setColumnCount(5);
    m_figures->setHeaderLabels({tr("Label"), tr("α_u"), tr("κ"), tr("α"), tr("Agreeing")});
    m_figures->setRootIsDecorated(false);
    m_figures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->header()->setStretchLastSection(false);
    m_figures->header()->setMinimumSectionSize(64);
    m_figures->setMinimumHeight(120);

    // One sentence per figure, with its unit: what an analyst reads before trusting a number.
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setText(
        tr("<p><b>α_u</b> (Krippendorff's unitizing alpha) compares where the analysts' spans of "
           "each label begin and end, counted in characters (code points): 1 means identical "
           "spans, 0 what chance would give, below 0 less than chance.<br>"
           "<b>κ</b> (Cohen's kappa, two analysts only) compares the label each analyst gave each "
           "word (token) that either of them labelled, corrected for chance: 1 means the same "
           "label on every such word.<br>"
           "<b>α</b> (Krippendorff's alpha, nominal) makes the same comparison of labels on words "
           "for any number of analysts, corrected for chance.<br>"
           "<b>Agreeing</b> is the share of those words on which every analyst gave the same "
           "label, in percent, without any correction for chance.<br>"
           "A dash means the data cannot give the figure; its tooltip says why.</p>"));

    m_spans->setColumnCount(6);
    m_spans->setHeaderLabels(
        {tr("Article"), tr("Span"), tr("Label"), tr("Marked by"), tr("Not by"), tr("Text")});
    m_spans->setRootIsDecorated(false);
    m_spans->setToolTip(tr("Spans the analysts marked differently; double-click to show one"));

    auto *choices = new QFormLayout;
    choices->addRow(tr("&Annotations:"), m_kind);
    choices->addRow(tr("A&nalysts:"), m_analysts);
    choices->addRow(tr("&Compare:"), m_pair);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(choices);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_figures);
    topLayout->addWidget(m_explanation);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Where they disagree (double-click to show):")));
    bottomLayout->addWidget(m_spans);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *again = buttons->addButton(tr("&Measure Again"), QDialogButtonBox::ActionRole);
    connect(again, &QPushButton::clicked, this, &AgreementDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    resize(760, 640);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AgreementDialog::measure);
    connect(m_analysts, &QListWidget::itemChanged, this, &AgreementDialog::measure);
    connect(m_pair, &QComboBox::currentIndexChanged, this, [this] {
        showFigures();
        showDisagreements();
    });
    connect(m_spans, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT spanActivated(item->data(ArticleColumn, kArticleRole).toLongLong(),
            item->data(ArticleColumn, kStartRole).toLongLong(),
            item->data(ArticleColumn, kEndRole).toLongLong());
    });
    refresh();
}

void AgreementDialog::setStory(qint64 storyId)
{
    m_storyId = storyId;
    refresh();
}

void AgreementDialog::refresh()
{
    // Every analyst with a layer in the story, all of them chosen unless unticked before.
    QSet<QString> unticked;
    for (int i = 0; i < m_analysts->count(); ++i) {
        if (m_analysts->item(i)->checkState() == Qt::Unchecked)
            unticked.insert(m_analysts->item(i)->text());
    }
    AgreementSelection everyone;
    everyone.storyId = m_storyId;
    auto all = AgreementLayers::measure(m_project, everyone);
    const QSignalBlocker blocker(m_analysts);
    m_analysts->clear();
    if (all) {
        for (const QString &name : std::as_const(all->analysts)) {
            auto *item = new QListWidgetItem(name, m_analysts);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(unticked.contains(name) ? Qt::Unchecked : Qt::Checked);
        }
    }
    m_texts.clear();
    measure();
}

void AgreementDialog::measure()
{
    AgreementSelection s;
    s.storyId = m_storyId;
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        s.kind = AnnotationKind(kind);
    for (int i = 0; i < m_analysts->count(); ++i) {
        if (m_analysts->item(i)->checkState() == Qt::Checked)
            s.analysts.append(m_analysts->item(i)->text());
    }
    m_error.clear();
    m_report = {};
    if (s.analysts.size() >= 2) {
        auto report = AgreementLayers::measure(m_project, s);
        if (report)
            m_report = std::move(report).value();
        else
            m_error = report.error();
    }
    {
        const QSignalBlocker blocker(m_pair);
        const int previous = m_pair->currentIndex();
        m_pair->clear();
        m_pair->addItem(tr("All chosen analysts"));
        for (const Agreement::PairMeasures &p : std::as_const(m_report.pairs))
            m_pair->addItem(tr("%1 and %2").arg(p.first, p.second));
        m_pair->setCurrentIndex(previous >= 0 && previous < m_pair->count() ? previous : 0);
    }
    if (!m_error.isEmpty())
        m_summary->setText(tr("The layers cannot be read: %1").arg(m_error));
    else if (s.analysts.size() < 2)
        m_summary->setText(
            tr("Agreement needs the layers of two analysts or more: each analyst's own "
               "annotations, made in the window under their name or imported with their "
               "name as the creator."));
    else
        m_summary->setText((m_report.articles.size() == 1
                ? tr("%1 compared on the one article they marked.")
                : tr("%1 compared on the %2 articles they marked.").arg(m_report.articles.size()))
                               .arg(s.analysts.join(u", "_s)));
    showFigures();
    showDisagreements();
}

void AgreementDialog::showFigures()
{
    m_figures->clear();
    if (m_report.analysts.size() < 2)
        return;
    const int pair = m_pair->currentIndex() - 1;
    const Agreement::Measures &m = pair >= 0 && pair < m_report.pairs.size()
        ? m_report.pairs.at(pair).measures
        : m_report.all;
    const auto row
        = [&](const QString &name, const Agreement::Figure &au, const Agreement::Figure &kappa,
              const Agreement::Figure &alpha, const Agreement::Figure &percent) {
              auto *item = new QTreeWidgetItem(m_figures, {name});
              setFigure(item, AlphaUColumn, au, false);
              setFigure(item, KappaColumn, kappa, false);
              setFigure(item, AlphaColumn, alpha, false);
              setFigure(item, PercentColumn, percent, true);
              return item;
          };
    QTreeWidgetItem *all = row(tr("All labels"), m.alphaU, m.kappa, m.alpha, m.percent);
    QFont bold = all->font(LabelColumn);
    bold.setBold(true);
    for (int c = 0; c < m_figures->columnCount(); ++c)
        all->setFont(c, bold);
    for (const QString &label : std::as_const(m_report.labels))
        row(label, m.alphaUByLabel.value(label), m.kappaByLabel.value(label),
            m.alphaByLabel.value(label), m.percentByLabel.value(label));
}

QString AgreementDialog::spanText(qint64 articleId, qint64 start, qint64 end)
{
    auto it = m_texts.find(articleId);
    if (it == m_texts.end()) {
        auto article = ArticleStore(m_project).article(articleId);
        it = m_texts.insert(articleId, article ? article->body : QString());
    }
    return Offsets::midCodePoints(it.value(), start, end).simplified();
}

void AgreementDialog::showDisagreements()
{
    m_spans->clear();
    // With a pair chosen, the spans one of the two marked and the other did not.
    const int pair = m_pair->currentIndex() - 1;
    const bool onePair = pair >= 0 && pair < m_report.pairs.size();
    for (const Agreement::SpanDisagreement &d : std::as_const(m_report.disagreements)) {
        if (onePair
            && d.marked.contains(m_report.pairs.at(pair).first)
                == d.marked.contains(m_report.pairs.at(pair).second))
            continue;
        auto *item = new QTreeWidgetItem(m_spans,
            {d.title, tr("%1–%2").arg(d.begin).arg(d.end), d.label, d.marked.join(u", "_s),
                d.others.join(u", "_s), spanText(d.articleId, d.begin, d.end)});
        item->setData(ArticleColumn, kArticleRole, d.articleId);
        item->setData(ArticleColumn, kStartRole, d.begin);
        item->setData(ArticleColumn, kEndRole, d.end);
    }
    for (int c = 0; c < TextColumn; ++c)
        m_spans->resizeColumnToContents(c);
}

} // namespace Parallax
