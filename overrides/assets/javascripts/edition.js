// The edition's behaviour on top of Material (README, "Presentation").

// The language alternates hidden from Material's language selector (overrides/main.html) are
// restored once it has looked for them: this script runs after Material's bundle, so this
// listener after the bundle's.
addEventListener("DOMContentLoaded", () => {
  for (const link of document.querySelectorAll("link[rel=edition-alternate]")) link.rel = "alternate";
});

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

// The timeline: its filter (actor, report, years) drives the list and the chart, says how many
// events it shows (or that none matches), and is kept in the URL's query (?actor=&report=&from=
// &to=, only what differs from the whole), so that a filtered timeline can be linked and is
// restored on load, from file:// too. A year of the chart filters to that year.
for (const form of document.querySelectorAll("[data-timeline-filter]")) {
  const list = document.querySelector("[data-timeline]");
  const chart = document.querySelector("[data-timeline-chart]");
  const status = document.querySelector("[data-timeline-status]");
  const empty = document.querySelector("[data-timeline-empty]");
  const count = chart.querySelector("[data-count]").dataset.count;
  const fields = ["actor", "report", "from", "to"];
  const whole = (name) => [...form.elements[name].options].find((option) => option.defaultSelected)?.value ?? "";
  const apply = (remember) => {
    const value = Object.fromEntries(fields.map((name) => [name, form.elements[name].value]));
    const shown = new Set();
    for (const item of list.children) {
      const { actors, reports, first, last } = item.dataset;
      const match =
        (!value.actor || actors.split(" ").includes(value.actor)) &&
        (!value.report || reports.split(" ").includes(value.report)) &&
        Number(last) >= Number(value.from) &&
        Number(first) <= Number(value.to);
      item.hidden = !match;
      if (match) shown.add(item.dataset.event);
    }
    for (const button of chart.querySelectorAll("button[data-from]")) {
      const marks = [...button.querySelectorAll("[data-event]")];
      for (const mark of marks) mark.hidden = !shown.has(mark.dataset.event);
      const n = marks.filter((mark) => !mark.hidden).length;
      button.querySelector(".edition-timeline-count").textContent = count.replace("{n}", n);
      const pressed = button.dataset.from === value.from && button.dataset.to === value.to;
      button.setAttribute("aria-pressed", String(pressed));
    }
    status.textContent = status.dataset.format
      .replace("{shown}", shown.size)
      .replace("{total}", list.children.length);
    empty.hidden = shown.size > 0;
    list.hidden = shown.size === 0;
    if (!remember) return;
    const url = new URL(location.href);
    for (const name of fields) {
      if (value[name] === whole(name)) url.searchParams.delete(name);
      else url.searchParams.set(name, value[name]);
    }
    history.replaceState(null, "", url);
  };
  const query = new URLSearchParams(location.search);
  for (const name of fields) {
    const select = form.elements[name];
    const wanted = query.get(name);
    if (wanted !== null && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  apply(false);
  form.addEventListener("change", () => apply(true));
  form.addEventListener("reset", () => setTimeout(() => apply(true)));
  chart.addEventListener("click", (event) => {
    const button = event.target instanceof Element && event.target.closest("button[data-from]");
    if (!button) return;
    const pressed = button.getAttribute("aria-pressed") === "true";
    form.elements.from.value = pressed ? whole("from") : button.dataset.from;
    form.elements.to.value = pressed ? whole("to") : button.dataset.to;
    apply(true);
  });
}

// Citing. With a published address, the page's citations carry it. Without one they cite by
// ids; over http(s), the page completes the forms with the address it is read from ({site}: the
// site's root), so a local or mirrored copy cites where it is. {today} is the reader's date.
const today = new Date().toISOString().slice(0, 10);
const served = /^https?:$/.test(location.protocol);
const siteRoot = new URL(`${document.querySelector("meta[name=edition-root]")?.content || "."}/`, location.href).href;
const complete = (text) => text.replaceAll("{site}", siteRoot).replaceAll("{today}", today);
const pageCite = document.querySelector(".edition-page-cite");
const published = pageCite?.hasAttribute("data-published");

// A download is a data: URL of base64 UTF-8 text.
const decodeData = (url) => {
  const data = url.slice(url.indexOf(",") + 1);
  return new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
};
const encodeData = (url, text) => {
  const bytes = new TextEncoder().encode(text);
  return `${url.slice(0, url.indexOf(","))},${btoa(String.fromCharCode(...bytes))}`;
};

function completeCite(control) {
  for (const text of control.querySelectorAll(".edition-citation-text")) {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) walker.currentNode.textContent = complete(walker.currentNode.textContent);
  }
  if (!served) return;
  for (const text of control.querySelectorAll(".edition-by-ids")) text.hidden = true;
  for (const text of control.querySelectorAll(".edition-by-url")) text.hidden = false;
  for (const note of control.querySelectorAll(".edition-no-address")) note.hidden = true;
  for (const link of control.querySelectorAll(".edition-cite-downloads a[data-url]")) {
    link.href = encodeData(link.dataset.url, complete(decodeData(link.dataset.url)));
  }
}

// A section's control is built when first opened, from the chapter's as the page has it (before
// it is completed): the same citations with the section's id where the chapter's anchor is
// written, its addresses with the section's fragment, its downloads with the section's key and
// URL; then completed like the chapter's.
const chapterCite = document.querySelector("details.edition-cite[data-anchor]:not(.edition-cite-section)");
const chapterCiteSource = chapterCite?.cloneNode(true);

function buildSectionCite(control) {
  if (!chapterCiteSource || !pageCite || control.dataset.built !== undefined) return;
  const { anchor, key } = control.dataset;
  const from = chapterCiteSource.dataset;
  const relocate = (text) =>
    text.replaceAll(`${pageCite.dataset.url}#${from.anchor}`, `${pageCite.dataset.url}#${anchor}`).replaceAll(from.key, key);
  const content = [...chapterCiteSource.children].filter((child) => child.localName !== "summary");
  control.replaceChildren(control.querySelector("summary"), ...content.map((child) => child.cloneNode(true)));
  for (const span of control.querySelectorAll(".edition-anchor")) span.textContent = anchor;
  for (const link of control.querySelectorAll(".edition-addresses a")) {
    link.hash = anchor;
    link.textContent = link.href;
  }
  for (const link of control.querySelectorAll("a[download]")) {
    link.download = link.download.replace(from.key, key);
    link.href = encodeData(link.href, relocate(decodeData(link.href)));
    if (link.dataset.url) link.dataset.url = encodeData(link.dataset.url, relocate(decodeData(link.dataset.url)));
  }
  completeCite(control);
  control.dataset.built = "";
}

for (const control of document.querySelectorAll("details.edition-cite:not(.edition-cite-section)")) completeCite(control);
// before the control opens (a click or a key on its summary), as it opens (from a script), or
// opened before this script ran
for (const control of document.querySelectorAll(".edition-cite-section[open]")) buildSectionCite(control);
document.addEventListener("click", (event) => {
  const summary = event.target instanceof Element && event.target.closest(".edition-cite-section > summary");
  if (summary) buildSectionCite(summary.parentElement);
});
document.addEventListener(
  "toggle",
  (event) => {
    if (event.target.matches?.(".edition-cite-section[open]")) buildSectionCite(event.target);
  },
  true,
);

// A paragraph's address: the published one, the one it is read from over http(s), or none.
function paragraphUrl(id) {
  if (!pageCite) return served ? new URL(`#${id}`, location.href).href : null;
  return published || served ? `${complete(pageCite.dataset.url)}#${id}` : null;
}

function paragraphCitation(id) {
  const template = published || served ? pageCite.dataset.cite : pageCite.dataset.citeIds;
  return complete(template).replaceAll("{para}", id);
}

// Copy feedback: the button says so for a moment, and a live region tells a screen reader.
const status = Object.assign(document.createElement("div"), { className: "md-visually-hidden" });
status.setAttribute("role", "status");
document.body.append(status);

async function copy(text, announce, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = Object.assign(document.createElement("textarea"), { value: text });
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  document.documentElement.dataset.editionCopied = text; // for tests
  status.textContent = "";
  requestAnimationFrame(() => (status.textContent = announce));
  if (button) {
    const label = button.textContent;
    button.textContent = announce;
    button.classList.add("edition-copied");
    setTimeout(() => {
      button.textContent = label;
      button.classList.remove("edition-copied");
    }, 2000);
  }
}

const copiedLabel = () => pageCite?.dataset.copied || document.querySelector("[data-copied]")?.dataset.copied || "✓";

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  // a cite control's button copies the citation shown beside it
  const button = target?.closest(".edition-copy");
  const shown = button?.parentElement.querySelector(".edition-citation-text:not([hidden])");
  if (shown) copy(shown.textContent, button.dataset.copied, button);
  // ¶ copies the paragraph's address; with none (a file with no published address), its citation
  const permalink = target?.closest(".edition-permalink");
  if (permalink) {
    const id = permalink.hash.slice(1);
    copy(paragraphUrl(id) ?? paragraphCitation(id), copiedLabel());
  }
});

