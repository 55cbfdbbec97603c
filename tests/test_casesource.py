"""Real cases: every case or document number is traced to the text that prints it (kb/casesource.py)."""
import datetime as dt
import shutil

import pytest

from kb import casesource
from kb.check import check

from conftest import HAVE_CASE_REFERENCE, ROOT

TODAY = dt.date(2026, 11, 29)
needs_reference = pytest.mark.skipif(not HAVE_CASE_REFERENCE, reason="case reference ../shared/reference/cases is absent")


@pytest.mark.parametrize("number", ["（2017）鲁刑终151号", "（2018）苏0581刑初1121号", "（2015）浑南刑初字第00458号",
                                    "(2021)桂0125民初1139号", "京银保监罚决字〔2022〕15号", "（2019）最高法民终123号"])
def test_numbers_that_can_exist(number):
    assert casesource.format_problem(number, TODAY) is None


@pytest.mark.parametrize("number, why", [
    ("（2023）民终字第587号", "字第"),         # the content-farm number: 字 numbers were dropped in 2016
    ("（2016）民初1234号", "法院代字"),         # no court code
    ("（2031）京0105民初1号", "年份"),          # a year after today
    ("罚决字〔2022〕15号", "机关"),              # a penalty number naming no issuer
    ("第587号", "既不像"),
])
def test_numbers_that_cannot_exist(number, why):
    assert why in casesource.format_problem(number, TODAY)


def _copy_content(tmp_path):
    for folder in ("statutes", "behaviors", "channels", "procedures", "docs/cases"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


@needs_reference
def test_every_real_case_number_is_found_in_its_source():
    result = check(ROOT)
    assert result.case_numbers_checked
    assert not [p for p in result.problems if p.code.startswith(("E18", "W21"))]
    real = [c for c in result.index.cases if "source" in c.data]
    assert len(real) >= 13 and sum(c.data["provenance"]["kind"] == "penalty" for c in real) >= 3
    assert sum(len(c.data["source"].get("case_numbers", [])) for c in real) >= 10


@needs_reference
def test_an_altered_case_number_is_caught(tmp_path):
    tree = _copy_content(tmp_path)
    case = tree / "docs" / "cases" / "2017-yu-huan-self-defence.md"
    case.write_text(case.read_text(encoding="utf-8").replace("（2017）鲁刑终151号", "（2017）鲁刑终157号"), encoding="utf-8")
    problems = [p for p in check(tree).problems if p.blocking]
    assert [p.code for p in problems] == ["E180"], problems
    assert problems[0].path == "docs/cases/2017-yu-huan-self-defence.md"
    assert "（2017）鲁刑终157号" in problems[0].message and "anlifa_117.md" in problems[0].message


def test_a_number_in_the_story_must_be_listed_in_the_source(tmp_path):
    tree = _copy_content(tmp_path)
    case = tree / "docs" / "cases" / "2017-yu-huan-self-defence.md"
    front, _, body = case.read_text(encoding="utf-8").partition("\n---\n")
    case.write_text(front + "\n---\n" + body.replace("（2017）鲁刑终151号", "（2017）鲁刑终157号"), encoding="utf-8")
    problems = [p for p in check(tree).problems if p.blocking]
    assert [p.code for p in problems] == ["E184"] and "（2017）鲁刑终157号" in problems[0].message
    assert case.read_text(encoding="utf-8").splitlines()[problems[0].line - 1].count("（2017）鲁刑终157号") == 1


@needs_reference
def test_a_number_only_the_news_printed_cannot_be_shown_as_level_b(tmp_path):
    tree = _copy_content(tmp_path)
    case = tree / "docs" / "cases" / "2022-yuanhai-contact-list-harassment.md"
    text = case.read_text(encoding="utf-8").replace("  date: '2022-12-30'", "  case_numbers: [（2022）京0114刑初999号]\n  # 发布或裁判日期\n  date: '2022-12-30'")
    case.write_text(text, encoding="utf-8")
    codes = {p.code for p in check(tree).problems if p.path.endswith("yuanhai-contact-list-harassment.md")}
    assert "E182" in codes


def test_without_the_reference_the_check_says_numbers_are_not_verified(tmp_path, monkeypatch):
    monkeypatch.setenv("KB_CASE_CORPUS", str(tmp_path / "absent"))
    result = check(ROOT)
    assert not result.case_numbers_checked and not result.errors
    flagged = {p.path for p in result.warnings if p.code == "W210"}
    numbered = {c.path for c in result.index.cases if c.data.get("source", {}).get("case_numbers")}
    assert numbered and numbered <= flagged


@needs_reference
def test_with_only_the_fetched_full_texts_level_a_is_checked_and_b_c_are_not(tmp_path, monkeypatch):
    fetched = tmp_path / ".corpus" / "cases"  # what make corpus leaves: the full texts, no README
    shutil.copytree(casesource.default_dir(), fetched)
    monkeypatch.setenv("KB_CASE_CORPUS", str(fetched))
    result = check(ROOT)
    assert not result.errors
    flagged = {p.path for p in result.warnings if p.code == "W210"}
    numbered = {c.path: c.data["source"]["level"] for c in result.index.cases if c.data.get("source", {}).get("case_numbers")}
    assert flagged == {path for path, level in numbered.items() if level != "A"} and flagged
