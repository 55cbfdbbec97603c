"""What the search box knows besides the Pagefind index: question intents, the query set, and their export.

search/intents.yml maps questions (what to do, where to complain, being sued …) to the pages that answer
them, names the entry points shown when a query matches nothing, and the frightening pages that a general
query must not open on. search/queries.yml is the query set the browser test and the benchmark type.
Both name pages by their source path under docs/; the checker reports pages that do not exist (E400, E401).
The browser reads everything from api/v1/search.json, written here: one source, no copy in JavaScript.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields, replace
from pathlib import Path

import yaml
from pypinyin import lazy_pinyin

from .link import Index
from .load import Doc, Problem, load_yaml_doc
from .procedures import pages as procedure_pages
from .render import LANGS, generated_pages, url
from .validate import schema_findings

INTENTS = "search/intents.yml"
QUERIES = "search/queries.yml"
UNGROUPED = "more"  # the group of queries appended without one (the older flat format)
_KINDS = {"behaviors": "behavior", "statutes": "statute", "channels": "channel", "cases": "case", "procedures": "procedure"}


class _Pages(dict):
    """Source path -> Markdown of the generated pages, and the files of the hand-written ones, looked up on disk
    when named: listing docs/ took 0.5 s at 10,000 cases, most of them case files no query names."""

    def __init__(self, docs: Path, generated: dict):
        super().__init__(generated)
        self.docs = docs

    def _file(self, src) -> Path | None:
        file = self.docs / src
        plain = isinstance(src, str) and src.endswith(".md") and ".." not in src.split("/") and not src.startswith("/")
        return file if plain and not file.name.startswith("_") and file.is_file() else None

    def __contains__(self, src) -> bool:
        return super().__contains__(src) or self._file(src) is not None

    def __missing__(self, src):
        file = self._file(src)
        if file is None:
            raise KeyError(src)
        return file


def pages(root: Path, index: Index) -> dict[str, Path | str]:
    """Every page search can name, by source path under docs/: the Markdown of a generated page, else the file of
    a hand-written one. Generated pages are made without the cases, whose lists took 8 s at 10,000 cases; only the
    further pages of the case list are missing."""
    caseless = replace(index, cases=[], **{f.name: defaultdict(list) for f in fields(index) if f.name.endswith("_cases")})
    return _Pages(Path(root) / "docs", {**generated_pages(caseless), **procedure_pages(caseless)})


def _load(root: Path, name: str, kind: str) -> tuple[Doc | None, list[Problem]]:
    file = Path(root) / name
    if not file.exists():
        return None, []
    doc, problems = load_yaml_doc(file, kind, name)
    if doc is None:
        return None, problems
    problems += [doc.problem(code, message, *keys) for code, message, keys in schema_findings(kind, doc.data)]
    return (None if problems else doc), problems


@dataclass
class Query:
    q: str
    group: str
    expect: list  # source paths of the pages, any of which must be among the first three results
    line: int


def _resolve(ref: str, known) -> str | None:
    """A page named in queries.yml: a source path (guides/negotiate.md) or a bare id (night-calls, sued-in-court)."""
    if ref.endswith(".md"):
        return ref if ref in known else None
    for src in (f"behaviors/{ref}.md", f"procedures/{ref}.md", f"procedures/{ref}/index.md"):
        if src in known:
            return src
    return None


def _queries(doc: Doc, known) -> tuple[list[Query], list[Problem]]:
    found, problems = [], []
    for n, item in enumerate(doc.data):
        entries = [((n,), item, UNGROUPED)] if "q" in item else \
            [((n, "queries", m), q, item["group"]) for m, q in enumerate(item["queries"])]
        for keys, entry, group in entries:
            expect = []
            for k, ref in enumerate(entry["expect"]):
                src = _resolve(ref, known)
                if src is None:
                    problems.append(doc.problem("E401", f"“{entry['q']}” 要找的页面 {ref} 不存在", *keys, "expect", k))
                expect.append(src)
            found.append(Query(entry["q"], group, expect, doc.line(*keys)))
    return found, problems


def load_queries(root: Path, index: Index) -> tuple[list[Query], list[Problem]]:
    doc, problems = _load(root, QUERIES, "queries")
    if doc is None:
        return [], problems
    return _queries(doc, pages(root, index))


def problems(root: Path, index: Index) -> list[Problem]:
    """The checker's view: both files against their schemas, and every page they name."""
    intents, found = _load(root, INTENTS, "intents")
    queries, more = _load(root, QUERIES, "queries")
    found += more
    if intents is None and queries is None:
        return found
    known = pages(root, index)
    if intents is not None:
        named = [(("entry_points", n), p) for n, p in enumerate(intents.data["entry_points"])]
        named += [(("calm", n), p) for n, p in enumerate(intents.data["calm"])]
        named += [(("intents", n, "pages", m), p) for n, i in enumerate(intents.data["intents"]) for m, p in enumerate(i["pages"])]
        found += [intents.problem("E400", f"页面 {p} 不存在（写 docs/ 下的路径，例如 guides/first-steps.md）", *keys)
                  for keys, p in named if p not in known]
    if queries is not None:
        found += _queries(queries, known)[1]
    return found


