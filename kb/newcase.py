"""Create a case file from answers: asked one by one (`new-case`), given as flags, or read from an issue form.

Every path ends in `create`, which writes through kb/casefile.py, runs the whole check and keeps the
file only if it has no blocking error. It never overwrites a file.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .casefile import case_text
from .check import check
from .load import LAYOUT, Problem
from .validate import CASE_NAME, schema_findings
from .words import PROVENANCE

KINDS = ["contributed", "reported"]  # editors write illustrative cases, and official cases and penalties from the reference texts
# Answers about a reported ruling's source, by the key of the front matter's source field they fill.
SOURCE_ANSWERS = {"publisher": "publisher", "title": "source_title", "url": "url", "date": "source_date"}
SOURCE_REQUIRED = ("publisher", "source_title", "source_date")
GUIDE = {  # shown as HTML comments in the body when the contributor has not written that part yet
    "story": "写时间、放贷机构类型、催收方说了什么、做了什么。用“小李”“某公司”“138****0000”代替真实信息。",
    "response": "写你怎么做的：核实欠款、保存了哪些证据（录音、截图、通话记录）、协商、投诉或报警，以及结果。",
}


class Refused(Exception):
    """The answers cannot make a case file; the message says why, in Chinese."""


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")


def answer_problems(values: dict, behaviors: set[str], today: dt.date) -> dict[str, str]:
    """What is wrong with each answer given so far, by field, so that a prompt can ask again. The case schema
    judges the form of each answer; what it cannot know (today's date, the behaviors that exist, what a
    contributor may choose, the file name) is checked here."""
    wrong = {}
    for code, message, keys in schema_findings("case", case_data(values)):
        field = keys[1] if keys[:1] == ("provenance",) and len(keys) > 1 else keys[0] if keys else ""
        if keys[:1] == ("source",) and len(keys) > 1:
            field = SOURCE_ANSWERS.get(keys[1], "")
        if code != "E111" and field in values:
            wrong.setdefault(field, message)
    date = values.get("date", "")
    try:
        if dt.date.fromisoformat(date) > today:
            raise ValueError
    except ValueError:
        wrong.setdefault("date", f"日期写成 YYYY-MM-DD，例如 2025-03-01，不能晚于今天（{today}）")
    ids = values.get("behaviors", [])
    unknown = [b for b in ids if b not in behaviors]
    if not ids or unknown:
        wrong["behaviors"] = (f"不认识：{', '.join(unknown)}。" if unknown else "至少写一个。") + "可用的行为 id：" + ", ".join(sorted(behaviors))
    if values.get("kind") not in KINDS:
        wrong["kind"] = "从这些里选一个：" + ", ".join(KINDS)
    if values.get("kind") == "reported":
        for field in SOURCE_REQUIRED:
            if not values.get(field):
                wrong[field] = "别人报道的判决要写出处：报道或发布单位、标题和日期，审核人会对照原文核对"
    if not CASE_NAME.match(f"0000-{values.get('slug', '')}.md"):  # the year comes from the date, checked above
        wrong["slug"] = "英文短名只用小写字母、数字和连字符，例如 night-calls-2"
    return wrong


def case_data(values: dict) -> dict:
    """Front matter from the answers given so far (a prompt checks them before all are in)."""
    data = {k: values[k] for k in ("title", "date", "behaviors", "lender_type") if k in values}
    if values.get("title_en"):
        data["title_en"] = values["title_en"]
    provenance = {"kind": values["kind"]} if "kind" in values else {}
    provenance["note"] = values.get("note") or "投稿人自述，已隐去姓名、电话和地址"
    data["provenance"] = provenance
    if values.get("kind") == "reported":  # level C until a reviewer has read the source and raised it
        data["source"] = {"level": "C", **{key: values[answer] for key, answer in SOURCE_ANSWERS.items() if values.get(answer)}}
    if values.get("outcome"):
        data["outcome"] = values["outcome"]
    data["review"] = {"state": "unreviewed"}
    return data


def case_body(values: dict) -> str:
    parts = [f"# {values['title']}"]
    for key, heading in (("story", "发生了什么"), ("response", "怎么做有用")):
        parts.append(f"## {heading}")
        parts.append(values.get(key, "").strip() or f"<!-- {GUIDE[key]} -->")
    if values.get("case_number"):  # not shown until checked: a number reaches source.case_numbers only from the source text
        parts.append(f"<!-- 投稿人给出的案号或文号：{values['case_number'].replace('--', '')}。审核人对照原文核对后写进 source.case_numbers，核对前不显示。 -->")
    return "\n\n".join(parts)


def target(root: Path, values: dict) -> Path:
    return root / LAYOUT["case"][0] / f"{values['date'][:4]}-{values['slug']}.md"


def create(root: Path, values: dict, today: dt.date | None = None) -> tuple[Path, list[Problem]]:
    """Write the case file. Returns its path and the warnings; raises Refused on any blocking problem."""
    today = today or dt.date.today()
    result = check(root, today=today)
    wrong = answer_problems(values, set(result.index.behaviors), today)
    if wrong:
        raise Refused("\n".join(f"{key}: {why}" for key, why in wrong.items()))
    path = target(root, values)
    if path.exists():
        raise Refused(f"{path.relative_to(root)} 已经存在，不会覆盖。请换一个英文短名（--slug）。")
    path.write_text(case_text(case_data(values), case_body(values)), encoding="utf-8")
    shown = path.relative_to(root).as_posix()
    mine = [p for p in check(root, today=today).problems if p.path == shown]
    if any(p.blocking for p in mine):
        path.unlink()
        raise Refused("\n".join(str(p) for p in mine) + "\n（文件没有保存。）")
    return path, mine
