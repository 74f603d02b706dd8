"""Generated Facebook and Instagram exports downloaded as HTML, one per era, from the same persona data as
the JSON generators, so a test can check that both formats give the same brands.

Real shapes reproduced (formats/README.md §2.11, §3.3; class names copied from public samples):
- "2018" G0: `index.htm` profile table, `html/ads.htm` with h2 sections (topics, history with a dated
  `div.meta`, advertisers with your contact info) under `div.contents`; dates "…at 10:00am UTC+02".
- "2021" G1: `index.html`, `_4t5n[role=main]` with `div._2lej` entries (`_2lek`, `_2let`, `_2lem`), off-Facebook
  index of `span._38my > strong > a` links to numbered pages of `table.uiGrid` events.
- "2024" G2: `start_here.html`, `div._a6-g` entries (`_a6-h`, `_a6-p`, `_a6-o > _a72d`), the advertisers
  matrix (`table._4-ss._4-sv`, `tr._1isx`, `x` marks), `td._a6_q`/`td._a6_r` tables, no time zone anywhere.
- "2025" G3 with `div`s, "2026" G3 with semantic tags (`header._a709`, `main._a706`, `section._a6-g`,
  `footer._a6-o`): grouped advertiser lists (`td._a6_q[colspan=2]` + nested `_a6-p` names), click rows
  Action/Title/URL, off-Meta index `div._a6-h > a` (Spanish: a translated folder for the business pages),
  header `<time datetime="…Z">` next to the local clock text.
Instagram "2024" (div) and "2025" (semantic): matrix advertisers, Author/Time tables for ads viewed.
"""

from __future__ import annotations

from html import escape
from typing import Any

from tests import persona
from tests.generators import facebook as fb
from tests.generators import facebook_blocks
from tests.generators import instagram as ig
from tests.generators.meta_html_lang import TEXT, date_text, iso_utc

FB_ERAS = ("2018", "2021", "2024", "2025", "2026")
IG_ERAS = ("2024", "2025")
JSON_TWIN = {"2018": "2018", "2021": "2020", "2024": "2022", "2025": "2025", "2026": "2025"}
_G = {"2018": "g0", "2021": "g1", "2024": "g2", "2025": "g3", "2026": "g3"}
GENERATED = fb.T0 + 86400


