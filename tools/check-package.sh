#!/usr/bin/env bash
# check-package.sh BUILD_DIR VERSION — the ctest package_deb_runs.
# Packs the already built tree with CPack into a temporary directory (the
# build directory gets no package and nothing is rebuilt), unpacks the .deb
# into a temporary root, checks the files and the Depends field, and runs
# both executables from that root. CPACK names the cpack program.
set -euo pipefail

build=${1:?usage: check-package.sh BUILD_DIR VERSION}
version=${2:?usage: check-package.sh BUILD_DIR VERSION}
cpack=${CPACK:-cpack}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/relais-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() { echo "package_deb_runs: $*" >&2; exit 1; }

for tool in dpkg-deb dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null || fail "$tool is missing (make deps installs dpkg-dev and file)"
done

if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  fail "cpack failed"
fi

debs=("$tmp"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  cat "$tmp/cpack.log" >&2
  fail "expected one .deb in the output"
fi
deb=${debs[0]}
case "$(basename "$deb")" in
  "relais_${version}_"*.deb) ;;
  *) fail "unexpected package name $(basename "$deb")" ;;
esac
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

root="$tmp/root"
dpkg-deb -x "$deb" "$root"

expected=(
  usr/bin/relais
  usr/bin/relaisctl
  usr/share/applications/org.relais.Relais.desktop
  usr/share/metainfo/org.relais.Relais.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/org.relais.Relais.svg
  usr/share/icons/hicolor/48x48/apps/org.relais.Relais.png
  usr/share/icons/hicolor/256x256/apps/org.relais.Relais.png
)
for f in "${expected[@]}"; do
  [ -f "$root/$f" ] || fail "missing /$f"
done
ls "$root"/usr/share/man/man1/relaisctl.1* >/dev/null 2>&1 || fail "missing the relaisctl(1) man page"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = relais ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version), expected $version"
depends=$(field Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libqt6sql6-sqlite gpg; do
  grep -Eq "(^|[ ,|])$dep( |,|\$)" <<<"$depends" || fail "Depends lacks $dep"
done

# Run from the unpacked root against the system Qt; a private HOME so that
# nothing is read from or written to the user's.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
mkdir -p "$HOME"

out=$("$root/usr/bin/relaisctl" --version) || fail "relaisctl --version exited $?"
[ "$out" = "relaisctl $version" ] || fail "relaisctl --version printed '$out'"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/relais" --version) || fail "relais --version exited $?"
[ "$out" = "relais $version" ] || fail "relais --version printed '$out'"

echo "package_deb_runs: ok"
