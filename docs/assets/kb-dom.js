// Small helpers shared by the triage page's modules. Text always goes in as text, never parsed as HTML.
export const LANG = document.documentElement.lang === "en" ? "en" : "zh";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else if (key === "checked" || key === "value") node[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

let counter = 0;
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

// A labelled control: every input on the page has a visible label tied to it.
export function field(label, control, hint) {
  control.id = control.id || uid("kb-f");
  const help = hint ? el("span", { class: "kb-field__hint", id: `${control.id}-hint` }, hint) : null;
  if (help) control.setAttribute("aria-describedby", help.id);
  return el("p", { class: "kb-field" }, el("label", { for: control.id }, label), help, control);
}

// Contact details, phone numbers as tel: links (a number is digits and hyphens; a description stays text).
export function contacts(list) {
  return list.flatMap((c, n) => [n ? "; " : null,
    c.type === "phone" && /^[0-9][0-9-]*$/.test(c.value) ? el("a", { href: `tel:${c.value}`, class: "kb-tel" }, c.value) : c.value]);
}

export function button(label, onclick, attrs = {}) {
  return el("button", { type: "button", class: "md-button kb-act__button", onclick, ...attrs }, label);
}

// Print one part of the page: the print stylesheet hides everything but the element marked as the target.
export function printPart(target) {
  document.body.classList.add("kb-print-one");
  target.classList.add("kb-print-target");
  window.addEventListener("afterprint", () => {
    document.body.classList.remove("kb-print-one");
    target.classList.remove("kb-print-target");
  }, { once: true });
  window.print();
}

export function saveFile(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
