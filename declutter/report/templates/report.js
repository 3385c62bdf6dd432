// Filters and paging over the pages embedded in this file; nothing is fetched.
// State lives in the address hash (#rule=ID&source=NAME&page=N) so a filtered view can be shared.
(function () {
  "use strict";
  var list = document.getElementById("page-list");
  if (!list) { return; }
  var items = Array.prototype.slice.call(list.querySelectorAll("article.page"));
  var ruleSelect = document.getElementById("filter-rule");
  var sourceSelect = document.getElementById("filter-source");
  var status = document.getElementById("page-status");
  var prev = document.getElementById("page-prev");
  var next = document.getElementById("page-next");
  var none = document.getElementById("page-none");
  var size = parseInt(list.getAttribute("data-page-size"), 10) || 25;
  var pageNo = 0;
  var matching = items;

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function readHash() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    var rule = params.get("rule"), source = params.get("source");
    if (rule !== null && hasOption(ruleSelect, rule)) { ruleSelect.value = rule; }
    if (source !== null && hasOption(sourceSelect, source)) { sourceSelect.value = source; }
    pageNo = Math.max(0, (parseInt(params.get("page"), 10) || 1) - 1);
  }

  function writeHash() {
    var params = new URLSearchParams();
    if (ruleSelect.value) { params.set("rule", ruleSelect.value); }
    if (sourceSelect.value) { params.set("source", sourceSelect.value); }
    if (pageNo > 0) { params.set("page", String(pageNo + 1)); }
    var hash = params.toString();
    if (hash && history.replaceState) { history.replaceState(null, "", "#" + hash); }
  }

  function filter() {
    var rule = ruleSelect.value, source = sourceSelect.value;
    matching = items.filter(function (el) {
      var rules = (el.getAttribute("data-rules") || "").split(" ");
      return (!rule || rules.indexOf(rule) >= 0) && (!source || el.getAttribute("data-source") === source);
    });
    var pages = Math.max(1, Math.ceil(matching.length / size));
    if (pageNo >= pages) { pageNo = pages - 1; }
  }

  function show() {
    var start = pageNo * size, end = Math.min(matching.length, start + size);
    items.forEach(function (el) { el.hidden = true; });
    for (var i = start; i < end; i++) { matching[i].hidden = false; }
    status.textContent = matching.length
      ? (start + 1) + "–" + end + " of " + matching.length + " pages"
      : "0 pages";
    prev.disabled = pageNo === 0;
    next.disabled = end >= matching.length;
    none.hidden = matching.length > 0;
    list.setAttribute("data-matching", String(matching.length));
    writeHash();
  }

  function refresh(resetPage) {
    if (resetPage) { pageNo = 0; }
    filter();
    show();
  }

  ruleSelect.addEventListener("change", function () { refresh(true); });
  sourceSelect.addEventListener("change", function () { refresh(true); });
  prev.addEventListener("click", function () { pageNo -= 1; show(); list.scrollIntoView(); });
  next.addEventListener("click", function () { pageNo += 1; show(); list.scrollIntoView(); });

  Array.prototype.forEach.call(document.querySelectorAll("[data-rule-filter]"), function (bar) {
    function pick() {
      ruleSelect.value = bar.getAttribute("data-rule-filter");
      refresh(true);
      document.getElementById("pages").scrollIntoView();
    }
    bar.addEventListener("click", pick);
    bar.addEventListener("keydown", function (e) { if (e.key === "Enter") { pick(); } });
  });

  // A link to a page that the current filter hides shows it first.
  function revealTarget() {
    var target = document.getElementById(window.location.hash.slice(1));
    if (!target || !target.classList.contains("page")) { return false; }
    ruleSelect.value = ""; sourceSelect.value = "";
    filter();
    pageNo = Math.floor(matching.indexOf(target) / size);
    show();
    target.scrollIntoView();
    return true;
  }
  window.addEventListener("hashchange", revealTarget);

  if (!revealTarget()) {
    readHash();
    filter();
    show();
  }
  document.documentElement.setAttribute("data-report-ready", "1");
}());
