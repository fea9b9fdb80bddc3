"""The annotation table's model keeps its own order: what clicking a header shows."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, QSortFilterProxyModel, Qt

from claimdesk.desktop.annotation_table import COLUMNS, AnnotationTableModel, Row, _FilterProxy

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
TAG = COLUMNS.index("Tag")


def row(annotation_id: str, start: int, tag: str, article: str = "a1") -> Row:
    return Row(
        annotation_id, "Title", f"quote {start}", tag, tag, "#ffd54f", "ana", "Ana",
        "", "", "", "2026-01-01 00:00", (article, start),
    )  # fmt: skip


def shown(model) -> list[str]:
    return [model.index(n, 0).data(Qt.ItemDataRole.UserRole + 1) for n in range(model.rowCount())]


def proxied(model: AnnotationTableModel) -> QSortFilterProxyModel:
    proxy = _FilterProxy()
    proxy.setSourceModel(model)
    return proxy


def test_rows_are_shown_in_text_order_whatever_order_they_arrive_in(qapp):
    model = AnnotationTableModel()
    model.set_rows([row("c", 30, "Claim"), row("a", 10, "Source"), row("b", 20, "Claim")])
    assert shown(proxied(model)) == ["a", "b", "c"]


def test_clicking_a_header_sorts_by_that_column_and_again_reverses_it(qapp):
    model = AnnotationTableModel()
    model.set_rows([row("c", 30, "Claim"), row("a", 10, "Source"), row("b", 20, "Claim")])
    proxy = proxied(model)
    proxy.sort(TAG, ASC)
    assert shown(proxy) == ["b", "c", "a"]  # ties keep text order
    proxy.sort(TAG, DESC)
    assert shown(proxy) == ["a", "c", "b"]
    assert model.row_of("a") == 0 and model.row_of("b") == 2


def test_a_new_annotation_appears_in_its_sorted_place_in_either_direction(qapp):
    model = AnnotationTableModel()
    model.set_rows([row("a", 10, "Claim"), row("c", 30, "Claim")])
    proxy = proxied(model)
    model.put_row(row("b", 20, "Claim"))
    assert shown(proxy) == ["a", "b", "c"]
    proxy.sort(0, DESC)
    model.put_row(row("d", 25, "Claim"))
    assert shown(proxy) == ["c", "d", "b", "a"]


def test_retagging_moves_the_row_and_deleting_removes_it(qapp):
    model = AnnotationTableModel()
    model.set_rows([row("a", 10, "Claim"), row("b", 20, "Claim"), row("c", 30, "Claim")])
    proxy = proxied(model)
    proxy.sort(TAG, ASC)
    model.put_row(row("a", 10, "Statistic"))
    assert shown(proxy) == ["b", "c", "a"]
    assert model.row_at(2).tag == "Statistic"
    model.remove_row("b")
    assert shown(proxy) == ["c", "a"] and model.row_of("b") is None


def test_the_current_row_follows_its_annotation_when_the_order_changes(qapp):
    model = AnnotationTableModel()
    model.set_rows([row("a", 10, "Source"), row("b", 20, "Claim")])
    proxy = proxied(model)
    held = QPersistentModelIndex(proxy.index(0, 1))  # what a view's current index is
    proxy.sort(TAG, ASC)
    assert held.row() == 1 and held.column() == 1
    assert held.data(Qt.ItemDataRole.UserRole + 1) == "a"


def test_filtering_by_tag_keeps_the_sorted_order(qapp):
    model = AnnotationTableModel()
    model.set_rows([row("c", 30, "Claim"), row("a", 10, "Source"), row("b", 20, "Claim")])
    proxy = proxied(model)
    proxy.sort(0, DESC)
    proxy.set_filter(tag_id="Claim")
    assert shown(proxy) == ["c", "b"]
    proxy.set_filter(tag_id="")
    assert shown(proxy) == ["c", "b", "a"]
