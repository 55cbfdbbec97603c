"""Knowledge base of debt-collection harassment and the law.

Modules, in the order data flows through them:
load (files to documents), validate (schemas and rules), corpus (statute text
against the reference corpus), link (cross-references both ways), render
(Markdown pages and the JSON export), hook (MkDocs), search (Pagefind index).
"""
