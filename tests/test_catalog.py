"""The catalog promised to readers: every listed behavior, cited to the law in force, with guides and cases."""
import re

from kb.load import load_all

from conftest import ROOT

BEHAVIORS = """night-calls call-flooding contacting-family contacting-contacts contacting-employer public-shaming insults
doctored-images impersonating-officials fake-legal-documents false-legal-threats credit-threats threats-of-violence
home-visits stalking detention property-damage demanding-third-party-payment excessive-charges data-misuse
undisclosed-identity scam-collectors forced-new-loans obscene-or-horrific-messages""".split()
GUIDES = "first-steps check-debt negotiate evidence complain credit-report lawful-collection myths support".split()
CONTENT = load_all(ROOT)
BY_ID = {d.data["id"]: d.data for d in CONTENT.behaviors}


def test_every_listed_behavior_exists():
    assert sorted(set(BEHAVIORS) - set(BY_ID)) == []


def test_every_behavior_is_complete():
    for bid, data in BY_ID.items():
        assert data["violations"] and data["channels"], bid
        assert len(data["symptoms"]["zh"]) >= 6 and len(data["symptoms"]["en"]) >= 3, bid
        assert data["evidence"] and data["steps"] and data.get("lawful"), bid


def test_criminal_articles_state_their_limits():
    """Criminal provisions need 情节严重 or similar thresholds, or apply only to some debts or people: say where they stop."""
    for bid, data in BY_ID.items():
        for v in data["violations"]:
            if v["level"] == "刑事":
                assert v.get("not_when"), (bid, v["statute"], v["article"])


def test_no_superseded_regulator_presented_as_current():
    texts = [p.read_text(encoding="utf-8") for folder in ("behaviors", "channels", "statutes", "docs") for p in (ROOT / folder).rglob("*.*")
             if p.suffix in (".yml", ".md")]
    for text in texts:
        for line in text.splitlines():
            if "银保监会" in line:
                assert "原" in line or "国家金融监督管理总局" in line or "2023" in line, line


def test_guides_exist():
    for name in GUIDES:
        page = ROOT / "docs" / "guides" / f"{name}.md"
        assert page.exists(), name
        assert re.search(r"^# .+ / .+$", page.read_text(encoding="utf-8"), re.M), f"{name}: first heading needs an English part"


def test_cases_cover_the_catalog():
    cases = CONTENT.cases
    assert len(cases) >= 8
    covered = {b for c in cases for b in c.data["behaviors"]}
    assert len(covered & set(BEHAVIORS)) >= 12
    for case in cases:
        kind = case.data["provenance"]["kind"]
        assert kind != "judgment" or case.data["provenance"].get("case_number"), case.path
