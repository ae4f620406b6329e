import sys

from uawriter.cli import main

sys.exit(main())
