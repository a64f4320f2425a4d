#!/usr/bin/env bash
# Records the classes the desktop app loads until its first step is usable, into
# src/packaging/linux/gui-classes.lst, which the installer adds to the class-data archive (the training
# run at package time and at install time is a command-line lookup, which never opens a window). Run it
# under a display-less build with xvfb-run after `mvn -B -Pinstaller -DskipTests package`, and commit the
# list again when the app's start changes much (a stale list only makes the start a little slower).
set -euo pipefail
cd "$(dirname "$0")/../.."
image=target/installer/dear-mp
list=src/packaging/linux/gui-classes.lst
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    HOME='$home' DEAR_MP_HOME='$home/dear-mp' '$image/lib/runtime/bin/java' -XX:DumpLoadedClassList='$home/gui.lst' \
        -Dorg.slf4j.simpleLogger.log.org.dearmp.ui.shell.DearMpApp=debug \
        -cp '$image/lib/app/dear-mp.jar' org.dearmp.Launcher 2>'$home/gui.err' &
    app=\$!
    for _ in \$(seq 600); do grep -q 'Window usable' '$home/gui.err' && break; sleep 0.1; done
    sleep 1
    kill \$app
    wait \$app 2>/dev/null || true"
grep -v '^#' "$home/gui.lst" >"$list"
echo "$(wc -l <"$list") classes in $list"
