// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdownparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

// All sample text is invented for these tests: fictional towns, outlets, people and events.

class TestMarkdownParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frontMatter();
    void frontMatterUnknownKeysAndQuotes();
    void frontMatterTitleDiffersFromHeading();
    void frontMatterTitleSameAsHeading();
    void emptyFrontMatter();
    void plainHeader();
    void leadingHeadingIsTitle();
    void laterHeadingIsNotTitle();
    void inlineMarkupReducedToText();
    void imagesDropped();
    void lists();
    void codeBlocksKept();
    void headingsAreParagraphs();
    void paragraphsJoinedByBlankLine();
    void lineBreaks();
    void inlineHtmlTagsDropped();
    void blockQuote();
    void nonAsciiAndEmoji();
    void titleDefaultsToFirstLine();
};

void TestMarkdownParser::frontMatter()
{
    const QString text = u"---\n"
                         u"title: Kessling ferry resumes\n"
                         u"outlet: Harbour Notes\n"
                         u"author: Tamsin Oakridge\n"
                         u"date: 2025-11-24\n"
                         u"url: https://harbournotes.example/ferry\n"
                         u"language: en\n"
                         u"---\n"
                         u"\n"
                         u"The ferry to Kessling sailed again on Monday.\n"
                         u"\n"
                         u"Passengers were few.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.title, u"Kessling ferry resumes"_s);
    QCOMPARE(draft.outlet, u"Harbour Notes"_s);
    QCOMPARE(draft.author, u"Tamsin Oakridge"_s);
    QCOMPARE(draft.published, u"2025-11-24"_s);
    QCOMPARE(draft.url, u"https://harbournotes.example/ferry"_s);
    QCOMPARE(draft.language, u"en"_s);
    QCOMPARE(draft.sourceFormat, u"markdown"_s);
    QCOMPARE(
        draft.body, u"The ferry to Kessling sailed again on Monday.\n\nPassengers were few."_s);
}

void TestMarkdownParser::frontMatterUnknownKeysAndQuotes()
{
    const QString text = u"---\n"
                         u"layout: post\n"
                         u"title: \"Kessling: the ferry question\"\n"
                         u"tags: [ferry, harbour]\n"
                         u"author: 'Tamsin Oakridge'\n"
                         u"draft: false\n"
                         u"publisher: \"Harbour Notes\"\n"
                         u"date: \"2025-11-24T09:30:00+01:00\"\n"
                         u"---\n"
                         u"Body text about the ferry.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.title, u"Kessling: the ferry question"_s);
    QCOMPARE(draft.author, u"Tamsin Oakridge"_s);
    QCOMPARE(draft.outlet, u"Harbour Notes"_s);
    QCOMPARE(draft.published, u"2025-11-24T09:30:00+01:00"_s);
    QVERIFY(draft.url.isEmpty());
    QCOMPARE(draft.body, u"Body text about the ferry."_s);
}

void TestMarkdownParser::frontMatterTitleDiffersFromHeading()
{
    const QString text = u"---\ntitle: Ferry resumes\n---\n# Monday at the harbour\n\nText.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.title, u"Ferry resumes"_s);
    QCOMPARE(draft.body, u"Monday at the harbour\n\nText."_s);
}

void TestMarkdownParser::frontMatterTitleSameAsHeading()
{
    const QString text = u"---\ntitle: Ferry resumes\n---\n# Ferry resumes\n\nText.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.title, u"Ferry resumes"_s);
    QCOMPARE(draft.body, u"Text."_s);
}

void TestMarkdownParser::emptyFrontMatter()
{
    const ArticleDraft draft = MarkdownParser::parse(u"---\n---\n# Ferry resumes\n\nText.\n"_s);
    QCOMPARE(draft.title, u"Ferry resumes"_s);
    QCOMPARE(draft.body, u"Text."_s);
}

