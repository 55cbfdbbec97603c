// The triage page (act/): tick what is happening and the lender type; get first what to do today, then where to
// complain in order, letter drafts (kb-letters.js), the articles (collapsed, grouped by level) and an evidence log
// (kb-log.js). Everything comes from api/v1/triage-<lang>.json, built by kb/export.py with the rules of kb/triage.py;
// the articles' conditions and texts (triage-articles-<lang>.json) are fetched when the reader opens them.
// The selection (behavior ids, lender type, whether court papers were checked; nothing personal) is kept in the URL
// fragment.
import { LANG, el, field, button, printPart, contacts } from "./kb-dom.js";
import { mountLetters } from "./kb-letters.js";
import { mountLog } from "./kb-log.js";

const ROOT = new URL("../", import.meta.url); // the site root: this module lives in assets/
const link = (path) => new URL(path, ROOT).href;

async function fetchJson(name) {
  const response = await fetch(new URL(`api/v1/${name}.json`, ROOT));
  if (!response.ok) throw new Error(`${name}.json: ${response.status}`);
  return response.json();
}

async function load() {
  const data = await fetchJson(`triage-${LANG}`);
  data.behavior = new Map(data.behaviors.map((b) => [b.id, b]));
  data.channel = new Map(Object.entries(data.channels));
  return data;
}

// Does a rule bind this type of lender? Laws bind everyone; rules with lender_types only those lenders
// (with the type unknown or not chosen, only laws).
function covers(data, key, lender) {
  const types = data.statutes[key.split("|")[0]].lender_types;
  return !types || types.includes(lender);
}

// Channels in order: what the ticked behaviors' pages put first (the police first of all), then the route for
// the lender type (the same route the channels page shows), then the other channels those behaviors name.
// Only channels that handle this lender type are kept.
function orderChannels(data, bids, lender) {
  const handles = (cid) => data.channel.get(cid).lender_types.includes(lender);
  const first = bids.flatMap((b) => data.behavior.get(b).channels_first).filter(handles);
  first.sort((a, b) => (data.channel.get(b).kind === data.rules.first_kind) - (data.channel.get(a).kind === data.rules.first_kind));
  const more = bids.flatMap((b) => data.behavior.get(b).channels).filter(handles);
  const seen = new Map();
  for (const [reason, ids] of [["act", first], ["route", data.lender_types[lender].route], ["more", more]]) {
    for (const cid of ids) if (!seen.has(cid)) seen.set(cid, reason);
  }
  return [...seen].map(([id, reason]) => ({ id, reason }));
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has("b") && !params.has("l") && !params.has("d")) return null; // a heading anchor, not a selection
  return { behaviors: (params.get("b") || "").split(",").filter(Boolean), lender: params.get("l") || "", papers: params.get("d") || "" };
}

function writeHash(bids, lender, papers) {
  const parts = [];
  if (bids.length) parts.push(`b=${bids.join(",")}`);
  if (lender) parts.push(`l=${lender}`);
  if (papers) parts.push(`d=${papers}`);
  history.replaceState(null, "", parts.length ? `#${parts.join("&")}` : location.pathname + location.search);
}

function badge(data, level) {
  return el("span", { class: `kb-level kb-level--${data.levels[level].slug}` }, data.levels[level].name);
}

function channelBadge(data, c) {
  return c.verification === "verified" ? null : el("span", { class: "kb-unverified" }, data.ui.unverifiedLabel + c.unverified_what);
}

