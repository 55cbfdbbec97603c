"""Generated pages that depend on how much content there is, checked without a build."""
import copy
import re
from html import unescape

from hypothesis import given
from hypothesis import strategies as st

from kb import render
from kb.check import check

from conftest import ROOT


def test_case_list_is_paginated_and_lists_every_case_once():
    index = check(ROOT).index
    model = index.cases[0]
    many = []
    for n in range(250):
        case = copy.copy(model)
        case.path = f"docs/cases/2020-synthetic-{n:03d}.md"
        case.data = {**model.data, "title": f"合成案例 {n}", "date": f"2020-01-{n % 28 + 1:02d}"}
        many.append(case)
    index = copy.copy(index)
    index.cases = many
    pages = {src: text for src, text in render.cases_index(index).items() if not src.startswith("cases/kind-")}
    assert list(pages) == ["cases/index.md", "cases/page-2.md", "cases/page-3.md"]
    rows = {src: re.findall(r"\]\((2020-synthetic-\d+)\.md\)", text) for src, text in pages.items()}
    assert [len(r) for r in rows.values()] == [100, 100, 50]
    assert sorted(sum(rows.values(), [])) == sorted(c.path[11:-3] for c in many)
    assert "[较早 →](page-2.md)" in pages["cases/index.md"] and "← 较新" not in pages["cases/index.md"]
    assert "[← 较新](index.md)" in pages["cases/page-2.md"] and "[较早 →](page-3.md)" in pages["cases/page-2.md"]
    assert "较早 →" not in pages["cases/page-3.md"] and "**3**" in pages["cases/page-3.md"]


def test_a_short_case_list_is_one_page_without_pager():
    pages = render.cases_index(check(ROOT).index)
    assert [src for src in pages if not src.startswith("cases/kind-")] == ["cases/index.md"]
    assert "kb-pager" not in pages["cases/index.md"]


def test_the_case_list_filters_by_provenance_with_real_cases_first():
    index = check(ROOT).index
    pages = render.cases_index(index)
    listed = re.findall(r"\]\(([0-9]{4}-[a-z0-9-]+)\.md\)", pages["cases/index.md"])
    kinds = [next(c for c in index.cases if index.case_slug(c) == slug).data["provenance"]["kind"] for slug in listed]
    real = [k in ("official", "reported", "penalty") for k in kinds]
    assert any(real) and not all(real) and real == sorted(real, reverse=True), kinds  # every real case before any other
    for kind in set(kinds):
        page = pages[f"cases/kind-{kind}.md"]
        slugs = re.findall(r"\]\(([0-9]{4}-[a-z0-9-]+)\.md\)", page)
        assert sorted(slugs) == sorted(index.case_slug(c) for c in index.cases if c.data["provenance"]["kind"] == kind)
        assert f"(kind-{kind}.md)" in pages["cases/index.md"] and "[全部（" in page  # the filter links both ways


@given(st.text())
def test_literal_text_carries_no_markup_and_reads_back(value):
    shown = render.literal(value)
    assert not set(re.sub(r"&#[0-9]+;", "", shown)) & set("&<>\"'`*_[]|{}#\\\n\r")
    assert unescape(shown) == value.replace("\n", " ").replace("\r", " ")
