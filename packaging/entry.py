"""The bundle's one executable: no command opens the app, a command runs the CLI."""

import multiprocessing
import sys

from claimdesk.desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a PDF is read in a child process of this executable
    sys.exit(main())
