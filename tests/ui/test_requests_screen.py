"""The export-requests screen: a row per platform with its state and dates, the guide in the UI's language,
the request page as a link opened only on click, and recording "I requested it" (today or a chosen date)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from tests.ui.driving import fill, unlock
from ui.desktop import i18n
from ui.desktop import workspace as ws
from vault.counterparts.export_requests import guides


def _row(screen, platform: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, s in enumerate(screen.rows) if s.platform == platform)


def _select(screen, platform: str) -> int:  # type: ignore[no-untyped-def]
    row = _row(screen, platform)
    screen.table.setCurrentCell(row, 0)
    return row


def test_requests_screen_states_guide_and_recording(qtbot, make_window, reporter, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toString()) or True)
    fill(vault)  # google, facebook, amazon, mbox imported today
    vault.store.execute("UPDATE imports SET started_at = '2023-01-10T10:00:00+00:00' WHERE platform = 'amazon'")
    vault.close()
    window = make_window(vault.folder)
    window.show()
    space = unlock(qtbot, window)
    screen = space.show_screen(ws.REQUESTS)
    assert screen.table.rowCount() == len(guides()["platforms"])
    states = {s.platform: screen.table.item(i, 1).text() for i, s in enumerate(screen.rows)}
    assert states["tiktok"] == "Never asked"
    assert states["google"] == "Up to date"
    assert states["amazon"] == "Time for a fresh export"  # imported more than six months ago
    assert screen.table.item(_row(screen, "amazon"), 3).text() == "10 Jan 2023"  # the locale's day
    assert screen.table.item(_row(screen, "amazon"), 1).font().bold()

    # The guide of the chosen platform, its link opened only on click.
    _select(screen, "tiktok")
    assert screen.platform.text() == "TikTok"
    assert screen.link.url == "https://www.tiktok.com/setting/download-your-data"
    assert guides()["platforms"]["tiktok"]["steps"]["en"][0] in screen.guide.text()
    assert opened == []
    screen.link.linkActivated.emit(screen.link.url)
    assert opened == ["https://www.tiktok.com/setting/download-your-data"]

    # "I requested it today".
    qtbot.mouseClick(screen.today_button, Qt.MouseButton.LeftButton)
    row = _row(screen, "tiktok")
    assert screen.rows[row].state == "waiting" and screen.rows[row].requested_on == date.today()
    assert screen.table.item(row, 1).text().startswith("Asked — usually ready from")
    assert screen.table.item(row, 2).text() == f"{date.today().day} {date.today():%b %Y}"  # the locale's day
    assert screen.table.currentRow() == row  # the selection stays on the platform

    # A date picked in the calendar: asked 5 days ago, ready after 3, link valid 4 more: download now.
    _select(screen, "facebook")
    _select(screen, "twitter")
    asked = date.today() - timedelta(days=5)
    screen.date.setDate(QDate(asked.year, asked.month, asked.day))
    qtbot.mouseClick(screen.asked_button, Qt.MouseButton.LeftButton)
    row = _row(screen, "twitter")
    assert screen.rows[row].state == "download" and screen.rows[row].requested_on == asked
    assert screen.table.item(row, 1).text().startswith("Should be ready: download before")

    # Long ago and never imported: the link has expired.
    _select(screen, "snapchat")
    asked = date.today() - timedelta(days=60)
    screen.date.setDate(QDate(asked.year, asked.month, asked.day))
    qtbot.mouseClick(screen.asked_button, Qt.MouseButton.LeftButton)
    assert screen.table.item(_row(screen, "snapchat"), 1).text() == "Link probably expired: ask again"
    assert opened == ["https://www.tiktok.com/setting/download-your-data"]
    assert not reporter.errors, reporter.messages()


def test_guide_follows_the_ui_language(qtbot, make_window, reporter, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "current", lambda: "de")
    vault.close()
    window = make_window(vault.folder)
    space = unlock(qtbot, window)
    screen = space.show_screen(ws.REQUESTS)
    _select(screen, "facebook")
    assert guides()["platforms"]["facebook"]["steps"]["de"][0] in screen.guide.text()
