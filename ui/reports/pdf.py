"""HTML -> PDF with WeasyPrint, an engine for paged HTML and CSS: A4, running header, "page 2 of 5", table
heads repeated on each page, inline SVG as vector graphics. Offline: no URL is ever fetched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vault.errors import MeCloudError
from vault.paths import atomic_write


def _weasyprint() -> Any:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango or HarfBuzz missing from the system
        raise MeCloudError(f"PDF output needs WeasyPrint and its system libraries (Pango, HarfBuzz): {exc}") from exc
    return weasyprint


def offline_fetcher() -> Any:
    """A URL fetcher that refuses every URL but inline data: and keeps what it refused in `.refused`."""
    from weasyprint.urls import URLFetcher

    class Offline(URLFetcher):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(allowed_protocols=("data",))
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            self.refused.append(url)
            raise ValueError(f"{url[:80]!r}: reports load nothing from anywhere")

    return Offline()


def html_to_pdf_bytes(html: str, title: str = "Me-Cloud", fetcher: Any = None) -> bytes:
    weasyprint = _weasyprint()
    document = weasyprint.HTML(string=html, url_fetcher=fetcher or offline_fetcher(), base_url=None).render()
    document.metadata.title = title
    document.metadata.generator = "Me-Cloud"
    return bytes(document.write_pdf())


def html_to_pdf(html: str, out: Path, title: str = "Me-Cloud") -> None:
    """Write `html` as an A4 PDF; its own CSS (@page) lays out the pages."""
    atomic_write(out, html_to_pdf_bytes(html, title), mode=0o644)
