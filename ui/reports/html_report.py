"""The exposure report as one self-contained HTML file: inline CSS and SVG, no scripts, no fetches."""

from __future__ import annotations

import re
from html import escape

from ui.reports.svg_charts import bar_table, colour, stacked_columns
from ui.reports.svg_charts import hbars as _hbars
from ui.reports.wording import kind_label, text
from vault.brands import BrandExposure, ExposureReport

# A saved report opened in a browser may load nothing from anywhere.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")

CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{text-align:left;padding:.25rem .4rem;
border-bottom:1px solid #eee;vertical-align:top}th{background:#f4f4f4}.note{color:#555;font-size:.9rem}
.chip{display:inline-block;padding:0 .35rem;margin:0 .15rem .15rem 0;border-radius:.3rem;color:#fff;font-size:.75rem}
.num{text-align:right}footer{margin-top:3rem;color:#777;font-size:.8rem}
"""


def clean(value: object) -> str:
    """Export content is untrusted: control and bidi-override characters removed, then escaped."""
    return escape(_CONTROL.sub("", str(value)))


def _chips(b: BrandExposure, lang: str) -> str:
    return "".join(
        f'<span class="chip" style="background:{colour(k)}" title="{clean(kind_label(k, lang))}">{clean(k)} {n}</span>'
        for k, n in b.touchpoints.items()
    )


def _brand_table(brands: list[BrandExposure], lang: str) -> str:
    t = text(lang)
    if not brands:
        return f"<p>{t['none']}</p>"
    head = "".join(
        f"<th>{t[k]}</th>" for k in ("brand", "domain", "total", "kinds", "platforms", "first_seen", "last_seen")
    )
    rows = "".join(
        f"<tr><td>{clean(b.name)}</td><td>{clean(b.domain or '')}</td><td class='num'>{b.total:,}</td>"
        f"<td>{_chips(b, lang)}</td><td>{clean(', '.join(b.platforms))}</td>"
        f"<td>{clean(b.first_seen or '')}</td><td>{clean(b.last_seen or '')}</td></tr>"
        for b in brands
    )
    return f"<table><tr>{head}</tr>{rows}</table>"


def _month_table(months: list[str], series: dict[str, dict[str, int]]) -> str:
    rows = [(m, sum(s.get(m, 0) for s in series.values()), "#34495e") for m in months]
    return bar_table(rows)


def render(report: ExposureReport, lang: str = "en", svg: bool = True) -> str:
    """The report page. `svg=False` draws charts as tables, for renderers without SVG (the PDF path)."""
    t = text(lang)
    total = sum(report.by_kind.values())
    hbars = _hbars if svg else bar_table
    kinds_chart = hbars([(kind_label(k, lang), n, colour(k)) for k, n in report.by_kind.items()])
    platform_chart = hbars([(p, n, "#34495e") for p, n in report.by_platform.items()])
    months = sorted({m for m, _, _ in report.timeline})
    series: dict[str, dict[str, int]] = {}
    for m, k, n in report.timeline:
        series.setdefault(k, {})[m] = n
    brand_chart = hbars([(b.name, b.total, "#2c3e50") for b in report.brands[:20]])
    if report.redacted:
        interests = f"<p>{t['interests_redacted'].format(n=report.interest_count)}</p>"
    elif report.interests:
        interests = (
            "<table>"
            + "".join(f"<tr><td>{clean(k)}</td><td class='num'>{n}</td></tr>" for k, n in report.interests.items())
            + "</table>"
        )
    else:
        interests = f"<p>{t['none']}</p>"
    cov_rows = "".join(
        f"<tr><td>{clean(c.platform)} ({clean(c.layout)})</td><td>{clean(c.source)}</td>"
        f"<td class='num'>{c.items:,}</td><td class='num'>{c.files_understood}</td>"
        f"<td class='num'>{c.files_skipped}</td><td class='num'>{c.files_unknown}</td>"
        f"<td class='num'>{c.issues}</td></tr>"
        for c in report.coverage
    )
    coverage = (
        f"<p class='note'>{t['coverage_intro']}</p><table><tr><th>{t['export']}</th><th></th><th>{t['items']}</th>"
        f"<th>{t['understood']}</th><th>{t['skipped']}</th><th>{t['unknown']}</th><th>{t['issues']}</th></tr>"
        f"{cov_rows}</table>"
    )
    summary = t["summary"].format(
        brands=f"{len(report.brands):,}", touchpoints=f"{total:,}", exports=len(report.coverage)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>{t['title']}</title><style>{CSS}</style></head><body>"
        f"<h1>{t['title']}</h1><p class='note'>{t['generated']}: {clean(report.generated)}</p>"
        + (f"<p class='note'><strong>{t['redacted_note']}</strong></p>" if report.redacted else "")
        + f"<p>{summary}</p>"
        f"<h2>{t['by_kind']}</h2>{kinds_chart}"
        f"<h2>{t['by_platform']}</h2>{platform_chart}"
        f"<h2>{t['timeline']}</h2>{stacked_columns(months, series) if svg else _month_table(months, series)}"
        f"<h2>{t['top_brands']}</h2>{brand_chart}{_brand_table(report.brands, lang)}"
        f"<h2>{t['customer_lists']}</h2><p class='note'>{t['customer_lists_intro']}</p>"
        f"{_brand_table(report.customer_lists, lang)}"
        f"<h2>{t['trackers']}</h2><p class='note'>{t['trackers_intro']}</p>{_brand_table(report.trackers, lang)}"
        f"<h2>{t['interests']}</h2>{interests}"
        f"<h2>{t['coverage']}</h2>{coverage}"
        f"<footer>{t['footer']}</footer></body></html>"
    )
