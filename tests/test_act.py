"""The triage page (act/) in headless Chromium at a phone viewport: summary, channel order, letters, evidence log,
privacy across reloads, offline use, print and accessibility (axe-core)."""
import csv
import io

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import PHONE
from kb.render import cite
from kb.route import lender_route

CHOSEN = ["night-calls", "contacting-family", "threats-of-violence"]
SUMMARY_RULE = "规范摘要（未经官方文本核实）"


def open_act(page, server, fragment=""):
    page.goto(server + "act/" + fragment)
    page.locator(".kb-act__choose").wait_for()


def letter(page, name):
    return page.locator(f"[data-letter='{name}'] textarea").input_value()


def cites(index, bid, keep=lambda v: True):
    return [cite(index, v["statute"], str(v["article"]), "zh", v.get("paragraph"), v.get("item"))
            for v in index.behaviors[bid].data["violations"] if keep(v)]


def add_entry(page, time, kind, number="95xxx", said="", files=""):
    form = page.locator(".kb-log__form")
    form.locator("input[name=time]").fill(time)
    form.locator("input[name=number]").fill(number)
    form.locator("select[name=kind]").select_option(kind)
    form.locator("textarea[name=said]").fill(said)
    form.locator("input[name=files]").fill(files)
    form.get_by_role("button").click()


def test_limits_name_real_rules_and_state_their_numbers(tab, server, index):
    open_act(tab.page, server)
    limits = tab.page.evaluate(f"import('{server}assets/kb-limits.js').then(m => m.LIMITS)")
    assert {limit["id"] for limit in limits} == {"night", "answered", "attempts"}
    for limit in limits:
        article = index.articles[(limit["statute"], limit["article"])]
        summary = article["summary"]["zh"]
        numbers = limit["quiet"] if "quiet" in limit else [f"{limit['max']} 次"]
        assert all(n in summary for n in numbers), (limit, summary)
        assert index.statutes[limit["statute"]].data["source"]["kind"] == "summary"


def test_three_behaviors_and_a_lender_give_summary_channels_and_letters(tab, server, index):
    page = tab.page
    open_act(page, server)
    for bid in CHOSEN:
        page.locator(f".kb-act__choose input[value='{bid}']").check()
    page.locator(".kb-act__choose select").select_option("bank")
    ordered = [b for b in index.behaviors if b in CHOSEN]
    assert page.evaluate("location.hash") == f"#b={','.join(ordered)}&l=bank"

    shown = page.locator(".kb-act__behavior").evaluate_all("els => els.map(e => e.dataset.behavior)")
    assert shown == ordered
    for bid in CHOSEN:
        block = page.locator(f".kb-act__behavior[data-behavior='{bid}']")
        assert block.locator(".kb-act__violation").evaluate_all("els => els.map(e => e.dataset.cite)") == cites(index, bid)
        levels = {v["level"] for v in index.behaviors[bid].data["violations"]}
        assert set(block.locator(".kb-level").all_inner_texts()) == levels
    # verbatim text on demand: closed until asked for, then the article text itself
    first = index.behaviors["night-calls"].data["violations"][2]  # 民法典第一千零三十三条
    quote = page.locator(".kb-act__behavior[data-behavior='night-calls'] .kb-act__violation").nth(2).locator("details")
    text = index.articles[(first["statute"], str(first["article"]))]["text"].splitlines()[0]
    assert not quote.locator(".kb-article-text").is_visible()
    quote.locator("summary").click()
    assert quote.locator(".kb-article-text p").first.inner_text() == text
    # a citation of one item marks that item's line, as the behavior page does
    item = page.locator(".kb-act__behavior[data-behavior='night-calls'] .kb-act__violation").nth(0)
    v = index.behaviors["night-calls"].data["violations"][0]
    assert (v["paragraph"], v["item"]) == (1, 3)
    item.locator("summary").click()
    lines = [line.strip() for line in index.articles[(v["statute"], str(v["article"]))]["text"].splitlines() if line.strip()]
    assert item.locator(".kb-article-text mark").all_inner_texts() == [lines[3]]

    evidence = {e["zh"].strip() for bid in CHOSEN for e in index.behaviors[bid].data["evidence"]}
    assert sorted(t.strip() for t in page.locator(".kb-act__evidence li").all_inner_texts()) == sorted(evidence)

    channels = page.locator(".kb-act__channels li").evaluate_all("els => els.map(e => e.dataset.channel)")
    route = lender_route(index, "bank")
    assert channels[0] == "police-110", "threats of violence: the behavior page sends you to the police first"
    assert channels[1:1 + len(route)] == route, "then the route the channels page shows for banks"
    named = {c for bid in CHOSEN for c in index.behaviors[bid].data["channels"]}
    assert set(channels) == {c for c in named | set(route) if "bank" in index.channels[c].data["lender_types"]}
    assert len(channels) == len(set(channels))

    complaint = letter(page, "complaint")
    expected = [c for bid in CHOSEN for c in cites(index, bid, lambda v: v["level"] != "刑事")]
    assert all(c in complaint for c in expected), [c for c in expected if c not in complaint]
    assert "刑法第二百九十三条之一" not in complaint, "criminal-law articles are left out unless ticked"
    assert f"消费金融公司管理办法：禁止不当催收 — {SUMMARY_RULE}" in complaint
    assert "【姓名】" in complaint and "银保监会" not in complaint
    assert not any("承认" in letter(page, lid) for lid in ("complaint", "third-parties", "negotiation")), \
        "no letter admits the debt unless the reader ticks it"
    assert "不涉及对欠款是否成立及其金额的确认" in complaint
    page.locator("#kb-letter-admit").check()
    assert "本人承认这笔欠款" in letter(page, "complaint") and "本人承认这笔欠款" in letter(page, "negotiation")
    page.locator("#kb-letter-admit").uncheck()
    assert not any("承认" in letter(page, lid) for lid in ("complaint", "third-parties", "negotiation"))
    assert index.articles[("minfadian", "1033")]["text"] in complaint, "the appendix quotes the verbatim text"

    notice = letter(page, "third-parties")
    assert all(c in notice for c in cites(index, "contacting-family", lambda v: v["level"] != "刑事"))
    only_night = set(cites(index, "night-calls")) - set(cites(index, "contacting-family"))
    assert not any(c in notice for c in only_night), "the notice cites the behaviors about third parties only"
    assert "协商还款" in letter(page, "negotiation")

    page.locator(".kb-act__behavior[data-behavior='threats-of-violence'] .kb-act__cite input").first.check()
    criminal = cites(index, "threats-of-violence")[0]
    assert criminal.startswith("刑法") and criminal in letter(page, "complaint")

    page.locator(".kb-act__facts input[name=name]").fill("张小明")
    page.locator(".kb-act__facts input[name='when-night-calls']").fill("11月3日至今，几乎每晚23点以后")
    complaint = letter(page, "complaint")
    assert "投诉人：张小明" in complaint and "夜间催收：11月3日至今，几乎每晚23点以后" in complaint
    assert "张小明" not in page.url

    page.locator(".kb-act__choose select").select_option("illegal")
    assert page.locator(".kb-act__channels li").first.get_attribute("data-channel") == "police-110"
    page.goto("about:blank")
    open_act(page, server, f"#b=night-calls&l=bank")
    assert page.locator(".kb-act__channels li").first.get_attribute("data-channel") == "lender-complaints"
    assert page.locator(".kb-act__choose input[value='night-calls']").is_checked()
    assert not any("cases.json" in u for u in tab.requests), "the triage page must not load the case list"


