#!/usr/bin/env bash
# Turn the PyInstaller folder (dist/mecloud) into a Debian package, offline:
#   /opt/mecloud/                 the frozen app (mecloud, mecloud-firm, _internal/)
#   /usr/bin/mecloud{,-firm}      links into /opt/mecloud
#   /usr/share/applications, icons/hicolor, metainfo, doc/mecloud
# Before building it checks every library the frozen app loads from the system belongs to a package in
# Depends, and that the .desktop and AppStream files validate.
# Usage: packaging/linux/build_deb.sh [PYINSTALLER_FOLDER] [OUTPUT_DIR]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SRC="$(realpath "${1:-$ROOT/dist/mecloud}")"
OUT="$(realpath -m "${2:-$ROOT/dist}")"
APP_ID="org.mecloud.MeCloud"
PACKAGE="mecloud"
MAINTAINER="${MECLOUD_MAINTAINER:-Me-Cloud maintainers <maintainers@mecloud.invalid>}"

# What the frozen folder does not carry: glibc, the C++ runtime (must match the system's GL drivers),
# the GL/EGL stack, libxcb and the Wayland client libraries (PyInstaller never bundles these), the
# font configuration and one font, the keyboard tables (libxkbcommon0 -> xkb-data) and D-Bus.
DEPENDS=(
  "libc6 (>= 2.36)" "libgcc-s1" "libstdc++6 (>= 11)"
  "libgl1" "libegl1" "libxcb1" "libwayland-client0" "libwayland-cursor0" "libwayland-egl1"
  "libxkbcommon0" "libdbus-1-3" "fontconfig-config" "fonts-dejavu-core"
  # Reports and letters as PDF: WeasyPrint opens Pango and HarfBuzz with cffi when it renders (no link to see).
  "libpango-1.0-0" "libpangoft2-1.0-0" "libharfbuzz-subset0"
)
# Libraries found behind those (libgl1 and libegl1 load libGLX and libGLdispatch from these).
PULLED_IN=(libglx0 libglvnd0)
# The keychain for "remember on this device": any Secret Service will do (GNOME Keyring, KWallet 6,
# KeePassXC). Without one the app still works, by passphrase.
RECOMMENDS="gnome-keyring | kwalletmanager | keepassxc | org.freedesktop.secrets"

die() { echo "build_deb: $*" >&2; exit 1; }

[ -x "$SRC/mecloud" ] || die "$SRC/mecloud not found: run 'make package' first"
[ -x "$SRC/mecloud-firm" ] || die "$SRC/mecloud-firm not found: run 'make package' first"
command -v dpkg-deb >/dev/null || die "dpkg-deb is needed (Debian package dpkg)"

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/vault/__init__.py")"
[ -n "$VERSION" ] || die "no __version__ in vault/__init__.py"
ARCH="$(dpkg --print-architecture)"

# --- every system library the frozen app links against must come from a declared package ---------
is_elf() { [ "$(head -c4 "$1" 2>/dev/null)" = $'\x7fELF' ]; }

system_libraries() {
  local libdirs="$SRC/_internal:$SRC/_internal/PySide6/Qt/lib"
  find "$SRC" -type f -print0 | while IFS= read -r -d '' f; do
    is_elf "$f" || continue
    LD_LIBRARY_PATH="$libdirs" ldd "$f" 2>/dev/null | awk -v src="$SRC" -v f="$f" '
      $2 == "=>" && $3 == "not" { print "MISSING " $1 " (needed by " f ")"; next }
      $2 == "=>" && index($3, src) != 1 && $3 ~ /^\// { print $3 }'
  done | sort -u
}

owner_of() {  # the Debian package owning a library file, trying the merged-/usr spellings too
  local path="$1" real candidates c
  real="$(realpath "$path")"
  candidates=("$path" "$real" "/usr$path" "/usr$real" "${path#/usr}" "${real#/usr}")
  for c in "${candidates[@]}"; do
    dpkg -S "$c" 2>/dev/null | head -1 | cut -d: -f1 && return 0
  done
  return 1
}

