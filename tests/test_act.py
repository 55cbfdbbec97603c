"""The triage page (act/) in headless Chromium at a phone viewport: what to do today first, channel order, letters
that never admit, accuse or quote, the document question, lender types, the evidence log, privacy across reloads,
offline use, print, layout shift and accessibility (axe-core, after interactions)."""
import csv
import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import PHONE
from kb.render import cite
from kb.route import lender_route
from kb.triage import ACCUSING, MAX_CITATIONS

CHOSEN = ["night-calls", "contacting-family", "threats-of-violence"]
SIX = ["contacting-family", "contacting-employer", "doctored-images", "false-legal-threats", "call-flooding"]  # + court papers
LETTERS = ("complaint", "third-parties", "negotiation")
MAX_LENGTH = 1500  # characters of a complaint


def open_act(page, server, fragment="", lang=""):
    page.goto(server + lang + "act/" + fragment)
    page.locator(".kb-act__choose").wait_for()


def letter(page, name):
    return page.locator(f"[data-letter='{name}'] textarea").input_value()


def letters(page):
    return {name: letter(page, name) for name in LETTERS}


def covers(index, sid, lender):
    types = index.statutes[sid].data.get("lender_types")
    return not types or lender in types


def cites(index, bid, lender="bank", keep=lambda v: True):
    return [cite(index, v["statute"], str(v["article"]), "zh", v.get("paragraph"), v.get("item"))
            for v in index.behaviors[bid].data["violations"] if keep(v) and covers(index, v["statute"], lender)]


def quoted_lines(index):
    """Every line of verified article text long enough to be recognised: none may appear in a letter."""
    return {line.strip() for article in index.articles.values() if "text" in article
            for line in article["text"].splitlines() if len(line.strip()) >= 12}


def allowed_blanks(page, index):
    """The blanks a letter may leave: what the reader fills in (kb-letters.js BLANKS) and the parts of a regulator's
    name they must fill in (channel addressee)."""
    blanks = page.evaluate("import(location.origin + '/assets/kb-letters.js').then(m => m.BLANKS.zh)")
    found = {f"【{b}】" for b in blanks.values()}
    for doc in index.channels.values():
        found |= set(re.findall(r"【[^】]*】", doc.data.get("addressee", {}).get("zh", "")))
    return found


def citations_in(text, index, bids):
    """The distinct articles and rules a letter names, among those the ticked behaviors cite."""
    names = set()
    for bid in bids:
        for v in index.behaviors[bid].data["violations"]:
            names.add(cite(index, v["statute"], str(v["article"]), "zh", v.get("paragraph"), v.get("item")))
            names.add(index.statutes[v["statute"]].data["title"])
    present = {n for n in names if n in text}
    return {n for n in present if not any(n != m and n in m for m in present)}


def assert_safe(page, index, texts, bids):
    """What every letter must hold to: no admission, no accusation, no article text, only the reader's blanks,
    a short complaint with few citations."""
    lines, blanks = quoted_lines(index), allowed_blanks(page, index)
    for name, text in texts.items():
        assert "承认" not in text, (bids, name)
        assert not [w for w in ACCUSING if w in text], (bids, name, [w for w in ACCUSING if w in text])
        assert not [line for line in lines if line in text], (bids, name)
        assert set(re.findall(r"【[^】]*】", text)) <= blanks, (bids, name, set(re.findall(r"【[^】]*】", text)) - blanks)
        assert "热线" not in text.split("\n")[2], "letters are addressed to a body, not a hotline"
    assert len(texts["complaint"]) <= MAX_LENGTH, (bids, len(texts["complaint"]))
    assert len(citations_in(texts["complaint"], index, bids)) <= MAX_CITATIONS, bids


def add_entry(page, time, kind, number="95xxx", said="", files="", who="me"):
    form = page.locator(".kb-log__form")
    form.locator("input[name=time]").fill(time)
    form.locator("select[name=who]").select_option(who)
    form.locator("input[name=number]").fill(number)
    form.locator("select[name=kind]").select_option(kind)
    form.locator("textarea[name=said]").fill(said)
    form.locator("input[name=files]").fill(files)
    form.get_by_role("button").click()


