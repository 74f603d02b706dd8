"""The desktop app (PySide6): a thin face over the same Qt-free functions the CLI calls."""
