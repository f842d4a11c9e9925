// The holidays-and-appointments panel: the agency's closed days of a year (Thai public holidays, filled in each year;
// no slot is offered on them) as a table to add to, remove from and save at once, and beside it the rule against
// booking and not coming (booking-rules.js).

import { el } from "/common/dom.js";
import { bangkokToday } from "/common/i18n.js";
import { bookingRulesForm } from "./booking-rules.js";
import { actionsHeader, buttonRow, field, heading, input, layout, namedForm, saveButton } from "./forms.js";
import { load, notice, submit } from "./messages.js";
import { drawing, session, state } from "./state.js";
import { t } from "./texts.js";

const PATH = "/api/v1/admin/closed-days";
/** The year shown first; the choice lasts while the page is open. */
let year = Number(bangkokToday().slice(0, 4));

export async function closedDaysTab() {
  const tab = drawing();
  const [list, rules] = await Promise.all([load(`${PATH}?year=${year}`), load("/api/v1/admin/booking-rules")]);
  if (tab.stale()) return;
  const days = el("div", { class: "panel" });
  closedDaysForm(days, list);
  state.redraw = () => {};
  layout(days, bookingRulesForm(rules));
}

/** This year, the one before and the next two: in December the next year's holidays are filled in. */
function yearChoice() {
  const now = Number(bangkokToday().slice(0, 4));
  const select = el("select", {}, ...[now - 1, now, now + 1, now + 2].map((ce) =>
    el("option", { value: String(ce) }, t("yearOption", { ce, be: ce + 543 }))));
  select.value = String(year);
  select.addEventListener("change", () => {
    year = Number(select.value);
    closedDaysTab();
  });
  return select;
}

function closedDaysForm(box, list) {
  const rows = el("tbody");
  const title = heading("closedDays");
  const table = el("table", {},
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("closedDay")), el("th", { scope: "col" }, t("holidayTh")),
      el("th", { scope: "col" }, t("holidayEn")), actionsHeader())),
    rows);
  const empty = el("p", { class: "muted" }, t("noClosedDays"));
  const showEmpty = () => (empty.hidden = rows.children.length > 0);
  const add = (day = {}) => {
    const row = dayRow(day, () => {
      row.remove();
      showEmpty();
    });
    rows.append(row);
    showEmpty();
    return row;
  };
  list.days.forEach(add);
  showEmpty();
  const form = namedForm(title, {}, title,
    field("year", "year", yearChoice()),
    el("p", { class: "muted small", dataset: { i18n: "closedDaysHint" } }, t("closedDaysHint")),
    table, empty,
    buttonRow(el("button", { type: "button", class: "secondary", onclick: () => add().querySelector("input").focus() },
      t("addClosedDay")), saveButton()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const sent = numberRows(rows);
    submit(form, () => session.call(PATH, { method: "PUT", body: { year, days: sent } }), async (saved) => {
      await closedDaysTab();
      notice(`${t("saved")}: ${t("closedDaysSaved", { be: saved.year + 543, ce: saved.year, n: saved.days.length })}`);
    });
  });
  box.replaceChildren(form);
}

/** A row of the table: its date and names, each with the error slot the server's answer names (days[i].day …). */
function dayRow(day, remove) {
  const cell = (control, labelKey, name) => {
    const slot = el("p", { class: "field-error", id: `${control.id}-error`, dataset: { name } });
    control.setAttribute("aria-label", t(labelKey));
    control.setAttribute("aria-describedby", slot.id);
    return el("td", {}, control, slot);
  };
  const date = el("input", { type: "date", value: day.day || "", id: uniqueRowId() });
  const nameTh = input(day.nameTh, { id: uniqueRowId(), maxlength: 200 });
  const nameEn = input(day.nameEn, { id: uniqueRowId(), maxlength: 200 });
  return el("tr", {}, cell(date, "closedDay", "day"), cell(nameTh, "holidayTh", "nameTh"), cell(nameEn, "holidayEn", "nameEn"),
    el("td", {}, el("button", { type: "button", class: "secondary", onclick: remove }, t("removeClosedDay"))));
}

let rowSeq = 0;
const uniqueRowId = () => `closed-day-${++rowSeq}`;

/**
 * The rows as the API takes them, leaving out rows left wholly empty; each sent row's error slots are named by its
 * place in what is sent, as the server names them.
 */
function numberRows(rows) {
  const sent = [];
  [...rows.children].forEach((row) => {
    const [date, nameTh, nameEn] = row.querySelectorAll("input");
    const slots = row.querySelectorAll(".field-error");
    const blank = !date.value && !nameTh.value.trim() && !nameEn.value.trim();
    slots.forEach((slot) => (slot.dataset.field = blank ? "" : `days[${sent.length}].${slot.dataset.name}`));
    if (!blank) sent.push({ day: date.value || null, nameTh: nameTh.value.trim(), nameEn: nameEn.value.trim() });
  });
  return sent;
}
