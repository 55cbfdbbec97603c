"""The registry of check codes. Every problem the checker reports has one of these codes.

Codes are stable: tests, fixtures and CONTRIBUTING.md (whose table is generated from this list by
`python -m kb codes --write`) refer to them. Add new codes, never renumber old ones.
Each rule says, in Chinese first and in English, what is wrong and how to fix it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    blocking: bool
    title: str
    fix: str
    title_en: str
    fix_en: str


_RULES = [
    # Files and YAML
    Rule("E100", True, "文件不是 UTF-8 编码", "用 UTF-8 编码另存文件（多数编辑器：另存为 → 编码选 UTF-8）。",
         "file is not UTF-8", "Save the file as UTF-8 (in most editors: Save with encoding → UTF-8)."),
    Rule("E101", True, "有制表符（Tab）", "用空格缩进，不要用 Tab；多数编辑器可以把 Tab 转成空格。",
         "tab character", "Indent with spaces, never tabs; most editors can convert tabs to spaces."),
    Rule("E102", True, "文件是空的", "按模板把内容填上，或者删掉这个文件。",
         "empty file", "Fill the file in from a template, or delete it."),
    Rule("E103", True, "YAML 格式读不懂", "检查这一行的缩进、冒号和引号；含有 : 或 # 的文字要加引号。",
         "YAML cannot be read", "Fix the YAML syntax at this line: check indentation, colons and quotes; put text with : or # in quotes."),
    Rule("E104", True, "同一个字段写了两次", "删掉其中一个；YAML 会悄悄只保留后一个。",
         "duplicate key", "Remove one of the two entries with this key; YAML would silently keep only the last."),
    Rule("E105", True, "用了 YAML 锚点或别名", "不要用 & 和 *，把内容完整写出来。",
         "YAML anchor or alias", "Write the value out in full instead of using & anchors and * aliases."),
    Rule("E106", True, "案例没有开头的字段区", "文件第一行写 ---，接着写字段，再写一行 ---（照 docs/cases/_template.md 或运行 make new-case）。",
         "case has no front matter", "Start the file with a line '---', the YAML fields, and another '---' line (see docs/cases/_template.md, or run make new-case)."),
    Rule("E107", True, "找不到法条原文（reference corpus），而这次要求必须核对", "运行 make corpus 下载并校验原文（存到 .corpus/），或用 KB_CORPUS 指向原文所在的文件夹；原文清单见 corpus.tsv。",
         "reference corpus missing and required (KB_REQUIRE_CORPUS=1)", "Run make corpus to download and verify the corpus listed in corpus.tsv into .corpus/, or point KB_CORPUS at a folder that holds it."),
    Rule("E108", True, "有看不见的控制字符", "删掉这个字符（常见来源：从网页、Word 或聊天软件复制的文字）；只允许普通文字、空格和换行。在编辑器里打开“显示不可见字符”可以看到它。",
         "control character", "Delete the character (it usually comes with text pasted from a web page, a word processor or a chat app); only text, spaces and line breaks are allowed. Turn on 'show invisible characters' in your editor to see it."),
    Rule("E109", True, "文件太大", "内容文件不超过 1 MB：把内容拆成几个文件，或删掉不属于这里的部分（例如整部法律的原文）。",
         "file too large", "Keep a content file under 1 MB: split it, or remove what does not belong there (such as a whole statute's text)."),
    # Schema
    Rule("E110", True, "多了不认识的字段", "删掉这个字段或改正拼写；可用的字段见 schemas/ 里的说明（CONTRIBUTING.md 也有列表）。",
         "unknown field", "Remove the field or fix its spelling; the allowed fields are listed in the schema in schemas/."),
    Rule("E111", True, "缺少必填字段", "把这个字段补上；每个字段的含义见 schemas/ 和 CONTRIBUTING.md。",
         "missing field", "Add the required field; the schema in schemas/ describes each field."),
    Rule("E112", True, "字段的值不合要求", "改成允许的值（类型、格式或可选项见提示）。",
         "invalid value", "Change the value to one the schema allows (type, format or list of choices)."),
    Rule("E113", True, "列表太长", "一个列表最多 1000 项：删掉重复或不相关的项，或者把内容拆开。",
         "list too long", "A list holds at most 1,000 items: remove duplicates and what does not belong, or split the content."),
    Rule("E114", True, "一个值的文字太长", "一个字段最多 20000 个字：只留要点；法条原文只放被引用的那一条。",
         "value too long", "One field holds at most 20,000 characters: keep to the point; quote only the article that is cited."),
    # Ids
    Rule("E120", True, "id 或条文编号重复", "每一项要有自己的 id，每一条要有自己的 label，不能重复。",
         "duplicate id or label", "Give each item its own id, and each article its own label; they must be unique."),
    Rule("E121", True, "id 和文件名不一致", "把文件改名为 <id>.yml，或把 id 改成和文件名一样。",
         "id does not match file name", "Rename the file to <id>.yml or change the id so that they match."),
    # Cross-references
    Rule("E130", True, "引用了不存在的法规", "用 statutes/ 里某个文件的名字（不带 .yml），或者先添加这部法规。",
         "unknown statute", "Use the id of a file in statutes/ (without .yml), or add the statute first."),
    Rule("E131", True, "引用了不存在的条文", "用该法规文件里已有条文的 label，或者先添加这一条（条文要核对原文）。",
         "unknown article", "Use the label of an article listed in that statute file, or add the article (with verified text) first."),
    Rule("E132", True, "引用了不存在的款或项", "款是条文里不以（一）开头的各行，项是某一款下面的（一）（二）各行，按顺序数。",
         "unknown paragraph or item", "Count paragraphs (款) as the lines of the article text that are not items, and items (项) as the （一）… lines under that paragraph."),
    Rule("E133", True, "引用了不存在的行为", "用 behaviors/ 里某个文件的名字（不带 .yml）；网站“我遇到了什么”页有完整列表。",
         "unknown behavior", "Use an id of a file in behaviors/ (without .yml); see the list on the site's behavior index."),
    Rule("E134", True, "引用了不存在的投诉渠道", "用 channels/ 里某个文件的名字（不带 .yml）。",
         "unknown channel", "Use an id of a file in channels/ (without .yml)."),
    Rule("E135", True, "引用了已被修订取代的法规", "改为引用现行版本（见旧法规文件里的 superseded_by）。",
         "cites a superseded statute", "Cite the version in force today (see superseded_by in the old statute's file)."),
    Rule("E136", True, "replaces 指向不存在的旧条文", "replaces 要写被取代的旧法规里确实存在的条文 label。",
         "unknown replaced article", "Point replaces at an article label that exists in the superseded statute file."),
    # Statute text
    Rule("E140", True, "条文和核对用的原文不一致", "从 ../shared/reference/laws/raw 里的原文重新复制这一条；不要凭记忆打字。",
         "article text differs from the reference corpus", "Copy the article again from the reference corpus (../shared/reference/laws/raw); never type statute text from memory."),
    Rule("E141", True, "原文里找不到这一条", "检查条文编号和原文文件；只有原文里有的条文才能逐字发布。",
         "article not found in the reference corpus", "Check the article label and the corpus file; only articles present in the corpus can be published verbatim."),
    Rule("E142", True, "原文文件不存在", "写 ../shared/reference/laws/raw 里确实存在的文件名（见其中的 MANIFEST.tsv）。",
         "unknown corpus file", "Name a file that exists in ../shared/reference/laws/raw (see its MANIFEST.tsv)."),
    Rule("E143", True, "条文序号和 label 对不上", "让 number 和 label 一致，例如 label 1033 对应 number 第一千零三十三条。",
         "article number does not match its label", "Make number and label agree, e.g. label 1033 with number 第一千零三十三条."),
    Rule("E144", True, "原文和摘要混在一起", "逐字发布的法规每条都有 text；只有摘要的规范每条都有 summary。",
         "summary and verbatim mixed", "A verbatim statute carries text on every article; a summary rule carries summary on every provision."),
    Rule("E145", True, "已修订的法规没写由哪部取代", "把 superseded_by 设为现行版本的 id（或者改 status）。",
         "superseded statute without successor", "Set superseded_by to the id of the statute in force (or change status)."),
    # Cases
    Rule("E150", True, "案例日期晚于今天", "填写事情发生的日期，不能晚于今天。",
         "case date in the future", "Use the date the events happened, which cannot be after today."),
    Rule("E151", True, "案例文件名不合规范", "文件名写成 <年份>-<英文短名>.md，只用小写字母、数字和连字符，例如 2025-night-calls.md。",
         "case file name does not follow the convention", "Name case files <yyyy>-<slug>.md with lower-case letters, digits and hyphens, e.g. 2025-night-calls.md."),
    Rule("E152", True, "标为已审核但没写审核人", "在 review.reviewer 写上审核人，或把 review.state 改回 unreviewed。",
         "reviewed case without reviewer", "Name the reviewer in review.reviewer, or set review.state to unreviewed."),
    Rule("E153", True, "案例正文是空的", "在字段区下面写经过：发生了什么、怎么做有用。",
         "case body is empty", "Write the story below the front matter: what happened and what worked."),
    Rule("E154", True, "案例正文太长", "把正文压缩到 12000 字以内，只留和催收行为、应对有关的部分。",
         "case body is too long", "Cut the story to at most 12,000 characters; keep what concerns the collection and the response."),
    Rule("E155", True, "案例标题和已有案例重复", "换一个能区分的标题；如果是同一件事，请补充到原来的案例里。",
         "case title duplicates another case", "Choose a title that tells the cases apart; if it is the same story, add to the existing case instead."),
    Rule("E156", True, "字段区不是标准格式", "运行 python -m kb check --fix（或 make fix）自动整理字段顺序和写法。",
         "front matter is not in canonical form", "Run python -m kb check --fix (or make fix) to rewrite the field order and form."),
    # Personal data in contributed text (kb/privacy.py)
    Rule("E160", True, "有手机号码", "写成 138****0000 的样子；不要公开任何人的号码。",
         "mobile phone number", "Mask it as 138****0000; never publish anyone's number."),
    Rule("E161", True, "有身份证号码", "删掉；需要时只写“身份证号”。",
         "resident ID number", "Remove it; write 身份证号 if the story needs it."),
    Rule("E162", True, "有银行卡号", "删掉；最多写“尾号1234”。",
         "bank card number", "Remove it; write 尾号1234 at most."),
    Rule("E163", True, "有电子邮箱地址", "删掉，或写“某邮箱”。",
         "e-mail address", "Remove it, or write 某邮箱."),
    Rule("E164", True, "有车牌号", "写成 京A·***** 的样子。",
         "licence plate", "Mask it as 京A·*****."),
    Rule("E165", True, "有座机号码", "写成 010-****0000 的样子。",
         "landline number", "Mask it as 010-****0000."),
    Rule("E166", True, "有具体街道门牌", "写“某区某街道”，不要写路名和门牌号。",
         "street address", "Write 某区某街道 instead of a street and house number."),
    Rule("E170", True, "有会执行或改变页面的代码", "删掉这段 HTML：<script>、<iframe>、<object>、<style>、on…= 属性和 javascript:/data: 链接一律不允许；请只写普通 Markdown。",
         "unsafe markup", "Remove the HTML: <script>, <iframe>, <object>, <style>, on…= attributes and javascript:/data: links are never allowed; write plain Markdown."),
    Rule("E171", True, "从其他网站加载内容", "删掉这张图片或资源，用文字描述；需要的图片请作为文件放进仓库。",
         "content loaded from another site", "Remove the image or resource; describe it in words, or add the file to the repository in a pull request."),
    # Real cases: the proof of their numbers (kb/casesource.py)
    Rule("E180", True, "案号在官方原文里找不到", "从 ../shared/reference/cases/raw 里这个案例的原文重新复制案号；原文没有印出的案号不能写。",
         "case number not found in the official full text", "Copy the number again from the case's full text in ../shared/reference/cases/raw; a number the text does not print cannot be shown."),
    Rule("E181", True, "原文文件不存在", "source.reference 要写 ../shared/reference/cases/raw 里确实存在的文件名（见其中的 MANIFEST.tsv 和本仓库的 corpus.tsv）。",
         "unknown reference file", "Set source.reference to a file that exists in ../shared/reference/cases/raw (see its MANIFEST.tsv and corpus.tsv here)."),
    Rule("E182", True, "案号在参考资料说明里找不到", "B、C 级案例只能写 ../shared/reference/cases/README.md 印出的案号或文号；报道没印出就删掉 case_numbers。",
         "number not printed in the reference README", "A level-B or C case may show only a number that ../shared/reference/cases/README.md prints; if the report prints none, remove case_numbers."),
    Rule("E183", True, "不可能存在的案号或文号", "照原文抄写；2016 年起的案号没有“字第”，要有法院代字（如 京03），处罚文号要写作出决定的机关；格式不可能的号码多半来自内容农场，换一个可靠来源。",
         "case number in an impossible format", "Copy the number as printed; since 2016 case numbers have no 字第 and carry a court code (e.g. 京03), and a penalty number names its issuer; impossible numbers usually come from content farms, so find a reliable source."),
    Rule("E184", True, "正文里的案号没有登记在 source 里", "把这个号码写进 source.case_numbers（会对照原文核对），或者从正文里删掉；示例和投稿故事不写案号。",
         "number shown but not listed in source", "List the number in source.case_numbers (the check traces it to the source), or remove it from the text; illustrative and contributed stories show no numbers."),
    # Procedures (procedures/*.yml)
    Rule("E300", True, "引用了不存在的程序", "用 procedures/ 里某个文件的名字（不带 .yml），或者先添加这个程序。",
         "unknown procedure", "Use an id of a file in procedures/ (without .yml), or add the procedure first."),
    Rule("E301", True, "期限的依据没有列在引用条文里", "把这一条（连同适用情形）加到这个程序的 citations 里，页面才会显示条文原文，法条页也才会链接回来。",
         "deadline source not among the citations", "Add the article (with applies_when) to the procedure's citations, so that its page shows the text and the statute page links back."),
    # Search data (kb/searchdata.py)
    Rule("E400", True, "搜索意图指向不存在的页面", "写 docs/ 下确实存在的页面路径，例如 guides/first-steps.md、channels/index.md、behaviors/night-calls.md。",
         "search intent names a page that does not exist", "Name the source path of an existing page under docs/, e.g. guides/first-steps.md, channels/index.md, behaviors/night-calls.md."),
    Rule("E401", True, "测试查询要找的页面不存在", "在 expect 里写行为 id（night-calls）、程序 id 或 docs/ 下的页面路径（guides/negotiate.md）。",
         "test query expects a page that does not exist", "In expect, write a behavior id (night-calls), a procedure id or the source path of a page under docs/ (guides/negotiate.md)."),
    # What the triage page and its letters need (kb/triage.py)
    Rule("E420", True, "today 指向不存在的步骤", "today 里写 steps 中确实存在的步骤序号（从 1 数）。",
         "today names a step that does not exist", "List in today the numbers (from 1) of steps that exist in steps."),
    Rule("E421", True, "信里会出现读者无法确认的指控", "标题含“伪造”“冒充”“诈骗”等指控的行为要写 unconfirmed：fact 是不带指控的中性事实，confirm 是读者核实后才勾选的框。",
         "letters would accuse someone without the reader's confirmation", "A behavior whose title accuses (伪造, 冒充, 诈骗 …) needs unconfirmed: fact, a neutral statement without the accusation, and confirm, the box the reader ticks once they have checked."),
    Rule("E422", True, "未核实的渠道没说哪里未核实", "加上 unverified_what，用几个字说明未核实的是什么，例如“号码只见于二手来源”。",
         "unverified channel without saying what is unverified", "Add unverified_what: a few words on what exactly is unverified, e.g. number from secondary sources only."),
    Rule("E423", True, "limits 的数字在摘要里找不到", "limits 的时间要原样出现在中文摘要里，max 要写成“<n> 次”；max 要和 kinds 一起写。",
         "a limit is not stated in the summary", "Every time in limits must appear as written in the Chinese summary, and max as '<n> 次'; give max together with kinds."),
    Rule("E424", True, "能收投诉信的渠道没写收信单位", "监管部门和行业协会要写 addressee：信写给哪个单位（不是热线号码），要读者填的部分放在【】里。",
         "letter channel without addressee", "Regulators and industry bodies need addressee: the body a letter is addressed to (not the hotline); put what the reader must fill in inside 【】."),
    # Warnings: advice, the site still builds
    Rule("W200", False, "这个行为还没有案例", "在 docs/cases/ 添加一个体现这个行为的案例。",
         "behavior has no case", "Add a case in docs/cases/ that shows this behavior."),
    Rule("W201", False, "结论里的层级没有对应的违法条文", "为这个层级补一条 violation，或者删掉这条 verdict。",
         "verdict level without a matching violation", "Add a violation at this level, or remove the verdict entry."),
    Rule("W202", False, "案例经过写得太短", "多写几句：什么时间、对方怎么做的、你怎么应对、结果如何（300 字左右就够）。",
         "very short story", "Say a little more: when, what the collector did, how you responded and how it ended (about 300 characters is enough)."),
    Rule("W203", False, "没有写结果", "在 outcome 用一句话写结果；还没有结果可以写“仍在协商”“已投诉，等待答复”。",
         "no outcome", "Give the outcome in one line; if it is not over, write e.g. 仍在协商 or 已投诉，等待答复."),
    Rule("W204", False, "经过里没提到证据", "写一句保存了什么证据（录音、截图、通话记录），读者最需要学这一点。",
         "no evidence mentioned", "Say what evidence was kept (recordings, screenshots, call logs); readers need that most."),
    Rule("W205", False, "找不到法条原文（reference corpus），逐字条文没有核对", "运行 make corpus 下载并校验原文（存到 .corpus/），或用 KB_CORPUS 指向原文所在的文件夹；CI 用 KB_REQUIRE_CORPUS=1 把这一条变成错误。",
         "reference corpus missing: statute texts were NOT compared with the law", "Run make corpus to download and verify the corpus listed in corpus.tsv into .corpus/, or point KB_CORPUS at a folder that holds it; CI sets KB_REQUIRE_CORPUS=1 to make this an error."),
    Rule("W210", False, "没有找到案例参考资料，案号没有核对", "运行 make corpus 下载官方全文（A 级），或用 KB_CASE_CORPUS 指向全文所在的文件夹；B、C 级的号码只能对照 ../shared/reference/cases/README.md 核对。发布前必须在有参考资料的机器上检查。",
         "case reference not found: case numbers not verified", "Run make corpus to fetch the official full texts (level A), or point KB_CASE_CORPUS at their folder; level-B and C numbers can only be checked against ../shared/reference/cases/README.md. Check on a machine that has the reference before publishing."),
]

RULES: dict[str, Rule] = {r.code: r for r in _RULES}


def describe(code: str, lang: str = "zh") -> tuple[str, str]:
    """(title, fix) of a code in one language."""
    rule = RULES[code]
    return (rule.title, rule.fix) if lang == "zh" else (rule.title_en, rule.fix_en)
