<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AgreementDialog</name>
    <message numerus="yes">
      <source>{annotators}: %n articles annotated by all. Hover a figure for its counts.</source>
      <translation>
        <numerusform>{annotators}: %n article annotated by all. Hover a figure for its counts.</numerusform>
        <numerusform>{annotators}: %n articles annotated by all. Hover a figure for its counts.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ArchivePagesDialog</name>
    <message numerus="yes">
      <source>{archive} holds %n captured web pages. Tick the ones to import as articles; each keeps its URL and capture time.</source>
      <translation>
        <numerusform>{archive} holds %n captured web page. Tick the ones to import as articles; each keeps its URL and capture time.</numerusform>
        <numerusform>{archive} holds %n captured web pages. Tick the ones to import as articles; each keeps its URL and capture time.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ArticleDetailsDialog</name>
    <message numerus="yes">
      <source>%n characters · imported {date}</source>
      <translation>
        <numerusform>%n character · imported {date}</numerusform>
        <numerusform>%n characters · imported {date}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeDialog</name>
    <message numerus="yes">
      <source>%n earlier fact-checks match, best first (of {archive}).</source>
      <translation>
        <numerusform>%n earlier fact-check matches (of {archive}).</numerusform>
        <numerusform>%n earlier fact-checks match, best first (of {archive}).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeList</name>
    <message numerus="yes">
      <source>Checked before? %n earlier fact-checks match</source>
      <translation>
        <numerusform>Checked before? %n earlier fact-check matches</numerusform>
        <numerusform>Checked before? %n earlier fact-checks match</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeNote</name>
    <message numerus="yes">
      <source>%n more…</source>
      <translation>
        <numerusform>%n more…</numerusform>
        <numerusform>%n more…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClaimsPanel</name>
    <message numerus="yes">
      <source>%n appearances</source>
      <translation>
        <numerusform>%n appearance</numerusform>
        <numerusform>%n appearances</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims · {contradicted} contradicted</source>
      <translation>
        <numerusform>%n claim · {contradicted} contradicted</numerusform>
        <numerusform>%n claims · {contradicted} contradicted</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contradicted claims</source>
      <translation>
        <numerusform>%n contradicted claim</numerusform>
        <numerusform>%n contradicted claims</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checked before: %n earlier fact-checks match</source>
      <translation>
        <numerusform>Checked before: %n earlier fact-check matches</numerusform>
        <numerusform>Checked before: %n earlier fact-checks match</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FactCheckDestination</name>
    <message numerus="yes">
      <source>Add the fact-checks of %n files to:</source>
      <translation>
        <numerusform>Add the fact-checks of %n file to:</numerusform>
        <numerusform>Add the fact-checks of %n files to:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LinkJumps</name>
    <message numerus="yes">
      <source>Followed link {number} of %n ({relation}); O again goes on</source>
      <translation>
        <numerusform>Followed link {number} of %n ({relation}); O again goes on</numerusform>
        <numerusform>Followed link {number} of %n ({relation}); O again goes on</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation>
        <numerusform>%n annotation</numerusform>
        <numerusform>%n annotations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation>
        <numerusform>%n annotation</numerusform>
        <numerusform>%n annotations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations had no tag; imported under “{tag}”</source>
      <translation>
        <numerusform>%n annotation had no tag; imported under “{tag}”</numerusform>
        <numerusform>%n annotations had no tag; imported under “{tag}”</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims</source>
      <translation>
        <numerusform>%n claim</numerusform>
        <numerusform>%n claims</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims are not in W3C; use JSONL</source>
      <translation>
        <numerusform>%n claim is not in W3C; use JSONL</numerusform>
        <numerusform>%n claims are not in W3C; use JSONL</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims have no rating yet; left out of ClaimReview</source>
      <translation>
        <numerusform>%n claim has no rating yet; left out of ClaimReview</numerusform>
        <numerusform>%n claims have no rating yet; left out of ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims not yet rated: published without ClaimReview</source>
      <translation>
        <numerusform>%n claim not yet rated: published without ClaimReview</numerusform>
        <numerusform>%n claims not yet rated: published without ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n confidence values have no W3C property; left out</source>
      <translation>
        <numerusform>%n confidence value has no W3C property; left out</numerusform>
        <numerusform>%n confidence values have no W3C property; left out</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n link</numerusform>
        <numerusform>%n links</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links join different annotators or articles, which Label Studio relations cannot; left out</source>
      <translation>
        <numerusform>%n link joins different annotators or articles, which Label Studio relations cannot; left out</numerusform>
        <numerusform>%n links join different annotators or articles, which Label Studio relations cannot; left out</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links join two annotations of the same span and type; left out of brat</source>
      <translation>
        <numerusform>%n link joins two annotations of the same span and type; left out of brat</numerusform>
        <numerusform>%n links join two annotations of the same span and type; left out of brat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page notes left out: they target a whole page, not a span</source>
      <translation>
        <numerusform>%n page note left out: it targets a whole page, not a span</numerusform>
        <numerusform>%n page notes left out: they target a whole page, not a span</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ratings</source>
      <translation>
        <numerusform>%n rating</numerusform>
        <numerusform>%n ratings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n records have a created or modified time that is not a date; left out of those records</source>
      <translation>
        <numerusform>%n record has a created or modified time that is not a date; left out of that record</numerusform>
        <numerusform>%n records have a created or modified time that is not a date; left out of those records</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n review decisions are not in W3C; left out</source>
      <translation>
        <numerusform>%n review decision is not in W3C; left out</numerusform>
        <numerusform>%n review decisions are not in W3C; left out</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>no text on %n pages: {pages} (scanned or blank pages are left out)</source>
      <translation>
        <numerusform>no text on page {pages} (scanned or blank pages are left out)</numerusform>
        <numerusform>no text on %n pages: {pages} (scanned or blank pages are left out)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>read by OCR (Tesseract) on %n pages: check its text against the scan</source>
      <translation>
        <numerusform>read by OCR (Tesseract) on %n page: check its text against the scan</numerusform>
        <numerusform>read by OCR (Tesseract) on %n pages: check its text against the scan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>this page holds %n ClaimReviews; search engines show rich results for pages with one (--split writes one page per claim)</source>
      <translation>
        <numerusform>this page holds %n ClaimReview; search engines show rich results for pages with one (--split writes one page per claim)</numerusform>
        <numerusform>this page holds %n ClaimReviews; search engines show rich results for pages with one (--split writes one page per claim)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{files} and %n more</source>
      <translation>
        <numerusform>{files} and %n more</numerusform>
        <numerusform>{files} and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SchemePage</name>
    <message numerus="yes">
      <source>%n annotations carry the verdict “{verdict}”. Remove the verdict from the scale and from them?</source>
      <translation>
        <numerusform>%n annotation carries the verdict “{verdict}”. Remove the verdict from the scale and from it?</numerusform>
        <numerusform>%n annotations carry the verdict “{verdict}”. Remove the verdict from the scale and from them?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations use the tag “{tag}”. Remove the tag and those annotations?</source>
      <translation>
        <numerusform>%n annotation uses the tag “{tag}”. Remove the tag and that annotation?</numerusform>
        <numerusform>%n annotations use the tag “{tag}”. Remove the tag and those annotations?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchAllDialog</name>
    <message numerus="yes">
      <source> (%n changed articles not searched yet)</source>
      <translation>
        <numerusform> (%n changed article not searched yet)</numerusform>
        <numerusform> (%n changed articles not searched yet)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles match</source>
      <translation>
        <numerusform>%n article matches</numerusform>
        <numerusform>%n articles match</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; the best %n are listed</source>
      <translation>
        <numerusform>; the best %n is listed</numerusform>
        <numerusform>; the best %n are listed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>At least %n articles match</source>
      <translation>
        <numerusform>At least %n article matches</numerusform>
        <numerusform>At least %n articles match</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StartReviewDialog</name>
    <message numerus="yes">
      <source>{name} (%n annotations)</source>
      <translation>
        <numerusform>{name} (%n annotation)</numerusform>
        <numerusform>{name} (%n annotations)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
      <source>%n suggested links</source>
      <translation>
        <numerusform>%n suggested link</numerusform>
        <numerusform>%n suggested links</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TriageDialog</name>
    <message numerus="yes">
      <source>%n sentences worth checking, best first</source>
      <translation>
        <numerusform>%n sentence worth checking</numerusform>
        <numerusform>%n sentences worth checking, best first</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>ranking learnt from %n decisions</source>
      <translation>
        <numerusform>ranking learnt from %n decision</numerusform>
        <numerusform>ranking learnt from %n decisions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message numerus="yes">
      <source>At most %n panes side by side</source>
      <translation>
        <numerusform>At most %n pane side by side</numerusform>
        <numerusform>At most %n panes side by side</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted the annotation and its %n links (Ctrl+Z brings them back)</source>
      <translation>
        <numerusform>Deleted the annotation and its %n link (Ctrl+Z brings it back)</numerusform>
        <numerusform>Deleted the annotation and its %n links (Ctrl+Z brings them back)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>article_commands</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation>
        <numerusform>%n annotation</numerusform>
        <numerusform>%n annotations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claim appearances</source>
      <translation>
        <numerusform>%n claim appearance</numerusform>
        <numerusform>%n claim appearances</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n link</numerusform>
        <numerusform>%n links</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>dataset_flows</name>
    <message numerus="yes">
      <source>%n already present</source>
      <translation>
        <numerusform>%n already present</numerusform>
        <numerusform>%n already present</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations imported</source>
      <translation>
        <numerusform>%n annotation imported</numerusform>
        <numerusform>%n annotations imported</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims</source>
      <translation>
        <numerusform>%n claim</numerusform>
        <numerusform>%n claims</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n link</numerusform>
        <numerusform>%n links</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n orphaned</source>
      <translation>
        <numerusform>%n orphaned</numerusform>
        <numerusform>%n orphaned</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n re-anchored</source>
      <translation>
        <numerusform>%n re-anchored</numerusform>
        <numerusform>%n re-anchored</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more (Show Details).</source>
      <translation>
        <numerusform>… and %n more (Show Details).</numerusform>
        <numerusform>… and %n more (Show Details).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>factcheck_flows</name>
    <message numerus="yes">
      <source>%n already there</source>
      <translation>
        <numerusform>%n already there</numerusform>
        <numerusform>%n already there</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fact-checks added</source>
      <translation>
        <numerusform>%n fact-check added</numerusform>
        <numerusform>%n fact-checks added</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>merge_flow</name>
    <message numerus="yes">
      <source>Changed on both sides (%n); the newer version was kept:</source>
      <translation>
        <numerusform>Changed on both sides (%n); the newer version was kept:</numerusform>
        <numerusform>Changed on both sides (%n); the newer version was kept:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more</source>
      <translation>
        <numerusform>… and %n more</numerusform>
        <numerusform>… and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>project_flows</name>
    <message numerus="yes">
      <source>%n files need attention:</source>
      <translation>
        <numerusform>%n file needs attention:</numerusform>
        <numerusform>%n files need attention:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n articles</source>
      <translation>
        <numerusform>Import %n article</numerusform>
        <numerusform>Import %n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import cancelled; %n articles imported before</source>
      <translation>
        <numerusform>Import cancelled; %n article imported before</numerusform>
        <numerusform>Import cancelled; %n articles imported before</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles</source>
      <translation>
        <numerusform>Imported %n article</numerusform>
        <numerusform>Imported %n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles before you cancelled.</source>
      <translation>
        <numerusform>Imported %n article before you cancelled.</numerusform>
        <numerusform>Imported %n articles before you cancelled.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles.</source>
      <translation>
        <numerusform>Imported %n article.</numerusform>
        <numerusform>Imported %n articles.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>…and %n more (Show Details… lists them all).</source>
      <translation>
        <numerusform>…and %n more (Show Details… lists them all).</numerusform>
        <numerusform>…and %n more (Show Details… lists them all).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>purge_flow</name>
    <message numerus="yes">
      <source>%n removed evidence files ({size}) will be deleted for good.</source>
      <translation>
        <numerusform>%n removed evidence file ({size}) will be deleted for good.</numerusform>
        <numerusform>%n removed evidence files ({size}) will be deleted for good.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Purged %n removed evidence files ({size}).</source>
      <translation>
        <numerusform>Purged %n removed evidence file ({size}).</numerusform>
        <numerusform>Purged %n removed evidence files ({size}).</numerusform>
      </translation>
    </message>
  </context>
</TS>