function mount(host, data) {
  const ui = data.ui;
  const docs = data.documents;
  const choose = el("section", { class: "kb-act__section kb-act__choose", "aria-labelledby": "kb-act-choose" },
    el("h2", { id: "kb-act-choose" }, ui.choose), el("p", {}, ui.chooseHint));
  const lender = el("select", { name: "lender" }, el("option", { value: "" }, ui.pick),
    Object.entries(data.lender_types).map(([id, type]) => el("option", { value: id }, type.name)));
  choose.append(field(ui.lender, lender));
  const boxes = new Map();
  for (const [cat, name] of Object.entries(data.categories)) {
    const members = data.behaviors.filter((b) => b.category === cat && b.id !== docs.behavior);
    if (!members.length) continue;
    choose.append(el("fieldset", { class: "kb-act__group" }, el("legend", {}, name), members.map((b) => {
      const box = el("input", { type: "checkbox", name: "behavior", value: b.id });
      boxes.set(b.id, box);
      return el("label", { class: "kb-act__option" }, box, " ", el("span", {}, b.label), el("span", { class: "kb-act__title" }, ` (${b.title[LANG]})`));
    })));
  }
  // Court or arbitration papers: checked and genuine → the legal path; otherwise → how to check (fake documents).
  const papers = el("input", { type: "checkbox", name: "papers", value: "papers" });
  const answers = Object.entries(docs.options).map(([value, label]) => {
    const radio = el("input", { type: "radio", name: "papers-checked", value, checked: value === "check" });
    return el("label", { class: "kb-act__option" }, radio, " ", label);
  });
  const question = el("fieldset", { class: "kb-act__papers-question", hidden: true }, el("legend", {}, docs.question), answers);
  choose.append(el("fieldset", { class: "kb-act__group kb-act__papers" }, el("legend", {}, ui.papers),
    el("label", { class: "kb-act__option" }, papers, " ", docs.label), question));
  const papersAnswer = () => (papers.checked ? choose.querySelector("input[name=papers-checked]:checked").value : "");

  const summary = el("section", { class: "kb-act__section kb-act__summary", "aria-labelledby": "kb-act-summary" });
  const letters = el("section", { class: "kb-act__section kb-act__letters" });
  const articles = el("section", { class: "kb-act__section kb-act__articles", "aria-labelledby": "kb-act-articles" });
  const log = el("section", { class: "kb-act__section kb-act__log" });
  host.replaceChildren(choose, summary, letters, articles, log);
  const cited = new Map(); // `${behavior}|${index}` -> cite in letters?
  const updateLetters = mountLetters(letters, data);
  mountLog(log, data);
  let details = null; // the articles' conditions and texts, once fetched

  function selection() {
    const answer = papersAnswer();
    const bids = data.behaviors.map((b) => b.id).filter((id) => (id === docs.behavior ? answer === "check" : boxes.get(id).checked));
    const chosen = lender.value || "unknown";
    const channels = lender.value ? orderChannels(data, bids, lender.value) : [];
    const citations = bids.flatMap((bid) => data.behavior.get(bid).violations.map((v, i) => ({ bid, v, key: `${bid}|${i}` })))
      .filter((c) => covers(data, c.v.key, chosen))
      .filter((c) => cited.get(c.key) ?? !data.rules.uncited_levels.includes(c.v.level));
    return { bids, lender: lender.value, papers: answer, channels, citations };
  }

  function todayList(sel) {
    const items = [];
    const danger = sel.bids.some((bid) => data.behavior.get(bid).channels_first.some((cid) => data.channel.get(cid).kind === data.rules.first_kind));
    if (danger) {
      const police = [...data.channel.values()].find((c) => c.kind === data.rules.first_kind);
      items.push(el("li", { class: "kb-today__danger" }, ui.police, " ", contacts(police.contact.filter((x) => x.type === "phone"))));
    }
    if (sel.papers) {
      const paths = el("ul", {}, docs.paths.map((p) => el("li", {}, el("a", { href: link(p.url) }, p.name))));
      const fake = data.behavior.get(docs.behavior);
      items.push(el("li", { "data-papers": sel.papers }, sel.papers === "real" ? docs.real : docs.check, paths,
        sel.papers === "check" ? null : el("p", {}, el("a", { href: link(fake.url) }, docs.fake))));
    }
    const seen = new Set();
    for (const bid of sel.bids) {
      const b = data.behavior.get(bid);
      for (const step of b.today) {
        if (seen.has(step)) continue;
        seen.add(step);
        items.push(el("li", { "data-behavior": bid }, step, " ", el("span", { class: "kb-act__why" }, ui.byBehavior, el("a", { href: link(b.url) }, b.title[LANG]))));
      }
    }
    if (sel.bids.length) items.push(el("li", {}, el("a", { href: "#kb-act-evidence" }, ui.keep)));
    const route = sel.lender ? data.lender_types[sel.lender].route : [];
    if (route.some((cid) => data.channel.get(cid).kind === "lender")) items.push(el("li", { "data-channel": "lender" }, ui.lenderStep));
    if (sel.lender === "unknown") items.push(el("li", { "data-find-lender": "" }, ui.findLender));
    return el("ol", { id: "today", class: "kb-today" }, items);
  }

  function renderSummary(sel) {
    summary.replaceChildren(el("h2", { id: "kb-act-summary" }, ui.summary));
    if (!sel.bids.length && !sel.papers) {
      summary.append(el("p", { class: "kb-act__empty" }, ui.none));
      return;
    }
    summary.append(el("h3", { id: "kb-act-today" }, ui.today), todayList(sel));
    summary.append(el("h3", {}, ui.channels));
    if (!sel.lender) {
      summary.append(el("p", { class: "kb-act__empty" }, ui.needLender));
    } else {
      summary.append(el("ol", { class: "kb-act__channels" }, sel.channels.map(({ id, reason }) => {
        const c = data.channel.get(id);
        const why = reason === "route" && c.kind === data.rules.first_kind ? ui.reasonPolice : ui[`reason${reason[0].toUpperCase()}${reason.slice(1)}`];
        return el("li", { "data-channel": id }, el("a", { href: link(c.url) }, c.name[LANG]), " ", channelBadge(data, c),
          el("br"), `${ui.contact}: `, contacts(c.contact), el("br"), el("span", { class: "kb-act__why" }, why));
      })));
    }
    const evidence = [...new Set(sel.bids.flatMap((bid) => data.behavior.get(bid).evidence.map((e) => e.trim())))];
    if (evidence.length) {
      summary.append(el("h3", { id: "kb-act-evidence" }, ui.evidence), el("ul", { class: "kb-act__evidence" },
        evidence.map((text) => el("li", {}, el("label", {}, el("input", { type: "checkbox" }), " ", text)))));
    }
    summary.append(el("p", { class: "kb-act__controls" }, button(ui.print, () => printPart(summary))));
  }

  function articleText(v, detail) {
    const article = details.articles[v.key];
    if (article.text) {
      return el("details", { class: "kb-quote" }, el("summary", {}, ui.text),
        el("div", { class: "kb-article-text", lang: "zh" }, article.text.split("\n").map((line) => line.trim()).filter(Boolean)
          .map((line, n) => el("p", {}, n === detail.line ? el("mark", {}, line) : line))));
    }
    return el("details", { class: "kb-quote kb-quote--summary" }, el("summary", {}, ui.summary_rule),
      el("p", {}, article.summary), el("p", { class: "kb-act__note" }, article.note));
  }

  // The articles, last and collapsed: grouped by level (strongest first), with a count; each row says which
  // behavior cites it and has the box that puts it in the letters. Rules that do not bind this lender are left out.
  function renderArticles(sel) {
    const rows = sel.bids.flatMap((bid) => data.behavior.get(bid).violations.map((v, i) => ({ bid, v, i })))
      .filter(({ v }) => covers(data, v.key, sel.lender || "unknown"));
    articles.hidden = !rows.length; // an empty section would carry a label pointing at nothing
    if (!rows.length) {
      articles.replaceChildren();
      return;
    }
    const open = articles.querySelector("details")?.open ?? false;
    const groups = Object.keys(data.levels).map((level) => [level, rows.filter((r) => r.v.level === level)]).filter(([, members]) => members.length);
    const box = el("details", { class: "kb-act__all", open, ontoggle: () => box.open && fill() },
      el("summary", {}, el("h2", { id: "kb-act-articles" }, `${ui.violations} (${rows.length})`), el("span", { class: "kb-act__note" }, ui.articlesCount.replace("{n}", rows.length))),
      el("p", { class: "kb-act__note" }, ui.citeHint, " ", ui.filtered),
      groups.map(([level, members]) => [el("h3", {}, badge(data, level), ` ${data.levels[level].name} (${members.length})`),
        el("ul", { class: "kb-act__violations" }, members.map(({ bid, v, i }) => {
          const key = `${bid}|${i}`;
          const check = el("input", { type: "checkbox", checked: cited.get(key) ?? !data.rules.uncited_levels.includes(v.level),
            onchange: () => { cited.set(key, check.checked); updateLetters(selection()); } });
          return el("li", { class: "kb-act__violation", "data-cite": v.cite, "data-behavior": bid, "data-index": i },
            badge(data, v.level), " ", el("strong", {}, v.cite), " ", el("span", { class: "kb-act__why" }, data.behavior.get(bid).title[LANG]),
            el("div", { class: "kb-act__detail" }), el("label", { class: "kb-act__cite" }, check, ` ${ui.cite}`));
        }))]));
    articles.replaceChildren(box);
    if (open) fill();

    async function fill() {
      try {
        details = details || await fetchJson(`triage-articles-${LANG}`);
      } catch (error) {
        box.querySelector(".kb-act__note").textContent = host.dataset.failed;
        return;
      }
      for (const item of box.querySelectorAll(".kb-act__violation")) {
        const slot = item.querySelector(".kb-act__detail");
        if (slot.childElementCount) continue;
        const v = data.behavior.get(item.dataset.behavior).violations[Number(item.dataset.index)];
        const detail = details.violations[item.dataset.behavior][Number(item.dataset.index)];
        slot.append(el("p", {}, el("b", {}, `${ui.applies}: `), detail.applies_when),
          detail.not_when ? el("p", {}, el("b", {}, `${ui.not_applies}: `), detail.not_when) : null, articleText(v, detail));
      }
    }
  }

  function update(fromInput = true) {
    question.hidden = !papers.checked;
    const sel = selection();
    if (fromInput) writeHash(sel.bids.filter((bid) => bid !== docs.behavior), sel.lender, sel.papers);
    renderSummary(sel);
    renderArticles(sel);
    updateLetters(sel);
  }

  function restore() {
    const state = readHash();
    if (!state) return;
    for (const [id, box] of boxes) box.checked = state.behaviors.includes(id);
    const answer = docs.options[state.papers] ? state.papers : state.behaviors.includes(docs.behavior) ? "check" : "";
    papers.checked = Boolean(answer);
    if (answer) choose.querySelector(`input[name=papers-checked][value=${answer}]`).checked = true;
    lender.value = data.lender_types[state.lender] ? state.lender : "";
  }

  choose.addEventListener("change", () => update());
  window.addEventListener("hashchange", () => { restore(); update(false); });
  restore();
  update(false);
}

const host = document.querySelector("[data-kb-act]");
if (host) {
  const loading = host.dataset.loading;
  host.replaceChildren(el("p", { class: "kb-act__empty", role: "status" }, loading));
  load().then((data) => mount(host, data), (error) => {
    host.replaceChildren(el("p", { class: "kb-act__empty", role: "alert" }, host.dataset.failed));
    console.warn("triage data failed to load", error);
  });
}
