"""Display names for the enumerations in the schemas, in Chinese and English."""

CATEGORIES = {  # order is the order on the home page
    "calls": {"zh": "电话与短信", "en": "Calls and messages"},
    "people": {"zh": "找你身边的人", "en": "People around you"},
    "exposure": {"zh": "曝光与侮辱", "en": "Shaming and exposure"},
    "threats": {"zh": "威胁与欺骗", "en": "Threats and deception"},
    "door": {"zh": "上门与人身安全", "en": "At your door and your safety"},
    "money": {"zh": "钱与个人信息", "en": "Money and personal data"},
}

LEVELS = {  # strongest first
    "刑事": {"zh": "刑事", "en": "Criminal", "slug": "criminal"},
    "治安": {"zh": "治安", "en": "Public-security penalty", "slug": "police"},
    "民事": {"zh": "民事", "en": "Civil", "slug": "civil"},
    "监管": {"zh": "监管", "en": "Regulatory", "slug": "regulatory"},
    "自律": {"zh": "自律", "en": "Industry rule", "slug": "industry"},
}

STATUTE_LEVELS = {
    "法律": "Law", "行政法规": "Administrative regulation", "司法解释": "Judicial interpretation",
    "部门规章": "Departmental rule", "规范性文件": "Normative document", "国家标准": "National standard (recommended)",
    "行业自律规范": "Industry self-regulation",
}

STATUS_EN = {"现行有效": "In force", "已修订": "Superseded by a revision", "已废止": "Repealed", "状态未核实": "Status not verified"}

NOT_LAW = ("国家标准", "行业自律规范")  # levels that are not law: a breach supports a complaint but is not itself illegal

LENDER_TYPES = {
    "bank": {"zh": "银行（含信用卡）", "en": "Bank (incl. credit cards)"},
    "consumer-finance": {"zh": "持牌消费金融公司", "en": "Licensed consumer-finance company"},
    "platform": {"zh": "互联网平台（花呗、借呗等）", "en": "Internet platform (Huabei, Jiebei …)"},
    "small-loan": {"zh": "小额贷款公司（含网络小贷）", "en": "Small-loan company (incl. online)"},
    "illegal": {"zh": "无牌放贷、高利贷", "en": "Unlicensed or usurious lender"},
    "unknown": {"zh": "不清楚", "en": "Not sure"},
}

VERIFICATION = {
    "verified": {"zh": "已核实", "en": "verified"},
    "secondary": {"zh": "仅有二手来源", "en": "secondary sources only"},
    "unverified": {"zh": "未核实", "en": "not verified"},
}

PROVENANCE = {  # order: real cases first, as in the case list; short: the name of the filter in the case list
    "official": {"zh": "官方发布的案例（指导案例、公报案例等）", "en": "Case published by a court or procuratorate", "short": "官方案例"},
    "reported": {"zh": "他人报道的真实判决", "en": "Court ruling reported by others", "short": "报道的判决"},
    "penalty": {"zh": "监管部门的行政处罚", "en": "Regulator's penalty", "short": "监管处罚"},
    "contributed": {"zh": "当事人投稿（已匿名）", "en": "Contributed by the person concerned (anonymised)", "short": "当事人投稿"},
    "illustrative": {"zh": "编辑编写的综合示例，不是真实判决", "en": "An illustrative composite written by the editors, not a real judgment", "short": "编辑示例"},
}
REAL = ("official", "reported", "penalty")  # provenance kinds that are real cases and carry a source

SOURCE_LEVELS = {  # the level of proof of a real case's source, in the words the source box shows
    "A": {"zh": "官方全文", "en": "Official full text"},
    "B": {"zh": "官方发布的转载", "en": "Official release, reprinted"},
    "C": {"zh": "新闻报道", "en": "News report"},
}

CHANNEL_KINDS = {
    "police": {"zh": "公安", "en": "Police"}, "regulator": {"zh": "金融监管", "en": "Financial regulator"},
    "telecom": {"zh": "电信骚扰", "en": "Nuisance calls and SMS"}, "online": {"zh": "网络信息", "en": "Online content"},
    "industry": {"zh": "行业协会", "en": "Industry association"}, "court": {"zh": "法院", "en": "Court"},
    "legal-aid": {"zh": "法律援助", "en": "Legal aid"}, "mediation": {"zh": "人民调解", "en": "Mediation"},
    "lender": {"zh": "放贷机构", "en": "The lender"},
}

