"""Spotify "Download your data" (spotify.com/account/privacy): account data, extended streaming history.

Each is its own zip (`my_spotify_data.zip` with `Spotify Account Data/` or older `MyData/`;
`Spotify Extended Streaming History/`). Format notes: formats/README.md §7. Touchpoints:
`Inferences.json` (Spotify's ad segments, decoded in importers/spotify_segments.py),
the account files. Listening and search history are items, streamed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from importers.archive import ExportTree, Member
from importers.contract import Detection
from importers.file_guard import counted_file
from importers.formats import iter_items, load_small, parse_time
from importers.held import Holder, by_kind
from importers.spotify_segments import Segment, decode_segment, segment_hints
from vault.errors import Message, message
from vault.model import BrandHint, CoverageReport, Observation

PLATFORM = "spotify"
LABEL = "Spotify"

_SPOTIFY = {"name": "Spotify", "domain": "spotify.com"}

__all__ = ["Segment", "decode_segment", "detect", "parse", "segment_hints"]

Reader = Callable[[ExportTree, Member, CoverageReport], Iterator[Observation]]
Hints = Callable[[dict[str, Any]], tuple[BrandHint, ...]]


def _tidy(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())[:300]


def _str(item: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _when(value: object) -> datetime | None:
    if isinstance(value, str):
        value = value.removesuffix("[UTC]")
    return parse_time(value)


# -- per-file readers ---------------------------------------------------------------------------


def _inferences(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    for entry in iter_items(tree, member, "inferences.item"):
        if not isinstance(entry, str) or not entry.strip():
            coverage.issue(member.path, message("issue.inference_not_text", text=str(entry)[:60]))
            continue
        seg = decode_segment(entry)
        yield Observation(
            PLATFORM,
            "inference",
            None,
            _tidy(seg.readable),
            {"segment": entry},
            member.path,
            natural_key=f"segment:{entry.strip()}",
            brands=segment_hints(seg),
        )


def _stream(item: dict[str, Any], path: str) -> Observation | None:
    if "ts" in item:  # extended streaming history
        what = _str(item, "master_metadata_track_name", "episode_name", "audiobook_chapter_title", "audiobook_title")
        who = _str(item, "master_metadata_album_artist_name", "episode_show_name", "audiobook_title")
        uri = _str(item, "spotify_track_uri", "spotify_episode_uri", "audiobook_chapter_uri", "audiobook_uri")
        when, key = _when(item.get("ts")), f"ext:{item.get('ts')}:{uri or what}:{item.get('ms_played')}"
    else:
        what = _str(item, "trackName", "episodeName", "audiobookName")
        who = _str(item, "artistName", "podcastName", "authorName")
        when, key = _when(item.get("endTime")), f"{item.get('endTime')}:{who}:{what}:{item.get('msPlayed')}"
    if when is None and not what:
        return None
    title = _tidy(" – ".join(p for p in (who, what) if p) or "a stream")
    return Observation(PLATFORM, "stream", when, title, item, path, natural_key=key)


def _streaming(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    for item in iter_items(tree, member):
        obs = _stream(item, member.path) if isinstance(item, dict) else None
        if obs is None:
            coverage.issue(member.path, message("issue.stream_without_time_title"))
            continue
        yield obs


def _searches(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    for item in iter_items(tree, member):
        if not isinstance(item, dict) or not _str(item, "searchQuery"):
            coverage.issue(member.path, message("issue.search_without_query"))
            continue
        when = _when(item.get("searchTime"))
        yield Observation(PLATFORM, "search", when, _tidy(_str(item, "searchQuery")), item, member.path)


_LIBRARY_SECTIONS = ("tracks", "albums", "artists", "shows", "episodes", "bannedTracks", "bannedArtists", "other")


_LIBRARY_FIELDS = ("artist", "album", "track", "name", "show", "episode", "publisher")


def _library_title(item: dict[str, Any]) -> str:
    return " – ".join(v for k in _LIBRARY_FIELDS if isinstance(v := item.get(k), str) and v)


def _library(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    for section in _LIBRARY_SECTIONS:  # a few passes over a small file, each one streamed
        for item in iter_items(tree, member, f"{section}.item"):
            if not isinstance(item, dict | str):
                coverage.issue(member.path, message("issue.section_entry_not_object", section=section))
                continue
            title = item if isinstance(item, str) else _library_title(item)
            raw = {"section": section, "entry": item}
            yield Observation(PLATFORM, "library", None, _tidy(f"Library ({section}): {title}"), raw, member.path)


def _playlists(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    for item in iter_items(tree, member, "playlists.item"):
        if not isinstance(item, dict):
            coverage.issue(member.path, message("issue.playlist_object"))
            continue
        when = _when(item.get("lastModifiedDate"))
        title = _tidy(f"Playlist: {_str(item, 'name') or 'untitled'}")
        yield Observation(PLATFORM, "playlist", when, title, item, member.path)


def _marquee(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
    for item in iter_items(tree, member):
        artist, segment = (_str(item, "artistName"), _str(item, "segment")) if isinstance(item, dict) else ("", "")
        if not artist:
            coverage.issue(member.path, message("issue.marquee_entry_without_artist"))
            continue
        text = f"Marquee: {artist} – {segment or 'listener'}"
        detail = f"artist campaigns (Marquee) place you as {segment or 'a listener'} of {artist}"
        hint = BrandHint("inference", "pd:MediaConsumption", detail=detail, **_SPOTIFY)
        yield Observation(PLATFORM, "inference", None, _tidy(text), item, member.path, brands=(hint,))


def _account_hints(doc: dict[str, Any]) -> tuple[BrandHint, ...]:
    category = "pd:EmailAddress" if _str(doc, "email") else "pd:Identifier"
    hints = [BrandHint("account", category, detail="your account: username, email, birth date, country", **_SPOTIFY)]
    if doc.get("createdFromFacebook") is True or _str(doc, "facebookUid"):
        detail = "your Spotify account was created with Facebook login"
        hints.append(BrandHint("account", "pd:Identifier", name="Facebook", domain="facebook.com", detail=detail))
    return tuple(hints)


def _small(kind: str, title: str, hints_of: Hints | None = None) -> Reader:
    """A small document read whole and kept as one item."""

    def read(tree: ExportTree, member: Member, coverage: CoverageReport) -> Iterator[Observation]:
        doc = load_small(tree, member)
        if not isinstance(doc, dict | list) or not doc:
            coverage.issue(member.path, message("issue.empty_json_object"))
            return
        when = _when(doc.get("creationTime")) if isinstance(doc, dict) else None
        hints = hints_of(doc) if hints_of and isinstance(doc, dict) else ()
        yield Observation(PLATFORM, kind, when, title, doc, member.path, brands=hints)

    return read


def _hint(touchpoint: str, category: str, detail: str) -> Hints:
    return lambda doc: (BrandHint(touchpoint, category, detail=detail, **_SPOTIFY),)


_ACCOUNT_FILES: dict[str, tuple[str, str, Hints | None]] = {
    "userdata": ("account", "Spotify account", _account_hints),
    "identity": ("identity", "Spotify identity", _hint("account", "pd:Name", "your name")),
    "payments": ("payment", "Spotify payments", _hint("purchase", "pd:Financial", "your payment method")),
    "useraddress": ("address", "Spotify address", _hint("account", "pd:Contact", "your address")),
    "follow": ("follow", "Spotify followers", None),
    "identifiers": ("identifiers", "Spotify identifiers", None),
}
_OTHER_SMALL = r"(wrapped\d{4}|familyplan|duonewfamily|voiceinput|podcastinteractivity\w*)\.json"

_READERS: list[tuple[re.Pattern[str], Reader]] = [
    (re.compile(r"inferences\.json"), _inferences),
    (re.compile(r"streaminghistory(_(music|podcast|audiobook|video))?_?\d*\.json"), _streaming),
    (re.compile(r"(streaming_history_(audio|video)_.*|endsong_\d+|endvideo_\d+)\.json"), _streaming),
    (re.compile(r"searchqueries\.json"), _searches),
    (re.compile(r"yourlibrary\.json"), _library),
    (re.compile(r"playlist\d*\.json"), _playlists),
    (re.compile(r"marquee\.json"), _marquee),
    *((re.compile(rf"{stem}\.json"), _small(*how)) for stem, how in _ACCOUNT_FILES.items()),
    (re.compile(_OTHER_SMALL), _small("other", "Spotify data")),
]


def _reader_for(member: Member) -> Reader | None:
    name = member.name.lower()
    return next((read for pattern, read in _READERS if pattern.fullmatch(name)), None)


def _skip_reason(member: Member) -> Message | None:
    lower = member.path.lower()
    if "technical log" in lower:
        return message("skip.spotify_technical_log")
    if lower.endswith(".pdf"):
        return message("skip.spotify_readme")
    return None


HOLDER = Holder("Spotify", "spotify.com")
# Records Spotify keeps of your activity (importers/held.py); these kinds carry their own hints instead.
held = by_kind(
    frozenset(
        {
            "account",
            "identity",
            "inference",
            "payment",
            "address",
        }
    )
)


def detect(tree: ExportTree) -> Detection | None:
    names = {m.name.lower(): m.path for m in tree.members()}
    account = [p for n, p in names.items() if n in ("userdata.json", "inferences.json", "yourlibrary.json")]
    basic_history = [p for n, p in names.items() if re.fullmatch(r"streaminghistory(_\w+)?_?\d*\.json", n)]
    extended = [
        p for n, p in names.items() if re.fullmatch(r"streaming_history_(audio|video)_.*\.json|endsong_\d+\.json", n)
    ]
    if "userdata.json" in names and (len(account) >= 2 or basic_history):
        confidence = 0.95
    elif extended:
        confidence = 0.9
    elif basic_history or len(account) >= 2:
        confidence = 0.85
    elif account:
        confidence = 0.5
    else:
        return None
    layout = "+".join(p for p, found in (("account", account or basic_history), ("extended", extended)) if found)
    return Detection(PLATFORM, layout, confidence, tuple(sorted(account + basic_history + extended)[:5]))


def parse(tree: ExportTree, coverage: CoverageReport) -> Iterator[Observation]:
    for member in tree.members():
        if reason := _skip_reason(member):
            coverage.skip(member.path, reason)
            continue
        read = _reader_for(member)
        if read is None:
            continue
        yield from counted_file(member, coverage, read(tree, member, coverage))
