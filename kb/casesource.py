"""The proof of real cases: every case number shown on the site is traced to the text that prints it.

The reference lives outside the repository, like the statute corpus, and is found the same way (the "cases" set of
kb/corpus.py): the official full texts (level A) in $KB_CASE_CORPUS, ../shared/reference/cases/raw or .corpus/cases
(`make corpus` fetches them), and beside that folder a README listing secondary reports (levels B and C), which only
../shared has. A level-A case number must appear literally in its full text, a B or C number in the README, after
the same normalisation as statute text (white space removed, half-width punctuation made full-width). A number that
no court or regulator could have issued (a 字第 number after 2016, no court code, a penalty number naming no issuer)
is an error and is not looked up. Where the text to look in is missing, the check says so for every case whose
numbers it could not verify (W210) instead of passing in silence.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from . import corpus
from .corpus import normalise
from .load import Doc, Problem

README = "README.md"  # beside the folder of full texts: ../shared/reference/cases/README.md
# Court codes of case numbers since 2016 (《关于人民法院案件案号的若干规定》): 最高法, or a province's one-character
# abbreviation (兵 for the 兵团 courts), followed by up to four digits for the court.
_PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新兵军"
_COURT_NUMBER = re.compile(r"（(\d{4})）(.+)号")
_COURT_CODE = re.compile(rf"(?:最高法|[{_PROVINCES}])\d{{0,4}}[\u4e00-\u9fff]{{1,6}}\d+号")
_DOC_NUMBER = re.compile(r"(.*?)[〔［\[](\d{4})[〕］\]](\d+)号")
_ISSUER = re.compile(r"[\u4e00-\u9fff]{2,}")
# Numbers as they may be written in a story: a court number （2017）京03刑终416号, or a document number
# 京银保监罚决字〔2022〕15号 (the issuer's letters in front of the bracket).
_SHOWN = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*[）)][^\s，。；、,;（）()]{1,30}?号|[\u4e00-\u9fff]{0,20}[〔［\[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*\d+\s*号")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*[）)〕］\]]")  # every number _SHOWN finds has one: a quick test before it
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def default_dir() -> Path:
    """The folder of the level-A full texts, looked up like the statute corpus (kb/corpus.py, set "cases")."""
    return corpus.default_dir("cases")


@lru_cache(maxsize=None)
def _text(path: str) -> str:
    return normalise(Path(path).read_text(encoding="utf-8", errors="replace"))


class CaseReference:
    """The normalised full texts (in directory) and README (beside it) of the reference, read on first use."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.readme_path = self.directory.parent / README

    def has(self, name: str) -> bool:
        return (self.directory / name).is_file()

    def full_text(self, name: str) -> str:
        return _text(str(self.directory / name))

    def readme(self) -> str | None:
        """The README of secondary reports, or None where only the fetched full texts are (.corpus/cases)."""
        return _text(str(self.readme_path)) if self.readme_path.is_file() else None


def open_reference(directory: Path | None = None) -> CaseReference | None:
    """The reference whose full texts are in directory (default: default_dir()), or None when it is absent."""
    directory = Path(directory) if directory else default_dir()
    return CaseReference(directory) if directory.is_dir() else None


def format_problem(number: str, today: dt.date) -> str | None:
    """Why a case number or penalty number cannot exist, or None when its form is possible."""
    n = normalise(number)
    court = _COURT_NUMBER.fullmatch(n)
    if court:
        year, rest = int(court.group(1)), court.group(2) + "号"
        if not 1949 <= year <= today.year:
            return f"{number} 的年份 {year} 不可能"
        if "字第" in rest:
            return f"{number} 是 {year} 年的案号，却用了“字第”：2016 年起案号不再有“字第”" if year >= 2016 else None
        if year >= 2016 and not _COURT_CODE.fullmatch(rest):
            return f"{number} 没有法院代字（应像 （2017）京03刑终416号：省份简称和法院数字代码、案件类型、顺序号）"
        return None
    document = _DOC_NUMBER.fullmatch(n)
    if document:
        issuer, year = document.group(1), int(document.group(2))
        if not _ISSUER.match(issuer) or issuer.startswith(("罚", "处罚")):
            return f"{number} 没写作出决定的机关（应像 京银保监罚决字〔2022〕15号）"
        if not 1949 <= year <= today.year:
            return f"{number} 的年份 {year} 不可能"
        return None
    return f"{number} 既不像法院案号（（年份）法院代字案件类型顺序号号），也不像文号（机关代字〔年份〕序号号）"


def shown_numbers(doc: Doc) -> list[tuple[str, tuple]]:
    """(number, keys of the field) for every case or document number a reader sees in a case's text."""
    data = doc.data
    fields = [(data.get("title", ""), ("title",)), (data.get("outcome", ""), ("outcome",)),
              ((data.get("provenance") or {}).get("note", ""), ("provenance", "note")), (_COMMENT.sub("", doc.body) if "<!--" in doc.body else doc.body, None)]
    return [(match.group(0), keys) for text, keys in fields if _YEAR.search(str(text)) for match in _SHOWN.finditer(str(text))]


def _listed(shown: str, numbers: list[str]) -> bool:
    shown = normalise(shown)
    return any(shown == n or (not shown.startswith("（") and (shown.endswith(n) or n.endswith(shown))) for n in numbers)


def source_problems(doc: Doc, reference: CaseReference | None, today: dt.date) -> list[Problem]:
    """The problems of a schema-valid case's source and of the numbers its text shows."""
    problems = []
    source = doc.data.get("source") or {}
    numbers = source.get("case_numbers", [])
    possible = []  # (index, number) of the numbers whose form can exist: only these are looked up
    for n, number in enumerate(numbers):
        why = format_problem(number, today)
        if why:
            problems.append(doc.problem("E183", why, "source", "case_numbers", n))
        else:
            possible.append((n, number))
    listed = [normalise(number) for number in numbers]
    for number, keys in shown_numbers(doc):
        if not _listed(number, listed):
            where = doc.line(*keys) if keys else doc.body_line + doc.body.count("\n", 0, doc.body.find(number.split("\n")[0]))
            problems.append(Problem(doc.path, where, "E184", f"正文或字段里写了 {number}，但 source.case_numbers 里没有它"))
    if not source:
        return problems
    level_a = source["level"] == "A"
    if level_a and reference is not None and not reference.has(source["reference"]):
        return problems + [doc.problem("E181", f"{reference.directory} 里没有文件 {source['reference']}", "source", "reference")]
    text = None if reference is None else reference.full_text(source["reference"]) if level_a else reference.readme()
    if text is None:
        if possible:
            looked = default_dir() if reference is None else reference.readme_path
            problems.append(doc.problem("W210", f"没有找到 {looked}：{len(possible)} 个案号没有核对", "source"))
        return problems
    place = source["reference"] if level_a else README
    for n, number in possible:
        if normalise(number) not in text:
            problems.append(doc.problem("E180" if level_a else "E182", f"{place} 里找不到 {number}", "source", "case_numbers", n))
    return problems
