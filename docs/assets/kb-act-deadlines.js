// The triage page's deadline box: pick the court or arbitration paper you received, enter the date, and see the
// last day of each period, counted by kb-deadline.js from api/v1/procedures.json (the same data and code as the
// procedure pages). The date typed stays in the page.
import { LANG, el, field } from "./kb-dom.js";
import { mountDeadlines } from "./kb-deadline.js";

const T = {
  zh: { pick: "你收到的是", none: "请选择", page: "这个程序的详细说明和步骤", failed: "数据载入失败，请刷新页面。" },
  en: { pick: "What you received", none: "Choose", page: "Full explanation and steps for this procedure", failed: "Could not load the data. Please reload the page." },
}[LANG];
const ROOT = new URL("../", import.meta.url); // the site root: this module lives in assets/
const host = document.querySelector("[data-kb-act-deadlines]");

try {
  const response = await fetch(new URL("api/v1/procedures.json", ROOT));
  if (!response.ok) throw new Error(`procedures.json: ${response.status}`);
  const procedures = (await response.json()).filter((p) => p.deadlines.some((d) => d.party === "debtor"));
  const box = el("div", { class: "kb-act-deadlines__box" });
  const select = el("select", { name: "procedure", onchange: () => {
    box.replaceChildren();
    const procedure = procedures.find((p) => p.id === select.value);
    if (!procedure) return;
    mountDeadlines(box, procedure, "h2"); // the page's first section headings come later, from kb-act.js
    box.append(el("p", {}, el("a", { href: new URL(LANG === "en" ? procedure.url_en : procedure.url, ROOT).href }, T.page)));
  } }, el("option", { value: "" }, T.none), ...procedures.map((p) => el("option", { value: p.id }, p.title[LANG])));
  host.append(field(T.pick, select), box);
} catch {
  host.append(el("p", {}, T.failed));
}
