"""`claimdesk new --language`: a project whose default tags and verdicts are in the
newsroom's language."""

from __future__ import annotations

from pathlib import Path

from claimdesk.db import Store

from .test_project_commands import claimdesk


def test_a_new_spanish_project_has_spanish_tags(tmp_path: Path):
    project = tmp_path / "verificacion.claimdesk"
    made = claimdesk("new", project, "--language", "es")
    assert made.returncode == 0, made.stderr
    with Store.open(project, create=False) as store:
        assert [tag.name for tag in store.tags()][:2] == ["Afirmación verificable", "Estadística"]


def test_an_unknown_language_is_one_line_and_no_file(tmp_path: Path):
    project = tmp_path / "p.claimdesk"
    made = claimdesk("new", project, "--language", "xx")
    assert made.returncode == 1
    assert made.stderr == "claimdesk: no default scheme in “xx”; available: en, es, pt, fr, ar\n"
    assert not project.exists()
