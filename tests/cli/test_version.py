"""`claimdesk --version` prints the installed version and the licence, alone or before a
command, and starts no window."""

from __future__ import annotations

from importlib import metadata

import pytest

from claimdesk.desktop import cli


def test_claimdesk_version_prints_the_version_and_licence(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"claimdesk {metadata.version('claimdesk')} (MIT licence)\n"


def test_version_before_a_command_prints_it_instead_of_running_the_command(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--version", "info", "missing.claimdesk"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.startswith("claimdesk ")
