// Drafts a reader can file, built in the browser from what they type: a written objection to a payment order that
// disputes the debt itself, an outline of a defence, and a limitation-defence paragraph. The drafts are in Chinese
// (they go to Chinese courts). They never admit the debt: they name only the points the reader ticks, and blanks
// stay as 【…】. What is typed lives in this page's memory only: it is not saved, put in the address or sent.
import { LANG, el, field, button, printPart } from "./kb-dom.js";

const T = {
  zh: {
    facts: "你的信息", factsNote: "只留在这个页面里：刷新或关闭页面就消失，不会保存，不会写进网址，也不会发送到任何地方。",
    points: "你要争辩的点（只勾选你有根据的）", reason: "理由和证据", copy: "复制", copied: "已复制。", select: "已选中全文，请手动复制。",
    print: "打印", again: "按最新信息重新生成（会覆盖你的修改）",
    notAdvice: "这是草稿，不是法律意见。提交前请核对事实和日期；可以拨打 12348 咨询法律援助，或到受理法院的诉讼服务中心询问怎么提交。",
    noAdmission: "草稿里没有“承认欠款”之类的话。对有根据的部分，不必在文书里承认或否认；不要写你无法证明的事。",
    why436: "为什么只说“没钱还”不行：", noPoint: "你还没有勾选任何要争辩的点。支付令异议要针对债务本身，否则不影响支付令的效力。",
    limitationWarn: "注意：三年内你还过款、同意过还款，或者对方向你催收过，时效会中断并重新计算；时效届满后你同意还款的，就不能再以时效抗辩。不确定的，先咨询再提交。",
  },
  en: {
    facts: "Your details", factsNote: "They stay on this page only: gone when you reload or close it; never saved, never put in the address, never sent anywhere.",
    points: "Points you dispute (tick only those you can support)", reason: "Reasons and evidence", copy: "Copy", copied: "Copied.", select: "Text selected: copy it by hand.",
    print: "Print", again: "Rebuild from the latest details (replaces your edits)",
    notAdvice: "This is a draft, not legal advice. Check the facts and dates before filing; call 12348 about legal aid, or ask the court's litigation-service centre how to file.",
    noAdmission: "The drafts contain no admission of the debt. You need not admit or deny in the document what is supported; do not write anything you cannot prove. The drafts are in Chinese because they go to a Chinese court.",
    why436: "Why \"I cannot pay\" alone fails: ", noPoint: "You have not ticked any point yet. An objection must dispute the debt itself, or it does not affect the payment order.",
    limitationWarn: "Careful: if within the three years you paid, agreed to pay, or the creditor demanded payment from you, the period was interrupted and started again; if you agreed to pay after it expired, you can no longer rely on it. If unsure, ask before filing.",
  },
}[LANG];

const FIELDS = [ // [key, Chinese label, English label]
  ["name", "你的姓名", "Your name"], ["court", "法院名称", "Name of the court"], ["caseno", "案号", "Case number"],
  ["creditor", "申请人或原告的名称（看文书）", "Name of the applicant or claimant (from the papers)"],
  ["received", "收到文书的日期", "Date you received the papers"],
];

const POINTS = [ // [key, Chinese label (also the heading in the draft), English label]
  ["creditor", "申请人（原告）是否是债权人", "Whether the applicant (claimant) holds the debt"],
  ["principal", "本金金额", "The principal amount"],
  ["paid", "已经还过的款项没有扣除", "Payments already made not deducted"],
  ["interest", "利息（没有约定、超过约定或过高）", "Interest (not agreed, beyond the contract or excessive)"],
  ["penalty", "罚息、违约金（没有约定或过高）", "Penalty interest and damages (not agreed or excessive)"],
  ["fees", "服务费、会员费、担保费等各项费用", "Service, membership, guarantee and other fees"],
  ["limitation", "诉讼时效", "The limitation period"],
  ["other", "其他", "Other"],
];

const blank = (what) => `【${what}】`;
const ROLE = { objection: "申请人", defence: "原告", limitation: "申请人（原告）" };

function limitationText(f, role) {
  const when = [f.lastPaid ? `本人最后一次还款的日期是 ${f.lastPaid}` : "", f.lastDemand ? `${role}最后一次向本人主张还款的日期是 ${f.lastDemand}` : ""].filter(Boolean);
  return [
    `关于诉讼时效：${role}主张的这笔债权，${when.length ? when.join("；") : blank("最后一次还款的日期，以及对方最后一次向你主张还款的日期")}。`,
    `到${role}${{ 原告: "提起诉讼", 申请人: "提出申请" }[role] || "提出申请或者起诉"}时，已经超过《中华人民共和国民法典》第一百八十八条第一款规定的三年诉讼时效期间。`,
    `本人依据《中华人民共和国民法典》第一百九十二条第一款提出诉讼时效抗辩${role === "原告" ? "，请求驳回原告的诉讼请求" : ""}。`,
  ].join("");
}

function pointLines(f, role) {
  const ticked = POINTS.filter(([key]) => f.points[key]);
  if (!ticked.length) return [`一、${blank("勾选你要争辩的点，并写明理由和证据")}`];
  const cn = "一二三四五六七八";
  return ticked.map(([key, zh], i) => {
    const text = key === "limitation" ? limitationText(f, role) : `关于${zh}：${f.reasons[key] || blank("理由和证据")}`;
    return `${cn[i]}、${text}`;
  });
}