void TestMarkdownParser::plainHeader()
{
    const QString text = u"Title: Kessling ferry resumes\n"
                         u"Author: Tamsin Oakridge\n"
                         u"Source: Harbour Notes\n"
                         u"\n"
                         u"The ferry sailed *again*.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.title, u"Kessling ferry resumes"_s);
    QCOMPARE(draft.author, u"Tamsin Oakridge"_s);
    QCOMPARE(draft.outlet, u"Harbour Notes"_s);
    QCOMPARE(draft.body, u"The ferry sailed again."_s);
}

void TestMarkdownParser::leadingHeadingIsTitle()
{
    const QString text = u"# Kessling *ferry* resumes\n\nThe ferry sailed.\n\nNobody waved.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.title, u"Kessling ferry resumes"_s);
    QCOMPARE(draft.body, u"The ferry sailed.\n\nNobody waved."_s);

    const ArticleDraft setext = MarkdownParser::parse(u"Kessling ferry resumes\n===\n\nText.\n"_s);
    QCOMPARE(setext.title, u"Kessling ferry resumes"_s);
    QCOMPARE(setext.body, u"Text."_s);
}

void TestMarkdownParser::laterHeadingIsNotTitle()
{
    const QString text = u"The ferry sailed.\n\n# Later\n\nMore.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.title, u"The ferry sailed."_s);
    QCOMPARE(draft.body, u"The ferry sailed.\n\nLater\n\nMore."_s);

    // A level-two heading first is part of the body; the title is then its text.
    const ArticleDraft second = MarkdownParser::parse(u"## Update\n\nMore.\n"_s);
    QCOMPARE(second.body, u"Update\n\nMore."_s);
    QCOMPARE(second.title, u"Update"_s);
}

void TestMarkdownParser::inlineMarkupReducedToText()
{
    const QString text
        = u"The *harbour master*, **Odile Varn**, said the _new_ timetable (see "
          u"[the notice](https://harbournotes.example/notice \"Notice\")) starts at `06:10`; "
          u"visit <https://harbournotes.example> or ***really*** ask. Fish &amp; chips "
          u"cost \\*less\\*.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.body,
        u"The harbour master, Odile Varn, said the new timetable (see the notice) starts at "
        u"06:10; visit https://harbournotes.example or really ask. Fish & chips cost *less*."_s);
}

void TestMarkdownParser::imagesDropped()
{
    const QString text = u"![The ferry at dawn](ferry.jpg)\n"
                         u"\n"
                         u"The ferry sailed. ![icon](i.png)\n"
                         u"\n"
                         u"[![badge](b.svg)](https://harbournotes.example)\n"
                         u"\n"
                         u"End.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.body, u"The ferry sailed.\n\nEnd."_s);
    QVERIFY(!draft.body.contains(u"dawn"_s));
    QVERIFY(!draft.body.contains(u"badge"_s));
}

void TestMarkdownParser::lists()
{
    const QString text = u"Demands:\n"
                         u"\n"
                         u"- shorter *shifts*\n"
                         u"- a second ferry\n"
                         u"* covered [waiting](x) area\n"
                         u"\n"
                         u"Timeline:\n"
                         u"\n"
                         u"1. talks\n"
                         u"2. vote\n"
                         u"3. strike\n"
                         u"\n"
                         u"Later steps:\n"
                         u"\n"
                         u"7) review\n"
                         u"8) report\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.body,
        u"Demands:\n\n"
        u"\u2022 shorter shifts\n\u2022 a second ferry\n\n"
        u"\u2022 covered waiting area\n\n"
        u"Timeline:\n\n"
        u"1. talks\n2. vote\n3. strike\n\n"
        u"Later steps:\n\n"
        u"7. review\n8. report"_s);
}