// Cite a selection: selecting words of a paragraph offers "Copy with citation": the quotation,
// the paragraph's citation, and a URL with a text fragment that lands on the quotation.
if (pageCite) {
  const offer = Object.assign(document.createElement("button"), {
    type: "button",
    className: "md-button edition-cite-selection",
    textContent: pageCite.dataset.copyLabel,
    hidden: true,
  });
  document.body.append(offer);
  let chosen = null;
  // A text directive matches whole words only (the browser segments the text as Intl.Segmenter
  // does): the quotation is widened to the words it touches, and a long one is given by its
  // first and last words (textStart,textEnd).
  const directive = (paragraph, text) => {
    const encode = (part) => encodeURIComponent(part).replace(/-/g, "%2D").replace(/,/g, "%2C");
    const whole = paragraph.textContent;
    const at = whole.indexOf(text);
    const words = [...new Intl.Segmenter(paragraph.closest("[lang]")?.lang || undefined, { granularity: "word" }).segment(whole)];
    const first = at < 0 ? null : words.findLast((w) => w.index <= at);
    const last = at < 0 ? null : words.find((w) => w.index + w.segment.length >= at + text.length);
    const span = first && last ? whole.slice(first.index, last.index + last.segment.length) : text;
    const quoted = span.replace(/\s+/g, " ").trim();
    if (quoted.length <= 60) return `:~:text=${encode(quoted)}`;
    const boundaries = [...new Intl.Segmenter(undefined, { granularity: "word" }).segment(quoted)].map((w) => w.index);
    const head = boundaries.find((i) => i >= 20) ?? quoted.length;
    const tail = boundaries.findLast((i) => i <= quoted.length - 20) ?? 0;
    if (tail <= head) return `:~:text=${encode(quoted)}`;
    return `:~:text=${encode(quoted.slice(0, head).trim())},${encode(quoted.slice(tail).trim())}`;
  };
  document.addEventListener("selectionchange", () => {
    const selection = document.getSelection();
    const text = selection && !selection.isCollapsed ? selection.toString().trim() : "";
    const start = selection?.anchorNode?.parentElement?.closest("article p[id], article li[id]");
    const end = selection?.focusNode?.parentElement?.closest("article p[id], article li[id]");
    if (!text || !start || start !== end) {
      chosen = null;
      offer.hidden = true;
      return;
    }
    chosen = { id: start.id, text: selection.toString(), paragraph: start };
    const box = selection.getRangeAt(0).getBoundingClientRect();
    Object.assign(offer.style, { top: `${box.bottom + window.scrollY + 6}px`, left: `${box.left + window.scrollX}px` });
    offer.hidden = false;
  });
  offer.addEventListener("mousedown", (event) => event.preventDefault()); // keep the selection
  offer.addEventListener("click", () => {
    if (!chosen) return;
    const url = paragraphUrl(chosen.id);
    const lines = [pageCite.dataset.quote.replace("{text}", chosen.text.trim()), paragraphCitation(chosen.id)];
    if (url) lines.push(url + directive(chosen.paragraph, chosen.text));
    copy(lines.join("\n"), pageCite.dataset.copied, offer);
  });

  // Report an error in a paragraph: the tracker's new-issue form, with the paragraph's id, the
  // version and its text filled in.
  const tracker = pageCite.dataset.tracker;
  if (tracker) {
    for (const permalink of document.querySelectorAll("article .edition-permalink")) {
      const id = permalink.hash.slice(1);
      const paragraph = document.getElementById(id);
      const text = [...paragraph.childNodes]
        .filter((node) => !(node instanceof Element && node.matches(".edition-permalink, .footnote-ref")))
        .map((node) => node.textContent)
        .join("")
        .trim();
      const where = paragraphUrl(id) || id;
      const body = `${id} (${pageCite.dataset.version})\n${where}\n\n> ${text}\n\n`;
      const report = new URL(tracker);
      report.searchParams.set("title", `${id}: `);
      report.searchParams.set("body", body);
      const link = Object.assign(document.createElement("a"), {
        className: "edition-report",
        href: report.href,
        textContent: "⚑",
        title: pageCite.dataset.reportTitle,
      });
      link.setAttribute("aria-label", `${pageCite.dataset.reportTitle} (${id})`);
      permalink.after(link);
    }
  }
}

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
