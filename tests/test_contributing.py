"""The contributor's path: scaffold, issue form, canonical case files, generated docs, messages in Chinese."""
import json
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kb import casefile, generate, issueform
from kb.check import check
from kb.fix import canonical
from kb import load
from kb.rules import RULES

from conftest import FIXTURES, ROOT

ISSUES = FIXTURES / "issue"
CJK = re.compile(r"[\u4e00-\u9fff]")


def kb(command, *args, cwd, stdin=None):
    """Run python -m kb on the content under cwd, as a contributor would."""
    return subprocess.run([sys.executable, "-m", "kb", "--root", str(cwd), command, *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def repo(tmp_path):
    """A copy of the content a contributor works on (not the build output or the virtualenv)."""
    for name in ("statutes", "behaviors", "channels", "procedures", "schemas", "docs", "CONTRIBUTING.md"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / name)
    return tmp_path


def case_files(root):
    return sorted(p.name for p in (root / "docs" / "cases").glob("*.md"))


def test_generated_files_are_current():
    index = check(ROOT).index
    assert generate.stale(ROOT, index) == {}, "run python -m kb generate"


def test_contributing_lists_every_code_in_both_languages():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    zh = text.split("<!-- kb:codes-zh -->")[1].split("<!-- /kb:codes-zh -->")[0]
    en = text.split("<!-- kb:codes-en -->")[1].split("<!-- /kb:codes-en -->")[0]
    for rule in RULES.values():
        assert f"| {rule.code} | {'错误' if rule.blocking else '提醒'} | {rule.title} |" in zh
        assert f"| {rule.code} | {'error' if rule.blocking else 'warning'} | {rule.title_en} |" in en


def test_every_message_teaches_in_chinese_and_english():
    for rule in RULES.values():
        assert CJK.search(rule.title) and CJK.search(rule.fix), rule.code
        assert not CJK.search(rule.title_en), rule.code
        assert rule.fix.endswith("。") and rule.fix_en.endswith("."), rule.code


def test_case_fields_follow_the_schema_order():
    schema = json.loads((ROOT / "schemas" / "case.schema.json").read_text(encoding="utf-8"))
    assert [f[0] for f in casefile.FIELDS] == list(schema["properties"])
    for name, _, sub in casefile.FIELDS:
        if sub:
            field = schema["properties"][name]
            assert [s[0] for s in sub] == list(field.get("items", field)["properties"]), name


def test_every_case_file_is_canonical_and_commented():
    for path in (ROOT / "docs" / "cases").glob("*.md"):
        if path.name == "index.md":
            continue
        text = path.read_text(encoding="utf-8")
        assert canonical(text) == text, path.name
        front = casefile.split(text)[0].splitlines()
        for n, line in enumerate(front):
            if not line.lstrip().startswith(("#", "- ")):  # list items continue the commented field above them
                assert front[n - 1].lstrip().startswith("# "), f"{path.name}: no comment above {line!r}"


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(data=st.fixed_dictionaries(
    {"title": TEXT, "date": st.dates().map(str), "behaviors": st.lists(TEXT, min_size=1, max_size=4),
     "lender_type": TEXT, "provenance": st.fixed_dictionaries({"kind": TEXT}, optional={"note": TEXT}),
     "review": st.fixed_dictionaries({"state": TEXT}, optional={"reviewer": TEXT})},
    optional={"title_en": TEXT, "outcome": TEXT, "extra": TEXT,
              "articles": st.lists(st.fixed_dictionaries({"statute": TEXT, "article": TEXT}, optional={"paragraph": st.integers(1, 9)}), min_size=1, max_size=3),
              "source": st.fixed_dictionaries({"level": TEXT, "publisher": TEXT},
                                              optional={"title": TEXT, "case_numbers": st.lists(TEXT, min_size=1, max_size=3), "date": TEXT})}))
def test_canonical_front_matter_reads_back_unchanged(data):
    front = casefile.front_matter(data)
    parsed, _, problems = load.parse_yaml(front, "x")
    assert problems == [] and parsed == data
    text = casefile.case_text(data, "正文\n")
    assert canonical(text) == text
    quick = load.read_canonical(front)
    if quick is not None and casefile.front_matter(quick) == front:  # what load_case keeps: the same data
        assert quick == data


def test_every_case_is_read_by_its_layout_as_the_yaml_parser_reads_it():
    """The quick reader of canonical case files gives every case in the repository the data and lines parse_yaml gives."""
    files = load.case_files(ROOT)
    assert len(files) > 20
    for file in files:
        doc, problems = load.load_case(file, file.name)
        front = casefile.split(file.read_text(encoding="utf-8"))[0]
        assert problems == [] and doc.canonical, file.name
        data, lines, _ = load.parse_yaml(front, file.name, offset=1)
        assert doc.data == data and doc.lines is None, file.name  # lines are worked out only when a problem needs one
        assert [doc.line(*keys) for keys in lines] == list(lines.values()), file.name


PLAINISH = st.text(alphabet="abcXYZ019 ._()/+-:#,[]'\"深夜来电（）：，。　“”‘’—…·", min_size=1, max_size=12)


@settings(max_examples=400, deadline=None)
@given(value=st.one_of(PLAINISH, st.lists(PLAINISH, min_size=1, max_size=3)))
def test_text_written_without_the_yaml_emitter_reads_back(value):
    written = casefile._plain(value)
    if written is not None:
        assert yaml.safe_load("k: " + written) == {"k": value}
        emitted = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1 << 20, sort_keys=False)
        assert written == emitted.removesuffix("\n").removesuffix("\n...")  # the same form the emitter writes


def test_check_fix_rewrites_a_shuffled_case_and_check_shows_the_diff(repo):
    path = repo / "docs" / "cases" / "2026-night-calls-private-numbers.md"
    original = path.read_text(encoding="utf-8")
    front, body = casefile.split(original)
    fields = [line for line in front.splitlines() if not line.lstrip().startswith("#")]
    shuffled = "---\n" + "\n".join(fields[4:] + fields[:4]) + "\n---\n" + body
    path.write_text(shuffled, encoding="utf-8")
    before = kb("check", cwd=repo)
    assert before.returncode == 1
    assert "2026-night-calls-private-numbers.md:2: E156 字段区不是标准格式" in before.stdout
    assert "+++ b/docs/cases/2026-night-calls-private-numbers.md" in before.stdout and "\n-lender_type:" in before.stdout
    after = kb("check", "--fix", cwd=repo)
    assert after.returncode == 0, after.stdout
    assert path.read_text(encoding="utf-8") == original


def test_messages_can_be_read_in_english(repo):
    (repo / "docs" / "cases" / "2026-night-calls-private-numbers.md").write_text(
        (ROOT / "docs" / "cases" / "2026-night-calls-private-numbers.md").read_text(encoding="utf-8").replace("night-calls,", "nite-calls,"),
        encoding="utf-8")
    done = kb("check", "--lang", "en", cwd=repo)
    assert done.returncode == 1
    assert ": E133 unknown behavior: " in done.stdout and RULES["E133"].fix_en in done.stdout


FLAGS = ["--title", "医院里接到催收电话，被要求让同事代还", "--date", "2025-06-03", "--behaviors", "contacting-employer,demanding-third-party-payment",
         "--lender-type", "consumer-finance", "--kind", "contributed", "--outcome", "投诉后不再打到单位", "--slug", "hospital-colleagues"]


def test_new_case_from_flags_writes_a_passing_commented_file(repo):
    done = kb("new-case", *FLAGS, "--no-input", cwd=repo)
    assert done.returncode == 0, done.stderr
    path = repo / "docs" / "cases" / "2025-hospital-colleagues.md"
    text = path.read_text(encoding="utf-8")
    assert "behaviors: [contacting-employer, demanding-third-party-payment]" in text
    assert "state: unreviewed" in text and "<!--" in text
    result = check(repo)
    mine = [p for p in result.problems if p.path.endswith("2025-hospital-colleagues.md")]
    assert [p.code for p in mine if p.blocking] == []
    assert {p.code for p in mine} == {"W202", "W204"}, "the empty story is pointed out, gently"


def test_new_case_never_overwrites(repo):
    assert kb("new-case", *FLAGS, "--no-input", cwd=repo).returncode == 0
    path = repo / "docs" / "cases" / "2025-hospital-colleagues.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n我自己写的经过。\n", encoding="utf-8")
    mine = path.read_text(encoding="utf-8")
    again = kb("new-case", *FLAGS, "--no-input", cwd=repo)
    assert again.returncode == 1 and "已经存在，不会覆盖" in again.stderr
    assert path.read_text(encoding="utf-8") == mine


