"""The safe archive reader: one or more zips or a folder as one tree of streamed members."""

from importers.archive.reader import ExportTree, Limits, Member

__all__ = ["ExportTree", "Limits", "Member"]
