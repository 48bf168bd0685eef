// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/quotes/quoteextractor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace Parallax;

Q_DECLARE_METATYPE(QuoteKind)

namespace {

// Mentions made by hand, so the tests do not depend on the statistical model: every whole-word
// occurrence of the given names ("ORG:" before a name makes it an organisation, "MISC:" a
// nationality or the like), longest first.
QList<EntityMention> mentionsOf(const QString &text, const QStringList &names)
{
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<EntityMention> out;
    for (QString name : sorted) {
        EntityType type = EntityType::Person;
        if (name.startsWith(u"ORG:"_s)) {
            type = EntityType::Organisation;
            name = name.mid(4);
        } else if (name.startsWith(u"MISC:"_s)) {
            type = EntityType::Misc;
            name = name.mid(5);
        }
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            const qsizetype end = at + name.size();
            if ((at > 0 && text[at - 1].isLetter()) || (end < text.size() && text[end].isLetter()))
                continue;
            const TextRange r {qint32(at), qint32(end)};
            const bool taken = std::any_of(out.cbegin(), out.cend(), [&](const EntityMention &m) {
                return m.range.start < r.end && r.start < m.range.end;
            });
            if (!taken)
                out.append(EntityMention {r, type, 1.0f, -1});
        }
    }
    std::sort(out.begin(), out.end(), [](const EntityMention &a, const EntityMention &b) {
        return a.range.start < b.range.start;
    });
    return out;
}

struct Run
{
    QString text;
    QList<EntityMention> mentions;
    QList<Quote> quotes;

    QString slice(TextRange r) const
    {
        return r.isValid() ? text.mid(r.start, r.length()) : QString();
    }

    const Quote *find(const QString &content) const
    {
        for (const Quote &q : quotes) {
            if (slice(q.content) == content)
                return &q;
        }
        return nullptr;
    }

    QString dump() const
    {
        QStringList lines;
        for (const Quote &q : quotes)
            lines << u"[%1] kind %2 cue [%3] speaker [%4] mention %5 conf %6"_s
                         .arg(slice(q.content))
                         .arg(int(q.kind))
                         .arg(slice(q.cue), slice(q.speaker))
                         .arg(q.speakerMention)
                         .arg(q.confidence);
        return lines.join(u'\n');
    }
};

Run run(const QString &text, const QStringList &names)
{
    Run r;
    r.text = text;
    r.mentions = mentionsOf(text, names);
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
    r.quotes = QuoteExtractor::extract(text, tokens, sentences, r.mentions);
    return r;
}

} // namespace

class TestQuoteExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotes_data();
    void quotes();
    void splitQuoteHasOneSpeaker();
    void carriedOverSpeaker();
    void sentenceBeforeIsCandidate();
    void ambiguousPronounIsUnresolved();
    void unclosedQuoteStopsAtParagraph();
    void apostrophesAreNotQuotes_data();
    void apostrophesAreNotQuotes();
    void scareQuotes();
    void adjectiveIsNoSpeaker();
    void nonBmpOffsets();
    void quotedNamesAreNoQuotes_data();
    void quotedNamesAreNoQuotes();
    void sourceModelShips();
    void sourceModelRoundTrip();
    void relativePronounIsCandidate();
    void relativePronounSpeaksForItsName();
    void possessiveOfNounCueIsCandidate();
    void indefiniteSourceIsCandidate_data();
    void indefiniteSourceIsCandidate();
    void paragraphOfCandidateIsFeature();
    void sourceModelRefusesOtherFiles();
    void sourceModelReadsWhatQtReads();
};

