"""Small inline SVG charts for self-contained HTML reports (no scripts, no external assets)."""

from __future__ import annotations

from html import escape

# Colour per touchpoint kind: distinguishable, and readable in print.
KIND_COLOURS = {
    "customer_list": "#c0392b",
    "activity_shared": "#d35400",
    "ad_targeting": "#8e44ad",
    "ad_engagement": "#2980b9",
    "inference": "#16a085",
    "email": "#27ae60",
    "account": "#7f8c8d",
    "purchase": "#f39c12",
    "visit": "#2c3e50",
    "activity": "#34495e",
}


def colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, "#95a5a6")


def hbars(rows: list[tuple[str, int, str]], width: int = 640, bar_h: int = 18) -> str:
    """Horizontal bars: (label, value, colour)."""
    if not rows:
        return ""
    top = max(v for _, v, _ in rows) or 1
    label_w = 220
    h = len(rows) * (bar_h + 6) + 6
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" role="img">']
    for i, (label, value, fill) in enumerate(rows):
        y = 6 + i * (bar_h + 6)
        w = max(1, int((width - label_w - 70) * value / top))
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar_h - 5}" text-anchor="end" font-size="12">{escape(label[:34])}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="{fill}"/>'
            f'<text x="{label_w + w + 4}" y="{y + bar_h - 5}" font-size="12">{value:,}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def stacked_columns(months: list[str], series: dict[str, dict[str, int]], width: int = 720, height: int = 220) -> str:
    """Monthly stacked columns; `series` maps kind -> month -> count."""
    if not months:
        return ""
    totals = [sum(s.get(m, 0) for s in series.values()) for m in months]
    top = max(totals) or 1
    plot_h = height - 30
    col_w = max(2, (width - 40) // len(months))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for i, month in enumerate(months):
        x = 30 + i * col_w
        y = plot_h
        for kind, per_month in series.items():
            n = per_month.get(month, 0)
            if not n:
                continue
            h = max(1, int(plot_h * n / top))
            y -= h
            parts.append(
                f'<rect x="{x}" y="{y}" width="{max(1, col_w - 2)}" height="{h}" fill="{colour(kind)}">'
                f"<title>{escape(month)} {escape(kind)}: {n}</title></rect>"
            )
    step = max(1, len(months) // 8)
    for i in range(0, len(months), step):
        parts.append(f'<text x="{30 + i * col_w}" y="{height - 8}" font-size="10">{escape(months[i])}</text>')
    parts.append(f'<text x="0" y="12" font-size="10">{top:,}</text></svg>')
    return "".join(parts)


def bar_table(rows: list[tuple[str, int, str]], width: int = 280) -> str:
    """The same bars as `hbars`, as an HTML table: for renderers without SVG (Qt's PDF path)."""
    if not rows:
        return ""
    top = max(v for _, v, _ in rows) or 1
    out = ["<table cellspacing='2'>"]
    for label, value, fill in rows:
        w = max(1, int(width * value / top))
        out.append(
            f"<tr><td width='200'>{escape(label[:34])}</td>"
            f"<td><table cellspacing='0'><tr><td width='{w}' bgcolor='{fill}'>&nbsp;</td>"
            f"<td>&nbsp;{value:,}</td></tr></table></td></tr>"
        )
    out.append("</table>")
    return "".join(out)
