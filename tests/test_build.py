"""Build the real site into a temporary folder and check the cross-links both ways, in the HTML and the export."""
import json
import re
import shutil


from html import unescape as html_unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest

from kb import newcase
from kb.check import check

from conftest import FIXTURES, ROOT, build

pytestmark = pytest.mark.build  # every test here builds the site, through the site fixture or by itself


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def ids(page: str) -> set:
    return set(re.findall(r'\sid="([^"]+)"', page))


def test_behavior_pages_link_to_article_anchors_and_back(site, index):
    assert index.behaviors, "no behaviors"
    for bid, doc in index.behaviors.items():
        for lang, prefix in (("zh", ""), ("en", "en/")):
            page = html(site, f"{prefix}behaviors/{bid}")
            for violation in doc.data["violations"]:
                sid, label = violation["statute"], str(violation["article"])
                assert f'href="../../statutes/{sid}/#art-{label}"' in page, (bid, lang, sid, label)
                assert f"v-{sid}-{label}" in ids(page)
                statute = html(site, f"{prefix}statutes/{sid}")
                assert f"art-{label}" in ids(statute), (sid, label)
                assert f'href="../../behaviors/{bid}/#v-{sid}-{label}"' in statute, (sid, label, bid)
            for cid in doc.data["channels"]:
                assert f'href="../../channels/#ch-{cid}"' in page


def test_article_text_is_shown_verbatim(site, index):
    for (sid, label), article in index.articles.items():
        if "text" not in article:
            continue
        page = html(site, f"statutes/{sid}")
        first = article["text"].splitlines()[0].strip()
        assert first.replace("“", "&ldquo;")[:20] in page or first[:20] in page, (sid, label)


def test_case_pages_show_their_behaviors_and_articles(site, index):
    assert index.cases, "no cases"
    for case in index.cases:
        slug = index.case_slug(case)
        page = html(site, f"cases/{slug}")
        for bid in case.data["behaviors"]:
            assert f'href="../../behaviors/{bid}/"' in page
            for violation in index.behaviors[bid].data["violations"]:
                assert f'href="../../statutes/{violation["statute"]}/#art-{violation["article"]}"' in page
            assert f'href="../../cases/{slug}/"' in html(site, f"behaviors/{bid}")
        if case.data["review"]["state"] != "reviewed":
            assert "未经审核" in page


def test_export_matches_the_pages_both_ways(site, index):
    api = {name: json.loads((site / "api" / "v1" / f"{name}.json").read_text(encoding="utf-8"))
           for name in ("behaviors", "statutes", "cases", "channels")}
    for records in api.values():
        for record in records:
            assert record["id"] and (site / record["url"].split("#")[0] / "index.html").exists(), record["url"]
    behaviors = {b["id"]: b for b in api["behaviors"]}
    assert set(behaviors) == set(index.behaviors)
    cited = {}
    for bid, record in behaviors.items():
        assert record["title"]["zh"] and record["symptoms"]["zh"] and record["violations"]
        for v in record["violations"]:
            assert {"statute", "article", "level", "applies_when"} <= set(v)
            cited.setdefault((v["statute"], v["article"]), set()).add(bid)
    for statute in api["statutes"]:
        for article in statute["articles"]:
            assert set(article["behaviors"]) == cited.get((statute["id"], article["label"]), set())
            assert ("text" in article) == article["verified"]
    for case in api["cases"]:
        assert set(case["behaviors"]) <= set(behaviors)
    channel_ids = {c["id"] for c in api["channels"]}
    assert all(set(b["channels"]) <= channel_ids for b in behaviors.values())


def test_pages_load_nothing_from_other_origins(site):
    external = re.compile(r'<(?:script|link|img|iframe|source)[^>]+(?:src|href)="(?:https?:)?//', re.I)
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not external.search(text), page
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
    for asset in list(site.rglob("*.css")) + list(site.rglob("*.js")):
        text = asset.read_text(encoding="utf-8", errors="replace")
        assert "fonts.googleapis" not in text and "googletagmanager" not in text, asset


