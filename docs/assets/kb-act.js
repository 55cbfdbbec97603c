// The triage page (act/): tick what is happening and the lender type; get the articles, the evidence to keep
// and the complaint channels in order, letter drafts (kb-letters.js) and an evidence log (kb-log.js).
// Data comes from this site's api/v1 export, fetched once; after that the page works offline.
// The selection (behavior ids and lender type, nothing personal) is kept in the URL fragment.
import { LANG, el, field, button, printPart } from "./kb-dom.js";
import { mountLetters } from "./kb-letters.js";
import { mountLog } from "./kb-log.js";

const T = {
  zh: {
    choose: "1. 发生了什么？", chooseHint: "勾选所有符合的情况，可以多选。", lender: "借款机构类型", pick: "请选择",
    summary: "2. 小结", none: "先在上面勾选至少一种情况。", articles: "可能违反的条文", applies: "适用", notWhen: "不适用",
    text: "条文原文", cite: "写入信件", citeHint: "刑事条文只在特定条件下适用（见“不适用”），默认不写入信件。",
    evidence: "要保存的证据（合并去重）", channels: "向谁投诉（按顺序）", needLender: "选择借款机构类型后，这里会按顺序列出投诉渠道。",
    reasonAct: "你勾选的行为，行为页建议先找这里", reasonRoute: "这类借款机构的投诉路线：先找机构本身，再找监管",
    reasonPolice: "没有金融监管部门管这类放贷方，报警", reasonMore: "也可以找", page: "详细说明",
    print: "打印小结", loading: "正在载入数据…", failed: "数据载入失败，请刷新页面。", contact: "联系方式",
  },
  en: {
    choose: "1. What is happening?", chooseHint: "Tick everything that applies.", lender: "Type of lender", pick: "Choose",
    summary: "2. Summary", none: "Tick at least one item above first.", articles: "Articles it may violate", applies: "Applies when",
    notWhen: "Does not apply when", text: "Text of the article (Chinese)", cite: "Cite in letters",
    citeHint: "Criminal-law articles apply only in particular conditions (see “Does not apply when”), so letters leave them out unless you tick them.",
    evidence: "Evidence to keep (merged)", channels: "Where to complain, in order", needLender: "Choose the type of lender to see the complaint channels in order.",
    reasonAct: "For what you ticked, the behavior page says to go here first", reasonRoute: "Route for this type of lender: the lender itself first, then its regulators",
    reasonPolice: "No financial regulator covers this kind of lender: report to the police", reasonMore: "Also possible", page: "Full page",
    print: "Print the summary", loading: "Loading data…", failed: "Could not load the data. Please reload the page.", contact: "Contact",
  },
}[LANG];

const ROOT = new URL("../", import.meta.url); // the site root: this module lives in assets/

async function load() {
  const names = ["behaviors", "statutes", "channels", "words"];
  const files = await Promise.all(names.map(async (name) => {
    const response = await fetch(new URL(`api/v1/${name}.json`, ROOT));
    if (!response.ok) throw new Error(`${name}.json: ${response.status}`);
    return response.json();
  }));
  const [behaviors, statutes, channels, words] = files;
  const articles = new Map();
  for (const statute of statutes) for (const a of statute.articles) articles.set(`${statute.id}|${a.label}`, { ...a, statute });
  return {
    behaviors, words, articles,
    behavior: new Map(behaviors.map((b) => [b.id, b])),
    statute: new Map(statutes.map((s) => [s.id, s])),
    channel: new Map(channels.map((c) => [c.id, c])),
  };
}

