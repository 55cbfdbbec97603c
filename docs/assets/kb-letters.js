// Letter drafts for the triage page, in Chinese (they go to Chinese institutions): a complaint, a notice to stop
// contacting third parties and a repayment request. They use only what the visitor typed and the site's texts;
// blanks stay as 【…】. What the visitor types lives in this page's memory and is gone on reload, unless they
// press "save on this device".
import { LANG, el, field, button, printPart } from "./kb-dom.js";

const STORE = "kb-letter-facts";
const T = {
  zh: {
    title: "3. 信件草稿", intro: "根据上面勾选的行为生成，可以直接修改。信里只会出现你填写的内容和本站核实过的条文；空着的地方用【】标出。",
    facts: "你的信息", factsNote: "只留在这个页面里：刷新或关闭页面就消失，不会写进网址，也不会发送到任何地方。",
    save: "在这台设备上保存我填的信息", forget: "删除保存的信息", saved: "已保存在这台设备的浏览器里。", forgotten: "已删除。",
    when: "发生的日期和经过：", to: "投诉信寄给", copy: "复制", copied: "已复制。", select: "已选中全文，请手动复制。",
    print: "打印", again: "按最新信息重新生成（会覆盖你的修改）", pickFirst: "先在上面勾选至少一种情况。",
    admit: "在信里写明我承认这笔欠款",
    admitNote: "默认不勾选。书面承认欠款会使诉讼时效中断、重新计算（民法典第一百九十五条）；欠款已过三年诉讼时效的，书面同意还款后就不能再以时效抗辩（民法典第一百九十二条第二款）。金额有争议、怀疑对方是骗子或放贷方没有资质时，不要勾选。",
    negotiationNote: "注意：协商还款申请提出分期或延期还款，本身就可能被认定为“同意履行义务”，使诉讼时效中断（最高人民法院诉讼时效规定第十四条、民法典第一百九十五条）。如果最后一次还款或被催收已经是三年以前，寄出前先咨询 12348 法律援助。",
  },
  en: {
    title: "3. Letter drafts", intro: "Built from what you ticked above; edit them freely. The letters are in Chinese because they go to Chinese institutions. They contain only what you type here and the site's checked texts; blanks are marked 【】.",
    facts: "Your details", factsNote: "They stay on this page only: gone when you reload or close it, never put in the address, never sent anywhere.",
    save: "Save my details on this device", forget: "Delete saved details", saved: "Saved in this browser on this device.", forgotten: "Deleted.",
    when: "Dates and what happened: ", to: "Send the complaint to", copy: "Copy", copied: "Copied.", select: "Text selected: copy it by hand.",
    print: "Print", again: "Rebuild from the latest details (replaces your edits)", pickFirst: "Tick at least one item above first.",
    admit: "Say in the letters that I acknowledge this debt",
    admitNote: "Unticked by default. Acknowledging a debt in writing interrupts the limitation period, which then starts again (Civil Code Article 195); if the three-year period has already run out, agreeing in writing to pay means you can no longer rely on it (Article 192, paragraph 2). Do not tick this if the amount is disputed, or if you suspect a scammer or an unlicensed lender.",
    negotiationNote: "Note: a repayment request that proposes instalments or more time may itself count as agreeing to pay, which interrupts the limitation period (Supreme People's Court rules on limitation, Article 14; Civil Code Article 195). If your last payment or the last demand was more than three years ago, ask 12348 legal aid before sending it.",
  },
}[LANG];

const FIELDS = [ // [key, Chinese label, English label, input type]
  ["name", "姓名", "Name", "text"], ["phone", "联系电话", "Phone", "tel"],
  ["lender", "借款机构全称（看合同或 App 里的“出借人”）", "Lender's full name (the lender named in the contract or app)", "text"],
  ["account", "合同号或卡号后四位", "Contract number or last four digits of the card", "text"],
  ["amount", "欠款金额（元）", "Amount owed (yuan)", "text"],
  ["collector", "催收方自称的身份、所属公司和来电号码", "Who the collector said they were, their company and numbers", "text"],
  ["hardship", "困难的原因（失业、生病、收入下降等）", "Reason for your difficulty (job loss, illness, lower income …)", "text"],
  ["income", "每月收入（元）", "Monthly income (yuan)", "text"], ["expenses", "每月必要开支（元）", "Necessary monthly spending (yuan)", "text"],
  ["monthly", "每月能还（元）", "What you can repay each month (yuan)", "text"], ["periods", "期数", "Number of instalments", "text"],
  ["start", "从哪天开始还", "Start date", "text"],
];

const blank = (what) => `【${what}】`;

function citations(data, list) {
  const ui = data.words.ui.zh;
  const seen = new Map();
  for (const { v } of list) {
    const article = data.articles.get(`${v.statute}|${v.article}`);
    seen.set(v.cite.zh, article.verified ? v.cite.zh : `${v.cite.zh} — ${ui.summary_rule}`);
  }
  return [...seen.values()].map((c) => `- ${c}`);
}

