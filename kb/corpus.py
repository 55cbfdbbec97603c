"""The reference corpus: whole source texts of the laws, split into articles.

Published article text must equal the corpus text after normalisation: all white
space removed and half-width punctuation mapped to full-width. The corpus is never
copied into the repository: corpus.tsv lists every source file (repository, commit,
path, sha256), `make corpus` (kb/fetch.py) downloads and verifies them into .corpus/,
and default_dir finds the texts on any machine.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = "零〇一二两三四五六七八九十百千"
_ARTICLE = re.compile(rf"^第([{_NUM}]+)条(?:之([{_NUM}]+))?(?:[\s\u3000]+(.*))?$")
_ITEM = re.compile(rf"^([{_NUM}]+)、(.*)$")
_POINT = re.compile(r"^([0-9]+)[.．](.*)$")  # provisions numbered 1. 2. 3. (e.g. 执行工作规定), with 一、 as section titles
_HEADING = re.compile(rf"^(#|<!--|第[{_NUM}]+[编章节](?:[\s\u3000]|$))")
_HALF_TO_FULL = str.maketrans({":": "：", ";": "；", ",": "，", "(": "（", ")": "）", "?": "？", "!": "！"})


def cn_to_int(text: str) -> int:
    """一千零三十三 -> 1033."""
    total, digit = 0, 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        else:
            total += (digit or 1) * _UNITS[char]
            digit = 0
    return total + digit


def int_to_cn(number: int) -> str:
    """1033 -> 一千零三十三 (the form used in statute article numbers)."""
    digits = "零一二三四五六七八九"
    if number < 10:
        return digits[number]
    if number < 20:
        return "十" + (digits[number % 10] if number % 10 else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += digits[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def article_number(label: str) -> str:
    """The printed number for a label: 1033 -> 第一千零三十三条, 293-1 -> 第二百九十三条之一, item-34 -> 三十四、, point-9 -> 9."""
    if label == "body":
        return "（正文）"
    if label.startswith("point-"):
        return label[6:] + "."
    if label.startswith("item-"):
        return int_to_cn(int(label[5:])) + "、"
    main, _, sub = label.partition("-")
    return f"第{int_to_cn(int(main))}条" + (f"之{int_to_cn(int(sub))}" if sub else "")


def normalise(text: str) -> str:
    return re.sub(r"[\s\u3000\ufeff\u200b]+", "", text).translate(_HALF_TO_FULL)  # U+200B: zero-width spaces some sources carry


def split_articles(text: str) -> dict[str, str]:
    """Split a whole source text into {label: text}; numbered items where there are no articles."""
    text = text.lstrip("\ufeff")
    if "<!-- INFO END -->" in text:
        text = text.split("<!-- INFO END -->", 1)[1]
    lines = [line.strip() for line in text.splitlines()]
    has_articles = any(_ARTICLE.match(line) for line in lines)
    has_points = not has_articles and sum(bool(_POINT.match(line)) for line in lines) >= 3
    articles: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if not line:
            continue
        if has_points:
            match = _POINT.match(line)
            if match:
                label = f"point-{int(match.group(1))}"
                current = articles.setdefault(label, []) if label not in articles else None
                if current is not None and match.group(2).strip():
                    current.append(match.group(2).strip())
            elif _ITEM.match(line) or _HEADING.match(line):
                current = None  # section titles such as 九、多个债权人对一个债务人申请执行和参与分配
            elif current is not None:
                current.append(line)
            continue
        match = _ARTICLE.match(line) if has_articles else _ITEM.match(line)
        if match and has_articles:
            label = str(cn_to_int(match.group(1))) + (f"-{cn_to_int(match.group(2))}" if match.group(2) else "")
            current = articles.setdefault(label, []) if label not in articles else None
            if current is not None and match.group(3):
                current.append(match.group(3))
        elif match:
            current = articles.setdefault(f"item-{cn_to_int(match.group(1))}", [])
            current.append(match.group(2))
        elif _HEADING.match(line):
            current = None
        elif current is not None:
            current.append(line)
    if not articles:
        body = [line for line in lines if line and not _HEADING.match(line)]
        return {"body": "\n".join(body)}
    return {label: "\n".join(parts) for label, parts in articles.items()}


REPO = Path(__file__).resolve().parent.parent
MANIFEST = REPO / "corpus.tsv"
FETCHED = REPO / ".corpus"  # where `make corpus` stores the files, one folder per set
ENV = {"laws": "KB_CORPUS", "cases": "KB_CASE_CORPUS"}  # the variable that names each set's folder


def candidates(name: str = "laws") -> list[Path]:
    """Where a corpus set is looked for, in order: its variable, ../shared/reference/<set>/raw, .corpus/<set>."""
    env = os.environ.get(ENV[name])
    if env:
        return [Path(env)]
    return [REPO.parent / "shared" / "reference" / name / "raw", FETCHED / name]


def default_dir(name: str = "laws") -> Path:
    """The first folder of candidates() that exists; the first candidate when none does."""
    found = candidates(name)
    return next((path for path in found if path.is_dir()), found[0])


def required() -> bool:
    """KB_REQUIRE_CORPUS=1: a missing corpus is an error (E107), not a warning (W205)."""
    return os.environ.get("KB_REQUIRE_CORPUS", "") not in ("", "0")


@lru_cache(maxsize=None)
def _load(path: str) -> dict[str, str]:
    return {label: normalise(text) for label, text in split_articles(Path(path).read_text(encoding="utf-8")).items()}


class Corpus:
    """Normalised articles of each corpus file, read on first use."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def has(self, name: str) -> bool:
        return (self.directory / name).is_file()

    def articles(self, name: str) -> dict[str, str]:
        return _load(str(self.directory / name))
