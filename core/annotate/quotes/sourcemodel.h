// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace Parallax {

// One phrase that may be a quote's source: a name with its titles, a pronoun, a noun phrase
// ("three officials"), or none at all. The features describe it relative to the quote's cue.
struct SourceCandidate
{
    TextRange span; // UTF-16 range as written; invalid for the "no source" candidate
    qint32 tokenStart = -1;
    qint32 tokenEnd = -1;
    int mention = -1; // the named mention the phrase names, if any
    bool pronoun = false;
    bool plural = false;
    bool rule = false; // the phrase the rules chose
    bool relative = false; // "who", "which", "that": stands for the phrase before it
    std::vector<quint64> features;
};

// A linear model that ranks the source candidates of a quote: the highest score wins. Learned
// from PolNeAR's training split by `parallax train-speakers`, shipped as resources/models/
// sources-en.tsv. The rules of the extractor still find quotes and cues and propose their
// phrase; the model only chooses among the phrases of the cue's sentence.
class SourceModel
{
public:
    static constexpr const char *kFileName = "sources-en.tsv";
    // The shipped file, looked up where the entity model is; empty when there is none.
    static QString defaultPath();
    // The shipped model, loaded once per process; null when the file is missing or unreadable
    // (the extractor then keeps the rules' choice).
    static std::shared_ptr<const SourceModel> shipped();

    static Result<SourceModel> load(const QString &path);
    Result<void> save(const QString &path) const;

    float score(const std::vector<quint64> &features) const
    {
        float s = 0;
        for (const quint64 f : features)
            s += m_weights.value(f);
        return s;
    }
    // The candidate with the highest score (on a tie the rules' phrase, else the first), or -1
    // when there is none.
    int best(const std::vector<SourceCandidate> &candidates) const;

    QHash<quint64, float> &weights() { return m_weights; }
    const QHash<quint64, float> &weights() const { return m_weights; }

private:
    QHash<quint64, float> m_weights;
};

} // namespace Parallax
