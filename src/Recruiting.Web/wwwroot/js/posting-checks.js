// The editor's live checks: as the author types, the form is posted (debounced) to the checks endpoint, which answers
// the warnings a save would give (the lint rules and the editor's own checks) in the console's language; the Checks
// panel shows them. Without this file the panel shows the checks of the last save.
(function () {
  "use strict";

  var panel = document.querySelector("[data-checks-url]");
  var form = document.querySelector("form.posting-form");
  if (!panel || !form || !window.fetch || !window.FormData) return;
  var list = panel.querySelector("[data-checks-list]");
  var summary = panel.querySelector("[data-checks-summary]");
  var timer = null;
  var sent = 0;

  function show(findings) {
    list.textContent = "";
    findings.forEach(function (finding) {
      var item = document.createElement("li");
      var target = finding.field && document.getElementById(finding.field);
      if (target) {
        var link = document.createElement("a");
        link.href = "#" + finding.field;
        link.textContent = finding.message;
        item.appendChild(link);
      } else {
        item.textContent = finding.message;
      }
      item.setAttribute("data-code", finding.code);
      list.appendChild(item);
    });
    list.hidden = findings.length === 0;
    summary.textContent = findings.length === 0 ? panel.getAttribute("data-none")
      : panel.getAttribute(findings.length === 1 ? "data-one" : "data-many").replace("{0}", findings.length);
  }

  function run() {
    var data = new FormData(form);
    var mine = ++sent;
    fetch(panel.getAttribute("data-checks-url"), { method: "POST", body: data, credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (answer) { if (mine === sent) show(answer.findings || []); }, function () { /* the last checks stay shown */ });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, 500);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();
