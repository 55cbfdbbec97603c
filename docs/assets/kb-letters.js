// Letter drafts for the triage page: a complaint, a notice to stop contacting third parties and a repayment request.
// They are sent in Chinese; on English pages an English gloss, to read, follows each one. They hold only what the
// visitor typed and the site's words: articles are cited by name and number (never their text; the visitor can
// attach the site's printout), summarised rules are named as rules "据报道", never as law. By default nothing in them
// admits the debt or accuses anyone of an offence the visitor has not confirmed. 【…】 marks only what the visitor
// fills in (BLANKS below); what they type lives in this page's memory unless they press "save on this device".
import { LANG, el, field, button, printPart } from "./kb-dom.js";

const STORE = "kb-letter-facts";
const T = {
  zh: {
    title: "3. 信件草稿", intro: "根据上面勾选的情况生成，可以直接修改。信里只有你填写的内容和法条的名称、条号，不抄条文原文；需要时可以附上本站条文页的打印件。【】是要你自己填的地方。",
    facts: "你的信息", factsNote: "只留在这个页面里：刷新或关闭页面就消失，不会写进网址，也不会发送到任何地方。",
    save: "在这台设备上保存我填的信息", forget: "删除保存的信息", saved: "已保存在这台设备的浏览器里。", forgotten: "已删除。",
    when: "发生的日期和经过：", to: "投诉信寄给", copy: "复制", copied: "已复制。", select: "已选中全文，请手动复制。",
    print: "打印", again: "按最新信息重新生成（会覆盖你的修改）", pickFirst: "先在上面勾选至少一种情况。",
    admit: "在信里写明我承认这笔欠款",
    admitNote: "默认不勾选。书面承认欠款会使诉讼时效中断、重新计算（民法典第一百九十五条）；欠款已过三年诉讼时效的，书面同意还款后就不能再以时效抗辩（民法典第一百九十二条第二款）。金额有争议、怀疑对方是骗子或放贷方没有资质时，不要勾选。",
    negotiationNote: "注意：协商还款申请提出分期或延期还款，本身就可能被认定为“同意履行义务”，使诉讼时效中断（最高人民法院诉讼时效规定第十四条、民法典第一百九十五条）。如果最后一次还款或被催收已经是三年以前，寄出前先咨询 12348 法律援助。",
    confirmations: "只有核实过才勾选（不勾选，信里只写你看到的事实，不指控任何人）：", gloss: "", glossEdited: "",
  },
  en: {
    title: "3. Letter drafts", intro: "Built from what you ticked above; edit them freely. Send the Chinese text: it goes to Chinese institutions. An English gloss, to read, follows each letter. The letters hold only what you type here and the names and numbers of articles, never their text; you can attach the site's printout of an article. Blanks for you to fill are marked 【】.",
    facts: "Your details", factsNote: "They stay on this page only: gone when you reload or close it, never put in the address, never sent anywhere.",
    save: "Save my details on this device", forget: "Delete saved details", saved: "Saved in this browser on this device.", forgotten: "Deleted.",
    when: "Dates and what happened: ", to: "Send the complaint to", copy: "Copy", copied: "Copied.", select: "Text selected: copy it by hand.",
    print: "Print", again: "Rebuild from the latest details (replaces your edits)", pickFirst: "Tick at least one item above first.",
    admit: "Say in the letters that I acknowledge this debt",
    admitNote: "Unticked by default. Acknowledging a debt in writing interrupts the limitation period, which then starts again (Civil Code Article 195); if the three-year period has already run out, agreeing in writing to pay means you can no longer rely on it (Article 192, paragraph 2). Do not tick this if the amount is disputed, or if you suspect a scammer or an unlicensed lender.",
    negotiationNote: "Note: a repayment request that proposes instalments or more time may itself count as agreeing to pay, which interrupts the limitation period (Supreme People's Court rules on limitation, Article 14; Civil Code Article 195). If your last payment or the last demand was more than three years ago, ask 12348 legal aid before sending it.",
    confirmations: "Tick only what you have checked (unticked, the letters state only what you saw and accuse no one):",
    gloss: "What it says, in English (to read; send the Chinese text)",
    glossEdited: "You have edited the Chinese text: this gloss is of the draft as built, not of your changes.",
  },
}[LANG];

