// Site search on Pagefind. The index is fetched only when someone searches: a page that is
// just being read downloads nothing. Everything is served from this site; no other origin.
const LANG = document.documentElement.lang === "en" ? "en" : "zh";
const T = {
  zh: { placeholder: "描述你遇到的情况，例如：给我家人打电话", label: "搜索", all: "全部", behavior: "行为", procedure: "程序", statute: "法条",
        "case": "案例", guide: "指南", channel: "渠道", none: "没有找到。换个说法试试，例如“打电话给我妈”“半夜打电话”。",
        error: "搜索暂时不可用。", filters: "只看", searching: "正在搜索…" },
  en: { placeholder: "Describe what is happening, e.g. calls my family", label: "Search", all: "All", behavior: "Behaviors", procedure: "Procedures",
        statute: "Laws", "case": "Cases", guide: "Guides", channel: "Channels", none: "Nothing found. Try other words, e.g. “calls my family”.",
        error: "Search is unavailable right now.", filters: "Show", searching: "Searching…" },
}[LANG];
const KINDS = ["behavior", "procedure", "statute", "case", "guide"];
const root = document.querySelector("[data-kb-search]");
const base = new URL((root ? root.dataset.kbBase : ".") + "/", location.href);
let engine = null;

function pagefind() {
  if (!engine) {
    engine = import(new URL("pagefind/pagefind.js", base).href).then(async (pf) => {
      await pf.options({ baseUrl: base.pathname, excerptLength: 24,
                         ranking: { termFrequency: 0.3, pageLength: 0.4, termSaturation: 1.2 } });
      pf.init();
      return pf;
    });
  }
  return engine;
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
    const terms = toTerms(query);
    const mine = ++ticket;
    if (!query) { list.innerHTML = ""; status.textContent = ""; return; }
    status.textContent = T.searching;
    try {
      const pf = await pagefind();
      const found = await pf.search(terms, kind ? { filters: { kind } } : {});
      const data = byPhrase(await Promise.all(found.results.slice(0, 16).map((r) => r.data())), query).slice(0, 10);
      if (mine !== ticket) return;
      status.textContent = data.length ? "" : T.none;
      list.dataset.query = query; // lets tests and tools wait for the answer to this query
      list.innerHTML = data.map((d) => {
        const k = (d.meta && d.meta.kind) || "guide";
        return `<li class="kb-result kb-result--${k}"><a href="${d.url}"><span class="kb-result__kind">${T[k] || ""}</span>
          <span class="kb-result__title">${escapeHtml(joinCjk(d.meta.title || d.url))}</span></a>
          <p class="kb-result__excerpt">${joinCjk(d.excerpt)}</p></li>`;
      }).join("");
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
