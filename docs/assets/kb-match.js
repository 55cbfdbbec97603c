// What the Pagefind index cannot do, over api/v1/search.json (written by kb/searchdata.py from
// search/intents.yml and the symptom phrases of behaviors and procedures): recognise questions, and find the page a
// query describes even when its words are not on any page (typos, idioms, long sentences).
// Loaded on the first search only; pure functions, no DOM.
const CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";
// Measured on search/queries.yml (333 queries): of the 202 whose best symptom match scored at least 0.4 and 1.5
// times the next page's score, that page was an expected one for 200.
const NAMED = 0.4;     // the best symptom match at least this good …
const AHEAD = 1.5;     // … and this many times better than the next is the behavior the query describes
const POSSIBLE = 0.3;  // a symptom match this good is possibly related
const HAS_CJK = new RegExp(`[${CJK}]`);
const CJK_RUN = new RegExp(`[${CJK}]+`, "g");

function compact(text) {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

function words(text) {
  return " " + text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, " ").trim() + " ";
}

// English stems good enough for symptom phrases: calls, calling, called -> call; families -> family.
export function stem(word) {
  if (word.length <= 3) return word;
  if (word.endsWith("ies")) return word.slice(0, -3) + "y";
  for (const end of ["ing", "ed", "es", "s", "ly"]) {
    if (word.endsWith(end) && word.length - end.length >= 3) return word.slice(0, -end.length);
  }
  return word;
}

// English words that say how a query asks, not what happens: "how do I record the calls" is about recording,
// "will this hurt my credit report" about the credit report. They are no feature of a text.
const FUNCTION_WORDS = new Set(("a an the i me my mine we us our you your he him his she her they them their it its this that these those " +
  "is am are was were be been being do does did will would can could should shall may might must have has had " +
  "how if to of in on at for from with about by as and or but so").split(" "));

// A text as a set of features: Chinese characters and character pairs, English word stems (marked ~).
export function grams(text) {
  const out = new Set();
  const lower = text.toLowerCase();
  for (const run of lower.match(CJK_RUN) || []) {
    for (let i = 0; i < run.length; i++) {
      out.add(run[i]);
      if (i + 1 < run.length) out.add(run.slice(i, i + 2));
    }
  }
  for (const w of lower.replace(CJK_RUN, " ").match(/[a-z0-9]+/g) || []) if (!FUNCTION_WORDS.has(w)) out.add("~" + stem(w));
  return out;
}

// The Pagefind term a feature belongs to (a Chinese character, or an English word's stem).
export function termWeight(index, term) {
  return index.idf(HAS_CJK.test(term) ? term : "~" + stem(term.toLowerCase()));
}

export function prepare(data) {
  const df = new Map();
  const docs = data.symptoms.map((b) => {
    const sets = b.phrases.map(grams);
    new Set(sets.flatMap((s) => [...s])).forEach((g) => df.set(g, (df.get(g) || 0) + 1));
    const pinyin = b.pinyin.map((p) => ({ full: p.replace(/ /g, ""), initials: p.split(" ").map((x) => x[0]).join("") }));
    return { page: b, sets, pinyin };
  });
  // A feature found in the phrases of few pages says more than one found in most (催, 收, me, my).
  const idf = (g) => (df.has(g) ? Math.log(1 + docs.length / df.get(g)) : 0);
  const norm = (set) => Math.sqrt([...set].reduce((sum, g) => sum + idf(g) ** 2, 0));
  docs.forEach((d) => { d.norms = d.sets.map(norm); });
  const longest = (a, b) => b.length - a.length; // so that the residue loses 去哪里投诉 whole, not 投诉 alone
  const intents = data.intents.map((i) => ({ ...i, cjk: i.patterns.filter((p) => HAS_CJK.test(p)).map(compact).sort(longest),
                                             latin: i.patterns.filter((p) => !HAS_CJK.test(p)).map((p) => " " + words(p).trim()).sort(longest) }));
  return { ...data, docs, idf, norm, intents };
}

// The intents whose patterns occur in the query, in the order of search/intents.yml.
export function asked(index, query) {
  const c = compact(query);
  const w = words(query);
  return index.intents.filter((i) => i.cjk.some((p) => c.includes(p)) || i.latin.some((p) => w.includes(p)));
}

// How well a query typed in pinyin (bao tongxunlu) or as initials (btxl) matches a phrase: the share of the
// phrase's pinyin it covers.
function pinyinScore(letters, phrase) {
  if (letters.length >= 4 && phrase.full.includes(letters)) return letters.length / phrase.full.length;
  if (letters.length >= 3 && phrase.initials.includes(letters)) return letters.length / phrase.initials.length;
  return 0;
}

