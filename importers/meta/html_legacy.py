"""The ≤ 2018 Facebook HTML export (`index.htm`, `html/ads.htm`): one ads page holds what later exports
split into three files, so each part goes to the handler of the file it became (formats/README.md §2.11 G0)."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import replace

from importers.meta import touchpoints
from importers.meta.dispatch import Context
from importers.meta.html_pages import PagePart
from vault.model import Observation

_INTERESTS = touchpoints.inferences("ad_interest", "pd:Interest", "ad interest")
# The 2018 "Ads History" part is what later became advertisers_you've_interacted_with: its titles are ad copy,
# so they name an advertiser only tentatively, as in the JSON twin (importers/meta/ad_copy.py).
_CLICKS = touchpoints.ad_clicks(names_advertiser=False)


def _part(ctx: Context, part: str) -> Context:
    m = ctx.member
    return replace(ctx, member=PagePart(m.path, m.size, m.source, m.compressed_size, part))


def legacy_ads(ctx: Context) -> Generator[Observation, None, bool]:
    """Ads topics (interests), ads history (clicks) and advertisers with your contact info."""
    topics = yield from _INTERESTS(_part(ctx, "topics"))
    clicks = yield from _CLICKS(_part(ctx, "history"))
    lists = yield from touchpoints.advertisers(_part(ctx, "custom_audiences"))
    return bool(topics or clicks or lists)
