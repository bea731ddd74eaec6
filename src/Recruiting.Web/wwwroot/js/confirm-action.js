// A button with data-confirm="dialog-id" opens that <dialog> (the question, what will happen, and a form that posts
// confirmed=true) instead of submitting. Without this script the button submits and the server asks on a page of its own.
document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-confirm]");
    if (!button) return;
    var dialog = document.getElementById(button.getAttribute("data-confirm"));
    if (!dialog || typeof dialog.showModal !== "function") return;
    event.preventDefault();
    dialog.showModal();
});