def open_articles(page):
    page.locator(".kb-act__all > summary").click()
    page.locator(".kb-act__violation .kb-act__detail p").first.wait_for()


def top(page, selector):
    return page.evaluate(f"document.querySelector({selector!r}).getBoundingClientRect().top + scrollY")


def no_serious_axe_findings(page):
    found = Axe().run(page).response["violations"]
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5]) for v in found if v["impact"] in ("serious", "critical")]
    assert serious == [], serious
    # Lesser findings too, except Material's two navigation landmarks that share a label (moderate).
    rest = [(v["id"], v["impact"]) for v in found if v["id"] != "landmark-unique"]
    assert rest == [], rest


def test_three_behaviors_and_a_bank_give_today_channels_letters_and_articles(tab, server, index):
    page = tab.page
    open_act(page, server)
    for bid in CHOSEN:
        page.locator(f".kb-act__choose input[value='{bid}']").check()
    page.locator(".kb-act__choose select").select_option("bank")
    ordered = [b for b in index.behaviors if b in CHOSEN]
    assert page.evaluate("location.hash") == f"#b={','.join(ordered)}&l=bank"

    # today first: the police (threats), then the ticked behaviors' steps for today, evidence, the lender
    today = page.locator("#today > li")
    assert "110" in today.first.inner_text() and today.first.locator("a[href='tel:110']").count() == 1
    for bid in CHOSEN:
        data = index.behaviors[bid].data
        for n in data.get("today", [1]):
            assert page.locator(f"#today > li[data-behavior='{bid}']", has_text=data["steps"][n - 1]["zh"][:20]).count() == 1
    assert today.last.get_attribute("data-channel") == "lender"
    assert top(page, "#today") < top(page, ".kb-act__channels") < top(page, "#kb-act-letters") < top(page, "#kb-act-articles")

    channels = page.locator(".kb-act__channels li").evaluate_all("els => els.map(e => e.dataset.channel)")
    route = lender_route(index, "bank")
    assert channels[0] == "police-110", "threats of violence: the behavior page sends you to the police first"
    assert channels[1:1 + len(route)] == route, "then the route the channels page shows for banks"
    named = {c for bid in CHOSEN for c in index.behaviors[bid].data["channels"]}
    assert set(channels) == {c for c in named | set(route) if "bank" in index.channels[c].data["lender_types"]}
    assert page.locator(".kb-act__channels li[data-channel='police-110'] a[href='tel:110']").count() == 1
    what = index.channels["nfra-12378"].data["unverified_what"]["zh"]
    assert page.locator(".kb-act__channels li[data-channel='nfra-12378'] .kb-unverified").inner_text() == f"未核实：{what}"

    evidence = {e["zh"].strip() for bid in CHOSEN for e in index.behaviors[bid].data["evidence"]}
    assert sorted(t.strip() for t in page.locator(".kb-act__evidence li").all_inner_texts()) == sorted(evidence)

    # the articles come last, closed, grouped by level with counts; the text only when asked for
    assert not page.locator(".kb-act__all").evaluate("d => d.open")
    assert not any("triage-articles" in u for u in tab.requests), "the articles are fetched when opened, not before"
    for bid in CHOSEN:
        shown = page.locator(f".kb-act__violation[data-behavior='{bid}']").evaluate_all("els => els.map(e => e.dataset.cite)")
        assert sorted(shown) == sorted(cites(index, bid)), bid
    rows = sum(len(cites(index, bid)) for bid in CHOSEN)
    assert f"({rows})" in page.locator(".kb-act__all > summary h2").inner_text()
    open_articles(page)
    night = index.behaviors["night-calls"].data["violations"]
    first = page.locator(".kb-act__violation[data-behavior='night-calls'][data-index='0']")
    lines = [line.strip() for line in index.articles[(night[0]["statute"], str(night[0]["article"]))]["text"].splitlines() if line.strip()]
    first.locator("details summary").click()
    assert first.locator(".kb-article-text mark").all_inner_texts() == [lines[3]], "the cited item is marked"
    assert night[0]["applies_when"]["zh"] in first.inner_text()

    texts = letters(page)
    assert_safe(page, index, texts, CHOSEN)
    assert "刑法" not in texts["complaint"], "criminal-law articles are left out unless ticked"
    assert "不涉及对欠款是否成立及其金额的确认" in texts["complaint"]
    page.locator("#kb-letter-admit").check()
    assert "本人承认这笔欠款" in letter(page, "complaint") and "本人承认这笔欠款" in letter(page, "negotiation")
    page.locator("#kb-letter-admit").uncheck()
    assert not any("承认" in t for t in letters(page).values())

    notice = letter(page, "third-parties")
    assert "个人信息保护法第十五条" in notice and "个人信息保护法第四十七条" in notice and "【催收机构名称】" in notice
    assert "15 日内" in notice and "联系家人亲属催收" in notice and "夜间催收" not in notice, "the notice is about third parties"

    criminal = page.locator(".kb-act__violation[data-behavior='threats-of-violence']").filter(has=page.locator(".kb-level--criminal")).first
    name = criminal.get_attribute("data-cite")
    criminal.locator(".kb-act__cite input").check()
    assert name.startswith("刑法") and name in letter(page, "complaint")

    page.locator(".kb-act__facts select[name=to]").select_option("nfra-12378")
    complaint = letter(page, "complaint")
    assert complaint.split("\n")[2] == "致：国家金融监督管理总局"
    assert "监管部门官方网站" in page.locator("[data-letter='complaint'] .kb-letter__how").inner_text()
    assert "App" in page.locator("[data-letter='third-parties'] .kb-letter__how").inner_text()

    page.locator(".kb-act__facts input[name=name]").fill("张小明")
    page.locator(".kb-act__facts input[name='when-night-calls']").fill("11月3日至今，几乎每晚23点以后")
    complaint = letter(page, "complaint")
    assert "投诉人：张小明" in complaint and "夜间催收：11月3日至今，几乎每晚23点以后" in complaint
    assert "张小明" not in page.url
    no_serious_axe_findings(page)

    page.locator(".kb-act__choose select").select_option("illegal")
    assert page.locator(".kb-act__channels li").first.get_attribute("data-channel") == "police-110"
    assert page.locator("#today > li[data-channel='lender']").count() == 0, "no negotiating with an unlicensed lender"
    page.goto("about:blank")
    open_act(page, server, "#b=night-calls&l=bank")
    assert page.locator(".kb-act__channels li").first.get_attribute("data-channel") == "lender-complaints"
    assert page.locator(".kb-act__choose input[value='night-calls']").is_checked()
    assert not any("cases.json" in u or "behaviors.json" in u for u in tab.requests), "the triage page loads only its own file"