const DRAFTS = {
  objection: {
    zh: "支付令异议书", en: "Written objection to a payment order",
    make: (f) => [
      "支付令异议书", "",
      `异议人（债务人）：${f.name || blank("姓名")}`, `申请人（债权人）：${f.creditor || blank("申请人名称")}`, "",
      `异议人于 ${f.received || blank("收到日期")} 收到${f.court || blank("法院名称")}${f.caseno || blank("案号")}支付令。异议人对支付令所列债务本身提出书面异议，请求依法裁定终结督促程序。`,
      "", "事实和理由：", ...pointLines(f, ROLE.objection),
      "", "以上异议针对申请人请求的债务本身。",
      "", "此致", f.court || blank("法院名称"), "", `异议人：${f.name || blank("签名")}`, `日期：${blank("年 月 日")}`,
    ].join("\n"),
  },
  defence: {
    zh: "答辩状提纲", en: "Outline of a defence",
    make: (f) => [
      "民事答辩状", "",
      `答辩人（被告）：${f.name || blank("姓名")}，${blank("性别、出生日期、民族、职业、工作单位、住所、联系方式，按法院要求填写")}`,
      `被答辩人（原告）：${f.creditor || blank("原告名称")}`, `案号：${f.caseno || blank("案号")}`, "",
      `答辩人于 ${f.received || blank("收到日期")} 收到起诉状副本，现就原告的诉讼请求提出答辩意见如下：`,
      "", ...pointLines(f, ROLE.defence),
      "", "请求：依法驳回原告没有事实和法律依据的诉讼请求。",
      "", "此致", f.court || blank("法院名称"), "", `答辩人：${f.name || blank("签名")}`, `日期：${blank("年 月 日")}`,
    ].join("\n"),
  },
  limitation: {
    zh: "诉讼时效抗辩段落", en: "Limitation-defence paragraph",
    make: (f) => limitationText(f, ROLE.limitation),
  },
};

function notes(kinds, statutes) {
  const out = [el("p", { class: "kb-filings__note" }, T.notAdvice), el("p", { class: "kb-filings__note" }, T.noAdmission)];
  if (kinds.includes("objection")) {
    const article = statutes.get("minsu_fa_jieshi_2022|436");
    if (article) out.push(el("p", { class: "kb-filings__note" }, T.why436, el("q", { lang: "zh" }, article.text.split("\n")[0]),
      ` (${article.short_title}${article.number})`));
  }
  if (kinds.includes("limitation") || kinds.includes("defence")) out.push(el("p", { class: "kb-filings__note" }, T.limitationWarn));
  return out;
}

// statutes: Map of "statute|label" to the exported article (with short_title), for the quoted rule.
export function mountFilings(host, kinds, statutes) {
  const f = { points: {}, reasons: {} };
  const inputs = FIELDS.map(([key, zh, en]) => field(LANG === "en" ? en : zh,
    el("input", { type: key === "received" ? "date" : "text", name: key, autocomplete: "off", oninput: (e) => { f[key] = e.target.value.trim(); refresh(); } })));
  const points = POINTS.map(([key, zh, en]) => {
    const reason = key === "limitation"
      ? el("span", {}, field(LANG === "en" ? "Date of your last payment" : "你最后一次还款的日期",
          el("input", { type: "date", name: "lastPaid", oninput: (e) => { f.lastPaid = e.target.value; refresh(); } })),
        field(LANG === "en" ? "Date the creditor last demanded payment (if known)" : "对方最后一次向你要钱的日期（知道的话）",
          el("input", { type: "date", name: "lastDemand", oninput: (e) => { f.lastDemand = e.target.value; refresh(); } })))
      : field(`${T.reason}${LANG === "zh" ? "：" : ": "}${LANG === "en" ? en : zh}`,
          el("textarea", { name: `reason-${key}`, rows: 2, oninput: (e) => { f.reasons[key] = e.target.value.trim(); refresh(); } }));
    reason.hidden = true;
    const box = el("input", { type: "checkbox", name: `point-${key}`, onchange: (e) => { f.points[key] = e.target.checked; reason.hidden = !e.target.checked; refresh(); } });
    return el("div", { class: "kb-filings__point" }, el("label", {}, box, " ", LANG === "en" ? en : zh), reason);
  });
  const warn = el("p", { class: "kb-filings__warn", role: "status" });
  const drafts = kinds.map((kind) => {
    const draft = DRAFTS[kind];
    const heading = el("h3", { id: `kb-filing-${kind}` }, LANG === "en" ? `${draft.en} (${draft.zh})` : draft.zh);
    const text = el("textarea", { class: "kb-letter__text", rows: 16, lang: "zh", spellcheck: "false", "aria-labelledby": heading.id,
      oninput: () => { text.dataset.edited = "1"; copy.textContent = text.value; } });
    const copy = el("div", { class: "kb-letter__print", lang: "zh" });
    const status = el("span", { class: "kb-act__status", role: "status" });
    const box = el("div", { class: "kb-letter", "data-filing": kind }, heading, text, copy,
      el("p", { class: "kb-act__controls" },
        button(T.copy, async () => {
          try { await navigator.clipboard.writeText(text.value); status.textContent = T.copied; } catch { text.select(); status.textContent = T.select; }
        }), " ", button(T.print, () => printPart(copy)), " ", button(T.again, () => { delete text.dataset.edited; refresh(); }), " ", status));
    return { draft, text, copy, box };
  });
  host.append(...notes(kinds, statutes),
    el("fieldset", { class: "kb-act__facts kb-act__controls" }, el("legend", {}, T.facts), el("p", { class: "kb-act__note" }, T.factsNote), inputs),
    el("fieldset", { class: "kb-act__controls kb-filings__points" }, el("legend", {}, T.points), points), warn,
    ...drafts.map((d) => d.box));

  function refresh() {
    warn.textContent = kinds.includes("objection") && !Object.values(f.points).some(Boolean) ? T.noPoint : "";
    for (const d of drafts) {
      if (!d.text.dataset.edited) d.text.value = d.draft.make(f);
      d.copy.textContent = d.text.value;
    }
  }
  refresh();
}
