// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Pronouns and role nouns to the person they refer back to. Without gender or number from the
// entity recogniser this stays conservative: an ambiguous case is left unresolved (-1).
#include "context.h"

namespace Parallax::Quotes {
namespace {

constexpr int kRoleContextBefore = 5; // "Foreign Minister Ilse Marrow"
constexpr int kRoleContextAfter = 6; // "Ilse Marrow, Veltria's foreign minister,"
constexpr qint32 kRoleLookback = 3000; // tokens: roles are introduced once per article

// Mentions of one person share their last word: "Ilse Marrow", "Marrow".
quint64 personKey(const Document &doc, int mention)
{
    return doc.hash(doc.mentionTokenEnd[size_t(mention)] - 1);
}

// The last mention that ends before token at, or -1.
int mentionBefore(const Document &doc, qint32 at)
{
    return doc.lastMentionBefore[size_t(at)];
}

bool isSubjectOfSentence(const Document &doc, int mention)
{
    const qint32 start = doc.mentionTokenStart[size_t(mention)];
    for (qint32 k = doc.sentenceAt(start).tokenStart; k < start; ++k) {
        if (!(doc.isCapitalised(k) || doc.has(k, TitleWord | RoleNoun | Determiner)
                || doc.token(k).kind == TokenKind::Punctuation))
            return false;
    }
    return true;
}

int resolvePronoun(const Document &doc, const SpeakerPhrase &speaker, const SpeechHistory &history,
    float *confidence)
{
    if (speaker.plural)
        return -1;
    const qint32 at = speaker.start;
    const qint32 firstParagraph = doc.paragraph(at) - 1;
    // Distinct people named since the start of the previous paragraph, nearest first.
    int nearest = -1;
    quint64 nearestKey = 0;
    bool others = false; // someone other than the nearest person was named
    bool othersAfterSpeaker = false; // ... after the last speaker
    const quint64 speakerKey
        = doc.isPerson(history.lastMention) ? personKey(doc, history.lastMention) : 0;
    for (int m = mentionBefore(doc, at); m >= 0; --m) {
        const qint32 start = doc.mentionTokenStart[size_t(m)];
        if (start < 0)
            continue;
        if (doc.paragraph(start) < firstParagraph)
            break;
        if (!doc.isPerson(m))
            continue;
        const quint64 key = personKey(doc, m);
        if (nearest < 0) {
            nearest = m;
            nearestKey = key;
        } else if (key != nearestKey) {
            others = true;
        }
        if (speakerKey != 0 && key != speakerKey && start > history.lastToken)
            othersAfterSpeaker = true;
    }
    const bool recentSpeaker = doc.isPerson(history.lastMention)
        && history.lastParagraph >= firstParagraph && history.lastToken < at;
    if (recentSpeaker) {
        // People tend to go on speaking: prefer the subject of the earlier speech.
        *confidence = othersAfterSpeaker ? 0.6f : 0.85f;
        return history.lastMention;
    }
    if (nearest < 0)
        return -1;
    if (!others) {
        *confidence = 0.8f;
        return nearest;
    }
    if (isSubjectOfSentence(doc, nearest)) {
        *confidence = 0.5f;
        return nearest;
    }
    return -1;
}

// "the minister" -> the last person introduced with that role: "Foreign Minister Ilse Marrow".
int resolveRole(const Document &doc, const SpeakerPhrase &speaker, float *confidence)
{
    if (speaker.head < 0)
        return -1;
    const quint64 role = doc.hash(speaker.head);
    const qint32 stop = speaker.start - kRoleLookback;
    for (int m = mentionBefore(doc, speaker.start); m >= 0; --m) {
        const qint32 start = doc.mentionTokenStart[size_t(m)];
        if (start < 0)
            continue;
        if (start < stop)
            break;
        if (!doc.isPerson(m))
            continue;
        const qint32 end = doc.mentionTokenEnd[size_t(m)];
        const qint32 sentenceStart = doc.sentenceAt(start).tokenStart;
        const qint32 sentenceEnd = doc.sentenceAt(start).tokenEnd;
        // Only the title words right before the name: "Foreign Minister Ilse Marrow".
        for (qint32 k = start - 1; k >= std::max(sentenceStart, start - kRoleContextBefore); --k) {
            if (!(doc.isCapitalised(k) || doc.has(k, TitleWord | RoleNoun)))
                break;
            if (doc.hash(k) == role) {
                *confidence = 0.8f;
                return m;
            }
        }
        if (end < sentenceEnd && doc.isPunct(end, u',')) {
            for (qint32 k = end + 1; k < std::min(sentenceEnd, end + kRoleContextAfter); ++k) {
                if (doc.isPunct(k, u','))
                    break;
                if (doc.hash(k) == role) {
                    *confidence = 0.8f;
                    return m;
                }
            }
        }
    }
    return -1;
}

} // namespace

int resolveSpeaker(const Document &doc, const SpeakerPhrase &speaker, const SpeechHistory &history,
    float *confidence)
{
    *confidence = 1.0f;
    if (speaker.mention >= 0)
        return speaker.mention;
    if (speaker.pronoun)
        return resolvePronoun(doc, speaker, history, confidence);
    if (speaker.definiteRole)
        return resolveRole(doc, speaker, confidence);
    return -1;
}

} // namespace Parallax::Quotes
