"""Every query in search/queries.yml, typed into the site's own search box in headless Chromium,
must bring an expected behavior or procedure page into the first three results."""
from pathlib import Path

import yaml

from conftest import ROOT
from test_browser import search

QUERIES = yaml.safe_load((ROOT / "search" / "queries.yml").read_text(encoding="utf-8"))


def test_query_set_is_large_and_points_at_real_behaviors(index):
    assert len(QUERIES) >= 60
    assert any(q["q"].isascii() for q in QUERIES) and any(not q["q"].isascii() for q in QUERIES)
    for query in QUERIES:
        assert set(query["expect"]) <= set(index.behaviors) | set(index.procedures), query


def test_every_query_finds_its_behavior_in_the_top_three(tab, server):
    page = tab.page
    page.goto(server)
    misses = []
    for query in QUERIES:
        hrefs = search(page, query["q"])
        found = [h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs[:3] if "/behaviors/" in h or "/procedures/" in h]
        if not set(found) & set(query["expect"]):
            misses.append((query["q"], query["expect"], hrefs[:3]))
        page.locator("[data-kb-inline-search] input").fill("")
    assert misses == [], f"{len(misses)}/{len(QUERIES)} queries missed:\n" + "\n".join(map(str, misses))


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