UI = {
    "zh": {
        "verdict": "结论", "symptoms": "你可能会这样描述", "what": "这是怎么回事", "lawful": "合法的催收是什么样",
        "violations": "可能违反的条文", "applies": "适用", "not_applies": "不适用", "text": "条文原文",
        "summary_rule": "规范摘要（未经官方文本核实）", "evidence": "要保存的证据", "steps": "怎么做",
        "channels": "向谁投诉", "related": "相关行为", "cases": "相关案例", "no_cases": "暂无案例。",
        "switch": "English", "behaviors": "催收行为", "statutes": "法条", "article_behaviors": "催收中违反本条的行为",
        "article_cases": "引用本条的案例", "replaces": "2012年修正版对应条文", "unverified": "未核实",
        "not_law": "这不是法律：违反它可以作为投诉的依据，但本身不等于违法。",
        "summary_note": "没有取得这份文件的原文。以下是根据二手报道整理的摘要，未经官方文本核实，不能当作条文引用。",
        "source": "来源", "effective": "施行日期", "status": "状态", "issuer": "制定机关", "level": "效力层级",
        "version": "版本", "docno": "文号", "editor_note": "编者按（我们的分析，不是条文）", "reported_by": "报道来源",
        "article_number": "报道的条号", "level_kind": "法律层级", "contact": "联系方式", "handles": "受理范围",
        "how": "怎么写", "lenders": "适用的放贷机构", "checked": "核实", "case_box": "本案涉及的行为与条文",
        "unreviewed": "未经审核：这篇案例尚未经过编辑审核，请谨慎参考。", "reviewed_by": "审核",
        "provenance": "来源说明", "outcome": "结果", "lender": "放贷机构类型", "date": "时间",
        "all_channels": "全部投诉渠道", "penalties": "投诉有下文：监管部门对催收问题的处罚",
        "penalties_intro": "银行、消费金融公司因催收问题被监管部门罚款的真实案例。罚款不会减免个人欠款，但说明监管部门会查处催收问题，投诉是让问题被看见的途径。每个案例都写明出处和证明等级。", "meta_item": "项目", "meta_value": "内容", "matrix": "行为 × 法条对照表", "none": "无",
        "procedures": "法律程序", "related_procedures": "相关法律程序", "article_procedures": "引用本条的法律程序",
        "deadlines": "期限", "steps_proc": "现在怎么做", "if_nothing": "如果什么都不做", "real_or_fake": "怎么判断是真的",
        "proc_what": "这是什么程序", "balance": "欠款仍然要还", "citations": "依据的条文", "documents": "可以起草的文书",
        "no_deadlines": "这个程序没有按天数计算、需要你赶的法定期限；下面的步骤说明什么时候该做什么。",
        "bring": "要准备", "note": "注意", "related_content": "相关内容", "starts": "起算", "basis": "依据", "after": "过期的后果",
        "calc_intro": "填上日期，下面每个期限会显示最后一天。只在你的浏览器里计算，不会发送到任何地方。",
        "calc_noscript": "计算器需要启用 JavaScript；也可以按上面的规则自己数：当天不算，从第二天数起。",
        "procedures_intro": "被起诉、收到支付令、网贷仲裁、强制执行：每个程序都写明它是什么、怎么判断真假、期限从哪天算、过期会怎样、现在该做什么，以及依据的条文。",
        "case_procedures": "本案涉及的法律程序",
        "route_intro": "先按**行为**选：骚扰电话和短信找 12321，网上曝光找 12377，威胁、暴力、堵门、限制自由立即打 110，"
                       "要求停止侵害或赔偿找法院。再按**放贷机构**选监管和投诉渠道（下表）；花呗、借呗等平台先在平台内投诉，"
                       "再按合同上写明的放贷主体（银行、消费金融公司或小贷公司）找对应的监管部门。",
    },
    "en": {
        "verdict": "Verdict", "symptoms": "How people describe it", "what": "What is going on", "lawful": "What lawful collection looks like",
        "violations": "Articles it may violate", "applies": "Applies when", "not_applies": "Does not apply when", "text": "Text of the article (Chinese)",
        "summary_rule": "Summary of a rule (not verified against the official text)", "evidence": "Evidence to keep", "steps": "What to do",
        "channels": "Where to complain", "related": "Related behaviors", "cases": "Cases", "no_cases": "No cases yet.",
        "switch": "中文", "behaviors": "Collection behaviors", "statutes": "Laws and rules", "article_behaviors": "Collection behaviors that violate this article",
        "article_cases": "Cases citing this article", "replaces": "Corresponding article in the 2012 version", "unverified": "not verified",
        "not_law": "This is not law: a breach supports a complaint but is not in itself illegal.",
        "summary_note": "We could not obtain the text of this document. What follows is a summary of secondary reports, not verified against the official text; do not quote it as the rule.",
        "source": "Source", "effective": "In force since", "status": "Status", "issuer": "Issued by", "level": "Level",
        "version": "Version", "docno": "Document number", "editor_note": "Editors' note (our analysis, not statute text)", "reported_by": "Reported by",
        "article_number": "Reported article number", "level_kind": "Legal level", "contact": "Contact", "handles": "Handles",
        "how": "What to write", "lenders": "Lender types", "checked": "checked", "case_box": "Behaviors and articles in this case",
        "unreviewed": "Not reviewed: editors have not reviewed this case yet.", "reviewed_by": "Reviewed by",
        "provenance": "Provenance", "outcome": "Outcome", "lender": "Lender type", "date": "Date",
        "all_channels": "All complaint channels", "penalties": "Complaints lead somewhere: regulators' penalties for collection",
        "penalties_intro": "Real cases in which regulators fined banks and consumer-finance companies over debt collection (in Chinese). A fine does not reduce anyone's debt, but it shows that regulators do act on collection failures, and complaints are how they come to light. Each case names its source and level of proof.", "meta_item": "Item", "meta_value": "Details", "matrix": "Behavior × article matrix", "none": "none",
        "procedures": "Legal procedures", "related_procedures": "Related procedures", "article_procedures": "Legal procedures citing this article",
        "deadlines": "Deadlines", "steps_proc": "What to do now", "if_nothing": "If you do nothing", "real_or_fake": "How to tell it is real",
        "proc_what": "What this procedure is", "balance": "The debt is still owed", "citations": "The articles it rests on", "documents": "Drafts you can prepare",
        "no_deadlines": "This procedure has no statutory period counted in days that you must meet; the steps below say when to do what.",
        "bring": "Have ready", "note": "Note", "related_content": "Related", "starts": "Runs from", "basis": "Source", "after": "When it passes",
        "calc_intro": "Enter the date and each deadline below shows its last day. Counted in your browser only; nothing is sent anywhere.",
        "calc_noscript": "The calculator needs JavaScript; you can also count yourself by the rule above - the day itself is not counted, start from the next day.",
        "procedures_intro": "Being sued, a payment order, online arbitration, enforcement: for each procedure, what it is, how to tell real papers, when each period starts, what happens when it passes, what to do now, and the articles it rests on.",
        "case_procedures": "Legal procedures in this case",
        "route_intro": "Choose first by **what they do**: nuisance calls and texts go to 12321, online exposure to 12377, "
                       "threats, violence, blocking your door or holding you to 110 at once, and a court for an order to stop or "
                       "for damages. Then choose the regulator by **who lent the money** (table below); for platforms such as "
                       "Huabei or Jiebei, complain on the platform first, then to the regulator of the lender named in your contract "
                       "(bank, consumer-finance company or small-loan company).",
    },
}

