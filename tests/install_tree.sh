#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# install_tree.sh BUILD_DIR [CMAKE]: installs the build into a temporary prefix (no root needed),
# checks that every file lands where the desktop expects it, and runs the installed binary.
set -euo pipefail

build="$1"
cmake="${2:-cmake}"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

"$cmake" --install "$build" --prefix "$prefix" >/dev/null

app=org.parallax.Parallax
expected=(
    bin/parallax
    share/parallax/models/ner-en.bin
    "share/applications/$app.desktop"
    "share/metainfo/$app.metainfo.xml"
    "share/mime/packages/$app.xml"
    "share/icons/hicolor/scalable/apps/$app.svg"
)
for size in 16 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app.png")
done
status=0
for file in "${expected[@]}"; do
    if [ ! -s "$prefix/$file" ]; then
        echo "install_tree: missing $file" >&2
        status=1
    fi
done
for size in 16 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$app.png"
    # PNG signature, then the IHDR width as a 4-byte big-endian number at offset 16.
    width=$(od -An -tu1 -j16 -N4 "$png" 2>/dev/null | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    [ "$width" = "$size" ] || { echo "install_tree: $png is ${width:-unreadable} wide" >&2; status=1; }
done
[ "$status" -eq 0 ] || exit 1

unset PARALLAX_MODEL_DIR
"$prefix/bin/parallax" --version | grep -q "0\.1\.0" || { echo "install_tree: --version" >&2; exit 1; }

article="$prefix/article.txt"
printf 'Maria Lindqvist met officials of the Harbour Authority in Caldwell on Tuesday.\n' >"$article"
json=$("$prefix/bin/parallax" annotate "$article" --format json)
grep -q "Lindqvist" <<<"$json" || { echo "install_tree: annotate found no entities: $json" >&2; exit 1; }
echo "install_tree: ${#expected[@]} files in place; the installed binary runs and finds its model"
