"""Random and damaged Meta HTML pages: only our own errors escape parse(), and what comes out can be stored."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.archive.reader import ExportTree
from importers.meta import facebook
from tests.generators.meta_html import FB_ERAS, facebook_html_export
from tests.importers.facebook.meta_run import write
from vault.errors import MeCloudError
from vault.model import CoverageReport

_TAGS = ["div", "section", "span", "table", "tr", "td", "th", "a", "strong", "li", "ul", "h1", "h2", "time", "script"]
_CLASSES = ["_a6-g", "_a6-h", "_a6-p", "_a6-o", "_a72d", "_a6_q", "_a6_r", "_2lej", "_2lek", "_2let", "_2lem"]
_CLASSES += ["_1isx", "_38my", "uiGrid", "_2oao", "_51mw", "contents", "meta", "_aoaa", "_4t5o", "x"]
_TEXT = st.sampled_from(["Acme", "May 01, 2024 10:00:00am", "x", "", "PAGE_VIEW", "123", "&amp;", "<", "🏕️", "\x00"])


@st.composite
def _html(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 4 or draw(st.booleans()):
        return draw(_TEXT)
    tag = draw(st.sampled_from(_TAGS))
    cls = " ".join(draw(st.lists(st.sampled_from(_CLASSES), max_size=2)))
    attrs = (
        f' class="{cls}"'
        + (' colspan="2"' if draw(st.booleans()) else "")
        + ' href="1.html" datetime="2024-05-01T08:00Z"'
    )
    inner = "".join(draw(st.lists(_html(depth + 1), max_size=3)))
    return f"<{tag}{attrs}>{inner}</{tag}>" if draw(st.integers(0, 9)) else f"<{tag}{attrs}>{inner}"


_PAGES = (
    "ads_information/advertisers_using_your_activity_or_information.html",
    "ads_information/advertisers_you've_interacted_with.html",
    "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.html",
    "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies/1.html",
    "apps_and_websites_off_of_facebook/connected_apps_and_websites.html",
    "logged_information/other_logged_information/ads_interests.html",
    "personal_information/profile_information/profile_information.html",
    "your_facebook_activity/comments_and_reactions/comments.html",
    "html/ads.htm",
    "index.htm",
)


def _parse(files: dict[str, bytes | str]) -> None:
    with tempfile.TemporaryDirectory() as tmp, ExportTree([write(Path(tmp), files)]) as tree:
        for obs in facebook.parse(tree, CoverageReport()):
            json.dumps(obs.raw)
            assert obs.title
            assert all("\x00" not in (b.name or "") for b in obs.brands)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_html(), min_size=len(_PAGES), max_size=len(_PAGES)))
def test_fuzz_random_markup_only_our_errors_escape(bodies: list[str]) -> None:
    files: dict[str, bytes | str] = {p: f"<html><body>{b}</body></html>" for p, b in zip(_PAGES, bodies)}
    try:
        _parse(files)
    except MeCloudError:
        pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_damaged_pages_only_our_errors_escape(data: st.DataObject) -> None:
    files: dict[str, bytes | str] = dict(facebook_html_export(data.draw(st.sampled_from(FB_ERAS))))
    pages = sorted(p for p in files if p.endswith((".html", ".htm")))
    for path in data.draw(st.lists(st.sampled_from(pages), min_size=1, max_size=4, unique=True)):
        raw = bytearray(files[path] if isinstance(files[path], bytes) else str(files[path]).encode())
        cut = data.draw(st.integers(0, len(raw)))
        if data.draw(st.booleans()):
            raw = raw[:cut]
        elif raw:
            raw[min(cut, len(raw) - 1)] = data.draw(st.integers(0, 255))
        files[path] = bytes(raw)
    try:
        _parse(files)
    except MeCloudError:
        pass