def test_new_case_refuses_bad_answers_and_writes_nothing(repo):
    before = case_files(repo)
    bad = [v.replace("contacting-employer", "call-my-boss") for v in FLAGS]
    done = kb("new-case", *bad, "--no-input", cwd=repo)
    assert done.returncode == 1 and "不认识：call-my-boss" in done.stderr
    future = [v.replace("2025-06-03", "2099-01-01") for v in FLAGS]
    assert "不能晚于今天" in kb("new-case", *future, "--no-input", cwd=repo).stderr
    assert case_files(repo) == before


def test_a_reported_ruling_needs_its_source_and_keeps_the_number_for_the_reviewer(repo):
    reported = [v.replace("contributed", "reported") for v in FLAGS]
    done = kb("new-case", *reported, "--no-input", cwd=repo)
    assert done.returncode == 1 and "publisher" in done.stderr and "source_date" in done.stderr
    source = ["--publisher", "某某区人民法院", "--source-title", "以案释法：催收打到单位", "--source-date", "2024-11-12",
              "--case-number", "（2024）京0105民初1号"]
    done = kb("new-case", *reported, *source, "--no-input", cwd=repo)
    assert done.returncode == 0, done.stderr
    text = (repo / "docs" / "cases" / "2025-hospital-colleagues.md").read_text(encoding="utf-8")
    assert "kind: reported" in text and "level: C" in text and "publisher: 某某区人民法院" in text
    assert "\n  case_numbers:" not in text and "<!-- 投稿人给出的案号或文号：（2024）京0105民初1号。" in text  # shown only once a reviewer has checked it


