#!/bin/sh
# Copies the front-end packages installed from the npm registry into static/vendor.
set -eu
cd "$(dirname "$0")/.."
src=node_modules
dst=static/vendor
rm -rf "$dst"
mkdir -p "$dst/kern/fonts" "$dst/htmx" "$dst/leaflet" "$dst/leaflet.markercluster" "$dst/map"
cp "$src/@kern-ux/native/dist/kern.min.css" "$dst/kern/"
cp "$src/@kern-ux/native/LICENSE.md" "$dst/kern/LICENSE.md"
cp "$src/@kern-ux/native/dist/fonts/fira-sans.css" "$dst/kern/fonts/"
mkdir -p "$dst/kern/fonts/fira-sans"
# Only the font files the stylesheet refers to.
# Each is cut down to the characters German and English pages use (Latin-1 plus
# typographic quotes, dashes, ellipsis, euro sign, arrows): about a fifth of the size.
python=${PYTHON:-.venv/bin/python}
unicodes="U+0000-00FF,U+0131,U+0152-0153,U+02C6,U+02DA,U+02DC,U+2009,U+200B,U+2010-2015,U+2018-201E,U+2020-2022,U+2026,U+202F,U+2039-203A,U+20AC,U+2122,U+2190-2193,U+2212"
for font in $(grep -o 'FiraSans-[A-Za-z]*\.woff2' "$src/@kern-ux/native/dist/fonts/fira-sans.css" | sort -u); do
  "$python" -m fontTools.subset "$src/@kern-ux/native/dist/fonts/fira-sans/$font" \
    --unicodes="$unicodes" --flavor=woff2 --layout-features='*' \
    --output-file="$dst/kern/fonts/fira-sans/$font"
done
# Text shows at once in the fallback font and switches when the web font arrives.
sed -i 's/^\( *\)font-style: \([a-z]*\);/\1font-style: \2;\n\1font-display: swap;/' "$dst/kern/fonts/fira-sans.css"
cp "$src/htmx.org/dist/htmx.min.js" "$dst/htmx/"
# The source map too: the production static storage checks every file a script names.
cp "$src/leaflet/dist/leaflet.js" "$src/leaflet/dist/leaflet.js.map" "$src/leaflet/dist/leaflet.css" "$dst/leaflet/"
cp -r "$src/leaflet/dist/images" "$dst/leaflet/"
# Marker clusters: the script (with its source map) and the layout rules; the portal
# draws the cluster icons itself (programmes/static/programmes/map.css).
cp "$src/leaflet.markercluster/dist/leaflet.markercluster.js" \
   "$src/leaflet.markercluster/dist/leaflet.markercluster.js.map" \
   "$src/leaflet.markercluster/dist/MarkerCluster.css" \
   "$src/leaflet.markercluster/MIT-LICENCE.txt" "$dst/leaflet.markercluster/"
# The base map without a tile server: outlines of Germany and its neighbours from the
# Natural Earth borders (public domain) in world-atlas.
"$python" scripts/map_outline.py "$src/world-atlas/countries-50m.json" "$dst/map/germany-outline.json"
echo "Front-end assets copied to $dst"
