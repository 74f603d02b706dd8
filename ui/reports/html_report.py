"""The audit report as one self-contained HTML file: inline CSS and SVG, no scripts, no fetches. The same page
prints as the PDF: its CSS carries the paged layout (A4, running header, page numbers, repeated table heads)."""

from __future__ import annotations

from ui.reports import html_sections
from ui.reports.audit_report import AuditReport
from ui.reports.html_parts import breakable, chips, clean, more, period
from ui.reports.svg_charts import colour, hbars, stacked_columns
from ui.reports.wording import kind_label as kind_phrase
from ui.reports.wording import text
from vault import wording
from vault.brands import BrandExposure

# A saved report opened in a browser may load nothing from anywhere.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;
line-height:1.35}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc;break-after:avoid}
h3{font-size:1rem;break-after:avoid}h2+p.note{break-after:avoid}
table{border-collapse:collapse;width:100%;font-size:.82rem;table-layout:fixed}
th,td{box-sizing:border-box;text-align:left;padding:.25rem .45rem;border-bottom:1px solid #e4e4e4;vertical-align:top;
overflow-wrap:break-word}
th{background:#f0f0f0;hyphens:auto}thead{display:table-header-group}tr{break-inside:avoid}
td.path{overflow-wrap:anywhere;font-size:.95em}td .note{font-size:.95em}
.note{color:#555;font-size:.9rem}.chip{display:inline-block;white-space:nowrap;padding:0 .35rem;
margin:0 .2rem .2rem 0;border-radius:.3rem;color:#fff;font-size:.75rem}.chip.wrap{white-space:normal}
.num{text-align:right}td.num{white-space:nowrap}.legend span{display:inline-block;margin-right:1rem;font-size:.8rem}
.sw{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.1rem}
svg{max-width:100%;height:auto}footer{margin-top:3rem;color:#777;font-size:.8rem}
@page{size:A4;margin:22mm 16mm 20mm 16mm;
@top-left{content:string(title);font-size:8pt;color:#666;font-family:'DejaVu Sans'}
@bottom-right{font-size:8pt;color:#666;font-family:'DejaVu Sans'}}
@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}h1{string-set:title content()}
h2{break-before:auto}.appendix{break-before:page}}
"""


def _brand_table(brands: list[BrandExposure], lang: str, limit: int | None = None) -> str:
    t = text(lang)
    if not brands:
        return f"<p>{t['none']}</p>"
    brands, hidden = (brands[:limit], brands[limit:]) if limit else (brands, [])
    widths = (20, 16, 11, 26, 13, 14)
    head = "".join(
        f"<th style='width:{w}%'{' class=num' if k == 'count' else ''}>{t[k]}</th>"
        for k, w in zip(("brand", "domain", "count", "kinds", "platforms", "period"), widths, strict=True)
    )
    rows = "".join(
        f"<tr><td>{breakable(b.name)}</td><td class='path'>{breakable(b.domain or '')}</td>"
        f"<td class='num'>{wording.number(b.total, lang)}</td><td>{chips(b.touchpoints, lang)}</td>"
        f"<td>{clean(', '.join(wording.platform_label(p, lang) for p in b.platforms))}</td>"
        f"<td>{period(b.first_seen, b.last_seen, lang)}</td></tr>"
        for b in brands
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>{more(hidden, lang)}"


def _legend(kinds: list[str], lang: str) -> str:
    items = "".join(
        f'<span><i class="sw" style="background:{colour(k)}"></i>{clean(wording.kind_label(k, lang))}</span>'
        for k in kinds
    )
    return f"<p class='legend'>{items}</p>"


def _coverage(report: AuditReport, lang: str) -> str:
    t = text(lang)
    heads = ("export", "layout", "items", "understood", "skipped", "unknown", "issues")
    widths = (26, 14, 12, 12, 12, 12, 12)
    head = "".join(
        f"<th style='width:{w}%'{'' if i < 2 else ' class=num'}>{t[k]}</th>"
        for i, (k, w) in enumerate(zip(heads, widths, strict=True))
    )
    n = lambda v: wording.number(v, lang)  # noqa: E731
    rows = "".join(
        f"<tr><td>{clean(wording.platform_label(c.platform, lang))} ({t['no']} {e.id})</td>"
        f"<td>{clean(c.layout if c.layout != c.platform else '')}</td>"
        f"<td class='num'>{n(c.items)}</td><td class='num'>{n(c.files_understood)}</td>"
        f"<td class='num'>{n(c.files_skipped)}</td><td class='num'>{n(c.files_unknown)}</td>"
        f"<td class='num'>{n(c.issues)}</td></tr>"
        for c, e in zip(report.exposure.coverage, report.exports, strict=False)
    )
    intro = f"<p class='note'>{t['coverage_intro']}</p>"
    return f"{intro}<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def render(audit: AuditReport, lang: str | None = None, limit: int | None = None) -> str:
    """The report page in `lang` (default: the language the report was collected in). `limit` shortens the
    brand lists and the evidence appendix to the brands with most touchpoints, for a PDF of a large export; the
    HTML and the JSON keep everything."""
    lang = lang or audit.lang
    t = text(lang)
    report = audit.exposure
    num = lambda v: wording.number(v, lang)  # noqa: E731
    total = sum(report.by_kind.values())
    kinds_chart = hbars([(kind_phrase(k, lang), n, colour(k)) for k, n in report.by_kind.items()], fmt=num)
    platform_chart = hbars(
        [(wording.platform_label(p, lang), n, "#34495e") for p, n in report.by_platform.items()], fmt=num
    )
    months = sorted({m for m, _, _ in report.timeline})
    series: dict[str, dict[str, int]] = {}
    for m, k, n in report.timeline:
        series.setdefault(k, {})[m] = n
    timeline = stacked_columns(months, series, month_label=lambda m: wording.month(m, lang), fmt=num)
    brand_chart = hbars([(b.name, b.total, "#2c3e50") for b in report.brands[:20]], fmt=num)
    if report.redacted:
        interests = f"<p>{t['interests_redacted'].format(n=num(report.interest_count))}</p>"
    elif report.interests:
        interests = (
            "<table><tbody>"
            + "".join(
                f"<tr><td>{clean(k)}</td><td class='num' style='width:15%'>{num(n)}</td></tr>"
                for k, n in report.interests.items()
            )
            + "</tbody></table>"
        )
    else:
        interests = f"<p>{t['none']}</p>"
    summary = t["summary"].format(
        brands=num(len(report.brands)), touchpoints=num(total), exports=num(len(audit.exports))
    )
    generated = wording.when(report.generated, lang)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>{t['title']}</title><style>{CSS}"
        f"@page{{@bottom-right{{content:'{t['page']} ' counter(page) ' {t['of']} ' counter(pages)}}}}"
        "</style></head><body>"
        f"<h1>{t['title']}</h1><p class='note'>{t['generated']}: {clean(generated)}</p>"
        + (f"<p class='note'><strong>{t['redacted_note']}</strong></p>" if report.redacted else "")
        + f"<p>{summary}</p>"
        f"<h2>{t['by_kind']}</h2>{kinds_chart}"
        f"<h2>{t['by_platform']}</h2>{platform_chart}"
        f"<h2>{t['timeline']}</h2>{timeline}{_legend(list(series), lang)}"
        f"<h2>{t['top_brands']}</h2>{brand_chart}{_brand_table(report.brands, lang, limit)}"
        f"<h2>{t['customer_lists']}</h2><p class='note'>{t['customer_lists_intro']}</p>"
        f"{_brand_table(report.customer_lists, lang, limit)}"
        f"<h2>{t['trackers']}</h2><p class='note'>{t['trackers_intro']}</p>"
        f"{_brand_table(report.trackers, lang, limit)}"
        f"<h2>{t['interests']}</h2>{interests}"
        f"{html_sections.gaps(audit, lang)}"
        f"{html_sections.comparisons(audit, lang)}"
        f"<h2>{t['coverage']}</h2>{_coverage(audit, lang)}"
        f"{html_sections.appendix(audit, lang, limit)}"
        f"<footer>{t['footer']}</footer></body></html>"
    )
