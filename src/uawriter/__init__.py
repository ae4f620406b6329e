"""UA Writer: write Urgent Action appeal letters offline.

Layers, each importing only those before it:
``domain`` -> ``packs`` -> ``letters`` / ``rendering`` -> ``gui``.
Nothing outside ``gui`` (and the composition root ``app``) imports PySide6.
"""

__version__ = "0.1.0"
