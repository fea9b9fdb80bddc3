import sys

from claimdesk.desktop.cli import main

sys.exit(main())
