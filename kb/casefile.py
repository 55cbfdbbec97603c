"""The one writer of case files: fields in canonical order, each value in one form, a comment on every field.

The scaffold (`new-case`), the issue-form conversion (`case-from-issue`) and `check --fix` all write
through `case_text`, and the checker reports any case file that differs from it (E156), so every case
file in the repository looks the same and explains its own fields to the next contributor.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

import yaml

from .words import LENDER_TYPES, PROVENANCE, SOURCE_LEVELS

# (field, comment, sub-fields) in the order of schemas/case.schema.json (a test keeps them in step).
FIELDS = [
    ("title", "标题：一句话说清发生了什么，4 到 80 个字，不写真实姓名", None),
    ("title_en", "英文标题（可以不填，整行删掉即可）", None),
    ("date", "事情发生的日期（真实案例写裁判或处罚日期），写成 'YYYY-MM-DD'，大概即可，不能晚于今天", None),
    ("behaviors", "涉及的催收行为 id，用逗号隔开；完整列表见 behaviors/ 目录或网站“我遇到了什么”", None),
    ("procedures", "涉及的法律程序 id（可以不填，整行删掉即可），例如 sued-in-court、payment-order；完整列表见 procedures/ 目录", None),
    ("articles", "法院或监管部门适用的条文（可以不填）：statutes/ 里的法规 id 和条文 label，一行一条", [
        ("statute", "法规 id", None), ("article", "条文 label", None), ("paragraph", "款", None), ("item", "项", None),
    ]),
    ("lender_type", "放贷机构类型：" + "；".join(f"{k} {v['zh']}" for k, v in LENDER_TYPES.items()), None),
    ("provenance", "来源", [
        ("kind", "来源类型：" + "；".join(f"{k} {v['zh']}" for k, v in PROVENANCE.items()), None),
        ("note", "说明故事从哪里来，例如：本人经历，已隐去姓名、电话和地址", None),
    ]),
    ("source", "出处：真实案例（official、reported、penalty）必填，其他不填", [
        ("level", "证明等级：" + "；".join(f"{k} {v['zh']}" for k, v in SOURCE_LEVELS.items()), None),
        ("publisher", "发布单位：法院、检察院、监管部门或媒体", None),
        ("title", "原文标题，照原文抄；报道没有标题就整行删掉，不要自己编", None),
        ("url", "网址（可以不填）", None),
        ("reference", "A 级必填：../shared/reference/cases/raw 里原文的文件名", None),
        ("case_numbers", "案号或文号：只抄原文印出来的，审核人对照原文核对；原文没有就整行删掉", None),
        ("date", "发布或裁判日期，写成 'YYYY-MM-DD'，只知道月份写 'YYYY-MM'；不知道就整行删掉", None),
    ]),
    ("outcome", "结果：一句话；还没有结果可以写“仍在协商”", None),
    ("review", "审核", [
        ("state", "投稿时写 unreviewed；编辑审核后改为 reviewed", None),
        ("reviewer", "审核人，reviewed 时必填", None),
    ]),
]
# Front matter: whole lines between the first line --- and the next line that is --- (the lines are matched one at a
# time, not a character at a time: at 10,000 cases that made splitting ten times faster).
FRONT = re.compile(r"\A---[ \t]*\r?\n((?:.*\r?\n)*?)---[ \t]*(\r?\n|\Z)")


def _reads_back(text: str, value) -> bool:
    try:
        return yaml.safe_load("k: " + text) == {"k": value}
    except yaml.YAMLError:
        return False


# Text made only of these characters, starting with a letter, digit or CJK character, is plain YAML text as it
# stands, so it is written without asking the (slow, pure-Python) YAML emitter: most case fields look like this.
# General punctuation (“”‘’—…) and the middle dot are plain too.
_TEXT_CHARS = "0-9A-Za-z\u00b7\u2010-\u2027\u2030-\u205e\u3000-\u303f\u3400-\u9fff\uff01-\uff5e"
_PLAIN = re.compile(f"[{_TEXT_CHARS}][{_TEXT_CHARS} ._()/+\\-]*(?<! )")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_resolver = yaml.resolver.Resolver()


def _plain(value) -> str | None:
    """The value as written in canonical form, if it needs no quoting; None if the YAML emitter must decide."""
    if isinstance(value, str) and _PLAIN.fullmatch(value):
        if _resolver.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str":
            return value
        return f"'{value}'" if _DATE.fullmatch(value) else None
    if isinstance(value, list) and value:
        items = [_plain(v) for v in value]
        return None if None in items else f"[{', '.join(items)}]"
    return None


def _scalar(value) -> str:
    """One value on one line: plain where YAML allows, quoted where plain text would change its meaning."""
    return _text(value) if isinstance(value, str) else _written(value)


@lru_cache(maxsize=4096)
def _text(value: str) -> str:
    """_written for text, remembered: many fields repeat across case files (review state, provenance note)."""
    return _written(value)


def _written(value) -> str:
    fast = _plain(value)
    if fast is not None:
        return fast
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1 << 20, sort_keys=False)
    text = text.removesuffix("\n").removesuffix("\n...")
    for fallback in (False, True):  # text YAML would fold or trim: a double-quoted (JSON) string, then all-ASCII
        if "\n" not in text and _reads_back(text, value):
            break
        text = json.dumps(value, ensure_ascii=fallback)
    return text


def _mapping(data: dict, fields, indent: str) -> list[str]:
    out = []
    known = {name for name, _, _ in fields}
    for name, comment, sub in fields:
        if name not in data:
            continue
        out.append(f"{indent}# {comment}")
        value = data[name]
        if sub is not None and isinstance(value, dict):
            out.append(f"{indent}{name}:")
            out += _mapping(value, sub, indent + "  ")
        elif sub is not None and isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            out.append(f"{indent}{name}:")  # one item a line, its keys in canonical order
            order = [n for n, _, _ in sub]
            out += [f"{indent}- {_scalar(dict(sorted(v.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))))}" for v in value]
        else:
            out.append(f"{indent}{name}: {_scalar(value)}")
    for name, value in data.items():  # fields the schema does not know (reported as E110) are kept, last
        if name not in known:
            out.append(f"{indent}{_scalar(name)}: {_scalar(value)}")
    return out


def front_matter(data: dict) -> str:
    """The canonical YAML of a case's front matter, without the --- lines."""
    return "\n".join(_mapping(data, FIELDS, "")) + "\n"


def case_text(data: dict, body: str) -> str:
    """A whole case file: front matter, one blank line, the body ending in one newline."""
    return f"---\n{front_matter(data)}---\n\n{body.strip(chr(10) + chr(13) + ' ')}\n"


def split(text: str) -> tuple[str, str] | None:
    """(front matter, body) of a case file's text, or None without front matter."""
    match = FRONT.match(text)
    return None if match is None else (match.group(1) or "", text[match.end():])