void TestQuoteExtractor::quotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QuoteKind>("kind");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("mention"); // the text of the resolved mention, empty for -1

    const QStringList people {u"Ilse Marrow"_s, u"Marrow"_s, u"Tomas Ardelan"_s, u"Ardelan"_s,
        u"Kaja Kallas"_s, u"ORG:Northern Basin Commission"_s, u"ORG:EU"_s};
    const QString talks = u"The talks will continue"_s;
    const auto D = QuoteKind::Direct;
    const auto P = QuoteKind::Partial;
    const auto I = QuoteKind::Indirect;

    QTest::newRow("straight, X said")
        << u"\"The talks will continue,\" Ilse Marrow said."_s << people << talks << D << u"said"_s
        << u"Ilse Marrow"_s << u"Ilse Marrow"_s;
    QTest::newRow("curly, said X")
        << u"\u201CThe talks will continue,\u201D said Tomas Ardelan."_s << people << talks << D
        << u"said"_s << u"Tomas Ardelan"_s << u"Tomas Ardelan"_s;
    QTest::newRow("single curly") << u"\u2018The talks will continue,\u2019 Marrow added."_s
                                  << people << talks << D << u"added"_s << u"Marrow"_s
                                  << u"Marrow"_s;
    QTest::newRow("guillemets") << u"\u00ABThe talks will continue\u00BB, Marrow insisted."_s
                                << people << talks << D << u"insisted"_s << u"Marrow"_s
                                << u"Marrow"_s;
    QTest::newRow("low-high") << u"\u201EThe talks will continue\u201C, Marrow stressed."_s
                              << people << talks << D << u"stressed"_s << u"Marrow"_s
                              << u"Marrow"_s;
    QTest::newRow("single guillemets")
        << u"\u2039The talks will continue\u203A, Ardelan warned."_s << people << talks << D
        << u"warned"_s << u"Ardelan"_s << u"Ardelan"_s;
    QTest::newRow("X said, Q") << u"Ilse Marrow said, \"The talks will continue.\""_s << people
                               << u"The talks will continue."_s << D << u"said"_s
                               << u"Ilse Marrow"_s << u"Ilse Marrow"_s;
    QTest::newRow("X: Q") << u"Ardelan: \u201CThe talks will continue.\u201D"_s << people
                          << u"The talks will continue."_s << D << QString() << u"Ardelan"_s
                          << u"Ardelan"_s;
    QTest::newRow("dash attribution")
        << u"\u201CThe talks will continue.\u201D \u2014 Tomas Ardelan"_s << people
        << u"The talks will continue."_s << D << QString() << u"Tomas Ardelan"_s
        << u"Tomas Ardelan"_s;
    QTest::newRow("titles belong to the speaker")
        << u"\"We stand with Veltria,\" EU foreign policy chief Kaja Kallas said."_s << people
        << u"We stand with Veltria"_s << D << u"said"_s << u"EU foreign policy chief Kaja Kallas"_s
        << u"Kaja Kallas"_s;
    QTest::newRow("appositive")
        << u"\"We stand firm,\" Ilse Marrow, the foreign minister of Veltria, told reporters."_s
        << people << u"We stand firm"_s << D << u"told"_s << u"Ilse Marrow"_s << u"Ilse Marrow"_s;
    QTest::newRow("common noun speaker")
        << u"\"The quota stays,\" a spokesman for the Northern Basin Commission said."_s << people
        << u"The quota stays"_s << D << u"said"_s
        << u"a spokesman for the Northern Basin Commission"_s << QString();
    QTest::newRow("pronoun")
        << u"Foreign Minister Ilse Marrow arrived in Kessling on Monday. \"We came to listen,\" she said."_s
        << people << u"We came to listen"_s << D << u"said"_s << u"she"_s << u"Ilse Marrow"_s;
    QTest::newRow("pronoun prefers the earlier speaker")
        << u"\"We came to listen,\" Marrow said after meeting Tomas Ardelan. \"Nothing is agreed yet,\" she added."_s
        << people << u"Nothing is agreed yet"_s << D << u"added"_s << u"she"_s << u"Marrow"_s;
    QTest::newRow("role noun")
        << u"Foreign Minister Ilse Marrow met Tomas Ardelan of Osmark. \"The talks were useful,\" the minister said."_s
        << people << u"The talks were useful"_s << D << u"said"_s << u"the minister"_s
        << u"Ilse Marrow"_s;
    QTest::newRow("role noun after an appositive")
        << u"Tomas Ardelan, the Osmark envoy, met Ilse Marrow. \"We are close,\" the envoy said."_s
        << people << u"We are close"_s << D << u"said"_s << u"the envoy"_s << u"Tomas Ardelan"_s;
    QTest::newRow("nested") << u"\"He told me 'never again' and left,\" Marrow said."_s << people
                            << u"He told me 'never again' and left"_s << D << u"said"_s
                            << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("nested curly")
        << u"\u201CHe told me \u2018never again\u2019 and left,\u201D Marrow said."_s << people
        << u"He told me \u2018never again\u2019 and left"_s << D << u"said"_s << u"Marrow"_s
        << u"Marrow"_s;
    QTest::newRow("multi-sentence")
        << u"\u201CThe talks will continue. We have time,\u201D Marrow said."_s << people
        << u"The talks will continue. We have time"_s << D << u"said"_s << u"Marrow"_s
        << u"Marrow"_s;
    QTest::newRow("multi-paragraph")
        << u"\u201CThe first point is water.\n\n\u201CThe second point is the border,\u201D Marrow said."_s
        << people << u"The first point is water.\n\n\u201CThe second point is the border"_s << D
        << u"said"_s << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("colon") << u"Marrow said: the talks will continue."_s << people
                           << u"the talks will continue"_s << D << u"said"_s << u"Marrow"_s
                           << u"Marrow"_s;
    QTest::newRow("colon before a paragraph")
        << u"Ardelan said:\n\n\"The talks will continue.\""_s << people
        << u"The talks will continue."_s << D << u"said"_s << u"Ardelan"_s << u"Ardelan"_s;
    QTest::newRow("partial") << u"Marrow described the talks as \"difficult but productive\"."_s
                             << people << u"difficult but productive"_s << P << u"described"_s
                             << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("partial, cue after")
        << u"The talks were \u201Cdifficult but productive,\u201D Ardelan said on Monday."_s
        << people << u"difficult but productive"_s << P << u"said"_s << u"Ardelan"_s
        << u"Ardelan"_s;
    QTest::newRow("said that") << u"Marrow said that the talks would continue."_s << people
                               << u"the talks would continue"_s << I << u"said"_s << u"Marrow"_s
                               << u"Marrow"_s;
    QTest::newRow("said without that") << u"Ilse Marrow said the border would stay open."_s
                                       << people << u"the border would stay open"_s << I
                                       << u"said"_s << u"Ilse Marrow"_s << u"Ilse Marrow"_s;
    QTest::newRow("told reporters")
        << u"Tomas Ardelan told reporters the quota would rise."_s << people
        << u"the quota would rise"_s << I << u"told"_s << u"Tomas Ardelan"_s << u"Tomas Ardelan"_s;
    QTest::newRow("warned") << u"Ardelan warned that the lake was drying out."_s << people
                            << u"the lake was drying out"_s << I << u"warned"_s << u"Ardelan"_s
                            << u"Ardelan"_s;
    QTest::newRow("according to, first")
        << u"According to Tomas Ardelan, the quota will rise next spring."_s << people
        << u"the quota will rise next spring"_s << I << u"According to"_s << u"Tomas Ardelan"_s
        << u"Tomas Ardelan"_s;
    QTest::newRow("according to, last")
        << u"The quota will rise next spring, according to the Northern Basin Commission."_s
        << people << u"The quota will rise next spring"_s << I << u"according to"_s
        << u"the Northern Basin Commission"_s << u"Northern Basin Commission"_s;
    // A participle and its phrase after the noun are not the source: "a copy", not "a copy seen".
    QTest::newRow("according to a document seen by")
        << u"The quota will rise next spring, according to a copy seen by the Harbour Ledger."_s
        << people << u"The quota will rise next spring"_s << I << u"according to"_s << u"a copy"_s
        << QString();
    QTest::newRow("said, document obtained by")
        << u"The quota will rise next spring, said a memo obtained by the Harbour Ledger."_s
        << people << u"The quota will rise next spring"_s << I << u"said"_s << u"a memo"_s
        << QString();
    QTest::newRow("clause, X said")
        << u"The quota will rise next spring, a spokesman for the Northern Basin Commission said."_s
        << people << u"The quota will rise next spring"_s << I << u"said"_s
        << u"a spokesman for the Northern Basin Commission"_s << QString();
    QTest::newRow("clause, said X") << u"The quota will rise next spring, said Ilse Marrow."_s
                                    << people << u"The quota will rise next spring"_s << I
                                    << u"said"_s << u"Ilse Marrow"_s << u"Ilse Marrow"_s;
    QTest::newRow("participle takes the governing speaker")
        << u"\"The quota stays,\" the envoy said, adding that the lake needed \"years of rain\"."_s
        << people << u"years of rain"_s << P << u"adding"_s << u"the envoy"_s << QString();
    QTest::newRow("participle after an inverted cue")
        << u"\"We are ready,\" said Ilse Marrow, adding later, \"The farmers are not.\""_s << people
        << u"The farmers are not."_s << D << u"adding"_s << u"Ilse Marrow"_s << u"Ilse Marrow"_s;
    QTest::newRow("infinitive takes the governing speaker")
        << u"\"No,\" Ardelan said, going on to say that the draft was \"dead in the water\"."_s
        << people << u"dead in the water"_s << P << u"say"_s << u"Ardelan"_s << u"Ardelan"_s;
    QTest::newRow("continued next to a quote")
        << u"\"We came to listen,\" Marrow said. \"And we listened,\" Ardelan continued."_s
        << people << u"And we listened"_s << D << u"continued"_s << u"Ardelan"_s << u"Ardelan"_s;
    QTest::newRow("demanded before a colon")
        << u"Ardelan demanded: \"Where is the water?\""_s << people << u"Where is the water?"_s << D
        << u"demanded"_s << u"Ardelan"_s << u"Ardelan"_s;
    QTest::newRow("appositive with a party and state")
        << u"\"The dam holds,\" Senator Tomas Ardelan, R-Osm., said on Tuesday."_s << people
        << u"The dam holds"_s << D << u"said"_s << u"Senator Tomas Ardelan"_s << u"Tomas Ardelan"_s;
    QTest::newRow("inverted cue opens the sentence")
        << u"The commission met in Kessling. Said Marrow: \"We will sign.\""_s << people
        << u"We will sign."_s << D << u"Said"_s << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("according to before a partial quote")
        << u"According to Tomas Ardelan, \"nothing is settled\" on the quota."_s << people
        << u"nothing is settled"_s << P << u"According to"_s << u"Tomas Ardelan"_s
        << u"Tomas Ardelan"_s;
    QTest::newRow("partial quote takes the subject without a cue")
        << u"Marrow compared the plan to a \"fantasy for engineers\"."_s << people
        << u"fantasy for engineers"_s << P << QString() << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("subject after an introductory phrase")
        << u"At a rally in Kessling on Sunday, Tomas Ardelan likened the dam to \"a wall against the future\"."_s
        << people << u"a wall against the future"_s << P << QString() << u"Tomas Ardelan"_s
        << u"Tomas Ardelan"_s;
    QTest::newRow("cue in a subordinate clause")
        << u"Ardelan said on Monday that the new draft from the commission was what he called \"a trap for farmers\"."_s
        << people << u"a trap for farmers"_s << P << u"called"_s << u"Ardelan"_s << u"Ardelan"_s;
    QTest::newRow("document as subject")
        << u"A commission report released on Monday found that the lake was \"close to collapse\"."_s
        << people << u"close to collapse"_s << P << QString() << u"A commission report"_s
        << QString();
    QTest::newRow("passive subject is no speaker")
        << u"Nine farmers were injured in a blast that Marrow described as \"deliberate sabotage\"."_s
        << people << u"deliberate sabotage"_s << P << u"described"_s << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("description before a name")
        << u"According to veteran farm union organiser Tomas Ardelan, the quota is \"an insult\"."_s
        << people << u"an insult"_s << P << u"According to"_s
        << u"veteran farm union organiser Tomas Ardelan"_s << u"Tomas Ardelan"_s;
    QTest::newRow("according to after a partial quote")
        << u"Farmers built what the engineers called \"a wall against the future\", according to the Northern Basin Commission."_s
        << people << u"a wall against the future"_s << P << u"according to"_s
        << u"the Northern Basin Commission"_s << u"Northern Basin Commission"_s;
    QTest::newRow("as X put it") << u"The quota is \"a fair start\", as Ilse Marrow put it."_s
                                 << people << u"a fair start"_s << P << u"put it"_s
                                 << u"Ilse Marrow"_s << u"Ilse Marrow"_s;
    QTest::newRow("colon after a sentence without a cue")
        << u"Ilse Marrow had a blunt message for the farmers: \"The water is gone.\""_s << people
        << u"The water is gone."_s << D << QString() << u"Ilse Marrow"_s << u"Ilse Marrow"_s;
    QTest::newRow("two joined verbs")
        << u"Ardelan laughed and said, \"We will see.\""_s << people << u"We will see."_s << D
        << u"said"_s << u"Ardelan"_s << u"Ardelan"_s;
    QTest::newRow("pronoun inside reported speech")
        << u"Marrow said she recalled thinking, \"This is the end.\""_s << people
        << u"This is the end."_s << D << u"recalled"_s << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("a new clause after the quote is no trailer")
        << u"Marrow said the border would stay \"open to all,\" but Ardelan said the quota would fall."_s
        << people << u"open to all"_s << P << u"said"_s << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("a dash after a partial quote opens an aside")
        << u"Ardelan compared the dam to \"a wall against the future\" \u2014 a charge the commission rejected."_s
        << people << u"a wall against the future"_s << P << QString() << u"Ardelan"_s
        << u"Ardelan"_s;
    QTest::newRow("plural noun after an adjective is no cue")
        << u"The commission rated most Veltrian claims as \"mostly true\"."_s << people
        << u"mostly true"_s << P << QString() << u"The commission"_s << QString();
    QTest::newRow("name right before a participle")
        << u"The advert shows footage of Marrow saying, \"We will never sign.\""_s << people
        << u"We will never sign."_s << D << u"saying"_s << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("colon ends the paragraph before")
        << u"Ardelan ended with a message:\n\n\"We will sign in March.\""_s << people
        << u"We will sign in March."_s << D << QString() << u"Ardelan"_s << u"Ardelan"_s;
    QTest::newRow("participle opens the sentence")
        << u"Faced with falling water levels, Marrow compared the quota to \"a leaking bucket\"."_s
        << people << u"a leaking bucket"_s << P << QString() << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("name the entity model missed")
        << u"Varga likened the quota to \"a leaking bucket\"."_s << people << u"a leaking bucket"_s
        << P << QString() << u"Varga"_s << QString();
    QTest::newRow("a body before the title and name")
        << u"Kessling Senate Leader Tomas Ardelan, in particular, has been calling the plan \"a fantasy\"."_s
        << (people + QStringList {u"ORG:Kessling Senate"_s}) << u"a fantasy"_s << P << u"calling"_s
        << u"Kessling Senate Leader Tomas Ardelan"_s << u"Tomas Ardelan"_s;
    QTest::newRow("name of a place")
        << u"In May, Governor Ilse Marrow of Veltria lauded the engineers for their \"quiet courage\"."_s
        << (people + QStringList {u"ORG:Veltria"_s}) << u"quiet courage"_s << P << QString()
        << u"Governor Ilse Marrow of Veltria"_s << u"Ilse Marrow"_s;
    QTest::newRow("cue joined across a quote")
        << u"Marrow called the plan \"a fantasy\" and called for the dam to be \"torn down\"."_s
        << people << u"torn down"_s << P << u"called"_s << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("as a document put it")
        << u"The quota is \"a fair start\", as a Northern Basin Commission memo put it."_s << people
        << u"a fair start"_s << P << u"put it"_s << u"a Northern Basin Commission memo"_s
        << QString();
    QTest::newRow("adverb before the cue")
        << u"\"We will sign,\" Marrow curtly said."_s << people << u"We will sign"_s << D
        << u"said"_s << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("participle skips a reported clause")
        << u"Ardelan answered a farmer who said he was cheated, saying the quota was \"fair to all\"."_s
        << people << u"fair to all"_s << P << u"saying"_s << u"Ardelan"_s << u"Ardelan"_s;
    // The patterns of two real reports that the rules alone got wrong (invented here).
    const QStringList varga {u"ORG:Commissioner for Trade and Economic Security"_s, u"Ines Varga"_s,
        u"MISC:Slovak"_s, u"ORG:Ledger"_s, u"Lena Okafor"_s};
    QTest::newRow("person in the appositive of a title")
        << u"The Commissioner for Trade and Economic Security, Ines Varga, said: \"We will not "
           "sign.\""_s
        << varga << u"We will not sign."_s << D << u"said"_s << u"Ines Varga"_s << u"Ines Varga"_s;
    QTest::newRow("nationality before a group")
        << u"\"We are worried,\" said three Slovak officials who spoke with the Ledger."_s << varga
        << u"We are worried"_s << D << u"said"_s << u"three Slovak officials"_s << QString();
    QTest::newRow("subject before a relative clause")
        << u"Three Slovak officials who spoke with the Ledger said: \"The timetable cannot "
           "hold.\""_s
        << varga << u"The timetable cannot hold."_s << D << u"said"_s << u"Three Slovak officials"_s
        << QString();
    QTest::newRow("warned and a colon")
        << u"Deputy Prime Minister Lena Okafor warned: \"There is no room for delay.\""_s << varga
        << u"There is no room for delay."_s << D << u"warned"_s
        << u"Deputy Prime Minister Lena Okafor"_s << u"Lena Okafor"_s;
    QTest::newRow("introductory phrase without a comma")
        << u"After the meeting the spokesman warned: \"Nothing has been agreed yet.\""_s << varga
        << u"Nothing has been agreed yet."_s << D << u"warned"_s << u"the spokesman"_s << QString();
    // A time phrase before the subject is an introduction, not the subject (2026-12-03).
    QTest::newRow("time phrase ending in later")
        << u"Ilse Marrow left the talks in May. Two weeks later, she issued a statement calling "
           "the quota \"a trap\"."_s
        << people << u"a trap"_s << P << u"calling"_s << u"she"_s << u"Ilse Marrow"_s;
    QTest::newRow("time phrase ending in ago")
        << u"Eight years ago, Tomas Ardelan described the dam as \"a crime against the lake\"."_s
        << people << u"a crime against the lake"_s << P << u"described"_s << u"Tomas Ardelan"_s
        << u"Tomas Ardelan"_s;
    // Verbs that are speech only right after a quote (2026-12-03).
    QTest::newRow("notes after a quote")
        << u"\"The lake is dying,\" Ardelan notes."_s << people << u"The lake is dying"_s << D
        << u"notes"_s << u"Ardelan"_s << u"Ardelan"_s;
    QTest::newRow("a document reads")
        << u"\u201CThe quota is final,\u201D the letter reads."_s << people
        << u"The quota is final"_s << D << u"reads"_s << u"the letter"_s << QString();
    QTest::newRow("went on after a quote")
        << u"\"We will not move,\" Marrow went on."_s << people << u"We will not move"_s << D
        << u"went"_s << u"Marrow"_s << u"Marrow"_s;
    // A question or an exclamation closes its sentence; the trailer that goes on after a comma
    // still names the speaker (2026-12-04).
    QTest::newRow("question, then a long trailer")
        << u"\u201CIs the dam safe, or not?\u201D Marrow went on, as if she had not heard him."_s
        << people << u"Is the dam safe, or not?"_s << D << u"went"_s << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("exclamation, said X, then more")
        << u"\u201CNever again!\u201D said Tomas Ardelan, waving a flag over the square."_s
        << people << u"Never again!"_s << D << u"said"_s << u"Tomas Ardelan"_s
        << u"Tomas Ardelan"_s;
    QTest::newRow("question, X said of")
        << u"\"Who do they think they are?\" Marrow said of the Northern Basin Commission in May."_s
        << people << u"Who do they think they are?"_s << D << u"said"_s << u"Marrow"_s
        << u"Marrow"_s;
    // ... but not a new statement that starts after the quote.
    QTest::newRow("question, then a new statement")
        << u"\u201CIs it over?\u201D Marrow said the talks would fail before the spring."_s
        << people << u"Is it over?"_s << D << QString() << u"Marrow"_s << u"Marrow"_s;
    QTest::newRow("answers after a quote")
        << u"\u201CThe quota is final,\u201D Ardelan answers."_s << people
        << u"The quota is final"_s << D << u"answers"_s << u"Ardelan"_s << u"Ardelan"_s;
    // A participle cue that opens the sentence reports for the subject after its clause.
    QTest::newRow("sentence opens with a participle cue")
        << u"Declaring the dam \"a national shame,\" the former minister offered to rebuild it."_s
        << people << u"a national shame"_s << P << u"Declaring"_s << u"the former minister"_s
        << QString();
    QTest::newRow("sentence opens with in and a participle cue")
        << u"In declaring the quota \"not fair\", Marrow again showed her knack for timing."_s
        << people << u"not fair"_s << P << u"declaring"_s << u"Marrow"_s << u"Marrow"_s;
    // A cue set off by commas names the source of the sentence (2026-12-03).
    QTest::newRow("parenthetical cue")
        << u"The Northern Basin Commission, Marrow said, had been \"a gift to the dam builders\"."_s
        << people << u"a gift to the dam builders"_s << P << u"said"_s << u"Marrow"_s
        << u"Marrow"_s;
    QTest::newRow("a crowd as the source")
        << u"Marrow took the stage in Kessling. The crowd greeted her with \"water for all\" "
           "and a long cheer."_s
        << people << u"water for all"_s << P << QString() << u"The crowd"_s << QString();
    QTest::newRow("inflections")
        << u"\"We refuse,\" Ardelan is saying. \"We agree,\" Marrow replied."_s << people
        << u"We agree"_s << D << u"replied"_s << u"Marrow"_s << u"Marrow"_s;
}