function appendix(data, list) {
  const ui = data.words.ui.zh;
  const done = new Set();
  const out = [];
  for (const { v } of list) {
    const key = `${v.statute}|${v.article}`;
    if (done.has(key)) continue;
    done.add(key);
    const article = data.articles.get(key);
    if (article.verified) out.push("", `${article.statute.short_title}${article.number}`, article.text);
    else out.push("", `${article.statute.short_title}：${article.topic.zh} — ${ui.summary_rule}`, article.summary.zh);
  }
  return out.length ? ["", "附：所引规定的内容", ...out] : [];
}

function facts(data, sel, f, list) {
  const out = sel.bids.map((bid, i) => `${i + 1}. ${data.behavior.get(bid).title.zh}：${f.when[bid] || blank("日期、时间、次数和经过")}`);
  if (list.length) out.push("", "以上行为可能涉及下列法律规定和行业规范，是否违反请核查认定：", ...citations(data, list));
  return out;
}

function complaint(data, sel, f, to) {
  const lender = f.lender || blank("借款机构全称");
  return [
    "投诉信", "", `致：${to}`, "",
    `投诉人：${f.name || blank("姓名")}，联系电话：${f.phone || blank("联系电话")}`,
    `被投诉机构：${lender}（合同号或卡号后四位：${f.account || blank("合同号或卡号后四位")}）`,
    ...(f.collector ? [`催收方：${f.collector}`] : []),
    "", "一、欠款情况",
    f.admit
      ? `本人在${lender}有一笔欠款${f.amount ? `，金额约 ${f.amount} 元` : ""}。本人承认这笔欠款，愿意通过官方渠道协商还款。本投诉针对的是催收的方式，不是欠款本身。`
      : `${lender}主张本人有一笔欠款。本投诉只针对催收的方式，不涉及对欠款是否成立及其金额的确认。`,
    "", "二、事实", ...facts(data, sel, f, sel.citations),
    "", "三、证据", `本人保存了相关证据，可以根据要求提供：${blank("例如通话记录截图、录音文件、短信截图、证人说明")}`,
    "", "四、请求", "1. 核查上述催收行为，要求停止违规催收；", "2. 核查受托的催收机构；", "3. 将处理结果书面答复本人。",
    "", `投诉人：${f.name || blank("姓名")}`, `日期：${blank("年 月 日")}`, ...appendix(data, sel.citations),
  ].join("\n");
}

function thirdParties(data, sel, f) {
  const bids = sel.bids.filter((bid) => data.behavior.get(bid).category === "people");
  const list = sel.citations.filter((c) => bids.includes(c.bid));
  const mine = { ...sel, bids };
  return [
    "关于停止联系第三人的书面通知", "", `致：${f.lender || blank("借款机构全称")}`, "",
    f.admit
      ? `本人${f.name || blank("姓名")}（合同号或卡号后四位：${f.account || blank("合同号或卡号后四位")}）在贵机构有一笔欠款。本人承认这笔欠款，愿意通过官方渠道协商还款。关于这笔欠款，请通过 ${f.phone || blank("联系电话")} 与本人联系。`
      : `贵机构主张本人${f.name || blank("姓名")}（合同号或卡号后四位：${f.account || blank("合同号或卡号后四位")}）有一笔欠款。关于这笔款项，请只通过 ${f.phone || blank("联系电话")} 与本人联系。本通知不构成对欠款是否成立及其金额的确认。`,
    ...(bids.length ? ["", "近期，贵机构或受托的催收方有以下行为：", ...facts(data, mine, f, list)] : []),
    "", "现书面请求贵机构及受托的催收机构：",
    "1. 停止就这笔欠款联系本人的家人、朋友、同事、工作单位和通讯录中的其他人；",
    "2. 不向他们透露本人的欠款信息；", "3. 核查受托催收机构的做法，并将处理结果书面答复本人。",
    "", `本人：${f.name || blank("姓名")}`, `日期：${blank("年 月 日")}`, ...appendix(data, list),
  ].join("\n");
}

function negotiation(data, sel, f) {
  return [
    "协商还款申请（个人困难说明）", "", `致：${f.lender || blank("借款机构全称")}`, "",
    "一、基本情况",
    `姓名：${f.name || blank("姓名")}；联系电话：${f.phone || blank("联系电话")}`,
    `借款机构：${f.lender || blank("借款机构全称")}；合同号或卡号后四位：${f.account || blank("合同号或卡号后四位")}；${f.admit ? "欠款金额" : "贵机构主张的金额"}：${f.amount ? `${f.amount} 元` : blank("金额")}`,
    "", f.admit ? "二、本人承认这笔欠款，愿意还款。" : "二、本人希望就贵机构主张的上述款项协商还款安排。本申请不构成对金额的确认，具体金额以双方核对的账单为准。",
    "", "三、困难的原因", `${f.hardship || blank("失业、生病、收入下降等")}。证明材料：${blank("离职证明、病历、收入流水等")}`,
    "", "四、目前的收入和开支",
    `每月收入约 ${f.income || blank("金额")} 元，必要开支（房租、吃饭、看病、孩子等）约 ${f.expenses || blank("金额")} 元。`,
    "", "五、还款方案",
    `本人申请调整还款计划：每月还款 ${f.monthly || blank("金额")} 元，共 ${f.periods || blank("期数")} 期，从 ${f.start || blank("日期")} 开始。`,
    "", "六、请贵机构就以上申请书面答复。",
    "", `申请人：${f.name || blank("姓名")}`, `日期：${blank("年 月 日")}`,
  ].join("\n");
}

