"""Which Location History places may be a business: towns, stops, stations and airports are where you were, not
who holds your data (issue 23, class 8). A place that may be a business names it only tentatively: the vault
keeps it when a brand of that name turned up elsewhere (your mail, your browsing, an advertiser list).
"""

from __future__ import annotations

import re
from typing import Final

from importers.google.hints import tentative_visit
from vault.model import BrandHint

# Words that make a place a stop, a station, a town square or a district, in the languages of the Takeouts we
# read. Matched as whole words, case-insensitively.
_TRANSIT: Final = re.compile(
    r"\b(?:station|stn|stop|halt|platform|terminal|airport|aeroporto|aeropuerto|aéroport|flughafen|lufthavn|"
    r"luchthaven|lotnisko|bahnhof|hbf|hauptbahnhof|haltestelle|busbahnhof|gare|arrêt|stazione|fermata|estación|"
    r"parada|estação|paragem|station|centraal|dworzec|przystanek|nádraží|zastávka|asema|pysäkki|stationen|"
    r"hållplats|u-bahn|s-bahn|metro|luas|dart|tram|bus|train|railway|rail|port|ferry|harbour|harbor|"
    r"platz|square|plaza|piazza|rynek|náměstí|torget|torv|straße|strasse|street|road|avenue)\b"
    r"|\((?:u|s|s\+u|u\+s)\)",
    re.I,
)
_MAX_WORDS: Final = 4  # a business name is short; the rest of a place name is usually where it is


def place_hints(name: str, address: str | None) -> tuple[BrandHint, ...]:
    """Tentative `visit` hints for a visited place's name, or none when it is a place and not a business."""
    name = " ".join(name.split())
    if not name or looks_like_place(name) or _is_locality(name, address):
        return ()
    words = re.split(r"\s*[-–|,(]\s*", name, maxsplit=1)[0].split()
    # "Contoso Coffee Alexanderplatz": the business is a prefix of the name; the vault keeps the one it knows.
    names = [" ".join(words[:n]) for n in range(min(len(words), _MAX_WORDS), 0, -1)]
    if name not in names:
        names.insert(0, name)
    return tuple(tentative_visit(n) for n in names)


def looks_like_place(name: str) -> bool:
    """True for a stop, a station, an airport, a square or a street: a place, never a business."""
    return bool(_TRANSIT.search(name))


def _is_locality(name: str, address: str | None) -> bool:
    """A town or district: the name is one of the address's own parts ("Dún Laoghaire" in "…, Dún Laoghaire,
    Co. Dublin"), or the address is no more than the name with a country or region after it."""
    if not address:
        return False
    parts = [p.strip().casefold() for p in address.split(",")]
    folded = name.casefold()
    return folded in parts or any(re.sub(r"^\d{4,5}\s+", "", p) == folded for p in parts)
