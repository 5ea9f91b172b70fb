#!/usr/bin/env bash
# Sets everything up and runs every test: formatting and lints, the Rust
# unit and integration tests, the UI's type check, unit and browser tests,
# the release build and .deb installer, end-to-end tests of the real app,
# and the installed package starting.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
target="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_TERM_COLOR=never

step() {
  echo
  echo "==> $1"
}

step "UI build (the app embeds it, so it comes before any Rust build)"
npm --prefix ui run build --silent
step "Rust formatting"
cargo fmt --all --check
step "Rust lints"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "Rust unit and integration tests (the team library's against a throwaway PostgreSQL)"
pg_dir="$(mktemp -d /tmp/attache-pg.XXXXXX)"
pg_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
ATTACHE_TEST_PG_URL="$(bash scripts/pg-cluster.sh start "$pg_dir" "$pg_port")"
ATTACHE_TEST_PG_CA="$pg_dir/ca.crt"
export ATTACHE_TEST_PG_URL ATTACHE_TEST_PG_CA
trap 'bash scripts/pg-cluster.sh stop "$pg_dir" || true; rm -rf "$pg_dir"' EXIT
cargo test --workspace
step "The team password: in the OS keyring where one runs (a throwaway Secret Service), else in a 0600 file"
ATTACHE_TEST_KEYRING=absent DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
  cargo test --quiet -p attache-team --lib secret
ATTACHE_TEST_KEYRING=present bash scripts/with-keyring.sh cargo test --quiet -p attache-team --lib secret
step "UI type check"
npm --prefix ui run check --silent
step "UI unit tests"
npm --prefix ui test --silent
# The real-core browser tests use the app's commands on Tauri's mock runtime
# (src-tauri/examples/serve-test), which `cargo test` built above.
step "UI browser tests (Chromium, against the real core)"
npm --prefix ui run test:browser --silent
step "Release build and .deb installer"
# The app and the CLI are built in one cargo invocation so their shared
# dependencies (typst above all) compile once, with one set of features;
# `tauri bundle` then packages the binary already built.
cargo build --release -p attache-app -p attache-cli
(cd src-tauri && ../ui/node_modules/.bin/tauri bundle --bundles deb)
step "End-to-end tests of the real app (Xvfb, tauri-driver)"
ATTACHE_APP="$target/release/attache-app" node --test tests/e2e/
step "The .deb installs and starts"
bash scripts/check-deb.sh "$target"