const FIELDS = [ // [key, Chinese label, English label, input type, default]
  ["name", "姓名", "Name", "text"], ["phone", "联系电话", "Phone", "tel"],
  ["lender", "借款机构全称（看合同或 App 里的“出借人”）", "Lender's full name (the lender named in the contract or app)", "text"],
  ["account", "合同号或卡号后四位", "Contract number or last four digits of the card", "text"],
  ["amount", "对方主张的金额（元）", "Amount they claim (yuan)", "text"],
  ["agency", "催收机构的名称（对方自称的，或借款机构告诉你的）", "Name of the collection agency (as they gave it, or as the lender told you)", "text"],
  ["numbers", "催收来电号码", "Numbers the collectors called from", "text"],
  ["days", "要求对方在几日内书面答复", "Days the lender has to reply in writing", "text", "15"],
  ["hardship", "困难的原因（失业、生病、收入下降等）", "Reason for your difficulty (job loss, illness, lower income …)", "text"],
  ["income", "每月收入（元）", "Monthly income (yuan)", "text"], ["expenses", "每月必要开支（元）", "Necessary monthly spending (yuan)", "text"],
  ["monthly", "每月能还（元）", "What you can repay each month (yuan)", "text"], ["periods", "期数", "Number of instalments", "text"],
  ["start", "从哪天开始还", "Start date", "text"],
];

// Every blank a letter may leave, by language: what the visitor fills in and nothing else.
export const BLANKS = {
  zh: { name: "姓名", phone: "联系电话", lender: "借款机构全称", account: "合同号或卡号后四位", amount: "金额", agency: "催收机构名称",
    numbers: "来电号码", when: "日期、时间、次数和经过", evidence: "例如通话记录截图、录音文件、短信截图、证人说明", date: "年 月 日",
    hardship: "失业、生病、收入下降等", proof: "离职证明、病历、收入流水等", periods: "期数", start: "日期", to: "收信单位" },
  en: { name: "name", phone: "phone", lender: "lender's full name", account: "contract or card number", amount: "amount", agency: "collection agency",
    numbers: "numbers", when: "dates, times, how often, what happened", evidence: "e.g. call-log screenshots, recordings, text screenshots, witness statements",
    date: "date", hardship: "job loss, illness, lower income …", proof: "proof of job loss, medical records, bank statements …", periods: "number", start: "date", to: "addressee" },
};

