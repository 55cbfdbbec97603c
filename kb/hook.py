"""MkDocs hooks: check the content, generate pages in memory, inject boxes, export JSON, index for search.

Nothing generated is written to docs/. `mkdocs serve` watches the content folders (the `watch`
list in mkdocs.yml), so editing a YAML file rebuilds the pages that come from it.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

# MkDocs loads this file as a stand-alone module, not as part of the kb package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kb import export, procedures, render, search, searchdata  # noqa: E402
from kb.check import check  # noqa: E402
from kb.link import is_real  # noqa: E402

log = logging.getLogger("mkdocs.hooks.kb")
CARDS_MARK = "<!-- kb:behavior-cards -->"
GUIDES = ["first-steps", "check-debt", "negotiate", "evidence", "complain", "credit-report", "lawful-collection", "myths", "support"]
_state: dict = {}


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_config(config):
    result = check(_root(config))
    for problem in result.warnings:
        if problem.code in ("W205", "W210"):  # loud, yet not a logged warning, which --strict would turn into a failure
            print(f"\n{'!' * 72}\nkb: {problem.format('en')}\n{'!' * 72}\n", file=sys.stderr)
        else:
            log.info("kb: %s", problem)
    if result.errors:
        listing = "\n".join(str(p) for p in result.errors)
        raise PluginError(f"kb check found {len(result.errors)} error(s); the site was not built:\n{listing}")
    _state["index"] = result.index
    _state["cases"] = {case.path: case for case in result.index.cases}
    config.nav = _nav(_root(config) / "docs")
    return config


def _nav(docs: Path) -> list:
    """A short navigation: every page carries it, so its size multiplies by the number of pages.
    Behaviors are reached from the home page and the behavior index; cases from the case list."""
    guides = ["guides/index.md"] + [f"guides/{g}.md" for g in GUIDES if (docs / "guides" / f"{g}.md").exists()]
    return [
        {"首页": "index.md"},
        {"我遇到了什么": "act/index.md"},
        {"催收行为": "behaviors/index.md"},
        {"法律程序": "procedures/index.md"},
        {"行动指南": guides},
        {"法条": "statutes/index.md"},
        {"投诉渠道": "channels/index.md"},
        {"案例": "cases/index.md"},
        {"对照表": "matrix.md"},
        {"关于": ["about/index.md", "about/api.md"]},
        {"English": ["en/index.md", "en/act/index.md", "en/behaviors/index.md", "en/procedures/index.md", "en/statutes/index.md", "en/channels/index.md"]},
    ]


def on_files(files, config):
    for src, content in {**render.generated_pages(_state["index"]), **procedures.pages(_state["index"])}.items():
        files.append(File.generated(config, src, content=content))
    return files


def _counterpart(src: str, files) -> str:
    """The same page in the other language if it exists, else the other language's home page."""
    other = src[3:] if src.startswith("en/") else "en/" + src
    if files.get_file_from_path(other) is None:
        other = "index.md" if src.startswith("en/") else "en/index.md"
    return render.url(other)


def on_page_markdown(markdown, page, config, files):
    index = _state["index"]
    src = page.file.src_uri
    page.meta["kb_alternate"] = _counterpart(src, files)
    page.meta.setdefault("kb_lang", "en" if src.startswith("en/") else "zh")
    if src.startswith(("guides/", "about/")):
        markdown = render.search_tags("guide") + markdown
    if CARDS_MARK in markdown:
        lang = "en" if src.startswith("en/") else "zh"
        markdown = markdown.replace(CARDS_MARK, render.behavior_cards(index, lang, ""))
    if "docs/" + src in _state["cases"]:
        case = _state["cases"]["docs/" + src]
        page.meta["title"] = render.literal(case.data["title"])  # the theme writes it into the HTML as it is
        head, _, rest = markdown.partition("\n")
        if not head.startswith("# "):
            head, rest = f"# {render.literal(case.data['title'])}", markdown
        # Search indexes a case by its title, behaviors and outcome, not by its story: at 10,000 cases
        # indexing every story took Pagefind over 2 GB of memory (see README, Benchmark).
        markdown = f"{head}\n\n{render.source_box(index, case)}\n{render.case_box(index, case)}\n<div class=\"kb-case-story\" data-pagefind-ignore markdown>\n\n{rest}\n\n</div>\n"
    return markdown


def on_post_page(output, page, config):
    if page.meta["kb_lang"] == "en":
        output = output.replace('<html lang="zh"', '<html lang="en"', 1)
    if search.indexed(page.file.src_uri):
        # Case stories are long and mention every symptom word; let behavior pages rank above them, and real
        # (sourced) cases above illustrative and contributed stories.
        weight = ""
        if page.file.src_uri.startswith("cases/"):
            case = _state["cases"].get("docs/" + page.file.src_uri)
            weight = f' data-pagefind-weight="{0.7 if case is not None and is_real(case) else 0.5}"'
        output = output.replace('<article class="md-content__inner md-typeset">', f'<article class="md-content__inner md-typeset" data-pagefind-body{weight}>', 1)
        output = output.replace('class="headerlink"', 'class="headerlink" data-pagefind-ignore')
    return output


def on_post_build(config):
    site = Path(config.site_dir)
    api = site / "api" / "v1"
    api.mkdir(parents=True, exist_ok=True)
    for name, records in export.records(_state["index"]).items():
        (api / f"{name}.json").write_text(json.dumps(records, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    search_data = searchdata.export(_root(config), _state["index"])
    (api / "search.json").write_text(json.dumps(search_data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    search.index_site(site)

