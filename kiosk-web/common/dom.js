// The one DOM helper every screen uses: build elements from data, never from markup strings, so a text from the
// server or a citizen can never become HTML.

/**
 * el("td", {class: "num", dataset: {field: "x"}}, "text", child…): an element whose strings become text nodes, never
 * markup. Attributes: class, dataset, on<event> handlers, anything else set with setAttribute (false/null skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else if (name === "value") node.value = value;
    else if (name === "checked") node.checked = Boolean(value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
