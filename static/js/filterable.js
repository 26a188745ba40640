/* Progressive enhancement of filterable lists (smartcity/filtering).
 * The lists work as plain GET forms; with htmx loaded, #filter-region is swapped in
 * place. This script keeps what a swap would otherwise lose: which facets were
 * expanded and where the keyboard focus was. No inline code, so a strict CSP holds. */
(function () {
  "use strict";
  if (!window.htmx) { return; }
  document.documentElement.classList.add("js-filterable");

  var openFacets = null;

  document.addEventListener("htmx:beforeSwap", function (event) {
    var region = document.getElementById("filter-region");
    if (!region || event.detail.target !== region) { return; }
    openFacets = {};
    region.querySelectorAll("details.facet").forEach(function (details) {
      openFacets[details.id] = details.open;
    });
  });

  document.addEventListener("htmx:afterSettle", function () {
    var region = document.getElementById("filter-region");
    if (!region) { return; }
    if (openFacets) {
      region.querySelectorAll("details.facet").forEach(function (details) {
        if (Object.prototype.hasOwnProperty.call(openFacets, details.id) && openFacets[details.id]) {
          details.open = true;
        }
      });
      openFacets = null;
    }
    // htmx refocuses a control with the same id (checkbox, select, search field); after a
    // pagination or "remove filter" link the focus would fall back to <body>.
    var active = document.activeElement;
    if (!active || active === document.body) {
      var heading = document.getElementById("results-heading");
      if (heading) { heading.focus(); }
    }
  });
})();