def test_english_pages_say_they_are_english(site, index):
    """Material's own labels (skip link, back to top) follow the page's language, not only <html lang>."""
    bid = next(iter(index.behaviors))
    for url, lang, skip, top in ((f"en/behaviors/{bid}", "en", "Skip to content", "Back to top"), ("en/statutes", "en", "Skip to content", "Back to top"),
                                 (f"behaviors/{bid}", "zh", "跳转至", "回到页面顶部")):
        page = re.sub(r"\s+", " ", html(site, url))
        assert f'<html lang="{lang}"' in page, url
        assert re.search(f'class="md-skip"> {skip} </a>', page), url
        assert re.search(f'data-md-component="top" hidden>.*?</svg> {top} </button>', page), url


def test_search_index_is_built(site):
    assert (site / "pagefind" / "pagefind.js").exists()
    assert list((site / "pagefind").glob("*.pf_meta"))


def test_a_broken_contribution_stops_the_build(tmp_path):
    tree = tmp_path / "repo"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "__pycache__"))
    case = next((tree / "docs" / "cases").glob("2*.md"))
    case.write_text(case.read_text(encoding="utf-8").replace("behaviors: [", "behaviors: [no-such-behavior, ", 1), encoding="utf-8")
    done = build(tree, tmp_path / "out")
    assert done.returncode != 0
    assert "E133" in done.stderr and "no-such-behavior" in done.stderr
    assert not (tmp_path / "out" / "index.html").exists()


def test_no_page_repeats_an_element_id(site):
    for page in list(site.glob("behaviors/*/index.html")) + list(site.glob("statutes/*/index.html")):
        found = re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8"))
        assert len(found) == len(set(found)), (page, sorted({i for i in found if found.count(i) > 1}))


def test_a_scaffolded_case_without_outcome_builds_with_the_unreviewed_notice(tmp_path):
    tree = tmp_path / "repo"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "__pycache__"))
    values = {"title": "催收员冒充律师打电话给我母亲", "date": "2026-03-02", "behaviors": ["contacting-family", "false-legal-threats"],
              "lender_type": "small-loan", "kind": "contributed", "slug": "fake-lawyer-mother",
              "story": "对方自称律师，说已经立案，要我母亲替我还钱。我母亲保存了通话录音和短信截图。"}
    path, warnings = newcase.create(tree, values)
    assert {p.code for p in warnings} == {"W202", "W203"}
    done = build(tree, tmp_path / "out")
    assert done.returncode == 0, done.stderr[-3000:]
    page = (tmp_path / "out" / "cases" / path.stem / "index.html").read_text(encoding="utf-8")
    assert "未经审核：这篇案例尚未经过编辑审核" in page and "替我还钱" in page
    assert ">结果</strong>" not in page
    listed = json.loads((tmp_path / "out" / "api" / "v1" / "cases.json").read_text(encoding="utf-8"))
    assert {"id": path.stem, "outcome": None, "review": "unreviewed"}.items() <= next(c for c in listed if c["id"] == path.stem).items()


def test_the_cited_item_is_marked_on_the_page_and_in_the_export(site, index):
    v = index.behaviors["night-calls"].data["violations"][0]
    assert (v["paragraph"], v["item"]) == (1, 3)
    lines = [line.strip() for line in index.articles[(v["statute"], str(v["article"]))]["text"].splitlines() if line.strip()]
    marked = re.findall(r"<mark>(.*?)</mark>", html(site, "behaviors/night-calls"))
    assert marked[0] == lines[3]
    exported = json.loads((site / "api" / "v1" / "behaviors.json").read_text(encoding="utf-8"))
    assert next(b for b in exported if b["id"] == "night-calls")["violations"][0]["line"] == 3


