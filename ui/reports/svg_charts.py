"""Small inline SVG charts for self-contained HTML reports (no scripts, no external assets)."""

from __future__ import annotations

from collections.abc import Callable
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


def wrap(label: str, width: int) -> list[str]:
    """A label in lines of at most `width` characters, broken at spaces; a longer word stays whole."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def hbars(rows: list[tuple[str, int, str]], width: int = 640, bar_h: int = 16, fmt: Callable[[int], str] = str) -> str:
    """Horizontal bars: (label, value, colour). Labels are never cut: a long one wraps onto more lines."""
    if not rows:
        return ""
    top = max(v for _, v, _ in rows) or 1
    label_w, chars, line_h = 250, 36, 13
    wrapped = [wrap(label, chars) for label, _, _ in rows]
    heights = [max(bar_h, len(lines) * line_h) + 6 for lines in wrapped]
    h = sum(heights) + 6
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" viewBox="0 0 {width} {h}" role="img" '
        f'font-family="DejaVu Sans, sans-serif">'
    ]
    y = 6
    for (_, value, fill), lines, row_h in zip(rows, wrapped, heights, strict=True):
        w = max(1, int((width - label_w - 80) * value / top))
        text_top = y + (row_h - 6 - len(lines) * line_h) / 2 + line_h - 3
        spans = "".join(
            f'<tspan x="{label_w - 8}" y="{text_top + i * line_h:.0f}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        bar_y = y + (row_h - 6 - bar_h) / 2
        parts.append(
            f'<text text-anchor="end" font-size="11">{spans}</text>'
            f'<rect x="{label_w}" y="{bar_y:.0f}" width="{w}" height="{bar_h}" fill="{fill}"/>'
            f'<text x="{label_w + w + 5}" y="{bar_y + bar_h - 4:.0f}" font-size="11">{escape(fmt(value))}</text>'
        )
        y += row_h
    parts.append("</svg>")
    return "".join(parts)


def stacked_columns(
    months: list[str],
    series: dict[str, dict[str, int]],
    width: int = 640,
    height: int = 220,
    month_label: Callable[[str], str] = str,
    fmt: Callable[[int], str] = str,
) -> str:
    """Monthly stacked columns; `series` maps kind -> month -> count."""
    if not months:
        return ""
    totals = [sum(s.get(m, 0) for s in series.values()) for m in months]
    top = max(totals) or 1
    left, plot_h = 56, height - 34
    col_w = max(2, (width - left - 10) // len(months))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" font-family="DejaVu Sans, sans-serif">',
        f'<line x1="{left - 4}" y1="8" x2="{left - 4}" y2="{plot_h}" stroke="#999"/>',
        f'<text x="{left - 8}" y="16" font-size="10" text-anchor="end">{escape(fmt(top))}</text>',
        f'<text x="{left - 8}" y="{plot_h}" font-size="10" text-anchor="end">0</text>',
    ]
    for i, month in enumerate(months):
        x = left + i * col_w
        y = plot_h
        for kind, per_month in series.items():
            n = per_month.get(month, 0)
            if not n:
                continue
            h = max(1, int((plot_h - 8) * n / top))
            y -= h
            parts.append(
                f'<rect x="{x}" y="{y}" width="{max(1, col_w - 2)}" height="{h}" fill="{colour(kind)}">'
                f"<title>{escape(month_label(month))} {escape(kind)}: {n}</title></rect>"
            )
    # As many month labels as fit without touching: ~60 px each.
    step = max(1, -(-len(months) * 62 // (width - left)))
    for i in range(0, len(months), step):
        parts.append(
            f'<text x="{left + i * col_w}" y="{height - 14}" font-size="10">{escape(month_label(months[i]))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
