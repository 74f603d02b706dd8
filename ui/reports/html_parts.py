"""Small pieces of the HTML report: untrusted text made safe, kind chips, a time span, a table."""

from __future__ import annotations

import re
from html import escape

from ui.reports.svg_charts import colour
from ui.reports.wording import text
from vault import wording
from vault.brands import BrandExposure

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def clean(value: object) -> str:
    """Export content is untrusted: control and bidi-override characters removed, then escaped."""
    return escape(_CONTROL.sub("", str(value)))


def breakable(value: object) -> str:
    """A path or domain, escaped, that may wrap after its separators rather than anywhere."""
    return re.sub(r"([/._-])", r"\1<wbr>", clean(value))


def chips(touchpoints: dict[str, int], lang: str) -> str:
    return " ".join(
        f'<span class="chip" style="background:{colour(k)}">{clean(wording.kind_label(k, lang))} '
        f"{wording.number(n, lang)}</span>"
        for k, n in touchpoints.items()
    )


def period(first: str | None, last: str | None, lang: str) -> str:
    a, b = wording.when(first, lang), wording.when(last, lang)
    return clean(a if a == b else f"{a} – {b}")


def table(heads: list[tuple[str, int, bool]], rows: list[list[str]], cls: dict[int, str] | None = None) -> str:
    """A table with a head that repeats on each printed page: heads are (title, width %, numeric); cells are
    already escaped HTML; `cls` gives a column a class ("path" lets long paths break anywhere)."""
    cls = cls or {}
    head = "".join(
        f"<th style='width:{w}%'{' class=num' if numeric else ''}>{title}</th>" for title, w, numeric in heads
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td class='{'num' if heads[i][2] else cls.get(i, '')}'>{cell}</td>"
            if heads[i][2] or i in cls
            else f"<td>{cell}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def more(hidden: list[BrandExposure], lang: str) -> str:
    """The note under a shortened list: how many brands and touchpoints it leaves out, and where they are."""
    if not hidden:
        return ""
    t = text(lang)
    n, total = wording.number(len(hidden), lang), wording.number(sum(b.total for b in hidden), lang)
    return f"<p class='note'>{t['more_brands'].format(n=n, touchpoints=total)}</p>"
