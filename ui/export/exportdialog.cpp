// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportdialog.h"

#include "jobs/exportjob.h"
#include "roles.h"
#include "settings.h"
#include "storage/project.h"
#include "util/workpool.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

bool isReport(ExportFormat format)
{
    return format == ExportFormat::Html || format == ExportFormat::Pdf
        || format == ExportFormat::Markdown;
}

QString suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html:
        return u".html"_s;
    case ExportFormat::Pdf:
        return u".pdf"_s;
    case ExportFormat::Markdown:
        return u".md"_s;
    case ExportFormat::JsonLd:
        return u".jsonld"_s;
    case ExportFormat::Csv:
        return u".csv"_s;
    case ExportFormat::Brat:
        return u"-brat"_s; // a folder
    case ExportFormat::Conll:
        return u".conll"_s;
    }
    return {};
}

} // namespace

QString ExportDialog::defaultFileName(const QString &title, ExportFormat format, bool singleArticle)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QString slug = title.toLower().replace(separators, u"-"_s);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    slug.truncate(60);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = u"export"_s;
    if (isReport(format))
        slug += singleArticle ? u"-report"_s : u"-dossier"_s;
    return slug + suffix(format);
}

ExportDialog::ExportDialog(const QString &projectPath, const QList<StoryListing> &listing,
    qint64 storyId, qint64 articleId, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_storyScope(new QRadioButton)
    , m_articleScope(new QRadioButton)
    , m_format(new QComboBox)
    , m_articles(new QListWidget)
    , m_proposals(new QCheckBox(tr("Proposals not yet reviewed")))
    , m_notes(new QCheckBox(tr("Analysts’ notes")))
    , m_pageSize(new QComboBox)
    , m_output(new QLineEdit)
    , m_choose(new QPushButton(tr("Choose…")))
    , m_busy(new QProgressBar)
    , m_status(new QLabel)
    , m_buttons(new QDialogButtonBox)
{
    setWindowTitle(tr("Export"));
    m_preparedBy = Settings().analystName();
    for (const StoryListing &l : listing) {
        const bool holdsArticle = std::any_of(l.articles.cbegin(), l.articles.cend(),
            [&](const ArticleSummary &a) { return a.id == articleId; });
        if (l.story.id != 0 && (l.story.id == storyId || (storyId == 0 && holdsArticle)))
            m_story = l;
        for (const ArticleSummary &a : l.articles) {
            if (a.id == articleId)
                m_article = a;
        }
    }

    // What: the story, or the article being read.
    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_storyScope);
    scopeGroup->addButton(m_articleScope);
    m_storyScope->setText(m_story.story.id != 0
            ? tr("The story “%1” (%n article(s))", nullptr, int(m_story.articles.size()))
                  .arg(m_story.story.name)
            : tr("No story chosen"));
    m_articleScope->setText(m_article.id != 0
            ? tr("This article: “%1”").arg(m_article.title.left(60))
            : tr("No article open"));
    m_storyScope->setEnabled(m_story.story.id != 0);
    m_articleScope->setEnabled(m_article.id != 0);
    (m_story.story.id != 0 ? m_storyScope : m_articleScope)->setChecked(true);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_storyScope);
    scope->addWidget(m_articleScope);

    const std::pair<ExportFormat, QString> formats[]
        = {{ExportFormat::Html, tr("HTML report — one file for any browser, prints well")},
            {ExportFormat::Pdf, tr("PDF report — title page, page numbers")},
            {ExportFormat::Markdown, tr("Markdown report")},
            {ExportFormat::JsonLd, tr("JSON-LD — W3C Web Annotation data")},
            {ExportFormat::Csv, tr("CSV — one row per annotation")},
            {ExportFormat::Brat, tr("brat standoff — a folder of .txt and .ann files")},
            {ExportFormat::Conll, tr("CoNLL — entity tags, one token per line")}};
    for (const auto &[format, text] : formats)
        m_format->addItem(text, int(format));

    for (const ArticleSummary &a : std::as_const(m_story.articles)) {
        auto *item = new QListWidgetItem(
            a.outlet.isEmpty() ? a.title : tr("%1 — %2").arg(a.outlet, a.title), m_articles);
        item->setData(Roles::ArticleId, a.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(a.title);
    }
    m_articles->setMaximumHeight(m_articles->sizeHintForRow(0) * 6 + 6);
    m_articles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_articles->setTextElideMode(Qt::ElideRight);

    auto *layers = new QHBoxLayout;
    for (const auto &[layer, text] : {std::pair {ExportLayer::Entities, tr("Entities")},
             std::pair {ExportLayer::Quotes, tr("Quotes")},
             std::pair {ExportLayer::Dates, tr("Dates and amounts")},
             std::pair {ExportLayer::Tags, tr("Tags")},
             std::pair {ExportLayer::Notes, tr("Notes")}}) {
        auto *box = new QCheckBox(text);
        box->setChecked(true);
        layers->addWidget(box);
        m_layers.append({layer, box});
    }
    layers->addStretch();
    auto *include = new QHBoxLayout;
    m_proposals->setChecked(true);
    m_proposals->setToolTip(tr("Off: only accepted annotations and those made by hand"));
    m_notes->setChecked(true);
    include->addWidget(m_proposals);
    include->addWidget(m_notes);
    include->addStretch();

    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);

    QString folder = Settings().exportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    m_output->setText(QDir(folder).filePath(defaultFileName(title(), ExportFormat::Html, false)));
    auto *output = new QHBoxLayout;
    output->addWidget(m_output, 1);
    output->addWidget(m_choose);

    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), scope);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Articles:"), m_articles);
    form->addRow(tr("Layers:"), layers);
    form->addRow(tr("Include:"), include);
    form->addRow(tr("&Page size:"), m_pageSize);
    auto *outputLabel = new QLabel(tr("&Save as:"));
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, output);

    m_busy->setRange(0, 0); // busy, with no measure of how far
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setDefault(true);
    m_openButton = m_buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_openButton->setEnabled(false);
    m_openButton->setToolTip(tr("Open what was exported"));
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        updateFileName();
    });
    connect(scopeGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on) {
            updateControls();
            updateFileName();
        }
    });
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_openButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_written)); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onFinished);
    updateControls();
}

