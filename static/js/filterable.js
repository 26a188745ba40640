/* Progressive enhancement of filterable lists (core/filtering).
 * The lists work as plain GET forms; with htmx loaded, #filter-region is swapped in
 * place. This script folds the filter panel on narrow screens and keeps what a swap
 * would otherwise lose: which panel, facets and "show more" lists were expanded and
 * where the keyboard focus was. No inline code, so a strict CSP holds. */
(function () {
  "use strict";
  // The filter panel (a <details>) is folded on narrow screens and open on wide ones,
  // where CSS hides its summary. It stays as the visitor left it across htmx swaps.
  var wide = window.matchMedia("(min-width: 60.0625rem)");
  function fitPanel() {
    var panel = document.getElementById("filter-panel");
    if (panel) { panel.open = wide.matches; }
  }
  document.documentElement.classList.add("js-filter-panel");
  fitPanel();
  if (wide.addEventListener) { wide.addEventListener("change", fitPanel); }

  // "Show 12 measures" at the end of the unfolded panel: fold it and go to the results.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".filter-show-results");
    var panel = document.getElementById("filter-panel");
    var heading = document.getElementById("results-heading");
    if (!link || !panel || !heading || wide.matches) { return; }
    event.preventDefault();
    panel.open = false;
    heading.focus();
    heading.scrollIntoView({ block: "start" });
  });
})();

(function () {
  "use strict";
  if (!window.htmx) { return; }
  document.documentElement.classList.add("js-filterable");

  var openFacets = null;

  document.addEventListener("htmx:beforeSwap", function (event) {
    var region = document.getElementById("filter-region");
    if (!region || event.detail.target !== region) { return; }
    openFacets = {};
    region.querySelectorAll("details[id]").forEach(function (details) {
      openFacets[details.id] = details.open;
    });
  });

  document.addEventListener("htmx:afterSettle", function () {
    var region = document.getElementById("filter-region");
    if (!region) { return; }
    if (openFacets) {
      region.querySelectorAll("details[id]").forEach(function (details) {
        if (Object.prototype.hasOwnProperty.call(openFacets, details.id)) {
          // A facet that the visitor folded stays folded, even one shown open by default.
          details.open = openFacets[details.id];
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
