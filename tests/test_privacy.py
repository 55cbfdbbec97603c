"""Personal-data detection: real identifiers are caught, masked forms and ordinary numbers are not."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from kb import privacy
from kb.privacy import findings, id_number_valid, luhn_valid


def codes(text):
    return [f.code for f in findings(text)]


@pytest.mark.parametrize("text, code", [
    ("打给13812345678", "E160"), ("打给138-1234-5678", "E160"), ("打给 138 1234 5678 了", "E160"),
    ("身份证11010519491231002X", "E161"), ("卡号4111111111111111", "E162"), ("卡号 4111 1111 1111 1111", "E162"),
    ("写信到 a.b@example.com", "E163"), ("车牌粤B·12345", "E164"), ("座机0755-87654321", "E165"),
    ("住在某市建设路12号3栋", "E166"),
])
def test_personal_data_is_found(text, code):
    assert codes(text) == [code]


@pytest.mark.parametrize("text", [
    "打给138****0000", "欠款18000元", "（2023）京0105民初12345号", "身份证号110***********1234",
    "随机数字110105194912310021", "编号4111111111111112", "某区某街道", "尾号1234", "2025年10月15日晚上22:30",
])
def test_masked_forms_and_ordinary_numbers_pass(text):
    assert codes(text) == []


def test_check_digits():
    assert id_number_valid("11010519491231002X") and not id_number_valid("110105194912310021")
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


def test_findings_report_the_masked_form_to_use():
    (finding,) = findings("电话13812345678")
    assert "138****5678" in finding.message and "13812345678" not in finding.message


@pytest.mark.parametrize("text, code", [
    ("<script>alert(1)</script>", "E170"), ("<iframe src=x>", "E170"), ('<a href="#" onclick="x()">', "E170"),
    ("[点我](javascript:alert(1))", "E170"), ("<style>body{}</style>", "E170"),
    ("![图](https://example.com/a.png)", "E171"), ('<img src="//cdn.example.com/x.png">', "E171"),
])
def test_unsafe_markup_is_found(text, code):
    assert code in codes(text)


def test_plain_markdown_passes():
    assert codes("## 发生了什么\n\n小李**很害怕**，见[指南](../guides/evidence.md)。") == []


def test_words_that_look_like_schemes_in_prose_pass():
    assert codes("The collector shared personal data: name and debt.") == []


PIECES = st.sampled_from(["13812345678", "138 1234 5678", "0755-87654321", "11010519491231002X", "4111 1111 1111 1111",
                          "a.b@example.com", "粤B·12345", "京A12345", "P图", "建设路12号3栋", "第3号", "路12", "<script>", " onclick=", "](javascript:",
                          "= data:", '![x](//cdn', 'src="https://x', "2025-10-15", "18000元", "号", "@", "//", "<", "=", "](",
                          "-", " ", "1", "9", "X", "B", "某区", "\n", "*"])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
def test_quick_tests_never_hide_a_finding(text):
    """Each pattern is tried only on text that passes its quick test: the answer is the same as trying them all."""
    every = []
    for m in privacy._DIGITS.finditer(text):
        raw = re.sub(r"[ -]", "", m.group(0))
        if privacy.id_number_valid(raw):
            every.append(("E161", m.start()))
        elif raw.isdigit() and 16 <= len(raw) <= 19 and privacy.luhn_valid(raw):
            every.append(("E162", m.start()))
    every += [(code, m.start()) for code, pattern, _ in privacy._NUMBERS for m in pattern.finditer(text)]
    every += [(code, m.start()) for code, pattern, _, _ in privacy._PATTERNS for m in pattern.finditer(text)]
    assert sorted((f.code, f.offset) for f in findings(text)) == sorted(every)