ExportDialog::~ExportDialog()
{
    // The worker holds its own connection and writes a file: let it finish.
    m_watcher.waitForFinished();
}

QCheckBox *ExportDialog::layerBox(ExportLayer layer) const
{
    for (const auto &[l, box] : m_layers) {
        if (l == layer)
            return box;
    }
    return nullptr;
}

QString ExportDialog::title() const
{
    return m_articleScope->isChecked() ? m_article.title : m_story.story.name;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    if (m_articleScope->isChecked()) {
        o.articleIds = {m_article.id};
    } else {
        o.storyId = m_story.story.id;
        QList<qint64> chosen;
        for (int i = 0; i < m_articles->count(); ++i) {
            if (m_articles->item(i)->checkState() == Qt::Checked)
                chosen.append(m_articles->item(i)->data(Roles::ArticleId).toLongLong());
        }
        // All of them: the whole story, as it will be when articles are added.
        if (chosen.size() != m_articles->count())
            o.articleIds = chosen;
    }
    o.layers.clear();
    for (const auto &[layer, box] : m_layers) {
        if (box->isChecked())
            o.layers.append(layer);
    }
    o.includeProposals = m_proposals->isChecked();
    o.includeNotes = m_notes->isChecked();
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    o.preparedBy = m_preparedBy;
    return o;
}

QString ExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

