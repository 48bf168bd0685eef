// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(PARALLAX_TEST_DATA "/html/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

ArticleDraft parsed(const QString &html, const QString &name = u"page.html"_s)
{
    const Result<ArticleDraft> result = HtmlParser::parse(html, name);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error()));
    return result.ok() ? result.value() : ArticleDraft();
}

QString paragraphs(const QStringList &list)
{
    return list.join("\n\n"_L1);
}

} // namespace

class TestHtmlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLdGraph();
    void openGraphOnly();
    void pageChromeIsDropped();
    void scoringFindsContentWithoutArticle();
    void nonAsciiText();
    void pageWithoutTextIsRefused();
    void emptyInputIsRefused();
    void lineBreaks();
    void jsonLdVariants();
    void metaFallbacks();
    void differentHeadingIsKept();
    void bylineInsideArticleIsMetadata();
    void hiddenElementsAreDropped();
    void teaserArticlesDoNotWin();
    void languageCodes_data();
    void languageCodes();
};

void TestHtmlParser::jsonLdGraph()
{
    const ArticleDraft draft = parsed(fixture(u"jsonld-graph.html"_s));
    QCOMPARE(draft.title, u"Veltria harbour talks resume after a week of silence"_s);
    QCOMPARE(draft.outlet, u"Harbour Ledger"_s);
    QCOMPARE(draft.author, u"Mara Quell, Tobin Asgard"_s);
    QCOMPARE(draft.url, u"https://harbourledger.example/2026/03/12/veltria-talks-resume"_s);
    QCOMPARE(draft.published, u"2026-03-12T08:30:00+01:00"_s);
    QCOMPARE(draft.language, u"en"_s);
    QCOMPARE(draft.sourceFormat, u"html"_s);
    QVERIFY(draft.sourcePath.isEmpty());
    QCOMPARE(draft.body,
        paragraphs({
            u"Negotiators from the Veltria port authority and the dockworkers' guild returned "
            u"to the table on Wednesday, seven days after talks collapsed over night-shift "
            u"pay."_s,
            u"The mediator, Oriel Banfield, said both sides had \"found a little more room\" "
            u"but warned that no agreement was expected before the weekend."_s,
            u"Cargo backlog grows"_s,
            u"More than forty container ships are waiting outside the breakwater, according "
            u"to harbour-master figures seen by the Ledger."_s,
        }));
}

void TestHtmlParser::openGraphOnly()
{
    const ArticleDraft draft = parsed(fixture(u"opengraph.html"_s));
    QCOMPARE(draft.title, u"Ferry strike ends as Calder Bay crews accept new rota"_s);
    QCOMPARE(draft.outlet, u"Calder Bay Courier"_s);
    QCOMPARE(draft.url, u"https://courier.example/news/ferry-strike-ends"_s);
    QCOMPARE(draft.published, u"2026-02-03T17:45:00Z"_s);
    // article:author is a profile URL here, so the byline supplies the name.
    QCOMPARE(draft.author, u"Ines Tarrow"_s);
    QCOMPARE(draft.language, u"en"_s);
    QCOMPARE(draft.body,
        paragraphs({
            u"Ferry crews in Calder Bay voted on Tuesday to end a nine-day strike, accepting a "
            u"rota that caps crossings at six per shift."_s,
            u"\"We asked for rest, and we got it,\" said deckhand Pell Ormond.\n"
            u"\"Now we sail.\""_s,
            u"The operator, Calder Line & Sons, said timetables would return to normal by "
            u"Thursday; the first boat leaves at 06:10 sharp."_s,
            u"Read the full agreement on the union's website, or see the new timetables."_s,
        }));
}

void TestHtmlParser::pageChromeIsDropped()
{
    const ArticleDraft draft = parsed(fixture(u"cluttered.html"_s));
    QCOMPARE(draft.title, u"Lantern festival moved inland after storm warning"_s);
    QCOMPARE(draft.outlet, u"The Veltria Chronicle"_s);
    QCOMPARE(draft.author, u"Dessa Whitlock"_s);
    QCOMPARE(draft.url, u"https://chronicle.example/city/lantern-festival-moved"_s);
    QCOMPARE(draft.published, u"2026-04-18T09:15:00+02:00"_s);
    QCOMPARE(draft.language, u"en"_s);
    QCOMPARE(draft.body,
        paragraphs({
            u"The city's spring lantern festival will move from the seafront to Orchard Park, "
            u"organisers said on Friday, after forecasters issued a storm warning for the "
            u"weekend."_s,
            u"Around 12,000 visitors had been expected on the promenade. Festival director "
            u"Anouk Vell said the park \"gives us shelter without losing the view of the "
            u"river\"."_s,
            u"Stallholders will be offered free transport for their equipment, and the "
            u"opening parade will start an hour later, at 19:00."_s,
            u"The weather service expects winds to ease by Monday."_s,
        }));
    // Belt and braces: none of the furniture leaks in, whatever the paragraph layout.
    const QStringList chrome = {
        u"cookies"_s,
        u"Accept all"_s,
        u"Sport"_s,
        u"Home"_s,
        u"Chirper"_s,
        u"Advertisement"_s,
        u"Aside text"_s,
        u"JavaScript"_s,
        u"MAP WIDGET"_s,
        u"Morning Lantern"_s,
        u"Subscribe"_s,
        u"More from"_s,
        u"Seafront repairs"_s,
        u"riverwatcher"_s,
        u"crowded"_s,
        u"Most read"_s,
        u"rights reserved"_s,
        u"TRACKING"_s,
        u"late script"_s,
        u"font-family"_s,
        u"By Dessa"_s,
        u"18 April"_s,
        u"Lantern festival moved"_s,
    };
    for (const QString &text : chrome)
        QVERIFY2(!draft.body.contains(text), qPrintable(text));
}

