#!/bin/sh
# Copies the front-end packages installed from the npm registry into static/vendor.
set -eu
cd "$(dirname "$0")/.."
src=node_modules
dst=static/vendor
rm -rf "$dst"
mkdir -p "$dst/kern/fonts" "$dst/htmx" "$dst/leaflet"
cp "$src/@kern-ux/native/dist/kern.min.css" "$dst/kern/"
cp "$src/@kern-ux/native/LICENSE.md" "$dst/kern/LICENSE.md"
cp "$src/@kern-ux/native/dist/fonts/fira-sans.css" "$dst/kern/fonts/"
mkdir -p "$dst/kern/fonts/fira-sans"
# Only the font files the stylesheet refers to.
for font in $(grep -o 'FiraSans-[A-Za-z]*\.woff2' "$src/@kern-ux/native/dist/fonts/fira-sans.css" | sort -u); do
  cp "$src/@kern-ux/native/dist/fonts/fira-sans/$font" "$dst/kern/fonts/fira-sans/"
done
cp "$src/htmx.org/dist/htmx.min.js" "$dst/htmx/"
# The source map too: the production static storage checks every file a script names.
cp "$src/leaflet/dist/leaflet.js" "$src/leaflet/dist/leaflet.js.map" "$src/leaflet/dist/leaflet.css" "$dst/leaflet/"
cp -r "$src/leaflet/dist/images" "$dst/leaflet/"
echo "Front-end assets copied to $dst"
