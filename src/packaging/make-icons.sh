#!/bin/sh
# Makes the icon files from dear-mp.svg: the PNG sizes a Linux desktop needs, the Windows .ico and the
# macOS .icns. Needs ImageMagick and python3. The results are committed; run this after changing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    convert -background none -density 300 dear-mp.svg -resize "${size}x${size}" "icons/dear-mp-$size.png"
done
cp icons/dear-mp-256.png linux/dear-mp.png
cp icons/dear-mp-256.png ../main/resources/org/dearmp/ui/icon/dear-mp-256.png
cp icons/dear-mp-64.png ../main/resources/org/dearmp/ui/icon/dear-mp-64.png
cp icons/dear-mp-32.png ../main/resources/org/dearmp/ui/icon/dear-mp-32.png
cp icons/dear-mp-16.png ../main/resources/org/dearmp/ui/icon/dear-mp-16.png
convert icons/dear-mp-16.png icons/dear-mp-24.png icons/dear-mp-32.png icons/dear-mp-48.png \
    icons/dear-mp-64.png icons/dear-mp-256.png windows/dear-mp.ico
# An .icns is a list of PNGs, each behind a four-letter type and its length.
python3 - <<'PY'
import struct
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    data = open(f"icons/dear-mp-{size}.png", "rb").read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
open("macos/dear-mp.icns", "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
