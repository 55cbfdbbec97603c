"""Cross-references, both ways: behavior → article, article → behaviors, case → behaviors → articles,
procedure → articles, behaviors, procedures and channels (and back).

Every id one file names in another must exist; unknown ids are errors, never skipped.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .load import Doc, Problem
from .words import REAL

_ITEM_LINE = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")


def paragraphs(text: str) -> list[list[str]]:
    """Split article text into paragraphs (款), each a list: the paragraph line, then its items (项)."""
    result: list[list[str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if _ITEM_LINE.match(line) and result:
            result[-1].append(line)
        else:
            result.append([line])
    return result


@dataclass
class Index:
    statutes: dict = field(default_factory=dict)   # id -> Doc
    articles: dict = field(default_factory=dict)   # (statute id, label) -> article dict
    behaviors: dict = field(default_factory=dict)  # id -> Doc
    channels: dict = field(default_factory=dict)   # id -> Doc
    cases: list = field(default_factory=list)      # Docs, newest first
    article_behaviors: dict = field(default_factory=lambda: defaultdict(list))  # (sid, label) -> [(behavior id, violation)]
    behavior_cases: dict = field(default_factory=lambda: defaultdict(list))     # behavior id -> [case Doc]
    article_cases: dict = field(default_factory=lambda: defaultdict(list))      # (sid, label) -> [case Doc]
    channel_behaviors: dict = field(default_factory=lambda: defaultdict(list))  # channel id -> [behavior id]
    procedures: dict = field(default_factory=dict)  # id -> Doc
    article_procedures: dict = field(default_factory=lambda: defaultdict(list))  # (sid, label) -> [(procedure id, citation)]
    behavior_procedures: dict = field(default_factory=lambda: defaultdict(list))  # behavior id -> [procedure id]
    procedure_cases: dict = field(default_factory=lambda: defaultdict(list))      # procedure id -> [case Doc]
    shared_html: dict = field(default_factory=dict)  # HTML that many pages share, made once: key -> markup (render.py)

    def case_slug(self, case: Doc) -> str:
        return case.path.rsplit("/", 1)[-1][:-3]


def is_real(case: Doc) -> bool:
    """Whether a case is a real, sourced one (official, reported or penalty), not an illustrative or contributed story."""
    provenance = case.data.get("provenance") if isinstance(case.data, dict) else None
    return isinstance(provenance, dict) and provenance.get("kind") in REAL


_TITLE_NOISE = re.compile(r"[\s\W_]+")  # titles that differ only in spaces and punctuation are the same title


def _items(value) -> list:
    """A list as written; anything else (already reported by the schema check) counts as empty."""
    return value if isinstance(value, list) else []


def _ids(value) -> list:
    return [v if isinstance(v, str) else "" for v in _items(value)]


def _register(docs, kind: str, target: dict, problems: list):
    for doc in docs:
        ident = doc.data.get("id") if isinstance(doc.data, dict) else None
        if not isinstance(ident, str):
            continue
        if ident in target:
            problems.append(doc.problem("E120", f"id {ident} 已经被 {target[ident].path} 用了", "id"))
            continue
        target[ident] = doc


def _check_violation(index: Index, doc: Doc, n: int, violation: dict, problems: list, unreadable, field: str = "violations",
                     where: tuple = ()) -> bool:
    """Whether a citation (a behavior's violation, an article a case applied, or a procedure's citation, deadline or
    counting rule) names an existing article; where: its keys in the document, when not (field, n)."""
    sid, label = violation.get("statute"), str(violation.get("article"))
    paragraph, item = violation.get("paragraph"), violation.get("item")
    if not isinstance(sid, str) or not all(isinstance(x, (int, type(None))) for x in (paragraph, item)):
        return False  # malformed: the schema check has reported it
    where = where or (field, n)
    statute = index.statutes.get(sid)
    if statute is None and ("statute", sid) in unreadable:
        return False
    if statute is None:
        problems.append(doc.problem("E130", f"没有 id 为 {sid} 的法规", *where, "statute"))
        return False
    if (sid, label) not in index.articles:
        known = ", ".join(str(a.get("label")) for a in statute.data.get("articles", []))
        problems.append(doc.problem("E131", f"{sid} 没有 label 为 {label} 的条文（已有：{known}）", *where, "article"))
        return False
    if statute.data.get("status") == "已修订":
        problems.append(doc.problem("E135", f"{sid} 已被 {statute.data.get('superseded_by')} 取代", *where, "statute"))
    article = index.articles[(sid, label)]
    if (paragraph or item) and "text" not in article:
        problems.append(doc.problem("E132", f"{sid} 第 {label} 条只有摘要，没有款和项", *where))
    elif paragraph or item:
        paras = paragraphs(article["text"])
        p = paragraph or 1
        if p > len(paras):
            problems.append(doc.problem("E132", f"{article['number']}只有 {len(paras)} 款，没有第 {p} 款", *where, "paragraph"))
        elif item and item > len(paras[p - 1]) - 1:
            problems.append(doc.problem("E132", f"{article['number']}第 {p} 款只有 {len(paras[p - 1]) - 1} 项，没有第 {item} 项", *where, "item"))
    return True


def _link_procedures(index: Index, problems: list, unreadable) -> None:
    """A procedure's citations, deadlines (and their counting rule) and related ids must all exist."""
    for pid, doc in index.procedures.items():
        data = doc.data
        for n, citation in enumerate(_items(data.get("citations"))):
            if isinstance(citation, dict) and _check_violation(index, doc, n, citation, problems, unreadable, where=("citations", n)):
                index.article_procedures[(citation["statute"], str(citation["article"]))].append((pid, citation))
        cited = {(c.get("statute"), str(c.get("article"))) for c in _items(data.get("citations")) if isinstance(c, dict)}
        for n, deadline in enumerate(_items(data.get("deadlines"))):
            if not isinstance(deadline, dict):
                continue
            refs = [(deadline, ("deadlines", n))]
            if isinstance(deadline.get("counting"), dict):
                refs.append((deadline["counting"], ("deadlines", n, "counting")))
            for ref, where in refs:  # each period's source is shown on the page with its text, and lists the procedure
                if _check_violation(index, doc, n, ref, problems, unreadable, where=where) and (ref["statute"], str(ref["article"])) not in cited:
                    problems.append(doc.problem("E301", f"{ref['statute']} 第 {ref['article']} 条没有列在 citations 里", *where, "article"))
        related = data.get("related") if isinstance(data.get("related"), dict) else {}
        for n, bid in enumerate(_ids(related.get("behaviors"))):
            if bid not in index.behaviors:
                if ("behavior", bid) not in unreadable:
                    problems.append(doc.problem("E133", f"related.behaviors 里的行为 {bid} 不存在", "related", "behaviors", n))
            else:
                index.behavior_procedures[bid].append(pid)
        for n, other in enumerate(_ids(related.get("procedures"))):
            if other not in index.procedures and ("procedure", other) not in unreadable:
                problems.append(doc.problem("E300", f"related.procedures 里的程序 {other} 不存在", "related", "procedures", n))
        for n, cid in enumerate(_ids(related.get("channels"))):
            if cid not in index.channels and ("channel", cid) not in unreadable:
                problems.append(doc.problem("E134", f"没有 id 为 {cid} 的投诉渠道", "related", "channels", n))


