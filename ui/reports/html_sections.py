"""The report's sections beyond the exposure: Art. 15 gaps, two exports side by side, the evidence appendix."""

from __future__ import annotations

from ui.reports.art15 import cite, point_label
from ui.reports.audit_report import AuditReport, Comparison
from ui.reports.html_parts import breakable, clean, more, period, table
from ui.reports.svg_charts import colour
from ui.reports.wording import group_label, text
from vault import wording


def gaps(audit: AuditReport, lang: str) -> str:
    t = text(lang)
    out = [f"<h2>{t['gaps']}</h2><p class='note'>{t['gaps_intro']}</p>"]
    if not audit.gaps:
        return "".join(out) + f"<p>{t['gaps_none']}</p>"
    for platform in dict.fromkeys(g.platform for g in audit.gaps):
        out.append(f"<h3>{clean(wording.platform_label(platform, lang))}</h3>")
        rows = []
        for g in (g for g in audit.gaps if g.platform == platform):
            asks = "<br>".join(
                f"<strong>{clean(ref)}</strong>: {clean(words)}" for ref, words in map(lambda p: point_label(p, lang),
                                                                                         g.points)
            )  # fmt: skip
            where = "<br>".join(breakable(f) for f in g.files) or clean(t["whole_export"])
            refs = clean(", ".join(cite(r, lang) for r in g.refs))
            rows.append([asks, f"{clean(g.text(lang))}<br><span class='note'>{refs}</span>", where])
        out.append(table([(t["asks"], 34, False), (t["finding"], 42, False), (t["found_in"], 24, False)], rows,
                         {2: "path"}))  # fmt: skip
    return "".join(out)


def _side(c: Comparison, audit: AuditReport, lang: str) -> str:
    t = text(lang)

    def title(export_id: int, key: str) -> str:
        info = audit.export(export_id)
        date = wording.when(info.export_date, lang) if info and info.export_date else ""
        return f"{t[key]} ({t['no']} {export_id}{', ' + clean(date) if date else ''})"

    kinds = sorted(set(c.before_counts) | set(c.after_counts))
    rows = [
        [clean(wording.kind_label(k, lang)), wording.number(c.before_counts.get(k, 0), lang),
         wording.number(c.after_counts.get(k, 0), lang)]
        for k in kinds
    ]  # fmt: skip
    counts = table([(t["kind"], 40, False), (title(c.before, "before"), 30, True), (title(c.after, "after"), 30, True)],
                   rows)  # fmt: skip

    def listing(entries: list[tuple[str, str]]) -> str:
        if not entries:
            return f"<p>{t['none']}</p>"
        merged: dict[str, dict[str, int]] = {}
        for brand, kind in entries:
            merged.setdefault(brand, {})[kind] = 1
        rows = [[breakable(b), " ".join(clean(wording.kind_label(k, lang)) + ";" for k in ks).rstrip(";")]
                for b, ks in merged.items()]  # fmt: skip
        return table([(t["brand"], 45, False), (t["kinds"], 55, False)], rows)

    missing = "".join(
        f"<p class='note'>{t['missing_group'].format(group=group_label(g, lang), n=wording.number(n, lang))}</p>"
        for g, n in c.not_in_newer_export.items()
    )
    return (
        f"<h3>{clean(wording.platform_label(c.platform, lang))}</h3>{counts}"
        f"<p>{t['unchanged_n'].format(n=wording.number(c.unchanged, lang))} "
        f"{t['segments_changed'].format(new=wording.number(c.new_segments, lang), gone=wording.number(c.gone_segments, lang))}</p>"  # noqa: E501
        f"{missing}<h3>{t['appeared']}</h3>{listing(c.appeared)}<h3>{t['vanished']}</h3>{listing(c.vanished)}"
    )


def comparisons(audit: AuditReport, lang: str) -> str:
    if not audit.comparisons:
        return ""
    t = text(lang)
    return f"<h2>{t['changes']}</h2><p class='note'>{t['changes_intro']}</p>" + "".join(
        _side(c, audit, lang) for c in audit.comparisons
    )


def appendix(audit: AuditReport, lang: str, limit: int | None = None) -> str:
    t = text(lang)
    basis = {"file name": t["date_from_name"], "newest record": t["date_from_records"]}
    export_rows = [
        [str(e.id), clean(wording.platform_label(e.platform, lang)), breakable(e.name),
         f"{clean(wording.when(e.export_date, lang))}<br><span class='note'>{basis.get(e.date_basis, '')}</span>"
         if e.export_date else ""]
        for e in audit.exports
    ]  # fmt: skip
    exports = table([(t["no"], 7, True), (t["platforms"], 17, False), (t["file_name"], 50, False),
                     (t["export_date"], 26, False)], export_rows, {2: "path"})  # fmt: skip
    exposure = audit.exposure
    lists = (exposure.brands, exposure.customer_lists, exposure.trackers)
    shown = {b.name for brands in lists for b in (brands[:limit] if limit else brands)}
    hidden = [b for b in exposure.brands if b.name not in shown]
    rows = [
        [
            breakable(g.brand),
            f"<span class='chip wrap' style='background:{colour(g.kind)}'>{clean(wording.kind_label(g.kind, lang))}"
            f"</span><br>{clean(wording.category_label(g.category, lang))}",
            str(g.export_id),
            breakable(g.file),
            f"{wording.number(g.count, lang)}<br><span class='note'>"
            f"{t['first_record'].format(n=wording.number(g.first_record, lang))}</span>",
            period(g.first, g.last, lang),
        ]
        for g in audit.evidence
        if g.brand in shown
    ]
    heads = [(t["brand"], 16, False), (f"{t['kind']} / {t['category']}", 20, False), (t["no"], 6, True),
             (t["file_in_export"], 28, False), (t["records"], 16, False), (t["period"], 14, False)]  # fmt: skip
    return (
        f"<section class='appendix'><h2>{t['appendix']}</h2><p class='note'>{t['appendix_intro']}</p>"
        f"<h3>{t['exports']}</h3>{exports}<h3>{t['top_brands']}</h3>{table(heads, rows, {3: 'path'})}"
        f"{more(hidden, lang)}</section>"
    )
