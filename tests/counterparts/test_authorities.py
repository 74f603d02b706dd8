"""The supervisory authority of a company: by country; in Germany by city-state, postcode region (with the
border regions where a two-digit prefix crosses a state line), federal body or church."""

from __future__ import annotations

import pytest

from vault.counterparts.authorities import authority_match
from vault.counterparts.entity_index import Company, index


def _company(address: str, categories: tuple[str, ...] = (), name: str = "Fictional Example GmbH") -> Company:
    return Company("fictional", name, address, None, None, None, ("de",), (), "verified", categories)


@pytest.mark.parametrize(
    ("city_line", "slug", "basis"),
    [
        ("10243 Berlin", "deberlbdi", "city"),
        ("14195 Berlin", "deberlbdi", "city"),  # 14xxx is mostly Brandenburg, but Dahlem is Berlin
        ("14469 Potsdam", "debralda", "postcode region (approximate)"),
        ("21029 Hamburg", "dehmbbfdi", "city"),
        ("21335 Lüneburg", "dendslfd", "postcode region (approximate)"),  # 21xxx: Lower Saxony outside Hamburg
        ("22846 Norderstedt", "deshuld", "postcode region (approximate)"),  # 228xx: Schleswig-Holstein
        ("21502 Geesthacht", "deshuld", "postcode region (approximate)"),
        ("27568 Bremerhaven", "debrelfdi", "city"),
        ("28816 Stuhr", "dendslfd", "postcode region (approximate)"),  # Bremen's suburb in Lower Saxony
        ("38855 Wernigerode", "desalbd", "postcode region (approximate)"),  # 388xx: Saxony-Anhalt
        ("38100 Braunschweig", "dendslfd", "postcode region (approximate)"),
        ("49525 Lengerich", "denrwldi", "postcode region (approximate)"),
        ("53474 Bad Neuenahr-Ahrweiler", "derlpbdi", "postcode region (approximate)"),
        ("53113 Bonn", "denrwldi", "postcode region (approximate)"),
        ("63741 Aschaffenburg", "debaylda", "postcode region (approximate)"),  # Bavaria, in a Hessian region
        ("63065 Offenbach am Main", "dehessbdi", "postcode region (approximate)"),
        ("68623 Lampertheim", "dehessbdi", "postcode region (approximate)"),
        ("68161 Mannheim", "debawueldb", "postcode region (approximate)"),
        ("89233 Neu-Ulm", "debaylda", "postcode region (approximate)"),  # across the river from Ulm (BW)
        ("89073 Ulm", "debawueldb", "postcode region (approximate)"),
        ("97999 Igersheim", "debawueldb", "postcode region (approximate)"),
        ("97070 Würzburg", "debaylda", "postcode region (approximate)"),
        ("66953 Pirmasens", "derlpbdi", "postcode region (approximate)"),
        ("66111 Saarbrücken", "desaarudz", "postcode region (approximate)"),
        ("01968 Senftenberg", "debralda", "postcode region (approximate)"),
        ("01067 Dresden", "desaechsdsb", "postcode region (approximate)"),
    ],
)
def test_german_state_authority(city_line: str, slug: str, basis: str) -> None:
    found = authority_match(_company(f"Musterstraße 1\n{city_line}\nDeutschland"))
    assert found is not None
    assert (found.authority.slug, found.basis) == (slug, basis)
    assert found.approximate is (basis != "city")


def test_public_bodies_and_churches() -> None:
    federal = _company("Postfach 1\n53113 Bonn\nDeutschland", ("public body",), "Bundesamt für Beispiele (BfB)")
    assert authority_match(federal).authority.slug == "debfdi"  # type: ignore[union-attr]
    bavarian_town = _company("Rathausplatz 1\n97070 Würzburg\nDeutschland", ("public body",), "Stadt Beispielhausen")
    assert authority_match(bavarian_town).authority.slug == "debayldb"  # type: ignore[union-attr]
    parish = _company("Kirchweg 1\n38100 Braunschweig\nDeutschland", ("church",), "Ev.-luth. Kirchengemeinde Beispiel")
    found = authority_match(parish)
    assert found is not None and found.authority.slug == "deekdbfd" and found.approximate
    catholic = _company("Domplatz 1\n96049 Bamberg\nDeutschland", ("church",), "Erzbistum Beispiel")
    assert authority_match(catholic) is None  # a diocesan authority we do not guess


@pytest.mark.parametrize(
    ("slug", "authority"),
    [("zalando", "deberlbdi"), ("facebook", "iedpc"), ("spotify", "sedi"), ("netflix", "nlap"), ("google", None)],
)
def test_real_records(slug: str, authority: str | None) -> None:
    found = authority_match(index().companies[slug])
    assert (found.authority.slug if found else None) == authority


def test_every_german_company_with_a_postcode_gets_a_state() -> None:
    german = [c for c in index().companies.values() if c.address and c.address.strip().endswith("Deutschland")]
    missing = [
        c.slug
        for c in german
        if authority_match(c) is None and "church" not in c.categories and any(ch.isdigit() for ch in c.address or "")
    ]
    assert len(german) > 1500 and missing == []
