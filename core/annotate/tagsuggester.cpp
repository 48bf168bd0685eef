// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsuggester.h"

#include "annotate/tokenizer.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax {

QStringList TagSuggester::entityFeatures(const QString &type, qint64 entityId)
{
    // A unit separator first: no word of a text is one of these.
    QStringList out {u"\x1ftype:"_s + type};
    if (entityId != 0)
        out.append(u"\x1f"
                   "entity:"_s
            + QString::number(entityId));
    return out;
}

QStringList TagSuggester::words(QStringView passage, const QStringList &entities)
{
    // Each word once: a passage that repeats a word says no more about its tag.
    QSet<QString> seen;
    QStringList out;
    for (const Token &t : Tokenizer::tokenize(passage)) {
        if (t.kind != TokenKind::Word || t.length() < 3)
            continue;
        const QString w = passage.mid(t.start, t.length()).toString().toLower();
        if (!seen.contains(w)) {
            seen.insert(w);
            out.append(w);
        }
    }
    for (const QString &e : entities) {
        if (!seen.contains(e)) {
            seen.insert(e);
            out.append(e);
        }
    }
    return out;
}

void TagSuggester::add(
    QStringView passage, qint64 tagId, const QString &tagName, const QStringList &entities)
{
    Class &c = m_classes[tagId];
    if (tagId != 0)
        c.name = tagName;
    ++c.passages;
    for (const QString &w : words(passage, entities)) {
        ++c.counts[w];
        ++c.words;
        ++m_vocabulary[w];
    }
}

int TagSuggester::tagCount() const
{
    int n = 0;
    for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it)
        n += it.key() != 0 && it->passages >= kMinExamples;
    return n;
}

std::optional<TagSuggester::Suggestion> TagSuggester::suggest(
    QStringView passage, const QStringList &entities) const
{
    if (tagCount() == 0)
        return std::nullopt;
    const QStringList ws = words(passage, entities);
    if (ws.isEmpty())
        return std::nullopt;
    int passages = 0;
    for (const Class &c : m_classes)
        passages += c.passages;
    const double vocabulary = double(m_vocabulary.size()) + 1;
    // Log-likelihoods with add-one smoothing; "no tag" takes part even with no example of its
    // own, with the prior of one passage, so that a lone tag is not suggested for everything.
    QList<std::pair<qint64, double>> scores;
    const auto score = [&](const Class &c) {
        double s = std::log(double(std::max(c.passages, 1)) / (passages + 1));
        for (const QString &w : ws)
            s += std::log((c.counts.value(w) + 1.0) / (c.words + vocabulary));
        return s;
    };
    scores.append({0, score(m_classes.value(0))});
    for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it) {
        if (it.key() != 0 && it->passages >= kMinExamples)
            scores.append({it.key(), score(it.value())});
    }
    double best = scores.first().second;
    for (const auto &[id, s] : scores)
        best = std::max(best, s);
    double sum = 0;
    for (const auto &[id, s] : scores)
        sum += std::exp(s - best);
    std::optional<Suggestion> out;
    for (const auto &[id, s] : scores) {
        const double p = std::exp(s - best) / sum;
        if (id != 0 && p >= kMinConfidence && (!out || p > out->confidence))
            out = Suggestion {id, m_classes.value(id).name, p};
    }
    return out;
}

} // namespace Parallax
