"""Markdown for every generated page and for the boxes injected into hand-written ones. Pure functions of the linked Index."""
from __future__ import annotations

from html import escape

from .corpus import article_number
from .link import Index, is_real, paragraphs
from .route import lender_route
from .words import CATEGORIES, CHANNEL_KINDS, LENDER_TYPES, LEVELS, NOT_LAW, PROVENANCE, SOURCE_LEVELS, STATUS_EN, STATUTE_LEVELS, UI, VERIFICATION

LANGS = ("zh", "en")
CN_ITEMS = "一二三四五六七八九十"
COLON = {"zh": "：", "en": ": "}
MAX_LISTED_CASES = 12  # per behavior and per article; the full list is on the cases index, so pages stay small at any scale
CASES_PER_PAGE = 100  # on the list of all cases


# Characters that Markdown (links, emphasis, code, tables, attribute lists, headings) or HTML would read as markup.
_LITERAL = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_[]|{}#"} | {"\n": " ", "\r": " "})


def literal(value) -> str:
    """A contributor's string as literal text in generated Markdown, in a table cell, link text or HTML attribute
    value: every character that would be read as markup becomes a character reference, and the text one line."""
    return str(value).translate(_LITERAL)


def prefix(lang: str) -> str:
    """Folder of a language's pages: Chinese at the root, English under en/."""
    return "" if lang == "zh" else "en/"


def url(src: str) -> str:
    """Site-relative URL of a page with directory URLs: behaviors/x.md -> behaviors/x/."""
    if src.endswith("index.md"):
        return src[: -len("index.md")]
    return src[:-3] + "/"


def page_src(kind: str, ident: str, lang: str = "zh") -> str:
    return f"{prefix(lang)}{kind}/{ident}.md"


def level_badge(level: str, lang: str) -> str:
    return f'<span class="kb-level kb-level--{LEVELS[level]["slug"]}">{escape(LEVELS[level][lang])}</span>'


def search_tags(kind: str) -> str:
    """Hidden markers that Pagefind reads: the page kind as a filter and as metadata."""
    return f'<div hidden data-pagefind-filter="kind:{kind}" data-pagefind-meta="kind:{kind}"></div>\n'


def front(title: str, description: str = "", lang: str = "zh") -> str:
    """Front matter. The theme puts title and description into the HTML as they are (<title>, the header, the
    description meta tag), so they are written as literal text."""
    lines = ["---", f"title: {_yaml_str(literal(title))}"]
    if description:
        lines.append(f"description: {_yaml_str(literal(description))}")
    lines.append(f"kb_lang: {lang}")
    return "\n".join(lines + ["---", ""]) + "\n"


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def short(index: Index, sid: str, lang: str) -> str:
    data = index.statutes[sid].data
    return data["short_title"] if lang == "zh" else data.get("short_title_en", data["title_en"])


def cite(index: Index, sid: str, label: str, lang: str, paragraph: int | None = None, item: int | None = None) -> str:
    """民法典第一千零三十三条第一款第（五）项 / Civil Code, Art. 1033(1)(5)."""
    article = index.articles[(sid, label)]
    if "text" not in article:  # a summary provision
        topic = article["topic"][lang]
        return f"{short(index, sid, lang)}{COLON[lang]}{topic}"
    if lang == "zh":
        number = f"第{label[6:]}条" if label.startswith("point-") else article["number"].rstrip("、")  # 执行工作规定第2条
        out = short(index, sid, lang) + number
        if paragraph:
            out += f"第{CN_ITEMS[paragraph - 1] if paragraph <= 10 else paragraph}款"
        if item:
            out += f"第（{CN_ITEMS[item - 1] if item <= 10 else item}）项"
        return out
    if label == "body":
        return short(index, sid, lang)
    out = f"{short(index, sid, lang)}, " + (label.replace("item-", "item ").replace("point-", "No. ") if label.startswith(("item-", "point-")) else f"Art. {label}")
    if paragraph:
        out += f"({paragraph})"
    if item:
        out += f"({item})"
    return out


def summary_note(level: str, lang: str) -> str:
    """What the pages say under a summarised rule: not verified against the official text, and, for standards
    and industry rules, not law."""
    t = UI[lang]
    return t["summary_note"] + (f' {t["not_law"]}' if level in NOT_LAW else "")


