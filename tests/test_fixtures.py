"""Each fixture under tests/fixtures/invalid/<CODE>-… must raise exactly that code, and every rule has one."""
import datetime as dt

import pytest

from kb.check import check
from kb.rules import RULES

from conftest import FIXTURES, HAVE_CASE_REFERENCE, HAVE_CORPUS, overlay, require_corpus

TODAY = dt.date(2026, 11, 29)
INVALID = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())
CORPUS_CODES = {"E140", "E141", "E142"}
CASE_REFERENCE_CODES = {"E180", "E181", "E182"}  # found by looking the numbers up


def test_valid_fixture_is_clean():
    result = check(FIXTURES / "valid", today=TODAY)
    assert [p.code for p in result.problems] == ([] if HAVE_CORPUS else ["W205"])


def test_every_rule_has_a_fixture():
    covered = {p.name.split("-")[0] for p in INVALID}
    assert covered == set(RULES), f"missing fixtures: {sorted(set(RULES) - covered)}; unknown: {sorted(covered - set(RULES))}"


def fixture_env(fixture) -> dict:
    """Variables a fixture runs under, from its optional fixture.env (KEY=VALUE lines)."""
    env = fixture / "fixture.env"
    return dict(line.split("=", 1) for line in env.read_text(encoding="utf-8").split()) if env.exists() else {}


@pytest.mark.parametrize("fixture", INVALID, ids=lambda p: p.name)
def test_fixture_raises_exactly_its_code(fixture, tmp_path, monkeypatch):
    code = fixture.name.split("-")[0]
    if code in CORPUS_CODES:
        require_corpus()
    if code in CASE_REFERENCE_CODES and not HAVE_CASE_REFERENCE:
        pytest.skip("needs the case reference ../shared/reference/cases")
    for key, value in fixture_env(fixture).items():
        monkeypatch.setenv(key, value)
    tree = overlay(tmp_path / "tree", FIXTURES / "valid", fixture)
    result = check(tree, today=TODAY)
    ignored = set() if HAVE_CORPUS else {"W205"} - {code}  # without the corpus every tree has W205
    problems = [p for p in result.problems if p.code not in ignored]
    codes = {p.code for p in problems}
    assert codes == {code}, "\n".join(str(p) for p in problems)
    for problem in problems:
        text = str(problem)
        assert text.startswith(problem.path + ":"), text
        assert f": {code} " in text and RULES[code].fix in text
        assert problem.line >= 1
    assert any(p.blocking for p in problems) == RULES[code].blocking