def _article_key(violation) -> tuple | None:
    """(statute, article) that a violation or citation names, or None when it names none readable."""
    if isinstance(violation, dict) and isinstance(violation.get("statute"), str):
        return violation["statute"], str(violation.get("article"))
    return None


def link(statutes, behaviors, channels, cases, unreadable=frozenset(), procedures=()) -> tuple[Index, list[Problem]]:
    """The index and every broken reference; references to (kind, id) in unreadable, files whose own error is
    reported already, are not reported again as unknown."""
    index, problems = Index(), []
    _register(statutes, "statute", index.statutes, problems)
    _register(behaviors, "behavior", index.behaviors, problems)
    _register(channels, "channel", index.channels, problems)
    _register(procedures, "procedure", index.procedures, problems)
    for sid, doc in index.statutes.items():
        for article in _items(doc.data.get("articles")):
            if isinstance(article, dict) and "label" in article:
                index.articles[(sid, str(article["label"]))] = article
    for sid, doc in index.statutes.items():
        successor = doc.data.get("superseded_by")
        if successor is not None and (not isinstance(successor, str) or (successor not in index.statutes and ("statute", successor) not in unreadable)):
            problems.append(doc.problem("E130", f"superseded_by 写的法规 {successor} 不存在", "superseded_by"))
        for n, article in enumerate(_items(doc.data.get("articles"))):
            old = article.get("replaces") if isinstance(article, dict) else None
            if old is None:
                continue
            predecessors = [s for s, d in index.statutes.items() if d.data.get("superseded_by") == sid]
            if not any((p, str(old)) in index.articles for p in predecessors):
                problems.append(doc.problem("E136", f"被 {sid} 取代的旧法规里没有第 {old} 条", "articles", n, "replaces"))

    for bid, doc in index.behaviors.items():
        data = doc.data
        for n, violation in enumerate(_items(data.get("violations"))):
            if isinstance(violation, dict) and _check_violation(index, doc, n, violation, problems, unreadable):
                index.article_behaviors[(violation["statute"], str(violation["article"]))].append((bid, violation))
        for n, cid in enumerate(_ids(data.get("channels"))):
            if cid not in index.channels and ("channel", cid) not in unreadable:
                problems.append(doc.problem("E134", f"没有 id 为 {cid} 的投诉渠道", "channels", n))
            elif cid in index.channels:
                index.channel_behaviors[cid].append(bid)
        for n, other in enumerate(_ids(data.get("related"))):
            if other not in index.behaviors and ("behavior", other) not in unreadable:
                problems.append(doc.problem("E133", f"related 里的行为 {other} 不存在", "related", n))
        levels = {str(v.get("level")) for v in _items(data.get("violations")) if isinstance(v, dict)}
        for n, verdict in enumerate(_items(data.get("verdict"))):
            if isinstance(verdict, dict) and str(verdict.get("level")) not in levels:
                problems.append(doc.problem("W201", f"verdict 有 {verdict.get('level')} 层级，但 violations 里没有这个层级", "verdict", n))

    _link_procedures(index, problems, unreadable)
    # Real cases first, then the rest; newest first within each.
    index.cases = sorted((c for c in cases if isinstance(c.data, dict)), key=lambda c: (is_real(c), str(c.data.get("date", "")), c.path), reverse=True)
    applied: dict = defaultdict(list)  # (sid, label) -> cases whose decision applied the article: listed first
    for case in index.cases:
        for n, citation in enumerate(_items(case.data.get("articles"))):
            if isinstance(citation, dict) and _check_violation(index, case, n, citation, problems, unreadable, "articles"):
                key = (citation["statute"], str(citation["article"]))
                if case not in applied[key]:
                    applied[key].append(case)
    for key, users in applied.items():
        index.article_cases[key].extend(users)
    violated = {bid: [key for key in map(_article_key, _items(doc.data.get("violations"))) if key in index.articles]
                for bid, doc in index.behaviors.items()}  # the articles each behavior cites, worked out once
    for case in index.cases:
        cited: dict = {}  # the articles this case cites through its behaviors, each once, in order
        for n, bid in enumerate(_ids(case.data.get("behaviors"))):
            if bid not in index.behaviors:
                if ("behavior", bid) not in unreadable:
                    problems.append(case.problem("E133", f"没有 id 为 {bid} 的行为", "behaviors", n))
                continue
            index.behavior_cases[bid].append(case)
            cited.update(dict.fromkeys(violated[bid], True))
        for key in cited:
            if case not in applied.get(key, []):
                index.article_cases[key].append(case)
        for n, pid in enumerate(_ids(case.data.get("procedures"))):
            if pid not in index.procedures:
                if ("procedure", pid) not in unreadable:
                    problems.append(case.problem("E300", f"没有 id 为 {pid} 的程序", "procedures", n))
            else:
                index.procedure_cases[pid].append(case)
    titles: dict = {}
    for case in sorted(index.cases, key=lambda c: c.path):
        title = case.data.get("title")
        if isinstance(title, str):
            key = _TITLE_NOISE.sub("", title).lower()
            if key in titles:
                problems.append(case.problem("E155", f"标题和 {titles[key].path} 的“{titles[key].data['title']}”相同", "title"))
            titles.setdefault(key, case)
    for bid, doc in index.behaviors.items():
        if not index.behavior_cases.get(bid):
            problems.append(doc.problem("W200", f"还没有案例体现行为 {bid}", "id"))
    return index, problems
