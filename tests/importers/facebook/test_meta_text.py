"""Meta mojibake repair: per string, only when the bytes really are UTF-8, keys included."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from importers.meta.text import clean_label, fix_text, fix_tree


def _as_meta_writes(text: str) -> str:
    """What json.loads returns for a string Meta exported: each UTF-8 byte as one character."""
    return json.loads(json.dumps(text.encode("utf-8").decode("latin-1")))


def test_mojibake_is_repaired() -> None:
    assert _as_meta_writes("Müller") == "MÃ¼ller"
    assert fix_text("MÃ¼ller") == "Müller"
    assert fix_text(json.loads('"Caf\\u00c3\\u00a9"')) == "Café"


def test_four_byte_emoji_is_repaired() -> None:
    assert fix_text(_as_meta_writes("Zelt 🏕️ und ☕")) == "Zelt 🏕️ und ☕"


def test_clean_text_is_left_alone() -> None:
    # A clean export: "é" alone is not valid UTF-8 as a byte, and "€" is above U+00FF.
    for text in ("Müller", "Café", "Preis: 5 €", "ascii only", "Ã", "日本語"):
        assert fix_text(text) == text


def test_tree_repairs_keys_and_nested_values() -> None:
    raw = {_as_meta_writes("Grüße"): [_as_meta_writes("Köln"), {"n": _as_meta_writes("Jürgen")}, 7, None]}
    assert fix_tree(raw) == {"Grüße": ["Köln", {"n": "Jürgen"}, 7, None]}


def test_clean_label_strips_controls_and_bounds_length() -> None:
    assert clean_label("Acme\x00\x1b[31m Outdoor\n\nCo") == "Acme [31m Outdoor Co"
    assert clean_label("x" * 500, 20) == "x" * 19 + "…"
    assert clean_label(None) == "" and clean_label(True) == ""


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_round_trip_of_any_text(text: str) -> None:
    """Whatever the user wrote, Meta's encoding of it is repaired back to exactly that."""
    assert fix_text(text.encode("utf-8").decode("latin-1")) == text
