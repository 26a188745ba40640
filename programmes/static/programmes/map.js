/* Draws the model project map from the JSON in #map-config. The page is complete
   without it: every point is also in the table (or the text) next to the map. */
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

  L.Icon.Default.imagePath = config.iconPath;
  var map = L.map(container, { scrollWheelZoom: false, zoomSnap: 0.25 });
  L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 18 }).addTo(map);

  var bounds = [];
  config.points.forEach(function (point) {
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
    L.marker([point.lat, point.lon], { title: point.name, alt: point.name, keyboard: true })
      .bindPopup(popup)
      .addTo(map);
    bounds.push([point.lat, point.lon]);
  });

  if (bounds.length === 1) {
    map.setView(bounds[0], config.zoom || 11);
  } else if (bounds.length > 1) {
    map.fitBounds(bounds, { padding: [24, 24] });
  } else {
    map.setView(GERMANY_CENTRE, 6);
  }
  document.documentElement.classList.add("has-project-map");
})();