def test_summary_rules_carry_the_same_note_on_pages_and_in_the_export(site):
    from kb.words import UI
    exported = {s["id"]: s for s in json.loads((site / "api" / "v1" / "statutes.json").read_text(encoding="utf-8"))}
    standard = exported["gbt_45251_2025_hujin_cuishou_zhiyin"]
    assert standard["summary_note"]["zh"] == UI["zh"]["summary_note"] + " " + UI["zh"]["not_law"]
    assert standard["summary_note"]["zh"] in html(site, "statutes/gbt_45251_2025_hujin_cuishou_zhiyin")
    assert "summary_note" not in exported["minfadian"]


class _Main(HTMLParser):
    """The text of a page's main content (its <article>) without permalink signs, and the links in it."""

    def __init__(self):
        super().__init__()
        self.inside, self.skipping, self.text, self.links = 0, 0, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.inside += tag == "article"
        if self.inside and tag == "a":
            if "headerlink" in (attrs.get("class") or ""):
                self.skipping += 1
            else:
                self.links.append(attrs.get("href"))

    def handle_endtag(self, tag):
        self.inside -= tag == "article"
        if tag == "a" and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if self.inside and not self.skipping:
            self.text.append(data)


def main_content(site: Path, url: str) -> tuple[str, list[str]]:
    """(text without white space, links as site paths) of the main content of the page at url."""
    parser = _Main()
    parser.feed(html(site, url))
    links = [urljoin(f"http://site/{url}/", href).removeprefix("http://site/") for href in parser.links]
    return re.sub(r"\s+", "", "".join(parser.text)), links


def in_order(text: str, pieces: list[str]) -> None:
    at = 0
    for piece in pieces:
        piece = re.sub(r"\s+", "", piece)
        found = text.find(piece, at)
        assert found >= 0, f"{piece!r} missing (or out of order) after {text[max(0, at - 40):at]!r}"
        at = found + len(piece)


def _story_lines(body: str) -> list[str]:
    """What a reader sees of a Markdown story, line by line: without heading and list marks."""
    lines = (re.sub(r"^(#+|[-*]|\d+\.)\s+", "", line).replace("**", "") for line in body.splitlines())
    return [line for line in lines if line.strip() and "](" not in line and "<" not in line]


def test_a_case_page_shows_its_data_and_its_story(site, index):
    """Equivalence before and after the case box became HTML: everything the data says, in order, with its links."""
    from kb.render import cite
    from kb.words import LENDER_TYPES, PROVENANCE, UI
    case = next(c for c in index.cases if c.data["review"]["state"] == "reviewed" and "outcome" in c.data)
    data = case.data
    text, links = main_content(site, f"cases/{index.case_slug(case)}")
    pieces = [data["title"], "时间", data["date"], "放贷机构", LENDER_TYPES[data["lender_type"]]["zh"], "来源",
              PROVENANCE[data["provenance"]["kind"]]["zh"], "审核", data["review"]["reviewer"], UI["zh"]["case_box"]]
    expected_links = []
    for bid in data["behaviors"]:
        violations = index.behaviors[bid].data["violations"]
        pieces += [index.behaviors[bid].data["title"]["zh"], "：", "；".join(
            cite(index, v["statute"], str(v["article"]), "zh", v.get("paragraph"), v.get("item")) for v in violations)]
        expected_links += [f"behaviors/{bid}/"] + [f"statutes/{v['statute']}/#art-{v['article']}" for v in violations]
    pieces += ["结果", data["outcome"]] + _story_lines(case.body)
    in_order(text, pieces)
    assert links[:len(expected_links)] == expected_links


