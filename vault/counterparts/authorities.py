"""Which data-protection authority oversees a company: by its country; in Germany by its state (from the
city or postcode of its address), with federal bodies and Protestant churches under their own authorities."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault.counterparts.entity_index import Authority, Company, index

# Country names as company addresses in the database write them -> ISO code.
_COUNTRIES = {
    "deutschland": "de", "germany": "de", "österreich": "at", "austria": "at", "schweiz": "ch", "switzerland": "ch",
    "ireland": "ie", "irland": "ie", "france": "fr", "frankreich": "fr", "netherlands": "nl", "the netherlands": "nl",
    "nederland": "nl", "niederlande": "nl", "belgium": "be", "belgien": "be", "luxembourg": "lu", "luxemburg": "lu",
    "spain": "es", "españa": "es", "spanien": "es", "italy": "it", "italia": "it", "italien": "it", "sweden": "se",
    "sverige": "se", "schweden": "se", "denmark": "dk", "danmark": "dk", "dänemark": "dk", "norway": "no",
    "norge": "no", "finland": "fi", "poland": "pl", "polska": "pl", "polen": "pl", "czech republic": "cz",
    "czechia": "cz", "tschechien": "cz", "united kingdom": "gb", "uk": "gb", "großbritannien": "gb", "portugal": "pt",
    "greece": "gr", "hungary": "hu", "romania": "ro", "bulgaria": "bg", "croatia": "hr", "hrvatska": "hr",
    "slovenia": "si", "slovakia": "sk", "estonia": "ee", "latvia": "lv", "lithuania": "lt", "malta": "mt",
    "cyprus": "cy", "iceland": "is", "liechtenstein": "li",
}  # fmt: skip

# States by postcode prefix; the longest matching prefix wins. Two digits follow the states only roughly,
# so the border regions where a prefix crosses a state line are listed with more digits.
_SN, _BB, _ST, _TH, _BE, _MV, _HH, _SH, _NI, _HB, _NW, _HE, _RP, _SL, _BW, _BY = (
    "desaechsdsb", "debralda", "desalbd", "detlfdi", "deberlbdi", "demvldi", "dehmbbfdi", "deshuld", "dendslfd",
    "debrelfdi", "denrwldi", "dehessbdi", "derlpbdi", "desaarudz", "debawueldb", "debaylda",
)  # fmt: skip
_DE_BY_POSTCODE = {
    **dict.fromkeys(("01", "02", "04", "08", "09"), _SN),
    **dict.fromkeys(("03", "14", "15", "16"), _BB),
    **dict.fromkeys(("06", "39"), _ST),
    **dict.fromkeys(("07", "98", "99"), _TH),
    **dict.fromkeys(("10", "12", "13"), _BE),
    **dict.fromkeys(("17", "18", "19"), _MV),
    **dict.fromkeys(("20", "21", "22"), _HH),
    **dict.fromkeys(("23", "24", "25"), _SH),
    **dict.fromkeys(("26", "27", "29", "30", "31", "37", "38", "49"), _NI),
    "28": _HB,
    **dict.fromkeys(("32", "33", "40", "41", "42", "44", "45", "46", "47", "48", "50", "51", "52", "53", "57", "58",
                     "59"), _NW),
    **dict.fromkeys(("34", "35", "36", "60", "61", "63", "64", "65"), _HE),
    **dict.fromkeys(("54", "55", "56", "67"), _RP),
    "66": _SL,
    **dict.fromkeys(("68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "88", "89"), _BW),
    **dict.fromkeys(("80", "81", "82", "83", "84", "85", "86", "87", "90", "91", "92", "93", "94", "95", "96", "97"),
                    _BY),
    # Border regions.
    **dict.fromkeys(("0194", "0196", "0197", "0198", "0199", "049"), _BB),
    **dict.fromkeys(("046", "0655", "0656", "0657", "364", "373", "965"), _TH),
    **dict.fromkeys(("140", "141"), _BE),
    **dict.fromkeys(("172", "1732", "1733", "1932", "1933", "1934"), _BB),
    **dict.fromkeys(("212", "213", "2142", "216", "217"), _NI),
    **dict.fromkeys(("2146", "2148", "2149", "215", "228", "229"), _SH),
    **dict.fromkeys(("2393", "2394", "2395", "2396", "2397", "2398", "2399"), _MV),
    "275": _HB,
    **dict.fromkeys(("2879", "288"), _NI),
    **dict.fromkeys(("2941", "3848", "3849", "388"), _ST),
    **dict.fromkeys(("3441", "3442", "3443", "494", "4950", "4951", "4952", "4953", "4954", "4955", "3767",
                     "37688", "37696"), _NW),
    **dict.fromkeys(("372",), _HE),
    **dict.fromkeys(("534", "535", "575", "576", "6648", "6649", "6650", "668", "669"), _RP),
    **dict.fromkeys(("6851", "686", "6948", "69434", "69509", "69517", "69518"), _HE),
    **dict.fromkeys(("637", "638", "639", "881", "892", "893", "894"), _BY),
    **dict.fromkeys(("979", "97877", "97896"), _BW),
}  # fmt: skip
# City-states: the city in the address decides, whatever the postcode says.
_CITY_STATES = {"berlin": _BE, "hamburg": _HH, "bremen": _HB, "bremerhaven": _HB}
_DE_POSTCODE = re.compile(r"\b(\d{2}) ?(\d{3})\s+([^\n,\d][^\n,]*)")  # "10243 Berlin", also "85 609 Aschheim"
_FEDERAL = re.compile(r"bundes|\bbund\b", re.IGNORECASE)
_PROTESTANT = re.compile(r"evang|ev\.|luth|landeskirche|kirchengemeinde|kirchenkreis|propstei", re.IGNORECASE)
_BAVARIA_PUBLIC = "debayldb"  # Bavaria's public bodies have their own authority; BayLDA is for the private sector
_FEDERAL_AUTHORITY = "debfdi"
_EKD = "deekdbfd"


@dataclass(frozen=True, slots=True)
class AuthorityMatch:
    authority: Authority
    basis: str  # "country", "city", "postcode region (approximate)", "federal body", "church (approximate)"

    @property
    def approximate(self) -> bool:
        return "approximate" in self.basis


def company_country(company: Company) -> str | None:
    if company.address:
        last = company.address.strip().splitlines()[-1].strip().casefold()
        if last in _COUNTRIES:
            return _COUNTRIES[last]
    real = [c for c in company.countries if c != "all"]
    return real[0] if len(real) == 1 else None


def authority_match(company: Company) -> AuthorityMatch | None:
    """The authority a complaint about this company goes to, and how sure we are; None when unknown (the
    company is outside the database's countries, or a Catholic body with its own diocesan authority)."""
    country = company_country(company)
    if country is None:
        return None
    candidates = {a.slug: a for a in index().authorities if country in a.countries}
    if country != "de":
        return AuthorityMatch(next(iter(candidates.values())), "country") if len(candidates) == 1 else None
    slug, basis = _german(company)
    if slug is None or slug not in candidates:
        return None
    return AuthorityMatch(candidates[slug], basis)


def authority_for(company: Company) -> Authority | None:
    found = authority_match(company)
    return found.authority if found else None


def _german(company: Company) -> tuple[str | None, str]:
    where = " ".join(filter(None, (company.name, company.web, company.email)))
    if "church" in company.categories:
        if _PROTESTANT.search(company.name) or (company.email or "").endswith("@lk-bs.de"):
            return _EKD, "church (approximate)"
        return None, "church"  # Catholic bodies answer to their diocese's authority: we do not guess which
    public = "public body" in company.categories
    if public and _FEDERAL.search(where):
        return _FEDERAL_AUTHORITY, "federal body"
    match = _DE_POSTCODE.search(company.address or "")
    if match is None:
        return None, "no postcode"
    postcode, city = match.group(1) + match.group(2), match.group(3).strip().casefold()
    if (state := _CITY_STATES.get(re.split(r"[\s(/-]", city, maxsplit=1)[0])) is not None:
        return state, "city"
    state = next((_DE_BY_POSTCODE[postcode[:n]] for n in (5, 4, 3, 2) if postcode[:n] in _DE_BY_POSTCODE), None)
    if state is None:
        return None, "postcode"
    if public and state == _BY:
        return _BAVARIA_PUBLIC, "postcode region (approximate)"
    return state, "postcode region (approximate)"
