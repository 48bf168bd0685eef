// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Deterministic synthetic news text for benchmarks: invented names and a plain vocabulary, with
// quotes, numbers and dates in the proportions of wire copy.
namespace BenchData {

inline QString article(QRandomGenerator &rng, int words)
{
    static const QStringList vocabulary = QStringLiteral(
        "the of and to in a for on that said with was by at from as it minister talks water deal "
        "government agreement on lake farmers border spring quota commission parliament envoy "
        "meeting "
        "would will not has have been after before week month year spokesman officials region plan "
        "draft text sign final both sides pressure vote opposition budget station cost percent "
        "share")
                                              .split(u' ');
    static const QStringList names
        = QStringLiteral("Ilse Marrow|Tomas Ardelan|Dana Okoro|Piet Vandal|Mara Quillen|Jonas "
                         "Ebbe|Rhea Cole|Osip Lind")
              .split(u'|');
    static const QStringList places
        = QStringLiteral("Kessling|Veltria|Osmark|Port Alder|Sarrel|Lake Varn").split(u'|');
    QString text;
    text.reserve(words * 7);
    int inSentence = 0;
    for (int w = 0; w < words; ++w) {
        if (inSentence == 0 && rng.bounded(100) < 8) {
            // A quoted sentence with its attribution, as in wire copy: eight words.
            text += QStringLiteral("\u201cThe talks were difficult but fruitful,\u201d ")
                + names.at(int(rng.bounded(names.size()))) + QStringLiteral(" said. ");
            w += 7;
            continue;
        }
        const quint32 roll = rng.bounded(100);
        QString word;
        if (roll < 4)
            word = names.at(int(rng.bounded(names.size())));
        else if (roll < 7)
            word = places.at(int(rng.bounded(places.size())));
        else if (roll < 9)
            word = QString::number(rng.bounded(1, 2000));
        else
            word = vocabulary.at(int(rng.bounded(vocabulary.size())));
        if (inSentence == 0 && !word.isEmpty())
            word[0] = word[0].toUpper();
        text += word;
        ++inSentence;
        if (inSentence > 8 && rng.bounded(100) < 12) {
            text += rng.bounded(100) < 20 ? QStringLiteral(".\n\n") : QStringLiteral(". ");
            inSentence = 0;
        } else {
            text += u' ';
        }
    }
    return text.trimmed() + u'.';
}

} // namespace BenchData