def test_six_situations_with_huabei(tab, server, index):
    """The persona of issue 11: 花呗, family and employer called, a P图, threats of jail, call flooding and court papers."""
    page = tab.page
    open_act(page, server)
    for bid in SIX:
        page.locator(f".kb-act__choose input[value='{bid}']").check()
    page.locator(".kb-act__choose input[name=papers]").check()
    assert page.locator(".kb-act__choose input[name=papers-checked][value=check]").is_checked(), "unchecked papers are not taken as real"
    page.locator(".kb-act__choose select").select_option("platform")
    bids = SIX + ["fake-legal-documents"]

    summary = top(page, ".kb-act__summary")
    assert page.locator(".kb-act__summary h3").first.get_attribute("id") == "kb-act-today"
    bottom = page.evaluate("document.getElementById('today').getBoundingClientRect().bottom + scrollY")
    assert bottom - summary <= 2 * PHONE["height"], "the today list fits in the summary's first two phone screens"
    assert top(page, "#today") < top(page, ".kb-act__channels") < top(page, "#kb-act-letters") < top(page, "#kb-act-articles")
    papers = page.locator("#today > li[data-papers='check']")
    for path in ("procedures/sued-in-court/", "procedures/payment-order/", "procedures/arbitration/"):
        assert papers.locator(f"a[href$='/{path}']").count() == 1, "links both ways: to the legal path as well"
    assert page.locator("#today > li[data-behavior='fake-legal-documents']").count() >= 1, "and how to check the papers"

    texts = letters(page)
    assert_safe(page, index, texts, bids)
    found = citations_in(texts["complaint"], index, bids)
    assert 3 <= len(found) <= MAX_CITATIONS, found
    for sid, doc in index.statutes.items():
        if not covers(index, sid, "platform"):
            assert not any(doc.data["title"] in t or doc.data["short_title"] in t for t in texts.values()), sid
    assert "商业银行信用卡业务监督管理办法" not in page.locator(".kb-act__articles").inner_text(), "no credit-card rule for 花呗"
    for line in texts["complaint"].splitlines():
        if "据报道" in line and not line.startswith("标明"):
            assert all(re.match(r"(推荐性国家标准|行业规范|规范)《", part) for part in re.split(r"、(?=[^“”]*(?:“[^”]*”[^“”]*)*$)", line.rstrip("。")) if "据报道" in part), line
            assert "未经官方文本核实" in line

    # an accusation of forgery only once the reader ticks that they checked
    assert "伪造" not in texts["complaint"]
    page.locator(".kb-act__confirm input[name='confirm-fake-legal-documents']").check()
    assert "伪造" in letter(page, "complaint")
    page.locator(".kb-act__confirm input[name='confirm-fake-legal-documents']").uncheck()
    assert "伪造" not in letter(page, "complaint")

    page.locator(".kb-act__choose input[name=papers-checked][value=real]").check()
    assert "d=real" in page.url
    real = page.locator("#today > li[data-papers='real']")
    assert real.locator("a[href$='/procedures/sued-in-court/']").count() == 1
    assert real.locator(f"a[href$='/behaviors/fake-legal-documents/']").count() == 1, "and back to how to check"
    assert page.locator(".kb-act__violation[data-behavior='fake-legal-documents']").count() == 0, "genuine papers are not a forgery"
    page.locator("#kb-letter-admit").check()
    open_articles(page)
    no_serious_axe_findings(page)


