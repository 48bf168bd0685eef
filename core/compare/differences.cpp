// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "differences.h"

#include "compare/wordalign/diff.h"

#include <QSet>

#include <algorithm>
#include <map> // std::multimap

using namespace Qt::StringLiterals;

namespace Parallax::Compare {
namespace {

// A changed stretch between a member and the pivot: positions in each unit's word sequence.
struct Hunk
{
    std::vector<int> pivot;
    std::vector<int> member;
    int anchor = 0; // the pivot position an insertion comes before
    DifferenceKind kind = DifferenceKind::Wording;
};

// When members differ from the pivot at the same words in different ways, the group's
// difference takes the kind that matters most to a reader.
// Content words besides the negation that a negation flip may change ("would not sign" /
// "would refuse to sign" is still one).
constexpr int kNegationContext = 2;

int severity(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::Negation:
        return 8;
    case DifferenceKind::Number:
        return 7;
    case DifferenceKind::Date:
        return 6;
    case DifferenceKind::Name:
        return 5;
    case DifferenceKind::Attribution:
        return 4;
    case DifferenceKind::Wording:
        return 3;
    case DifferenceKind::Omission:
    case DifferenceKind::Addition:
        return 2;
    case DifferenceKind::Synonym:
        return 1;
    }
    return 0;
}

class GroupDiffer
{
public:
    GroupDiffer(Context &context, const std::vector<int> &units)
        : m_context(context)
        , m_units(units)
    { }

    QList<Difference> run();

private:
    const Unit &unit(int member) const
    {
        return m_context.prepared.units[size_t(m_units[size_t(member)])];
    }
    const Word &word(int member, int position) const
    {
        const Unit &u = unit(member);
        return m_context.prepared.documents[size_t(u.doc)].words[size_t(u.words[size_t(position)])];
    }
    const CompareDocument &document(int member) const
    {
        return m_context.input.documents.at(unit(member).doc);
    }
    TextRange rangeOf(int member, const std::vector<int> &positions) const;
    QString textOf(int member, const TextRange &range) const;
    QSet<int> entitiesOf(int member) const;
    std::vector<Hunk> diffMember(int member, std::vector<int> *map);
    DifferenceKind classify(int member, const Hunk &hunk);
    bool isNameFormOnly(int member, const Hunk &hunk);
    void attribution(QList<Difference> *out) const;

