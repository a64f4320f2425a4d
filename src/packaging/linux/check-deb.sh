#!/usr/bin/env bash
# Installs the .deb built by `mvn -B -Pinstaller -DskipTests package`, uses it as a person would (the
# command line from the PATH, the desktop entry's command under Xvfb), then removes it and checks that
# nothing is left behind. Run as root on a Debian-like system with xvfb and xdotool.
set -euo pipefail
cd "$(dirname "$0")/../../.."
deb=$(ls target/installer/dear-mp_*.deb)
# Installing needs root: as root, or through sudo where there is one.
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
        echo "Installing the .deb needs root (or sudo)." >&2; exit 1; fi
}
echo "Installing $deb"
as_root dpkg -i "$deb" || (as_root env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq && as_root dpkg -i "$deb")

test -f /opt/dear-mp/lib/app/dear-mp.jsa || { echo "postinst made no class-data archive" >&2; exit 1; }
# -Xshare:on refuses to start unless the launcher's archive maps: made for this very folder and jar.
(cd /tmp && JAVA_TOOL_OPTIONS=-Xshare:on dear-mp lookup "SW1A 0AA" >/dev/null 2>&1) \
    || { echo "the launcher does not start from its class-data archive" >&2; exit 1; }
echo "The command line, from the PATH:"
out=$(cd /tmp && dear-mp lookup "SW1A 0AA")
echo "$out"
grep -q "Cities of London and Westminster" <<<"$out"

desktop=$(ls /usr/share/applications/*dear-mp*.desktop)
grep -q '^Categories=Office;' "$desktop"
command=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
echo "The desktop entry $desktop starts $command; waiting for its window"
home=$(mktemp -d)
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    HOME='$home' '$command' &
    app=\$!
    window=\$(timeout 60 xdotool search --sync --name '^Dear MP' | head -n 1)
    title=\$(xdotool getwindowname \"\$window\")
    echo \"Window shown: \$title\"
    kill \$app
"
rm -rf "$home"

echo "Removing the package"
as_root dpkg -r dear-mp
test ! -e /usr/bin/dear-mp
test ! -e /opt/dear-mp
! ls /usr/share/applications/*dear-mp*.desktop 2>/dev/null
echo "The .deb installed, ran and went cleanly."
