// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/corpusarticles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

// The raw text of the shared evaluation corpora, read at run time when they are on this machine
// (never copied into the repository: their licences do not allow it). A benchmark says which
// text it measured; generated text (benchdata.h) is the fallback.
namespace BenchCorpus {

struct Story
{
    QString title;
    QString body;
    QString outlet;
};

// PARALLAX_CORPUS_DIR, else the shared data folder next to the checkout (a worktree sits one
// level deeper than the main one); empty when there is none.
inline QString dataDir()
{
    QStringList candidates {qEnvironmentVariable("PARALLAX_CORPUS_DIR")};
#ifdef PARALLAX_SOURCE_DIR
    candidates << QStringLiteral(PARALLAX_SOURCE_DIR "/../shared/data")
               << QStringLiteral(PARALLAX_SOURCE_DIR "/../../shared/data");
#endif
    for (const QString &dir : std::as_const(candidates)) {
        if (!dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/reuters21578")))
            return QDir::cleanPath(dir);
    }
    return {};
}

inline int wordCount(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

// Reuters-21578 stories with a body of at least minWords words, in file order: the text between
// <BODY> and </BODY> with its entities decoded and the end-of-text mark ("&#3;") left out, the
// title from <TITLE>.
inline QList<Story> reuters(int minWords = 50)
{
    QList<Story> out;
    const QString dir = dataDir();
    if (dir.isEmpty())
        return out;
    static const QRegularExpression story(
        QStringLiteral("<REUTERS.*?</REUTERS>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression title(
        QStringLiteral("<TITLE>(.*?)</TITLE>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression body(
        QStringLiteral("<BODY>(.*?)</BODY>"), QRegularExpression::DotMatchesEverythingOption);
    const auto decode = [](QString text) {
        text.remove(QStringLiteral("&#3;"));
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        return text.trimmed();
    };
    const QStringList files
        = QDir(dir + QStringLiteral("/reuters21578"))
              .entryList({QStringLiteral("reut2-*.sgm")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir + QStringLiteral("/reuters21578/") + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString sgml = QString::fromLatin1(file.readAll());
        for (auto it = story.globalMatch(sgml); it.hasNext();) {
            const QString one = it.next().captured(0);
            const QString text = decode(body.match(one).captured(1));
            if (text.isEmpty() || wordCount(text) < minWords)
                continue;
            const QString heading = decode(title.match(one).captured(1));
            out.append({heading.isEmpty() ? QStringLiteral("Untitled") : heading, text,
                QStringLiteral("Reuters")});
        }
    }
    return out;
}

// Articles of a corpus folder as 'parallax import' reads them (PolNeAR's .txt files, BASIL's
// JSON), in file name order.
inline QList<Story> articles(const QString &subdir, const QStringList &patterns)
{
    QList<Story> out;
    const QString dir = dataDir();
    if (dir.isEmpty())
        return out;
    QStringList paths;
    QDirIterator it(dir + u'/' + subdir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        auto drafts = Parallax::CorpusArticles::readArticles(path);
        if (!drafts)
            continue;
        for (const Parallax::ArticleDraft &d : drafts.value())
            out.append({d.title, d.body, d.outlet});
    }
    return out;
}

inline QList<Story> polnearTrain()
{
    return articles(QStringLiteral("polnear/train/text"), {QStringLiteral("*.txt")});
}

inline QList<Story> basil()
{
    return articles(QStringLiteral("basil/articles"), {QStringLiteral("*.json")});
}

// The i-th of as many stories as a benchmark asks for: the archive's stories in turn, each
// round after the first made distinct by a numbered title and a closing line, so that
// duplicate detection keeps them all.
inline Story nth(const QList<Story> &stories, int i)
{
    Story s = stories.at(i % stories.size());
    const int copy = i / int(stories.size());
    if (copy > 0) {
        s.title = QStringLiteral("%1 (%2)").arg(s.title).arg(copy + 1);
        s.body = QStringLiteral("%1\n\nCopy %2.").arg(s.body).arg(copy + 1);
    }
    return s;
}

// What a benchmark prints about its text.
inline QString describe(const QList<Story> &stories, const QString &corpus)
{
    qint64 words = 0;
    for (const Story &s : stories)
        words += wordCount(s.body);
    return QStringLiteral("%1 (read at run time from %2): %3 articles, %4 words")
        .arg(corpus, dataDir())
        .arg(stories.size())
        .arg(words);
}

} // namespace BenchCorpus
