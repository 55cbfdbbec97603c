"""The query set (search/queries.yml), typed into the site's own search box in headless Chromium: every group
at 100 % top-3 and no empty answer; questions reach the page that answers them; frightening pages only when
asked for; a query with no full match says its results are possibly related; the export the box reads."""
import json
from collections import defaultdict

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe

from conftest import ROOT
from kb import searchdata
from kb.render import url
from test_browser import search

GROUPS = {"symptoms", "questions", "long", "idioms", "typos", "pinyin", "english", "legal"}


@pytest.fixture(scope="module")
def queries(index):
    found, problems = searchdata.load_queries(ROOT, index)
    assert problems == []
    return found


def test_query_set_is_large_grouped_and_points_at_real_pages(queries):
    assert len(queries) >= 250
    groups = defaultdict(list)
    for q in queries:
        groups[q.group].append(q.q)
    assert GROUPS <= set(groups), sorted(groups)
    assert all(len(q) >= 20 for q in groups["long"]), [q for q in groups["long"] if len(q) < 20]
    assert all(q.isascii() for q in groups["english"])
    assert all(all(q.expect) for q in queries)


def _hrefs_ok(hrefs: list, expect: list) -> bool:
    wanted = {u for src in expect for u in (url(src), url("en/" + src))}
    return any(h.lstrip("/") in wanted for h in hrefs[:3])


def test_every_group_finds_its_pages_in_the_top_three_and_never_nothing(tab, server, queries):
    page = tab.page
    page.goto(server)
    misses, empty = defaultdict(list), []
    for query in queries:
        hrefs = search(page, query.q)
        if not hrefs:
            empty.append(query.q)
        if not _hrefs_ok(hrefs, query.expect):
            misses[query.group].append((query.q, query.expect, hrefs[:3]))
    assert empty == [], f"{len(empty)} queries answered with nothing"
    assert dict(misses) == {}, "\n".join(f"{g}: {len(m)} missed: {m}" for g, m in misses.items())


def _first(page, query):
    return [h.lstrip("/") for h in search(page, query)]


def test_questions_open_on_the_page_that_answers_them_and_not_on_frightening_ones(tab, server):
    page = tab.page
    page.goto(server)
    calm = {"behaviors/detention/", "behaviors/threats-of-violence/", "behaviors/property-damage/"}
    for query, first in [("被催收了怎么办", "guides/first-steps/"), ("去哪里投诉催收", "channels/"), ("被起诉了怎么办", "procedures/sued-in-court/"),
                         ("今天应该做什么", "guides/first-steps/"), ("欠的钱到底要不要还", "guides/negotiate/"), ("压力太大了想死", "guides/support/")]:
        hrefs = _first(page, query)
        assert hrefs[0] == first, (query, hrefs[:3])
        assert not calm & set(hrefs[:3]), (query, hrefs[:3])
    # …and the frightening pages still come first when the query describes them.
    for query, first in [("不让我走", "behaviors/detention/"), ("泼油漆", "behaviors/property-damage/"), ("说要打断我的腿", "behaviors/threats-of-violence/")]:
        assert _first(page, query)[0] == first, query


def test_the_matcher_judges_what_a_question_is_about_not_how_it_asks(tab, server):
    """The words of a matched question leave the query whole (no "s" of "calls" left over), English function words
    are no evidence of a behavior, and neither is one word left over: the question opens on the page that answers it."""
    page = tab.page
    page.goto(server)
    seen = page.evaluate("""async () => {
      const m = await import(location.origin + "/assets/kb-match.js");
      const index = m.prepare(await (await fetch(location.origin + "/api/v1/search.json")).json());
      return { rest: m.residue(index, "how do I record the calls"), grams: [...m.grams("how do I record the calls")],
               likely: m.understand(index, "how do I record the calls").likely };
    }""")
    assert seen["rest"] == "how do i" and seen["likely"] is None, seen
    assert seen["grams"] == ["~record", "~call"], seen
    assert _first(page, "how do I record the calls")[0] == "guides/evidence/"
    # One word left over by a question (hurt) describes no behavior: no frightening page before the credit guide.
    hrefs = _first(page, "will this hurt my credit report")
    assert hrefs[0] == "guides/credit-report/" and not any("threats-of-violence" in h for h in hrefs[:3]), hrefs[:3]