void TestHtmlParser::scoringFindsContentWithoutArticle()
{
    const ArticleDraft draft = parsed(fixture(u"no-article.html"_s));
    // No metadata names the outlet, but the <title> is "<h1> — outlet".
    QCOMPARE(draft.title, u"Quarry road reopens after landslip"_s);
    QCOMPARE(draft.outlet, u"Ostry Valley Gazette"_s);
    QCOMPARE(draft.published, u"2026-01-27"_s);
    QVERIFY(draft.author.isEmpty());
    QVERIFY(draft.url.isEmpty());
    QVERIFY(draft.language.isEmpty());
    QCOMPARE(draft.body,
        paragraphs({
            u"The quarry road between Ostry and Maddenfield reopened on Monday morning, three "
            u"weeks after a landslip buried a section of the carriageway."_s,
            u"Engineers from the valley council built a retaining wall of steel mesh and "
            u"stone, and a temporary speed limit of 30 km/h will remain in place until "
            u"spring."_s,
            u"Local haulier Bram Kettering said the detour had added \"two hours to every "
            u"run\" and cost his firm more than it earned in January."_s,
            u"Residents can report new cracks through the council's hotline."_s,
        }));
}

void TestHtmlParser::nonAsciiText()
{
    const ArticleDraft draft = parsed(fixture(u"international.html"_s));
    QCOMPARE(draft.title,
        u"Trêve fragile à Veltria : les négociateurs saluent « un premier pas » 🕊️"_s);
    QCOMPARE(draft.author, u"Élodie Marchetti"_s);
    QCOMPARE(draft.outlet, u"Le Courrier de Veltria"_s);
    QCOMPARE(draft.url, u"https://courrier.example/treve-fragile"_s);
    QCOMPARE(draft.published, u"2026-05-02"_s);
    QCOMPARE(draft.language, u"fr"_s);
    QCOMPARE(draft.body,
        paragraphs({
            u"Les délégations se sont retrouvées samedi à l’hôtel de ville, où l’on a servi du "
            u"café et des crêpes — un détail qui n’a échappé à personne."_s,
            u"Une banderole bilingue accueillait les participants : « Bienvenue » et, en "
            u"arabe, مرحبا بكم في فيلتريا."_s,
            u"שלום לכולם, אמרה המתורגמנית."_s,
            u"Le médiateur a publié un seul message : 🤝✨ suivi de « à demain »."_s,
        }));
}

void TestHtmlParser::pageWithoutTextIsRefused()
{
    const auto result = HtmlParser::parse(fixture(u"empty.html"_s), u"empty.html"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(u"empty.html: "_s), qPrintable(result.error()));
    QVERIFY(result.error().contains(u"no article text"_s));
}

void TestHtmlParser::emptyInputIsRefused()
{
    const auto result = HtmlParser::parse(QString(), u"blank.htm"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error().startsWith(u"blank.htm"_s));
}

void TestHtmlParser::lineBreaks()
{
    const ArticleDraft draft = parsed(
        u"<article><p>First line<br>second&nbsp;line<br/><br><br>after a gap</p>"
        u"<pre>  code   line\n  next line</pre><ul><li>One</li><li>Two <b>bold</b></li></ul>"
        u"<div>Loose text<p>Inner paragraph</p>trailing text</div></article>"_s);
    QCOMPARE(draft.body,
        paragraphs({
            u"First line\nsecond line\n\nafter a gap"_s,
            u"code line\nnext line"_s,
            u"One"_s,
            u"Two bold"_s,
            u"Loose text"_s,
            u"Inner paragraph"_s,
            u"trailing text"_s,
        }));
}

void TestHtmlParser::jsonLdVariants()
{
    // A top-level array, a type given as a URL, a string publisher fallback via og:site_name and
    // an author object with a name.
    const ArticleDraft draft = parsed(
        u"<html><head><meta property=\"og:site_name\" content=\"Northgate Wire\">"
        u"<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
        u"{\"@type\":\"http://schema.org/AnalysisNewsArticle\",\"headline\":\"Grain quotas "
        u"&amp; the Veltria accord\",\"author\":{\"@type\":\"Person\",\"name\":\"Juno "
        u"Fairweather\"},"
        u"\"url\":\"https://wire.example/grain\",\"datePublished\":\"2026-06-01T07:00:00Z\"}]"
        u"</script></head><body><div class=\"post-content\"><p>Quota text.</p></div></body></html>"_s);
    QCOMPARE(draft.title, u"Grain quotas & the Veltria accord"_s);
    QCOMPARE(draft.author, u"Juno Fairweather"_s);
    QCOMPARE(draft.outlet, u"Northgate Wire"_s);
    QCOMPARE(draft.url, u"https://wire.example/grain"_s);
    QCOMPARE(draft.published, u"2026-06-01T07:00:00Z"_s);
    QCOMPARE(draft.body, u"Quota text."_s);
}

