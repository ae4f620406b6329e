"""UA Writer's interface translations: the .ts sources and the compiled .qm files Qt loads.

Installed as the package ``uawriter.translations`` (see pyproject.toml), so the app finds the
.qm files through ``importlib.resources`` wherever it is installed: ``uawriter.bundled``.
"""
