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
  # Wait until our daemon owns the Secret Service name. NameHasOwner does not
  # start a service, unlike a Secret Service call, which would let D-Bus
  # activate a second, locked daemon under load.
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
          org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
          | grep -q "boolean true" || [ $i -ge 200 ]; do
    sleep 0.05; i=$((i+1))
  done
  # Then until the unlocked login collection answers.
  i=0
  until secret-tool search --all x x >/dev/null 2>&1 || [ $i -ge 100 ]; do sleep 0.1; i=$((i+1)); done
  "$@"; rc=$?
  kill $kr; wait $kr 2>/dev/null
  exit $rc' sh "$@" 2> >(grep -v -e "^dbus-daemon\[" -e "discover_other_daemon" >&2)
