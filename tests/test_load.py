"""Loading: line numbers, duplicate keys, aliases, encodings, front matter."""
from kb.load import load_case, parse_yaml, read_text


def test_lines_are_kept_for_every_field():
    data, lines, problems = parse_yaml("id: x\nlist:\n  - a\n  - b: 1\n    c: 2\n", "f.yml")
    assert problems == []
    assert data == {"id": "x", "list": ["a", {"b": 1, "c": 2}]}
    assert lines[("id",)] == 1 and lines[("list", 1)] == 4 and lines[("list", 1, "c")] == 5


def test_dates_stay_text_and_scalars_are_typed():
    data, _, _ = parse_yaml("d: 2026-01-01\nn: 3\nb: true\nz: null\nq: '50'\n", "f.yml")
    assert data == {"d": "2026-01-01", "n": 3, "b": True, "z": None, "q": "50"}


def test_duplicate_key_is_reported_with_both_lines():
    _, _, problems = parse_yaml("a: 1\nb: 2\na: 3\n", "f.yml")
    assert [(p.code, p.line) for p in problems] == [("E104", 3)]
    assert "第 1 行" in problems[0].message


def test_alias_bomb_is_rejected_at_once():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8))
    data, _, problems = parse_yaml(bomb, "f.yml")
    assert data is None and [(p.code, p.line) for p in problems] == [("E105", 1)]  # stopped at the first anchor


def test_python_tags_and_deep_nesting_are_syntax_errors():
    assert parse_yaml("a: !!python/object/apply:os.system ['true']\n", "f")[2][0].code == "E103"
    assert parse_yaml("[" * 200 + "]" * 200, "f")[2][0].code == "E103"


def test_several_documents_are_rejected():
    assert parse_yaml("a: 1\n---\nb: 2\n", "f")[2][0].code == "E103"


def test_encoding_tabs_and_empty_files(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_bytes("id: x\n名字: 好\n".encode("gbk"))
    assert [(p.code, p.line) for p in read_text(bad, "bad.yml")[1]] == [("E100", 2)]
    tab = tmp_path / "tab.yml"
    tab.write_text("a: 1\nb:\t2\n", encoding="utf-8")
    assert [(p.code, p.line) for p in read_text(tab, "tab.yml")[1]] == [("E101", 2)]
    empty = tmp_path / "empty.yml"
    empty.write_text(" \n", encoding="utf-8")
    assert read_text(empty, "empty.yml")[1][0].code == "E102"


def test_case_front_matter_lines_are_file_lines(tmp_path):
    case = tmp_path / "2025-x.md"
    case.write_text("---\ntitle: 标题\ndate: '2025-01-01'\n---\n\n# 标题\n\n正文\n", encoding="utf-8")
    doc, problems = load_case(case, "docs/cases/2025-x.md")
    assert problems == []
    assert doc.line("date") == 3 and doc.body_line == 5 and "正文" in doc.body


def test_control_characters_are_reported_at_their_line(tmp_path):
    for char in ["\x00", "\x1b", "\x7f", "\x85", "\u2028", "\ufffe", "\r"]:
        file = tmp_path / "c.yml"
        file.write_text(f"id: x\nname:\n  zh: 甲乙{char}丙\n", encoding="utf-8", newline="")
        assert [(p.code, p.line) for p in read_text(file, "c.yml")[1]] == [("E108", 3)], repr(char)
    crlf = tmp_path / "crlf.yml"
    crlf.write_bytes(b"id: x\r\nname: y\r\n")
    assert read_text(crlf, "crlf.yml")[1] == []


def test_files_lists_and_values_have_size_limits(tmp_path):
    from kb.load import MAX_FILE_BYTES, MAX_ITEMS, MAX_TEXT
    huge = tmp_path / "huge.yml"
    huge.write_text("id: x\nsymptoms:\n" + "- 被催收\n" * (MAX_FILE_BYTES // 10), encoding="utf-8")
    assert [p.code for p in read_text(huge, "huge.yml")[1]] == ["E109"]
    assert [(p.code, p.line) for p in parse_yaml("id: x\nl:\n" + "- a\n" * (MAX_ITEMS + 1), "f")[2]] == [("E113", 3)]
    assert [(p.code, p.line) for p in parse_yaml("id: x\nt: " + "长" * (MAX_TEXT + 1) + "\n", "f")[2]] == [("E114", 2)]
    assert parse_yaml("l: [" + ", ".join(["a"] * MAX_ITEMS) + "]\nt: " + "长" * MAX_TEXT + "\n", "f")[2] == []


def test_a_file_that_cannot_be_read_does_not_cascade(tmp_path):
    """References to a behavior whose file has a parse error are not reported as unknown elsewhere."""
    from conftest import FIXTURES, overlay
    from kb.check import check
    tree = overlay(tmp_path / "tree", FIXTURES / "valid")
    behavior = tree / "behaviors" / "night-calls.yml"
    behavior.write_text(behavior.read_text(encoding="utf-8") + "broken: [\n", encoding="utf-8")
    problems = [p for p in check(tree).problems if p.code != "W205"]
    assert [(p.path, p.code) for p in problems] == [("behaviors/night-calls.yml", "E103")]
    assert "night-calls 的引用不检查" in problems[0].message
