"""What contributed text must not carry: personal data (phone numbers, ID and bank card numbers,
e-mail, plates, addresses) and markup that can run code or load from other sites.

Each personal-data finding names the masked form to use instead. ID and card numbers are checked with their
check digits, so that ordinary long numbers (amounts, case numbers) do not trip the rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MOBILE = re.compile(r"(?<![\d*])1[3-9]\d(?:[ -]?\d){8}(?![\d*])")
_LANDLINE = re.compile(r"(?<![\d*])0\d{2,3}-\d{7,8}(?![\d*])")
_DIGITS = re.compile(r"(?<![\d*])\d(?:[ -]?\d){15,18}[\dXx]?(?![\d*])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PLATE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])")
_ADDRESS = re.compile(r"[\u4e00-\u9fff]{1,12}(?:路|街|大道|巷|弄)\d+号(?:\d+(?:栋|幢|号楼))?(?:\d+(?:单元|室))?")
_ACTIVE = re.compile(r"<\s*(script|iframe|object|embed|style|link|meta|form|base)\b|\son[a-z]+\s*=|(?:\]\(|=)\s*[\"']?\s*(?:javascript|vbscript|data)\s*:", re.I)
_REMOTE = re.compile(r"!\[[^\]]*\]\(\s*<?(?:[a-z][a-z0-9+.-]*:)?//|\b(?:src|href|srcset|poster)\s*=\s*[\"']?\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
_SEVEN_DIGITS = re.compile(r"\d(?:[ -]?\d){6}")  # phone, ID and card numbers all have at least seven digits in a row
_PLATE_TAIL = re.compile(r"[A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{5}")
_HOUSE_NUMBER = re.compile(r"(?:路|街|大道|巷|弄)\d+号")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@dataclass(frozen=True)
class Finding:
    code: str
    offset: int
    message: str


def id_number_valid(number: str) -> bool:
    """An 18-character resident ID number whose last character is its ISO 7064 check digit."""
    if not re.fullmatch(r"\d{17}[\dXx]", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return "10X98765432"[total % 11] == number[17].upper()


def luhn_valid(number: str) -> bool:
    digits = [int(d) for d in number]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def _mobile(found: str) -> str:
    raw = re.sub(r"[ -]", "", found)
    return f"手机号 {raw[:3]}…，请写成 {raw[:3]}****{raw[-4:]}"


# (code, pattern, message for what it found). Each group is tried only on text that passes a quick test: most text
# passes none (at 10,000 cases trying every pattern on every field took 2.6 s). Numbers first: phone numbers, then
# ID and card numbers, which need their check digits (below).
_NUMBERS = [
    ("E160", _MOBILE, _mobile),
    ("E165", _LANDLINE, lambda s: f"座机 {s[:4]}…，请写成 {s.split('-')[0]}-****{s[-4:]}"),
]
_PATTERNS = [  # (code, pattern, what the pattern cannot match without, message)
    ("E163", _EMAIL, lambda text: "@" in text, lambda s: f"邮箱 {s[:3]}…，请删掉或写“某邮箱”"),
    ("E164", _PLATE, _PLATE_TAIL.search, lambda s: f"车牌 {s[:2]}…，请写成 {s[:2]}·*****"),
    ("E166", _ADDRESS, _HOUSE_NUMBER.search, lambda s: f"地址 {s[:4]}…，请写成“某区某街道”"),
    ("E170", _ACTIVE, lambda text: "<" in text or "=" in text or "](" in text, lambda s: f"会执行代码或改变页面的写法：{s.strip()[:20]}"),
    ("E171", _REMOTE, lambda text: "//" in text, lambda s: "图片或资源要从其他网站加载"),
]


def findings(text: str) -> list[Finding]:
    """Every piece of personal data or unsafe markup in text, with where it starts."""
    out = []
    if _SEVEN_DIGITS.search(text):
        for m in _DIGITS.finditer(text):
            raw = re.sub(r"[ -]", "", m.group(0))
            if id_number_valid(raw):
                out.append(Finding("E161", m.start(), f"身份证号 {raw[:6]}…，请删掉，或写成 110***********1234"))
            elif raw.isdigit() and 16 <= len(raw) <= 19 and luhn_valid(raw):
                out.append(Finding("E162", m.start(), f"银行卡号 {raw[:4]}…，请写成“尾号{raw[-4:]}”"))
        out += [Finding(code, m.start(), message(m.group(0))) for code, pattern, message in _NUMBERS for m in pattern.finditer(text)]
    for code, pattern, possible, message in _PATTERNS:
        if possible(text):
            out += [Finding(code, m.start(), message(m.group(0))) for m in pattern.finditer(text)]
    return sorted(out, key=lambda f: f.offset)
