// The evidence log: incidents the visitor adds one by one (whoever was contacted: the visitor, their family, their
// employer …), kept in this browser's localStorage (the page says so), exported to CSV or printed. Entries are
// flagged against the hours and call counts that summarised rules state (their `limits` in statutes/, exported
// in api/v1/triage-<lang>.json); each flag names its rule and says it is not verified against the official text.
import { LANG, el, field, button, printPart, saveFile } from "./kb-dom.js";

const STORE = "kb-evidence-log";
const KINDS = {
  answered: { zh: "来电（接通）", en: "Call (answered)" }, missed: { zh: "来电（未接）", en: "Call (missed)" },
  sms: { zh: "短信", en: "Text message" }, message: { zh: "微信或其他 App 消息", en: "WeChat or other app message" },
  visit: { zh: "上门", en: "Visit" }, other: { zh: "其他", en: "Other" },
};
const WHO = {
  me: { zh: "我本人", en: "Me" }, family: { zh: "家人", en: "Family" }, work: { zh: "单位、领导或同事", en: "Employer or colleagues" },
  friends: { zh: "朋友或通讯录里的人", en: "Friends or contacts" }, other: { zh: "其他人", en: "Someone else" },
};
const T = {
  zh: {
    title: "4. 证据记录", stored: "这份记录保存在这台设备的浏览器里（本地存储），不会上传到任何地方，关掉页面后还在。别人也用这台设备的，导出以后请清空。",
    time: "时间", who: "被联系的人", number: "对方号码或账号", kind: "类型", said: "对方说了什么、做了什么", files: "截图或录音的文件名", flags: "提示",
    add: "添加到记录", remove: "删除", csv: "导出 CSV", print: "打印记录表", clear: "清空全部记录", count: (n) => `共 ${n} 条。`,
    confirm: "清空这台设备上的全部证据记录？先导出 CSV 可以留一份。", cleared: "已清空。", empty: "还没有记录。",
    night: (q) => `${q[0]}–${q[1]} 之间`, over: (n, max, kinds) => `当天${kinds} ${n} 次，超过 ${max} 次`,
    answered: "接通的来电", attempts: "来电（含未接）", rules: "提示依据的规范", table: "证据记录表",
    because: (what, rules) => `${what}（依据：${rules}）`,
  },
  en: {
    title: "4. Evidence log", stored: "This log is kept in this browser on this device (local storage). It is never uploaded and stays after you close the page. If others use this device, export it and then clear it.",
    time: "Time", who: "Who was contacted", number: "Their number or account", kind: "Kind", said: "What they said or did", files: "File names of screenshots or recordings", flags: "Flags",
    add: "Add to the log", remove: "Delete", csv: "Export CSV", print: "Print the log", clear: "Clear the whole log", count: (n) => `${n} entries.`,
    confirm: "Clear the whole evidence log on this device? Export a CSV first to keep a copy.", cleared: "Cleared.", empty: "No entries yet.",
    night: (q) => `between ${q[0]} and ${q[1]}`, over: (n, max, kinds) => `${n} ${kinds} that day, more than ${max}`,
    answered: "answered calls", attempts: "calls (incl. missed)", rules: "Rules behind the flags", table: "Evidence log",
    because: (what, rules) => `${what} (rule: ${rules})`,
  },
}[LANG];

const minutes = (hhmm) => { const [h, m] = hhmm.split(":").map(Number); return h * 60 + m; };

function read() {
  try {
    const entries = JSON.parse(localStorage.getItem(STORE));
    return Array.isArray(entries) ? entries : [];
  } catch {
    return [];
  }
}

// For each entry, the limits it is flagged under.
// Night hours count for every entry, whoever was called; a daily maximum counts only calls to the visitor, since the
// rules limit calls to the debtor (calls to family or an employer are a problem in themselves, whatever their number).
function flag(entries, limits) {
  const flags = entries.map(() => []);
  for (const limit of limits) {
    if (limit.quiet) {
      const [from, to] = limit.quiet.map(minutes);
      entries.forEach((e, i) => {
        const t = minutes(e.time.slice(11, 16));
        if (from > to ? t >= from || t < to : t >= from && t < to) flags[i].push(limit);
      });
    } else {
      const days = new Map();
      entries.forEach((e, i) => {
        if (!limit.kinds.includes(e.kind) || (e.who || "me") !== "me") return;
        const day = e.time.slice(0, 10);
        days.set(day, [...(days.get(day) || []), i]);
      });
      for (const members of days.values()) {
        if (members.length > limit.max) for (const i of members) flags[i].push({ ...limit, count: members.length });
      }
    }
  }
  return flags;
}

