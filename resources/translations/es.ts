<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Claimdesk</source>
      <translation>Acerca de Claimdesk</translation>
    </message>
    <message>
      <source>Licence: {licence}.</source>
      <translation>Licencia: {licence}.</translation>
    </message>
    <message>
      <source>Offline annotation for fact-checkers. Read reports side by side, tag and rate their claims, link the same claim across reports and export the result as a dataset. Everything stays in one local project file.</source>
      <translation>Anotación sin conexión para verificadores. Lee los reportajes lado a lado, etiqueta y califica sus afirmaciones, vincula la misma afirmación entre reportajes y exporta el resultado como conjunto de datos. Todo queda en un único archivo de proyecto local.</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>Software de terceros</translation>
    </message>
    <message>
      <source>Third-party software it runs on, and its licences:</source>
      <translation>Software de terceros sobre el que funciona y sus licencias:</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;About Claimdesk</source>
      <translation>&amp;Acerca de Claimdesk</translation>
    </message>
    <message>
      <source>&amp;Accept and go to the next</source>
      <translation>&amp;Aceptar y pasar a la siguiente</translation>
    </message>
    <message>
      <source>&amp;Add pane</source>
      <translation>&amp;Añadir vista</translation>
    </message>
    <message>
      <source>&amp;Claims</source>
      <translation>A&amp;firmaciones</translation>
    </message>
    <message>
      <source>&amp;Close pane</source>
      <translation>&amp;Cerrar vista</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <source>&amp;Edit and accept</source>
      <translation>&amp;Editar y aceptar</translation>
    </message>
    <message>
      <source>&amp;Export dataset…</source>
      <translation>E&amp;xportar conjunto de datos…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Find in pane…</source>
      <translation>&amp;Buscar en la vista…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>&amp;High contrast</source>
      <translation>Alto c&amp;ontraste</translation>
    </message>
    <message>
      <source>&amp;Import articles…</source>
      <translation>&amp;Importar artículos…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
      <source>&amp;Link annotation…</source>
      <translation>&amp;Vincular anotación…</translation>
    </message>
    <message>
      <source>&amp;Merge a colleague's project…</source>
      <translation>&amp;Fusionar el proyecto de un colega…</translation>
    </message>
    <message>
      <source>&amp;New project…</source>
      <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
      <source>&amp;Next claim</source>
      <translation>Afirmación &amp;siguiente</translation>
    </message>
    <message>
      <source>&amp;Next in the list</source>
      <translation>Siguie&amp;nte de la lista</translation>
    </message>
    <message>
      <source>&amp;Next pane</source>
      <translation>Vista &amp;siguiente</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
      <source>&amp;Paste as new article</source>
      <translation>&amp;Pegar como artículo nuevo</translation>
    </message>
    <message>
      <source>&amp;Previous claim</source>
      <translation>Afirmación &amp;anterior</translation>
    </message>
    <message>
      <source>&amp;Previous pane</source>
      <translation>Vista an&amp;terior</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Reject…</source>
      <translation>&amp;Rechazar…</translation>
    </message>
    <message>
      <source>&amp;Reset zoom</source>
      <translation>R&amp;establecer zoom</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>&amp;Revisión</translation>
    </message>
    <message>
      <source>&amp;Start review…</source>
      <translation>&amp;Iniciar revisión…</translation>
    </message>
    <message>
      <source>&amp;Suggested links</source>
      <translation>Vínculos s&amp;ugeridos</translation>
    </message>
    <message>
      <source>&amp;Synchronised scrolling</source>
      <translation>&amp;Desplazamiento sincronizado</translation>
    </message>
    <message>
      <source>&amp;Tag scheme and verdicts…</source>
      <translation>&amp;Esquema de etiquetas y veredictos…</translation>
    </message>
    <message>
      <source>&amp;Triage this article…</source>
      <translation>C&amp;ribar este artículo…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>A&amp;greement between annotators…</source>
      <translation>&amp;Concordancia entre anotadores…</translation>
    </message>
    <message>
      <source>Accept it and open it in the inspector to edit</source>
      <translation>Aceptarla y abrirla en el inspector para editarla</translation>
    </message>
    <message>
      <source>Accept the colleague's annotation and go to the next unreviewed</source>
      <translation>Aceptar la anotación del colega y pasar a la siguiente sin revisar</translation>
    </message>
    <message>
      <source>Accept the suggestion: link the two passages</source>
      <translation>Aceptar la sugerencia: vincular los dos pasajes</translation>
    </message>
    <message>
      <source>Add earlier fact-checks (ClaimReview JSON-LD, Google Fact Check Tools JSON)</source>
      <translation>Añadir verificaciones anteriores (ClaimReview JSON-LD, Google Fact Check Tools JSON)</translation>
    </message>
    <message>
      <source>Anno&amp;tating layout</source>
      <translation>Disposición de a&amp;notación</translation>
    </message>
    <message>
      <source>Annotate the sentence as a checkable claim, its reasons as the note</source>
      <translation>Anotar la frase como afirmación verificable, con sus motivos como nota</translation>
    </message>
    <message>
      <source>Annotating layout: the inspector and annotations under the panes</source>
      <translation>Disposición de anotación: el inspector y las anotaciones bajo las vistas</translation>
    </message>
    <message>
      <source>Article &amp;details…</source>
      <translation>&amp;Detalles del artículo…</translation>
    </message>
    <message>
      <source>Blind double annotation: each annotator sees only their own work</source>
      <translation>Doble anotación ciega: cada anotador ve solo su propio trabajo</translation>
    </message>
    <message>
      <source>Change the relation or note of the link</source>
      <translation>Cambiar la relación o la nota del vínculo</translation>
    </message>
    <message>
      <source>Checked &amp;before?…</source>
      <translation>¿Verificada an&amp;tes?…</translation>
    </message>
    <message>
      <source>Clear the selection, or cancel a link being made</source>
      <translation>Quitar la selección o cancelar el vínculo en curso</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
      <source>Context menu: tag, link, delete</source>
      <translation>Menú contextual: etiquetar, vincular, eliminar</translation>
    </message>
    <message>
      <source>Cycle through the annotations under the caret</source>
      <translation>Recorrer las anotaciones bajo el cursor</translation>
    </message>
    <message>
      <source>De&amp;lete article…</source>
      <translation>&amp;Eliminar artículo…</translation>
    </message>
    <message>
      <source>Delete article…</source>
      <translation>Eliminar artículo…</translation>
    </message>
    <message>
      <source>Delete the annotation at the caret (undoable)</source>
      <translation>Eliminar la anotación del cursor (se puede deshacer)</translation>
    </message>
    <message>
      <source>Delete the kept bytes of removed evidence files; clears the undo history</source>
      <translation>Borra los bytes guardados de los archivos de evidencia eliminados; vacía el historial de deshacer</translation>
    </message>
    <message>
      <source>Delete the link</source>
      <translation>Eliminar el vínculo</translation>
    </message>
    <message>
      <source>Dismiss the sentence</source>
      <translation>Descartar la frase</translation>
    </message>
    <message>
      <source>Dismiss the suggestion</source>
      <translation>Descartar la sugerencia</translation>
    </message>
    <message>
      <source>Earlier fact-checks matching the annotation at the caret or the selection</source>
      <translation>Verificaciones anteriores que coinciden con la anotación del cursor o con la selección</translation>
    </message>
    <message>
      <source>Edit the article's title in place (Enter keeps it)</source>
      <translation>Editar el título del artículo ahí mismo (Enter lo guarda)</translation>
    </message>
    <message>
      <source>Edit the tag scheme and verdict scale</source>
      <translation>Editar el esquema de etiquetas y la escala de veredictos</translation>
    </message>
    <message>
      <source>Export the project as a dataset</source>
      <translation>Exportar el proyecto como conjunto de datos</translation>
    </message>
    <message>
      <source>Extend the selection by character, word</source>
      <translation>Ampliar la selección por carácter, palabra</translation>
    </message>
    <message>
      <source>Find in &amp;all articles…</source>
      <translation>Buscar en &amp;todos los artículos…</translation>
    </message>
    <message>
      <source>Find in this article</source>
      <translation>Buscar en este artículo</translation>
    </message>
    <message>
      <source>Go to the other end of a link of the annotation at the caret (again: back)</source>
      <translation>Ir al otro extremo de un vínculo de la anotación del cursor (otra vez: volver)</translation>
    </message>
    <message>
      <source>High contrast: white text on black, remembered for the next start</source>
      <translation>Alto contraste: texto blanco sobre negro, se recuerda en el próximo inicio</translation>
    </message>
    <message>
      <source>Import &amp;annotations…</source>
      <translation>Importar anota&amp;ciones…</translation>
    </message>
    <message>
      <source>Import &amp;fact-checks…</source>
      <translation>Importar &amp;verificaciones…</translation>
    </message>
    <message>
      <source>Import annotations (JSONL, W3C, Label Studio)</source>
      <translation>Importar anotaciones (JSONL, W3C, Label Studio)</translation>
    </message>
    <message>
      <source>Import article files</source>
      <translation>Importar archivos de artículos</translation>
    </message>
    <message>
      <source>Link the annotation at the caret (as L)</source>
      <translation>Vincular la anotación del cursor (como L)</translation>
    </message>
    <message>
      <source>Link the annotation at the caret to another (L in a pane; L again on the other end, or click it)</source>
      <translation>Vincular la anotación del cursor con otra (L en una vista; L otra vez en el otro extremo, o un clic en él)</translation>
    </message>
    <message>
      <source>Link…</source>
      <translation>Vincular…</translation>
    </message>
    <message>
      <source>Match this project against a newsroom's fact-check archive file too</source>
      <translation>Comparar también este proyecto con el archivo de verificaciones de una redacción</translation>
    </message>
    <message>
      <source>Move focus to the next / previous pane</source>
      <translation>Pasar el foco a la vista siguiente / anterior</translation>
    </message>
    <message>
      <source>Move the caret</source>
      <translation>Mover el cursor</translation>
    </message>
    <message>
      <source>Ne&amp;w shared fact-check archive…</source>
      <translation>Nuevo archivo de verificaciones compar&amp;tido…</translation>
    </message>
    <message>
      <source>Next annotation</source>
      <translation>Anotación siguiente</translation>
    </message>
    <message>
      <source>Next annotation in the Review list</source>
      <translation>Anotación siguiente en la lista Revisión</translation>
    </message>
    <message>
      <source>Next claim, its appearances side by side</source>
      <translation>Afirmación siguiente, con sus apariciones lado a lado</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>Coincidencia siguiente</translation>
    </message>
    <message>
      <source>Only &amp;contradicted claims</source>
      <translation>Solo afirmaciones &amp;contradichas</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
      <source>Open the annotation at the caret in the inspector</source>
      <translation>Abrir en el inspector la anotación del cursor</translation>
    </message>
    <message>
      <source>Open the article in the active pane</source>
      <translation>Abrir el artículo en la vista activa</translation>
    </message>
    <message>
      <source>P&amp;ublish report…</source>
      <translation>Pu&amp;blicar informe…</translation>
    </message>
    <message>
      <source>Paste the clipboard as a new article</source>
      <translation>Pegar el portapapeles como artículo nuevo</translation>
    </message>
    <message>
      <source>Pre&amp;vious in the list</source>
      <translation>Anteri&amp;or de la lista</translation>
    </message>
    <message>
      <source>Previous annotation</source>
      <translation>Anotación anterior</translation>
    </message>
    <message>
      <source>Previous annotation in the Review list</source>
      <translation>Anotación anterior en la lista Revisión</translation>
    </message>
    <message>
      <source>Previous claim, its appearances side by side</source>
      <translation>Afirmación anterior, con sus apariciones lado a lado</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>Coincidencia anterior</translation>
    </message>
    <message>
      <source>Publish the claims as a fact-check page (HTML), PDF or Markdown</source>
      <translation>Publicar las afirmaciones como página de verificación (HTML), PDF o Markdown</translation>
    </message>
    <message>
      <source>Purge removed evidence file&amp;s…</source>
      <translation>Purgar archivos de evidencia eli&amp;minados…</translation>
    </message>
    <message>
      <source>Rea&amp;ding layout</source>
      <translation>Disposición de &amp;lectura</translation>
    </message>
    <message>
      <source>Reading layout: the panes only; panels in the side bar</source>
      <translation>Disposición de lectura: solo las vistas; los paneles, en la barra lateral</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <source>Reject it (a comment is optional: Enter without one)</source>
      <translation>Rechazarla (el comentario es opcional: Enter sin él)</translation>
    </message>
    <message>
      <source>Reopen c&amp;losed pane</source>
      <translation>&amp;Reabrir vista cerrada</translation>
    </message>
    <message>
      <source>Reopen the pane closed last, where it was</source>
      <translation>Reabrir la última vista cerrada, donde estaba</translation>
    </message>
    <message>
      <source>Revie&amp;wing layout</source>
      <translation>Disposición de re&amp;visión</translation>
    </message>
    <message>
      <source>Reviewing layout: articles and claims beside the panes as well</source>
      <translation>Disposición de revisión: además, artículos y afirmaciones junto a las vistas</translation>
    </message>
    <message>
      <source>Same claim / supports / contradicts / related</source>
      <translation>Misma afirmación / respalda / contradice / relacionada</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
      <source>Save a copy of the whole project, as it is now</source>
      <translation>Guardar una copia de todo el proyecto, tal como está ahora</translation>
    </message>
    <message>
      <source>Show how the selected claim's figure moved across outlets and dates</source>
      <translation>Mostrar cómo cambió la cifra de la afirmación seleccionada según medios y fechas</translation>
    </message>
    <message>
      <source>Show only &amp;my annotations</source>
      <translation>Mostrar solo &amp;mis anotaciones</translation>
    </message>
    <message>
      <source>Show only contradicted claims</source>
      <translation>Mostrar solo las afirmaciones contradichas</translation>
    </message>
    <message>
      <source>Start a link at the annotation at the caret; L again on (or a click on) the other end</source>
      <translation>Empezar un vínculo en la anotación del cursor; L otra vez en el otro extremo (o un clic en él)</translation>
    </message>
    <message>
      <source>Start reviewing a colleague's annotations</source>
      <translation>Empezar a revisar las anotaciones de un colega</translation>
    </message>
    <message>
      <source>Sto&amp;p review</source>
      <translation>&amp;Detener revisión</translation>
    </message>
    <message>
      <source>Stor&amp;y timeline</source>
      <translation>Cro&amp;nología de la historia</translation>
    </message>
    <message>
      <source>Tag the selection with the tag of that number</source>
      <translation>Etiquetar la selección con la etiqueta de ese número</translation>
    </message>
    <message>
      <source>The article's sentences most worth checking, with why</source>
      <translation>Las frases del artículo que más vale la pena verificar, y por qué</translation>
    </message>
    <message>
      <source>This list</source>
      <translation>Esta lista</translation>
    </message>
    <message>
      <source>Title, outlet, date and address of the article in the active pane</source>
      <translation>Título, medio, fecha y dirección del artículo de la vista activa</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Use a s&amp;hared fact-check archive…</source>
      <translation>Usar un a&amp;rchivo de verificaciones compartido…</translation>
    </message>
    <message>
      <source>Version, licence, and the licences of the software Claimdesk runs on</source>
      <translation>Versión, licencia y licencias del software sobre el que funciona Claimdesk</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>A&amp;umentar zoom</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>Reducir &amp;zoom</translation>
    </message>
    <message>
      <source>anywhere</source>
      <translation>en cualquier lugar</translation>
    </message>
    <message>
      <source>in an article pane</source>
      <translation>en una vista de artículo</translation>
    </message>
    <message>
      <source>in review mode</source>
      <translation>en el modo de revisión</translation>
    </message>
    <message>
      <source>in review mode, unless typing in a field</source>
      <translation>en el modo de revisión, salvo al escribir en un campo</translation>
    </message>
    <message>
      <source>in the Articles list</source>
      <translation>en la lista Artículos</translation>
    </message>
    <message>
      <source>in the Suggested links list</source>
      <translation>en la lista Vínculos sugeridos</translation>
    </message>
    <message>
      <source>in the Triage list</source>
      <translation>en la lista de cribado</translation>
    </message>
    <message>
      <source>in the find bar</source>
      <translation>en la barra de búsqueda</translation>
    </message>
    <message>
      <source>in the inspector's links list</source>
      <translation>en la lista de vínculos del inspector</translation>
    </message>
    <message>
      <source>in the link dialog</source>
      <translation>en el diálogo de vínculo</translation>
    </message>
  </context>
  <context>
    <name>AddLink</name>
    <message>
      <source>Link as {relation}</source>
      <translation>Vincular como {relation}</translation>
    </message>
  </context>
  <context>
    <name>AgreementChart</name>
    <message>
      <source>No figures yet</source>
      <translation>Aún no hay cifras</translation>
    </message>
    <message>
      <source>n/a</source>
      <translation>n/d</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <source>&amp;Annotators:</source>
      <translation>&amp;Anotadores:</translation>
    </message>
    <message>
      <source>&amp;Compute</source>
      <translation>&amp;Calcular</translation>
    </message>
    <message>
      <source>&amp;Save JSON…</source>
      <translation>&amp;Guardar JSON…</translation>
    </message>
    <message>
      <source>Agreement between annotators</source>
      <translation>Concordancia entre anotadores</translation>
    </message>
    <message>
      <source>Agreement per tag</source>
      <translation>Concordancia por etiqueta</translation>
    </message>
    <message>
      <source>All tags (micro)</source>
      <translation>Todas las etiquetas (micro)</translation>
    </message>
    <message>
      <source>Annotators to compare</source>
      <translation>Anotadores que comparar</translation>
    </message>
    <message>
      <source>C&amp;hart:</source>
      <translation>G&amp;ráfico:</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Cohen's κ</source>
      <translation>κ de Cohen</translation>
    </message>
    <message>
      <source>Computing agreement</source>
      <translation>Calculando la concordancia</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>Calculando…</translation>
    </message>
    <message>
      <source>Copied the figures as CSV.</source>
      <translation>Cifras copiadas como CSV.</translation>
    </message>
    <message>
      <source>Copy as CS&amp;V</source>
      <translation>Copiar como CS&amp;V</translation>
    </message>
    <message>
      <source>Could not compute agreement: {error}</source>
      <translation>No se pudo calcular la concordancia: {error}</translation>
    </message>
    <message>
      <source>Could not save {file}: {reason}</source>
      <translation>No se pudo guardar {file}: {reason}</translation>
    </message>
    <message>
      <source>F1 exact</source>
      <translation>F1 exacto</translation>
    </message>
    <message>
      <source>F1 overlap</source>
      <translation>F1 por solapamiento</translation>
    </message>
    <message>
      <source>Krippendorff's α</source>
      <translation>α de Krippendorff</translation>
    </message>
    <message>
      <source>Press Compute to compare the ticked annotators.</source>
      <translation>Pulsa Calcular para comparar los anotadores marcados.</translation>
    </message>
    <message>
      <source>Save agreement figures</source>
      <translation>Guardar las cifras de concordancia</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>Se guardó {file}.</translation>
    </message>
    <message>
      <source>Tick at least two annotators, then Compute.</source>
      <translation>Marca al menos dos anotadores y pulsa Calcular.</translation>
    </message>
    <message numerus="yes">
      <source>{annotators}: %n articles annotated by all. Hover a figure for its counts.</source>
      <translation>
        <numerusform>{annotators}: %n artículo anotado por todos. Pasa el puntero sobre una cifra para ver sus recuentos.</numerusform>
        <numerusform>{annotators}: %n artículos anotados por todos. Pasa el puntero sobre una cifra para ver sus recuentos.</numerusform>
      </translation>
    </message>
    <message>
      <source>α (all)</source>
      <translation>α (todos)</translation>
    </message>
    <message>
      <source>α, all compared</source>
      <translation>α, todos comparados</translation>
    </message>
  </context>
  <context>
    <name>AnnotationTable</name>
    <message>
      <source>All annotators</source>
      <translation>Todos los anotadores</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Todas las etiquetas</translation>
    </message>
    <message>
      <source>All verdicts</source>
      <translation>Todos los veredictos</translation>
    </message>
    <message>
      <source>Annotations</source>
      <translation>Anotaciones</translation>
    </message>
    <message>
      <source>Filter by text or note</source>
      <translation>Filtrar por texto o nota</translation>
    </message>
    <message>
      <source>Filter by text or note…</source>
      <translation>Filtrar por texto o nota…</translation>
    </message>
    <message>
      <source>Show annotator</source>
      <translation>Mostrar anotador</translation>
    </message>
    <message>
      <source>Show tag</source>
      <translation>Mostrar etiqueta</translation>
    </message>
    <message>
      <source>Show verdict</source>
      <translation>Mostrar veredicto</translation>
    </message>
  </context>
  <context>
    <name>AnnotationTableModel</name>
    <message>
      <source>Annotator</source>
      <translation>Anotador</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>Artículo</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Creada</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Etiqueta</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Veredicto</translation>
    </message>
  </context>
  <context>
    <name>Announcer</name>
    <message>
      <source>Done: {action}</source>
      <translation>Hecho: {action}</translation>
    </message>
    <message>
      <source>Redone: {action}</source>
      <translation>Rehecho: {action}</translation>
    </message>
    <message>
      <source>Undone: {action}</source>
      <translation>Deshecho: {action}</translation>
    </message>
  </context>
  <context>
    <name>ArchivePagesDialog</name>
    <message>
      <source>Captured pages to import</source>
      <translation>Páginas capturadas que importar</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Import pages from a web archive</source>
      <translation>Importar páginas de un archivo web</translation>
    </message>
    <message numerus="yes">
      <source>{archive} holds %n captured web pages. Tick the ones to import as articles; each keeps its URL and capture time.</source>
      <translation>
        <numerusform>{archive} contiene %n página web capturada. Marca las que quieras importar como artículos; cada una conserva su URL y su hora de captura.</numerusform>
        <numerusform>{archive} contiene %n páginas web capturadas. Marca las que quieras importar como artículos; cada una conserva su URL y su hora de captura.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ArticleDetailsDialog</name>
    <message>
      <source> · from {source}</source>
      <translation> · de {source}</translation>
    </message>
    <message numerus="yes">
      <source>%n characters · imported {date}</source>
      <translation>
        <numerusform>%n carácter · importado el {date}</numerusform>
        <numerusform>%n caracteres · importado el {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Árabe</translation>
    </message>
    <message>
      <source>Archive URL</source>
      <translation>URL archivada</translation>
    </message>
    <message>
      <source>Article details</source>
      <translation>Detalles del artículo</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <source>Date (YYYY-MM-DD)</source>
      <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
      <source>Detected ({language})</source>
      <translation>Detectado ({language})</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <source>File SHA-256</source>
      <translation>SHA-256 del archivo</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Francés</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Original URL</source>
      <translation>URL original</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>Medio</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>Portugués</translation>
    </message>
    <message>
      <source>Provenance</source>
      <translation>Procedencia</translation>
    </message>
    <message>
      <source>Retrieved or captured</source>
      <translation>Obtenido o capturado</translation>
    </message>
    <message>
      <source>Source file</source>
      <translation>Archivo de origen</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>Español</translation>
    </message>
    <message>
      <source>The language this article's numbers, dates and claims are read in</source>
      <translation>El idioma en que se leen las cifras, fechas y afirmaciones de este artículo</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
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
      <translation>Artículos</translation>
    </message>
    <message>
      <source>Filter articles</source>
      <translation>Filtrar artículos</translation>
    </message>
    <message>
      <source>Filter articles…</source>
      <translation>Filtrar artículos…</translation>
    </message>
  </context>
  <context>
    <name>ArticleListModel</name>
    <message>
      <source>Annotations</source>
      <translation>Anotaciones</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>Medio</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
  </context>
  <context>
    <name>ArticlePane</name>
    <message>
      <source>Article shown in this pane</source>
      <translation>Artículo que muestra esta vista</translation>
    </message>
    <message>
      <source>Article text</source>
      <translation>Texto del artículo</translation>
    </message>
    <message>
      <source>Article title</source>
      <translation>Título del artículo</translation>
    </message>
    <message>
      <source>Choose an article above.</source>
      <translation>Elige un artículo arriba.</translation>
    </message>
    <message>
      <source>Choose the article this pane shows</source>
      <translation>Elegir el artículo que muestra esta vista</translation>
    </message>
    <message>
      <source>Close this pane</source>
      <translation>Cerrar esta vista</translation>
    </message>
    <message>
      <source>Close this pane (Ctrl+W)</source>
      <translation>Cerrar esta vista (Ctrl+W)</translation>
    </message>
    <message>
      <source>Double-click (or F2 in the text) to edit the title</source>
      <translation>Doble clic (o F2 en el texto) para editar el título</translation>
    </message>
    <message>
      <source>No articles yet: File → Import articles… (Ctrl+I), or paste one as a new article (Ctrl+Shift+V).</source>
      <translation>Aún no hay artículos: Archivo → Importar artículos… (Ctrl+I), o pega uno como artículo nuevo (Ctrl+Shift+V).</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back; or choose another article above</source>
      <translation>Deshacer (Ctrl+Z) lo recupera; o elige otro artículo arriba</translation>
    </message>
    <message>
      <source>“{title}” was deleted</source>
      <translation>Se eliminó «{title}»</translation>
    </message>
  </context>
  <context>
    <name>ArticleView</name>
    <message>
      <source>{tag}, by {annotator}: {quote}</source>
      <translation>{tag}, de {annotator}: {quote}</translation>
    </message>
  </context>
  <context>
    <name>BackgroundTask</name>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
  </context>
  <context>
    <name>ChangeDecision</name>
    <message>
      <source>Keep colleague's change</source>
      <translation>Conservar el cambio del colega</translation>
    </message>
    <message>
      <source>Restore your version</source>
      <translation>Restaurar tu versión</translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeDialog</name>
    <message numerus="yes">
      <source>%n earlier fact-checks match, best first (of {archive}).</source>
      <translation>
        <numerusform>%n verificación anterior coincide (de {archive}).</numerusform>
        <numerusform>%n verificaciones anteriores coinciden, las mejores primero (de {archive}).</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Shared fact-check archive…</source>
      <translation>Archivo &amp;compartido de verificaciones…</translation>
    </message>
    <message>
      <source>Also searched: the shared archive {file}</source>
      <translation>También se buscó en el archivo compartido {file}</translation>
    </message>
    <message>
      <source>Checked before?</source>
      <translation>¿Verificada antes?</translation>
    </message>
    <message>
      <source>Earlier fact-checks</source>
      <translation>Verificaciones anteriores</translation>
    </message>
    <message>
      <source>No earlier fact-check among {archive} matches.</source>
      <translation>Ninguna de las {archive} verificaciones anteriores coincide.</translation>
    </message>
    <message>
      <source>No shared archive: only this project's</source>
      <translation>Sin archivo compartido: solo el de este proyecto</translation>
    </message>
    <message>
      <source>The archive is empty: File → Import fact-checks… adds earlier fact-checks.</source>
      <translation>El archivo de verificaciones está vacío: Archivo → Importar verificaciones… añade verificaciones anteriores.</translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeList</name>
    <message>
      <source>Checked before</source>
      <translation>Verificada antes</translation>
    </message>
    <message numerus="yes">
      <source>Checked before? %n earlier fact-checks match</source>
      <translation>
        <numerusform>¿Verificada antes? Coincide %n verificación anterior</numerusform>
        <numerusform>¿Verificada antes? Coinciden %n verificaciones anteriores</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeNote</name>
    <message numerus="yes">
      <source>%n more…</source>
      <translation>
        <numerusform>%n más…</numerusform>
        <numerusform>%n más…</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked before: {best}</source>
      <translation>Verificada antes: {best}</translation>
    </message>
    <message>
      <source>Why…</source>
      <translation>Por qué…</translation>
    </message>
  </context>
  <context>
    <name>ClaimClaimantField</name>
    <message>
      <source>Claim said by</source>
      <translation>Afirmación dicha por</translation>
    </message>
    <message>
      <source>From its appearances: {name}</source>
      <translation>Según sus apariciones: {name}</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>Persona u organización</translation>
    </message>
    <message>
      <source>Who made the claim, over whom its appearances name; blank: they decide</source>
      <translation>Quién hizo la afirmación, por encima de lo que indiquen sus apariciones; en blanco: deciden ellas</translation>
    </message>
    <message>
      <source>Who made the claim?</source>
      <translation>¿Quién hizo la afirmación?</translation>
    </message>
  </context>
  <context>
    <name>ClaimEditor</name>
    <message>
      <source>&amp;Sources</source>
      <translation>F&amp;uentes</translation>
    </message>
    <message>
      <source>&amp;Wording</source>
      <translation>&amp;Formulación</translation>
    </message>
    <message>
      <source>Change claim evidence</source>
      <translation>Cambiar la evidencia de la afirmación</translation>
    </message>
    <message>
      <source>Change claim explanation</source>
      <translation>Cambiar la explicación de la afirmación</translation>
    </message>
    <message>
      <source>Change claim rating</source>
      <translation>Cambiar la calificación de la afirmación</translation>
    </message>
    <message>
      <source>Change claim wording</source>
      <translation>Cambiar la formulación de la afirmación</translation>
    </message>
    <message>
      <source>E&amp;xplanation</source>
      <translation>E&amp;xplicación</translation>
    </message>
    <message>
      <source>Evidence: one URL per line</source>
      <translation>Evidencia: una URL por línea</translation>
    </message>
    <message>
      <source>Ratin&amp;g</source>
      <translation>Ca&amp;lificación</translation>
    </message>
    <message>
      <source>Remove claim</source>
      <translation>Eliminar afirmación</translation>
    </message>
    <message>
      <source>Said &amp;by</source>
      <translation>Dic&amp;ho por</translation>
    </message>
    <message>
      <source>The appearances and their links stay; undo brings it back</source>
      <translation>Las apariciones y sus vínculos se mantienen; deshacer la recupera</translation>
    </message>
    <message>
      <source>The claim in your own words</source>
      <translation>La afirmación con tus propias palabras</translation>
    </message>
    <message>
      <source>Why this rating: what the evidence shows</source>
      <translation>Por qué esta calificación: qué muestra la evidencia</translation>
    </message>
    <message>
      <source>— not rated —</source>
      <translation>— sin calificar —</translation>
    </message>
  </context>
  <context>
    <name>ClaimantField</name>
    <message>
      <source>Claimant list</source>
      <translation>Lista de autores</translation>
    </message>
    <message>
      <source>New name for “{name}”, wherever it is named:</source>
      <translation>Nuevo nombre para «{name}», dondequiera que aparezca:</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>Persona u organización</translation>
    </message>
    <message>
      <source>Remove from the list</source>
      <translation>Quitar de la lista</translation>
    </message>
    <message>
      <source>Rename claimant</source>
      <translation>Renombrar autor</translation>
    </message>
    <message>
      <source>Rename or remove this claimant</source>
      <translation>Renombrar o quitar este autor</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Renombrar…</translation>
    </message>
    <message>
      <source>Said by</source>
      <translation>Dicho por</translation>
    </message>
    <message>
      <source>Suggested: {name}</source>
      <translation>Sugerencia: {name}</translation>
    </message>
    <message>
      <source>Use “{name}”</source>
      <translation>Usar «{name}»</translation>
    </message>
    <message>
      <source>Who made the claim here (not the outlet that reported it)</source>
      <translation>Quién hizo aquí la afirmación (no el medio que la publicó)</translation>
    </message>
    <message>
      <source>Who made the claim?</source>
      <translation>¿Quién hizo la afirmación?</translation>
    </message>
  </context>
  <context>
    <name>ClaimsPanel</name>
    <message numerus="yes">
      <source>%n appearances</source>
      <translation>
        <numerusform>%n aparición</numerusform>
        <numerusform>%n apariciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims · {contradicted} contradicted</source>
      <translation>
        <numerusform>%n afirmación · contradichas: {contradicted}</numerusform>
        <numerusform>%n afirmaciones · contradichas: {contradicted}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contradicted claims</source>
      <translation>
        <numerusform>%n afirmación contradicha</numerusform>
        <numerusform>%n afirmaciones contradichas</numerusform>
      </translation>
    </message>
    <message>
      <source>(no wording yet)</source>
      <translation>(aún sin formulación)</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message numerus="yes">
      <source>Checked before: %n earlier fact-checks match</source>
      <translation>
        <numerusform>Verificada antes: coincide %n verificación anterior</numerusform>
        <numerusform>Verificada antes: coinciden %n verificaciones anteriores</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked before: earlier fact-checks that match the claim</source>
      <translation>Verificada antes: verificaciones anteriores que coinciden con la afirmación</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>Afirmación</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>Afirmaciones</translation>
    </message>
    <message>
      <source>Enter shows the claim's appearances side by side</source>
      <translation>Enter muestra las apariciones de la afirmación lado a lado</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>Archivos de evidencia</translation>
    </message>
    <message>
      <source>Filter claims</source>
      <translation>Filtrar afirmaciones</translation>
    </message>
    <message>
      <source>Filter claims…</source>
      <translation>Filtrar…</translation>
    </message>
    <message>
      <source>No claims yet. Link two annotations as “same claim” (L, then L, then 1).</source>
      <translation>Aún no hay afirmaciones. Vincula dos anotaciones como «misma afirmación» (L, luego L, luego 1).</translation>
    </message>
    <message>
      <source>Only contradicted</source>
      <translation>Solo contradichas</translation>
    </message>
    <message>
      <source>Only contradicted claims (Ctrl+Shift+K)</source>
      <translation>Solo afirmaciones contradichas (Ctrl+Shift+K)</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Calificación</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Veces</translation>
    </message>
  </context>
  <context>
    <name>ClosedPanes</name>
    <message>
      <source>No closed pane to reopen</source>
      <translation>No hay ninguna vista cerrada que reabrir</translation>
    </message>
  </context>
  <context>
    <name>CreateAnnotation</name>
    <message>
      <source>Tag as {tag}</source>
      <translation>Etiquetar como {tag}</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>etiqueta</translation>
    </message>
  </context>
  <context>
    <name>DeleteAnnotation</name>
    <message>
      <source>Delete annotation</source>
      <translation>Eliminar anotación</translation>
    </message>
  </context>
  <context>
    <name>DeleteArticle</name>
    <message>
      <source>Delete article “{title}”</source>
      <translation>Eliminar el artículo «{title}»</translation>
    </message>
  </context>
  <context>
    <name>DeleteLink</name>
    <message>
      <source>Delete link</source>
      <translation>Eliminar vínculo</translation>
    </message>
  </context>
  <context>
    <name>EditLink</name>
    <message>
      <source>Change link note</source>
      <translation>Cambiar la nota del vínculo</translation>
    </message>
    <message>
      <source>Change relation</source>
      <translation>Cambiar la relación</translation>
    </message>
  </context>
  <context>
    <name>EvidenceFiles</name>
    <message>
      <source>Add evidence URL</source>
      <translation>Añadir URL de evidencia</translation>
    </message>
    <message>
      <source>Attach a file as evidence</source>
      <translation>Adjuntar un archivo como evidencia</translation>
    </message>
    <message>
      <source>Attach {name}</source>
      <translation>Adjuntar {name}</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>Adjuntar…</translation>
    </message>
    <message>
      <source>Drop files here to attach them, or a web address</source>
      <translation>Suelta aquí archivos para adjuntarlos, o una dirección web</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>Archivos de evidencia</translation>
    </message>
    <message>
      <source>Keep a file inside the project (at most {limit})</source>
      <translation>Guardar un archivo dentro del proyecto (máximo {limit})</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Reading evidence files</source>
      <translation>Leyendo archivos de evidencia</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Quitar {name}</translation>
    </message>
    <message>
      <source>{name} · {size} kB</source>
      <translation>{name} · {size} kB</translation>
    </message>
    <message>
      <source>{type}, added by {who} at {time} UTC</source>
      <translation>{type}, añadido por {who} a las {time} UTC</translation>
    </message>
  </context>
  <context>
    <name>ExactOption</name>
    <message>
      <source>Exact</source>
      <translation>Exacto</translation>
    </message>
    <message>
      <source>Match case and accents exactly (off: “Rodriguez” finds “Rodríguez”)</source>
      <translation>Distinguir mayúsculas y acentos exactamente (desactivado: «Rodriguez» encuentra «Rodríguez»)</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>A SQLite copy is always the whole project</source>
      <translation>Una copia SQLite siempre es el proyecto entero</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Annotators</source>
      <translation>Anotadores</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>Artículos</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>Exportar conjunto de datos</translation>
    </message>
    <message>
      <source>Fact-checking organization (author)</source>
      <translation>Organización de verificación (autora)</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Formato:</translation>
    </message>
    <message>
      <source>Offsets:</source>
      <translation>Posiciones:</translation>
    </message>
    <message>
      <source>Only these (nothing ticked: everything)</source>
      <translation>Solo estos (sin marcar ninguno: todo)</translation>
    </message>
    <message>
      <source>Publisher:</source>
      <translation>Editor:</translation>
    </message>
    <message>
      <source>Review URL base:</source>
      <translation>Base de la URL de la verificación:</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>Guardar en</translation>
    </message>
    <message>
      <source>Save to:</source>
      <translation>Guardar en:</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>This format counts code points, as its tools do.</source>
      <translation>Este formato cuenta puntos de código, como sus herramientas.</translation>
    </message>
    <message>
      <source>Write reviews without a URL (Google requires one)</source>
      <translation>Escribir verificaciones sin URL (Google exige una)</translation>
    </message>
    <message>
      <source>https://example.org/fact-checks/ (claim id is added)</source>
      <translation>https://example.org/fact-checks/ (se añade el id de la afirmación)</translation>
    </message>
  </context>
  <context>
    <name>FactCheckDestination</name>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Elegir…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importar</translation>
    </message>
    <message>
      <source>&amp;Match this project against it too</source>
      <translation>&amp;Cotejar también este proyecto con él</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Nuevo…</translation>
    </message>
    <message>
      <source>(none chosen yet: Choose… or New…)</source>
      <translation>(aún no se ha elegido: Elegir… o Nuevo…)</translation>
    </message>
    <message>
      <source>A s&amp;hared archive file:</source>
      <translation>Un archivo &amp;compartido:</translation>
    </message>
    <message numerus="yes">
      <source>Add the fact-checks of %n files to:</source>
      <translation>
        <numerusform>Añadir las verificaciones de %n archivo a:</numerusform>
        <numerusform>Añadir las verificaciones de %n archivos a:</numerusform>
      </translation>
    </message>
    <message>
      <source>Import fact-checks</source>
      <translation>Importar verificaciones</translation>
    </message>
    <message>
      <source>Make a new, empty shared archive file</source>
      <translation>Crear un archivo compartido nuevo y vacío</translation>
    </message>
    <message>
      <source>New shared fact-check archive</source>
      <translation>Nuevo archivo compartido de verificaciones</translation>
    </message>
    <message>
      <source>Shared fact-check archive</source>
      <translation>Archivo compartido de verificaciones</translation>
    </message>
    <message>
      <source>This &amp;project's archive</source>
      <translation>El archivo de este &amp;proyecto</translation>
    </message>
  </context>
  <context>
    <name>FiguresNote</name>
    <message>
      <source>Figures judged consistent by {who}: {reason}</source>
      <translation>Cifras consideradas coherentes por {who}: {reason}</translation>
    </message>
    <message>
      <source>Judge figures consistent</source>
      <translation>Considerar coherentes las cifras</translation>
    </message>
    <message>
      <source>Not a contradiction</source>
      <translation>No es una contradicción</translation>
    </message>
    <message>
      <source>Not a contradiction…</source>
      <translation>No es una contradicción…</translation>
    </message>
    <message>
      <source>Show the “figures differ” warning again (undoable)</source>
      <translation>Volver a mostrar el aviso «las cifras difieren» (se puede deshacer)</translation>
    </message>
    <message>
      <source>The figures only look different: say why, and the claim is no longer counted as contradicted for them (undoable)</source>
      <translation>Las cifras solo parecen distintas: explica por qué y la afirmación deja de contarse como contradicha por ellas (se puede deshacer)</translation>
    </message>
    <message>
      <source>Warn again</source>
      <translation>Volver a avisar</translation>
    </message>
    <message>
      <source>Warn again about figures</source>
      <translation>Volver a avisar sobre las cifras</translation>
    </message>
    <message>
      <source>Why do these figures not contradict each other?</source>
      <translation>¿Por qué estas cifras no se contradicen?</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Close (Esc)</source>
      <translation>Cerrar (Esc)</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
      <source>Find in this article</source>
      <translation>Buscar en este artículo</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>Coincidencia siguiente</translation>
    </message>
    <message>
      <source>Next match (F3, Enter)</source>
      <translation>Coincidencia siguiente (F3, Enter)</translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>Sin coincidencias</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>Coincidencia anterior</translation>
    </message>
    <message>
      <source>Previous match (Shift+F3)</source>
      <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
      <source>{number} of {count}</source>
      <translation>{number} de {count}</translation>
    </message>
  </context>
  <context>
    <name>ImportOptionsDialog</name>
    <message>
      <source>Annotations the file gives no tag (Hypothesis notes without tags) get this tag; if the scheme lacks it, the import asks before adding it</source>
      <translation>Las anotaciones a las que el archivo no da etiqueta (notas de Hypothesis sin etiquetas) reciben esta; si el esquema no la tiene, la importación pregunta antes de añadirla</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Archivo:</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Import annotations</source>
      <translation>Importar anotaciones</translation>
    </message>
    <message>
      <source>Offsets count:</source>
      <translation>Las posiciones cuentan:</translation>
    </message>
    <message>
      <source>Tag for untagged spans:</source>
      <translation>Etiqueta para fragmentos sin etiqueta:</translation>
    </message>
    <message>
      <source>Text field:</source>
      <translation>Campo de texto:</translation>
    </message>
    <message>
      <source>found by itself (name it if the import asks)</source>
      <translation>detectado automáticamente (nómbralo si la importación lo pide)</translation>
    </message>
  </context>
  <context>
    <name>Inspector</name>
    <message>
      <source>&amp;Links</source>
      <translation>&amp;Vínculos</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <source>&amp;Tag</source>
      <translation>&amp;Etiqueta</translation>
    </message>
    <message>
      <source>C&amp;onfidence</source>
      <translation>C&amp;onfianza</translation>
    </message>
    <message>
      <source>Evi&amp;dence</source>
      <translation>Evi&amp;dencia</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>Archivos de evidencia</translation>
    </message>
    <message>
      <source>No annotation selected.

Put the caret in a highlight, or press Enter on one.</source>
      <translation>Ninguna anotación seleccionada.

Pon el cursor en un resaltado o pulsa Enter sobre uno.</translation>
    </message>
    <message>
      <source>One URL per line</source>
      <translation>Una URL por línea</translation>
    </message>
    <message>
      <source>Said b&amp;y</source>
      <translation>Dic&amp;ho por</translation>
    </message>
    <message>
      <source>Verd&amp;ict</source>
      <translation>Vered&amp;icto</translation>
    </message>
    <message>
      <source>Why this matters, what to check…</source>
      <translation>Por qué importa, qué verificar…</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>sin definir</translation>
    </message>
    <message>
      <source>{time} UTC</source>
      <translation>{time} UTC</translation>
    </message>
    <message>
      <source>— no verdict —</source>
      <translation>— sin veredicto —</translation>
    </message>
  </context>
  <context>
    <name>LinkFlow</name>
    <message>
      <source>Choose another annotation to link to, or Esc to cancel</source>
      <translation>Elige otra anotación con la que vincular, o Esc para cancelar</translation>
    </message>
    <message>
      <source>Linking from {annotation} — put the caret on the other annotation and press L, or click it.  Esc cancels.</source>
      <translation>Vinculando desde {annotation} — pon el cursor en la otra anotación y pulsa L, o haz clic en ella.  Esc cancela.</translation>
    </message>
    <message>
      <source>Put the caret in a highlight, then press L to link it</source>
      <translation>Pon el cursor en un resaltado y pulsa L para vincularlo</translation>
    </message>
  </context>
  <context>
    <name>LinkGutter</name>
    <message>
      <source>{relation} — click to select</source>
      <translation>{relation} — clic para seleccionar</translation>
    </message>
  </context>
  <context>
    <name>LinkJumps</name>
    <message>
      <source>Followed its link ({relation}); O again goes on</source>
      <translation>Se siguió su vínculo ({relation}); O otra vez continúa</translation>
    </message>
    <message numerus="yes">
      <source>Followed link {number} of %n ({relation}); O again goes on</source>
      <translation>
        <numerusform>Se siguió el vínculo {number} de %n ({relation}); O otra vez continúa</numerusform>
        <numerusform>Se siguió el vínculo {number} de %n ({relation}); O otra vez continúa</numerusform>
      </translation>
    </message>
    <message>
      <source>Put the caret in a highlight, then press O to follow a link</source>
      <translation>Pon el cursor en un resaltado y pulsa O para seguir un vínculo</translation>
    </message>
    <message>
      <source>This annotation has no links (L links it)</source>
      <translation>Esta anotación no tiene vínculos (L la vincula)</translation>
    </message>
  </context>
  <context>
    <name>LinkList</name>
    <message>
      <source>Change link</source>
      <translation>Cambiar vínculo</translation>
    </message>
    <message>
      <source>Change relation or note…</source>
      <translation>Cambiar relación o nota…</translation>
    </message>
    <message>
      <source>Delete link</source>
      <translation>Eliminar vínculo</translation>
    </message>
    <message>
      <source>Enter: go to the other end · F2: change relation · Delete: remove link</source>
      <translation>Enter: ir al otro extremo · F2: cambiar la relación · Delete: quitar el vínculo</translation>
    </message>
    <message>
      <source>Go to the other end</source>
      <translation>Ir al otro extremo</translation>
    </message>
    <message>
      <source>No links (press L in a pane to link)</source>
      <translation>Sin vínculos (pulsa L en una vista para vincular)</translation>
    </message>
    <message>
      <source>{relation}, by {annotator}</source>
      <translation>{relation}, por {annotator}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation>
        <numerusform>%n anotación</numerusform>
        <numerusform>%n anotaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n artículo</numerusform>
        <numerusform>%n artículos</numerusform>
      </translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>Todos los cambios guardados</translation>
    </message>
    <message>
      <source>All changes saved · {time}</source>
      <translation>Todos los cambios guardados · {time}</translation>
    </message>
    <message>
      <source>Annotator: {name}</source>
      <translation>Anotador: {name}</translation>
    </message>
    <message>
      <source>Cannot open project</source>
      <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
      <source>No project is open.

File → New project… (Ctrl+N) or Open project… (Ctrl+O)</source>
      <translation>No hay ningún proyecto abierto.

Archivo → Nuevo proyecto… (Ctrl+N) o Abrir proyecto… (Ctrl+O)</translation>
    </message>
    <message>
      <source>Opening {project}…</source>
      <translation>Abriendo {project}…</translation>
    </message>
    <message>
      <source>The file was changed by another window or program; everything reloaded</source>
      <translation>Otra ventana u otro programa cambió el archivo; se recargó todo</translation>
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
        <numerusform>%n anotación</numerusform>
        <numerusform>%n anotaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations had no tag; imported under “{tag}”</source>
      <translation>
        <numerusform>%n anotación no tenía etiqueta; importada como «{tag}»</numerusform>
        <numerusform>%n anotaciones no tenían etiqueta; importadas como «{tag}»</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n artículo</numerusform>
        <numerusform>%n artículos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims</source>
      <translation>
        <numerusform>%n afirmación</numerusform>
        <numerusform>%n afirmaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims are not in W3C; use JSONL</source>
      <translation>
        <numerusform>%n afirmación no cabe en W3C; usa JSONL</numerusform>
        <numerusform>%n afirmaciones no caben en W3C; usa JSONL</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims have no rating yet; left out of ClaimReview</source>
      <translation>
        <numerusform>%n afirmación aún no tiene calificación; se omite en ClaimReview</numerusform>
        <numerusform>%n afirmaciones aún no tienen calificación; se omiten en ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims not yet rated: published without ClaimReview</source>
      <translation>
        <numerusform>%n afirmación aún sin calificar: publicada sin ClaimReview</numerusform>
        <numerusform>%n afirmaciones aún sin calificar: publicadas sin ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n confidence values have no W3C property; left out</source>
      <translation>
        <numerusform>%n valor de confianza no tiene propiedad W3C; se omite</numerusform>
        <numerusform>%n valores de confianza no tienen propiedad W3C; se omiten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n vínculo</numerusform>
        <numerusform>%n vínculos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links join different annotators or articles, which Label Studio relations cannot; left out</source>
      <translation>
        <numerusform>%n vínculo une anotadores o artículos distintos, lo que las relaciones de Label Studio no permiten; se omite</numerusform>
        <numerusform>%n vínculos unen anotadores o artículos distintos, lo que las relaciones de Label Studio no permiten; se omiten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links join two annotations of the same span and type; left out of brat</source>
      <translation>
        <numerusform>%n vínculo une dos anotaciones del mismo fragmento y tipo; se omite en brat</numerusform>
        <numerusform>%n vínculos unen dos anotaciones del mismo fragmento y tipo; se omiten en brat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page notes left out: they target a whole page, not a span</source>
      <translation>
        <numerusform>%n nota de página omitida: se refiere a una página entera, no a un fragmento</numerusform>
        <numerusform>%n notas de página omitidas: se refieren a una página entera, no a un fragmento</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ratings</source>
      <translation>
        <numerusform>%n calificación</numerusform>
        <numerusform>%n calificaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n records have a created or modified time that is not a date; left out of those records</source>
      <translation>
        <numerusform>%n registro tiene una hora de creación o modificación que no es una fecha; se omite en ese registro</numerusform>
        <numerusform>%n registros tienen una hora de creación o modificación que no es una fecha; se omite en esos registros</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n review decisions are not in W3C; left out</source>
      <translation>
        <numerusform>%n decisión de revisión no cabe en W3C; se omite</numerusform>
        <numerusform>%n decisiones de revisión no caben en W3C; se omiten</numerusform>
      </translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>árabe</translation>
    </message>
    <message>
      <source>Both give a figure for “{noun}”: {first} vs {second}</source>
      <translation>Ambos dan una cifra para «{noun}»: {first} frente a {second}</translation>
    </message>
    <message>
      <source>Both quote “{quote}”</source>
      <translation>Ambos citan «{quote}»</translation>
    </message>
    <message>
      <source>ClaimReview needs a url for each review (Google requires one): give a review URL base (--url-base), or allow none (--allow-missing-url)</source>
      <translation>ClaimReview necesita una url para cada verificación (Google la exige): indica una base de URL de verificación (--url-base) o permite que falte (--allow-missing-url)</translation>
    </message>
    <message>
      <source>French</source>
      <translation>francés</translation>
    </message>
    <message>
      <source>INCEpTION files are read and written with dkpro-cassis, which is not installed: pip install 'claimdesk[interop]' (or pip install dkpro-cassis)</source>
      <translation>Los archivos de INCEpTION se leen y escriben con dkpro-cassis, que no está instalado: pip install 'claimdesk[interop]' (o pip install dkpro-cassis)</translation>
    </message>
    <message>
      <source>JSON_MIN fields that are neither text nor spans (relations…)</source>
      <translation>campos JSON_MIN que no son ni texto ni fragmentos (relaciones…)</translation>
    </message>
    <message>
      <source>Merge cancelled; the project was not changed.</source>
      <translation>Fusión cancelada; el proyecto no se modificó.</translation>
    </message>
    <message>
      <source>Nearly the same sentence ({similarity:.0%} of words shared): “{quote}”</source>
      <translation>Casi la misma frase ({similarity:.0%} de palabras en común): «{quote}»</translation>
    </message>
    <message>
      <source>Nothing to merge: the project already holds everything in that file.</source>
      <translation>Nada que fusionar: el proyecto ya contiene todo lo de ese archivo.</translation>
    </message>
    <message>
      <source>OCR needs Tesseract, which is not installed</source>
      <translation>El OCR necesita Tesseract, que no está instalado</translation>
    </message>
    <message>
      <source>OCR of {what} failed: {reason}</source>
      <translation>Falló el OCR de {what}: {reason}</translation>
    </message>
    <message>
      <source>OCR of {what} took over {seconds} s, so it is refused</source>
      <translation>El OCR de {what} tardó más de {seconds} s, así que se rechaza</translation>
    </message>
    <message>
      <source>OR needs something to find on each side</source>
      <translation>OR necesita algo que buscar a cada lado</translation>
    </message>
    <message>
      <source>OpenDocument text</source>
      <translation>texto OpenDocument</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>portugués</translation>
    </message>
    <message>
      <source>SQLite integrity: {problem}</source>
      <translation>Integridad de SQLite: {problem}</translation>
    </message>
    <message>
      <source>Search cancelled; these are the suggestions found before.</source>
      <translation>Búsqueda cancelada; estas son las sugerencias encontradas antes.</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>español</translation>
    </message>
    <message>
      <source>Stopped after {seconds:g} s (the articles are long); these are the suggestions found so far.</source>
      <translation>Detenida tras {seconds:g} s (los artículos son largos); estas son las sugerencias encontradas hasta ahora.</translation>
    </message>
    <message>
      <source>Tesseract cannot be run ({error})</source>
      <translation>No se puede ejecutar Tesseract ({error})</translation>
    </message>
    <message>
      <source>Tesseract has no {code!r} language data (its package is usually tesseract-ocr-{package}); installed: {listed}</source>
      <translation>Tesseract no tiene datos del idioma {code!r} (su paquete suele ser tesseract-ocr-{package}); instalados: {listed}</translation>
    </message>
    <message>
      <source>UTF-16 units</source>
      <translation>unidades UTF-16</translation>
    </message>
    <message>
      <source>Word document</source>
      <translation>documento de Word</translation>
    </message>
    <message>
      <source>a GIF image: save it as PNG to read its text by OCR</source>
      <translation>una imagen GIF: guárdala como PNG para leer su texto por OCR</translation>
    </message>
    <message>
      <source>a PDF report is written by the desktop (it needs Qt)</source>
      <translation>un informe PDF lo escribe la aplicación de escritorio (necesita Qt)</translation>
    </message>
    <message>
      <source>a SQLite copy holds the whole project; it cannot be filtered</source>
      <translation>una copia SQLite contiene todo el proyecto; no se puede filtrar</translation>
    </message>
    <message>
      <source>a claim needs at least one annotation</source>
      <translation>una afirmación necesita al menos una anotación</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>una lista</translation>
    </message>
    <message>
      <source>a merged change is kept or restored, not {decision!r}</source>
      <translation>un cambio fusionado se conserva o se restaura, no {decision!r}</translation>
    </message>
    <message>
      <source>a review decision is one of {decisions}, not {decision!r}</source>
      <translation>una decisión de revisión es una de {decisions}, no {decision!r}</translation>
    </message>
    <message>
      <source>a rich-text file: save it as .docx, .odt or PDF, then import that</source>
      <translation>un archivo de texto enriquecido: guárdalo como .docx, .odt o PDF e importa ese</translation>
    </message>
    <message>
      <source>a saved page (MHTML)</source>
      <translation>una página guardada (MHTML)</translation>
    </message>
    <message>
      <source>a tag named “{name}” already exists</source>
      <translation>ya existe una etiqueta llamada «{name}»</translation>
    </message>
    <message>
      <source>a text field can be named for Label Studio files only</source>
      <translation>solo se puede indicar un campo de texto para archivos de Label Studio</translation>
    </message>
    <message>
      <source>a verdict named “{name}” already exists</source>
      <translation>ya existe un veredicto llamado «{name}»</translation>
    </message>
    <message>
      <source>agreement needs at least two annotators with annotations</source>
      <translation>la concordancia necesita al menos dos anotadores con anotaciones</translation>
    </message>
    <message>
      <source>an SQLite file, but not a Claimdesk project</source>
      <translation>un archivo SQLite, pero no un proyecto de Claimdesk</translation>
    </message>
    <message>
      <source>an annotation cannot be linked to itself</source>
      <translation>una anotación no se puede vincular consigo misma</translation>
    </message>
    <message>
      <source>an annotator needs a name</source>
      <translation>un anotador necesita un nombre</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>un objeto</translation>
    </message>
    <message>
      <source>an old Word file: save it as .docx, .odt or PDF, then import that</source>
      <translation>un archivo de Word antiguo: guárdalo como .docx, .odt o PDF e importa ese</translation>
    </message>
    <message>
      <source>annotation {annotation_id} is not an appearance of this claim</source>
      <translation>la anotación {annotation_id} no es una aparición de esta afirmación</translation>
    </message>
    <message>
      <source>annotation {annotation_id} {problem}</source>
      <translation>la anotación {annotation_id} {problem}</translation>
    </message>
    <message>
      <source>annotation {annotation_id}: {count:,} live links, over the limit of {limit:,}</source>
      <translation>anotación {annotation_id}: {count:,} vínculos activos, por encima del límite de {limit:,}</translation>
    </message>
    <message>
      <source>annotation {annotation_id}: {problem}</source>
      <translation>anotación {annotation_id}: {problem}</translation>
    </message>
    <message>
      <source>annotation {end} {problem}</source>
      <translation>la anotación {end} {problem}</translation>
    </message>
    <message>
      <source>annotation {id} covers only line breaks; left out of brat</source>
      <translation>la anotación {id} solo abarca saltos de línea; se omite en brat</translation>
    </message>
    <message>
      <source>annotations</source>
      <translation>anotaciones</translation>
    </message>
    <message>
      <source>annotations have no editable field {names}</source>
      <translation>las anotaciones no tienen ningún campo editable {names}</translation>
    </message>
    <message>
      <source>annotations of other layers left out: {kinds}</source>
      <translation>se omiten anotaciones de otras capas: {kinds}</translation>
    </message>
    <message>
      <source>annotator_id {annotator_id} refers to no annotator</source>
      <translation>annotator_id {annotator_id} no remite a ningún anotador</translation>
    </message>
    <message>
      <source>annotators</source>
      <translation>anotadores</translation>
    </message>
    <message>
      <source>article {article_id}: its text is over the {limit} limit</source>
      <translation>artículo {article_id}: su texto supera el límite de {limit}</translation>
    </message>
    <message>
      <source>article_sources {article_id}</source>
      <translation>article_sources {article_id}</translation>
    </message>
    <message>
      <source>articles</source>
      <translation>artículos</translation>
    </message>
    <message>
      <source>at page {page:,} of {pages:,}</source>
      <translation>en la página {page:,} de {pages:,}</translation>
    </message>
    <message>
      <source>bad offsets {start!r}–{end!r}</source>
      <translation>posiciones no válidas {start!r}–{end!r}</translation>
    </message>
    <message>
      <source>both ends of a link must be live annotations</source>
      <translation>los dos extremos de un vínculo deben ser anotaciones activas (no eliminadas)</translation>
    </message>
    <message>
      <source>cancelled; nothing was written</source>
      <translation>cancelado; no se escribió nada</translation>
    </message>
    <message>
      <source>cannot be decoded: not UTF-8 (invalid byte at {start}) and no other encoding fits</source>
      <translation>no se puede descodificar: no es UTF-8 (byte no válido en {start}) y no encaja ninguna otra codificación</translation>
    </message>
    <message>
      <source>cannot change {names} of an article</source>
      <translation>no se puede cambiar {names} de un artículo</translation>
    </message>
    <message>
      <source>cannot find “{quote}” in the text</source>
      <translation>no se encuentra «{quote}» en el texto</translation>
    </message>
    <message>
      <source>cannot import {fmt!r}; use one of {names}</source>
      <translation>no se puede importar {fmt!r}; usa uno de {names}</translation>
    </message>
    <message>
      <source>claim members</source>
      <translation>miembros de afirmaciones</translation>
    </message>
    <message>
      <source>claimant {name!r} is already in the list: name another</source>
      <translation>el autor {name!r} ya está en la lista: indica otro</translation>
    </message>
    <message>
      <source>claimant {name!r}: kind {kind!r} is not person or organization</source>
      <translation>autor {name!r}: el tipo {kind!r} no es persona ni organización</translation>
    </message>
    <message>
      <source>claimant: {problem}</source>
      <translation>autor: {problem}</translation>
    </message>
    <message>
      <source>claimants</source>
      <translation>autores</translation>
    </message>
    <message>
      <source>claims</source>
      <translation>afirmaciones</translation>
    </message>
    <message>
      <source>claims and review decisions are not in Label Studio; use JSONL</source>
      <translation>las afirmaciones y las decisiones de revisión no caben en Label Studio; usa JSONL</translation>
    </message>
    <message>
      <source>claims have no editable field {names}</source>
      <translation>las afirmaciones no tienen ningún campo editable {names}</translation>
    </message>
    <message>
      <source>code points</source>
      <translation>puntos de código</translation>
    </message>
    <message>
      <source>colour {value} is not of the form #rrggbb</source>
      <translation>el color {value} no tiene la forma #rrggbb</translation>
    </message>
    <message>
      <source>confidence {value} is not between 0 and 1</source>
      <translation>la confianza {value} no está entre 0 y 1</translation>
    </message>
    <message>
      <source>contains NUL characters: a binary file, not text</source>
      <translation>contiene caracteres NUL: es un archivo binario, no texto</translation>
    </message>
    <message>
      <source>content does not match its SHA-256</source>
      <translation>el contenido no coincide con su SHA-256</translation>
    </message>
    <message>
      <source>content is {kind}, not blob</source>
      <translation>el contenido es {kind}, no blob</translation>
    </message>
    <message>
      <source>content.xml holds no text document (a spreadsheet or slides?)</source>
      <translation>content.xml no contiene ningún documento de texto (¿una hoja de cálculo o diapositivas?)</translation>
    </message>
    <message>
      <source>could not be read: {reader} did not start ({why}): not imported</source>
      <translation>no se pudo leer: {reader} no arrancó ({why}): no se importó</translation>
    </message>
    <message>
      <source>could not be read: {reader} did not start within {seconds} s (is the machine overloaded?): not imported</source>
      <translation>no se pudo leer: {reader} no arrancó en {seconds} s (¿está sobrecargado el equipo?): no se importó</translation>
    </message>
    <message>
      <source>crashed {reader} {where} ({why}; a malformed PDF?): not imported</source>
      <translation>{reader} se bloqueó {where} ({why}; ¿un PDF malformado?): no se importó</translation>
    </message>
    <message>
      <source>cut short (truncated)</source>
      <translation>cortado (truncado)</translation>
    </message>
    <message>
      <source>cuts a character in two</source>
      <translation>parte un carácter en dos</translation>
    </message>
    <message>
      <source>deleted is neither 0 nor 1</source>
      <translation>deleted no es ni 0 ni 1</translation>
    </message>
    <message>
      <source>deleted is not 0 or 1</source>
      <translation>deleted no es 0 ni 1</translation>
    </message>
    <message>
      <source>doccano categories left out: Claimdesk labels spans</source>
      <translation>categorías de doccano omitidas: Claimdesk etiqueta fragmentos</translation>
    </message>
    <message>
      <source>doccano comments left out: Claimdesk labels spans</source>
      <translation>comentarios de doccano omitidos: Claimdesk etiqueta fragmentos</translation>
    </message>
    <message>
      <source>doccano document labels (text classification) left out: Claimdesk labels spans</source>
      <translation>etiquetas de documento de doccano (clasificación de textos) omitidas: Claimdesk etiqueta fragmentos</translation>
    </message>
    <message>
      <source>doccano relation types imported as related, the type in the note: {kinds}</source>
      <translation>tipos de relación de doccano importados como relacionada, con el tipo en la nota: {kinds}</translation>
    </message>
    <message>
      <source>document-level results (choices, text areas, ratings)</source>
      <translation>resultados a nivel de documento (opciones, áreas de texto, valoraciones)</translation>
    </message>
    <message>
      <source>every appearance of a claim must be a live annotation</source>
      <translation>toda aparición de una afirmación debe ser una anotación activa (no eliminada)</translation>
    </message>
    <message>
      <source>evidence file {file!r}</source>
      <translation>archivo de evidencia {file!r}</translation>
    </message>
    <message>
      <source>evidence file {file_name!r}: its content is missing</source>
      <translation>archivo de evidencia {file_name!r}: falta su contenido</translation>
    </message>
    <message>
      <source>evidence files take {size:.0f} MB of the project, over {limit}: the file is slow to copy and merge</source>
      <translation>los archivos de evidencia ocupan {size:.0f} MB del proyecto, por encima de {limit}: el archivo es lento de copiar y fusionar</translation>
    </message>
    <message>
      <source>evidence files: {count} added</source>
      <translation>archivos de evidencia: {count} añadidos</translation>
    </message>
    <message>
      <source>evidence is not a JSON list of strings</source>
      <translation>la evidencia no es una lista JSON de cadenas</translation>
    </message>
    <message>
      <source>evidence_blobs {sha256!r}: {problem}</source>
      <translation>evidence_blobs {sha256!r}: {problem}</translation>
    </message>
    <message>
      <source>exit status {code}</source>
      <translation>código de salida {code}</translation>
    </message>
    <message>
      <source>exported {articles}, {annotations}, {links}, {claims} as {format} in {seconds:.2f} s to {files}</source>
      <translation>exportados {articles}, {annotations}, {links}, {claims} como {format} en {seconds:.2f} s a {files}</translation>
    </message>
    <message>
      <source>fact-check {record}</source>
      <translation>verificación {record}</translation>
    </message>
    <message>
      <source>has a value that is not text</source>
      <translation>tiene un valor que no es texto</translation>
    </message>
    <message>
      <source>has an id or file name over its length</source>
      <translation>tiene un id o un nombre de archivo que supera su longitud</translation>
    </message>
    <message>
      <source>has no text Tesseract could read</source>
      <translation>no tiene texto que Tesseract pueda leer</translation>
    </message>
    <message>
      <source>has no text layer (a scanned document?): Tesseract is installed, so it can be read by OCR (Read with OCR in the window, `claimdesk import --ocr`)</source>
      <translation>no tiene capa de texto (¿un documento escaneado?): Tesseract está instalado, así que puede leerse por OCR (Leer con OCR en la ventana, `claimdesk import --ocr`)</translation>
    </message>
    <message>
      <source>has no text layer (a scanned document?): only PDFs with text can be imported</source>
      <translation>no tiene capa de texto (¿un documento escaneado?): solo se pueden importar PDF con texto</translation>
    </message>
    <message>
      <source>has no text, even by OCR (a blank scan, or not the OCR language?)</source>
      <translation>no tiene texto, ni siquiera por OCR (¿un escaneo en blanco, o no es el idioma del OCR?)</translation>
    </message>
    <message>
      <source>has no {kind} cues with text</source>
      <translation>no tiene subtítulos {kind} con texto</translation>
    </message>
    <message>
      <source>has over {limit:,} cues</source>
      <translation>tiene más de {limit:,} subtítulos</translation>
    </message>
    <message>
      <source>has over {limit:,} parts</source>
      <translation>tiene más de {limit:,} partes</translation>
    </message>
    <message>
      <source>has the id of a local article with another text</source>
      <translation>tiene el id de un artículo local con otro texto</translation>
    </message>
    <message>
      <source>has the same name as {holder}</source>
      <translation>tiene el mismo nombre que {holder}</translation>
    </message>
    <message>
      <source>has the same {columns} as {holder}</source>
      <translation>tiene los mismos {columns} que {holder}</translation>
    </message>
    <message>
      <source>has {count:,} pages, over the limit of {limit:,}</source>
      <translation>tiene {count:,} páginas, por encima del límite de {limit:,}</translation>
    </message>
    <message>
      <source>holds no HTML page (no text/html part)</source>
      <translation>no contiene ninguna página HTML (ninguna parte text/html)</translation>
    </message>
    <message>
      <source>holds over {limit:,} records</source>
      <translation>contiene más de {limit:,} registros</translation>
    </message>
    <message>
      <source>is a zip with no archive/*.warc(.gz) inside: not a WACZ</source>
      <translation>es un zip sin archive/*.warc(.gz) dentro: no es un WACZ</translation>
    </message>
    <message>
      <source>is an image: its text can only be read by OCR, and Tesseract is not installed</source>
      <translation>es una imagen: su texto solo puede leerse por OCR, y Tesseract no está instalado</translation>
    </message>
    <message>
      <source>is damaged or truncated ({error})</source>
      <translation>está dañado o truncado ({error})</translation>
    </message>
    <message>
      <source>is encrypted (it needs a password): remove the password, then import it</source>
      <translation>está cifrado (necesita una contraseña): quita la contraseña y luego impórtalo</translation>
    </message>
    <message>
      <source>is not a WebVTT file (it does not start with WEBVTT)</source>
      <translation>no es un archivo WebVTT (no empieza por WEBVTT)</translation>
    </message>
    <message>
      <source>is not a readable PDF (damaged or truncated)</source>
      <translation>no es un PDF legible (dañado o truncado)</translation>
    </message>
    <message>
      <source>is not a readable PNG, JPEG, TIFF or WebP image (damaged or truncated?)</source>
      <translation>no es una imagen PNG, JPEG, TIFF o WebP legible (¿dañada o truncada?)</translation>
    </message>
    <message>
      <source>is not a readable WACZ (not a zip archive)</source>
      <translation>no es un WACZ legible (no es un archivo zip)</translation>
    </message>
    <message>
      <source>is not a readable web archive (no WARC records found)</source>
      <translation>no es un archivo web legible (no se encontraron registros WARC)</translation>
    </message>
    <message>
      <source>is not a readable {kind} (not a zip archive)</source>
      <translation>no es un {kind} legible (no es un archivo zip)</translation>
    </message>
    <message>
      <source>is not a saved web page (MHTML): no multipart/related message</source>
      <translation>no es una página web guardada (MHTML): no hay ningún mensaje multipart/related</translation>
    </message>
    <message>
      <source>is not a {kind} (it has no {part})</source>
      <translation>no es un {kind} (no tiene {part})</translation>
    </message>
    <message>
      <source>is not valid UTF-8 (byte {start})</source>
      <translation>no es UTF-8 válido (byte {start})</translation>
    </message>
    <message>
      <source>is not within the article text ({length} characters)</source>
      <translation>no está dentro del texto del artículo ({length} caracteres)</translation>
    </message>
    <message>
      <source>is over the {limit} limit for one evidence file</source>
      <translation>supera el límite de {limit} para un archivo de evidencia</translation>
    </message>
    <message>
      <source>is {width:,} × {height:,} pixels, over the limit of {limit:,} for OCR</source>
      <translation>mide {width:,} × {height:,} píxeles, por encima del límite de {limit:,} para el OCR</translation>
    </message>
    <message>
      <source>its HTML part is empty</source>
      <translation>su parte HTML está vacía</translation>
    </message>
    <message>
      <source>its HTML part is over the size limit of one article</source>
      <translation>su parte HTML supera el límite de tamaño de un artículo</translation>
    </message>
    <message>
      <source>its content is missing</source>
      <translation>falta su contenido</translation>
    </message>
    <message>
      <source>its hash or length does not match its text</source>
      <translation>su hash o su longitud no coinciden con su texto</translation>
    </message>
    <message>
      <source>its quote differs from the article text at {start}–{end}</source>
      <translation>su cita difiere del texto del artículo en {start}–{end}</translation>
    </message>
    <message>
      <source>its word counts</source>
      <translation>la tabla de recuentos de palabras</translation>
    </message>
    <message>
      <source>key {value} is not one digit from 1 to 9</source>
      <translation>la tecla {value} no es un dígito del 1 al 9</translation>
    </message>
    <message>
      <source>left out of INCEpTION's files: annotators, verdicts, notes and evidence (each span is a named entity with its tag), links and claims</source>
      <translation>se omite en los archivos de INCEpTION: anotadores, veredictos, notas y evidencia (cada fragmento es una entidad con nombre con su etiqueta), vínculos y afirmaciones</translation>
    </message>
    <message>
      <source>left out: annotators, verdicts, notes and evidence (a doccano line holds spans and their tags only; export jsonl for the full records)</source>
      <translation>se omite: anotadores, veredictos, notas y evidencia (una línea de doccano solo contiene fragmentos y sus etiquetas; exporta jsonl para los registros completos)</translation>
    </message>
    <message>
      <source>left out: links and claims (no place in doccano's sequence labelling)</source>
      <translation>se omite: vínculos y afirmaciones (no tienen cabida en el etiquetado de secuencias de doccano)</translation>
    </message>
    <message>
      <source>line {index}: the cue ends before it starts</source>
      <translation>línea {index}: el subtítulo termina antes de empezar</translation>
    </message>
    <message>
      <source>line {line}: {value} is not a valid time</source>
      <translation>línea {line}: {value} no es una hora válida</translation>
    </message>
    <message>
      <source>linked annotation {annotation_id} is not placed</source>
      <translation>la anotación vinculada {annotation_id} no está situada</translation>
    </message>
    <message>
      <source>links</source>
      <translation>vínculos</translation>
    </message>
    <message>
      <source>links have no editable field {names}</source>
      <translation>los vínculos no tienen ningún campo editable {names}</translation>
    </message>
    <message>
      <source>looks like a binary file, not text</source>
      <translation>parece un archivo binario, no texto</translation>
    </message>
    <message>
      <source>media type says {media_type!r}, the content is {found}</source>
      <translation>el tipo de medio dice {media_type!r}, el contenido es {found}</translation>
    </message>
    <message>
      <source>merged change {change_id}: {table} has no field {field!r}</source>
      <translation>cambio fusionado {change_id}: {table} no tiene el campo {field!r}</translation>
    </message>
    <message>
      <source>must name exactly one annotation or claim</source>
      <translation>debe indicar exactamente una anotación o afirmación</translation>
    </message>
    <message>
      <source>name {value} is empty or has stray spaces</source>
      <translation>el nombre {value} está vacío o tiene espacios sobrantes</translation>
    </message>
    <message>
      <source>needed over {size:,} MB of memory {where} (a malformed PDF?): not imported</source>
      <translation>necesitó más de {size:,} MB de memoria {where} (¿un PDF malformado?): no se importó</translation>
    </message>
    <message>
      <source>new tags: {names}</source>
      <translation>etiquetas nuevas: {names}</translation>
    </message>
    <message>
      <source>new verdicts: {names}</source>
      <translation>veredictos nuevos: {names}</translation>
    </message>
    <message>
      <source>no `url` (Google requires one): set the project setting claimreview_url_base</source>
      <translation>sin `url` (Google la exige): define el ajuste del proyecto claimreview_url_base</translation>
    </message>
    <message>
      <source>no annotation with id {annotation_id}</source>
      <translation>no hay ninguna anotación con id {annotation_id}</translation>
    </message>
    <message>
      <source>no annotator named {name!r} in this project</source>
      <translation>no hay ningún anotador llamado {name!r} en este proyecto</translation>
    </message>
    <message>
      <source>no annotator with id {annotator_id}</source>
      <translation>no hay ningún anotador con id {annotator_id}</translation>
    </message>
    <message>
      <source>no article text found in the web page</source>
      <translation>no se encontró texto de artículo en la página web</translation>
    </message>
    <message>
      <source>no article with id or title {names}</source>
      <translation>no hay ningún artículo con id o título {names}</translation>
    </message>
    <message>
      <source>no article with id {article_id}</source>
      <translation>no hay ningún artículo con id {article_id}</translation>
    </message>
    <message>
      <source>no claim to report: make a claim from an annotation first</source>
      <translation>no hay ninguna afirmación para el informe: crea primero una afirmación a partir de una anotación</translation>
    </message>
    <message>
      <source>no claim with id {claim_id}</source>
      <translation>no hay ninguna afirmación con id {claim_id}</translation>
    </message>
    <message>
      <source>no claim with id {id}</source>
      <translation>no hay ninguna afirmación con id {id}</translation>
    </message>
    <message>
      <source>no claim {key!r} to report: give an id or a number from `claimdesk claims` (1–{count})</source>
      <translation>no hay ninguna afirmación {key!r} para el informe: indica un id o un número de `claimdesk claims` (1–{count})</translation>
    </message>
    <message>
      <source>no claimant with id {claimant_id}</source>
      <translation>no hay ningún autor con id {claimant_id}</translation>
    </message>
    <message>
      <source>no default scheme in “{code}”; available: {names}</source>
      <translation>no hay esquema predeterminado en «{code}»; disponibles: {names}</translation>
    </message>
    <message>
      <source>no evidence file with id {evidence_id}</source>
      <translation>no hay ningún archivo de evidencia con id {evidence_id}</translation>
    </message>
    <message>
      <source>no link with id {link_id}</source>
      <translation>no hay ningún vínculo con id {link_id}</translation>
    </message>
    <message>
      <source>no merged change with id {change_id}</source>
      <translation>no hay ningún cambio fusionado con id {change_id}</translation>
    </message>
    <message>
      <source>no page</source>
      <translation>ninguna página</translation>
    </message>
    <message>
      <source>no tag named {name!r} in this project</source>
      <translation>no hay ninguna etiqueta llamada {name!r} en este proyecto</translation>
    </message>
    <message>
      <source>no tag with id {tag_id}</source>
      <translation>no hay ninguna etiqueta con id {tag_id}</translation>
    </message>
    <message numerus="yes">
      <source>no text on %n pages: {pages} (scanned or blank pages are left out)</source>
      <translation>
        <numerusform>sin texto en la página {pages} (se omiten las páginas escaneadas o en blanco)</numerusform>
        <numerusform>sin texto en %n páginas: {pages} (se omiten las páginas escaneadas o en blanco)</numerusform>
      </translation>
    </message>
    <message>
      <source>no verdict with id {verdict_id}</source>
      <translation>no hay ningún veredicto con id {verdict_id}</translation>
    </message>
    <message>
      <source>no {record} with id {record_id}</source>
      <translation>no hay ningún {record} con id {record_id}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>not UTF-8; read as {encoding} (detected), check the text</source>
      <translation>no es UTF-8; leído como {encoding} (detectado), revisa el texto</translation>
    </message>
    <message>
      <source>not a provenance field: {names}</source>
      <translation>no es un campo de procedencia: {names}</translation>
    </message>
    <message>
      <source>not added to the project's fact-check archive: {error}</source>
      <translation>no se añadió al archivo de verificaciones del proyecto: {error}</translation>
    </message>
    <message>
      <source>not added to the shared archive {shared} (it cannot be written here)</source>
      <translation>no se añadió al archivo compartido {shared} (aquí no se puede escribir en él)</translation>
    </message>
    <message>
      <source>not added to the shared archive: {error}</source>
      <translation>no se añadió al archivo compartido: {error}</translation>
    </message>
    <message>
      <source>nothing to find: give at least one word (words after - or NOT are left out)</source>
      <translation>nada que buscar: indica al menos una palabra (las palabras tras - o NOT se excluyen)</translation>
    </message>
    <message>
      <source>one article</source>
      <translation>un artículo</translation>
    </message>
    <message>
      <source>one dataset file</source>
      <translation>un archivo de conjunto de datos</translation>
    </message>
    <message>
      <source>one evidence file</source>
      <translation>un archivo de evidencia</translation>
    </message>
    <message>
      <source>orphan: {where}: {reason}</source>
      <translation>huérfana: {where}: {reason}</translation>
    </message>
    <message>
      <source>over the size limit</source>
      <translation>supera el límite de tamaño</translation>
    </message>
    <message>
      <source>page {number}</source>
      <translation>la página {number}</translation>
    </message>
    <message>
      <source>per-region results other than labels</source>
      <translation>resultados por región distintos de etiquetas</translation>
    </message>
    <message>
      <source>per-region results other than verdict, note and evidence</source>
      <translation>resultados por región distintos de veredicto, nota y evidencia</translation>
    </message>
    <message>
      <source>predictions (a model's pre-annotations)</source>
      <translation>predicciones (preanotaciones de un modelo)</translation>
    </message>
    <message>
      <source>published {claims} ({ratings}) to {where}</source>
      <translation>publicado en {where}: {claims} ({ratings})</translation>
    </message>
    <message>
      <source>read as English: Tesseract's {language} data (tesseract-ocr-{code}) is not installed</source>
      <translation>se leyó como inglés: los datos de Tesseract para {language} (tesseract-ocr-{code}) no están instalados</translation>
    </message>
    <message numerus="yes">
      <source>read by OCR (Tesseract) on %n pages: check its text against the scan</source>
      <translation>
        <numerusform>se leyó por OCR (Tesseract) en %n página: coteja su texto con el escaneo</numerusform>
        <numerusform>se leyó por OCR (Tesseract) en %n páginas: coteja su texto con el escaneo</numerusform>
      </translation>
    </message>
    <message>
      <source>read by OCR (Tesseract): check its text against the image</source>
      <translation>se leyó por OCR (Tesseract): coteja su texto con la imagen</translation>
    </message>
    <message>
      <source>reviews</source>
      <translation>revisiones</translation>
    </message>
    <message>
      <source>same figure: {figure}</source>
      <translation>misma cifra: {figure}</translation>
    </message>
    <message>
      <source>same name: {name}</source>
      <translation>mismo nombre: {name}</translation>
    </message>
    <message>
      <source>sha256 is not a SHA-256 in hex</source>
      <translation>sha256 no es un SHA-256 en hexadecimal</translation>
    </message>
    <message>
      <source>shared words: {words}</source>
      <translation>palabras en común: {words}</translation>
    </message>
    <message>
      <source>signal {number}</source>
      <translation>señal {number}</translation>
    </message>
    <message>
      <source>size says {size!r} bytes, the content holds {held}</source>
      <translation>el tamaño dice {size!r} bytes, el contenido tiene {held}</translation>
    </message>
    <message>
      <source>span {start}–{end} ({unit}) {where} and no quote is given to find it by</source>
      <translation>el fragmento {start}–{end} ({unit}) {where} y no se da ninguna cita con la que encontrarlo</translation>
    </message>
    <message>
      <source>span {start}–{end} is outside the article (0–{text_length}) or empty</source>
      <translation>el fragmento {start}–{end} está fuera del artículo (0–{text_length}) o vacío</translation>
    </message>
    <message>
      <source>starts like {encoding} but is not valid at byte {start}</source>
      <translation>empieza como {encoding} pero no es válido en el byte {start}</translation>
    </message>
    <message>
      <source>stopped answering after {seconds} s {where} (far slower than a real document: a malformed PDF?): not imported</source>
      <translation>dejó de responder tras {seconds} s {where} (mucho más lento que un documento real: ¿un PDF malformado?): no se importó</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>etiquetas</translation>
    </message>
    <message>
      <source>tags have no field {names}</source>
      <translation>las etiquetas no tienen ningún campo {names}</translation>
    </message>
    <message>
      <source>the PDF reader</source>
      <translation>el lector de PDF</translation>
    </message>
    <message>
      <source>the Word document has no text</source>
      <translation>el documento de Word no tiene texto</translation>
    </message>
    <message>
      <source>the annotation</source>
      <translation>la anotación</translation>
    </message>
    <message>
      <source>the article</source>
      <translation>el artículo</translation>
    </message>
    <message>
      <source>the article “{title}” is deleted: it cannot be annotated or linked</source>
      <translation>el artículo «{title}» está eliminado: no se puede anotar ni vincular</translation>
    </message>
    <message>
      <source>the article's source</source>
      <translation>la fuente del artículo</translation>
    </message>
    <message>
      <source>the claim</source>
      <translation>la afirmación</translation>
    </message>
    <message>
      <source>the document has no text</source>
      <translation>el documento no tiene texto</translation>
    </message>
    <message>
      <source>the figures note</source>
      <translation>la nota sobre las cifras</translation>
    </message>
    <message>
      <source>the file has no text</source>
      <translation>el archivo no tiene texto</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>el archivo está vacío</translation>
    </message>
    <message>
      <source>the image</source>
      <translation>la imagen</translation>
    </message>
    <message>
      <source>the link</source>
      <translation>el vínculo</translation>
    </message>
    <message>
      <source>the page</source>
      <translation>la página</translation>
    </message>
    <message>
      <source>the page could not be rendered in grey for OCR</source>
      <translation>no se pudo representar la página en gris para el OCR</translation>
    </message>
    <message>
      <source>the pasted text</source>
      <translation>el texto pegado</translation>
    </message>
    <message>
      <source>the project's schema has been altered ({names})</source>
      <translation>el esquema de la base de datos del proyecto ha sido alterado ({names})</translation>
    </message>
    <message>
      <source>the review</source>
      <translation>la revisión</translation>
    </message>
    <message>
      <source>the same text is already in the project as “{title}”</source>
      <translation>el mismo texto ya está en el proyecto como «{title}»</translation>
    </message>
    <message>
      <source>the search has an unclosed quote (")</source>
      <translation>la búsqueda tiene unas comillas sin cerrar (")</translation>
    </message>
    <message>
      <source>the search has too many words (at most {limit})</source>
      <translation>la búsqueda tiene demasiadas palabras (como máximo {limit})</translation>
    </message>
    <message>
      <source>the search is too long (at most {limit} characters)</source>
      <translation>la búsqueda es demasiado larga (como máximo {limit} caracteres)</translation>
    </message>
    <message>
      <source>the source</source>
      <translation>la fuente</translation>
    </message>
    <message>
      <source>the source of article {article_id}</source>
      <translation>la fuente del artículo {article_id}</translation>
    </message>
    <message>
      <source>the tag for untagged annotations needs a name</source>
      <translation>la etiqueta para anotaciones sin etiqueta necesita un nombre</translation>
    </message>
    <message>
      <source>the untagged tag</source>
      <translation>la etiqueta para lo no etiquetado</translation>
    </message>
    <message numerus="yes">
      <source>this page holds %n ClaimReviews; search engines show rich results for pages with one (--split writes one page per claim)</source>
      <translation>
        <numerusform>esta página contiene %n ClaimReview; los buscadores muestran resultados enriquecidos para las páginas con uno solo (--split escribe una página por afirmación)</numerusform>
        <numerusform>esta página contiene %n ClaimReview; los buscadores muestran resultados enriquecidos para las páginas con uno solo (--split escribe una página por afirmación)</numerusform>
      </translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>verdadero o falso</translation>
    </message>
    <message>
      <source>unknown decision {decision!r}</source>
      <translation>decisión desconocida {decision!r}</translation>
    </message>
    <message>
      <source>unknown export format {fmt!r}; use one of {names}</source>
      <translation>formato de exportación desconocido {fmt!r}; usa uno de {names}</translation>
    </message>
    <message>
      <source>unknown offsets unit {unit!r}; use one of {names}</source>
      <translation>unidad de posiciones desconocida {unit!r}; usa una de {names}</translation>
    </message>
    <message>
      <source>unknown relation “{relation}”; use one of {names}</source>
      <translation>relación desconocida «{relation}»; usa una de {names}</translation>
    </message>
    <message>
      <source>unknown report format {fmt!r}; use one of {names}</source>
      <translation>formato de informe desconocido {fmt!r}; usa uno de estos: {names}</translation>
    </message>
    <message>
      <source>uses an encryption PDFium does not support: save an unencrypted copy</source>
      <translation>usa un cifrado que PDFium no admite: guarda una copia sin cifrar</translation>
    </message>
    <message>
      <source>verdicts</source>
      <translation>veredictos</translation>
    </message>
    <message>
      <source>verdicts have no field {names}</source>
      <translation>los veredictos no tienen ningún campo {names}</translation>
    </message>
    <message>
      <source>while opening it</source>
      <translation>al abrirlo</translation>
    </message>
    <message>
      <source>word/document.xml has no document body</source>
      <translation>word/document.xml no tiene cuerpo de documento</translation>
    </message>
    <message>
      <source>would have {count:,} links, over the limit of {limit:,} links per annotation</source>
      <translation>tendría {count:,} vínculos, por encima del límite de {limit:,} vínculos por anotación</translation>
    </message>
    <message>
      <source>{added} of {total} rated claims added to the project's archive</source>
      <translation>{added} de {total} afirmaciones calificadas añadidas al archivo de verificaciones del proyecto</translation>
    </message>
    <message>
      <source>{added} of {total} rated claims added to the shared archive {archive}</source>
      <translation>{added} de {total} afirmaciones calificadas añadidas al archivo compartido {archive}</translation>
    </message>
    <message>
      <source>{column} is missing</source>
      <translation>falta {column}</translation>
    </message>
    <message>
      <source>{column} is not of type {kind}</source>
      <translation>{column} no es de tipo {kind}</translation>
    </message>
    <message>
      <source>{column} {value} is not a time as Claimdesk writes it (ISO 8601, UTC)</source>
      <translation>{column} {value} no es una hora como la escribe Claimdesk (ISO 8601, UTC)</translation>
    </message>
    <message>
      <source>{column} {value} refers to no {record}</source>
      <translation>{column} {value} no remite a ningún {record}</translation>
    </message>
    <message>
      <source>{count} long articles were compared only on their first {limit:,} characters.</source>
      <translation>{count} artículos largos se compararon solo por sus primeros {limit:,} caracteres.</translation>
    </message>
    <message>
      <source>{count} page or time FragmentSelector(s) not checked: their article here has no pages or cues</source>
      <translation>{count} FragmentSelector de página o de tiempo sin comprobar: su artículo aquí no tiene páginas ni subtítulos</translation>
    </message>
    <message>
      <source>{count} {kind} left out: Claimdesk keeps span labels, verdicts, notes and evidence</source>
      <translation>{count} {kind} omitidos: Claimdesk conserva etiquetas de fragmentos, veredictos, notas y evidencia</translation>
    </message>
    <message>
      <source>{filename} would unpack to {file_size:,} bytes from {compress_size:,} (a zip bomb?)</source>
      <translation>{filename} se descomprimiría en {file_size:,} bytes a partir de {compress_size:,} (¿una bomba zip?)</translation>
    </message>
    <message numerus="yes">
      <source>{files} and %n more</source>
      <translation>
        <numerusform>{files} y %n más</numerusform>
        <numerusform>{files} y %n más</numerusform>
      </translation>
    </message>
    <message>
      <source>{file} ({format}): {added} annotations added, {unchanged} already present, {reanchored} re-anchored, {orphaned} orphaned; {articles} articles, {links} links, {claims} claims added</source>
      <translation>{file} ({format}): {added} anotaciones añadidas, {unchanged} ya presentes, {reanchored} reancladas, {orphaned} huérfanas; {articles} artículos, {links} vínculos, {claims} afirmaciones añadidos</translation>
    </message>
    <message>
      <source>{file}, page {number} ({url})</source>
      <translation>{file}, página {number} ({url})</translation>
    </message>
    <message>
      <source>{file}: a record breaks the project's rules ({error})</source>
      <translation>{file}: un registro incumple las reglas del proyecto ({error})</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({reason})</source>
      <translation>{file}: no se puede leer ({reason})</translation>
    </message>
    <message>
      <source>{file}: cannot tell its format; give one of {names}</source>
      <translation>{file}: no se reconoce su formato; indica uno de {names}</translation>
    </message>
    <message>
      <source>{file}: is a Claimdesk project open here, not {what}</source>
      <translation>{file}: es un proyecto de Claimdesk abierto aquí, no {what}</translation>
    </message>
    <message>
      <source>{file}: is a dataset file ({suffix}), not an article; bring its annotations in with `claimdesk import-annotations` (File &gt; Import annotations)</source>
      <translation>{file}: es un archivo de conjunto de datos ({suffix}), no un artículo; trae sus anotaciones con `claimdesk import-annotations` (Archivo &gt; Importar anotaciones)</translation>
    </message>
    <message>
      <source>{file}: is a folder, not {what}</source>
      <translation>{file}: es una carpeta, no {what}</translation>
    </message>
    <message>
      <source>{file}: is an SQLite file (a Claimdesk project?), not an article; open it, or merge it into this project</source>
      <translation>{file}: es un archivo SQLite (¿un proyecto de Claimdesk?), no un artículo; ábrelo o fusiónalo con este proyecto</translation>
    </message>
    <message>
      <source>{file}: is over the {limit} limit for {what}</source>
      <translation>{file}: supera el límite de {limit} para {what}</translation>
    </message>
    <message>
      <source>{file}: is {kind}, not a regular file; refused as {what}</source>
      <translation>{file}: es {kind}, no un archivo normal; rechazado como {what}</translation>
    </message>
    <message>
      <source>{file}: is {what}</source>
      <translation>{file}: es {what}</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: no existe ese archivo</translation>
    </message>
    <message>
      <source>{file}: not a {fmt} file ({error!r})</source>
      <translation>{file}: no es un archivo {fmt} ({error!r})</translation>
    </message>
    <message>
      <source>{file}: {error}</source>
      <translation>{file}: {error}</translation>
    </message>
    <message>
      <source>{file}: {size:.1f} MB is over the {limit} limit for {what}</source>
      <translation>{file}: {size:.1f} MB supera el límite de {limit} para {what}</translation>
    </message>
    <message>
      <source>{file}: {warning}</source>
      <translation>{file}: {warning}</translation>
    </message>
    <message>
      <source>{fmt} counts offsets in code points, as its consumers do; a unit can be chosen for {names} only</source>
      <translation>{fmt} cuenta las posiciones en puntos de código, como quienes lo usan; solo se puede elegir unidad para {names}</translation>
    </message>
    <message>
      <source>{fmt} counts offsets in code points; a unit can be chosen for {names} only</source>
      <translation>{fmt} cuenta las posiciones en puntos de código; solo se puede elegir unidad para {names}</translation>
    </message>
    <message>
      <source>{log} does not belong to this project; move it away to open the project</source>
      <translation>{log} no pertenece a este proyecto; muévelo a otro sitio para abrir el proyecto</translation>
    </message>
    <message>
      <source>{lost} of the claim's appearances not placed</source>
      <translation>{lost} de las apariciones de la afirmación sin situar</translation>
    </message>
    <message>
      <source>{named}: cannot be read ({error})</source>
      <translation>{named}: no se puede leer ({error})</translation>
    </message>
    <message>
      <source>{named}: evidence_files {evidence_id!r}</source>
      <translation>{named}: evidence_files {evidence_id!r}</translation>
    </message>
    <message>
      <source>{name}, article {number}</source>
      <translation>{name}, artículo {number}</translation>
    </message>
    <message>
      <source>{name}, item {number}</source>
      <translation>{name}, elemento {number}</translation>
    </message>
    <message>
      <source>{name}, line {number}</source>
      <translation>{name}, línea {number}</translation>
    </message>
    <message>
      <source>{name}, task {number}</source>
      <translation>{name}, tarea {number}</translation>
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
      <translation>{name}: un archivo XMI necesita el {type_system} que INCEpTION exporta con él, a su lado (o importa el ZIP de INCEpTION tal cual)</translation>
    </message>
    <message>
      <source>{name}: expected INCEpTION's UIMA CAS XMI export (.xmi files and {type_system})</source>
      <translation>{name}: se esperaba la exportación UIMA CAS XMI de INCEpTION (archivos .xmi y {type_system})</translation>
    </message>
    <message>
      <source>{name}: expected a W3C AnnotationCollection</source>
      <translation>{name}: se esperaba una AnnotationCollection de W3C</translation>
    </message>
    <message>
      <source>{name}: expected a W3C AnnotationCollection, page or annotation</source>
      <translation>{name}: se esperaba una AnnotationCollection, página o anotación de W3C</translation>
    </message>
    <message>
      <source>{name}: expected a list of Label Studio tasks</source>
      <translation>{name}: se esperaba una lista de tareas de Label Studio</translation>
    </message>
    <message>
      <source>{name}: not a ZIP file (INCEpTION's XMI export)</source>
      <translation>{name}: no es un archivo ZIP (la exportación XMI de INCEpTION)</translation>
    </message>
    <message>
      <source>{name}: the ZIP unpacks to more than one dataset may hold</source>
      <translation>{name}: el ZIP se descomprime en más de lo que puede contener un conjunto de datos</translation>
    </message>
    <message>
      <source>{name}: the collection holds {count} of its {total} annotations; export it again with every annotation in the file</source>
      <translation>{name}: la colección contiene {count} de sus {total} anotaciones; vuelve a exportarla con todas las anotaciones en el archivo</translation>
    </message>
    <message>
      <source>{name}: the collection's pages are not in the file (it links to {names}); Claimdesk fetches nothing: save every page into one file</source>
      <translation>{name}: las páginas de la colección no están en el archivo (remite a {names}); Claimdesk no descarga nada: guarda todas las páginas en un solo archivo</translation>
    </message>
    <message>
      <source>{out} exists and is not a folder; choose a new folder name</source>
      <translation>{out} existe y no es una carpeta; elige un nombre de carpeta nuevo</translation>
    </message>
    <message>
      <source>{out} is a folder that is not a brat export; choose an empty or new folder</source>
      <translation>{out} es una carpeta que no es una exportación de brat; elige una carpeta vacía o nueva</translation>
    </message>
    <message>
      <source>{out}: cannot be written ({reason}); nothing was exported</source>
      <translation>{out}: no se puede escribir ({reason}); no se exportó nada</translation>
    </message>
    <message>
      <source>{out}: is a project open here; choose another name for the copy</source>
      <translation>{out}: es un proyecto abierto aquí; elige otro nombre para la copia</translation>
    </message>
    <message>
      <source>{part} cannot be unpacked ({error})</source>
      <translation>{part} no se puede descomprimir ({error})</translation>
    </message>
    <message>
      <source>{part} is not well-formed XML ({error})</source>
      <translation>{part} no es XML bien formado ({error})</translation>
    </message>
    <message>
      <source>{part} unpacks to over the {limit} limit (a zip bomb?)</source>
      <translation>{part} se descomprime por encima del límite de {limit} (¿una bomba zip?)</translation>
    </message>
    <message>
      <source>{part} would unpack to {size:,.0f} MB, over the {limit} limit (a zip bomb?)</source>
      <translation>{part} se descomprimiría en {size:,.0f} MB, por encima del límite de {limit} (¿una bomba zip?)</translation>
    </message>
    <message>
      <source>{path}: a Claimdesk project, not a fact-check archive</source>
      <translation>{path}: un proyecto de Claimdesk, no un archivo de verificaciones</translation>
    </message>
    <message>
      <source>{path}: a fact-check archive keeps no write-ahead log (it would be written when read); make a new one with claimdesk archive new</source>
      <translation>{path}: un archivo de verificaciones no guarda registro de escritura anticipada (se escribiría al leerlo); crea uno nuevo con claimdesk archive new</translation>
    </message>
    <message>
      <source>{path}: a fact-check archive of another version ({version}; this Claimdesk reads {supported})</source>
      <translation>{path}: un archivo de verificaciones de otra versión ({version}; este Claimdesk lee {supported})</translation>
    </message>
    <message>
      <source>{path}: already exists; an archive is made in a new file</source>
      <translation>{path}: ya existe; un archivo de verificaciones se crea en un archivo nuevo</translation>
    </message>
    <message>
      <source>{path}: an SQLite file, but not a Claimdesk project</source>
      <translation>{path}: un archivo SQLite, pero no un proyecto de Claimdesk</translation>
    </message>
    <message>
      <source>{path}: busy; another program is writing to it</source>
      <translation>{path}: ocupado; otro programa está escribiendo en él</translation>
    </message>
    <message>
      <source>{path}: cannot be opened ({error})</source>
      <translation>{path}: no se puede abrir ({error})</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({strerror})</source>
      <translation>{path}: no se puede leer ({strerror})</translation>
    </message>
    <message>
      <source>{path}: cannot be read from here ({reason})</source>
      <translation>{path}: no se puede leer desde aquí ({reason})</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({error})</source>
      <translation>{path}: no se puede escribir ({error})</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({reason})</source>
      <translation>{path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
      <source>{path}: cannot switch to write-ahead logging ({mode})</source>
      <translation>{path}: no se puede pasar al registro de escritura anticipada ({mode})</translation>
    </message>
    <message>
      <source>{path}: folder {parent} does not exist</source>
      <translation>{path}: la carpeta {parent} no existe</translation>
    </message>
    <message>
      <source>{path}: has changes still in its log ({name}) that cannot be read from a read-only folder; copy the folder somewhere you can write</source>
      <translation>{path}: tiene cambios aún en su registro ({name}) que no se pueden leer desde una carpeta de solo lectura; copia la carpeta a un lugar donde puedas escribir</translation>
    </message>
    <message>
      <source>{path}: holds over {limit:,} fact-checks</source>
      <translation>{path}: contiene más de {limit:,} verificaciones</translation>
    </message>
    <message>
      <source>{path}: is a folder or a device, not a fact-check archive</source>
      <translation>{path}: es una carpeta o un dispositivo, no un archivo de verificaciones</translation>
    </message>
    <message>
      <source>{path}: is a folder, not a project file</source>
      <translation>{path}: es una carpeta, no un archivo de proyecto</translation>
    </message>
    <message>
      <source>{path}: is a named pipe or device, not a project file</source>
      <translation>{path}: es una tubería con nombre o un dispositivo, no un archivo de proyecto</translation>
    </message>
    <message>
      <source>{path}: is locked by another program</source>
      <translation>{path}: está bloqueado por otro programa</translation>
    </message>
    <message>
      <source>{path}: its folder {folder} is read-only, and a project needs to keep its journal files (-wal, -shm) beside it; copy it somewhere you can write</source>
      <translation>{path}: su carpeta {folder} es de solo lectura, y un proyecto necesita guardar sus archivos de diario (-wal, -shm) a su lado; cópialo a un lugar donde puedas escribir</translation>
    </message>
    <message>
      <source>{path}: locked by another program for over {seconds} s; close it there (or wait) and try again</source>
      <translation>{path}: bloqueado por otro programa durante más de {seconds} s; ciérralo allí (o espera) y vuelve a intentarlo</translation>
    </message>
    <message>
      <source>{path}: no such file</source>
      <translation>{path}: no existe ese archivo</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project (not an SQLite file)</source>
      <translation>{path}: no es un proyecto de Claimdesk (no es un archivo SQLite)</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project (truncated SQLite header)</source>
      <translation>{path}: no es un proyecto de Claimdesk (cabecera SQLite truncada)</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project ({reason})</source>
      <translation>{path}: no es un proyecto de Claimdesk ({reason})</translation>
    </message>
    <message>
      <source>{path}: not a fact-check archive (made with claimdesk archive new)</source>
      <translation>{path}: no es un archivo de verificaciones (creado con claimdesk archive new)</translation>
    </message>
    <message>
      <source>{path}: not a fact-check archive (not an SQLite file)</source>
      <translation>{path}: no es un archivo de verificaciones (no es un archivo SQLite)</translation>
    </message>
    <message>
      <source>{path}: not a readable fact-check archive ({error})</source>
      <translation>{path}: no es un archivo de verificaciones legible ({error})</translation>
    </message>
    <message>
      <source>{path}: opened read-only</source>
      <translation>{path}: abierto en solo lectura</translation>
    </message>
    <message>
      <source>{path}: the archive (or its folder) is read-only; it can be matched against but not added to</source>
      <translation>{path}: el archivo de verificaciones (o su carpeta) es de solo lectura; se puede cotejar con él, pero no añadirle nada</translation>
    </message>
    <message>
      <source>{path}: the archive's schema has been altered ({names})</source>
      <translation>{path}: el esquema de la base de datos del archivo de verificaciones ha sido alterado ({names})</translation>
    </message>
    <message>
      <source>{path}: the disk could not be read or written ({error}); nothing was changed</source>
      <translation>{path}: no se pudo leer o escribir en el disco ({error}); no se cambió nada</translation>
    </message>
    <message>
      <source>{path}: the disk could not be read or written while checking its log {name} ({reason}); nothing was changed</source>
      <translation>{path}: no se pudo leer o escribir en el disco al comprobar su registro {name} ({reason}); no se cambió nada</translation>
    </message>
    <message>
      <source>{path}: the disk is full; nothing was changed</source>
      <translation>{path}: el disco está lleno; no se cambió nada</translation>
    </message>
    <message>
      <source>{path}: the fact-check index cannot answer ({error})</source>
      <translation>{path}: el índice de verificaciones no puede responder ({error})</translation>
    </message>
    <message>
      <source>{path}: the file is read-only; it can be checked or exported but not edited (copy it somewhere you can write, or change its permissions)</source>
      <translation>{path}: el archivo es de solo lectura; se puede comprobar o exportar, pero no editar (cópialo a un lugar donde puedas escribir o cambia sus permisos)</translation>
    </message>
    <message>
      <source>{path}: the file is truncated ({size} bytes, its header promises {promised})</source>
      <translation>{path}: el archivo está truncado ({size} bytes; su cabecera promete {promised})</translation>
    </message>
    <message>
      <source>{path}: the project's schema has been altered ({names})</source>
      <translation>{path}: el esquema de la base de datos del proyecto ha sido alterado ({names})</translation>
    </message>
    <message>
      <source>{path}: the published report</source>
      <translation>{path}: el informe publicado</translation>
    </message>
    <message>
      <source>{path}: the search index cannot answer ({error})</source>
      <translation>{path}: el índice de búsqueda no puede responder ({error})</translation>
    </message>
    <message>
      <source>{path}: written by a newer Claimdesk (schema {version}; this version reads up to {supported}). Update Claimdesk to open it; the file was not changed.</source>
      <translation>{path}: escrito por un Claimdesk más reciente (esquema {version}; esta versión lee hasta {supported}). Actualiza Claimdesk para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
      <source>{path}: written by an older Claimdesk (schema {version}); open it once in this version, where it can be written, to upgrade it</source>
      <translation>{path}: escrito por un Claimdesk más antiguo (esquema {version}); ábrelo una vez en esta versión, donde se pueda escribir, para actualizarlo</translation>
    </message>
    <message>
      <source>{path}: written by an older Claimdesk, and a copy of it could not be upgraded for the merge in {folder} ({reason})</source>
      <translation>{path}: escrito por un Claimdesk más antiguo, y no se pudo actualizar una copia para la fusión en {folder} ({reason})</translation>
    </message>
    <message>
      <source>{path}: {foreign}</source>
      <translation>{path}: {foreign}</translation>
    </message>
    <message>
      <source>{path}: {where} holds a value of the wrong type or length</source>
      <translation>{path}: {where} contiene un valor de tipo o longitud incorrectos</translation>
    </message>
    <message>
      <source>{place}: "url" is not a web address</source>
      <translation>{place}: "url" no es una dirección web</translation>
    </message>
    <message>
      <source>{place}: has no claim (the claim reviewed is missing or empty)</source>
      <translation>{place}: no tiene afirmación (la afirmación verificada falta o está vacía)</translation>
    </message>
    <message>
      <source>{place}: must be an object</source>
      <translation>{place}: debe ser un objeto</translation>
    </message>
    <message>
      <source>{place}: {error}</source>
      <translation>{place}: {error}</translation>
    </message>
    <message>
      <source>{place}: {problem}</source>
      <translation>{place}: {problem}</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place}: {reason}</translation>
    </message>
    <message>
      <source>{place}: {warning}</source>
      <translation>{place}: {warning}</translation>
    </message>
    <message>
      <source>{remark} ({count} lines)</source>
      <translation>{remark} ({count} líneas)</translation>
    </message>
    <message>
      <source>{spot}: a labels result needs start, end and a label</source>
      <translation>{spot}: un resultado de etiquetas necesita start, end y una etiqueta</translation>
    </message>
    <message>
      <source>{spot}: expected an object</source>
      <translation>{spot}: se esperaba un objeto</translation>
    </message>
    <message>
      <source>{spot}: expected an object with start, end and label</source>
      <translation>{spot}: se esperaba un objeto con start, end y label</translation>
    </message>
    <message>
      <source>{spot}: from_id and to_id must be ids of this line's entities</source>
      <translation>{spot}: from_id y to_id deben ser ids de las entidades de esta línea</translation>
    </message>
    <message>
      <source>{spot}: missing 'id'</source>
      <translation>{spot}: falta 'id'</translation>
    </message>
    <message>
      <source>{spot}: missing '{missing}'</source>
      <translation>{spot}: falta '{missing}'</translation>
    </message>
    <message>
      <source>{spot}: no value</source>
      <translation>{spot}: sin valor</translation>
    </message>
    <message>
      <source>{spot}: start and end must be whole numbers</source>
      <translation>{spot}: start y end deben ser números enteros</translation>
    </message>
    <message>
      <source>{spot}: the labels must be a list</source>
      <translation>{spot}: las etiquetas deben ser una lista</translation>
    </message>
    <message>
      <source>{table} row {rowid}: refers to a missing {parent} record</source>
      <translation>{table}, fila {rowid}: remite a un registro {parent} que falta</translation>
    </message>
    <message>
      <source>{table} {id}: live, but its {column} {ref} is deleted</source>
      <translation>{table} {id}: activo, pero su {column} {ref} está eliminado</translation>
    </message>
    <message>
      <source>{table} {id}: {column} {ref} does not exist</source>
      <translation>{table} {id}: {column} {ref} no existe</translation>
    </message>
    <message>
      <source>{table} {record!r}: {reason}</source>
      <translation>{table} {record!r}: {reason}</translation>
    </message>
    <message>
      <source>{table} {record_id}: has the same name as {holder}</source>
      <translation>{table} {record_id}: tiene el mismo nombre que {holder}</translation>
    </message>
    <message>
      <source>{table} {record_id}: {column} is over the limit of {most:,} characters</source>
      <translation>{table} {record_id}: {column} supera el límite de {most:,} caracteres</translation>
    </message>
    <message>
      <source>{table} {record_id}: {problem}</source>
      <translation>{table} {record_id}: {problem}</translation>
    </message>
    <message>
      <source>{table} {record}: {column} {reason}</source>
      <translation>{table} {record}: {column} {reason}</translation>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated</source>
      <translation>{table}: {added} añadidos, {updated} actualizados</translation>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated, {deleted} arrived deleted</source>
      <translation>{table}: {added} añadidos, {updated} actualizados, {deleted} recibidos ya eliminados</translation>
    </message>
    <message>
      <source>{template} (line {line}): the report template failed: {error}</source>
      <translation>{template} (línea {line}): falló la plantilla del informe: {error}</translation>
    </message>
    <message>
      <source>{template}: the report template failed: {error}</source>
      <translation>{template}: falló la plantilla del informe: {error}</translation>
    </message>
    <message>
      <source>{value!r} is not a Tesseract language code such as eng, spa or chi_sim (several joined by +, as spa+eng)</source>
      <translation>{value!r} no es un código de idioma de Tesseract como eng, spa o chi_sim (varios unidos con +, como spa+eng)</translation>
    </message>
    <message>
      <source>{value!r} is not an ISO 8601 date and time</source>
      <translation>{value!r} no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
      <source>{value!r} is out of range (before year 1 or after 9999 in UTC)</source>
      <translation>{value!r} está fuera de rango (antes del año 1 o después de 9999 en UTC)</translation>
    </message>
    <message>
      <source>{where}, annotation {number}</source>
      <translation>{where}, anotación {number}</translation>
    </message>
    <message>
      <source>{where}, annotation {number}: expected a result list</source>
      <translation>{where}, anotación {number}: se esperaba una lista de resultados</translation>
    </message>
    <message>
      <source>{where}, claim {number}</source>
      <translation>{where}, afirmación {number}</translation>
    </message>
    <message>
      <source>{where}, entity {number}</source>
      <translation>{where}, entidad {number}</translation>
    </message>
    <message>
      <source>{where}, label {number}</source>
      <translation>{where}, etiqueta {number}</translation>
    </message>
    <message>
      <source>{where}, label {number}: expected [start, end, label]</source>
      <translation>{where}, etiqueta {number}: se esperaba [start, end, label]</translation>
    </message>
    <message>
      <source>{where}, link {number}</source>
      <translation>{where}, vínculo {number}</translation>
    </message>
    <message>
      <source>{where}, relation {number}</source>
      <translation>{where}, relación {number}</translation>
    </message>
    <message>
      <source>{where}, result {number}</source>
      <translation>{where}, resultado {number}</translation>
    </message>
    <message>
      <source>{where}, span {number}</source>
      <translation>{where}, fragmento {number}</translation>
    </message>
    <message>
      <source>{where}, {control} {number}</source>
      <translation>{where}, {control} {number}</translation>
    </message>
    <message>
      <source>{where}: "annotations" must be a list</source>
      <translation>{where}: "annotations" debe ser una lista</translation>
    </message>
    <message>
      <source>{where}: "provenance" must be an object</source>
      <translation>{where}: "provenance" debe ser un objeto</translation>
    </message>
    <message>
      <source>{where}: "segments" must be a list of at most {limit:,}</source>
      <translation>{where}: "segments" debe ser una lista de como máximo {limit:,}</translation>
    </message>
    <message>
      <source>{where}: "{field}" contains a NUL character</source>
      <translation>{where}: "{field}" contiene un carácter NUL</translation>
    </message>
    <message>
      <source>{where}: "{field}" has {count:,} items, over the limit of {limit}</source>
      <translation>{where}: "{field}" tiene {count:,} elementos, por encima del límite de {limit}</translation>
    </message>
    <message>
      <source>{where}: "{field}" is not valid Unicode (a lone surrogate U+{code:04X} at character {start})</source>
      <translation>{where}: "{field}" no es Unicode válido (un sustituto aislado U+{code:04X} en el carácter {start})</translation>
    </message>
    <message>
      <source>{where}: "{field}" is {count:,} characters, over the limit of {limit:,}</source>
      <translation>{where}: "{field}" tiene {count:,} caracteres, por encima del límite de {limit:,}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be a list of links, not {kind}</source>
      <translation>{where}: "{field}" debe ser una lista de vínculos, no {kind}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be an object</source>
      <translation>{where}: "{field}" debe ser un objeto</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be text, not {kind}</source>
      <translation>{where}: "{field}" debe ser texto, no {kind}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must hold objects</source>
      <translation>{where}: "{field}" debe contener objetos</translation>
    </message>
    <message>
      <source>{where}: "{key}" holds {count:,} records, over the limit of {limit:,} per file</source>
      <translation>{where}: "{key}" contiene {count:,} registros, por encima del límite de {limit:,} por archivo</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be a list</source>
      <translation>{where}: "{key}" debe ser una lista</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be a list of objects</source>
      <translation>{where}: "{key}" debe ser una lista de objetos</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be an object</source>
      <translation>{where}: "{key}" debe ser un objeto</translation>
    </message>
    <message>
      <source>{where}: ClaimReview {number}</source>
      <translation>{where}: ClaimReview {number}</translation>
    </message>
    <message>
      <source>{where}: JSON nested deeper than {limit} levels; refused</source>
      <translation>{where}: JSON anidado a más de {limit} niveles; rechazado</translation>
    </message>
    <message>
      <source>{where}: XML with a DOCTYPE or entities is refused</source>
      <translation>{where}: se rechaza el XML con DOCTYPE o entidades</translation>
    </message>
    <message>
      <source>{where}: a claimant must be an object with "name" and "kind"</source>
      <translation>{where}: un autor debe ser un objeto con "name" y "kind"</translation>
    </message>
    <message>
      <source>{where}: a linking annotation needs exactly two targets</source>
      <translation>{where}: una anotación de vínculo necesita exactamente dos destinos</translation>
    </message>
    <message>
      <source>{where}: a task needs a "data" object (or is a JSON_MIN record with regions)</source>
      <translation>{where}: una tarea necesita un objeto "data" (o es un registro JSON_MIN con regiones)</translation>
    </message>
    <message>
      <source>{where}: a text area's text must be a list of lines</source>
      <translation>{where}: el texto de un área de texto debe ser una lista de líneas</translation>
    </message>
    <message>
      <source>{where}: already in the project as “{title}”</source>
      <translation>{where}: ya está en el proyecto como «{title}»</translation>
    </message>
    <message>
      <source>{where}: an article needs an id and a text</source>
      <translation>{where}: un artículo necesita un id y un texto</translation>
    </message>
    <message>
      <source>{where}: annotator_id refers to no annotator</source>
      <translation>{where}: annotator_id no remite a ningún anotador</translation>
    </message>
    <message>
      <source>{where}: article {article_id} is not in the project and the file does not hold its text</source>
      <translation>{where}: el artículo {article_id} no está en el proyecto y el archivo no contiene su texto</translation>
    </message>
    <message>
      <source>{where}: claim {number}</source>
      <translation>{where}: afirmación {number}</translation>
    </message>
    <message>
      <source>{where}: claimant kind {kind!r} is not person or organization</source>
      <translation>{where}: el tipo de autor {kind!r} no es persona ni organización</translation>
    </message>
    <message>
      <source>{where}: confidence must be a number</source>
      <translation>{where}: la confianza debe ser un número</translation>
    </message>
    <message>
      <source>{where}: expected a JSON object for one article</source>
      <translation>{where}: se esperaba un objeto JSON para un artículo</translation>
    </message>
    <message>
      <source>{where}: holds no fact-check (no ClaimReview, no claims)</source>
      <translation>{where}: no contiene ninguna verificación (ni ClaimReview ni afirmaciones)</translation>
    </message>
    <message>
      <source>{where}: holds over {limit:,} fact-checks; split it</source>
      <translation>{where}: contiene más de {limit:,} verificaciones; divídelo</translation>
    </message>
    <message>
      <source>{where}: is over the {limit} limit for one evidence file</source>
      <translation>{where}: supera el límite de {limit} para un archivo de evidencia</translation>
    </message>
    <message>
      <source>{where}: its FragmentSelector says {fragment} but the quote is on {placed}; the fragment is ignored</source>
      <translation>{where}: su FragmentSelector dice {fragment}, pero la cita está en {placed}; se ignora el fragmento</translation>
    </message>
    <message>
      <source>{where}: missing {error}</source>
      <translation>{where}: falta {error}</translation>
    </message>
    <message>
      <source>{where}: neither ClaimReview JSON-LD nor claims:search JSON</source>
      <translation>{where}: no es ni ClaimReview JSON-LD ni JSON de claims:search</translation>
    </message>
    <message>
      <source>{where}: no TextPositionSelector or TextQuoteSelector</source>
      <translation>{where}: sin TextPositionSelector ni TextQuoteSelector</translation>
    </message>
    <message>
      <source>{where}: no text in the field "{named}"</source>
      <translation>{where}: no hay texto en el campo "{named}"</translation>
    </message>
    <message>
      <source>{where}: not UTF-8 text (invalid byte 0x{byte:02x} at byte {start})</source>
      <translation>{where}: no es texto UTF-8 (byte no válido 0x{byte:02x} en el byte {start})</translation>
    </message>
    <message>
      <source>{where}: not a UIMA CAS XMI file ({error})</source>
      <translation>{where}: no es un archivo UIMA CAS XMI ({error})</translation>
    </message>
    <message>
      <source>{where}: not a W3C Annotation (type must be Annotation)</source>
      <translation>{where}: no es una W3C Annotation (type debe ser Annotation)</translation>
    </message>
    <message>
      <source>{where}: not valid JSON ({error})</source>
      <translation>{where}: no es JSON válido ({error})</translation>
    </message>
    <message>
      <source>{where}: refers to no {record}</source>
      <translation>{where}: no remite a ningún {record}</translation>
    </message>
    <message>
      <source>{where}: say why the figures do not contradict each other</source>
      <translation>{where}: explica por qué las cifras no se contradicen</translation>
    </message>
    <message>
      <source>{where}: segment starts must rise inside the article's text</source>
      <translation>{where}: los inicios de segmento deben ir en aumento dentro del texto del artículo</translation>
    </message>
    <message>
      <source>{where}: segment {number} needs a start within the article's text</source>
      <translation>{where}: el segmento {number} necesita un inicio dentro del texto del artículo</translation>
    </message>
    <message>
      <source>{where}: segment {number} starts before the one before</source>
      <translation>{where}: el segmento {number} empieza antes que el anterior</translation>
    </message>
    <message>
      <source>{where}: segments are not JSON</source>
      <translation>{where}: los segmentos no son JSON</translation>
    </message>
    <message>
      <source>{where}: segments must be a list of objects with a start</source>
      <translation>{where}: los segmentos deben ser una lista de objetos con un inicio</translation>
    </message>
    <message>
      <source>{where}: selector start and end must be whole numbers</source>
      <translation>{where}: el inicio y el fin del selector deben ser números enteros</translation>
    </message>
    <message>
      <source>{where}: span {start}–{end} is outside the article text (0–{length}) or empty</source>
      <translation>{where}: el fragmento {start}–{end} está fuera del texto del artículo (0–{length}) o vacío</translation>
    </message>
    <message>
      <source>{where}: start and end must be whole numbers</source>
      <translation>{where}: start y end deben ser números enteros</translation>
    </message>
    <message>
      <source>{where}: the article has no "id"</source>
      <translation>{where}: el artículo no tiene "id"</translation>
    </message>
    <message>
      <source>{where}: the article has no "{field}"</source>
      <translation>{where}: el artículo no tiene "{field}"</translation>
    </message>
    <message>
      <source>{where}: the article text is over the {limit} limit for one article</source>
      <translation>{where}: el texto del artículo supera el límite de {limit} para un artículo</translation>
    </message>
    <message>
      <source>{where}: the claim's figures do not differ</source>
      <translation>{where}: las cifras de la afirmación no difieren</translation>
    </message>
    <message>
      <source>{where}: the same file is already attached there</source>
      <translation>{where}: el mismo archivo ya está adjunto ahí</translation>
    </message>
    <message>
      <source>{where}: the target must name a source article and a selector</source>
      <translation>{where}: el destino debe indicar un artículo de origen y un selector</translation>
    </message>
    <message>
      <source>{where}: the task has no text field (data.text or another)</source>
      <translation>{where}: la tarea no tiene campo de texto (data.text u otro)</translation>
    </message>
    <message>
      <source>{where}: the {key} field is a link to the text, not the text; nothing is fetched: export the tasks with the text in them</source>
      <translation>{where}: el campo {key} es un vínculo al texto, no el texto; no se descarga nada: exporta las tareas con el texto dentro</translation>
    </message>
    <message>
      <source>{where}: which field holds the text, {names}? name it with --text-field</source>
      <translation>{where}: ¿qué campo contiene el texto, {names}? indícalo con --text-field</translation>
    </message>
    <message>
      <source>{where}: {count:,} records (articles, annotations, links, claims), over the limit of {limit:,} per file</source>
      <translation>{where}: {count:,} registros (artículos, anotaciones, vínculos, afirmaciones), por encima del límite de {limit:,} por archivo</translation>
    </message>
    <message>
      <source>{where}: {error}</source>
      <translation>{where}: {error}</translation>
    </message>
    <message>
      <source>{where}: {fragment}; ignored</source>
      <translation>{where}: {fragment}; ignorado</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <source>“{title}” is long: only its first {limit:,} characters were compared.</source>
      <translation>«{title}» es largo: solo se compararon sus primeros {limit:,} caracteres.</translation>
    </message>
    <message>
      <source>…and {count} more FragmentSelectors ignored</source>
      <translation>…y {count} FragmentSelector más ignorados</translation>
    </message>
  </context>
  <context>
    <name>OperationCommand</name>
    <message>
      <source>undo “{action}”</source>
      <translation>deshacer «{action}»</translation>
    </message>
  </context>
  <context>
    <name>ProjectDocks</name>
    <message>
      <source>Annotations</source>
      <translation>Anotaciones</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>Artículos</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>Afirmaciones</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>Sugerencias</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <source>&amp;All</source>
      <translation>&amp;Todas</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Formato:</translation>
    </message>
    <message>
      <source>&amp;Language of the page:</source>
      <translation>&amp;Idioma de la página:</translation>
    </message>
    <message>
      <source>&amp;One page</source>
      <translation>&amp;Una página</translation>
    </message>
    <message>
      <source>&amp;Publish</source>
      <translation>&amp;Publicar</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>&amp;Guardar en:</translation>
    </message>
    <message>
      <source>&amp;These:</source>
      <translation>&amp;Estas:</translation>
    </message>
    <message>
      <source>A new folder for the pages</source>
      <translation>Una carpeta nueva para las páginas</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>E&amp;legir…</translation>
    </message>
    <message>
      <source>Claims to publish</source>
      <translation>Afirmaciones que publicar</translation>
    </message>
    <message>
      <source>Claims:</source>
      <translation>Afirmaciones:</translation>
    </message>
    <message>
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <source>One page per &amp;claim (a folder)</source>
      <translation>Una página por &amp;afirmación (una carpeta)</translation>
    </message>
    <message>
      <source>Only &amp;rated</source>
      <translation>Solo las &amp;calificadas</translation>
    </message>
    <message>
      <source>Or&amp;ganisation:</source>
      <translation>Organi&amp;zación:</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Pages:</source>
      <translation>Páginas:</translation>
    </message>
    <message>
      <source>Publish report</source>
      <translation>Publicar informe</translation>
    </message>
    <message>
      <source>Review &amp;URL base:</source>
      <translation>Base de la URL de la &amp;verificación:</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>Guardar en</translation>
    </message>
    <message>
      <source>Web page (HTML)</source>
      <translation>Página web (HTML)</translation>
    </message>
    <message>
      <source>Without it the published reviews have no web address, which Google requires.</source>
      <translation>Sin ella, las verificaciones publicadas no tienen dirección web, que Google exige.</translation>
    </message>
    <message>
      <source>Your newsroom, named on the page and in ClaimReview</source>
      <translation>Tu redacción, nombrada en la página y en ClaimReview</translation>
    </message>
    <message>
      <source>https://example.org/fact-checks/ (claim id is added)</source>
      <translation>https://example.org/fact-checks/ (se añade el id de la afirmación)</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>sin calificar</translation>
    </message>
    <message>
      <source>{language} (the project's)</source>
      <translation>{language} (el del proyecto)</translation>
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
      <translation>&amp;1  Misma afirmación — la misma declaración, quizá con otras cifras</translation>
    </message>
    <message>
      <source>&amp;2  Supports — the first backs up the second</source>
      <translation>&amp;2  Respalda — la primera respalda a la segunda</translation>
    </message>
    <message>
      <source>&amp;3  Contradicts — the two cannot both be true</source>
      <translation>&amp;3  Contradice — las dos no pueden ser ciertas a la vez</translation>
    </message>
    <message>
      <source>&amp;4  Related — worth reading together</source>
      <translation>&amp;4  Relacionada — vale la pena leerlas juntas</translation>
    </message>
    <message>
      <source>From: {quote}</source>
      <translation>De: {quote}</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Vincular</translation>
    </message>
    <message>
      <source>Link annotations</source>
      <translation>Vincular anotaciones</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Note (optional): why they relate</source>
      <translation>Nota (opcional): por qué se relacionan</translation>
    </message>
    <message>
      <source>To: {quote}</source>
      <translation>A: {quote}</translation>
    </message>
  </context>
  <context>
    <name>Relations</name>
    <message>
      <source>contradicts</source>
      <translation>contradice</translation>
    </message>
    <message>
      <source>related</source>
      <translation>relacionada</translation>
    </message>
    <message>
      <source>same claim</source>
      <translation>misma afirmación</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>respalda</translation>
    </message>
  </context>
  <context>
    <name>ReviewDecision</name>
    <message>
      <source>Accept annotation</source>
      <translation>Aceptar anotación</translation>
    </message>
    <message>
      <source>Clear review decision</source>
      <translation>Quitar la decisión de revisión</translation>
    </message>
    <message>
      <source>Reject annotation</source>
      <translation>Rechazar anotación</translation>
    </message>
  </context>
  <context>
    <name>ReviewHighlights</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(etiqueta desconocida)</translation>
    </message>
    <message>
      <source>{name} (you)</source>
      <translation>{name} (tú)</translation>
    </message>
  </context>
  <context>
    <name>ReviewMode</name>
    <message>
      <source>All of {colleague}'s annotations are reviewed</source>
      <translation>Todas las anotaciones de {colleague} están revisadas</translation>
    </message>
    <message>
      <source>Choose an annotation in the Review list</source>
      <translation>Elige una anotación en la lista Revisión</translation>
    </message>
    <message>
      <source>No one else has annotations in this project yet. Bring a colleague's work in with File → Merge a colleague's project… first.</source>
      <translation>Nadie más tiene anotaciones en este proyecto todavía. Primero trae el trabajo de un colega con Archivo → Fusionar el proyecto de un colega…</translation>
    </message>
    <message>
      <source>Reject annotation</source>
      <translation>Rechazar anotación</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Revisión</translation>
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations: A accept, R reject, E edit and accept, J / K next / previous</source>
      <translation>Revisando las anotaciones de {colleague}: A aceptar, R rechazar, E editar y aceptar, J / K siguiente / anterior</translation>
    </message>
    <message>
      <source>Start review</source>
      <translation>Iniciar revisión</translation>
    </message>
    <message>
      <source>Why? (optional; Enter to reject without a comment)</source>
      <translation>¿Por qué? (opcional; Enter para rechazar sin comentario)</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <source>Article</source>
      <translation>Artículo</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comentario</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Diferencia</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Etiqueta</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>%v of %m reviewed</source>
      <translation>%v de %m revisadas</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Aceptadas</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todas</translation>
    </message>
    <message>
      <source>Annotations to review</source>
      <translation>Anotaciones por revisar</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rechazadas</translation>
    </message>
    <message>
      <source>Show annotations</source>
      <translation>Mostrar anotaciones</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <source>Unreviewed</source>
      <translation>Sin revisar</translation>
    </message>
    <message>
      <source>{pending} to review · {accepted} accepted · {rejected} rejected</source>
      <translation>por revisar: {pending} · aceptadas: {accepted} · rechazadas: {rejected}</translation>
    </message>
  </context>
  <context>
    <name>ReviewRow</name>
    <message>
      <source>to review</source>
      <translation>por revisar</translation>
    </message>
    <message>
      <source>✓ accepted</source>
      <translation>✓ aceptada</translation>
    </message>
    <message>
      <source>✗ rejected</source>
      <translation>✗ rechazada</translation>
    </message>
  </context>
  <context>
    <name>SchemeDialog</name>
    <message>
      <source>&amp;Tags</source>
      <translation>Eti&amp;quetas</translation>
    </message>
    <message>
      <source>&amp;Verdicts</source>
      <translation>Ve&amp;redictos</translation>
    </message>
    <message>
      <source>Tag scheme and verdict scale</source>
      <translation>Esquema de etiquetas y escala de veredictos</translation>
    </message>
  </context>
  <context>
    <name>SchemePage</name>
    <message numerus="yes">
      <source>%n annotations carry the verdict “{verdict}”. Remove the verdict from the scale and from them?</source>
      <translation>
        <numerusform>%n anotación tiene el veredicto «{verdict}». ¿Quitar el veredicto de la escala y de esa anotación?</numerusform>
        <numerusform>%n anotaciones tienen el veredicto «{verdict}». ¿Quitar el veredicto de la escala y de esas anotaciones?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations use the tag “{tag}”. Remove the tag and those annotations?</source>
      <translation>
        <numerusform>%n anotación usa la etiqueta «{tag}». ¿Eliminar la etiqueta y esa anotación?</numerusform>
        <numerusform>%n anotaciones usan la etiqueta «{tag}». ¿Eliminar la etiqueta y esas anotaciones?</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Añadir</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Descripción</translation>
    </message>
    <message>
      <source>&amp;Key</source>
      <translation>&amp;Tecla</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nombre</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>&amp;Eliminar…</translation>
    </message>
    <message>
      <source>&amp;Value</source>
      <translation>&amp;Valor</translation>
    </message>
    <message>
      <source>1–9, or empty</source>
      <translation>1–9, o vacío</translation>
    </message>
    <message>
      <source>A tag's {problem}.</source>
      <translation>Etiqueta: {problem}.</translation>
    </message>
    <message>
      <source>C&amp;olour</source>
      <translation>C&amp;olor</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>Colour of {name}</source>
      <translation>Color de {name}</translation>
    </message>
    <message>
      <source>Higher is truer; used as ratingValue in ClaimReview</source>
      <translation>Más alto es más cierto; se usa como ratingValue en ClaimReview</translation>
    </message>
    <message>
      <source>Key {key} already tags “{tag}”; choose another.</source>
      <translation>La tecla {key} ya etiqueta como «{tag}»; elige otra.</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>&amp;Subir</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>&amp;Bajar</translation>
    </message>
    <message>
      <source>New tag {number}</source>
      <translation>Etiqueta nueva {number}</translation>
    </message>
    <message>
      <source>New verdict {number}</source>
      <translation>Veredicto nuevo {number}</translation>
    </message>
    <message>
      <source>Remove tag</source>
      <translation>Eliminar etiqueta</translation>
    </message>
    <message>
      <source>Remove verdict</source>
      <translation>Eliminar veredicto</translation>
    </message>
    <message>
      <source>Tag key</source>
      <translation>Tecla de etiqueta</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings everything back.</source>
      <translation>Deshacer (Ctrl+Z) lo recupera todo.</translation>
    </message>
    <message>
      <source>Verdicts</source>
      <translation>Veredictos</translation>
    </message>
  </context>
  <context>
    <name>SearchAllDialog</name>
    <message numerus="yes">
      <source> (%n changed articles not searched yet)</source>
      <translation>
        <numerusform> (%n artículo modificado aún sin buscar)</numerusform>
        <numerusform> (%n artículos modificados aún sin buscar)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles match</source>
      <translation>
        <numerusform>%n artículo coincide</numerusform>
        <numerusform>%n artículos coinciden</numerusform>
      </translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
      <source>; the best %n are listed</source>
      <translation>
        <numerusform>; se muestra %n, el mejor</numerusform>
        <numerusform>; se muestran los %n mejores</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>At least %n articles match</source>
      <translation>
        <numerusform>Al menos %n artículo coincide</numerusform>
        <numerusform>Al menos %n artículos coinciden</numerusform>
      </translation>
    </message>
    <message>
      <source>Find in all articles</source>
      <translation>Buscar en todos los artículos</translation>
    </message>
    <message>
      <source>Indexing articles for search</source>
      <translation>Indexando artículos para la búsqueda</translation>
    </message>
    <message>
      <source>Indexing the project's articles for search…</source>
      <translation>Indexando los artículos del proyecto para la búsqueda…</translation>
    </message>
    <message>
      <source>Matching articles</source>
      <translation>Artículos que coinciden</translation>
    </message>
    <message>
      <source>No articles match</source>
      <translation>Ningún artículo coincide</translation>
    </message>
    <message>
      <source>The index could not be brought up to date: {error}</source>
      <translation>No se pudo actualizar el índice: {error}</translation>
    </message>
    <message>
      <source>Words (all must appear), "a phrase", prefix*, OR, -left out; case and accents ignored unless Exact is on</source>
      <translation>Palabras (deben aparecer todas), "una frase", prefijo*, OR, -excluida; se ignoran mayúsculas y acentos salvo con Exacto activado</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Claimdesk can be used with the keyboard alone. Single keys work where the last column says (an article pane, the review), never while you type in a field.</source>
      <translation>Claimdesk se puede usar solo con el teclado. Las teclas sueltas funcionan donde indica la última columna (una vista de artículo, la revisión), nunca mientras escribes en un campo.</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Show or hide the {panel} panel</source>
      <translation>Mostrar u ocultar el panel {panel}</translation>
    </message>
    <message>
      <source>Side bar</source>
      <translation>Barra lateral</translation>
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <source>Claimdesk needs a name to record with your annotations.</source>
      <translation>Claimdesk necesita un nombre para registrarlo con tus anotaciones.</translation>
    </message>
  </context>
  <context>
    <name>StartReviewDialog</name>
    <message>
      <source>&amp;One pane: yours filled, theirs underlined</source>
      <translation>&amp;Una vista: las tuyas rellenas, las suyas subrayadas</translation>
    </message>
    <message>
      <source>&amp;Review the annotations of:</source>
      <translation>&amp;Revisar las anotaciones de:</translation>
    </message>
    <message>
      <source>&amp;Side by side: yours left, theirs right</source>
      <translation>&amp;Lado a lado: las tuyas a la izquierda, las suyas a la derecha</translation>
    </message>
    <message>
      <source>Layout:</source>
      <translation>Disposición:</translation>
    </message>
    <message>
      <source>Start review</source>
      <translation>Iniciar revisión</translation>
    </message>
    <message numerus="yes">
      <source>{name} (%n annotations)</source>
      <translation>
        <numerusform>{name} (%n anotación)</numerusform>
        <numerusform>{name} (%n anotaciones)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
      <source>%n suggested links</source>
      <translation>
        <numerusform>%n vínculo sugerido</numerusform>
        <numerusform>%n vínculos sugeridos</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Aceptar</translation>
    </message>
    <message>
      <source>Accept suggestion: {kind}</source>
      <translation>Aceptar sugerencia: {kind}</translation>
    </message>
    <message>
      <source>All articles</source>
      <translation>Todos los artículos</translation>
    </message>
    <message>
      <source>Could not look for suggestions: {error}</source>
      <translation>No se pudieron buscar sugerencias: {error}</translation>
    </message>
    <message>
      <source>Dis&amp;miss</source>
      <translation>&amp;Descartar</translation>
    </message>
    <message>
      <source>Dismiss suggestion</source>
      <translation>Descartar sugerencia</translation>
    </message>
    <message>
      <source>Enter: accept and link · Delete: dismiss</source>
      <translation>Enter: aceptar y vincular · Delete: descartar</translation>
    </message>
    <message>
      <source>Link the two passages (Enter)</source>
      <translation>Vincular los dos pasajes (Enter)</translation>
    </message>
    <message>
      <source>Look across every article, not only those in the panes</source>
      <translation>Buscar en todos los artículos, no solo en los de las vistas</translation>
    </message>
    <message>
      <source>Looking for suggested links…</source>
      <translation>Buscando vínculos sugeridos…</translation>
    </message>
    <message>
      <source>Never suggest this pair again (Delete)</source>
      <translation>No volver a sugerir este par (Delete)</translation>
    </message>
    <message>
      <source>No suggestions for the articles shown</source>
      <translation>No hay sugerencias para los artículos mostrados</translation>
    </message>
    <message>
      <source>Same figure</source>
      <translation>Misma cifra</translation>
    </message>
    <message>
      <source>Same quotation</source>
      <translation>Misma cita</translation>
    </message>
    <message>
      <source>Same sentence</source>
      <translation>Misma frase</translation>
    </message>
    <message>
      <source>Search stopped; it runs again when this panel is shown.</source>
      <translation>Búsqueda detenida; se reanuda cuando se muestra este panel.</translation>
    </message>
    <message>
      <source>Suggested links</source>
      <translation>Vínculos sugeridos</translation>
    </message>
    <message>
      <source>link</source>
      <translation>vínculo</translation>
    </message>
  </context>
  <context>
    <name>TagToolbar</name>
    <message>
      <source>Tag the selection as {tag}</source>
      <translation>Etiquetar la selección como {tag}</translation>
    </message>
    <message>
      <source>Tag the selection as {tag} (key {key} in a pane)</source>
      <translation>Etiquetar la selección como {tag} (tecla {key} en una vista)</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
  </context>
  <context>
    <name>TimelinePanel</name>
    <message>
      <source>(no wording yet)</source>
      <translation>(aún sin formulación)</translation>
    </message>
    <message>
      <source>Appearances over time</source>
      <translation>Apariciones a lo largo del tiempo</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Cifra</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publicado</translation>
    </message>
    <message>
      <source>Said by {claimant}</source>
      <translation>Dicho por {claimant}</translation>
    </message>
    <message>
      <source>Said on</source>
      <translation>Dicho el</translation>
    </message>
    <message>
      <source>Select a claim in the Claims panel to see how its figure moved.</source>
      <translation>Selecciona una afirmación en el panel Afirmaciones para ver cómo cambió su cifra.</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <source>Who said it</source>
      <translation>Quién lo dijo</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>sin fecha</translation>
    </message>
  </context>
  <context>
    <name>TriageDialog</name>
    <message numerus="yes">
      <source>%n sentences worth checking, best first</source>
      <translation>
        <numerusform>%n frase que merece verificarse</numerusform>
        <numerusform>%n frases que merecen verificarse, las mejores primero</numerusform>
      </translation>
    </message>
    <message>
      <source>A or Enter: annotate as a checkable claim · D or Delete: dismiss · Ctrl+Z: undo</source>
      <translation>A o Enter: anotar como afirmación verificable · D o Delete: descartar · Ctrl+Z: deshacer</translation>
    </message>
    <message>
      <source>Accept triage suggestion</source>
      <translation>Aceptar sugerencia del cribado</translation>
    </message>
    <message>
      <source>Dismiss triage suggestion</source>
      <translation>Descartar sugerencia del cribado</translation>
    </message>
    <message>
      <source>Nothing left to triage.</source>
      <translation>No queda nada por cribar.</translation>
    </message>
    <message>
      <source>Sentences worth checking</source>
      <translation>Frases que merecen verificarse</translation>
    </message>
    <message>
      <source>Triage: {title}</source>
      <translation>Cribado: {title}</translation>
    </message>
    <message numerus="yes">
      <source>ranking learnt from %n decisions</source>
      <translation>
        <numerusform>orden aprendido de %n decisión</numerusform>
        <numerusform>orden aprendido de %n decisiones</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>Redo {command}</source>
      <translation>Rehacer: {command}</translation>
    </message>
    <message>
      <source>Undo {command}</source>
      <translation>Deshacer: {command}</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message numerus="yes">
      <source>At most %n panes side by side</source>
      <translation>
        <numerusform>Como máximo %n vista lado a lado</numerusform>
        <numerusform>Como máximo %n vistas lado a lado</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted the annotation and its %n links (Ctrl+Z brings them back)</source>
      <translation>
        <numerusform>Se eliminó la anotación y su %n vínculo (Ctrl+Z los recupera)</numerusform>
        <numerusform>Se eliminó la anotación y sus %n vínculos (Ctrl+Z los recupera)</numerusform>
      </translation>
    </message>
    <message>
      <source>No tag has the key {key} (Edit → Tag scheme)</source>
      <translation>Ninguna etiqueta tiene la tecla {key} (Editar → Esquema de etiquetas)</translation>
    </message>
    <message>
      <source>Select some text first, then press a tag's key</source>
      <translation>Selecciona primero un texto y luego pulsa la tecla de una etiqueta</translation>
    </message>
    <message>
      <source>The last pane stays open</source>
      <translation>La última vista permanece abierta</translation>
    </message>
  </context>
  <context>
    <name>about_dialog</name>
    <message>
      <source>Each package's licence text is in its installed metadata (pip show -f NAME).</source>
      <translation>El texto de la licencia de cada paquete está en sus metadatos instalados (pip show -f NOMBRE).</translation>
    </message>
    <message>
      <source>The licence texts are in {folder}, one folder per component; PySide6_Essentials/QT.txt there says how to replace the Qt libraries (LGPL-3.0).</source>
      <translation>Los textos de las licencias están en {folder}, una carpeta por componente; allí, PySide6_Essentials/QT.txt explica cómo sustituir las bibliotecas de Qt (LGPL-3.0).</translation>
    </message>
  </context>
  <context>
    <name>action_handlers</name>
    <message>
      <source>Open an article to triage it</source>
      <translation>Abre un artículo para cribarlo</translation>
    </message>
  </context>
  <context>
    <name>agreement_dialog</name>
    <message>
      <source>n/a</source>
      <translation>n/d</translation>
    </message>
  </context>
  <context>
    <name>annotator_dialog</name>
    <message>
      <source>Who is annotating?</source>
      <translation>¿Quién anota?</translation>
    </message>
    <message>
      <source>Your name is recorded with every annotation you make,
so a colleague reviewing your work can tell whose tags are whose.</source>
      <translation>Tu nombre se registra con cada anotación que haces,
para que un colega que revise tu trabajo sepa de quién es cada etiqueta.</translation>
    </message>
  </context>
  <context>
    <name>article_commands</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation>
        <numerusform>%n anotación</numerusform>
        <numerusform>%n anotaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claim appearances</source>
      <translation>
        <numerusform>%n aparición de afirmación</numerusform>
        <numerusform>%n apariciones de afirmaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n vínculo</numerusform>
        <numerusform>%n vínculos</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete article</source>
      <translation>Eliminar artículo</translation>
    </message>
    <message>
      <source>Delete “{title}”? {carries}</source>
      <translation>¿Eliminar «{title}»? {carries}</translation>
    </message>
    <message>
      <source>It carries no annotations.</source>
      <translation>No tiene anotaciones.</translation>
    </message>
    <message>
      <source>It carries {what} and {last}.</source>
      <translation>Tiene {what} y {last}.</translation>
    </message>
    <message>
      <source>It carries {what}.</source>
      <translation>Tiene {what}.</translation>
    </message>
    <message>
      <source>Open or select an article to delete first</source>
      <translation>Primero abre o selecciona el artículo que quieres eliminar</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back with all of them.</source>
      <translation>Deshacer (Ctrl+Z) lo recupera con todo ello.</translation>
    </message>
  </context>
  <context>
    <name>blind_view</name>
    <message>
      <source>Blind annotation: only your annotations are shown</source>
      <translation>Anotación ciega: solo se muestran tus anotaciones</translation>
    </message>
    <message>
      <source>Everyone's annotations</source>
      <translation>Las anotaciones de todos</translation>
    </message>
    <message>
      <source>Show only my annotations</source>
      <translation>Mostrar solo mis anotaciones</translation>
    </message>
  </context>
  <context>
    <name>checked_before_dialog</name>
    <message>
      <source> (said by {claimant})</source>
      <translation> (dicho por {claimant})</translation>
    </message>
    <message>
      <source> (shared archive {file})</source>
      <translation> (archivo compartido {file})</translation>
    </message>
    <message>
      <source>unrated</source>
      <translation>sin calificar</translation>
    </message>
  </context>
  <context>
    <name>claimant_commands</name>
    <message>
      <source>Claim's claimant: {name}</source>
      <translation>Autor de la afirmación: {name}</translation>
    </message>
    <message>
      <source>Claimant: {name}</source>
      <translation>Dicho por: {name}</translation>
    </message>
    <message>
      <source>Remove claimant {name}</source>
      <translation>Quitar autor {name}</translation>
    </message>
    <message>
      <source>Rename claimant to {name}</source>
      <translation>Renombrar autor a {name}</translation>
    </message>
    <message>
      <source>from its appearances</source>
      <translation>según sus apariciones</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nadie</translation>
    </message>
  </context>
  <context>
    <name>claimant_field</name>
    <message>
      <source>{claimant} via {outlet}</source>
      <translation>{claimant} vía {outlet}</translation>
    </message>
  </context>
  <context>
    <name>commands</name>
    <message>
      <source>Change {fields}</source>
      <translation>Cambiar {fields}</translation>
    </message>
    <message>
      <source>Could not {action}</source>
      <translation>No se pudo {action}</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>confianza</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>evidencia</translation>
    </message>
    <message>
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>etiqueta</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>veredicto</translation>
    </message>
  </context>
  <context>
    <name>contradiction_text</name>
    <message>
      <source> vs </source>
      <translation> frente a </translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>dates differ: {list}</source>
      <translation>las fechas difieren: {list}</translation>
    </message>
    <message>
      <source>figures differ: {list}</source>
      <translation>las cifras difieren: {list}</translation>
    </message>
    <message>
      <source>{figures} ({where})</source>
      <translation>{figures} ({where})</translation>
    </message>
    <message>
      <source>{name} marked “{first}” as contradicting “{second}”</source>
      <translation>{name} marcó «{first}» como contradictoria con «{second}»</translation>
    </message>
  </context>
  <context>
    <name>dataset_dialogs</name>
    <message>
      <source>As its tool counts (doccano, Label Studio: UTF-16 units; Claimdesk: code points)</source>
      <translation>Como cuenta su herramienta (doccano, Label Studio: unidades UTF-16; Claimdesk: puntos de código)</translation>
    </message>
    <message>
      <source>CSV, one row per annotation</source>
      <translation>CSV, una fila por anotación</translation>
    </message>
    <message>
      <source>Code points</source>
      <translation>Puntos de código</translation>
    </message>
    <message>
      <source>Code points (Python, spaCy, Label Studio)</source>
      <translation>Puntos de código (Python, spaCy, Label Studio)</translation>
    </message>
    <message>
      <source>Code points, as Python and spaCy count; UTF-16 for a tool in a browser.</source>
      <translation>Puntos de código, como cuentan Python y spaCy; UTF-16 para una herramienta en el navegador.</translation>
    </message>
    <message>
      <source>Code points, as Python counts; UTF-16 if your Label Studio counts them.</source>
      <translation>Puntos de código, como cuenta Python; UTF-16 si tu Label Studio cuenta así.</translation>
    </message>
    <message>
      <source>INCEpTION, UIMA CAS XMI, zipped</source>
      <translation>INCEpTION, UIMA CAS XMI, en zip</translation>
    </message>
    <message>
      <source>JSON Lines, full records, spaCy-ready</source>
      <translation>JSON Lines, registros completos, listo para spaCy</translation>
    </message>
    <message>
      <source>Label Studio tasks + labeling config</source>
      <translation>Tareas de Label Studio + configuración de etiquetado</translation>
    </message>
    <message>
      <source>SQLite copy of the whole project</source>
      <translation>Copia SQLite de todo el proyecto</translation>
    </message>
    <message>
      <source>UTF-16 units</source>
      <translation>Unidades UTF-16</translation>
    </message>
    <message>
      <source>UTF-16 units (doccano, and browsers)</source>
      <translation>Unidades UTF-16 (doccano y navegadores)</translation>
    </message>
    <message>
      <source>W3C Web Annotation, JSON-LD</source>
      <translation>W3C Web Annotation, JSON-LD</translation>
    </message>
    <message>
      <source>brat standoff, zipped</source>
      <translation>brat standoff, en zip</translation>
    </message>
    <message>
      <source>doccano counts UTF-16 units (an emoji is two): keep this for doccano.</source>
      <translation>doccano cuenta unidades UTF-16 (un emoji son dos): deja esto para doccano.</translation>
    </message>
    <message>
      <source>doccano sequence labelling, JSONL</source>
      <translation>Etiquetado de secuencias de doccano, JSONL</translation>
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
        <numerusform>%n ya presente</numerusform>
        <numerusform>%n ya presentes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations imported</source>
      <translation>
        <numerusform>%n anotación importada</numerusform>
        <numerusform>%n anotaciones importadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n artículo</numerusform>
        <numerusform>%n artículos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims</source>
      <translation>
        <numerusform>%n afirmación</numerusform>
        <numerusform>%n afirmaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n vínculo</numerusform>
        <numerusform>%n vínculos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n orphaned</source>
      <translation>
        <numerusform>%n huérfana</numerusform>
        <numerusform>%n huérfanas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n re-anchored</source>
      <translation>
        <numerusform>%n reanclada</numerusform>
        <numerusform>%n reancladas</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Todos los archivos</translation>
    </message>
    <message>
      <source>Annotation files</source>
      <translation>Archivos de anotaciones</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>Exportar conjunto de datos</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Falló la exportación</translation>
    </message>
    <message>
      <source>Exporting</source>
      <translation>Exportando</translation>
    </message>
    <message>
      <source>Import annotations</source>
      <translation>Importar anotaciones</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was added.</source>
      <translation>Importación cancelada; no se añadió nada.</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Falló la importación</translation>
    </message>
    <message>
      <source>Importing annotations</source>
      <translation>Importando anotaciones</translation>
    </message>
    <message>
      <source>New tags: {names}.</source>
      <translation>Etiquetas nuevas: {names}.</translation>
    </message>
    <message>
      <source>New verdicts: {names}.</source>
      <translation>Veredictos nuevos: {names}.</translation>
    </message>
    <message>
      <source>Orphan: {where}: {reason}</source>
      <translation>Huérfana: {where}: {reason}</translation>
    </message>
    <message>
      <source>orphan — {where}: {reason}</source>
      <translation>huérfana — {where}: {reason}</translation>
    </message>
    <message>
      <source>re-anchored — {annotation}: {old} → {new}</source>
      <translation>reanclada — {annotation}: {old} → {new}</translation>
    </message>
    <message>
      <source>tag “{name}”</source>
      <translation>etiqueta «{name}»</translation>
    </message>
    <message>
      <source>verdict “{name}”</source>
      <translation>veredicto «{name}»</translation>
    </message>
    <message>
      <source>{articles}, {links} and {claims} added.</source>
      <translation>Se añadieron {articles}, {links} y {claims}.</translation>
    </message>
    <message>
      <source>{file} uses what the project's scheme lacks: {missing}.

Add to the scheme and import?</source>
      <translation>{file} usa lo que le falta al esquema del proyecto: {missing}.

¿Añadirlo al esquema e importar?</translation>
    </message>
    <message>
      <source>{imported}, {unchanged}, {reanchored}, {orphaned}.</source>
      <translation>{imported}, {unchanged}, {reanchored}, {orphaned}.</translation>
    </message>
    <message>
      <source>{moved} (approximate)</source>
      <translation>{moved} (aproximado)</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more (Show Details).</source>
      <translation>
        <numerusform>… y %n más (Mostrar detalles).</numerusform>
        <numerusform>… y %n más (Mostrar detalles).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>factcheck_flows</name>
    <message numerus="yes">
      <source>%n already there</source>
      <translation>
        <numerusform>%n ya estaba</numerusform>
        <numerusform>%n ya estaban</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fact-checks added</source>
      <translation>
        <numerusform>%n verificación añadida</numerusform>
        <numerusform>%n verificaciones añadidas</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Todos los archivos</translation>
    </message>
    <message>
      <source>Checked before?</source>
      <translation>¿Verificada antes?</translation>
    </message>
    <message>
      <source>Fact-check archives</source>
      <translation>Archivos de verificaciones</translation>
    </message>
    <message>
      <source>Fact-checks</source>
      <translation>Verificaciones</translation>
    </message>
    <message>
      <source>Import fact-checks</source>
      <translation>Importar verificaciones</translation>
    </message>
    <message>
      <source>Importing fact-checks</source>
      <translation>Importando verificaciones</translation>
    </message>
    <message>
      <source>Put the caret in an annotation, or select a claim, to look for earlier checks</source>
      <translation>Pon el cursor en una anotación, o selecciona una afirmación, para buscar verificaciones anteriores</translation>
    </message>
    <message>
      <source>Shared archive left out: {reason}</source>
      <translation>Archivo compartido omitido: {reason}</translation>
    </message>
    <message>
      <source>Shared fact-check archive</source>
      <translation>Archivo compartido de verificaciones</translation>
    </message>
    <message>
      <source>Shared fact-check archive: {file}</source>
      <translation>Archivo compartido de verificaciones: {file}</translation>
    </message>
    <message>
      <source>{file}: {added} ({present})</source>
      <translation>{file}: {added} ({present})</translation>
    </message>
  </context>
  <context>
    <name>merge_flow</name>
    <message numerus="yes">
      <source>Changed on both sides (%n); the newer version was kept:</source>
      <translation>
        <numerusform>Cambiado en ambos lados (%n); se conservó la versión más reciente:</numerusform>
        <numerusform>Cambiados en ambos lados (%n); se conservó la versión más reciente:</numerusform>
      </translation>
    </message>
    <message>
      <source>Changes to your work ({colleague} is the most recent annotator in that file; who made each edit is not recorded):</source>
      <translation>Cambios en tu trabajo ({colleague} es quien anotó más recientemente en ese archivo; no se registra quién hizo cada cambio):</translation>
    </message>
    <message>
      <source>Merge a colleague's project</source>
      <translation>Fusionar el proyecto de un colega</translation>
    </message>
    <message>
      <source>Merge failed</source>
      <translation>Falló la fusión</translation>
    </message>
    <message>
      <source>Merge {other} into {project}?

Merging cannot be undone, and it clears the undo history. A copy of the project as it is now is saved first as {backup}.</source>
      <translation>¿Fusionar {other} en {project}?

La fusión no se puede deshacer y borra el historial de deshacer. Antes se guarda una copia del proyecto tal como está ahora, como {backup}.</translation>
    </message>
    <message>
      <source>Merged {file}.</source>
      <translation>Se fusionó {file}.</translation>
    </message>
    <message>
      <source>Merging</source>
      <translation>Fusionando</translation>
    </message>
    <message>
      <source>Nothing new: the project already holds everything in that file.</source>
      <translation>Nada nuevo: el proyecto ya contiene todo lo de ese archivo.</translation>
    </message>
    <message>
      <source>Review → Start review… lists these; rejecting one restores your version.</source>
      <translation>Revisión → Iniciar revisión… los muestra; rechazar uno restaura tu versión.</translation>
    </message>
    <message>
      <source>That is the open project itself; choose another file.</source>
      <translation>Ese es el propio proyecto abierto; elige otro archivo.</translation>
    </message>
    <message>
      <source>The project before the merge is saved as {file}.</source>
      <translation>El proyecto anterior a la fusión se guardó como {file}.</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more</source>
      <translation>
        <numerusform>… y %n más</numerusform>
        <numerusform>… y %n más</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>merged_change</name>
    <message>
      <source>(changed here too; theirs is newer)</source>
      <translation>(también cambiado aquí; la suya es más reciente)</translation>
    </message>
    <message>
      <source>an unknown one</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>confianza</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>evidencia</translation>
    </message>
    <message>
      <source>explanation</source>
      <translation>explicación</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nada</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>etiqueta</translation>
    </message>
    <message>
      <source>the annotation {text}</source>
      <translation>la anotación {text}</translation>
    </message>
    <message>
      <source>the annotator {text}</source>
      <translation>el anotador {text}</translation>
    </message>
    <message>
      <source>the article {text}</source>
      <translation>el artículo {text}</translation>
    </message>
    <message>
      <source>the claim appearance of {text}</source>
      <translation>la aparición de la afirmación {text}</translation>
    </message>
    <message>
      <source>the claim {text}</source>
      <translation>la afirmación {text}</translation>
    </message>
    <message>
      <source>the link from {text}</source>
      <translation>el vínculo desde {text}</translation>
    </message>
    <message>
      <source>the review of {text}</source>
      <translation>la revisión de {text}</translation>
    </message>
    <message>
      <source>the tag {text}</source>
      <translation>la etiqueta {text}</translation>
    </message>
    <message>
      <source>the verdict {text}</source>
      <translation>el veredicto {text}</translation>
    </message>
    <message>
      <source>unknown tag</source>
      <translation>etiqueta desconocida</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>veredicto</translation>
    </message>
    <message>
      <source>wording</source>
      <translation>formulación</translation>
    </message>
    <message>
      <source>your annotation {text}</source>
      <translation>tu anotación {text}</translation>
    </message>
    <message>
      <source>your claim {text}</source>
      <translation>tu afirmación {text}</translation>
    </message>
    <message>
      <source>{tag}, in {article}</source>
      <translation>{tag}, en {article}</translation>
    </message>
    <message>
      <source>{who} brought back {what}</source>
      <translation>{who} recuperó {what}</translation>
    </message>
    <message>
      <source>{who} changed the {field} of {what} from {old} to {new}</source>
      <translation>{who} cambió el campo {field} de {what}: de {old} a {new}</translation>
    </message>
    <message>
      <source>{who} deleted {what}</source>
      <translation>{who} eliminó {what}</translation>
    </message>
    <message>
      <source>{who}'s newer version of {what} was kept</source>
      <translation>Se conservó la versión más reciente de {what}, de {who}</translation>
    </message>
  </context>
  <context>
    <name>pane_menu</name>
    <message>
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <source>Delete annotation</source>
      <translation>Eliminar anotación</translation>
    </message>
    <message>
      <source>Link to another annotation…</source>
      <translation>Vincular con otra anotación…</translation>
    </message>
    <message>
      <source>Open in inspector</source>
      <translation>Abrir en el inspector</translation>
    </message>
    <message>
      <source>Tag as {tag}</source>
      <translation>Etiquetar como {tag}</translation>
    </message>
  </context>
  <context>
    <name>plain_text</name>
    <message>
      <source>not enough memory</source>
      <translation>memoria insuficiente</translation>
    </message>
  </context>
  <context>
    <name>project_flows</name>
    <message numerus="yes">
      <source>%n files need attention:</source>
      <translation>
        <numerusform>%n archivo requiere atención:</numerusform>
        <numerusform>%n archivos requieren atención:</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Todos los archivos</translation>
    </message>
    <message>
      <source>Articles and sources</source>
      <translation>Artículos y fuentes</translation>
    </message>
    <message>
      <source>Claimdesk projects</source>
      <translation>Proyectos de Claimdesk</translation>
    </message>
    <message numerus="yes">
      <source>Import %n articles</source>
      <translation>
        <numerusform>Importar %n artículo</numerusform>
        <numerusform>Importar %n artículos</numerusform>
      </translation>
    </message>
    <message>
      <source>Import articles</source>
      <translation>Importar artículos</translation>
    </message>
    <message numerus="yes">
      <source>Import cancelled; %n articles imported before</source>
      <translation>
        <numerusform>Importación cancelada; antes se importó %n artículo</numerusform>
        <numerusform>Importación cancelada; antes se importaron %n artículos</numerusform>
      </translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Falló la importación</translation>
    </message>
    <message>
      <source>Import the scanned PDFs by reading their pages with Tesseract (OCR)</source>
      <translation>Importar los PDF escaneados leyendo sus páginas con Tesseract (OCR)</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles</source>
      <translation>
        <numerusform>%n artículo importado</numerusform>
        <numerusform>%n artículos importados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles before you cancelled.</source>
      <translation>
        <numerusform>Se importó %n artículo antes de cancelar.</numerusform>
        <numerusform>Se importaron %n artículos antes de cancelar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles.</source>
      <translation>
        <numerusform>Se importó %n artículo.</numerusform>
        <numerusform>Se importaron %n artículos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Importing articles</source>
      <translation>Importando artículos</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Nuevo proyecto</translation>
    </message>
    <message>
      <source>No recent projects</source>
      <translation>No hay proyectos recientes</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Abrir proyecto</translation>
    </message>
    <message>
      <source>Paste article</source>
      <translation>Pegar artículo</translation>
    </message>
    <message>
      <source>Paste as new article</source>
      <translation>Pegar como artículo nuevo</translation>
    </message>
    <message>
      <source>Read with OCR</source>
      <translation>Leer con OCR</translation>
    </message>
    <message>
      <source>Reading web archives</source>
      <translation>Leyendo archivos web</translation>
    </message>
    <message>
      <source>Reading with OCR</source>
      <translation>Leyendo con OCR</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Guardar una copia</translation>
    </message>
    <message>
      <source>Saved a copy as {path}</source>
      <translation>Copia guardada como {path}</translation>
    </message>
    <message>
      <source>Saving a copy</source>
      <translation>Guardando una copia</translation>
    </message>
    <message>
      <source>The clipboard holds no text to make an article from.</source>
      <translation>El portapapeles no contiene texto con el que crear un artículo.</translation>
    </message>
    <message>
      <source>Title (leave empty to use the first line):</source>
      <translation>Título (déjalo vacío para usar la primera línea):</translation>
    </message>
    <message>
      <source>{path} already exists; open it instead.</source>
      <translation>{path} ya existe; ábrelo en su lugar.</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more (Show Details… lists them all).</source>
      <translation>
        <numerusform>…y %n más (Mostrar detalles… los muestra todos).</numerusform>
        <numerusform>…y %n más (Mostrar detalles… los muestra todos).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>purge_flow</name>
    <message numerus="yes">
      <source>%n removed evidence files ({size}) will be deleted for good.</source>
      <translation>
        <numerusform>%n archivo de evidencia eliminado ({size}) se borrará definitivamente.</numerusform>
        <numerusform>%n archivos de evidencia eliminados ({size}) se borrarán definitivamente.</numerusform>
      </translation>
    </message>
    <message>
      <source>No removed evidence files to purge.</source>
      <translation>No hay archivos de evidencia eliminados que purgar.</translation>
    </message>
    <message>
      <source>Purge removed evidence files</source>
      <translation>Purgar archivos de evidencia eliminados</translation>
    </message>
    <message numerus="yes">
      <source>Purged %n removed evidence files ({size}).</source>
      <translation>
        <numerusform>Se purgó %n archivo de evidencia eliminado ({size}).</numerusform>
        <numerusform>Se purgaron %n archivos de evidencia eliminados ({size}).</numerusform>
      </translation>
    </message>
    <message>
      <source>The undo history is cleared: what was done so far cannot be undone.</source>
      <translation>Se vacía el historial de deshacer: lo hecho hasta ahora no podrá deshacerse.</translation>
    </message>
  </context>
  <context>
    <name>report_flow</name>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Abrir</translation>
    </message>
    <message>
      <source>Publish report</source>
      <translation>Publicar informe</translation>
    </message>
    <message>
      <source>Publish report failed</source>
      <translation>Falló la publicación del informe</translation>
    </message>
    <message>
      <source>Publishing cancelled; nothing was written.</source>
      <translation>Publicación cancelada; no se escribió nada.</translation>
    </message>
    <message>
      <source>Publishing report</source>
      <translation>Publicando el informe</translation>
    </message>
    <message>
      <source>The reviews have no web address (Google requires one): fill in “Review URL base” in File → Publish report… and publish again.</source>
      <translation>Las verificaciones no tienen dirección web (Google la exige): completa «Base de la URL de la verificación» en Archivo → Publicar informe… y vuelve a publicar.</translation>
    </message>
  </context>
  <context>
    <name>review_changes</name>
    <message>
      <source>annotation</source>
      <translation>anotación</translation>
    </message>
    <message>
      <source>claim</source>
      <translation>afirmación</translation>
    </message>
    <message>
      <source>your annotation</source>
      <translation>tu anotación</translation>
    </message>
    <message>
      <source>your claim</source>
      <translation>tu afirmación</translation>
    </message>
  </context>
  <context>
    <name>review_layers</name>
    <message>
      <source>Only {who} marked this</source>
      <translation>Solo {who} marcó esto</translation>
    </message>
    <message>
      <source>Tag differs: {who} tagged it {tags}</source>
      <translation>La etiqueta difiere: {who} la etiquetó como {tags}</translation>
    </message>
  </context>
  <context>
    <name>review_rows</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(etiqueta desconocida)</translation>
    </message>
    <message>
      <source>Below them: what merges changed of your work (A keeps it, R restores yours).</source>
      <translation>Debajo: lo que las fusiones cambiaron de tu trabajo (A lo conserva, R restaura tu versión).</translation>
    </message>
    <message>
      <source>Dashed magenta: only one of you marked it, or your tags differ.</source>
      <translation>Magenta discontinuo: solo uno de los dos lo marcó, o las etiquetas difieren.</translation>
    </message>
    <message>
      <source>Left pane: yours · right pane: {colleague}'s.</source>
      <translation>Vista izquierda: las tuyas · vista derecha: las de {colleague}.</translation>
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations as {me}.</source>
      <translation>Revisando las anotaciones de {colleague} como {me}.</translation>
    </message>
    <message>
      <source>Yours are filled, theirs underlined.</source>
      <translation>Las tuyas van rellenas; las suyas, subrayadas.</translation>
    </message>
  </context>
  <context>
    <name>scheme_commands</name>
    <message>
      <source>Add tag {name}</source>
      <translation>Añadir etiqueta {name}</translation>
    </message>
    <message>
      <source>Add verdict {name}</source>
      <translation>Añadir veredicto {name}</translation>
    </message>
    <message>
      <source>Edit article details</source>
      <translation>Editar detalles del artículo</translation>
    </message>
    <message>
      <source>Edit tag {name}</source>
      <translation>Editar etiqueta {name}</translation>
    </message>
    <message>
      <source>Edit verdict {name}</source>
      <translation>Editar veredicto {name}</translation>
    </message>
    <message>
      <source>Remove tag {name}</source>
      <translation>Eliminar etiqueta {name}</translation>
    </message>
    <message>
      <source>Remove verdict {name}</source>
      <translation>Eliminar veredicto {name}</translation>
    </message>
    <message>
      <source>Reorder tags</source>
      <translation>Reordenar etiquetas</translation>
    </message>
    <message>
      <source>Reorder verdicts</source>
      <translation>Reordenar veredictos</translation>
    </message>
  </context>
  <context>
    <name>spans</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(etiqueta desconocida)</translation>
    </message>
    <message>
      <source>{percent}% confident</source>
      <translation>{percent} % de confianza</translation>
    </message>
  </context>
  <context>
    <name>timeline_panel</name>
    <message>
      <source>Story timeline</source>
      <translation>Cronología de la historia</translation>
    </message>
  </context>
</TS>
