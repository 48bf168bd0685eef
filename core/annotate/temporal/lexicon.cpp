// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"

#include <QString>

#include <algorithm>
#include <bitset>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax::Temporal {
namespace {

struct Seed
{
    std::u16string_view word;
    LexEntry entry;
};

constexpr LexEntry flag(quint32 f, qint32 value = 0)
{
    return LexEntry {f, value, TimeUnit::None, ModifierKind::None};
}
constexpr LexEntry unit(TimeUnit u, bool plural)
{
    return LexEntry {Unit | (plural ? quint32(Plural) : 0u), 0, u, ModifierKind::None};
}
constexpr LexEntry modifier(ModifierKind m)
{
    return LexEntry {Modifier, 0, TimeUnit::None, m};
}
constexpr LexEntry setWord(TimeUnit u)
{
    return LexEntry {SetWord, 0, u, ModifierKind::None};
}

// Lower-case keys; abbreviations are listed without their period (the lookup drops it).
const Seed kSeeds[] = {
    {u"january", flag(Month, 1)},
    {u"jan", flag(Month, 1)},
    {u"february", flag(Month, 2)},
    {u"feb", flag(Month, 2)},
    {u"march", flag(Month, 3)},
    {u"mar", flag(Month, 3)},
    {u"april", flag(Month, 4)},
    {u"apr", flag(Month, 4)},
    {u"may", flag(Month, 5)},
    {u"june", flag(Month, 6)},
    {u"jun", flag(Month, 6)},
    {u"july", flag(Month, 7)},
    {u"jul", flag(Month, 7)},
    {u"august", flag(Month, 8)},
    {u"aug", flag(Month, 8)},
    {u"september", flag(Month, 9)},
    {u"sep", flag(Month, 9)},
    {u"sept", flag(Month, 9)},
    {u"october", flag(Month, 10)},
    {u"oct", flag(Month, 10)},
    {u"november", flag(Month, 11)},
    {u"nov", flag(Month, 11)},
    {u"december", flag(Month, 12)},
    {u"dec", flag(Month, 12)},
    {u"monday", flag(Weekday, 1)},
    {u"tuesday", flag(Weekday, 2)},
    {u"wednesday", flag(Weekday, 3)},
    {u"thursday", flag(Weekday, 4)},
    {u"friday", flag(Weekday, 5)},
    {u"saturday", flag(Weekday, 6)},
    {u"sunday", flag(Weekday, 7)},
    {u"a", flag(NumberWord | Article, 1)},
    {u"an", flag(NumberWord | Article, 1)},
    {u"one", flag(NumberWord, 1)},
    {u"two", flag(NumberWord, 2)},
    {u"three", flag(NumberWord, 3)},
    {u"four", flag(NumberWord, 4)},
    {u"five", flag(NumberWord, 5)},
    {u"six", flag(NumberWord, 6)},
    {u"seven", flag(NumberWord, 7)},
    {u"eight", flag(NumberWord, 8)},
    {u"nine", flag(NumberWord, 9)},
    {u"ten", flag(NumberWord, 10)},
    {u"eleven", flag(NumberWord, 11)},
    {u"twelve", flag(NumberWord, 12)},
    {u"thirteen", flag(NumberWord, 13)},
    {u"fourteen", flag(NumberWord, 14)},
    {u"fifteen", flag(NumberWord, 15)},
    {u"sixteen", flag(NumberWord, 16)},
    {u"seventeen", flag(NumberWord, 17)},
    {u"eighteen", flag(NumberWord, 18)},
    {u"nineteen", flag(NumberWord, 19)},
    {u"twenty", flag(NumberWord, 20)},
    {u"thirty", flag(NumberWord, 30)},
    {u"forty", flag(NumberWord, 40)},
    {u"fifty", flag(NumberWord, 50)},
    {u"sixty", flag(NumberWord, 60)},
    {u"seventy", flag(NumberWord, 70)},
    {u"eighty", flag(NumberWord, 80)},
    {u"ninety", flag(NumberWord, 90)},
    {u"hundred", flag(NumberWord | Multiplier, 2)},
    {u"dozen", flag(NumberWord, 12)},
    {u"few", flag(Vague)},
    {u"several", flag(Vague)},
    {u"many", flag(Vague)},
    {u"couple", flag(Vague)},
    {u"first", flag(Ordinal, 1)},
    {u"second", LexEntry {Ordinal | Unit, 2, TimeUnit::Second, ModifierKind::None}},
    {u"third", flag(Ordinal, 3)},
    {u"fourth", flag(Ordinal, 4)},
    {u"fifth", flag(Ordinal, 5)},
    {u"sixth", flag(Ordinal, 6)},
    {u"seventh", flag(Ordinal, 7)},
    {u"eighth", flag(Ordinal, 8)},
    {u"ninth", flag(Ordinal, 9)},
    {u"tenth", flag(Ordinal, 10)},
    {u"seconds", unit(TimeUnit::Second, true)},
    {u"minute", unit(TimeUnit::Minute, false)},
    {u"minutes", unit(TimeUnit::Minute, true)},
    {u"hour", unit(TimeUnit::Hour, false)},
    {u"hours", unit(TimeUnit::Hour, true)},
    {u"day", unit(TimeUnit::Day, false)},
    {u"days", unit(TimeUnit::Day, true)},
    {u"week", unit(TimeUnit::Week, false)},
    {u"weeks", unit(TimeUnit::Week, true)},
    {u"weekend", unit(TimeUnit::Weekend, false)},
    {u"weekends", unit(TimeUnit::Weekend, true)},
    {u"fortnight", unit(TimeUnit::Fortnight, false)},
    {u"month", unit(TimeUnit::Month, false)},
    {u"months", unit(TimeUnit::Month, true)},
    {u"quarter", LexEntry {Unit | Quarter, 0, TimeUnit::Quarter, ModifierKind::None}},
    {u"quarters", LexEntry {Unit | Quarter | Plural, 0, TimeUnit::Quarter, ModifierKind::None}},
    {u"year", unit(TimeUnit::Year, false)},
    {u"years", unit(TimeUnit::Year, true)},
    {u"decade", unit(TimeUnit::Decade, false)},
    {u"decades", unit(TimeUnit::Decade, true)},
    {u"century", unit(TimeUnit::Century, false)},
    {u"centuries", unit(TimeUnit::Century, true)},
    {u"today", flag(RelativeDay, 0)},
    {u"yesterday", flag(RelativeDay, -1)},
    {u"tomorrow", flag(RelativeDay, 1)},
    {u"tonight", flag(RelativeDay | PartOfDay, 3)},
    {u"last", modifier(ModifierKind::Last)},
    {u"next", LexEntry {Modifier | FutureCue, 0, TimeUnit::None, ModifierKind::Next}},
    {u"this", modifier(ModifierKind::This)},
    {u"past", LexEntry {Modifier | Reference, 0, TimeUnit::None, ModifierKind::Past}},
    {u"coming", modifier(ModifierKind::Coming)},
    {u"previous", modifier(ModifierKind::Previous)},
    {u"following", modifier(ModifierKind::Following)},
    {u"early", modifier(ModifierKind::Early)},
    {u"mid", modifier(ModifierKind::Mid)},
    {u"late", modifier(ModifierKind::Late)},
    {u"earlier", modifier(ModifierKind::Earlier)},
    {u"later", modifier(ModifierKind::Later)},
    {u"recent", modifier(ModifierKind::Recent)},
    {u"same", modifier(ModifierKind::Same)},
    {u"spring", flag(Season, 0)},
    {u"summer", flag(Season, 1)},
    {u"fall", flag(Season, 2)},
    {u"autumn", flag(Season, 2)},
    {u"winter", flag(Season, 3)},
    {u"morning", flag(PartOfDay, 0)},
    {u"afternoon", flag(PartOfDay, 1)},
    {u"evening", flag(PartOfDay, 2)},
    {u"night", flag(PartOfDay, 3)},
    {u"noon", flag(TimeWord, 12)},
    {u"midday", flag(TimeWord, 12)},
    {u"midnight", flag(TimeWord, 24)},
    {u"hourly", setWord(TimeUnit::Hour)},
    {u"daily", setWord(TimeUnit::Day)},
    {u"nightly", setWord(TimeUnit::Day)},
    {u"weekly", setWord(TimeUnit::Week)},
    {u"monthly", setWord(TimeUnit::Month)},
    {u"quarterly", setWord(TimeUnit::Quarter)},
    {u"annually", setWord(TimeUnit::Year)},
    {u"yearly", setWord(TimeUnit::Year)},
    {u"annual", setWord(TimeUnit::Year)},
    {u"ago", flag(Ago)},
    {u"a.m", flag(Meridiem, 0)},
    {u"am", flag(Meridiem, 0)},
    {u"p.m", flag(Meridiem, 12)},
    {u"pm", flag(Meridiem, 12)},
    {u"gmt", flag(TimeZone)},
    {u"utc", flag(TimeZone)},
    {u"est", flag(TimeZone)},
    {u"edt", flag(TimeZone)},
    {u"cst", flag(TimeZone)},
    {u"cdt", flag(TimeZone)},
    {u"mst", flag(TimeZone)},
    {u"mdt", flag(TimeZone)},
    {u"pst", flag(TimeZone)},
    {u"pdt", flag(TimeZone)},
    {u"cet", flag(TimeZone)},
    {u"cest", flag(TimeZone)},
    {u"bst", flag(TimeZone)},
    {u"about", flag(Approx)},
    {u"nearly", flag(Approx)},
    {u"almost", flag(Approx)},
    {u"around", flag(Approx | YearContext)},
    {u"roughly", flag(Approx)},
    {u"some", flag(Approx)},
    {u"approximately", flag(Approx)},
    {u"every", flag(Every)},
    {u"each", flag(Every)},
    {u"now", flag(Reference, 0)},
    {u"currently", flag(Reference, 0)},
    {u"recently", flag(Reference, -1)},
    {u"future", flag(Reference, 1)},
    {u"thousand", flag(Multiplier, 3)},
    {u"million", flag(Multiplier, 6)},
    {u"billion", flag(Multiplier, 9)},
    {u"trillion", flag(Multiplier, 12)},
    {u"percent", flag(PercentWord)},
    {u"pct", flag(PercentWord)},
    {u"the", flag(The)},
    {u"in", flag(YearContext)},
    {u"since", flag(YearContext)},
    {u"by", flag(YearContext)},
    {u"until", flag(YearContext)},
    {u"till", flag(YearContext)},
    {u"from", flag(YearContext)},
    {u"through", flag(YearContext)},
    {u"during", flag(YearContext)},
    {u"before", flag(YearContext)},
    {u"after", flag(YearContext)},
    {u"between", flag(YearContext)},
    {u"of", flag(YearContext)},
    {u"circa", flag(YearContext)},
    {u"will", flag(FutureCue)},
    {u"shall", flag(FutureCue)},
    // Future in the past: "said they would meet in March" looks ahead of the report.
    {u"would", flag(FutureCue)},
    {u"'ll", flag(FutureCue)},
    {u"’ll", flag(FutureCue)},
    {u"scheduled", flag(FutureCue)},
    {u"upcoming", flag(FutureCue)},
    {u"was", flag(PastCue)},
    {u"were", flag(PastCue)},
    {u"had", flag(PastCue)},
    {u"did", flag(PastCue)},
    {u"said", flag(PastCue)},
    {u"told", flag(PastCue)},
    {u"met", flag(PastCue)},
    {u"made", flag(PastCue)},
    {u"took", flag(PastCue)},
    {u"came", flag(PastCue)},
    {u"went", flag(PastCue)},
    {u"left", flag(PastCue)},
    {u"began", flag(PastCue)},
    {u"held", flag(PastCue)},
    {u"gave", flag(PastCue)},
    {u"won", flag(PastCue)},
    {u"lost", flag(PastCue)},
    {u"fell", flag(PastCue)},
    {u"rose", flag(PastCue)},
    {u"struck", flag(PastCue)},
    {u"found", flag(PastCue)},
    {u"saw", flag(PastCue)},
    {u"got", flag(PastCue)},
    {u"sent", flag(PastCue)},
    {u"spoke", flag(PastCue)},
    {u"broke", flag(PastCue)},
    {u"ran", flag(PastCue)},
    {u"led", flag(PastCue)},
    {u"shot", flag(PastCue)},
    {u"fought", flag(PastCue)},
    {u"fled", flag(PastCue)},
    {u"brought", flag(PastCue)},
    {u"thought", flag(PastCue)},
    {u"became", flag(PastCue)},
    {u"drew", flag(PastCue)},
    {u"wrote", flag(PastCue)},
    {u"sought", flag(PastCue)},
    {u"knew", flag(PastCue)},
    {u"paid", flag(PastCue)},
    {u"sold", flag(PastCue)},
    {u"bought", flag(PastCue)},
    {u"built", flag(PastCue)},
    {u"kept", flag(PastCue)},
    {u"felt", flag(PastCue)},
    {u"stood", flag(PastCue)},
    {u"heard", flag(PastCue)},
    {u"meant", flag(PastCue)},
    {u"expected", flag(FutureCue)},
    {u"plans", flag(FutureCue)},
    {u"wo", flag(FutureCue)},
    {u"going", flag(FutureCue)},
    {u"christmas", flag(Holiday, 0)},
    {u"thanksgiving", flag(Holiday, 1)},
    {u"easter", flag(Holiday, 2)},
    {u"halloween", flag(Holiday, 3)},
};

// Open addressing over the seeds, FNV-hashed: the lexicon is asked about every token.
class Table
{
public:
    Table()
    {
        size_t size = 64;
        while (size < std::size(kSeeds) * 4)
            size *= 2;
        m_slots.assign(size, -1);
        for (qsizetype k = 0; k < qsizetype(std::size(kSeeds)); ++k) {
            size_t slot = find(kSeeds[k].word);
            if (m_slots[slot] < 0) // the first of a word's seeds counts, as emplace() kept it
                m_slots[slot] = qint32(k);
            const std::u16string_view w = kSeeds[k].word;
            m_shapes.set(shape(w.front(), w.back(), w.size()));
        }
    }
    // Whether a word of that length, first and last character (lower case) may be in the table:
    // most words of a text are not, and are turned away before they are folded and hashed.
    bool mayHold(char16_t first, char16_t last, size_t length) const
    {
        return length < kLengths && m_shapes.test(shape(first, last, length));
    }
    const LexEntry *value(std::u16string_view word) const
    {
        const qint32 k = m_slots[find(word)];
        return k < 0 ? nullptr : &kSeeds[k].entry;
    }

private:
    size_t find(std::u16string_view word) const
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (const char16_t c : word)
            h = (h ^ c) * 0x100000001b3ULL;
        const size_t mask = m_slots.size() - 1;
        size_t slot = size_t(h ^ (h >> 32)) & mask;
        while (m_slots[slot] >= 0 && kSeeds[m_slots[slot]].word != word)
            slot = (slot + 1) & mask;
        return slot;
    }