// Behaviors by how well one of their symptom phrases matches the query: cosine over idf-weighted features,
// or for a query without Chinese characters, its pinyin.
export function described(index, query) {
  const q = new Set([...grams(query)].filter((g) => index.idf(g) > 0));
  const qnorm = index.norm(q);
  const letters = HAS_CJK.test(query) ? "" : query.toLowerCase().replace(/[^a-z]/g, "");
  if (!qnorm && !letters) return [];
  return index.docs.map((d) => {
    let best = letters ? Math.max(0, ...d.pinyin.map((p) => pinyinScore(letters, p))) : 0;
    if (!qnorm) return { page: d.page, score: best };
    d.sets.forEach((set, n) => {
      let common = 0;
      let pair = false; // single characters alone (应 of 应诉) are weak evidence: half weight
      q.forEach((g) => { if (set.has(g)) { common += index.idf(g) ** 2; pair = pair || g.length > 1; } });
      best = Math.max(best, (pair ? 1 : 0.5) * common / (qnorm * d.norms[n]));
    });
    return { page: d.page, score: best };
  }).filter((m) => m.score > 0).sort((a, b) => b.score - a.score);
}

// The query without the patterns of the given intents: its Chinese characters, and its English words.
function strip(intents, query) {
  let c = compact(query);
  let w = words(query);
  for (const i of intents) {
    i.cjk.forEach((p) => { c = c.split(p).join(" "); });
    // A pattern goes with the rest of its last word (record the call|s); patterns, made by words(), hold letters,
    // digits, apostrophes and spaces only, nothing a regular expression reads specially.
    i.latin.forEach((p) => { w = w.replace(new RegExp(`${p}[^ ]*`, "gu"), " "); });
  }
  return { cjk: (c.match(CJK_RUN) || []).join(" "), latin: w.replace(CJK_RUN, " ").trim() };
}

// The query without the question words that matched an intent ("被起诉了怎么办" -> "被起诉了"), so that
// the symptom matcher judges what the query describes, not how it asks.
export function residue(index, query) {
  const rest = strip(asked(index, query).filter((i) => !i.whole_query), query);
  return `${rest.cjk} ${rest.latin}`.trim();
}

// Whether the query says nothing but general words (催收, 网贷, debt collector) and question words: what is
// left is short (了, 吗, my) and matches no symptom phrase (深夜 in 深夜催收 does).
function general(index, query) {
  const found = asked(index, query);
  if (!found.some((i) => i.whole_query)) return false;
  const rest = strip(found, query);
  const short = rest.cjk.replace(/ /g, "").length <= 4 && rest.latin.split(/\s+/).filter(Boolean).length <= 2;
  const [best] = described(index, `${rest.cjk} ${rest.latin}`);
  return short && !(best && best.score >= POSSIBLE);
}

// Ever shorter lists of Pagefind terms for a query that found too little: first without the terms no
// symptom phrase uses, then only the most telling half.
export function relaxations(index, terms) {
  const all = terms.split(" ");
  const known = all.filter((t) => termWeight(index, t) > 0);
  const keep = Math.max(2, Math.ceil(known.length / 2));
  const telling = new Set([...known].sort((a, b) => termWeight(index, b) - termWeight(index, a)).slice(0, keep));
  const steps = [known, known.filter((t) => telling.has(t))].map((list) => list.join(" "));
  return steps.filter((s, n) => s && s !== terms && s !== steps[n - 1]);
}

// What a query asks and describes: the intents whose pages answer it; the query without its question words
// (rest); the behavior it clearly describes, the one it likely describes, those possibly related; and which of
// the frightening pages (search/intents.yml, calm) must wait until the end because the query does not describe them.
export function understand(index, query) {
  const vague = general(index, query); // 催收, 网贷逾期了怎么办: nothing to match symptoms against
  const rest = residue(index, query);
  const all = asked(index, query);
  const questions = all.filter((i) => !i.whole_query);
  // What a question leaves over must say something: one English word (hurt, in "will this hurt my credit report")
  // is not a description of a behavior.
  const thin = questions.length > 0 && [...grams(rest)].filter((g) => index.idf(g) > 0).length < 2;
  const named = vague || thin ? [] : described(index, rest);
  const [best, next] = named;
  const ahead = best && best.score >= AHEAD * (next ? next.score : 0);
  const likely = best && (best.score >= NAMED || (ahead && best.score >= POSSIBLE)) ? best.page : null;
  return {
    rest,
    intents: questions.length || !vague ? questions : all, // general words lead to the entry pages
    described: likely && ahead && best.score >= NAMED ? likely : null,
    likely,
    possible: named.filter((n) => n.score >= POSSIBLE).map((n) => n.page),
    scary: new Set(index.calm.filter((u) => !likely || u !== likely.url)),
  };
}
