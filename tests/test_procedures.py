"""Legal procedures: the pages in zh and en, their cross-links both ways, the export, and in headless Chromium at
a phone viewport the deadline calculator (including a period ending on a weekend), the drafts a reader can file
(no admission of the debt, nothing kept after a reload) and accessibility after interaction."""
import datetime as dt
import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import PHONE
from kb.corpus import Corpus, default_dir, normalise
from kb.render import cite

PIDS = ["sued-in-court", "payment-order", "arbitration", "enforcement", "blacklist-and-spending-limits"]


def api(site, name):
    return json.loads((site / "api" / "v1" / f"{name}.json").read_text(encoding="utf-8"))


# --- build ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pid", PIDS)
def test_pages_exist_in_both_languages_with_deadlines_first(site, index, pid):
    data = index.procedures[pid].data
    for lang, page in (("zh", site / "procedures" / pid / "index.html"), ("en", site / "en" / "procedures" / pid / "index.html")):
        html = page.read_text(encoding="utf-8")
        assert f"<h1" in html and data["title"][lang].split(" ")[0] in html
        order = [html.find(f'id="{anchor}"') for anchor in ("deadlines", "steps", "if-nothing", "what", "citations")]
        assert all(n > 0 for n in order) and order == sorted(order), order
        for d in data["deadlines"]:
            assert f'data-kb-deadline="{d["id"]}"' in html
        assert 'data-pagefind-weight="10"' in html  # symptoms weigh as much as behaviors' symptoms
    assert (site / "procedures" / "index.html").exists() and (site / "en" / "procedures" / "index.html").exists()