    static constexpr size_t kLengths = 16;
    static size_t letter(char16_t c) { return c >= u'a' && c <= u'z' ? size_t(c - u'a') : 26; }
    static size_t shape(char16_t first, char16_t last, size_t length)
    {
        return (letter(first) * 27 + letter(last)) * kLengths + std::min(length, kLengths - 1);
    }

    std::vector<qint32> m_slots; // index into kSeeds, -1 empty
    std::bitset<27 * 27 * kLengths> m_shapes;
};

const Table &table()
{
    static const Table t;
    return t;
}

} // namespace

LexEntry lookup(QStringView word)
{
    // Lexicon words are short and ASCII; anything else fails before hashing.
    constexpr qsizetype kMax = 14;
    qsizetype n = word.size();
    if (n == 0 || n > kMax)
        return {};
    const auto lower = [](char16_t c) {
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    };
    const qsizetype stem = word[n - 1] == u'.' ? n - 1 : n; // "Nov." is looked up as "nov"
    const Table &t = table();
    if (stem == 0
        || !t.mayHold(lower(word[0].unicode()), lower(word[stem - 1].unicode()), size_t(stem)))
        return {};
    char16_t buffer[kMax];
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = word[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        else if (!((c >= u'a' && c <= u'z') || c == u'.' || c == u'\'' || c == u'\u2019'))
            return {};
        buffer[i] = c;
    }
    // The loop above wrote buffer[0, n), and n > 0.
    // cppcheck-suppress uninitvar
    if (buffer[n - 1] == u'.')
        --n; // "Nov." and "p.m." are looked up as "nov" and "p.m"
    const LexEntry *entry = t.value(std::u16string_view(buffer, size_t(n)));
    return entry ? *entry : LexEntry {};
}

