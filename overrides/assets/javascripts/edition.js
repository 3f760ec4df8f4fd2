// The edition's behaviour on top of Material (README, "Presentation").

// The language switch keeps the reader's place. The other language's page has the same ids,
// but Material's language links point at the page without a fragment: carry over the current
// fragment or, without one, the id of the first element still in view. Keyboard activation
// of a link fires the same click event.
document.addEventListener(
  "click",
  (event) => {
    const link = event.target instanceof Element && event.target.closest("a[hreflang]");
    if (!link || link.hash) return;
    link.hash = location.hash || firstInView();
  },
  true,
);

function firstInView() {
  for (const element of document.querySelectorAll("article [id]")) {
    if (element.getBoundingClientRect().bottom > 0) return `#${element.id}`;
  }
  return "";
}

// The timeline's filters (by actor, by report) work on the list in the page: no network.
for (const form of document.querySelectorAll("[data-timeline-filter]")) {
  const list = document.querySelector("[data-timeline]");
  form.addEventListener("change", () => {
    const actor = form.elements.actor.value;
    const report = form.elements.report.value;
    for (const item of list.children) {
      const actors = item.dataset.actors.split(" ");
      const reports = item.dataset.reports.split(" ");
      item.hidden = (actor && !actors.includes(actor)) || (report && !reports.includes(report));
    }
  });
}

// Copying: the cite control's buttons copy their citation, a paragraph's ¶ copies its URL
// (and still goes to it). {today} in a citation is the reader's date (SIST 02's access date).
const today = new Date().toISOString().slice(0, 10);
for (const text of document.querySelectorAll(".edition-citation-text")) {
  for (const node of text.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) node.textContent = node.textContent.replace("{today}", today);
  }
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = Object.assign(document.createElement("textarea"), { value: text });
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  document.documentElement.dataset.editionCopied = text; // for tests and assistive announcements
}

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest("[data-copy]");
  if (button) {
    copy(button.dataset.copy.replace("{today}", today));
    button.setAttribute("aria-live", "polite");
  }
  const permalink = target?.closest(".edition-permalink");
  if (permalink) copy(permalink.href);
});

// Material's search dialog has no accessible name: give it the search field's (localised) label.
for (const dialog of document.querySelectorAll(".md-search[role=dialog]")) {
  const input = dialog.querySelector(".md-search__input");
  if (input) dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder);
}

// The parallel reader: the view of the page (both languages, the original, the translation) is
// kept in the URL (?view=) and in local storage; a row's toggle shows its other language alone.
for (const reader of document.querySelectorAll("[data-parallel]")) {
  const views = ["both", "original", "translation"];
  const stored = (() => {
    try {
      return localStorage.getItem("edition-parallel-view");
    } catch {
      return null;
    }
  })();
  const show = (view, remember) => {
    const chosen = views.includes(view) ? view : "both";
    reader.dataset.view = chosen;
    reader.querySelector(`input[name=view][value=${chosen}]`).checked = true;
    if (!remember) return;
    const url = new URL(location.href);
    url.searchParams.set("view", chosen);
    history.replaceState(null, "", url);
    try {
      localStorage.setItem("edition-parallel-view", chosen);
    } catch {}
  };
  show(new URLSearchParams(location.search).get("view") || stored || "both", false);
  reader.addEventListener("change", (event) => {
    if (event.target.name === "view") show(event.target.value, true);
  });
  reader.addEventListener("click", (event) => {
    const toggle = event.target instanceof Element && event.target.closest(".edition-pair-toggle");
    if (!toggle) return;
    const pair = toggle.closest(".edition-pair");
    toggle.setAttribute("aria-pressed", String(pair.classList.toggle("edition-flip")));
  });
}

// Notes on touch: on a phone (no hover), tapping a note's number opens the note in place, below
// its line, instead of jumping to the end of the page; a second tap closes it, and the opened
// note links on to the full list. With a mouse, Material's tooltip shows the note on hover.
const touch = window.matchMedia("(hover: none), (max-width: 44.9375em)");
document.addEventListener("click", (event) => {
  const ref = event.target instanceof Element && event.target.closest("a.footnote-ref");
  if (!ref || !touch.matches) return;
  const id = decodeURIComponent(new URL(ref.href).hash.slice(1));
  const note = document.getElementById(id);
  if (!note) return;
  event.preventDefault();
  const open = ref.parentElement.nextElementSibling;
  if (open && open.classList.contains("edition-note-inline")) {
    open.remove();
    ref.setAttribute("aria-expanded", "false");
    return;
  }
  const box = document.createElement("span");
  box.className = "edition-note-inline";
  box.setAttribute("role", "note");
  box.id = `${id}-inline`;
  box.append(...note.cloneNode(true).childNodes);
  for (const back of box.querySelectorAll(".footnote-backref")) back.remove();
  const more = Object.assign(document.createElement("a"), { href: `#${id}`, textContent: " ↓" });
  more.setAttribute("aria-label", document.documentElement.lang === "ja" ? "注の一覧へ" : "to the list of notes");
  box.append(more);
  ref.parentElement.after(box);
  ref.setAttribute("aria-expanded", "true");
  ref.setAttribute("aria-controls", box.id);
});

// The version selector of a release built by mike (README, "Versions and releases"): the list of
// releases (mike's versions.json, beside them) in Material's own markup and style; each choice
// opens the same page in that release. Not Material's selector: it finds the releases from the
// search base, which the English pages point at their own index (main.html). Only over http(s):
// a copy read from files has no list of releases to fetch, and shows none.
const release = document.getElementById("edition-release");
const topic = document.querySelector(".md-header__topic");
if (release && topic && /^https?:$/.test(location.protocol)) {
  const current = JSON.parse(release.textContent).version;
  const script = document.querySelector('script[src$="assets/javascripts/edition.js"]');
  const root = new URL("../../", script.src); // this release's root: <site>/<version>/
  const page = location.href.startsWith(root.href) ? location.href.slice(root.href.length) : "";
  fetch(new URL("../versions.json", root))
    .then((response) => (response.ok ? response.json() : []))
    .then((versions) => {
      if (!versions.length) return;
      const item = (version) => {
        const link = Object.assign(document.createElement("a"), {
          className: "md-version__link",
          href: new URL(`../${version.version}/${page}`, root).href,
          textContent: version.title,
        });
        for (const alias of version.aliases) {
          link.append(" ", Object.assign(document.createElement("span"), { className: "md-version__alias", textContent: alias }));
        }
        const li = Object.assign(document.createElement("li"), { className: "md-version__item" });
        li.append(link);
        return li;
      };
      const selector = Object.assign(document.createElement("div"), { className: "md-version" });
      const button = Object.assign(document.createElement("button"), {
        className: "md-version__current",
        textContent: current,
      });
      button.setAttribute("aria-label", JSON.parse(document.getElementById("__config").textContent).translations["select.version"]);
      const list = Object.assign(document.createElement("ul"), { className: "md-version__list" });
      list.append(...versions.map(item));
      selector.append(button, list);
      topic.append(selector);
    })
    .catch(() => {}); // no list of releases: no selector
}
