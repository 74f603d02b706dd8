#!/usr/bin/env bash
# "On a clean machine": install the .deb into a fresh Debian 12 minbase root with apt (which pulls in
# exactly the declared Depends, no Recommends) and use it there: CLI, import, the GUI offscreen.
# Needs root, debootstrap and network access to a Debian mirror, so it is a release check, not CI.
#   sudo packaging/tests/test_clean_root.sh dist/mecloud_0.1.0_amd64.deb
set -euo pipefail

DEB="$(realpath "${1:?usage: test_clean_root.sh PACKAGE.deb}")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="${MECLOUD_PYTHON:-$ROOT/.venv/bin/python}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
[ "$(id -u)" = 0 ] || { echo "test_clean_root: run as root" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "test_clean_root: apt-get install debootstrap" >&2; exit 1; }

WORK="$(mktemp -d)"
CHROOT="$WORK/root"
cleanup() { umount "$CHROOT/proc" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

echo "== debootstrap bookworm (minbase)"
debootstrap --variant=minbase bookworm "$CHROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
  || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
mount -t proc proc "$CHROOT/proc"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
cp "$DEB" "$CHROOT/tmp/mecloud.deb"
(cd "$ROOT" && "$PY" -c "
import sys
from pathlib import Path
from tests.exportkit import write_zip
from tests.generators.facebook import facebook_export
write_zip(Path(sys.argv[1]), facebook_export('2024'))
" "$CHROOT/tmp/facebook.zip")

echo "== apt-get install ./mecloud.deb (Depends only)"
chroot "$CHROOT" bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends /tmp/mecloud.deb >/dev/null'

echo "== use it"
chroot "$CHROOT" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 MECLOUD_PASSPHRASE="clean root test" bash -euc '
  [ "$(command -v mecloud)" = /usr/bin/mecloud ]
  [ -f /usr/share/applications/org.mecloud.MeCloud.desktop ]
  mecloud --version
  mecloud-firm --help >/dev/null
  mecloud init >/dev/null
  mecloud import /tmp/facebook.zip | head -2
  cd /tmp
  set +e
  QT_QPA_PLATFORM=offscreen timeout 5 mecloud >gui.out 2>gui.err
  rc=$?
  set -e
  [ "$rc" = 124 ] || { cat gui.err; echo "the app exited ($rc)"; exit 1; }
  ! grep -qE "Traceback|Cannot load library|cannot open shared object" gui.err
'
echo "OK: $(basename "$DEB") installs and runs on a clean Debian 12"