// Channels in order: what the ticked behaviors' pages put first (the police first of all), then the route for
// the lender type (the same route the channels page shows), then the other channels those behaviors name.
// Only channels that handle this lender type are kept.
function orderChannels(data, bids, lender) {
  const covers = (cid) => data.channel.get(cid).lender_types.includes(lender);
  const first = bids.flatMap((b) => data.behavior.get(b).channels_first).filter(covers);
  first.sort((a, b) => (data.channel.get(b).kind === "police") - (data.channel.get(a).kind === "police"));
  const route = data.words.lender_types[lender].route;
  const more = bids.flatMap((b) => data.behavior.get(b).channels).filter(covers);
  const seen = new Map();
  for (const [reason, ids] of [["act", first], ["route", route], ["more", more]]) {
    for (const cid of ids) if (!seen.has(cid)) seen.set(cid, reason);
  }
  return [...seen].map(([id, reason]) => ({ id, reason }));
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has("b") && !params.has("l")) return null; // a heading anchor, not a selection
  return { behaviors: (params.get("b") || "").split(",").filter(Boolean), lender: params.get("l") || "" };
}

function writeHash(bids, lender) {
  const parts = [];
  if (bids.length) parts.push(`b=${bids.join(",")}`);
  if (lender) parts.push(`l=${lender}`);
  history.replaceState(null, "", parts.length ? `#${parts.join("&")}` : location.pathname + location.search);
}

function level(data, name) {
  const names = data.words.levels[name];
  return el("span", { class: `kb-level kb-level--${names.slug}` }, names[LANG]);
}

function articleText(data, violation) {
  const article = data.articles.get(`${violation.statute}|${violation.article}`);
  if (article.verified) {
    return el("details", { class: "kb-quote" }, el("summary", {}, T.text),
      el("div", { class: "kb-article-text", lang: "zh" }, article.text.split("\n").map((line) => line.trim()).filter(Boolean)
        .map((line, n) => el("p", {}, n === violation.line ? el("mark", {}, line) : line))));
  }
  const ui = data.words.ui[LANG];
  return el("details", { class: "kb-quote kb-quote--summary" }, el("summary", {}, ui.summary_rule),
    el("p", {}, article.summary[LANG]), el("p", { class: "kb-act__note" }, article.statute.summary_note[LANG]));
}

