"""Per-file checks: JSON Schema, ids, statute text against the corpus, case conventions.

Cross-references between files are checked in link.py.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from itertools import accumulate
import json
import re
from functools import lru_cache
from pathlib import Path

import fastjsonschema
import jsonschema

from .corpus import Corpus, article_number, normalise
from .casefile import case_text
from .casesource import CaseReference, source_problems
from .load import Doc, Problem
from .privacy import findings
from . import triage

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
CASE_NAME = re.compile(r"^[0-9]{4}-[a-z0-9]+(-[a-z0-9]+)*\.md$")


def _inline(node, schemas: dict, here: str):
    """The schema with every $ref replaced by what it points to (its sibling keywords kept), so that validating
    does not resolve references again for every document: at 10,000 cases that was most of the check's time."""
    if isinstance(node, list):
        return [_inline(n, schemas, here) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name, _, pointer = node["$ref"].partition("#")
        name = name or here
        target = schemas[name]
        for part in pointer.strip("/").split("/"):
            target = target[part]
        notes = {k: v for k, v in node.items() if k in ("description", "$comment")}
        also = {k: v for k, v in node.items() if k not in notes and k != "$ref"}
        if also:  # keywords beside $ref apply as well as the target's: keep both
            return {"allOf": [_inline(target, schemas, name), _inline(also, schemas, here)], **notes}
        return {**_inline(target, schemas, name), **notes}
    return {k: (v if k == "$defs" else _inline(v, schemas, here)) for k, v in node.items()}


@lru_cache(maxsize=None)
def validator(kind: str) -> jsonschema.Draft202012Validator:
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMA_DIR.glob("*.schema.json")}
    name = f"{kind}.schema.json"
    # The format checker makes "format": "date" a real calendar check (2026-02-30 fails), not only a pattern.
    return jsonschema.Draft202012Validator(_inline(schemas[name], schemas, name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


# Keywords that fastjsonschema and jsonschema read alike (formats are checked by jsonschema's own format checker in
# both). A schema with any other keyword is validated by jsonschema alone, so that the quick test can never pass
# what jsonschema would reject.
_QUICK_KEYWORDS = {"type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "minLength",
                   "maxLength", "enum", "const", "pattern", "uniqueItems", "minimum", "maximum", "oneOf", "anyOf", "allOf",
                   "if", "then", "else", "not", "format", "description", "title", "$schema", "$id", "$comment"}
_SUBSCHEMAS = {"items", "additionalProperties", "if", "then", "else", "not"}
_SCHEMA_LISTS = {"oneOf", "anyOf", "allOf"}
_SCHEMA_MAPS = {"properties"}


def _subschemas(node):
    """A schema and every schema inside it ($defs are inlined where they are used)."""
    yield node
    for key, value in node.items():
        if key in _SUBSCHEMAS and isinstance(value, dict):
            yield from _subschemas(value)
        elif key in _SCHEMA_LISTS:
            for sub in value:
                yield from _subschemas(sub)
        elif key in _SCHEMA_MAPS:
            for sub in value.values():
                yield from _subschemas(sub)


@lru_cache(maxsize=None)
def quick_test(kind: str):
    """Whether a document is valid, by the schema compiled once into Python code (fastjsonschema): about 14 times
    faster than jsonschema, which is then asked only about the documents that fail, to say what is wrong.
    None when the schema uses a keyword outside _QUICK_KEYWORDS, or when fastjsonschema refuses it (it rejects
    some schemas jsonschema takes, such as a required field that additionalProperties forbids)."""
    full = validator(kind)
    schema = {k: v for k, v in full.schema.items() if k != "$defs"}  # inlined where used; never fetched
    nodes = list(_subschemas(schema))
    if not set().union(*nodes) <= _QUICK_KEYWORDS:
        return None
    checker = full.format_checker or jsonschema.FormatChecker(formats=())  # no checker: formats are only notes
    formats = {n["format"]: (lambda value, name=n["format"]: checker.conforms(value, name)) for n in nodes if "format" in n}
    try:
        compiled = fastjsonschema.compile(schema, handlers={}, formats=formats, use_default=False)
    except fastjsonschema.JsonSchemaDefinitionException:
        return None

    def valid(data) -> bool:
        try:
            compiled(data)
        except fastjsonschema.JsonSchemaException:
            return False
        return True
    return valid


def _leaves(error):
    """The most specific errors under a oneOf/anyOf/if-then, so messages point at the real field."""
    if error.context:
        for sub in error.context:
            yield from _leaves(sub)
    else:
        yield error


_TYPES = {"string": "文字", "array": "列表", "object": "一组字段", "integer": "整数", "number": "数字", "boolean": "true 或 false"}


_PATTERNS = {  # the patterns of schemas/common.schema.json, explained
    "^[a-z0-9]+([-_][a-z0-9]+)*$": "只能用小写字母、数字和连字符，例如 night-calls",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "要写成 YYYY-MM-DD，例如 '2025-03-01'",
}


def _invalid(error) -> str:
    """What is wrong with a value, in Chinese, for the schema keywords the content uses."""
    value, rule = error.validator_value, error.validator
    shown = repr(error.instance)[:60]
    if rule == "enum":
        return f"{shown} 不在可选范围内，可选：{' / '.join(map(str, value))}"
    if rule == "const":
        return f"{shown} 应为 {value}"
    if rule == "type":
        wanted = value if isinstance(value, list) else [value]
        return f"{shown} 应为{'或'.join(_TYPES.get(t, t) for t in wanted)}"
    if rule == "minLength":
        return "不能为空" if value <= 1 else f"太短，至少 {value} 个字"
    if rule == "maxLength":
        return f"太长（{len(error.instance)} 个字），最多 {value} 个字"
    if rule == "minItems":
        return f"至少要有 {value} 项"
    if rule == "maxItems":
        return f"最多 {value} 项"
    if rule == "uniqueItems":
        return "列表里有重复的项"
    if rule == "format" and value == "date":
        return f"{shown} 不是日历上的日期（月份 01–12，日子要在这个月里有，例如没有 2 月 30 日）"
    if rule == "pattern":
        return f"{shown} 格式不对，{_PATTERNS.get(value, '要符合 ' + value)}"
    return error.message[:200]


def schema_findings(kind: str, data) -> list[tuple[str, str, tuple]]:
    """(code, message, keys of the field) for every way data breaks the schema of kind."""
    quick = quick_test(kind)
    if quick is not None and quick(data):
        return []
    found = []
    for error in validator(kind).iter_errors(data):
        for leaf in _leaves(error):
            keys = tuple(leaf.absolute_path)
            where = "/".join(str(k) for k in keys) or "文件"
            if leaf.validator == "additionalProperties":
                allowed = set(leaf.schema.get("properties", {}))
                for extra in sorted(set(leaf.instance) - allowed):
                    found.append(("E110", f"{where} 里不能有 {extra}（可用：{'、'.join(allowed)}）", keys + (extra,)))
            elif leaf.validator == "required":
                for missing in [k for k in leaf.validator_value if k not in leaf.instance]:
                    found.append(("E111", f"{where + ' 下' if keys else ''}缺少 {missing}", keys))
            else:
                found.append(("E112", f"{where}：{_invalid(leaf)}", keys))
    return found


def schema_problems(doc: Doc) -> list[Problem]:
    problems = [doc.problem(code, message, *keys) for code, message, keys in schema_findings(doc.kind, doc.data)]
    seen = set()
    unique = []
    for problem in problems:  # oneOf branches can report the same fault twice
        if (problem.line, problem.code, problem.message) not in seen:
            seen.add((problem.line, problem.code, problem.message))
            unique.append(problem)
    return unique


def id_problems(doc: Doc) -> list[Problem]:
    stem = Path(doc.path).stem
    if doc.data.get("id") != stem:
        return [doc.problem("E121", f"id 是 {doc.data.get('id')}，文件名却是 {stem}.yml", "id")]
    return []


def statute_problems(doc: Doc, corpus: Corpus | None) -> list[Problem]:
    data = doc.data
    problems = []
    kind = data["source"]["kind"]
    seen: dict[str, int] = {}
    for index, article in enumerate(data["articles"]):
        label = str(article.get("label"))
        if label in seen:
            problems.append(doc.problem("E120", f"条文 label {label} 用了两次（另一次在第 {doc.line('articles', seen[label])} 行）", "articles", index, "label"))
        seen.setdefault(label, index)
        if ("text" in article) != (kind == "verbatim"):
            problems.append(doc.problem("E144", f"第 {article.get('label')} 条和 source.kind: {kind} 不符", "articles", index))
            continue
        if kind != "verbatim":
            continue
        if article["number"] != article_number(article["label"]):
            problems.append(doc.problem("E143", f"label {article['label']} 应写作 {article_number(article['label'])}，不是 {article['number']}", "articles", index, "number"))
        if corpus is None:
            continue
        name = article.get("corpus") or data["source"].get("corpus", [None])[0]
        if not name or not corpus.has(name):
            problems.append(doc.problem("E142", f"{corpus.directory} 里没有原文文件 {name}", "articles", index))
            continue
        expected = corpus.articles(name).get(article["label"])
        if expected is None:
            problems.append(doc.problem("E141", f"{name} 里没有{article['number']}", "articles", index, "label"))
        elif normalise(article["text"]) != expected:
            mine = normalise(article["text"])
            at = next((i for i, (a, b) in enumerate(zip(mine, expected)) if a != b), min(len(mine), len(expected)))
            problems.append(doc.problem(
                "E140",
                f"{article['number']}和 {name} 从第 {at + 1} 个字起不同："
                f"本站「…{mine[max(0, at - 8):at + 8]}…」，原文「…{expected[max(0, at - 8):at + 8]}…」",
                "articles", index, "text"))
    if data["status"] == "已修订" and "superseded_by" not in data:
        problems.append(doc.problem("E145", "status 是 已修订，但没有 superseded_by", "status"))
    return problems


MAX_BODY = 12000  # characters; the longest real story so far is under 3,000
SHORT_STORY = 120  # characters of story text, not counting headings and comments
EVIDENCE_WORDS = re.compile(r"证据|证言|证人|录音|录像|录屏|监控|截图|截屏|通话记录|聊天记录|短信|照片|视频|凭证|回执|工单|evidence|record|screenshot", re.I)
_NOT_STORY = re.compile(r"<!--(?s:.*?)-->|^#+ .*$|\s", re.M)


def _story(body: str) -> str:
    """The text a reader sees: the body without headings, HTML comments and white space."""
    return _NOT_STORY.sub("", body)


def case_problems(doc: Doc, today: dt.date) -> list[Problem]:
    problems = []
    name = doc.path.rsplit("/", 1)[-1]
    if not CASE_NAME.match(name):
        problems.append(Problem(doc.path, 1, "E151", f"{name} 应该像 2025-short-title.md 这样"))
    date = doc.data["date"]  # the schema has checked that it is a calendar date
    if dt.date.fromisoformat(date) > today:
        problems.append(doc.problem("E150", f"日期 {date} 晚于今天（{today}）", "date"))
    review = doc.data.get("review") or {}
    if review.get("state") == "reviewed" and not review.get("reviewer"):
        problems.append(doc.problem("E152", "review.state 是 reviewed，但没有 reviewer", "review"))
    story = _story(doc.body)
    if not doc.body.strip():
        problems.append(Problem(doc.path, doc.body_line, "E153", "字段区下面没有正文"))
    elif len(doc.body) > MAX_BODY:
        problems.append(Problem(doc.path, doc.body_line, "E154", f"正文有 {len(doc.body)} 个字符，上限是 {MAX_BODY}"))
    elif len(story) < SHORT_STORY:
        problems.append(Problem(doc.path, doc.body_line, "W202", f"正文只有 {len(story)} 个字（不算标题和注释）"))
    if doc.body.strip() and not EVIDENCE_WORDS.search(story):
        problems.append(Problem(doc.path, doc.body_line, "W204", "正文没有提到录音、截图、通话记录等证据"))
    if "outcome" not in doc.data:
        problems.append(doc.problem("W203", "没有 outcome 字段"))
    if not doc.canonical:  # load_case has compared the file with its canonical form when it could read it so
        canonical = case_text(doc.data, doc.body)
        if doc.text != canonical:
            # Line ends are kept, so that a missing or extra newline at the end is a difference too.
            mine, wanted = doc.text.splitlines(keepends=True), canonical.splitlines(keepends=True)
            at = next((n for n, (a, b) in enumerate(zip(mine, wanted), 1) if a != b), min(len(mine), len(wanted)) + 1)
            problems.append(Problem(doc.path, at, "E156", f"从第 {at} 行起和标准格式不同"))
    problems += field_privacy(doc)
    for found in findings(doc.body):
        problems.append(Problem(doc.path, doc.body_line + doc.body.count("\n", 0, found.offset), found.code, found.message))
    return problems


def _strings(value, keys=(), out=None) -> list:
    """(keys, text) of every string in value, depth first."""
    out = [] if out is None else out
    if isinstance(value, str):
        out.append((keys, value))
    elif isinstance(value, dict):
        for key, sub in value.items():
            _strings(sub, keys + (key,), out)
    elif isinstance(value, list):
        for n, sub in enumerate(value):
            _strings(sub, keys + (n,), out)
    return out


def field_privacy(doc: Doc) -> list[Problem]:
    """Personal data or unsafe markup in any field that people write: case front matter, behaviors, channels.
    The fields are searched as one text, each found piece traced back to its field."""
    fields = _strings(doc.data)
    starts = list(accumulate((len(text) + 1 for _, text in fields[:-1]), initial=0))
    joined = "\0".join(text for _, text in fields)
    return [doc.problem(found.code, found.message, *fields[bisect_right(starts, found.offset) - 1][0]) for found in findings(joined)]


def validate(doc: Doc, corpus: Corpus | None, today: dt.date, cases: CaseReference | None = None) -> list[Problem]:
    """All per-file problems of one document. Rules that need a schema-valid document run only on one.
    corpus holds the statute texts, cases the proof of real cases (None: absent)."""
    problems = schema_problems(doc) if isinstance(doc.data, dict) else [doc.problem("E112", "文件内容必须是“字段: 值”的形式")]
    if problems:
        return problems
    if doc.kind == "case":
        return case_problems(doc, today) + source_problems(doc, cases, today)
    problems = id_problems(doc) + triage.problems(doc)
    if doc.kind == "statute":  # verbatim law is compared with its source instead
        problems += statute_problems(doc, corpus)
    else:
        problems += field_privacy(doc)
    return problems