PARTIES = {  # whose deadline (schemas/procedure.schema.json deadlines[].party)
    "debtor": {"zh": "你的期限", "en": "Your deadline"},
    "creditor": {"zh": "债权人的期限（不是你的）", "en": "The creditor's deadline (not yours)"},
    "court": {"zh": "法院的期限", "en": "The court's deadline"},
}

UNITS = {"days": {"zh": "日", "en": "days"}, "months": {"zh": "个月", "en": "months"}, "years": {"zh": "年", "en": "years"}}

DOCUMENTS = {  # drafts built in the browser by docs/assets/kb-filings.js
    "objection": {"zh": "支付令异议书（针对债务本身）", "en": "Written objection to a payment order (disputing the debt itself)"},
    "defence": {"zh": "答辩状提纲", "en": "Outline of a defence"},
    "limitation": {"zh": "诉讼时效抗辩段落", "en": "Limitation-defence paragraph"},
}

# The triage page (act/): its labels, the extra lines of the list 「今天就做」 and what each letter says about sending.
# kb-act.js, kb-letters.js and kb-log.js take these from api/v1/triage.json; the words the behavior pages also
# print (applies, text of the article …) come from UI above.
TRIAGE_UI = {  # {key: {zh, en}}
    "choose": {"zh": "1. 发生了什么？", "en": "1. What is happening?"},
    "chooseHint": {"zh": "勾选所有符合的情况，可以多选。", "en": "Tick everything that applies."},
    "lender": {"zh": "借款机构类型", "en": "Type of lender"},
    "pick": {"zh": "请选择", "en": "Choose"},
    "summary": {"zh": "2. 今天先做什么", "en": "2. What to do first"},
    "none": {"zh": "先在上面勾选至少一种情况。", "en": "Tick at least one item above first."},
    "today": {"zh": "今天就做", "en": "Do today"},
    "papers": {"zh": "法院、仲裁的文书", "en": "Court or arbitration papers"},
    "articlesCount": {"zh": "共 {n} 条，按层级分组；展开查看", "en": "{n} articles, grouped by level; open to read"},
    "cite": {"zh": "写入信件", "en": "Cite in letters"},
    "citeHint": {
        "zh": "刑事条文只在特定条件下适用（见“不适用”），默认不写入信件。",
        "en": "Criminal-law articles apply only in particular conditions (see “Does not apply when”), so letters leave them out unless you tick them.",
    },
    "filtered": {"zh": "只列出适用于你选的借款机构类型的规范。", "en": "Only rules that cover the type of lender you chose are listed."},
    "needLender": {
        "zh": "选择借款机构类型后，这里会按顺序列出投诉渠道。",
        "en": "Choose the type of lender to see the complaint channels in order.",
    },
    "reasonAct": {"zh": "你勾选的行为，行为页建议先找这里", "en": "For what you ticked, the behavior page says to go here first"},
    "reasonRoute": {
        "zh": "这类借款机构的投诉路线：先找机构本身，再找监管",
        "en": "Route for this type of lender: the lender itself first, then its regulators",
    },
    "reasonPolice": {
        "zh": "没有金融监管部门管这类放贷方，报警",
        "en": "No financial regulator covers this kind of lender: report to the police",
    },
    "reasonMore": {"zh": "也可以找", "en": "Also possible"},
    "print": {"zh": "打印小结", "en": "Print the summary"},
    "unverifiedLabel": {"zh": "未核实：", "en": "Not verified: "},
    "police": {
        "zh": "有人身危险、被堵门、被限制自由或被威胁伤害：现在就拨打",
        "en": "If you are in danger, blocked in, held or threatened with harm: call now",
    },
    "keep": {
        "zh": "保存证据：不要删聊天记录和录音；每一次来电、短信、上门都记进下面的证据记录（第 4 部分），截图要带时间和号码。",
        "en": "Keep the evidence: do not delete chats or recordings; note every call, message and visit in the evidence log below (part 4); screenshots should show the time and the number.",
    },
    "lenderStep": {
        "zh": "向借款机构自己的官方客服或 App 内的投诉入口投诉，要求停止这些做法、告知受托催收机构的名称，并书面答复；记下工单号。",
        "en": "Complain to the lender's own official customer service or the complaint entry in its app: ask it to stop, to name the collection agency it hired, and to reply in writing; note the ticket number.",
    },
    "findLender": {
        "zh": "先弄清楚借钱给你的是谁：看借款合同上写的“出借人”或“贷款人”，借款 App 里的“借款合同”“借款详情”页面，或者人民银行征信中心的个人信用报告里报送这笔贷款的机构。知道是谁以后，再回到上面改选借款机构类型。",
        "en": "First find out who lent you the money: the lender (出借人 or 贷款人) named in the loan contract, the contract or loan details page in the app, or the institution that reports this loan in your credit report from the People's Bank of China credit reference centre. Then choose the lender type above again.",
    },
    "byBehavior": {"zh": "来自：", "en": "From: "},
}