def test_a_behavior_page_shows_its_data(site, index):
    from kb.render import cite
    data = index.behaviors["night-calls"].data
    for lang, prefix in (("zh", ""), ("en", "en/")):
        text, links = main_content(site, f"{prefix}behaviors/night-calls")
        violations = []
        for v in data["violations"]:
            article = index.articles[(v["statute"], str(v["article"]))]
            violations += [cite(index, v["statute"], str(v["article"]), lang, v.get("paragraph"), v.get("item")), v["applies_when"][lang]]
            violations += [line.strip() for line in article.get("text", "").splitlines() if line.strip()]
        for section in ([data["title"][lang], data["summary"][lang]] + [v["text"][lang] for v in data["verdict"]], violations,
                        [e[lang] for e in data["evidence"]], [s[lang] for s in data["steps"]],
                        [index.channels[c].data["name"][lang] for c in data["channels"]]):
            in_order(text, section)  # each section in order; the order of the sections is the page's design
        statutes = [f"{prefix}statutes/{v['statute']}/#art-{v['article']}" for v in data["violations"]]
        assert [link for link in links if link.startswith(f"{prefix}statutes/")] == statutes
        others = [f"{prefix}channels/#ch-{c}" for c in data["channels"]] + [f"{prefix}behaviors/{r}/" for r in data.get("related", [])]
        assert set(others) <= set(links)


def test_a_statute_page_shows_its_articles_and_who_cites_them(site, index):
    statute = index.statutes["minfadian"].data
    text, links = main_content(site, "statutes/minfadian")
    pieces = [statute["title"]]
    for article in statute["articles"]:
        pieces += [article["number"]] + [line.strip() for line in article["text"].splitlines() if line.strip()]
        pieces += list(dict.fromkeys(index.behaviors[bid].data["title"]["zh"] for bid, _ in index.article_behaviors.get(("minfadian", str(article["label"])), [])))
    in_order(text, pieces)
    for (sid, label), users in index.article_behaviors.items():
        if sid == "minfadian":
            assert {f"behaviors/{bid}/#v-{sid}-{label}" for bid, _ in users} <= set(links)


def test_every_link_in_a_case_box_reaches_a_built_page_and_anchor(site, index):
    """MkDocs does not resolve the case box's links (they are HTML the hook writes): the cross-reference check must
    guarantee them, and this test holds it to that on every case page."""
    for case in index.cases:
        url = f"cases/{index.case_slug(case)}"
        page = html(site, url)
        box = page[page.index("</h1>"):page.index('class="kb-case-story"')]
        hrefs = re.findall(r'href="([^"]+)"', box)
        assert len(hrefs) >= 2 * len(case.data["behaviors"]), url
        for href in (h for h in hrefs if "://" not in h):  # the source box also links the published original
            target = urljoin(f"http://site/{url}/", href).removeprefix("http://site/")
            path, _, anchor = target.partition("#")
            assert (site / path / "index.html").exists(), (url, href)
            if anchor:
                assert anchor in ids(html(site, path.rstrip("/"))), (url, href)


def _nav_links(site: Path, url: str) -> set:
    """The pages the navigation of the page at url links to, as site paths."""
    page = html(site, url)
    nav = page[page.index('<nav class="md-nav md-nav--primary"'):page.index('<div class="md-sidebar md-sidebar--secondary"')]
    return {urljoin(f"http://site/{url}/", href).removeprefix("http://site/") for href in re.findall(r'href="([^"]+)"', nav)}


def test_the_navigation_reaches_every_section_and_opens_the_current_one(site):
    """navigation.prune writes only the open section's pages into a page: every other section is still one link away."""
    guides = sorted(p.stem for p in (ROOT / "docs" / "guides").glob("*.md") if p.stem != "index")
    on_a_case = _nav_links(site, "cases/" + next((ROOT / "docs" / "cases").glob("2*.md")).stem)
    assert {"", "act/", "behaviors/", "procedures/", "guides/", "statutes/", "channels/", "cases/", "matrix/", "about/", "en/"} <= on_a_case
    assert not any(f"guides/{g}/" in on_a_case for g in guides)
    assert {f"guides/{g}/" for g in guides} <= _nav_links(site, "guides/evidence")