void TestHtmlParser::metaFallbacks()
{
    const ArticleDraft draft
        = parsed(u"<html lang=\"pt-BR\"><head><title>Bridge vote delayed · Riverside Post</title>"
                 u"<meta property=\"og:site_name\" content=\"Riverside Post\">"
                 u"<meta property=\"article:author\" content=\"Sol Amaral\">"
                 u"<meta name=\"date\" content=\"12/03/2026\"></head>"
                 u"<body><article><p>Vote text.</p></article></body></html>"_s);
    QCOMPARE(draft.title, u"Bridge vote delayed"_s);
    QCOMPARE(draft.author, u"Sol Amaral"_s);
    QCOMPARE(draft.published, u"12/03/2026"_s);
    QCOMPARE(draft.language, u"pt"_s);
}

void TestHtmlParser::differentHeadingIsKept()
{
    const ArticleDraft draft = parsed(
        u"<html><head><meta property=\"og:title\" content=\"Short social title\"></head>"
        u"<body><article><h1>A longer headline on the page</h1><p>Text.</p></article></body></html>"_s);
    QCOMPARE(draft.title, u"Short social title"_s);
    QCOMPARE(draft.body, u"A longer headline on the page\n\nText."_s);
}

void TestHtmlParser::bylineInsideArticleIsMetadata()
{
    const ArticleDraft draft
        = parsed(u"<article><h1>Dam inspection passes</h1>"
                 u"<p>By <a rel=\"author\" href=\"/rhea\">Rhea Cole</a> &middot; 9 July</p>"
                 u"<p>Inspectors found no cracks in the Veltria dam.</p></article>"_s);
    QCOMPARE(draft.title, u"Dam inspection passes"_s);
    QCOMPARE(draft.author, u"Rhea Cole"_s);
    QCOMPARE(draft.body, u"Inspectors found no cracks in the Veltria dam."_s);

    const ArticleDraft other
        = parsed(u"<article><div class=\"article-author\">Written by Ana Brisk</div>"
                 u"<p>Text of the piece.</p></article>"_s);
    QCOMPARE(other.author, u"Ana Brisk"_s);
    QCOMPARE(other.body, u"Text of the piece."_s);
}

void TestHtmlParser::hiddenElementsAreDropped()
{
    const ArticleDraft draft = parsed(
        u"<body><dialog open>Consent dialog</dialog><article class=\"story has-comments\">"
        u"<p>Visible text.</p><p hidden>Hidden text.</p><div style=\"display: none\">Styled away"
        u"</div><span aria-hidden=\"true\">Icon</span><div class=\"ad\">Ad text</div>"
        u"<div class=\"header-shadow\">Shadow text stays.</div></article></body>"_s);
    QCOMPARE(draft.body, u"Visible text.\n\nShadow text stays."_s);
}

void TestHtmlParser::teaserArticlesDoNotWin()
{
    const ArticleDraft draft = parsed(
        u"<body><div class=\"content\">"
        u"<p>The Veltria tram network will add two night routes from the first of June.</p>"
        u"<p>Transport officials said the routes would run every forty minutes until dawn.</p>"
        u"<p>Unions welcomed the plan but asked for more staff on the late platforms.</p></div>"
        u"<div class=\"cards\"><article><h3>Bus lanes</h3><p>A short teaser.</p></article>"
        u"<article><h3>Ferries</h3><p>Another teaser.</p></article></div></body>"_s);
    QVERIFY2(draft.body.startsWith(u"The Veltria tram network"_s), qPrintable(draft.body));
    QVERIFY(draft.body.endsWith(u"late platforms."_s));
    QVERIFY(!draft.body.contains(u"teaser"_s));
}

void TestHtmlParser::languageCodes_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("region") << u"en-GB"_s << u"en"_s;
    QTest::newRow("underscore") << u"pt_BR"_s << u"pt"_s;
    QTest::newRow("upper") << u"DE"_s << u"de"_s;
    QTest::newRow("script") << u"zh-Hant-TW"_s << u"zh"_s;
    QTest::newRow("three letters") << u"eng"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestHtmlParser::languageCodes()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    const ArticleDraft draft
        = parsed(u"<html lang=\""_s + lang + u"\"><body><p>Some text.</p></body></html>"_s);
    QCOMPARE(draft.language, expected);
}

QTEST_APPLESS_MAIN(TestHtmlParser)
#include "tst_htmlparser.moc"