def cited_line(article: dict, paragraph: int | None = None, item: int | None = None) -> int | None:
    """Which of the article's non-empty lines a citation points at (counting from 0), or None for the whole article."""
    if not (paragraph or item):
        return None
    target = paragraph or 1
    before = sum(len(lines) for lines in paragraphs(article["text"])[:target - 1])
    return before + (item or 0)


def article_html(article: dict, paragraph: int | None = None, item: int | None = None) -> str:
    """Verbatim text as HTML, one paragraph per line, the cited paragraph or item highlighted."""
    out = ['<div class="kb-article-text" lang="zh">']
    marked = cited_line(article, paragraph, item)
    n = 0
    for lines in paragraphs(article["text"]):
        for i, line in enumerate(lines):
            text = escape(line)
            out.append(f'<p class="{"kb-item" if i else "kb-para"}">{f"<mark>{text}</mark>" if n == marked else text}</p>')
            n += 1
    out.append("</div>")
    return "\n".join(out)


def _indent(text: str, spaces: int = 4) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line.strip() else "" for line in text.splitlines())


def _channel_line(index: Index, cid: str, lang: str, depth: str) -> str:
    data = index.channels[cid].data
    contact = ("；" if lang == "zh" else "; ").join(
        f"[{literal(c['value'])}](tel:{c['value']})" if c["type"] == "phone" and c["value"].isdigit() else literal(c["value"])
        for c in data["contact"])
    badge = "" if data["verification"] == "verified" else \
        f' <span class="kb-unverified">{UI[lang]["unverified"]}{COLON[lang]}{literal(data["unverified_what"][lang])}</span>'
    return f"- [{literal(data['name'][lang])}]({depth}channels/index.md#ch-{cid}){COLON[lang]}{contact}{badge}"


def procedure_links(index: Index, pids, lang: str, depth: str) -> list[str]:
    """List items linking legal procedures from a behavior, statute or case page (depth: from that page's source to the root)."""
    return [f"- [{literal(index.procedures[p].data['title'][lang])}]({depth}procedures/{p}.md)" for p in dict.fromkeys(pids)]


def citation_body(index: Index, citation: dict, lang: str) -> list[str]:
    """Under the heading of a behavior's violation or a procedure's citation: level, statute link, when it applies and
    when not, then the verbatim text with the cited line marked (or the labelled summary)."""
    t = UI[lang]
    sid, label = citation["statute"], str(citation["article"])
    article = index.articles[(sid, label)]
    statute_title = index.statutes[sid].data["title" if lang == "zh" else "title_en"]
    out = [f'{level_badge(citation["level"], lang)} [{literal(statute_title)}](../statutes/{sid}.md#art-{label})\n',
           f'**{t["applies"]}**{COLON[lang]}{citation["applies_when"][lang]}\n']
    if citation.get("not_when"):
        out.append(f'**{t["not_applies"]}**{COLON[lang]}{citation["not_when"][lang]}\n')
    if "text" in article:
        out.append(f'<details class="kb-quote" open markdown><summary>{t["text"]}</summary>\n\n{article_html(article, citation.get("paragraph"), citation.get("item"))}\n\n</details>\n')
    else:
        note = summary_note(index.statutes[sid].data["level"], lang)
        out.append(f'!!! warning "{t["summary_rule"]}"\n\n{_indent(article["summary"][lang])}\n\n    *{note}*\n')
    return out


def page_head(kind: str, ident: str, data: dict, lang: str) -> list[str]:
    """The top of a behavior or procedure page: front matter, title, search kind, language switch, summary, and the
    symptom phrases, which search weighs 10 (the same for both kinds, so that a question finds the right one)."""
    other = "en" if lang == "zh" else "zh"
    out = [front(data["title"][lang], data["summary"][lang], lang), f"# {literal(data['title'][lang])}\n", search_tags(kind[:-1])]
    counterpart = f"../en/{kind}/{ident}.md" if lang == "zh" else f"../../{kind}/{ident}.md"
    out.append(f'[{UI[lang]["switch"]}]({counterpart}){{ .kb-switch hreflang={other} lang={other} }}\n')
    out.append(f"**{data['summary'][lang]}**\n")
    phrases = data["symptoms"][lang] + (data["symptoms"]["en"] if lang == "zh" else [])
    joined = ("、" if lang == "zh" else ", ").join(f"“{escape(s)}”" for s in phrases)
    out.append(f'<details class="kb-symptoms"><summary>{UI[lang]["symptoms"]}</summary>'
               f'<p data-pagefind-weight="10">{joined}</p></details>\n')
    return out