def _primary_nav(site: Path, url: str) -> str:
    page = html(site, url)
    return re.sub(r"\s+", " ", page[page.index('<div class="md-sidebar md-sidebar--primary"'):page.index('<div class="md-sidebar md-sidebar--secondary"')])


def test_case_pages_share_the_navigation_material_renders_for_a_page_outside_the_nav(site, index):
    """Case pages reuse one rendered navigation (overrides/main.html, kb_shared): it must be what Material renders
    on its own for a page in the same folder that is not in the nav either (a per-kind case list)."""
    rendered = _primary_nav(site, "cases/kind-official")
    assert 'href="../../guides/"' in rendered
    for case in index.cases:
        assert _primary_nav(site, f"cases/{index.case_slug(case)}") == rendered, case.path


def test_a_page_named_in_the_navigation_must_exist(tmp_path):
    tree = tmp_path / "repo"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "__pycache__"))
    (tree / "docs" / "about" / "api.md").unlink()  # a page nothing but the nav names (intents and queries name the guides)
    done = build(tree, tmp_path / "out")
    assert done.returncode != 0
    assert re.search(r"'about/api\.md' is included in the 'nav' configuration", done.stderr), done.stderr[-2000:]


def test_every_behavior_page_puts_what_to_do_before_the_articles(site, index):
    """A reader on a phone reaches the verdict, 怎么做, the evidence and where to complain before the article cards."""
    from kb.words import UI
    for bid in index.behaviors:
        for prefix, lang in (("", "zh"), ("en/", "en")):
            page = html(site, f"{prefix}behaviors/{bid}")
            order = [page.index(f'id="{anchor}"') for anchor in ("verdict", "steps", "evidence", "channels", "violations")]
            assert order == sorted(order), (bid, lang, order)
            assert re.search(rf'<h2 id="steps">{re.escape(UI[lang]["steps"])}', page), (bid, lang)


def test_the_triage_page_gets_only_what_it_shows(site, index):
    """The triage page's files stay small (what it shows first; the articles when opened) and carry the evidence
    log's limits exactly as the statute files state them."""
    api = site / "api" / "v1"
    for lang in ("zh", "en"):
        assert (api / f"triage-{lang}.json").stat().st_size <= 150_000
    triage = json.loads((api / "triage-zh.json").read_text(encoding="utf-8"))
    stated = [(sid, str(a["label"]), a["limits"]) for sid, d in index.statutes.items() for a in d.data["articles"] if "limits" in a]
    assert len(stated) == 4 and {limit["rule"] for limit in triage["limits"]} == {f"{s}|{label}" for s, label, _ in stated}
    for limit in triage["limits"]:
        sid, label = limit["rule"].split("|")
        article = index.articles[(sid, label)]
        assert {k: limit[k] for k in article["limits"]} == article["limits"]
        assert all(n in article["summary"]["zh"] for n in article["limits"].get("quiet", [])), limit
    assert not (site / "assets" / "kb-limits.js").exists()
    assert triage["rules"]["letter_kinds"] == ["lender", "regulator", "industry"]


def test_behavior_pages_give_phone_numbers_as_links_and_say_what_is_unverified(site, index):
    page = html(site, "behaviors/threats-of-violence")
    assert '<a href="tel:110">110</a>' in page
    what = index.channels["nfra-12378"].data["unverified_what"]["zh"]
    assert f'<span class="kb-unverified">未核实：{what}</span>' in page


