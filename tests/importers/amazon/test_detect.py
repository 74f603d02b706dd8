"""Amazon detection: every layout, one or several zips; other exports are not mistaken for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import amazon, registry
from importers.archive.reader import ExportTree
from tests.exportkit import write_zip
from tests.generators import linkedin, snapchat, spotify
from tests.generators.amazon import VARIANTS, amazon_parts, write_amazon, write_amazon_parts

FACEBOOK_LIKE = {
    "facebook-alex/ads_information/advertisers_using_your_activity_or_information.json": {"custom_audiences_v2": []},
    "facebook-alex/your_facebook_activity/posts/your_posts_1.json": [],
}
GOOGLE_LIKE = {
    "Takeout/archive_browser.html": "<html></html>",
    "Takeout/My Activity/Shopping/MyActivity.json": [],
    "Takeout/Google Pay/Google transactions/transactions_123.csv": "Time,Transaction ID\r\n",
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_layout_is_detected(tmp_path: Path, variant: str) -> None:
    with ExportTree([write_amazon(tmp_path / "export.zip", variant=variant)]) as tree:
        found = amazon.detect(tree)
    assert found is not None and found.platform == "amazon" and found.confidence >= 0.9
    assert found.layout == ("folders+your-orders" if variant == "your-orders" else "folders")


def test_the_newer_orders_file_alone_is_enough(tmp_path: Path) -> None:
    orders, _ads = amazon_parts(variant="your-orders")
    with ExportTree([write_zip(tmp_path / "Your Orders.zip", orders)]) as tree:
        found = amazon.detect(tree)
    assert found is not None and found.layout == "your-orders"
    assert found.evidence == ("Your Orders/Order History.csv",)


def test_parts_sent_days_apart_are_one_export(tmp_path: Path) -> None:
    with ExportTree(write_amazon_parts(tmp_path)) as tree:
        found = amazon.detect(tree)
    assert found is not None and found.confidence >= 0.9


def test_other_exports_are_not_amazon(tmp_path: Path) -> None:
    foreign = {
        "linkedin": [linkedin.write_linkedin(tmp_path / "li.zip")],
        "spotify": [spotify.write_spotify(tmp_path / "sp.zip")],
        "snapchat": [snapchat.write_snapchat(tmp_path / "snap.zip")],
        "facebook-like": [write_zip(tmp_path / "fb.zip", FACEBOOK_LIKE)],
        "google-like": [write_zip(tmp_path / "takeout.zip", GOOGLE_LIKE)],
        "some order csv": [write_zip(tmp_path / "o.zip", {"orders/Order History 2023.csv": "Order ID\r\n1\r\n"})],
    }
    for name, paths in foreign.items():
        with ExportTree(paths) as tree:
            assert amazon.detect(tree) is None, name


def test_the_registry_picks_amazon(tmp_path: Path) -> None:
    with ExportTree(write_amazon_parts(tmp_path)) as tree:
        module, _ = registry.choose(tree)
    assert module.PLATFORM == "amazon"
