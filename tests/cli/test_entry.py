"""How `claimdesk` tells starting the app from running a command."""

from __future__ import annotations

import subprocess
import sys

from claimdesk.desktop import cli


def test_every_registered_subcommand_is_known_to_the_app_start_check():
    registered = cli.build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(registered) == cli.COMMANDS


def test_starting_the_app_loads_no_command_module_and_no_dataset_format():
    """The app path must not pay for exports, merge and agreement: they are for commands."""
    probe = (
        "import sys\n"
        "from claimdesk.desktop import cli\n"
        "cli._start_app = lambda argv: 0  # stop where the window would open\n"
        "assert cli.main(['some.claimdesk', '--annotator', 'Ana']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('claimdesk')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    loaded = result.stdout
    for heavy in (
        "_commands",
        "claimdesk.db.interchange.export",
        "claimdesk.db.interchange.formats",
        "claimdesk.db.merging.merge",
    ):
        assert heavy not in loaded, loaded
