"""The machine-readable export served at api/v1/*.json (format documented in docs/about/api.md)."""
from __future__ import annotations

from . import triage as rules
from .link import Index
from .procedures import in_order
from .render import LANGS, applied_articles, cite, cited_line, page_src, prefix, short, summary_note, url
from .route import FIRST_KIND, act_first, lender_route
from .words import (CATEGORIES, CHANNEL_KINDS, COURT_PAPERS, LENDER_TYPES, LETTER_SEND, LEVELS, SOURCE_LEVELS, TRIAGE_UI, UI,
                    VERIFICATION)

UI_WORDS = ("summary_rule", "summary_note", "not_law", "unverified")  # the labels pages put on unverified rules


def _violation(index: Index, v: dict) -> dict:
    out = {"statute": v["statute"], "article": str(v["article"]), "level": v["level"], "applies_when": v["applies_when"],
           "cite": {lang: cite(index, v["statute"], str(v["article"]), lang, v.get("paragraph"), v.get("item")) for lang in LANGS}}
    for key in ("paragraph", "item", "not_when"):
        if key in v:
            out[key] = v[key]
    article = index.articles[(v["statute"], str(v["article"]))]
    if "text" in article and (v.get("paragraph") or v.get("item")):
        out["line"] = cited_line(article, v.get("paragraph"), v.get("item"))
    return out


def _reference(index: Index, ref: dict) -> dict:
    """statute, article, paragraph of a deadline or its counting rule, with the citation as the pages print it."""
    out = {"statute": ref["statute"], "article": str(ref["article"]),
           "cite": {lang: cite(index, ref["statute"], str(ref["article"]), lang, ref.get("paragraph")) for lang in LANGS}}
    if "paragraph" in ref:
        out["paragraph"] = ref["paragraph"]
    return out


def _deadline(index: Index, d: dict) -> dict:
    out = {"id": d["id"], "label": d["label"], "party": d["party"],
           **{unit: d[unit] for unit in ("days", "months", "years") if unit in d},
           "starts": d["starts"], "starts_event": d["starts_event"], **_reference(index, d), "consequence": d["consequence"]}
    if "counting" in d:
        out["counting"] = _reference(index, d["counting"])
    if "note" in d:
        out["note"] = d["note"]
    return out


def procedures(index: Index) -> list[dict]:
    """One record per procedure, in reading order (format in docs/about/api.md)."""
    return [{
        "id": pid, "url": url(page_src("procedures", pid)), "url_en": url(page_src("procedures", pid, "en")),
        "title": d.data["title"], "summary": d.data["summary"], "symptoms": d.data["symptoms"],
        "deadlines": [_deadline(index, x) for x in d.data["deadlines"]],
        "citations": [_violation(index, c) for c in d.data["citations"]],
        "steps": d.data["steps"], "if_nothing": d.data["if_nothing"],
        **{k: d.data[k] for k in ("what", "real_or_fake", "balance") if k in d.data},
        "related": {k: d.data["related"].get(k, []) for k in ("behaviors", "procedures", "channels")},
        "documents": d.data.get("documents", []),
        "cases": [index.case_slug(c) for c in index.procedure_cases.get(pid, [])],
    } for pid, d in in_order(index)]


def _source(source: dict | None) -> dict | None:
    """A real case's source as published: level (A, B, C) with its name, publisher, title, url, date and case numbers.
    The reference file name is left out: it names a file of the editors' reference folder, not something a reader can open."""
    if not source:
        return None
    return {"level": source["level"], "level_name": SOURCE_LEVELS[source["level"]],
            **{k: source[k] for k in ("publisher", "title", "url", "date") if k in source}, "case_numbers": source.get("case_numbers", [])}


def words(index: Index) -> dict:
    """Display names of the enumerations, the route of each lender type and the labels of unverified rules."""
    return {
        "categories": CATEGORIES, "levels": LEVELS, "verification": VERIFICATION, "channel_kinds": CHANNEL_KINDS,
        "lender_types": {lt: {**names, "route": lender_route(index, lt)} for lt, names in LENDER_TYPES.items()},
        "ui": {lang: {k: UI[lang][k] for k in UI_WORDS} for lang in LANGS},
    }