void TestQuoteExtractor::quotes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QString, content);
    QFETCH(QuoteKind, kind);
    QFETCH(QString, cue);
    QFETCH(QString, speaker);
    QFETCH(QString, mention);

    const Run r = run(text, names);
    const Quote *q = r.find(content);
    if (!q)
        QFAIL(qPrintable(u"no quote [%1]; found:\n%2"_s.arg(content, r.dump())));
    QCOMPARE(int(q->kind), int(kind));
    QCOMPARE(r.slice(q->cue), cue);
    QCOMPARE(r.slice(q->speaker), speaker);
    QCOMPARE(q->speakerMention >= 0 ? r.slice(r.mentions.at(q->speakerMention).range) : QString(),
        mention);
}

void TestQuoteExtractor::splitQuoteHasOneSpeaker()
{
    const Run r
        = run(u"\"The deal is close,\" Marrow said, \"but it is not signed.\""_s, {u"Marrow"_s});
    const Quote *first = r.find(u"The deal is close"_s);
    const Quote *second = r.find(u"but it is not signed."_s);
    QVERIFY2(first && second, qPrintable(r.dump()));
    QCOMPARE(r.slice(first->speaker), u"Marrow"_s);
    QCOMPARE(first->speaker, second->speaker);
    QCOMPARE(first->speakerMention, second->speakerMention);
}