check_dependencies() {
  local declared=" ${PULLED_IN[*]} " dep lib pkg problems=0
  for dep in "${DEPENDS[@]}"; do declared+="${dep%% *} "; done
  while read -r lib; do
    case "$lib" in
      MISSING*) echo "build_deb: ${lib#MISSING } is not installed on this build machine" >&2; problems=1; continue ;;
    esac
    pkg="$(owner_of "$lib")" || { echo "build_deb: no Debian package owns $lib" >&2; problems=1; continue; }
    case "$declared" in
      *" $pkg "*) ;;
      *) echo "build_deb: $lib comes from $pkg, which is not in Depends" >&2; problems=1 ;;
    esac
  done < <(system_libraries)
  [ "$problems" = 0 ] || die "fix Depends (or the bundle) before packaging"
}

validate_metadata() {
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$HERE/$APP_ID.desktop" | grep -v ': hint: ' >&2 || true
    desktop-file-validate "$HERE/$APP_ID.desktop" >/dev/null || die "$APP_ID.desktop does not validate"
  else
    echo "build_deb: desktop-file-validate not installed, .desktop file not checked" >&2
  fi
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$HERE/$APP_ID.metainfo.xml" >/dev/null \
      || { appstreamcli validate --no-net "$HERE/$APP_ID.metainfo.xml" >&2; die "$APP_ID.metainfo.xml does not validate"; }
  else
    echo "build_deb: appstreamcli not installed, metainfo not checked" >&2
  fi
}

check_dependencies
validate_metadata

# --- the package tree -----------------------------------------------------------------------------
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/root"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
  "$PKG/usr/share/doc/$PACKAGE" "$PKG/usr/share/icons/hicolor/scalable/apps"

cp -a "$SRC" "$PKG/opt/mecloud"
ln -s /opt/mecloud/mecloud "$PKG/usr/bin/mecloud"
ln -s /opt/mecloud/mecloud-firm "$PKG/usr/bin/mecloud-firm"

install -m 0644 "$HERE/$APP_ID.desktop" "$PKG/usr/share/applications/$APP_ID.desktop"
install -m 0644 "$HERE/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 0644 "$HERE/icons/$APP_ID.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$HERE"/icons/*x*/"$APP_ID.png"; do
  size="$(basename "$(dirname "$png")")"
  install -D -m 0644 "$png" "$PKG/usr/share/icons/hicolor/$size/apps/$APP_ID.png"
done
install -m 0644 "$HERE/copyright" "$PKG/usr/share/doc/$PACKAGE/copyright"
printf '%s (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
  "$PACKAGE" "$VERSION" "$VERSION" "$MAINTAINER" "$(date -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")" \
  | gzip -9n > "$PKG/usr/share/doc/$PACKAGE/changelog.gz"

# Debian's usual modes: directories and programs 0755, everything else (shared libraries too) 0644.
find "$PKG" -type d -exec chmod 0755 {} +
find "$PKG" -type f -exec chmod 0644 {} +
chmod 0755 "$PKG/opt/mecloud/mecloud" "$PKG/opt/mecloud/mecloud-firm"

INSTALLED_KB="$(du -sk --apparent-size "$PKG" --exclude=DEBIAN | cut -f1)"
depends="$(printf '%s, ' "${DEPENDS[@]}")"
cat > "$PKG/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: ${depends%, }
Recommends: $RECOMMENDS
Section: utils
Priority: optional
Homepage: https://github.com/mecloud/mecloud
Description: your platform data exports in an encrypted vault, and consent on your terms
 Me-Cloud imports the data exports you can download from Google, Facebook, Instagram, X, TikTok,
 LinkedIn, Spotify, Amazon, Snapchat and your mail into one encrypted vault on your own computer,
 and shows which companies hold which data on you. It shares chosen data with a firm only as a
 signed, encrypted bundle under a consent you can revoke. It never goes online.
 .
 This package holds the desktop app and the command line (mecloud) and the firm's tool to open
 consent bundles (mecloud-firm).
EOF

mkdir -p "$OUT"
DEB="$OUT/${PACKAGE}_${VERSION}_${ARCH}.deb"
# xz -6 by default (smallest); tests pass "-Zxz -z2" (5x faster, ~10 % larger).
dpkg-deb --build --root-owner-group ${MECLOUD_DEB_COMPRESSION:--Zxz -z6} "$PKG" "$DEB" >/dev/null
echo "$DEB ($(du -m "$DEB" | cut -f1) MB, installed $((INSTALLED_KB / 1024)) MB)"
