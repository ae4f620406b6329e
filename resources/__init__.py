"""UA Writer's bundled data: action packs, fonts and icons.

Installed as the package ``uawriter.resources`` (see pyproject.toml), so the app finds these
files through ``importlib.resources`` wherever it is installed: ``uawriter.bundled``.
"""