// The words of the letters: Chinese to send, English to read.
const W = {
  zh: {
    sep: "，", list: "；", cite: "、",
    complaint: "投诉信", to: (x) => `致：${x}`, from: (f, b) => `投诉人：${f.name || b.name}，联系电话：${f.phone || b.phone}`,
    about: (lender, f, b) => `被投诉机构：${lender}（合同号或卡号后四位：${f.account || b.account}）`,
    agency: (f, b) => `受托催收机构：${f.agency || b.agency}；来电号码：${f.numbers || b.numbers}`,
    debt: "一、关于欠款",
    admit: (lender, f) => `本人在${lender}有一笔欠款${f.amount ? `，金额约 ${f.amount} 元` : ""}。本人承认这笔欠款，愿意通过官方渠道协商还款。本投诉针对的是催收的方式，不是欠款本身。`,
    noAdmit: (lender) => `${lender}主张本人有一笔欠款。本投诉只针对催收的方式，不涉及对欠款是否成立及其金额的确认。`,
    facts: "二、事实", basis: "三、依据", basisIntro: "上述行为可能违反下列规定，是否违反，请核查认定：",
    reported: "标明“据报道”的不是法律条文，本人未取得其官方文本，列出仅供核查。",
    evidence: "四、证据", evidenceLine: (b) => `本人保存了相关证据，可以根据要求提供：${b.evidence}`,
    requests: "五、请求", complaintAsks: (days) => ["1. 核查上述催收行为，要求停止违规催收；", "2. 核查并告知受托催收机构的名称；", `3. 自收到本投诉之日起 ${days} 日内将处理结果书面答复本人。`],
    attach: "附件：证据材料；所引条文可附打印件。", signed: (f, b) => `投诉人：${f.name || b.name}`, dated: (b) => `日期：${b.date}`,
    notice: "关于停止联系第三人并删除其信息的书面通知", noticeAdmit: (f, b) => `本人${f.name || b.name}（合同号或卡号后四位：${f.account || b.account}）在贵机构有一笔欠款。本人承认这笔欠款，愿意通过官方渠道协商还款。关于这笔欠款，请通过 ${f.phone || b.phone} 与本人联系。`,
    noticeNoAdmit: (f, b) => `贵机构主张本人${f.name || b.name}（合同号或卡号后四位：${f.account || b.account}）有一笔欠款。关于这笔款项，请只通过 ${f.phone || b.phone} 与本人联系。本通知不构成对欠款是否成立及其金额的确认。`,
    noticeFacts: "近期，贵机构或受托的催收方有以下行为：", noticeAsks: (f, b, days) => ["现书面要求贵机构及受托催收机构（" + (f.agency || b.agency) + "）：",
      "1. 停止就这笔款项联系本人的家人、朋友、同事、工作单位和通讯录中的其他人，不向他们透露本人的欠款信息；",
      "2. 本人撤回对贵机构读取、使用本人通讯录和紧急联系人信息的同意（个人信息保护法第十五条）；请删除据此取得的第三人信息，并要求受托催收机构一并删除（个人信息保护法第四十七条）；",
      "3. 告知受托催收机构的名称和联系方式；", `4. 自收到本通知之日起 ${days} 日内将处理结果书面答复本人。`],
    me: (f, b) => `本人：${f.name || b.name}`,
    negotiation: "协商还款申请（个人困难说明）", basic: "一、基本情况", who: (f, b) => `姓名：${f.name || b.name}；联系电话：${f.phone || b.phone}`,
    loan: (f, b) => `借款机构：${f.lender || b.lender}；合同号或卡号后四位：${f.account || b.account}；${f.admit ? "欠款金额" : "贵机构主张的金额"}：${f.amount ? `${f.amount} 元` : b.amount}`,
    willing: (f) => (f.admit ? "二、本人承认这笔欠款，愿意还款。" : "二、本人希望就贵机构主张的上述款项协商还款安排。本申请不构成对金额的确认，具体金额以双方核对的账单为准。"),
    why: "三、困难的原因", whyLine: (f, b) => `${f.hardship || b.hardship}。证明材料：${b.proof}`,
    money: "四、目前的收入和开支", moneyLine: (f, b) => `每月收入约 ${f.income || b.amount} 元，必要开支（房租、吃饭、看病、孩子等）约 ${f.expenses || b.amount} 元。`,
    plan: "五、还款方案", planLine: (f, b) => `本人申请调整还款计划：每月还款 ${f.monthly || b.amount} 元，共 ${f.periods || b.periods} 期，从 ${f.start || b.start} 开始。`,
    reply: (days) => `六、请贵机构自收到本申请之日起 ${days} 日内书面答复。`, applicant: (f, b) => `申请人：${f.name || b.name}`,
  },
  en: {
    sep: ", ", list: "; ", cite: "; ",
    complaint: "Complaint", to: (x) => `To: ${x}`, from: (f, b) => `From: ${f.name || b.name}, phone ${f.phone || b.phone}`,
    about: (lender, f, b) => `About: ${lender} (contract or card number: ${f.account || b.account})`,
    agency: (f, b) => `Collection agency: ${f.agency || b.agency}; numbers: ${f.numbers || b.numbers}`,
    debt: "1. The debt",
    admit: (lender, f) => `I owe ${lender} a debt${f.amount ? ` of about ${f.amount} yuan` : ""}. I acknowledge it and will negotiate repayment through official channels. This complaint is about how it is collected, not about the debt.`,
    noAdmit: (lender) => `${lender} says I owe it a debt. This complaint is only about how it is collected; it does not confirm that the debt exists or its amount.`,
    facts: "2. Facts", basis: "3. Grounds", basisIntro: "These acts may violate the following; please examine whether they do:",
    reported: "Items marked “reportedly” are not law and I do not have their official text; they are listed for examination only.",
    evidence: "4. Evidence", evidenceLine: (b) => `I have kept evidence and can provide it on request: ${b.evidence}`,
    requests: "5. Requests", complaintAsks: (days) => ["1. Examine the collection described above and have the improper collection stopped;", "2. Examine and tell me the name of the collection agency hired;", `3. Reply to me in writing within ${days} days of receiving this complaint.`],
    attach: "Attached: the evidence; printouts of the articles cited may be attached.", signed: (f, b) => `Signed: ${f.name || b.name}`, dated: (b) => `Date: ${b.date}`,
    notice: "Written notice to stop contacting third parties and to delete their information",
    noticeAdmit: (f, b) => `I, ${f.name || b.name} (contract or card number ${f.account || b.account}), owe your institution a debt. I acknowledge it and will negotiate repayment through official channels. Please contact me about it at ${f.phone || b.phone}.`,
    noticeNoAdmit: (f, b) => `Your institution says that I, ${f.name || b.name} (contract or card number ${f.account || b.account}), owe a debt. Please contact only me about it, at ${f.phone || b.phone}. This notice does not confirm that the debt exists or its amount.`,
    noticeFacts: "Recently your institution or the collectors it hired did the following:", noticeAsks: (f, b, days) => [`I ask your institution and the collection agency it hired (${f.agency || b.agency}) in writing:`,
      "1. to stop contacting my family, friends, colleagues, employer and the people in my contacts about this debt, and not to tell them about it;",
      "2. I withdraw my consent to your reading and using my contacts and emergency contacts (Personal Information Protection Law, Art. 15); delete the third parties' information obtained that way and have the collection agency delete it too (Art. 47);",
      "3. to tell me the name and contact details of the collection agency;", `4. to reply to me in writing within ${days} days of receiving this notice.`],
    me: (f, b) => `Signed: ${f.name || b.name}`,
    negotiation: "Repayment request (statement of hardship)", basic: "1. Details", who: (f, b) => `Name: ${f.name || b.name}; phone: ${f.phone || b.phone}`,
    loan: (f, b) => `Lender: ${f.lender || b.lender}; contract or card number: ${f.account || b.account}; ${f.admit ? "amount owed" : "amount the lender claims"}: ${f.amount ? `${f.amount} yuan` : b.amount}`,
    willing: (f) => (f.admit ? "2. I acknowledge this debt and am willing to repay." : "2. I would like to agree a repayment arrangement for the amount your institution claims. This request does not confirm the amount; the amount is what both sides agree after checking the statement."),
    why: "3. Why I am in difficulty", whyLine: (f, b) => `${f.hardship || b.hardship}. Proof: ${b.proof}`,
    money: "4. Income and spending", moneyLine: (f, b) => `Monthly income about ${f.income || b.amount} yuan; necessary spending (rent, food, medical care, children …) about ${f.expenses || b.amount} yuan.`,
    plan: "5. Proposal", planLine: (f, b) => `I ask to repay ${f.monthly || b.amount} yuan a month over ${f.periods || b.periods} instalments, starting ${f.start || b.start}.`,
    reply: (days) => `6. Please reply in writing within ${days} days of receiving this request.`, applicant: (f, b) => `Signed: ${f.name || b.name}`,
  },
};

