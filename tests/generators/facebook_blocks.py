"""The pieces every era of the generated Facebook export is built from: Meta's JSON encoding (mojibake) and
one record list per file (profile, clicked ads, off-Meta activity, comments, messages, apps, searches)."""

from __future__ import annotations

import json
from typing import Any

from tests import persona
from tests.generators.facebook_persona import (
    AD_COPY,
    AD_URL,
    CLICKED,
    CONNECTED_APPS,
    FRIEND,
    MESSAGE_TEXTS,
    OFF_META,
    T0,
)

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64 + b"\xff\xd9"


def _mojibake(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, dict):
        return {_mojibake(k): _mojibake(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_mojibake(v) for v in value]
    return value


def meta_json(value: Any, mojibake: bool = True) -> bytes:
    """JSON as Meta writes it: every UTF-8 byte of a non-ASCII character as its own \\u00XX escape."""
    if mojibake:
        return json.dumps(_mojibake(value), ensure_ascii=True, indent=2).encode("ascii")
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def profile(key: str) -> dict[str, Any]:
    """The persona's profile under `key` ("profile", "profile_v2")."""
    return {
        key: {
            "name": {
                "full_name": persona.NAME,
                "first_name": persona.FIRST_NAME,
                "middle_name": "",
                "last_name": persona.LAST_NAME,
            },
            "emails": {"emails": [persona.EMAIL], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
            "birthday": {"year": 1990, "month": 4, "day": 12},
            "current_city": {"name": f"{persona.CITY}, Germany", "timestamp": 0},
            "registration_timestamp": 1200000000,
            "phone_numbers": [],
            "profile_uri": "https://www.facebook.com/alex.example.0000",
        }
    }


def history(scale: int) -> list[dict[str, Any]]:
    """Clicked ads: advertisers met elsewhere, ad copy and a landing URL (§12a), then fictional shops."""
    items = [{"title": name, "action": "Clicked ad", "timestamp": T0 - i * 3600} for i, name in enumerate(CLICKED)]
    copy = [*AD_COPY, AD_URL]
    # Whole minutes: the 2018 HTML download writes click times without seconds (tests/generators/meta_html.py).
    items += [{"title": text, "action": "Clicked ad", "timestamp": T0 - 5040 - i * 60} for i, text in enumerate(copy)]
    items += [
        {"title": f"Fictional Shop {i}", "action": "Clicked ad", "timestamp": T0 - 7200 - i * 60}
        for i in range(10 * scale)
    ]
    return items


def off_meta_a(scale: int) -> list[dict[str, Any]]:
    """Off-Meta activity in the 2020-24 shape: {"name", "events": [{"id", "type", "timestamp"}]}."""
    out = [
        {
            "name": name,
            "events": [{"id": 1234567890123456 + n, "type": t, "timestamp": ts} for n, (t, ts) in enumerate(ev)],
        }
        for name, ev in OFF_META
    ]
    out += [
        {"name": f"shop{i}.example", "events": [{"id": 5550000 + i, "type": "PAGE_VIEW", "timestamp": T0 - i}]}
        for i in range(20 * scale)
    ]
    return out


def off_meta_b(scale: int) -> list[dict[str, Any]]:
    """Off-Meta activity in the 2025 `label_values` shape."""

    def record(name: str, events: list[tuple[str, int]], base: int) -> dict[str, Any]:
        vec = [
            {
                "dict": [
                    {"label": "ID", "value": str(base + n)},
                    {"label": "Event", "value": t},
                    {"label": "Received on", "timestamp_value": ts},
                ]
            }
            for n, (t, ts) in enumerate(events)
        ]
        return {
            "title": name,
            "media": [],
            "fbid": str(100000000000000 + base),
            "label_values": [{"label": "Events", "vec": vec}],
        }

    out = [record(name, ev, 1000 * i) for i, (name, ev) in enumerate(OFF_META)]
    out += [record(f"shop{i}.example", [("PAGE_VIEW", T0 - i)], 90000 + i) for i in range(20 * scale)]
    return out


def envelope(ent_name: str, label: str, values: list[str], extra: bool = False) -> dict[str, Any]:
    """A 2024+ `label_values` document holding one list of values."""
    entry: dict[str, Any] = {"label": label, "vec": [{"value": v} for v in values]}
    doc: dict[str, Any] = {"media": [], "label_values": [entry], "fbid": "100000000000001"}
    if extra:  # NL/ES/RO-style dumps carry these two; others do not
        entry["ent_field_name"] = "name"
        doc["ent_name"] = ent_name
    return doc


def comments(key: str, scale: int) -> dict[str, Any]:
    """The persona's comments under `key`."""
    return {
        key: [
            {
                "timestamp": T0 - 1000 - i,
                "data": [
                    {"comment": {"timestamp": T0 - 1000 - i, "comment": f"Schöne Grüße #{i}", "author": persona.NAME}}
                ],
                "title": f"{persona.NAME} commented on a post.",
            }
            for i in range(20 * scale)
        ]
    }


def _msg(sender: str, seconds: int, **extra: Any) -> dict[str, Any]:
    return {"sender_name": sender, "timestamp_ms": seconds * 1000, "type": "Generic", **extra}


def messages(scale: int) -> dict[str, Any]:
    """One inbox thread with the friend: texts, a photo, and `scale` times 50 more messages."""
    msgs = [_msg(FRIEND if i % 2 else persona.NAME, T0 - i * 60, content=t) for i, t in enumerate(MESSAGE_TEXTS)]
    msgs.append(_msg(FRIEND, T0 - 600, photos=[{"uri": "photos/1.jpg"}]))
    msgs += [_msg(persona.NAME, T0 - 10000 - i, content=f"Nachricht {i}") for i in range(50 * scale)]
    return {
        "participants": [{"name": FRIEND}, {"name": persona.NAME}],
        "messages": msgs,
        "title": FRIEND,
        "is_still_participant": True,
        "thread_path": "inbox/jamiegroesse_abc123",
    }


def apps(key: str, n: int) -> dict[str, Any]:
    """The first `n` connected apps under `key`."""
    # The first app has added_timestamp 0 (= unknown), as Meta writes for old connections.
    added = (0, T0 - 5 * 86400)
    rows = [
        {"name": name, "added_timestamp": added[i], "user_app_scoped_id": 7000000000000001 + i}
        | {"category": ("active", "removed")[i], "removed_timestamp": (0, T0)[i]}
        for i, name in enumerate(CONNECTED_APPS)
    ]
    return {key: rows[:n]}


def searches(key: str, scale: int) -> dict[str, Any]:
    """Facebook searches under `key`."""
    return {
        key: [
            {
                "timestamp": T0 - 500 - i,
                "attachments": [{"data": [{"text": f"zelt {i}"}]}],
                "data": [{"text": f"zelt {i}"}],
                "title": "You searched Facebook",
            }
            for i in range(10 * scale)
        ]
    }
