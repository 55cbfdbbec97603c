"""MkDocs hooks: check the content, generate pages in memory, inject boxes, export JSON, index for search.

Nothing generated is written to docs/. `mkdocs serve` watches the content folders, the code and the schemas (the
`watch` list in mkdocs.yml) and rebuilds on a change. It keeps this module loaded, so each build loads the kb
modules afresh (on_config): an edit to kb/ or to a schema takes effect without restarting the server.
The navigation is in mkdocs.yml. What the pages show is decided here and in kb/render.py; how it is laid out,
in the theme overrides (overrides/): the case box, the language of Material's own labels, what search indexes.
"""
from __future__ import annotations

import json
import logging
import posixpath
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

# MkDocs loads this file as a stand-alone module, not as part of the kb package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

log = logging.getLogger("mkdocs.hooks.kb")
CARDS_MARK = "<!-- kb:behavior-cards -->"
_state: dict = {}
export = link = procedures = render = search = searchdata = None  # the kb modules, loaded afresh by on_config for every build


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def _fresh_kb():
    """The kb package as it is on disk now, not as an earlier build of `mkdocs serve` loaded it (with its cached
    schema validators)."""
    for name in [m for m in sys.modules if m == "kb" or m.startswith("kb.")]:
        del sys.modules[name]
    import kb.check
    import kb.export
    import kb.link
    import kb.procedures
    import kb.render
    import kb.search
    import kb.searchdata
    return kb


def on_config(config):
    global export, link, procedures, render, search, searchdata
    kb = _fresh_kb()
    export, link, procedures, render, search, searchdata = kb.export, kb.link, kb.procedures, kb.render, kb.search, kb.searchdata
    result = kb.check.check(_root(config))
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
    return config


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


def _case(page):
    """The case document of a case page, or None."""
    return _state["cases"].get("docs/" + page.file.src_uri)


def on_page_read_source(page, config):
    """A case page's Markdown without the front matter, which the check has read already; MkDocs would parse it
    again with the pure-Python YAML loader (3 s at 10,000 cases). The leading blank line tells MkDocs there is no
    metadata, so that a first line like "Note: …" stays text. Its title is set in on_page_markdown."""
    case = _case(page)
    return None if case is None else "\n" + case.body.lstrip("\n")


def on_page_markdown(markdown, page, config, files):
    """Page data for the templates (page.meta.kb_*), and the generated parts of hand-written pages."""
    index = _state["index"]
    src = page.file.src_uri
    lang = "en" if src.startswith("en/") else "zh"
    page.meta["kb_alternate"] = _counterpart(src, files)
    page.meta.setdefault("kb_lang", lang)
    case = _case(page)
    page.meta["kb_search"] = search.weight(src, case is not None and link.is_real(case)) if search.indexed(src) else None
    if src.startswith(("guides/", "about/")):
        markdown = render.search_tags("guide") + markdown
    if CARDS_MARK in markdown:
        markdown = markdown.replace(CARDS_MARK, render.behavior_cards(index, lang, ""))
    if case is not None:
        page.meta["title"] = render.literal(case.data["title"])  # the theme writes it into the HTML as it is
        page.meta["kb_nav"] = posixpath.dirname(page.url.rstrip("/"))  # its navigation is shared (overrides/main.html)
        if not markdown.startswith("# "):
            markdown = f"# {render.literal(case.data['title'])}\n\n{markdown}"
    return markdown


def on_env(env, config, files):
    """kb_shared(key, render) for the templates: what render() gives, made once per key in this build."""
    shared: dict = {}

    def kb_shared(key, render):
        if key not in shared:
            shared[key] = render()
        return shared[key]
    env.globals["kb_shared"] = kb_shared
    return env


def on_page_content(html, page, config, files):
    """The Markdown is not needed once converted (the title is in page.meta or taken from the HTML): at 10,000
    cases keeping it held about 40 MB until the end of the build."""
    page.markdown = ""
    return html


def on_page_context(context, page, config, nav):
    """The source box and the case box of a case page, which the template puts after the title
    (overrides/partials/content.html). Made just before the page is rendered and dropped after it (on_post_page),
    so that only one page's boxes are in memory at a time."""
    case = _case(page)
    if case is not None:
        page.meta["kb_case_box"] = render.source_box(_state["index"], case) + render.case_box(_state["index"], case)
    return context


def on_post_page(output, page, config):
    """Drop the boxes on_page_context made for this page."""
    page.meta.pop("kb_case_box", None)
    return output


def on_post_build(config):
    site = Path(config.site_dir)
    api = site / "api" / "v1"
    api.mkdir(parents=True, exist_ok=True)
    for name, records in export.records(_state["index"]).items():
        (api / f"{name}.json").write_text(json.dumps(records, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    search_data = searchdata.export(_root(config), _state["index"])
    more = search.index_site(site)
    search_data["more_indexes"] = [f"{name}/" for name in more]  # the browser merges them into the first
    search_data["filters"] = search.VOCABULARY if more else {}  # what every Pagefind search passes
    (api / "search.json").write_text(json.dumps(search_data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
