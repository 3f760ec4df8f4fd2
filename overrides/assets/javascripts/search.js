// The edition's search (README, "Search"): loaded by partials/search.html when the reader first
// focuses the search box (or arrives from a result, to highlight the hit). The index of the page's
// language is written by src/edition/publish/search_index.py, whose rules this file mirrors
// (fold, words, pairs, shardOf): its files are small scripts that call editionSearchData(name,
// data), fetched a few at a time as a query needs them, so search works from file:// too.
//
// A query is split at spaces into clauses that a page must all contain (consecutive Latin words
// are one clause, a phrase). A clause that is one of a name's forms in the registry
// (data/names.yml) also finds the name's other forms, in both languages. Latin words match a word
// of the text that is equal, has the same stem, or (the last word of a phrase) begins with it;
// anything else matches the folded text exactly, which the browser checks on the entry's text.
(() => {
  const form = document.querySelector("[data-edition-search]");
  const root = new URL(form.dataset.editionSearch, location.href);
  // beside this file, written by the build (publish/search_index.py) from the vendored stemmer
  const stemmerUrl = new URL("search-stemmer.js", document.currentScript.src);

  // --- the index's files ------------------------------------------------------------------------
  const files = new Map();
  const waiting = new Map();
  window.editionSearchData = (name, data) => waiting.get(name)?.(data);

  function script(url, name) {
    return new Promise((resolve, reject) => {
      const element = document.createElement("script");
      waiting.set(name, (data) => {
        waiting.delete(name);
        resolve(data);
      });
      element.onerror = () => reject(new Error(`search index: ${url}`));
      element.onload = () => element.remove();
      element.src = url;
      document.head.append(element);
    });
  }

  function load(name) {
    if (!files.has(name)) files.set(name, script(new URL(`${name}.js`, root), name));
    return files.get(name);
  }

  // --- folding, words, pairs: as publish/search_index.py ---------------------------------------
  const LATIN = "0-9a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff";
  const WORD = new RegExp(`[${LATIN}]+`, "g");
  const IS_LATIN = new RegExp(`^[${LATIN}]$`);
  const VU = { ぁ: "ば", ぃ: "び", ぇ: "べ", ぉ: "ぼ" };
  const VARIANTS = { ゔ: "ぶ", ゐ: "い", ゑ: "え", ぢ: "じ", づ: "ず", ー: "" };
  const END = "$";

  function kana(text) {
    return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  }

  function basic(text) {
    const lower = text.normalize("NFKC").toLowerCase();
    return kana(lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC"));
  }

  function fold(text) {
    const variants = basic(text)
      .replace(/ゔ([ぁぃぇぉ])/g, (_, vowel) => VU[vowel])
      .replace(/[ゔゐゑぢづー]/g, (c) => VARIANTS[c]);
    return variants.replace(/[^\p{L}\p{N}\p{M}]+/gu, " ").trim();
  }

  const compact = (folded) => folded.replaceAll(" ", "");
  const words = (folded) => folded.match(WORD) || [];
  const latin = (c) => IS_LATIN.test(c);

  function pairs(text) {
    const chars = Array.from(text);
    const out = new Set();
    chars.forEach((a, i) => {
      const b = chars[i + 1] ?? END;
      if (!(latin(a) && (b === END || latin(b)))) out.add(a + b);
    });
    return out;
  }

  function shardOf(key, shards) {
    const [first, second] = Array.from(key);
    return (first.codePointAt(0) * 31 + (second ? second.codePointAt(0) : 0)) % shards;
  }

  // The folded text of an element or a string, with where each folded character came from
  // (for highlighting): the folding above, one character (and its marks) at a time.
  function mapped(text) {
    const out = [];
    const clusters = text.match(/[^\p{M}\uff9e\uff9f][\p{M}\uff9e\uff9f]*|[\p{M}\uff9e\uff9f]+/gsu) || [];
    let at = 0;
    for (const cluster of clusters) {
      const piece = basic(cluster).replace(/[^\p{L}\p{N}\p{M}]+/gu, "");
      for (const c of piece) out.push({ c, from: at, to: at + cluster.length });
      at += cluster.length;
    }
    const result = [];
    for (let i = 0; i < out.length; i++) {
      const { c } = out[i];
      if (c === "ゔ" && VU[out[i + 1]?.c]) {
        result.push({ c: VU[out[i + 1].c], from: out[i].from, to: out[i + 1].to });
        i++;
      } else if (c in VARIANTS) {
        if (VARIANTS[c]) result.push({ ...out[i], c: VARIANTS[c] });
      } else result.push(out[i]);
    }
    return result;
  }

  // Where the folded forms occur in a text: [from, to) ranges of the original, in order.
  function ranges(text, forms) {
    const map = mapped(text);
    const flat = map.map((m) => m.c).join("");
    const offsets = [];
    let length = 0;
    for (const m of map) {
      offsets.push(length);
      length += m.c.length;
    }
    const found = [];
    for (const form of forms) {
      if (!form) continue;
      for (let at = flat.indexOf(form); at !== -1; at = flat.indexOf(form, at + form.length)) {
        const first = offsets.findIndex((o) => o >= at);
        let last = first;
        while (last + 1 < map.length && offsets[last + 1] < at + form.length) last++;
        if (first !== -1) found.push([map[first].from, map[last].to]);
      }
    }
    found.sort((a, b) => a[0] - b[0]);
    return found.filter((range, i) => i === 0 || range[0] >= found[i - 1][1]);
  }

  // --- the stemmer, only for a word that is not in the text (the index has the others' stems) ---
  let stemmer;
  function stemOf(word) {
    if (word.length < 3 || /[^a-z\u00df-\u024f\u1e00-\u1eff]/.test(word)) return Promise.resolve(word);
    stemmer ??= script(stemmerUrl, "stemmer");
    return stemmer.then((stem) => stem(word));
  }

  // --- postings ---------------------------------------------------------------------------------
  // "page:entry,entry;page:entry" in base 36, each a difference from the one before; an entry's
  // code is its number in the page (chunk × 16 + place in the chunk) × 4, + 2 if it has an id of
  // its own (a paragraph, a note; not a line under a heading), + 1 for a heading. Decoded into a
  // sorted array of page × 65536 + code.
  const PAGE = 65536;
  function postings(text) {
    const out = [];
    if (!text) return out;
    let page = -1;
    for (const group of text.split(";")) {
      const colon = group.indexOf(":");
      page += parseInt(group.slice(0, colon), 36) + 1;
      let code = 0;
      for (const [i, step] of group.slice(colon + 1).split(",").entries()) {
        code = i === 0 ? parseInt(step, 36) : code + parseInt(step, 36);
        out.push(page * PAGE + code);
      }
    }
    return out;
  }

  // A term's postings as blocks of pages: one block for a rare term (its postings are in its
  // shard), several for a common one ({k: [[first page, file], …]}: files p<n>, fetched when a
  // query reaches their pages); and its headings' postings, the same way (h). Kept per term, so
  // a block is fetched and decoded once.
  const sources = new Map();
  function source(key, value) {
    if (!sources.has(key)) {
      const block = (codes) => ({ starts: [0], blocks: [Promise.resolve(codes)], loaded: [codes] });
      let src;
      if (typeof value === "string") {
        src = block(postings(value));
        src.headings = block(src.loaded[0].filter((k) => k % 2));
      } else {
        src = { starts: value.k.map(([page]) => page), files: value.k.map(([, file]) => `p${file}`), blocks: [], loaded: [] };
        if (value.h !== undefined) src.headings = source(`${key}#h`, value.h);
      }
      sources.set(key, src);
    }
    return sources.get(key);
  }

  function blockIndex(src, page) {
    let i = src.starts.length - 1;
    while (i > 0 && src.starts[i] > page) i--;
    return i;
  }

  function blockAt(src, page) {
    const i = blockIndex(src, page);
    src.blocks[i] ??= load(src.files[i]).then((text) => (src.loaded[i] = postings(text)));
    return src.blocks[i];
  }

  // the first position in a sorted array whose key is ≥ key
  function lowerBound(sorted, key) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle] < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  const contains = (sorted, key) => sorted[lowerBound(sorted, key)] === key;

  function union(arrays) {
    const nonEmpty = arrays.filter((a) => a.length);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
    const all = nonEmpty.flat().sort((a, b) => a - b);
    return all.filter((key, i) => i === 0 || key !== all[i - 1]);
  }

  function intersect(arrays) {
    if (!arrays.length) return [];
    return [...arrays]
      .sort((a, b) => a.length - b.length)
      .reduce((kept, other) => kept.filter((key) => contains(other, key)));
  }

  // --- a query -----------------------------------------------------------------------------------
  // A query is clauses a page must all contain; a clause, alternatives (a name's forms) of which
  // one must match; an alternative, groups of terms (a pair, or a query word's accepted words of
  // the text) of which every group must have the entry in one of its terms, and a test of the
  // entry's text. Pages are visited in windows, in reading order: a window ends where one of the
  // query's terms' blocks ends, so each window needs one block of each term.
  let meta;
  let registry;
  async function start() {
    meta ??= load("meta").then((data) => {
      registry = new Map();
      data.names.forEach(([page, forms], group) => {
        for (const form of forms) registry.set(compact(fold(form)), group);
      });
      return data;
    });
    return meta;
  }

  // A Latin alternative: the words of the text each query word accepts, and their terms.
  async function latinMatch(queryWords) {
    const { shards } = await meta;
    const accepted = [];
    const groups = [];
    for (const [i, word] of queryWords.entries()) {
      const vocabulary = (await load(`t${shardOf(word, shards)}`)).w;
      const own = vocabulary[word];
      const stem = own ? (own[1] ?? word) : await stemOf(word);
      const last = i === queryWords.length - 1;
      const ok = new Set();
      for (const [candidate, [, candidateStem]] of Object.entries(vocabulary)) {
        if (candidate === word || (candidateStem ?? candidate) === stem || (last && candidate.startsWith(word)))
          ok.add(candidate);
      }
      if (!ok.size) return null;
      accepted.push(ok);
      groups.push([...ok].map((candidate) => source(`w${candidate}`, vocabulary[candidate][0])));
    }
    return { groups, accepted };
  }

  async function otherMatch(text) {
    const { shards, directories } = await meta;
    const chars = Array.from(text);
    const keys =
      chars.length === 1 // every pair that begins with the character (its directory lists their second characters)
        ? Array.from((await load(`d${text.codePointAt(0) % directories}`))[text] ?? "", (second) => text + second)
        : [...pairs(text)].filter((key) => !key.endsWith(END)); // the text goes on after the query
    const loaded = await Promise.all(keys.map((key) => load(`t${shardOf(key, shards)}`)));
    const terms = keys.map((key, i) => loaded[i].b[key] !== undefined && source(`b${key}`, loaded[i].b[key]));
    if (chars.length === 1) return terms.some(Boolean) ? [terms.filter(Boolean)] : null;
    return terms.every(Boolean) ? terms.map((term) => [term]) : null;
  }

  // An alternative: its groups of terms, a test of an entry's folded text, the forms to mark.
  async function alternative(text) {
    const folded = fold(text);
    const whole = compact(folded);
    if (!whole) return null;
    if ([...whole].every(latin)) {
      const match = await latinMatch(words(folded));
      if (!match) return null;
      const test = (entryFolded) => {
        const list = words(entryFolded);
        return list.some((_, at) => match.accepted.every((ok, i) => ok.has(list[at + i])));
      };
      // marked: the phrase, or the one word's forms (pipelines → pipeline, pipelines)
      return { groups: match.groups, test, forms: match.accepted.length === 1 ? [whole, ...match.accepted[0]] : [whole] };
    }
    const groups = await otherMatch(whole);
    return groups && { groups, test: (entryFolded) => compact(entryFolded).includes(whole), forms: [whole] };
  }

  function clausesOf(query) {
    const whole = compact(fold(query));
    if (registry.has(whole)) return [query];
    const clauses = [];
    for (const part of query.split(/\s+/).filter((p) => compact(fold(p)))) {
      const isLatin = [...compact(fold(part))].every(latin);
      if (isLatin && clauses.length && clauses.at(-1).latin) clauses.at(-1).text += ` ${part}`;
      else clauses.push({ text: part, latin: isLatin });
    }
    return clauses.map((clause) => clause.text);
  }

  async function plan(query) {
    const data = await start();
    const clauses = [];
    for (const clause of clausesOf(query)) {
      const group = registry.get(compact(fold(clause)));
      const texts = group === undefined ? [clause] : [...new Set([clause, ...data.names[group][1]])];
      const alternatives = (await Promise.all(texts.map(alternative))).filter(Boolean);
      clauses.push({ alternatives, page: group === undefined ? -1 : data.names[group][0] });
    }
    return clauses;
  }

  const termsOf = (clauses) => clauses.flatMap((c) => c.alternatives.flatMap((a) => a.groups.flat()));
  const loadAt = (clauses, page) => Promise.all(termsOf(clauses).map((src) => blockAt(src, page)));
  // where the window that begins at `page` ends: the first end of a term's block
  const windowEnd = (clauses, page) =>
    Math.min(...termsOf(clauses).map((src) => src.starts[blockIndex(src, page) + 1] ?? Infinity));

  // The first page from `page` on that may have a hit (of every clause, or with `any`, of one),
  // with the blocks that cover it loaded: a term's next page is known from its loaded block, so
  // a window where a needed term has nothing is skipped without fetching the others' blocks.
  async function advance(clauses, page, any = false) {
    const next = (src) => {
      const i = blockIndex(src, page);
      const codes = src.loaded[i];
      const at = lowerBound(codes, page * PAGE);
      return at < codes.length ? Math.floor(codes[at] / PAGE) : (src.starts[i + 1] ?? Infinity);
    };
    const combine = any ? Math.min : Math.max;
    while (page !== Infinity) {
      await loadAt(clauses, page);
      const first = combine(
        ...clauses.map((c) =>
          Math.min(...c.alternatives.map((a) => Math.max(...a.groups.map((g) => Math.min(...g.map(next)))))),
        ),
      );
      if (first === page) return page;
      page = first;
    }
    return Infinity;
  }

  // Each clause's alternatives' entries in [from, to), the blocks that cover it loaded.
  function found(clauses, from, to) {
    const slice = (src) => {
      const codes = src.loaded[blockIndex(src, from)];
      return codes.slice(lowerBound(codes, from * PAGE), lowerBound(codes, to * PAGE));
    };
    return clauses.map((c) => c.alternatives.map((a) => intersect(a.groups.map((g) => union(g.map(slice))))));
  }

  // The candidate pages in [from, to), best first: a page that is a name's own page, then
  // headings, then entries with an id of their own (paragraphs, notes, rather than the lists of
  // mentions that quote them), then other entries, then reading order.
  function candidatesIn(clauses, from, to) {
    const entries = found(clauses, from, to);
    const perClause = entries.map(union);
    if (!perClause.length || perClause.some((keys) => !keys.length)) return [];
    const inAll = perClause.slice(1).map((keys) => new Set(keys.map((key) => Math.floor(key / PAGE))));
    const named = new Set(clauses.map((clause) => clause.page));
    const byPage = new Map();
    for (const key of union(perClause)) {
      const page = Math.floor(key / PAGE);
      if (!inAll.every((pages) => pages.has(page))) continue;
      if (!byPage.has(page)) byPage.set(page, { page, codes: [], found: entries, score: named.has(page) ? 1e9 : 0 });
      const candidate = byPage.get(page);
      const code = key % PAGE;
      candidate.codes.push(code);
      candidate.score += (code & 1 ? 1e6 : 0) + (code & 2 ? 1e3 : 0) + 1;
    }
    return [...byPage.values()].sort((a, b) => b.score - a.score || a.page - b.page);
  }

  // A query's candidate pages: the names' own pages; the pages where a clause matches a
  // heading, window by window of the headings' postings, the most such headings first; then the
  // others window by window in reading order.
  async function* candidates(clauses) {
    const seen = new Set();
    async function* visit(page) {
      seen.add(page);
      await loadAt(clauses, page);
      yield* candidatesIn(clauses, page, page + 1);
    }
    for (const clause of clauses) if (clause.page >= 0 && !seen.has(clause.page)) yield* visit(clause.page);
    const headings = clauses.map((c) => ({
      ...c,
      alternatives: c.alternatives.map((a) => ({ ...a, groups: a.groups.map((g) => g.map((src) => src.headings)) })),
    }));
    for (let page = await advance(headings, 0, true); page !== Infinity; page = await advance(headings, page, true)) {
      const end = windowEnd(headings, page);
      const counts = new Map();
      for (const key of found(headings, page, end).flat(2)) counts.set(Math.floor(key / PAGE), (counts.get(Math.floor(key / PAGE)) ?? 0) + 1);
      for (const [headed] of [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])) if (!seen.has(headed)) yield* visit(headed);
      page = end;
    }
    for (let page = await advance(clauses, 0); page !== Infinity; page = await advance(clauses, page)) {
      const end = windowEnd(clauses, page);
      for (const candidate of candidatesIn(clauses, page, end)) if (!seen.has(candidate.page)) yield candidate;
      page = end;
    }
  }

  const chunkOf = (page, entry) => load(`c${page}-${entry >> 4}`);
  const entryText = async (page, entry) => (await chunkOf(page, entry)).entries[entry & 15];

  // Check a candidate page's entries on their text; the page is a hit if every clause is found.
  async function check(clauses, { page, codes, found }, enough) {
    const hits = [];
    const seen = clauses.map(() => false);
    for (const code of codes) {
      const entry = code >> 2;
      const [anchor, text] = await entryText(page, entry);
      const folded = fold(text);
      const matched = clauses.map((clause, c) =>
        clause.alternatives.filter((a, i) => contains(found[c][i], page * PAGE + code) && a.test(folded)),
      );
      if (!matched.some((m) => m.length)) continue;
      matched.forEach((m, i) => (seen[i] ||= m.length > 0));
      hits.push({ anchor, text, heading: Boolean(code & 1), forms: matched.flat().flatMap((a) => a.forms) });
      if (hits.length >= enough && seen.every(Boolean)) break;
    }
    if (!seen.every(Boolean)) return null;
    const { url, title } = await chunkOf(page, codes[0] >> 2);
    return { page, url, title, hits, more: codes.length - hits.length };
  }

  // A query's results, a screen at a time: take(pages, hits) gives the next `pages` result pages
  // (all with Infinity), each with its first `hits` entries; page(n, hits) one page's.
  async function open(query) {
    const clauses = await plan(query);
    const stream = candidates(clauses);
    const spare = [];
    let ended = false;
    async function take(pages, hits) {
      const results = spare.splice(0, pages);
      while (results.length < pages && !ended) {
        // the files of a batch of candidates at once (most candidates are hits), then checked in order
        const batch = [];
        while (batch.length < Math.min(pages - results.length, 20)) {
          const next = await stream.next();
          if ((ended = Boolean(next.done))) break;
          batch.push(next.value);
        }
        await Promise.all(batch.map(({ page, codes }) => Promise.all(codes.slice(0, hits).map((code) => entryText(page, code >> 2)))));
        for (const candidate of batch) {
          const result = await check(clauses, candidate, hits);
          if (result) (results.length < pages ? results : spare).push(result);
        }
      }
      return results;
    }
    async function page(number, hits) {
      await loadAt(clauses, number);
      const [candidate] = candidatesIn(clauses, number, number + 1);
      return candidate ? check(clauses, candidate, hits) : null;
    }
    return { take, page, done: () => ended && !spare.length };
  }

  // The search API (the tests and the benchmark): the first `pages` result pages (all with
  // Infinity), each with its first `hits` entries (all with Infinity).
  async function search(query, { pages = 10, hits = 3 } = {}) {
    const cursor = await open(query);
    const results = await cursor.take(pages, hits);
    return { results, done: cursor.done(), query };
  }
  search.stem = stemOf; // for the tests: the browser's stemmer against the index's
  window.editionSearch = search;

  // --- the search box ---------------------------------------------------------------------------
  // Its few styles here, not in a stylesheet every page loads.
  document.head.append(
    Object.assign(document.createElement("style"), {
      textContent: `
        .edition-search-more { display: block; padding: 0 .8rem .6rem 2.2rem; font-size: .64rem; }
        .md-search-result__article p, .md-search-result__article h2 { margin: .3em 0; }
        .md-search-result__article h2 { font-size: .8rem; font-weight: 700; }
        .edition-search-hit { scroll-margin-top: 4rem; }
      `,
    }),
  );
  const input = form.querySelector("input");
  const toggle = document.getElementById("__search");
  const output = document.querySelector(".md-search-result");
  const metaLine = output.querySelector(".md-search-result__meta");
  const list = output.querySelector(".md-search-result__list");
  const translations = JSON.parse(document.getElementById("__config").textContent).translations;
  const say = (key, count) => translations[key].replace("#", count);

  function snippet(text, forms, element) {
    const found = ranges(text, forms);
    const [first] = found.length ? found[0] : [0];
    const from = Math.max(0, first - 40);
    const to = Math.min(text.length, from + 160);
    let at = from;
    if (from > 0) element.append("…");
    for (const [a, b] of found) {
      if (a < from || b > to) continue;
      element.append(text.slice(at, a));
      element.append(Object.assign(document.createElement("mark"), { textContent: text.slice(a, b) }));
      at = b;
    }
    element.append(text.slice(at, to));
    if (to < text.length) element.append("…");
    return element;
  }

  function link(result, hit, query) {
    const url = new URL(result.url, root.href.replace(/search\/$/, ""));
    const terms = [...new Set(ranges(hit.text, hit.forms).map(([a, b]) => hit.text.slice(a, b)))];
    const target = new URL(url);
    for (const term of terms.length ? terms : [query]) target.searchParams.append("h", term);
    target.hash = hit.anchor;
    const a = Object.assign(document.createElement("a"), { href: target.href, className: "md-search-result__link" });
    return a;
  }

  function render(result, query, cursor) {
    const item = Object.assign(document.createElement("li"), { className: "md-search-result__item" });
    result.hits.forEach((hit, i) => {
      const a = link(result, hit, query);
      const article = Object.assign(document.createElement("article"), {
        className: `md-search-result__article md-typeset${i === 0 ? " md-search-result__article--document" : ""}`,
      });
      if (i === 0) article.append(Object.assign(document.createElement("h1"), { textContent: result.title }));
      if (!(i === 0 && hit.heading && hit.text === result.title))
        article.append(snippet(hit.text, hit.forms, document.createElement(hit.heading ? "h2" : "p")));
      a.append(article);
      item.append(a);
    });
    if (result.more > 0) {
      const more = Object.assign(document.createElement("a"), {
        href: new URL(result.url, root.href.replace(/search\/$/, "")).href,
        className: "md-search-result__more edition-search-more",
        textContent: say(result.more === 1 ? "search.result.more.one" : "search.result.more.other", result.more),
      });
      more.addEventListener("click", async (event) => {
        event.preventDefault();
        const whole = await cursor.page(result.page, Infinity);
        if (whole) item.replaceWith(render(whole, query, cursor));
      });
      item.append(more);
    }
    return item;
  }

  let current = 0;
  async function run() {
    const query = input.value.trim();
    const ticket = ++current;
    if (!compact(fold(query))) {
      metaLine.textContent = say("search.result.placeholder");
      list.replaceChildren();
      return;
    }
    const cursor = await open(query);
    const results = await cursor.take(10, 3);
    if (ticket !== current) return;
    list.replaceChildren();
    const show = (found) => {
      for (const result of found) list.append(render(result, query, cursor));
    };
    show(results);
    const count = () => list.children.length;
    const total = () => (cursor.done() ? count() : `${count()}+`);
    metaLine.textContent = count() ? say(count() === 1 && cursor.done() ? "search.result.one" : "search.result.other", total()) : say("search.result.none");
    // the rest as the reader scrolls to the end of the list
    const scroller = output.closest(".md-search__scrollwrap");
    const onScroll = async () => {
      if (cursor.done() || ticket !== current || scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 200) return;
      scroller.removeEventListener("scroll", onScroll);
      const more = await cursor.take(10, 3);
      if (ticket !== current) return;
      show(more);
      metaLine.textContent = say("search.result.other", total());
      scroller.addEventListener("scroll", onScroll);
    };
    scroller.addEventListener("scroll", onScroll);
  }

  input.addEventListener("input", (event) => {
    if (!event.isComposing) run();
  });
  input.addEventListener("compositionend", run);
  input.addEventListener("focus", () => {
    toggle.checked = true;
  });
  toggle.addEventListener("change", () => {
    if (toggle.checked) input.focus();
  });
  form.addEventListener("reset", () => setTimeout(run));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      input.blur();
    } else if (event.key === "Enter" && document.activeElement === input) {
      list.querySelector("a")?.click();
    }
  });
  list.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("a:not(.edition-search-more)")) toggle.checked = false;
  });
  if (document.activeElement === input) toggle.checked = true;
  if (input.value) run();

  // --- the hit, highlighted on arrival from a result (?h=) ---------------------------------------
  function highlight(terms) {
    const forms = terms.map((term) => compact(fold(term))).filter(Boolean);
    const article = document.querySelector("article");
    if (!forms.length || !article) return;
    const chrome = "nav, button, form, label, details.edition-cite, .headerlink, .edition-permalink, .edition-print-header, .footnote-ref, .footnote-backref";
    const blocks = article.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, figcaption");
    for (const block of blocks) {
      if (block.closest(chrome)) continue;
      const nodes = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement.closest(`${chrome}, p, h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, figcaption`) === block ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
      });
      while (walker.nextNode()) nodes.push(walker.currentNode);
      const text = nodes.map((node) => node.data).join("");
      const found = ranges(text, forms);
      // wrap each range's part in each text node, from the end so offsets stay valid
      const starts = [];
      let offset = 0;
      for (const node of nodes) {
        starts.push(offset);
        offset += node.data.length;
      }
      for (const [from, to] of found.reverse()) {
        nodes.forEach((node, i) => {
          const a = Math.max(from, starts[i]);
          const b = Math.min(to, starts[i] + node.data.length);
          if (a >= b) return;
          const range = document.createRange();
          range.setStart(node, a - starts[i]);
          range.setEnd(node, b - starts[i]);
          range.surroundContents(Object.assign(document.createElement("mark"), { className: "edition-search-hit" }));
        });
      }
    }
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView({ block: "start" });
  }

  const params = new URLSearchParams(location.search);
  if (params.has("h")) {
    highlight(params.getAll("h"));
    const clean = new URL(location.href);
    clean.searchParams.delete("h");
    history.replaceState(history.state, "", clean.href); // a copied address carries no query
  }
})();
