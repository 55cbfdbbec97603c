"""Random and malformed input never crashes or hangs the loader and validator: every failure is a coded problem."""
import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kb.load import Doc, load_case, parse_yaml
from kb.rules import RULES
from kb.validate import validate

YAMLISH = st.text(alphabet=st.sampled_from(list("abc:-[]{}&*!|>'\"#\n  \t,?%@`0123456789中文")), max_size=200)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20))
TREES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=5)), max_leaves=20)


@settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(YAMLISH)
@example("! |")  # found by Hypothesis: an empty text under the non-specific tag came back as null, unreported
@example("null")
def test_parse_yaml_never_crashes(text):
    data, lines, problems = parse_yaml(text, "f.yml")
    assert all(p.code in RULES for p in problems)
    if data is None:
        assert problems


@settings(max_examples=200, deadline=1000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(front=YAMLISH, body=st.text(max_size=100))
def test_case_files_never_crash(tmp_path, front, body):
    path = tmp_path / "2025-x.md"
    path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    doc, problems = load_case(path, "docs/cases/2025-x.md")
    assert all(p.code in RULES for p in problems)
    if doc is not None:
        assert all(p.code in RULES for p in validate(doc, None, dt.date(2026, 11, 29)))


@settings(max_examples=300, deadline=1000)
@given(kind=st.sampled_from(["statute", "behavior", "channel", "case"]), data=TREES)
def test_validate_rejects_random_documents_with_codes(kind, data):
    problems = validate(Doc(kind, f"x/{kind}.yml", data, {}), None, dt.date(2026, 11, 29))
    assert problems, "random data must not pass as valid content"
    assert all(p.code in RULES for p in problems)


@settings(max_examples=200, deadline=2000)
@given(behaviors=st.lists(st.fixed_dictionaries({"id": st.sampled_from(["a", "b"]), "violations": TREES, "channels": TREES,
                                                  "related": TREES, "verdict": TREES}), max_size=3),
       cases=st.lists(st.fixed_dictionaries({"behaviors": TREES, "date": SCALARS}), max_size=3))
def test_linking_malformed_documents_never_crashes(behaviors, cases):
    from kb.link import link
    docs = [Doc("behavior", f"behaviors/{n}.yml", b, {}) for n, b in enumerate(behaviors)]
    case_docs = [Doc("case", f"docs/cases/2025-{n}.md", c, {}) for n, c in enumerate(cases)]
    _, problems = link([], docs, [], case_docs)
    assert all(p.code in RULES for p in problems)
