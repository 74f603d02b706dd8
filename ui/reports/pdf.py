"""HTML -> PDF with WeasyPrint, an engine for paged HTML and CSS: A4, running header, "page 2 of 5", table
heads repeated on each page, inline SVG as vector graphics. Offline: no URL is ever fetched."""

from __future__ import annotations

from pathlib import Path

from vault.errors import MeCloudError
from vault.paths import atomic_write


def _no_fetch(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    # The report is self-contained; anything that asks for a URL is refused, never fetched.
    raise MeCloudError(f"the report refers to {url[:80]!r}; reports load nothing from anywhere")


def html_to_pdf_bytes(html: str, title: str = "Me-Cloud") -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: Pango or HarfBuzz missing from the system
        raise MeCloudError(f"PDF output needs WeasyPrint and its system libraries (Pango, HarfBuzz): {exc}") from exc
    document = HTML(string=html, url_fetcher=_no_fetch, base_url=None).render()
    document.metadata.title = title
    document.metadata.generator = "Me-Cloud"
    pdf = document.write_pdf()
    assert pdf is not None
    return bytes(pdf)


def html_to_pdf(html: str, out: Path, title: str = "Me-Cloud") -> None:
    """Write `html` as an A4 PDF; its own CSS (@page) lays out the pages."""
    atomic_write(out, html_to_pdf_bytes(html, title), mode=0o644)