class Page:
    """Renders the pages of one era and language."""

    def __init__(self, era: str, lang: str, semantic: bool = False, seconds: bool = True) -> None:
        self.g, self.lang, self.t = _G.get(era, "g2"), lang, TEXT[lang]
        self.semantic, self.seconds = semantic, seconds

    def date(self, ts: int) -> str:
        return date_text(ts, self.g, self.lang, self.seconds)

    def page(self, title: str, main: str) -> bytes:
        generated = escape(self.t["generated"].format(persona.NAME, self.date(GENERATED)))
        if self.g == "g1":
            html = (
                f'<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{escape(title)}</title></head>'
                f'<body class="_5vb_ _2yq _4yic"><div class="clearfix _ikh"><div class="_4bl9"><div class="_li">'
                f'<div class="_3a_u"><div class="_4t5n" role="main"><div class="_3b0d">{escape(title)}</div>{main}'
                f'</div><div class="_4t5o">{generated}</div></div></div></div></div></body></html>'
            )
        elif self.semantic:
            stamp = f'<time datetime="{iso_utc(GENERATED)}">{escape(self.date(GENERATED))}</time>'
            said = escape(self.t["generated"].format(persona.NAME, "")).strip()
            html = (
                f'<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{escape(title)}</title></head>'
                f'<body class="_5vb_ _2yq _a7o5"><div class="_a705"><header class="_a709"><h1>{escape(title)}</h1>'
                f'<p class="_a70f"></p></header><aside class="_aoaa">{said} {stamp}</aside>'
                f'<main class="_a706" role="main">{main}</main></div></body></html>'
            )
        else:
            stamp = ""
            if self.g == "g3":
                stamp = f'<time datetime="{iso_utc(GENERATED)}">{escape(self.date(GENERATED))}</time>'
            said = generated if not stamp else escape(self.t["generated"].format(persona.NAME, "")).strip()
            html = (
                f'<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{escape(title)}</title>'
                f'<script>var tracker = "Never Imported Script";</script></head>'
                f'<body class="_5vb_ _2yq _a7o5"><div class="_a705"><div class="_a70d"><div class="_a70e">'
                f'{escape(title)}</div><div class="_a70f"></div><div class="_aoaa">{said} {stamp}</div></div>'
                f'<div class="_a706" role="main">{main}</div></div></body></html>'
            )
        return html.encode("utf-8")

    def entry(self, heading: str = "", body: str = "", rows: str = "", ts: int | None = None) -> str:
        """One entry: G1 `_2lej` (heading/title/date), G2/G3 `_a6-g` (heading, body or table, date)."""
        date = escape(self.date(ts)) if ts else ""
        if self.g == "g1":
            return (
                f'<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">'
                f'{escape(heading)}</div><div class="_3-96 _2let"><div><div>{escape(body)}</div></div></div>'
                f'<div class="_3-94 _2lem">{date}</div></div>'
            )
        box, foot = ("section", "footer") if self.semantic else ("div", "div")
        head = f'<div class="_2ph- _a6-h _a6-i">{escape(heading)}</div>' if heading else ""
        inner = f"<table>{rows}</table>" if rows else f"<div>{escape(body)}</div>"
        when = f'<{foot} class="_3-94 _a6-o"><div class="_a72d">{date}</div></{foot}>' if date else ""
        return (
            f'<{box} class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">{head}'
            f'<div class="_2ph- _a6-p">{inner}</div>{when}</{box}>'
        )

    def row(self, label: str, value: str) -> str:
        return f'<tr><td class="_2pin _a6_q">{escape(label)}</td><td class="_2pin _a6_r">{escape(value)}</td></tr>'

    def group(self, label: str, names: list[str]) -> str:
        """A label cell holding its list (G3 grouped advertisers, Instagram Author cells)."""
        box = "section" if self.semantic else "div"
        items = "".join(f'<{box} class="_a6-g"><div class="_2ph_ _a6-p">{escape(n)}</div></{box}>' for n in names)
        return f'<tr><td class="_2pin _a6_q" colspan="2">{escape(label)}<div><div>{items}</div></div></td></tr>'

    def matrix(self, flags: dict[str, tuple[bool, ...]]) -> str:
        head = f"<th>{escape(self.t['group_list'])}</th><th>{escape(self.t['group_interactions'])}</th>"
        rows = "".join(
            f'<tr class="_1isx"><td><strong>{escape(name)}</strong></td>'
            + "".join(f"<td>{'x' if mark else ''}</td>" for mark in marks[:2])
            + "</tr>"
            for name, marks in flags.items()
        )
        return (
            '<p class="_3-9a">[X]</p><table class="_4-ss _4-sv"><thead><tr><th></th>'
            f"{head}</tr></thead><tbody>{rows}</tbody></table>"
        )


# -- Facebook -----------------------------------------------------------------------------------


def _advertiser_flags(era: str, scale: int) -> dict[str, tuple[bool, ...]]:
    if era == "2024":
        extra = {f"Fictional Advertiser {i}": (True, False, False) for i in range(10 * scale)}
        return {**fb.FLAGS, **extra}
    # Grouped lists (2025+) have no store-visit group: such an advertiser is listed under "a list".
    return {name: (f[0] or not f[1], f[1]) for name, f in fb.FLAGS.items()}