void TestQuoteExtractor::carriedOverSpeaker()
{
    const Run r
        = run(u"\u201CThe talks were hard,\u201D Ilse Marrow said in Kessling.\n\n"
              u"\u201CBut we will sign the draft this week. The farmers need water.\u201D"_s,
            {u"Ilse Marrow"_s});
    const Quote *said = r.find(u"The talks were hard"_s);
    const Quote *carried
        = r.find(u"But we will sign the draft this week. The farmers need water."_s);
    QVERIFY2(said && carried, qPrintable(r.dump()));
    QVERIFY(!carried->cue.isValid());
    QCOMPARE(r.slice(carried->speaker), u"Ilse Marrow"_s);
    QCOMPARE(carried->speakerMention, 0);
    QVERIFY(carried->confidence < said->confidence);
}

// A quote with no cue that opens its sentence is often the subject's of the sentence before it,
// and two people named there leave the rules unsure: that subject must be a phrase the source
// model may choose (it once saw only the quote's own sentence).
void TestQuoteExtractor::sentenceBeforeIsCandidate()
{
    const QString text = u"Ilse Marrow praised the plan in front of Tomas Ardelan on Monday. "
                         u"\u201CWe need someone who gets things done.\u201D"_s;
    const Run r = run(text, {u"Ilse Marrow"_s, u"Tomas Ardelan"_s});
    const qsizetype i = std::distance(
        r.quotes.begin(), std::find_if(r.quotes.begin(), r.quotes.end(), [&](const Quote &q) {
            return r.slice(q.content) == u"We need someone who gets things done."_s;
        }));
    QVERIFY2(i < r.quotes.size(), qPrintable(r.dump()));
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const auto candidates = QuoteExtractor::sourceCandidates(
        text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
    QStringList phrases;
    for (const SourceCandidate &c : candidates[size_t(i)])
        phrases << r.slice(c.span);
    QVERIFY2(phrases.contains(u"Ilse Marrow"_s), qPrintable(phrases.join(u" | "_s)));
}

void TestQuoteExtractor::ambiguousPronounIsUnresolved()
{
    const Run r = run(
        u"Ilse Marrow met Tomas Ardelan in Kessling. The meeting was long. \"The talks were useful,\" he said."_s,
        {u"Ilse Marrow"_s, u"Tomas Ardelan"_s});
    const Quote *q = r.find(u"The talks were useful"_s);
    QVERIFY2(q, qPrintable(r.dump()));
    QCOMPARE(r.slice(q->speaker), u"he"_s);
    QCOMPARE(q->speakerMention, -1);
}

void TestQuoteExtractor::unclosedQuoteStopsAtParagraph()
{
    const Run r = run(u"\"The talks will go on, Marrow said in Kessling.\n\n"
                      u"The commission met on Tuesday. Ardelan said that the quota would rise."_s,
        {u"Marrow"_s, u"Ardelan"_s});
    const Quote *q = r.find(u"The talks will go on, Marrow said in Kessling."_s);
    QVERIFY2(q, qPrintable(r.dump()));
    QVERIFY(q->confidence <= 0.5f);
    const Quote *next = r.find(u"the quota would rise"_s);
    QVERIFY2(next, qPrintable(r.dump()));
    QCOMPARE(next->kind, QuoteKind::Indirect);
}

void TestQuoteExtractor::apostrophesAreNotQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("possessive") << u"Osmark's farmers and the Ardelans' party left early."_s;
    QTest::newRow("curly possessive")
        << u"Osmark\u2019s farmers and the Ardelans\u2019 party left early."_s;
    QTest::newRow("rock 'n' roll") << u"The band in Kessling played rock 'n' roll all night."_s;
    QTest::newRow("curly elision")
        << u"The band played rock \u2019n\u2019 roll in the \u201990s."_s;
    QTest::newRow("decade") << u"Prices in the '90s were lower, Marrow's aides found."_s;
    QTest::newRow("inches and feet") << u"The pipe is 12\" wide and the wall is 6'2\" high."_s;
}

