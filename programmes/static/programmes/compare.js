/* "Compare" ticks of the model project list. Without scripts they are plain checkboxes of
 * the GET form #compare-form (form attribute), which opens the comparison page. This script
 * only enhances:
 * - a tick must not reach the filter form around the results, whose htmx "change" trigger
 *   would reload the list and drop the tick;
 * - ticks survive filtering and paging (the projects no longer shown are sent as hidden
 *   fields of the form);
 * - at most four ticks, with a live status line, and the form follows the visitor down the
 *   list once something is ticked. */
(function () {
  "use strict";
  var form = document.getElementById("compare-form");
  var status = document.getElementById("compare-status");
  if (!form || !status) { return; }
  var MAX = 4;
  var selected = [];
  var BOX = 'input[type="checkbox"][form="compare-form"]';

  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll(BOX));
  }

  function sync(announce) {
    var shown = {};
    boxes().forEach(function (box) {
      shown[box.value] = true;
      box.checked = selected.indexOf(box.value) >= 0;
    });
    form.querySelectorAll('input[type="hidden"][name="p"]').forEach(function (input) {
      input.parentNode.removeChild(input);
    });
    selected.forEach(function (slug) {
      if (shown[slug]) { return; }
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = "p";
      input.value = slug;
      form.appendChild(input);
    });
    form.closest(".compare-bar").classList.toggle("compare-bar--active", selected.length > 0);
    if (!announce) { return; }
    if (selected.length === 0) {
      status.textContent = form.dataset.statusNone;
    } else if (selected.length >= MAX) {
      status.textContent = form.dataset.statusFull;
    } else {
      status.textContent = form.dataset.statusSome.replace("{count}", String(selected.length));
    }
  }

  // Capture phase on the document: runs before the event reaches the filter form.
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches(BOX)) { return; }
    event.stopPropagation();
    var index = selected.indexOf(box.value);
    if (box.checked && index < 0) {
      if (selected.length >= MAX) {
        box.checked = false;
      } else {
        selected.push(box.value);
      }
    } else if (!box.checked && index >= 0) {
      selected.splice(index, 1);
    }
    sync(true);
  }, true);

  // A browser may restore ticks on "back"; start from what the page shows.
  boxes().forEach(function (box) {
    if (box.checked && selected.length < MAX) { selected.push(box.value); }
  });
  sync(false);
  document.addEventListener("htmx:afterSettle", function () { sync(false); });
})();
