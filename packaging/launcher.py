"""Entry point of the bundled app (PyInstaller): the same ``main()`` as the ``uawriter``
command of a wheel. With no arguments it opens the window; with a command it runs the CLI.
``--bundle-self-check`` (alone) runs packaging/bundle_selfcheck.py instead: the checks of
the frozen Qt's ICU that `make bundle-smoke` runs."""

import sys

from uawriter.app import main

if __name__ == "__main__":
    if sys.argv[1:] == ["--bundle-self-check"]:
        from bundle_selfcheck import main as self_check

        sys.exit(self_check([]))
    sys.exit(main())
