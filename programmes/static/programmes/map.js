/* Draws the model project map from the JSON in #map-config. The page is complete
   without it: every point is also in the table (or the text) next to the map.

   Base map: the tile server of MAP_TILE_URL when one is set up; otherwise no tile is
   requested and the markers lie on outlines of Germany and its neighbours from the site's
   own static files. Markers show the funding round by shape and colour (see the legend);
   nearby markers are grouped into clusters (Leaflet.markercluster) that show their number.
   Markers and clusters are buttons in the tab order: Enter opens a project's popup or
   zooms into a cluster. */
(function () {
  "use strict";

  var configElement = document.getElementById("map-config");
  var container = document.querySelector("[data-project-map]");
  if (!configElement || !container || typeof window.L === "undefined") {
    return;
  }
  var L = window.L;
  var config = JSON.parse(configElement.textContent);
  var GERMANY_CENTRE = [51.1657, 10.4515];
  var SVG = "http://www.w3.org/2000/svg";
  var SHAPES = {
    circle: ["circle", { cx: 12, cy: 12, r: 8.5 }],
    square: ["rect", { x: 4, y: 4, width: 16, height: 16, rx: 1.5 }],
    diamond: ["path", { d: "M12 1.5 22.5 12 12 22.5 1.5 12Z" }],
    triangle: ["path", { d: "M12 2.5 22 20.5H2Z" }]
  };

  function symbol(name) {
    var shape = SHAPES[name] || SHAPES.circle;
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "map-symbol map-symbol--" + (SHAPES[name] ? name : "circle"));
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var element = document.createElementNS(SVG, shape[0]);
    Object.keys(shape[1]).forEach(function (key) { element.setAttribute(key, shape[1][key]); });
    svg.appendChild(element);
    return svg;
  }

  function hiddenText(text) {
    var span = document.createElement("span");
    span.className = "kern-sr-only";
    span.textContent = text;
    return span;
  }

  function markerIcon(point) {
    var content = document.createElement("span");
    content.appendChild(symbol(point.symbol));
    content.appendChild(hiddenText(point.name + " (" + point.detail + ")"));
    return L.divIcon({
      html: content,
      className: "map-marker",
      iconSize: [32, 32],
      iconAnchor: [16, 16],
      popupAnchor: [0, -12]
    });
  }

  function clusterIcon(cluster) {
    var count = cluster.getChildCount();
    var size = count < 10 ? 36 : count < 25 ? 42 : 48;
    var disc = document.createElement("span");
    disc.className = "map-cluster__disc";
    var number = document.createElement("span");
    number.className = "map-cluster__count";
    number.setAttribute("aria-hidden", "true");
    number.textContent = String(count);
    disc.appendChild(number);
    disc.appendChild(hiddenText((config.clusterLabel || "%(count)s").replace("%(count)s", count)));
    return L.divIcon({ html: disc, className: "map-cluster", iconSize: [size, size] });
  }

  function popupContent(point) {
    var popup = document.createElement("div");
    var link = document.createElement("a");
    link.href = point.url;
    link.textContent = point.name;
    link.className = "kern-link";
    popup.appendChild(link);
    if (point.detail) {
      var detail = document.createElement("p");
      detail.textContent = point.detail;
      popup.appendChild(detail);
    }
    return popup;
  }

  var plain = !config.tileUrl;
  var map = L.map(container, {
    scrollWheelZoom: false,
    zoomSnap: 0.25,
    // Without tiles there is nothing to see beyond a town's scale.
    maxZoom: plain ? 12 : 18,
    minZoom: 4
  });
  if (plain) {
    map.attributionControl.addAttribution("Natural Earth");
    if (config.outlineUrl && window.fetch) {
      window.fetch(config.outlineUrl, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (!data) { return; }
          L.geoJSON(data, {
            interactive: false,
            style: function (feature) {
              return feature.properties.germany
                ? { color: "#4a4f63", weight: 1.5, fillColor: "#ffffff", fillOpacity: 1 }
                : { color: "#8a90a3", weight: 1, fillColor: "#eef0f4", fillOpacity: 1 };
            }
          }).addTo(map).bringToBack();
        })
        .catch(function () { /* the markers are enough */ });
    }
  } else {
    L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 18 }).addTo(map);
  }

  var layer = config.points.length > 1 && L.markerClusterGroup
    ? L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: clusterIcon
    })
    : L.layerGroup();

  var bounds = [];
  config.points.forEach(function (point) {
    L.marker([point.lat, point.lon], {
      icon: markerIcon(point),
      title: point.name,
      keyboard: true
    }).bindPopup(popupContent(point)).addTo(layer);
    bounds.push([point.lat, point.lon]);
  });
  layer.addTo(map);

  if (bounds.length === 1) {
    // On a plain base map a town-scale view would show nothing but white land.
    map.setView(bounds[0], plain ? 6 : (config.zoom || 11));
  } else if (bounds.length > 1) {
    map.fitBounds(bounds, { padding: [24, 24] });
  } else {
    map.setView(GERMANY_CENTRE, 6);
  }
  document.documentElement.classList.add("has-project-map");
})();
