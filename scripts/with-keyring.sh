#!/usr/bin/env bash
# Runs a command with a throwaway OS keyring: a Secret Service (GNOME
# Keyring) on a D-Bus session of its own, its keyrings in a temporary folder,
# unlocked with a throwaway password. Used by scripts/test.sh for the team
# library's password test: `bash scripts/with-keyring.sh COMMAND...`.
set -euo pipefail
if [ -z "${ATTACHE_KEYRING_SESSION:-}" ]; then
  home="$(mktemp -d /tmp/attache-keyring.XXXXXX)"
  trap 'rm -rf "$home"' EXIT
  ATTACHE_KEYRING_SESSION=1 XDG_DATA_HOME="$home" dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@"
  exit
fi
while IFS= read -r line; do
  export "${line?}"
done < <(printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets)
"$@"