def test_unknown_lender_gets_its_own_channel_12378_and_how_to_find_out(tab, server, index):
    page = tab.page
    open_act(page, server, "#b=contacting-family,night-calls&l=unknown")
    channels = page.locator(".kb-act__channels li").evaluate_all("els => els.map(e => e.dataset.channel)")
    assert channels[0] == "lender-complaints" and "nfra-12378" in channels[:3], channels
    assert page.locator(".kb-act__channels li[data-channel='nfra-12378'] a[href='tel:12378']").count() == 1
    find = page.locator("#today > li[data-find-lender]").inner_text()
    assert "合同" in find and "App" in find and "信用报告" in find
    texts = letters(page)
    assert_safe(page, index, texts, ["contacting-family", "night-calls"])
    assert "据报道" not in texts["complaint"], "with the lender unknown, only laws that bind everyone are cited"


@pytest.mark.parametrize("lender", ["bank", "platform"])
def test_each_behavior_alone_gives_letters_safe_to_send(tab, server, index, lender):
    page = tab.page
    for bid in index.behaviors:
        page.goto("about:blank")
        open_act(page, server, f"#b={bid}&l={lender}")
        page.locator("[data-letter='complaint']:not([hidden])").wait_for()
        assert_safe(page, index, letters(page), [bid])