def records(index: Index) -> dict[str, list | dict]:
    behaviors = [{
        "id": bid, "url": url(page_src("behaviors", bid)), "url_en": url(page_src("behaviors", bid, "en")),
        "category": d.data["category"], "title": d.data["title"], "summary": d.data["summary"],
        "symptoms": d.data["symptoms"], "verdict": d.data["verdict"],
        "violations": [_violation(index, v) for v in d.data["violations"]],
        "evidence": d.data["evidence"], "steps": d.data["steps"], "channels": d.data["channels"],
        "channels_first": act_first(index, bid),
        "related": d.data.get("related", []),
        "cases": [index.case_slug(c) for c in index.behavior_cases.get(bid, [])],
        "procedures": index.behavior_procedures.get(bid, []),
    } for bid, d in index.behaviors.items()]
    statutes = []
    for sid, d in index.statutes.items():
        data = d.data
        articles = []
        for a in data["articles"]:
            label = str(a["label"])
            record = {"label": label, "url": url(page_src("statutes", sid)) + f"#art-{label}",
                      "behaviors": [bid for bid, _ in index.article_behaviors.get((sid, label), [])],
                      "procedures": list(dict.fromkeys(pid for pid, _ in index.article_procedures.get((sid, label), [])))}
            if "text" in a:
                record.update(number=a["number"], text=a["text"], verified=True)
            else:
                record.update(topic=a["topic"], summary=a["summary"], reported_by=a["reported_by"], verified=False)
            articles.append(record)
        statutes.append({
            "id": sid, "url": url(page_src("statutes", sid)), "title": data["title"], "title_en": data["title_en"],
            "short_title": data["short_title"], "issuer": data["issuer"], "level": data["level"],
            "version": data["version"], "effective": data["effective"], "status": data["status"],
            "superseded_by": data.get("superseded_by"), "kind": data["source"]["kind"],
            "unverified": data.get("unverified", []), "articles": articles,
            **({"summary_note": {lang: summary_note(data["level"], lang) for lang in LANGS}} if data["source"]["kind"] == "summary" else {}),
        })
    cases = [{
        "id": index.case_slug(c), "url": f"cases/{index.case_slug(c)}/", "title": c.data["title"], "date": c.data["date"],
        "behaviors": c.data["behaviors"], "lender_type": c.data["lender_type"], "provenance": c.data["provenance"]["kind"],
        "outcome": c.data.get("outcome"), "review": c.data["review"]["state"],
        "source": _source(c.data.get("source")),
        "articles": [{"statute": sid, "article": label, "cite": {lang: cite(index, sid, label, lang) for lang in LANGS},
                      "url": url(page_src("statutes", sid)) + f"#art-{label}"} for sid, label, _ in applied_articles(index, c)],
        **({"procedures": c.data["procedures"]} if "procedures" in c.data else {}),
    } for c in index.cases]
    channels = [{
        "id": cid, "url": f"channels/#ch-{cid}", **{k: d.data[k] for k in ("kind", "name", "contact", "handles", "lender_types", "verification", "verified_on", "source")},
        **({"how": d.data["how"]} if "how" in d.data else {}), **({"note": d.data["note"]} if "note" in d.data else {}),
        "behaviors": index.channel_behaviors.get(cid, []),
    } for cid, d in index.channels.items()]
    return {"behaviors": behaviors, "statutes": statutes, "cases": cases, "channels": channels,
            "procedures": procedures(index), "words": words(index),
            **{f"triage-{lang}": triage(index, lang) for lang in LANGS},
            **{f"triage-articles-{lang}": triage_articles(index, lang) for lang in LANGS}}


RULE_KINDS = {  # what a letter calls a summarised rule: never law
    "国家标准": {"zh": "推荐性国家标准", "en": "recommended national standard"},
    "行业自律规范": {"zh": "行业规范", "en": "industry rule"},
    None: {"zh": "规范", "en": "rule"},
}
PAGE_WORDS = ("violations", "applies", "not_applies", "text", "evidence", "channels", "contact", "summary_rule")


def letter_cite(index: Index, v: dict, lang: str) -> str:
    """How a letter names an article: verified law by name and number; a summarised rule as a rule (行业规范 for
    standards and industry rules) that is only reported, never as law, and never with its text."""
    statute = index.statutes[v["statute"]].data
    if statute["source"]["kind"] != "summary":
        return cite(index, v["statute"], str(v["article"]), lang, v.get("paragraph"), v.get("item"))
    topic = index.articles[(v["statute"], str(v["article"]))]["topic"][lang]
    kind = RULE_KINDS.get(statute["level"], RULE_KINDS[None])[lang]
    if lang == "zh":
        return f"{kind}《{statute['title']}》据报道关于“{topic}”的要求（未经官方文本核实）"
    return f"{kind} “{statute['title_en']}”, reportedly on {topic} (not verified against the official text)"


def _limits(index: Index, lang: str) -> list[dict]:
    """The numbers the evidence log checks entries against, from the summarised provisions that state them,
    with what the log prints about each rule."""
    out = []
    for sid, doc in index.statutes.items():
        for a in doc.data["articles"]:
            if "limits" in a:
                kind = "night" if "quiet" in a["limits"] else "answered" if a["limits"]["kinds"] == ["answered"] else "attempts"
                out.append({"id": kind, "rule": f"{sid}|{a['label']}", **a["limits"],
                            "name": f"{short(index, sid, lang)}·{a['topic'][lang]}", "summary": a["summary"][lang],
                            "title": doc.data["title" if lang == "zh" else "title_en"],
                            "note": summary_note(doc.data["level"], lang)})
    return out


def _pick(value: dict, lang: str, letters: bool = False) -> dict:
    """The page's language; and Chinese too for what goes into letters (sent in Chinese, glossed in English)."""
    return {k: value[k] for k in LANGS if k == lang or (letters and k == "zh")}


