/* Main menu behind a button on narrow screens (disclosure pattern).
 * Without this script the button stays hidden and the menu and the site search are
 * always shown. With it, the button toggles both (aria-expanded), Escape closes them and
 * returns the focus to the button. On wide screens CSS shows them and hides the button. */
(function () {
  "use strict";
  var button = document.querySelector("[data-menu-toggle]");
  if (!button) { return; }
  var panels = (button.getAttribute("aria-controls") || "").split(/\s+/)
    .map(function (id) { return id && document.getElementById(id); })
    .filter(Boolean);
  if (!panels.length) { return; }
  button.setAttribute("aria-controls", panels.map(function (panel) { return panel.id; }).join(" "));

  function isOpen() {
    return button.getAttribute("aria-expanded") === "true";
  }

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    panels.forEach(function (panel) { panel.classList.toggle("menu-panel--open", open); });
  }

  function focusInside() {
    var active = document.activeElement;
    return active === button || panels.some(function (panel) { return panel.contains(active); });
  }

  setOpen(false);
  button.hidden = false;
  document.documentElement.classList.add("js-menu");

  button.addEventListener("click", function () {
    setOpen(!isOpen());
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !isOpen()) { return; }
    var returnFocus = focusInside();
    setOpen(false);
    if (returnFocus) { button.focus(); }
  });
})();
