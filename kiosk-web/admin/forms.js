// Building the panels: labelled fields with their error slots, forms named by their heading, and the list-and-form
// layout most tabs share.

import { el } from "/common/dom.js";
import { notice, submit } from "./messages.js";
import { content, state } from "./state.js";
import { t } from "./texts.js";

let idSeq = 0;

/** An id no other element of the page has. */
export function uniqueId(prefix) {
  return `${prefix}${++idSeq}`;
}

/** A labelled input with its error slot (which the input names as its description, so a screen reader reads it). */
export function field(name, key, input, hint) {
  const id = `${uniqueId("f")}-${name}`;
  const errorId = `${id}-error`;
  input.id = id;
  input.name = name;
  input.setAttribute("aria-describedby", errorId);
  return el("div", { class: "field" },
    el("label", { for: id, dataset: { i18n: key } }, t(key)),
    input,
    hint ? el("p", { class: "muted small", dataset: { i18n: hint } }, t(hint)) : null,
    el("p", { class: "field-error", id: errorId, dataset: { field: name } }));
}

/** An error slot for fields that have no single input (steps, roles, items[3].textTh …). */
export function errorSlot(name) {
  return el("p", { class: "field-error", id: uniqueId("slot"), dataset: { field: name } });
}

export function input(value = "", attrs = {}) {
  return el("input", { type: "text", value: value ?? "", ...attrs });
}

export function checkbox(checked, attrs = {}) {
  return el("input", { type: "checkbox", checked, ...attrs });
}

export function heading(key, values) {
  return el("h2", {}, t(key, values));
}

/** A form named by its heading (a form landmark a screen reader lists by that name). */
export function namedForm(title, attrs, ...children) {
  title.id = uniqueId("form-title");
  return el("form", { novalidate: true, "aria-labelledby": title.id, ...attrs }, ...children);
}

/** The header of a column of buttons: read by screen readers, not shown. */
export function actionsHeader() {
  return el("th", { scope: "col" }, el("span", { class: "visually-hidden" }, t("actions")));
}

export function buttonRow(...buttons) {
  return el("div", { class: "actions" }, ...buttons);
}

export function saveButton(key = "save") {
  return el("button", { type: "submit", dataset: { i18n: key } }, t(key));
}

function cancelButton(onclick) {
  return el("button", { type: "button", class: "secondary", onclick, dataset: { i18n: "cancel" } }, t("cancel"));
}

/** A tab's two panes: the list (redrawn on a language switch) and the form. */
export function layout(list, form, wide = false) {
  content.replaceChildren(el("div", { class: `layout${wide ? " wide" : ""}` }, list, form));
}

/**
 * A tab that lists things beside a form: a table with an edit button a row, a button for a new one, the form for a
 * new one to start with.
 * @param {object} tab title and newKey (text keys), columns (text keys, or {key, num} for a number), items,
 *   row(item) → {cells, inactive, buttons (beside edit)}, form(box, item or null) draws the form
 */
export function listTab({ title, columns, items, row, newKey, form }) {
  const list = el("div", { class: "panel" });
  const formBox = el("div", { class: "panel" });
  const cols = columns.map((c) => (typeof c === "string" ? { key: c } : c));
  const cell = (tag, i, value) => el(tag, { class: cols[i].num ? "num" : null, scope: tag === "th" ? "col" : null }, value);
  const tableRow = (item) => {
    const { cells, inactive, buttons = [] } = row(item);
    const edit = el("button", { type: "button", class: "secondary", onclick: () => form(formBox, item) }, t("edit"));
    return el("tr", { class: inactive ? "inactive" : null }, ...cells.map((c, i) => cell("td", i, c)),
      el("td", {}, buttons.length ? el("div", { class: "actions" }, edit, ...buttons) : edit));
  };
  const draw = () => list.replaceChildren(
    heading(title),
    el("table", {}, el("thead", {}, el("tr", {}, ...cols.map((c, i) => cell("th", i, t(c.key))), actionsHeader())),
      el("tbody", {}, ...items.map(tableRow))),
    buttonRow(el("button", { type: "button", onclick: () => form(formBox, null) }, t(newKey))));
  draw();
  state.redraw = draw;
  form(formBox, null);
  layout(list, formBox);
}

/**
 * A listed thing's form: heading, parts, save, and while editing a cancel back to a new one (fresh). Saving sends
 * request(), opens the tab again (reopen) and says what was saved (label(saved)).
 */
export function itemForm(box, { title, parts, editing, fresh, request, reopen, label, conflictField }) {
  const form = namedForm(title, { dataset: conflictField ? { conflictField } : {} },
    title, ...parts, buttonRow(saveButton(), editing ? cancelButton(fresh) : null));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(form, request, async (saved) => {
      await reopen();
      notice(`${t("saved")}: ${label(saved)}`);
    });
  });
  box.replaceChildren(form);
}
