// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the comparison lists as only in one source: which items, in what order, and what is
// folded into an aligned statement instead of being listed on its own.
#include "comparerfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace ComparerFixture;

class TestOneSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unmatchedItems();
    void oneSourceItemsComeMostSalientFirst();
    void oneWordQuoteInsideAlignedQuoteIsFolded();
    void titleInQuotationMarksIsNoOneSourceQuote();
    void restOfASentenceGoesWithItsAlignedQuote();
    void frameOfAListedQuoteIsListedOnce();
    void unitWordForWordInAnotherArticleIsNoOneSourceItem();
    void oneSourceItemsNoOtherArticleSeemsToReportComeFirst();
};

namespace {

// The texts of the items a comparison lists as only in one document, with their kinds.
QStringList listed(const CompareInput &in, const Comparison &c)
{
    QStringList out;
    for (const UnmatchedItem &u : c.unmatched) {
        out.append((u.kind == AlignmentKind::Quote ? u"quote: "_s : u"sentence: "_s)
            + in.documents.at(u.doc).text.mid(u.range.start, u.range.length()));
    }
    return out;
}

} // namespace

void TestOneSource::unmatchedItems()
{
    const QString shared = u"Veltria would fund a new monitoring station at Port Alder on the "
                           "southern shore."_s;
    const QString onlyA = u"Diplomats present said the mood had improved markedly since the first "
                          "session on Sunday."_s;
    const QString quoteB = u"Forty percent is a start, not a solution for the valley"_s;
    const CompareInput in = input({Doc(shared + u' ' + onlyA),
        Doc(shared + u" “"_s + quoteB + u",” said Piet Vandal."_s)
            .quote(quoteB, u"Piet Vandal"_s)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    QCOMPARE(c.unmatched.size(), 2);
    // The quote, with its number, is what an analyst reads first.
    QCOMPARE(c.unmatched.at(0).doc, 1);
    QCOMPARE(c.unmatched.at(0).kind, AlignmentKind::Quote);
    const TextRange r0 = c.unmatched.at(0).range;
    QCOMPARE(in.documents.at(1).text.mid(r0.start, r0.length()), quoteB);
    QCOMPARE(c.unmatched.at(1).doc, 0);
    QCOMPARE(c.unmatched.at(1).kind, AlignmentKind::Sentence);
    const TextRange r1 = c.unmatched.at(1).range;
    QCOMPARE(in.documents.at(0).text.mid(r1.start, r1.length()), onlyA);
}

void TestOneSource::oneSourceItemsComeMostSalientFirst()
{
    // Of the statements only one article reports, the ones with names, numbers and dates come
    // first, whatever their place in the article; equal ones keep the text's order.
    const QString shared = u"Veltria would fund a new monitoring station at Port Alder on the "
                           "southern shore."_s;
    const QString plain = u"The mood in the hall was calm and the coffee was cold."_s;
    const QString weather = u"Rain kept the delegates indoors for most of the afternoon."_s;
    const QString named = u"Tomas Ardelan said Osmark would release 40 detainees by Friday."_s;
    const QString person = u"Dana Okoro left the hall before the vote."_s;
    const CompareInput in
        = input({Doc(shared + u' ' + plain + u' ' + weather + u' ' + person + u' ' + named)
                     .mention(u"Veltria"_s, Veltria, EntityType::Location)
                     .mention(u"Dana Okoro"_s, Okoro)
                     .mention(u"Tomas Ardelan"_s, Ardelan)
                     .mention(u"Osmark"_s, Osmark, EntityType::Location)
                     .date(u"Friday"_s, u"XXXX-WXX-5"_s),
            Doc(shared).mention(u"Veltria"_s, Veltria, EntityType::Location)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    QStringList order;
    for (const UnmatchedItem &u : c.unmatched)
        order.append(in.documents.at(u.doc).text.mid(u.range.start, u.range.length()));
    QCOMPARE(order, (QStringList {named, person, plain, weather}));
}

void TestOneSource::oneWordQuoteInsideAlignedQuoteIsFolded()
{
    // Two outlets quote Marrow's sentence whole; a third quotes one word of it, a word the
    // story uses often (too common for a pair alignment of its own). That word is no fact only
    // the third article reports: it is folded into the aligned quote, not listed as unmatched.
    const QString full = u"The talks were tough but constructive"_s;
    const QString around = u" Tough winters hit the valley. Tough rules apply to the dam. Tough "
                           "choices wait for the farmers."_s;
    const CompareInput in = input({Doc(u"“"_s + full + u",” Marrow said."_s + around)
                                       .quote(full, u"Marrow"_s, u"said"_s, Marrow),
        Doc(u"“"_s + full + u",” Marrow told reporters."_s + around)
            .quote(full, u"Marrow"_s, u"told"_s, Marrow),
        Doc(u"Marrow called the talks “tough” on Monday."_s)
            .quote(u"tough"_s, u"Marrow"_s, u"called"_s, Marrow)});
    const Comparison c = Comparer().compare(in);
    bool fullAligned = false;
    for (const Alignment &al : c.alignments) {
        fullAligned |= al.kind == AlignmentKind::Quote && al.members.size() >= 2
            && text(in, al.members.at(0)) == full && text(in, al.members.at(1)) == full;
    }
    QVERIFY(fullAligned);
    for (const UnmatchedItem &u : c.unmatched) {
        const QString t = in.documents.at(u.doc).text.mid(u.range.start, u.range.length());
        QVERIFY2(!(u.doc == 2 && u.kind == AlignmentKind::Quote), qPrintable(t));
    }
}

void TestOneSource::titleInQuotationMarksIsNoOneSourceQuote()
{
    // A programme's title in quotation marks is no utterance only the first outlet reports: its
    // sentence is the statement, and that is listed (once, as a sentence).
    const CompareInput in = input(
        {Doc(u"Okoro spoke on “Harbour Nights” about the new ferry to Kessling and the price of "
             "its tickets."_s)
                .quote(u"Harbour Nights"_s, u"Okoro"_s)
                .mention(u"Okoro"_s, Okoro)
                .mention(u"Kessling"_s, Kessling, EntityType::Location),
            Doc(u"Vandal opened the new school in Veltria. The pupils sang for the mayor."_s)
                .mention(u"Vandal"_s, Vandal)
                .mention(u"Veltria"_s, Veltria, EntityType::Location)});
    const QStringList items = listed(in, Comparer().compare(in));
    QVERIFY2(!items.contains(u"quote: Harbour Nights"_s), qPrintable(items.join(u" | "_s)));
    QVERIFY2(std::any_of(items.cbegin(), items.cend(),
                 [](const QString &t) {
                     return t.startsWith(u"sentence: Okoro spoke on"_s) && t.contains(u"tickets"_s);
                 }),
        qPrintable(items.join(u" | "_s)));
}

void TestOneSource::restOfASentenceGoesWithItsAlignedQuote()
{
    // Both outlets quote Ardelan's words; the first says more about him in the same sentence.
    // That sentence is reported by the second outlet too (its quote is aligned): what surrounds
    // the quote is not listed as a claim only the first outlet has.
    const QString words
        = u"tough but constructive, and the water of the lake will be shared fairly"_s;
    const CompareInput in = input(
        {Doc(u"Ardelan, who has led the fishermen's union of Osmark since the great flood of the "
             "northern valley, said after the meeting that the talks were “"_s
             + words + u"”."_s)
                .quote(words, u"Ardelan"_s, u"said"_s, Ardelan)
                .mention(u"Ardelan"_s, Ardelan)
                .mention(u"Osmark"_s, Osmark, EntityType::Location),
            Doc(u"“The talks were "_s + words + u",” Ardelan said."_s)
                .quote(u"The talks were "_s + words, u"Ardelan"_s, u"said"_s, Ardelan)
                .mention(u"Ardelan"_s, Ardelan)});
    const Comparison c = Comparer().compare(in);
    const Alignment *al = findAlignment(in, c, words);
    QVERIFY(al);
    QCOMPARE(al->kind, AlignmentKind::Quote);
    const QStringList items = listed(in, c);
    for (const QString &t : items)
        QVERIFY2(!t.contains(u"fishermen"_s), qPrintable(t));
}

void TestOneSource::frameOfAListedQuoteIsListedOnce()
{
    // Only the first outlet quotes Okoro. The words around her quote say who told whom, where
    // and when: they are the quote's frame, and the quote is listed once, not with its frame as
    // a second item.
    const CompareInput in = input(
        {Doc(u"“The dam will be closed for the whole winter,” Okoro told the regional council of "
             "Kessling on Friday."_s)
                .quote(
                    u"The dam will be closed for the whole winter"_s, u"Okoro"_s, u"told"_s, Okoro)
                .mention(u"Okoro"_s, Okoro)
                .mention(u"Kessling"_s, Kessling, EntityType::Location)
                .date(u"Friday"_s, u"2026-12-04"_s),
            Doc(u"Vandal opened the new school in Veltria. The pupils sang for the mayor."_s)
                .mention(u"Vandal"_s, Vandal)
                .mention(u"Veltria"_s, Veltria, EntityType::Location)});
    QStringList first;
    for (const UnmatchedItem &u : Comparer().compare(in).unmatched) {
        if (u.doc == 0)
            first.append(in.documents.at(0).text.mid(u.range.start, u.range.length()));
    }
    QCOMPARE(first, QStringList {u"The dam will be closed for the whole winter"_s});
    // A frame that says more than who said it, to whom, where and when stays a claim of its own.
    const CompareInput longer = input(
        {Doc(u"“The dam will be closed for the whole winter,” Okoro told the regional council of "
             "Kessling, which had voted to raise the ferry fares and to close two schools in "
             "the northern valley."_s)
                .quote(
                    u"The dam will be closed for the whole winter"_s, u"Okoro"_s, u"told"_s, Okoro)
                .mention(u"Okoro"_s, Okoro)
                .mention(u"Kessling"_s, Kessling, EntityType::Location),
            Doc(u"Vandal opened the new school in Veltria. The pupils sang for the mayor."_s)
                .mention(u"Vandal"_s, Vandal)
                .mention(u"Veltria"_s, Veltria, EntityType::Location)});
    int fromFirst = 0;
    for (const UnmatchedItem &u : Comparer().compare(longer).unmatched)
        fromFirst += u.doc == 0 ? 1 : 0;
    QCOMPARE(fromFirst, 2);
}

void TestOneSource::unitWordForWordInAnotherArticleIsNoOneSourceItem()
{
    // Both outlets quote what Vandal shouted; the recogniser took "Ask" for a person, so the
    // quote shares no content word but a name, and no model may align it. Its words, every one,
    // stand in one stretch of the other outlet's quote: it is no fact only one outlet reports.
    const Doc shouted
        = Doc(u"“Ask him why it is so,” Vandal shouted at the cameraman outside the hall in "
              "Kessling."_s)
              .quote(u"Ask him why it is so"_s, u"Vandal"_s, u"shouted"_s, Vandal)
              .mention(u"Ask"_s, Other)
              .mention(u"Vandal"_s, Vandal)
              .mention(u"Kessling"_s, Kessling, EntityType::Location);
    CompareInput in = input({shouted,
        Doc(u"Vandal grabbed the camera. “Ask him why it is so,” he said again and again."_s)
            .quote(u"Ask him why it is so"_s, u"he"_s, u"said"_s, Vandal)
            .mention(u"Ask"_s, Other)
            .mention(u"Vandal"_s, Vandal)});
    in.entities.append({u"Ask"_s, EntityType::Person, {}});
    const Comparison c = Comparer().compare(in);
    for (const UnmatchedItem &u : c.unmatched) {
        const QString t = in.documents.at(u.doc).text.mid(u.range.start, u.range.length());
        QVERIFY2(!t.contains(u"Ask him"_s), qPrintable(t));
    }
    // Not in one stretch: the words in another order are no report word for word.
    CompareInput apart = input({shouted,
        Doc(u"Vandal grabbed the camera. “Why is it so, ask him,” he said again and again."_s)
            .quote(u"Why is it so, ask him"_s, u"he"_s, u"said"_s, Vandal)
            .mention(u"Vandal"_s, Vandal)});
    apart.entities.append({u"Ask"_s, EntityType::Person, {}});
    int listedQuotes = 0;
    for (const UnmatchedItem &u : Comparer().compare(apart).unmatched)
        listedQuotes += u.kind == AlignmentKind::Quote ? 1 : 0;
    QCOMPARE(listedQuotes, 2);
}

void TestOneSource::oneSourceItemsNoOtherArticleSeemsToReportComeFirst()
{
    // The first outlet's ferry sentence (names, a number, a date: the most salient) shares
    // words with the second outlet's, which tells of another ferry: the pair is refused, but the
    // model gives it a chance. The barley sentence has no counterpart anywhere. What no other
    // article seems to report is read first.
    const CompareInput in = input(
        {Doc(u"The new ferry from Kessling to Osmark will carry 40 cars from May. Farmers in the "
             "valley planted barley this year."_s)
                .mention(u"Kessling"_s, Kessling, EntityType::Location)
                .mention(u"Osmark"_s, Osmark, EntityType::Location)
                .date(u"May"_s, u"2027-05"_s),
            Doc(u"An old ferry of Osmark sank in a storm last winter."_s)
                .mention(u"Osmark"_s, Osmark, EntityType::Location)});
    const Comparison c = Comparer().compare(in);
    QVERIFY2(c.alignments.isEmpty(), qPrintable(text(in, c.alignments.value(0).members.value(0))));
    const QStringList items = listed(in, c);
    QCOMPARE(items.size(), 3);
    QVERIFY2(items.at(0).contains(u"barley"_s), qPrintable(items.join(u" | "_s)));
}

QTEST_GUILESS_MAIN(TestOneSource)
#include "tst_onesource.moc"
