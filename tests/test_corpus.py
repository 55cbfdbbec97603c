"""The reference corpus: splitting source texts and comparing every published article with it."""
import pytest

from kb.check import check
from kb.corpus import Corpus, article_number, cn_to_int, default_dir, int_to_cn, normalise, split_articles
from kb.load import load_all

from conftest import ROOT, needs_corpus


@pytest.mark.parametrize("number", [1, 9, 10, 11, 20, 25, 100, 101, 110, 293, 1000, 1003, 1033, 1100, 1195])
def test_chinese_numbers_round_trip(number):
    assert cn_to_int(int_to_cn(number)) == number


def test_article_numbers():
    assert article_number("1033") == "第一千零三十三条"
    assert article_number("293-1") == "第二百九十三条之一"
    assert article_number("item-34") == "三十四、"
    assert article_number("10") == "第十条"
    assert article_number("point-9") == "9."


def test_normalise_ignores_space_and_half_width_punctuation():
    assert normalise("甲: 乙;\n丙 (一)") == normalise("甲：乙；丙（一）")
    assert normalise("甲乙") != normalise("甲丙")


def test_split_articles_keeps_whole_articles():
    text = "# 标题\n<!-- INFO END -->\n## 第一章 总则\n第一条 第一款。\n\n第二款。\n（一）项；\n第二条之一　另一条。\n## 第二章 附则\n"
    assert split_articles(text) == {"1": "第一款。\n第二款。\n（一）项；", "2-1": "另一条。"}


def test_split_provisions_numbered_with_arabic_figures():
    """Rules numbered 1. 2. 3. (执行工作规定): section titles such as 九、… end a provision and are not items;
    a zero-width space some sources carry is ignored when comparing."""
    text = "# 规定\n<!-- INFO END -->\n## 一、执行机构\n1.第一项规定。\n2.执行下列文书：\n（1）判决；\n\n（2）支付令。\n九、参与分配\n3.另一项。\u200b\n"
    assert split_articles(text) == {"point-1": "第一项规定。", "point-2": "执行下列文书：\n（1）判决；\n（2）支付令。", "point-3": "另一项。\u200b"}
    assert normalise("另一项。\u200b") == normalise("另一项。")


def test_split_items_and_bodies():
    assert split_articles("前言\n一、甲。\n“引文”\n二、乙。\n") == {"item-1": "甲。\n“引文”", "item-2": "乙。"}
    assert split_articles("# 标题\n<!-- INFO END -->\n正文一。\n正文二。\n") == {"body": "正文一。\n正文二。"}


@needs_corpus
def test_every_published_article_matches_the_corpus():
    """The guarantee the site rests on: every verbatim article equals the corpus text."""
    content = load_all(ROOT)
    corpus = Corpus(default_dir())
    checked = 0
    for doc in content.statutes:
        if doc.data["source"]["kind"] != "verbatim":
            assert all("text" not in a for a in doc.data["articles"])
            continue
        for article in doc.data["articles"]:
            name = article.get("corpus") or doc.data["source"]["corpus"][0]
            assert corpus.articles(name)[article["label"]] == normalise(article["text"]), (doc.path, article["label"])
            checked += 1
    assert checked >= 200


@needs_corpus
def test_one_changed_character_is_caught(tmp_path):
    import shutil
    shutil.copytree(ROOT / "statutes", tmp_path / "statutes")
    path = tmp_path / "statutes" / "xingfa.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("催收高利放贷等产生的非法债务", "催收高利放贷等产生的债务", 1), encoding="utf-8")
    codes = [p.code for p in check(tmp_path).problems]
    assert codes == ["E140"]
