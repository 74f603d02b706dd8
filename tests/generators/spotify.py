"""Generated Spotify exports about the fictional persona, in each layout of formats/README.md §7.

Variants: "account" (`Spotify Account Data/`, `StreamingHistory_music_<n>.json`), "mydata" (the older
`MyData/` folder and `StreamingHistory<n>.json`), "extended" (`Spotify Extended Streaming History/`
with `Streaming_History_Audio_*.json` and a video file), "endsong" (older extended `endsong_<n>.json`).
Account data and extended history are separate zips: pass both paths to import them as one export.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests import persona
from tests.exportkit import write_folder, write_zip

VARIANTS = ("account", "mydata", "extended", "endsong")

INFERENCES = [
    "1P_Custom_Coffee_Playlist_Listeners",
    "1P_Custom_Auto_Northwind [Advertiser-Specific]",
    "1P_Custom_GenZ [Insights Only]",
    "1P_Internal_Premium_Standard_Subscribers",
    "1P_TEST_OEFemale_DNU [TEST]",
    "2P_Globex Bank_Card Holders_14-Mar-2024_NL",
    "2P_Contoso Coffee_Loyalty Members | 1_2-Apr-2024_DE",
    "2P_Acme Outdoor Co_Spring Campers | 1_2-Apr-2024_NL_Lookalike",
    "3P_Eyeota_Outdoor Enthusiasts_NL",  # a provider on our data-broker list names itself
    "interest_outdoor_sports",
    # Real shapes (formats/README.md §12a, a German account's Inferences.json): a 3P segment's first part is
    # mostly the audience, not a provider; tails carry a date and a country.
    "3P_Children_Toys_DE",
    "3P_Vegetarian/Vegan Lifestyle_10Nov2021_US",
    "3P_Laptop_PC_Purchase Intenders_DE",
    # Built for one advertiser: it counts only when the advertiser turns up elsewhere (Contoso Coffee does, in
    # its 2P audience above; Initech does nowhere, and "Switchers" is the audience).
    "1P_Custom_Affinity_Contoso Coffee [Advertiser-Specific]",
    "1P_Custom_Initech_Switchers [Advertiser-Restricted]",
]
# What the account variant should make of it: brand -> touchpoint kinds.
EXPECTED_BRANDS = {
    "Spotify": {"inference", "account", "purchase", "activity"},  # activity: the records it keeps (importers/held.py)
    "Globex Bank": {"customer_list"},
    "Contoso Coffee": {"customer_list", "ad_targeting"},
    "Acme Outdoor Co": {"ad_targeting"},
    "Eyeota": {"inference"},
}
_ARTISTS = ["The Example Band", "Campfire Collective", "Müller & Söhne", "DJ Placeholder"]


def _music(n: int, offset: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "endTime": f"2024-{1 + (i // 2000) % 12:02d}-{1 + (i // 80) % 28:02d} {(i // 60) % 24:02d}:{i % 60:02d}",
            "artistName": _ARTISTS[i % len(_ARTISTS)],
            "trackName": f"Song {i}",
            "msPlayed": 1000 + i,
        }
        for i in range(offset, offset + n)
    ]


def _podcasts(n: int) -> list[dict[str, Any]]:
    return [
        {
            "endTime": f"2023-06-{1 + i % 28:02d} 07:{i % 60:02d}",
            "podcastName": "Example Talk",
            "episodeName": f"Episode {i}",
            "msPlayed": 60000 + i,
        }
        for i in range(n)
    ]


def _extended(n: int) -> list[dict[str, Any]]:
    return [
        {
            "ts": f"2023-{1 + (i // 2000) % 12:02d}-{1 + (i // 80) % 28:02d}T{(i // 60) % 24:02d}:{i % 60:02d}:07Z",
            "platform": "android",
            "ms_played": 2000 + i,
            "conn_country": "DE",
            "ip_addr": "192.0.2.10",
            "master_metadata_track_name": f"Song {i}",
            "master_metadata_album_artist_name": _ARTISTS[i % len(_ARTISTS)],
            "master_metadata_album_album_name": "Example Album",
            "spotify_track_uri": f"spotify:track:{i:022d}",
            "episode_name": None,
            "episode_show_name": None,
            "spotify_episode_uri": None,
            "reason_start": "trackdone",
            "reason_end": "trackdone",
            "shuffle": False,
            "skipped": False,
            "offline": False,
            "offline_timestamp": 0,
            "incognito_mode": False,
        }
        for i in range(n)
    ]


def _account_files(scale: int, root: str, old_names: bool) -> dict[str, Any]:
    n = 500 * scale
    files: dict[str, Any] = {
        f"{root}/Userdata.json": {
            "username": persona.USERNAME,
            "email": persona.EMAIL,
            "country": "DE",
            "createdFromFacebook": False,
            "facebookUid": None,
            "birthdate": "1990-01-01",
            "gender": "female",
            "postalCode": "10115",
            "mobileNumber": None,
            "mobileOperator": None,
            "mobileBrand": None,
            "creationTime": "2014-03-05",
        },
        f"{root}/Identity.json": {"displayName": persona.NAME, "firstName": persona.FIRST_NAME},
        f"{root}/Inferences.json": {"inferences": INFERENCES},
        f"{root}/Payments.json": {"payment_method": "Visa", "country": "DE", "creation_date": "2015-01-01"},
        f"{root}/SearchQueries.json": [
            {
                "platform": "ANDROID",
                "searchTime": f"2024-05-01T18:04:{i % 60:02d}.123Z[UTC]",
                "searchQuery": q,
                "searchInteractionURIs": [],
            }
            for i, q in enumerate(["c", "ca", "cam", "campfire"])
        ],
        f"{root}/YourLibrary.json": {
            "tracks": [{"artist": "The Example Band", "album": "Example Album", "track": "Campfire Song"}],
            "albums": [],
            "shows": [{"name": "Example Talk", "publisher": "Example Media"}],
            "episodes": [],
            "bannedTracks": [],
            "artists": [],
            "other": [],
        },
        f"{root}/Playlist1.json": {
            "playlists": [{"name": "Road trip", "lastModifiedDate": "2024-04-01", "items": [], "numberOfFollowers": 0}]
        },
        f"{root}/Marquee.json": [{"artistName": "The Example Band", "segment": "Previously Active Listeners"}],
        f"{root}/Follow.json": {"followerCount": 3, "followingUsersCount": 5, "dismissingUsersCount": 0},
        f"{root}/Read Me First.pdf": b"%PDF-1.4 placeholder",
    }
    if old_names:
        files[f"{root}/StreamingHistory0.json"] = _music(n)
        files[f"{root}/StreamingHistory1.json"] = _music(n, offset=n)
    else:
        files[f"{root}/StreamingHistory_music_0.json"] = _music(n)
        files[f"{root}/StreamingHistory_music_1.json"] = _music(n, offset=n)
        files[f"{root}/StreamingHistory_podcast_0.json"] = _podcasts(20)
    return files


def spotify_files(scale: int = 1, variant: str = "account") -> dict[str, Any]:
    """The files of one zip. `scale` multiplies the streaming history (1000 plays per unit)."""
    if variant == "account":
        return _account_files(scale, "Spotify Account Data", old_names=False)
    if variant == "mydata":
        return _account_files(scale, "MyData", old_names=True)
    if variant == "extended":
        root = "Spotify Extended Streaming History"
        n = 500 * scale
        ext = _extended(2 * n)
        return {
            f"{root}/Streaming_History_Audio_2022-2023_0.json": ext[:n],
            f"{root}/Streaming_History_Audio_2023-2024_1.json": ext[n:],
            f"{root}/Streaming_History_Video_2023-2024.json": [],
            f"{root}/ReadMeFirst_ExtendedStreamingHistory.pdf": b"%PDF-1.4 placeholder",
        }
    if variant == "endsong":
        n = 500 * scale
        ext = _extended(2 * n)
        return {"MyData/endsong_0.json": ext[:n], "MyData/endsong_1.json": ext[n:]}
    raise ValueError(f"unknown variant {variant!r}")


def write_spotify(target: Path, scale: int = 1, variant: str = "account", as_zip: bool = True) -> Path:
    files = spotify_files(scale, variant)
    return write_zip(target, files) if as_zip else write_folder(target, files)