QStringView seasonCode(int season)
{
    static constexpr QStringView kCodes[] = {u"SP", u"SU", u"FA", u"WI"};
    return season >= 0 && season < 4 ? kCodes[season] : QStringView();
}

QStringView partOfDayCode(int part)
{
    static constexpr QStringView kCodes[] = {u"MO", u"AF", u"EV", u"NI"};
    return part >= 0 && part < 4 ? kCodes[part] : QStringView();
}

QString durationValue(TimeUnit unit, double count)
{
    const QString n = count < 0 ? u"X"_s : QString::number(count, 'g', 10);
    switch (unit) {
    case TimeUnit::Second:
        return u"PT"_s + n + u'S';
    case TimeUnit::Minute:
        return u"PT"_s + n + u'M';
    case TimeUnit::Hour:
        return u"PT"_s + n + u'H';
    case TimeUnit::Day:
        return u"P"_s + n + u'D';
    case TimeUnit::Week:
        return u"P"_s + n + u'W';
    case TimeUnit::Weekend:
        return u"P"_s + n + u"WE"_s;
    case TimeUnit::Fortnight:
        return count < 0 ? u"PXW"_s : u"P"_s + QString::number(count * 2, 'g', 10) + u'W';
    case TimeUnit::Month:
        return u"P"_s + n + u'M';
    case TimeUnit::Quarter:
        return u"P"_s + n + u'Q';
    case TimeUnit::Year:
        return u"P"_s + n + u'Y';
    case TimeUnit::Decade:
        return count < 0 ? u"PXDE"_s : u"P"_s + QString::number(count * 10, 'g', 10) + u'Y';
    case TimeUnit::Century:
        return count < 0 ? u"PXCE"_s : u"P"_s + QString::number(count * 100, 'g', 10) + u'Y';
    case TimeUnit::None:
        break;
    }
    return {};
}

} // namespace Parallax::Temporal
