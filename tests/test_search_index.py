"""Search indexes of bounded size: what a page costs Pagefind, how the pages are split into indexes, and a site
built with several indexes that the browser merges into one search."""
import gzip
import json
import re
import shutil
from html import escape

import pytest
from hypothesis import given, strategies as st

from kb.search import _ARTICLE, BUDGET_VARIABLE, VOCABULARY, batches, folder, indexed_words, is_case, spaced
from conftest import ROOT, build, serving, watching
from test_browser import search


def test_indexed_words_are_the_words_outside_ignored_elements():
    page = ('<article data-pagefind-body><h1>综 合 示 例 第 7 号</h1>'
            '<div data-pagefind-ignore><p>故 事<br>Story</p><div><p>more</p></div></div>'
            '<p><strong data-pagefind-ignore>结 果</strong>： 协 商 , 协 商 Calls calls</p><img src="x.png" alt="">tail</article>')
    assert indexed_words(page) == {"综", "合", "示", "例", "第", "7", "号", "协", "商", "calls", "tail"}


_TREES = st.recursive(
    st.sampled_from(["协", "商", "calls", "tail", "7", "<br>"]),
    lambda inner: st.tuples(st.sampled_from(["div", "p", "span", "strong"]), st.booleans(), st.lists(inner, max_size=4)),
    max_leaves=30)


def _html(tree) -> str:
    if isinstance(tree, str):
        return f" {tree} "
    name, ignored, children = tree
    return f'<{name}{" data-pagefind-ignore" if ignored else ""} class="x">' + "".join(map(_html, children)) + f"</{name}>"


def _words(tree) -> set:
    if isinstance(tree, str):
        return set() if tree == "<br>" else {tree}
    return set() if tree[1] else set().union(set(), *map(_words, tree[2]))


@given(st.lists(_TREES, max_size=5))
def test_indexed_words_follow_the_nesting_of_ignored_elements(trees):
    assert indexed_words("".join(map(_html, trees))) == set().union(set(), *map(_words, trees))


def test_a_case_page_indexes_what_distinguishes_it_not_what_every_case_page_repeats(site, index):
    """The box's heading and the labels are on every case page: search leaves them out, keeps the rest."""
    from kb.words import UI
    case = next(c for c in index.cases if "outcome" in c.data and c.data.get("source", {}).get("case_numbers"))
    page = (site / "cases" / index.case_slug(case) / "index.html").read_text(encoding="utf-8")
    body = spaced(_ARTICLE.search(page).group(0))

    def indexed(text: str) -> bool:  # a word put in its place is counted
        spaced_text = spaced(f">{escape(text)}<")[1:-1].strip()
        assert spaced_text in body, text
        return "zzqx" in indexed_words(body.replace(spaced_text, " zzqx "))

    for repeated in (UI["zh"]["case_box"], "结果", "案号/文号", "出处"):
        assert not indexed(repeated), repeated
    for own in (case.data["title"], case.data["outcome"], case.data["source"]["publisher"], case.data["source"]["case_numbers"][0]):
        assert indexed(own), own


def test_no_ignored_element_holds_what_pagefind_reads_in_ignored_elements(site):
    """The scratch copies leave ignored elements out; Pagefind would still read filters, meta and sort keys in them."""
    from kb.search import _without_ignored
    attribute = re.compile(r"data-pagefind-(?:filter|meta|sort)[^>]*")
    for page in site.rglob("*.html"):
        body = _ARTICLE.search(page.read_text(encoding="utf-8"))
        if body:
            assert attribute.findall(body.group(0)) == attribute.findall(_without_ignored(body.group(0))), page


def _pages(cases: list[int], others: list[int]) -> list[tuple[str, int]]:
    return [(f"cases/c{n}/index.html", w) for n, w in enumerate(cases)] + \
           [(f"statutes/s{n}/index.html", w) for n, w in enumerate(others)]


@given(st.lists(st.integers(0, 500), max_size=60), st.lists(st.integers(0, 3000), max_size=8), st.integers(1, 2000))
def test_batches_keep_every_page_once_other_pages_first_and_cases_within_the_budget(cases, others, budget):
    pages = _pages(cases, others)
    plan = batches(reversed(pages), budget)  # whatever the order given
    assert sorted(p for batch in plan for p in batch) == sorted(p for p, _ in pages)
    assert {p for p, _ in pages if not is_case(p)} <= set(plan[0])
    assert all(is_case(p) for batch in plan[1:] for p in batch)
    counts = dict(pages)
    for n, batch in enumerate(plan):
        total = sum(counts[p] for p in batch)
        if n > 0:
            assert batch and (total <= budget or len(batch) == 1), (batch, total)  # one case larger than the budget alone
        if n + 1 < len(plan):
            assert total + counts[plan[n + 1][0]] > budget  # the next index starts only when the case did not fit