export function mountLog(host, data) {
  let entries = read();
  const rule = (limit) => `${limit.name} — ${data.ui.summary_rule}`;
  const describe = (found) => {
    const byId = new Map();
    for (const limit of found) byId.set(limit.id, [...(byId.get(limit.id) || []), limit]);
    return [...byId.values()].map((group) => {
      const first = group[0];
      const what = first.quiet ? T.night(first.quiet) : T.over(first.count, first.max, T[first.id]);
      return T.because(what, group.map(rule).join(LANG === "en" ? "; " : "；"));
    });
  };

  const time = el("input", { type: "datetime-local", name: "time", required: true });
  const who = el("select", { name: "who" }, Object.entries(WHO).map(([id, names]) => el("option", { value: id }, names[LANG])));
  const number = el("input", { type: "text", name: "number", autocomplete: "off", inputmode: "tel" });
  const kind = el("select", { name: "kind" }, Object.entries(KINDS).map(([id, names]) => el("option", { value: id }, names[LANG])));
  const said = el("textarea", { name: "said", rows: 2 });
  const files = el("input", { type: "text", name: "files", autocomplete: "off" });
  const status = el("p", { class: "kb-act__status", role: "status" });
  const form = el("form", { class: "kb-act__controls kb-log__form" },
    field(T.time, time), field(T.who, who), field(T.number, number), field(T.kind, kind), field(T.said, said), field(T.files, files),
    el("p", {}, el("button", { type: "submit", class: "md-button md-button--primary kb-act__button" }, T.add)));
  const body = el("tbody");
  const columns = [T.time, T.flags, T.who, T.number, T.kind, T.said, T.files];
  const table = el("table", { class: "kb-log__table" }, el("caption", { class: "kb-visually-hidden" }, T.table),
    el("thead", {}, el("tr", {}, columns.map((h) => el("th", { scope: "col" }, h)),
      el("th", { scope: "col", class: "kb-act__controls" }, el("span", { class: "kb-visually-hidden" }, T.remove)))), body);
  const count = el("p", { class: "kb-log__count" });
  const legend = el("div", { class: "kb-log__rules" }, el("h3", {}, T.rules),
    el("ul", {}, data.limits.map((limit) => {
      const scope = LANG === "en" ? ` (${limit.title}): ` : `（${limit.title}）：`; // the full title says whom the rule covers
      return el("li", {}, el("strong", {}, rule(limit)), `${scope}${limit.summary}`, el("span", { class: "kb-act__note" }, ` ${limit.note}`));
    })));
  const printable = el("div", { class: "kb-log__printable" }, el("h3", {}, T.table), count,
    el("div", { class: "kb-act__scroll", tabindex: "0", role: "region", "aria-label": T.table }, table), legend);

  function save() {
    localStorage.setItem(STORE, JSON.stringify(entries));
  }

  function render() {
    entries.sort((a, b) => a.time.localeCompare(b.time));
    const flags = flag(entries, data.limits);
    count.textContent = entries.length ? T.count(entries.length) : T.empty;
    // On a phone each row is a card (kb-act.css); the flags come right after the time so they are seen at once.
    const cell = (n, ...content) => el("td", { "data-label": columns[n] }, ...content);
    body.replaceChildren(...entries.map((e, i) => el("tr", { "data-flags": [...new Set(flags[i].map((l) => l.id))].join(" ") },
      cell(0, e.time.replace("T", " ")), cell(1, describe(flags[i]).map((text) => el("div", { class: "kb-log__flag" }, text))),
      cell(2, WHO[e.who || "me"][LANG]), cell(3, e.number), cell(4, KINDS[e.kind][LANG]), cell(5, e.said), cell(6, e.files),
      el("td", { class: "kb-act__controls" }, button(T.remove, () => { entries.splice(i, 1); save(); render(); },
        { "aria-label": `${T.remove} ${e.time.replace("T", " ")}` })))));
  }

  // A number such as 13800001111 or 0095511 would become 1.38E+10 or lose its leading zero when Excel or LibreOffice
  // opens the CSV; a leading tab inside the quoted cell makes both keep it as text (they do not trim it), and it also
  // keeps a cell that starts with = + - @ from being read as a formula. ="…" would show as a formula in LibreOffice.
  const asText = (cell) => (/^[=+\-@]|^[0-9][0-9 ()-]*$/.test(cell) ? `\t${cell}` : cell);

  function csv() {
    const flags = flag(entries, data.limits);
    const rows = [[T.time, T.who, T.number, T.kind, T.said, T.files, T.flags],
      ...entries.map((e, i) => [e.time.replace("T", " "), WHO[e.who || "me"][LANG], asText(e.number), KINDS[e.kind][LANG],
        asText(e.said), asText(e.files), describe(flags[i]).join("; ")])];
    const text = rows.map((row) => row.map((cell) => `"${String(cell).replaceAll('"', '""')}"`).join(",")).join("\r\n");
    saveFile("evidence-log.csv", `\ufeff${text}\r\n`, "text/csv;charset=utf-8"); // the BOM lets Excel read UTF-8 Chinese
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    entries.push({ time: time.value, who: who.value, number: number.value.trim(), kind: kind.value, said: said.value.trim(), files: files.value.trim() });
    save();
    render();
    for (const input of [number, said, files]) input.value = "";
    status.textContent = T.count(entries.length);
    time.focus();
  });
  host.append(el("h2", { id: "kb-act-log" }, T.title), el("p", { class: "kb-act__stored" }, T.stored), form, status, printable,
    el("p", { class: "kb-act__controls" }, button(T.csv, csv), " ", button(T.print, () => printPart(printable)), " ",
      button(T.clear, () => {
        if (!window.confirm(T.confirm)) return;
        entries = [];
        localStorage.removeItem(STORE);
        render();
        status.textContent = T.cleared;
      })));
  render();
}