void ExportDialog::updateControls()
{
    const bool running = m_watcher.isRunning();
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_format, m_output, m_choose, m_proposals, m_notes, m_storyScope, m_articleScope}) {
        w->setEnabled(!running);
    }
    m_storyScope->setEnabled(!running && m_story.story.id != 0);
    m_articleScope->setEnabled(!running && m_article.id != 0);
    for (const auto &[layer, box] : m_layers)
        box->setEnabled(!running);
    m_articles->setEnabled(!running && m_storyScope->isChecked());
    m_pageSize->setEnabled(!running && format == ExportFormat::Pdf);
    m_exportButton->setEnabled(!running && (m_story.story.id != 0 || m_article.id != 0));
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
}

void ExportDialog::updateFileName()
{
    const QFileInfo current(outputPath());
    const QString folder = current.path().isEmpty() ? QDir::homePath() : current.path();
    m_output->setText(QDir(folder).filePath(defaultFileName(
        title(), ExportFormat(m_format->currentData().toInt()), m_articleScope->isChecked())));
}

void ExportDialog::chooseOutput()
{
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    QString path;
    if (format == ExportFormat::Brat) {
        // brat writes a folder of files: a new one named after the story, in the chosen folder.
        const QString parent = QFileDialog::getExistingDirectory(
            this, tr("Folder for the brat files"), QFileInfo(outputPath()).path());
        if (!parent.isEmpty())
            path = QDir(parent).filePath(QFileInfo(outputPath()).fileName());
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Export As"), outputPath(),
            tr("%1 (*%2)").arg(m_format->currentText().section(u" — "_s, 0, 0), suffix(format)));
    }
    if (!path.isEmpty())
        m_output->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::startExport()
{
    if (m_watcher.isRunning())
        return;
    const ExportOptions chosen = options();
    const QString out = outputPath();
    m_status->setStyleSheet(QString());
    if (out.isEmpty()) {
        m_status->setText(tr("Choose where to save the export."));
        return;
    }
    if (chosen.storyId != 0 && chosen.articleIds.isEmpty() && m_articles->count() > 0) {
        bool any = false;
        for (int i = 0; i < m_articles->count(); ++i)
            any = any || m_articles->item(i)->checkState() == Qt::Checked;
        if (!any) {
            m_status->setText(tr("Choose at least one article."));
            return;
        }
    }
    m_openButton->setEnabled(false);
    m_busy->show();
    m_status->setText(
        chosen.format == ExportFormat::Pdf ? tr("Typesetting the PDF…") : tr("Exporting…"));
    const QString projectPath = m_projectPath;
    m_watcher.setFuture(QtConcurrent::run(workPool(), [projectPath, chosen, out]() {
        Outcome outcome;
        // A connection of this thread's own; exports only read.
        auto project = Project::open(projectPath, Project::Access::ReadOnly);
        if (!project) {
            outcome.error = project.error();
            return outcome;
        }
        auto summary = exportProject(*project.value(), chosen, out);
        if (!summary) {
            outcome.error = summary.error();
            return outcome;
        }
        outcome.ok = true;
        outcome.summary = summary.value();
        return outcome;
    }));
    updateControls();
}

void ExportDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_busy->hide();
    updateControls();
    if (!outcome.ok) {
        m_status->setStyleSheet(u"color: #b3261e;"_s);
        m_status->setText(tr("The export failed: %1").arg(outcome.error));
        Q_EMIT exportFinished(false);
        return;
    }
    m_written = outputPath();
    QString text = tr("Exported %n article(s)", nullptr, outcome.summary.articles) + u' '
        + tr("with %n annotation(s) to %1.", nullptr, outcome.summary.annotations)
              .arg(QDir::toNativeSeparators(m_written));
    for (const QString &warning : outcome.summary.warnings)
        text += u"\n"_s + warning + u'.';
    m_status->setText(text);
    m_openButton->setEnabled(true);
    m_openButton->setDefault(true);
    Settings().setExportFolder(QFileInfo(m_written).absolutePath());
    Q_EMIT exportFinished(true);
}

} // namespace Parallax