def behavior_page(index: Index, bid: str, lang: str) -> str:
    t = UI[lang]
    data = index.behaviors[bid].data
    out = page_head("behaviors", bid, data, lang)
    # What a frightened reader needs first: the verdict, what to do and what to keep, where to complain;
    # then the explanation, and the articles last (tests/test_build.py checks the order on every behavior page).
    out.append(f'## {t["verdict"]} {{#verdict}}\n')
    for verdict in data["verdict"]:
        out.append(f'- {level_badge(verdict["level"], lang)} {verdict["text"][lang]}')
    out.append(f'\n## {t["steps"]} {{#steps}}\n')
    out += [f"{n}. {s[lang]}" for n, s in enumerate(data["steps"], 1)]
    out.append(f'\n## {t["evidence"]} {{#evidence}}\n')
    out += [f"- {e[lang]}" for e in data["evidence"]]
    out.append(f'\n## {t["channels"]} {{#channels}}\n')
    out += [_channel_line(index, cid, lang, "../") for cid in data["channels"]]
    if index.behavior_procedures.get(bid):  # e.g. fake court papers: the pages on real ones, early
        out.append(f'\n## {t["related_procedures"]} {{#procedures}}\n')
        out += procedure_links(index, index.behavior_procedures[bid], lang, "../")
    out.append("")
    out.append(f'## {t["what"]} {{#what}}\n\n{data["explanation"][lang]}\n')
    if data.get("lawful"):
        out.append(f'## {t["lawful"]} {{#lawful}}\n\n{data["lawful"][lang]}\n')
    out.append(f'## {t["violations"]} {{#violations}}\n')
    anchors: set[str] = set()
    for violation in data["violations"]:
        sid, label = violation["statute"], str(violation["article"])
        name = cite(index, sid, label, lang, violation.get("paragraph"), violation.get("item"))
        anchor = f"v-{sid}-{label}"  # statute pages link here; a second citation of the same article gets its own id
        if anchor in anchors:
            anchor += f"-{violation.get('paragraph', 0)}-{violation.get('item', 0)}"
        anchors.add(anchor)
        out.append(f'### {literal(name)} {{#{anchor}}}\n')
        out += citation_body(index, violation, lang)
    if data.get("related"):
        out.append(f'\n## {t["related"]} {{#related}}\n')
        out += [f"- [{literal(index.behaviors[r].data['title'][lang])}]({r}.md)" for r in data["related"]]
    out.append(f'\n## {t["cases"]} {{#cases}}\n')
    out += case_list(index, index.behavior_cases.get(bid, []), lang) or [t["no_cases"]]
    return "\n".join(out) + "\n"


def case_list(index: Index, cases: list, lang: str) -> list[str]:
    """The newest cases as list items, and a link to all of them when there are more (from a behavior or statute page)."""
    depth = "../" if lang == "zh" else "../../"  # cases exist in Chinese only, at the site root
    lines = [f"- [{literal(c.data['title'])}]({depth}cases/{index.case_slug(c)}.md)（{c.data['date']}）" + (_real_tag(c) if is_real(c) else "")
             for c in cases[:MAX_LISTED_CASES]]
    if len(cases) > MAX_LISTED_CASES:
        more = f"全部 {len(cases)} 个案例" if lang == "zh" else f"All {len(cases)} cases"
        lines.append(f"- [{more} →]({depth}cases/index.md)")
    return lines


def _real_tag(case) -> str:
    """The tag after a real case in a list: its kind and the level of its source, e.g. 官方案例 · 官方全文."""
    level = SOURCE_LEVELS[case.data["source"]["level"]]["zh"]
    return f' <span class="kb-tag kb-tag--real">{PROVENANCE[case.data["provenance"]["kind"]]["short"]} · {level}</span>'