def _off_meta_pages(p: Page, era: str, folder: str, scale: int) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    links = []
    sub = folder.rsplit("/", 1)[-1]
    for n, record in enumerate(facebook_blocks.off_meta_a(scale), start=1):
        name = record["name"]
        href = f"{sub}/{n}.html"
        if era in ("2025", "2026") and p.lang == "es":
            sub_es = "tu_actividad_fuera_de_las_tecnologías_de_meta"
            href = f"{sub_es}/{name.replace('.', '_')}_{n}.html"
        tables = []
        for ev in record["events"]:
            rows = p.row(p.t["id"], str(ev["id"])) + p.row(p.t["event"], ev["type"])
            rows += p.row(p.t["received_on"], p.date(ev["timestamp"]))
            if p.g == "g1":
                rows = rows.replace("_a6_q", "_2oao").replace("_a6_r", "_51mw")
                tables.append(
                    f'<table class="uiGrid _51mz" cellspacing="0" cellpadding="0"><tbody>{rows}</tbody></table>'
                )
            else:
                tables.append(p.entry(rows=rows))
        title = p.t["received_from"].format(name)
        body = f'<span class="_38my">{escape(title)}</span>{"".join(tables)}'
        out[f"{folder.rsplit('/', 1)[0]}/{href}"] = p.page(title, body)
        if p.g == "g3":
            box = "section" if p.semantic else "div"
            links.append(
                f'<{box} class="_a6-g"><div class="_a6-h"><a href="{escape(href)}">{escape(name)}</a></div></{box}>'
            )
        else:
            links.append(
                f'<div><span class="_38my"><strong><a href="{escape(href)}">{escape(name)}</a></strong></span></div>'
            )
    out[f"{folder}.html"] = p.page(p.t["off_meta"], "".join(links))
    return out


def _clicks(p: Page, scale: int) -> str:
    out = []
    for h in facebook_blocks.history(scale):
        if p.g == "g3":
            rows = p.row(p.t["action"], p.t["click"]) + p.row(p.t["title"], h["title"])
            rows += p.row("URL", "https://www.facebook.com/fictional.page/posts/1")
            out.append(p.entry(rows=rows, ts=h["timestamp"]))
        else:
            out.append(p.entry(heading=p.t["clicked"], body=h["title"], ts=h["timestamp"]))
    return "".join(out)


def _list_page(p: Page, title: str, values: tuple[str, ...] | list[str]) -> bytes:
    if p.g == "g3":
        return p.page(title, p.entry(rows=p.group(p.t["name"], list(values))))
    if p.g == "g1":
        return p.page(title, "".join(p.entry(heading=v) for v in values))
    return p.page(title, "".join(p.entry(body=v) for v in values))


def _apps_page(p: Page, n: int) -> bytes:
    apps = facebook_blocks.apps("installed_apps_v2", n)["installed_apps_v2"]
    if p.g == "g1":
        body = "".join(p.entry(heading=a["name"], ts=a["added_timestamp"] or None) for a in apps)
    else:
        body = "".join(
            p.entry(
                heading=a["name"],
                rows=p.row(p.t["added"], p.date(a["added_timestamp"])) if a["added_timestamp"] else "",
            )
            if a["added_timestamp"]
            else p.entry(heading=a["name"], body="")
            for a in apps
        )
    return p.page(p.t["apps"], body)


def _profile_page(p: Page) -> bytes:
    if p.g == "g1":
        body = p.entry(heading=p.t["name"], body=persona.NAME) + p.entry(heading=p.t["email"], body=persona.EMAIL)
    else:
        body = p.entry(rows=p.row(p.t["name"], persona.NAME) + p.row(p.t["email"], persona.EMAIL))
    return p.page(p.t["profile"], body)


