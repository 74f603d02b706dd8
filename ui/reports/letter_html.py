"""A letter as paged HTML laid out like DIN 5008 (form B): the sender block top right, the addressee in the window
of a DL envelope (20 mm from the left, 45 mm from the top), the date, the subject in bold, fold marks; any
earlier letter it attaches follows on a page of its own."""

from __future__ import annotations

from html import escape

from vault.counterparts import Letter

CSS = """
@page{size:A4;margin:27mm 20mm 20mm 25mm;@bottom-right{content:counter(page) " / " counter(pages);font-size:8pt;
color:#666}}
@page:first{margin-top:98mm}
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;line-height:1.45;color:#111;margin:0}
.letter{break-before:page}.letter:first-child{break-before:auto}
.sender{position:absolute;top:-53mm;left:100mm;width:65mm;font-size:9pt;line-height:1.35}
.window{position:absolute;top:-53mm;left:-5mm;width:85mm;height:45mm}
.return{font-size:7pt;border-bottom:.5pt solid #444;margin-bottom:3mm;white-space:nowrap;overflow:hidden}
.date{position:absolute;top:-15mm;left:100mm;width:65mm}
.subject{font-weight:bold;margin:0 0 8mm}p{margin:0 0 4mm}ul{margin:0 0 4mm;padding-left:5mm}li{margin-bottom:2mm}
.fold{position:absolute;left:-25mm;width:5mm;border-top:.5pt solid #999}
.attachments{margin-top:8mm;font-size:9.5pt}.annex-title{font-size:9pt;color:#555;margin-bottom:4mm}
"""


_ANNEX = {"de": ("Anlagen", "Anlage"), "en": ("Attachments", "Attachment")}


def _lines(lines: list[str]) -> str:
    return "<br>".join(escape(line) for line in lines)


def _first_page(letter: Letter, annex_title: str | None = None) -> str:
    if annex_title:
        head = f"<p class='annex-title'>{escape(annex_title)}</p>"
        head += f"<p>{_lines(letter.sender_lines)}</p><p>{_lines(letter.addressee.lines())}</p>"
        head += f"<p>{escape(letter.date_text)}</p>"
    else:
        back = " · ".join(letter.sender_lines[:3])
        head = (
            # Fold marks (105 mm, 210 mm) and the hole mark (148.5 mm), measured from the top of the sheet.
            "".join(f"<div class='fold' style='top:{mm - 98}mm'></div>" for mm in (105, 148.5, 210))
            + f"<div class='sender'>{_lines(letter.sender_lines)}</div>"
            f"<div class='window'><div class='return'>{escape(back)}</div>{_lines(letter.addressee.lines())}</div>"
            f"<div class='date'>{escape(letter.date_text)}</div>"
        )
    return head


def letter_html(letter: Letter) -> str:
    t = _ANNEX.get(letter.lang, _ANNEX["en"])
    parts = []
    for i, current in enumerate([letter, *letter.attached]):
        body = [_first_page(current, f"{t[1]} {i}" if i else None)]
        body.append(f"<p class='subject'>{escape(current.subject)}</p><p>{escape(current.greeting)}</p>")
        body += [f"<p>{escape(p)}</p>" for p in current.paragraphs]
        if current.evidence:
            body.append("<ul>" + "".join(f"<li>{escape(e)}</li>" for e in current.evidence) + "</ul>")
        body += [f"<p>{escape(p)}</p>" for p in current.final_paragraphs]
        body.append(f"<p>{escape(current.closing)}</p><p style='margin-top:12mm'>{escape(current.signature)}</p>")
        if current.attachments:
            items = "<br>".join(f"{n}. {escape(a)}" for n, a in enumerate(current.attachments, 1))
            body.append(f"<div class='attachments'><strong>{t[0]}</strong><br>{items}</div>")
        parts.append(f"<section class='letter'>{''.join(body)}</section>")
    return (
        f'<!DOCTYPE html><html lang="{letter.lang}"><head><meta charset="utf-8"><title>{escape(letter.subject)}'
        f"</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    )
