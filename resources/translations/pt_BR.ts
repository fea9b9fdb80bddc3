<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Claimdesk</source>
      <translation>Sobre o Claimdesk</translation>
    </message>
    <message>
      <source>Licence: {licence}.</source>
      <translation>Licença: {licence}.</translation>
    </message>
    <message>
      <source>Offline annotation for fact-checkers. Read reports side by side, tag and rate their claims, link the same claim across reports and export the result as a dataset. Everything stays in one local project file.</source>
      <translation>Anotação off-line para checadores. Leia matérias lado a lado, rotule e classifique as afirmações, vincule a mesma afirmação em matérias diferentes e exporte o resultado como conjunto de dados. Tudo fica em um único arquivo de projeto local.</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>Software de terceiros</translation>
    </message>
    <message>
      <source>Third-party software it runs on, and its licences:</source>
      <translation>Software de terceiros em que ele roda e suas licenças:</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;About Claimdesk</source>
      <translation>&amp;Sobre o Claimdesk</translation>
    </message>
    <message>
      <source>&amp;Accept and go to the next</source>
      <translation>&amp;Aceitar e ir para a próxima</translation>
    </message>
    <message>
      <source>&amp;Add pane</source>
      <translation>&amp;Adicionar quadro</translation>
    </message>
    <message>
      <source>&amp;Claims</source>
      <translation>A&amp;firmações</translation>
    </message>
    <message>
      <source>&amp;Close pane</source>
      <translation>&amp;Fechar quadro</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <source>&amp;Edit and accept</source>
      <translation>&amp;Editar e aceitar</translation>
    </message>
    <message>
      <source>&amp;Export dataset…</source>
      <translation>E&amp;xportar conjunto de dados…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Arquivo</translation>
    </message>
    <message>
      <source>&amp;Find in pane…</source>
      <translation>&amp;Localizar no quadro…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;juda</translation>
    </message>
    <message>
      <source>&amp;High contrast</source>
      <translation>Alto &amp;contraste</translation>
    </message>
    <message>
      <source>&amp;Import articles…</source>
      <translation>&amp;Importar matérias…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
      <source>&amp;Link annotation…</source>
      <translation>Vi&amp;ncular anotação…</translation>
    </message>
    <message>
      <source>&amp;Merge a colleague's project…</source>
      <translation>&amp;Mesclar projeto de um colega…</translation>
    </message>
    <message>
      <source>&amp;New project…</source>
      <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
      <source>&amp;Next claim</source>
      <translation>&amp;Próxima afirmação</translation>
    </message>
    <message>
      <source>&amp;Next in the list</source>
      <translation>&amp;Próxima da lista</translation>
    </message>
    <message>
      <source>&amp;Next pane</source>
      <translation>&amp;Próximo quadro</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
      <source>&amp;Paste as new article</source>
      <translation>Co&amp;lar como nova matéria</translation>
    </message>
    <message>
      <source>&amp;Previous claim</source>
      <translation>Afirmação &amp;anterior</translation>
    </message>
    <message>
      <source>&amp;Previous pane</source>
      <translation>Quadro a&amp;nterior</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Sair</translation>
    </message>
    <message>
      <source>&amp;Reject…</source>
      <translation>&amp;Rejeitar…</translation>
    </message>
    <message>
      <source>&amp;Reset zoom</source>
      <translation>Zoom &amp;original</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>&amp;Revisão</translation>
    </message>
    <message>
      <source>&amp;Start review…</source>
      <translation>&amp;Iniciar revisão…</translation>
    </message>
    <message>
      <source>&amp;Suggested links</source>
      <translation>&amp;Vínculos sugeridos</translation>
    </message>
    <message>
      <source>&amp;Synchronised scrolling</source>
      <translation>Rolagem &amp;sincronizada</translation>
    </message>
    <message>
      <source>&amp;Tag scheme and verdicts…</source>
      <translation>&amp;Esquema de rótulos e vereditos…</translation>
    </message>
    <message>
      <source>&amp;Triage this article…</source>
      <translation>&amp;Triagem desta matéria…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>E&amp;xibir</translation>
    </message>
    <message>
      <source>A&amp;greement between annotators…</source>
      <translation>&amp;Concordância entre anotadores…</translation>
    </message>
    <message>
      <source>Accept it and open it in the inspector to edit</source>
      <translation>Aceitar e abrir no inspetor para editar</translation>
    </message>
    <message>
      <source>Accept the colleague's annotation and go to the next unreviewed</source>
      <translation>Aceitar a anotação do colega e ir para a próxima não revisada</translation>
    </message>
    <message>
      <source>Accept the suggestion: link the two passages</source>
      <translation>Aceitar a sugestão: vincular os dois trechos</translation>
    </message>
    <message>
      <source>Add earlier fact-checks (ClaimReview JSON-LD, Google Fact Check Tools JSON)</source>
      <translation>Adicionar checagens anteriores (ClaimReview JSON-LD, Google Fact Check Tools JSON)</translation>
    </message>
    <message>
      <source>Anno&amp;tating layout</source>
      <translation>Layout de ano&amp;tação</translation>
    </message>
    <message>
      <source>Annotate the sentence as a checkable claim, its reasons as the note</source>
      <translation>Anotar a frase como afirmação verificável, com os motivos na nota</translation>
    </message>
    <message>
      <source>Annotating layout: the inspector and annotations under the panes</source>
      <translation>Layout de anotação: o inspetor e as anotações abaixo dos quadros</translation>
    </message>
    <message>
      <source>Article &amp;details…</source>
      <translation>&amp;Detalhes da matéria…</translation>
    </message>
    <message>
      <source>Blind double annotation: each annotator sees only their own work</source>
      <translation>Anotação dupla cega: cada anotador vê só o próprio trabalho</translation>
    </message>
    <message>
      <source>Change the relation or note of the link</source>
      <translation>Alterar a relação ou a nota do vínculo</translation>
    </message>
    <message>
      <source>Checked &amp;before?…</source>
      <translation>&amp;Já checada?…</translation>
    </message>
    <message>
      <source>Clear the selection, or cancel a link being made</source>
      <translation>Limpar a seleção ou cancelar o vínculo em andamento</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>Fechar a barra de busca</translation>
    </message>
    <message>
      <source>Context menu: tag, link, delete</source>
      <translation>Menu de contexto: rotular, vincular, excluir</translation>
    </message>
    <message>
      <source>Cycle through the annotations under the caret</source>
      <translation>Alternar entre as anotações sob o cursor</translation>
    </message>
    <message>
      <source>De&amp;lete article…</source>
      <translation>&amp;Excluir matéria…</translation>
    </message>
    <message>
      <source>Delete article…</source>
      <translation>Excluir matéria…</translation>
    </message>
    <message>
      <source>Delete the annotation at the caret (undoable)</source>
      <translation>Excluir a anotação sob o cursor (pode ser desfeito)</translation>
    </message>
    <message>
      <source>Delete the kept bytes of removed evidence files; clears the undo history</source>
      <translation>Apaga os bytes guardados dos arquivos de evidência removidos; limpa o histórico de desfazer</translation>
    </message>
    <message>
      <source>Delete the link</source>
      <translation>Excluir o vínculo</translation>
    </message>
    <message>
      <source>Dismiss the sentence</source>
      <translation>Descartar a frase</translation>
    </message>
    <message>
      <source>Dismiss the suggestion</source>
      <translation>Descartar a sugestão</translation>
    </message>
    <message>
      <source>Earlier fact-checks matching the annotation at the caret or the selection</source>
      <translation>Checagens anteriores que correspondem à anotação sob o cursor ou à seleção</translation>
    </message>
    <message>
      <source>Edit the article's title in place (Enter keeps it)</source>
      <translation>Editar o título da matéria no próprio lugar (Enter confirma)</translation>
    </message>
    <message>
      <source>Edit the tag scheme and verdict scale</source>
      <translation>Editar o esquema de rótulos e a escala de vereditos</translation>
    </message>
    <message>
      <source>Export the project as a dataset</source>
      <translation>Exportar o projeto como conjunto de dados</translation>
    </message>
    <message>
      <source>Extend the selection by character, word</source>
      <translation>Estender a seleção por caractere, palavra</translation>
    </message>
    <message>
      <source>Find in &amp;all articles…</source>
      <translation>Localizar em &amp;todas as matérias…</translation>
    </message>
    <message>
      <source>Find in this article</source>
      <translation>Localizar nesta matéria</translation>
    </message>
    <message>
      <source>Go to the other end of a link of the annotation at the caret (again: back)</source>
      <translation>Ir para a outra ponta de um vínculo da anotação sob o cursor (de novo: voltar)</translation>
    </message>
    <message>
      <source>High contrast: white text on black, remembered for the next start</source>
      <translation>Alto contraste: texto branco sobre fundo preto, mantido na próxima abertura</translation>
    </message>
    <message>
      <source>Import &amp;annotations…</source>
      <translation>Importar ano&amp;tações…</translation>
    </message>
    <message>
      <source>Import &amp;fact-checks…</source>
      <translation>Importar checa&amp;gens…</translation>
    </message>
    <message>
      <source>Import annotations (JSONL, W3C, Label Studio)</source>
      <translation>Importar anotações (JSONL, W3C, Label Studio)</translation>
    </message>
    <message>
      <source>Import article files</source>
      <translation>Importar arquivos de matérias</translation>
    </message>
    <message>
      <source>Link the annotation at the caret (as L)</source>
      <translation>Vincular a anotação sob o cursor (como L)</translation>
    </message>
    <message>
      <source>Link the annotation at the caret to another (L in a pane; L again on the other end, or click it)</source>
      <translation>Vincular a anotação sob o cursor a outra (L num quadro; L de novo na outra ponta, ou clique nela)</translation>
    </message>
    <message>
      <source>Link…</source>
      <translation>Vincular…</translation>
    </message>
    <message>
      <source>Match this project against a newsroom's fact-check archive file too</source>
      <translation>Comparar também este projeto com o acervo de checagens de uma redação</translation>
    </message>
    <message>
      <source>Move focus to the next / previous pane</source>
      <translation>Mover o foco para o quadro seguinte / anterior</translation>
    </message>
    <message>
      <source>Move the caret</source>
      <translation>Mover o cursor</translation>
    </message>
    <message>
      <source>Ne&amp;w shared fact-check archive…</source>
      <translation>Novo acervo de checagens compartil&amp;hado…</translation>
    </message>
    <message>
      <source>Next annotation</source>
      <translation>Próxima anotação</translation>
    </message>
    <message>
      <source>Next annotation in the Review list</source>
      <translation>Próxima anotação da lista Revisão</translation>
    </message>
    <message>
      <source>Next claim, its appearances side by side</source>
      <translation>Próxima afirmação, com suas ocorrências lado a lado</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>Próximo resultado</translation>
    </message>
    <message>
      <source>Only &amp;contradicted claims</source>
      <translation>Só afirmações com &amp;contradição</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Abrir &amp;recente</translation>
    </message>
    <message>
      <source>Open the annotation at the caret in the inspector</source>
      <translation>Abrir no inspetor a anotação sob o cursor</translation>
    </message>
    <message>
      <source>Open the article in the active pane</source>
      <translation>Abrir a matéria no quadro ativo</translation>
    </message>
    <message>
      <source>P&amp;ublish report…</source>
      <translation>&amp;Publicar relatório…</translation>
    </message>
    <message>
      <source>Paste the clipboard as a new article</source>
      <translation>Colar a área de transferência como nova matéria</translation>
    </message>
    <message>
      <source>Pre&amp;vious in the list</source>
      <translation>Anteri&amp;or da lista</translation>
    </message>
    <message>
      <source>Previous annotation</source>
      <translation>Anotação anterior</translation>
    </message>
    <message>
      <source>Previous annotation in the Review list</source>
      <translation>Anotação anterior da lista Revisão</translation>
    </message>
    <message>
      <source>Previous claim, its appearances side by side</source>
      <translation>Afirmação anterior, com suas ocorrências lado a lado</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>Resultado anterior</translation>
    </message>
    <message>
      <source>Publish the claims as a fact-check page (HTML), PDF or Markdown</source>
      <translation>Publicar as afirmações como página de checagem (HTML), PDF ou Markdown</translation>
    </message>
    <message>
      <source>Purge removed evidence file&amp;s…</source>
      <translation>Limpar arquivos de evidência remo&amp;vidos…</translation>
    </message>
    <message>
      <source>Rea&amp;ding layout</source>
      <translation>Layout de &amp;leitura</translation>
    </message>
    <message>
      <source>Reading layout: the panes only; panels in the side bar</source>
      <translation>Layout de leitura: só os quadros; painéis na barra lateral</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Refazer</translation>
    </message>
    <message>
      <source>Reject it (a comment is optional: Enter without one)</source>
      <translation>Rejeitar (o comentário é opcional: Enter sem comentário)</translation>
    </message>
    <message>
      <source>Reopen c&amp;losed pane</source>
      <translation>&amp;Reabrir quadro fechado</translation>
    </message>
    <message>
      <source>Reopen the pane closed last, where it was</source>
      <translation>Reabrir o último quadro fechado, onde ele estava</translation>
    </message>
    <message>
      <source>Revie&amp;wing layout</source>
      <translation>Layout de re&amp;visão</translation>
    </message>
    <message>
      <source>Reviewing layout: articles and claims beside the panes as well</source>
      <translation>Layout de revisão: matérias e afirmações também ao lado dos quadros</translation>
    </message>
    <message>
      <source>Same claim / supports / contradicts / related</source>
      <translation>Mesma afirmação / confirma / contradiz / relacionada</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>Salvar uma &amp;cópia…</translation>
    </message>
    <message>
      <source>Save a copy of the whole project, as it is now</source>
      <translation>Salvar uma cópia do projeto inteiro, como está agora</translation>
    </message>
    <message>
      <source>Show how the selected claim's figure moved across outlets and dates</source>
      <translation>Mostrar como o número da afirmação selecionada variou entre veículos e datas</translation>
    </message>
    <message>
      <source>Show only &amp;my annotations</source>
      <translation>Mostrar só &amp;minhas anotações</translation>
    </message>
    <message>
      <source>Show only contradicted claims</source>
      <translation>Mostrar só afirmações com contradição</translation>
    </message>
    <message>
      <source>Start a link at the annotation at the caret; L again on (or a click on) the other end</source>
      <translation>Iniciar um vínculo na anotação sob o cursor; L de novo (ou um clique) na outra ponta</translation>
    </message>
    <message>
      <source>Start reviewing a colleague's annotations</source>
      <translation>Começar a revisar as anotações de um colega</translation>
    </message>
    <message>
      <source>Sto&amp;p review</source>
      <translation>E&amp;ncerrar revisão</translation>
    </message>
    <message>
      <source>Stor&amp;y timeline</source>
      <translation>&amp;Linha do tempo</translation>
    </message>
    <message>
      <source>Tag the selection with the tag of that number</source>
      <translation>Rotular a seleção com o rótulo desse número</translation>
    </message>
    <message>
      <source>The article's sentences most worth checking, with why</source>
      <translation>As frases da matéria que mais merecem checagem, com o motivo</translation>
    </message>
    <message>
      <source>This list</source>
      <translation>Esta lista</translation>
    </message>
    <message>
      <source>Title, outlet, date and address of the article in the active pane</source>
      <translation>Título, veículo, data e endereço da matéria no quadro ativo</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Desfazer</translation>
    </message>
    <message>
      <source>Use a s&amp;hared fact-check archive…</source>
      <translation>Usar um acervo de checagens compa&amp;rtilhado…</translation>
    </message>
    <message>
      <source>Version, licence, and the licences of the software Claimdesk runs on</source>
      <translation>Versão, licença e as licenças do software em que o Claimdesk roda</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>Aumentar &amp;zoom</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
      <source>anywhere</source>
      <translation>em qualquer lugar</translation>
    </message>
    <message>
      <source>in an article pane</source>
      <translation>num quadro de matéria</translation>
    </message>
    <message>
      <source>in review mode</source>
      <translation>no modo de revisão</translation>
    </message>
    <message>
      <source>in review mode, unless typing in a field</source>
      <translation>no modo de revisão, exceto ao digitar num campo</translation>
    </message>
    <message>
      <source>in the Articles list</source>
      <translation>na lista Matérias</translation>
    </message>
    <message>
      <source>in the Suggested links list</source>
      <translation>na lista Vínculos sugeridos</translation>
    </message>
    <message>
      <source>in the Triage list</source>
      <translation>na lista de triagem</translation>
    </message>
    <message>
      <source>in the find bar</source>
      <translation>na barra de busca</translation>
    </message>
    <message>
      <source>in the inspector's links list</source>
      <translation>na lista de vínculos do inspetor</translation>
    </message>
    <message>
      <source>in the link dialog</source>
      <translation>na caixa de vínculo</translation>
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
      <translation>Ainda sem números</translation>
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
      <translation>&amp;Salvar JSON…</translation>
    </message>
    <message>
      <source>Agreement between annotators</source>
      <translation>Concordância entre anotadores</translation>
    </message>
    <message>
      <source>Agreement per tag</source>
      <translation>Concordância por rótulo</translation>
    </message>
    <message>
      <source>All tags (micro)</source>
      <translation>Todos os rótulos (micro)</translation>
    </message>
    <message>
      <source>Annotators to compare</source>
      <translation>Anotadores a comparar</translation>
    </message>
    <message>
      <source>C&amp;hart:</source>
      <translation>&amp;Gráfico:</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <source>Cohen's κ</source>
      <translation>κ de Cohen</translation>
    </message>
    <message>
      <source>Computing agreement</source>
      <translation>Calculando a concordância</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>Calculando…</translation>
    </message>
    <message>
      <source>Copied the figures as CSV.</source>
      <translation>Números copiados como CSV.</translation>
    </message>
    <message>
      <source>Copy as CS&amp;V</source>
      <translation>Copiar como CS&amp;V</translation>
    </message>
    <message>
      <source>Could not compute agreement: {error}</source>
      <translation>Não foi possível calcular a concordância: {error}</translation>
    </message>
    <message>
      <source>Could not save {file}: {reason}</source>
      <translation>Não foi possível salvar {file}: {reason}</translation>
    </message>
    <message>
      <source>F1 exact</source>
      <translation>F1 exato</translation>
    </message>
    <message>
      <source>F1 overlap</source>
      <translation>F1 sobreposição</translation>
    </message>
    <message>
      <source>Krippendorff's α</source>
      <translation>α de Krippendorff</translation>
    </message>
    <message>
      <source>Press Compute to compare the ticked annotators.</source>
      <translation>Clique em Calcular para comparar os anotadores marcados.</translation>
    </message>
    <message>
      <source>Save agreement figures</source>
      <translation>Salvar números de concordância</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>{file} salvo.</translation>
    </message>
    <message>
      <source>Tick at least two annotators, then Compute.</source>
      <translation>Marque pelo menos dois anotadores e clique em Calcular.</translation>
    </message>
    <message numerus="yes">
      <source>{annotators}: %n articles annotated by all. Hover a figure for its counts.</source>
      <translation>
        <numerusform>{annotators}: %n matéria anotada por todos. Passe o mouse sobre um número para ver as contagens.</numerusform>
        <numerusform>{annotators}: %n matérias anotadas por todos. Passe o mouse sobre um número para ver as contagens.</numerusform>
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
      <translation>Todos os anotadores</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Todos os rótulos</translation>
    </message>
    <message>
      <source>All verdicts</source>
      <translation>Todos os vereditos</translation>
    </message>
    <message>
      <source>Annotations</source>
      <translation>Anotações</translation>
    </message>
    <message>
      <source>Filter by text or note</source>
      <translation>Filtrar por texto ou nota</translation>
    </message>
    <message>
      <source>Filter by text or note…</source>
      <translation>Filtrar por texto ou nota…</translation>
    </message>
    <message>
      <source>Show annotator</source>
      <translation>Mostrar anotador</translation>
    </message>
    <message>
      <source>Show tag</source>
      <translation>Mostrar rótulo</translation>
    </message>
    <message>
      <source>Show verdict</source>
      <translation>Mostrar veredito</translation>
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
      <translation>Matéria</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Criada</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Rótulo</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Veredito</translation>
    </message>
  </context>
  <context>
    <name>Announcer</name>
    <message>
      <source>Done: {action}</source>
      <translation>Feito: {action}</translation>
    </message>
    <message>
      <source>Redone: {action}</source>
      <translation>Refeito: {action}</translation>
    </message>
    <message>
      <source>Undone: {action}</source>
      <translation>Desfeito: {action}</translation>
    </message>
  </context>
  <context>
    <name>ArchivePagesDialog</name>
    <message>
      <source>Captured pages to import</source>
      <translation>Páginas capturadas a importar</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Import pages from a web archive</source>
      <translation>Importar páginas de um arquivo da web</translation>
    </message>
    <message numerus="yes">
      <source>{archive} holds %n captured web pages. Tick the ones to import as articles; each keeps its URL and capture time.</source>
      <translation>
        <numerusform>{archive} contém %n página da web capturada. Marque as que serão importadas como matérias; cada uma mantém sua URL e a hora da captura.</numerusform>
        <numerusform>{archive} contém %n páginas da web capturadas. Marque as que serão importadas como matérias; cada uma mantém sua URL e a hora da captura.</numerusform>
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
        <numerusform>%n caractere · importada em {date}</numerusform>
        <numerusform>%n caracteres · importada em {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Árabe</translation>
    </message>
    <message>
      <source>Archive URL</source>
      <translation>URL do arquivo</translation>
    </message>
    <message>
      <source>Article details</source>
      <translation>Detalhes da matéria</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <source>Date (YYYY-MM-DD)</source>
      <translation>Data (AAAA-MM-DD)</translation>
    </message>
    <message>
      <source>Detected ({language})</source>
      <translation>Detectado ({language})</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Inglês</translation>
    </message>
    <message>
      <source>File SHA-256</source>
      <translation>SHA-256 do arquivo</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Francês</translation>
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
      <translation>Veículo</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>Português</translation>
    </message>
    <message>
      <source>Provenance</source>
      <translation>Procedência</translation>
    </message>
    <message>
      <source>Retrieved or captured</source>
      <translation>Obtida ou capturada em</translation>
    </message>
    <message>
      <source>Source file</source>
      <translation>Arquivo de origem</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>Espanhol</translation>
    </message>
    <message>
      <source>The language this article's numbers, dates and claims are read in</source>
      <translation>O idioma em que os números, datas e afirmações desta matéria são lidos</translation>
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
      <translation>Matérias</translation>
    </message>
    <message>
      <source>Filter articles</source>
      <translation>Filtrar matérias</translation>
    </message>
    <message>
      <source>Filter articles…</source>
      <translation>Filtrar matérias…</translation>
    </message>
  </context>
  <context>
    <name>ArticleListModel</name>
    <message>
      <source>Annotations</source>
      <translation>Anotações</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>Veículo</translation>
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
      <translation>Matéria exibida neste quadro</translation>
    </message>
    <message>
      <source>Article text</source>
      <translation>Texto da matéria</translation>
    </message>
    <message>
      <source>Article title</source>
      <translation>Título da matéria</translation>
    </message>
    <message>
      <source>Choose an article above.</source>
      <translation>Escolha uma matéria acima.</translation>
    </message>
    <message>
      <source>Choose the article this pane shows</source>
      <translation>Escolha a matéria exibida neste quadro</translation>
    </message>
    <message>
      <source>Close this pane</source>
      <translation>Fechar este quadro</translation>
    </message>
    <message>
      <source>Close this pane (Ctrl+W)</source>
      <translation>Fechar este quadro (Ctrl+W)</translation>
    </message>
    <message>
      <source>Double-click (or F2 in the text) to edit the title</source>
      <translation>Clique duas vezes (ou F2 no texto) para editar o título</translation>
    </message>
    <message>
      <source>No articles yet: File → Import articles… (Ctrl+I), or paste one as a new article (Ctrl+Shift+V).</source>
      <translation>Ainda não há matérias: Arquivo → Importar matérias… (Ctrl+I), ou cole uma como nova matéria (Ctrl+Shift+V).</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back; or choose another article above</source>
      <translation>Desfazer (Ctrl+Z) a traz de volta; ou escolha outra matéria acima</translation>
    </message>
    <message>
      <source>“{title}” was deleted</source>
      <translation>“{title}” foi excluída</translation>
    </message>
  </context>
  <context>
    <name>ArticleView</name>
    <message>
      <source>{tag}, by {annotator}: {quote}</source>
      <translation>{tag}, por {annotator}: {quote}</translation>
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
      <translation>Manter a alteração do colega</translation>
    </message>
    <message>
      <source>Restore your version</source>
      <translation>Restaurar a sua versão</translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeDialog</name>
    <message numerus="yes">
      <source>%n earlier fact-checks match, best first (of {archive}).</source>
      <translation>
        <numerusform>%n checagem anterior corresponde, a melhor primeiro (de {archive}).</numerusform>
        <numerusform>%n checagens anteriores correspondem, as melhores primeiro (de {archive}).</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Shared fact-check archive…</source>
      <translation>&amp;Acervo compartilhado de checagens…</translation>
    </message>
    <message>
      <source>Also searched: the shared archive {file}</source>
      <translation>Também pesquisado: o acervo compartilhado {file}</translation>
    </message>
    <message>
      <source>Checked before?</source>
      <translation>Já checada?</translation>
    </message>
    <message>
      <source>Earlier fact-checks</source>
      <translation>Checagens anteriores</translation>
    </message>
    <message>
      <source>No earlier fact-check among {archive} matches.</source>
      <translation>Nenhuma checagem anterior entre {archive} corresponde.</translation>
    </message>
    <message>
      <source>No shared archive: only this project's</source>
      <translation>Sem acervo compartilhado: só o deste projeto</translation>
    </message>
    <message>
      <source>The archive is empty: File → Import fact-checks… adds earlier fact-checks.</source>
      <translation>O acervo está vazio: Arquivo → Importar checagens… adiciona checagens anteriores.</translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeList</name>
    <message>
      <source>Checked before</source>
      <translation>Já checada</translation>
    </message>
    <message numerus="yes">
      <source>Checked before? %n earlier fact-checks match</source>
      <translation>
        <numerusform>Já checada? %n checagem anterior corresponde</numerusform>
        <numerusform>Já checada? %n checagens anteriores correspondem</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeNote</name>
    <message numerus="yes">
      <source>%n more…</source>
      <translation>
        <numerusform>mais %n…</numerusform>
        <numerusform>mais %n…</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked before: {best}</source>
      <translation>Já checada: {best}</translation>
    </message>
    <message>
      <source>Why…</source>
      <translation>Por quê…</translation>
    </message>
  </context>
  <context>
    <name>ClaimClaimantField</name>
    <message>
      <source>Claim said by</source>
      <translation>Afirmação dita por</translation>
    </message>
    <message>
      <source>From its appearances: {name}</source>
      <translation>Pelas ocorrências: {name}</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>Pessoa ou organização</translation>
    </message>
    <message>
      <source>Who made the claim, over whom its appearances name; blank: they decide</source>
      <translation>Quem fez a afirmação, prevalecendo sobre quem as ocorrências indicam; em branco: elas decidem</translation>
    </message>
    <message>
      <source>Who made the claim?</source>
      <translation>Quem fez a afirmação?</translation>
    </message>
  </context>
  <context>
    <name>ClaimEditor</name>
    <message>
      <source>&amp;Sources</source>
      <translation>&amp;Fontes</translation>
    </message>
    <message>
      <source>&amp;Wording</source>
      <translation>&amp;Texto</translation>
    </message>
    <message>
      <source>Change claim evidence</source>
      <translation>Alterar evidências da afirmação</translation>
    </message>
    <message>
      <source>Change claim explanation</source>
      <translation>Alterar explicação da afirmação</translation>
    </message>
    <message>
      <source>Change claim rating</source>
      <translation>Alterar veredito da afirmação</translation>
    </message>
    <message>
      <source>Change claim wording</source>
      <translation>Alterar texto da afirmação</translation>
    </message>
    <message>
      <source>E&amp;xplanation</source>
      <translation>E&amp;xplicação</translation>
    </message>
    <message>
      <source>Evidence: one URL per line</source>
      <translation>Evidências: uma URL por linha</translation>
    </message>
    <message>
      <source>Ratin&amp;g</source>
      <translation>&amp;Veredito</translation>
    </message>
    <message>
      <source>Remove claim</source>
      <translation>Remover afirmação</translation>
    </message>
    <message>
      <source>Said &amp;by</source>
      <translation>Dito &amp;por</translation>
    </message>
    <message>
      <source>The appearances and their links stay; undo brings it back</source>
      <translation>As ocorrências e seus vínculos ficam; desfazer a traz de volta</translation>
    </message>
    <message>
      <source>The claim in your own words</source>
      <translation>A afirmação em suas próprias palavras</translation>
    </message>
    <message>
      <source>Why this rating: what the evidence shows</source>
      <translation>Por que este veredito: o que as evidências mostram</translation>
    </message>
    <message>
      <source>— not rated —</source>
      <translation>— sem veredito —</translation>
    </message>
  </context>
  <context>
    <name>ClaimantField</name>
    <message>
      <source>Claimant list</source>
      <translation>Lista de autores de afirmações</translation>
    </message>
    <message>
      <source>New name for “{name}”, wherever it is named:</source>
      <translation>Novo nome para “{name}”, onde quer que apareça:</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organização</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Pessoa</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>Pessoa ou organização</translation>
    </message>
    <message>
      <source>Remove from the list</source>
      <translation>Remover da lista</translation>
    </message>
    <message>
      <source>Rename claimant</source>
      <translation>Renomear autor da afirmação</translation>
    </message>
    <message>
      <source>Rename or remove this claimant</source>
      <translation>Renomear ou remover este autor da afirmação</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Renomear…</translation>
    </message>
    <message>
      <source>Said by</source>
      <translation>Dito por</translation>
    </message>
    <message>
      <source>Suggested: {name}</source>
      <translation>Sugestão: {name}</translation>
    </message>
    <message>
      <source>Use “{name}”</source>
      <translation>Usar “{name}”</translation>
    </message>
    <message>
      <source>Who made the claim here (not the outlet that reported it)</source>
      <translation>Quem fez a afirmação aqui (não o veículo que a noticiou)</translation>
    </message>
    <message>
      <source>Who made the claim?</source>
      <translation>Quem fez a afirmação?</translation>
    </message>
  </context>
  <context>
    <name>ClaimsPanel</name>
    <message numerus="yes">
      <source>%n appearances</source>
      <translation>
        <numerusform>%n ocorrência</numerusform>
        <numerusform>%n ocorrências</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims · {contradicted} contradicted</source>
      <translation>
        <numerusform>%n afirmação · {contradicted} com contradição</numerusform>
        <numerusform>%n afirmações · {contradicted} com contradição</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contradicted claims</source>
      <translation>
        <numerusform>%n afirmação com contradição</numerusform>
        <numerusform>%n afirmações com contradição</numerusform>
      </translation>
    </message>
    <message>
      <source>(no wording yet)</source>
      <translation>(ainda sem texto)</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message numerus="yes">
      <source>Checked before: %n earlier fact-checks match</source>
      <translation>
        <numerusform>Já checada: %n checagem anterior corresponde</numerusform>
        <numerusform>Já checada: %n checagens anteriores correspondem</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked before: earlier fact-checks that match the claim</source>
      <translation>Já checada: checagens anteriores que correspondem à afirmação</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>Afirmação</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>Afirmações</translation>
    </message>
    <message>
      <source>Enter shows the claim's appearances side by side</source>
      <translation>Enter mostra as ocorrências da afirmação lado a lado</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>Arquivos de evidência</translation>
    </message>
    <message>
      <source>Filter claims</source>
      <translation>Filtrar afirmações</translation>
    </message>
    <message>
      <source>Filter claims…</source>
      <translation>Filtrar afirmações…</translation>
    </message>
    <message>
      <source>No claims yet. Link two annotations as “same claim” (L, then L, then 1).</source>
      <translation>Ainda não há afirmações. Vincule duas anotações como “mesma afirmação” (L, depois L, depois 1).</translation>
    </message>
    <message>
      <source>Only contradicted</source>
      <translation>Só com contradição</translation>
    </message>
    <message>
      <source>Only contradicted claims (Ctrl+Shift+K)</source>
      <translation>Só afirmações com contradição (Ctrl+Shift+K)</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Veredito</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Vezes</translation>
    </message>
  </context>
  <context>
    <name>ClosedPanes</name>
    <message>
      <source>No closed pane to reopen</source>
      <translation>Nenhum quadro fechado para reabrir</translation>
    </message>
  </context>
  <context>
    <name>CreateAnnotation</name>
    <message>
      <source>Tag as {tag}</source>
      <translation>Rotular como {tag}</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>rotular</translation>
    </message>
  </context>
  <context>
    <name>DeleteAnnotation</name>
    <message>
      <source>Delete annotation</source>
      <translation>Excluir anotação</translation>
    </message>
  </context>
  <context>
    <name>DeleteArticle</name>
    <message>
      <source>Delete article “{title}”</source>
      <translation>Excluir matéria “{title}”</translation>
    </message>
  </context>
  <context>
    <name>DeleteLink</name>
    <message>
      <source>Delete link</source>
      <translation>Excluir vínculo</translation>
    </message>
  </context>
  <context>
    <name>EditLink</name>
    <message>
      <source>Change link note</source>
      <translation>Alterar nota do vínculo</translation>
    </message>
    <message>
      <source>Change relation</source>
      <translation>Alterar relação</translation>
    </message>
  </context>
  <context>
    <name>EvidenceFiles</name>
    <message>
      <source>Add evidence URL</source>
      <translation>Adicionar URL de evidência</translation>
    </message>
    <message>
      <source>Attach a file as evidence</source>
      <translation>Anexar um arquivo como evidência</translation>
    </message>
    <message>
      <source>Attach {name}</source>
      <translation>Anexar {name}</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>Anexar…</translation>
    </message>
    <message>
      <source>Drop files here to attach them, or a web address</source>
      <translation>Solte arquivos aqui para anexá-los, ou um endereço da web</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>Arquivos de evidência</translation>
    </message>
    <message>
      <source>Keep a file inside the project (at most {limit})</source>
      <translation>Guardar um arquivo dentro do projeto (no máximo {limit})</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Reading evidence files</source>
      <translation>Lendo arquivos de evidência</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Remover {name}</translation>
    </message>
    <message>
      <source>{name} · {size} kB</source>
      <translation>{name} · {size} kB</translation>
    </message>
    <message>
      <source>{type}, added by {who} at {time} UTC</source>
      <translation>{type}, adicionado por {who} às {time} UTC</translation>
    </message>
  </context>
  <context>
    <name>ExactOption</name>
    <message>
      <source>Exact</source>
      <translation>Exato</translation>
    </message>
    <message>
      <source>Match case and accents exactly (off: “Rodriguez” finds “Rodríguez”)</source>
      <translation>Diferenciar maiúsculas e acentos exatamente (desligado: “Rodriguez” encontra “Rodríguez”)</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>A SQLite copy is always the whole project</source>
      <translation>Uma cópia SQLite é sempre o projeto inteiro</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
      <source>Annotators</source>
      <translation>Anotadores</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>Matérias</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Escolher…</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>Exportar conjunto de dados</translation>
    </message>
    <message>
      <source>Fact-checking organization (author)</source>
      <translation>Organização de checagem (autora)</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Formato:</translation>
    </message>
    <message>
      <source>Offsets:</source>
      <translation>Posições:</translation>
    </message>
    <message>
      <source>Only these (nothing ticked: everything)</source>
      <translation>Só estes (nada marcado: tudo)</translation>
    </message>
    <message>
      <source>Publisher:</source>
      <translation>Publicador:</translation>
    </message>
    <message>
      <source>Review URL base:</source>
      <translation>Base da URL das checagens:</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>Salvar em</translation>
    </message>
    <message>
      <source>Save to:</source>
      <translation>Salvar em:</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Rótulos</translation>
    </message>
    <message>
      <source>This format counts code points, as its tools do.</source>
      <translation>Este formato conta pontos de código, como suas ferramentas.</translation>
    </message>
    <message>
      <source>Write reviews without a URL (Google requires one)</source>
      <translation>Gravar checagens sem URL (o Google exige uma)</translation>
    </message>
    <message>
      <source>https://example.org/fact-checks/ (claim id is added)</source>
      <translation>https://example.org/fact-checks/ (o id da afirmação é acrescentado)</translation>
    </message>
  </context>
  <context>
    <name>FactCheckDestination</name>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Escolher…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importar</translation>
    </message>
    <message>
      <source>&amp;Match this project against it too</source>
      <translation>&amp;Comparar este projeto com ele também</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Novo…</translation>
    </message>
    <message>
      <source>(none chosen yet: Choose… or New…)</source>
      <translation>(nenhum escolhido ainda: Escolher… ou Novo…)</translation>
    </message>
    <message>
      <source>A s&amp;hared archive file:</source>
      <translation>Um arquivo de acervo compar&amp;tilhado:</translation>
    </message>
    <message numerus="yes">
      <source>Add the fact-checks of %n files to:</source>
      <translation>
        <numerusform>Adicionar as checagens de %n arquivo a:</numerusform>
        <numerusform>Adicionar as checagens de %n arquivos a:</numerusform>
      </translation>
    </message>
    <message>
      <source>Import fact-checks</source>
      <translation>Importar checagens</translation>
    </message>
    <message>
      <source>Make a new, empty shared archive file</source>
      <translation>Criar um novo arquivo de acervo compartilhado, vazio</translation>
    </message>
    <message>
      <source>New shared fact-check archive</source>
      <translation>Novo acervo compartilhado de checagens</translation>
    </message>
    <message>
      <source>Shared fact-check archive</source>
      <translation>Acervo compartilhado de checagens</translation>
    </message>
    <message>
      <source>This &amp;project's archive</source>
      <translation>O acervo deste &amp;projeto</translation>
    </message>
  </context>
  <context>
    <name>FiguresNote</name>
    <message>
      <source>Figures judged consistent by {who}: {reason}</source>
      <translation>Números considerados coerentes por {who}: {reason}</translation>
    </message>
    <message>
      <source>Judge figures consistent</source>
      <translation>Considerar números coerentes</translation>
    </message>
    <message>
      <source>Not a contradiction</source>
      <translation>Não é contradição</translation>
    </message>
    <message>
      <source>Not a contradiction…</source>
      <translation>Não é contradição…</translation>
    </message>
    <message>
      <source>Show the “figures differ” warning again (undoable)</source>
      <translation>Mostrar de novo o aviso “números divergem” (pode ser desfeito)</translation>
    </message>
    <message>
      <source>The figures only look different: say why, and the claim is no longer counted as contradicted for them (undoable)</source>
      <translation>Os números só parecem diferentes: diga por quê, e a afirmação deixa de contar como contraditória por causa deles (pode ser desfeito)</translation>
    </message>
    <message>
      <source>Warn again</source>
      <translation>Avisar de novo</translation>
    </message>
    <message>
      <source>Warn again about figures</source>
      <translation>Avisar de novo sobre os números</translation>
    </message>
    <message>
      <source>Why do these figures not contradict each other?</source>
      <translation>Por que estes números não se contradizem?</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Close (Esc)</source>
      <translation>Fechar (Esc)</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>Fechar a barra de busca</translation>
    </message>
    <message>
      <source>Find in this article</source>
      <translation>Localizar nesta matéria</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>Próximo resultado</translation>
    </message>
    <message>
      <source>Next match (F3, Enter)</source>
      <translation>Próximo resultado (F3, Enter)</translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>Nenhum resultado</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>Resultado anterior</translation>
    </message>
    <message>
      <source>Previous match (Shift+F3)</source>
      <translation>Resultado anterior (Shift+F3)</translation>
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
      <translation>Anotações sem rótulo no arquivo (notas do Hypothesis sem tags) recebem este rótulo; se ele não estiver no esquema, a importação pergunta antes de adicioná-lo</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Arquivo:</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Import annotations</source>
      <translation>Importar anotações</translation>
    </message>
    <message>
      <source>Offsets count:</source>
      <translation>As posições contam:</translation>
    </message>
    <message>
      <source>Tag for untagged spans:</source>
      <translation>Rótulo para trechos sem rótulo:</translation>
    </message>
    <message>
      <source>Text field:</source>
      <translation>Campo de texto:</translation>
    </message>
    <message>
      <source>found by itself (name it if the import asks)</source>
      <translation>detectado automaticamente (indique-o se a importação pedir)</translation>
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
      <translation>&amp;Rótulo</translation>
    </message>
    <message>
      <source>C&amp;onfidence</source>
      <translation>&amp;Confiança</translation>
    </message>
    <message>
      <source>Evi&amp;dence</source>
      <translation>&amp;Evidências</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>Arquivos de evidência</translation>
    </message>
    <message>
      <source>No annotation selected.

Put the caret in a highlight, or press Enter on one.</source>
      <translation>Nenhuma anotação selecionada.

Ponha o cursor num destaque ou pressione Enter sobre um.</translation>
    </message>
    <message>
      <source>One URL per line</source>
      <translation>Uma URL por linha</translation>
    </message>
    <message>
      <source>Said b&amp;y</source>
      <translation>Dito &amp;por</translation>
    </message>
    <message>
      <source>Verd&amp;ict</source>
      <translation>Vere&amp;dito</translation>
    </message>
    <message>
      <source>Why this matters, what to check…</source>
      <translation>Por que importa, o que checar…</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>não definido</translation>
    </message>
    <message>
      <source>{time} UTC</source>
      <translation>{time} UTC</translation>
    </message>
    <message>
      <source>— no verdict —</source>
      <translation>— sem veredito —</translation>
    </message>
  </context>
  <context>
    <name>LinkFlow</name>
    <message>
      <source>Choose another annotation to link to, or Esc to cancel</source>
      <translation>Escolha outra anotação para vincular, ou Esc para cancelar</translation>
    </message>
    <message>
      <source>Linking from {annotation} — put the caret on the other annotation and press L, or click it.  Esc cancels.</source>
      <translation>Vinculando a partir de {annotation} — ponha o cursor na outra anotação e pressione L, ou clique nela.  Esc cancela.</translation>
    </message>
    <message>
      <source>Put the caret in a highlight, then press L to link it</source>
      <translation>Ponha o cursor num destaque e pressione L para vinculá-lo</translation>
    </message>
  </context>
  <context>
    <name>LinkGutter</name>
    <message>
      <source>{relation} — click to select</source>
      <translation>{relation} — clique para selecionar</translation>
    </message>
  </context>
  <context>
    <name>LinkJumps</name>
    <message>
      <source>Followed its link ({relation}); O again goes on</source>
      <translation>Vínculo seguido ({relation}); O de novo continua</translation>
    </message>
    <message numerus="yes">
      <source>Followed link {number} of %n ({relation}); O again goes on</source>
      <translation>
        <numerusform>Vínculo {number} de %n seguido ({relation}); O de novo continua</numerusform>
        <numerusform>Vínculo {number} de %n seguido ({relation}); O de novo continua</numerusform>
      </translation>
    </message>
    <message>
      <source>Put the caret in a highlight, then press O to follow a link</source>
      <translation>Ponha o cursor num destaque e pressione O para seguir um vínculo</translation>
    </message>
    <message>
      <source>This annotation has no links (L links it)</source>
      <translation>Esta anotação não tem vínculos (L a vincula)</translation>
    </message>
  </context>
  <context>
    <name>LinkList</name>
    <message>
      <source>Change link</source>
      <translation>Alterar vínculo</translation>
    </message>
    <message>
      <source>Change relation or note…</source>
      <translation>Alterar relação ou nota…</translation>
    </message>
    <message>
      <source>Delete link</source>
      <translation>Excluir vínculo</translation>
    </message>
    <message>
      <source>Enter: go to the other end · F2: change relation · Delete: remove link</source>
      <translation>Enter: ir para a outra ponta · F2: alterar relação · Delete: remover vínculo</translation>
    </message>
    <message>
      <source>Go to the other end</source>
      <translation>Ir para a outra ponta</translation>
    </message>
    <message>
      <source>No links (press L in a pane to link)</source>
      <translation>Sem vínculos (pressione L num quadro para vincular)</translation>
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
        <numerusform>%n anotação</numerusform>
        <numerusform>%n anotações</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n matéria</numerusform>
        <numerusform>%n matérias</numerusform>
      </translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>Todas as alterações salvas</translation>
    </message>
    <message>
      <source>All changes saved · {time}</source>
      <translation>Todas as alterações salvas · {time}</translation>
    </message>
    <message>
      <source>Annotator: {name}</source>
      <translation>Anotador: {name}</translation>
    </message>
    <message>
      <source>Cannot open project</source>
      <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
      <source>No project is open.

File → New project… (Ctrl+N) or Open project… (Ctrl+O)</source>
      <translation>Nenhum projeto aberto.

Arquivo → Novo projeto… (Ctrl+N) ou Abrir projeto… (Ctrl+O)</translation>
    </message>
    <message>
      <source>Opening {project}…</source>
      <translation>Abrindo {project}…</translation>
    </message>
    <message>
      <source>The file was changed by another window or program; everything reloaded</source>
      <translation>O arquivo foi alterado por outra janela ou programa; tudo foi recarregado</translation>
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
        <numerusform>%n anotação</numerusform>
        <numerusform>%n anotações</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations had no tag; imported under “{tag}”</source>
      <translation>
        <numerusform>%n anotação não tinha rótulo; importada como “{tag}”</numerusform>
        <numerusform>%n anotações não tinham rótulo; importadas como “{tag}”</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n matéria</numerusform>
        <numerusform>%n matérias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims</source>
      <translation>
        <numerusform>%n afirmação</numerusform>
        <numerusform>%n afirmações</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims are not in W3C; use JSONL</source>
      <translation>
        <numerusform>%n afirmação não existe no W3C; use JSONL</numerusform>
        <numerusform>%n afirmações não existem no W3C; use JSONL</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims have no rating yet; left out of ClaimReview</source>
      <translation>
        <numerusform>%n afirmação ainda não tem veredito; deixada fora do ClaimReview</numerusform>
        <numerusform>%n afirmações ainda não têm veredito; deixadas fora do ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims not yet rated: published without ClaimReview</source>
      <translation>
        <numerusform>%n afirmação ainda sem veredito: publicada sem ClaimReview</numerusform>
        <numerusform>%n afirmações ainda sem veredito: publicadas sem ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n confidence values have no W3C property; left out</source>
      <translation>
        <numerusform>%n valor de confiança não tem propriedade W3C; deixado de fora</numerusform>
        <numerusform>%n valores de confiança não têm propriedade W3C; deixados de fora</numerusform>
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
        <numerusform>%n vínculo une anotadores ou matérias diferentes, o que as relações do Label Studio não permitem; deixado de fora</numerusform>
        <numerusform>%n vínculos unem anotadores ou matérias diferentes, o que as relações do Label Studio não permitem; deixados de fora</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links join two annotations of the same span and type; left out of brat</source>
      <translation>
        <numerusform>%n vínculo une duas anotações do mesmo trecho e tipo; deixado fora do brat</numerusform>
        <numerusform>%n vínculos unem duas anotações do mesmo trecho e tipo; deixados fora do brat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page notes left out: they target a whole page, not a span</source>
      <translation>
        <numerusform>%n nota de página deixada de fora: ela se refere a uma página inteira, não a um trecho</numerusform>
        <numerusform>%n notas de página deixadas de fora: elas se referem a uma página inteira, não a um trecho</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ratings</source>
      <translation>
        <numerusform>%n veredito</numerusform>
        <numerusform>%n vereditos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n records have a created or modified time that is not a date; left out of those records</source>
      <translation>
        <numerusform>%n registro tem data de criação ou modificação que não é uma data; deixada fora desse registro</numerusform>
        <numerusform>%n registros têm data de criação ou modificação que não é uma data; deixada fora desses registros</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n review decisions are not in W3C; left out</source>
      <translation>
        <numerusform>%n decisão de revisão não existe no W3C; deixada de fora</numerusform>
        <numerusform>%n decisões de revisão não existem no W3C; deixadas de fora</numerusform>
      </translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>árabe</translation>
    </message>
    <message>
      <source>Both give a figure for “{noun}”: {first} vs {second}</source>
      <translation>Ambas dão um número para “{noun}”: {first} vs. {second}</translation>
    </message>
    <message>
      <source>Both quote “{quote}”</source>
      <translation>Ambas citam “{quote}”</translation>
    </message>
    <message>
      <source>ClaimReview needs a url for each review (Google requires one): give a review URL base (--url-base), or allow none (--allow-missing-url)</source>
      <translation>O ClaimReview precisa de uma url para cada checagem (o Google exige uma): informe uma base de URL das checagens (--url-base) ou permita nenhuma (--allow-missing-url)</translation>
    </message>
    <message>
      <source>French</source>
      <translation>francês</translation>
    </message>
    <message>
      <source>INCEpTION files are read and written with dkpro-cassis, which is not installed: pip install 'claimdesk[interop]' (or pip install dkpro-cassis)</source>
      <translation>Os arquivos do INCEpTION são lidos e gravados com o dkpro-cassis, que não está instalado: pip install 'claimdesk[interop]' (ou pip install dkpro-cassis)</translation>
    </message>
    <message>
      <source>JSON_MIN fields that are neither text nor spans (relations…)</source>
      <translation>campos JSON_MIN que não são texto nem trechos (relações…)</translation>
    </message>
    <message>
      <source>Merge cancelled; the project was not changed.</source>
      <translation>Mesclagem cancelada; o projeto não foi alterado.</translation>
    </message>
    <message>
      <source>Nearly the same sentence ({similarity:.0%} of words shared): “{quote}”</source>
      <translation>Quase a mesma frase ({similarity:.0%} das palavras em comum): “{quote}”</translation>
    </message>
    <message>
      <source>Nothing to merge: the project already holds everything in that file.</source>
      <translation>Nada a mesclar: o projeto já contém tudo o que há nesse arquivo.</translation>
    </message>
    <message>
      <source>OCR needs Tesseract, which is not installed</source>
      <translation>O OCR precisa do Tesseract, que não está instalado</translation>
    </message>
    <message>
      <source>OCR of {what} failed: {reason}</source>
      <translation>O OCR falhou ({what}): {reason}</translation>
    </message>
    <message>
      <source>OCR of {what} took over {seconds} s, so it is refused</source>
      <translation>O OCR levou mais de {seconds} s ({what}), por isso foi recusado</translation>
    </message>
    <message>
      <source>OR needs something to find on each side</source>
      <translation>OR precisa de algo a localizar de cada lado</translation>
    </message>
    <message>
      <source>OpenDocument text</source>
      <translation>Texto OpenDocument</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>português</translation>
    </message>
    <message>
      <source>SQLite integrity: {problem}</source>
      <translation>Integridade do SQLite: {problem}</translation>
    </message>
    <message>
      <source>Search cancelled; these are the suggestions found before.</source>
      <translation>Busca cancelada; estas são as sugestões encontradas antes.</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>espanhol</translation>
    </message>
    <message>
      <source>Stopped after {seconds:g} s (the articles are long); these are the suggestions found so far.</source>
      <translation>Interrompida após {seconds:g} s (as matérias são longas); estas são as sugestões encontradas até agora.</translation>
    </message>
    <message>
      <source>Tesseract cannot be run ({error})</source>
      <translation>O Tesseract não pode ser executado ({error})</translation>
    </message>
    <message>
      <source>Tesseract has no {code!r} language data (its package is usually tesseract-ocr-{package}); installed: {listed}</source>
      <translation>O Tesseract não tem os dados do idioma {code!r} (o pacote costuma ser tesseract-ocr-{package}); instalados: {listed}</translation>
    </message>
    <message>
      <source>UTF-16 units</source>
      <translation>unidades UTF-16</translation>
    </message>
    <message>
      <source>Word document</source>
      <translation>Documento do Word</translation>
    </message>
    <message>
      <source>a GIF image: save it as PNG to read its text by OCR</source>
      <translation>uma imagem GIF: salve-a como PNG para ler seu texto por OCR</translation>
    </message>
    <message>
      <source>a PDF report is written by the desktop (it needs Qt)</source>
      <translation>um relatório em PDF é gerado pelo aplicativo de desktop (ele precisa do Qt)</translation>
    </message>
    <message>
      <source>a SQLite copy holds the whole project; it cannot be filtered</source>
      <translation>uma cópia SQLite contém o projeto inteiro; não pode ser filtrada</translation>
    </message>
    <message>
      <source>a claim needs at least one annotation</source>
      <translation>uma afirmação precisa de pelo menos uma anotação</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>uma lista</translation>
    </message>
    <message>
      <source>a merged change is kept or restored, not {decision!r}</source>
      <translation>uma alteração mesclada é mantida ou restaurada, não {decision!r}</translation>
    </message>
    <message>
      <source>a review decision is one of {decisions}, not {decision!r}</source>
      <translation>uma decisão de revisão é uma de {decisions}, não {decision!r}</translation>
    </message>
    <message>
      <source>a rich-text file: save it as .docx, .odt or PDF, then import that</source>
      <translation>um arquivo rich text (RTF): salve-o como .docx, .odt ou PDF e importe esse arquivo</translation>
    </message>
    <message>
      <source>a saved page (MHTML)</source>
      <translation>uma página salva (MHTML)</translation>
    </message>
    <message>
      <source>a tag named “{name}” already exists</source>
      <translation>já existe um rótulo chamado “{name}”</translation>
    </message>
    <message>
      <source>a text field can be named for Label Studio files only</source>
      <translation>um campo de texto só pode ser indicado para arquivos do Label Studio</translation>
    </message>
    <message>
      <source>a verdict named “{name}” already exists</source>
      <translation>já existe um veredito chamado “{name}”</translation>
    </message>
    <message>
      <source>agreement needs at least two annotators with annotations</source>
      <translation>a concordância precisa de pelo menos dois anotadores com anotações</translation>
    </message>
    <message>
      <source>an SQLite file, but not a Claimdesk project</source>
      <translation>um arquivo SQLite, mas não um projeto do Claimdesk</translation>
    </message>
    <message>
      <source>an annotation cannot be linked to itself</source>
      <translation>uma anotação não pode ser vinculada a si mesma</translation>
    </message>
    <message>
      <source>an annotator needs a name</source>
      <translation>um anotador precisa de um nome</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>um objeto</translation>
    </message>
    <message>
      <source>an old Word file: save it as .docx, .odt or PDF, then import that</source>
      <translation>um arquivo antigo do Word: salve-o como .docx, .odt ou PDF e importe esse arquivo</translation>
    </message>
    <message>
      <source>annotation {annotation_id} is not an appearance of this claim</source>
      <translation>a anotação {annotation_id} não é uma ocorrência desta afirmação</translation>
    </message>
    <message>
      <source>annotation {annotation_id} {problem}</source>
      <translation>anotação {annotation_id} {problem}</translation>
    </message>
    <message>
      <source>annotation {annotation_id}: {count:,} live links, over the limit of {limit:,}</source>
      <translation>anotação {annotation_id}: {count:,} vínculos ativos, acima do limite de {limit:,}</translation>
    </message>
    <message>
      <source>annotation {annotation_id}: {problem}</source>
      <translation>anotação {annotation_id}: {problem}</translation>
    </message>
    <message>
      <source>annotation {end} {problem}</source>
      <translation>anotação {end} {problem}</translation>
    </message>
    <message>
      <source>annotation {id} covers only line breaks; left out of brat</source>
      <translation>a anotação {id} cobre só quebras de linha; deixada fora do brat</translation>
    </message>
    <message>
      <source>annotations</source>
      <translation>anotações</translation>
    </message>
    <message>
      <source>annotations have no editable field {names}</source>
      <translation>as anotações não têm campo editável {names}</translation>
    </message>
    <message>
      <source>annotations of other layers left out: {kinds}</source>
      <translation>anotações de outras camadas deixadas de fora: {kinds}</translation>
    </message>
    <message>
      <source>annotator_id {annotator_id} refers to no annotator</source>
      <translation>annotator_id {annotator_id} não se refere a nenhum anotador</translation>
    </message>
    <message>
      <source>annotators</source>
      <translation>anotadores</translation>
    </message>
    <message>
      <source>article {article_id}: its text is over the {limit} limit</source>
      <translation>matéria {article_id}: seu texto passa do limite de {limit}</translation>
    </message>
    <message>
      <source>article_sources {article_id}</source>
      <translation>article_sources {article_id}</translation>
    </message>
    <message>
      <source>articles</source>
      <translation>matérias</translation>
    </message>
    <message>
      <source>at page {page:,} of {pages:,}</source>
      <translation>na página {page:,} de {pages:,}</translation>
    </message>
    <message>
      <source>bad offsets {start!r}–{end!r}</source>
      <translation>posições inválidas {start!r}–{end!r}</translation>
    </message>
    <message>
      <source>both ends of a link must be live annotations</source>
      <translation>as duas pontas de um vínculo devem ser anotações ativas</translation>
    </message>
    <message>
      <source>cancelled; nothing was written</source>
      <translation>cancelado; nada foi gravado</translation>
    </message>
    <message>
      <source>cannot be decoded: not UTF-8 (invalid byte at {start}) and no other encoding fits</source>
      <translation>não pode ser decodificado: não é UTF-8 (byte inválido em {start}) e nenhuma outra codificação serve</translation>
    </message>
    <message>
      <source>cannot change {names} of an article</source>
      <translation>não é possível alterar {names} de uma matéria</translation>
    </message>
    <message>
      <source>cannot find “{quote}” in the text</source>
      <translation>“{quote}” não foi encontrado no texto</translation>
    </message>
    <message>
      <source>cannot import {fmt!r}; use one of {names}</source>
      <translation>não é possível importar {fmt!r}; use um de {names}</translation>
    </message>
    <message>
      <source>claim members</source>
      <translation>membros de afirmações</translation>
    </message>
    <message>
      <source>claimant {name!r} is already in the list: name another</source>
      <translation>o autor da afirmação {name!r} já está na lista: indique outro</translation>
    </message>
    <message>
      <source>claimant {name!r}: kind {kind!r} is not person or organization</source>
      <translation>autor da afirmação {name!r}: o tipo {kind!r} não é pessoa nem organização</translation>
    </message>
    <message>
      <source>claimant: {problem}</source>
      <translation>autor da afirmação: {problem}</translation>
    </message>
    <message>
      <source>claimants</source>
      <translation>autores de afirmações</translation>
    </message>
    <message>
      <source>claims</source>
      <translation>afirmações</translation>
    </message>
    <message>
      <source>claims and review decisions are not in Label Studio; use JSONL</source>
      <translation>afirmações e decisões de revisão não existem no Label Studio; use JSONL</translation>
    </message>
    <message>
      <source>claims have no editable field {names}</source>
      <translation>as afirmações não têm campo editável {names}</translation>
    </message>
    <message>
      <source>code points</source>
      <translation>pontos de código</translation>
    </message>
    <message>
      <source>colour {value} is not of the form #rrggbb</source>
      <translation>a cor {value} não está no formato #rrggbb</translation>
    </message>
    <message>
      <source>confidence {value} is not between 0 and 1</source>
      <translation>a confiança {value} não está entre 0 e 1</translation>
    </message>
    <message>
      <source>contains NUL characters: a binary file, not text</source>
      <translation>contém caracteres NUL: um arquivo binário, não texto</translation>
    </message>
    <message>
      <source>content does not match its SHA-256</source>
      <translation>o conteúdo não corresponde ao seu SHA-256</translation>
    </message>
    <message>
      <source>content is {kind}, not blob</source>
      <translation>o conteúdo é {kind}, não blob</translation>
    </message>
    <message>
      <source>content.xml holds no text document (a spreadsheet or slides?)</source>
      <translation>content.xml não contém um documento de texto (uma planilha ou apresentação?)</translation>
    </message>
    <message>
      <source>could not be read: {reader} did not start ({why}): not imported</source>
      <translation>não pôde ser lido: {reader} não iniciou ({why}): não importado</translation>
    </message>
    <message>
      <source>could not be read: {reader} did not start within {seconds} s (is the machine overloaded?): not imported</source>
      <translation>não pôde ser lido: {reader} não iniciou em {seconds} s (a máquina está sobrecarregada?): não importado</translation>
    </message>
    <message>
      <source>crashed {reader} {where} ({why}; a malformed PDF?): not imported</source>
      <translation>fez {reader} travar {where} ({why}; um PDF malformado?): não importado</translation>
    </message>
    <message>
      <source>cut short (truncated)</source>
      <translation>cortada (truncada)</translation>
    </message>
    <message>
      <source>cuts a character in two</source>
      <translation>corta um caractere ao meio</translation>
    </message>
    <message>
      <source>deleted is neither 0 nor 1</source>
      <translation>deleted não é 0 nem 1</translation>
    </message>
    <message>
      <source>deleted is not 0 or 1</source>
      <translation>deleted não é 0 ou 1</translation>
    </message>
    <message>
      <source>doccano categories left out: Claimdesk labels spans</source>
      <translation>categorias do doccano deixadas de fora: o Claimdesk rotula trechos</translation>
    </message>
    <message>
      <source>doccano comments left out: Claimdesk labels spans</source>
      <translation>comentários do doccano deixados de fora: o Claimdesk rotula trechos</translation>
    </message>
    <message>
      <source>doccano document labels (text classification) left out: Claimdesk labels spans</source>
      <translation>rótulos de documento do doccano (classificação de texto) deixados de fora: o Claimdesk rotula trechos</translation>
    </message>
    <message>
      <source>doccano relation types imported as related, the type in the note: {kinds}</source>
      <translation>tipos de relação do doccano importados como relacionada, com o tipo na nota: {kinds}</translation>
    </message>
    <message>
      <source>document-level results (choices, text areas, ratings)</source>
      <translation>resultados no nível do documento (escolhas, áreas de texto, avaliações)</translation>
    </message>
    <message>
      <source>every appearance of a claim must be a live annotation</source>
      <translation>toda ocorrência de uma afirmação deve ser uma anotação ativa</translation>
    </message>
    <message>
      <source>evidence file {file!r}</source>
      <translation>arquivo de evidência {file!r}</translation>
    </message>
    <message>
      <source>evidence file {file_name!r}: its content is missing</source>
      <translation>arquivo de evidência {file_name!r}: seu conteúdo está faltando</translation>
    </message>
    <message>
      <source>evidence files take {size:.0f} MB of the project, over {limit}: the file is slow to copy and merge</source>
      <translation>os arquivos de evidência ocupam {size:.0f} MB do projeto, acima de {limit}: o arquivo fica lento para copiar e mesclar</translation>
    </message>
    <message>
      <source>evidence files: {count} added</source>
      <translation>arquivos de evidência: {count} adicionados</translation>
    </message>
    <message>
      <source>evidence is not a JSON list of strings</source>
      <translation>as evidências não são uma lista JSON de strings</translation>
    </message>
    <message>
      <source>evidence_blobs {sha256!r}: {problem}</source>
      <translation>evidence_blobs {sha256!r}: {problem}</translation>
    </message>
    <message>
      <source>exit status {code}</source>
      <translation>código de saída {code}</translation>
    </message>
    <message>
      <source>exported {articles}, {annotations}, {links}, {claims} as {format} in {seconds:.2f} s to {files}</source>
      <translation>exportados {articles}, {annotations}, {links}, {claims} como {format} em {seconds:.2f} s para {files}</translation>
    </message>
    <message>
      <source>fact-check {record}</source>
      <translation>checagem {record}</translation>
    </message>
    <message>
      <source>has a value that is not text</source>
      <translation>tem um valor que não é texto</translation>
    </message>
    <message>
      <source>has an id or file name over its length</source>
      <translation>tem um id ou nome de arquivo acima do tamanho permitido</translation>
    </message>
    <message>
      <source>has no text Tesseract could read</source>
      <translation>não tem texto que o Tesseract consiga ler</translation>
    </message>
    <message>
      <source>has no text layer (a scanned document?): Tesseract is installed, so it can be read by OCR (Read with OCR in the window, `claimdesk import --ocr`)</source>
      <translation>não tem camada de texto (um documento digitalizado?): o Tesseract está instalado, então ele pode ser lido por OCR (Ler com OCR na janela, `claimdesk import --ocr`)</translation>
    </message>
    <message>
      <source>has no text layer (a scanned document?): only PDFs with text can be imported</source>
      <translation>não tem camada de texto (um documento digitalizado?): só PDFs com texto podem ser importados</translation>
    </message>
    <message>
      <source>has no text, even by OCR (a blank scan, or not the OCR language?)</source>
      <translation>não tem texto, nem por OCR (uma digitalização em branco, ou não está no idioma do OCR?)</translation>
    </message>
    <message>
      <source>has no {kind} cues with text</source>
      <translation>não tem legendas {kind} com texto</translation>
    </message>
    <message>
      <source>has over {limit:,} cues</source>
      <translation>tem mais de {limit:,} legendas</translation>
    </message>
    <message>
      <source>has over {limit:,} parts</source>
      <translation>tem mais de {limit:,} partes</translation>
    </message>
    <message>
      <source>has the id of a local article with another text</source>
      <translation>tem o id de uma matéria local com outro texto</translation>
    </message>
    <message>
      <source>has the same name as {holder}</source>
      <translation>tem o mesmo nome que {holder}</translation>
    </message>
    <message>
      <source>has the same {columns} as {holder}</source>
      <translation>tem os mesmos valores de {columns} que {holder}</translation>
    </message>
    <message>
      <source>has {count:,} pages, over the limit of {limit:,}</source>
      <translation>tem {count:,} páginas, acima do limite de {limit:,}</translation>
    </message>
    <message>
      <source>holds no HTML page (no text/html part)</source>
      <translation>não contém página HTML (nenhuma parte text/html)</translation>
    </message>
    <message>
      <source>holds over {limit:,} records</source>
      <translation>contém mais de {limit:,} registros</translation>
    </message>
    <message>
      <source>is a zip with no archive/*.warc(.gz) inside: not a WACZ</source>
      <translation>é um zip sem archive/*.warc(.gz) dentro: não é um WACZ</translation>
    </message>
    <message>
      <source>is an image: its text can only be read by OCR, and Tesseract is not installed</source>
      <translation>é uma imagem: seu texto só pode ser lido por OCR, e o Tesseract não está instalado</translation>
    </message>
    <message>
      <source>is damaged or truncated ({error})</source>
      <translation>está danificado ou truncado ({error})</translation>
    </message>
    <message>
      <source>is encrypted (it needs a password): remove the password, then import it</source>
      <translation>está criptografado (precisa de senha): remova a senha e importe-o</translation>
    </message>
    <message>
      <source>is not a WebVTT file (it does not start with WEBVTT)</source>
      <translation>não é um arquivo WebVTT (não começa com WEBVTT)</translation>
    </message>
    <message>
      <source>is not a readable PDF (damaged or truncated)</source>
      <translation>não é um PDF legível (danificado ou truncado)</translation>
    </message>
    <message>
      <source>is not a readable PNG, JPEG, TIFF or WebP image (damaged or truncated?)</source>
      <translation>não é uma imagem PNG, JPEG, TIFF ou WebP legível (danificada ou truncada?)</translation>
    </message>
    <message>
      <source>is not a readable WACZ (not a zip archive)</source>
      <translation>não é um WACZ legível (não é um arquivo zip)</translation>
    </message>
    <message>
      <source>is not a readable web archive (no WARC records found)</source>
      <translation>não é um arquivo da web legível (nenhum registro WARC encontrado)</translation>
    </message>
    <message>
      <source>is not a readable {kind} (not a zip archive)</source>
      <translation>não é um {kind} legível (não é um arquivo zip)</translation>
    </message>
    <message>
      <source>is not a saved web page (MHTML): no multipart/related message</source>
      <translation>não é uma página web salva (MHTML): nenhuma mensagem multipart/related</translation>
    </message>
    <message>
      <source>is not a {kind} (it has no {part})</source>
      <translation>não é um {kind} (não tem {part})</translation>
    </message>
    <message>
      <source>is not valid UTF-8 (byte {start})</source>
      <translation>não é UTF-8 válido (byte {start})</translation>
    </message>
    <message>
      <source>is not within the article text ({length} characters)</source>
      <translation>não está dentro do texto da matéria ({length} caracteres)</translation>
    </message>
    <message>
      <source>is over the {limit} limit for one evidence file</source>
      <translation>passa do limite de {limit} para um arquivo de evidência</translation>
    </message>
    <message>
      <source>is {width:,} × {height:,} pixels, over the limit of {limit:,} for OCR</source>
      <translation>tem {width:,} × {height:,} pixels, acima do limite de {limit:,} para OCR</translation>
    </message>
    <message>
      <source>its HTML part is empty</source>
      <translation>sua parte HTML está vazia</translation>
    </message>
    <message>
      <source>its HTML part is over the size limit of one article</source>
      <translation>sua parte HTML passa do limite de tamanho de uma matéria</translation>
    </message>
    <message>
      <source>its content is missing</source>
      <translation>seu conteúdo está faltando</translation>
    </message>
    <message>
      <source>its hash or length does not match its text</source>
      <translation>seu hash ou comprimento não corresponde ao seu texto</translation>
    </message>
    <message>
      <source>its quote differs from the article text at {start}–{end}</source>
      <translation>sua citação difere do texto da matéria em {start}–{end}</translation>
    </message>
    <message>
      <source>its word counts</source>
      <translation>suas contagens de palavras</translation>
    </message>
    <message>
      <source>key {value} is not one digit from 1 to 9</source>
      <translation>a tecla {value} não é um dígito de 1 a 9</translation>
    </message>
    <message>
      <source>left out of INCEpTION's files: annotators, verdicts, notes and evidence (each span is a named entity with its tag), links and claims</source>
      <translation>deixados fora dos arquivos do INCEpTION: anotadores, vereditos, notas e evidências (cada trecho é uma entidade nomeada com seu rótulo), vínculos e afirmações</translation>
    </message>
    <message>
      <source>left out: annotators, verdicts, notes and evidence (a doccano line holds spans and their tags only; export jsonl for the full records)</source>
      <translation>deixados de fora: anotadores, vereditos, notas e evidências (uma linha do doccano contém só trechos e seus rótulos; exporte em jsonl para os registros completos)</translation>
    </message>
    <message>
      <source>left out: links and claims (no place in doccano's sequence labelling)</source>
      <translation>deixados de fora: vínculos e afirmações (não têm lugar na rotulagem de sequências do doccano)</translation>
    </message>
    <message>
      <source>line {index}: the cue ends before it starts</source>
      <translation>linha {index}: a legenda termina antes de começar</translation>
    </message>
    <message>
      <source>line {line}: {value} is not a valid time</source>
      <translation>linha {line}: {value} não é um horário válido</translation>
    </message>
    <message>
      <source>linked annotation {annotation_id} is not placed</source>
      <translation>a anotação vinculada {annotation_id} não está posicionada</translation>
    </message>
    <message>
      <source>links</source>
      <translation>vínculos</translation>
    </message>
    <message>
      <source>links have no editable field {names}</source>
      <translation>os vínculos não têm campo editável {names}</translation>
    </message>
    <message>
      <source>looks like a binary file, not text</source>
      <translation>parece um arquivo binário, não texto</translation>
    </message>
    <message>
      <source>media type says {media_type!r}, the content is {found}</source>
      <translation>o tipo de mídia diz {media_type!r}, o conteúdo é {found}</translation>
    </message>
    <message>
      <source>merged change {change_id}: {table} has no field {field!r}</source>
      <translation>alteração mesclada {change_id}: {table} não tem o campo {field!r}</translation>
    </message>
    <message>
      <source>must name exactly one annotation or claim</source>
      <translation>deve indicar exatamente uma anotação ou afirmação</translation>
    </message>
    <message>
      <source>name {value} is empty or has stray spaces</source>
      <translation>o nome {value} está vazio ou tem espaços sobrando</translation>
    </message>
    <message>
      <source>needed over {size:,} MB of memory {where} (a malformed PDF?): not imported</source>
      <translation>precisou de mais de {size:,} MB de memória {where} (um PDF malformado?): não importado</translation>
    </message>
    <message>
      <source>new tags: {names}</source>
      <translation>novos rótulos: {names}</translation>
    </message>
    <message>
      <source>new verdicts: {names}</source>
      <translation>novos vereditos: {names}</translation>
    </message>
    <message>
      <source>no `url` (Google requires one): set the project setting claimreview_url_base</source>
      <translation>sem `url` (o Google exige uma): defina a configuração de projeto claimreview_url_base</translation>
    </message>
    <message>
      <source>no annotation with id {annotation_id}</source>
      <translation>nenhuma anotação com id {annotation_id}</translation>
    </message>
    <message>
      <source>no annotator named {name!r} in this project</source>
      <translation>nenhum anotador chamado {name!r} neste projeto</translation>
    </message>
    <message>
      <source>no annotator with id {annotator_id}</source>
      <translation>nenhum anotador com id {annotator_id}</translation>
    </message>
    <message>
      <source>no article text found in the web page</source>
      <translation>nenhum texto de matéria encontrado na página web</translation>
    </message>
    <message>
      <source>no article with id or title {names}</source>
      <translation>nenhuma matéria com id ou título {names}</translation>
    </message>
    <message>
      <source>no article with id {article_id}</source>
      <translation>nenhuma matéria com id {article_id}</translation>
    </message>
    <message>
      <source>no claim to report: make a claim from an annotation first</source>
      <translation>nenhuma afirmação para o relatório: crie primeiro uma afirmação a partir de uma anotação</translation>
    </message>
    <message>
      <source>no claim with id {claim_id}</source>
      <translation>nenhuma afirmação com id {claim_id}</translation>
    </message>
    <message>
      <source>no claim with id {id}</source>
      <translation>nenhuma afirmação com id {id}</translation>
    </message>
    <message>
      <source>no claim {key!r} to report: give an id or a number from `claimdesk claims` (1–{count})</source>
      <translation>nenhuma afirmação {key!r} para o relatório: informe um id ou um número de `claimdesk claims` (1–{count})</translation>
    </message>
    <message>
      <source>no claimant with id {claimant_id}</source>
      <translation>nenhum autor de afirmação com id {claimant_id}</translation>
    </message>
    <message>
      <source>no default scheme in “{code}”; available: {names}</source>
      <translation>nenhum esquema padrão em “{code}”; disponíveis: {names}</translation>
    </message>
    <message>
      <source>no evidence file with id {evidence_id}</source>
      <translation>nenhum arquivo de evidência com id {evidence_id}</translation>
    </message>
    <message>
      <source>no link with id {link_id}</source>
      <translation>nenhum vínculo com id {link_id}</translation>
    </message>
    <message>
      <source>no merged change with id {change_id}</source>
      <translation>nenhuma alteração mesclada com id {change_id}</translation>
    </message>
    <message>
      <source>no page</source>
      <translation>nenhuma página</translation>
    </message>
    <message>
      <source>no tag named {name!r} in this project</source>
      <translation>nenhum rótulo chamado {name!r} neste projeto</translation>
    </message>
    <message>
      <source>no tag with id {tag_id}</source>
      <translation>nenhum rótulo com id {tag_id}</translation>
    </message>
    <message numerus="yes">
      <source>no text on %n pages: {pages} (scanned or blank pages are left out)</source>
      <translation>
        <numerusform>nenhum texto na página {pages} (páginas digitalizadas ou em branco ficam de fora)</numerusform>
        <numerusform>nenhum texto em %n páginas: {pages} (páginas digitalizadas ou em branco ficam de fora)</numerusform>
      </translation>
    </message>
    <message>
      <source>no verdict with id {verdict_id}</source>
      <translation>nenhum veredito com id {verdict_id}</translation>
    </message>
    <message>
      <source>no {record} with id {record_id}</source>
      <translation>nenhum registro {record} com id {record_id}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <source>not UTF-8; read as {encoding} (detected), check the text</source>
      <translation>não é UTF-8; lido como {encoding} (detectado), confira o texto</translation>
    </message>
    <message>
      <source>not a provenance field: {names}</source>
      <translation>não é um campo de procedência: {names}</translation>
    </message>
    <message>
      <source>not added to the project's fact-check archive: {error}</source>
      <translation>não adicionado ao acervo de checagens do projeto: {error}</translation>
    </message>
    <message>
      <source>not added to the shared archive {shared} (it cannot be written here)</source>
      <translation>não adicionado ao acervo compartilhado {shared} (não pode ser gravado daqui)</translation>
    </message>
    <message>
      <source>not added to the shared archive: {error}</source>
      <translation>não adicionado ao acervo compartilhado: {error}</translation>
    </message>
    <message>
      <source>nothing to find: give at least one word (words after - or NOT are left out)</source>
      <translation>nada a localizar: informe pelo menos uma palavra (palavras após - ou NOT são excluídas)</translation>
    </message>
    <message>
      <source>one article</source>
      <translation>uma matéria</translation>
    </message>
    <message>
      <source>one dataset file</source>
      <translation>um arquivo de conjunto de dados</translation>
    </message>
    <message>
      <source>one evidence file</source>
      <translation>um arquivo de evidência</translation>
    </message>
    <message>
      <source>orphan: {where}: {reason}</source>
      <translation>órfã: {where}: {reason}</translation>
    </message>
    <message>
      <source>over the size limit</source>
      <translation>acima do limite de tamanho</translation>
    </message>
    <message>
      <source>page {number}</source>
      <translation>página {number}</translation>
    </message>
    <message>
      <source>per-region results other than labels</source>
      <translation>resultados por região que não sejam rótulos</translation>
    </message>
    <message>
      <source>per-region results other than verdict, note and evidence</source>
      <translation>resultados por região que não sejam veredito, nota e evidências</translation>
    </message>
    <message>
      <source>predictions (a model's pre-annotations)</source>
      <translation>predições (pré-anotações de um modelo)</translation>
    </message>
    <message>
      <source>published {claims} ({ratings}) to {where}</source>
      <translation>publicado em {where}: {claims} ({ratings})</translation>
    </message>
    <message>
      <source>read as English: Tesseract's {language} data (tesseract-ocr-{code}) is not installed</source>
      <translation>lido como inglês: os dados do Tesseract para {language} (tesseract-ocr-{code}) não estão instalados</translation>
    </message>
    <message numerus="yes">
      <source>read by OCR (Tesseract) on %n pages: check its text against the scan</source>
      <translation>
        <numerusform>lido por OCR (Tesseract) em %n página: confira o texto com a digitalização</numerusform>
        <numerusform>lido por OCR (Tesseract) em %n páginas: confira o texto com a digitalização</numerusform>
      </translation>
    </message>
    <message>
      <source>read by OCR (Tesseract): check its text against the image</source>
      <translation>lido por OCR (Tesseract): confira o texto com a imagem</translation>
    </message>
    <message>
      <source>reviews</source>
      <translation>revisões</translation>
    </message>
    <message>
      <source>same figure: {figure}</source>
      <translation>mesmo número: {figure}</translation>
    </message>
    <message>
      <source>same name: {name}</source>
      <translation>mesmo nome: {name}</translation>
    </message>
    <message>
      <source>sha256 is not a SHA-256 in hex</source>
      <translation>sha256 não é um SHA-256 em hexadecimal</translation>
    </message>
    <message>
      <source>shared words: {words}</source>
      <translation>palavras em comum: {words}</translation>
    </message>
    <message>
      <source>signal {number}</source>
      <translation>sinal {number}</translation>
    </message>
    <message>
      <source>size says {size!r} bytes, the content holds {held}</source>
      <translation>size diz {size!r} bytes, o conteúdo tem {held}</translation>
    </message>
    <message>
      <source>span {start}–{end} ({unit}) {where} and no quote is given to find it by</source>
      <translation>trecho {start}–{end} ({unit}) {where} e nenhuma citação foi dada para encontrá-lo</translation>
    </message>
    <message>
      <source>span {start}–{end} is outside the article (0–{text_length}) or empty</source>
      <translation>o trecho {start}–{end} está fora da matéria (0–{text_length}) ou vazio</translation>
    </message>
    <message>
      <source>starts like {encoding} but is not valid at byte {start}</source>
      <translation>começa como {encoding} mas não é válido no byte {start}</translation>
    </message>
    <message>
      <source>stopped answering after {seconds} s {where} (far slower than a real document: a malformed PDF?): not imported</source>
      <translation>parou de responder após {seconds} s {where} (muito mais lento que um documento real: um PDF malformado?): não importado</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>rótulos</translation>
    </message>
    <message>
      <source>tags have no field {names}</source>
      <translation>os rótulos não têm campo {names}</translation>
    </message>
    <message>
      <source>the PDF reader</source>
      <translation>o leitor de PDF</translation>
    </message>
    <message>
      <source>the Word document has no text</source>
      <translation>o documento do Word não tem texto</translation>
    </message>
    <message>
      <source>the annotation</source>
      <translation>a anotação</translation>
    </message>
    <message>
      <source>the article</source>
      <translation>a matéria</translation>
    </message>
    <message>
      <source>the article “{title}” is deleted: it cannot be annotated or linked</source>
      <translation>a matéria “{title}” foi excluída: não pode ser anotada nem vinculada</translation>
    </message>
    <message>
      <source>the article's source</source>
      <translation>a fonte da matéria</translation>
    </message>
    <message>
      <source>the claim</source>
      <translation>a afirmação</translation>
    </message>
    <message>
      <source>the document has no text</source>
      <translation>o documento não tem texto</translation>
    </message>
    <message>
      <source>the figures note</source>
      <translation>a nota sobre os números</translation>
    </message>
    <message>
      <source>the file has no text</source>
      <translation>o arquivo não tem texto</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>o arquivo está vazio</translation>
    </message>
    <message>
      <source>the image</source>
      <translation>imagem</translation>
    </message>
    <message>
      <source>the link</source>
      <translation>o vínculo</translation>
    </message>
    <message>
      <source>the page</source>
      <translation>a página</translation>
    </message>
    <message>
      <source>the page could not be rendered in grey for OCR</source>
      <translation>não foi possível renderizar a página em tons de cinza para OCR</translation>
    </message>
    <message>
      <source>the pasted text</source>
      <translation>o texto colado</translation>
    </message>
    <message>
      <source>the project's schema has been altered ({names})</source>
      <translation>o esquema do projeto foi alterado ({names})</translation>
    </message>
    <message>
      <source>the review</source>
      <translation>a revisão</translation>
    </message>
    <message>
      <source>the same text is already in the project as “{title}”</source>
      <translation>o mesmo texto já está no projeto como “{title}”</translation>
    </message>
    <message>
      <source>the search has an unclosed quote (")</source>
      <translation>a busca tem aspas não fechadas (")</translation>
    </message>
    <message>
      <source>the search has too many words (at most {limit})</source>
      <translation>a busca tem palavras demais (no máximo {limit})</translation>
    </message>
    <message>
      <source>the search is too long (at most {limit} characters)</source>
      <translation>a busca é longa demais (no máximo {limit} caracteres)</translation>
    </message>
    <message>
      <source>the source</source>
      <translation>a fonte</translation>
    </message>
    <message>
      <source>the source of article {article_id}</source>
      <translation>a fonte da matéria {article_id}</translation>
    </message>
    <message>
      <source>the tag for untagged annotations needs a name</source>
      <translation>o rótulo para anotações sem rótulo precisa de um nome</translation>
    </message>
    <message>
      <source>the untagged tag</source>
      <translation>o rótulo dos trechos sem rótulo</translation>
    </message>
    <message numerus="yes">
      <source>this page holds %n ClaimReviews; search engines show rich results for pages with one (--split writes one page per claim)</source>
      <translation>
        <numerusform>esta página contém %n ClaimReview; os buscadores mostram resultados avançados para páginas com um só (--split grava uma página por afirmação)</numerusform>
        <numerusform>esta página contém %n ClaimReviews; os buscadores mostram resultados avançados para páginas com um só (--split grava uma página por afirmação)</numerusform>
      </translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>verdadeiro ou falso</translation>
    </message>
    <message>
      <source>unknown decision {decision!r}</source>
      <translation>decisão desconhecida {decision!r}</translation>
    </message>
    <message>
      <source>unknown export format {fmt!r}; use one of {names}</source>
      <translation>formato de exportação desconhecido {fmt!r}; use um de {names}</translation>
    </message>
    <message>
      <source>unknown offsets unit {unit!r}; use one of {names}</source>
      <translation>unidade de posições desconhecida {unit!r}; use uma de {names}</translation>
    </message>
    <message>
      <source>unknown relation “{relation}”; use one of {names}</source>
      <translation>relação desconhecida “{relation}”; use uma de {names}</translation>
    </message>
    <message>
      <source>unknown report format {fmt!r}; use one of {names}</source>
      <translation>formato de relatório desconhecido {fmt!r}; use um de {names}</translation>
    </message>
    <message>
      <source>uses an encryption PDFium does not support: save an unencrypted copy</source>
      <translation>usa uma criptografia que o PDFium não suporta: salve uma cópia sem criptografia</translation>
    </message>
    <message>
      <source>verdicts</source>
      <translation>vereditos</translation>
    </message>
    <message>
      <source>verdicts have no field {names}</source>
      <translation>os vereditos não têm campo {names}</translation>
    </message>
    <message>
      <source>while opening it</source>
      <translation>ao abri-lo</translation>
    </message>
    <message>
      <source>word/document.xml has no document body</source>
      <translation>word/document.xml não tem corpo de documento</translation>
    </message>
    <message>
      <source>would have {count:,} links, over the limit of {limit:,} links per annotation</source>
      <translation>teria {count:,} vínculos, acima do limite de {limit:,} vínculos por anotação</translation>
    </message>
    <message>
      <source>{added} of {total} rated claims added to the project's archive</source>
      <translation>{added} de {total} afirmações com veredito adicionadas ao acervo do projeto</translation>
    </message>
    <message>
      <source>{added} of {total} rated claims added to the shared archive {archive}</source>
      <translation>{added} de {total} afirmações com veredito adicionadas ao acervo compartilhado {archive}</translation>
    </message>
    <message>
      <source>{column} is missing</source>
      <translation>{column} está faltando</translation>
    </message>
    <message>
      <source>{column} is not of type {kind}</source>
      <translation>{column} não é do tipo {kind}</translation>
    </message>
    <message>
      <source>{column} {value} is not a time as Claimdesk writes it (ISO 8601, UTC)</source>
      <translation>{column} {value} não é um horário como o Claimdesk o grava (ISO 8601, UTC)</translation>
    </message>
    <message>
      <source>{column} {value} refers to no {record}</source>
      <translation>{column} {value} não se refere a nenhum registro {record}</translation>
    </message>
    <message>
      <source>{count} long articles were compared only on their first {limit:,} characters.</source>
      <translation>{count} matérias longas foram comparadas só pelos primeiros {limit:,} caracteres.</translation>
    </message>
    <message>
      <source>{count} page or time FragmentSelector(s) not checked: their article here has no pages or cues</source>
      <translation>{count} FragmentSelector(s) de página ou horário não verificado(s): a matéria correspondente aqui não tem páginas nem legendas</translation>
    </message>
    <message>
      <source>{count} {kind} left out: Claimdesk keeps span labels, verdicts, notes and evidence</source>
      <translation>{count} {kind} ficaram de fora: o Claimdesk guarda rótulos de trechos, vereditos, notas e evidências</translation>
    </message>
    <message>
      <source>{filename} would unpack to {file_size:,} bytes from {compress_size:,} (a zip bomb?)</source>
      <translation>{filename} seria descompactado em {file_size:,} bytes a partir de {compress_size:,} (uma bomba zip?)</translation>
    </message>
    <message numerus="yes">
      <source>{files} and %n more</source>
      <translation>
        <numerusform>{files} e mais %n arquivo</numerusform>
        <numerusform>{files} e mais %n arquivos</numerusform>
      </translation>
    </message>
    <message>
      <source>{file} ({format}): {added} annotations added, {unchanged} already present, {reanchored} re-anchored, {orphaned} orphaned; {articles} articles, {links} links, {claims} claims added</source>
      <translation>{file} ({format}): {added} anotações adicionadas, {unchanged} já presentes, {reanchored} reancoradas, {orphaned} órfãs; {articles} matérias, {links} vínculos, {claims} afirmações adicionados</translation>
    </message>
    <message>
      <source>{file}, page {number} ({url})</source>
      <translation>{file}, página {number} ({url})</translation>
    </message>
    <message>
      <source>{file}: a record breaks the project's rules ({error})</source>
      <translation>{file}: um registro viola as regras do projeto ({error})</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({reason})</source>
      <translation>{file}: não pode ser lido ({reason})</translation>
    </message>
    <message>
      <source>{file}: cannot tell its format; give one of {names}</source>
      <translation>{file}: não é possível identificar o formato; indique um de {names}</translation>
    </message>
    <message>
      <source>{file}: is a Claimdesk project open here, not {what}</source>
      <translation>{file}: é um projeto do Claimdesk aberto aqui, não {what}</translation>
    </message>
    <message>
      <source>{file}: is a dataset file ({suffix}), not an article; bring its annotations in with `claimdesk import-annotations` (File &gt; Import annotations)</source>
      <translation>{file}: é um arquivo de conjunto de dados ({suffix}), não uma matéria; traga suas anotações com `claimdesk import-annotations` (Arquivo &gt; Importar anotações)</translation>
    </message>
    <message>
      <source>{file}: is a folder, not {what}</source>
      <translation>{file}: é uma pasta, não {what}</translation>
    </message>
    <message>
      <source>{file}: is an SQLite file (a Claimdesk project?), not an article; open it, or merge it into this project</source>
      <translation>{file}: é um arquivo SQLite (um projeto do Claimdesk?), não uma matéria; abra-o ou mescle-o com este projeto</translation>
    </message>
    <message>
      <source>{file}: is over the {limit} limit for {what}</source>
      <translation>{file}: passa do limite de {limit} para {what}</translation>
    </message>
    <message>
      <source>{file}: is {kind}, not a regular file; refused as {what}</source>
      <translation>{file}: é {kind}, não um arquivo comum; recusado como {what}</translation>
    </message>
    <message>
      <source>{file}: is {what}</source>
      <translation>{file}: é {what}</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: arquivo inexistente</translation>
    </message>
    <message>
      <source>{file}: not a {fmt} file ({error!r})</source>
      <translation>{file}: não é um arquivo {fmt} ({error!r})</translation>
    </message>
    <message>
      <source>{file}: {error}</source>
      <translation>{file}: {error}</translation>
    </message>
    <message>
      <source>{file}: {size:.1f} MB is over the {limit} limit for {what}</source>
      <translation>{file}: {size:.1f} MB passa do limite de {limit} para {what}</translation>
    </message>
    <message>
      <source>{file}: {warning}</source>
      <translation>{file}: {warning}</translation>
    </message>
    <message>
      <source>{fmt} counts offsets in code points, as its consumers do; a unit can be chosen for {names} only</source>
      <translation>{fmt} conta as posições em pontos de código, como suas ferramentas; uma unidade só pode ser escolhida para {names}</translation>
    </message>
    <message>
      <source>{fmt} counts offsets in code points; a unit can be chosen for {names} only</source>
      <translation>{fmt} conta as posições em pontos de código; uma unidade só pode ser escolhida para {names}</translation>
    </message>
    <message>
      <source>{log} does not belong to this project; move it away to open the project</source>
      <translation>{log} não pertence a este projeto; mova-o para outro lugar para abrir o projeto</translation>
    </message>
    <message>
      <source>{lost} of the claim's appearances not placed</source>
      <translation>{lost} das ocorrências da afirmação não foram posicionadas</translation>
    </message>
    <message>
      <source>{named}: cannot be read ({error})</source>
      <translation>{named}: não pode ser lido ({error})</translation>
    </message>
    <message>
      <source>{named}: evidence_files {evidence_id!r}</source>
      <translation>{named}: evidence_files {evidence_id!r}</translation>
    </message>
    <message>
      <source>{name}, article {number}</source>
      <translation>{name}, matéria {number}</translation>
    </message>
    <message>
      <source>{name}, item {number}</source>
      <translation>{name}, item {number}</translation>
    </message>
    <message>
      <source>{name}, line {number}</source>
      <translation>{name}, linha {number}</translation>
    </message>
    <message>
      <source>{name}, task {number}</source>
      <translation>{name}, tarefa {number}</translation>
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
      <translation>{name}: um arquivo XMI precisa do {type_system} que o INCEpTION exporta com ele, ao lado dele (ou importe o ZIP do INCEpTION como está)</translation>
    </message>
    <message>
      <source>{name}: expected INCEpTION's UIMA CAS XMI export (.xmi files and {type_system})</source>
      <translation>{name}: era esperada a exportação UIMA CAS XMI do INCEpTION (arquivos .xmi e {type_system})</translation>
    </message>
    <message>
      <source>{name}: expected a W3C AnnotationCollection</source>
      <translation>{name}: era esperada uma AnnotationCollection W3C</translation>
    </message>
    <message>
      <source>{name}: expected a W3C AnnotationCollection, page or annotation</source>
      <translation>{name}: era esperada uma AnnotationCollection, página ou anotação W3C</translation>
    </message>
    <message>
      <source>{name}: expected a list of Label Studio tasks</source>
      <translation>{name}: era esperada uma lista de tarefas do Label Studio</translation>
    </message>
    <message>
      <source>{name}: not a ZIP file (INCEpTION's XMI export)</source>
      <translation>{name}: não é um arquivo ZIP (exportação XMI do INCEpTION)</translation>
    </message>
    <message>
      <source>{name}: the ZIP unpacks to more than one dataset may hold</source>
      <translation>{name}: o ZIP se descompacta em mais do que um conjunto de dados pode conter</translation>
    </message>
    <message>
      <source>{name}: the collection holds {count} of its {total} annotations; export it again with every annotation in the file</source>
      <translation>{name}: a coleção contém {count} de suas {total} anotações; exporte-a de novo com todas as anotações no arquivo</translation>
    </message>
    <message>
      <source>{name}: the collection's pages are not in the file (it links to {names}); Claimdesk fetches nothing: save every page into one file</source>
      <translation>{name}: as páginas da coleção não estão no arquivo (ela aponta para {names}); o Claimdesk não baixa nada: salve todas as páginas num único arquivo</translation>
    </message>
    <message>
      <source>{out} exists and is not a folder; choose a new folder name</source>
      <translation>{out} existe e não é uma pasta; escolha um novo nome de pasta</translation>
    </message>
    <message>
      <source>{out} is a folder that is not a brat export; choose an empty or new folder</source>
      <translation>{out} é uma pasta que não é uma exportação brat; escolha uma pasta vazia ou nova</translation>
    </message>
    <message>
      <source>{out}: cannot be written ({reason}); nothing was exported</source>
      <translation>{out}: não pode ser gravado ({reason}); nada foi exportado</translation>
    </message>
    <message>
      <source>{out}: is a project open here; choose another name for the copy</source>
      <translation>{out}: é um projeto aberto aqui; escolha outro nome para a cópia</translation>
    </message>
    <message>
      <source>{part} cannot be unpacked ({error})</source>
      <translation>{part} não pode ser descompactado ({error})</translation>
    </message>
    <message>
      <source>{part} is not well-formed XML ({error})</source>
      <translation>{part} não é um XML bem formado ({error})</translation>
    </message>
    <message>
      <source>{part} unpacks to over the {limit} limit (a zip bomb?)</source>
      <translation>{part} se descompacta acima do limite de {limit} (uma bomba zip?)</translation>
    </message>
    <message>
      <source>{part} would unpack to {size:,.0f} MB, over the {limit} limit (a zip bomb?)</source>
      <translation>{part} seria descompactado em {size:,.0f} MB, acima do limite de {limit} (uma bomba zip?)</translation>
    </message>
    <message>
      <source>{path}: a Claimdesk project, not a fact-check archive</source>
      <translation>{path}: um projeto do Claimdesk, não um acervo de checagens</translation>
    </message>
    <message>
      <source>{path}: a fact-check archive keeps no write-ahead log (it would be written when read); make a new one with claimdesk archive new</source>
      <translation>{path}: um acervo de checagens não mantém log de escrita antecipada (ele seria gravado ao ser lido); crie um novo com claimdesk archive new</translation>
    </message>
    <message>
      <source>{path}: a fact-check archive of another version ({version}; this Claimdesk reads {supported})</source>
      <translation>{path}: um acervo de checagens de outra versão ({version}; este Claimdesk lê {supported})</translation>
    </message>
    <message>
      <source>{path}: already exists; an archive is made in a new file</source>
      <translation>{path}: já existe; um acervo é criado num arquivo novo</translation>
    </message>
    <message>
      <source>{path}: an SQLite file, but not a Claimdesk project</source>
      <translation>{path}: um arquivo SQLite, mas não um projeto do Claimdesk</translation>
    </message>
    <message>
      <source>{path}: busy; another program is writing to it</source>
      <translation>{path}: ocupado; outro programa está gravando nele</translation>
    </message>
    <message>
      <source>{path}: cannot be opened ({error})</source>
      <translation>{path}: não pode ser aberto ({error})</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({strerror})</source>
      <translation>{path}: não pode ser lido ({strerror})</translation>
    </message>
    <message>
      <source>{path}: cannot be read from here ({reason})</source>
      <translation>{path}: não pode ser lido daqui ({reason})</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({error})</source>
      <translation>{path}: não pode ser gravado ({error})</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({reason})</source>
      <translation>{path}: não pode ser gravado ({reason})</translation>
    </message>
    <message>
      <source>{path}: cannot switch to write-ahead logging ({mode})</source>
      <translation>{path}: não é possível mudar para o log de escrita antecipada ({mode})</translation>
    </message>
    <message>
      <source>{path}: folder {parent} does not exist</source>
      <translation>{path}: a pasta {parent} não existe</translation>
    </message>
    <message>
      <source>{path}: has changes still in its log ({name}) that cannot be read from a read-only folder; copy the folder somewhere you can write</source>
      <translation>{path}: tem alterações ainda no log ({name}) que não podem ser lidas de uma pasta somente leitura; copie a pasta para um lugar onde você possa gravar</translation>
    </message>
    <message>
      <source>{path}: holds over {limit:,} fact-checks</source>
      <translation>{path}: contém mais de {limit:,} checagens</translation>
    </message>
    <message>
      <source>{path}: is a folder or a device, not a fact-check archive</source>
      <translation>{path}: é uma pasta ou um dispositivo, não um acervo de checagens</translation>
    </message>
    <message>
      <source>{path}: is a folder, not a project file</source>
      <translation>{path}: é uma pasta, não um arquivo de projeto</translation>
    </message>
    <message>
      <source>{path}: is a named pipe or device, not a project file</source>
      <translation>{path}: é um pipe nomeado ou dispositivo, não um arquivo de projeto</translation>
    </message>
    <message>
      <source>{path}: is locked by another program</source>
      <translation>{path}: está bloqueado por outro programa</translation>
    </message>
    <message>
      <source>{path}: its folder {folder} is read-only, and a project needs to keep its journal files (-wal, -shm) beside it; copy it somewhere you can write</source>
      <translation>{path}: sua pasta {folder} é somente leitura, e um projeto precisa manter seus arquivos de diário (-wal, -shm) ao lado dele; copie-o para um lugar onde você possa gravar</translation>
    </message>
    <message>
      <source>{path}: locked by another program for over {seconds} s; close it there (or wait) and try again</source>
      <translation>{path}: bloqueado por outro programa há mais de {seconds} s; feche-o lá (ou espere) e tente de novo</translation>
    </message>
    <message>
      <source>{path}: no such file</source>
      <translation>{path}: arquivo inexistente</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project (not an SQLite file)</source>
      <translation>{path}: não é um projeto do Claimdesk (não é um arquivo SQLite)</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project (truncated SQLite header)</source>
      <translation>{path}: não é um projeto do Claimdesk (cabeçalho SQLite truncado)</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project ({reason})</source>
      <translation>{path}: não é um projeto do Claimdesk ({reason})</translation>
    </message>
    <message>
      <source>{path}: not a fact-check archive (made with claimdesk archive new)</source>
      <translation>{path}: não é um acervo de checagens (criado com claimdesk archive new)</translation>
    </message>
    <message>
      <source>{path}: not a fact-check archive (not an SQLite file)</source>
      <translation>{path}: não é um acervo de checagens (não é um arquivo SQLite)</translation>
    </message>
    <message>
      <source>{path}: not a readable fact-check archive ({error})</source>
      <translation>{path}: não é um acervo de checagens legível ({error})</translation>
    </message>
    <message>
      <source>{path}: opened read-only</source>
      <translation>{path}: aberto somente para leitura</translation>
    </message>
    <message>
      <source>{path}: the archive (or its folder) is read-only; it can be matched against but not added to</source>
      <translation>{path}: o acervo (ou sua pasta) é somente leitura; pode ser usado para comparação, mas não receber novas checagens</translation>
    </message>
    <message>
      <source>{path}: the archive's schema has been altered ({names})</source>
      <translation>{path}: o esquema do acervo foi alterado ({names})</translation>
    </message>
    <message>
      <source>{path}: the disk could not be read or written ({error}); nothing was changed</source>
      <translation>{path}: não foi possível ler ou gravar no disco ({error}); nada foi alterado</translation>
    </message>
    <message>
      <source>{path}: the disk could not be read or written while checking its log {name} ({reason}); nothing was changed</source>
      <translation>{path}: não foi possível ler ou gravar no disco ao verificar seu log {name} ({reason}); nada foi alterado</translation>
    </message>
    <message>
      <source>{path}: the disk is full; nothing was changed</source>
      <translation>{path}: o disco está cheio; nada foi alterado</translation>
    </message>
    <message>
      <source>{path}: the fact-check index cannot answer ({error})</source>
      <translation>{path}: o índice de checagens não responde ({error})</translation>
    </message>
    <message>
      <source>{path}: the file is read-only; it can be checked or exported but not edited (copy it somewhere you can write, or change its permissions)</source>
      <translation>{path}: o arquivo é somente leitura; pode ser verificado ou exportado, mas não editado (copie-o para um lugar onde você possa gravar ou altere suas permissões)</translation>
    </message>
    <message>
      <source>{path}: the file is truncated ({size} bytes, its header promises {promised})</source>
      <translation>{path}: o arquivo está truncado ({size} bytes, seu cabeçalho promete {promised})</translation>
    </message>
    <message>
      <source>{path}: the project's schema has been altered ({names})</source>
      <translation>{path}: o esquema do projeto foi alterado ({names})</translation>
    </message>
    <message>
      <source>{path}: the published report</source>
      <translation>{path}: o relatório publicado</translation>
    </message>
    <message>
      <source>{path}: the search index cannot answer ({error})</source>
      <translation>{path}: o índice de busca não responde ({error})</translation>
    </message>
    <message>
      <source>{path}: written by a newer Claimdesk (schema {version}; this version reads up to {supported}). Update Claimdesk to open it; the file was not changed.</source>
      <translation>{path}: gravado por um Claimdesk mais novo (esquema {version}; esta versão lê até {supported}). Atualize o Claimdesk para abri-lo; o arquivo não foi alterado.</translation>
    </message>
    <message>
      <source>{path}: written by an older Claimdesk (schema {version}); open it once in this version, where it can be written, to upgrade it</source>
      <translation>{path}: gravado por um Claimdesk mais antigo (esquema {version}); abra-o uma vez nesta versão, num lugar onde possa ser gravado, para atualizá-lo</translation>
    </message>
    <message>
      <source>{path}: written by an older Claimdesk, and a copy of it could not be upgraded for the merge in {folder} ({reason})</source>
      <translation>{path}: gravado por um Claimdesk mais antigo, e não foi possível atualizar uma cópia dele para a mesclagem em {folder} ({reason})</translation>
    </message>
    <message>
      <source>{path}: {foreign}</source>
      <translation>{path}: {foreign}</translation>
    </message>
    <message>
      <source>{path}: {where} holds a value of the wrong type or length</source>
      <translation>{path}: {where} contém um valor de tipo ou tamanho errado</translation>
    </message>
    <message>
      <source>{place}: "url" is not a web address</source>
      <translation>{place}: "url" não é um endereço da web</translation>
    </message>
    <message>
      <source>{place}: has no claim (the claim reviewed is missing or empty)</source>
      <translation>{place}: não tem afirmação (a afirmação checada está faltando ou vazia)</translation>
    </message>
    <message>
      <source>{place}: must be an object</source>
      <translation>{place}: deve ser um objeto</translation>
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
      <translation>{remark} ({count} linhas)</translation>
    </message>
    <message>
      <source>{spot}: a labels result needs start, end and a label</source>
      <translation>{spot}: um resultado de rótulos precisa de start, end e um rótulo</translation>
    </message>
    <message>
      <source>{spot}: expected an object</source>
      <translation>{spot}: era esperado um objeto</translation>
    </message>
    <message>
      <source>{spot}: expected an object with start, end and label</source>
      <translation>{spot}: era esperado um objeto com start, end e label</translation>
    </message>
    <message>
      <source>{spot}: from_id and to_id must be ids of this line's entities</source>
      <translation>{spot}: from_id e to_id devem ser ids das entidades desta linha</translation>
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
      <translation>{spot}: sem valor</translation>
    </message>
    <message>
      <source>{spot}: start and end must be whole numbers</source>
      <translation>{spot}: start e end devem ser números inteiros</translation>
    </message>
    <message>
      <source>{spot}: the labels must be a list</source>
      <translation>{spot}: os rótulos devem ser uma lista</translation>
    </message>
    <message>
      <source>{table} row {rowid}: refers to a missing {parent} record</source>
      <translation>{table} linha {rowid}: refere-se a um registro {parent} inexistente</translation>
    </message>
    <message>
      <source>{table} {id}: live, but its {column} {ref} is deleted</source>
      <translation>{table} {id}: ativo, mas {column} {ref} foi excluído</translation>
    </message>
    <message>
      <source>{table} {id}: {column} {ref} does not exist</source>
      <translation>{table} {id}: {column} {ref} não existe</translation>
    </message>
    <message>
      <source>{table} {record!r}: {reason}</source>
      <translation>{table} {record!r}: {reason}</translation>
    </message>
    <message>
      <source>{table} {record_id}: has the same name as {holder}</source>
      <translation>{table} {record_id}: tem o mesmo nome que {holder}</translation>
    </message>
    <message>
      <source>{table} {record_id}: {column} is over the limit of {most:,} characters</source>
      <translation>{table} {record_id}: {column} passa do limite de {most:,} caracteres</translation>
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
      <translation>{table}: {added} adicionados, {updated} atualizados</translation>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated, {deleted} arrived deleted</source>
      <translation>{table}: {added} adicionados, {updated} atualizados, {deleted} chegaram excluídos</translation>
    </message>
    <message>
      <source>{template} (line {line}): the report template failed: {error}</source>
      <translation>{template} (linha {line}): o modelo do relatório falhou: {error}</translation>
    </message>
    <message>
      <source>{template}: the report template failed: {error}</source>
      <translation>{template}: o modelo do relatório falhou: {error}</translation>
    </message>
    <message>
      <source>{value!r} is not a Tesseract language code such as eng, spa or chi_sim (several joined by +, as spa+eng)</source>
      <translation>{value!r} não é um código de idioma do Tesseract como eng, por ou chi_sim (vários unidos por +, como por+eng)</translation>
    </message>
    <message>
      <source>{value!r} is not an ISO 8601 date and time</source>
      <translation>{value!r} não é uma data e hora ISO 8601</translation>
    </message>
    <message>
      <source>{value!r} is out of range (before year 1 or after 9999 in UTC)</source>
      <translation>{value!r} está fora do intervalo (antes do ano 1 ou depois de 9999 em UTC)</translation>
    </message>
    <message>
      <source>{where}, annotation {number}</source>
      <translation>{where}, anotação {number}</translation>
    </message>
    <message>
      <source>{where}, annotation {number}: expected a result list</source>
      <translation>{where}, anotação {number}: era esperada uma lista de resultados</translation>
    </message>
    <message>
      <source>{where}, claim {number}</source>
      <translation>{where}, afirmação {number}</translation>
    </message>
    <message>
      <source>{where}, entity {number}</source>
      <translation>{where}, entidade {number}</translation>
    </message>
    <message>
      <source>{where}, label {number}</source>
      <translation>{where}, rótulo {number}</translation>
    </message>
    <message>
      <source>{where}, label {number}: expected [start, end, label]</source>
      <translation>{where}, rótulo {number}: era esperado [start, end, label]</translation>
    </message>
    <message>
      <source>{where}, link {number}</source>
      <translation>{where}, vínculo {number}</translation>
    </message>
    <message>
      <source>{where}, relation {number}</source>
      <translation>{where}, relação {number}</translation>
    </message>
    <message>
      <source>{where}, result {number}</source>
      <translation>{where}, resultado {number}</translation>
    </message>
    <message>
      <source>{where}, span {number}</source>
      <translation>{where}, trecho {number}</translation>
    </message>
    <message>
      <source>{where}, {control} {number}</source>
      <translation>{where}, {control} {number}</translation>
    </message>
    <message>
      <source>{where}: "annotations" must be a list</source>
      <translation>{where}: "annotations" deve ser uma lista</translation>
    </message>
    <message>
      <source>{where}: "provenance" must be an object</source>
      <translation>{where}: "provenance" deve ser um objeto</translation>
    </message>
    <message>
      <source>{where}: "segments" must be a list of at most {limit:,}</source>
      <translation>{where}: "segments" deve ser uma lista de no máximo {limit:,}</translation>
    </message>
    <message>
      <source>{where}: "{field}" contains a NUL character</source>
      <translation>{where}: "{field}" contém um caractere NUL</translation>
    </message>
    <message>
      <source>{where}: "{field}" has {count:,} items, over the limit of {limit}</source>
      <translation>{where}: "{field}" tem {count:,} itens, acima do limite de {limit}</translation>
    </message>
    <message>
      <source>{where}: "{field}" is not valid Unicode (a lone surrogate U+{code:04X} at character {start})</source>
      <translation>{where}: "{field}" não é Unicode válido (um surrogate isolado U+{code:04X} no caractere {start})</translation>
    </message>
    <message>
      <source>{where}: "{field}" is {count:,} characters, over the limit of {limit:,}</source>
      <translation>{where}: "{field}" tem {count:,} caracteres, acima do limite de {limit:,}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be a list of links, not {kind}</source>
      <translation>{where}: "{field}" deve ser uma lista de vínculos, não {kind}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be an object</source>
      <translation>{where}: "{field}" deve ser um objeto</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be text, not {kind}</source>
      <translation>{where}: "{field}" deve ser texto, não {kind}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must hold objects</source>
      <translation>{where}: "{field}" deve conter objetos</translation>
    </message>
    <message>
      <source>{where}: "{key}" holds {count:,} records, over the limit of {limit:,} per file</source>
      <translation>{where}: "{key}" contém {count:,} registros, acima do limite de {limit:,} por arquivo</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be a list</source>
      <translation>{where}: "{key}" deve ser uma lista</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be a list of objects</source>
      <translation>{where}: "{key}" deve ser uma lista de objetos</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be an object</source>
      <translation>{where}: "{key}" deve ser um objeto</translation>
    </message>
    <message>
      <source>{where}: ClaimReview {number}</source>
      <translation>{where}: ClaimReview {number}</translation>
    </message>
    <message>
      <source>{where}: JSON nested deeper than {limit} levels; refused</source>
      <translation>{where}: JSON aninhado com mais de {limit} níveis; recusado</translation>
    </message>
    <message>
      <source>{where}: XML with a DOCTYPE or entities is refused</source>
      <translation>{where}: XML com DOCTYPE ou entidades é recusado</translation>
    </message>
    <message>
      <source>{where}: a claimant must be an object with "name" and "kind"</source>
      <translation>{where}: um autor de afirmação deve ser um objeto com "name" e "kind"</translation>
    </message>
    <message>
      <source>{where}: a linking annotation needs exactly two targets</source>
      <translation>{where}: uma anotação de vínculo precisa de exatamente dois alvos</translation>
    </message>
    <message>
      <source>{where}: a task needs a "data" object (or is a JSON_MIN record with regions)</source>
      <translation>{where}: uma tarefa precisa de um objeto "data" (ou ser um registro JSON_MIN com regiões)</translation>
    </message>
    <message>
      <source>{where}: a text area's text must be a list of lines</source>
      <translation>{where}: o texto de uma área de texto deve ser uma lista de linhas</translation>
    </message>
    <message>
      <source>{where}: already in the project as “{title}”</source>
      <translation>{where}: já está no projeto como “{title}”</translation>
    </message>
    <message>
      <source>{where}: an article needs an id and a text</source>
      <translation>{where}: uma matéria precisa de um id e de um texto</translation>
    </message>
    <message>
      <source>{where}: annotator_id refers to no annotator</source>
      <translation>{where}: annotator_id não se refere a nenhum anotador</translation>
    </message>
    <message>
      <source>{where}: article {article_id} is not in the project and the file does not hold its text</source>
      <translation>{where}: a matéria {article_id} não está no projeto e o arquivo não contém seu texto</translation>
    </message>
    <message>
      <source>{where}: claim {number}</source>
      <translation>{where}: afirmação {number}</translation>
    </message>
    <message>
      <source>{where}: claimant kind {kind!r} is not person or organization</source>
      <translation>{where}: o tipo de autor de afirmação {kind!r} não é pessoa nem organização</translation>
    </message>
    <message>
      <source>{where}: confidence must be a number</source>
      <translation>{where}: a confiança deve ser um número</translation>
    </message>
    <message>
      <source>{where}: expected a JSON object for one article</source>
      <translation>{where}: era esperado um objeto JSON para uma matéria</translation>
    </message>
    <message>
      <source>{where}: holds no fact-check (no ClaimReview, no claims)</source>
      <translation>{where}: não contém checagem (nenhum ClaimReview, nenhuma afirmação)</translation>
    </message>
    <message>
      <source>{where}: holds over {limit:,} fact-checks; split it</source>
      <translation>{where}: contém mais de {limit:,} checagens; divida-o</translation>
    </message>
    <message>
      <source>{where}: is over the {limit} limit for one evidence file</source>
      <translation>{where}: passa do limite de {limit} para um arquivo de evidência</translation>
    </message>
    <message>
      <source>{where}: its FragmentSelector says {fragment} but the quote is on {placed}; the fragment is ignored</source>
      <translation>{where}: seu FragmentSelector indica {fragment}, mas a citação está em {placed}; o fragmento é ignorado</translation>
    </message>
    <message>
      <source>{where}: missing {error}</source>
      <translation>{where}: falta {error}</translation>
    </message>
    <message>
      <source>{where}: neither ClaimReview JSON-LD nor claims:search JSON</source>
      <translation>{where}: não é ClaimReview JSON-LD nem JSON de claims:search</translation>
    </message>
    <message>
      <source>{where}: no TextPositionSelector or TextQuoteSelector</source>
      <translation>{where}: nenhum TextPositionSelector ou TextQuoteSelector</translation>
    </message>
    <message>
      <source>{where}: no text in the field "{named}"</source>
      <translation>{where}: nenhum texto no campo "{named}"</translation>
    </message>
    <message>
      <source>{where}: not UTF-8 text (invalid byte 0x{byte:02x} at byte {start})</source>
      <translation>{where}: não é texto UTF-8 (byte inválido 0x{byte:02x} na posição {start})</translation>
    </message>
    <message>
      <source>{where}: not a UIMA CAS XMI file ({error})</source>
      <translation>{where}: não é um arquivo UIMA CAS XMI ({error})</translation>
    </message>
    <message>
      <source>{where}: not a W3C Annotation (type must be Annotation)</source>
      <translation>{where}: não é uma W3C Annotation (type deve ser Annotation)</translation>
    </message>
    <message>
      <source>{where}: not valid JSON ({error})</source>
      <translation>{where}: JSON inválido ({error})</translation>
    </message>
    <message>
      <source>{where}: refers to no {record}</source>
      <translation>{where}: não se refere a nenhum registro {record}</translation>
    </message>
    <message>
      <source>{where}: say why the figures do not contradict each other</source>
      <translation>{where}: diga por que os números não se contradizem</translation>
    </message>
    <message>
      <source>{where}: segment starts must rise inside the article's text</source>
      <translation>{where}: os inícios dos segmentos devem ser crescentes dentro do texto da matéria</translation>
    </message>
    <message>
      <source>{where}: segment {number} needs a start within the article's text</source>
      <translation>{where}: o segmento {number} precisa de um início dentro do texto da matéria</translation>
    </message>
    <message>
      <source>{where}: segment {number} starts before the one before</source>
      <translation>{where}: o segmento {number} começa antes do anterior</translation>
    </message>
    <message>
      <source>{where}: segments are not JSON</source>
      <translation>{where}: os segmentos não são JSON</translation>
    </message>
    <message>
      <source>{where}: segments must be a list of objects with a start</source>
      <translation>{where}: os segmentos devem ser uma lista de objetos com um início</translation>
    </message>
    <message>
      <source>{where}: selector start and end must be whole numbers</source>
      <translation>{where}: start e end do seletor devem ser números inteiros</translation>
    </message>
    <message>
      <source>{where}: span {start}–{end} is outside the article text (0–{length}) or empty</source>
      <translation>{where}: o trecho {start}–{end} está fora do texto da matéria (0–{length}) ou vazio</translation>
    </message>
    <message>
      <source>{where}: start and end must be whole numbers</source>
      <translation>{where}: start e end devem ser números inteiros</translation>
    </message>
    <message>
      <source>{where}: the article has no "id"</source>
      <translation>{where}: a matéria não tem "id"</translation>
    </message>
    <message>
      <source>{where}: the article has no "{field}"</source>
      <translation>{where}: a matéria não tem "{field}"</translation>
    </message>
    <message>
      <source>{where}: the article text is over the {limit} limit for one article</source>
      <translation>{where}: o texto da matéria passa do limite de {limit} para uma matéria</translation>
    </message>
    <message>
      <source>{where}: the claim's figures do not differ</source>
      <translation>{where}: os números da afirmação não divergem</translation>
    </message>
    <message>
      <source>{where}: the same file is already attached there</source>
      <translation>{where}: o mesmo arquivo já está anexado ali</translation>
    </message>
    <message>
      <source>{where}: the target must name a source article and a selector</source>
      <translation>{where}: o alvo deve indicar uma matéria de origem e um seletor</translation>
    </message>
    <message>
      <source>{where}: the task has no text field (data.text or another)</source>
      <translation>{where}: a tarefa não tem campo de texto (data.text ou outro)</translation>
    </message>
    <message>
      <source>{where}: the {key} field is a link to the text, not the text; nothing is fetched: export the tasks with the text in them</source>
      <translation>{where}: o campo {key} é um link para o texto, não o texto; nada é baixado: exporte as tarefas com o texto dentro</translation>
    </message>
    <message>
      <source>{where}: which field holds the text, {names}? name it with --text-field</source>
      <translation>{where}: qual campo contém o texto, {names}? indique-o com --text-field</translation>
    </message>
    <message>
      <source>{where}: {count:,} records (articles, annotations, links, claims), over the limit of {limit:,} per file</source>
      <translation>{where}: {count:,} registros (matérias, anotações, vínculos, afirmações), acima do limite de {limit:,} por arquivo</translation>
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
      <translation>“{title}” é longa: só os primeiros {limit:,} caracteres foram comparados.</translation>
    </message>
    <message>
      <source>…and {count} more FragmentSelectors ignored</source>
      <translation>…e mais {count} FragmentSelectors ignorados</translation>
    </message>
  </context>
  <context>
    <name>OperationCommand</name>
    <message>
      <source>undo “{action}”</source>
      <translation>desfazer “{action}”</translation>
    </message>
  </context>
  <context>
    <name>ProjectDocks</name>
    <message>
      <source>Annotations</source>
      <translation>Anotações</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>Matérias</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>Afirmações</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspetor</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>Sugestões</translation>
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
      <translation>&amp;Idioma da página:</translation>
    </message>
    <message>
      <source>&amp;One page</source>
      <translation>&amp;Uma página</translation>
    </message>
    <message>
      <source>&amp;Publish</source>
      <translation>&amp;Publicar</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>&amp;Salvar em:</translation>
    </message>
    <message>
      <source>&amp;These:</source>
      <translation>&amp;Estas:</translation>
    </message>
    <message>
      <source>A new folder for the pages</source>
      <translation>Uma nova pasta para as páginas</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>Escol&amp;her…</translation>
    </message>
    <message>
      <source>Claims to publish</source>
      <translation>Afirmações a publicar</translation>
    </message>
    <message>
      <source>Claims:</source>
      <translation>Afirmações:</translation>
    </message>
    <message>
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <source>One page per &amp;claim (a folder)</source>
      <translation>Uma página por &amp;afirmação (uma pasta)</translation>
    </message>
    <message>
      <source>Only &amp;rated</source>
      <translation>Só com &amp;veredito</translation>
    </message>
    <message>
      <source>Or&amp;ganisation:</source>
      <translation>&amp;Organização:</translation>
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
      <translation>Publicar relatório</translation>
    </message>
    <message>
      <source>Review &amp;URL base:</source>
      <translation>Base da UR&amp;L das checagens:</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>Salvar em</translation>
    </message>
    <message>
      <source>Web page (HTML)</source>
      <translation>Página web (HTML)</translation>
    </message>
    <message>
      <source>Without it the published reviews have no web address, which Google requires.</source>
      <translation>Sem ela, as checagens publicadas ficam sem endereço web, que o Google exige.</translation>
    </message>
    <message>
      <source>Your newsroom, named on the page and in ClaimReview</source>
      <translation>Sua redação, citada na página e no ClaimReview</translation>
    </message>
    <message>
      <source>https://example.org/fact-checks/ (claim id is added)</source>
      <translation>https://example.org/fact-checks/ (o id da afirmação é acrescentado)</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>sem veredito</translation>
    </message>
    <message>
      <source>{language} (the project's)</source>
      <translation>{language} (o do projeto)</translation>
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
      <translation>&amp;1  Mesma afirmação — a mesma declaração, talvez com outros números</translation>
    </message>
    <message>
      <source>&amp;2  Supports — the first backs up the second</source>
      <translation>&amp;2  Confirma — a primeira respalda a segunda</translation>
    </message>
    <message>
      <source>&amp;3  Contradicts — the two cannot both be true</source>
      <translation>&amp;3  Contradiz — as duas não podem ser verdadeiras ao mesmo tempo</translation>
    </message>
    <message>
      <source>&amp;4  Related — worth reading together</source>
      <translation>&amp;4  Relacionada — vale ler junto</translation>
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
      <translation>Vincular anotações</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Note (optional): why they relate</source>
      <translation>Nota (opcional): por que se relacionam</translation>
    </message>
    <message>
      <source>To: {quote}</source>
      <translation>Para: {quote}</translation>
    </message>
  </context>
  <context>
    <name>Relations</name>
    <message>
      <source>contradicts</source>
      <translation>contradiz</translation>
    </message>
    <message>
      <source>related</source>
      <translation>relacionada</translation>
    </message>
    <message>
      <source>same claim</source>
      <translation>mesma afirmação</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>confirma</translation>
    </message>
  </context>
  <context>
    <name>ReviewDecision</name>
    <message>
      <source>Accept annotation</source>
      <translation>Aceitar anotação</translation>
    </message>
    <message>
      <source>Clear review decision</source>
      <translation>Limpar decisão de revisão</translation>
    </message>
    <message>
      <source>Reject annotation</source>
      <translation>Rejeitar anotação</translation>
    </message>
  </context>
  <context>
    <name>ReviewHighlights</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(rótulo desconhecido)</translation>
    </message>
    <message>
      <source>{name} (you)</source>
      <translation>{name} (você)</translation>
    </message>
  </context>
  <context>
    <name>ReviewMode</name>
    <message>
      <source>All of {colleague}'s annotations are reviewed</source>
      <translation>Todas as anotações de {colleague} foram revisadas</translation>
    </message>
    <message>
      <source>Choose an annotation in the Review list</source>
      <translation>Escolha uma anotação na lista Revisão</translation>
    </message>
    <message>
      <source>No one else has annotations in this project yet. Bring a colleague's work in with File → Merge a colleague's project… first.</source>
      <translation>Ninguém mais tem anotações neste projeto ainda. Traga antes o trabalho de um colega com Arquivo → Mesclar projeto de um colega….</translation>
    </message>
    <message>
      <source>Reject annotation</source>
      <translation>Rejeitar anotação</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Revisão</translation>
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations: A accept, R reject, E edit and accept, J / K next / previous</source>
      <translation>Revisando as anotações de {colleague}: A aceita, R rejeita, E edita e aceita, J / K próxima / anterior</translation>
    </message>
    <message>
      <source>Start review</source>
      <translation>Iniciar revisão</translation>
    </message>
    <message>
      <source>Why? (optional; Enter to reject without a comment)</source>
      <translation>Por quê? (opcional; Enter rejeita sem comentário)</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <source>Article</source>
      <translation>Matéria</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comentário</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Diferença</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Rótulo</translation>
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
      <translation>Aceitas</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todas</translation>
    </message>
    <message>
      <source>Annotations to review</source>
      <translation>Anotações a revisar</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejeitadas</translation>
    </message>
    <message>
      <source>Show annotations</source>
      <translation>Mostrar anotações</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <source>Unreviewed</source>
      <translation>Não revisadas</translation>
    </message>
    <message>
      <source>{pending} to review · {accepted} accepted · {rejected} rejected</source>
      <translation>{pending} a revisar · {accepted} aceitas · {rejected} rejeitadas</translation>
    </message>
  </context>
  <context>
    <name>ReviewRow</name>
    <message>
      <source>to review</source>
      <translation>a revisar</translation>
    </message>
    <message>
      <source>✓ accepted</source>
      <translation>✓ aceita</translation>
    </message>
    <message>
      <source>✗ rejected</source>
      <translation>✗ rejeitada</translation>
    </message>
  </context>
  <context>
    <name>SchemeDialog</name>
    <message>
      <source>&amp;Tags</source>
      <translation>&amp;Rótulos</translation>
    </message>
    <message>
      <source>&amp;Verdicts</source>
      <translation>&amp;Vereditos</translation>
    </message>
    <message>
      <source>Tag scheme and verdict scale</source>
      <translation>Esquema de rótulos e escala de vereditos</translation>
    </message>
  </context>
  <context>
    <name>SchemePage</name>
    <message numerus="yes">
      <source>%n annotations carry the verdict “{verdict}”. Remove the verdict from the scale and from them?</source>
      <translation>
        <numerusform>%n anotação tem o veredito “{verdict}”. Remover o veredito da escala e dela?</numerusform>
        <numerusform>%n anotações têm o veredito “{verdict}”. Remover o veredito da escala e delas?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations use the tag “{tag}”. Remove the tag and those annotations?</source>
      <translation>
        <numerusform>%n anotação usa o rótulo “{tag}”. Remover o rótulo e essa anotação?</numerusform>
        <numerusform>%n anotações usam o rótulo “{tag}”. Remover o rótulo e essas anotações?</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Adicionar</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Descrição</translation>
    </message>
    <message>
      <source>&amp;Key</source>
      <translation>&amp;Tecla</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nome</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>&amp;Remover…</translation>
    </message>
    <message>
      <source>&amp;Value</source>
      <translation>&amp;Valor</translation>
    </message>
    <message>
      <source>1–9, or empty</source>
      <translation>1–9, ou vazio</translation>
    </message>
    <message>
      <source>A tag's {problem}.</source>
      <translation>Rótulo: {problem}.</translation>
    </message>
    <message>
      <source>C&amp;olour</source>
      <translation>C&amp;or</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Escolher…</translation>
    </message>
    <message>
      <source>Colour of {name}</source>
      <translation>Cor de {name}</translation>
    </message>
    <message>
      <source>Higher is truer; used as ratingValue in ClaimReview</source>
      <translation>Quanto maior, mais verdadeiro; usado como ratingValue no ClaimReview</translation>
    </message>
    <message>
      <source>Key {key} already tags “{tag}”; choose another.</source>
      <translation>A tecla {key} já aplica o rótulo “{tag}”; escolha outra.</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>&amp;Subir</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>D&amp;escer</translation>
    </message>
    <message>
      <source>New tag {number}</source>
      <translation>Novo rótulo {number}</translation>
    </message>
    <message>
      <source>New verdict {number}</source>
      <translation>Novo veredito {number}</translation>
    </message>
    <message>
      <source>Remove tag</source>
      <translation>Remover rótulo</translation>
    </message>
    <message>
      <source>Remove verdict</source>
      <translation>Remover veredito</translation>
    </message>
    <message>
      <source>Tag key</source>
      <translation>Tecla do rótulo</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Rótulos</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings everything back.</source>
      <translation>Desfazer (Ctrl+Z) traz tudo de volta.</translation>
    </message>
    <message>
      <source>Verdicts</source>
      <translation>Vereditos</translation>
    </message>
  </context>
  <context>
    <name>SearchAllDialog</name>
    <message numerus="yes">
      <source> (%n changed articles not searched yet)</source>
      <translation>
        <numerusform> (%n matéria alterada ainda não pesquisada)</numerusform>
        <numerusform> (%n matérias alteradas ainda não pesquisadas)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles match</source>
      <translation>
        <numerusform>%n matéria corresponde</numerusform>
        <numerusform>%n matérias correspondem</numerusform>
      </translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sem título)</translation>
    </message>
    <message numerus="yes">
      <source>; the best %n are listed</source>
      <translation>
        <numerusform>; só a melhor (%n) está listada</numerusform>
        <numerusform>; as %n melhores estão listadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>At least %n articles match</source>
      <translation>
        <numerusform>Pelo menos %n matéria corresponde</numerusform>
        <numerusform>Pelo menos %n matérias correspondem</numerusform>
      </translation>
    </message>
    <message>
      <source>Find in all articles</source>
      <translation>Localizar em todas as matérias</translation>
    </message>
    <message>
      <source>Indexing articles for search</source>
      <translation>Indexando matérias para a busca</translation>
    </message>
    <message>
      <source>Indexing the project's articles for search…</source>
      <translation>Indexando as matérias do projeto para a busca…</translation>
    </message>
    <message>
      <source>Matching articles</source>
      <translation>Matérias correspondentes</translation>
    </message>
    <message>
      <source>No articles match</source>
      <translation>Nenhuma matéria corresponde</translation>
    </message>
    <message>
      <source>The index could not be brought up to date: {error}</source>
      <translation>Não foi possível atualizar o índice: {error}</translation>
    </message>
    <message>
      <source>Words (all must appear), "a phrase", prefix*, OR, -left out; case and accents ignored unless Exact is on</source>
      <translation>Palavras (todas devem aparecer), "uma frase", prefixo*, OR, -excluída; maiúsculas e acentos ignorados, a menos que Exato esteja ligado</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Action</source>
      <translation>Ação</translation>
    </message>
    <message>
      <source>Claimdesk can be used with the keyboard alone. Single keys work where the last column says (an article pane, the review), never while you type in a field.</source>
      <translation>O Claimdesk pode ser usado só com o teclado. As teclas simples funcionam onde diz a última coluna (um quadro de matéria, a revisão), nunca enquanto você digita num campo.</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atalhos de teclado</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Onde</translation>
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Show or hide the {panel} panel</source>
      <translation>Mostrar ou ocultar o painel {panel}</translation>
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
      <translation>O Claimdesk precisa de um nome para registrar com suas anotações.</translation>
    </message>
  </context>
  <context>
    <name>StartReviewDialog</name>
    <message>
      <source>&amp;One pane: yours filled, theirs underlined</source>
      <translation>&amp;Um quadro: as suas preenchidas, as do colega sublinhadas</translation>
    </message>
    <message>
      <source>&amp;Review the annotations of:</source>
      <translation>&amp;Revisar as anotações de:</translation>
    </message>
    <message>
      <source>&amp;Side by side: yours left, theirs right</source>
      <translation>&amp;Lado a lado: as suas à esquerda, as do colega à direita</translation>
    </message>
    <message>
      <source>Layout:</source>
      <translation>Layout:</translation>
    </message>
    <message>
      <source>Start review</source>
      <translation>Iniciar revisão</translation>
    </message>
    <message numerus="yes">
      <source>{name} (%n annotations)</source>
      <translation>
        <numerusform>{name} (%n anotação)</numerusform>
        <numerusform>{name} (%n anotações)</numerusform>
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
      <translation>&amp;Aceitar</translation>
    </message>
    <message>
      <source>Accept suggestion: {kind}</source>
      <translation>Aceitar sugestão: {kind}</translation>
    </message>
    <message>
      <source>All articles</source>
      <translation>Todas as matérias</translation>
    </message>
    <message>
      <source>Could not look for suggestions: {error}</source>
      <translation>Não foi possível buscar sugestões: {error}</translation>
    </message>
    <message>
      <source>Dis&amp;miss</source>
      <translation>&amp;Descartar</translation>
    </message>
    <message>
      <source>Dismiss suggestion</source>
      <translation>Descartar sugestão</translation>
    </message>
    <message>
      <source>Enter: accept and link · Delete: dismiss</source>
      <translation>Enter: aceitar e vincular · Delete: descartar</translation>
    </message>
    <message>
      <source>Link the two passages (Enter)</source>
      <translation>Vincular os dois trechos (Enter)</translation>
    </message>
    <message>
      <source>Look across every article, not only those in the panes</source>
      <translation>Procurar em todas as matérias, não só nas dos quadros</translation>
    </message>
    <message>
      <source>Looking for suggested links…</source>
      <translation>Procurando vínculos sugeridos…</translation>
    </message>
    <message>
      <source>Never suggest this pair again (Delete)</source>
      <translation>Nunca mais sugerir este par (Delete)</translation>
    </message>
    <message>
      <source>No suggestions for the articles shown</source>
      <translation>Nenhuma sugestão para as matérias exibidas</translation>
    </message>
    <message>
      <source>Same figure</source>
      <translation>Mesmo número</translation>
    </message>
    <message>
      <source>Same quotation</source>
      <translation>Mesma citação</translation>
    </message>
    <message>
      <source>Same sentence</source>
      <translation>Mesma frase</translation>
    </message>
    <message>
      <source>Search stopped; it runs again when this panel is shown.</source>
      <translation>Busca interrompida; ela volta a rodar quando este painel for exibido.</translation>
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
      <translation>Rotular a seleção como {tag}</translation>
    </message>
    <message>
      <source>Tag the selection as {tag} (key {key} in a pane)</source>
      <translation>Rotular a seleção como {tag} (tecla {key} num quadro)</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Rótulos</translation>
    </message>
  </context>
  <context>
    <name>TimelinePanel</name>
    <message>
      <source>(no wording yet)</source>
      <translation>(ainda sem texto)</translation>
    </message>
    <message>
      <source>Appearances over time</source>
      <translation>Ocorrências ao longo do tempo</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Número</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publicada</translation>
    </message>
    <message>
      <source>Said by {claimant}</source>
      <translation>Dito por {claimant}</translation>
    </message>
    <message>
      <source>Said on</source>
      <translation>Dita em</translation>
    </message>
    <message>
      <source>Select a claim in the Claims panel to see how its figure moved.</source>
      <translation>Selecione uma afirmação no painel Afirmações para ver como o número variou.</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <source>Who said it</source>
      <translation>Quem disse</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>sem data</translation>
    </message>
  </context>
  <context>
    <name>TriageDialog</name>
    <message numerus="yes">
      <source>%n sentences worth checking, best first</source>
      <translation>
        <numerusform>%n frase que merece checagem</numerusform>
        <numerusform>%n frases que merecem checagem, as melhores primeiro</numerusform>
      </translation>
    </message>
    <message>
      <source>A or Enter: annotate as a checkable claim · D or Delete: dismiss · Ctrl+Z: undo</source>
      <translation>A ou Enter: anotar como afirmação verificável · D ou Delete: descartar · Ctrl+Z: desfazer</translation>
    </message>
    <message>
      <source>Accept triage suggestion</source>
      <translation>Aceitar sugestão da triagem</translation>
    </message>
    <message>
      <source>Dismiss triage suggestion</source>
      <translation>Descartar sugestão da triagem</translation>
    </message>
    <message>
      <source>Nothing left to triage.</source>
      <translation>Não resta nada para triar.</translation>
    </message>
    <message>
      <source>Sentences worth checking</source>
      <translation>Frases que merecem checagem</translation>
    </message>
    <message>
      <source>Triage: {title}</source>
      <translation>Triagem: {title}</translation>
    </message>
    <message numerus="yes">
      <source>ranking learnt from %n decisions</source>
      <translation>
        <numerusform>ordem aprendida com %n decisão</numerusform>
        <numerusform>ordem aprendida com %n decisões</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>Redo {command}</source>
      <translation>Refazer {command}</translation>
    </message>
    <message>
      <source>Undo {command}</source>
      <translation>Desfazer {command}</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message numerus="yes">
      <source>At most %n panes side by side</source>
      <translation>
        <numerusform>No máximo %n quadro lado a lado</numerusform>
        <numerusform>No máximo %n quadros lado a lado</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted the annotation and its %n links (Ctrl+Z brings them back)</source>
      <translation>
        <numerusform>Anotação e seu %n vínculo excluídos (Ctrl+Z os traz de volta)</numerusform>
        <numerusform>Anotação e seus %n vínculos excluídos (Ctrl+Z os traz de volta)</numerusform>
      </translation>
    </message>
    <message>
      <source>No tag has the key {key} (Edit → Tag scheme)</source>
      <translation>Nenhum rótulo usa a tecla {key} (Editar → Esquema de rótulos)</translation>
    </message>
    <message>
      <source>Select some text first, then press a tag's key</source>
      <translation>Selecione um texto primeiro e depois pressione a tecla de um rótulo</translation>
    </message>
    <message>
      <source>The last pane stays open</source>
      <translation>O último quadro permanece aberto</translation>
    </message>
  </context>
  <context>
    <name>about_dialog</name>
    <message>
      <source>Each package's licence text is in its installed metadata (pip show -f NAME).</source>
      <translation>O texto da licença de cada pacote está nos metadados instalados dele (pip show -f NAME).</translation>
    </message>
    <message>
      <source>The licence texts are in {folder}, one folder per component; PySide6_Essentials/QT.txt there says how to replace the Qt libraries (LGPL-3.0).</source>
      <translation>Os textos das licenças estão em {folder}, uma pasta por componente; o PySide6_Essentials/QT.txt dessa pasta explica como substituir as bibliotecas Qt (LGPL-3.0).</translation>
    </message>
  </context>
  <context>
    <name>action_handlers</name>
    <message>
      <source>Open an article to triage it</source>
      <translation>Abra uma matéria para fazer a triagem</translation>
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
      <translation>Quem está anotando?</translation>
    </message>
    <message>
      <source>Your name is recorded with every annotation you make,
so a colleague reviewing your work can tell whose tags are whose.</source>
      <translation>Seu nome é registrado em cada anotação que você faz,
para que um colega que revise seu trabalho saiba de quem é cada rótulo.</translation>
    </message>
  </context>
  <context>
    <name>article_commands</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation>
        <numerusform>%n anotação</numerusform>
        <numerusform>%n anotações</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claim appearances</source>
      <translation>
        <numerusform>%n ocorrência de afirmação</numerusform>
        <numerusform>%n ocorrências de afirmações</numerusform>
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
      <translation>Excluir</translation>
    </message>
    <message>
      <source>Delete article</source>
      <translation>Excluir matéria</translation>
    </message>
    <message>
      <source>Delete “{title}”? {carries}</source>
      <translation>Excluir “{title}”? {carries}</translation>
    </message>
    <message>
      <source>It carries no annotations.</source>
      <translation>Ela não tem anotações.</translation>
    </message>
    <message>
      <source>It carries {what} and {last}.</source>
      <translation>Ela tem {what} e {last}.</translation>
    </message>
    <message>
      <source>It carries {what}.</source>
      <translation>Ela tem {what}.</translation>
    </message>
    <message>
      <source>Open or select an article to delete first</source>
      <translation>Abra ou selecione antes a matéria a excluir</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back with all of them.</source>
      <translation>Desfazer (Ctrl+Z) a traz de volta com tudo isso.</translation>
    </message>
  </context>
  <context>
    <name>blind_view</name>
    <message>
      <source>Blind annotation: only your annotations are shown</source>
      <translation>Anotação cega: só as suas anotações são exibidas</translation>
    </message>
    <message>
      <source>Everyone's annotations</source>
      <translation>Anotações de todos</translation>
    </message>
    <message>
      <source>Show only my annotations</source>
      <translation>Mostrar só minhas anotações</translation>
    </message>
  </context>
  <context>
    <name>checked_before_dialog</name>
    <message>
      <source> (said by {claimant})</source>
      <translation> (dito por {claimant})</translation>
    </message>
    <message>
      <source> (shared archive {file})</source>
      <translation> (acervo compartilhado {file})</translation>
    </message>
    <message>
      <source>unrated</source>
      <translation>sem veredito</translation>
    </message>
  </context>
  <context>
    <name>claimant_commands</name>
    <message>
      <source>Claim's claimant: {name}</source>
      <translation>Autor da afirmação: {name}</translation>
    </message>
    <message>
      <source>Claimant: {name}</source>
      <translation>Autor da afirmação: {name}</translation>
    </message>
    <message>
      <source>Remove claimant {name}</source>
      <translation>Remover autor da afirmação {name}</translation>
    </message>
    <message>
      <source>Rename claimant to {name}</source>
      <translation>Renomear autor da afirmação para {name}</translation>
    </message>
    <message>
      <source>from its appearances</source>
      <translation>pelas ocorrências</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhum</translation>
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
      <translation>Alterar {fields}</translation>
    </message>
    <message>
      <source>Could not {action}</source>
      <translation>Não foi possível {action}</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>confiança</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>evidências</translation>
    </message>
    <message>
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>rótulo</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>veredito</translation>
    </message>
  </context>
  <context>
    <name>contradiction_text</name>
    <message>
      <source> vs </source>
      <translation> vs. </translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>dates differ: {list}</source>
      <translation>datas divergem: {list}</translation>
    </message>
    <message>
      <source>figures differ: {list}</source>
      <translation>números divergem: {list}</translation>
    </message>
    <message>
      <source>{figures} ({where})</source>
      <translation>{figures} ({where})</translation>
    </message>
    <message>
      <source>{name} marked “{first}” as contradicting “{second}”</source>
      <translation>{name} marcou “{first}” como contraditória com “{second}”</translation>
    </message>
  </context>
  <context>
    <name>dataset_dialogs</name>
    <message>
      <source>As its tool counts (doccano, Label Studio: UTF-16 units; Claimdesk: code points)</source>
      <translation>Como a ferramenta conta (doccano, Label Studio: unidades UTF-16; Claimdesk: pontos de código)</translation>
    </message>
    <message>
      <source>CSV, one row per annotation</source>
      <translation>CSV, uma linha por anotação</translation>
    </message>
    <message>
      <source>Code points</source>
      <translation>Pontos de código</translation>
    </message>
    <message>
      <source>Code points (Python, spaCy, Label Studio)</source>
      <translation>Pontos de código (Python, spaCy, Label Studio)</translation>
    </message>
    <message>
      <source>Code points, as Python and spaCy count; UTF-16 for a tool in a browser.</source>
      <translation>Pontos de código, como contam Python e spaCy; UTF-16 para uma ferramenta no navegador.</translation>
    </message>
    <message>
      <source>Code points, as Python counts; UTF-16 if your Label Studio counts them.</source>
      <translation>Pontos de código, como conta o Python; UTF-16 se o seu Label Studio contar assim.</translation>
    </message>
    <message>
      <source>INCEpTION, UIMA CAS XMI, zipped</source>
      <translation>INCEpTION, UIMA CAS XMI, compactado</translation>
    </message>
    <message>
      <source>JSON Lines, full records, spaCy-ready</source>
      <translation>JSON Lines, registros completos, pronto para spaCy</translation>
    </message>
    <message>
      <source>Label Studio tasks + labeling config</source>
      <translation>Tarefas do Label Studio + configuração de rótulos</translation>
    </message>
    <message>
      <source>SQLite copy of the whole project</source>
      <translation>Cópia SQLite do projeto inteiro</translation>
    </message>
    <message>
      <source>UTF-16 units</source>
      <translation>Unidades UTF-16</translation>
    </message>
    <message>
      <source>UTF-16 units (doccano, and browsers)</source>
      <translation>Unidades UTF-16 (doccano e navegadores)</translation>
    </message>
    <message>
      <source>W3C Web Annotation, JSON-LD</source>
      <translation>W3C Web Annotation, JSON-LD</translation>
    </message>
    <message>
      <source>brat standoff, zipped</source>
      <translation>brat standoff, compactado</translation>
    </message>
    <message>
      <source>doccano counts UTF-16 units (an emoji is two): keep this for doccano.</source>
      <translation>O doccano conta unidades UTF-16 (um emoji vale duas): mantenha isto para o doccano.</translation>
    </message>
    <message>
      <source>doccano sequence labelling, JSONL</source>
      <translation>doccano, rotulagem de sequências, JSONL</translation>
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
        <numerusform>%n já presente</numerusform>
        <numerusform>%n já presentes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations imported</source>
      <translation>
        <numerusform>%n anotação importada</numerusform>
        <numerusform>%n anotações importadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n matéria</numerusform>
        <numerusform>%n matérias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims</source>
      <translation>
        <numerusform>%n afirmação</numerusform>
        <numerusform>%n afirmações</numerusform>
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
        <numerusform>%n órfã</numerusform>
        <numerusform>%n órfãs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n re-anchored</source>
      <translation>
        <numerusform>%n reancorada</numerusform>
        <numerusform>%n reancoradas</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Todos os arquivos</translation>
    </message>
    <message>
      <source>Annotation files</source>
      <translation>Arquivos de anotações</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Exportação cancelada; nada foi gravado.</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>Exportar conjunto de dados</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Falha na exportação</translation>
    </message>
    <message>
      <source>Exporting</source>
      <translation>Exportando</translation>
    </message>
    <message>
      <source>Import annotations</source>
      <translation>Importar anotações</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was added.</source>
      <translation>Importação cancelada; nada foi adicionado.</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Falha na importação</translation>
    </message>
    <message>
      <source>Importing annotations</source>
      <translation>Importando anotações</translation>
    </message>
    <message>
      <source>New tags: {names}.</source>
      <translation>Novos rótulos: {names}.</translation>
    </message>
    <message>
      <source>New verdicts: {names}.</source>
      <translation>Novos vereditos: {names}.</translation>
    </message>
    <message>
      <source>Orphan: {where}: {reason}</source>
      <translation>Órfã: {where}: {reason}</translation>
    </message>
    <message>
      <source>orphan — {where}: {reason}</source>
      <translation>órfã — {where}: {reason}</translation>
    </message>
    <message>
      <source>re-anchored — {annotation}: {old} → {new}</source>
      <translation>reancorada — {annotation}: {old} → {new}</translation>
    </message>
    <message>
      <source>tag “{name}”</source>
      <translation>rótulo “{name}”</translation>
    </message>
    <message>
      <source>verdict “{name}”</source>
      <translation>veredito “{name}”</translation>
    </message>
    <message>
      <source>{articles}, {links} and {claims} added.</source>
      <translation>{articles}, {links} e {claims} adicionados.</translation>
    </message>
    <message>
      <source>{file} uses what the project's scheme lacks: {missing}.

Add to the scheme and import?</source>
      <translation>{file} usa o que falta no esquema do projeto: {missing}.

Adicionar ao esquema e importar?</translation>
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
        <numerusform>… e mais %n (Mostrar detalhes).</numerusform>
        <numerusform>… e mais %n (Mostrar detalhes).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>factcheck_flows</name>
    <message numerus="yes">
      <source>%n already there</source>
      <translation>
        <numerusform>%n já existente</numerusform>
        <numerusform>%n já existentes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fact-checks added</source>
      <translation>
        <numerusform>%n checagem adicionada</numerusform>
        <numerusform>%n checagens adicionadas</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Todos os arquivos</translation>
    </message>
    <message>
      <source>Checked before?</source>
      <translation>Já checada?</translation>
    </message>
    <message>
      <source>Fact-check archives</source>
      <translation>Acervos de checagens</translation>
    </message>
    <message>
      <source>Fact-checks</source>
      <translation>Checagens</translation>
    </message>
    <message>
      <source>Import fact-checks</source>
      <translation>Importar checagens</translation>
    </message>
    <message>
      <source>Importing fact-checks</source>
      <translation>Importando checagens</translation>
    </message>
    <message>
      <source>Put the caret in an annotation, or select a claim, to look for earlier checks</source>
      <translation>Ponha o cursor numa anotação, ou selecione uma afirmação, para procurar checagens anteriores</translation>
    </message>
    <message>
      <source>Shared archive left out: {reason}</source>
      <translation>Acervo compartilhado ignorado: {reason}</translation>
    </message>
    <message>
      <source>Shared fact-check archive</source>
      <translation>Acervo compartilhado de checagens</translation>
    </message>
    <message>
      <source>Shared fact-check archive: {file}</source>
      <translation>Acervo compartilhado de checagens: {file}</translation>
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
        <numerusform>Alterado nos dois lados (%n); a versão mais recente foi mantida:</numerusform>
        <numerusform>Alterados nos dois lados (%n); a versão mais recente foi mantida:</numerusform>
      </translation>
    </message>
    <message>
      <source>Changes to your work ({colleague} is the most recent annotator in that file; who made each edit is not recorded):</source>
      <translation>Alterações no seu trabalho ({colleague} é o anotador mais recente nesse arquivo; o autor de cada edição não é registrado):</translation>
    </message>
    <message>
      <source>Merge a colleague's project</source>
      <translation>Mesclar projeto de um colega</translation>
    </message>
    <message>
      <source>Merge failed</source>
      <translation>Falha na mesclagem</translation>
    </message>
    <message>
      <source>Merge {other} into {project}?

Merging cannot be undone, and it clears the undo history. A copy of the project as it is now is saved first as {backup}.</source>
      <translation>Mesclar {other} em {project}?

A mesclagem não pode ser desfeita e apaga o histórico de desfazer. Antes, uma cópia do projeto como está agora é salva como {backup}.</translation>
    </message>
    <message>
      <source>Merged {file}.</source>
      <translation>{file} mesclado.</translation>
    </message>
    <message>
      <source>Merging</source>
      <translation>Mesclando</translation>
    </message>
    <message>
      <source>Nothing new: the project already holds everything in that file.</source>
      <translation>Nada de novo: o projeto já contém tudo o que há nesse arquivo.</translation>
    </message>
    <message>
      <source>Review → Start review… lists these; rejecting one restores your version.</source>
      <translation>Revisão → Iniciar revisão… lista essas alterações; rejeitar uma restaura a sua versão.</translation>
    </message>
    <message>
      <source>That is the open project itself; choose another file.</source>
      <translation>Esse é o próprio projeto aberto; escolha outro arquivo.</translation>
    </message>
    <message>
      <source>The project before the merge is saved as {file}.</source>
      <translation>O projeto de antes da mesclagem foi salvo como {file}.</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more</source>
      <translation>
        <numerusform>… e mais %n</numerusform>
        <numerusform>… e mais %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>merged_change</name>
    <message>
      <source>(changed here too; theirs is newer)</source>
      <translation>(alterado aqui também; a versão do colega é mais recente)</translation>
    </message>
    <message>
      <source>an unknown one</source>
      <translation>um desconhecido</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>a confiança</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>as evidências</translation>
    </message>
    <message>
      <source>explanation</source>
      <translation>a explicação</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <source>note</source>
      <translation>a nota</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nada</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>o rótulo</translation>
    </message>
    <message>
      <source>the annotation {text}</source>
      <translation>a anotação {text}</translation>
    </message>
    <message>
      <source>the annotator {text}</source>
      <translation>o anotador {text}</translation>
    </message>
    <message>
      <source>the article {text}</source>
      <translation>a matéria {text}</translation>
    </message>
    <message>
      <source>the claim appearance of {text}</source>
      <translation>a ocorrência da afirmação {text}</translation>
    </message>
    <message>
      <source>the claim {text}</source>
      <translation>a afirmação {text}</translation>
    </message>
    <message>
      <source>the link from {text}</source>
      <translation>o vínculo a partir de {text}</translation>
    </message>
    <message>
      <source>the review of {text}</source>
      <translation>a revisão de {text}</translation>
    </message>
    <message>
      <source>the tag {text}</source>
      <translation>o rótulo {text}</translation>
    </message>
    <message>
      <source>the verdict {text}</source>
      <translation>o veredito {text}</translation>
    </message>
    <message>
      <source>unknown tag</source>
      <translation>rótulo desconhecido</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>o veredito</translation>
    </message>
    <message>
      <source>wording</source>
      <translation>o texto</translation>
    </message>
    <message>
      <source>your annotation {text}</source>
      <translation>sua anotação {text}</translation>
    </message>
    <message>
      <source>your claim {text}</source>
      <translation>sua afirmação {text}</translation>
    </message>
    <message>
      <source>{tag}, in {article}</source>
      <translation>{tag}, em {article}</translation>
    </message>
    <message>
      <source>{who} brought back {what}</source>
      <translation>{who} restaurou {what}</translation>
    </message>
    <message>
      <source>{who} changed the {field} of {what} from {old} to {new}</source>
      <translation>{who} alterou {field} de {what}: de {old} para {new}</translation>
    </message>
    <message>
      <source>{who} deleted {what}</source>
      <translation>{who} excluiu {what}</translation>
    </message>
    <message>
      <source>{who}'s newer version of {what} was kept</source>
      <translation>A versão mais recente de {what}, feita por {who}, foi mantida</translation>
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
      <translation>Excluir anotação</translation>
    </message>
    <message>
      <source>Link to another annotation…</source>
      <translation>Vincular a outra anotação…</translation>
    </message>
    <message>
      <source>Open in inspector</source>
      <translation>Abrir no inspetor</translation>
    </message>
    <message>
      <source>Tag as {tag}</source>
      <translation>Rotular como {tag}</translation>
    </message>
  </context>
  <context>
    <name>plain_text</name>
    <message>
      <source>not enough memory</source>
      <translation>memória insuficiente</translation>
    </message>
  </context>
  <context>
    <name>project_flows</name>
    <message numerus="yes">
      <source>%n files need attention:</source>
      <translation>
        <numerusform>%n arquivo precisa de atenção:</numerusform>
        <numerusform>%n arquivos precisam de atenção:</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>Todos os arquivos</translation>
    </message>
    <message>
      <source>Articles and sources</source>
      <translation>Matérias e fontes</translation>
    </message>
    <message>
      <source>Claimdesk projects</source>
      <translation>Projetos do Claimdesk</translation>
    </message>
    <message numerus="yes">
      <source>Import %n articles</source>
      <translation>
        <numerusform>Importar %n matéria</numerusform>
        <numerusform>Importar %n matérias</numerusform>
      </translation>
    </message>
    <message>
      <source>Import articles</source>
      <translation>Importar matérias</translation>
    </message>
    <message numerus="yes">
      <source>Import cancelled; %n articles imported before</source>
      <translation>
        <numerusform>Importação cancelada; %n matéria importada antes disso</numerusform>
        <numerusform>Importação cancelada; %n matérias importadas antes disso</numerusform>
      </translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Falha na importação</translation>
    </message>
    <message>
      <source>Import the scanned PDFs by reading their pages with Tesseract (OCR)</source>
      <translation>Importar os PDFs digitalizados lendo suas páginas com o Tesseract (OCR)</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles</source>
      <translation>
        <numerusform>%n matéria importada</numerusform>
        <numerusform>%n matérias importadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles before you cancelled.</source>
      <translation>
        <numerusform>%n matéria importada antes do cancelamento.</numerusform>
        <numerusform>%n matérias importadas antes do cancelamento.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles.</source>
      <translation>
        <numerusform>%n matéria importada.</numerusform>
        <numerusform>%n matérias importadas.</numerusform>
      </translation>
    </message>
    <message>
      <source>Importing articles</source>
      <translation>Importando matérias</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Novo projeto</translation>
    </message>
    <message>
      <source>No recent projects</source>
      <translation>Nenhum projeto recente</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Abrir projeto</translation>
    </message>
    <message>
      <source>Paste article</source>
      <translation>Colar matéria</translation>
    </message>
    <message>
      <source>Paste as new article</source>
      <translation>Colar como nova matéria</translation>
    </message>
    <message>
      <source>Read with OCR</source>
      <translation>Ler com OCR</translation>
    </message>
    <message>
      <source>Reading web archives</source>
      <translation>Lendo arquivos da web</translation>
    </message>
    <message>
      <source>Reading with OCR</source>
      <translation>Lendo com OCR</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Salvar uma cópia</translation>
    </message>
    <message>
      <source>Saved a copy as {path}</source>
      <translation>Cópia salva como {path}</translation>
    </message>
    <message>
      <source>Saving a copy</source>
      <translation>Salvando uma cópia</translation>
    </message>
    <message>
      <source>The clipboard holds no text to make an article from.</source>
      <translation>A área de transferência não tem texto para criar uma matéria.</translation>
    </message>
    <message>
      <source>Title (leave empty to use the first line):</source>
      <translation>Título (deixe vazio para usar a primeira linha):</translation>
    </message>
    <message>
      <source>{path} already exists; open it instead.</source>
      <translation>{path} já existe; abra-o em vez disso.</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more (Show Details… lists them all).</source>
      <translation>
        <numerusform>…e mais %n (Mostrar detalhes… lista todos).</numerusform>
        <numerusform>…e mais %n (Mostrar detalhes… lista todos).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>purge_flow</name>
    <message numerus="yes">
      <source>%n removed evidence files ({size}) will be deleted for good.</source>
      <translation>
        <numerusform>%n arquivo de evidência removido ({size}) será apagado definitivamente.</numerusform>
        <numerusform>%n arquivos de evidência removidos ({size}) serão apagados definitivamente.</numerusform>
      </translation>
    </message>
    <message>
      <source>No removed evidence files to purge.</source>
      <translation>Não há arquivos de evidência removidos para limpar.</translation>
    </message>
    <message>
      <source>Purge removed evidence files</source>
      <translation>Limpar arquivos de evidência removidos</translation>
    </message>
    <message numerus="yes">
      <source>Purged %n removed evidence files ({size}).</source>
      <translation>
        <numerusform>%n arquivo de evidência removido foi limpo ({size}).</numerusform>
        <numerusform>%n arquivos de evidência removidos foram limpos ({size}).</numerusform>
      </translation>
    </message>
    <message>
      <source>The undo history is cleared: what was done so far cannot be undone.</source>
      <translation>O histórico de desfazer é limpo: o que foi feito até agora não poderá ser desfeito.</translation>
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
      <translation>Publicar relatório</translation>
    </message>
    <message>
      <source>Publish report failed</source>
      <translation>Falha ao publicar o relatório</translation>
    </message>
    <message>
      <source>Publishing cancelled; nothing was written.</source>
      <translation>Publicação cancelada; nada foi gravado.</translation>
    </message>
    <message>
      <source>Publishing report</source>
      <translation>Publicando relatório</translation>
    </message>
    <message>
      <source>The reviews have no web address (Google requires one): fill in “Review URL base” in File → Publish report… and publish again.</source>
      <translation>As checagens não têm endereço web (o Google exige um): preencha “Base da URL das checagens” em Arquivo → Publicar relatório… e publique de novo.</translation>
    </message>
  </context>
  <context>
    <name>review_changes</name>
    <message>
      <source>annotation</source>
      <translation>anotação</translation>
    </message>
    <message>
      <source>claim</source>
      <translation>afirmação</translation>
    </message>
    <message>
      <source>your annotation</source>
      <translation>sua anotação</translation>
    </message>
    <message>
      <source>your claim</source>
      <translation>sua afirmação</translation>
    </message>
  </context>
  <context>
    <name>review_layers</name>
    <message>
      <source>Only {who} marked this</source>
      <translation>Só {who} marcou isto</translation>
    </message>
    <message>
      <source>Tag differs: {who} tagged it {tags}</source>
      <translation>Rótulo diferente: {who} rotulou como {tags}</translation>
    </message>
  </context>
  <context>
    <name>review_rows</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(rótulo desconhecido)</translation>
    </message>
    <message>
      <source>Below them: what merges changed of your work (A keeps it, R restores yours).</source>
      <translation>Abaixo delas: o que as mesclagens mudaram no seu trabalho (A mantém, R restaura a sua versão).</translation>
    </message>
    <message>
      <source>Dashed magenta: only one of you marked it, or your tags differ.</source>
      <translation>Magenta tracejado: só um de vocês marcou, ou os rótulos divergem.</translation>
    </message>
    <message>
      <source>Left pane: yours · right pane: {colleague}'s.</source>
      <translation>Quadro esquerdo: as suas · quadro direito: as de {colleague}.</translation>
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations as {me}.</source>
      <translation>Revisando as anotações de {colleague} como {me}.</translation>
    </message>
    <message>
      <source>Yours are filled, theirs underlined.</source>
      <translation>As suas estão preenchidas, as do colega sublinhadas.</translation>
    </message>
  </context>
  <context>
    <name>scheme_commands</name>
    <message>
      <source>Add tag {name}</source>
      <translation>Adicionar rótulo {name}</translation>
    </message>
    <message>
      <source>Add verdict {name}</source>
      <translation>Adicionar veredito {name}</translation>
    </message>
    <message>
      <source>Edit article details</source>
      <translation>Editar detalhes da matéria</translation>
    </message>
    <message>
      <source>Edit tag {name}</source>
      <translation>Editar rótulo {name}</translation>
    </message>
    <message>
      <source>Edit verdict {name}</source>
      <translation>Editar veredito {name}</translation>
    </message>
    <message>
      <source>Remove tag {name}</source>
      <translation>Remover rótulo {name}</translation>
    </message>
    <message>
      <source>Remove verdict {name}</source>
      <translation>Remover veredito {name}</translation>
    </message>
    <message>
      <source>Reorder tags</source>
      <translation>Reordenar rótulos</translation>
    </message>
    <message>
      <source>Reorder verdicts</source>
      <translation>Reordenar vereditos</translation>
    </message>
  </context>
  <context>
    <name>spans</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(rótulo desconhecido)</translation>
    </message>
    <message>
      <source>{percent}% confident</source>
      <translation>{percent}% de confiança</translation>
    </message>
  </context>
  <context>
    <name>timeline_panel</name>
    <message>
      <source>Story timeline</source>
      <translation>Linha do tempo</translation>
    </message>
  </context>
</TS>