# 「收到法院/仲裁的文书」: checked and real → the legal-path pages; not checked or not confirmed → the behavior about
# fake documents (which tells how to check). Paths are root-relative, like every link on the triage page.
COURT_PAPERS = {
    "behavior": "fake-legal-documents",
    "label": {"zh": "收到法院或仲裁机构的文书（传票、起诉状副本、支付令、仲裁通知）或律师函",
              "en": "Received papers from a court or an arbitration body (summons, copy of a claim, payment order, arbitration notice) or a lawyer's letter"},
    "question": {"zh": "你自己核实过吗？（用法院、仲裁委官方网站上查到的电话，不用文书上的号码）",
                 "en": "Have you checked it yourself? (with the number on the court's or arbitration commission's official website, not the one on the paper)"},
    "options": {
        "check": {"zh": "还没核实，或者核实不了", "en": "Not yet, or I could not confirm it"},
        "real": {"zh": "核实过：是真的", "en": "Yes: it is genuine"},
    },
    "real": {"zh": "文书是真的：这是法律程序，不是违法催收，而且有期限。今天就看对应的页面，按时答复：",
             "en": "The papers are genuine: this is a legal procedure, not unlawful collection, and it has deadlines. Read the matching page today and answer in time:"},
    "check": {"zh": "还没核实：先按下面的方法核实真假，别按文书上的电话和账户联系或付款。核实是真的，就回到这里改选“是真的”，看应诉的页面：",
              "en": "Not checked yet: check it as described below, and do not call or pay the numbers or accounts on the paper. If it turns out to be genuine, come back, choose “genuine” and read the pages on answering:"},
    "paths": [
        {"url": "procedures/sued-in-court/", "zh": "被起诉了：传票、起诉状副本和应诉", "en": "Sued in court: summons, copy of the claim, answering"},
        {"url": "procedures/payment-order/", "zh": "收到支付令：书面异议", "en": "A payment order: objecting in writing"},
        {"url": "procedures/arbitration/", "zh": "收到仲裁通知", "en": "An arbitration notice"},
    ],
    "fake": {"zh": "怎么核实、是假的怎么办", "en": "How to check, and what to do if it is fake"},
}