def statute_page(index: Index, sid: str, lang: str) -> str:
    t = UI[lang]
    data = index.statutes[sid].data
    title = data["title"] if lang == "zh" else data["title_en"]
    out = [front(title, data["short_title"], lang)]
    out.append(f"# {literal(title)}\n")
    out.append(search_tags("statute"))
    if lang == "en":
        out.append(f'*{literal(data["title"])}* — the English title is our translation. No official English text is used: the article texts below are the Chinese originals.\n')
    summary = data["source"]["kind"] == "summary"
    rows = [(t["level"], data["level"] if lang == "zh" else STATUTE_LEVELS[data["level"]]),
            (t["issuer"], data["issuer"]), (t["version"], data["version"]),
            (t["effective"], data["effective"] or t["unverified"]),
            (t["status"], data["status"] if lang == "zh" else STATUS_EN[data["status"]])]
    if data.get("document_number"):
        rows.append((t["docno"], data["document_number"]))
    rows = [(k, literal(v)) for k, v in rows]
    if data["source"].get("official_url"):
        address = literal(data["source"]["official_url"])
        rows[-1] = (t["source"], f'{rows[-1][1]} · <a href="{address}">{address}</a>')
    out.append(f"| {t['meta_item']} | {t['meta_value']} |\n|---|---|")
    out += [f"| {k} | {v} |" for k, v in rows]
    out.append("")
    if data.get("superseded_by"):
        new = index.statutes[data["superseded_by"]].data
        out.append(f'!!! danger ""\n\n    → [{literal(new["title"] if lang == "zh" else new["title_en"])}]({data["superseded_by"]}.md)\n')
    if summary:
        out.append(f'!!! warning "{t["summary_rule"]}"\n\n    {summary_note(data["level"], lang)}\n')
    if data.get("note"):
        out.append(f'!!! note "{t["editor_note"]}"\n\n{_indent(data["note"][lang])}\n')
    if data.get("unverified"):
        out.append(f'!!! question "{t["unverified"]}"\n')
        out += [f"    - {literal(u)}" for u in data["unverified"]]
        out.append("")
    predecessor = next((s for s, d in index.statutes.items() if d.data.get("superseded_by") == sid), None)
    for article in data["articles"]:
        label = str(article["label"])
        heading = article["number"] if "text" in article else article["topic"][lang]
        out.append(f"## {literal(heading)} {{#art-{label}}}\n")
        if "text" in article:
            out.append(article_html(article) + "\n")
            if article.get("replaces") and predecessor:
                old = index.articles[(predecessor, str(article["replaces"]))]
                out.append(f'<p class="kb-replaces">{t["replaces"]}{COLON[lang]}<a href="../{predecessor}/#art-{article["replaces"]}">{literal(old["number"])}</a></p>\n')
        else:
            if article.get("article_number"):
                out.append(f'*{t["article_number"]}{COLON[lang]}{literal(article["article_number"])} ({t["unverified"]})*\n')
            out.append(f'<div class="kb-summary" markdown>\n\n{article["summary"][lang]}\n\n</div>\n')
            out.append(f'*{t["reported_by"]}{COLON[lang]}{literal(article["reported_by"])}*\n')
        if article.get("note"):
            out.append(f'!!! note "{t["editor_note"]}"\n\n{_indent(article["note"][lang])}\n')
        users: dict[str, list[str]] = {}
        for bid, violation in index.article_behaviors.get((sid, label), []):
            users.setdefault(bid, []).append(violation["level"])
        if users:
            out.append(f'**{t["article_behaviors"]}**\n')
            for bid, levels in users.items():
                badges = " ".join(level_badge(level, lang) for level in dict.fromkeys(levels))
                out.append(f'- [{literal(index.behaviors[bid].data["title"][lang])}](../behaviors/{bid}.md#v-{sid}-{label}) {badges}')
            out.append("")
        citing = [pid for pid, _ in index.article_procedures.get((sid, label), [])]
        if citing:
            out.append(f'**{t["article_procedures"]}**\n')
            out += procedure_links(index, citing, lang, "../")
            out.append("")
        cases = index.article_cases.get((sid, label), [])
        if cases:
            out.append(f'**{t["article_cases"]}**\n')
            out += case_list(index, cases, lang)
            out.append("")
    return "\n".join(out) + "\n"


