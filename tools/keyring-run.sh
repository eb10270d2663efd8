#!/usr/bin/env bash
# keyring-run CMD... : runs CMD inside a private D-Bus session with an
# unlocked gnome-keyring Secret Service and a private HOME, then stops both.
set -u
HOME=$(mktemp -d)
export HOME
export XDG_RUNTIME_DIR="$HOME/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
dbus-run-session -- sh -c '
  echo -n test | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  kr=$!
  i=0; until secret-tool search --all x x >/dev/null 2>&1 || [ $i -ge 100 ]; do sleep 0.1; i=$((i+1)); done
  "$@"; rc=$?
  kill $kr; wait $kr 2>/dev/null
  exit $rc' sh "$@"
