// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/annotator.h"
#include "model/article.h"

#include <QHash>
#include <QTemporaryFile>

#include <deque>

class QIODevice;

namespace Parallax {

// The output of 'parallax annotate FILE...': the files given together are one story, so their
// entities are linked across them, and an entity's name and type settle only once every file
// is read. Documents wait in memory for that up to heldLimit bytes of analyses; beyond, the
// oldest is written to a temporary file with placeholders for the names and types
// (AnnotationJson::EntityNames::Deferred), filled in by finish(). So memory is bounded by the
// largest article and the story's entities, not by the length of the input; the bytes written
// are the same whatever the limit.
class AnnotationStream
{
public:
    enum class Format { Json, Text };
    static constexpr qint64 kHeldLimit = qint64(16) << 20;
    // Short documents are analysed kBatchChars of text at a time (Annotator::prepare() of a
    // batch): a fifth faster for articles of a few hundred words.
    static constexpr qsizetype kBatchChars = 64 * 1024;

    // Documents are analysed once batchChars of text wait (0: each as it is added).
    AnnotationStream(Annotator *annotator, Format format, qint64 heldLimit = kHeldLimit,
        qsizetype batchChars = kBatchChars);
    ~AnnotationStream();
    Q_DISABLE_COPY_MOVE(AnnotationStream)

    // Adds one document of file, analysed now or with the next documents added. False, with the
    // reason in *error, when the temporary file cannot be written to (a full disk): the
    // documents are then lost.
    bool add(const QString &file, const ArticleDraft &draft, QString *error);
    // Analyses what waits, then writes every document to device: the JSON document of them
    // all, or the plain listing.
    bool finish(QIODevice *device, QString *error);

    // Set when no temporary file could be made: the documents are then all held in memory.
    QString warning() const { return m_warning; }
    qsizetype documentsWritten() const { return m_written; } // to the temporary file so far

private:
    struct Held
    {
        QString file;
        ArticleDraft draft;
        AnalyzedDocument doc;
        qint64 bytes = 0;
    };
    struct Pending
    {
        QString file;
        ArticleDraft draft;
    };
    // Analyses and links the pending documents, in the order they were added.
    bool analyzePending(QString *error);
    bool writeOldest();
    void write(QIODevice *device, const Held &held, bool deferred, bool last);

    Annotator *m_annotator;
    Format m_format;
    qint64 m_heldLimit;
    qsizetype m_batchChars;
    QList<Pending> m_pending;
    qsizetype m_pendingChars = 0;
    std::deque<Held> m_held;
    qint64 m_heldBytes = 0;
    QTemporaryFile m_spill;
    bool m_spillFailed = false;
    qsizetype m_written = 0;
    QString m_warning;
    QHash<QString, int> m_amountIds;
};

} // namespace Parallax