    Context &m_context;
    const std::vector<int> &m_units;
};

TextRange GroupDiffer::rangeOf(int member, const std::vector<int> &positions) const
{
    if (positions.empty())
        return {};
    const auto [lo, hi] = std::minmax_element(positions.cbegin(), positions.cend());
    return {word(member, *lo).range.start, word(member, *hi).range.end};
}

QString GroupDiffer::textOf(int member, const TextRange &range) const
{
    if (!range.isValid())
        return {};
    return document(member).text.mid(range.start, range.length());
}

QSet<int> GroupDiffer::entitiesOf(int member) const
{
    QSet<int> set;
    const Unit &u = unit(member);
    for (int p = 0; p < int(u.words.size()); ++p) {
        const Word &w = word(member, p);
        if (w.mention >= 0 && document(member).mentions.at(w.mention).entity >= 0)
            set.insert(document(member).mentions.at(w.mention).entity);
    }
    return set;
}

// "Ilse Marrow" against "Marrow", "Veltria's foreign minister Ilse Marrow" against "Marrow": the
// changed words are only parts of names that the other side names too.
bool GroupDiffer::isNameFormOnly(int member, const Hunk &hunk)
{
    const QSet<int> pivotEntities = entitiesOf(0);
    const QSet<int> memberEntities = entitiesOf(member);
    auto covered = [&](int m, const std::vector<int> &positions, const QSet<int> &other) {
        for (int p : positions) {
            const Word &w = word(m, p);
            if (!(w.flags & Content))
                continue;
            const int entity = w.mention >= 0 ? document(m).mentions.at(w.mention).entity : -1;
            if (entity < 0 || !other.contains(entity))
                return false;
        }
        return true;
    };
    return covered(0, hunk.pivot, memberEntities) && covered(member, hunk.member, pivotEntities);
}

DifferenceKind GroupDiffer::classify(int member, const Hunk &hunk)
{
    auto count = [&](int m, const std::vector<int> &positions, quint8 flag) {
        int n = 0;
        for (int p : positions)
            n += (word(m, p).flags & flag) ? 1 : 0;
        return n;
    };
    // A negation flip: "will" / "will not", "agreed" / "never agreed". A longer stretch that
    // happens to hold a "not" is an omission, an addition or other wording.
    if (count(0, hunk.pivot, Negation) != count(member, hunk.member, Negation)
        && count(0, hunk.pivot, Content) - count(0, hunk.pivot, Negation) <= kNegationContext
        && count(member, hunk.member, Content) - count(member, hunk.member, Negation)
            <= kNegationContext)
        return DifferenceKind::Negation;
    if (hunk.pivot.empty())
        return DifferenceKind::Addition;
    if (hunk.member.empty())
        return DifferenceKind::Omission;
    // "8 December" / "9 December": the number is part of a date.
    if (count(0, hunk.pivot, DateWord) > 0 && count(member, hunk.member, DateWord) > 0)
        return DifferenceKind::Date;
    if (count(0, hunk.pivot, NumberWord) > 0 && count(member, hunk.member, NumberWord) > 0)
        return DifferenceKind::Number;
    auto names = [&](int m, const std::vector<int> &positions) {
        QSet<QString> set;
        for (int p : positions) {
            const Word &w = word(m, p);
            if (w.mention < 0)
                continue;
            const EntityMention &mention = document(m).mentions.at(w.mention);
            set.insert(mention.entity >= 0
                    ? QString::number(mention.entity)
                    : document(m).text.mid(mention.range.start, mention.range.length()).toLower());
        }
        return set;
    };
    // One name for another: every changed content word on both sides is part of a name.
    auto allNames = [&](int m, const std::vector<int> &positions) {
        return std::all_of(positions.cbegin(), positions.cend(),
            [&](int p) { return !(word(m, p).flags & Content) || word(m, p).mention >= 0; });
    };
    const QSet<QString> pivotNames = names(0, hunk.pivot);
    const QSet<QString> memberNames = names(member, hunk.member);
    if (!pivotNames.isEmpty() && !memberNames.isEmpty() && pivotNames != memberNames
        && allNames(0, hunk.pivot) && allNames(member, hunk.member))
        return DifferenceKind::Name;
    // Synonyms only when every content word on each side has a WordNet synonym on the other.
    std::vector<int> a;
    std::vector<int> b;
    for (int p : hunk.pivot) {
        if (word(0, p).flags & Content)
            a.push_back(word(0, p).id);
    }
    for (int p : hunk.member) {
        if (word(member, p).flags & Content)
            b.push_back(word(member, p).id);
    }
    if (a.empty() || b.empty() || a.size() > 4 || b.size() > 4)
        return DifferenceKind::Wording;
    auto allCovered = [&](const std::vector<int> &x, const std::vector<int> &y) {
        return std::all_of(x.cbegin(), x.cend(), [&](int i) {
            return std::any_of(
                y.cbegin(), y.cend(), [&](int j) { return m_context.synonyms.areSynonyms(i, j); });
        });
    };
    return allCovered(a, b) && allCovered(b, a) ? DifferenceKind::Synonym : DifferenceKind::Wording;
}

std::vector<Hunk> GroupDiffer::diffMember(int member, std::vector<int> *map)
{
    const Unit &p = unit(0);
    const Unit &m = unit(member);
    const std::vector<WordMatch> matches = matchWords(p.sequence, m.sequence);
    map->assign(p.sequence.size(), -1);
    std::vector<int> memberMatched(m.sequence.size(), -1);
    for (const WordMatch &match : matches) {
        (*map)[size_t(match.a)] = match.b;
        memberMatched[size_t(match.b)] = match.a;
    }
    // Content words that only moved ("the deal was close, Ardelan said" / "Ardelan said the deal
    // was close") are not changes.
    std::multimap<int, int> unmatchedMember; // id -> position
    for (int j = 0; j < int(m.sequence.size()); ++j) {
        if (memberMatched[size_t(j)] < 0 && (word(member, j).flags & Content))
            unmatchedMember.emplace(m.sequence[size_t(j)], j);
    }
    std::vector<char> moved(p.sequence.size(), 0);
    std::vector<char> movedMember(m.sequence.size(), 0);
    for (int i = 0; i < int(p.sequence.size()); ++i) {
        if ((*map)[size_t(i)] >= 0 || !(word(0, i).flags & Content))
            continue;
        auto it = unmatchedMember.find(p.sequence[size_t(i)]);
        if (it == unmatchedMember.end())
            continue;
        (*map)[size_t(i)] = it->second;
        moved[size_t(i)] = 1;
        movedMember[size_t(it->second)] = 1;
        unmatchedMember.erase(it);
    }

    std::vector<Hunk> hunks;
    int i = 0;
    int j = 0;
    auto flush = [&](int untilA, int untilB) {
        Hunk hunk;
        hunk.anchor = untilA;
        for (; i < untilA; ++i) {
            if (!moved[size_t(i)])
                hunk.pivot.push_back(i);
        }
        for (; j < untilB; ++j) {
            if (!movedMember[size_t(j)])
                hunk.member.push_back(j);
        }
        if (!hunk.pivot.empty() || !hunk.member.empty())
            hunks.push_back(std::move(hunk));
    };
    for (const WordMatch &match : matches) {
        flush(match.a, match.b);
        i = match.a + 1;
        j = match.b + 1;
    }
    flush(int(p.sequence.size()), int(m.sequence.size()));

    std::vector<Hunk> kept;
    for (Hunk &hunk : hunks) {
        bool meaningful = false;
        for (int x : hunk.pivot)
            meaningful |= (word(0, x).flags & (Content | Negation)) != 0;
        for (int x : hunk.member)
            meaningful |= (word(member, x).flags & (Content | Negation)) != 0;
        if (!meaningful || isNameFormOnly(member, hunk))
            continue;
        hunk.kind = classify(member, hunk);
        kept.push_back(std::move(hunk));
    }
    return kept;
}

struct Speaker
{
    bool known = false;
    int entity = -1;
    QString surname; // last word, lower case
    QStringList words; // all words of the name, lower case
    TextRange range;
};

void GroupDiffer::attribution(QList<Difference> *out) const
{
    const int n = int(m_units.size());
    auto quoteOf = [&](int member) -> const CompareQuote * {
        const Unit &u = unit(member);
        return u.quote >= 0 ? &document(member).quotes.at(u.quote) : nullptr;
    };
    auto speakerOf = [&](int member) {
        Speaker s;
        const CompareQuote *q = quoteOf(member);
        if (q && q->speakerChosen && q->speakerEntity >= 0
            && q->speakerEntity < m_context.input.entities.size()) {
            s.entity = q->speakerEntity;
            s.range = q->speaker;
            s.words = m_context.input.entities.at(q->speakerEntity)
                          .name.toLower()
                          .split(u' ', Qt::SkipEmptyParts);
            s.known = !s.words.isEmpty();
            if (s.known)
                s.surname = s.words.last();
            return s;
        }
        if (!q || !q->speaker.isValid())
            return s;
        s.range = q->speaker;
        QString name = textOf(member, q->speaker);
        if (q->speakerEntity >= 0 && q->speakerEntity < m_context.input.entities.size()) {
            s.entity = q->speakerEntity;
            name = m_context.input.entities.at(q->speakerEntity).name;
        }
        const QString written = textOf(member, q->speaker).simplified();
        s.words = name.toLower().split(u' ', Qt::SkipEmptyParts);
        if (s.words.isEmpty() || written.isEmpty())
            return s;
        s.surname = s.words.last();
        // A pronoun or a role ("the minister") as written names no one to compare.
        s.known = written.at(0).isUpper() && !Lexicon::isPronoun(written.toLower());
        return s;
    };
    // Only named speakers are compared: a pronoun's resolution is the annotator's guess, and
    // "Justice Ginsburg" and "Justice Ruth Bader Ginsburg" are one person even where the
    // linker kept two entities.
    auto differ = [](const Speaker &a, const Speaker &b) {
        if (!a.known || !b.known)
            return false;
        if (a.entity >= 0 && a.entity == b.entity)
            return false;
        return !a.words.contains(b.surname) && !b.words.contains(a.surname);
    };
    auto cueOf = [&](int member) {
        const CompareQuote *q = quoteOf(member);
        if (!q || !q->cue.isValid())
            return QString();
        const Unit &u = unit(member);
        const auto &words = m_context.prepared.documents[size_t(u.doc)].words;
        const auto it = std::lower_bound(words.cbegin(), words.cend(), q->cue.start,
            [](const Word &w, qint32 start) { return w.range.start < start; });
        if (it == words.cend() || it->range.start >= q->cue.end)
            return QString();
        return m_context.prepared.vocabulary.form(it->id);
    };
    auto quoted = [&](int member) {
        const CompareQuote *q = quoteOf(member);
        return q && q->kind != QuoteKind::Indirect;
    };

    const Speaker pivotSpeaker = speakerOf(0);
    const QString pivotCue = cueOf(0);
    bool speakerDiffers = false;
    bool cueDiffers = false;
    bool formDiffers = false;
    for (int m = 1; m < n; ++m) {
        speakerDiffers |= differ(pivotSpeaker, speakerOf(m));
        const QString cue = cueOf(m);
        cueDiffers |= !pivotCue.isEmpty() && !cue.isEmpty() && cue != pivotCue
            && !(Lexicon::isNeutralCue(cue) && Lexicon::isNeutralCue(pivotCue));
        formDiffers |= quoted(m) != quoted(0);
    }
    auto add = [&](auto rangeOfMember) {
        Difference d;
        d.kind = DifferenceKind::Attribution;
        for (int m = 0; m < n; ++m) {
            const auto [range, text] = rangeOfMember(m);
            d.ranges.append(range);
            d.texts.append(text);
        }
        out->append(d);
    };
    if (speakerDiffers) {
        add([&](int m) {
            const CompareQuote *q = quoteOf(m);
            const TextRange r = q ? q->speaker : TextRange {};
            QString text = textOf(m, r);
            // A speaker the analyst chose where the article names no one: the entity's name.
            if (text.isEmpty() && q && q->speakerChosen && q->speakerEntity >= 0
                && q->speakerEntity < m_context.input.entities.size())
                text = m_context.input.entities.at(q->speakerEntity).name;
            return std::pair {r, text};
        });
    }
    if (cueDiffers) {
        add([&](int m) {
            const CompareQuote *q = quoteOf(m);
            const TextRange r = q ? q->cue : TextRange {};
            return std::pair {r, textOf(m, r)};
        });
    }
    if (formDiffers) {
        // Not words of the texts: whether each member quotes the words or reports them.
        add([&](int m) {
            return std::pair {unit(m).range, quoted(m) ? u"quote"_s : u"paraphrase"_s};
        });
    }
}

QList<Difference> GroupDiffer::run()
{
    QList<Difference> out;
    if (unit(0).kind == AlignmentKind::Quote
        || std::any_of(m_units.cbegin(), m_units.cend(), [&](int u) {
               return m_context.prepared.units[size_t(u)].kind == AlignmentKind::Quote;
           }))
        attribution(&out);

    const int n = int(m_units.size());
    std::vector<std::vector<int>> maps(static_cast<size_t>(n));
    std::vector<std::vector<Hunk>> hunks(static_cast<size_t>(n));
    struct Item
    {
        int member;
        const Hunk *hunk;
        int start; // pivot positions [start, end); start == end: an insertion before start
        int end;
    };
    std::vector<Item> items;
    for (int m = 1; m < n; ++m) {
        hunks[size_t(m)] = diffMember(m, &maps[size_t(m)]);
        for (const Hunk &hunk : hunks[size_t(m)]) {
            if (hunk.pivot.empty())
                items.push_back({m, &hunk, hunk.anchor, hunk.anchor});
            else
                items.push_back({m, &hunk, hunk.pivot.front(), hunk.pivot.back() + 1});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    // Changes of several members at overlapping pivot words become one difference, so a reader
    // sees each stretch of the pivot once, with every member's version of it.
    for (size_t i = 0; i < items.size();) {
        const int start = items[i].start;
        int end = items[i].end;
        size_t j = i + 1;
        while (j < items.size()
            && (items[j].start < end
                || (items[j].start == start && items[j].end == start && end == start))) {
            end = std::max(end, items[j].end);
            ++j;
        }
        Difference d;
        int best = -1;
        std::vector<std::vector<int>> positions(static_cast<size_t>(n));
        std::vector<std::vector<char>> changedPivot(static_cast<size_t>(n));
        for (size_t k = i; k < j; ++k) {
            const Item &item = items[k];
            if (severity(item.hunk->kind) > best) {
                best = severity(item.hunk->kind);
                d.kind = item.hunk->kind;
            }
            auto &mine = positions[size_t(item.member)];
            mine.insert(mine.end(), item.hunk->member.cbegin(), item.hunk->member.cend());
            auto &changed = changedPivot[size_t(item.member)];
            changed.resize(size_t(std::max(0, end - start)), 0);
            for (int p : item.hunk->pivot)
                changed[size_t(p - start)] = 1;
        }
        std::vector<int> pivotPositions;
        for (int p = start; p < end; ++p)
            pivotPositions.push_back(p);
        const TextRange pivotRange = rangeOf(0, pivotPositions);
        d.ranges.append(pivotRange);
        d.texts.append(textOf(0, pivotRange));
        for (int m = 1; m < n; ++m) {
            // Where this member agrees with the pivot, its own words for the pivot's.
            std::vector<int> &mine = positions[size_t(m)];
            const auto &changed = changedPivot[size_t(m)];
            for (int p = start; p < end; ++p) {
                const bool isChanged = !changed.empty() && changed[size_t(p - start)];
                if (!isChanged && maps[size_t(m)][size_t(p)] >= 0)
                    mine.push_back(maps[size_t(m)][size_t(p)]);
            }
            const TextRange range = rangeOf(m, mine);
            d.ranges.append(range);
            d.texts.append(textOf(m, range));
        }
        out.append(d);
        i = j;
    }
    return out;
}

} // namespace

QList<Difference> groupDifferences(Context &context, const std::vector<int> &units)
{
    if (units.size() < 2)
        return {};
    return GroupDiffer(context, units).run();
}

} // namespace Parallax::Compare