void TestQuoteExtractor::apostrophesAreNotQuotes()
{
    QFETCH(QString, text);
    const Run r = run(text, {u"Marrow"_s});
    for (const Quote &q : r.quotes)
        QVERIFY2(q.kind == QuoteKind::Indirect, qPrintable(r.dump()));
}

void TestQuoteExtractor::scareQuotes()
{
    const Run r = run(u"The so-called \"deal\" on Lake Varn was never signed."_s, {});
    const Quote *q = r.find(u"deal"_s);
    QVERIFY2(q, qPrintable(r.dump()));
    QCOMPARE(q->kind, QuoteKind::Partial);
    QVERIFY(!q->speaker.isValid());
    QVERIFY(q->confidence <= 0.3f);
}

void TestQuoteExtractor::adjectiveIsNoSpeaker()
{
    // "Veltrian" is a Misc mention used as an adjective: neither it nor the dams speak.
    const Run r = run(u"Most Veltrian dams are \"safe\" now."_s, {u"MISC:Veltrian"_s});
    const Quote *q = r.find(u"safe"_s);
    QVERIFY2(q, qPrintable(r.dump()));
    QVERIFY2(!q->speaker.isValid(), qPrintable(r.dump()));
}

void TestQuoteExtractor::nonBmpOffsets()
{
    // Emoji and mathematical letters take two UTF-16 units; ranges must still slice exactly.
    const QString text = u"\U0001F600\U0001F1FB\U0001F1EA Kessling. \u201CWater \U0001F4A7 for "
                         u"\U0001D4A6essling,\u201D Marrow said. \U0001F30A"_s;
    const Run r = run(text, {u"Marrow"_s});
    const Quote *q = r.find(u"Water \U0001F4A7 for \U0001D4A6essling"_s);
    QVERIFY2(q, qPrintable(r.dump()));
    QCOMPARE(r.slice(q->speaker), u"Marrow"_s);
    QCOMPARE(r.slice(q->cue), u"said"_s);
    QCOMPARE(q->content.start, qint32(text.indexOf(u"Water"_s)));
}