# How to send a letter and what to keep as proof, by the kind of channel it is addressed to.
LETTER_SEND = {
    "lender": {
        "zh": "怎么寄：在借款机构官方 App 的客服或投诉入口提交（可以粘贴全文或上传打印件的照片），或用挂号信、EMS 寄到合同或官网上写的地址。留证：提交成功页面的截图和工单号；邮寄的保留邮寄凭证和签收记录；自己留一份信的副本。",
        "en": "How to send: through the complaint or customer-service entry in the lender's official app (paste the text or upload a photo of the printout), or by registered post or EMS to the address in the contract or on its official website. Proof to keep: a screenshot of the confirmation and the ticket number; for post, the receipt and the delivery record; a copy of the letter.",
    },
    "regulator": {
        "zh": "怎么寄：通过监管部门官方网站上的在线投诉入口提交（网址自己在官方网站查，不用别人给的链接），或打投诉电话时按信的内容说明并要求登记，也可以用挂号信寄到该部门的办公地址。留证：提交页面截图或登记编号、来电时间和接线员工号；邮寄凭证；自己留一份副本。",
        "en": "How to send: through the online complaint form on the regulator's official website (find the address yourself, never through a link someone sent you), or read it out when you call the complaint line and ask for a reference number, or by registered post to its office. Proof to keep: a screenshot or reference number, the time of the call and the operator's number; the postal receipt; a copy of the letter.",
    },
    "industry": {
        "zh": "怎么寄：通过协会官方网站上的举报入口提交（网址自己在官方网站查）。留证：提交页面截图和编号；自己留一份副本。",
        "en": "How to send: through the reporting form on the association's official website (find it yourself). Proof to keep: a screenshot and any reference number; a copy of the letter.",
    },
}