def test_small_sites_have_one_index_and_order_is_by_path():
    assert [len(b) for b in batches(_pages([40] * 29, [3000] * 5), 150_000)] == [34]
    assert batches(_pages([60, 60, 60], [50]), 120) == [["statutes/s0/index.html", "cases/c0/index.html"],
                                                        ["cases/c1/index.html", "cases/c2/index.html"]]
    assert [folder(n) for n in (1, 2, 3)] == ["pagefind", "pagefind-2", "pagefind-3"]


def _urls(index_folder) -> set:
    """The pages an index holds, from its fragments (gzip, then Pagefind's signature and JSON)."""
    return {json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd"))["url"]
            for f in (index_folder / "fragment").glob("*.pf_fragment")}


def _case_words(site) -> tuple[set, set]:
    """The words search indexes on the case pages of a built site, and on its other pages."""
    cases, others = set(), set()
    for page in site.rglob("*.html"):
        body = _ARTICLE.search(page.read_text(encoding="utf-8"))
        if body:
            (cases if is_case(page.relative_to(site).as_posix()) else others).update(indexed_words(spaced(body.group(0))))
    return cases, others


@pytest.fixture(scope="module")
def split_site(tmp_path_factory):
    """The repository built with a budget smaller than the pages other than cases: every case in a further index."""
    tree = tmp_path_factory.mktemp("split") / "repo"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "__pycache__"))
    out = tree.parent / "site"
    done = build(tree, out, **{BUDGET_VARIABLE: "1000"})
    assert done.returncode == 0, done.stderr[-4000:]
    return out


def _search_json(site) -> dict:
    return json.loads((site / "api" / "v1" / "search.json").read_text(encoding="utf-8"))


@pytest.mark.build
def test_a_small_budget_splits_the_cases_into_further_indexes_each_page_in_one(split_site, site):
    more = _search_json(split_site)["more_indexes"]
    assert len(more) >= 2
    assert more == [f"{p.name}/" for p in sorted(split_site.glob("pagefind-*"), key=lambda p: int(p.name.split("-")[1]))]
    held = [_urls(split_site / "pagefind") - {"/kb-vocabulary/"}] + [_urls(split_site / m) - {"/kb-vocabulary/"} for m in more]
    assert sum(map(len, held)) == len(set().union(*held))  # no page in two indexes
    assert set().union(*held) == _urls(site / "pagefind")  # the same pages as the site's one index
    assert not any(u.startswith("/cases/") for u in held[0])
    assert _search_json(split_site)["filters"] == VOCABULARY
    assert not [f for m in more for f in (split_site / m).glob("*.*") if f.suffix in (".js", ".css", ".pagefind")]  # runtime: the first's
    assert all("/kb-vocabulary/" in _urls(split_site / m) for m in ["pagefind/", *more])  # each index knows every word
    assert {k: _search_json(site)[k] for k in ("more_indexes", "filters")} == {"more_indexes": [], "filters": {}}
    assert "/kb-vocabulary/" not in _urls(site / "pagefind") and not list(site.glob("pagefind-*"))


@pytest.mark.build
def test_search_finds_a_case_that_only_a_merged_index_holds(browser, split_site, index):
    last = max(index.cases, key=lambda c: index.case_slug(c))
    url = f"/cases/{index.case_slug(last)}/"
    assert url in _urls(split_site / _search_json(split_site)["more_indexes"][-1])
    case_words, other_words = _case_words(split_site)
    elsewhere = min(w for w in other_words - case_words if len(w) == 1 and w > "\u4e00")  # a character no case page has
    box = "[data-kb-inline-search]"
    with serving(split_site) as origin, watching(browser, origin) as tab:
        tab.page.goto(origin)
        everything = search(tab.page, "半夜打电话")
        assert "/behaviors/night-calls/" in everything[:3]  # the first index answers as before
        assert not [h for h in everything if "kb-vocabulary" in h]  # the vocabulary pages hold every word, yet never show
        tab.page.locator(f'{box} [data-kind="case"]').click()
        full = f"{box} .kb-result:not([data-possible]) a"
        search(tab.page, last.data["title"])
        assert tab.page.locator(full).first.get_attribute("href") == url
        # With a word that no case holds, no case has every word: indexes of cases alone must not drop that word.
        search(tab.page, elsewhere + last.data["title"])
        assert tab.page.locator(full).count() == 0
        assert any("/pagefind-" in u for u in tab.requests)