def _g0(lang: str, scale: int) -> dict[str, Any]:
    p, t = Page("2018", lang), TEXT[lang]
    audiences = [*fb.LIST_ADVERTISERS, *(f"Fictional Advertiser {i}" for i in range(10 * scale))]
    history = "".join(
        f'<li>{escape(h["title"])} (Clicked Ad) <div class="meta">{escape(p.date(h["timestamp"]))}</div></li>'
        for h in facebook_blocks.history(scale)
    )
    contents = (
        f"<h1>{escape(persona.NAME)}</h1><div><h2>Ads Topics</h2><ul>"
        + "".join(f"<li>{escape(v)}</li>" for v in fb.INTERESTS)
        + f"</ul><h2>{escape(t['g0_history'])}</h2><ul>{history}</ul><h2>{escape(t['g0_contact'])}</h2><ul>"
        + "".join(f"<li>{escape(v)}</li>" for v in audiences)
        + "</ul></div>"
    )

    def g0(title: str, body: str) -> bytes:
        footer = escape(t["generated"].format(persona.NAME, p.date(GENERATED)))
        return (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>{escape(title)}'
            f'</title><link rel="stylesheet" href="../html/style.css" type="text/css" /></head><body><div class="nav">'
            f'<ul><li><a href="../index.htm">Profile</a></li><li class="selected">Ads</li></ul></div>'
            f'<div class="contents">{body}</div><div class="footer">{footer}</div></body></html>'
        ).encode()

    profile = f"<h1>{escape(persona.NAME)}</h1><table><tr><th>Email</th><td>{escape(persona.EMAIL)}</td></tr></table>"
    return {
        "index.htm": g0(persona.NAME, profile),
        "html/ads.htm": g0(f"{persona.NAME} - Ads", contents),
        "html/friends.htm": g0("Friends", f"<h1>{escape(persona.NAME)}</h1><ul><li>{escape(fb.FRIEND)}</li></ul>"),
        "html/style.css": b"body { font-family: sans-serif; }",
        "photos/profile.jpg": fb.JPEG,
    }


def facebook_html_export(era: str, lang: str = "en", scale: int = 1) -> dict[str, bytes]:
    """The HTML export of one era as {member path: bytes}; "2018" and "2021" under `facebook-<user>/`."""
    if era == "2018":
        files = _g0("de" if lang == "de" else "en", scale)
    else:
        p, t = Page(era, lang, semantic=era == "2026"), TEXT[lang]
        files = {"start_here.html" if era != "2021" else "index.html": p.page("Facebook", "")}
        if era == "2021":
            files["ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.html"] = p.page(
                t["contact_list"],
                "".join(
                    p.entry(heading=n)
                    for n in [*fb.LIST_ADVERTISERS, *(f"Fictional Advertiser {i}" for i in range(10 * scale))]
                ),
            )
            interests, off_meta = "other_logged_information/ads_interests.html", "your_off-facebook_activity"
            apps, profile = "apps_and_websites.html", "profile_information/profile_information.html"
        else:
            flags = _advertiser_flags(era, scale)
            if era == "2024":
                body = p.matrix(flags)
            else:
                body = p.entry(rows=p.group(t["group_list"], [n for n, f in flags.items() if f[0]]))
                body += p.entry(rows=p.group(t["group_interactions"], [n for n, f in flags.items() if f[1]]))
            files["ads_information/advertisers_using_your_activity_or_information.html"] = p.page(
                t["advertisers"], body
            )
            files["ads_information/other_categories_used_to_reach_you.html"] = _list_page(
                p, t["categories"], fb.CATEGORIES
            )
            interests, off_meta = (
                "logged_information/other_logged_information/ads_interests.html",
                "your_activity_off_meta_technologies",
            )
            apps, profile = (
                "connected_apps_and_websites.html",
                "personal_information/profile_information/profile_information.html",
            )
        if era == "2024":
            files["your_topics/your_topics.html"] = _list_page(p, t["topics"], fb.TOPICS)
        name = "advertisers_you_ve_interacted_with" if era == "2026" else "advertisers_you've_interacted_with"
        files[f"ads_information/{name}.html"] = p.page(t["clicks"], _clicks(p, scale))
        files[interests] = _list_page(p, t["interests"], fb.INTERESTS)
        files.update(_off_meta_pages(p, era, f"apps_and_websites_off_of_facebook/{off_meta}", scale))
        files[f"apps_and_websites_off_of_facebook/{apps}"] = _apps_page(p, 2)
        files[profile] = _profile_page(p)
        files["your_facebook_activity/comments_and_reactions/comments.html"] = p.page(
            "Comments",
            "".join(
                p.entry(heading=f"{persona.NAME} commented.", body=f"Schöne Grüße #{i}", ts=fb.T0 - 1000 - i)
                for i in range(5)
            ),
        )
        files["files/Facebook-Logo.png"] = fb.JPEG
    wrapper = era in ("2018", "2021")
    return {f"{fb.WRAPPER}/{k}" if wrapper else k: v for k, v in files.items()}


