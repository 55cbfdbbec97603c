"""Cross-references, both ways: behavior → article, article → behaviors, case → behaviors → articles.

Every id one file names in another must exist; unknown ids are errors, never skipped.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .load import Doc, Problem

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

    def case_slug(self, case: Doc) -> str:
        return case.path.rsplit("/", 1)[-1][:-3]


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
            problems.append(doc.problem("E120", f"{kind} id '{ident}' is already used by {target[ident].path}", "id"))
            continue
        target[ident] = doc


def _check_violation(index: Index, doc: Doc, n: int, violation: dict, problems: list) -> bool:
    sid, label = violation.get("statute"), str(violation.get("article"))
    paragraph, item = violation.get("paragraph"), violation.get("item")
    if not isinstance(sid, str) or not all(isinstance(x, (int, type(None))) for x in (paragraph, item)):
        return False  # malformed: the schema check has reported it
    where = ("violations", n)
    statute = index.statutes.get(sid)
    if statute is None:
        problems.append(doc.problem("E130", f"statute '{sid}' does not exist", *where, "statute"))
        return False
    if (sid, label) not in index.articles:
        known = ", ".join(str(a.get("label")) for a in statute.data.get("articles", []))
        problems.append(doc.problem("E131", f"{sid} has no article '{label}' (it has: {known})", *where, "article"))
        return False
    if statute.data.get("status") == "已修订":
        problems.append(doc.problem("E135", f"{sid} is superseded by {statute.data.get('superseded_by')}", *where, "statute"))
    article = index.articles[(sid, label)]
    if (paragraph or item) and "text" not in article:
        problems.append(doc.problem("E132", f"{sid} {label} is a summary; it has no paragraphs or items", *where))
    elif paragraph or item:
        paras = paragraphs(article["text"])
        p = paragraph or 1
        if p > len(paras):
            problems.append(doc.problem("E132", f"{article['number']} has {len(paras)} paragraph(s), not {p}", *where, "paragraph"))
        elif item and item > len(paras[p - 1]) - 1:
            problems.append(doc.problem("E132", f"{article['number']} paragraph {p} has {len(paras[p - 1]) - 1} item(s), not {item}", *where, "item"))
    return True


def link(statutes, behaviors, channels, cases) -> tuple[Index, list[Problem]]:
    index, problems = Index(), []
    _register(statutes, "statute", index.statutes, problems)
    _register(behaviors, "behavior", index.behaviors, problems)
    _register(channels, "channel", index.channels, problems)
    for sid, doc in index.statutes.items():
        for article in _items(doc.data.get("articles")):
            if isinstance(article, dict) and "label" in article:
                index.articles[(sid, str(article["label"]))] = article
    for sid, doc in index.statutes.items():
        successor = doc.data.get("superseded_by")
        if successor is not None and (not isinstance(successor, str) or successor not in index.statutes):
            problems.append(doc.problem("E130", f"superseded_by names unknown statute '{successor}'", "superseded_by"))
        for n, article in enumerate(_items(doc.data.get("articles"))):
            old = article.get("replaces") if isinstance(article, dict) else None
            if old is None:
                continue
            predecessors = [s for s, d in index.statutes.items() if d.data.get("superseded_by") == sid]
            if not any((p, str(old)) in index.articles for p in predecessors):
                problems.append(doc.problem("E136", f"no superseded statute of {sid} has article '{old}'", "articles", n, "replaces"))

    for bid, doc in index.behaviors.items():
        data = doc.data
        for n, violation in enumerate(_items(data.get("violations"))):
            if isinstance(violation, dict) and _check_violation(index, doc, n, violation, problems):
                index.article_behaviors[(violation["statute"], str(violation["article"]))].append((bid, violation))
        for n, cid in enumerate(_ids(data.get("channels"))):
            if cid not in index.channels:
                problems.append(doc.problem("E134", f"channel '{cid}' does not exist", "channels", n))
            else:
                index.channel_behaviors[cid].append(bid)
        for n, other in enumerate(_ids(data.get("related"))):
            if other not in index.behaviors:
                problems.append(doc.problem("E133", f"related behavior '{other}' does not exist", "related", n))
        levels = {str(v.get("level")) for v in _items(data.get("violations")) if isinstance(v, dict)}
        for n, verdict in enumerate(_items(data.get("verdict"))):
            if isinstance(verdict, dict) and str(verdict.get("level")) not in levels:
                problems.append(doc.problem("W201", f"verdict at level {verdict.get('level')} but no violation has that level", "verdict", n))

    index.cases = sorted((c for c in cases if isinstance(c.data, dict)), key=lambda c: (str(c.data.get("date", "")), c.path), reverse=True)
    for case in index.cases:
        cited: dict = {}  # the articles this case cites through its behaviors, each once, in order
        for n, bid in enumerate(_ids(case.data.get("behaviors"))):
            if bid not in index.behaviors:
                problems.append(case.problem("E133", f"behavior '{bid}' does not exist", "behaviors", n))
                continue
            index.behavior_cases[bid].append(case)
            for violation in _items(index.behaviors[bid].data.get("violations")):
                key = (violation.get("statute"), str(violation.get("article"))) if isinstance(violation, dict) else None
                if isinstance(key, tuple) and isinstance(key[0], str) and key in index.articles:
                    cited[key] = True
        for key in cited:
            index.article_cases[key].append(case)
    for bid, doc in index.behaviors.items():
        if not index.behavior_cases.get(bid):
            problems.append(doc.problem("W200", f"no case shows behavior '{bid}'", "id"))
    return index, problems