def test_evidence_log_flags_exports_and_keeps_nothing_unasked(tab, server, index, tmp_path):
    page = tab.page
    open_act(page, server, "#b=contacting-family&l=bank")
    for hour in ("09", "10", "11", "12"):
        add_entry(page, f"2026-11-03T{hour}:00", "answered", said="问我什么时候还")
    add_entry(page, "2026-11-04T23:40", "missed", number="170xxxx", files="IMG_2001.png")
    add_entry(page, "2026-11-05T14:00", "sms", said='说"再不还就上门"')
    rows = page.locator(".kb-log__table tbody tr")
    assert rows.count() == 6
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "the table scrolls inside its box, not the page"
    flags = rows.evaluate_all("els => els.map(e => e.dataset.flags)")
    assert flags == ["answered"] * 4 + ["night", ""]
    gbt = index.statutes["gbt_45251_2025_hujin_cuishou_zhiyin"].data["short_title"]
    cba = index.statutes["cba_xiaofeidai_cuishou_zhiyin_2026"].data["short_title"]
    night = rows.nth(4).locator(".kb-log__flag").inner_text()
    assert "22:00–8:00" in night and gbt in night and cba in night and SUMMARY_RULE in night
    assert f"超过 3 次" in rows.nth(0).inner_text() and gbt in rows.nth(0).inner_text()
    legend = page.locator(".kb-log__rules li").all_inner_texts()  # each rule with the full title that says whom it covers
    for sid in ("gbt_45251_2025_hujin_cuishou_zhiyin", "cba_xiaofeidai_cuishou_zhiyin_2026"):
        assert any(index.statutes[sid].data["title"] in item for item in legend), legend
    for n in range(7):
        add_entry(page, f"2026-11-06T15:{n:02d}", "missed")
    assert "attempts" in rows.nth(6).get_attribute("data-flags") and cba in rows.nth(6).inner_text()

    with page.expect_download() as download:
        page.get_by_role("button", name="导出 CSV").click()
    path = tmp_path / "log.csv"
    download.value.save_as(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM to read Chinese"
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0][:3] == ["时间", "对方号码或账号", "类型"] and len(table) == 14
    assert table[6][3] == '说"再不还就上门"' and table[5][4] == "IMG_2001.png" and "22:00–8:00" in table[5][5]

    page.locator(".kb-act__facts input[name=name]").fill("张小明")
    page.locator(".kb-act__facts input[name=amount]").fill("12000")
    page.reload()
    page.locator(".kb-act__choose").wait_for()
    assert page.locator(".kb-log__table tbody tr").count() == 13, "the log the visitor added stays"
    assert page.locator(".kb-act__facts input[name=name]").input_value() == ""
    assert "张小明" not in letter(page, "complaint") and "12000" not in letter(page, "complaint")
    stored = page.evaluate("({local: Object.keys(localStorage), session: sessionStorage.length, cookie: document.cookie, url: location.href})")
    assert stored["local"] == ["kb-evidence-log"] and stored["session"] == 0 and stored["cookie"] == ""
    assert "张小明" not in stored["url"] and "12000" not in stored["url"]

    page.locator(".kb-act__facts input[name=name]").fill("张小明")
    page.locator("#kb-letter-admit").check()
    page.get_by_role("button", name="在这台设备上保存我填的信息").click()
    page.reload()
    page.locator(".kb-act__choose").wait_for()
    assert page.locator(".kb-act__facts input[name=name]").input_value() == "张小明"
    assert "投诉人：张小明" in letter(page, "complaint")
    assert not page.locator("#kb-letter-admit").is_checked(), "an admission is never restored from storage"
    assert "承认" not in letter(page, "complaint")
    page.get_by_role("button", name="删除保存的信息").click()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="清空全部记录").click()
    assert page.locator(".kb-log__table tbody tr").count() == 0
    assert page.evaluate("Object.keys(localStorage)") == []


