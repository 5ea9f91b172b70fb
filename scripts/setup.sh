#!/usr/bin/env bash
# Installs everything Attaché needs to build, run and test on Debian 12:
# system libraries (as root, or through sudo), the UI's npm packages and
# tauri-driver. Safe to run again: it only installs what is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(
  libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev  # the Tauri window
  webkit2gtk-driver xvfb x11-utils xdotool                                       # end-to-end tests
  chromium                                                                        # UI tests
  imagemagick python3 build-essential pkg-config curl file                        # screenshots, scripts, builds
  poppler-utils python3-venv                                                      # packet PDF tests, benchmark baselines
  postgresql openssl                                                              # the team library's tests
  gnome-keyring                                                                   # the team password's keyring test
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

for tool in cargo node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "setup: $tool is missing. Attaché needs Rust (rustup.rs, 1.85 or newer) and Node.js 20 with npm." >&2
    exit 1
  fi
done

# The UI's packages, exactly as locked; reinstalled only when the lock changes.
stamp="$root/ui/node_modules/.attache-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$root/ui/package-lock.json" "$stamp"; then
  echo "setup: installing the UI's npm packages"
  npm --prefix "$root/ui" ci --no-audit --no-fund --loglevel=error
  cp "$root/ui/package-lock.json" "$stamp"
fi

if ! command -v tauri-driver >/dev/null; then
  echo "setup: installing tauri-driver (a few minutes, once)"
  cargo install tauri-driver --locked --quiet
fi