def test_cross_links_both_ways(site, index):
    fake = (site / "behaviors" / "fake-legal-documents" / "index.html").read_text(encoding="utf-8")
    for pid in ("sued-in-court", "payment-order", "arbitration", "enforcement"):
        assert "fake-legal-documents" in index.procedures[pid].data["related"]["behaviors"]
        assert f'href="../../procedures/{pid}/"' in fake
        page = (site / "procedures" / pid / "index.html").read_text(encoding="utf-8")
        assert 'href="../../behaviors/fake-legal-documents/"' in page
    statute = (site / "statutes" / "minshi_susong_fa_2023" / "index.html").read_text(encoding="utf-8")
    section = statute[statute.index('id="art-128"'):statute.index('id="art-130"')]
    assert 'href="../../procedures/sued-in-court/"' in section
    en = (site / "en" / "statutes" / "minsu_fa_jieshi_2022" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../procedures/payment-order/"' in en[en.index('id="art-436"'):en.index('id="art-437"')]


def test_export_records(site, index):
    ordered = [r["id"] for r in api(site, "procedures")]
    assert ordered.index("sued-in-court") < ordered.index("payment-order") < ordered.index("enforcement")  # reading order
    records = {r["id"]: r for r in api(site, "procedures")}
    assert set(records) == set(index.procedures)
    for pid, record in records.items():
        assert record["url"] == f"procedures/{pid}/" and record["url_en"] == f"en/procedures/{pid}/"
        assert (site / record["url"] / "index.html").exists() and (site / record["url_en"] / "index.html").exists()
        for d in record["deadlines"]:
            assert sum(k in d for k in ("days", "months", "years")) == 1
            assert {"starts", "statute", "article", "consequence", "party"} <= set(d)
            assert (d["statute"], d["article"]) in index.articles
        for c in record["citations"]:
            assert c["cite"]["zh"] == cite(index, c["statute"], c["article"], "zh", c.get("paragraph"), c.get("item"))
        assert record["steps"] and record["related"].keys() == {"behaviors", "procedures", "channels"}
    answer = next(d for d in records["sued-in-court"]["deadlines"] if d["id"] == "answer")
    assert (answer["days"], answer["statute"], answer["article"]) == (15, "minshi_susong_fa_2023", "128")
    assert answer["counting"]["cite"]["zh"] == "民事诉讼法第八十五条第三款"
    statutes = {s["id"]: s for s in api(site, "statutes")}
    art = next(a for a in statutes["minshi_susong_fa_2023"]["articles"] if a["label"] == "128")
    assert "sued-in-court" in art["procedures"]


@pytest.mark.skipif(not default_dir().is_dir(), reason="needs the reference corpus")
def test_counting_rule_the_calculator_cites_says_so(index):
    """The rest-day rule the calculator names is in the article it cites, word for word in the corpus."""
    text = Corpus(default_dir()).articles("minshi_susong_fa_2023.md")["85"]
    assert normalise("期间开始的时和日，不计算在期间内") in text
    assert normalise("期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期") in text
    assert normalise("债务人应当自收到支付令之日起十五日内清偿债务，或者向人民法院提出书面异议") in \
        Corpus(default_dir()).articles("minshi_susong_fa_2023.md")["227"]


# --- browser -------------------------------------------------------------------------------------------------

def open_page(page, server, path):
    page.goto(server + path)
    page.locator(".kb-deadlines__start input").first.wait_for()


def result(page, deadline):
    box = page.locator(f"[data-kb-deadline='{deadline}'] .kb-deadline__result")
    box.locator(".kb-deadline__date").wait_for()
    return box


def test_answer_period_ending_on_a_weekend(tab, server, index):
    page = tab.page
    open_page(page, server, "procedures/sued-in-court/")
    days = next(d["days"] for d in index.procedures["sued-in-court"].data["deadlines"] if d["id"] == "answer")
    received = dt.date(2026, 3, 6)  # a Friday: fifteen days later is a Saturday
    last = received + dt.timedelta(days=days)
    assert last.weekday() == 5
    page.locator("[data-kb-start='kb-start-1']").fill(received.isoformat())
    box = result(page, "answer")
    assert box.locator(".kb-deadline__date").get_attribute("data-date") == last.isoformat()
    assert "2026年3月21日（星期六）" in box.inner_text()
    # the possible extension is named, never given as the date to act by
    assert box.locator(".kb-deadline__weekend").get_attribute("data-next") == (last + dt.timedelta(days=2)).isoformat()
    assert "民事诉讼法第八十五条第三款" in box.inner_text() and "调休" in box.inner_text()
    # the jurisdiction objection shares the start date and the last day
    assert result(page, "jurisdiction").locator(".kb-deadline__date").get_attribute("data-date") == last.isoformat()
    # a weekday end has no extension, but still warns that holidays are unknown
    page.locator("[data-kb-start='kb-start-1']").fill("2026-03-02")
    box = result(page, "answer")
    assert box.locator(".kb-deadline__date").get_attribute("data-date") == "2026-03-17"
    assert box.locator(".kb-deadline__weekend").count() == 0 and "节假日" in box.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "page scrolls sideways on a phone"


def test_months_years_and_the_creditors_deadline(tab, server):
    page = tab.page
    open_page(page, server, "en/procedures/arbitration/")
    page.locator("[data-kb-start]").first.fill("2026-01-31")
    box = result(page, "set-aside")
    assert box.locator(".kb-deadline__date").get_attribute("data-date") == "2026-04-30"  # no 31 April: the month's last day
    assert "Thursday 30 April 2026" in box.inner_text()
    open_page(page, server, "procedures/enforcement/")
    page.locator("[data-kb-start]").first.fill("2024-02-29")
    box = result(page, "apply-for-enforcement")
    assert box.locator(".kb-deadline__date").get_attribute("data-date") == "2026-02-28"
    assert "债权人的期限" in box.inner_text()


def test_objection_draft_disputes_the_debt_and_admits_nothing(tab, server, index):
    page = tab.page
    open_page(page, server, "procedures/payment-order/")
    filings = page.locator("[data-kb-filings]")
    draft = filings.locator("[data-filing='objection'] textarea")
    draft.wait_for()
    # the rule on "I cannot pay" is quoted from the export, as the statute page has it
    quote = index.articles[("minsu_fa_jieshi_2022", "436")]["text"].splitlines()[0]
    assert filings.locator("q").first.inner_text() == quote
    assert "【勾选你要争辩的点" in draft.input_value() and filings.locator(".kb-filings__warn").inner_text() != ""
    filings.locator("input[name=name]").fill("张三")
    filings.locator("input[name=court]").fill("某区人民法院")
    filings.locator("input[name=point-interest]").check()
    filings.locator("textarea[name=reason-interest]").fill("合同没有约定罚息以外的复利")
    filings.locator("input[name=point-limitation]").check()
    filings.locator("input[name=lastPaid]").fill("2021-05-10")
    text = draft.input_value()
    assert "异议人（债务人）：张三" in text and "关于利息" in text and "合同没有约定罚息以外的复利" in text
    assert "2021-05-10" in text and "第一百九十二条第一款" in text and "到申请人提出申请时" in text
    paragraph = filings.locator("[data-filing='limitation'] textarea").input_value()
    assert paragraph.startswith("关于诉讼时效：申请人（原告）主张的这笔债权，本人最后一次还款的日期是 2021-05-10") and "提出申请或者起诉时" in paragraph
    assert filings.locator(".kb-filings__warn").inner_text() == ""
    for kind in ("objection", "limitation"):
        value = filings.locator(f"[data-filing='{kind}'] textarea").input_value()
        assert not re.search("承认|认可|同意还款|愿意还款", value), value
    assert "12348" in filings.inner_text() and "诉讼服务中心" in filings.inner_text()
    # after interaction the page is still accessible
    found = Axe().run(page).response["violations"]
    assert [(v["id"], v["impact"]) for v in found if v["id"] != "landmark-unique"] == []
    # what was typed is gone after a reload: not in the address, not stored
    assert "张三" not in page.url
    assert page.evaluate("JSON.stringify(localStorage) + JSON.stringify(sessionStorage)").find("张三") == -1
    page.reload()
    page.locator("[data-filing='objection'] textarea").wait_for()
    assert "张三" not in page.locator("[data-filing='objection'] textarea").input_value()


def test_defence_outline_ticks_only_what_is_contested(tab, server):
    page = tab.page
    open_page(page, server, "en/procedures/sued-in-court/")
    filings = page.locator("[data-kb-filings]")
    filings.locator("input[name=point-fees]").check()
    filings.locator("textarea[name=reason-fees]").fill("会员费没有在合同里约定")
    text = filings.locator("[data-filing='defence'] textarea").input_value()
    assert text.startswith("民事答辩状") and "一、关于服务费、会员费、担保费等各项费用：会员费没有在合同里约定" in text
    assert "关于利息" not in text and not re.search("承认|认可", text)


@pytest.mark.parametrize("path", ["procedures/sued-in-court/", "en/procedures/payment-order/", "procedures/", "en/procedures/enforcement/"])
def test_accessible_after_using_the_calculator(tab, server, path):
    page = tab.page
    page.goto(server + path)
    inputs = page.locator(".kb-deadlines__start input")
    if path != "procedures/":
        inputs.first.wait_for()
        inputs.first.fill("2026-03-06")
        page.locator(".kb-deadline__date").first.wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "page scrolls sideways on a phone"
    found = Axe().run(page).response["violations"]
    assert [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in found if v["id"] != "landmark-unique"] == []


@pytest.mark.parametrize("query, pid", [("被起诉了怎么办", "sued-in-court"), ("收到支付令", "payment-order"),
                                        ("法院冻结了我的卡", "enforcement"), ("I was sued", "sued-in-court")])
def test_questions_about_court_reach_the_procedure_first(tab, server, query, pid):
    from test_browser import search

    page = tab.page
    page.goto(server)
    hrefs = search(page, query)
    assert hrefs and hrefs[0].rstrip("/").endswith(f"/procedures/{pid}"), hrefs[:3]


def test_a_case_naming_a_procedure_is_linked_both_ways(tmp_path):
    """A case's optional procedures field: kept in canonical form, linked from the case box and the procedure page."""
    from conftest import FIXTURES, overlay
    from kb.casefile import case_text, split
    from kb.check import check
    from kb.procedures import procedure_page
    from kb.render import case_box
    import yaml

    tree = overlay(tmp_path / "tree", FIXTURES / "valid")
    path = tree / "docs" / "cases" / "2025-demo-case.md"
    front, body = split(path.read_text(encoding="utf-8"))
    path.write_text(case_text({**yaml.safe_load(front), "procedures": ["demo-procedure"]}, body), encoding="utf-8")
    result = check(tree, today=dt.date(2026, 11, 29))
    assert result.problems == []
    case = result.index.cases[0]
    assert result.index.procedure_cases["demo-procedure"] == [case]
    assert "](../procedures/demo-procedure.md)" in case_box(result.index, case)
    assert "](../cases/2025-demo-case.md)" in procedure_page(result.index, "demo-procedure", "zh")


def test_triage_page_counts_the_same_deadlines(tab, server, index):
    """The triage page builds the calculator from the export with the same module: same dates as the procedure page."""
    page = tab.page
    page.goto(server + "act/")
    page.locator(".kb-act-deadlines summary").click()
    page.locator("[data-kb-act-deadlines] select").select_option("payment-order")
    days = index.procedures["payment-order"].data["deadlines"][0]["days"]
    page.locator("[data-kb-act-deadlines] input[type=date]").first.fill("2026-03-06")
    box = result(page, "objection")
    assert box.locator(".kb-deadline__date").get_attribute("data-date") == (dt.date(2026, 3, 6) + dt.timedelta(days=days)).isoformat()
    assert box.locator(".kb-deadline__weekend").count() == 1  # 2026-03-21 is a Saturday
    assert page.locator("[data-kb-act-deadlines] a[href$='/procedures/payment-order/']").count() == 1
    found = Axe().run(page).response["violations"]
    assert [(v["id"], v["impact"]) for v in found if v["id"] != "landmark-unique"] == []


def test_data_that_cannot_load_is_said_plainly(browser, server):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.route("**/api/v1/procedures.json", lambda route: route.fulfill(status=503, body=""))
    page.goto(server + "procedures/payment-order/")
    alert = page.locator("[data-kb-deadlines] [role=alert]")
    alert.wait_for()
    assert "数据载入失败" in alert.inner_text()
    assert page.locator("[data-kb-deadline='objection'] dd").first.inner_text()  # the static facts are still there
    context.close()