const blanks = (lang) => Object.fromEntries(Object.entries(BLANKS[lang]).map(([k, v]) => [k, `【${v}】`]));

// The fact line of a behavior: its title, or, while the reader has not confirmed an accusation, the neutral fact.
function fact(data, bid, f, lang) {
  const b = data.behavior.get(bid);
  return b.unconfirmed && !f.confirmed.has(bid) ? b.unconfirmed.fact[lang] : b.title[lang];
}

// At most max_citations, each named once, taken from the levels in cite_order in turn (so that one level cannot
// crowd out the others); the behaviors' own order decides within a level. An accusation the reader has not confirmed
// cites nothing at the levels that presume the offence.
export function chooseCitations(data, sel, f, bids = sel.bids) {
  const name = (v, lang) => (data.names[v.key] ? data.names[v.key][lang] : lang === "zh" ? v.cite_zh || v.cite : v.cite);
  const usable = sel.citations.filter(({ bid, v }) => bids.includes(bid) &&
    !(data.behavior.get(bid).unconfirmed && !f.confirmed.has(bid) && data.rules.accusation_levels.includes(v.level)));
  const queues = data.rules.cite_order.map((level) => usable.filter(({ v }) => v.level === level));
  const chosen = new Map();
  while (chosen.size < data.rules.max_citations && queues.some((q) => q.length)) {
    for (const queue of queues) {
      while (queue.length) {
        const { v } = queue.shift();
        const zh = name(v, "zh");
        if (chosen.has(zh)) continue;
        chosen.set(zh, { zh, en: name(v, "en"), reported: Boolean(data.names[v.key]) });
        break;
      }
      if (chosen.size >= data.rules.max_citations) break;
    }
  }
  return [...chosen.values()];
}

