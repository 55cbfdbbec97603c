// The numbers the evidence log checks entries against, each tied to the rule (statute id + article label in
// api/v1/statutes.json) that states it. The rules' names, texts and verification status come from that file;
// tests/test_act.py checks that every rule exists and that its summary states the number used here.
export const LIMITS = [
  // no collection between these hours
  { id: "night", statute: "gbt_45251_2025_hujin_cuishou_zhiyin", article: "hours", quiet: ["22:00", "8:00"] },
  { id: "night", statute: "cba_xiaofeidai_cuishou_zhiyin_2026", article: "hours", quiet: ["22:00", "8:00"] },
  // at most this many calls of these kinds in one day
  { id: "answered", statute: "gbt_45251_2025_hujin_cuishou_zhiyin", article: "frequency", max: 3, kinds: ["answered"] },
  { id: "attempts", statute: "cba_xiaofeidai_cuishou_zhiyin_2026", article: "frequency", max: 6, kinds: ["answered", "missed"] },
];
