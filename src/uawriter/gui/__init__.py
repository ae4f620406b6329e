"""The desktop window (PySide6). Only this package and ``uawriter.app`` import Qt."""