function factLines(data, bids, f, lang, b) {
  return bids.map((bid, i) => `${i + 1}. ${fact(data, bid, f, lang)}${lang === "zh" ? "：" : ": "}${f.when[bid] || b.when}`);
}

function complaint(data, sel, f, lang, to) {
  const w = W[lang], b = blanks(lang);
  const lender = f.lender || b.lender;
  const cites = chooseCitations(data, sel, f);
  return [
    w.complaint, "", w.to(to[lang]), "", w.from(f, b), w.about(lender, f, b), w.agency(f, b),
    "", w.debt, f.admit ? w.admit(lender, f) : w.noAdmit(lender),
    "", w.facts, ...factLines(data, sel.bids, f, lang, b),
    ...(cites.length ? ["", w.basis, w.basisIntro, cites.map((c) => c[lang]).join(w.cite) + (lang === "zh" ? "。" : "."),
      ...(cites.some((c) => c.reported) ? [w.reported] : [])] : []),
    "", w.evidence, w.evidenceLine(b), "", w.requests, ...w.complaintAsks(f.days || "15"),
    "", w.attach, "", w.signed(f, b), w.dated(b),
  ].join("\n");
}

function thirdParties(data, sel, f, lang) {
  const w = W[lang], b = blanks(lang);
  const bids = sel.bids.filter((bid) => data.behavior.get(bid).category === "people");
  return [
    w.notice, "", w.to(f.lender || b.lender), "", f.admit ? w.noticeAdmit(f, b) : w.noticeNoAdmit(f, b),
    ...(bids.length ? ["", w.noticeFacts, ...factLines(data, bids, f, lang, b)] : []),
    "", ...w.noticeAsks(f, b, f.days || "15"), "", w.me(f, b), w.dated(b),
  ].join("\n");
}

function negotiation(data, sel, f, lang) {
  const w = W[lang], b = blanks(lang);
  return [
    w.negotiation, "", w.to(f.lender || b.lender), "", w.basic, w.who(f, b), w.loan(f, b), "", w.willing(f),
    "", w.why, w.whyLine(f, b), "", w.money, w.moneyLine(f, b), "", w.plan, w.planLine(f, b),
    "", w.reply(f.days || "15"), "", w.applicant(f, b), w.dated(b),
  ].join("\n");
}

