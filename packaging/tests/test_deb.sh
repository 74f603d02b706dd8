#!/usr/bin/env bash
# The Debian package, tested the way a user gets it: build it from a fresh PyInstaller build, install
# it, and use the installed programs with nothing of the checkout or its venv in reach.
#
#   packaging/tests/test_deb.sh              build in a temp dir, install with `dpkg -x` into a scratch root
#   MECLOUD_TEST_DEB=x.deb ...               test an existing .deb instead of building one
#   MECLOUD_TEST_DPKG_INSTALL=1 ...          install for real with `dpkg -i` (root, throwaway machine only),
#                                            then remove it again with `dpkg -r`
#
# Checks: package metadata and contents, the .desktop and AppStream files as installed, `mecloud
# --version`, `mecloud-firm --help`, a vault created and a generated Facebook export imported (twice:
# nothing is added the second time), a consent bundle made by `mecloud share` and verified by
# `mecloud-firm open`, the desktop app alive for a few seconds offscreen (and on a real X server under
# Xvfb when xvfb-run is there), and the Secret Service keychain (when gnome-keyring is there).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY="${MECLOUD_PYTHON:-$ROOT/.venv/bin/python}"
GUI_SECONDS="${MECLOUD_TEST_GUI_SECONDS:-4}"
APP_ID="org.mecloud.MeCloud"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/vault/__init__.py")"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/mecloud-deb-test.XXXXXX")"
INSTALLED_FOR_REAL=0
GUI_PID=
cleanup() {
  if [ -n "$GUI_PID" ]; then kill "$GUI_PID" 2>/dev/null || true; fi
  if [ "$INSTALLED_FOR_REAL" = 1 ]; then dpkg -r mecloud >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

step() { printf '== [%3d s] %s\n' "$SECONDS" "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
contains() { grep -qF -- "$2" <<<"$1" || fail "$3: expected '$2' in: $1"; }

# --- build -----------------------------------------------------------------------------------------
if [ -n "${MECLOUD_TEST_DEB:-}" ]; then
  DEB="$(realpath "$MECLOUD_TEST_DEB")"
else
  step "PyInstaller build (into $WORK)"
  start=$SECONDS
  "$PY" -c "import PyInstaller" 2>/dev/null || fail "PyInstaller is not installed in $PY (make package installs it)"
  (cd "$ROOT" && "$PY" -m PyInstaller --noconfirm --log-level ERROR --distpath "$WORK/dist" \
    --workpath "$WORK/build" packaging/pyinstaller/mecloud.spec) >"$WORK/pyinstaller.log" 2>&1 \
    || { tail -40 "$WORK/pyinstaller.log" >&2; fail "PyInstaller build"; }
  echo "   $((SECONDS - start)) s, $(du -sm "$WORK/dist/mecloud" | cut -f1) MB"
  step ".deb"
  MECLOUD_DEB_COMPRESSION="-Zxz -z2" "$ROOT/packaging/linux/build_deb.sh" "$WORK/dist/mecloud" "$WORK/out"
  DEB="$(ls "$WORK"/out/mecloud_*.deb)"
fi

# --- package metadata and contents -----------------------------------------------------------------
step "package metadata and contents"
[ "$(dpkg-deb -f "$DEB" Package)" = mecloud ] || fail "Package field"
[ "$(dpkg-deb -f "$DEB" Version)" = "$VERSION" ] || fail "Version field is not $VERSION"
depends="$(dpkg-deb -f "$DEB" Depends)"
for dep in libgl1 libegl1 fontconfig-config fonts-dejavu-core libxkbcommon0 libdbus-1-3; do
  contains "$depends" "$dep" "Depends"
done

listing="$(dpkg-deb -c "$DEB" | awk '$7 == "->" { print $6, $7, $8; next } { print $6 }')"
for path in ./opt/mecloud/mecloud ./opt/mecloud/mecloud-firm "./usr/share/applications/$APP_ID.desktop" \
  "./usr/share/metainfo/$APP_ID.metainfo.xml" "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
  ./usr/share/doc/mecloud/copyright ./opt/mecloud/_internal/tldextract/.tld_set_snapshot \
  ./opt/mecloud/_internal/vault/consent/data/dpv.json ./opt/mecloud/_internal/ui/desktop/i18n/mecloud_de.qm \
  ./opt/mecloud/_internal/vault/counterparts/data/datenanfragen/companies.jsonl \
  ./opt/mecloud/_internal/vault/counterparts/data/datenanfragen/company-names.json \
  ./opt/mecloud/_internal/vault/counterparts/data/datenanfragen/company-index.json \
  ./opt/mecloud/_internal/PySide6/Qt/plugins/platforms/libqxcb.so \
  ./opt/mecloud/_internal/PySide6/Qt/plugins/platforms/libqwayland.so \
  ./opt/mecloud/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so \
  ./opt/mecloud/_internal/PySide6/Qt/lib/libQt6Charts.so.6; do
  grep -qxF -- "$path" <<<"$listing" || fail "$path missing from the package"
done
for size in 48x48 64x64 128x128 256x256 512x512; do
  contains "$listing" "./usr/share/icons/hicolor/$size/apps/$APP_ID.png" "icons"
done
contains "$listing" "./usr/bin/mecloud -> /opt/mecloud/mecloud" "/usr/bin link"
contains "$listing" "./usr/bin/mecloud-firm -> /opt/mecloud/mecloud-firm" "/usr/bin link"
grep -qE '^\./opt/mecloud/_internal/sqlcipher3/_sqlite3\..*\.so$' <<<"$listing" || fail "SQLCipher extension missing"
grep -qE '^\./opt/mecloud/_internal/ijson/backends/_yajl2\..*\.so$' <<<"$listing" || fail "ijson C backend missing"
grep -qE '^\./opt/mecloud/_internal/zstandard/' <<<"$listing" || fail "zstandard (item chunks at rest) missing"
grep -qE '^\./opt/mecloud/_internal/cryptography/hazmat/bindings/_rust\..*\.so$' <<<"$listing" \
  || fail "cryptography's Rust extension missing"
# keyring's backend modules live in the programs' archives; its entry points must be on disk.
grep -qE '^\./opt/mecloud/_internal/keyring-[0-9.]+\.dist-info/entry_points\.txt$' <<<"$listing" \
  || fail "keyring's entry points (how it finds its backends) missing"
if grep -qE 'keyrings/alt|keyrings\.alt' <<<"$listing"; then fail "keyrings.alt must never ship"; fi
if grep -qE '/libstdc\+\+\.so|/libgcc_s\.so' <<<"$listing"; then fail "the C++ runtime must come from the system"; fi
if grep -qE 'libQt6(Quick|Qml|WebEngine|3D|Multimedia)' <<<"$listing"; then fail "unused Qt modules were bundled"; fi

# --- install ----------------------------------------------------------------------------------------
if [ "${MECLOUD_TEST_DPKG_INSTALL:-0}" = 1 ]; then
  step "dpkg -i (for real)"
  [ "$(id -u)" = 0 ] || fail "MECLOUD_TEST_DPKG_INSTALL=1 needs root"
  INSTALLED_FOR_REAL=1
  dpkg -i "$DEB" >/dev/null
  TARGET=/
  BIN=/usr/bin
  [ "$(command -v mecloud)" = /usr/bin/mecloud ] || fail "mecloud is not on the PATH"
else
  step "dpkg -x into a scratch root"
  TARGET="$WORK/root"
  dpkg -x "$DEB" "$TARGET"
  # The package's /usr/bin links are absolute (/opt/mecloud/...); mirror them into the scratch root so
  # the programs still start through a link, as they do installed.
  BIN="$WORK/bin"
  mkdir -p "$BIN"
  ln -s "$TARGET/opt/mecloud/mecloud" "$BIN/mecloud"
  ln -s "$TARGET/opt/mecloud/mecloud-firm" "$BIN/mecloud-firm"
fi

step "installed .desktop and AppStream files validate"
if command -v desktop-file-validate >/dev/null; then
  # Hints are suggestions (e.g. "Security" could go with "System"); errors and warnings fail.
  report="$(desktop-file-validate "$TARGET/usr/share/applications/$APP_ID.desktop")" || { echo "$report" >&2; fail "desktop-file-validate"; }
  if grep -v ': hint: ' <<<"$report" | grep -q .; then echo "$report" >&2; fail "desktop-file-validate warnings"; fi
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$TARGET/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null \
    || fail "appstreamcli validate"
fi
grep -qx "Exec=mecloud" "$TARGET/usr/share/applications/$APP_ID.desktop" || fail "Exec line"
grep -qx "Icon=$APP_ID" "$TARGET/usr/share/applications/$APP_ID.desktop" || fail "Icon line"
# X11 window managers match the running window to this entry by WM_CLASS (checked under Xvfb below).
grep -qx "StartupWMClass=Me-Cloud" "$TARGET/usr/share/applications/$APP_ID.desktop" || fail "StartupWMClass line"

# --- the installed programs, with nothing of the checkout in reach ----------------------------------
H="$WORK/home"
mkdir -p "$H"
run() {  # a clean environment: no venv, no PYTHONPATH, no display, a fresh HOME
  exec_env=env
  [ "${RUN_EXEC:-0}" = 1 ] && exec_env="exec env"
  $exec_env -i HOME="$H" PATH="$BIN:/usr/bin:/bin" LANG=C.UTF-8 TMPDIR="$WORK" \
    XDG_CONFIG_HOME="$H/.config" XDG_DATA_HOME="$H/.local/share" XDG_CACHE_HOME="$H/.cache" \
    XDG_RUNTIME_DIR="$WORK/run" MECLOUD_VAULT="$WORK/vault" MECLOUD_CONFIG="$WORK/config" \
    MECLOUD_PASSPHRASE="package test passphrase" MECLOUD_FIRM_PASSPHRASE="firm test passphrase" \
    "$@"
}
mkdir -p -m 0700 "$WORK/run"

step "mecloud --version, mecloud-firm --help"
out="$(cd "$WORK" && run mecloud --version)"
[ "$out" = "mecloud $VERSION" ] || fail "mecloud --version said: $out"
out="$(cd "$WORK" && run mecloud-firm --help)"
contains "$out" "usage: mecloud-firm" "mecloud-firm --help"
contains "$out" "keygen" "mecloud-firm --help"

step "create a vault, import a generated Facebook export (twice)"
(cd "$ROOT" && "$PY" - "$WORK/facebook.zip" <<'EOF'
import sys
from pathlib import Path

from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export

write_zip(Path(sys.argv[1]), facebook_export("2024"))
EOF
)
out="$(cd "$WORK" && run mecloud init)"
contains "$out" "Vault created" "mecloud init"
[ -f "$WORK/vault/vault.db" ] || fail "no vault.db after mecloud init"
if grep -qa "Acme Outdoor" "$WORK/vault/vault.db"; then fail "vault.db holds plaintext"; fi
(cd "$WORK" && run mecloud import facebook.zip --json) >"$WORK/import1.json"
(cd "$WORK" && run mecloud import facebook.zip --json) >"$WORK/import2.json"
"$PY" - "$WORK/import1.json" "$WORK/import2.json" <<'EOF' || fail "import results"
import json
import sys

first, second = (json.load(open(p)) for p in sys.argv[1:3])
assert first["platform"] == "facebook", first["platform"]
assert first["items_added"] > 50, first["items_added"]
assert first["brands_added"] > 10, first["brands_added"]
assert first["coverage"]["unknown"] == [], first["coverage"]["unknown"]
assert second["items_seen"] == first["items_seen"] and second["items_added"] == 0, second
print(f"   {first['items_added']} items, {first['touchpoints_added']} touchpoints, {first['brands_added']} brands")
EOF
if grep -qa "Acme Outdoor" "$WORK/vault/vault.db"; then fail "vault.db holds plaintext after import"; fi
out="$(cd "$WORK" && run mecloud log verify)"
contains "$out" "hash chain verified" "mecloud log verify"

step "a PDF letter: WeasyPrint from the bundle, Pango and HarfBuzz from the Depends"
(cd "$WORK" && run mecloud letter "Acme Outdoor Co" --lang de --out letter.pdf) >/dev/null \
  || fail "mecloud letter --out letter.pdf"
[ "$(head -c 5 "$WORK/letter.pdf")" = "%PDF-" ] || fail "letter.pdf is not a PDF"

step "consent bundle: mecloud-firm keygen, mecloud share, mecloud-firm open"
(cd "$WORK" && run mecloud-firm keygen --name "Contoso Research" --contact privacy@contoso.example \
  --policy https://contoso.example/privacy --purpose Marketing --out firm) >/dev/null
(cd "$WORK" && run mecloud firm add firm/firm-card.jws) >/dev/null
(cd "$WORK" && run mecloud consent grant --firm 1 --category Interest --purpose Marketing --until 2099-12-31 --json) \
  >"$WORK/grant.json"
consent="$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$WORK/grant.json")"
(cd "$WORK" && run mecloud share "$consent" --out bundle.age) >/dev/null
(cd "$WORK" && run mecloud-firm open bundle.age --key firm/firm-key.age --json) >"$WORK/verdict.json" \
  || { cat "$WORK/verdict.json" >&2; fail "mecloud-firm open rejected the bundle"; }
"$PY" -c 'import json, sys; v = json.load(open(sys.argv[1])); assert v["ok"] is True, v' "$WORK/verdict.json" \
  || fail "bundle verdict"

# The desktop app: alive after GUI_SECONDS, killed by us, and not a word of Python traceback.
gui_check() {  # name, then the command prefix
  local name="$1" pid err="$WORK/gui-$1.err"
  shift
  # RUN_EXEC: the subshell becomes the app itself, so $! is the app's pid and `kill` reaches it.
  (cd "$WORK" && RUN_EXEC=1 run "$@" mecloud) >"$WORK/gui-$name.out" 2>"$err" &
  pid=$!
  GUI_PID=$pid
  sleep "$GUI_SECONDS"
  kill -0 "$pid" 2>/dev/null || { cat "$err" >&2; fail "the app ($name) exited within $GUI_SECONDS s"; }
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  GUI_PID=
  if grep -qE 'Traceback|Error:|Could not load the Qt platform|Cannot load library|cannot open shared object' "$err"; then
    cat "$err" >&2
    fail "the app ($name) reported errors"
  fi
}

step "desktop app offscreen for ${GUI_SECONDS} s"
gui_check offscreen env QT_QPA_PLATFORM=offscreen

if command -v xvfb-run >/dev/null; then
  step "desktop app on an X server (Xvfb, xcb platform plugin)"
  cat >"$WORK/xcb.sh" <<'EOF'
#!/usr/bin/env bash
# Inside xvfb-run: start the app, wait for its window to be mapped, keep it a few seconds, stop it.
"$@" mecloud >"$WORK/gui-xcb.out" 2>"$WORK/gui-xcb.err" &
pid=$!
mapped=0
for _ in $(seq 1 $((GUI_SECONDS * 4))); do
  sleep 0.25
  kill -0 "$pid" 2>/dev/null || break
  if ! command -v xwininfo >/dev/null || xwininfo -root -tree 2>/dev/null | grep -qF '("mecloud" "Me-Cloud")'; then mapped=1; fi
done
alive=0
kill -0 "$pid" 2>/dev/null && alive=1
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
[ "$alive" = 1 ] && [ "$mapped" = 1 ]
EOF
  chmod +x "$WORK/xcb.sh"
  (cd "$WORK" && run env WORK="$WORK" GUI_SECONDS="$GUI_SECONDS" xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$WORK/xcb.sh" env QT_QPA_PLATFORM=xcb) \
    || { cat "$WORK/gui-xcb.err" >&2; fail "the app did not run (or show its window) under Xvfb"; }
  if grep -qE 'Traceback|Error:|Could not load the Qt platform|Cannot load library|cannot open shared object' \
    "$WORK/gui-xcb.err"; then
    cat "$WORK/gui-xcb.err" >&2
    fail "the app (xcb) reported errors"
  fi
else
  echo "   (xvfb-run not installed: X11 run skipped)"
fi

if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
  step "remember on this device: the Secret Service keychain (gnome-keyring)"
  cat >"$WORK/keyring.sh" <<'EOF'
#!/usr/bin/env bash
echo -n "keyring test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
mecloud remember on && mecloud remember status
EOF
  chmod +x "$WORK/keyring.sh"
  mkdir -p "$H/.cache" "$H/.local/share"
  out="$(cd "$WORK" && run dbus-run-session -- "$WORK/keyring.sh" 2>"$WORK/keyring.err")" \
    || { cat "$WORK/keyring.err" >&2; fail "mecloud remember on"; }
  contains "$out" "Keychain: available" "keychain"
  contains "$out" "Remembered on this device: yes" "keychain"
else
  echo "   (gnome-keyring not installed: keychain check skipped)"
fi

if [ "$INSTALLED_FOR_REAL" = 1 ]; then
  step "dpkg -r"
  dpkg -r mecloud >/dev/null
  INSTALLED_FOR_REAL=0
  [ ! -e /opt/mecloud ] && [ ! -e /usr/bin/mecloud ] || fail "dpkg -r left files behind"
fi

echo "OK: $(basename "$DEB") ($(du -m "$DEB" | cut -f1) MB)"
