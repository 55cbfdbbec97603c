"""One entry point for the whole check: load, validate, link. Used by the CLI, the build and the tests."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .corpus import Corpus, default_dir
from .link import Index, link
from .load import Problem, load_all
from .searchdata import problems as search_problems
from .validate import validate


@dataclass
class Result:
    index: Index
    problems: list[Problem]
    corpus_checked: bool

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.blocking]


def check(root: Path, corpus_dir: Path | None = None, today: dt.date | None = None) -> Result:
    root = Path(root)
    corpus_dir = Path(corpus_dir) if corpus_dir else default_dir()
    corpus = Corpus(corpus_dir) if corpus_dir.is_dir() else None
    today = today or dt.date.today()
    content = load_all(root)
    problems = list(content.problems)
    for kind in ("statutes", "behaviors", "channels", "cases"):
        for doc in getattr(content, kind):
            problems += validate(doc, corpus, today)
    # Documents with schema errors are still linked, so that a typo in one file does not
    # cascade into "unknown id" errors in every file that names it.
    index, link_problems = link(content.statutes, content.behaviors, content.channels, content.cases)
    problems += link_problems
    problems += search_problems(root, index)
    problems.sort(key=lambda p: (p.path, p.line, p.code))
    return Result(index, problems, corpus is not None)
