// The postings list: a "select all on this page" box in the selection column's header. Without JavaScript each
// posting's own box still works; this only saves clicks.
(function () {
    const header = document.querySelector("table.postings thead th.select");
    const boxes = Array.from(document.querySelectorAll("table.postings tbody input[type=checkbox][name=Ids]"));
    if (!header || boxes.length === 0) return;
    const all = document.createElement("input");
    all.type = "checkbox";
    all.id = "select-all";
    const label = document.createElement("label");
    label.htmlFor = all.id;
    label.className = "visually-hidden";
    label.textContent = header.dataset.allLabel;
    header.replaceChildren(all, label);
    const sync = () => {
        const checked = boxes.filter(b => b.checked).length;
        all.checked = checked === boxes.length;
        all.indeterminate = checked > 0 && checked < boxes.length;
    };
    all.addEventListener("change", () => { boxes.forEach(b => { b.checked = all.checked; }); sync(); });
    boxes.forEach(b => b.addEventListener("change", sync));
    sync();
})();
