"""Article details: the language an article is read in, shown as detected and settable, saved
with the other details as one step that can be undone."""

from __future__ import annotations

from claimdesk.desktop.widgets.article_details import ArticleDetailsDialog

SPANISH = "El Gobierno dijo que 1.200 presos fueron liberados el lunes, según la ONG."


def dialog_for(qtbot, window, article_id: str) -> ArticleDetailsDialog:
    dialog = ArticleDetailsDialog(window.session, article_id, window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_language_told_from_the_words_is_shown_and_each_is_named_in_its_own(qtbot, window):
    article = window.session.store.add_article(SPANISH)
    dialog = dialog_for(qtbot, window, article.id)
    choices = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert choices == [
        "Detected (Spanish)",
        "English",
        "Español",
        "Português",
        "Français",
        "العربية",
    ]
    assert dialog.language.currentText() == "Detected (Spanish)"
    assert dialog.language.accessibleName() == "Language"


def test_setting_the_language_and_a_title_is_one_step_undone_together(qtbot, window):
    store = window.session.store
    article = store.add_article(SPANISH)
    dialog = dialog_for(qtbot, window, article.id)
    dialog.language.setCurrentText("Português")
    dialog.editors["title"].setText("Presos liberados")
    dialog.accept()
    changed = store.article(article.id)
    assert (changed.language, changed.title) == ("pt", "Presos liberados")
    reopened = dialog_for(qtbot, window, article.id)
    assert reopened.language.currentText() == "Português"
    window.session.undo_stack.undo()
    restored = store.article(article.id)
    assert (restored.language, restored.title) == ("es", article.title)


def test_choosing_detected_again_goes_back_to_the_language_of_the_words(qtbot, window):
    store = window.session.store
    article = store.add_article(SPANISH, language="fr")
    dialog = dialog_for(qtbot, window, article.id)
    assert dialog.language.currentText() == "Français"
    dialog.language.setCurrentIndex(0)
    dialog.accept()
    assert store.article(article.id).language == "es"
