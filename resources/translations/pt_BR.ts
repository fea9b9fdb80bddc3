<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Claimdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Licence: {licence}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offline annotation for fact-checkers. Read reports side by side, tag and rate their claims, link the same claim across reports and export the result as a dataset. Everything stays in one local project file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Third-party software</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Third-party software it runs on, and its licences:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;About Claimdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Accept and go to the next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Close pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit and accept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export dataset…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find in pane…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import articles…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Link annotation…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Merge a colleague's project…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New project…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next claim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next in the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paste as new article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Previous claim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Previous pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reject…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reset zoom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Start review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Suggested links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Synchronised scrolling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Tag scheme and verdicts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Triage this article…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A&amp;greement between annotators…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept it and open it in the inspector to edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept the colleague's annotation and go to the next unreviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept the suggestion: link the two passages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add earlier fact-checks (ClaimReview JSON-LD, Google Fact Check Tools JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anno&amp;tating layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annotate the sentence as a checkable claim, its reasons as the note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annotating layout: the inspector and annotations under the panes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Article &amp;details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Blind double annotation: each annotator sees only their own work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the relation or note of the link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checked &amp;before?…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear the selection, or cancel a link being made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the find bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Context menu: tag, link, delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cycle through the annotations under the caret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De&amp;lete article…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete article…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the annotation at the caret (undoable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss the sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss the suggestion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earlier fact-checks matching the annotation at the caret or the selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the article's title in place (Enter keeps it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the tag scheme and verdict scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the project as a dataset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Extend the selection by character, word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find in &amp;all articles…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find in this article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to the other end of a link of the annotation at the caret (again: back)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import &amp;annotations…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import &amp;fact-checks…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import annotations (JSONL, W3C, Label Studio)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import article files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link the annotation at the caret (as L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link the annotation at the caret to another (L in a pane; L again on the other end, or click it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move focus to the next / previous pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move the caret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next annotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next annotation in the Review list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next claim, its appearances side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only &amp;contradicted claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the annotation at the caret in the inspector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the article in the active pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;ublish report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paste the clipboard as a new article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pre&amp;vious in the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous annotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous annotation in the Review list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous claim, its appearances side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Publish the claims as a fact-check page (HTML), PDF or Markdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rea&amp;ding layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading layout: the panes only; panels in the side bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reject it (a comment is optional: Enter without one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reopen c&amp;losed pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reopen the pane closed last, where it was</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revie&amp;wing layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reviewing layout: articles and claims beside the panes as well</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Same claim / supports / contradicts / related</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a copy of the whole project, as it is now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show how the selected claim's figure moved across outlets and dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show only &amp;my annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show only contradicted claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start a link at the annotation at the caret; L again on (or a click on) the other end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start reviewing a colleague's annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sto&amp;p review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stor&amp;y timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag the selection with the tag of that number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The article's sentences most worth checking, with why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title, outlet, date and address of the article in the active pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version, licence, and the licences of the software Claimdesk runs on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>anywhere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in an article pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in review mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in review mode, unless typing in a field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in the Articles list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in the Suggested links list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in the Triage list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in the find bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in the inspector's links list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in the link dialog</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AddLink</name>
    <message>
      <source>Link as {relation}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgreementChart</name>
    <message>
      <source>No figures yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>n/a</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <source>&amp;Annotators:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Compute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save JSON…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement between annotators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agreement per tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All tags (micro)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annotators to compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;hart:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cohen's κ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Computing agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Computing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copied the figures as CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy as CS&amp;V</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not compute agreement: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save {file}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>F1 exact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>F1 overlap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Krippendorff's α</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save agreement figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick at least two annotators, then Compute.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{annotators}: %n articles annotated by all. Hover a figure for its counts.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>α (all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>α, all compared</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AnnotationTable</name>
    <message>
      <source>All annotators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All verdicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter by text or note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter by text or note…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show annotator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show verdict</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AnnotationTableModel</name>
    <message>
      <source>Annotator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verdict</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ArchivePagesDialog</name>
    <message>
      <source>Captured pages to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import pages from a web archive</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{archive} holds %n captured web pages. Tick the ones to import as articles; each keeps its URL and capture time.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>ArticleDetailsDialog</name>
    <message>
      <source> · from {source}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n characters · imported {date}</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Archive URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Article details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Author</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date (YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File SHA-256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Original URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outlet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Provenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retrieved or captured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>URL</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ArticleList</name>
    <message>
      <source>Articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter articles…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ArticleListModel</name>
    <message>
      <source>Annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outlet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ArticlePane</name>
    <message>
      <source>Article shown in this pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Article text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Article title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the article this pane shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close this pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close this pane (Ctrl+W)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Double-click (or F2 in the text) to edit the title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back; or choose another article above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{title}” was deleted</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackgroundTask</name>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangeDecision</name>
    <message>
      <source>Keep colleague's change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore your version</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckedBeforeDialog</name>
    <message numerus="yes">
      <source>%n earlier fact-checks match, best first (of {archive}).</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Checked before?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earlier fact-checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No earlier fact-check among {archive} matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive is empty: File → Import fact-checks… adds earlier fact-checks.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClaimEditor</name>
    <message>
      <source>&amp;Sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Wording</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change claim evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change claim explanation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change claim rating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change claim wording</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xplanation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence: one URL per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ratin&amp;g</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove claim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The appearances and their links stay; undo brings it back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The claim in your own words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why this rating: what the evidence shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— not rated —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClaimantField</name>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person or organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Said by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggested: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who made the claim here (not the outlet that reported it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who made the claim?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClaimsPanel</name>
    <message numerus="yes">
      <source>%n appearances</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims · {contradicted} contradicted</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contradicted claims</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>(no wording yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter shows the claim's appearances side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter claims…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No claims yet. Link two annotations as “same claim” (L, then L, then 1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only contradicted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only contradicted claims (Ctrl+Shift+K)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClosedPanes</name>
    <message>
      <source>No closed pane to reopen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CreateAnnotation</name>
    <message>
      <source>Tag as {tag}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tag</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeleteAnnotation</name>
    <message>
      <source>Delete annotation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeleteArticle</name>
    <message>
      <source>Delete article “{title}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeleteLink</name>
    <message>
      <source>Delete link</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditLink</name>
    <message>
      <source>Change link note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change relation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>A SQLite copy is always the whole project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annotators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export dataset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fact-checking organization (author)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offsets:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only these (nothing ticked: everything)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Publisher:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review URL base:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save to:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This format counts code points, as its tools do.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write reviews without a URL (Google requires one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>https://example.org/fact-checks/ (claim id is added)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FiguresNote</name>
    <message>
      <source>Figures judged consistent by {who}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Judge figures consistent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not a contradiction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not a contradiction…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the “figures differ” warning again (undoable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The figures only look different: say why, and the claim is no longer counted as contradicted for them (undoable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warn again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warn again about figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why do these figures not contradict each other?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Close (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the find bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find in this article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Match case and accents exactly (off: “Rodriguez” finds “Rodríguez”)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next match (F3, Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous match (Shift+F3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{number} of {count}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportOptionsDialog</name>
    <message>
      <source>Annotations the file gives no tag (Hypothesis notes without tags) get this tag; if the scheme lacks it, the import asks before adding it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offsets count:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag for untagged spans:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text field:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>found by itself (name it if the import asks)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Inspector</name>
    <message>
      <source>&amp;Links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;onfidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evi&amp;dence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No annotation selected.

Put the caret in a highlight, or press Enter on one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One URL per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Said b&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verd&amp;ict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why this matters, what to check…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{time} UTC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— no verdict —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkFlow</name>
    <message>
      <source>Choose another annotation to link to, or Esc to cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Linking from {annotation} — put the caret on the other annotation and press L, or click it.  Esc cancels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put the caret in a highlight, then press L to link it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkGutter</name>
    <message>
      <source>{relation} — click to select</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkJumps</name>
    <message>
      <source>Followed its link ({relation}); O again goes on</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Followed link {number} of %n ({relation}); O again goes on</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Put the caret in a highlight, then press O to follow a link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This annotation has no links (L links it)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkList</name>
    <message>
      <source>Change link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change relation or note…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter: go to the other end · F2: change relation · Delete: remove link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to the other end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No links (press L in a pane to link)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{relation}, by {annotator}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All changes saved · {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annotator: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot open project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No project is open.

File → New project… (Ctrl+N) or Open project… (Ctrl+O)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file was changed by another window or program; everything reloaded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{articles} · {annotations}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{project} — {app}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OperationCommand</name>
    <message>
      <source>undo “{action}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProjectDocks</name>
    <message>
      <source>Annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inspector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggestions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RelationDialog</name>
    <message>
      <source>&amp;1  Same claim — the same statement, perhaps with other figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;2  Supports — the first backs up the second</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;3  Contradicts — the two cannot both be true</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;4  Related — worth reading together</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From: {quote}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note (optional): why they relate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To: {quote}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Relations</name>
    <message>
      <source>contradicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>related</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>same claim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>supports</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewDecision</name>
    <message>
      <source>Accept annotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear review decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reject annotation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewHighlights</name>
    <message>
      <source>(unknown tag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} (you)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewMode</name>
    <message>
      <source>All of {colleague}'s annotations are reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose an annotation in the Review list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No one else has annotations in this project yet. Bring a colleague's work in with File → Merge a colleague's project… first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reject annotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations: A accept, R reject, E edit and accept, J / K next / previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why? (optional; Enter to reject without a comment)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <source>Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Difference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>%v of %m reviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annotations to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unreviewed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{pending} to review · {accepted} accepted · {rejected} rejected</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewRow</name>
    <message>
      <source>to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✓ accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✗ rejected</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SchemeDialog</name>
    <message>
      <source>&amp;Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Verdicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag scheme and verdict scale</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SchemePage</name>
    <message numerus="yes">
      <source>%n annotations carry the verdict “{verdict}”. Remove the verdict from the scale and from them?</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations use the tag “{tag}”. Remove the tag and those annotations?</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1–9, or empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A tag's {problem}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;olour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Higher is truer; used as ratingValue in ClaimReview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key {key} already tags “{tag}”; choose another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New tag {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New verdict {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove verdict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings everything back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verdicts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchAllDialog</name>
    <message numerus="yes">
      <source> (%n changed articles not searched yet)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles match</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>; the best %n are listed</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Find in all articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indexing articles for search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indexing the project's articles for search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Matching articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No articles match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The index could not be brought up to date: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Words (all must appear), "a phrase", prefix*, OR, -left out; case and accents ignored</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claimdesk can be used with the keyboard alone. Single keys work where the last column says (an article pane, the review), never while you type in a field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Show or hide the {panel} panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Side bar</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <source>Claimdesk needs a name to record with your annotations.</source>
      <translation>O Claimdesk precisa de um nome para registrar com suas anotações.</translation>
    </message>
  </context>
  <context>
    <name>StartReviewDialog</name>
    <message>
      <source>&amp;One pane: yours filled, theirs underlined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Review the annotations of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Side by side: yours left, theirs right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start review</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{name} (%n annotations)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
      <source>%n suggested links</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept suggestion: {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not look for suggestions: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dis&amp;miss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss suggestion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter: accept and link · Delete: dismiss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link the two passages (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look across every article, not only those in the panes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Looking for suggested links…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Never suggest this pair again (Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No suggestions for the articles shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Same figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Same quotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Same sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search stopped; it runs again when this panel is shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggested links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>link</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TagToolbar</name>
    <message>
      <source>Tag the selection as {tag}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag the selection as {tag} (key {key} in a pane)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimelinePanel</name>
    <message>
      <source>(no wording yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Appearances over time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Said on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a claim in the Claims panel to see how its figure moved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who said it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>undated</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TriageDialog</name>
    <message numerus="yes">
      <source>%n sentences worth checking, best first</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>A or Enter: annotate as a checkable claim · D or Delete: dismiss · Ctrl+Z: undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept triage suggestion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss triage suggestion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing left to triage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sentences worth checking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Triage: {title}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>Redo {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo {command}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message numerus="yes">
      <source>At most %n panes side by side</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted the annotation and its %n links (Ctrl+Z brings them back)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>No tag has the key {key} (Edit → Tag scheme)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select some text first, then press a tag's key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last pane stays open</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>about_dialog</name>
    <message>
      <source>Each package's licence text is in its installed metadata (pip show -f NAME).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The licence texts are in {folder}, one folder per component; PySide6_Essentials/QT.txt there says how to replace the Qt libraries (LGPL-3.0).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>action_handlers</name>
    <message>
      <source>Open an article to triage it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>agreement_dialog</name>
    <message>
      <source>n/a</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>annotator_dialog</name>
    <message>
      <source>Who is annotating?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name is recorded with every annotation you make,
so a colleague reviewing your work can tell whose tags are whose.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>article_commands</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claim appearances</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete “{title}”? {carries}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It carries no annotations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It carries {what} and {last}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It carries {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open or select an article to delete first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back with all of them.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>blind_view</name>
    <message>
      <source>Blind annotation: only your annotations are shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everyone's annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show only my annotations</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>checked_before_dialog</name>
    <message>
      <source> (said by {claimant})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unrated</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>claimant_commands</name>
    <message>
      <source>Claimant: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>claimant_field</name>
    <message>
      <source>{claimant} via {outlet}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>commands</name>
    <message>
      <source>Change {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not {action}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>verdict</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dataset_dialogs</name>
    <message>
      <source>As its tool counts (doccano, Label Studio: UTF-16 units; Claimdesk: code points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV, one row per annotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code points (Python, spaCy, Label Studio)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code points, as Python and spaCy count; UTF-16 for a tool in a browser.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code points, as Python counts; UTF-16 if your Label Studio counts them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>INCEpTION, UIMA CAS XMI, zipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON Lines, full records, spaCy-ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Label Studio tasks + labeling config</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SQLite copy of the whole project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>UTF-16 units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>UTF-16 units (doccano, and browsers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>W3C Web Annotation, JSON-LD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>brat standoff, zipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>doccano counts UTF-16 units (an emoji is two): keep this for doccano.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>doccano sequence labelling, JSONL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>schema.org ClaimReview, JSON-LD</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dataset_flows</name>
    <message numerus="yes">
      <source>%n already present</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations imported</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n orphaned</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n re-anchored</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annotation files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export dataset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import cancelled; nothing was added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing annotations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New tags: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New verdicts: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Orphan: {where}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>orphan — {where}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>re-anchored — {annotation}: {old} → {new}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tag “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>verdict “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{articles}, {links} and {claims} added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} uses what the project's scheme lacks: {missing}.

Add to the scheme and import?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{imported}, {unchanged}, {reanchored}, {orphaned}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{moved} (approximate)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>… and %n more (Show Details).</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>factcheck_flows</name>
    <message numerus="yes">
      <source>%n already there</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fact-checks added</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checked before?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fact-checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import fact-checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing fact-checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put the caret in an annotation, or select a claim, to look for earlier checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {added} ({present})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>merge_flow</name>
    <message>
      <source>Merge a colleague's project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merge failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merge {other} into {project}?

Merging cannot be undone, and it clears the undo history. A copy of the project as it is now is saved first as {backup}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merged {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing new: the project already holds everything in that file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review → Start review… lists these; rejecting one restores your version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That is the open project itself; choose another file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The project before the merge is saved as {file}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>pane_menu</name>
    <message>
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete annotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link to another annotation…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open in inspector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag as {tag}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>plain_text</name>
    <message>
      <source>not enough memory</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>project_flows</name>
    <message numerus="yes">
      <source>%n files need attention:</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Articles and sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Claimdesk projects</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Import %n articles</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Import articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import failed</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Imported %n articles</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles before you cancelled.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles.</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Importing articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No recent projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paste article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paste as new article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading web archives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved a copy as {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving a copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The clipboard holds no text to make an article from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title (leave empty to use the first line):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} already exists; open it instead.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>…and %n more (Show Details… lists them all).</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>report_flow</name>
    <message>
      <source>Publish report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Publish report failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Publishing cancelled; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Publishing report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Web page</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>review_changes</name>
    <message>
      <source>annotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>claim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>your annotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>your claim</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>review_layers</name>
    <message>
      <source>Only {who} marked this</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag differs: {who} tagged it {tags}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>review_rows</name>
    <message>
      <source>(unknown tag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Below them: what merges changed of your work (A keeps it, R restores yours).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dashed magenta: only one of you marked it, or your tags differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left pane: yours · right pane: {colleague}'s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations as {me}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yours are filled, theirs underlined.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>scheme_commands</name>
    <message>
      <source>Add tag {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add verdict {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit article details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit tag {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit verdict {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove tag {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove verdict {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reorder tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reorder verdicts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>spans</name>
    <message>
      <source>(unknown tag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{percent}% confident</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>timeline_panel</name>
    <message>
      <source>Story timeline</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
