"""Read content files into documents, keeping the line of every field.

YAML goes through the C event parser when it is available. The document tree is
built from the event stream directly, so that duplicate keys, anchors and aliases
are reported (PyYAML would keep the last duplicate silently and expand aliases),
and an alias bomb costs nothing because aliases are never expanded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from yaml import events as ev

from .casefile import case_text, split
from .rules import RULES, describe

try:  # the C parser is much faster; fall back to the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader

MAX_DEPTH = 40
MAX_FILE_BYTES = 1_000_000  # the largest content file so far is under 30 KB
MAX_ITEMS = 1000  # items in one list: the longest so far is a statute's 52 articles
MAX_TEXT = 20_000  # characters in one value: the longest so far is an explanation of 2,225
# Control characters (except tab, which is E101, and newline; a carriage return only before a newline), the
# line and paragraph separators that split lines invisibly, and the two non-characters YAML rejects.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]|\r(?!\n)")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")  # CONTROL but the lone \r: 3 times faster
_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
_KEEP_AS_TEXT = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:str", "tag:yaml.org,2002:binary", "tag:yaml.org,2002:merge"}


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    code: str
    message: str

    @property
    def blocking(self) -> bool:
        return RULES[self.code].blocking

    def __str__(self) -> str:
        return self.format("zh")

    def format(self, lang: str = "zh") -> str:
        """path:line: CODE title: detail. How to fix it — in Chinese (zh) or English (en)."""
        title, fix = describe(self.code, lang)
        if lang == "zh":
            return f"{self.path}:{self.line}: {self.code} {title}：{self.message}。{fix}"
        return f"{self.path}:{self.line}: {self.code} {title}: {self.message}. {fix}"


@dataclass
class Doc:
    """One content file: its data, the line of every field, and (for cases) the Markdown body."""

    kind: str
    path: str
    data: object
    lines: dict | None = field(default_factory=dict)  # None: worked out from front when first asked for
    body: str = ""
    body_line: int = 1
    text: str = ""  # the whole file, for cases not in canonical form (E156 shows where it differs)
    canonical: bool = False  # a case file exactly as kb/casefile.py writes it
    front: str = ""  # the front matter of a canonical case, whose lines are found only if a problem needs one

    def line(self, *keys) -> int:
        """Line of the field at keys, or of its closest ancestor that has one."""
        if self.lines is None:
            self.lines = parse_yaml(self.front, self.path, offset=1)[1]
        keys = tuple(keys)
        while keys:
            if keys in self.lines:
                return self.lines[keys]
            keys = keys[:-1]
        return self.lines.get((), 1)

    def problem(self, code: str, message: str, *keys) -> Problem:
        return Problem(self.path, self.line(*keys), code, message)


class _Stop(Exception):
    def __init__(self, problem_code: str, message: str, line: int):
        super().__init__(message)
        self.code, self.message, self.line = problem_code, message, line


def _scalar(event: ev.ScalarEvent):
    if event.tag not in (None, "!"):
        raise _Stop("E103", f"不允许写 YAML 标签 {event.tag}", event.start_mark.line + 1)
    tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag in _KEEP_AS_TEXT or event.tag == "!":  # the non-specific tag ! means text (the C parser reports it as implicit)
        return event.value
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    return _constructor.construct_object(node)


class _Builder:
    def __init__(self, stream, offset: int, problems: list, path: str):
        self.stream, self.offset, self.problems, self.path = stream, offset, problems, path
        self.lines: dict = {}

    def line_of(self, event) -> int:
        return event.start_mark.line + 1 + self.offset

    def value(self, event, keys: tuple, depth: int):
        if depth > MAX_DEPTH:
            raise _Stop("E103", f"嵌套超过 {MAX_DEPTH} 层", self.line_of(event))
        if isinstance(event, ev.AliasEvent):
            raise _Stop("E105", f"别名 *{event.anchor}", self.line_of(event))
        if getattr(event, "anchor", None):
            raise _Stop("E105", f"锚点 &{event.anchor}", self.line_of(event))
        if isinstance(event, ev.ScalarEvent):
            if len(event.value) > MAX_TEXT:
                raise _Stop("E114", f"这个值有 {len(event.value)} 个字，上限是 {MAX_TEXT}", self.line_of(event))
            return _scalar(event)
        if getattr(event, "tag", None) not in (None, "!", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"):
            raise _Stop("E103", f"不允许写 YAML 标签 {event.tag}", self.line_of(event))
        if isinstance(event, ev.SequenceStartEvent):
            items = []
            for item in self.stream:
                if isinstance(item, ev.SequenceEndEvent):
                    return items
                if len(items) == MAX_ITEMS:
                    raise _Stop("E113", f"列表超过 {MAX_ITEMS} 项", self.line_of(event))
                self.lines[keys + (len(items),)] = self.line_of(item)
                items.append(self.value(item, keys + (len(items),), depth + 1))
        if isinstance(event, ev.MappingStartEvent):
            mapping: dict = {}
            for key_event in self.stream:
                if isinstance(key_event, ev.MappingEndEvent):
                    return mapping
                if len(mapping) == MAX_ITEMS:
                    raise _Stop("E113", f"字段超过 {MAX_ITEMS} 个", self.line_of(event))
                key = self.value(key_event, keys, depth + 1)
                line = self.line_of(key_event)
                if not isinstance(key, (str, int)) or isinstance(key, bool):
                    raise _Stop("E103", "字段名必须是普通文字", line)
                key = str(key)
                value = self.value(next(self.stream), keys + (key,), depth + 1)
                if key in mapping:
                    self.problems.append(Problem(self.path, line, "E104", f"字段 {key} 出现了两次（第一次在第 {self.lines[keys + (key,)]} 行）"))
                    continue
                self.lines[keys + (key,)] = line
                mapping[key] = value
        raise _Stop("E103", "无法识别的 YAML 结构", self.line_of(event))


def parse_yaml(text: str, path: str, offset: int = 0):
    """Parse one YAML document. Returns (data, lines, problems); data is None when unreadable."""
    problems: list[Problem] = []
    stream = iter(yaml.parse(text, Loader=_Loader))
    builder = _Builder(stream, offset, problems, path)
    try:
        next(stream)  # StreamStart
        start = next(stream)
        if isinstance(start, ev.StreamEndEvent):
            return None, {}, [Problem(path, 1 + offset, "E102", "没有 YAML 内容")]
        first = next(stream)  # first event of the document body
        builder.lines[()] = builder.line_of(first)
        data = builder.value(first, (), 0)
        next(stream)  # DocumentEnd
        if not isinstance(next(stream), ev.StreamEndEvent):
            raise _Stop("E103", "文件里不止一个 YAML 文档（是不是多了一行 ---？）", builder.line_of(first))
        if data is None:
            raise _Stop("E102", "只有一个空值，没有内容", builder.line_of(first))
    except _Stop as stop:
        return None, {}, problems + [Problem(path, stop.line, stop.code, stop.message)]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        if mark:
            line = mark.line + 1 + offset
        else:  # a reader error gives the character's position instead
            line = text.count("\n", 0, getattr(error, "position", 0) or 0) + 1 + offset
        reason = "YAML 解析器报告：" + (getattr(error, "problem", None) or str(error).splitlines()[0])
        return None, {}, problems + [Problem(path, line, "E103", reason)]
    except (ValueError, TypeError, OverflowError) as error:  # a scalar the constructor rejects
        return None, {}, problems + [Problem(path, 1 + offset, "E103", str(error))]
    return data, builder.lines, problems


_OPEN = object()  # a field written as "name:", its value on the lines below


def _plain_scalar(text: str):
    """A plain YAML scalar as _scalar reads it: text, or an int, float, bool or null where YAML says so."""
    if text and text[0] not in _resolver.yaml_implicit_resolvers:  # no implicit type starts so: text (most CJK)
        return text
    tag = _resolver.resolve(yaml.ScalarNode, text, (True, False))
    if tag in _KEEP_AS_TEXT:
        return text
    return _constructor.construct_object(yaml.ScalarNode(tag, text))


def _flow_value(text: str):
    """A value in the forms kb/casefile.py writes on one line, or _OPEN when the text is in none of them."""
    if len(text) > MAX_TEXT:
        return _OPEN
    if text[:1] == "'" and text[-1:] == "'" and len(text) > 1:
        inner = text[1:-1]
        return _OPEN if "'" in inner.replace("''", "") else inner.replace("''", "'")
    if text[:1] == '"' and text[-1:] == '"' and len(text) > 1 and "\\" not in text and '"' not in text[1:-1]:
        return text[1:-1]
    if text[:1] in "[{":
        return _OPEN
    return _plain_scalar(text)


def _flow(text: str):
    """A flow list of scalars ([a, b]) or flow mapping of scalars ({k: v}) as kb/casefile.py writes them, else a scalar."""
    if text[:1] + text[-1:] == "[]":
        items = [_flow_value(item) for item in text[1:-1].split(", ")] if text != "[]" else []
        return _OPEN if _OPEN in items or len(items) > MAX_ITEMS else items
    if text[:1] + text[-1:] == "{}":
        mapping = {}
        for pair in text[1:-1].split(", "):
            key, colon, value = pair.partition(": ")
            if not colon or not key.isidentifier() or key in mapping:
                return _OPEN
            mapping[key] = _flow_value(value)
        return _OPEN if _OPEN in mapping.values() else mapping
    return _flow_value(text)


def read_canonical(front: str):
    """The data of case front matter read by its canonical layout alone, or None if it is not laid out so.

    Several times faster than parse_yaml, which handles any YAML. A result is worth keeping only if the writer
    gives back the same text (load_case checks): the writer's output reads back as YAML to the data it was given
    (property-tested), so the same text means the same data as parse_yaml would find."""
    data: dict = {}
    block = None  # the field written as "name:" whose lines follow
    for line in front.split("\n")[:-1]:
        if line[:1] == "#" or line[:3] == "  #":
            continue
        if block is not None and line.startswith("- "):
            items = data[block] = [] if data[block] is _OPEN else data[block]
            value = _flow(line[2:])
            if not isinstance(items, list) or not isinstance(value, dict) or len(items) == MAX_ITEMS:
                return None
            items.append(value)
            continue
        inner = block is not None and line.startswith("  ")
        key, colon, value = (line[2:] if inner else line).partition(":")
        if not colon or not key.isidentifier() or (value and value[0] != " "):
            return None
        value = _flow(value[1:]) if value else _OPEN
        if inner:
            mapping = data[block] = {} if data[block] is _OPEN else data[block]
            if not isinstance(mapping, dict) or value is _OPEN or key in mapping:
                return None
            mapping[key] = value
        else:
            if key in data or (block is not None and data[block] is _OPEN):
                return None
            data[key] = value
            block = key if value is _OPEN else None
    if not data or any(value is _OPEN for value in data.values()):
        return None
    return data


def read_text(file: Path, shown: str):
    """Decode a file as UTF-8 and check it for the problems every content file must avoid."""
    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        return None, [Problem(shown, 1, "E109", f"文件有 {size:,} 字节，上限是 {MAX_FILE_BYTES:,}")]
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(shown, line, "E100", f"字节 0x{raw[error.start]:02x} 不是有效的 UTF-8")]
    if not text.strip():
        return None, [Problem(shown, 1, "E102", "文件没有内容")]
    suspect = _CONTROL_CHARS.search(text) or "\r" in text
    controls = [(m.start(), m.group()) for m in CONTROL.finditer(text)] if suspect else []
    if controls:
        at, char = controls[0]
        more = f"，全文共 {len(controls)} 个" if len(controls) > 1 else ""
        return None, [Problem(shown, text.count("\n", 0, at) + 1, "E108", f"第 {at - text.rfind(chr(10), 0, at)} 个字符是 U+{ord(char[0]):04X}{more}")]
    tab_lines = [n for n, line in enumerate(text.splitlines(), 1) if "\t" in line] if "\t" in text else []
    if tab_lines:
        return None, [Problem(shown, tab_lines[0], "E101", f"共 {len(tab_lines)} 行有 Tab")]
    return text, []


def load_yaml_doc(file: Path, kind: str, shown: str):
    text, problems = read_text(file, shown)
    if text is None:
        return None, problems
    data, lines, problems = parse_yaml(text, shown)
    if data is None:
        return None, problems
    return Doc(kind, shown, data, lines), problems


def load_case(file: Path, shown: str):
    text, problems = read_text(file, shown)
    if text is None:
        return None, problems
    parts = split(text)
    if parts is None:
        return None, [Problem(shown, 1, "E106", "文件第一行不是 ---")]
    front, body = parts
    if not front.strip():
        return None, [Problem(shown, 2, "E102", "两行 --- 之间没有字段")]
    body_line = text[: len(text) - len(body)].count("\n") + 1
    try:
        quick = read_canonical(front)
        canonical = quick is not None and case_text(quick, body) == text
    except (ValueError, TypeError, OverflowError, yaml.YAMLError):  # a scalar the constructor rejects: parse_yaml reports it
        canonical = False
    if canonical:
        return Doc("case", shown, quick, None, body=body, body_line=body_line, canonical=True, front=front), []
    data, lines, problems = parse_yaml(front, shown, offset=1)
    if data is None:
        return None, problems
    return Doc("case", shown, data, lines, body=body, body_line=body_line, text=text), problems


@dataclass
class Content:
    """Everything loaded from a content root."""

    statutes: list = field(default_factory=list)
    behaviors: list = field(default_factory=list)
    channels: list = field(default_factory=list)
    procedures: list = field(default_factory=list)
    cases: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    unreadable: set = field(default_factory=set)  # (kind, id) of YAML files that could not be read


LAYOUT = {  # kind: (folder under the root, file pattern)
    "statute": ("statutes", "*.yml"),
    "behavior": ("behaviors", "*.yml"),
    "channel": ("channels", "*.yml"),
    "procedure": ("procedures", "*.yml"),
    "case": ("docs/cases", "*.md"),
}


def case_files(root: Path):
    folder = root / LAYOUT["case"][0]
    return sorted((p for p in folder.glob("*.md") if p.name != "index.md" and not p.name.startswith("_")), key=lambda p: p.name)


def load_all(root: Path) -> Content:
    content = Content()
    for kind, (folder, pattern) in LAYOUT.items():
        files = case_files(root) if kind == "case" else sorted((root / folder).glob(pattern))
        for file in files:
            shown = f"{folder}/{file.name}"  # the path as reported: relative to the root, with /
            doc, problems = load_case(file, shown) if kind == "case" else load_yaml_doc(file, kind, shown)
            if doc is None and kind != "case" and problems:
                # Other files' references to this id are not reported as unknown while it cannot be read.
                content.unreadable.add((kind, file.stem))
                problems = [replace(problems[0], message=problems[0].message + f"（改好之前，其他文件对 {file.stem} 的引用不检查）")] + problems[1:]
            content.problems.extend(problems)
            if doc is not None:
                getattr(content, kind + "s" if kind != "case" else "cases").append(doc)
    return content
