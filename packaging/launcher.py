"""Entry point of the bundled app (PyInstaller): the same ``main()`` as the ``uawriter``
command of a wheel. With no arguments it opens the window; with a command it runs the CLI."""

import sys

from uawriter.app import main

if __name__ == "__main__":
    sys.exit(main())