void TestQuoteExtractor::quotedNamesAreNoQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("quote");
    QTest::newRow("agency") << u"The news agency \"Nordpress\" reported that talks stalled."_s
                            << u"Nordpress"_s << false;
    QTest::newRow("broadcaster") << u"According to the state broadcaster \"Radio Orsava\", the "
                                    "talks ended."_s
                                 << u"Radio Orsava"_s << false;
    QTest::newRow("called") << u"She joined a group called \"Citizens First\" in May."_s
                            << u"Citizens First"_s << false;
    // A capitalised phrase in marks after anything else stays a quote: readers quote epithets.
    QTest::newRow("epithet") << u"Marrow referred to the dam as the \"Great Wall\" again."_s
                             << u"Great Wall"_s << true;
    QTest::newRow("lower case") << u"The agency \"strongly regrets\" the delay."_s
                                << u"strongly regrets"_s << true;
}

void TestQuoteExtractor::quotedNamesAreNoQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(bool, quote);
    const Run r = run(text, {u"ORG:Nordpress"_s, u"ORG:Radio Orsava"_s, u"Marrow"_s});
    QVERIFY2((r.find(content) != nullptr) == quote, qPrintable(r.dump()));
}

void TestQuoteExtractor::sourceModelShips()
{
    // The annotator chooses speakers with the learned model; without it they fall back to rules
    // that are clearly worse on unseen news (docs/quotes.md), so a missing file is a bug.
    QVERIFY2(!SourceModel::defaultPath().isEmpty(), "resources/models/sources-en.tsv not found");
    const auto model = SourceModel::shipped();
    QVERIFY(model);
    QVERIFY(model->weights().size() > 1000);
    // The rules alone, asked the same question, take the object of "spoke with" for the speaker.
    const QString text = u"Three Slovak officials who spoke with the Ledger said: \"The timetable "
                         "cannot hold.\""_s;
    const QList<EntityMention> mentions = mentionsOf(text, {u"MISC:Slovak"_s, u"ORG:Ledger"_s});
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
    const QList<Quote> rules = QuoteExtractor::extract(text, tokens, sentences, mentions, nullptr);
    const QList<Quote> learned
        = QuoteExtractor::extract(text, tokens, sentences, mentions, model.get());
    QCOMPARE(rules.size(), 1);
    QCOMPARE(learned.size(), 1);
    QCOMPARE(text.mid(rules[0].speaker.start, rules[0].speaker.length()), u"Ledger"_s);
    QCOMPARE(text.mid(learned[0].speaker.start, learned[0].speaker.length()),
        u"Three Slovak officials"_s);
    QCOMPARE(learned[0].speakerMention, -1);
}

