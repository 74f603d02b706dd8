"""Packaging: the desktop metadata validates and agrees with the app id; the .deb builds, installs and runs.

The .deb test (packaging/tests/test_deb.sh: PyInstaller build, dpkg-deb, install into a scratch root, CLI,
import, consent bundle, GUI offscreen and under Xvfb, keychain) takes about 1.5 minutes. It runs wherever
its tools are there (Linux, dpkg-deb, PyInstaller in the venv); MECLOUD_TEST_PACKAGE=0 skips it,
MECLOUD_TEST_PACKAGE=1 makes missing tools a failure instead of a skip.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from importlib.util import find_spec
from pathlib import Path

import pytest

from vault.paths import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = LINUX / "icons"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"


def _desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_names_the_app_and_its_icon() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "mecloud"  # no %F: file arguments would be read as CLI commands
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    # X11 window managers match the window by WM_CLASS; Qt sets it from the application name.
    assert entry["StartupWMClass"] == "Me-Cloud"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    complaints = [line for line in result.stdout.splitlines() if ": hint: " not in line]
    assert complaints == []


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates_offline() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_agrees_with_the_app() -> None:
    from vault import __version__

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("content_rating") is not None
    assert __version__ in [r.get("version") for r in root.iter("release")], "add a <release> for this version"
    assert {b.text for b in root.iter("binary")} == {"mecloud", "mecloud-firm"}
    assert len(list(root.iter("screenshot"))) >= 1
    # The app's own translation catalogue (ui/desktop/i18n/mecloud_<lang>.qm).
    assert root.findtext("translation") == "mecloud"


def test_icons_exist_in_every_size_they_claim() -> None:
    from PySide6.QtGui import QImage

    assert (ICONS / f"{APP_ID}.svg").read_text("utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(ICONS / f"{size}x{size}" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        # Transparent corners, an opaque middle: the picture is there, not an empty canvas.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_windows_and_macos_icon_files_hold_pngs() -> None:
    ico = (ICONS / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    for i in range(count):
        _w, _h, _c, _r, _planes, _bits, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i])
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
    icns = (ICONS / f"{APP_ID}.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    entries = {}
    at = 8
    while at < len(icns):
        kind, length = icns[at : at + 4], struct.unpack(">I", icns[at + 4 : at + 8])[0]
        entries[kind] = icns[at + 8 : at + length]
        at += length
    assert at == len(icns)
    # Each slot holds a PNG of the size macOS expects there (ic10 = 512 pt @2x = 1024 px).
    for kind, size in ((b"icp4", 16), (b"ic07", 128), (b"ic09", 512), (b"ic10", 1024), (b"ic13", 512)):
        assert entries[kind][:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", entries[kind][16:24]) == (size, size)


def test_flatpak_sandbox_stays_narrow() -> None:
    text = FLATPAK.read_text("utf-8")
    assert f"app-id: {APP_ID}\n" in text
    assert "--share=network" not in text  # the app never goes online
    assert "--filesystem=home" not in text and "--filesystem=host" not in text
    assert "--filesystem=xdg-download:ro" in text
    assert "--talk-name=org.freedesktop.secrets" in text


def test_make_deb_installs_its_debian_packages_before_building() -> None:
    # On a fresh machine build_deb.sh refuses ("libxcb-... is not installed on this build machine") unless the
    # Qt/X libraries are there; `make deb` must run the system-deps step first, as `make test` does.
    if shutil.which("make") is None:
        pytest.skip("make not installed")
    plan = subprocess.run(
        ["make", "-n", "-C", str(ROOT), "deb"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert "apt-get install" in plan
    assert "build_deb.sh" in plan
    assert plan.index("apt-get install") < plan.index("PyInstaller") < plan.index("build_deb.sh")


def _package_tools_missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the .deb is built on Linux only"
    for tool in ("dpkg-deb", "dpkg", "ldd"):
        if shutil.which(tool) is None:
            return f"{tool} not installed"
    if find_spec("PyInstaller") is None:
        return "PyInstaller is not installed in the venv (make package installs it)"
    return None


@pytest.mark.slow
def test_deb_builds_installs_and_runs(tmp_path: Path) -> None:
    wanted = os.environ.get("MECLOUD_TEST_PACKAGE", "")
    if wanted == "0":
        pytest.skip("MECLOUD_TEST_PACKAGE=0")
    missing = _package_tools_missing()
    if missing:
        if wanted == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MECLOUD_", "QT_", "PYTHON_KEYRING"))}
    env.update(TMPDIR=str(tmp_path), MECLOUD_PYTHON=sys.executable)
    if wanted == "1":
        env["MECLOUD_TEST_DEB"] = os.environ.get("MECLOUD_TEST_DEB", "")
        env["MECLOUD_TEST_DPKG_INSTALL"] = os.environ.get("MECLOUD_TEST_DPKG_INSTALL", "0")
    result = subprocess.run(
        [str(ROOT / "packaging" / "tests" / "test_deb.sh")],
        env={k: v for k, v in env.items() if v},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert "OK: mecloud_" in result.stdout
