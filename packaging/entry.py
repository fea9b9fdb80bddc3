"""The bundle's one executable: no command opens the app, a command runs the CLI."""

import sys

from claimdesk.desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
