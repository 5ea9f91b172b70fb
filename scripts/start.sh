#!/usr/bin/env bash
# Sets everything up, builds Attaché and opens it on the default library
# (~/.local/share/org.attache.desk/library.sqlite3). Extra arguments go to
# the app, for instance: scripts/start.sh --library ~/desk.sqlite3
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
target="${CARGO_TARGET_DIR:-$root/target}"

echo "start: building the UI and the app (the first build takes several minutes)"
npm --prefix ui run build --silent
cargo build --release -p attache-app -p attache-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "start: no display found; running on a virtual one (Xvfb :99). Take a look with: import -window root -display :99 shot.png"
  pgrep -f "Xvfb :99" >/dev/null || (Xvfb :99 -screen 0 1400x900x24 >/dev/null 2>&1 &)
  export DISPLAY=:99
  sleep 1
fi
exec "$target/release/attache-app" "$@"