void TestMarkdownParser::codeBlocksKept()
{
    const QString text = u"The timetable file reads:\n"
                         u"\n"
                         u"```\n"
                         u"06:10  Kessling -> Orlen\n"
                         u"  07:40  Orlen -> Kessling *late*\n"
                         u"```\n"
                         u"\n"
                         u"And indented:\n"
                         u"\n"
                         u"    depart 09:00\n"
                         u"    arrive 09:45\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.body,
        u"The timetable file reads:\n\n"
        u"06:10  Kessling -> Orlen\n  07:40  Orlen -> Kessling *late*\n\n"
        u"And indented:\n\n"
        u"depart 09:00\narrive 09:45"_s);
}

void TestMarkdownParser::headingsAreParagraphs()
{
    const QString text = u"# Ferry resumes\n"
                         u"Intro line.\n"
                         u"## Passengers\n"
                         u"Few came.\n"
                         u"### Crew *view*\n"
                         u"Tired.\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.title, u"Ferry resumes"_s);
    QCOMPARE(draft.body, u"Intro line.\n\nPassengers\n\nFew came.\n\nCrew view\n\nTired."_s);
}

void TestMarkdownParser::paragraphsJoinedByBlankLine()
{
    const QString text = u"\n\nFirst paragraph\ncontinues here.\n\n\n\nSecond   one.\n\n---\n\n"
                         u"Third.\n\n<div>raw block</div>\n\nFourth.\n\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(
        draft.body, u"First paragraph continues here.\n\nSecond   one.\n\nThird.\n\nFourth."_s);
}

void TestMarkdownParser::lineBreaks()
{
    const ArticleDraft draft
        = MarkdownParser::parse(u"Line one  \nline two\\\nline three\nline four\n"_s);
    QCOMPARE(draft.body, u"Line one\nline two\nline three line four"_s);
}

void TestMarkdownParser::inlineHtmlTagsDropped()
{
    // Tags are markup; the text between them is the article's.
    const ArticleDraft draft = MarkdownParser::parse(
        u"Levels of CO<sub>2</sub> at the <span class=\"x\">Kessling</span> pier<br>rose."
        u"<!-- editor: check -->\n"_s);
    QCOMPARE(draft.body, u"Levels of CO2 at the Kessling pier\nrose."_s);
}

void TestMarkdownParser::blockQuote()
{
    const ArticleDraft draft
        = MarkdownParser::parse(u"Before.\n\n> \"We sail,\" said Pell.\n>\n> Then quiet.\n"_s);
    QCOMPARE(draft.body, u"Before.\n\n\"We sail,\" said Pell.\n\nThen quiet."_s);
}

void TestMarkdownParser::nonAsciiAndEmoji()
{
    const QString paragraph1 = u"Caf\u00E9 owners in Kessling cheered \U0001F600 and gave a "
                               u"\U0001F44D\U0001F3FD to the ferry \U0001F1F3\U0001F1F4."_s;
    const QString paragraph2 = u"The sign reads \u0645\u0631\u062D\u0628\u064B\u0627 and "
                               u"\u05E9\u05DC\u05D5\u05DD; the cook, Zo\u0065\u0308, wrote "
                               u"\u0915\u094D\u0937\u093F \u2014 \u201Cfine\u201D."_s;
    const QString text = u"---\ntitle: \"\u00C5rsm\u00F8te i Kessling \U0001F6A2\"\n---\n\n"_s
        + paragraph1 + u"\n\n**"_s + paragraph2 + u"**\n"_s;
    const ArticleDraft draft = MarkdownParser::parse(text);
    QCOMPARE(draft.title, u"\u00C5rsm\u00F8te i Kessling \U0001F6A2"_s);
    QCOMPARE(draft.body.toUtf8(), (paragraph1 + u"\n\n"_s + paragraph2).toUtf8());
}

void TestMarkdownParser::titleDefaultsToFirstLine()
{
    const ArticleDraft draft = MarkdownParser::parse(u"The ferry *sailed*.\n\nMore.\n"_s);
    QCOMPARE(draft.title, u"The ferry sailed."_s);
    QCOMPARE(draft.body, u"The ferry sailed.\n\nMore."_s);
}

QTEST_APPLESS_MAIN(TestMarkdownParser)
#include "tst_markdownparser.moc"