def test_english_letters_are_sent_in_chinese_with_an_english_gloss(tab, server, index):
    page = tab.page
    open_act(page, server, "#b=contacting-family,fake-legal-documents&l=bank", lang="en/")
    assert page.locator("#kb-act-today").inner_text() == "Do today"
    for name in LETTERS:
        box = page.locator(f"[data-letter='{name}']")
        assert re.search(r"[\u4e00-\u9fff]{4}", box.locator("textarea").input_value())
        gloss = box.locator(".kb-letter__gloss-text").inner_text()
        assert len(gloss) > 200 and not re.search(r"[\u4e00-\u9fff]{4}", gloss), gloss
        assert top(page, f"[data-letter='{name}'] .kb-letter__gloss") > top(page, f"[data-letter='{name}'] textarea")
    gloss = page.locator("[data-letter='complaint'] .kb-letter__gloss-text").inner_text()
    assert "does not confirm that the debt exists" in gloss and "forg" not in gloss.lower()
    assert "Personal Information Protection Law, Art. 15" in page.locator("[data-letter='third-parties'] .kb-letter__gloss-text").inner_text()
    # Edited Chinese text: the gloss says it is of the draft as built; rebuilding the draft takes the note away.
    complaint = page.locator("[data-letter='complaint']")
    stale = complaint.locator(".kb-letter__gloss-edited")
    assert stale.is_hidden()
    complaint.locator("textarea").fill("我改写了这封信。")
    assert stale.is_visible() and "edited" in stale.inner_text()
    assert page.locator("[data-letter='third-parties'] .kb-letter__gloss-edited").is_hidden()
    no_serious_axe_findings(page)
    complaint.get_by_role("button", name=re.compile("Rebuild")).click()
    assert stale.is_hidden() and "我改写了这封信" not in complaint.locator("textarea").input_value()


def test_evidence_log_flags_exports_and_keeps_nothing_unasked(tab, server, index, tmp_path):
    page = tab.page
    open_act(page, server, "#b=contacting-family&l=bank")
    for hour in ("09", "10", "11", "12"):
        add_entry(page, f"2026-11-03T{hour}:00", "answered", said="问我什么时候还")
    add_entry(page, "2026-11-04T23:40", "missed", number="17012345678", files="IMG_2001.png", who="family")
    add_entry(page, "2026-11-05T14:00", "sms", said='说"再不还就上门"', who="work")
    rows = page.locator(".kb-log__table tbody tr")
    assert rows.count() == 6
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "the log fits the phone's width"
    flags = rows.evaluate_all("els => els.map(e => e.dataset.flags)")
    assert flags == ["answered"] * 4 + ["night", ""]
    night = rows.nth(4).locator(".kb-log__flag")
    box = night.bounding_box()
    assert night.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], "the night flag is seen on a phone"
    assert "家人" in rows.nth(4).inner_text() and "单位" in rows.nth(5).inner_text()
    gbt = index.statutes["gbt_45251_2025_hujin_cuishou_zhiyin"].data["short_title"]
    cba = index.statutes["cba_xiaofeidai_cuishou_zhiyin_2026"].data["short_title"]
    text = night.inner_text()
    assert "22:00–8:00" in text and gbt in text and cba in text and "规范摘要（未经官方文本核实）" in text
    assert "超过 3 次" in rows.nth(0).inner_text() and gbt in rows.nth(0).inner_text()
    legend = page.locator(".kb-log__rules li").all_inner_texts()  # each rule with the full title that says whom it covers
    for sid in ("gbt_45251_2025_hujin_cuishou_zhiyin", "cba_xiaofeidai_cuishou_zhiyin_2026"):
        assert any(index.statutes[sid].data["title"] in item for item in legend), legend
    for n in range(7):
        add_entry(page, f"2026-11-06T15:{n:02d}", "missed")
    assert "attempts" in rows.nth(6).get_attribute("data-flags") and cba in rows.nth(6).inner_text()
    for n in range(7):
        add_entry(page, f"2026-11-07T15:{n:02d}", "missed", who="family")
    assert rows.nth(13).get_attribute("data-flags") == "", "the daily maximum counts calls to the debtor only"

    with page.expect_download() as download:
        page.get_by_role("button", name="导出 CSV").click()
    path = tmp_path / "log.csv"
    download.value.save_as(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM to read Chinese"
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0] == ["时间", "被联系的人", "对方号码或账号", "类型", "对方说了什么、做了什么", "截图或录音的文件名", "提示"]
    assert len(table) == 21
    assert table[5][1] == "家人" and table[5][2] == "\t17012345678", "a leading tab keeps the number as text in Excel and LibreOffice"
    assert table[6][4] == '说"再不还就上门"' and table[5][5] == "IMG_2001.png" and "22:00–8:00" in table[5][6]

    page.locator(".kb-act__facts input[name=name]").fill("张小明")
    page.locator(".kb-act__facts input[name=amount]").fill("12000")
    page.reload()
    page.locator(".kb-act__choose").wait_for()
    assert page.locator(".kb-log__table tbody tr").count() == 20, "the log the visitor added stays"
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


