"""Facebook and Instagram exports (JSON and HTML); the streaming HTML reader is shared with Snapchat."""

from importers.meta.html_stream import iter_elements

__all__ = ["iter_elements"]