function mount(host, data) {
  const choose = el("section", { class: "kb-act__section kb-act__choose", "aria-labelledby": "kb-act-choose" },
    el("h2", { id: "kb-act-choose" }, T.choose), el("p", {}, T.chooseHint));
  const lender = el("select", { name: "lender" }, el("option", { value: "" }, T.pick),
    Object.entries(data.words.lender_types).map(([id, names]) => el("option", { value: id }, names[LANG])));
  choose.append(field(T.lender, lender));
  const boxes = new Map();
  for (const [cat, names] of Object.entries(data.words.categories)) {
    const members = data.behaviors.filter((b) => b.category === cat);
    if (!members.length) continue;
    choose.append(el("fieldset", { class: "kb-act__group" }, el("legend", {}, names[LANG]), members.map((b) => {
      const box = el("input", { type: "checkbox", name: "behavior", value: b.id });
      boxes.set(b.id, box);
      return el("label", { class: "kb-act__option" }, box, " ", el("span", {}, b.symptoms[LANG][0]),
        el("span", { class: "kb-act__title" }, ` (${b.title[LANG]})`));
    })));
  }

  const summary = el("section", { class: "kb-act__section kb-act__summary", "aria-labelledby": "kb-act-summary" });
  const letters = el("section", { class: "kb-act__section kb-act__letters" });
  const log = el("section", { class: "kb-act__section kb-act__log" });
  host.replaceChildren(choose, summary, letters, log);
  const cited = new Map(); // `${behavior}|${index}` -> cite in letters?
  const updateLetters = mountLetters(letters, data);
  mountLog(log, data);

  function selection() {
    const bids = data.behaviors.map((b) => b.id).filter((id) => boxes.get(id).checked);
    const channels = lender.value ? orderChannels(data, bids, lender.value) : [];
    const citations = bids.flatMap((bid) => data.behavior.get(bid).violations.map((v, i) => ({ bid, v, key: `${bid}|${i}` })))
      .filter((c) => cited.get(c.key) ?? c.v.level !== "刑事");
    return { bids, lender: lender.value, channels, citations };
  }

  function renderSummary(sel) {
    summary.replaceChildren(el("h2", { id: "kb-act-summary" }, T.summary));
    if (!sel.bids.length) {
      summary.append(el("p", { class: "kb-act__empty" }, T.none));
      return;
    }
    summary.append(el("p", { class: "kb-act__note" }, T.citeHint));
    for (const bid of sel.bids) {
      const b = data.behavior.get(bid);
      const items = b.violations.map((v, i) => {
        const key = `${bid}|${i}`;
        const box = el("input", { type: "checkbox", checked: cited.get(key) ?? v.level !== "刑事",
          onchange: () => { cited.set(key, box.checked); updateLetters(selection()); } });
        return el("li", { class: "kb-act__violation", "data-cite": v.cite.zh },
          level(data, v.level), " ", el("strong", {}, v.cite[LANG]),
          el("p", {}, el("b", {}, `${T.applies}: `), v.applies_when[LANG]),
          v.not_when ? el("p", {}, el("b", {}, `${T.notWhen}: `), v.not_when[LANG]) : null,
          articleText(data, v), el("label", { class: "kb-act__cite" }, box, ` ${T.cite}`));
      });
      summary.append(el("article", { class: "kb-act__behavior", "data-behavior": bid },
        el("h3", {}, b.title[LANG]), el("p", {}, b.summary[LANG], " ",
          el("a", { href: new URL(LANG === "en" ? b.url_en : b.url, ROOT).href }, `${T.page} →`)),
        el("h4", {}, T.articles), el("ul", { class: "kb-act__violations" }, items)));
    }
    const evidence = [...new Set(sel.bids.flatMap((bid) => data.behavior.get(bid).evidence.map((e) => e[LANG].trim())))];
    summary.append(el("h3", {}, T.evidence), el("ul", { class: "kb-act__evidence" },
      evidence.map((text) => el("li", {}, el("label", {}, el("input", { type: "checkbox" }), " ", text)))));
    summary.append(el("h3", {}, T.channels));
    if (!sel.lender) {
      summary.append(el("p", { class: "kb-act__empty" }, T.needLender));
    } else {
      summary.append(el("ol", { class: "kb-act__channels" }, sel.channels.map(({ id, reason }) => {
        const c = data.channel.get(id);
        const why = reason === "route" && c.kind === "police" ? T.reasonPolice : T[`reason${reason[0].toUpperCase()}${reason.slice(1)}`];
        const badge = c.verification === "verified" ? null
          : el("span", { class: "kb-unverified" }, data.words.verification[c.verification][LANG]);
        return el("li", { "data-channel": id },
          el("a", { href: new URL(c.url, ROOT).href }, c.name[LANG]), " ", badge,
          el("br"), `${T.contact}: ${c.contact.map((x) => x.value).join("; ")}`,
          el("br"), el("span", { class: "kb-act__why" }, why));
      })));
    }
    summary.append(el("p", { class: "kb-act__controls" }, button(T.print, () => printPart(summary))));
  }

  function update(fromInput = true) {
    const sel = selection();
    if (fromInput) writeHash(sel.bids, sel.lender);
    renderSummary(sel);
    updateLetters(sel);
  }

  function restore() {
    const state = readHash();
    if (!state) return;
    for (const [id, box] of boxes) box.checked = state.behaviors.includes(id);
    lender.value = data.words.lender_types[state.lender] ? state.lender : "";
  }

  choose.addEventListener("change", () => update());
  window.addEventListener("hashchange", () => { restore(); update(false); });
  restore();
  update(false);
}

const host = document.querySelector("[data-kb-act]");
if (host) {
  host.replaceChildren(el("p", { class: "kb-act__empty", role: "status" }, T.loading));
  load().then((data) => mount(host, data), (error) => {
    host.replaceChildren(el("p", { class: "kb-act__empty", role: "alert" }, T.failed));
    console.warn("triage data failed to load", error);
  });
}