// "..., said Ardelan, who said the quota was 'a trap'": PolNeAR and readers give the second quote
// to the relative pronoun, which stands for Ardelan; the source model must be able to choose it
// (2026-12-03: it was never among the candidates).
void TestQuoteExtractor::relativePronounIsCandidate()
{
    const QString text = u"The commission met Tomas Ardelan, who has publicly said the quota was "
                         u"\u201Ca trap\u201D."_s;
    const Run r = run(text, {u"Tomas Ardelan"_s, u"ORG:commission"_s});
    const qsizetype i = std::distance(r.quotes.begin(),
        std::find_if(r.quotes.begin(), r.quotes.end(),
            [&](const Quote &q) { return r.slice(q.content) == u"a trap"_s; }));
    QVERIFY2(i < r.quotes.size(), qPrintable(r.dump()));
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const auto candidates = QuoteExtractor::sourceCandidates(
        text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
    QStringList phrases;
    bool relative = false;
    for (const SourceCandidate &c : candidates[size_t(i)]) {
        phrases << r.slice(c.span);
        relative = relative || (c.relative && r.slice(c.span) == u"who"_s);
    }
    QVERIFY2(relative, qPrintable(phrases.join(u" | "_s)));
    // "that" after the cue opens the reported clause, not a relative one: no candidate.
    const QString said = u"Marrow said that the quota was \u201Ca trap\u201D."_s;
    const Run s = run(said, {u"Marrow"_s});
    QCOMPARE(s.quotes.size(), 1);
    const QList<Token> saidTokens = Tokenizer::tokenize(said);
    const auto saidCandidates = QuoteExtractor::sourceCandidates(
        said, saidTokens, Tokenizer::splitSentences(said, saidTokens), s.mentions, s.quotes);
    for (const std::vector<SourceCandidate> &list : saidCandidates)
        for (const SourceCandidate &c : list)
            QVERIFY(!c.relative);
}

// With the shipped model, the quote of a relative clause goes to "who", resolved to the name the
// clause describes, so the entity is still the person.
void TestQuoteExtractor::relativePronounSpeaksForItsName()
{
    const auto model = SourceModel::shipped();
    QVERIFY(model);
    const QString text = u"\u201CThe lake is dying,\u201D said Tomas Ardelan, who said the "
                         u"quota was \u201Ca trap for farmers\u201D."_s;
    const QList<EntityMention> mentions = mentionsOf(text, {u"Tomas Ardelan"_s});
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
    const QList<Quote> quotes
        = QuoteExtractor::extract(text, tokens, sentences, mentions, model.get());
    const auto it = std::find_if(quotes.begin(), quotes.end(), [&](const Quote &q) {
        return text.mid(q.content.start, q.content.length()) == u"a trap for farmers"_s;
    });
    QVERIFY(it != quotes.end());
    QCOMPARE(text.mid(it->speaker.start, it->speaker.length()), u"who"_s);
    QCOMPARE(it->speakerMention, 0);
    QCOMPARE(text.mid(quotes[0].speaker.start, quotes[0].speaker.length()), u"Tomas Ardelan"_s);
}

// "his warning that the lake was 'beyond saving'": PolNeAR gives the quote to the possessive of
// the noun that names the act of speech (2026-12-03: it was never among the candidates).
// "Another said", "Some chanted 'Q'", "'Q,' read one": a quantifier standing for the speakers by
// itself is a source candidate; before its noun ("another farmer") it is not (2026-12-06).
void TestQuoteExtractor::indefiniteSourceIsCandidate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("candidate");
    QTest::newRow("another before the cue")
        << u"Two farmers spoke to Marrow. Another said the quota was \u201Ca trap\u201D."_s
        << u"a trap"_s << u"Another"_s << true;
    QTest::newRow("some before a verb of speech")
        << u"The crowd waited in the square. Some chanted \u201Cwater for all\u201D for an hour."_s
        << u"water for all"_s << u"Some"_s << true;
    QTest::newRow("one after the cue")
        << u"Banners lined the road to Kessling. \u201CThe lake is ours,\u201D read one."_s
        << u"The lake is ours"_s << u"one"_s << true;
    QTest::newRow("another before its noun")
        << u"Two farmers spoke to Marrow. Another farmer said the quota was \u201Ca trap\u201D."_s
        << u"a trap"_s << u"Another"_s << false;
}

void TestQuoteExtractor::indefiniteSourceIsCandidate()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(QString, phrase);
    QFETCH(bool, candidate);
    const Run r = run(text, {u"Marrow"_s});
    const qsizetype i = std::distance(r.quotes.begin(),
        std::find_if(r.quotes.begin(), r.quotes.end(),
            [&](const Quote &q) { return r.slice(q.content) == content; }));
    QVERIFY2(i < r.quotes.size(), qPrintable(r.dump()));
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const auto candidates = QuoteExtractor::sourceCandidates(
        text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
    QStringList phrases;
    bool found = false;
    for (const SourceCandidate &c : candidates[size_t(i)]) {
        phrases << r.slice(c.span);
        found = found || r.slice(c.span) == phrase;
    }
    QVERIFY2(found == candidate, qPrintable(phrases.join(u" | "_s)));
}