const LETTERS = [
  { id: "complaint", zh: "投诉信", en: "Complaint", make: complaint },
  { id: "third-parties", zh: "停止联系第三人并删除其信息的书面通知", en: "Notice to stop contacting third parties", make: thirdParties },
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
  // Acknowledging the debt and confirming an accusation are never restored from storage: ticked on this visit only.
  const f = { when: {}, ...saved, admit: false, confirmed: new Set() };
  const status = el("p", { class: "kb-act__status", role: "status" });
  const inputs = FIELDS.map(([key, zh, en, type, value]) => {
    if (value && !f[key]) f[key] = value;
    return field(LANG === "en" ? en : zh,
      el("input", { type, name: key, autocomplete: "off", value: f[key] || "", oninput: (e) => { f[key] = e.target.value.trim(); refresh(); } }));
  });
  const when = el("div", { class: "kb-act__when" });
  const confirmations = el("div", { class: "kb-act__confirm" });
  const to = el("select", { name: "to", onchange: () => refresh() });
  const admit = el("input", { type: "checkbox", name: "admit", id: "kb-letter-admit", "aria-describedby": "kb-letter-admit-note",
    onchange: (e) => { f.admit = e.target.checked; refresh(); } });
  const admission = el("div", { class: "kb-act__admit" }, el("label", { for: admit.id }, admit, " ", T.admit),
    el("p", { class: "kb-act__note", id: "kb-letter-admit-note" }, T.admitNote));
  const form = el("fieldset", { class: "kb-act__facts kb-act__controls" }, el("legend", {}, T.facts), el("p", { class: "kb-act__note" }, T.factsNote),
    inputs, when, confirmations, field(T.to, to), admission,
    el("p", {}, button(T.save, () => {
      localStorage.setItem(STORE, JSON.stringify({ ...f, admit: undefined, confirmed: undefined }));
      status.textContent = T.saved;
    }), " ", button(T.forget, () => { localStorage.removeItem(STORE); status.textContent = T.forgotten; })), status);
  const drafts = LETTERS.map((letter) => {
    const heading = el("h3", { id: `kb-letter-${letter.id}` }, letter[LANG]);
    const text = el("textarea", { class: "kb-letter__text", rows: 18, lang: "zh", spellcheck: "false", "aria-labelledby": heading.id,
      oninput: () => { text.dataset.edited = "1"; copy.textContent = text.value; const stale = gloss && gloss.querySelector(".kb-letter__gloss-edited"); if (stale) stale.hidden = false; } });
    const copy = el("div", { class: "kb-letter__print", lang: "zh" });
    const how = el("p", { class: "kb-act__note kb-letter__how" });
    const gloss = LANG === "en" ? el("div", { class: "kb-letter__gloss", lang: "en" }) : null;
    const note = el("span", { class: "kb-act__status", role: "status" });
    const warning = letter.id === "negotiation" ? el("p", { class: "kb-act__note kb-letter__warning" }, T.negotiationNote) : null;
    const box = el("div", { class: "kb-letter", "data-letter": letter.id }, heading, warning, how, text, copy,
      el("p", { class: "kb-act__controls" },
        button(T.copy, async () => {
          try { await navigator.clipboard.writeText(text.value); note.textContent = T.copied; } catch { text.select(); note.textContent = T.select; }
        }), " ", button(T.print, () => printPart(box)), " ",
        button(T.again, () => { delete text.dataset.edited; refresh(); }), " ", note), gloss);
    return { letter, text, copy, how, gloss, box };
  });
  const empty = el("p", { class: "kb-act__empty" }, T.pickFirst);
  host.append(el("h2", { id: "kb-act-letters" }, T.title), el("p", {}, T.intro), form, empty, ...drafts.map((d) => d.box));
  let sel = { bids: [], channels: [], citations: [] };

  function refresh() {
    const target = data.channel.get(to.value);
    const lender = { zh: f.lender || blanks("zh").lender, en: f.lender || blanks("en").lender };
    const addressee = !target ? { zh: blanks("zh").to, en: blanks("en").to } : target.kind === "lender" ? lender : target.addressee;
    empty.hidden = sel.bids.length > 0;
    for (const d of drafts) {
      d.box.hidden = !sel.bids.length;
      if (!d.text.dataset.edited) d.text.value = d.letter.make(data, sel, f, "zh", addressee);
      d.copy.textContent = d.text.value;
      d.how.textContent = data.send[d.letter.id === "complaint" && target ? target.kind : "lender"][LANG];
      if (d.gloss) d.gloss.replaceChildren(el("h4", {}, T.gloss), el("p", { class: "kb-act__note kb-letter__gloss-edited", hidden: !d.text.dataset.edited }, T.glossEdited),
        el("div", { class: "kb-letter__gloss-text" }, d.letter.make(data, sel, f, "en", addressee)));
    }
  }

  return function update(next) {
    sel = next;
    when.replaceChildren(...sel.bids.map((bid) => field(T.when + data.behavior.get(bid).title[LANG],
      el("input", { type: "text", name: `when-${bid}`, autocomplete: "off", value: f.when[bid] || "",
        oninput: (e) => { f.when[bid] = e.target.value.trim(); refresh(); } }))));
    const accusing = sel.bids.filter((bid) => data.behavior.get(bid).unconfirmed);
    for (const bid of [...f.confirmed]) if (!accusing.includes(bid)) f.confirmed.delete(bid);
    confirmations.replaceChildren(...(accusing.length ? [el("p", { class: "kb-act__note" }, T.confirmations), ...accusing.map((bid) => {
      const box = el("input", { type: "checkbox", name: `confirm-${bid}`, checked: f.confirmed.has(bid),
        onchange: (e) => { if (e.target.checked) f.confirmed.add(bid); else f.confirmed.delete(bid); refresh(); } });
      return el("label", { class: "kb-act__option" }, box, " ", data.behavior.get(bid).unconfirmed.confirm);
    })] : []));
    const previous = to.value;
    to.replaceChildren(...sel.channels.filter(({ id }) => data.rules.letter_kinds.includes(data.channel.get(id).kind))
      .map(({ id }) => el("option", { value: id }, data.channel.get(id).name[LANG])));
    if ([...to.options].some((o) => o.value === previous)) to.value = previous;
    refresh();
  };
}
