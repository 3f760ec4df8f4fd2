// The edition's search worker: a drop-in replacement for Material's (README, "Search"), speaking
// the same messages (0 setup → 1 ready, 2 query → 3 results) over the same index.
//
// Why: Material's Lunr search segments Japanese with TinySegmenter in the browser, so compounds
// and mixed-script terms (赤の広場, ウクライナ危機, 核・ミサイル開発) miss, and its lookahead
// matches parts of names (金正恩 finds 金正日). The corpus is small (under 1 MB of text per
// language), so this worker matches the query itself: every page whose text contains every
// word of the query (words split at spaces), after Unicode NFKC normalisation and case folding.
// A hit is therefore always a page that contains the term; ranking prefers titles, then the
// number of occurrences.

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: "\u00a0" };
let documents = [];

function plain(html) {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(#?\w+);/g, (entity, name) => ENTITIES[name] ?? entity);
}

function fold(text) {
  return text.normalize("NFKC").toLowerCase();
}

function count(haystack, needle) {
  let found = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found++;
  return found;
}

// Wrap the words in <mark> in the text between tags (the index holds HTML).
function highlight(html, words) {
  if (!words.length) return html;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(${escaped.join("|")})`, "gi");
  return html.replace(/(^|>)([^<]+)/g, (match, start, text) => start + text.replace(pattern, "<mark>$1</mark>"));
}

function setup({ docs }) {
  documents = docs.map((doc) => ({ doc, title: fold(plain(doc.title)), text: fold(plain(doc.text)) }));
  const pages = new Map(documents.filter(({ doc }) => !doc.location.includes("#")).map((d) => [d.doc.location, d.doc]));
  for (const entry of documents) {
    const page = entry.doc.location.split("#")[0];
    if (entry.doc.location.includes("#") && pages.has(page)) entry.parent = pages.get(page);
  }
}

function search(query) {
  const words = fold(query)
    .split(/[\s\u3000]+/)
    .filter(Boolean);
  if (!words.length) return { items: [] };
  const groups = new Map();
  for (const { doc, title, text, parent } of documents) {
    if (!words.every((word) => title.includes(word) || text.includes(word))) continue;
    const score = words.reduce((sum, word) => sum + 10 * count(title, word) + count(text, word), 0);
    const terms = Object.fromEntries(words.map((word) => [word, true]));
    const result = { ...doc, title: highlight(doc.title, words), text: highlight(doc.text, words), score, terms };
    const page = parent ? parent.location : doc.location;
    if (!groups.has(page)) groups.set(page, []);
    groups.get(page).push(result);
  }
  for (const [page, results] of groups) {
    results.sort((a, b) => b.score - a.score);
    if (!results.some((result) => result.location === page)) {
      const own = documents.find(({ doc }) => doc.location === page);
      if (own) results.unshift({ ...own.doc, score: 0, terms: {} });
    } else {
      results.sort((a, b) => (a.location === page ? -1 : b.location === page ? 1 : 0));
    }
  }
  const best = (results) => Math.max(...results.map((result) => result.score));
  return { items: [...groups.values()].sort((a, b) => best(b) - best(a)) };
}

addEventListener("message", ({ data: message }) => {
  if (message.type === 0) {
    setup(message.data);
    postMessage({ type: 1 });
  } else if (message.type === 2) {
    postMessage({ type: 3, data: search(message.data) });
  }
});