def _title(page: Path | str) -> dict:
    """zh and en titles from a page's front matter (title, title_en) or its first heading."""
    text = page.read_text(encoding="utf-8") if isinstance(page, Path) else page
    meta = {}
    if text.startswith("---\n"):
        head = text[4:].split("\n---", 1)[0]
        meta = yaml.safe_load(head) or {}
    heading = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), "")
    title = str(meta.get("title") or heading)
    return {"zh": title, "en": str(meta.get("title_en") or title)}


def _page(src: str, known: dict) -> dict:
    """A page as the search box shows it: kind, and URL and title in each language (the English page if there is one)."""
    title = _title(known[src])
    english = "en/" + src
    if english in known:
        title["en"] = _title(known[english])["zh"]
    return {"kind": _KINDS.get(src.split("/", 1)[0], "guide"), "url": url(src),
            "url_en": url(english if english in known else src), "title": title}


def _pinyin(phrases: list) -> list:
    """Each Chinese phrase in toneless pinyin, syllables separated by spaces (爆通讯录 -> bao tong xun lu), so that
    the search box can match queries typed in pinyin or as initials (baotongxunlu, btxl)."""
    return [" ".join(s.lower() for s in lazy_pinyin(p) if s.isascii() and s.isalpha()) for p in phrases]


def export(root: Path, index: Index) -> dict:
    """api/v1/search.json: intents with their pages, entry points, calm pages, and the symptom phrases of every
    behavior and procedure (the Chinese ones also in pinyin)."""
    intents, _ = _load(root, INTENTS, "intents")
    known = pages(root, index)
    data = intents.data if intents else {"entry_points": [], "calm": [], "intents": []}
    return {
        "intents": [{"id": i["id"], "patterns": i["patterns"]["zh"] + i["patterns"]["en"], "after_symptom": i.get("after_symptom", False), "whole_query": i.get("whole_query", False),
                     "pages": [_page(p, known) for p in i["pages"]]} for i in data["intents"]],
        "entry_points": [_page(p, known) for p in data["entry_points"]],
        "calm": [url(p) for p in data["calm"]],
        "symptoms": [{**_page(f"{kind}/{ident}.md", known),
                      "phrases": [d.data["title"][lang] for lang in LANGS] + [s for lang in LANGS for s in d.data["symptoms"][lang]],
                      "pinyin": _pinyin([d.data["title"]["zh"], *d.data["symptoms"]["zh"]])}
                     for kind, docs in (("behaviors", index.behaviors), ("procedures", index.procedures)) for ident, d in docs.items()],
    }
