"""Rendering: letters to PDF pages (reportlab). Knows nothing of packs or templates.

Importing this package is cheap: reportlab loads with :mod:`uawriter.rendering.pdf`, which
the window first needs for its first preview, in a worker thread, after it is on screen.
"""

from uawriter.rendering.document import CoverSheet, OutgoingLetter, Paper

__all__ = ["CoverSheet", "OutgoingLetter", "Paper"]
