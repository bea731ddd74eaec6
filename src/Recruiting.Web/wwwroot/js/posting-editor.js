// The posting editor's progressive enhancements. Without this file, or without EasyMDE (copied from node_modules into wwwroot/lib by the build),
// the editor is a plain form with a textarea and still works.
(function () {
  "use strict";

  var french = (document.documentElement.lang || "").indexOf("fr") === 0;
  var t = function (en, fr) { return french ? fr : en; };

  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();

  keepUnsentText(document.querySelector("form.posting-form"));

  // What was typed survives a refused submission (a form over the size limits, a server error): the editor's
  // fields are kept in this tab's sessionStorage when the form is sent, and put back when the editor opens again
  // without the success notice (Back after the error page shows the server's older copy). A success notice means
  // the server has the text: every kept copy of this tab is dropped. The version field is never put back.
  function keepUnsentText(editorForm) {
    if (!editorForm) return;
    var storage;
    try { storage = window.sessionStorage; storage.length; } catch (e) { return; }
    var prefix = "recruiting.unsent:";
    var key = prefix + location.pathname.toLowerCase();
    var fields = function () {
      return Array.prototype.filter.call(editorForm.elements, function (el) {
        return el.name && el.name.indexOf("Form.") === 0 && el.name !== "Form.Version" && el.type !== "hidden" && el.type !== "submit";
      });
    };
    if (document.querySelector("p.notice[role=status]")) {
      for (var i = storage.length - 1; i >= 0; i--) if ((storage.key(i) || "").indexOf(prefix) === 0) storage.removeItem(storage.key(i));
    } else {
      var kept = null;
      try { kept = JSON.parse(storage.getItem(key) || "null"); } catch (e) { kept = null; }
      if (kept) {
        var restored = false;
        fields().forEach(function (el) {
          if (Object.prototype.hasOwnProperty.call(kept, el.name) && el.value !== kept[el.name]) { el.value = kept[el.name]; restored = true; }
        });
        if (restored) {
          var note = document.createElement("p");
          note.className = "notice";
          note.setAttribute("role", "status");
          note.id = "unsent-text-restored";
          note.textContent = t("What you typed before the last error is back in the form. It is not saved yet.",
            "Ce que vous aviez saisi avant la dernière erreur est de retour dans le formulaire. Ce n’est pas encore enregistré.");
          editorForm.parentNode.insertBefore(note, editorForm);
        }
      }
    }
    editorForm.addEventListener("submit", function () {
      var values = {};
      fields().forEach(function (el) { values[el.name] = el.value; });
      try { storage.setItem(key, JSON.stringify(values)); } catch (e) { /* full or refused: the server still gets the form */ }
    });
  }

  var textarea = document.querySelector("textarea[data-markdown-editor]");
  if (!textarea) return;
  var form = textarea.form;
  var panel = document.getElementById("body-preview");

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
    // Side by side stays inside the page: EasyMDE's default makes it full-screen, over the Save buttons, and
    // turning it off would leave the full screen on.
    sideBySideFullscreen: false,
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
  editor.codemirror.on("change", function () {
    refreshPanel(editor.value());
    // The textarea holds the text (forceSync) but hears nothing: the live checks listen for the form's input events.
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  });
  refreshPanel(editor.value());
})();
