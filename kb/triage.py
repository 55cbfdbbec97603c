"""What the triage page (act/) and its letters need from the content, and the checks that keep it safe to hand over.

The rules live here once; the exporter ships them in api/v1/triage.json and the page's modules only apply them:
which channels a letter may be addressed to, which levels letters leave out unless ticked, which words accuse
someone (a letter uses the behavior's neutral `unconfirmed.fact` until the reader ticks that they checked), and
the numbers the evidence log checks entries against (the `limits` of summarised provisions).
"""
from __future__ import annotations

from .load import Doc, Problem
from .route import ROUTE_ORDER

LETTER_KINDS = tuple(ROUTE_ORDER)  # a complaint may go to the lender, a regulator or an industry body
UNCITED_LEVELS = ("刑事",)  # criminal-law articles need conditions the reader cannot judge: cited only when ticked
ACCUSATION_LEVELS = ("刑事", "治安")  # what an unconfirmed accusation never cites: these articles presume the offence
ACCUSING = ("伪造", "变造", "冒充", "诈骗", "谎称", "非法获取", "出售")  # words that accuse someone of an offence
MAX_CITATIONS = 6  # per complaint: the strongest few, not every article of every behavior
CITE_ORDER = ("民事", "监管", "治安", "自律", "刑事")  # complaints take citations from these levels in turn


def accuses(text: str) -> list[str]:
    return [word for word in ACCUSING if word in text]


def behavior_problems(doc: Doc) -> list[Problem]:
    data, problems = doc.data, []
    for n, step in enumerate(data.get("today", [1])):
        if step > len(data["steps"]):
            problems.append(doc.problem("E420", f"today 写了第 {step} 步，但 steps 只有 {len(data['steps'])} 步", "today", n))
    words = accuses(data["title"]["zh"])
    unconfirmed = data.get("unconfirmed")
    if words and not unconfirmed:
        problems.append(doc.problem("E421", f"标题里的“{'、'.join(words)}”是指控，信里需要中性的 unconfirmed.fact", "title"))
    if unconfirmed and accuses(unconfirmed["fact"]["zh"]):
        problems.append(doc.problem("E421", f"unconfirmed.fact 里有“{'、'.join(accuses(unconfirmed['fact']['zh']))}”", "unconfirmed", "fact"))
    return problems


def channel_problems(doc: Doc) -> list[Problem]:
    data, problems = doc.data, []
    if data["verification"] != "verified" and "unverified_what" not in data:
        problems.append(doc.problem("E422", f"verification 是 {data['verification']}，但没有 unverified_what", "verification"))
    if data["kind"] in LETTER_KINDS and data["kind"] != "lender" and "addressee" not in data:
        problems.append(doc.problem("E424", f"{data['kind']} 类渠道可以收投诉信，但没有 addressee", "kind"))
    return problems


def limit_phrases(limits: dict) -> list[str]:
    """How the Chinese summary must state each number: the hours as written, a maximum as '<n> 次'."""
    return list(limits.get("quiet", [])) + ([f"{limits['max']} 次"] if "max" in limits else [])


def statute_problems(doc: Doc) -> list[Problem]:
    problems = []
    for n, article in enumerate(doc.data["articles"]):
        limits = article.get("limits")
        if not limits:
            continue
        missing = [p for p in limit_phrases(limits) if p not in article["summary"]["zh"]]
        if ("max" in limits) != ("kinds" in limits) or not ("quiet" in limits or "max" in limits):
            missing.append("quiet，或 max 和 kinds 一起")
        if missing:
            problems.append(doc.problem("E423", f"limits 的 {'、'.join(missing)} 在摘要里找不到或不完整", "articles", n, "limits"))
    return problems


def problems(doc: Doc) -> list[Problem]:
    """The triage checks of one schema-valid document."""
    return {"behavior": behavior_problems, "channel": channel_problems, "statute": statute_problems}.get(doc.kind, lambda d: [])(doc)
