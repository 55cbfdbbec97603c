// Procedure pages: the deadline calculator (kb-deadline.js) and the drafts a reader can file (kb-filings.js).
// The deadlines come from this site's api/v1/procedures.json, the rule quoted beside the objection from statutes.json.
import { LANG, el } from "./kb-dom.js";
import { mountDeadlines } from "./kb-deadline.js";
import { mountFilings } from "./kb-filings.js";

const ROOT = new URL("../", import.meta.url); // the site root: this module lives in assets/
const FAILED = { zh: "数据载入失败，请刷新页面。上面写明了每个期限从哪天算、多少天。", en: "Could not load the data. Please reload the page; each deadline above says when it starts and how long it is." }[LANG];

async function json(name) {
  const response = await fetch(new URL(`api/v1/${name}.json`, ROOT));
  if (!response.ok) throw new Error(`${name}.json: ${response.status}`);
  return response.json();
}

const calculator = document.querySelector("[data-kb-deadlines]");
const filings = document.querySelector("[data-kb-filings]");
try {
  const procedures = await json("procedures");
  if (calculator) mountDeadlines(calculator, procedures.find((p) => p.id === calculator.dataset.kbDeadlines));
  if (filings) {
    const kinds = filings.dataset.kbFilings.split(" ");
    const statutes = new Map();
    if (kinds.includes("objection")) {
      for (const s of await json("statutes")) for (const a of s.articles) statutes.set(`${s.id}|${a.label}`, { ...a, short_title: s.short_title });
    }
    mountFilings(filings, kinds, statutes);
  }
} catch {
  (calculator || filings).prepend(el("p", { class: "kb-filings__warn", role: "alert" }, FAILED));
}
