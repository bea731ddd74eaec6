// The posting editor's progressive enhancements. Without this file, or without EasyMDE (copied from node_modules into wwwroot/lib by the build),
// the editor is a plain form with a textarea and still works.
(function () {
  "use strict";

  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();

  var textarea = document.querySelector("textarea[data-markdown-editor]");
  if (!textarea) return;
  var form = textarea.form;
  var panel = document.getElementById("body-preview");
  var french = (document.documentElement.lang || "").indexOf("fr") === 0;
  var t = function (en, fr) { return french ? fr : en; };

  function render(markdown) {
    var data = new FormData();
    data.append("markdown", markdown);
    var token = form.querySelector("input[name=__RequestVerificationToken]");
    if (token) data.append("__RequestVerificationToken", token.value);
    return fetch(textarea.getAttribute("data-preview-url"), { method: "POST", body: data, credentials: "same-origin" })
      .then(function (r) {
        if (r.ok) return r.text();
        // 422: the save pipeline's own message about the body (too long, nested too deep…), already in the console's language.
        return r.status === 422 ? r.text().then(function (message) { return Promise.reject(message); }) : Promise.reject(null);
      });
  }

  var timer = null;
  function refreshPanel(markdown) {
    if (!panel) return;
    clearTimeout(timer);
    timer = setTimeout(function () {
      render(markdown).then(function (html) { panel.innerHTML = html; }, function (message) {
        panel.textContent = typeof message === "string" && message ? message
          : t("The preview is not available right now.", "L'aperçu n'est pas disponible pour le moment.");
      });
    }, 400);
  }

  if (typeof window.EasyMDE !== "function") {
    textarea.addEventListener("input", function () { refreshPanel(textarea.value); });
    refreshPanel(textarea.value);
    return;
  }

  var E = window.EasyMDE;
  var button = function (name, action, text, en, fr) { return { name: name, action: action, text: text, title: t(en, fr) }; };
  var editor = new E({
    element: textarea,
    autoDownloadFontAwesome: false,
    spellChecker: false,
    forceSync: true,
    status: false,
    minHeight: "18rem",
    toolbar: [
      button("bold", E.toggleBold, "B", "Bold", "Gras"),
      button("italic", E.toggleItalic, "I", "Italic", "Italique"),
      button("heading", E.toggleHeadingSmaller, "H", "Heading", "Titre"),
      "|",
      button("unordered-list", E.toggleUnorderedList, "•", "Bulleted list", "Liste à puces"),
      button("ordered-list", E.toggleOrderedList, "1.", "Numbered list", "Liste numérotée"),
      button("link", E.drawLink, t("Link", "Lien"), "Link", "Lien"),
      button("table", E.drawTable, t("Table", "Tableau"), "Table", "Tableau"),
      "|",
      button("side-by-side", E.toggleSideBySide, t("Side by side", "Côte à côte"), "Side-by-side preview", "Aperçu côte à côte"),
      button("guide", "https://www.markdownguide.org/basic-syntax/", "?", "Markdown guide", "Guide Markdown")
    ],
    previewRender: function (markdown, preview) {
      render(markdown).then(function (html) { preview.innerHTML = html; }, function (message) {
        if (typeof message === "string" && message) preview.textContent = message;
      });
      return preview.innerHTML;
    }
  });
  // Tab and Shift+Tab must move the focus out of the editor (WCAG 2.1.2, no keyboard trap): CodeMirror leaves them to the browser.
  var keys = Object.assign({}, editor.codemirror.getOption("extraKeys"));
  keys.Tab = false;
  keys["Shift-Tab"] = false;
  editor.codemirror.setOption("extraKeys", keys);
  var input = editor.codemirror.getInputField && editor.codemirror.getInputField();
  if (input) {
    input.setAttribute("aria-labelledby", textarea.id + "-label");
    var describedBy = textarea.getAttribute("aria-describedby");
    if (describedBy) input.setAttribute("aria-describedby", describedBy);
  }
  editor.codemirror.on("change", function () { refreshPanel(editor.value()); });
  refreshPanel(editor.value());
})();
