#!/usr/bin/env bash
# Build Me-Cloud for macOS: dist/Me-Cloud.app (PyInstaller BUNDLE, bundle id org.mecloud.MeCloud) and a
# drag-to-Applications disk image dist/Me-Cloud-<version>.dmg (hdiutil).
#   packaging/macos/build_macos.sh
# Needs: macOS 12+, Python 3.11 from python.org or Homebrew (python3.11 on PATH), Xcode command line tools.
# Optional signing and notarisation (without them Gatekeeper asks the user to confirm the first start):
#   MACOS_SIGN_IDENTITY="Developer ID Application: ..."   codesign the .app (hardened runtime)
#   MACOS_NOTARY_PROFILE=<notarytool keychain profile>     notarise and staple the .dmg
# "Remember on this device" uses the login Keychain (keyring's macOS backend, via the Security framework).
# The command line lives inside the bundle: /Applications/Me-Cloud.app/Contents/MacOS/mecloud (and
# mecloud-firm); link them into /usr/local/bin to use them from a terminal.
# Written for macOS; not run in this project's CI (see packaging/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
[ "$(uname -s)" = Darwin ] || { echo "build_macos: run this on macOS" >&2; exit 1; }

VENV="$ROOT/.venv-macos"
PY="$VENV/bin/python"
[ -x "$PY" ] || python3.11 -m venv "$VENV"
"$PY" -m pip install --quiet --upgrade pip
"$PY" -m pip install --quiet -e . "pyinstaller>=6.22,<7"
"$PY" -m ui.desktop.translations_build

"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/mecloud.spec
APP="dist/Me-Cloud.app"
[ -d "$APP" ] || { echo "build_macos: $APP was not built" >&2; exit 1; }

# A smoke test of the frozen programs before packaging them.
VERSION="$("$APP/Contents/MacOS/mecloud" --version | cut -d' ' -f2)"
"$APP/Contents/MacOS/mecloud-firm" --help >/dev/null

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

DMG="dist/Me-Cloud-$VERSION.dmg"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Me-Cloud $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG" >/dev/null

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "$DMG ($(du -m "$DMG" | cut -f1) MB)"
