<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Parallax::Agreement</name>
    <message>
        <source>Cohen&apos;s kappa compares two analysts: see the pairs, or alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts: %1; articles: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) marked differently</source>
        <translation>
            <numerusform>%n span marked differently</numerusform>
            <numerusform>%n spans marked differently</numerusform>
        </translation>
    </message>
    <message>
        <source>agreement needs the layers of two analysts or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no analyst marked a span: there is nothing to agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single span in all the layers: no agreement beyond chance to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no disagreement is expected by chance, so none can be corrected for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item has values from two analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number, so the interval metric does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every value is the same, so chance alone explains the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item was coded by both analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both analysts gave one and the same value throughout, so chance alone explains the agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::AgreementDialog</name>
    <message>
        <source>%1 (over %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement between Analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities, quotes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysts whose layers are compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α_u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;α_u&lt;/b&gt; (Krippendorff&apos;s unitizing alpha) compares where the analysts&apos; spans of each label begin and end, counted in characters (code points): 1 means identical spans, 0 what chance would give, below 0 less than chance.&lt;br&gt;&lt;b&gt;κ&lt;/b&gt; (Cohen&apos;s kappa, two analysts only) compares the label each analyst gave each word (token) that either of them labelled, corrected for chance: 1 means the same label on every such word.&lt;br&gt;&lt;b&gt;α&lt;/b&gt; (Krippendorff&apos;s alpha, nominal) makes the same comparison of labels on words for any number of analysts, corrected for chance.&lt;br&gt;&lt;b&gt;Agreeing&lt;/b&gt; is the share of those words on which every analyst gave the same label, in percent, without any correction for chance.&lt;br&gt;A dash means the data cannot give the figure; its tooltip says why.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans the analysts marked differently; double-click to show one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalysts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they disagree (double-click to show):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chosen analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement needs the layers of two analysts or more: each analyst&apos;s own annotations, made in the window under their name or imported with their name as the creator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compared on the one article they marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compared on the %2 articles they marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::AnalystMenu</name>
    <message>
        <source>A&amp;nalysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose annotations the panes show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analyst has annotated this story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::AnnotationTableModel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, text changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conf. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::AnnotationsDock</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleDialog</name>
    <message>
        <source>Article Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters: en, de, fr…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date as YYYY-MM-DD (or a date and time, 2026-11-24T08:30+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language code (two letters, as en or de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the changes to this article?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ArticlePane</name>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap with the neighbouring article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleView</name>
    <message>
        <source>unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker: unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech cue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, confidence %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::CodeBookDock</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag nested in the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nest “%1” inside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that applies the selected tag in the reading panes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::CodeBookModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonController</name>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the quotes and claims of the story&apos;s articles and list where they differ; verdicts already given are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Open Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable &amp;Paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned passages, differing words and connectors between panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a story in the library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the story&apos;s articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison cancelled; the story&apos;s differences are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared in %1 ms: %2 aligned passages, %3 differences to review (%4 new, %5 kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a difference first (J and K step through them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::CoverageDock</name>
    <message>
        <source>Coverage by outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities by outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers by outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what an outlet leaves out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::CoverageModel</name>
    <message numerus="yes">
        <source>%1 in %2: %n quote(s), %3 words</source>
        <translation>
            <numerusform>%1 in %2: %n quote, %3 words</numerusform>
            <numerusform>%1 in %2: %n quotes, %3 words</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not mention %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n mention(s)</source>
        <translation>
            <numerusform>%1 in %2: %n mention</numerusform>
            <numerusform>%1 in %2: %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::CurationDialog</name>
    <message>
        <source>Curate the Analysts&apos; Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per stretch of text the analysts marked; amber where they differ. Double-click to show it in the reading pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen analyst&apos;s version of this row into the curated layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One curated annotation over all the analysts&apos; spans of this row, with the first one&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the label or the extent of this row&apos;s curated annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this row&apos;s curated annotation out of the curated layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All A&amp;greed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every row all the analysts marked alike into the curated layer, in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;ticle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysts differ here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 where the analysts differ, %3 curated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked nothing here; choose Remove to leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing of this row is in the curated layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept or merge a version first, then edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has several curated annotations: remove them and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row the analysts agree on is left to curate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Curated Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (character):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (character):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::EntitiesDock</name>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected entities into the one mentioned most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity to see its names and mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities selected.</source>
        <translation>
            <numerusform>%n entities selected.</numerusform>
            <numerusform>%n entities selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %n mention(s)&lt;br&gt;Also called: %3&lt;br&gt;Mentioned by: %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2), %n mention&lt;br&gt;Also called: %3&lt;br&gt;Mentioned by: %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2), %n mentions&lt;br&gt;Also called: %3&lt;br&gt;Mentioned by: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>no outlet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::EntityModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <comment>mentions</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ExportDialog</name>
    <message>
        <source>Proposals not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts’ notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The story “%1” (%n article(s))</source>
        <translation>
            <numerusform>The story “%1” (%n article)</numerusform>
            <numerusform>The story “%1” (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>No story chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report — one file for any browser, prints well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report — title page, page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-LD — W3C Web Annotation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV — one row per annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat standoff — a folder of .txt and .ann files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL — entity tags, one token per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only accepted annotations and those made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the brat files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typesetting the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s)</source>
        <translation>
            <numerusform>Exported %n article</numerusform>
            <numerusform>Exported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n annotation(s) to %1.</source>
        <translation>
            <numerusform>with %n annotation to %1.</numerusform>
            <numerusform>with %n annotations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles in no story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n word(s)
%4 entities, %5 quotes, %6 tags, %7 notes, %8 to review</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n word
%4 entities, %5 quotes, %6 tags, %7 notes, %8 to review</numerusform>
            <numerusform>%1
%2 · %3 · %n words
%4 entities, %5 quotes, %6 tags, %7 notes, %8 to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryPanel</name>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the articles of one outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles with proposals left to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n matching article</numerusform>
            <numerusform>%n matching articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the project</source>
        <translation>
            <numerusform>, %n already in the project</numerusform>
            <numerusform>, %n already in the project</numerusform>
        </translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, before opening another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import: no text, HTML, Markdown or JSON files were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> before the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax projects (*.parallax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax projects (*.parallax);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the articles to the story (type a new name to create one; leave empty for none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate &amp;Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find entities, dates and quotes in the selected story&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate &amp;All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finding entities, dates and quotes in %n article(s)…</source>
        <translation>
            <numerusform>Finding entities, dates and quotes in %n article…</numerusform>
            <numerusform>Finding entities, dates and quotes in %n articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotation cancelled; the articles done so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation finished. The proposals are ready to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Selected Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Selected Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All &amp;Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every proposal the annotation table shows (filter it by type first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All S&amp;hown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select proposals in the annotation table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Create one with File › New Project or open one with File › Open Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;New Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four panes are open; close one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap Pane with Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Selection from the Code Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the selected text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Span to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an annotation, then select its new extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Mention Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code book is empty: add tags in the Code Book panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Compare how news outlets report the same event.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;br&gt;Annotator %3, entity model format %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can read and search it, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Starter &amp;Code Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five tags added, on the keys 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other files were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The others were already in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a starter code book: framing, omission, loaded language, misattribution and factual claim, on the keys 1 to 5?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the analysts&apos; annotations of the story agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one curated version of the analysts&apos; annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n more article(s) of this difference</source>
        <translation>
            <numerusform>Show %n more article of this difference</numerusform>
            <numerusform>Show %n more articles of this difference</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide every panel and leave the reading panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Spea&amp;ker and Kind of Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged as “%1”. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned from No Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of this project&apos;s decisions on names the entity model learned from; other projects are not affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Learned Entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget what the entity model learned in this project; the next annotation proposes with the shipped model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n Correction(s)</source>
        <translation>
            <numerusform>Learned from %n Correction</numerusform>
            <numerusform>Learned from %n Corrections</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Learned Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget what the entity model learned from %n correction(s) in this project? Your decisions stay; the next annotation proposes with the shipped model.</source>
        <translation>
            <numerusform>Forget what the entity model learned from %n correction in this project? Your decisions stay; the next annotation proposes with the shipped model.</numerusform>
            <numerusform>Forget what the entity model learned from %n corrections in this project? Your decisions stay; the next annotation proposes with the shipped model.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entity model is the shipped one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the title, outlet, author, date, address and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Story from Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its annotations and notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n articles with their annotations and notes?</source>
        <translation>
            <numerusform>Delete %n articles with their annotations and notes?</numerusform>
            <numerusform>Delete %n articles with their annotations and notes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit › Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n article deleted. Ctrl+Z brings them back.</numerusform>
            <numerusform>%n articles deleted. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name of the story (the %n article(s) stay in their stories as well):</source>
        <translation>
            <numerusform>The name of the story (the %n article stay in their stories as well):</numerusform>
            <numerusform>The name of the story (the %n articles stay in their stories as well):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the story “%1” with its entities and its comparison?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its articles stay in the project, with their annotations. Edit › Undo (Ctrl+Z) brings the story back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the articles were already in the project, with other details in the file (title, outlet, author, date, address or language). Update them from the file?</source>
        <translation>
            <numerusform>%n of the articles were already in the project, with other details in the file (title, outlet, author, date, address or language). Update them from the file?</numerusform>
            <numerusform>%n of the articles were already in the project, with other details in the file (title, outlet, author, date, address or language). Update them from the file?</numerusform>
        </translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles already in the project keep their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The details of %n article(s) were updated from the files. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>The details of %n article were updated from the files. Ctrl+Z undoes it.</numerusform>
            <numerusform>The details of %n articles were updated from the files. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::PreferencesDialog</name>
    <message>
        <source>Scroll the reading panes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with every annotation you make and every proposal you review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colours (%1 palette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARALLAX_DARK=1 or --dark at start-up take precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ProjectSession</name>
    <message>
        <source>%1: the project is read-only; changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities</source>
        <translation>
            <numerusform>Merge %n entities</numerusform>
            <numerusform>Merge %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tag key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The undo history was cleared: %n step(s) referred to annotations or review items that were replaced since (by annotating or comparing again, or by another program).</source>
        <translation>
            <numerusform>The undo history was cleared: %n step referred to annotations or review items that were replaced since (by annotating or comparing again, or by another program).</numerusform>
            <numerusform>The undo history was cleared: %n steps referred to annotations or review items that were replaced since (by annotating or comparing again, or by another program).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a quote has a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set quote kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misattribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factual claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add starter code book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ReviewDock</name>
    <message>
        <source>Review items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one source only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet: Compare › Compare Story (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 to review · %3 discrepancies confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ReviewItemModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote in one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim in one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::SpeakerChooser</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;artial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is quoted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::TextEditDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: could not save “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not save the undo of “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposal(s)</source>
        <translation>
            <numerusform>Accept %n proposal</numerusform>
            <numerusform>Accept %n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n proposal(s)</source>
        <translation>
            <numerusform>Reject %n proposal</numerusform>
            <numerusform>Reject %n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n proposal(s)</source>
        <translation>
            <numerusform>Reopen %n proposal</numerusform>
            <numerusform>Reopen %n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split mention off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n review item(s)</source>
        <translation>
            <numerusform>Tag %n review item</numerusform>
            <numerusform>Tag %n review items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n review item(s)</source>
        <translation>
            <numerusform>Untag %n review item</numerusform>
            <numerusform>Untag %n review items</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n discrepancy(ies)</source>
        <translation>
            <numerusform>Confirm %n discrepancy</numerusform>
            <numerusform>Confirm %n discrepancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n paraphrase(s)</source>
        <translation>
            <numerusform>Accept %n paraphrase</numerusform>
            <numerusform>Accept %n paraphrases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n review item(s)</source>
        <translation>
            <numerusform>Dismiss %n review item</numerusform>
            <numerusform>Dismiss %n review items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n review item(s)</source>
        <translation>
            <numerusform>Reopen %n review item</numerusform>
            <numerusform>Reopen %n review items</numerusform>
        </translation>
    </message>
    <message>
        <source>what it changes is no longer in the project; a re-annotation, a re-comparison or another program replaced or removed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 is not a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an analyst&apos;s annotation to take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotations are in different articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n annotation(s)</source>
        <translation>
            <numerusform>Accept %n annotation</numerusform>
            <numerusform>Accept %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge the analysts&apos; versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the curated layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span %1–%2 is not within the article (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the curated annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>Delete %n article</numerusform>
            <numerusform>Delete %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>New story “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename story “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a story named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Update the metadata of %n article(s)</source>
        <translation>
            <numerusform>Update the metadata of %n article</numerusform>
            <numerusform>Update the metadata of %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no story %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to “%1”</source>
        <translation>
            <numerusform>Move %n article to “%1”</numerusform>
            <numerusform>Move %n articles to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n article(s) to “%1”</source>
        <translation>
            <numerusform>Copy %n article to “%1”</numerusform>
            <numerusform>Copy %n articles to “%1”</numerusform>
        </translation>
    </message>
</context>
</TS>
