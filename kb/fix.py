"""`check --fix`: rewrite case files into the canonical form of kb/casefile.py, and show what changes."""
from __future__ import annotations

import difflib
from pathlib import Path

from .casefile import case_text, split
from .load import case_files, parse_yaml


def canonical(text: str) -> str | None:
    """The canonical form of a case file's text, or None when its front matter cannot be read as fields."""
    parts = split(text)
    if parts is None:
        return None
    data, _, problems = parse_yaml(parts[0], "", offset=1)
    if not isinstance(data, dict) or any(p.code in ("E103", "E104", "E105") for p in problems):
        return None  # a duplicate key would be lost by rewriting; the checker explains what to fix by hand
    return case_text(data, parts[1])


def pending(root: Path) -> list[tuple[Path, str, str]]:
    """(file, current text, canonical text) of every case file that is not canonical."""
    out = []
    for file in case_files(root):
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (UnicodeDecodeError, OSError):
            continue
        fixed = canonical(text)
        if fixed is not None and fixed != text:
            out.append((file, text, fixed))
    return out


def diff(file: Path, root: Path, text: str, fixed: str) -> str:
    name = file.relative_to(root).as_posix()
    return "".join(difflib.unified_diff(text.splitlines(True), fixed.splitlines(True), f"a/{name}", f"b/{name}"))
