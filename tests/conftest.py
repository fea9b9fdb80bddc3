"""Shared test set-up: Qt runs offscreen, and every test gets a fresh temporary project."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest

from claimdesk.db import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
STANDARDS = SHARED / "standards"


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "project.claimdesk"


@pytest.fixture
def store(project_path: Path):
    """A new, empty project with the default scheme and one annotator, Ana."""
    with Store.open(project_path) as opened:
        yield opened


@pytest.fixture
def ana(store: Store):
    return store.ensure_annotator("Ana")


@pytest.fixture
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.fail(f"the seed reports are missing from {SEEDS}")
    return paths