def test_a_question_about_a_named_practice_opens_on_that_practice(tab, server):
    page = tab.page
    page.goto(server)
    hrefs = _first(page, "催收给我家人打电话合法吗")
    assert "behaviors/contacting-family/" in hrefs[:2] and "guides/lawful-collection/" in hrefs[:3], hrefs[:3]


def test_no_full_match_gives_possibly_related_results_and_nothing_known_gives_the_entry_points(tab, server):
    page = tab.page
    page.goto(server)
    box = "[data-kb-inline-search]"
    hrefs = search(page, "催收天天骂我猪狗不如")  # no page has all these characters: Pagefind alone finds nothing
    assert "behaviors/insults/" in [h.lstrip("/") for h in hrefs[:3]], hrefs
    assert page.locator(f"{box} .kb-result[data-possible]").count() == len(hrefs)  # none has every word
    assert page.locator(f"{box} .kb-result__possible").first.inner_text() == "可能相关"
    assert "可能相关" in page.locator(f"{box} .kb-finder__status").inner_text()
    hrefs = search(page, "龘靐齉")
    assert [h.lstrip("/") for h in hrefs] == ["act/", "guides/first-steps/", "channels/"]
    assert "从这里开始" in page.locator(f"{box} .kb-finder__status").inner_text()


def test_results_read_well_after_a_search_in_the_header(tab, server):
    page = tab.page
    page.goto(server + "statutes/")
    page.locator(".kb-search__open").click()
    panel = "#kb-search-panel"
    search(page, "半夜打电话", box=panel)
    size = lambda sel: page.eval_on_selector(f"{panel} {sel}", "e => parseFloat(getComputedStyle(e).fontSize)")
    assert size(".kb-result__title") >= size(".kb-result__excerpt") >= 14
    search(page, "催收天天骂我猪狗不如", box=panel)  # shows the 可能相关 label as well
    found = Axe().run(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in found if v["id"] == "color-contrast"] == []
    assert [v["id"] for v in found if v["impact"] in ("serious", "critical")] == []


def test_the_box_reads_intents_from_the_export(site, index):
    """api/v1/search.json carries every intent of search/intents.yml, with pages that exist in the built site."""
    data = json.loads((site / "api" / "v1" / "search.json").read_text(encoding="utf-8"))
    source = yaml.safe_load((ROOT / searchdata.INTENTS).read_text(encoding="utf-8"))
    assert [i["id"] for i in data["intents"]] == [i["id"] for i in source["intents"]]
    pages = [p for i in data["intents"] for p in i["pages"]] + data["entry_points"] + data["symptoms"]
    for p in pages:
        for u in (p["url"], p["url_en"]):
            assert (site / u / "index.html").exists(), u
    assert len(data["symptoms"]) == len(index.behaviors) + len(index.procedures)
    assert all(p["phrases"] and p["pinyin"] for p in data["symptoms"])


WORDS = [w.strip() for w in (ROOT / "search" / "domain-words.txt").read_text(encoding="utf-8").splitlines()
         if w.strip() and not w.startswith("#")]


def test_domain_words_find_pages_that_contain_them(tab, server, site):
    page = tab.page
    page.goto(server)
    for word in WORDS:
        hrefs = search(page, word)
        assert hrefs, f"no result for {word}"
        first = (site / hrefs[0].strip("/") / "index.html").read_text(encoding="utf-8")
        assert word in first, f"first result for {word} is {hrefs[0]}, which does not contain it"
