"""Hostile inputs at every parser entry, each inside an otherwise genuine generated export.

Each writer puts one export into a folder and returns a `HostileInput`: what the user imports, and
the file the refusal must name (in the import's error when the culprit is all there is, else in the
coverage report's unreadable files). Big files are written by streaming, and sparse where the content may
be zeros, so the corpus costs seconds and little disk. The shapes stand for what adversarial runs
sent (issue 24): a Facebook advertisers file of `[` x 200,000 then `]` x 200,000 (400 KB, took 22 s
and 10.5 GB before its refusal), a zip whose end record claims 1 entry in front of a 108 MB central
directory (1.12 GB before its refusal), a CSV field of 100 MB, an mbox header line of 1 GB.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.exportkit import Content, write_folder, write_zip

DEPTH = 200_000  # the adversarial run's advertisers file


@dataclass(frozen=True, slots=True)
class HostileInput:
    export: Path  # the zip, folder or file given to `mecloud import`
    culprit: str  # the member path (or file name) the refusal must name
    # The culprit is all the export holds, so nothing else is readable and the import as a whole is
    # refused; otherwise the culprit alone is refused (an unreadable file of the report) and the rest imports.
    alone: bool = False


def deep_array(depth: int = DEPTH) -> bytes:
    return b"[" * depth + b"]" * depth


def facebook_deep_advertisers(folder: Path) -> HostileInput:
    """The real shape: a whole 2022 export whose advertisers file is nested 200k deep (400 KB)."""
    from tests.generators.facebook import facebook_export

    files: dict[str, Content] = dict(facebook_export("2022"))
    name = next(p for p in files if p.endswith("advertisers_using_your_activity_or_information.json"))
    files[name] = deep_array()
    return HostileInput(write_zip(folder / "facebook-alexexample.zip", files), name)


def instagram_deep_advertisers(folder: Path) -> HostileInput:
    from tests.generators.instagram import instagram_export

    files: dict[str, Content] = dict(instagram_export("2024"))
    name = next(p for p in files if p.endswith("advertisers_using_your_activity_or_information.json"))
    files[name] = deep_array()
    return HostileInput(write_zip(folder / "instagram.zip", files), name)


def x_deep_tweets_part(folder: Path) -> HostileInput:
    """An X archive whose second tweets part is `window.YTD.tweets.part1 = ` + 200k-deep JSON."""
    from tests.generators import twitter

    files: dict[str, Content] = dict(twitter.files())
    files["data/tweets-part1.js"] = b"window.YTD.tweets.part1 = " + deep_array()
    return HostileInput(write_zip(folder / twitter.archive_name(), files), "data/tweets-part1.js")


def tiktok_deep(folder: Path) -> HostileInput:
    from tests.generators import tiktok

    name = tiktok.FILE_NAME["2024"]
    data = b'{"Activity": {"Like List": ' + deep_array() + b"}}"
    return HostileInput(write_zip(folder / "tiktok.zip", {name: data}), name, alone=True)


def _takeout(folder: Path, replace: str, content: bytes, html: bool = False) -> HostileInput:
    """A Takeout with one file replaced; an HTML one as an unpacked folder (deflate shrinks the
    repetitive markup so well that the zip's bomb check, not the parser, would refuse it)."""
    from tests.generators import google

    files: dict[str, Content] = dict(google.takeout_files(html_activity=html, mail=False))
    name = google.NAMES["en"][replace].format(product="Search", ext="html" if html else "json")
    assert name in files, name
    files[name] = content
    if html:
        return HostileInput(write_folder(folder / "takeout-20240401T101010Z-001", files), name)
    return HostileInput(write_zip(folder / "takeout-20240401T101010Z-001.zip", files), name)


def google_deep_activity(folder: Path) -> HostileInput:
    return _takeout(folder, "activity", deep_array())


def google_deep_chrome(folder: Path) -> HostileInput:
    return _takeout(folder, "chrome", b'{"Browser History": ' + deep_array() + b"}")


def google_deep_html(folder: Path) -> HostileInput:
    """An HTML My Activity page whose first card opens 200k `div`s (a browser would render it)."""
    page = b'<html><body><div class="mdl-grid"><div class="outer-cell mdl-cell">' + b"<div>" * DEPTH
    return _takeout(folder, "activity", page + b"</div>" * DEPTH + b"</div></div></body></html>", html=True)


def google_html_unterminated_tag(folder: Path, tag_bytes: int = 100 * 1024**2) -> HostileInput:
    """An HTML My Activity page whose card opens a `<div ` that never ends (100 MB of attributes)."""
    made = _takeout(folder, "activity", b"", html=True)
    with open(made.export / made.culprit, "wb") as fh:
        fh.write(b'<html><body><div class="mdl-grid"><div class="outer-cell mdl-cell"><div ')
        block = b"x" * 1024**2
        for _ in range(tag_bytes // len(block)):
            fh.write(block)
    return made


def spotify_deep(folder: Path) -> HostileInput:
    from tests.generators.spotify import spotify_files

    files: dict[str, Content] = dict(spotify_files())
    name = "Spotify Account Data/StreamingHistory_music_0.json"
    files[name] = deep_array()
    return HostileInput(write_zip(folder / "my_spotify_data.zip", files), name)


def snapchat_deep(folder: Path) -> HostileInput:
    from tests.generators.snapchat import snapchat_files

    files: dict[str, Content] = dict(snapchat_files())
    name = next(p for p in files if p.endswith("user_profile.json"))
    files[name] = b'{"Engagement": ' + deep_array() + b"}"
    return HostileInput(write_zip(folder / "mydata.zip", files), name)


def linkedin_csv_huge_field(folder: Path, field_bytes: int = 100 * 1024**2) -> HostileInput:
    """A LinkedIn export (a folder) whose messages.csv holds a quoted field of 100 MB in short lines:
    every line is ordinary, only the csv module sees the field grow."""
    from tests.generators.linkedin import linkedin_files

    root = write_folder(folder / "Basic_LinkedInDataExport_05-10-2024", dict(linkedin_files()))
    name = "messages.csv"
    line = b"x" * 1023 + b"\n"
    with open(root / name, "wb") as fh:
        fh.write(b'CONVERSATION ID,FROM,TO,DATE,SUBJECT,CONTENT\r\n1,Acme,Alex,2024-05-01 08:00:00 UTC,Hi,"')
        for _ in range(field_bytes // len(line)):
            fh.write(line)
        fh.write(b'"\r\n')
    return HostileInput(root, name)


def mbox_huge_header_line(folder: Path, line_bytes: int = 1024**3) -> HostileInput:
    """One message whose header line runs 1 GB (a hole: the file takes no disk)."""
    path = folder / "mail.mbox"
    with open(path, "wb") as fh:
        fh.write(b"From alex@example.com Fri Mar 01 08:00:00 2024\nFrom: Acme <news@acme.example>\nX-Junk: ")
        fh.seek(line_bytes, 1)
        fh.write(b"\nSubject: hi\n\nbody\n")
    return HostileInput(path, path.name, alone=True)


_CENTRAL = struct.Struct("<4s6H3I5H2I")
_LOCAL = struct.Struct("<4s5H3I2H")


def zip_huge_directory(folder: Path, directory_bytes: int = 108 * 1024**2) -> HostileInput:
    """A zip whose end record claims 1 entry and a central directory of 108 MB of minimal entries
    (zipfile ignores the count and builds an object for each of the ~2.4 million)."""
    path = folder / "facebook-export.zip"
    name = b"a"
    local = _LOCAL.pack(b"PK\x03\x04", 20, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0) + name
    entry = _CENTRAL.pack(b"PK\x01\x02", 20, 20, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0, 0, 0, 0, 0, 0) + name
    count = directory_bytes // len(entry)
    with open(path, "wb") as fh:
        fh.write(local)
        block = entry * 10_000
        for _ in range(count // 10_000):
            fh.write(block)
        fh.write(entry * (count % 10_000))
        size = count * len(entry)
        fh.write(struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 1, 1, size, len(local), 0))
    assert zipfile.is_zipfile(path)
    return HostileInput(path, path.name, alone=True)


WRITERS: dict[str, Callable[[Path], HostileInput]] = {
    "Facebook advertisers nested 200k deep": facebook_deep_advertisers,
    "Instagram advertisers nested 200k deep": instagram_deep_advertisers,
    "X tweets part (JS-wrapped) nested 200k deep": x_deep_tweets_part,
    "TikTok nested 200k deep": tiktok_deep,
    "Google My Activity JSON nested 200k deep": google_deep_activity,
    "Google Chrome history nested 200k deep": google_deep_chrome,
    "Google My Activity HTML with 200k nested divs": google_deep_html,
    "Google My Activity HTML with a 100 MB unterminated tag": google_html_unterminated_tag,
    "Spotify streaming history nested 200k deep": spotify_deep,
    "Snapchat profile nested 200k deep": snapchat_deep,
    "LinkedIn CSV with a 100 MB field": linkedin_csv_huge_field,
    "mbox with a 1 GB header line": mbox_huge_header_line,
    "zip claiming 1 entry before a 108 MB directory": zip_huge_directory,
    # Under the size cap (98 MiB at the default limits) but ~870,000 entries: the count refuses it.
    "zip claiming 1 entry before 40 MB of tiny entries": lambda folder: zip_huge_directory(folder, 40 * 1024**2),
}
