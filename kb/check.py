"""One entry point for the whole check: load, validate, link. Used by the CLI, the build and the tests."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .casesource import open_reference
from .corpus import Corpus, candidates, default_dir, required
from .link import Index, link
from .load import Problem, load_all
from .searchdata import problems as search_problems
from .validate import validate


@dataclass
class Result:
    index: Index
    problems: list[Problem]
    corpus_checked: bool
    case_numbers_checked: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.blocking]


def _no_corpus(looked: Path) -> Problem:
    """The corpus is missing: an error with KB_REQUIRE_CORPUS=1 (E107), else a loud warning (W205)."""
    places = [looked] if looked not in candidates() else candidates()
    return Problem("corpus.tsv", 1, "E107" if required() else "W205",
                   "找过 " + "、".join(str(p) for p in places))


def check(root: Path, corpus_dir: Path | None = None, today: dt.date | None = None, cases_dir: Path | None = None) -> Result:
    root = Path(root)
    corpus_dir = Path(corpus_dir) if corpus_dir else default_dir()
    corpus = Corpus(corpus_dir) if corpus_dir.is_dir() else None
    cases = open_reference(cases_dir)
    today = today or dt.date.today()
    content = load_all(root)
    problems = list(content.problems)
    if corpus is None and content.statutes:
        problems.append(_no_corpus(corpus_dir))
    for kind in ("statutes", "behaviors", "channels", "procedures", "cases"):
        for doc in getattr(content, kind):
            problems += validate(doc, corpus, today, cases)
    # Documents with schema errors are still linked, so that a typo in one file does not
    # cascade into "unknown id" errors in every file that names it.
    not_mappings = {(doc.kind, Path(doc.path).stem) for doc in content.statutes + content.behaviors + content.channels + content.procedures
                    if not isinstance(doc.data, dict)}
    index, link_problems = link(content.statutes, content.behaviors, content.channels, content.cases,
                                content.unreadable | not_mappings, content.procedures)
    problems += link_problems
    problems += search_problems(root, index)
    problems.sort(key=lambda p: (p.path, p.line, p.code))
    return Result(index, problems, corpus is not None, cases is not None)