def test_real_cases_show_their_source_and_come_first(site, index):
    real = [c for c in index.cases if "source" in c.data]
    assert len(real) >= 13
    level_words = {"A": "官方全文", "B": "官方发布的转载", "C": "新闻报道"}
    for case in real:
        slug, source = index.case_slug(case), case.data["source"]
        page = html(site, f"cases/{slug}")
        box = re.search(r'<aside class="kb-source.*?</aside>', page, re.S).group(0)
        assert f"<strong>{level_words[source['level']]}</strong>" in box and source["publisher"] in box, slug
        for number in source.get("case_numbers", []):
            assert f'<span class="kb-case-number">{number}</span>' in box, (slug, number)
        for citation in case.data.get("articles", []):
            assert f'href="../../statutes/{citation["statute"]}/#art-{citation["article"]}"' in box, (slug, citation)
        assert page.index("kb-source") < page.index("kb-case-story")  # above the story
        assert 'data-pagefind-weight="0.7"' in page
    assert 'data-pagefind-weight="0.5"' in html(site, f"cases/{index.case_slug(next(c for c in index.cases if 'source' not in c.data))}")
    mixed = 0
    for bid in index.behaviors:
        listed = re.findall(r'href="\.\./\.\./cases/([0-9]{4}-[a-z0-9-]+)/"', html(site, f"behaviors/{bid}"))
        flags = ["source" in next(c for c in index.cases if index.case_slug(c) == slug).data for slug in listed]
        assert flags == sorted(flags, reverse=True), (bid, listed)  # real cases before the others
        mixed += any(flags) and not all(flags)
    assert mixed, "no behavior page lists both real and illustrative cases"
    channels = html(site, "channels")
    for case in (c for c in real if c.data["provenance"]["kind"] == "penalty"):
        assert f'href="../cases/{index.case_slug(case)}/"' in channels


def test_export_carries_source_and_applied_articles(site, index):
    cases = {c["id"]: c for c in json.loads((site / "api" / "v1" / "cases.json").read_text(encoding="utf-8"))}
    for case in index.cases:
        record = cases[index.case_slug(case)]
        assert record["provenance"] == case.data["provenance"]["kind"]  # still the kind as a string
        source = case.data.get("source")
        if source is None:
            assert record["source"] is None
            continue
        assert record["source"]["level"] == source["level"] and record["source"]["publisher"] == source["publisher"]
        assert record["source"]["case_numbers"] == source.get("case_numbers", []) and "reference" not in record["source"]
        assert [(a["statute"], a["article"]) for a in record["articles"]] == [(a["statute"], a["article"]) for a in case.data.get("articles", [])]
        for article in record["articles"]:
            assert article["cite"]["zh"] and (site / article["url"].split("#")[0] / "index.html").exists()


class _Table(HTMLParser):
    """The text of every cell of every table row."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def test_markup_in_contributed_strings_is_shown_as_text(tmp_path):
    """A case whose title and outcome hold | [x](y) <b> ` * _ & {#id}: its row in the case list stays one row
    with the literal title, its page shows title and outcome as written, and no markup from them reaches the HTML."""
    tree = tmp_path / "repo"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "__pycache__", ".corpus"))
    shutil.copytree(FIXTURES / "markup", tree, dirs_exist_ok=True)
    case = check(tree).index.cases
    data = next(c for c in case if c.path.endswith("2025-markup-title.md")).data
    done = build(tree, tmp_path / "out")
    assert done.returncode == 0, done.stderr[-3000:]
    table = _Table()
    table.feed((tmp_path / "out" / "cases" / "index.html").read_text(encoding="utf-8"))
    assert len(table.rows) == len(case) + 1 and all(len(row) == 5 for row in table.rows), table.rows
    assert [row for row in table.rows if row[1] == data["title"]] == [[data["date"], data["title"], "编辑示例", "银行（含信用卡）", "夜间催收"]]
    page = (tmp_path / "out" / "cases" / "2025-markup-title" / "index.html").read_text(encoding="utf-8")
    assert "<b>粗</b>" not in page and "<i>斜</i>" not in page and 'href="y"' not in page and 'href="http://example.com"' not in page
    assert html_unescape(re.sub(r"<[^>]+>", "", page)).count(data["outcome"]) == 1
    listed = (tmp_path / "out" / "behaviors" / "night-calls" / "index.html").read_text(encoding="utf-8")
    assert html_unescape(re.sub(r"<[^>]+>", "", listed)).count(data["title"]) == 1
