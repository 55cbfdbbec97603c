// Site search on Pagefind. The index is fetched only when someone searches: a page that is
// just being read downloads nothing. Everything is served from this site; no other origin.
const LANG = document.documentElement.lang === "en" ? "en" : "zh";
const T = {
  zh: { placeholder: "描述你遇到的情况，例如：给我家人打电话", label: "搜索", all: "全部", behavior: "行为", statute: "法条",
        "case": "案例", guide: "指南", channel: "渠道", procedure: "程序", none: "没有找到。换个说法试试，例如“打电话给我妈”“半夜打电话”。",
        possible: "可能相关", partial: "没有完全符合的结果，下面是可能相关的页面。", start: "没有找到对应的内容。可以从这里开始：",
        error: "搜索暂时不可用。", filters: "只看", searching: "正在搜索…" },
  en: { placeholder: "Describe what is happening, e.g. calls my family", label: "Search", all: "All", behavior: "Behaviors",
        statute: "Laws", "case": "Cases", guide: "Guides", channel: "Channels", procedure: "Procedures", none: "Nothing found. Try other words, e.g. “calls my family”.",
        possible: "Possibly related", partial: "Nothing matched every word; these pages are possibly related.", start: "Nothing matched. You can start here:",
        error: "Search is unavailable right now.", filters: "Show", searching: "Searching…" },
}[LANG];
const KINDS = ["behavior", "procedure", "statute", "case", "guide"];
const root = document.querySelector("[data-kb-search]");
const base = new URL((root ? root.dataset.kbBase : ".") + "/", location.href);
let engine = null;
let data = null;
let matcher = null;

// What the search box knows besides the Pagefind index (api/v1/search.json, written by the build): intents, symptom
// phrases, entry points, calm pages, and the further indexes of a site too large for one.
function searchData() {
  if (!data) {
    data = fetch(new URL("api/v1/search.json", base)).then((r) => {
      if (!r.ok) throw new Error(`search.json: ${r.status}`);
      return r.json();
    });
  }
  return data;
}

// Pagefind with every index of the site merged into the first, all with the same options so that their scores compare,
// and the filters every search of this site passes (search.json: a split site leaves its vocabulary pages out).
function pagefind() {
  if (!engine) {
    const options = { baseUrl: base.pathname, excerptLength: 24, ranking: { termFrequency: 0.3, pageLength: 0.4, termSaturation: 1.2 } };
    engine = Promise.all([import(new URL("pagefind/pagefind.js", base).href), searchData()]).then(async ([pf, d]) => {
      await pf.options(options);
      pf.init();
      await Promise.all(d.more_indexes.map((folder) => pf.mergeIndex(new URL(folder, base).pathname, options)));
      return { pf, filters: d.filters };
    });
  }
  return engine;
}

// The symptom matcher over the intents and phrases.
function matching() {
  if (!matcher) {
    matcher = Promise.all([import("./kb-match.js"), searchData()]).then(([m, d]) => ({ m, index: m.prepare(d) }));
  }
  return matcher;
}

const ENOUGH = 3; // fewer full matches than this and the search relaxes, then adds possibly related behaviors

