"""Which data-protection authority oversees a company: by its country, and in Germany by its state."""

from __future__ import annotations

import re

from vault.entity_index import Authority, Company, index

# Country names as company addresses in the database write them -> ISO code.
_COUNTRIES = {
    "deutschland": "de", "germany": "de", "österreich": "at", "austria": "at", "schweiz": "ch", "switzerland": "ch",
    "ireland": "ie", "irland": "ie", "france": "fr", "frankreich": "fr", "netherlands": "nl", "the netherlands": "nl",
    "nederland": "nl", "niederlande": "nl", "belgium": "be", "belgien": "be", "luxembourg": "lu", "luxemburg": "lu",
    "spain": "es", "españa": "es", "spanien": "es", "italy": "it", "italia": "it", "italien": "it", "sweden": "se",
    "sverige": "se", "schweden": "se", "denmark": "dk", "danmark": "dk", "dänemark": "dk", "norway": "no",
    "norge": "no", "finland": "fi", "poland": "pl", "polska": "pl", "polen": "pl", "czech republic": "cz",
    "czechia": "cz", "tschechien": "cz", "united kingdom": "gb", "uk": "gb", "großbritannien": "gb", "portugal": "pt",
    "greece": "gr", "hungary": "hu", "romania": "ro", "bulgaria": "bg", "croatia": "hr", "slovenia": "si",
    "slovakia": "sk", "estonia": "ee", "latvia": "lv", "lithuania": "lt", "malta": "mt", "cyprus": "cy",
    "iceland": "is", "liechtenstein": "li",
}  # fmt: skip

# German companies answer to their state's authority (Bavaria: BayLDA for the private sector). Postcode
# regions follow states only roughly; the letter says so when it names one found this way.
_DE_BY_POSTCODE = {
    **dict.fromkeys(("01", "02", "04", "08", "09"), "desaechsdsb"),
    **dict.fromkeys(("03", "14", "15", "16"), "debralda"),
    **dict.fromkeys(("06", "39"), "desalbd"),
    **dict.fromkeys(("07", "98", "99"), "detlfdi"),
    **dict.fromkeys(("10", "12", "13"), "deberlbdi"),
    **dict.fromkeys(("17", "18", "19"), "demvldi"),
    **dict.fromkeys(("20", "21", "22"), "dehmbbfdi"),
    **dict.fromkeys(("23", "24", "25"), "deshuld"),
    **dict.fromkeys(("26", "27", "29", "30", "31", "37", "38", "49"), "dendslfd"),
    "28": "debrelfdi",
    **dict.fromkeys(("32", "33", "40", "41", "42", "44", "45", "46", "47", "48", "50", "51", "52", "53", "57", "58",
                     "59"), "denrwldi"),
    **dict.fromkeys(("34", "35", "36", "60", "61", "63", "64", "65"), "dehessbdi"),
    **dict.fromkeys(("54", "55", "56", "67"), "derlpbdi"),
    "66": "desaarudz",
    **dict.fromkeys(("68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "88", "89"), "debawueldb"),
    **dict.fromkeys(("80", "81", "82", "83", "84", "85", "86", "87", "90", "91", "92", "93", "94", "95", "96", "97"),
                    "debaylda"),
}  # fmt: skip
_DE_POSTCODE = re.compile(r"\b(\d{5})\b")


def company_country(company: Company) -> str | None:
    if company.address:
        last = company.address.strip().splitlines()[-1].strip().casefold()
        if last in _COUNTRIES:
            return _COUNTRIES[last]
    real = [c for c in company.countries if c != "all"]
    return real[0] if len(real) == 1 else None


def authority_for(company: Company) -> Authority | None:
    country = company_country(company)
    if country is None:
        return None
    candidates = [a for a in index().authorities if country in a.countries]
    if country == "de" and company.address:
        match = _DE_POSTCODE.search(company.address)
        slug = _DE_BY_POSTCODE.get(match.group(1)[:2]) if match else None
        if slug:
            return next((a for a in candidates if a.slug == slug), None)
        return next((a for a in candidates if a.slug == "debfdi"), None)
    return candidates[0] if len(candidates) == 1 else None
