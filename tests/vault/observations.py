"""Observations built by hand for vault tests (importers have their own generated exports)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from vault.model import BrandHint, Observation

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def ad_observations(n: int, platform: str = "testplatform", start: int = 0) -> list[Observation]:
    """n items; every third names a brand (cycling over five) as an ad targeting touchpoint."""
    brands = [
        ("Zalando SE", None),
        (None, "www.zalando.de"),
        ("Globex Bank", "globexbank.example"),
        ("Contoso Coffee", None),
        ("Acme Outdoor Co", "shop.acme-outdoor.example"),
    ]
    out = []
    for i in range(start, start + n):
        hints: tuple[BrandHint, ...] = ()
        if i % 3 == 0:
            name, domain = brands[(i // 3) % len(brands)]
            hints = (BrandHint("ad_targeting", "pd:Interest", name=name, domain=domain, detail="test"),)
        out.append(
            Observation(
                platform=platform,
                kind="ad",
                time=T0 + timedelta(hours=i),
                title=f"item {i}",
                raw={"i": i, "text": f"raw {i}"},
                source_file="ads.json",
                brands=hints,
            )
        )
    return out
