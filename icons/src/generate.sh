#!/bin/sh
# Regenerates every icon in icons/ from the SVGs next to this script.
# Needs: chromium (draws the SVGs), ImageMagick (resizes, forces RGBA), npx (Tauri's icon set).
# Run from the repository root: sh icons/src/generate.sh
set -eu
src=$(cd "$(dirname "$0")" && pwd)
icons=$(dirname "$src")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# draw SVG SIZE OUT: the SVG at SIZE×SIZE on a transparent background.
draw() {
  cat > "$work/page.html" <<HTML
<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent;overflow:hidden}img{display:block;width:$2px;height:$2px}</style></head><body><img src="file://$1"></body></html>
HTML
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profile" \
    --default-background-color=00000000 --force-device-scale-factor=1 --window-size="$2,$2" \
    --screenshot="$3" "file://$work/page.html" >/dev/null 2>&1
}

# The app icon, and Tauri's whole set from it (the mobile folders are not needed).
draw "$src/app.svg" 1024 "$work/app.png"
convert "$work/app.png" -strip "PNG32:$icons/source.png"
npx --yes @tauri-apps/cli@2 icon "$icons/source.png" -o "$icons"
rm -rf "$icons/android" "$icons/ios"

# Tray icons: drawn large, scaled down, saved as 8-bit RGBA (the agent's decoder wants RGBA).
for kind in normal alert; do
  draw "$src/tray-$kind.svg" 256 "$work/tray-$kind.png"
  for size in 32 64; do
    convert "$work/tray-$kind.png" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:$icons/tray-$kind-$size.png"
  done
done

# The page's logo.
cp "$src/favicon.svg" "$icons/../ui/favicon.svg"
