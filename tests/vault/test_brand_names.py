"""Brand resolution, table-driven: names and domains that must (or must not) become one brand."""

from __future__ import annotations

import pytest

from vault.brands.hints import aliases_for
from vault.brands.names import name_key, registrable_domain


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("zalando.de", "zalando.de"),
        ("www.zalando.de", "zalando.de"),
        ("https://en.shop.zalando.co.uk/path?q=1", "zalando.co.uk"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("user@mail.globexbank.example", "globexbank.example"),
        ("foo.github.io", "foo.github.io"),  # a private suffix in the PSL: each site is its own
        ("localhost", None),
        ("192.168.1.1", None),
        ("not a domain", None),
        ("", None),
    ],
)
def test_registrable_domain(value: str, expected: str | None) -> None:
    assert registrable_domain(value) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Zalando SE", "zalando"),
        ("Zalando", "zalando"),
        ("ZALANDO", "zalando"),
        ("Acme Outdoor Co.", "acmeoutdoor"),
        ("Acme Outdoor Company", "acmeoutdoor"),
        ("Müller GmbH & Co. KG", "muller"),
        ("Mueller", "mueller"),
        ("The Coca-Cola Company", "cocacola"),
        ("Amazon.com", "amazon"),
        ("Amazon.de", "amazon"),
        ("AMZN Mktp", "amznmktp"),
        ("Globex Bank plc", "globexbank"),
        ("Meta Platforms, Inc.", "meta"),
        ("info", None),
        ("   ", None),
    ],
)
def test_name_key(name: str, key: str | None) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("Zalando SE", None), (None, "zalando.de"), True),
        (("Zalando", None), (None, "https://www.zalando.fr/"), True),
        (("Acme Outdoor Co", None), (None, "shop.acme-outdoor.example"), True),
        (("Globex Bank", None), ("Globex Bank AG", "globexbank.example"), True),
        (("Initech Mobile", None), ("Initech", None), False),  # no fuzzy guesses
        (("Contoso Coffee", None), ("Contoso Tea", None), False),
        (("Google", None), (None, "googleadservices.com"), True),  # curated alias table
    ],
)
def test_hints_resolve_to_one_brand_or_not(
    a: tuple[str | None, str | None], b: tuple[str | None, str | None], same: bool
) -> None:
    keys_a = {x.key for x in aliases_for(*a)}
    keys_b = {x.key for x in aliases_for(*b)}
    assert bool(keys_a & keys_b) is same
