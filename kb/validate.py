"""Per-file checks: JSON Schema, ids, statute text against the corpus, case conventions.

Cross-references between files are checked in link.py.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

import jsonschema
from referencing import Registry, Resource

from .corpus import Corpus, article_number, normalise
from .load import Doc, Problem
from .privacy import findings

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
CASE_NAME = re.compile(r"^[0-9]{4}-[a-z0-9]+(-[a-z0-9]+)*\.md$")


@lru_cache(maxsize=None)
def validator(kind: str) -> jsonschema.Draft202012Validator:
    resources = [(p.name, Resource.from_contents(json.loads(p.read_text(encoding="utf-8")))) for p in SCHEMA_DIR.glob("*.schema.json")]
    schema = json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, registry=Registry().with_resources(resources))


def _leaves(error):
    """The most specific errors under a oneOf/anyOf/if-then, so messages point at the real field."""
    if error.context:
        for sub in error.context:
            yield from _leaves(sub)
    else:
        yield error


def schema_problems(doc: Doc) -> list[Problem]:
    problems = []
    seen = set()
    for error in validator(doc.kind).iter_errors(doc.data):
        for leaf in _leaves(error):
            keys = tuple(leaf.absolute_path)
            where = "/".join(str(k) for k in keys) or "(top level)"
            if leaf.validator == "additionalProperties":
                allowed = set(leaf.schema.get("properties", {}))
                for extra in sorted(set(leaf.instance) - allowed):
                    problems.append(doc.problem("E110", f"field '{extra}' is not allowed in {where}", *keys, extra))
            elif leaf.validator == "required":
                problems.append(doc.problem("E111", f"{where}: {leaf.message}", *keys))
            else:
                problems.append(doc.problem("E112", f"{where}: {leaf.message[:200]}", *keys))
    unique = []
    for problem in problems:  # oneOf branches can report the same fault twice
        if (problem.line, problem.code, problem.message) not in seen:
            seen.add((problem.line, problem.code, problem.message))
            unique.append(problem)
    return unique


def id_problems(doc: Doc) -> list[Problem]:
    stem = Path(doc.path).stem
    if doc.data.get("id") != stem:
        return [doc.problem("E121", f"id '{doc.data.get('id')}' but the file is named {stem}.yml", "id")]
    return []


def statute_problems(doc: Doc, corpus: Corpus | None) -> list[Problem]:
    data = doc.data
    problems = []
    kind = data["source"]["kind"]
    seen: dict[str, int] = {}
    for index, article in enumerate(data["articles"]):
        label = str(article.get("label"))
        if label in seen:
            problems.append(doc.problem("E120", f"article label '{label}' is used twice (also at line {doc.line('articles', seen[label])})", "articles", index, "label"))
        seen.setdefault(label, index)
        if ("text" in article) != (kind == "verbatim"):
            problems.append(doc.problem("E144", f"article {article.get('label')} does not fit source.kind {kind}", "articles", index))
            continue
        if kind != "verbatim":
            continue
        if article["number"] != article_number(article["label"]):
            problems.append(doc.problem("E143", f"label {article['label']} is printed {article_number(article['label'])}, not {article['number']}", "articles", index, "number"))
        if corpus is None:
            continue
        name = article.get("corpus") or data["source"].get("corpus", [None])[0]
        if not name or not corpus.has(name):
            problems.append(doc.problem("E142", f"corpus file {name!r} does not exist in {corpus.directory}", "articles", index))
            continue
        expected = corpus.articles(name).get(article["label"])
        if expected is None:
            problems.append(doc.problem("E141", f"{name} has no article {article['number']}", "articles", index, "label"))
        elif normalise(article["text"]) != expected:
            mine = normalise(article["text"])
            at = next((i for i, (a, b) in enumerate(zip(mine, expected)) if a != b), min(len(mine), len(expected)))
            problems.append(doc.problem(
                "E140",
                f"{article['number']} differs from {name} at character {at + 1}: "
                f"published '…{mine[max(0, at - 8):at + 8]}…', corpus '…{expected[max(0, at - 8):at + 8]}…'",
                "articles", index, "text"))
    if data["status"] == "已修订" and "superseded_by" not in data:
        problems.append(doc.problem("E145", "status is 已修订 but superseded_by is missing", "status"))
    return problems


def case_problems(doc: Doc, today: dt.date) -> list[Problem]:
    problems = []
    name = Path(doc.path).name
    if not CASE_NAME.match(name):
        problems.append(Problem(doc.path, 1, "E151", f"'{name}' should look like 2025-short-title.md"))
    date = doc.data.get("date")
    try:
        if date and dt.date.fromisoformat(date) > today:
            problems.append(doc.problem("E150", f"date {date} is after today ({today})", "date"))
    except ValueError:
        pass  # the schema has reported the format already
    review = doc.data.get("review") or {}
    if review.get("state") == "reviewed" and not review.get("reviewer"):
        problems.append(doc.problem("E152", "review.state is reviewed but no reviewer is named", "review"))
    if not doc.body.strip():
        problems.append(Problem(doc.path, doc.body_line, "E153", "there is no text below the front matter"))
    for keys in (("title",), ("outcome",), ("provenance", "note")):
        value = doc.data.get(keys[0]) if len(keys) == 1 else (doc.data.get(keys[0]) or {}).get(keys[1])
        for found in findings(value or ""):
            problems.append(doc.problem(found.code, found.message, *keys))
    for found in findings(doc.body):
        problems.append(Problem(doc.path, doc.body_line + doc.body.count("\n", 0, found.offset), found.code, found.message))
    return problems


def validate(doc: Doc, corpus: Corpus | None, today: dt.date) -> list[Problem]:
    """All per-file problems of one document. Rules that need a schema-valid document run only on one."""
    problems = schema_problems(doc) if isinstance(doc.data, dict) else [doc.problem("E112", "the file must be a mapping of fields")]
    if problems:
        return problems
    if doc.kind == "case":
        return case_problems(doc, today)
    problems = id_problems(doc)
    if doc.kind == "statute":
        problems += statute_problems(doc, corpus)
    return problems
