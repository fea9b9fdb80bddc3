<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Claimdesk</source>
      <translation>À propos de Claimdesk</translation>
    </message>
    <message>
      <source>Licence: {licence}.</source>
      <translation>Licence : {licence}.</translation>
    </message>
    <message>
      <source>Offline annotation for fact-checkers. Read reports side by side, tag and rate their claims, link the same claim across reports and export the result as a dataset. Everything stays in one local project file.</source>
      <translation>Annotation hors ligne pour les vérificateurs. Lisez les articles côte à côte, étiquetez leurs allégations et attribuez-leur un verdict, reliez une même allégation d’un article à l’autre et exportez le résultat comme jeu de données. Tout reste dans un seul fichier de projet local.</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>Logiciels tiers</translation>
    </message>
    <message>
      <source>Third-party software it runs on, and its licences:</source>
      <translation>Logiciels tiers sur lesquels il repose, et leurs licences :</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;About Claimdesk</source>
      <translation>À &amp;propos de Claimdesk</translation>
    </message>
    <message>
      <source>&amp;Accept and go to the next</source>
      <translation>&amp;Accepter et passer à la suivante</translation>
    </message>
    <message>
      <source>&amp;Add pane</source>
      <translation>&amp;Ajouter un volet</translation>
    </message>
    <message>
      <source>&amp;Claims</source>
      <translation>A&amp;llégations</translation>
    </message>
    <message>
      <source>&amp;Close pane</source>
      <translation>&amp;Fermer le volet</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <source>&amp;Edit and accept</source>
      <translation>&amp;Modifier et accepter</translation>
    </message>
    <message>
      <source>&amp;Export dataset…</source>
      <translation>&amp;Exporter un jeu de données…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Find in pane…</source>
      <translation>&amp;Rechercher dans le volet…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;High contrast</source>
      <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
      <source>&amp;Import articles…</source>
      <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;Link annotation…</source>
      <translation>&amp;Relier l’annotation…</translation>
    </message>
    <message>
      <source>&amp;Merge a colleague's project…</source>
      <translation>&amp;Fusionner le projet d’un collègue…</translation>
    </message>
    <message>
      <source>&amp;New project…</source>
      <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
      <source>&amp;Next claim</source>
      <translation>Allégation &amp;suivante</translation>
    </message>
    <message>
      <source>&amp;Next in the list</source>
      <translation>&amp;Suivante dans la liste</translation>
    </message>
    <message>
      <source>&amp;Next pane</source>
      <translation>Volet &amp;suivant</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
      <source>&amp;Paste as new article</source>
      <translation>Co&amp;ller comme nouvel article</translation>
    </message>
    <message>
      <source>&amp;Previous claim</source>
      <translation>Allégation &amp;précédente</translation>
    </message>
    <message>
      <source>&amp;Previous pane</source>
      <translation>Volet &amp;précédent</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Reject…</source>
      <translation>&amp;Rejeter…</translation>
    </message>
    <message>
      <source>&amp;Reset zoom</source>
      <translation>Zoom par &amp;défaut</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>&amp;Relecture</translation>
    </message>
    <message>
      <source>&amp;Start review…</source>
      <translation>&amp;Commencer la relecture…</translation>
    </message>
    <message>
      <source>&amp;Suggested links</source>
      <translation>&amp;Liens suggérés</translation>
    </message>
    <message>
      <source>&amp;Synchronised scrolling</source>
      <translation>Défilement s&amp;ynchronisé</translation>
    </message>
    <message>
      <source>&amp;Tag scheme and verdicts…</source>
      <translation>&amp;Schéma d’étiquettes et verdicts…</translation>
    </message>
    <message>
      <source>&amp;Triage this article…</source>
      <translation>&amp;Trier cet article…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Affic&amp;hage</translation>
    </message>
    <message>
      <source>A&amp;greement between annotators…</source>
      <translation>Accor&amp;d entre annotateurs…</translation>
    </message>
    <message>
      <source>Accept it and open it in the inspector to edit</source>
      <translation>L’accepter et l’ouvrir dans l’inspecteur pour la modifier</translation>
    </message>
    <message>
      <source>Accept the colleague's annotation and go to the next unreviewed</source>
      <translation>Accepter l’annotation du collègue et passer à la suivante non relue</translation>
    </message>
    <message>
      <source>Accept the suggestion: link the two passages</source>
      <translation>Accepter la suggestion : relier les deux passages</translation>
    </message>
    <message>
      <source>Add earlier fact-checks (ClaimReview JSON-LD, Google Fact Check Tools JSON)</source>
      <translation>Ajouter des vérifications antérieures (ClaimReview JSON-LD, JSON de Google Fact Check Tools)</translation>
    </message>
    <message>
      <source>Anno&amp;tating layout</source>
      <translation>Disposition d’a&amp;nnotation</translation>
    </message>
    <message>
      <source>Annotate the sentence as a checkable claim, its reasons as the note</source>
      <translation>Annoter la phrase comme affirmation vérifiable, ses raisons en note</translation>
    </message>
    <message>
      <source>Annotating layout: the inspector and annotations under the panes</source>
      <translation>Disposition d’annotation : l’inspecteur et les annotations sous les volets</translation>
    </message>
    <message>
      <source>Article &amp;details…</source>
      <translation>&amp;Détails de l’article…</translation>
    </message>
    <message>
      <source>Blind double annotation: each annotator sees only their own work</source>
      <translation>Double annotation à l’aveugle : chaque annotateur ne voit que son propre travail</translation>
    </message>
    <message>
      <source>Change the relation or note of the link</source>
      <translation>Modifier la relation ou la note du lien</translation>
    </message>
    <message>
      <source>Checked &amp;before?…</source>
      <translation>Déjà &amp;vérifié ?…</translation>
    </message>
    <message>
      <source>Clear the selection, or cancel a link being made</source>
      <translation>Effacer la sélection, ou annuler un lien en cours</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
      <source>Context menu: tag, link, delete</source>
      <translation>Menu contextuel : étiqueter, relier, supprimer</translation>
    </message>
    <message>
      <source>Cycle through the annotations under the caret</source>
      <translation>Parcourir les annotations sous le curseur</translation>
    </message>
    <message>
      <source>De&amp;lete article…</source>
      <translation>&amp;Supprimer l’article…</translation>
    </message>
    <message>
      <source>Delete article…</source>
      <translation>Supprimer l’article…</translation>
    </message>
    <message>
      <source>Delete the annotation at the caret (undoable)</source>
      <translation>Supprimer l’annotation sous le curseur (annulable)</translation>
    </message>
    <message>
      <source>Delete the kept bytes of removed evidence files; clears the undo history</source>
      <translation>Supprime les octets conservés des fichiers de preuve retirés ; vide l’historique d’annulation</translation>
    </message>
    <message>
      <source>Delete the link</source>
      <translation>Supprimer le lien</translation>
    </message>
    <message>
      <source>Dismiss the sentence</source>
      <translation>Écarter la phrase</translation>
    </message>
    <message>
      <source>Dismiss the suggestion</source>
      <translation>Écarter la suggestion</translation>
    </message>
    <message>
      <source>Earlier fact-checks matching the annotation at the caret or the selection</source>
      <translation>Vérifications antérieures correspondant à l’annotation sous le curseur ou à la sélection</translation>
    </message>
    <message>
      <source>Edit the article's title in place (Enter keeps it)</source>
      <translation>Modifier le titre de l’article sur place (Entrée le valide)</translation>
    </message>
    <message>
      <source>Edit the tag scheme and verdict scale</source>
      <translation>Modifier le schéma d’étiquettes et l’échelle de verdicts</translation>
    </message>
    <message>
      <source>Export the project as a dataset</source>
      <translation>Exporter le projet comme jeu de données</translation>
    </message>
    <message>
      <source>Extend the selection by character, word</source>
      <translation>Étendre la sélection par caractère, par mot</translation>
    </message>
    <message>
      <source>Find in &amp;all articles…</source>
      <translation>Rechercher dans &amp;tous les articles…</translation>
    </message>
    <message>
      <source>Find in this article</source>
      <translation>Rechercher dans cet article</translation>
    </message>
    <message>
      <source>Go to the other end of a link of the annotation at the caret (again: back)</source>
      <translation>Aller à l’autre bout d’un lien de l’annotation sous le curseur (à nouveau : retour)</translation>
    </message>
    <message>
      <source>High contrast: white text on black, remembered for the next start</source>
      <translation>Contraste élevé : texte blanc sur fond noir, conservé au prochain démarrage</translation>
    </message>
    <message>
      <source>Import &amp;annotations…</source>
      <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
      <source>Import &amp;fact-checks…</source>
      <translation>Importer des &amp;vérifications…</translation>
    </message>
    <message>
      <source>Import annotations (JSONL, W3C, Label Studio)</source>
      <translation>Importer des annotations (JSONL, W3C, Label Studio)</translation>
    </message>
    <message>
      <source>Import article files</source>
      <translation>Importer des fichiers d’articles</translation>
    </message>
    <message>
      <source>Link the annotation at the caret (as L)</source>
      <translation>Relier l’annotation sous le curseur (comme L)</translation>
    </message>
    <message>
      <source>Link the annotation at the caret to another (L in a pane; L again on the other end, or click it)</source>
      <translation>Relier l’annotation sous le curseur à une autre (L dans un volet ; L à nouveau sur l’autre bout, ou un clic dessus)</translation>
    </message>
    <message>
      <source>Link…</source>
      <translation>Relier…</translation>
    </message>
    <message>
      <source>Match this project against a newsroom's fact-check archive file too</source>
      <translation>Comparer aussi ce projet à l’archive de vérifications d’une rédaction</translation>
    </message>
    <message>
      <source>Move focus to the next / previous pane</source>
      <translation>Passer au volet suivant / précédent</translation>
    </message>
    <message>
      <source>Move the caret</source>
      <translation>Déplacer le curseur</translation>
    </message>
    <message>
      <source>Ne&amp;w shared fact-check archive…</source>
      <translation>Nouvelle archive de vérifications par&amp;tagée…</translation>
    </message>
    <message>
      <source>Next annotation</source>
      <translation>Annotation suivante</translation>
    </message>
    <message>
      <source>Next annotation in the Review list</source>
      <translation>Annotation suivante dans la liste Relecture</translation>
    </message>
    <message>
      <source>Next claim, its appearances side by side</source>
      <translation>Allégation suivante, ses occurrences côte à côte</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>Résultat suivant</translation>
    </message>
    <message>
      <source>Only &amp;contradicted claims</source>
      <translation>Seulement les allégations &amp;contredites</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Projets &amp;récents</translation>
    </message>
    <message>
      <source>Open the annotation at the caret in the inspector</source>
      <translation>Ouvrir l’annotation sous le curseur dans l’inspecteur</translation>
    </message>
    <message>
      <source>Open the article in the active pane</source>
      <translation>Ouvrir l’article dans le volet actif</translation>
    </message>
    <message>
      <source>P&amp;ublish report…</source>
      <translation>&amp;Publier le rapport…</translation>
    </message>
    <message>
      <source>Paste the clipboard as a new article</source>
      <translation>Coller le presse-papiers comme nouvel article</translation>
    </message>
    <message>
      <source>Pre&amp;vious in the list</source>
      <translation>&amp;Précédente dans la liste</translation>
    </message>
    <message>
      <source>Previous annotation</source>
      <translation>Annotation précédente</translation>
    </message>
    <message>
      <source>Previous annotation in the Review list</source>
      <translation>Annotation précédente dans la liste Relecture</translation>
    </message>
    <message>
      <source>Previous claim, its appearances side by side</source>
      <translation>Allégation précédente, ses occurrences côte à côte</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>Résultat précédent</translation>
    </message>
    <message>
      <source>Publish the claims as a fact-check page (HTML), PDF or Markdown</source>
      <translation>Publier les allégations comme page de vérification (HTML), PDF ou Markdown</translation>
    </message>
    <message>
      <source>Purge removed evidence file&amp;s…</source>
      <translation>Pur&amp;ger les fichiers de preuve retirés…</translation>
    </message>
    <message>
      <source>Rea&amp;ding layout</source>
      <translation>Disposition de &amp;lecture</translation>
    </message>
    <message>
      <source>Reading layout: the panes only; panels in the side bar</source>
      <translation>Disposition de lecture : les volets seuls ; les panneaux dans la barre latérale</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>Reject it (a comment is optional: Enter without one)</source>
      <translation>La rejeter (commentaire facultatif : Entrée sans commentaire)</translation>
    </message>
    <message>
      <source>Reopen c&amp;losed pane</source>
      <translation>&amp;Rouvrir le volet fermé</translation>
    </message>
    <message>
      <source>Reopen the pane closed last, where it was</source>
      <translation>Rouvrir le dernier volet fermé, à sa place</translation>
    </message>
    <message>
      <source>Revie&amp;wing layout</source>
      <translation>Disposition de relec&amp;ture</translation>
    </message>
    <message>
      <source>Reviewing layout: articles and claims beside the panes as well</source>
      <translation>Disposition de relecture : articles et allégations aussi à côté des volets</translation>
    </message>
    <message>
      <source>Same claim / supports / contradicts / related</source>
      <translation>Même allégation / appuie / contredit / lié</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
      <source>Save a copy of the whole project, as it is now</source>
      <translation>Enregistrer une copie de tout le projet, dans son état actuel</translation>
    </message>
    <message>
      <source>Show how the selected claim's figure moved across outlets and dates</source>
      <translation>Montrer l’évolution du chiffre de l’allégation sélectionnée selon les médias et les dates</translation>
    </message>
    <message>
      <source>Show only &amp;my annotations</source>
      <translation>Seulement &amp;mes annotations</translation>
    </message>
    <message>
      <source>Show only contradicted claims</source>
      <translation>Afficher seulement les allégations contredites</translation>
    </message>
    <message>
      <source>Start a link at the annotation at the caret; L again on (or a click on) the other end</source>
      <translation>Commencer un lien à l’annotation sous le curseur ; L à nouveau sur l’autre bout (ou un clic dessus)</translation>
    </message>
    <message>
      <source>Start reviewing a colleague's annotations</source>
      <translation>Commencer la relecture des annotations d’un collègue</translation>
    </message>
    <message>
      <source>Sto&amp;p review</source>
      <translation>&amp;Terminer la relecture</translation>
    </message>
    <message>
      <source>Stor&amp;y timeline</source>
      <translation>C&amp;hronologie du sujet</translation>
    </message>
    <message>
      <source>Tag the selection with the tag of that number</source>
      <translation>Étiqueter la sélection avec l’étiquette de ce numéro</translation>
    </message>
    <message>
      <source>The article's sentences most worth checking, with why</source>
      <translation>Les phrases de l’article qui méritent le plus une vérification, avec la raison</translation>
    </message>
    <message>
      <source>This list</source>
      <translation>Cette liste</translation>
    </message>
    <message>
      <source>Title, outlet, date and address of the article in the active pane</source>
      <translation>Titre, média, date et adresse de l’article du volet actif</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Use a s&amp;hared fact-check archive…</source>
      <translation>Utiliser une a&amp;rchive de vérifications partagée…</translation>
    </message>
    <message>
      <source>Version, licence, and the licences of the software Claimdesk runs on</source>
      <translation>Version, licence et licences des logiciels sur lesquels repose Claimdesk</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
      <source>anywhere</source>
      <translation>partout</translation>
    </message>
    <message>
      <source>in an article pane</source>
      <translation>dans un volet d’article</translation>
    </message>
    <message>
      <source>in review mode</source>
      <translation>en mode relecture</translation>
    </message>
    <message>
      <source>in review mode, unless typing in a field</source>
      <translation>en mode relecture, hors saisie dans un champ</translation>
    </message>
    <message>
      <source>in the Articles list</source>
      <translation>dans la liste Articles</translation>
    </message>
    <message>
      <source>in the Suggested links list</source>
      <translation>dans la liste Liens suggérés</translation>
    </message>
    <message>
      <source>in the Triage list</source>
      <translation>dans la liste de tri</translation>
    </message>
    <message>
      <source>in the find bar</source>
      <translation>dans la barre de recherche</translation>
    </message>
    <message>
      <source>in the inspector's links list</source>
      <translation>dans la liste des liens de l’inspecteur</translation>
    </message>
    <message>
      <source>in the link dialog</source>
      <translation>dans la boîte de dialogue de lien</translation>
    </message>
  </context>
  <context>
    <name>AddLink</name>
    <message>
      <source>Link as {relation}</source>
      <translation>Relier ({relation})</translation>
    </message>
  </context>
  <context>
    <name>AgreementChart</name>
    <message>
      <source>No figures yet</source>
      <translation>Pas encore de chiffres</translation>
    </message>
    <message>
      <source>n/a</source>
      <translation>n.d.</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <source>&amp;Annotators:</source>
      <translation>&amp;Annotateurs :</translation>
    </message>
    <message>
      <source>&amp;Compute</source>
      <translation>&amp;Calculer</translation>
    </message>
    <message>
      <source>&amp;Save JSON…</source>
      <translation>&amp;Enregistrer en JSON…</translation>
    </message>
    <message>
      <source>Agreement between annotators</source>
      <translation>Accord entre annotateurs</translation>
    </message>
    <message>
      <source>Agreement per tag</source>
      <translation>Accord par étiquette</translation>
    </message>
    <message>
      <source>All tags (micro)</source>
      <translation>Toutes les étiquettes (micro)</translation>
    </message>
    <message>
      <source>Annotators to compare</source>
      <translation>Annotateurs à comparer</translation>
    </message>
    <message>
      <source>C&amp;hart:</source>
      <translation>&amp;Graphique :</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Cohen's κ</source>
      <translation>κ de Cohen</translation>
    </message>
    <message>
      <source>Computing agreement</source>
      <translation>Calcul de l’accord</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>Calcul…</translation>
    </message>
    <message>
      <source>Copied the figures as CSV.</source>
      <translation>Chiffres copiés au format CSV.</translation>
    </message>
    <message>
      <source>Copy as CS&amp;V</source>
      <translation>Copier en CS&amp;V</translation>
    </message>
    <message>
      <source>Could not compute agreement: {error}</source>
      <translation>Impossible de calculer l’accord : {error}</translation>
    </message>
    <message>
      <source>Could not save {file}: {reason}</source>
      <translation>Impossible d’enregistrer {file} : {reason}</translation>
    </message>
    <message>
      <source>F1 exact</source>
      <translation>F1 exact</translation>
    </message>
    <message>
      <source>F1 overlap</source>
      <translation>F1 chevauchement</translation>
    </message>
    <message>
      <source>Krippendorff's α</source>
      <translation>α de Krippendorff</translation>
    </message>
    <message>
      <source>Press Compute to compare the ticked annotators.</source>
      <translation>Cliquez sur Calculer pour comparer les annotateurs cochés.</translation>
    </message>
    <message>
      <source>Save agreement figures</source>
      <translation>Enregistrer les chiffres d’accord</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>{file} enregistré.</translation>
    </message>
    <message>
      <source>Tick at least two annotators, then Compute.</source>
      <translation>Cochez au moins deux annotateurs, puis Calculer.</translation>
    </message>
    <message numerus="yes">
      <source>{annotators}: %n articles annotated by all. Hover a figure for its counts.</source>
      <translation>
        <numerusform>{annotators} : %n article annoté par tous. Survolez un chiffre pour voir ses décomptes.</numerusform>
        <numerusform>{annotators} : %n articles annotés par tous. Survolez un chiffre pour voir ses décomptes.</numerusform>
      </translation>
    </message>
    <message>
      <source>α (all)</source>
      <translation>α (tous)</translation>
    </message>
    <message>
      <source>α, all compared</source>
      <translation>α, tous comparés</translation>
    </message>
  </context>
  <context>
    <name>AnnotationTable</name>
    <message>
      <source>All annotators</source>
      <translation>Tous les annotateurs</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Toutes les étiquettes</translation>
    </message>
    <message>
      <source>All verdicts</source>
      <translation>Tous les verdicts</translation>
    </message>
    <message>
      <source>Annotations</source>
      <translation>Annotations</translation>
    </message>
    <message>
      <source>Filter by text or note</source>
      <translation>Filtrer par texte ou note</translation>
    </message>
    <message>
      <source>Filter by text or note…</source>
      <translation>Filtrer (texte, note)…</translation>
    </message>
    <message>
      <source>Show annotator</source>
      <translation>Afficher l’annotateur</translation>
    </message>
    <message>
      <source>Show tag</source>
      <translation>Afficher l’étiquette</translation>
    </message>
    <message>
      <source>Show verdict</source>
      <translation>Afficher le verdict</translation>
    </message>
  </context>
  <context>
    <name>AnnotationTableModel</name>
    <message>
      <source>Annotator</source>
      <translation>Annotateur</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>Article</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Créée</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
  </context>
  <context>
    <name>Announcer</name>
    <message>
      <source>Done: {action}</source>
      <translation>Fait : {action}</translation>
    </message>
    <message>
      <source>Redone: {action}</source>
      <translation>Rétabli : {action}</translation>
    </message>
    <message>
      <source>Undone: {action}</source>
      <translation>Annulé : {action}</translation>
    </message>
  </context>
  <context>
    <name>ArchivePagesDialog</name>
    <message>
      <source>Captured pages to import</source>
      <translation>Pages capturées à importer</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Import pages from a web archive</source>
      <translation>Importer des pages d’une archive web</translation>
    </message>
    <message numerus="yes">
      <source>{archive} holds %n captured web pages. Tick the ones to import as articles; each keeps its URL and capture time.</source>
      <translation>
        <numerusform>{archive} contient %n page web capturée. Cochez celles à importer comme articles ; chacune garde son URL et sa date de capture.</numerusform>
        <numerusform>{archive} contient %n pages web capturées. Cochez celles à importer comme articles ; chacune garde son URL et sa date de capture.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ArticleDetailsDialog</name>
    <message>
      <source> · from {source}</source>
      <translation> · issu de {source}</translation>
    </message>
    <message numerus="yes">
      <source>%n characters · imported {date}</source>
      <translation>
        <numerusform>%n caractère · importé le {date}</numerusform>
        <numerusform>%n caractères · importé le {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Arabe</translation>
    </message>
    <message>
      <source>Archive URL</source>
      <translation>URL d’archive</translation>
    </message>
    <message>
      <source>Article details</source>
      <translation>Détails de l’article</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Date (YYYY-MM-DD)</source>
      <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <source>Detected ({language})</source>
      <translation>Détectée ({language})</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>File SHA-256</source>
      <translation>SHA-256 du fichier</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Original URL</source>
      <translation>URL d’origine</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>Média</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>Portugais</translation>
    </message>
    <message>
      <source>Provenance</source>
      <translation>Provenance</translation>
    </message>
    <message>
      <source>Retrieved or captured</source>
      <translation>Récupéré ou capturé le</translation>
    </message>
    <message>
      <source>Source file</source>
      <translation>Fichier source</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>Espagnol</translation>
    </message>
    <message>
      <source>The language this article's numbers, dates and claims are read in</source>
      <translation>La langue dans laquelle sont lus les nombres, dates et allégations de cet article</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>URL</translation>
    </message>
  </context>
  <context>
    <name>ArticleList</name>
    <message>
      <source>Articles</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>Filter articles</source>
      <translation>Filtrer les articles</translation>
    </message>
    <message>
      <source>Filter articles…</source>
      <translation>Filtrer les articles…</translation>
    </message>
  </context>
  <context>
    <name>ArticleListModel</name>
    <message>
      <source>Annotations</source>
      <translation>Annotations</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>Média</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
  </context>
  <context>
    <name>ArticlePane</name>
    <message>
      <source>Article shown in this pane</source>
      <translation>Article affiché dans ce volet</translation>
    </message>
    <message>
      <source>Article text</source>
      <translation>Texte de l’article</translation>
    </message>
    <message>
      <source>Article title</source>
      <translation>Titre de l’article</translation>
    </message>
    <message>
      <source>Choose an article above.</source>
      <translation>Choisissez un article ci-dessus.</translation>
    </message>
    <message>
      <source>Choose the article this pane shows</source>
      <translation>Choisir l’article affiché dans ce volet</translation>
    </message>
    <message>
      <source>Close this pane</source>
      <translation>Fermer ce volet</translation>
    </message>
    <message>
      <source>Close this pane (Ctrl+W)</source>
      <translation>Fermer ce volet (Ctrl+W)</translation>
    </message>
    <message>
      <source>Double-click (or F2 in the text) to edit the title</source>
      <translation>Double-clic (ou F2 dans le texte) pour modifier le titre</translation>
    </message>
    <message>
      <source>No articles yet: File → Import articles… (Ctrl+I), or paste one as a new article (Ctrl+Shift+V).</source>
      <translation>Pas encore d’articles : Fichier → Importer des articles… (Ctrl+I), ou collez-en un comme nouvel article (Ctrl+Shift+V).</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back; or choose another article above</source>
      <translation>Annuler (Ctrl+Z) le rétablit ; ou choisissez un autre article ci-dessus</translation>
    </message>
    <message>
      <source>“{title}” was deleted</source>
      <translation>« {title} » a été supprimé</translation>
    </message>
  </context>
  <context>
    <name>ArticleView</name>
    <message>
      <source>{tag}, by {annotator}: {quote}</source>
      <translation>{tag}, par {annotator} : {quote}</translation>
    </message>
  </context>
  <context>
    <name>BackgroundTask</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
  </context>
  <context>
    <name>ChangeDecision</name>
    <message>
      <source>Keep colleague's change</source>
      <translation>Garder la modification du collègue</translation>
    </message>
    <message>
      <source>Restore your version</source>
      <translation>Rétablir votre version</translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeDialog</name>
    <message numerus="yes">
      <source>%n earlier fact-checks match, best first (of {archive}).</source>
      <translation>
        <numerusform>%n vérification antérieure correspond, la meilleure d’abord (sur {archive}).</numerusform>
        <numerusform>%n vérifications antérieures correspondent, les meilleures d’abord (sur {archive}).</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Shared fact-check archive…</source>
      <translation>&amp;Archive partagée de vérifications…</translation>
    </message>
    <message>
      <source>Also searched: the shared archive {file}</source>
      <translation>Recherche également dans l’archive partagée {file}</translation>
    </message>
    <message>
      <source>Checked before?</source>
      <translation>Déjà vérifié ?</translation>
    </message>
    <message>
      <source>Earlier fact-checks</source>
      <translation>Vérifications antérieures</translation>
    </message>
    <message>
      <source>No earlier fact-check among {archive} matches.</source>
      <translation>Aucune vérification antérieure parmi {archive} ne correspond.</translation>
    </message>
    <message>
      <source>No shared archive: only this project's</source>
      <translation>Aucune archive partagée : seulement celle de ce projet</translation>
    </message>
    <message>
      <source>The archive is empty: File → Import fact-checks… adds earlier fact-checks.</source>
      <translation>L’archive est vide : Fichier → Importer des vérifications… ajoute des vérifications antérieures.</translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeList</name>
    <message>
      <source>Checked before</source>
      <translation>Déjà vérifié</translation>
    </message>
    <message numerus="yes">
      <source>Checked before? %n earlier fact-checks match</source>
      <translation>
        <numerusform>Déjà vérifié ? %n vérification antérieure correspond</numerusform>
        <numerusform>Déjà vérifié ? %n vérifications antérieures correspondent</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeNote</name>
    <message numerus="yes">
      <source>%n more…</source>
      <translation>
        <numerusform>%n de plus…</numerusform>
        <numerusform>%n de plus…</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked before: {best}</source>
      <translation>Déjà vérifié : {best}</translation>
    </message>
    <message>
      <source>Why…</source>
      <translation>Pourquoi…</translation>
    </message>
  </context>
  <context>
    <name>ClaimClaimantField</name>
    <message>
      <source>Claim said by</source>
      <translation>Allégation tenue par</translation>
    </message>
    <message>
      <source>From its appearances: {name}</source>
      <translation>D’après ses occurrences : {name}</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>Personne ou organisation</translation>
    </message>
    <message>
      <source>Who made the claim, over whom its appearances name; blank: they decide</source>
      <translation>Qui a fait l’allégation, plutôt que ceux que nomment ses occurrences ; vide : elles décident</translation>
    </message>
    <message>
      <source>Who made the claim?</source>
      <translation>Qui l’a affirmé ?</translation>
    </message>
  </context>
  <context>
    <name>ClaimEditor</name>
    <message>
      <source>&amp;Sources</source>
      <translation>&amp;Sources</translation>
    </message>
    <message>
      <source>&amp;Wording</source>
      <translation>&amp;Formulation</translation>
    </message>
    <message>
      <source>Change claim evidence</source>
      <translation>Modifier les preuves de l’allégation</translation>
    </message>
    <message>
      <source>Change claim explanation</source>
      <translation>Modifier l’explication de l’allégation</translation>
    </message>
    <message>
      <source>Change claim rating</source>
      <translation>Modifier le verdict de l’allégation</translation>
    </message>
    <message>
      <source>Change claim wording</source>
      <translation>Modifier la formulation de l’allégation</translation>
    </message>
    <message>
      <source>E&amp;xplanation</source>
      <translation>E&amp;xplication</translation>
    </message>
    <message>
      <source>Evidence: one URL per line</source>
      <translation>Preuves : une URL par ligne</translation>
    </message>
    <message>
      <source>Ratin&amp;g</source>
      <translation>&amp;Verdict</translation>
    </message>
    <message>
      <source>Remove claim</source>
      <translation>Retirer l’allégation</translation>
    </message>
    <message>
      <source>Said &amp;by</source>
      <translation>&amp;Auteur</translation>
    </message>
    <message>
      <source>The appearances and their links stay; undo brings it back</source>
      <translation>Les occurrences et leurs liens restent ; Annuler la rétablit</translation>
    </message>
    <message>
      <source>The claim in your own words</source>
      <translation>L’allégation avec vos propres mots</translation>
    </message>
    <message>
      <source>Why this rating: what the evidence shows</source>
      <translation>Pourquoi ce verdict : ce que montrent les preuves</translation>
    </message>
    <message>
      <source>— not rated —</source>
      <translation>— sans verdict —</translation>
    </message>
  </context>
  <context>
    <name>ClaimantField</name>
    <message>
      <source>Claimant list</source>
      <translation>Liste des auteurs</translation>
    </message>
    <message>
      <source>New name for “{name}”, wherever it is named:</source>
      <translation>Nouveau nom pour « {name} », partout où il apparaît :</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>Personne ou organisation</translation>
    </message>
    <message>
      <source>Remove from the list</source>
      <translation>Retirer de la liste</translation>
    </message>
    <message>
      <source>Rename claimant</source>
      <translation>Renommer l’auteur</translation>
    </message>
    <message>
      <source>Rename or remove this claimant</source>
      <translation>Renommer ou retirer cet auteur</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <source>Said by</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Suggested: {name}</source>
      <translation>Suggestion : {name}</translation>
    </message>
    <message>
      <source>Use “{name}”</source>
      <translation>Utiliser « {name} »</translation>
    </message>
    <message>
      <source>Who made the claim here (not the outlet that reported it)</source>
      <translation>Qui a tenu ces propos ici (pas le média qui les rapporte)</translation>
    </message>
    <message>
      <source>Who made the claim?</source>
      <translation>Qui est l’auteur de l’allégation ?</translation>
    </message>
  </context>
  <context>
    <name>ClaimsPanel</name>
    <message numerus="yes">
      <source>%n appearances</source>
      <translation>
        <numerusform>%n occurrence</numerusform>
        <numerusform>%n occurrences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims · {contradicted} contradicted</source>
      <translation>
        <numerusform>%n allégation · contredites : {contradicted}</numerusform>
        <numerusform>%n allégations · contredites : {contradicted}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contradicted claims</source>
      <translation>
        <numerusform>%n allégation contredite</numerusform>
        <numerusform>%n allégations contredites</numerusform>
      </translation>
    </message>
    <message>
      <source>(no wording yet)</source>
      <translation>(pas encore de formulation)</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Antérieure</translation>
    </message>
    <message numerus="yes">
      <source>Checked before: %n earlier fact-checks match</source>
      <translation>
        <numerusform>Déjà vérifié : %n vérification antérieure correspond</numerusform>
        <numerusform>Déjà vérifié : %n vérifications antérieures correspondent</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked before: earlier fact-checks that match the claim</source>
      <translation>Déjà vérifié : vérifications antérieures correspondant à l’allégation</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>Allégation</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>Allégations</translation>
    </message>
    <message>
      <source>Enter shows the claim's appearances side by side</source>
      <translation>Entrée affiche les occurrences de l’allégation côte à côte</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>Fichiers de preuve</translation>
    </message>
    <message>
      <source>Filter claims</source>
      <translation>Filtrer les allégations</translation>
    </message>
    <message>
      <source>Filter claims…</source>
      <translation>Filtrer les allégations…</translation>
    </message>
    <message>
      <source>No claims yet. Link two annotations as “same claim” (L, then L, then 1).</source>
      <translation>Aucune allégation pour l’instant. Reliez deux annotations comme “même allégation” (L, puis L, puis 1).</translation>
    </message>
    <message>
      <source>Only contradicted</source>
      <translation>Contredites seulement</translation>
    </message>
    <message>
      <source>Only contradicted claims (Ctrl+Shift+K)</source>
      <translation>Seulement les allégations contredites (Ctrl+Shift+K)</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Occurrences</translation>
    </message>
  </context>
  <context>
    <name>ClosedPanes</name>
    <message>
      <source>No closed pane to reopen</source>
      <translation>Aucun volet fermé à rouvrir</translation>
    </message>
  </context>
  <context>
    <name>CreateAnnotation</name>
    <message>
      <source>Tag as {tag}</source>
      <translation>Étiqueter comme {tag}</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>étiquette</translation>
    </message>
  </context>
  <context>
    <name>DeleteAnnotation</name>
    <message>
      <source>Delete annotation</source>
      <translation>Supprimer l’annotation</translation>
    </message>
  </context>
  <context>
    <name>DeleteArticle</name>
    <message>
      <source>Delete article “{title}”</source>
      <translation>Supprimer l’article « {title} »</translation>
    </message>
  </context>
  <context>
    <name>DeleteLink</name>
    <message>
      <source>Delete link</source>
      <translation>Supprimer le lien</translation>
    </message>
  </context>
  <context>
    <name>EditLink</name>
    <message>
      <source>Change link note</source>
      <translation>Modifier la note du lien</translation>
    </message>
    <message>
      <source>Change relation</source>
      <translation>Modifier la relation</translation>
    </message>
  </context>
  <context>
    <name>EvidenceFiles</name>
    <message>
      <source>Add evidence URL</source>
      <translation>Ajouter une URL de preuve</translation>
    </message>
    <message>
      <source>Attach a file as evidence</source>
      <translation>Joindre un fichier comme preuve</translation>
    </message>
    <message>
      <source>Attach {name}</source>
      <translation>Joindre {name}</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>Joindre…</translation>
    </message>
    <message>
      <source>Drop files here to attach them, or a web address</source>
      <translation>Déposez ici des fichiers pour les joindre, ou une adresse web</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>Fichiers de preuve</translation>
    </message>
    <message>
      <source>Keep a file inside the project (at most {limit})</source>
      <translation>Conserver un fichier dans le projet ({limit} au maximum)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Reading evidence files</source>
      <translation>Lecture des fichiers de preuve</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Retirer {name}</translation>
    </message>
    <message>
      <source>{name} · {size} kB</source>
      <translation>{name} · {size} ko</translation>
    </message>
    <message>
      <source>{type}, added by {who} at {time} UTC</source>
      <translation>{type}, ajouté par {who} à {time} UTC</translation>
    </message>
  </context>
  <context>
    <name>ExactOption</name>
    <message>
      <source>Exact</source>
      <translation>Exact</translation>
    </message>
    <message>
      <source>Match case and accents exactly (off: “Rodriguez” finds “Rodríguez”)</source>
      <translation>Respecter exactement la casse et les accents (désactivé : “Rodriguez” trouve “Rodríguez”)</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>A SQLite copy is always the whole project</source>
      <translation>Une copie SQLite contient toujours tout le projet</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Annotators</source>
      <translation>Annotateurs</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>Exporter un jeu de données</translation>
    </message>
    <message>
      <source>Fact-checking organization (author)</source>
      <translation>Organisation de vérification (auteur)</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <source>Offsets:</source>
      <translation>Positions :</translation>
    </message>
    <message>
      <source>Only these (nothing ticked: everything)</source>
      <translation>Seulement ceux-ci (rien de coché : tout)</translation>
    </message>
    <message>
      <source>Publisher:</source>
      <translation>Éditeur :</translation>
    </message>
    <message>
      <source>Review URL base:</source>
      <translation>Base des URL de vérification :</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>Enregistrer dans</translation>
    </message>
    <message>
      <source>Save to:</source>
      <translation>Enregistrer dans :</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>This format counts code points, as its tools do.</source>
      <translation>Ce format compte en points de code, comme ses outils.</translation>
    </message>
    <message>
      <source>Write reviews without a URL (Google requires one)</source>
      <translation>Écrire les vérifications sans URL (Google en exige une)</translation>
    </message>
    <message>
      <source>https://example.org/fact-checks/ (claim id is added)</source>
      <translation>https://example.org/fact-checks/ (l’identifiant de l’allégation est ajouté)</translation>
    </message>
  </context>
  <context>
    <name>FactCheckDestination</name>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Choisir…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <source>&amp;Match this project against it too</source>
      <translation>Y compa&amp;rer aussi ce projet</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
      <source>(none chosen yet: Choose… or New…)</source>
      <translation>(aucune choisie : Choisir… ou Nouvelle…)</translation>
    </message>
    <message>
      <source>A s&amp;hared archive file:</source>
      <translation>Un fic&amp;hier d’archive partagée :</translation>
    </message>
    <message numerus="yes">
      <source>Add the fact-checks of %n files to:</source>
      <translation>
        <numerusform>Ajouter les vérifications de %n fichier à :</numerusform>
        <numerusform>Ajouter les vérifications de %n fichiers à :</numerusform>
      </translation>
    </message>
    <message>
      <source>Import fact-checks</source>
      <translation>Importer des vérifications</translation>
    </message>
    <message>
      <source>Make a new, empty shared archive file</source>
      <translation>Créer un nouveau fichier d’archive partagée, vide</translation>
    </message>
    <message>
      <source>New shared fact-check archive</source>
      <translation>Nouvelle archive partagée de vérifications</translation>
    </message>
    <message>
      <source>Shared fact-check archive</source>
      <translation>Archive partagée de vérifications</translation>
    </message>
    <message>
      <source>This &amp;project's archive</source>
      <translation>L’archive de ce &amp;projet</translation>
    </message>
  </context>
  <context>
    <name>FiguresNote</name>
    <message>
      <source>Figures judged consistent by {who}: {reason}</source>
      <translation>Chiffres jugés cohérents par {who} : {reason}</translation>
    </message>
    <message>
      <source>Judge figures consistent</source>
      <translation>Juger les chiffres cohérents</translation>
    </message>
    <message>
      <source>Not a contradiction</source>
      <translation>Pas une contradiction</translation>
    </message>
    <message>
      <source>Not a contradiction…</source>
      <translation>Pas une contradiction…</translation>
    </message>
    <message>
      <source>Show the “figures differ” warning again (undoable)</source>
      <translation>Afficher à nouveau l’avertissement “chiffres différents” (annulable)</translation>
    </message>
    <message>
      <source>The figures only look different: say why, and the claim is no longer counted as contradicted for them (undoable)</source>
      <translation>Les chiffres ne diffèrent qu’en apparence : dites pourquoi, et l’allégation ne sera plus comptée comme contredite pour eux (annulable)</translation>
    </message>
    <message>
      <source>Warn again</source>
      <translation>Avertir à nouveau</translation>
    </message>
    <message>
      <source>Warn again about figures</source>
      <translation>Avertir à nouveau pour les chiffres</translation>
    </message>
    <message>
      <source>Why do these figures not contradict each other?</source>
      <translation>Pourquoi ces chiffres ne se contredisent-ils pas ?</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Close (Esc)</source>
      <translation>Fermer (Échap)</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
      <source>Find in this article</source>
      <translation>Rechercher dans cet article</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>Résultat suivant</translation>
    </message>
    <message>
      <source>Next match (F3, Enter)</source>
      <translation>Résultat suivant (F3, Entrée)</translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>Aucun résultat</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>Résultat précédent</translation>
    </message>
    <message>
      <source>Previous match (Shift+F3)</source>
      <translation>Résultat précédent (Shift+F3)</translation>
    </message>
    <message>
      <source>{number} of {count}</source>
      <translation>{number} sur {count}</translation>
    </message>
  </context>
  <context>
    <name>ImportOptionsDialog</name>
    <message>
      <source>Annotations the file gives no tag (Hypothesis notes without tags) get this tag; if the scheme lacks it, the import asks before adding it</source>
      <translation>Les annotations sans étiquette dans le fichier (notes Hypothesis sans tags) reçoivent cette étiquette ; si le schéma ne l’a pas, l’import demande avant de l’ajouter</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Import annotations</source>
      <translation>Importer des annotations</translation>
    </message>
    <message>
      <source>Offsets count:</source>
      <translation>Les positions comptent en :</translation>
    </message>
    <message>
      <source>Tag for untagged spans:</source>
      <translation>Étiquette des passages sans étiquette :</translation>
    </message>
    <message>
      <source>Text field:</source>
      <translation>Champ de texte :</translation>
    </message>
    <message>
      <source>found by itself (name it if the import asks)</source>
      <translation>détecté automatiquement (nommez-le si l’import le demande)</translation>
    </message>
  </context>
  <context>
    <name>Inspector</name>
    <message>
      <source>&amp;Links</source>
      <translation>&amp;Liens</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <source>&amp;Tag</source>
      <translation>É&amp;tiquette</translation>
    </message>
    <message>
      <source>C&amp;onfidence</source>
      <translation>&amp;Confiance</translation>
    </message>
    <message>
      <source>Evi&amp;dence</source>
      <translation>&amp;Preuves</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>Fichiers de preuve</translation>
    </message>
    <message>
      <source>No annotation selected.

Put the caret in a highlight, or press Enter on one.</source>
      <translation>Aucune annotation sélectionnée.

Placez le curseur dans un surlignage, ou appuyez sur Entrée sur l’un d’eux.</translation>
    </message>
    <message>
      <source>One URL per line</source>
      <translation>Une URL par ligne</translation>
    </message>
    <message>
      <source>Said b&amp;y</source>
      <translation>&amp;Auteur</translation>
    </message>
    <message>
      <source>Verd&amp;ict</source>
      <translation>&amp;Verdict</translation>
    </message>
    <message>
      <source>Why this matters, what to check…</source>
      <translation>Pourquoi c’est important, ce qu’il faut vérifier…</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <source>{time} UTC</source>
      <translation>{time} UTC</translation>
    </message>
    <message>
      <source>— no verdict —</source>
      <translation>— sans verdict —</translation>
    </message>
  </context>
  <context>
    <name>LinkFlow</name>
    <message>
      <source>Choose another annotation to link to, or Esc to cancel</source>
      <translation>Choisissez une autre annotation à relier, ou Échap pour annuler</translation>
    </message>
    <message>
      <source>Linking from {annotation} — put the caret on the other annotation and press L, or click it.  Esc cancels.</source>
      <translation>Lien depuis {annotation} — placez le curseur sur l’autre annotation et appuyez sur L, ou cliquez dessus.  Échap annule.</translation>
    </message>
    <message>
      <source>Put the caret in a highlight, then press L to link it</source>
      <translation>Placez le curseur dans un surlignage, puis appuyez sur L pour le relier</translation>
    </message>
  </context>
  <context>
    <name>LinkGutter</name>
    <message>
      <source>{relation} — click to select</source>
      <translation>{relation} — cliquer pour sélectionner</translation>
    </message>
  </context>
  <context>
    <name>LinkJumps</name>
    <message>
      <source>Followed its link ({relation}); O again goes on</source>
      <translation>Lien suivi ({relation}) ; O à nouveau pour continuer</translation>
    </message>
    <message numerus="yes">
      <source>Followed link {number} of %n ({relation}); O again goes on</source>
      <translation>
        <numerusform>Lien {number} sur %n suivi ({relation}) ; O à nouveau pour continuer</numerusform>
        <numerusform>Lien {number} sur %n suivi ({relation}) ; O à nouveau pour continuer</numerusform>
      </translation>
    </message>
    <message>
      <source>Put the caret in a highlight, then press O to follow a link</source>
      <translation>Placez le curseur dans un surlignage, puis appuyez sur O pour suivre un lien</translation>
    </message>
    <message>
      <source>This annotation has no links (L links it)</source>
      <translation>Cette annotation n’a aucun lien (L la relie)</translation>
    </message>
  </context>
  <context>
    <name>LinkList</name>
    <message>
      <source>Change link</source>
      <translation>Modifier le lien</translation>
    </message>
    <message>
      <source>Change relation or note…</source>
      <translation>Modifier la relation ou la note…</translation>
    </message>
    <message>
      <source>Delete link</source>
      <translation>Supprimer le lien</translation>
    </message>
    <message>
      <source>Enter: go to the other end · F2: change relation · Delete: remove link</source>
      <translation>Entrée : aller à l’autre bout · F2 : changer la relation · Suppr : supprimer le lien</translation>
    </message>
    <message>
      <source>Go to the other end</source>
      <translation>Aller à l’autre bout</translation>
    </message>
    <message>
      <source>No links (press L in a pane to link)</source>
      <translation>Aucun lien (appuyez sur L dans un volet pour relier)</translation>
    </message>
    <message>
      <source>{relation}, by {annotator}</source>
      <translation>{relation}, par {annotator}</translation>
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
    <message>
      <source>All changes saved</source>
      <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
      <source>All changes saved · {time}</source>
      <translation>Toutes les modifications sont enregistrées · {time}</translation>
    </message>
    <message>
      <source>Annotator: {name}</source>
      <translation>Annotateur : {name}</translation>
    </message>
    <message>
      <source>Cannot open project</source>
      <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
      <source>No project is open.

File → New project… (Ctrl+N) or Open project… (Ctrl+O)</source>
      <translation>Aucun projet ouvert.

Fichier → Nouveau projet… (Ctrl+N) ou Ouvrir un projet… (Ctrl+O)</translation>
    </message>
    <message>
      <source>Opening {project}…</source>
      <translation>Ouverture de {project}…</translation>
    </message>
    <message>
      <source>The file was changed by another window or program; everything reloaded</source>
      <translation>Le fichier a été modifié par une autre fenêtre ou un autre programme ; tout a été rechargé</translation>
    </message>
    <message>
      <source>{articles} · {annotations}</source>
      <translation>{articles} · {annotations}</translation>
    </message>
    <message>
      <source>{project} — {app}</source>
      <translation>{project} — {app}</translation>
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
        <numerusform>%n annotation n’avait pas d’étiquette ; importée sous « {tag} »</numerusform>
        <numerusform>%n annotations n’avaient pas d’étiquette ; importées sous « {tag} »</numerusform>
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
        <numerusform>%n allégation</numerusform>
        <numerusform>%n allégations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims are not in W3C; use JSONL</source>
      <translation>
        <numerusform>%n allégation n’est pas dans W3C ; utilisez JSONL</numerusform>
        <numerusform>%n allégations ne sont pas dans W3C ; utilisez JSONL</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims have no rating yet; left out of ClaimReview</source>
      <translation>
        <numerusform>%n allégation n’a pas encore de verdict ; laissée hors de ClaimReview</numerusform>
        <numerusform>%n allégations n’ont pas encore de verdict ; laissées hors de ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims not yet rated: published without ClaimReview</source>
      <translation>
        <numerusform>%n allégation n’a pas encore de verdict : publiée sans ClaimReview</numerusform>
        <numerusform>%n allégations n’ont pas encore de verdict : publiées sans ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n confidence values have no W3C property; left out</source>
      <translation>
        <numerusform>%n valeur de confiance n’a pas de propriété W3C ; laissée de côté</numerusform>
        <numerusform>%n valeurs de confiance n’ont pas de propriété W3C ; laissées de côté</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n lien</numerusform>
        <numerusform>%n liens</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links join different annotators or articles, which Label Studio relations cannot; left out</source>
      <translation>
        <numerusform>%n lien relie des annotateurs ou des articles différents, ce que les relations Label Studio ne permettent pas ; laissé de côté</numerusform>
        <numerusform>%n liens relient des annotateurs ou des articles différents, ce que les relations Label Studio ne permettent pas ; laissés de côté</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links join two annotations of the same span and type; left out of brat</source>
      <translation>
        <numerusform>%n lien relie deux annotations de même passage et de même type ; laissé hors de brat</numerusform>
        <numerusform>%n liens relient deux annotations de même passage et de même type ; laissés hors de brat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page notes left out: they target a whole page, not a span</source>
      <translation>
        <numerusform>%n note de page laissée de côté : elle vise une page entière, pas un passage</numerusform>
        <numerusform>%n notes de page laissées de côté : elles visent une page entière, pas un passage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ratings</source>
      <translation>
        <numerusform>%n verdict</numerusform>
        <numerusform>%n verdicts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n records have a created or modified time that is not a date; left out of those records</source>
      <translation>
        <numerusform>%n enregistrement a une heure de création ou de modification qui n’est pas une date ; omise de cet enregistrement</numerusform>
        <numerusform>%n enregistrements ont une heure de création ou de modification qui n’est pas une date ; omise de ces enregistrements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n review decisions are not in W3C; left out</source>
      <translation>
        <numerusform>%n décision de relecture n’est pas dans W3C ; laissée de côté</numerusform>
        <numerusform>%n décisions de relecture ne sont pas dans W3C ; laissées de côté</numerusform>
      </translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>arabe</translation>
    </message>
    <message>
      <source>Both give a figure for “{noun}”: {first} vs {second}</source>
      <translation>Les deux donnent un chiffre pour « {noun} » : {first} contre {second}</translation>
    </message>
    <message>
      <source>Both quote “{quote}”</source>
      <translation>Les deux citent « {quote} »</translation>
    </message>
    <message>
      <source>ClaimReview needs a url for each review (Google requires one): give a review URL base (--url-base), or allow none (--allow-missing-url)</source>
      <translation>ClaimReview exige une url pour chaque vérification (Google en exige une) : donnez une base d’URL de vérification (--url-base), ou autorisez leur absence (--allow-missing-url)</translation>
    </message>
    <message>
      <source>French</source>
      <translation>français</translation>
    </message>
    <message>
      <source>INCEpTION files are read and written with dkpro-cassis, which is not installed: pip install 'claimdesk[interop]' (or pip install dkpro-cassis)</source>
      <translation>Les fichiers INCEpTION sont lus et écrits avec dkpro-cassis, qui n’est pas installé : pip install 'claimdesk[interop]' (ou pip install dkpro-cassis)</translation>
    </message>
    <message>
      <source>JSON_MIN fields that are neither text nor spans (relations…)</source>
      <translation>champs JSON_MIN qui ne sont ni du texte ni des passages (relations…)</translation>
    </message>
    <message>
      <source>Merge cancelled; the project was not changed.</source>
      <translation>Fusion annulée ; le projet n’a pas été modifié.</translation>
    </message>
    <message>
      <source>Nearly the same sentence ({similarity:.0%} of words shared): “{quote}”</source>
      <translation>Presque la même phrase ({similarity:.0%} de mots en commun) : « {quote} »</translation>
    </message>
    <message>
      <source>Nothing to merge: the project already holds everything in that file.</source>
      <translation>Rien à fusionner : le projet contient déjà tout ce que contient ce fichier.</translation>
    </message>
    <message>
      <source>OCR needs Tesseract, which is not installed</source>
      <translation>L’OCR demande Tesseract, qui n’est pas installé</translation>
    </message>
    <message>
      <source>OCR of {what} failed: {reason}</source>
      <translation>L’OCR de {what} a échoué : {reason}</translation>
    </message>
    <message>
      <source>OCR of {what} took over {seconds} s, so it is refused</source>
      <translation>L’OCR de {what} a pris plus de {seconds} s : document refusé</translation>
    </message>
    <message>
      <source>OR needs something to find on each side</source>
      <translation>OR demande quelque chose à chercher de chaque côté</translation>
    </message>
    <message>
      <source>OpenDocument text</source>
      <translation>texte OpenDocument</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>portugais</translation>
    </message>
    <message>
      <source>SQLite integrity: {problem}</source>
      <translation>Intégrité SQLite : {problem}</translation>
    </message>
    <message>
      <source>Search cancelled; these are the suggestions found before.</source>
      <translation>Recherche annulée ; voici les suggestions trouvées auparavant.</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>espagnol</translation>
    </message>
    <message>
      <source>Stopped after {seconds:g} s (the articles are long); these are the suggestions found so far.</source>
      <translation>Arrêt après {seconds:g} s (les articles sont longs) ; voici les suggestions trouvées jusqu’ici.</translation>
    </message>
    <message>
      <source>Tesseract cannot be run ({error})</source>
      <translation>Tesseract ne peut pas être lancé ({error})</translation>
    </message>
    <message>
      <source>Tesseract has no {code!r} language data (its package is usually tesseract-ocr-{package}); installed: {listed}</source>
      <translation>Tesseract n’a pas les données de langue {code!r} (leur paquet est d’ordinaire tesseract-ocr-{package}) ; installées : {listed}</translation>
    </message>
    <message>
      <source>UTF-16 units</source>
      <translation>unités UTF-16</translation>
    </message>
    <message>
      <source>Word document</source>
      <translation>document Word</translation>
    </message>
    <message>
      <source>a GIF image: save it as PNG to read its text by OCR</source>
      <translation>une image GIF : enregistrez-la en PNG pour lire son texte par OCR</translation>
    </message>
    <message>
      <source>a PDF report is written by the desktop (it needs Qt)</source>
      <translation>un rapport PDF s’écrit depuis l’application de bureau (il lui faut Qt)</translation>
    </message>
    <message>
      <source>a SQLite copy holds the whole project; it cannot be filtered</source>
      <translation>une copie SQLite contient tout le projet ; elle ne peut pas être filtrée</translation>
    </message>
    <message>
      <source>a claim needs at least one annotation</source>
      <translation>une allégation demande au moins une annotation</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <source>a merged change is kept or restored, not {decision!r}</source>
      <translation>une modification fusionnée est gardée ou rétablie, pas {decision!r}</translation>
    </message>
    <message>
      <source>a review decision is one of {decisions}, not {decision!r}</source>
      <translation>une décision de relecture est l’une de {decisions}, pas {decision!r}</translation>
    </message>
    <message>
      <source>a rich-text file: save it as .docx, .odt or PDF, then import that</source>
      <translation>un fichier de texte enrichi (RTF) : enregistrez-le en .docx, .odt ou PDF, puis importez ce fichier</translation>
    </message>
    <message>
      <source>a saved page (MHTML)</source>
      <translation>une page enregistrée (MHTML)</translation>
    </message>
    <message>
      <source>a tag named “{name}” already exists</source>
      <translation>une étiquette nommée « {name} » existe déjà</translation>
    </message>
    <message>
      <source>a text field can be named for Label Studio files only</source>
      <translation>un champ de texte ne peut être nommé que pour les fichiers Label Studio</translation>
    </message>
    <message>
      <source>a verdict named “{name}” already exists</source>
      <translation>un verdict nommé « {name} » existe déjà</translation>
    </message>
    <message>
      <source>agreement needs at least two annotators with annotations</source>
      <translation>l’accord demande au moins deux annotateurs ayant des annotations</translation>
    </message>
    <message>
      <source>an SQLite file, but not a Claimdesk project</source>
      <translation>un fichier SQLite, mais pas un projet Claimdesk</translation>
    </message>
    <message>
      <source>an annotation cannot be linked to itself</source>
      <translation>une annotation ne peut pas être reliée à elle-même</translation>
    </message>
    <message>
      <source>an annotator needs a name</source>
      <translation>un annotateur doit avoir un nom</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <source>an old Word file: save it as .docx, .odt or PDF, then import that</source>
      <translation>un ancien fichier Word : enregistrez-le en .docx, .odt ou PDF, puis importez ce fichier</translation>
    </message>
    <message>
      <source>annotation {annotation_id} is not an appearance of this claim</source>
      <translation>l’annotation {annotation_id} n’est pas une occurrence de cette allégation</translation>
    </message>
    <message>
      <source>annotation {annotation_id} {problem}</source>
      <translation>l’annotation {annotation_id} {problem}</translation>
    </message>
    <message>
      <source>annotation {annotation_id}: {count:,} live links, over the limit of {limit:,}</source>
      <translation>annotation {annotation_id} : {count:,} liens actifs, au-delà de la limite de {limit:,}</translation>
    </message>
    <message>
      <source>annotation {annotation_id}: {problem}</source>
      <translation>annotation {annotation_id} : {problem}</translation>
    </message>
    <message>
      <source>annotation {end} {problem}</source>
      <translation>l’annotation {end} {problem}</translation>
    </message>
    <message>
      <source>annotation {id} covers only line breaks; left out of brat</source>
      <translation>l’annotation {id} ne couvre que des sauts de ligne ; laissée hors de brat</translation>
    </message>
    <message>
      <source>annotations</source>
      <translation>annotations</translation>
    </message>
    <message>
      <source>annotations have no editable field {names}</source>
      <translation>les annotations n’ont pas de champ modifiable {names}</translation>
    </message>
    <message>
      <source>annotations of other layers left out: {kinds}</source>
      <translation>annotations d’autres couches laissées de côté : {kinds}</translation>
    </message>
    <message>
      <source>annotator_id {annotator_id} refers to no annotator</source>
      <translation>annotator_id {annotator_id} ne renvoie à aucun annotateur</translation>
    </message>
    <message>
      <source>annotators</source>
      <translation>annotateurs</translation>
    </message>
    <message>
      <source>article {article_id}: its text is over the {limit} limit</source>
      <translation>article {article_id} : son texte dépasse la limite de {limit}</translation>
    </message>
    <message>
      <source>article_sources {article_id}</source>
      <translation>article_sources {article_id}</translation>
    </message>
    <message>
      <source>articles</source>
      <translation>articles</translation>
    </message>
    <message>
      <source>at page {page:,} of {pages:,}</source>
      <translation>à la page {page:,} sur {pages:,}</translation>
    </message>
    <message>
      <source>bad offsets {start!r}–{end!r}</source>
      <translation>positions invalides {start!r}–{end!r}</translation>
    </message>
    <message>
      <source>both ends of a link must be live annotations</source>
      <translation>les deux bouts d’un lien doivent être des annotations actives</translation>
    </message>
    <message>
      <source>cancelled; nothing was written</source>
      <translation>annulé ; rien n’a été écrit</translation>
    </message>
    <message>
      <source>cannot be decoded: not UTF-8 (invalid byte at {start}) and no other encoding fits</source>
      <translation>ne peut pas être décodé : pas en UTF-8 (octet invalide à {start}) et aucun autre encodage ne convient</translation>
    </message>
    <message>
      <source>cannot change {names} of an article</source>
      <translation>impossible de modifier {names} d’un article</translation>
    </message>
    <message>
      <source>cannot find “{quote}” in the text</source>
      <translation>« {quote} » introuvable dans le texte</translation>
    </message>
    <message>
      <source>cannot import {fmt!r}; use one of {names}</source>
      <translation>impossible d’importer {fmt!r} ; utilisez l’un de {names}</translation>
    </message>
    <message>
      <source>claim members</source>
      <translation>occurrences d’allégations</translation>
    </message>
    <message>
      <source>claimant {name!r} is already in the list: name another</source>
      <translation>l’auteur {name!r} est déjà dans la liste : nommez-en un autre</translation>
    </message>
    <message>
      <source>claimant {name!r}: kind {kind!r} is not person or organization</source>
      <translation>auteur {name!r} : le type {kind!r} n’est ni person ni organization</translation>
    </message>
    <message>
      <source>claimant: {problem}</source>
      <translation>auteur : {problem}</translation>
    </message>
    <message>
      <source>claimants</source>
      <translation>auteurs</translation>
    </message>
    <message>
      <source>claims</source>
      <translation>allégations</translation>
    </message>
    <message>
      <source>claims and review decisions are not in Label Studio; use JSONL</source>
      <translation>les allégations et les décisions de relecture ne sont pas dans Label Studio ; utilisez JSONL</translation>
    </message>
    <message>
      <source>claims have no editable field {names}</source>
      <translation>les allégations n’ont pas de champ modifiable {names}</translation>
    </message>
    <message>
      <source>code points</source>
      <translation>points de code</translation>
    </message>
    <message>
      <source>colour {value} is not of the form #rrggbb</source>
      <translation>la couleur {value} n’est pas de la forme #rrggbb</translation>
    </message>
    <message>
      <source>confidence {value} is not between 0 and 1</source>
      <translation>la confiance {value} n’est pas comprise entre 0 et 1</translation>
    </message>
    <message>
      <source>contains NUL characters: a binary file, not text</source>
      <translation>contient des caractères NUL : un fichier binaire, pas du texte</translation>
    </message>
    <message>
      <source>content does not match its SHA-256</source>
      <translation>le contenu ne correspond pas à son SHA-256</translation>
    </message>
    <message>
      <source>content is {kind}, not blob</source>
      <translation>le contenu est {kind}, pas blob</translation>
    </message>
    <message>
      <source>content.xml holds no text document (a spreadsheet or slides?)</source>
      <translation>content.xml ne contient aucun document texte (un tableur ou une présentation ?)</translation>
    </message>
    <message>
      <source>could not be read: {reader} did not start ({why}): not imported</source>
      <translation>n’a pas pu être lu : {reader} n’a pas démarré ({why}) : non importé</translation>
    </message>
    <message>
      <source>could not be read: {reader} did not start within {seconds} s (is the machine overloaded?): not imported</source>
      <translation>n’a pas pu être lu : {reader} n’a pas démarré en {seconds} s (la machine est-elle surchargée ?) : non importé</translation>
    </message>
    <message>
      <source>crashed {reader} {where} ({why}; a malformed PDF?): not imported</source>
      <translation>a fait planter {reader} {where} ({why} ; un PDF malformé ?) : non importé</translation>
    </message>
    <message>
      <source>cut short (truncated)</source>
      <translation>coupé court (tronqué)</translation>
    </message>
    <message>
      <source>cuts a character in two</source>
      <translation>coupe un caractère en deux</translation>
    </message>
    <message>
      <source>deleted is neither 0 nor 1</source>
      <translation>deleted ne vaut ni 0 ni 1</translation>
    </message>
    <message>
      <source>deleted is not 0 or 1</source>
      <translation>deleted ne vaut pas 0 ou 1</translation>
    </message>
    <message>
      <source>doccano categories left out: Claimdesk labels spans</source>
      <translation>catégories doccano laissées de côté : Claimdesk étiquette des passages</translation>
    </message>
    <message>
      <source>doccano comments left out: Claimdesk labels spans</source>
      <translation>commentaires doccano laissés de côté : Claimdesk étiquette des passages</translation>
    </message>
    <message>
      <source>doccano document labels (text classification) left out: Claimdesk labels spans</source>
      <translation>étiquettes de document doccano (classification de texte) laissées de côté : Claimdesk étiquette des passages</translation>
    </message>
    <message>
      <source>doccano relation types imported as related, the type in the note: {kinds}</source>
      <translation>types de relation doccano importés comme « lié », le type dans la note : {kinds}</translation>
    </message>
    <message>
      <source>document-level results (choices, text areas, ratings)</source>
      <translation>résultats au niveau du document (choix, zones de texte, évaluations)</translation>
    </message>
    <message>
      <source>every appearance of a claim must be a live annotation</source>
      <translation>chaque occurrence d’une allégation doit être une annotation active</translation>
    </message>
    <message>
      <source>evidence file {file!r}</source>
      <translation>fichier de preuve {file!r}</translation>
    </message>
    <message>
      <source>evidence file {file_name!r}: its content is missing</source>
      <translation>fichier de preuve {file_name!r} : son contenu manque</translation>
    </message>
    <message>
      <source>evidence files take {size:.0f} MB of the project, over {limit}: the file is slow to copy and merge</source>
      <translation>les fichiers de preuve occupent {size:.0f} Mo du projet, plus de {limit} : le fichier est lent à copier et à fusionner</translation>
    </message>
    <message>
      <source>evidence files: {count} added</source>
      <translation>fichiers de preuve : {count} ajoutés</translation>
    </message>
    <message>
      <source>evidence is not a JSON list of strings</source>
      <translation>evidence n’est pas une liste JSON de chaînes</translation>
    </message>
    <message>
      <source>evidence_blobs {sha256!r}: {problem}</source>
      <translation>evidence_blobs {sha256!r} : {problem}</translation>
    </message>
    <message>
      <source>exit status {code}</source>
      <translation>code de sortie {code}</translation>
    </message>
    <message>
      <source>exported {articles}, {annotations}, {links}, {claims} as {format} in {seconds:.2f} s to {files}</source>
      <translation>exporté {articles}, {annotations}, {links}, {claims} en {format} en {seconds:.2f} s vers {files}</translation>
    </message>
    <message>
      <source>fact-check {record}</source>
      <translation>vérification {record}</translation>
    </message>
    <message>
      <source>has a value that is not text</source>
      <translation>a une valeur qui n’est pas du texte</translation>
    </message>
    <message>
      <source>has an id or file name over its length</source>
      <translation>a un identifiant ou un nom de fichier trop long</translation>
    </message>
    <message>
      <source>has no text Tesseract could read</source>
      <translation>n’a aucun texte que Tesseract puisse lire</translation>
    </message>
    <message>
      <source>has no text layer (a scanned document?): Tesseract is installed, so it can be read by OCR (Read with OCR in the window, `claimdesk import --ocr`)</source>
      <translation>n’a pas de couche texte (un document numérisé ?) : Tesseract est installé, il peut donc être lu par OCR (Lire par OCR dans la fenêtre, `claimdesk import --ocr`)</translation>
    </message>
    <message>
      <source>has no text layer (a scanned document?): only PDFs with text can be imported</source>
      <translation>n’a pas de couche texte (un document numérisé ?) : seuls les PDF contenant du texte peuvent être importés</translation>
    </message>
    <message>
      <source>has no text, even by OCR (a blank scan, or not the OCR language?)</source>
      <translation>n’a pas de texte, même par OCR (une page blanche numérisée, ou une autre langue que celle de l’OCR ?)</translation>
    </message>
    <message>
      <source>has no {kind} cues with text</source>
      <translation>n’a aucun sous-titre {kind} avec du texte</translation>
    </message>
    <message>
      <source>has over {limit:,} cues</source>
      <translation>a plus de {limit:,} sous-titres</translation>
    </message>
    <message>
      <source>has over {limit:,} parts</source>
      <translation>a plus de {limit:,} parties</translation>
    </message>
    <message>
      <source>has the id of a local article with another text</source>
      <translation>a l’identifiant d’un article local au texte différent</translation>
    </message>
    <message>
      <source>has the same name as {holder}</source>
      <translation>a le même nom que {holder}</translation>
    </message>
    <message>
      <source>has the same {columns} as {holder}</source>
      <translation>a les mêmes {columns} que {holder}</translation>
    </message>
    <message>
      <source>has {count:,} pages, over the limit of {limit:,}</source>
      <translation>a {count:,} pages, au-delà de la limite de {limit:,}</translation>
    </message>
    <message>
      <source>holds no HTML page (no text/html part)</source>
      <translation>ne contient aucune page HTML (pas de partie text/html)</translation>
    </message>
    <message>
      <source>holds over {limit:,} records</source>
      <translation>contient plus de {limit:,} enregistrements</translation>
    </message>
    <message>
      <source>is a zip with no archive/*.warc(.gz) inside: not a WACZ</source>
      <translation>est un zip sans archive/*.warc(.gz) : pas un WACZ</translation>
    </message>
    <message>
      <source>is an image: its text can only be read by OCR, and Tesseract is not installed</source>
      <translation>est une image : son texte ne peut être lu que par OCR, et Tesseract n’est pas installé</translation>
    </message>
    <message>
      <source>is damaged or truncated ({error})</source>
      <translation>est endommagé ou tronqué ({error})</translation>
    </message>
    <message>
      <source>is encrypted (it needs a password): remove the password, then import it</source>
      <translation>est chiffré (il demande un mot de passe) : retirez le mot de passe, puis importez-le</translation>
    </message>
    <message>
      <source>is not a WebVTT file (it does not start with WEBVTT)</source>
      <translation>n’est pas un fichier WebVTT (il ne commence pas par WEBVTT)</translation>
    </message>
    <message>
      <source>is not a readable PDF (damaged or truncated)</source>
      <translation>n’est pas un PDF lisible (endommagé ou tronqué)</translation>
    </message>
    <message>
      <source>is not a readable PNG, JPEG, TIFF or WebP image (damaged or truncated?)</source>
      <translation>n’est pas une image PNG, JPEG, TIFF ou WebP lisible (endommagée ou tronquée ?)</translation>
    </message>
    <message>
      <source>is not a readable WACZ (not a zip archive)</source>
      <translation>n’est pas un WACZ lisible (pas une archive zip)</translation>
    </message>
    <message>
      <source>is not a readable web archive (no WARC records found)</source>
      <translation>n’est pas une archive web lisible (aucun enregistrement WARC trouvé)</translation>
    </message>
    <message>
      <source>is not a readable {kind} (not a zip archive)</source>
      <translation>n’est pas un {kind} lisible (pas une archive zip)</translation>
    </message>
    <message>
      <source>is not a saved web page (MHTML): no multipart/related message</source>
      <translation>n’est pas une page web enregistrée (MHTML) : pas de message multipart/related</translation>
    </message>
    <message>
      <source>is not a {kind} (it has no {part})</source>
      <translation>n’est pas un {kind} (il n’a pas de {part})</translation>
    </message>
    <message>
      <source>is not valid UTF-8 (byte {start})</source>
      <translation>n’est pas de l’UTF-8 valide (octet {start})</translation>
    </message>
    <message>
      <source>is not within the article text ({length} characters)</source>
      <translation>n’est pas dans le texte de l’article ({length} caractères)</translation>
    </message>
    <message>
      <source>is over the {limit} limit for one evidence file</source>
      <translation>dépasse la limite de {limit} pour un fichier de preuve</translation>
    </message>
    <message>
      <source>is {width:,} × {height:,} pixels, over the limit of {limit:,} for OCR</source>
      <translation>fait {width:,} × {height:,} pixels, au-delà de la limite de {limit:,} pour l’OCR</translation>
    </message>
    <message>
      <source>its HTML part is empty</source>
      <translation>sa partie HTML est vide</translation>
    </message>
    <message>
      <source>its HTML part is over the size limit of one article</source>
      <translation>sa partie HTML dépasse la taille limite d’un article</translation>
    </message>
    <message>
      <source>its content is missing</source>
      <translation>son contenu manque</translation>
    </message>
    <message>
      <source>its hash or length does not match its text</source>
      <translation>son empreinte ou sa longueur ne correspond pas à son texte</translation>
    </message>
    <message>
      <source>its quote differs from the article text at {start}–{end}</source>
      <translation>sa citation diffère du texte de l’article en {start}–{end}</translation>
    </message>
    <message>
      <source>its word counts</source>
      <translation>ses décomptes de mots</translation>
    </message>
    <message>
      <source>key {value} is not one digit from 1 to 9</source>
      <translation>la touche {value} n’est pas un chiffre de 1 à 9</translation>
    </message>
    <message>
      <source>left out of INCEpTION's files: annotators, verdicts, notes and evidence (each span is a named entity with its tag), links and claims</source>
      <translation>laissés hors des fichiers INCEpTION : annotateurs, verdicts, notes et preuves (chaque passage est une entité nommée avec son étiquette), liens et allégations</translation>
    </message>
    <message>
      <source>left out: annotators, verdicts, notes and evidence (a doccano line holds spans and their tags only; export jsonl for the full records)</source>
      <translation>laissés de côté : annotateurs, verdicts, notes et preuves (une ligne doccano ne contient que des passages et leurs étiquettes ; exportez en jsonl pour les enregistrements complets)</translation>
    </message>
    <message>
      <source>left out: links and claims (no place in doccano's sequence labelling)</source>
      <translation>laissés de côté : liens et allégations (aucune place dans l’étiquetage de séquences de doccano)</translation>
    </message>
    <message>
      <source>line {index}: the cue ends before it starts</source>
      <translation>ligne {index} : le sous-titre finit avant de commencer</translation>
    </message>
    <message>
      <source>line {line}: {value} is not a valid time</source>
      <translation>ligne {line} : {value} n’est pas une heure valide</translation>
    </message>
    <message>
      <source>linked annotation {annotation_id} is not placed</source>
      <translation>l’annotation reliée {annotation_id} n’est pas placée</translation>
    </message>
    <message>
      <source>links</source>
      <translation>liens</translation>
    </message>
    <message>
      <source>links have no editable field {names}</source>
      <translation>les liens n’ont pas de champ modifiable {names}</translation>
    </message>
    <message>
      <source>looks like a binary file, not text</source>
      <translation>ressemble à un fichier binaire, pas à du texte</translation>
    </message>
    <message>
      <source>media type says {media_type!r}, the content is {found}</source>
      <translation>le type de média indique {media_type!r}, le contenu est {found}</translation>
    </message>
    <message>
      <source>merged change {change_id}: {table} has no field {field!r}</source>
      <translation>modification fusionnée {change_id} : {table} n’a pas de champ {field!r}</translation>
    </message>
    <message>
      <source>must name exactly one annotation or claim</source>
      <translation>doit désigner exactement une annotation ou une allégation</translation>
    </message>
    <message>
      <source>name {value} is empty or has stray spaces</source>
      <translation>le nom {value} est vide ou contient des espaces superflues</translation>
    </message>
    <message>
      <source>needed over {size:,} MB of memory {where} (a malformed PDF?): not imported</source>
      <translation>a demandé plus de {size:,} Mo de mémoire {where} (un PDF malformé ?) : non importé</translation>
    </message>
    <message>
      <source>new tags: {names}</source>
      <translation>nouvelles étiquettes : {names}</translation>
    </message>
    <message>
      <source>new verdicts: {names}</source>
      <translation>nouveaux verdicts : {names}</translation>
    </message>
    <message>
      <source>no `url` (Google requires one): set the project setting claimreview_url_base</source>
      <translation>pas d’`url` (Google en exige une) : définissez le paramètre de projet claimreview_url_base</translation>
    </message>
    <message>
      <source>no annotation with id {annotation_id}</source>
      <translation>aucune annotation d’identifiant {annotation_id}</translation>
    </message>
    <message>
      <source>no annotator named {name!r} in this project</source>
      <translation>aucun annotateur nommé {name!r} dans ce projet</translation>
    </message>
    <message>
      <source>no annotator with id {annotator_id}</source>
      <translation>aucun annotateur d’identifiant {annotator_id}</translation>
    </message>
    <message>
      <source>no article text found in the web page</source>
      <translation>aucun texte d’article trouvé dans la page web</translation>
    </message>
    <message>
      <source>no article with id or title {names}</source>
      <translation>aucun article d’identifiant ou de titre {names}</translation>
    </message>
    <message>
      <source>no article with id {article_id}</source>
      <translation>aucun article d’identifiant {article_id}</translation>
    </message>
    <message>
      <source>no claim to report: make a claim from an annotation first</source>
      <translation>aucune allégation pour le rapport : créez d’abord une allégation à partir d’une annotation</translation>
    </message>
    <message>
      <source>no claim with id {claim_id}</source>
      <translation>aucune allégation d’identifiant {claim_id}</translation>
    </message>
    <message>
      <source>no claim with id {id}</source>
      <translation>aucune allégation d’identifiant {id}</translation>
    </message>
    <message>
      <source>no claim {key!r} to report: give an id or a number from `claimdesk claims` (1–{count})</source>
      <translation>aucune allégation {key!r} pour le rapport : donnez un identifiant ou un numéro de `claimdesk claims` (1–{count})</translation>
    </message>
    <message>
      <source>no claimant with id {claimant_id}</source>
      <translation>aucun auteur d’identifiant {claimant_id}</translation>
    </message>
    <message>
      <source>no default scheme in “{code}”; available: {names}</source>
      <translation>aucun schéma par défaut en « {code} » ; disponibles : {names}</translation>
    </message>
    <message>
      <source>no evidence file with id {evidence_id}</source>
      <translation>aucun fichier de preuve d’identifiant {evidence_id}</translation>
    </message>
    <message>
      <source>no link with id {link_id}</source>
      <translation>aucun lien d’identifiant {link_id}</translation>
    </message>
    <message>
      <source>no merged change with id {change_id}</source>
      <translation>aucune modification fusionnée d’identifiant {change_id}</translation>
    </message>
    <message>
      <source>no page</source>
      <translation>aucune page</translation>
    </message>
    <message>
      <source>no tag named {name!r} in this project</source>
      <translation>aucune étiquette nommée {name!r} dans ce projet</translation>
    </message>
    <message>
      <source>no tag with id {tag_id}</source>
      <translation>aucune étiquette d’identifiant {tag_id}</translation>
    </message>
    <message numerus="yes">
      <source>no text on %n pages: {pages} (scanned or blank pages are left out)</source>
      <translation>
        <numerusform>%n page sans texte : {pages} (les pages numérisées ou blanches sont laissées de côté)</numerusform>
        <numerusform>%n pages sans texte : {pages} (les pages numérisées ou blanches sont laissées de côté)</numerusform>
      </translation>
    </message>
    <message>
      <source>no verdict with id {verdict_id}</source>
      <translation>aucun verdict d’identifiant {verdict_id}</translation>
    </message>
    <message>
      <source>no {record} with id {record_id}</source>
      <translation>aucun enregistrement {record} d’identifiant {record_id}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>not UTF-8; read as {encoding} (detected), check the text</source>
      <translation>pas en UTF-8 ; lu comme {encoding} (détecté), vérifiez le texte</translation>
    </message>
    <message>
      <source>not a provenance field: {names}</source>
      <translation>pas un champ de provenance : {names}</translation>
    </message>
    <message>
      <source>not added to the project's fact-check archive: {error}</source>
      <translation>non ajouté à l’archive de vérifications du projet : {error}</translation>
    </message>
    <message>
      <source>not added to the shared archive {shared} (it cannot be written here)</source>
      <translation>non ajouté à l’archive partagée {shared} (elle ne peut pas être écrite ici)</translation>
    </message>
    <message>
      <source>not added to the shared archive: {error}</source>
      <translation>non ajouté à l’archive partagée : {error}</translation>
    </message>
    <message>
      <source>nothing to find: give at least one word (words after - or NOT are left out)</source>
      <translation>rien à chercher : donnez au moins un mot (les mots après - ou NOT sont exclus)</translation>
    </message>
    <message>
      <source>one article</source>
      <translation>un article</translation>
    </message>
    <message>
      <source>one dataset file</source>
      <translation>un fichier de jeu de données</translation>
    </message>
    <message>
      <source>one evidence file</source>
      <translation>un fichier de preuve</translation>
    </message>
    <message>
      <source>orphan: {where}: {reason}</source>
      <translation>orphelin : {where} : {reason}</translation>
    </message>
    <message>
      <source>over the size limit</source>
      <translation>dépasse la taille limite</translation>
    </message>
    <message>
      <source>page {number}</source>
      <translation>la page {number}</translation>
    </message>
    <message>
      <source>per-region results other than labels</source>
      <translation>résultats par région autres que des étiquettes</translation>
    </message>
    <message>
      <source>per-region results other than verdict, note and evidence</source>
      <translation>résultats par région autres que verdict, note et preuves</translation>
    </message>
    <message>
      <source>predictions (a model's pre-annotations)</source>
      <translation>prédictions (pré-annotations d’un modèle)</translation>
    </message>
    <message>
      <source>published {claims} ({ratings}) to {where}</source>
      <translation>publié {claims} ({ratings}) dans {where}</translation>
    </message>
    <message>
      <source>read as English: Tesseract's {language} data (tesseract-ocr-{code}) is not installed</source>
      <translation>lu en anglais : les données {language} de Tesseract (tesseract-ocr-{code}) ne sont pas installées</translation>
    </message>
    <message numerus="yes">
      <source>read by OCR (Tesseract) on %n pages: check its text against the scan</source>
      <translation>
        <numerusform>lu par OCR (Tesseract) sur %n page : comparez son texte au document numérisé</numerusform>
        <numerusform>lu par OCR (Tesseract) sur %n pages : comparez son texte au document numérisé</numerusform>
      </translation>
    </message>
    <message>
      <source>read by OCR (Tesseract): check its text against the image</source>
      <translation>lu par OCR (Tesseract) : comparez son texte à l’image</translation>
    </message>
    <message>
      <source>reviews</source>
      <translation>relectures</translation>
    </message>
    <message>
      <source>same figure: {figure}</source>
      <translation>même chiffre : {figure}</translation>
    </message>
    <message>
      <source>same name: {name}</source>
      <translation>même nom : {name}</translation>
    </message>
    <message>
      <source>sha256 is not a SHA-256 in hex</source>
      <translation>sha256 n’est pas un SHA-256 en hexadécimal</translation>
    </message>
    <message>
      <source>shared words: {words}</source>
      <translation>mots en commun : {words}</translation>
    </message>
    <message>
      <source>signal {number}</source>
      <translation>signal {number}</translation>
    </message>
    <message>
      <source>size says {size!r} bytes, the content holds {held}</source>
      <translation>la taille indique {size!r} octets, le contenu en a {held}</translation>
    </message>
    <message>
      <source>span {start}–{end} ({unit}) {where} and no quote is given to find it by</source>
      <translation>le passage {start}–{end} ({unit}) {where} et aucune citation n’est donnée pour le retrouver</translation>
    </message>
    <message>
      <source>span {start}–{end} is outside the article (0–{text_length}) or empty</source>
      <translation>le passage {start}–{end} est hors de l’article (0–{text_length}) ou vide</translation>
    </message>
    <message>
      <source>starts like {encoding} but is not valid at byte {start}</source>
      <translation>commence comme du {encoding} mais n’est pas valide à l’octet {start}</translation>
    </message>
    <message>
      <source>stopped answering after {seconds} s {where} (far slower than a real document: a malformed PDF?): not imported</source>
      <translation>ne répondait plus après {seconds} s {where} (bien plus lent qu’un vrai document : un PDF malformé ?) : non importé</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>étiquettes</translation>
    </message>
    <message>
      <source>tags have no field {names}</source>
      <translation>les étiquettes n’ont pas de champ {names}</translation>
    </message>
    <message>
      <source>the PDF reader</source>
      <translation>le lecteur PDF</translation>
    </message>
    <message>
      <source>the Word document has no text</source>
      <translation>le document Word n’a pas de texte</translation>
    </message>
    <message>
      <source>the annotation</source>
      <translation>l’annotation</translation>
    </message>
    <message>
      <source>the article</source>
      <translation>l’article</translation>
    </message>
    <message>
      <source>the article “{title}” is deleted: it cannot be annotated or linked</source>
      <translation>l’article « {title} » est supprimé : il ne peut pas être annoté ni relié</translation>
    </message>
    <message>
      <source>the article's source</source>
      <translation>la source de l’article</translation>
    </message>
    <message>
      <source>the claim</source>
      <translation>l’allégation</translation>
    </message>
    <message>
      <source>the document has no text</source>
      <translation>le document n’a pas de texte</translation>
    </message>
    <message>
      <source>the figures note</source>
      <translation>la note sur les chiffres</translation>
    </message>
    <message>
      <source>the file has no text</source>
      <translation>le fichier n’a pas de texte</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>le fichier est vide</translation>
    </message>
    <message>
      <source>the image</source>
      <translation>l’image</translation>
    </message>
    <message>
      <source>the link</source>
      <translation>le lien</translation>
    </message>
    <message>
      <source>the page</source>
      <translation>la page</translation>
    </message>
    <message>
      <source>the page could not be rendered in grey for OCR</source>
      <translation>la page n’a pas pu être rendue en niveaux de gris pour l’OCR</translation>
    </message>
    <message>
      <source>the pasted text</source>
      <translation>le texte collé</translation>
    </message>
    <message>
      <source>the project's schema has been altered ({names})</source>
      <translation>le schéma de base de données du projet a été altéré ({names})</translation>
    </message>
    <message>
      <source>the review</source>
      <translation>la relecture</translation>
    </message>
    <message>
      <source>the same text is already in the project as “{title}”</source>
      <translation>le même texte est déjà dans le projet sous le titre « {title} »</translation>
    </message>
    <message>
      <source>the search has an unclosed quote (")</source>
      <translation>la recherche a un guillemet non fermé (")</translation>
    </message>
    <message>
      <source>the search has too many words (at most {limit})</source>
      <translation>la recherche a trop de mots ({limit} au maximum)</translation>
    </message>
    <message>
      <source>the search is too long (at most {limit} characters)</source>
      <translation>la recherche est trop longue ({limit} caractères au maximum)</translation>
    </message>
    <message>
      <source>the source</source>
      <translation>la source</translation>
    </message>
    <message>
      <source>the source of article {article_id}</source>
      <translation>la source de l’article {article_id}</translation>
    </message>
    <message>
      <source>the tag for untagged annotations needs a name</source>
      <translation>l’étiquette des annotations sans étiquette doit avoir un nom</translation>
    </message>
    <message>
      <source>the untagged tag</source>
      <translation>l’étiquette des annotations sans étiquette</translation>
    </message>
    <message numerus="yes">
      <source>this page holds %n ClaimReviews; search engines show rich results for pages with one (--split writes one page per claim)</source>
      <translation>
        <numerusform>cette page contient %n ClaimReview ; les moteurs de recherche n’affichent de résultats enrichis que pour les pages qui n’en ont qu’un (--split écrit une page par allégation)</numerusform>
        <numerusform>cette page contient %n ClaimReview ; les moteurs de recherche n’affichent de résultats enrichis que pour les pages qui n’en ont qu’un (--split écrit une page par allégation)</numerusform>
      </translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>vrai ou faux</translation>
    </message>
    <message>
      <source>unknown decision {decision!r}</source>
      <translation>décision inconnue {decision!r}</translation>
    </message>
    <message>
      <source>unknown export format {fmt!r}; use one of {names}</source>
      <translation>format d’export inconnu {fmt!r} ; utilisez l’un de {names}</translation>
    </message>
    <message>
      <source>unknown offsets unit {unit!r}; use one of {names}</source>
      <translation>unité de positions inconnue {unit!r} ; utilisez l’une de {names}</translation>
    </message>
    <message>
      <source>unknown relation “{relation}”; use one of {names}</source>
      <translation>relation inconnue « {relation} » ; utilisez l’une de {names}</translation>
    </message>
    <message>
      <source>unknown report format {fmt!r}; use one of {names}</source>
      <translation>format de rapport inconnu {fmt!r} ; utilisez l’un de {names}</translation>
    </message>
    <message>
      <source>uses an encryption PDFium does not support: save an unencrypted copy</source>
      <translation>utilise un chiffrement que PDFium ne prend pas en charge : enregistrez une copie non chiffrée</translation>
    </message>
    <message>
      <source>verdicts</source>
      <translation>verdicts</translation>
    </message>
    <message>
      <source>verdicts have no field {names}</source>
      <translation>les verdicts n’ont pas de champ {names}</translation>
    </message>
    <message>
      <source>while opening it</source>
      <translation>à l’ouverture</translation>
    </message>
    <message>
      <source>word/document.xml has no document body</source>
      <translation>word/document.xml n’a pas de corps de document</translation>
    </message>
    <message>
      <source>would have {count:,} links, over the limit of {limit:,} links per annotation</source>
      <translation>aurait {count:,} liens, au-delà de la limite de {limit:,} liens par annotation</translation>
    </message>
    <message>
      <source>{added} of {total} rated claims added to the project's archive</source>
      <translation>{added} allégations avec verdict sur {total} ajoutées à l’archive du projet</translation>
    </message>
    <message>
      <source>{added} of {total} rated claims added to the shared archive {archive}</source>
      <translation>{added} allégations avec verdict sur {total} ajoutées à l’archive partagée {archive}</translation>
    </message>
    <message>
      <source>{column} is missing</source>
      <translation>{column} manque</translation>
    </message>
    <message>
      <source>{column} is not of type {kind}</source>
      <translation>{column} n’est pas de type {kind}</translation>
    </message>
    <message>
      <source>{column} {value} is not a time as Claimdesk writes it (ISO 8601, UTC)</source>
      <translation>{column} {value} n’est pas une heure au format de Claimdesk (ISO 8601, UTC)</translation>
    </message>
    <message>
      <source>{column} {value} refers to no {record}</source>
      <translation>{column} {value} ne renvoie à aucun enregistrement {record}</translation>
    </message>
    <message>
      <source>{count} long articles were compared only on their first {limit:,} characters.</source>
      <translation>{count} articles longs n’ont été comparés que sur leurs {limit:,} premiers caractères.</translation>
    </message>
    <message>
      <source>{count} page or time FragmentSelector(s) not checked: their article here has no pages or cues</source>
      <translation>{count} FragmentSelector(s) de page ou de temps non vérifié(s) : leur article ici n’a ni pages ni sous-titres</translation>
    </message>
    <message>
      <source>{count} {kind} left out: Claimdesk keeps span labels, verdicts, notes and evidence</source>
      <translation>laissés de côté : {count} {kind} ; Claimdesk conserve les étiquettes de passages, les verdicts, les notes et les preuves</translation>
    </message>
    <message>
      <source>{filename} would unpack to {file_size:,} bytes from {compress_size:,} (a zip bomb?)</source>
      <translation>{filename} se décompresserait en {file_size:,} octets à partir de {compress_size:,} (une bombe zip ?)</translation>
    </message>
    <message numerus="yes">
      <source>{files} and %n more</source>
      <translation>
        <numerusform>{files} et %n autre</numerusform>
        <numerusform>{files} et %n autres</numerusform>
      </translation>
    </message>
    <message>
      <source>{file} ({format}): {added} annotations added, {unchanged} already present, {reanchored} re-anchored, {orphaned} orphaned; {articles} articles, {links} links, {claims} claims added</source>
      <translation>{file} ({format}) : annotations ajoutées : {added}, déjà présentes : {unchanged}, réancrées : {reanchored}, orphelines : {orphaned} ; ajoutés : {articles} articles, {links} liens, {claims} allégations</translation>
    </message>
    <message>
      <source>{file}, page {number} ({url})</source>
      <translation>{file}, page {number} ({url})</translation>
    </message>
    <message>
      <source>{file}: a record breaks the project's rules ({error})</source>
      <translation>{file} : un enregistrement enfreint les règles du projet ({error})</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({reason})</source>
      <translation>{file} : illisible ({reason})</translation>
    </message>
    <message>
      <source>{file}: cannot tell its format; give one of {names}</source>
      <translation>{file} : format indéterminable ; indiquez l’un de {names}</translation>
    </message>
    <message>
      <source>{file}: is a Claimdesk project open here, not {what}</source>
      <translation>{file} : est un projet Claimdesk ouvert ici, pas {what}</translation>
    </message>
    <message>
      <source>{file}: is a dataset file ({suffix}), not an article; bring its annotations in with `claimdesk import-annotations` (File &gt; Import annotations)</source>
      <translation>{file} : est un fichier de jeu de données ({suffix}), pas un article ; importez ses annotations avec `claimdesk import-annotations` (Fichier &gt; Importer des annotations)</translation>
    </message>
    <message>
      <source>{file}: is a folder, not {what}</source>
      <translation>{file} : est un dossier, pas {what}</translation>
    </message>
    <message>
      <source>{file}: is an SQLite file (a Claimdesk project?), not an article; open it, or merge it into this project</source>
      <translation>{file} : est un fichier SQLite (un projet Claimdesk ?), pas un article ; ouvrez-le, ou fusionnez-le dans ce projet</translation>
    </message>
    <message>
      <source>{file}: is over the {limit} limit for {what}</source>
      <translation>{file} : dépasse la limite de {limit} pour {what}</translation>
    </message>
    <message>
      <source>{file}: is {kind}, not a regular file; refused as {what}</source>
      <translation>{file} : est {kind}, pas un fichier ordinaire ; refusé comme {what}</translation>
    </message>
    <message>
      <source>{file}: is {what}</source>
      <translation>{file} : est {what}</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
      <source>{file}: not a {fmt} file ({error!r})</source>
      <translation>{file} : pas un fichier {fmt} ({error!r})</translation>
    </message>
    <message>
      <source>{file}: {error}</source>
      <translation>{file} : {error}</translation>
    </message>
    <message>
      <source>{file}: {size:.1f} MB is over the {limit} limit for {what}</source>
      <translation>{file} : {size:.1f} Mo dépasse la limite de {limit} pour {what}</translation>
    </message>
    <message>
      <source>{file}: {warning}</source>
      <translation>{file} : {warning}</translation>
    </message>
    <message>
      <source>{fmt} counts offsets in code points, as its consumers do; a unit can be chosen for {names} only</source>
      <translation>{fmt} compte les positions en points de code, comme ses utilisateurs ; une unité ne peut être choisie que pour {names}</translation>
    </message>
    <message>
      <source>{fmt} counts offsets in code points; a unit can be chosen for {names} only</source>
      <translation>{fmt} compte les positions en points de code ; une unité ne peut être choisie que pour {names}</translation>
    </message>
    <message>
      <source>{log} does not belong to this project; move it away to open the project</source>
      <translation>{log} n’appartient pas à ce projet ; déplacez-le ailleurs pour ouvrir le projet</translation>
    </message>
    <message>
      <source>{lost} of the claim's appearances not placed</source>
      <translation>occurrences de l’allégation non placées : {lost}</translation>
    </message>
    <message>
      <source>{named}: cannot be read ({error})</source>
      <translation>{named} : illisible ({error})</translation>
    </message>
    <message>
      <source>{named}: evidence_files {evidence_id!r}</source>
      <translation>{named} : evidence_files {evidence_id!r}</translation>
    </message>
    <message>
      <source>{name}, article {number}</source>
      <translation>{name}, article {number}</translation>
    </message>
    <message>
      <source>{name}, item {number}</source>
      <translation>{name}, élément {number}</translation>
    </message>
    <message>
      <source>{name}, line {number}</source>
      <translation>{name}, ligne {number}</translation>
    </message>
    <message>
      <source>{name}, task {number}</source>
      <translation>{name}, tâche {number}</translation>
    </message>
    <message>
      <source>{name}, {member}</source>
      <translation>{name}, {member}</translation>
    </message>
    <message>
      <source>{name}, {type_system}</source>
      <translation>{name}, {type_system}</translation>
    </message>
    <message>
      <source>{name}: an XMI file needs the {type_system} INCEpTION exports with it, beside it (or import INCEpTION's ZIP as it is)</source>
      <translation>{name} : un fichier XMI a besoin, à côté de lui, du {type_system} qu’INCEpTION exporte avec (ou importez tel quel le ZIP d’INCEpTION)</translation>
    </message>
    <message>
      <source>{name}: expected INCEpTION's UIMA CAS XMI export (.xmi files and {type_system})</source>
      <translation>{name} : export UIMA CAS XMI d’INCEpTION attendu (fichiers .xmi et {type_system})</translation>
    </message>
    <message>
      <source>{name}: expected a W3C AnnotationCollection</source>
      <translation>{name} : AnnotationCollection W3C attendue</translation>
    </message>
    <message>
      <source>{name}: expected a W3C AnnotationCollection, page or annotation</source>
      <translation>{name} : AnnotationCollection, page ou annotation W3C attendue</translation>
    </message>
    <message>
      <source>{name}: expected a list of Label Studio tasks</source>
      <translation>{name} : liste de tâches Label Studio attendue</translation>
    </message>
    <message>
      <source>{name}: not a ZIP file (INCEpTION's XMI export)</source>
      <translation>{name} : pas un fichier ZIP (export XMI d’INCEpTION)</translation>
    </message>
    <message>
      <source>{name}: the ZIP unpacks to more than one dataset may hold</source>
      <translation>{name} : le ZIP se décompresse en plus que ce qu’un jeu de données peut contenir</translation>
    </message>
    <message>
      <source>{name}: the collection holds {count} of its {total} annotations; export it again with every annotation in the file</source>
      <translation>{name} : la collection contient {count} de ses {total} annotations ; exportez-la à nouveau avec toutes les annotations dans le fichier</translation>
    </message>
    <message>
      <source>{name}: the collection's pages are not in the file (it links to {names}); Claimdesk fetches nothing: save every page into one file</source>
      <translation>{name} : les pages de la collection ne sont pas dans le fichier (elle renvoie à {names}) ; Claimdesk ne télécharge rien : enregistrez toutes les pages dans un seul fichier</translation>
    </message>
    <message>
      <source>{out} exists and is not a folder; choose a new folder name</source>
      <translation>{out} existe et n’est pas un dossier ; choisissez un nouveau nom de dossier</translation>
    </message>
    <message>
      <source>{out} is a folder that is not a brat export; choose an empty or new folder</source>
      <translation>{out} est un dossier qui n’est pas un export brat ; choisissez un dossier vide ou nouveau</translation>
    </message>
    <message>
      <source>{out}: cannot be written ({reason}); nothing was exported</source>
      <translation>{out} : écriture impossible ({reason}) ; rien n’a été exporté</translation>
    </message>
    <message>
      <source>{out}: is a project open here; choose another name for the copy</source>
      <translation>{out} : est un projet ouvert ici ; choisissez un autre nom pour la copie</translation>
    </message>
    <message>
      <source>{part} cannot be unpacked ({error})</source>
      <translation>{part} ne peut pas être décompressé ({error})</translation>
    </message>
    <message>
      <source>{part} is not well-formed XML ({error})</source>
      <translation>{part} n’est pas du XML bien formé ({error})</translation>
    </message>
    <message>
      <source>{part} unpacks to over the {limit} limit (a zip bomb?)</source>
      <translation>{part} se décompresse au-delà de la limite de {limit} (une bombe zip ?)</translation>
    </message>
    <message>
      <source>{part} would unpack to {size:,.0f} MB, over the {limit} limit (a zip bomb?)</source>
      <translation>{part} se décompresserait en {size:,.0f} Mo, au-delà de la limite de {limit} (une bombe zip ?)</translation>
    </message>
    <message>
      <source>{path}: a Claimdesk project, not a fact-check archive</source>
      <translation>{path} : un projet Claimdesk, pas une archive de vérifications</translation>
    </message>
    <message>
      <source>{path}: a fact-check archive keeps no write-ahead log (it would be written when read); make a new one with claimdesk archive new</source>
      <translation>{path} : une archive de vérifications ne garde pas de journal d’écriture anticipée (il serait écrit à la lecture) ; créez-en une nouvelle avec claimdesk archive new</translation>
    </message>
    <message>
      <source>{path}: a fact-check archive of another version ({version}; this Claimdesk reads {supported})</source>
      <translation>{path} : une archive de vérifications d’une autre version ({version} ; ce Claimdesk lit {supported})</translation>
    </message>
    <message>
      <source>{path}: already exists; an archive is made in a new file</source>
      <translation>{path} : existe déjà ; une archive se crée dans un nouveau fichier</translation>
    </message>
    <message>
      <source>{path}: an SQLite file, but not a Claimdesk project</source>
      <translation>{path} : un fichier SQLite, mais pas un projet Claimdesk</translation>
    </message>
    <message>
      <source>{path}: busy; another program is writing to it</source>
      <translation>{path} : occupé ; un autre programme y écrit</translation>
    </message>
    <message>
      <source>{path}: cannot be opened ({error})</source>
      <translation>{path} : ouverture impossible ({error})</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({strerror})</source>
      <translation>{path} : illisible ({strerror})</translation>
    </message>
    <message>
      <source>{path}: cannot be read from here ({reason})</source>
      <translation>{path} : illisible d’ici ({reason})</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({error})</source>
      <translation>{path} : écriture impossible ({error})</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({reason})</source>
      <translation>{path} : écriture impossible ({reason})</translation>
    </message>
    <message>
      <source>{path}: cannot switch to write-ahead logging ({mode})</source>
      <translation>{path} : impossible de passer en journalisation anticipée ({mode})</translation>
    </message>
    <message>
      <source>{path}: folder {parent} does not exist</source>
      <translation>{path} : le dossier {parent} n’existe pas</translation>
    </message>
    <message>
      <source>{path}: has changes still in its log ({name}) that cannot be read from a read-only folder; copy the folder somewhere you can write</source>
      <translation>{path} : a des modifications encore dans son journal ({name}) qui ne peuvent pas être lues depuis un dossier en lecture seule ; copiez le dossier là où vous pouvez écrire</translation>
    </message>
    <message>
      <source>{path}: holds over {limit:,} fact-checks</source>
      <translation>{path} : contient plus de {limit:,} vérifications</translation>
    </message>
    <message>
      <source>{path}: is a folder or a device, not a fact-check archive</source>
      <translation>{path} : est un dossier ou un périphérique, pas une archive de vérifications</translation>
    </message>
    <message>
      <source>{path}: is a folder, not a project file</source>
      <translation>{path} : est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
      <source>{path}: is a named pipe or device, not a project file</source>
      <translation>{path} : est un tube nommé ou un périphérique, pas un fichier de projet</translation>
    </message>
    <message>
      <source>{path}: is locked by another program</source>
      <translation>{path} : est verrouillé par un autre programme</translation>
    </message>
    <message>
      <source>{path}: its folder {folder} is read-only, and a project needs to keep its journal files (-wal, -shm) beside it; copy it somewhere you can write</source>
      <translation>{path} : son dossier {folder} est en lecture seule, et un projet doit garder ses fichiers journaux (-wal, -shm) à côté de lui ; copiez-le là où vous pouvez écrire</translation>
    </message>
    <message>
      <source>{path}: locked by another program for over {seconds} s; close it there (or wait) and try again</source>
      <translation>{path} : verrouillé par un autre programme depuis plus de {seconds} s ; fermez-le là-bas (ou attendez) et réessayez</translation>
    </message>
    <message>
      <source>{path}: no such file</source>
      <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project (not an SQLite file)</source>
      <translation>{path} : pas un projet Claimdesk (pas un fichier SQLite)</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project (truncated SQLite header)</source>
      <translation>{path} : pas un projet Claimdesk (en-tête SQLite tronqué)</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project ({reason})</source>
      <translation>{path} : pas un projet Claimdesk ({reason})</translation>
    </message>
    <message>
      <source>{path}: not a fact-check archive (made with claimdesk archive new)</source>
      <translation>{path} : pas une archive de vérifications (créée avec claimdesk archive new)</translation>
    </message>
    <message>
      <source>{path}: not a fact-check archive (not an SQLite file)</source>
      <translation>{path} : pas une archive de vérifications (pas un fichier SQLite)</translation>
    </message>
    <message>
      <source>{path}: not a readable fact-check archive ({error})</source>
      <translation>{path} : pas une archive de vérifications lisible ({error})</translation>
    </message>
    <message>
      <source>{path}: opened read-only</source>
      <translation>{path} : ouvert en lecture seule</translation>
    </message>
    <message>
      <source>{path}: the archive (or its folder) is read-only; it can be matched against but not added to</source>
      <translation>{path} : l’archive (ou son dossier) est en lecture seule ; on peut s’y comparer mais pas y ajouter</translation>
    </message>
    <message>
      <source>{path}: the archive's schema has been altered ({names})</source>
      <translation>{path} : le schéma de base de données de l’archive a été altéré ({names})</translation>
    </message>
    <message>
      <source>{path}: the disk could not be read or written ({error}); nothing was changed</source>
      <translation>{path} : le disque n’a pas pu être lu ou écrit ({error}) ; rien n’a été modifié</translation>
    </message>
    <message>
      <source>{path}: the disk could not be read or written while checking its log {name} ({reason}); nothing was changed</source>
      <translation>{path} : le disque n’a pas pu être lu ou écrit pendant la vérification de son journal {name} ({reason}) ; rien n’a été modifié</translation>
    </message>
    <message>
      <source>{path}: the disk is full; nothing was changed</source>
      <translation>{path} : le disque est plein ; rien n’a été modifié</translation>
    </message>
    <message>
      <source>{path}: the fact-check index cannot answer ({error})</source>
      <translation>{path} : l’index des vérifications ne peut pas répondre ({error})</translation>
    </message>
    <message>
      <source>{path}: the file is read-only; it can be checked or exported but not edited (copy it somewhere you can write, or change its permissions)</source>
      <translation>{path} : le fichier est en lecture seule ; il peut être contrôlé ou exporté mais pas modifié (copiez-le là où vous pouvez écrire, ou changez ses permissions)</translation>
    </message>
    <message>
      <source>{path}: the file is truncated ({size} bytes, its header promises {promised})</source>
      <translation>{path} : le fichier est tronqué ({size} octets, son en-tête en annonce {promised})</translation>
    </message>
    <message>
      <source>{path}: the project's schema has been altered ({names})</source>
      <translation>{path} : le schéma de base de données du projet a été altéré ({names})</translation>
    </message>
    <message>
      <source>{path}: the published report</source>
      <translation>{path} : le rapport publié</translation>
    </message>
    <message>
      <source>{path}: the search index cannot answer ({error})</source>
      <translation>{path} : l’index de recherche ne peut pas répondre ({error})</translation>
    </message>
    <message>
      <source>{path}: written by a newer Claimdesk (schema {version}; this version reads up to {supported}). Update Claimdesk to open it; the file was not changed.</source>
      <translation>{path} : écrit par un Claimdesk plus récent (schéma {version} ; cette version lit jusqu’à {supported}). Mettez Claimdesk à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
      <source>{path}: written by an older Claimdesk (schema {version}); open it once in this version, where it can be written, to upgrade it</source>
      <translation>{path} : écrit par un Claimdesk plus ancien (schéma {version}) ; ouvrez-le une fois dans cette version, là où il peut être écrit, pour le mettre à niveau</translation>
    </message>
    <message>
      <source>{path}: written by an older Claimdesk, and a copy of it could not be upgraded for the merge in {folder} ({reason})</source>
      <translation>{path} : écrit par un Claimdesk plus ancien, et une copie n’a pas pu être mise à niveau pour la fusion dans {folder} ({reason})</translation>
    </message>
    <message>
      <source>{path}: {foreign}</source>
      <translation>{path} : {foreign}</translation>
    </message>
    <message>
      <source>{path}: {where} holds a value of the wrong type or length</source>
      <translation>{path} : {where} contient une valeur de type ou de longueur incorrect</translation>
    </message>
    <message>
      <source>{place}: "url" is not a web address</source>
      <translation>{place} : "url" n’est pas une adresse web</translation>
    </message>
    <message>
      <source>{place}: has no claim (the claim reviewed is missing or empty)</source>
      <translation>{place} : n’a pas d’allégation (l’allégation vérifiée manque ou est vide)</translation>
    </message>
    <message>
      <source>{place}: must be an object</source>
      <translation>{place} : doit être un objet</translation>
    </message>
    <message>
      <source>{place}: {error}</source>
      <translation>{place} : {error}</translation>
    </message>
    <message>
      <source>{place}: {problem}</source>
      <translation>{place} : {problem}</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place} : {reason}</translation>
    </message>
    <message>
      <source>{place}: {warning}</source>
      <translation>{place} : {warning}</translation>
    </message>
    <message>
      <source>{remark} ({count} lines)</source>
      <translation>{remark} ({count} lignes)</translation>
    </message>
    <message>
      <source>{spot}: a labels result needs start, end and a label</source>
      <translation>{spot} : un résultat labels demande start, end et une étiquette</translation>
    </message>
    <message>
      <source>{spot}: expected an object</source>
      <translation>{spot} : objet attendu</translation>
    </message>
    <message>
      <source>{spot}: expected an object with start, end and label</source>
      <translation>{spot} : objet attendu avec start, end et label</translation>
    </message>
    <message>
      <source>{spot}: from_id and to_id must be ids of this line's entities</source>
      <translation>{spot} : from_id et to_id doivent être des identifiants d’entités de cette ligne</translation>
    </message>
    <message>
      <source>{spot}: missing 'id'</source>
      <translation>{spot} : 'id' manquant</translation>
    </message>
    <message>
      <source>{spot}: missing '{missing}'</source>
      <translation>{spot} : '{missing}' manquant</translation>
    </message>
    <message>
      <source>{spot}: no value</source>
      <translation>{spot} : aucune valeur</translation>
    </message>
    <message>
      <source>{spot}: start and end must be whole numbers</source>
      <translation>{spot} : start et end doivent être des nombres entiers</translation>
    </message>
    <message>
      <source>{spot}: the labels must be a list</source>
      <translation>{spot} : les étiquettes doivent être une liste</translation>
    </message>
    <message>
      <source>{table} row {rowid}: refers to a missing {parent} record</source>
      <translation>{table} ligne {rowid} : renvoie à un enregistrement {parent} manquant</translation>
    </message>
    <message>
      <source>{table} {id}: live, but its {column} {ref} is deleted</source>
      <translation>{table} {id} : actif, mais son {column} {ref} est supprimé</translation>
    </message>
    <message>
      <source>{table} {id}: {column} {ref} does not exist</source>
      <translation>{table} {id} : {column} {ref} n’existe pas</translation>
    </message>
    <message>
      <source>{table} {record!r}: {reason}</source>
      <translation>{table} {record!r} : {reason}</translation>
    </message>
    <message>
      <source>{table} {record_id}: has the same name as {holder}</source>
      <translation>{table} {record_id} : a le même nom que {holder}</translation>
    </message>
    <message>
      <source>{table} {record_id}: {column} is over the limit of {most:,} characters</source>
      <translation>{table} {record_id} : {column} dépasse la limite de {most:,} caractères</translation>
    </message>
    <message>
      <source>{table} {record_id}: {problem}</source>
      <translation>{table} {record_id} : {problem}</translation>
    </message>
    <message>
      <source>{table} {record}: {column} {reason}</source>
      <translation>{table} {record} : {column} {reason}</translation>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated</source>
      <translation>{table} : ajouts : {added}, mises à jour : {updated}</translation>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated, {deleted} arrived deleted</source>
      <translation>{table} : ajouts : {added}, mises à jour : {updated}, arrivés supprimés : {deleted}</translation>
    </message>
    <message>
      <source>{template} (line {line}): the report template failed: {error}</source>
      <translation>{template} (ligne {line}) : le modèle de rapport a échoué : {error}</translation>
    </message>
    <message>
      <source>{template}: the report template failed: {error}</source>
      <translation>{template} : le modèle de rapport a échoué : {error}</translation>
    </message>
    <message>
      <source>{value!r} is not a Tesseract language code such as eng, spa or chi_sim (several joined by +, as spa+eng)</source>
      <translation>{value!r} n’est pas un code de langue Tesseract comme eng, spa ou chi_sim (plusieurs joints par +, comme spa+eng)</translation>
    </message>
    <message>
      <source>{value!r} is not an ISO 8601 date and time</source>
      <translation>{value!r} n’est pas une date et heure ISO 8601</translation>
    </message>
    <message>
      <source>{value!r} is out of range (before year 1 or after 9999 in UTC)</source>
      <translation>{value!r} est hors limites (avant l’an 1 ou après 9999 en UTC)</translation>
    </message>
    <message>
      <source>{where}, annotation {number}</source>
      <translation>{where}, annotation {number}</translation>
    </message>
    <message>
      <source>{where}, annotation {number}: expected a result list</source>
      <translation>{where}, annotation {number} : liste de résultats attendue</translation>
    </message>
    <message>
      <source>{where}, claim {number}</source>
      <translation>{where}, allégation {number}</translation>
    </message>
    <message>
      <source>{where}, entity {number}</source>
      <translation>{where}, entité {number}</translation>
    </message>
    <message>
      <source>{where}, label {number}</source>
      <translation>{where}, étiquette {number}</translation>
    </message>
    <message>
      <source>{where}, label {number}: expected [start, end, label]</source>
      <translation>{where}, étiquette {number} : [start, end, label] attendu</translation>
    </message>
    <message>
      <source>{where}, link {number}</source>
      <translation>{where}, lien {number}</translation>
    </message>
    <message>
      <source>{where}, relation {number}</source>
      <translation>{where}, relation {number}</translation>
    </message>
    <message>
      <source>{where}, result {number}</source>
      <translation>{where}, résultat {number}</translation>
    </message>
    <message>
      <source>{where}, span {number}</source>
      <translation>{where}, passage {number}</translation>
    </message>
    <message>
      <source>{where}, {control} {number}</source>
      <translation>{where}, {control} {number}</translation>
    </message>
    <message>
      <source>{where}: "annotations" must be a list</source>
      <translation>{where} : "annotations" doit être une liste</translation>
    </message>
    <message>
      <source>{where}: "provenance" must be an object</source>
      <translation>{where} : "provenance" doit être un objet</translation>
    </message>
    <message>
      <source>{where}: "segments" must be a list of at most {limit:,}</source>
      <translation>{where} : "segments" doit être une liste d’au plus {limit:,} éléments</translation>
    </message>
    <message>
      <source>{where}: "{field}" contains a NUL character</source>
      <translation>{where} : "{field}" contient un caractère NUL</translation>
    </message>
    <message>
      <source>{where}: "{field}" has {count:,} items, over the limit of {limit}</source>
      <translation>{where} : "{field}" a {count:,} éléments, au-delà de la limite de {limit}</translation>
    </message>
    <message>
      <source>{where}: "{field}" is not valid Unicode (a lone surrogate U+{code:04X} at character {start})</source>
      <translation>{where} : "{field}" n’est pas de l’Unicode valide (un demi-codet isolé U+{code:04X} au caractère {start})</translation>
    </message>
    <message>
      <source>{where}: "{field}" is {count:,} characters, over the limit of {limit:,}</source>
      <translation>{where} : "{field}" fait {count:,} caractères, au-delà de la limite de {limit:,}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be a list of links, not {kind}</source>
      <translation>{where} : "{field}" doit être une liste de liens, pas {kind}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be an object</source>
      <translation>{where} : "{field}" doit être un objet</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be text, not {kind}</source>
      <translation>{where} : "{field}" doit être du texte, pas {kind}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must hold objects</source>
      <translation>{where} : "{field}" doit contenir des objets</translation>
    </message>
    <message>
      <source>{where}: "{key}" holds {count:,} records, over the limit of {limit:,} per file</source>
      <translation>{where} : "{key}" contient {count:,} enregistrements, au-delà de la limite de {limit:,} par fichier</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be a list</source>
      <translation>{where} : "{key}" doit être une liste</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be a list of objects</source>
      <translation>{where} : "{key}" doit être une liste d’objets</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be an object</source>
      <translation>{where} : "{key}" doit être un objet</translation>
    </message>
    <message>
      <source>{where}: ClaimReview {number}</source>
      <translation>{where} : ClaimReview {number}</translation>
    </message>
    <message>
      <source>{where}: JSON nested deeper than {limit} levels; refused</source>
      <translation>{where} : JSON imbriqué sur plus de {limit} niveaux ; refusé</translation>
    </message>
    <message>
      <source>{where}: XML with a DOCTYPE or entities is refused</source>
      <translation>{where} : le XML avec un DOCTYPE ou des entités est refusé</translation>
    </message>
    <message>
      <source>{where}: a claimant must be an object with "name" and "kind"</source>
      <translation>{where} : un auteur doit être un objet avec "name" et "kind"</translation>
    </message>
    <message>
      <source>{where}: a linking annotation needs exactly two targets</source>
      <translation>{where} : une annotation de lien demande exactement deux cibles</translation>
    </message>
    <message>
      <source>{where}: a task needs a "data" object (or is a JSON_MIN record with regions)</source>
      <translation>{where} : une tâche demande un objet "data" (ou est un enregistrement JSON_MIN avec des régions)</translation>
    </message>
    <message>
      <source>{where}: a text area's text must be a list of lines</source>
      <translation>{where} : le texte d’une zone de texte doit être une liste de lignes</translation>
    </message>
    <message>
      <source>{where}: already in the project as “{title}”</source>
      <translation>{where} : déjà dans le projet sous le titre « {title} »</translation>
    </message>
    <message>
      <source>{where}: an article needs an id and a text</source>
      <translation>{where} : un article demande un identifiant et un texte</translation>
    </message>
    <message>
      <source>{where}: annotator_id refers to no annotator</source>
      <translation>{where} : annotator_id ne renvoie à aucun annotateur</translation>
    </message>
    <message>
      <source>{where}: article {article_id} is not in the project and the file does not hold its text</source>
      <translation>{where} : l’article {article_id} n’est pas dans le projet et le fichier ne contient pas son texte</translation>
    </message>
    <message>
      <source>{where}: claim {number}</source>
      <translation>{where} : allégation {number}</translation>
    </message>
    <message>
      <source>{where}: claimant kind {kind!r} is not person or organization</source>
      <translation>{where} : le type d’auteur {kind!r} n’est ni person ni organization</translation>
    </message>
    <message>
      <source>{where}: confidence must be a number</source>
      <translation>{where} : confidence doit être un nombre</translation>
    </message>
    <message>
      <source>{where}: expected a JSON object for one article</source>
      <translation>{where} : un objet JSON par article attendu</translation>
    </message>
    <message>
      <source>{where}: holds no fact-check (no ClaimReview, no claims)</source>
      <translation>{where} : ne contient aucune vérification (pas de ClaimReview, pas d’allégations)</translation>
    </message>
    <message>
      <source>{where}: holds over {limit:,} fact-checks; split it</source>
      <translation>{where} : contient plus de {limit:,} vérifications ; scindez-le</translation>
    </message>
    <message>
      <source>{where}: is over the {limit} limit for one evidence file</source>
      <translation>{where} : dépasse la limite de {limit} pour un fichier de preuve</translation>
    </message>
    <message>
      <source>{where}: its FragmentSelector says {fragment} but the quote is on {placed}; the fragment is ignored</source>
      <translation>{where} : son FragmentSelector indique {fragment} mais la citation est sur {placed} ; le fragment est ignoré</translation>
    </message>
    <message>
      <source>{where}: missing {error}</source>
      <translation>{where} : il manque {error}</translation>
    </message>
    <message>
      <source>{where}: neither ClaimReview JSON-LD nor claims:search JSON</source>
      <translation>{where} : ni du JSON-LD ClaimReview ni du JSON claims:search</translation>
    </message>
    <message>
      <source>{where}: no TextPositionSelector or TextQuoteSelector</source>
      <translation>{where} : ni TextPositionSelector ni TextQuoteSelector</translation>
    </message>
    <message>
      <source>{where}: no text in the field "{named}"</source>
      <translation>{where} : aucun texte dans le champ "{named}"</translation>
    </message>
    <message>
      <source>{where}: not UTF-8 text (invalid byte 0x{byte:02x} at byte {start})</source>
      <translation>{where} : pas du texte UTF-8 (octet invalide 0x{byte:02x} à l’octet {start})</translation>
    </message>
    <message>
      <source>{where}: not a UIMA CAS XMI file ({error})</source>
      <translation>{where} : pas un fichier UIMA CAS XMI ({error})</translation>
    </message>
    <message>
      <source>{where}: not a W3C Annotation (type must be Annotation)</source>
      <translation>{where} : pas une Annotation W3C (type doit valoir Annotation)</translation>
    </message>
    <message>
      <source>{where}: not valid JSON ({error})</source>
      <translation>{where} : JSON invalide ({error})</translation>
    </message>
    <message>
      <source>{where}: refers to no {record}</source>
      <translation>{where} : ne renvoie à aucun enregistrement {record}</translation>
    </message>
    <message>
      <source>{where}: say why the figures do not contradict each other</source>
      <translation>{where} : dites pourquoi les chiffres ne se contredisent pas</translation>
    </message>
    <message>
      <source>{where}: segment starts must rise inside the article's text</source>
      <translation>{where} : les débuts de segments doivent croître dans le texte de l’article</translation>
    </message>
    <message>
      <source>{where}: segment {number} needs a start within the article's text</source>
      <translation>{where} : le segment {number} doit commencer dans le texte de l’article</translation>
    </message>
    <message>
      <source>{where}: segment {number} starts before the one before</source>
      <translation>{where} : le segment {number} commence avant le précédent</translation>
    </message>
    <message>
      <source>{where}: segments are not JSON</source>
      <translation>{where} : les segments ne sont pas du JSON</translation>
    </message>
    <message>
      <source>{where}: segments must be a list of objects with a start</source>
      <translation>{where} : les segments doivent être une liste d’objets avec un début</translation>
    </message>
    <message>
      <source>{where}: selector start and end must be whole numbers</source>
      <translation>{where} : le début et la fin du sélecteur doivent être des nombres entiers</translation>
    </message>
    <message>
      <source>{where}: span {start}–{end} is outside the article text (0–{length}) or empty</source>
      <translation>{where} : le passage {start}–{end} est hors du texte de l’article (0–{length}) ou vide</translation>
    </message>
    <message>
      <source>{where}: start and end must be whole numbers</source>
      <translation>{where} : start et end doivent être des nombres entiers</translation>
    </message>
    <message>
      <source>{where}: the article has no "id"</source>
      <translation>{where} : l’article n’a pas d’"id"</translation>
    </message>
    <message>
      <source>{where}: the article has no "{field}"</source>
      <translation>{where} : l’article n’a pas de "{field}"</translation>
    </message>
    <message>
      <source>{where}: the article text is over the {limit} limit for one article</source>
      <translation>{where} : le texte de l’article dépasse la limite de {limit} pour un article</translation>
    </message>
    <message>
      <source>{where}: the claim's figures do not differ</source>
      <translation>{where} : les chiffres de l’allégation ne diffèrent pas</translation>
    </message>
    <message>
      <source>{where}: the same file is already attached there</source>
      <translation>{where} : le même fichier y est déjà joint</translation>
    </message>
    <message>
      <source>{where}: the target must name a source article and a selector</source>
      <translation>{where} : la cible doit désigner un article source et un sélecteur</translation>
    </message>
    <message>
      <source>{where}: the task has no text field (data.text or another)</source>
      <translation>{where} : la tâche n’a pas de champ de texte (data.text ou autre)</translation>
    </message>
    <message>
      <source>{where}: the {key} field is a link to the text, not the text; nothing is fetched: export the tasks with the text in them</source>
      <translation>{where} : le champ {key} est un lien vers le texte, pas le texte ; rien n’est téléchargé : exportez les tâches avec leur texte</translation>
    </message>
    <message>
      <source>{where}: which field holds the text, {names}? name it with --text-field</source>
      <translation>{where} : quel champ contient le texte, {names} ? nommez-le avec --text-field</translation>
    </message>
    <message>
      <source>{where}: {count:,} records (articles, annotations, links, claims), over the limit of {limit:,} per file</source>
      <translation>{where} : {count:,} enregistrements (articles, annotations, liens, allégations), au-delà de la limite de {limit:,} par fichier</translation>
    </message>
    <message>
      <source>{where}: {error}</source>
      <translation>{where} : {error}</translation>
    </message>
    <message>
      <source>{where}: {fragment}; ignored</source>
      <translation>{where} : {fragment} ; ignoré</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where} : {problem}</translation>
    </message>
    <message>
      <source>“{title}” is long: only its first {limit:,} characters were compared.</source>
      <translation>« {title} » est long : seuls ses {limit:,} premiers caractères ont été comparés.</translation>
    </message>
    <message>
      <source>…and {count} more FragmentSelectors ignored</source>
      <translation>…et {count} FragmentSelectors de plus ignorés</translation>
    </message>
  </context>
  <context>
    <name>OperationCommand</name>
    <message>
      <source>undo “{action}”</source>
      <translation>annuler « {action} »</translation>
    </message>
  </context>
  <context>
    <name>ProjectDocks</name>
    <message>
      <source>Annotations</source>
      <translation>Annotations</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>Allégations</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspecteur</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>Suggestions</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <source>&amp;All</source>
      <translation>&amp;Toutes</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Format :</translation>
    </message>
    <message>
      <source>&amp;Language of the page:</source>
      <translation>&amp;Langue de la page :</translation>
    </message>
    <message>
      <source>&amp;One page</source>
      <translation>&amp;Une page</translation>
    </message>
    <message>
      <source>&amp;Publish</source>
      <translation>&amp;Publier</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
      <source>&amp;These:</source>
      <translation>&amp;Celles-ci :</translation>
    </message>
    <message>
      <source>A new folder for the pages</source>
      <translation>Un nouveau dossier pour les pages</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>C&amp;hoisir…</translation>
    </message>
    <message>
      <source>Claims to publish</source>
      <translation>Allégations à publier</translation>
    </message>
    <message>
      <source>Claims:</source>
      <translation>Allégations :</translation>
    </message>
    <message>
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <source>One page per &amp;claim (a folder)</source>
      <translation>Une page par &amp;allégation (un dossier)</translation>
    </message>
    <message>
      <source>Only &amp;rated</source>
      <translation>Seulement avec &amp;verdict</translation>
    </message>
    <message>
      <source>Or&amp;ganisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Pages:</source>
      <translation>Pages :</translation>
    </message>
    <message>
      <source>Publish report</source>
      <translation>Publier le rapport</translation>
    </message>
    <message>
      <source>Review &amp;URL base:</source>
      <translation>&amp;Base des URL de vérification :</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>Enregistrer dans</translation>
    </message>
    <message>
      <source>Web page (HTML)</source>
      <translation>Page web (HTML)</translation>
    </message>
    <message>
      <source>Without it the published reviews have no web address, which Google requires.</source>
      <translation>Sans elle, les vérifications publiées n’ont pas d’adresse web, que Google exige.</translation>
    </message>
    <message>
      <source>Your newsroom, named on the page and in ClaimReview</source>
      <translation>Votre rédaction, nommée sur la page et dans ClaimReview</translation>
    </message>
    <message>
      <source>https://example.org/fact-checks/ (claim id is added)</source>
      <translation>https://example.org/fact-checks/ (l’identifiant de l’allégation est ajouté)</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>sans verdict</translation>
    </message>
    <message>
      <source>{language} (the project's)</source>
      <translation>{language} (celle du projet)</translation>
    </message>
    <message>
      <source>{number}. {wording} — {rating}</source>
      <translation>{number}. {wording} — {rating}</translation>
    </message>
  </context>
  <context>
    <name>RelationDialog</name>
    <message>
      <source>&amp;1  Same claim — the same statement, perhaps with other figures</source>
      <translation>&amp;1  Même allégation — le même énoncé, peut-être avec d’autres chiffres</translation>
    </message>
    <message>
      <source>&amp;2  Supports — the first backs up the second</source>
      <translation>&amp;2  Appuie — la première étaye la seconde</translation>
    </message>
    <message>
      <source>&amp;3  Contradicts — the two cannot both be true</source>
      <translation>&amp;3  Contredit — les deux ne peuvent être vraies à la fois</translation>
    </message>
    <message>
      <source>&amp;4  Related — worth reading together</source>
      <translation>&amp;4  Lié — à lire ensemble</translation>
    </message>
    <message>
      <source>From: {quote}</source>
      <translation>De : {quote}</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Relier</translation>
    </message>
    <message>
      <source>Link annotations</source>
      <translation>Relier des annotations</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Note (optional): why they relate</source>
      <translation>Note (facultative) : pourquoi elles sont liées</translation>
    </message>
    <message>
      <source>To: {quote}</source>
      <translation>Vers : {quote}</translation>
    </message>
  </context>
  <context>
    <name>Relations</name>
    <message>
      <source>contradicts</source>
      <translation>contredit</translation>
    </message>
    <message>
      <source>related</source>
      <translation>lié</translation>
    </message>
    <message>
      <source>same claim</source>
      <translation>même allégation</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>appuie</translation>
    </message>
  </context>
  <context>
    <name>ReviewDecision</name>
    <message>
      <source>Accept annotation</source>
      <translation>Accepter l’annotation</translation>
    </message>
    <message>
      <source>Clear review decision</source>
      <translation>Effacer la décision de relecture</translation>
    </message>
    <message>
      <source>Reject annotation</source>
      <translation>Rejeter l’annotation</translation>
    </message>
  </context>
  <context>
    <name>ReviewHighlights</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(étiquette inconnue)</translation>
    </message>
    <message>
      <source>{name} (you)</source>
      <translation>{name} (vous)</translation>
    </message>
  </context>
  <context>
    <name>ReviewMode</name>
    <message>
      <source>All of {colleague}'s annotations are reviewed</source>
      <translation>Toutes les annotations de {colleague} sont relues</translation>
    </message>
    <message>
      <source>Choose an annotation in the Review list</source>
      <translation>Choisissez une annotation dans la liste Relecture</translation>
    </message>
    <message>
      <source>No one else has annotations in this project yet. Bring a colleague's work in with File → Merge a colleague's project… first.</source>
      <translation>Personne d’autre n’a encore d’annotations dans ce projet. Commencez par importer le travail d’un collègue avec Fichier → Fusionner le projet d’un collègue…</translation>
    </message>
    <message>
      <source>Reject annotation</source>
      <translation>Rejeter l’annotation</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Relecture</translation>
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations: A accept, R reject, E edit and accept, J / K next / previous</source>
      <translation>Relecture de {colleague} : A accepter, R rejeter, E modifier et accepter, J/K suivante/précédente</translation>
    </message>
    <message>
      <source>Start review</source>
      <translation>Commencer la relecture</translation>
    </message>
    <message>
      <source>Why? (optional; Enter to reject without a comment)</source>
      <translation>Pourquoi ? (facultatif ; Entrée pour rejeter sans commentaire)</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <source>Article</source>
      <translation>Article</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Différence</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>%v of %m reviewed</source>
      <translation>%v sur %m relues</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Acceptées</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <source>Annotations to review</source>
      <translation>Annotations à relire</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejetées</translation>
    </message>
    <message>
      <source>Show annotations</source>
      <translation>Afficher les annotations</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <source>Unreviewed</source>
      <translation>Non relues</translation>
    </message>
    <message>
      <source>{pending} to review · {accepted} accepted · {rejected} rejected</source>
      <translation>à relire : {pending} · acceptées : {accepted} · rejetées : {rejected}</translation>
    </message>
  </context>
  <context>
    <name>ReviewRow</name>
    <message>
      <source>to review</source>
      <translation>à relire</translation>
    </message>
    <message>
      <source>✓ accepted</source>
      <translation>✓ acceptée</translation>
    </message>
    <message>
      <source>✗ rejected</source>
      <translation>✗ rejetée</translation>
    </message>
  </context>
  <context>
    <name>SchemeDialog</name>
    <message>
      <source>&amp;Tags</source>
      <translation>É&amp;tiquettes</translation>
    </message>
    <message>
      <source>&amp;Verdicts</source>
      <translation>&amp;Verdicts</translation>
    </message>
    <message>
      <source>Tag scheme and verdict scale</source>
      <translation>Schéma d’étiquettes et échelle de verdicts</translation>
    </message>
  </context>
  <context>
    <name>SchemePage</name>
    <message numerus="yes">
      <source>%n annotations carry the verdict “{verdict}”. Remove the verdict from the scale and from them?</source>
      <translation>
        <numerusform>%n annotation porte le verdict « {verdict} ». Retirer ce verdict de l’échelle et de cette annotation ?</numerusform>
        <numerusform>%n annotations portent le verdict « {verdict} ». Retirer ce verdict de l’échelle et de ces annotations ?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations use the tag “{tag}”. Remove the tag and those annotations?</source>
      <translation>
        <numerusform>%n annotation utilise l’étiquette « {tag} ». Retirer l’étiquette et cette annotation ?</numerusform>
        <numerusform>%n annotations utilisent l’étiquette « {tag} ». Retirer l’étiquette et ces annotations ?</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <source>&amp;Key</source>
      <translation>&amp;Touche</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>&amp;Retirer…</translation>
    </message>
    <message>
      <source>&amp;Value</source>
      <translation>&amp;Valeur</translation>
    </message>
    <message>
      <source>1–9, or empty</source>
      <translation>1–9, ou vide</translation>
    </message>
    <message>
      <source>A tag's {problem}.</source>
      <translation>Étiquette : {problem}.</translation>
    </message>
    <message>
      <source>C&amp;olour</source>
      <translation>C&amp;ouleur</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Colour of {name}</source>
      <translation>Couleur de {name}</translation>
    </message>
    <message>
      <source>Higher is truer; used as ratingValue in ClaimReview</source>
      <translation>Plus elle est élevée, plus c’est vrai ; sert de ratingValue dans ClaimReview</translation>
    </message>
    <message>
      <source>Key {key} already tags “{tag}”; choose another.</source>
      <translation>La touche {key} sert déjà à l’étiquette « {tag} » ; choisissez-en une autre.</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>&amp;Monter</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>D&amp;escendre</translation>
    </message>
    <message>
      <source>New tag {number}</source>
      <translation>Nouvelle étiquette {number}</translation>
    </message>
    <message>
      <source>New verdict {number}</source>
      <translation>Nouveau verdict {number}</translation>
    </message>
    <message>
      <source>Remove tag</source>
      <translation>Retirer l’étiquette</translation>
    </message>
    <message>
      <source>Remove verdict</source>
      <translation>Retirer le verdict</translation>
    </message>
    <message>
      <source>Tag key</source>
      <translation>Touche de l’étiquette</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings everything back.</source>
      <translation>Annuler (Ctrl+Z) rétablit tout.</translation>
    </message>
    <message>
      <source>Verdicts</source>
      <translation>Verdicts</translation>
    </message>
  </context>
  <context>
    <name>SearchAllDialog</name>
    <message numerus="yes">
      <source> (%n changed articles not searched yet)</source>
      <translation>
        <numerusform> (%n article modifié pas encore parcouru)</numerusform>
        <numerusform> (%n articles modifiés pas encore parcourus)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles match</source>
      <translation>
        <numerusform>%n article correspond</numerusform>
        <numerusform>%n articles correspondent</numerusform>
      </translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
      <source>; the best %n are listed</source>
      <translation>
        <numerusform> ; le meilleur (%n) est listé</numerusform>
        <numerusform> ; les %n meilleurs sont listés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>At least %n articles match</source>
      <translation>
        <numerusform>Au moins %n article correspond</numerusform>
        <numerusform>Au moins %n articles correspondent</numerusform>
      </translation>
    </message>
    <message>
      <source>Find in all articles</source>
      <translation>Rechercher dans tous les articles</translation>
    </message>
    <message>
      <source>Indexing articles for search</source>
      <translation>Indexation des articles pour la recherche</translation>
    </message>
    <message>
      <source>Indexing the project's articles for search…</source>
      <translation>Indexation des articles du projet pour la recherche…</translation>
    </message>
    <message>
      <source>Matching articles</source>
      <translation>Articles correspondants</translation>
    </message>
    <message>
      <source>No articles match</source>
      <translation>Aucun article ne correspond</translation>
    </message>
    <message>
      <source>The index could not be brought up to date: {error}</source>
      <translation>L’index n’a pas pu être mis à jour : {error}</translation>
    </message>
    <message>
      <source>Words (all must appear), "a phrase", prefix*, OR, -left out; case and accents ignored unless Exact is on</source>
      <translation>Mots (tous requis), "une expression", préfixe*, OR, -exclu ; casse et accents ignorés sauf si Exact est coché</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Claimdesk can be used with the keyboard alone. Single keys work where the last column says (an article pane, the review), never while you type in a field.</source>
      <translation>Claimdesk s’utilise entièrement au clavier. Les touches simples fonctionnent là où l’indique la dernière colonne (un volet d’article, la relecture), jamais pendant la saisie dans un champ.</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Où</translation>
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Show or hide the {panel} panel</source>
      <translation>Afficher ou masquer le panneau {panel}</translation>
    </message>
    <message>
      <source>Side bar</source>
      <translation>Barre latérale</translation>
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <source>Claimdesk needs a name to record with your annotations.</source>
      <translation>Claimdesk a besoin d’un nom à enregistrer avec vos annotations.</translation>
    </message>
  </context>
  <context>
    <name>StartReviewDialog</name>
    <message>
      <source>&amp;One pane: yours filled, theirs underlined</source>
      <translation>&amp;Un volet : les vôtres pleines, les siennes soulignées</translation>
    </message>
    <message>
      <source>&amp;Review the annotations of:</source>
      <translation>&amp;Relire les annotations de :</translation>
    </message>
    <message>
      <source>&amp;Side by side: yours left, theirs right</source>
      <translation>&amp;Côte à côte : les vôtres à gauche, les siennes à droite</translation>
    </message>
    <message>
      <source>Layout:</source>
      <translation>Disposition :</translation>
    </message>
    <message>
      <source>Start review</source>
      <translation>Commencer la relecture</translation>
    </message>
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
        <numerusform>%n lien suggéré</numerusform>
        <numerusform>%n liens suggérés</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Accepter</translation>
    </message>
    <message>
      <source>Accept suggestion: {kind}</source>
      <translation>Accepter la suggestion : {kind}</translation>
    </message>
    <message>
      <source>All articles</source>
      <translation>Tous les articles</translation>
    </message>
    <message>
      <source>Could not look for suggestions: {error}</source>
      <translation>Impossible de chercher des suggestions : {error}</translation>
    </message>
    <message>
      <source>Dis&amp;miss</source>
      <translation>É&amp;carter</translation>
    </message>
    <message>
      <source>Dismiss suggestion</source>
      <translation>Écarter la suggestion</translation>
    </message>
    <message>
      <source>Enter: accept and link · Delete: dismiss</source>
      <translation>Entrée : accepter et relier · Suppr : écarter</translation>
    </message>
    <message>
      <source>Link the two passages (Enter)</source>
      <translation>Relier les deux passages (Entrée)</translation>
    </message>
    <message>
      <source>Look across every article, not only those in the panes</source>
      <translation>Chercher dans tous les articles, pas seulement ceux des volets</translation>
    </message>
    <message>
      <source>Looking for suggested links…</source>
      <translation>Recherche de liens suggérés…</translation>
    </message>
    <message>
      <source>Never suggest this pair again (Delete)</source>
      <translation>Ne plus jamais suggérer cette paire (Suppr)</translation>
    </message>
    <message>
      <source>No suggestions for the articles shown</source>
      <translation>Aucune suggestion pour les articles affichés</translation>
    </message>
    <message>
      <source>Same figure</source>
      <translation>Même chiffre</translation>
    </message>
    <message>
      <source>Same quotation</source>
      <translation>Même citation</translation>
    </message>
    <message>
      <source>Same sentence</source>
      <translation>Même phrase</translation>
    </message>
    <message>
      <source>Search stopped; it runs again when this panel is shown.</source>
      <translation>Recherche arrêtée ; elle reprend quand ce panneau est affiché.</translation>
    </message>
    <message>
      <source>Suggested links</source>
      <translation>Liens suggérés</translation>
    </message>
    <message>
      <source>link</source>
      <translation>lien</translation>
    </message>
  </context>
  <context>
    <name>TagToolbar</name>
    <message>
      <source>Tag the selection as {tag}</source>
      <translation>Étiqueter la sélection comme {tag}</translation>
    </message>
    <message>
      <source>Tag the selection as {tag} (key {key} in a pane)</source>
      <translation>Étiqueter la sélection comme {tag} (touche {key} dans un volet)</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
  </context>
  <context>
    <name>TimelinePanel</name>
    <message>
      <source>(no wording yet)</source>
      <translation>(pas encore de formulation)</translation>
    </message>
    <message>
      <source>Appearances over time</source>
      <translation>Occurrences dans le temps</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Chiffre</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publié</translation>
    </message>
    <message>
      <source>Said by {claimant}</source>
      <translation>Affirmé par {claimant}</translation>
    </message>
    <message>
      <source>Said on</source>
      <translation>Dit le</translation>
    </message>
    <message>
      <source>Select a claim in the Claims panel to see how its figure moved.</source>
      <translation>Sélectionnez une allégation dans le panneau Allégations pour voir l’évolution de son chiffre.</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <source>Who said it</source>
      <translation>Qui l’a dit</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>non daté</translation>
    </message>
  </context>
  <context>
    <name>TriageDialog</name>
    <message numerus="yes">
      <source>%n sentences worth checking, best first</source>
      <translation>
        <numerusform>%n phrase à vérifier, la meilleure d’abord</numerusform>
        <numerusform>%n phrases à vérifier, les meilleures d’abord</numerusform>
      </translation>
    </message>
    <message>
      <source>A or Enter: annotate as a checkable claim · D or Delete: dismiss · Ctrl+Z: undo</source>
      <translation>A ou Entrée : annoter comme affirmation vérifiable · D ou Suppr : écarter · Ctrl+Z : annuler</translation>
    </message>
    <message>
      <source>Accept triage suggestion</source>
      <translation>Accepter la suggestion de tri</translation>
    </message>
    <message>
      <source>Dismiss triage suggestion</source>
      <translation>Écarter la suggestion de tri</translation>
    </message>
    <message>
      <source>Nothing left to triage.</source>
      <translation>Plus rien à trier.</translation>
    </message>
    <message>
      <source>Sentences worth checking</source>
      <translation>Phrases à vérifier</translation>
    </message>
    <message>
      <source>Triage: {title}</source>
      <translation>Tri : {title}</translation>
    </message>
    <message numerus="yes">
      <source>ranking learnt from %n decisions</source>
      <translation>
        <numerusform>classement appris de %n décision</numerusform>
        <numerusform>classement appris de %n décisions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>Redo {command}</source>
      <translation>Rétablir : {command}</translation>
    </message>
    <message>
      <source>Undo {command}</source>
      <translation>Annuler : {command}</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message numerus="yes">
      <source>At most %n panes side by side</source>
      <translation>
        <numerusform>%n volet côte à côte au maximum</numerusform>
        <numerusform>%n volets côte à côte au maximum</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted the annotation and its %n links (Ctrl+Z brings them back)</source>
      <translation>
        <numerusform>Annotation et son lien (%n) supprimés (Ctrl+Z les rétablit)</numerusform>
        <numerusform>Annotation et ses %n liens supprimés (Ctrl+Z les rétablit)</numerusform>
      </translation>
    </message>
    <message>
      <source>No tag has the key {key} (Edit → Tag scheme)</source>
      <translation>Aucune étiquette n’a la touche {key} (Édition → Schéma d’étiquettes)</translation>
    </message>
    <message>
      <source>Select some text first, then press a tag's key</source>
      <translation>Sélectionnez d’abord du texte, puis appuyez sur la touche d’une étiquette</translation>
    </message>
    <message>
      <source>The last pane stays open</source>
      <translation>Le dernier volet reste ouvert</translation>
    </message>
  </context>
  <context>
    <name>about_dialog</name>
    <message>
      <source>Each package's licence text is in its installed metadata (pip show -f NAME).</source>
      <translation>Le texte de licence de chaque paquet se trouve dans ses métadonnées installées (pip show -f NOM).</translation>
    </message>
    <message>
      <source>The licence texts are in {folder}, one folder per component; PySide6_Essentials/QT.txt there says how to replace the Qt libraries (LGPL-3.0).</source>
      <translation>Les textes de licence sont dans {folder}, un dossier par composant ; PySide6_Essentials/QT.txt y explique comment remplacer les bibliothèques Qt (LGPL-3.0).</translation>
    </message>
  </context>
  <context>
    <name>action_handlers</name>
    <message>
      <source>Open an article to triage it</source>
      <translation>Ouvrez un article pour le trier</translation>
    </message>
  </context>
  <context>
    <name>agreement_dialog</name>
    <message>
      <source>n/a</source>
      <translation>n.d.</translation>
    </message>
  </context>
  <context>
    <name>annotator_dialog</name>
    <message>
      <source>Who is annotating?</source>
      <translation>Qui annote ?</translation>
    </message>
    <message>
      <source>Your name is recorded with every annotation you make,
so a colleague reviewing your work can tell whose tags are whose.</source>
      <translation>Votre nom est enregistré avec chaque annotation que vous faites,
pour qu’un collègue qui relit votre travail sache à qui sont les étiquettes.</translation>
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
        <numerusform>%n occurrence d’allégation</numerusform>
        <numerusform>%n occurrences d’allégations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n lien</numerusform>
        <numerusform>%n liens</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete article</source>
      <translation>Supprimer l’article</translation>
    </message>
    <message>
      <source>Delete “{title}”? {carries}</source>
      <translation>Supprimer « {title} » ? {carries}</translation>
    </message>
    <message>
      <source>It carries no annotations.</source>
      <translation>Il ne porte aucune annotation.</translation>
    </message>
    <message>
      <source>It carries {what} and {last}.</source>
      <translation>Il porte {what} et {last}.</translation>
    </message>
    <message>
      <source>It carries {what}.</source>
      <translation>Il porte {what}.</translation>
    </message>
    <message>
      <source>Open or select an article to delete first</source>
      <translation>Ouvrez ou sélectionnez d’abord un article à supprimer</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back with all of them.</source>
      <translation>Annuler (Ctrl+Z) le rétablit avec tout cela.</translation>
    </message>
  </context>
  <context>
    <name>blind_view</name>
    <message>
      <source>Blind annotation: only your annotations are shown</source>
      <translation>Annotation à l’aveugle : seules vos annotations sont affichées</translation>
    </message>
    <message>
      <source>Everyone's annotations</source>
      <translation>Les annotations de tous</translation>
    </message>
    <message>
      <source>Show only my annotations</source>
      <translation>Afficher seulement mes annotations</translation>
    </message>
  </context>
  <context>
    <name>checked_before_dialog</name>
    <message>
      <source> (said by {claimant})</source>
      <translation> (propos de {claimant})</translation>
    </message>
    <message>
      <source> (shared archive {file})</source>
      <translation> (archive partagée {file})</translation>
    </message>
    <message>
      <source>unrated</source>
      <translation>sans verdict</translation>
    </message>
  </context>
  <context>
    <name>claimant_commands</name>
    <message>
      <source>Claim's claimant: {name}</source>
      <translation>Auteur de l’allégation : {name}</translation>
    </message>
    <message>
      <source>Claimant: {name}</source>
      <translation>Auteur : {name}</translation>
    </message>
    <message>
      <source>Remove claimant {name}</source>
      <translation>Retirer l’auteur {name}</translation>
    </message>
    <message>
      <source>Rename claimant to {name}</source>
      <translation>Renommer l’auteur en {name}</translation>
    </message>
    <message>
      <source>from its appearances</source>
      <translation>d’après ses occurrences</translation>
    </message>
    <message>
      <source>none</source>
      <translation>personne</translation>
    </message>
  </context>
  <context>
    <name>claimant_field</name>
    <message>
      <source>{claimant} via {outlet}</source>
      <translation>{claimant} via {outlet}</translation>
    </message>
  </context>
  <context>
    <name>commands</name>
    <message>
      <source>Change {fields}</source>
      <translation>Modifier {fields}</translation>
    </message>
    <message>
      <source>Could not {action}</source>
      <translation>Échec de l’action : {action}</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>la confiance</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>les preuves</translation>
    </message>
    <message>
      <source>note</source>
      <translation>la note</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>l’étiquette</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>le verdict</translation>
    </message>
  </context>
  <context>
    <name>contradiction_text</name>
    <message>
      <source> vs </source>
      <translation> contre </translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>dates differ: {list}</source>
      <translation>les dates diffèrent : {list}</translation>
    </message>
    <message>
      <source>figures differ: {list}</source>
      <translation>les chiffres diffèrent : {list}</translation>
    </message>
    <message>
      <source>{figures} ({where})</source>
      <translation>{figures} ({where})</translation>
    </message>
    <message>
      <source>{name} marked “{first}” as contradicting “{second}”</source>
      <translation>{name} a marqué « {first} » comme contredisant « {second} »</translation>
    </message>
  </context>
  <context>
    <name>dataset_dialogs</name>
    <message>
      <source>As its tool counts (doccano, Label Studio: UTF-16 units; Claimdesk: code points)</source>
      <translation>Comme le compte son outil (doccano, Label Studio : unités UTF-16 ; Claimdesk : points de code)</translation>
    </message>
    <message>
      <source>CSV, one row per annotation</source>
      <translation>CSV, une ligne par annotation</translation>
    </message>
    <message>
      <source>Code points</source>
      <translation>Points de code</translation>
    </message>
    <message>
      <source>Code points (Python, spaCy, Label Studio)</source>
      <translation>Points de code (Python, spaCy, Label Studio)</translation>
    </message>
    <message>
      <source>Code points, as Python and spaCy count; UTF-16 for a tool in a browser.</source>
      <translation>Points de code, comme les comptent Python et spaCy ; UTF-16 pour un outil dans un navigateur.</translation>
    </message>
    <message>
      <source>Code points, as Python counts; UTF-16 if your Label Studio counts them.</source>
      <translation>Points de code, comme les compte Python ; UTF-16 si votre Label Studio les compte ainsi.</translation>
    </message>
    <message>
      <source>INCEpTION, UIMA CAS XMI, zipped</source>
      <translation>INCEpTION, UIMA CAS XMI, zippé</translation>
    </message>
    <message>
      <source>JSON Lines, full records, spaCy-ready</source>
      <translation>JSON Lines, enregistrements complets, prêt pour spaCy</translation>
    </message>
    <message>
      <source>Label Studio tasks + labeling config</source>
      <translation>Tâches Label Studio + configuration d’étiquetage</translation>
    </message>
    <message>
      <source>SQLite copy of the whole project</source>
      <translation>Copie SQLite de tout le projet</translation>
    </message>
    <message>
      <source>UTF-16 units</source>
      <translation>Unités UTF-16</translation>
    </message>
    <message>
      <source>UTF-16 units (doccano, and browsers)</source>
      <translation>Unités UTF-16 (doccano et navigateurs)</translation>
    </message>
    <message>
      <source>W3C Web Annotation, JSON-LD</source>
      <translation>W3C Web Annotation, JSON-LD</translation>
    </message>
    <message>
      <source>brat standoff, zipped</source>
      <translation>brat standoff, zippé</translation>
    </message>
    <message>
      <source>doccano counts UTF-16 units (an emoji is two): keep this for doccano.</source>
      <translation>doccano compte en unités UTF-16 (un emoji en vaut deux) : gardez ce choix pour doccano.</translation>
    </message>
    <message>
      <source>doccano sequence labelling, JSONL</source>
      <translation>doccano étiquetage de séquences, JSONL</translation>
    </message>
    <message>
      <source>schema.org ClaimReview, JSON-LD</source>
      <translation>schema.org ClaimReview, JSON-LD</translation>
    </message>
  </context>
  <context>
    <name>dataset_flows</name>
    <message numerus="yes">
      <source>%n already present</source>
      <translation>
        <numerusform>%n déjà présente</numerusform>
        <numerusform>%n déjà présentes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations imported</source>
      <translation>
        <numerusform>%n annotation importée</numerusform>
        <numerusform>%n annotations importées</numerusform>
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
        <numerusform>%n allégation</numerusform>
        <numerusform>%n allégations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n lien</numerusform>
        <numerusform>%n liens</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n orphaned</source>
      <translation>
        <numerusform>%n orpheline</numerusform>
        <numerusform>%n orphelines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n re-anchored</source>
      <translation>
        <numerusform>%n réancrée</numerusform>
        <numerusform>%n réancrées</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Tous les fichiers</translation>
    </message>
    <message>
      <source>Annotation files</source>
      <translation>Fichiers d’annotations</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>Exporter un jeu de données</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <source>Exporting</source>
      <translation>Export en cours</translation>
    </message>
    <message>
      <source>Import annotations</source>
      <translation>Importer des annotations</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was added.</source>
      <translation>Import annulé ; rien n’a été ajouté.</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Échec de l’import</translation>
    </message>
    <message>
      <source>Importing annotations</source>
      <translation>Import des annotations</translation>
    </message>
    <message>
      <source>New tags: {names}.</source>
      <translation>Nouvelles étiquettes : {names}.</translation>
    </message>
    <message>
      <source>New verdicts: {names}.</source>
      <translation>Nouveaux verdicts : {names}.</translation>
    </message>
    <message>
      <source>Orphan: {where}: {reason}</source>
      <translation>Orpheline : {where} : {reason}</translation>
    </message>
    <message>
      <source>orphan — {where}: {reason}</source>
      <translation>orpheline — {where} : {reason}</translation>
    </message>
    <message>
      <source>re-anchored — {annotation}: {old} → {new}</source>
      <translation>réancrée — {annotation} : {old} → {new}</translation>
    </message>
    <message>
      <source>tag “{name}”</source>
      <translation>étiquette « {name} »</translation>
    </message>
    <message>
      <source>verdict “{name}”</source>
      <translation>verdict « {name} »</translation>
    </message>
    <message>
      <source>{articles}, {links} and {claims} added.</source>
      <translation>{articles}, {links} et {claims} ajoutés.</translation>
    </message>
    <message>
      <source>{file} uses what the project's scheme lacks: {missing}.

Add to the scheme and import?</source>
      <translation>{file} utilise des éléments absents du schéma du projet : {missing}.

Les ajouter au schéma et importer ?</translation>
    </message>
    <message>
      <source>{imported}, {unchanged}, {reanchored}, {orphaned}.</source>
      <translation>{imported}, {unchanged}, {reanchored}, {orphaned}.</translation>
    </message>
    <message>
      <source>{moved} (approximate)</source>
      <translation>{moved} (approximatif)</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more (Show Details).</source>
      <translation>
        <numerusform>… et %n autre (Afficher les détails).</numerusform>
        <numerusform>… et %n autres (Afficher les détails).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>factcheck_flows</name>
    <message numerus="yes">
      <source>%n already there</source>
      <translation>
        <numerusform>%n déjà présente</numerusform>
        <numerusform>%n déjà présentes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fact-checks added</source>
      <translation>
        <numerusform>%n vérification ajoutée</numerusform>
        <numerusform>%n vérifications ajoutées</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Tous les fichiers</translation>
    </message>
    <message>
      <source>Checked before?</source>
      <translation>Déjà vérifié ?</translation>
    </message>
    <message>
      <source>Fact-check archives</source>
      <translation>Archives de vérifications</translation>
    </message>
    <message>
      <source>Fact-checks</source>
      <translation>Vérifications</translation>
    </message>
    <message>
      <source>Import fact-checks</source>
      <translation>Importer des vérifications</translation>
    </message>
    <message>
      <source>Importing fact-checks</source>
      <translation>Import des vérifications</translation>
    </message>
    <message>
      <source>Put the caret in an annotation, or select a claim, to look for earlier checks</source>
      <translation>Placez le curseur dans une annotation, ou sélectionnez une allégation, pour chercher des vérifications antérieures</translation>
    </message>
    <message>
      <source>Shared archive left out: {reason}</source>
      <translation>Archive partagée ignorée : {reason}</translation>
    </message>
    <message>
      <source>Shared fact-check archive</source>
      <translation>Archive partagée de vérifications</translation>
    </message>
    <message>
      <source>Shared fact-check archive: {file}</source>
      <translation>Archive partagée de vérifications : {file}</translation>
    </message>
    <message>
      <source>{file}: {added} ({present})</source>
      <translation>{file} : {added} ({present})</translation>
    </message>
  </context>
  <context>
    <name>merge_flow</name>
    <message numerus="yes">
      <source>Changed on both sides (%n); the newer version was kept:</source>
      <translation>
        <numerusform>Modifié des deux côtés (%n) ; la version la plus récente a été conservée :</numerusform>
        <numerusform>Modifiés des deux côtés (%n) ; la version la plus récente a été conservée :</numerusform>
      </translation>
    </message>
    <message>
      <source>Changes to your work ({colleague} is the most recent annotator in that file; who made each edit is not recorded):</source>
      <translation>Modifications de votre travail ({colleague} est le dernier annotateur de ce fichier ; l’auteur de chaque modification n’est pas enregistré) :</translation>
    </message>
    <message>
      <source>Merge a colleague's project</source>
      <translation>Fusionner le projet d’un collègue</translation>
    </message>
    <message>
      <source>Merge failed</source>
      <translation>Échec de la fusion</translation>
    </message>
    <message>
      <source>Merge {other} into {project}?

Merging cannot be undone, and it clears the undo history. A copy of the project as it is now is saved first as {backup}.</source>
      <translation>Fusionner {other} dans {project} ?

La fusion est irréversible et efface l’historique d’annulation. Une copie du projet dans son état actuel est d’abord enregistrée sous {backup}.</translation>
    </message>
    <message>
      <source>Merged {file}.</source>
      <translation>{file} fusionné.</translation>
    </message>
    <message>
      <source>Merging</source>
      <translation>Fusion en cours</translation>
    </message>
    <message>
      <source>Nothing new: the project already holds everything in that file.</source>
      <translation>Rien de nouveau : le projet contient déjà tout ce que contient ce fichier.</translation>
    </message>
    <message>
      <source>Review → Start review… lists these; rejecting one restores your version.</source>
      <translation>Relecture → Commencer la relecture… les liste ; en rejeter une rétablit votre version.</translation>
    </message>
    <message>
      <source>That is the open project itself; choose another file.</source>
      <translation>C’est le projet ouvert lui-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
      <source>The project before the merge is saved as {file}.</source>
      <translation>Le projet avant la fusion est enregistré sous {file}.</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more</source>
      <translation>
        <numerusform>… et %n autre</numerusform>
        <numerusform>… et %n autres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>merged_change</name>
    <message>
      <source>(changed here too; theirs is newer)</source>
      <translation>(modifié ici aussi ; la version du collègue est plus récente)</translation>
    </message>
    <message>
      <source>an unknown one</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>la confiance</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>les preuves</translation>
    </message>
    <message>
      <source>explanation</source>
      <translation>l’explication</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>note</source>
      <translation>la note</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>l’étiquette</translation>
    </message>
    <message>
      <source>the annotation {text}</source>
      <translation>l’annotation {text}</translation>
    </message>
    <message>
      <source>the annotator {text}</source>
      <translation>l’annotateur {text}</translation>
    </message>
    <message>
      <source>the article {text}</source>
      <translation>l’article {text}</translation>
    </message>
    <message>
      <source>the claim appearance of {text}</source>
      <translation>l’occurrence d’allégation {text}</translation>
    </message>
    <message>
      <source>the claim {text}</source>
      <translation>l’allégation {text}</translation>
    </message>
    <message>
      <source>the link from {text}</source>
      <translation>le lien depuis {text}</translation>
    </message>
    <message>
      <source>the review of {text}</source>
      <translation>la relecture de {text}</translation>
    </message>
    <message>
      <source>the tag {text}</source>
      <translation>l’étiquette {text}</translation>
    </message>
    <message>
      <source>the verdict {text}</source>
      <translation>le verdict {text}</translation>
    </message>
    <message>
      <source>unknown tag</source>
      <translation>étiquette inconnue</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>le verdict</translation>
    </message>
    <message>
      <source>wording</source>
      <translation>la formulation</translation>
    </message>
    <message>
      <source>your annotation {text}</source>
      <translation>votre annotation {text}</translation>
    </message>
    <message>
      <source>your claim {text}</source>
      <translation>votre allégation {text}</translation>
    </message>
    <message>
      <source>{tag}, in {article}</source>
      <translation>{tag}, dans {article}</translation>
    </message>
    <message>
      <source>{who} brought back {what}</source>
      <translation>{who} a rétabli {what}</translation>
    </message>
    <message>
      <source>{who} changed the {field} of {what} from {old} to {new}</source>
      <translation>{who} a modifié {field} ({what}) : {old} → {new}</translation>
    </message>
    <message>
      <source>{who} deleted {what}</source>
      <translation>{who} a supprimé {what}</translation>
    </message>
    <message>
      <source>{who}'s newer version of {what} was kept</source>
      <translation>Version plus récente de {who} conservée pour {what}</translation>
    </message>
  </context>
  <context>
    <name>pane_menu</name>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Delete annotation</source>
      <translation>Supprimer l’annotation</translation>
    </message>
    <message>
      <source>Link to another annotation…</source>
      <translation>Relier à une autre annotation…</translation>
    </message>
    <message>
      <source>Open in inspector</source>
      <translation>Ouvrir dans l’inspecteur</translation>
    </message>
    <message>
      <source>Tag as {tag}</source>
      <translation>Étiqueter comme {tag}</translation>
    </message>
  </context>
  <context>
    <name>plain_text</name>
    <message>
      <source>not enough memory</source>
      <translation>mémoire insuffisante</translation>
    </message>
  </context>
  <context>
    <name>project_flows</name>
    <message numerus="yes">
      <source>%n files need attention:</source>
      <translation>
        <numerusform>%n fichier demande votre attention :</numerusform>
        <numerusform>%n fichiers demandent votre attention :</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Tous les fichiers</translation>
    </message>
    <message>
      <source>Articles and sources</source>
      <translation>Articles et sources</translation>
    </message>
    <message>
      <source>Claimdesk projects</source>
      <translation>Projets Claimdesk</translation>
    </message>
    <message numerus="yes">
      <source>Import %n articles</source>
      <translation>
        <numerusform>Importer %n article</numerusform>
        <numerusform>Importer %n articles</numerusform>
      </translation>
    </message>
    <message>
      <source>Import articles</source>
      <translation>Importer des articles</translation>
    </message>
    <message numerus="yes">
      <source>Import cancelled; %n articles imported before</source>
      <translation>
        <numerusform>Import annulé ; %n article importé auparavant</numerusform>
        <numerusform>Import annulé ; %n articles importés auparavant</numerusform>
      </translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Échec de l’import</translation>
    </message>
    <message>
      <source>Import the scanned PDFs by reading their pages with Tesseract (OCR)</source>
      <translation>Importer les PDF numérisés en lisant leurs pages avec Tesseract (OCR)</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles</source>
      <translation>
        <numerusform>%n article importé</numerusform>
        <numerusform>%n articles importés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles before you cancelled.</source>
      <translation>
        <numerusform>%n article importé avant l’annulation.</numerusform>
        <numerusform>%n articles importés avant l’annulation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles.</source>
      <translation>
        <numerusform>%n article importé.</numerusform>
        <numerusform>%n articles importés.</numerusform>
      </translation>
    </message>
    <message>
      <source>Importing articles</source>
      <translation>Import des articles</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Nouveau projet</translation>
    </message>
    <message>
      <source>No recent projects</source>
      <translation>Aucun projet récent</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Ouvrir un projet</translation>
    </message>
    <message>
      <source>Paste article</source>
      <translation>Coller un article</translation>
    </message>
    <message>
      <source>Paste as new article</source>
      <translation>Coller comme nouvel article</translation>
    </message>
    <message>
      <source>Read with OCR</source>
      <translation>Lire par OCR</translation>
    </message>
    <message>
      <source>Reading web archives</source>
      <translation>Lecture des archives web</translation>
    </message>
    <message>
      <source>Reading with OCR</source>
      <translation>Lecture par OCR</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Enregistrer une copie</translation>
    </message>
    <message>
      <source>Saved a copy as {path}</source>
      <translation>Copie enregistrée sous {path}</translation>
    </message>
    <message>
      <source>Saving a copy</source>
      <translation>Enregistrement d’une copie</translation>
    </message>
    <message>
      <source>The clipboard holds no text to make an article from.</source>
      <translation>Le presse-papiers ne contient aucun texte dont faire un article.</translation>
    </message>
    <message>
      <source>Title (leave empty to use the first line):</source>
      <translation>Titre (laisser vide pour utiliser la première ligne) :</translation>
    </message>
    <message>
      <source>{path} already exists; open it instead.</source>
      <translation>{path} existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more (Show Details… lists them all).</source>
      <translation>
        <numerusform>… et %n autre (Afficher les détails… les liste tous).</numerusform>
        <numerusform>… et %n autres (Afficher les détails… les liste tous).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>purge_flow</name>
    <message numerus="yes">
      <source>%n removed evidence files ({size}) will be deleted for good.</source>
      <translation>
        <numerusform>%n fichier de preuve retiré ({size}) sera supprimé définitivement.</numerusform>
        <numerusform>%n fichiers de preuve retirés ({size}) seront supprimés définitivement.</numerusform>
      </translation>
    </message>
    <message>
      <source>No removed evidence files to purge.</source>
      <translation>Aucun fichier de preuve retiré à purger.</translation>
    </message>
    <message>
      <source>Purge removed evidence files</source>
      <translation>Purger les fichiers de preuve retirés</translation>
    </message>
    <message numerus="yes">
      <source>Purged %n removed evidence files ({size}).</source>
      <translation>
        <numerusform>%n fichier de preuve retiré purgé ({size}).</numerusform>
        <numerusform>%n fichiers de preuve retirés purgés ({size}).</numerusform>
      </translation>
    </message>
    <message>
      <source>The undo history is cleared: what was done so far cannot be undone.</source>
      <translation>L’historique d’annulation est vidé : ce qui a été fait jusqu’ici ne pourra plus être annulé.</translation>
    </message>
  </context>
  <context>
    <name>report_flow</name>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>Publish report</source>
      <translation>Publier le rapport</translation>
    </message>
    <message>
      <source>Publish report failed</source>
      <translation>Échec de la publication du rapport</translation>
    </message>
    <message>
      <source>Publishing cancelled; nothing was written.</source>
      <translation>Publication annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
      <source>Publishing report</source>
      <translation>Publication du rapport</translation>
    </message>
    <message>
      <source>The reviews have no web address (Google requires one): fill in “Review URL base” in File → Publish report… and publish again.</source>
      <translation>Les vérifications n’ont pas d’adresse web (Google en exige une) : remplissez « Base des URL de vérification » dans Fichier → Publier le rapport… et publiez à nouveau.</translation>
    </message>
  </context>
  <context>
    <name>review_changes</name>
    <message>
      <source>annotation</source>
      <translation>annotation</translation>
    </message>
    <message>
      <source>claim</source>
      <translation>allégation</translation>
    </message>
    <message>
      <source>your annotation</source>
      <translation>votre annotation</translation>
    </message>
    <message>
      <source>your claim</source>
      <translation>votre allégation</translation>
    </message>
  </context>
  <context>
    <name>review_layers</name>
    <message>
      <source>Only {who} marked this</source>
      <translation>Marqué seulement par {who}</translation>
    </message>
    <message>
      <source>Tag differs: {who} tagged it {tags}</source>
      <translation>Étiquette différente : {who} l’a étiqueté {tags}</translation>
    </message>
  </context>
  <context>
    <name>review_rows</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(étiquette inconnue)</translation>
    </message>
    <message>
      <source>Below them: what merges changed of your work (A keeps it, R restores yours).</source>
      <translation>En dessous : ce que les fusions ont changé dans votre travail (A le garde, R rétablit le vôtre).</translation>
    </message>
    <message>
      <source>Dashed magenta: only one of you marked it, or your tags differ.</source>
      <translation>Magenta en tirets : un seul de vous l’a marqué, ou vos étiquettes diffèrent.</translation>
    </message>
    <message>
      <source>Left pane: yours · right pane: {colleague}'s.</source>
      <translation>Volet de gauche : les vôtres · volet de droite : celles de {colleague}.</translation>
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations as {me}.</source>
      <translation>Relecture des annotations de {colleague} en tant que {me}.</translation>
    </message>
    <message>
      <source>Yours are filled, theirs underlined.</source>
      <translation>Les vôtres sont pleines, les siennes soulignées.</translation>
    </message>
  </context>
  <context>
    <name>scheme_commands</name>
    <message>
      <source>Add tag {name}</source>
      <translation>Ajouter l’étiquette {name}</translation>
    </message>
    <message>
      <source>Add verdict {name}</source>
      <translation>Ajouter le verdict {name}</translation>
    </message>
    <message>
      <source>Edit article details</source>
      <translation>Modifier les détails de l’article</translation>
    </message>
    <message>
      <source>Edit tag {name}</source>
      <translation>Modifier l’étiquette {name}</translation>
    </message>
    <message>
      <source>Edit verdict {name}</source>
      <translation>Modifier le verdict {name}</translation>
    </message>
    <message>
      <source>Remove tag {name}</source>
      <translation>Retirer l’étiquette {name}</translation>
    </message>
    <message>
      <source>Remove verdict {name}</source>
      <translation>Retirer le verdict {name}</translation>
    </message>
    <message>
      <source>Reorder tags</source>
      <translation>Réordonner les étiquettes</translation>
    </message>
    <message>
      <source>Reorder verdicts</source>
      <translation>Réordonner les verdicts</translation>
    </message>
  </context>
  <context>
    <name>spans</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(étiquette inconnue)</translation>
    </message>
    <message>
      <source>{percent}% confident</source>
      <translation>confiance : {percent} %</translation>
    </message>
  </context>
  <context>
    <name>timeline_panel</name>
    <message>
      <source>Story timeline</source>
      <translation>Chronologie du sujet</translation>
    </message>
  </context>
</TS>