const LETTERS = [
  { id: "complaint", zh: "投诉信", en: "Complaint", make: complaint },
  { id: "third-parties", zh: "停止联系第三人的书面通知", en: "Notice to stop contacting third parties", make: thirdParties },
  { id: "negotiation", zh: "协商还款申请（个人困难说明）", en: "Repayment request (statement of hardship)", make: negotiation },
];

function readSaved() {
  try {
    return JSON.parse(localStorage.getItem(STORE)) || {};
  } catch {
    return {};
  }
}

export function mountLetters(host, data) {
  const saved = readSaved();
  // Acknowledging the debt is never restored from storage: it has to be ticked on this visit.
  const f = { when: {}, ...saved, admit: false };
  const status = el("p", { class: "kb-act__status", role: "status" });
  const inputs = FIELDS.map(([key, zh, en, type]) => field(LANG === "en" ? en : zh,
    el("input", { type, name: key, autocomplete: "off", value: f[key] || "", oninput: (e) => { f[key] = e.target.value.trim(); refresh(); } })));
  const when = el("div", { class: "kb-act__when" });
  const to = el("select", { name: "to", onchange: () => refresh() });
  const admit = el("input", { type: "checkbox", name: "admit", id: "kb-letter-admit", "aria-describedby": "kb-letter-admit-note",
    onchange: (e) => { f.admit = e.target.checked; refresh(); } });
  const admission = el("div", { class: "kb-act__admit" }, el("label", { for: admit.id }, admit, " ", T.admit),
    el("p", { class: "kb-act__note", id: "kb-letter-admit-note" }, T.admitNote));
  const form = el("fieldset", { class: "kb-act__facts kb-act__controls" }, el("legend", {}, T.facts), el("p", { class: "kb-act__note" }, T.factsNote),
    inputs, when, field(T.to, to), admission,
    el("p", {}, button(T.save, () => { localStorage.setItem(STORE, JSON.stringify({ ...f, admit: undefined })); status.textContent = T.saved; }), " ",
      button(T.forget, () => { localStorage.removeItem(STORE); status.textContent = T.forgotten; })), status);
  const drafts = LETTERS.map((letter) => {
    const heading = el("h3", { id: `kb-letter-${letter.id}` }, letter[LANG]);
    const text = el("textarea", { class: "kb-letter__text", rows: 18, lang: "zh", spellcheck: "false", "aria-labelledby": heading.id,
      oninput: () => { text.dataset.edited = "1"; copy.textContent = text.value; } });
    const copy = el("div", { class: "kb-letter__print", lang: "zh" });
    const note = el("span", { class: "kb-act__status", role: "status" });
    const warning = letter.id === "negotiation" ? el("p", { class: "kb-act__note kb-letter__warning" }, T.negotiationNote) : null;
    const box = el("div", { class: "kb-letter", "data-letter": letter.id }, heading, warning, text, copy,
      el("p", { class: "kb-act__controls" },
        button(T.copy, async () => {
          try { await navigator.clipboard.writeText(text.value); note.textContent = T.copied; } catch { text.select(); note.textContent = T.select; }
        }), " ", button(T.print, () => printPart(copy)), " ",
        button(T.again, () => { delete text.dataset.edited; refresh(); }), " ", note));
    return { letter, text, copy, box };
  });
  const empty = el("p", { class: "kb-act__empty" }, T.pickFirst);
  host.append(el("h2", { id: "kb-act-letters" }, T.title), el("p", {}, T.intro), form, empty, ...drafts.map((d) => d.box));
  let sel = { bids: [], channels: [], citations: [] };

  function refresh() {
    const target = data.channel.get(to.value);
    const addressee = !target ? blank("收信单位") : target.kind === "lender" ? f.lender || blank("借款机构全称") : target.name.zh;
    empty.hidden = sel.bids.length > 0;
    for (const d of drafts) {
      d.box.hidden = !sel.bids.length;
      if (!d.text.dataset.edited) d.text.value = d.letter.make(data, sel, f, addressee);
      d.copy.textContent = d.text.value;
    }
  }

  return function update(next) {
    sel = next;
    when.replaceChildren(...sel.bids.map((bid) => field(T.when + data.behavior.get(bid).title[LANG],
      el("input", { type: "text", name: `when-${bid}`, autocomplete: "off", value: f.when[bid] || "",
        oninput: (e) => { f.when[bid] = e.target.value.trim(); refresh(); } }))));
    const previous = to.value;
    to.replaceChildren(...sel.channels.filter(({ id }) => ["lender", "regulator", "industry"].includes(data.channel.get(id).kind))
      .map(({ id }) => el("option", { value: id }, data.channel.get(id).name[LANG])));
    if ([...to.options].some((o) => o.value === previous)) to.value = previous;
    refresh();
  };
}