def test_everything_works_offline_once_loaded(tab, server, index):
    page = tab.page
    open_act(page, server, "#b=night-calls&l=bank")
    page.wait_for_load_state("networkidle")
    before = len(tab.requests)
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    tab.context.set_offline(True)
    page.locator(".kb-act__choose input[value='insults']").check()
    page.locator(".kb-act__choose select").select_option("small-loan")
    assert page.locator(".kb-act__behavior").count() == 2
    assert page.locator(".kb-act__channels li").first.get_attribute("data-channel") == "lender-complaints"
    assert "local-finance-regulator" in page.locator(".kb-act__channels li").evaluate_all("els => els.map(e => e.dataset.channel)")
    assert cites(index, "insults", lambda v: v["level"] != "刑事")[0] in letter(page, "complaint")
    add_entry(page, "2026-11-04T02:10", "answered")
    assert page.locator(".kb-log__table tbody tr").first.get_attribute("data-flags") == "night"
    with page.expect_download() as download:
        page.get_by_role("button", name="导出 CSV").click()
    assert download.value.failure() is None
    # The browser itself re-requests the tab icon when the address changes; it comes from the cache.
    fetched = [u for u in tab.requests[before:] if not u.startswith("blob:") and not u.endswith("/favicon.png")]
    assert fetched == [] and failed == [], "the page fetches nothing once loaded"
    tab.context.set_offline(False)


def test_print_shows_content_and_hides_controls(tab, server):
    page = tab.page
    open_act(page, server, "#b=contacting-family&l=bank")
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".kb-act__choose", ".kb-act__facts", ".kb-letter__text", ".kb-act__button", ".kb-log__form"):
        assert not page.locator(hidden).first.is_visible(), hidden
    for shown in (".kb-act__summary", ".kb-letter__print", ".kb-log__printable"):
        assert page.locator(shown).first.is_visible(), shown
    page.emulate_media(media="screen")
    page.evaluate("window.print = () => {}")  # the print dialog itself cannot be driven headless
    page.locator("[data-letter='negotiation']").get_by_role("button", name="打印").click()
    page.emulate_media(media="print")
    assert page.locator("[data-letter='negotiation'] .kb-letter__print").is_visible()
    assert not page.locator("[data-letter='complaint'] .kb-letter__print").is_visible()
    assert not page.locator(".kb-act__summary").is_visible() and not page.locator("h1").is_visible()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator(".kb-act__summary").is_visible()
    page.goto(server + "behaviors/night-calls/")
    assert not page.locator(".md-header").is_visible() and not page.locator(".kb-switch").is_visible()
    assert page.locator("#violations").is_visible()


@pytest.mark.parametrize("path", ["", "behaviors/night-calls/", "statutes/minfadian/", "act/#b=night-calls,insults,home-visits&l=platform",
                                  "en/act/#b=contacting-employer&l=bank"])
def test_no_serious_accessibility_violations(tab, server, path):
    page = tab.page
    page.goto(server + path)
    if "act/" in path:
        page.locator(".kb-act__behavior").first.wait_for()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "page scrolls sideways on a phone"
    found = Axe().run(page).response["violations"]
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5]) for v in found if v["impact"] in ("serious", "critical")]
    assert serious == [], serious
    # Lesser findings too, except Material's two navigation landmarks that share a label (moderate).
    rest = [(v["id"], v["impact"]) for v in found if v["id"] != "landmark-unique"]
    assert rest == [], rest