def test_everything_but_the_closed_articles_works_offline_once_loaded(tab, server, index):
    page = tab.page
    open_act(page, server, "#b=night-calls&l=bank")
    page.wait_for_load_state("networkidle")
    before = len(tab.requests)
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    tab.context.set_offline(True)
    page.locator(".kb-act__choose input[value='insults']").check()
    page.locator(".kb-act__choose select").select_option("small-loan")
    assert page.locator("#today > li[data-behavior='insults']").count() == 1
    assert page.locator(".kb-act__channels li").first.get_attribute("data-channel") == "lender-complaints"
    assert "local-finance-regulator" in page.locator(".kb-act__channels li").evaluate_all("els => els.map(e => e.dataset.channel)")
    assert any(c in letter(page, "complaint") for c in cites(index, "insults", "small-loan", lambda v: v["level"] != "刑事"))
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
    assert page.locator("[data-letter='negotiation'] .kb-letter__how").is_visible(), "the printout says how to send it"
    assert not page.locator("[data-letter='complaint'] .kb-letter__print").is_visible()
    assert not page.locator(".kb-act__summary").is_visible() and not page.locator("h1").is_visible()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator(".kb-act__summary").is_visible()
    page.goto(server + "behaviors/night-calls/")
    assert not page.locator(".md-header").is_visible() and not page.locator(".kb-switch").is_visible()
    assert page.locator("#violations").is_visible()


def test_what_to_do_is_within_three_phone_screens_of_every_behavior_page(tab, server, index):
    page = tab.page
    for prefix in ("", "en/"):
        for bid in index.behaviors:
            page.goto(f"{server}{prefix}behaviors/{bid}/")
            assert top(page, "#steps") < 3 * PHONE["height"], (prefix, bid, top(page, "#steps") / PHONE["height"])
            assert top(page, "#steps") < top(page, "#violations")


CLS = """new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
    .observe({ type: "layout-shift", buffered: true });
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
})"""


@pytest.mark.parametrize("path, ready", [("", "[data-kb-inline-search] input"), ("behaviors/night-calls/", "#steps"),
                                         ("act/#b=night-calls,insults&l=bank", "#today")])
def test_nothing_moves_after_the_first_paint(tab, server, path, ready):
    """Layout shift is 0 even when the site's scripts arrive only after the first paint (held back here until then)."""
    page = tab.page
    held, painted = [], []
    page.route(re.compile(r".*/assets/kb-[a-z]+\.js$"), lambda route: route.continue_() if painted else held.append(route))
    page.goto(server + path, wait_until="commit")
    page.wait_for_function("performance.getEntriesByName('first-contentful-paint').length > 0")
    painted.append(True)
    for route in held:
        route.continue_()
    page.locator(ready).first.wait_for()
    assert page.evaluate(CLS) == 0


@pytest.mark.parametrize("path", ["", "behaviors/night-calls/", "statutes/minfadian/", "act/#b=night-calls,insults,home-visits&l=platform",
                                  "en/act/#b=contacting-employer&l=bank"])
def test_no_serious_accessibility_violations(tab, server, path):
    page = tab.page
    page.goto(server + path)
    if "act/" in path:
        page.locator(".kb-act__summary h3").first.wait_for()
        open_articles(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "page scrolls sideways on a phone"
    no_serious_axe_findings(page)