def behavior_cards(index: Index, lang: str, depth: str = "") -> str:
    """Cards of all behaviors grouped by category (home page and behavior index)."""
    out = []
    for cat, names in CATEGORIES.items():
        members = [(bid, d.data) for bid, d in index.behaviors.items() if d.data["category"] == cat]
        if not members:
            continue
        out.append(f'### {names[lang]} {{#cat-{cat}}}\n\n<div class="grid cards kb-cards" markdown>\n')
        for bid, data in members:
            levels = " ".join(level_badge(lv, lang) for lv in dict.fromkeys(v["level"] for v in data["violations"]))
            out.append(f'-   [**{literal(data["title"][lang])}**]({depth}behaviors/{bid}.md)\n\n    {data["summary"][lang]}\n\n    {levels}\n')
        out.append("</div>\n")
    return "\n".join(out)


def behaviors_index(index: Index, lang: str) -> str:
    t = UI[lang]
    return front(t["behaviors"], lang=lang) + f"# {t['behaviors']}\n\n" + behavior_cards(index, lang, "../")


def statutes_index(index: Index, lang: str) -> str:
    t = UI[lang]
    out = [front(t["statutes"], lang=lang), f"# {t['statutes']}\n"]
    if lang == "en":
        out.append("Statute texts on this site are the Chinese originals. English titles are our translations; no official English text is used.\n")
    for level, level_en in STATUTE_LEVELS.items():
        members = [(sid, d.data) for sid, d in index.statutes.items() if d.data["level"] == level]
        if not members:
            continue
        out.append(f"## {level if lang == 'zh' else level_en}\n")
        for sid, data in sorted(members, key=lambda m: (m[1]["status"] != "现行有效", m[0])):
            status = data["status"] if lang == "zh" else STATUS_EN[data["status"]]
            cited = sum(len(index.article_behaviors.get((sid, str(a["label"])), [])) + len(index.article_procedures.get((sid, str(a["label"])), []))
                        for a in data["articles"])  # citations by behaviors and by procedures
            mark = f' <span class="kb-unverified">{t["summary_rule"]}</span>' if data["source"]["kind"] == "summary" else ""
            name = literal(data["title"] if lang == "zh" else f'{data["title_en"]} ({data["short_title"]})')
            out.append(f"- [{name}]({sid}.md) — {status}, {len(data['articles'])} {'条/项' if lang == 'zh' else 'articles'}, "
                       f"{cited} {'处引用' if lang == 'zh' else 'citations'}{mark}")
        out.append("")
    return "\n".join(out) + "\n"


def case_list_src(page: int, kind: str = "") -> str:
    """Source path of page `page` (from 1) of the list of all cases, or of the cases of one provenance kind."""
    base = f"cases/kind-{kind}" if kind else "cases/index"
    if page == 1:
        return base + ".md"
    return f"cases/page-{page}.md" if not kind else f"{base}-page-{page}.md"


def _case_filter(index: Index, kind: str, counts: dict) -> str:
    """Links to the list of each provenance kind (counts: kind -> number of cases): a filter that works without
    JavaScript (case files start with a year, so the kind-… pages cannot clash with a case)."""
    links = [f"**全部（{len(index.cases)}）**" if not kind else f"[全部（{len(index.cases)}）]({case_list_src(1).removeprefix('cases/')})"]
    for k, n in counts.items():
        if n:
            name = f"{PROVENANCE[k]['short']}（{n}）"
            links.append(f"**{name}**" if k == kind else f"[{name}]({case_list_src(1, k).removeprefix('cases/')})")
    return f'<nav class="kb-case-filter" aria-label="按来源筛选案例" markdown="1">\n\n按来源：{" · ".join(links)}\n\n</nav>\n'


