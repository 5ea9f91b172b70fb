#!/usr/bin/env bash
# Checks the .deb the bundler built: as root it is installed with dpkg, the
# installed app is started on a scratch library until it paints its first
# frame, then the package is removed again. Without root the package is
# unpacked to a scratch folder and started from there.
set -euo pipefail
target="${1:?usage: check-deb.sh TARGET_DIR}"
deb="$(realpath "$(ls -t "$target"/release/bundle/deb/*.deb | head -n 1)")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends

if [ "$(id -u)" -eq 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
  app=/usr/bin/attache-app
else
  dpkg-deb -x "$deb" "$scratch/root"
  app="$scratch/root/usr/bin/attache-app"
fi
export GSETTINGS_BACKEND=memory
output="$(xvfb-run -a timeout 60 "$app" --library "$scratch/library.sqlite3" --measure-startup)"
echo "$output"
if [ "$(id -u)" -eq 0 ]; then
  package="$(dpkg-deb --field "$deb" Package)"
  dpkg -r "$package" >/dev/null
fi
case "$output" in
  first_paint_ms=*) echo "the installed app started and painted" ;;
  *) echo "the installed app did not paint its first frame" >&2; exit 1 ;;
esac
