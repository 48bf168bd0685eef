// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/tokenizer.h"
#include "labels.h"
#include "util/result.h"

#include <QString>

namespace Parallax::Ner {

// A document with gold entities, as read from a CoNLL-2003 file. Its text joins the tokens of a
// sentence with one space and the sentences with a line break (as the corpus' convenience JSONL
// does); its tokens are the corpus' tokens, not the Tokenizer's.
struct LabelledDocument
{
    QString text;
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<EntitySpan> entities;
};

// Reads a CoNLL-2003 file (token POS chunk NER per line, IOB1 or IOB2 tags, blank lines between
// sentences, -DOCSTART- lines between documents). Only the first and last columns are used.
Result<QList<LabelledDocument>> readConll(const QString &path);

QString typeTag(EntityType type); // PER, ORG, LOC, MISC

// Exact-match entity counts in the conlleval convention: an entity is right when its span and
// its type both match.
struct Counts
{
    qint64 gold = 0;
    qint64 predicted = 0;
    qint64 correct = 0;

    double precision() const { return predicted > 0 ? double(correct) / double(predicted) : 0.0; }
    double recall() const { return gold > 0 ? double(correct) / double(gold) : 0.0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct Scores
{
    Counts types[kEntityTypeCount];
    Counts overall;

    void add(const QList<EntitySpan> &gold, const QList<EntitySpan> &predicted);
};

} // namespace Parallax::Ner
