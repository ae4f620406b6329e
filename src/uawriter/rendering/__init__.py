"""Rendering: letters to PDF pages (reportlab). Knows nothing of packs or templates."""

from uawriter.rendering.fonts import missing_characters
from uawriter.rendering.pdf import CoverSheet, OutgoingLetter, Paper, render_pdf

__all__ = ["CoverSheet", "OutgoingLetter", "Paper", "missing_characters", "render_pdf"]
