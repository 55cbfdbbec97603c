"""The machine-readable export served at api/v1/*.json (format documented in docs/about/api.md)."""
from __future__ import annotations

from .link import Index
from .procedures import in_order
from .render import LANGS, applied_articles, cite, cited_line, page_src, summary_note, url
from .route import act_first, lender_route
from .words import CATEGORIES, CHANNEL_KINDS, LENDER_TYPES, LEVELS, SOURCE_LEVELS, UI, VERIFICATION

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
            "procedures": procedures(index), "words": words(index)}
