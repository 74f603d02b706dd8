"""What a platform keeps: one summary per kind of record after each file, keyed by what is kept alone."""

from __future__ import annotations

from datetime import UTC, datetime

from importers.held import HELD_KIND, Holder, by_kind, kept
from vault.ingest.prepare import natural_key
from vault.model import BrandHint, Observation

ACME = Holder("Acme Social", "acme-social.example")
T = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def _obs(kind: str, path: str, hour: int | None, *hints: BrandHint) -> Observation:
    when = T.replace(hour=hour) if hour is not None else None
    return Observation("acme", kind, when, f"{kind} {hour}", {"h": hour}, path, f"{kind}{hour}{path}", hints)


def test_each_file_is_followed_by_what_the_platform_keeps_of_it() -> None:
    inference = BrandHint("inference", "pd:Interest", name="Acme Social", detail="interest")
    items = [
        _obs("message", "a/messages_1.json", 9),
        _obs("message", "a/messages_1.json", 7),
        _obs("inference", "a/interests.json", None, inference),
        _obs("message", "a/messages_2.json", None),
        _obs("search", "a/searches.json", 11),
    ]
    out = list(kept(items, ACME, by_kind(frozenset({"inference"}))))
    held = [o for o in out if o.kind == HELD_KIND]
    assert [o for o in out if o.kind != HELD_KIND] == items  # every item passes unchanged, in order
    assert [(o.raw["what"], o.source_file, o.time) for o in held] == [
        ("message", "a/messages_1.json", None),
        ("message", "a/messages_2.json", None),
        ("search", "a/searches.json", None),
    ]
    assert out.index(held[0]) == 2  # right after its file, before the next one
    (hint,) = held[2].brands
    assert (hint.name, hint.domain, hint.touchpoint, hint.category) == (
        "Acme Social",
        "acme-social.example",
        "activity",
        "pd:SearchHistory",
    )
    # Two files of messages say one thing: the platform keeps your messages. One key and content, stored once.
    assert natural_key(held[0]) == natural_key(held[1]) != natural_key(held[2])
    assert (held[0].title, held[0].raw) == (held[1].title, held[1].raw)


def test_an_importer_without_a_holder_is_passed_through() -> None:
    items = [_obs("message", "a.json", 1)]
    assert list(kept(items, None, None)) == items