# -- Instagram ----------------------------------------------------------------------------------


def instagram_html_export(era: str, lang: str = "en", scale: int = 1) -> dict[str, bytes]:
    """Instagram's HTML export (2024 `div`s, 2025 semantic tags) of the persona of the JSON generator."""
    p = Page("2024" if era == "2024" else "2025", lang, semantic=era == "2025", seconds=False)
    t = TEXT[lang]
    iab = "ads_information/instagram_ads_and_businesses"
    audiences = dict(ig.AUDIENCES) | {f"Fictional Advertiser {i}": (False, True, False) for i in range(10 * scale)}
    seen = [(name, fb.T0 - 100 - i) for i, name in enumerate(ig.ADS_SEEN)]
    seen += [(f"shop{i}.example", fb.T0 - 200 - i) for i in range(20 * scale)]
    seen_body = "".join(
        p.entry(
            rows=p.group(t["author"], []).replace("<div><div></div></div>", f"<div><div>{escape(n)}</div></div>")
            + p.row(t["time"], p.date(ts))
        )
        for n, ts in seen
    )
    seen_body += p.entry(rows=p.row(t["time"], p.date(fb.T0 - 300)))  # Meta omits the author sometimes
    # The ads the JSON twin dates only in words ("20 Oct 2022, 11:43"): the page shows those words too.
    seen_body += "".join(
        p.entry(
            rows=p.group(t["author"], []).replace("<div><div></div></div>", "<div><div>contoso.coffee</div></div>")
            + p.row(t["time"], text)
        )
        for text in ig.HUMAN_TIMES
    )
    clicked = "".join(
        p.entry(
            rows=p.group(t["title"], []).replace("<div><div></div></div>", f"<div><div>{escape(n)}</div></div>")
            + p.row(t["time"], p.date(fb.T0 - 50))
        )
        for n in ig.ADS_CLICKED
    )
    files: dict[str, bytes] = {
        "start_here.html": p.page("Instagram", ""),
        f"{iab}/advertisers_using_your_activity_or_information.html": p.page(t["advertisers"], p.matrix(audiences)),
        f"{iab}/other_categories_used_to_reach_you.html": _list_page(p, t["categories"], ig.CATEGORIES),
        "ads_information/ads_and_topics/ads_viewed.html": p.page(t["ads_viewed"], seen_body),
        "ads_information/ads_and_topics/ads_clicked.html": p.page(t["clicks"], clicked),
        "preferences/your_topics/recommended_topics.html": _list_page(p, t["topics"], ig.TOPICS),
        "personal_information/personal_information/personal_information.html": _profile_page(p),
        "files/Instagram-Logo.png": fb.JPEG,
    }
    off = "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies"
    links, pages = [], {}
    for n, (name, events) in enumerate(
        ig.OFF_META + tuple((f"shop{i}.example", [("PAGE_VIEW", fb.T0 - i)]) for i in range(20 * scale)), start=1
    ):
        rows = "".join(
            p.entry(rows=p.row(t["id"], str(4400 + k)) + p.row(t["event"], kind) + p.row(t["received_on"], p.date(ts)))
            for k, (kind, ts) in enumerate(events)
        )
        pages[f"{off}/{n}.html"] = p.page(
            t["received_from"].format(name),
            f'<span class="_38my">{escape(t["received_from"].format(name))}</span>{rows}',
        )
        href = f"your_activity_off_meta_technologies/{n}.html"
        links.append(f'<div><span class="_38my"><strong><a href="{href}">{escape(name)}</a></strong></span></div>')
    files[f"{off}.html"] = p.page(t["off_meta"], "".join(links))
    files.update(pages)
    return files
