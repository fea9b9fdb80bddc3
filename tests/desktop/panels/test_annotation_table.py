"""The annotation table's model sorts and filters its own rows: what clicking a header,
choosing a filter or tagging in the text shows in the list."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QPersistentModelIndex, Qt

from claimdesk.db.records.table_rows import TableRow
from claimdesk.desktop.panels.annotation_table import COLUMNS, ID_ROLE, AnnotationTableModel

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
TAG = COLUMNS.index("Tag")
NOTE = COLUMNS.index("Note")


class Names:
    """What the model looks names up in: tags named after their ids, one annotator."""

    def tag(self, tag_id: str):
        return SimpleNamespace(name=tag_id, color="#ffd54f")

    def verdict(self, verdict_id: str | None):
        return SimpleNamespace(name=verdict_id) if verdict_id else None

    def article_title(self, article_id: str) -> str:
        return f"Title of {article_id}"

    def annotator_name(self, annotator_id: str) -> str:
        return "Ana"


def row(annotation_id: str, start: int, tag: str, note: str = "", article: str = "a1") -> TableRow:
    return TableRow(
        article, start, annotation_id, f"quote {start}", tag, "ana", None, note, "2026-01-01T00:00"
    )


def model_of(*rows: TableRow) -> AnnotationTableModel:
    model = AnnotationTableModel(Names())
    model.set_rows(list(rows))
    return model


def shown(model: AnnotationTableModel) -> list[str]:
    return [model.index(n, 0).data(ID_ROLE) for n in range(model.rowCount())]


def test_rows_are_shown_in_text_order_whatever_order_they_arrive_in(qapp):
    model = model_of(row("c", 30, "Claim"), row("a", 10, "Source"), row("b", 20, "Claim"))
    assert shown(model) == ["a", "b", "c"]


def test_rows_follow_the_articles_in_pane_order_left_to_right(qapp):
    model = AnnotationTableModel(Names())
    rows = [
        row("x", 5, "Claim", article="a1"),
        row("b", 30, "Claim", article="a2"),
        row("a", 10, "Claim", article="a2"),
        row("y", 1, "Claim", article="a1"),
    ]
    model.set_rows(rows, ["a2", "a1"])
    assert shown(model) == ["a", "b", "y", "x"]
    assert model.index(0, 0).data() == "Title of a2"
    model.put_row(row("c", 20, "Claim", article="a2"))
    model.put_row(row("z", 3, "Claim", article="a1"))
    assert shown(model) == ["a", "c", "b", "y", "z", "x"]
    model.set_rows(rows, ["a1", "a2"])  # the panes swapped
    assert shown(model) == ["y", "x", "a", "b"]


def test_cells_show_names_and_the_creation_minute(qapp):
    model = model_of(row("a", 10, "Statistic", note="checked\nagainst the  register"))
    cells = [model.index(0, column).data() for column in range(len(COLUMNS))]
    assert cells == [
        "Title of a1", "quote 10", "Statistic", "Ana", "", "checked against the register",
        "2026-01-01 00:00",
    ]  # fmt: skip


def test_clicking_a_header_sorts_by_that_column_and_again_reverses_it(qapp):
    model = model_of(row("c", 30, "Claim"), row("a", 10, "Source"), row("b", 20, "Claim"))
    model.sort(TAG, ASC)
    assert shown(model) == ["b", "c", "a"]  # ties keep text order
    model.sort(TAG, DESC)
    assert shown(model) == ["a", "c", "b"]
    assert model.row_of("a") == 0 and model.row_of("b") == 2


def test_a_new_annotation_appears_in_its_sorted_place_in_either_direction(qapp):
    model = model_of(row("a", 10, "Claim"), row("c", 30, "Claim"))
    model.put_row(row("b", 20, "Claim"))
    assert shown(model) == ["a", "b", "c"]
    model.sort(0, DESC)
    model.put_row(row("d", 25, "Claim"))
    assert shown(model) == ["c", "d", "b", "a"]


def test_retagging_moves_the_row_and_deleting_removes_it(qapp):
    model = model_of(row("a", 10, "Claim"), row("b", 20, "Claim"), row("c", 30, "Claim"))
    model.sort(TAG, ASC)
    model.put_row(row("a", 10, "Statistic"))
    assert shown(model) == ["b", "c", "a"]
    assert model.row_at(2).tag_id == "Statistic"
    model.remove_row("b")
    assert shown(model) == ["c", "a"] and model.row_of("b") is None


def test_editing_a_note_updates_the_row_in_place_and_keeps_the_current_row(qapp):
    model = model_of(row("a", 10, "Claim"), row("b", 20, "Claim"))
    held = QPersistentModelIndex(model.index(1, NOTE))  # what a view's current index is
    changed = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    model.put_row(row("b", 20, "Claim", note="two sources disagree"))
    assert held.isValid() and held.row() == 1
    assert held.data() == "two sources disagree"
    assert changed == [(1, 1)]


def test_the_current_row_follows_its_annotation_when_the_order_changes(qapp):
    model = model_of(row("a", 10, "Source"), row("b", 20, "Claim"))
    held = QPersistentModelIndex(model.index(0, 1))
    model.sort(TAG, ASC)
    assert held.row() == 1 and held.column() == 1
    assert held.data(ID_ROLE) == "a"


def test_filtering_by_tag_keeps_the_sorted_order(qapp):
    model = model_of(row("c", 30, "Claim"), row("a", 10, "Source"), row("b", 20, "Claim"))
    model.sort(0, DESC)
    model.set_filter(tag_id="Claim")
    assert shown(model) == ["c", "b"]
    model.set_filter(tag_id="")
    assert shown(model) == ["c", "b", "a"]


def test_filtering_by_words_looks_in_quote_note_and_article_title(qapp):
    model = model_of(
        row("a", 10, "Claim", note="Foro Penal count"),
        row("b", 20, "Claim", article="a2"),
        row("c", 30, "Claim"),
    )
    model.set_filter(text="foro penal")
    assert shown(model) == ["a"]
    model.set_filter(text="title of a2")
    assert shown(model) == ["b"]
    model.set_filter(text="quote 30")
    assert shown(model) == ["c"]


def test_while_filtered_new_rows_are_listed_only_if_they_match(qapp):
    model = model_of(row("a", 10, "Claim"), row("b", 20, "Source"))
    model.set_filter(tag_id="Claim")
    model.put_row(row("c", 15, "Source"))
    model.put_row(row("d", 25, "Claim"))
    assert shown(model) == ["a", "d"]
    model.put_row(row("b", 20, "Claim"))  # retagged into the filter
    assert shown(model) == ["a", "b", "d"]
    model.put_row(row("a", 10, "Source"))  # and out of it
    assert shown(model) == ["b", "d"]
    model.set_filter(tag_id="")
    assert shown(model) == ["a", "c", "b", "d"]
    assert model.row_of("c") == 1