def _key(v: dict) -> str:
    return f"{v['statute']}|{v['article']}"


def triage(index: Index, lang: str) -> dict:
    """What the triage page in one language shows first, what its letters use and what its evidence log checks
    (api/v1/triage-zh.json, triage-en.json); the page fetched the four public files (0.6 MB) before.
    The articles' conditions and texts, collapsed on the page, are in triage-articles-<lang>.json, fetched when opened.
    The rules come from kb/triage.py and the words."""
    statutes = {sid: {
        "short": short(index, sid, lang), "level": d.data["level"],
        **({"lender_types": d.data["lender_types"]} if "lender_types" in d.data else {}),
    } for sid, d in index.statutes.items() if any(s == sid for s, _ in index.article_behaviors)}
    names = {}  # how letters name a summarised rule (one name per provision, whatever paragraph a behavior cites)
    behaviors = []
    for bid, d in index.behaviors.items():
        data = d.data
        violations = []
        for v in data["violations"]:
            record = {"key": _key(v), "level": v["level"],
                      "cite": cite(index, v["statute"], str(v["article"]), lang, v.get("paragraph"), v.get("item"))}
            if index.statutes[v["statute"]].data["source"]["kind"] == "summary":
                names[_key(v)] = {k: letter_cite(index, v, k) for k in LANGS if k in (lang, "zh")}
            elif lang != "zh":
                record["cite_zh"] = cite(index, v["statute"], str(v["article"]), "zh", v.get("paragraph"), v.get("item"))
            violations.append(record)
        behaviors.append({
            "id": bid, "url": url(page_src("behaviors", bid, lang)), "category": data["category"],
            "title": _pick(data["title"], lang, letters=True), "label": data["symptoms"][lang][0],
            "violations": violations, "evidence": [e[lang] for e in data["evidence"]],
            "today": [data["steps"][n - 1][lang] for n in data.get("today", [1])],
            "channels": data["channels"], "channels_first": act_first(index, bid),
            **({"unconfirmed": {"fact": _pick(data["unconfirmed"]["fact"], lang, letters=True),
                                "confirm": data["unconfirmed"]["confirm"][lang]}} if "unconfirmed" in data else {}),
        })
    channels = {cid: {
        "url": f"{prefix(lang)}channels/#ch-{cid}", "name": _pick(d.data["name"], lang, letters=True),
        **{k: d.data[k] for k in ("kind", "contact", "lender_types", "verification")},
        **({"addressee": _pick(d.data["addressee"], lang, letters=True)} if "addressee" in d.data else {}),
        **({"unverified_what": d.data["unverified_what"][lang]} if "unverified_what" in d.data else {}),
    } for cid, d in index.channels.items()}
    return {
        "behaviors": behaviors, "statutes": statutes, "names": names, "channels": channels,
        "categories": {k: v[lang] for k, v in CATEGORIES.items()},
        "levels": {k: {"name": v[lang], "slug": v["slug"]} for k, v in LEVELS.items()},
        "lender_types": {lt: {"name": names_[lang], "route": lender_route(index, lt)} for lt, names_ in LENDER_TYPES.items()},
        "rules": {"letter_kinds": list(rules.LETTER_KINDS), "uncited_levels": list(rules.UNCITED_LEVELS),
                  "accusation_levels": list(rules.ACCUSATION_LEVELS),
                  "max_citations": rules.MAX_CITATIONS, "cite_order": list(rules.CITE_ORDER), "first_kind": FIRST_KIND},
        "limits": _limits(index, lang), "send": {k: _pick(v, lang) for k, v in LETTER_SEND.items()},
        "documents": {k: (v if k == "behavior" else [{"url": p["url"], "name": p[lang]} for p in v] if k == "paths" else
                          {o: n[lang] for o, n in v.items()} if k == "options" else v[lang]) for k, v in COURT_PAPERS.items()},
        "ui": {**{k: UI[lang][k] for k in PAGE_WORDS}, **{k: v[lang] for k, v in TRIAGE_UI.items()}},
    }


def triage_articles(index: Index, lang: str) -> dict:
    """The collapsed part of the triage page: when each cited article applies and stops, and its text or summary."""
    articles = {}
    for sid, label in sorted(index.article_behaviors):
        a, statute = index.articles[(sid, label)], index.statutes[sid].data
        articles[f"{sid}|{label}"] = ({"text": a["text"]} if "text" in a else
                                      {"summary": a["summary"][lang], "note": summary_note(statute["level"], lang)})
    violations = {bid: [{"applies_when": v["applies_when"][lang], **({"not_when": v["not_when"][lang]} if "not_when" in v else {}),
                         **({"line": cited_line(index.articles[(v["statute"], str(v["article"]))], v.get("paragraph"), v.get("item"))}
                            if "text" in index.articles[(v["statute"], str(v["article"]))] and (v.get("paragraph") or v.get("item")) else {})}
                        for v in d.data["violations"]] for bid, d in index.behaviors.items()}
    return {"violations": violations, "articles": articles}