// The answer to a query, best first: the pages that answer its question (search/intents.yml), the behavior it
// describes, Pagefind's results, then possibly related pages, the frightening pages last unless described;
// a query that matches nothing gets the entry points.
async function answer(query, kind) {
  const [{ pf, filters }, { m, index }] = await Promise.all([pagefind(), matching()]);
  const english = LANG === "en" || !HAS_CJK.test(query);
  const page = (p, extra = {}) => ({ url: base.pathname + (english ? p.url_en : p.url), title: english ? p.title.en : p.title.zh, kind: p.kind, ...extra });
  const items = [];
  const add = (d) => { if (!items.some((i) => i.url === d.url) && (!kind || d.kind === kind)) items.push(d); };
  const seen = m.understand(index, query);
  const wanted = kind ? { ...filters, kind } : filters; // the filters of the site (its vocabulary pages left out) and the reader's
  const options = Object.keys(wanted).length ? { filters: wanted } : {};
  const asks = toTerms(seen.rest); // Pagefind searches what the query describes, unless the question is all there is
  const terms = seen.intents.length && asks.split(" ").length >= 2 ? asks : toTerms(query);
  const found = await hits(pf, terms, query, options);
  seen.intents.filter((i) => !i.after_symptom).forEach((i) => i.pages.forEach((p) => add(page(p))));
  if (seen.described) add(page(seen.described, { possible: !found.length })); // no page has every word: say so
  seen.intents.filter((i) => i.after_symptom).forEach((i) => i.pages.forEach((p) => add(page(p))));
  found.forEach(add);
  if (found.length < ENOUGH) {
    for (const fewer of m.relaxations(index, terms)) {
      (await hits(pf, fewer, query, options)).forEach((d) => add({ ...d, possible: true }));
      if (items.length >= ENOUGH + 2) break;
    }
    seen.possible.slice(0, ENOUGH).forEach((p) => add(page(p, { possible: true })));
  }
  // A good symptom match that Pagefind ranked low still makes the first three.
  if (seen.likely && !items.slice(0, 3).some((i) => i.url === page(seen.likely).url)) {
    const likely = page(seen.likely);
    if (!kind || likely.kind === kind) items.splice(Math.min(2, items.length), 0, likely);
  }
  if (!items.length && !kind) index.entry_points.forEach((p) => add(page(p, { entry: true })));
  const scary = (d) => seen.scary.has(d.url.slice(base.pathname.length).replace(/^en\//, ""));
  const unique = items.filter((d, n) => items.findIndex((o) => o.url === d.url) === n);
  return [...unique.filter((d) => !scary(d)), ...unique.filter(scary)].slice(0, 10);
}

async function hits(pf, terms, query, options) {
  if (!terms) return [];
  const found = await pf.search(terms, options);
  const data = byPhrase(await Promise.all(found.results.slice(0, 16).map((r) => r.data())), query);
  return data.map((d) => ({ url: d.url, kind: (d.meta && d.meta.kind) || "guide", title: joinCjk(d.meta.title || d.url), excerpt: joinCjk(d.excerpt) }));
}

function finder(host, { autofocus = false } = {}) {
  const id = `kb-q-${Math.random().toString(36).slice(2, 8)}`;
  host.innerHTML = `
    <form class="kb-finder__form" role="search">
      <label class="kb-visually-hidden" for="${id}">${T.label}</label>
      <input id="${id}" class="kb-finder__input" type="search" name="q" autocomplete="off" enterkeyhint="search" placeholder="${T.placeholder}">
    </form>
    <div class="kb-finder__filters" role="group" aria-label="${T.filters}">
      ${["", ...KINDS].map((k) => `<button type="button" data-kind="${k}" aria-pressed="${k === ""}">${k ? T[k] : T.all}</button>`).join("")}
    </div>
    <p class="kb-finder__status" aria-live="polite"></p>
    <ol class="kb-finder__results"></ol>`;
  const input = host.querySelector("input");
  const status = host.querySelector(".kb-finder__status");
  const list = host.querySelector(".kb-finder__results");
  let kind = "";
  let timer = 0;
  let ticket = 0;

  async function run() {
    const query = input.value.trim();
    const mine = ++ticket;
    if (!query) { list.innerHTML = ""; status.textContent = ""; return; }
    status.textContent = T.searching;
    try {
      const items = await answer(query, kind);
      if (mine !== ticket) return;
      const entry = items.length && items.every((d) => d.entry);
      status.textContent = !items.length ? T.none : entry ? T.start : items.every((d) => d.possible) ? T.partial : "";
      list.dataset.query = query; // lets tests and tools wait for the answer to this query
      list.innerHTML = items.map((d) => `<li class="kb-result kb-result--${d.kind}"${d.possible ? " data-possible" : ""}>
          <a href="${d.url}"><span class="kb-result__kind">${T[d.kind] || ""}</span>${d.possible ? `<span class="kb-result__possible">${T.possible}</span>` : ""}
          <span class="kb-result__title">${escapeHtml(d.title)}</span></a>${d.excerpt ? `<p class="kb-result__excerpt">${d.excerpt}</p>` : ""}</li>`).join("");
    } catch (error) {
      if (mine === ticket) status.textContent = T.error;
      console.warn("search failed", error);
    }
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 120); });
  host.querySelector("form").addEventListener("submit", (e) => { e.preventDefault(); run(); });
  host.querySelectorAll("[data-kind]").forEach((b) => b.addEventListener("click", () => {
    kind = b.dataset.kind;
    host.querySelectorAll("[data-kind]").forEach((o) => o.setAttribute("aria-pressed", String(o === b)));
    run();
  }));
  if (autofocus) input.focus();
  return { input, run };
}

// The index holds Chinese one character per term (see kb/search.py): split queries the same way,
// and take the spaces out again when showing titles and excerpts.
const CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";
const HAS_CJK = new RegExp(`[${CJK}]`);
const CJK_EDGE = new RegExp(`(?<=[${CJK}])(?=\\S)|(?<=\\S)(?=[${CJK}])`, "g");
const SPACED_CJK = new RegExp(`(?<=[${CJK}](?:</?mark>)?) (?=(?:</?mark>)?\\S)|(?<=\\S(?:</?mark>)?) (?=(?:</?mark>)?[${CJK}])`, "g");
function toTerms(query) {
  const terms = query.replace(CJK_EDGE, " ").split(/\s+/).filter(Boolean);
  // A lone Latin letter ("P" in "P图") would prefix-match half the English index: drop it when other terms remain.
  const useful = terms.filter((w) => !/^[a-z]$/i.test(w));
  return (useful.length ? useful : terms).join(" ");
}
function joinCjk(text) {
  return text.replace(SPACED_CJK, "");
}

// Pagefind ranks by terms, not by their order: among the best results, put first the pages that
// contain the query as written ("个性化分期" before pages that merely use 个, 性, 化, 分 and 期).
function byPhrase(data, query) {
  const phrase = query.replace(/\s+/g, "").toLowerCase();
  const has = (d) => d.content.replace(/\s+/g, "").toLowerCase().includes(phrase);
  return [...data.filter(has), ...data.filter((d) => !has(d))];
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function setup() {
  if (!root) return;
  const panel = root.querySelector(".kb-search__panel");
  const button = root.querySelector(".kb-search__open");
  const header = finder(root.querySelector("[data-kb-finder]"));
  const open = (query) => {
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    document.body.classList.add("kb-search-open");
    if (query !== undefined) { header.input.value = query; header.run(); }
    header.input.focus();
  };
  const close = () => {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    document.body.classList.remove("kb-search-open");
    button.focus();
  };
  button.addEventListener("click", () => open());
  root.querySelector(".kb-search__close").addEventListener("click", close);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !panel.hidden) close();
    if (e.key === "/" && panel.hidden && !/input|textarea/i.test(document.activeElement.tagName)) { e.preventDefault(); open(); }
  });
  // Inline search boxes (the home page) share the same engine.
  const inline = [...document.querySelectorAll("[data-kb-inline-search]")].map((host) => finder(host));
  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    if (inline.length) { inline[0].input.value = q; inline[0].run(); } else { open(q); }
  }
}

setup();
