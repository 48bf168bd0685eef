// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Parallax::Ner {

// Word classes learned from unlabelled news: each lower-cased word (by its hash, as the
// feature extractor computes it) has a path in a binary tree of clusters, so that the
// recogniser can share what it learned about one word with the words that occur in the same
// contexts ("Varga" with other surnames, "Orsava" with other cities) including words it
// never saw labelled. A path is stored as its bits below a leading 1: 0b1 is the root, 0b10
// and 0b11 its children.
class WordClusters
{
public:
    // Reads "hash<TAB>path" lines as `parallax train-clusters` writes them (hash in hex, path
    // as a string of 0 and 1).
    static Result<WordClusters> fromTsv(const QString &path);

    // Builds the tree from the words of texts: each word with at least minCount occurrences is
    // described by the words seen left and right of it, and the words are split in two by
    // spherical 2-means, recursively, down to depth levels. Deterministic: the same texts give
    // the same tree.
    static WordClusters build(const QList<QString> &texts, int depth, int minCount);

    Result<void> saveTsv(const QString &path) const;

    quint32 path(quint64 lowerHash) const { return m_paths.value(lowerHash, 0); }
    qsizetype size() const { return m_paths.size(); }
    bool isEmpty() const { return m_paths.isEmpty(); }

    // The first bits of a path, with its leading 1: the cluster at that depth.
    static quint32 prefix(quint32 path, int bits);

    void serialize(QByteArray *out) const;
    bool deserialize(const char **data, const char *end);

    friend bool operator==(const WordClusters &a, const WordClusters &b)
    {
        return a.m_paths == b.m_paths;
    }

private:
    QHash<quint64, quint32> m_paths;
};

} // namespace Parallax::Ner
