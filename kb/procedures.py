"""Generated pages of the legal procedures (procedures/<id>/ and en/procedures/<id>/) and their index.

Page order is for a phone at night: the summary, the deadlines with the calculator, what to do now, what
happens if nothing is done, how to tell real papers, then the explanation and, last and collapsed, the articles.
The calculator (docs/assets/kb-deadline.js) and the drafts (docs/assets/kb-filings.js) read the deadlines from
the export api/v1/procedures.json; the page carries only where to mount them.
"""
from __future__ import annotations

from html import escape

from .link import Index
from .render import COLON, LANGS, _indent, case_list, citation_body, cite, front, literal, page_head, page_src, prefix
from .words import DOCUMENTS, PARTIES, UI, UNITS


def length(deadline: dict, lang: str) -> str:
    """15 日 / 15 days / 3 个月 / 2 years."""
    for unit in ("days", "months", "years"):
        if unit in deadline:
            return f"{deadline[unit]} {UNITS[unit][lang]}" if lang == "en" else f"{deadline[unit]}{UNITS[unit][lang]}"
    return ""


def _deadlines(index: Index, pid: str, lang: str) -> list[str]:
    """The deadline cards, each with its own start date group, and the calculator's mount point (plain HTML)."""
    t = UI[lang]
    deadlines = index.procedures[pid].data["deadlines"]
    if not deadlines:
        return [f"{t['no_deadlines']}\n"]
    groups: dict[str, str] = {}  # the start text in this language -> the id of its date input
    for d in deadlines:
        groups.setdefault(d["starts"][lang], f"kb-start-{len(groups) + 1}")
    out = [f'<div class="kb-deadlines" data-kb-deadlines="{pid}">',
           f'<p class="kb-deadlines__intro" hidden>{escape(t["calc_intro"])}</p>',
           f'<noscript><p>{escape(t["calc_noscript"])}</p></noscript>']
    for start, group in groups.items():
        out.append(f'<p class="kb-deadlines__start" hidden><label for="{group}">{escape(start)}</label>'
                   f'<input type="date" id="{group}" data-kb-start="{group}"></p>')
    for d in deadlines:
        where = cite(index, d["statute"], str(d["article"]), lang, d.get("paragraph"))
        href = f'../../statutes/{d["statute"]}/#art-{d["article"]}'
        party = PARTIES[d["party"]][lang]
        out.append(f'<section class="kb-deadline kb-deadline--{d["party"]}" data-kb-deadline="{escape(d["id"])}" '
                   f'data-kb-group="{groups[d["starts"][lang]]}" aria-labelledby="dl-{pid}-{escape(d["id"])}">')
        out.append(f'<h3 id="dl-{pid}-{escape(d["id"])}">{escape(d["label"][lang])} <span class="kb-deadline__length">{escape(length(d, lang))}</span></h3>')
        out.append(f'<p class="kb-deadline__party">{escape(party)}</p>')
        out.append(f'<p class="kb-deadline__result" role="status" aria-live="polite"></p>')
        out.append('<dl class="kb-deadline__facts">')
        out.append(f'<dt>{t["starts"]}</dt><dd>{escape(d["starts"][lang])}</dd>')
        out.append(f'<dt>{t["basis"]}</dt><dd><a href="{href}">{escape(where)}</a></dd>')
        out.append(f'<dt>{t["after"]}</dt><dd>{escape(d["consequence"][lang])}</dd>')
        if d.get("note"):
            out.append(f'<dt>{t["note"]}</dt><dd>{escape(d["note"][lang])}</dd>')
        out.append("</dl></section>")
    out.append("</div>\n")
    return out


