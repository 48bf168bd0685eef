// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Parallax {

// Suggests a project's code-book tags for passages from the analyst's own tagging in it: a
// naive Bayes classifier over the passage's words and the entities it names (each once), with a
// class for "no tag"
// learned from the passages she left untagged or whose suggested tag she rejected. A tag takes
// part only once it has kMinExamples examples. Retrained from the project each time it is used,
// so it follows her tagging.
class TagSuggester
{
public:
    static constexpr int kMinExamples = 5;
    // The least posterior probability a suggestion needs.
    static constexpr double kMinConfidence = 0.6;

    struct Suggestion
    {
        qint64 tagId = 0;
        QString tagName;
        double confidence = 0; // the posterior probability of the tag
    };

    // The features of an entity the passage names: its type, and the entity itself (its row),
    // so that "what Kessling says" can be learned whatever words she says it in.
    static QStringList entityFeatures(const QString &type, qint64 entityId);

    // tagId 0: an untagged passage. entities: entityFeatures() of the names in the passage.
    void add(QStringView passage, qint64 tagId, const QString &tagName = {},
        const QStringList &entities = {});
    // How many tags have enough examples to be suggested.
    int tagCount() const;
    std::optional<Suggestion> suggest(QStringView passage, const QStringList &entities = {}) const;

private:
    struct Class
    {
        QString name;
        int passages = 0;
        int words = 0;
        QHash<QString, int> counts;
    };
    static QStringList words(QStringView passage, const QStringList &entities);

    QHash<qint64, Class> m_classes; // 0: no tag
    QHash<QString, int> m_vocabulary; // word -> passages with it, any class
};

} // namespace Parallax
