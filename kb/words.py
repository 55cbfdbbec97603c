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
