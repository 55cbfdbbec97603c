"""Files kept in the repository but written from the code, so they never drift from it:
the tables in CONTRIBUTING.md (check codes, case fields), the case template and the GitHub issue form.

`python -m kb generate` rewrites them; `python -m kb generate --check` (run by the tests) fails when one is stale.
"""
from __future__ import annotations

import re
from pathlib import Path

from . import issueform
from .casefile import FIELDS, case_text
from .link import Index
from .newcase import case_body, case_data
from .rules import RULES

CONTRIBUTING = "CONTRIBUTING.md"
TEMPLATE = "docs/cases/_template.md"
EXAMPLE = {  # the answers shown in the template: every field filled, so that none is forgotten
    "title": "一句话说清发生了什么（不写真实姓名）", "title_en": "One line in English (optional)", "date": "2025-01-01",
    "behaviors": ["night-calls", "contacting-family"], "lender_type": "platform", "kind": "contributed",
    "note": "本人经历，已隐去姓名、电话和地址", "outcome": "一句话结果，例如：投诉后深夜来电停止，协商分12期还款",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def codes_table(lang: str) -> str:
    if lang == "zh":
        rows = ["| 代码 | 级别 | 问题 | 怎么改 |", "|---|---|---|---|"]
        rows += [f"| {r.code} | {'错误' if r.blocking else '提醒'} | {_cell(r.title)} | {_cell(r.fix)} |" for r in RULES.values()]
    else:
        rows = ["| Code | Kind | Problem | How to fix |", "|---|---|---|---|"]
        rows += [f"| {r.code} | {'error' if r.blocking else 'warning'} | {_cell(r.title_en)} | {_cell(r.fix_en)} |" for r in RULES.values()]
    return "\n".join(rows)


def fields_table() -> str:
    rows = ["| 字段 | 说明 |", "|---|---|"]
    for name, comment, sub in FIELDS:
        rows.append(f"| `{name}` | {_cell(comment)} |")
        rows += [f"| `{name}.{s}` | {_cell(c)} |" for s, c, _ in sub or []]
    return "\n".join(rows)


def _fill(text: str, name: str, content: str) -> str:
    """Replace what lies between <!-- kb:name --> and <!-- /kb:name -->."""
    pattern = re.compile(rf"(<!-- kb:{name} -->\n)(?:.*?\n)?(<!-- /kb:{name} -->)", re.S)
    if not pattern.search(text):
        raise ValueError(f"{CONTRIBUTING} has no <!-- kb:{name} --> … <!-- /kb:{name} --> markers")
    return pattern.sub(lambda m: m.group(1) + content + "\n" + m.group(2), text)


def outputs(root: Path, index: Index) -> dict[str, str]:
    """Every generated file: its path under root and the text it should have."""
    text = (root / CONTRIBUTING).read_text(encoding="utf-8")
    for name, content in (("codes-zh", codes_table("zh")), ("codes-en", codes_table("en")), ("case-fields", fields_table())):
        text = _fill(text, name, content)
    template = "<!-- 复制为 docs/cases/<年份>-<英文短名>.md 再填写，或者运行 make new-case。 -->\n\n" + case_body(EXAMPLE)
    return {CONTRIBUTING: text, issueform.PATH: issueform.form(index), TEMPLATE: case_text(case_data(EXAMPLE), template)}


def stale(root: Path, index: Index) -> dict[str, str]:
    """The generated files whose text differs from what is committed."""
    return {path: text for path, text in outputs(root, index).items()
            if not (root / path).exists() or (root / path).read_text(encoding="utf-8") != text}
