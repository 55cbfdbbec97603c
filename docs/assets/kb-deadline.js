// Deadline calculator: enter the day a period starts (the day you received a document) and see the last day of
// each period. The periods come from api/v1/procedures.json (days, months or years, whose deadline it is, and the
// article with the counting rule); nothing here repeats a number of days.
// Counting: the start day is not counted, so a 15-day period from 1 March ends on 16 March; a period in months or
// years ends on the same day of the month, or on the month's last day where there is none.
// A last day on a Saturday or Sunday: the counting article moves the end to the first day after a statutory rest
// day. The calculator does not know public holidays or swapped working days (调休), so it never shows that later
// day as the date to act by: it gives the unextended last day and names the possible extension beside it.
// Everything is computed in the page; the date typed is never stored or sent.
import { LANG, el } from "./kb-dom.js";

const T = {
  zh: {
    last: "最后一天", actBy: "请在这一天之前（含当天）办理。", passed: "这个日期已经过去了：请尽快向法院或 12348 咨询还能做什么。",
    creditor: "这是债权人的期限，不是你的：", weekend: (day, cite, next) => `这一天是${day}。${cite}规定，期间届满的最后一日是法定休假日的，以休假日后的第一日为期间届满的日期；如果这个周末确实放假，期限可能顺延到 ${next}。`,
    holidays: "本计算器不知道法定节假日和调休（调休上班的周末不算休假日），所以只按上面较早的日期提示你；不要指望顺延。",
    holiday: (cite) => `如果这一天是法定节假日，按${cite}会顺延；本计算器不知道节假日和调休，请按上面的日期办理。`,
    noRule: "本计算器不知道节假日和调休，请按上面的日期办理。",
    months: "按月、按年计算的，最后一天是到期月的对应日，没有对应日的是那个月的最后一天。",
    bad: "请输入有效的日期。", intro: "填上日期，下面每个期限会显示最后一天。",
    weekdays: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
  },
  en: {
    last: "Last day", actBy: "Act on or before this day.", passed: "This date has passed: ask the court or call 12348 quickly about what you can still do.",
    creditor: "This is the creditor's deadline, not yours: ", weekend: (day, cite, next) => `This day is a ${day}. ${cite} says that when the last day of a period is a statutory rest day, the period ends on the first day after it; if that weekend really is a rest day, the period may run until ${next}.`,
    holidays: "This calculator does not know public holidays or swapped working days (a weekend made a working day is not a rest day), so it only gives you the earlier date above; do not count on the extension.",
    holiday: (cite) => `If this day is a public holiday, ${cite} moves the end later; this calculator does not know holidays or swapped days, so act by the date above.`,
    noRule: "This calculator does not know public holidays or swapped working days; act by the date above.",
    months: "For periods in months or years, the last day is the same day of the month, or the month's last day where there is none.",
    bad: "Enter a valid date.", intro: "Enter the date and each deadline below shows its last day.",
    weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  },
}[LANG];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// Dates are calendar days: kept as UTC midnights so that no time zone or summer time can shift them.
export function parseDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
  if (!match) return null;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCDate() === +match[3] ? date : null;
}

function addMonths(date, months) {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last)));
}

const addDays = (date, days) => new Date(date.getTime() + days * 86400000);

// The last day of a period that starts on `start` (a Date): the start day itself is not counted.
export function lastDay(start, deadline) {
  if (deadline.days) return addDays(start, deadline.days);
  if (deadline.months) return addMonths(start, deadline.months);
  if (deadline.years) return addMonths(start, deadline.years * 12);
  return null;
}

// Where a last day falls on a Saturday or Sunday: the first day after the weekend, as the possible extension.
export function afterWeekend(date) {
  const day = date.getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : null;
}

export function iso(date) {
  return date.toISOString().slice(0, 10);
}

export function show(date) {
  const day = T.weekdays[date.getUTCDay()];
  if (LANG === "en") return `${day} ${date.getUTCDate()} ${MONTHS_EN[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日（${day}）`;
}

function today() {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

// The result of one deadline for a start date, as the nodes to show.
export function explain(start, deadline) {
  const last = lastDay(start, deadline);
  const rule = deadline.counting ? deadline.counting.cite[LANG] : null;
  const next = afterWeekend(last);
  const out = [
    el("strong", { class: "kb-deadline__date", "data-date": iso(last) }, `${deadline.party === "creditor" ? T.creditor : ""}${T.last}${LANG === "zh" ? "：" : ": "}${show(last)}`),
    " ", T.actBy,
  ];
  const notes = [];
  if (deadline.party === "debtor" && last < today()) notes.push(el("span", { class: "kb-deadline__passed" }, T.passed));
  if (rule && next) notes.push(el("span", { class: "kb-deadline__weekend", "data-next": iso(next) }, T.weekend(T.weekdays[last.getUTCDay()], rule, show(next))), " ", T.holidays);
  else if (rule) notes.push(T.holiday(rule));
  else notes.push(T.noRule);
  if (deadline.months || deadline.years) notes.push(" ", T.months);
  return [el("span", {}, ...out), el("br"), el("small", { class: "kb-deadline__note" }, ...notes)];
}

function card(deadline, group, heading) {
  return el("section", { class: `kb-deadline kb-deadline--${deadline.party}`, "data-kb-deadline": deadline.id, "data-kb-group": group },
    el(heading, {}, deadline.label[LANG]), el("p", { class: "kb-deadline__result", role: "status", "aria-live": "polite" }),
    el("p", {}, deadline.consequence[LANG], " (", deadline.cite[LANG], ")"));
}

// Wire a calculator: host holds date inputs [data-kb-start] and deadline cards [data-kb-deadline] (the procedure
// pages render them); on a host without cards (the triage page) they are built here from the export, each under a
// heading of the level the host page needs (h3 by default).
export function mountDeadlines(host, procedure, heading = "h3") {
  if (!host.querySelector("[data-kb-deadline]")) {
    const groups = new Map();
    for (const d of procedure.deadlines) if (!groups.has(d.starts[LANG])) groups.set(d.starts[LANG], `kb-${procedure.id}-start-${groups.size + 1}`);
    host.append(el("p", {}, T.intro),
      ...[...groups].map(([label, id]) => el("p", { class: "kb-deadlines__start" }, el("label", { for: id }, label), el("input", { type: "date", id, "data-kb-start": id }))),
      ...procedure.deadlines.map((d) => card(d, groups.get(d.starts[LANG]), heading)));
  }
  const byId = new Map(procedure.deadlines.map((d) => [d.id, d]));
  host.querySelectorAll("[hidden]").forEach((node) => { if (!node.closest("[data-kb-deadline]")) node.hidden = false; });
  for (const input of host.querySelectorAll("[data-kb-start]")) {
    input.addEventListener("input", () => {
      const start = parseDate(input.value);
      for (const section of host.querySelectorAll(`[data-kb-group="${input.dataset.kbStart}"]`)) {
        const result = section.querySelector(".kb-deadline__result");
        const deadline = byId.get(section.dataset.kbDeadline);
        result.replaceChildren(...(!input.value ? [] : start ? explain(start, deadline) : [T.bad]));
      }
    });
  }
}