// The source model tells a name in the quote's own paragraph from the same name in the paragraph
// before (2026-12-06): the candidate "Marrow" is described differently in the two texts.
void TestQuoteExtractor::paragraphOfCandidateIsFeature()
{
    auto features = [](const QString &text) {
        const Run r = run(text, {u"Marrow"_s});
        const QList<Token> tokens = Tokenizer::tokenize(text);
        const auto candidates = QuoteExtractor::sourceCandidates(
            text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
        for (const std::vector<SourceCandidate> &list : candidates)
            for (const SourceCandidate &c : list)
                if (r.slice(c.span) == u"Marrow"_s)
                    return c.features;
        return std::vector<quint64>();
    };
    const std::vector<quint64> same
        = features(u"Marrow walked to the dam. \u201CWe need the water back.\u201D"_s);
    const std::vector<quint64> before
        = features(u"Marrow walked to the dam.\n\n\u201CWe need the water back.\u201D"_s);
    QVERIFY(!same.empty());
    QCOMPARE(same.size(), before.size());
    QVERIFY(same != before);
}

void TestQuoteExtractor::possessiveOfNounCueIsCandidate()
{
    const QString text = u"Ilse Marrow left Kessling on Monday, and the farmers were shaken by her "
                         u"blunt warning that the lake was \u201Cbeyond saving\u201D."_s;
    const Run r = run(text, {u"Ilse Marrow"_s});
    const qsizetype i = std::distance(r.quotes.begin(),
        std::find_if(r.quotes.begin(), r.quotes.end(),
            [&](const Quote &q) { return r.slice(q.content) == u"beyond saving"_s; }));
    QVERIFY2(i < r.quotes.size(), qPrintable(r.dump()));
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const auto candidates = QuoteExtractor::sourceCandidates(
        text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
    QStringList phrases;
    bool possessive = false;
    for (const SourceCandidate &c : candidates[size_t(i)]) {
        phrases << r.slice(c.span);
        possessive = possessive || (c.pronoun && !c.plural && r.slice(c.span) == u"her"_s);
    }
    QVERIFY2(possessive, qPrintable(phrases.join(u" | "_s)));
    // A possessive before any other noun is no candidate: "her farm".
    const QString farm
        = u"The farmers were shaken, and Marrow said her farm was \u201Cdry\u201D."_s;
    const Run f = run(farm, {u"Marrow"_s});
    const QList<Token> farmTokens = Tokenizer::tokenize(farm);
    const auto farmCandidates = QuoteExtractor::sourceCandidates(
        farm, farmTokens, Tokenizer::splitSentences(farm, farmTokens), f.mentions, f.quotes);
    for (const std::vector<SourceCandidate> &list : farmCandidates)
        for (const SourceCandidate &c : list)
            QVERIFY2(f.slice(c.span) != u"her"_s, qPrintable(f.dump()));
}

void TestQuoteExtractor::sourceModelRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SourceModel model;
    model.weights().insert(0x1234abcdULL, 1.5f);
    model.weights().insert(0xffffffffffffffffULL, -0.25f);
    const QString path = dir.filePath(u"sources.tsv"_s);
    QVERIFY(model.save(path));
    auto loaded = SourceModel::load(path);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded.value().weights(), model.weights());
    // The highest score wins; a tie goes to the rules' phrase, else to the first candidate.
    std::vector<SourceCandidate> candidates(3);
    candidates[0].features = {0x1234abcdULL};
    candidates[1].features = {0x1234abcdULL, 0x1234abcdULL};
    candidates[2].features = {0xffffffffffffffffULL};
    QCOMPARE(loaded.value().best(candidates), 1);
    candidates[1].features = {0x1234abcdULL};
    QCOMPARE(loaded.value().best(candidates), 0);
    candidates[1].rule = true;
    QCOMPARE(loaded.value().best(candidates), 1);
    QCOMPARE(loaded.value().best({}), -1);
}

void TestQuoteExtractor::sourceModelRefusesOtherFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad.tsv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("parallax-source-model 1\nnot-hex\t1.0\n");
    file.close();
    auto bad = SourceModel::load(path);
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(path) && bad.error().contains(u":2:"_s), qPrintable(bad.error()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("\x89PNG\r\n");
    file.close();
    auto png = SourceModel::load(path);
    QVERIFY(!png);
    QVERIFY2(png.error().contains(u"not a Parallax source model"_s), qPrintable(png.error()));
    QVERIFY(!SourceModel::load(dir.filePath(u"missing.tsv"_s)));
}

// The loader parses the bytes itself; every weight of the shipped model is the float that
// QString::toFloat() gives for its row, and rows Qt would not read are still refused.
void TestQuoteExtractor::sourceModelReadsWhatQtReads()
{
    const QString shipped = SourceModel::defaultPath();
    QVERIFY2(!shipped.isEmpty(), "the shipped source model is missing");
    QFile file(shipped);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QHash<quint64, float> expected;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList fields = rows.at(i).split(u'\t');
        QCOMPARE(fields.size(), 2);
        bool keyOk = false, weightOk = false;
        const quint64 key = fields.at(0).toULongLong(&keyOk, 16);
        const float weight = fields.at(1).toFloat(&weightOk);
        QVERIFY(keyOk && weightOk);
        expected.insert(key, weight);
    }
    QVERIFY(expected.size() > 1000);
    auto loaded = SourceModel::load(shipped);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded.value().weights().size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const float got = loaded.value().weights().value(it.key(), 12345.0f);
        QVERIFY2(std::memcmp(&got, &it.value(), sizeof got) == 0,
            qPrintable(u"%1: %2 instead of %3"_s.arg(it.key(), 0, 16).arg(got).arg(it.value())));
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rows.tsv"_s);
    const auto write = [&](const QByteArray &bytes) {
        QFile out(path);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && out.write(bytes) == bytes.size();
    };
    QVERIFY(write("parallax-source-model 1\r\nff\t0.1\r\n\r\n10\t-2.5e-3\r\n"));
    auto windows = SourceModel::load(path);
    QVERIFY2(windows, qPrintable(windows.error()));
    QCOMPARE(windows.value().weights().value(0xff), u"0.1"_s.toFloat());
    QCOMPARE(windows.value().weights().value(0x10), u"-2.5e-3"_s.toFloat());
    for (const QByteArray &row : {QByteArray("ff\t1e40"), QByteArray("ff\t1e-50"),
             QByteArray("10000000000000000\t1"), QByteArray("ff\t0.5x"), QByteArray("ff\t"),
             QByteArray("\t0.5"), QByteArray("ff 0.5"), QByteArray("-ff\t0.5")}) {
        QVERIFY(write("parallax-source-model 1\n" + row + "\n"));
        auto bad = SourceModel::load(path);
        QVERIFY2(!bad, row.constData());
        QVERIFY2(bad.error().contains(u":2:"_s), qPrintable(bad.error()));
    }
}

QTEST_APPLESS_MAIN(TestQuoteExtractor)
#include "tst_quoteextractor.moc"