def procedure_page(index: Index, pid: str, lang: str) -> str:
    t = UI[lang]
    data = index.procedures[pid].data
    out = page_head("procedures", pid, data, lang)
    out.append(f'## {t["deadlines"]} {{#deadlines}}\n')
    out += _deadlines(index, pid, lang)
    out.append(f'\n## {t["steps_proc"]} {{#steps}}\n')
    for n, step in enumerate(data["steps"], 1):
        out.append(f"{n}. {step[lang]}")
        if step.get("bring"):
            out.append(f"\n    *{t['bring']}*{COLON[lang]}{step['bring'][lang]}\n")
    if data.get("documents"):
        out.append(f'\n## {t["documents"]} {{#documents}}\n')
        names = ("、" if lang == "zh" else ", ").join(DOCUMENTS[d][lang] for d in data["documents"])
        out.append(f'<div class="kb-filings" data-kb-filings="{" ".join(data["documents"])}" data-procedure="{pid}">'
                   f'<noscript><p>{escape(names)}</p></noscript></div>\n')
    out.append(f'\n## {t["if_nothing"]} {{#if-nothing}}\n\n{data["if_nothing"][lang]}\n')
    if data.get("real_or_fake"):
        out.append(f'## {t["real_or_fake"]} {{#real-or-fake}}\n\n{data["real_or_fake"][lang]}\n')
    out.append(f'## {t["proc_what"]} {{#what}}\n\n{data["what"][lang]}\n')
    if data.get("balance"):
        out.append(f'!!! info "{t["balance"]}"\n\n{_indent(data["balance"][lang])}\n')
    related = data.get("related", {})
    if related.get("procedures") or related.get("behaviors"):
        out.append(f'## {t["related_content"]} {{#related}}\n')
        out += [f"- [{literal(index.procedures[p].data['title'][lang])}]({p}.md)" for p in related.get("procedures", [])]
        out += [f"- [{literal(index.behaviors[b].data['title'][lang])}](../behaviors/{b}.md)" for b in related.get("behaviors", [])]
        out += [f"- [{literal(index.channels[c].data['name'][lang])}](../channels/index.md#ch-{c})" for c in related.get("channels", [])]
        out.append("")
    if index.procedure_cases.get(pid):
        out.append(f'## {t["cases"]} {{#cases}}\n')
        out += case_list(index, index.procedure_cases[pid], lang) + [""]
    out.append(f'## {t["citations"]} {{#citations}}\n')
    for c in data["citations"]:  # collapsed: the reader needs the deadlines and steps first, the texts on demand
        name = cite(index, c["statute"], str(c["article"]), lang, c.get("paragraph"), c.get("item"))
        out += [f'<details class="kb-citation" markdown><summary>{escape(name)}</summary>\n', *citation_body(index, c, lang), "</details>\n"]
    if data.get("deadlines") or data.get("documents"):
        assets = "../../assets/" if lang == "zh" else "../../../assets/"  # raw HTML: relative to the page's URL
        out.append(f'<link rel="stylesheet" href="{assets}kb-act.css">\n<script type="module" src="{assets}kb-procedure.js"></script>\n')
    return "\n".join(out) + "\n"


def in_order(index: Index) -> list:
    """(id, Doc) of every procedure in reading order: by `order`, then those without it by id."""
    return sorted(index.procedures.items(), key=lambda kv: (kv[1].data.get("order", float("inf")), kv[0]))


def procedures_index(index: Index, lang: str) -> str:
    t = UI[lang]
    out = [front(t["procedures"], t["procedures_intro"], lang), f"# {t['procedures']}\n", t["procedures_intro"] + "\n",
           '<div class="grid cards kb-cards" markdown>\n']
    for pid, doc in in_order(index):
        data = doc.data
        mine = [d for d in data["deadlines"] if d["party"] == "debtor"]
        first = f"{data['deadlines'][0]['label'][lang]}{COLON[lang]}{length(data['deadlines'][0], lang)}" if data["deadlines"] else ""
        if mine:
            first = f"{mine[0]['label'][lang]}{COLON[lang]}{length(mine[0], lang)}"
        out.append(f"-   [**{literal(data['title'][lang])}**]({pid}.md)\n\n    {data['summary'][lang]}\n" + (f"\n    *{first}*\n" if first else ""))
    out.append("</div>\n")
    return "\n".join(out) + "\n"


def pages(index: Index) -> dict[str, str]:
    """Every generated procedure page and the two index pages, by source path under docs/."""
    out: dict[str, str] = {}
    for lang in LANGS:
        out[f"{prefix(lang)}procedures/index.md"] = procedures_index(index, lang)
        for pid in index.procedures:
            out[page_src("procedures", pid, lang)] = procedure_page(index, pid, lang)
    return out
