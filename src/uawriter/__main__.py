import sys

from uawriter.app import main

sys.exit(main())