def cases_index(index: Index) -> dict[str, str]:
    """The list of all cases, real cases first and newest first within each, CASES_PER_PAGE to a page, so every page
    stays small at any number of cases; and the same list for each provenance kind."""
    pages = {}
    counts = {k: sum(1 for c in index.cases if c.data["provenance"]["kind"] == k) for k in PROVENANCE}
    for kind in [""] + [k for k, n in counts.items() if n]:
        cases = [c for c in index.cases if not kind or c.data["provenance"]["kind"] == kind]
        chunks = [cases[i:i + CASES_PER_PAGE] for i in range(0, len(cases), CASES_PER_PAGE)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            title = ("全部案例" if not kind else f"案例：{PROVENANCE[kind]['short']}") + ("" if n == 1 else f"（第 {n} 页）")
            intro = ("真实案例（官方发布的案例、报道的判决、监管处罚）排在前面，每组内按时间从新到旧。" if not kind else PROVENANCE[kind]["zh"] + "，按时间从新到旧。") + \
                "每个案例都注明来源；真实案例另有出处框，写明证明等级、发布单位和案号。\n"
            out = [front(title), f"# {title}\n", intro, _case_filter(index, kind, counts)]
            if len(chunks) > 1:
                out.append(_pager(n, len(chunks), kind))
            out.append("| 时间 | 案例 | 来源 | 放贷机构 | 涉及行为 |\n|---|---|---|---|---|")
            for case in chunk:
                behaviors = "、".join(f"[{literal(index.behaviors[b].data['title']['zh'])}](../behaviors/{b}.md)" for b in case.data["behaviors"] if b in index.behaviors)
                source = PROVENANCE[case.data["provenance"]["kind"]]["short"]
                out.append(f"| {case.data['date']} | [{literal(case.data['title'])}]({index.case_slug(case)}.md) | {source} | {LENDER_TYPES[case.data['lender_type']]['zh']} | {behaviors} |")
            if len(chunks) > 1:
                out.append("\n" + _pager(n, len(chunks), kind))
            pages[case_list_src(n, kind)] = "\n".join(out) + "\n"
    return pages


def _pager(page: int, pages: int, kind: str = "") -> str:
    """Links to the newer and older pages of the case list, and to every page by number."""
    def link(n: int, text: str) -> str:
        return f"[{text}]({case_list_src(n, kind).removeprefix('cases/')})"

    parts = ([link(page - 1, "← 较新")] if page > 1 else []) + ([link(page + 1, "较早 →")] if page < pages else [])
    numbers = " ".join(f"**{n}**" if n == page else link(n, str(n)) for n in range(1, pages + 1))
    return f'<nav class="kb-pager" aria-label="案例分页" markdown="1">\n\n{" · ".join(parts)}　第 {page} / {pages} 页：{numbers}\n\n</nav>\n'


def channels_page(index: Index, lang: str) -> str:
    t = UI[lang]
    out = [front(t["all_channels"], lang=lang), f"# {t['all_channels']}\n", search_tags("channel")]
    out.append(t["route_intro"] + "\n")
    out.append(f"| {t['lender']} | {t['channels']} |\n|---|---|")
    for lender, names in LENDER_TYPES.items():
        usable = [(cid, index.channels[cid].data) for cid in lender_route(index, lender)]
        out.append(f"| {names[lang]} | " + "<br>".join(
            f"[{literal(data['name'][lang])}](#ch-{cid})" + ("" if data["verification"] == "verified" else f" <span class=\"kb-unverified\">{VERIFICATION[data['verification']][lang]}</span>")
            for cid, data in usable) + " |")
    out.append("")
    for cid, doc in index.channels.items():
        data = doc.data
        out.append(f"## {literal(data['name'][lang])} {{#ch-{cid}}}\n")
        ver = VERIFICATION[data["verification"]][lang]
        out.append(f'<span class="kb-tag">{CHANNEL_KINDS[data["kind"]][lang]}</span> '
                   f'<span class="{"kb-verified" if data["verification"] == "verified" else "kb-unverified"}">{ver}</span>\n')
        out.append(f"- **{t['contact']}**: " + "; ".join(literal(c["value"]) for c in data["contact"]))
        out.append(f"- **{t['handles']}**: {data['handles'][lang]}")
        out.append(f"- **{t['lenders']}**: " + ", ".join(LENDER_TYPES[lt][lang] for lt in data["lender_types"]))
        out.append(f"- **{t['source']}**: {literal(data['source'])} ({t['checked']} {data['verified_on']})")
        if data.get("how"):
            out.append(f"\n**{t['how']}**\n\n{data['how'][lang]}")
        if data.get("note"):
            out.append(f'\n!!! note ""\n\n{_indent(data["note"][lang])}')
        users = index.channel_behaviors.get(cid, [])
        if users:
            out.append("\n" + ("适用于：" if lang == "zh" else "Used for: ") + ("、" if lang == "zh" else ", ").join(
                f"[{literal(index.behaviors[b].data['title'][lang])}](../behaviors/{b}.md)" for b in users))
        out.append("")
    out += penalty_section(index, lang)
    return "\n".join(out) + "\n"


def matrix_page(index: Index) -> str:
    cited = sorted({key for key in index.article_behaviors}, key=lambda k: (k[0], k[1]))
    by_statute: dict[str, list[str]] = {}
    for sid, label in cited:
        by_statute.setdefault(sid, []).append(label)
    out = [front("行为 × 法条对照表"), "# 行为 × 法条对照表\n",
           "每一行是一种催收行为，每一列是一部法律或规范；格子里是该行为可能违反的条文。\n"]
    sids = list(by_statute)
    out.append("| 行为 | " + " | ".join(f"[{literal(short(index, s, 'zh'))}](statutes/{s}.md)" for s in sids) + " |")
    out.append("|---|" + "---|" * len(sids))
    for bid, doc in index.behaviors.items():
        cells = []
        for sid in sids:
            labels = [str(v["article"]) for v in doc.data["violations"] if v["statute"] == sid]
            cells.append(" ".join(f"[{literal(_label_short(index, sid, lb))}](statutes/{sid}.md#art-{lb})" for lb in dict.fromkeys(labels)))
        out.append(f"| [{literal(doc.data['title']['zh'])}](behaviors/{bid}.md) | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def _label_short(index: Index, sid: str, label: str) -> str:
    article = index.articles[(sid, label)]
    return article_number(label).replace("第", "").replace("条", "") if "text" in article else article["topic"]["zh"]


def href(here: str, there: str, anchor: str = "") -> str:
    """Relative link from page source `here` to page source `there`, as MkDocs writes it with directory URLs."""
    return "../" * url(here).count("/") + url(there) + (f"#{anchor}" if anchor else "")


def _a(link: str, text: str) -> str:
    return f'<a href="{escape(link)}">{escape(text)}</a>'


def _case_box_behavior(index: Index, here: str, bid: str) -> str:
    """A behavior and the articles it breaks, as the case box lists them: the same on every case page at the same
    depth, so made once per build (index.shared_html)."""
    key = ("case-box-behavior", url(here).count("/"), bid)
    if key not in index.shared_html:
        behavior = index.behaviors[bid].data
        articles = "；".join(
            _a(href(here, page_src("statutes", v["statute"]), f"art-{v['article']}"),
               cite(index, v["statute"], str(v["article"]), "zh", v.get("paragraph"), v.get("item")))
            for v in behavior["violations"])
        index.shared_html[key] = f'<li>{_a(href(here, page_src("behaviors", bid)), behavior["title"]["zh"])}：<span data-pagefind-ignore>{articles}</span></li>'
    return index.shared_html[key]


def case_box(index: Index, case) -> str:
    """The box at the top of a case page, as HTML: written straight, not as Markdown for MkDocs to convert and resolve
    on each of many thousand case pages. Its links are correct by the cross-reference check (link.py): unknown
    behaviors, statutes and articles stop the build. Every contributed string is escaped.
    Search indexes its behaviors and outcome, not its citations nor the words every case page repeats (the notice,
    the box's heading, the labels): at 10,000 cases each indexed word costs Pagefind about 1 KB (kb/search.py)."""
    data, here, t = case.data, case.path.removeprefix("docs/"), UI["zh"]
    out = []
    review = data["review"]
    if review["state"] != "reviewed":
        out.append(f'<div class="admonition warning" data-pagefind-ignore>\n<p class="admonition-title">未经审核</p>\n<p>{escape(t["unreviewed"])}</p>\n</div>')
    out.append(search_tags("case").rstrip("\n"))
    meta = [("时间", data["date"]), ("放贷机构", LENDER_TYPES[data["lender_type"]]["zh"]), ("来源", PROVENANCE[data["provenance"]["kind"]]["zh"])]
    if review["state"] == "reviewed":
        meta.append(("审核", review["reviewer"]))
    out.append('<p class="kb-case-meta" data-pagefind-ignore>' + " · ".join(f"<strong>{k}</strong>：{escape(v)}" for k, v in meta) + "</p>")
    out.append(f'<div class="admonition abstract">\n<p class="admonition-title" data-pagefind-ignore>{escape(t["case_box"])}</p>\n<ul>')
    for bid in data["behaviors"]:
        out.append(_case_box_behavior(index, here, bid))
    out.append("</ul>")
    if data.get("procedures"):
        out.append(f'<p><strong data-pagefind-ignore>{escape(t["case_procedures"])}</strong>：' + "、".join(
            _a(href(here, page_src("procedures", p)), index.procedures[p].data["title"]["zh"]) for p in data["procedures"]) + "</p>")
    if "outcome" in data:
        out.append(f"<p><strong data-pagefind-ignore>结果</strong>：{escape(data['outcome'])}</p>")
    out.append("</div>")
    return "\n".join(out) + "\n"


SOURCE_NOTE = {  # under the source box: what the level means for the reader
    "A": "本站依据官方发布的全文改写；显示的案号已与全文逐字核对。",
    "B": "本站依据第三方转载的官方发布内容改写，没有见到官方原文全文；显示的案号已与转载内容核对。",
    "C": "本站依据新闻报道改写，没有见到判决书或决定书；报道没有印出的案号一律不写。",
}


def applied_articles(index: Index, case) -> list[tuple[str, str, str]]:
    """(statute id, article label, citation in Chinese) of each article a case's decision applied."""
    return [(a["statute"], str(a["article"]), cite(index, a["statute"], str(a["article"]), "zh", a.get("paragraph"), a.get("item")))
            for a in case.data.get("articles", [])]


def source_box(index: Index, case) -> str:
    """The box above a real case's story: the level of proof in words, publisher, title, date, link, case numbers
    and the articles the decision applied. HTML with every string escaped, so nothing in a case file becomes markup.
    Search indexes what the source says, not the labels and the note that every case of its level repeats."""
    source = case.data.get("source")
    if not source:
        return ""
    level = SOURCE_LEVELS[source["level"]]["zh"]
    rows = [("出处", source["publisher"])]
    if source.get("title"):
        rows.append(("标题", source["title"]))
    if source.get("date"):
        rows.append(("日期", source["date"]))
    cells = [f"<dt data-pagefind-ignore>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows]
    if source.get("url"):
        link = escape(source["url"])
        cells.append(f'<dt data-pagefind-ignore>原文</dt><dd><a href="{link}" rel="nofollow noopener noreferrer">{link}</a></dd>')
    if source.get("case_numbers"):
        cells.append("<dt data-pagefind-ignore>案号/文号</dt><dd>" + "<br>".join(f"<span class=\"kb-case-number\">{escape(n)}</span>" for n in source["case_numbers"]) + "</dd>")
    applied = applied_articles(index, case)
    if applied:
        cells.append("<dt data-pagefind-ignore>适用条文</dt><dd>" + "；".join(
            f'<a href="../../statutes/{escape(sid)}/#art-{escape(label)}">{escape(name)}</a>' for sid, label, name in applied) + "</dd>")
    kind = PROVENANCE[case.data["provenance"]["kind"]]["short"]
    return (f'<aside class="kb-source kb-source--{source["level"].lower()}" aria-label="案例出处">\n'
            f'<p class="kb-source__level"><strong>{escape(level)}</strong> · {escape(kind)}</p>\n'
            f'<dl>{"".join(cells)}</dl>\n<p class="kb-source__note" data-pagefind-ignore>{escape(SOURCE_NOTE[source["level"]])}</p>\n</aside>\n')


def penalty_section(index: Index, lang: str) -> list[str]:
    """The regulators' penalties on the channels page: complaints lead somewhere."""
    penalties = [c for c in index.cases if c.data["provenance"]["kind"] == "penalty"]
    if not penalties:
        return []
    depth = "../" if lang == "zh" else "../../"
    out = [f'## {UI[lang]["penalties"]} {{#penalties}}\n', UI[lang]["penalties_intro"] + "\n"]
    for case in penalties:
        out.append(f"- [{literal(case.data['title'])}]({depth}cases/{index.case_slug(case)}.md)（{case.data['date']}，{literal(case.data['source']['publisher'])}）")
    return out + [""]


def generated_pages(index: Index) -> dict[str, str]:
    """Every generated page, by source path under docs/."""
    pages: dict[str, str] = {**cases_index(index), "matrix.md": matrix_page(index)}
    for lang in LANGS:
        p = prefix(lang)
        pages[f"{p}behaviors/index.md"] = behaviors_index(index, lang)
        pages[f"{p}statutes/index.md"] = statutes_index(index, lang)
        pages[f"{p}channels/index.md"] = channels_page(index, lang)
        for bid in index.behaviors:
            pages[page_src("behaviors", bid, lang)] = behavior_page(index, bid, lang)
        for sid in index.statutes:
            pages[page_src("statutes", sid, lang)] = statute_page(index, sid, lang)
    return pages