def test_new_case_refuses_personal_data_in_answers(repo):
    before = case_files(repo)
    leaky = [v.replace("投诉后不再打到单位", "对方用13812345678打到单位") for v in FLAGS]
    done = kb("new-case", *leaky, "--no-input", cwd=repo)
    assert done.returncode == 1 and "E160" in done.stderr and "138****5678" in done.stderr
    assert case_files(repo) == before


def test_new_case_asks_again_until_answers_are_right(repo):
    answers = "\n".join(["短", "夜里陌生号码一直打来", "", "2025-13-01", "2025-10-01", "night-call", "night-calls",
                         "bank", "contributed", "仍在协商", ""]) + "\n"  # the last: take the suggested file name
    done = kb("new-case", cwd=repo, stdin=answers)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("✗") == 3  # title too short, impossible date, unknown behavior
    text = (repo / "docs" / "cases" / "2025-night-calls.md").read_text(encoding="utf-8")
    assert "title: 夜里陌生号码一直打来" in text and "outcome: 仍在协商" in text and "title_en" not in text


def test_issue_form_offers_every_behavior_and_lender_type():
    index = check(ROOT).index
    form = (ROOT / issueform.PATH).read_text(encoding="utf-8")
    for bid in index.behaviors:
        assert f"- {bid} — " in form
    assert "会公开" in form


def test_case_from_issue_turns_a_sample_issue_into_a_passing_case(repo):
    done = kb("case-from-issue", str(ISSUES / "complete.md"), "--issue", "42", cwd=repo)
    assert done.returncode == 0, done.stderr
    path = repo / "docs" / "cases" / "2025-calls-after-11-pm-and-calls-to-my-sister.md"
    text = path.read_text(encoding="utf-8")
    assert "behaviors: [night-calls, contacting-family]" in text
    assert "issue #42" in text and "kind: contributed" in text and "state: unreviewed" in text
    assert "每通电话都录了音" in text and "<!--" not in text
    problems = [p for p in check(repo).problems if p.path.endswith(path.name)]
    assert problems == []


def test_case_from_issue_reports_exactly_what_is_missing(repo):
    body = (ISSUES / "complete.md").read_text(encoding="utf-8")
    body = body.replace("2025-09-14", "_No response_").replace("- [X] 我同意", "- [ ] 我同意")
    body = re.sub(r"(### 发生了什么\n\n).*?\n\n(###)", r"\1_No response_\n\n\2", body, flags=re.S)
    before = case_files(repo)
    done = kb("case-from-issue", "-", cwd=repo, stdin=body)
    assert done.returncode == 1
    assert done.stderr.strip() == "issue 里缺少：发生日期（date）；发生了什么（story）；确认（两项都要勾选）"
    assert case_files(repo) == before


def test_case_from_issue_catches_personal_data(repo):
    body = (ISSUES / "complete.md").read_text(encoding="utf-8").replace("我姐姐根本不是联系人", "我姐姐（手机 139 1234 5678）根本不是联系人")
    done = kb("case-from-issue", "-", cwd=repo, stdin=body)
    assert done.returncode == 1 and "E160" in done.stderr and "139****5678" in done.stderr
    assert not (repo / "docs" / "cases" / "2025-calls-after-11-pm-and-calls-to-my-sister.md").exists()


def test_template_is_not_checked_as_a_case_but_is_canonical():
    text = (ROOT / "docs" / "cases" / "_template.md").read_text(encoding="utf-8")
    assert canonical(text) == text
    assert not any(p.path.endswith("_template.md") for p in check(ROOT).problems)


def test_workflows_run_the_tests_and_deploy_main():
    ci = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    flow = yaml.safe_load(ci)
    assert "pull_request" in flow[True] and flow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as True
    assert ".ci/run" in ci and flow["jobs"]["deploy"]["needs"] == "test"
    assert "deploy-pages" in ci and "refs/heads/main" in flow["jobs"]["deploy"]["if"]
    form = yaml.safe_load((ROOT / issueform.PATH).read_text(encoding="utf-8"))
    assert {"name", "description", "body"} <= set(form) and all("type" in item for item in form["body"])
    template = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    assert "make check" in template and "- [ ]" in template
