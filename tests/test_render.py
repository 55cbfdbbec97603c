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
    pages = render.cases_index(index)
    assert list(pages) == ["cases/index.md", "cases/page-2.md", "cases/page-3.md"]
    rows = {src: re.findall(r"\]\((2020-synthetic-\d+)\.md\)", text) for src, text in pages.items()}
    assert [len(r) for r in rows.values()] == [100, 100, 50]
    assert sorted(sum(rows.values(), [])) == sorted(c.path[11:-3] for c in many)
    assert "[较早 →](page-2.md)" in pages["cases/index.md"] and "← 较新" not in pages["cases/index.md"]
    assert "[← 较新](index.md)" in pages["cases/page-2.md"] and "[较早 →](page-3.md)" in pages["cases/page-2.md"]
    assert "较早 →" not in pages["cases/page-3.md"] and "**3**" in pages["cases/page-3.md"]


def test_a_short_case_list_is_one_page_without_pager():
    pages = render.cases_index(check(ROOT).index)
    assert list(pages) == ["cases/index.md"] and "kb-pager" not in pages["cases/index.md"]


@given(st.text())
def test_literal_text_carries_no_markup_and_reads_back(value):
    shown = render.literal(value)
    assert not set(re.sub(r"&#[0-9]+;", "", shown)) & set("&<>\"'`*_[]|{}#\\\n\r")
    assert unescape(shown) == value.replace("\n", " ").replace("\r", " ")
