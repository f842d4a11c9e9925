// The services panel of the chosen service point: prefix, names, responsible division, daily cap, active, and the
// published steps with their standard minutes (add, remove, move up or down; the total is shown).

import { el } from "/common/dom.js";
import { load, save } from "./messages.js";
import { bookingPart } from "./booking.js";
import { remoteJoinPart } from "./remote-join.js";
import { buttonRow, checkbox, errorSlot, field, heading, input, itemForm, listTab, uniqueId } from "./forms.js";
import { content, drawing, enc, name, state } from "./state.js";
import { t } from "./texts.js";

export async function servicesTab() {
  if (!state.sp) {
    content.replaceChildren();
    return;
  }
  const tab = drawing();
  const [services, divisions] = await Promise.all([
    load(`/api/v1/admin/service-points/${enc(state.sp)}/services`), load("/api/v1/admin/divisions")]);
  if (tab.stale()) return;
  listTab({
    title: "services", items: services,
    columns: ["colPrefix", "colName", "colDivision", { key: "stepsCount", num: true }, { key: "standard", num: true },
      { key: "cap", num: true }, { key: "remoteColumn", num: true }, "status"],
    row: (s) => ({ inactive: !s.active, cells: [s.prefix, name(s), s.division || "–",
      s.steps.length, s.standardMinutes, s.dailyCap ?? "–",
      s.remoteJoin?.enabled ? s.remoteDailyLimit : "–", s.active ? t("activeShort") : t("inactive")] }),
    newKey: "newService", form: (box, s) => serviceForm(box, s, divisions),
  });
}

function serviceForm(box, existing, divisions) {
  const prefix = input(existing?.prefix, { maxlength: 1, disabled: Boolean(existing), class: "prefix" });
  prefix.addEventListener("input", () => (prefix.value = prefix.value.toUpperCase()));
  const nameTh = input(existing?.nameTh);
  const nameEn = input(existing?.nameEn);
  const division = el("select", {},
    el("option", { value: "" }, t("none")),
    ...divisions.map((d) => el("option", { value: d.code }, `${name(d)} (${d.code})`)));
  division.value = existing?.division || "";
  const dailyCap = el("input", { type: "number", inputmode: "numeric", value: existing?.dailyCap ?? "" });
  const active = checkbox(existing ? existing.active : true);
  // call-ahead (the citizen's companion): a new service starts with the service's defaults, 3 tickets or 15 minutes
  const callAhead = existing ? existing.callAhead : { tickets: 3, minutes: 15 };
  const aheadTickets = el("input", { type: "number", min: 0, max: 50, inputmode: "numeric", value: callAhead?.tickets ?? "" });
  const aheadMinutes = el("input", { type: "number", min: 1, max: 240, inputmode: "numeric", value: callAhead?.minutes ?? "" });
  const booking = bookingPart(existing);
  const steps = stepList(existing?.steps || [], booking.showStandard);
  const remote = remoteJoinPart(existing);
  itemForm(box, {
    editing: existing, fresh: () => serviceForm(box, null, divisions),
    title: existing ? heading("editService", { prefix: existing.prefix }) : heading("newService"),
    parts: [el("div", { class: "row2" }, field("prefix", "prefix", prefix), field("division", "division", division)),
      el("div", { class: "row2" }, field("nameTh", "nameTh", nameTh), field("nameEn", "nameEn", nameEn)),
      el("div", { class: "row2" }, field("dailyCap", "dailyCap", dailyCap, "dailyCapHint"),
        el("div", {}, el("label", { class: "check" }, active, el("span", { dataset: { i18n: "active" } }, t("active"))),
          errorSlot("active"))),
      el("div", { class: "row2" }, field("callAhead.tickets", "callAheadTickets", aheadTickets, "callAheadHint"),
        field("callAhead.minutes", "callAheadMinutes", aheadMinutes)),
      ...steps.parts, ...remote.parts, ...booking.parts],
    request: () => {
      const cap = dailyCap.value.trim();
      const number = (input) => (input.value.trim() === "" ? null : Number(input.value.trim()));
      const body = {
        nameTh: nameTh.value.trim(), nameEn: nameEn.value.trim(), division: division.value || null,
        dailyCap: cap === "" ? null : Number(cap), active: active.checked, steps: steps.read(),
        callAhead: { tickets: number(aheadTickets), minutes: number(aheadMinutes) },
        remoteJoin: remote.read(),
        booking: booking.read(),
      };
      return save(`/api/v1/admin/service-points/${enc(state.sp)}/services`, existing?.prefix,
        existing ? body : { prefix: prefix.value.trim(), ...body });
    },
    reopen: servicesTab,
    label: (saved) => `${saved.prefix} ${name(saved)}`,
  });
}

/**
 * The published steps as a list named by its heading, with their total (also told to onTotal, for the booking part's
 * standard slot); read() gives them as the API takes them.
 */
function stepList(initial, onTotal) {
  const title = el("h3", { id: uniqueId("steps"), dataset: { i18n: "steps" } }, t("steps"));
  const steps = el("ol", { class: "steps", "aria-labelledby": title.id });
  const total = el("p", { class: "muted" });
  const updateTotal = () => {
    const minutes = [...steps.querySelectorAll("[name=standardMinutes]")].reduce((sum, i) => sum + (Number(i.value) || 0), 0);
    total.textContent = t("totalMinutes", { n: minutes });
    onTotal(minutes);
    [...steps.children].forEach((row, i) => (row.querySelector(".n").textContent = String(i + 1)));
  };
  const stepButton = (key, symbol, onclick) =>
    el("button", { type: "button", class: "secondary", title: t(key), "aria-label": t(key), onclick }, symbol);
  const stepRow = (step = {}) => {
    const row = el("li", { class: "step-row" },
      el("span", { class: "n" }),
      input(step.titleTh, { name: "titleTh", "aria-label": t("stepTh"), placeholder: t("stepTh") }),
      input(step.titleEn, { name: "titleEn", "aria-label": t("stepEn"), placeholder: t("stepEn") }),
      el("input", { type: "number", min: 0, name: "standardMinutes", inputmode: "numeric", value: step.standardMinutes ?? "",
        "aria-label": t("minutes"), placeholder: t("minutes"), oninput: updateTotal }),
      el("span", { class: "buttons" },
        stepButton("up", "↑", () => {
          if (row.previousElementSibling) row.previousElementSibling.before(row);
          updateTotal();
        }),
        stepButton("down", "↓", () => {
          if (row.nextElementSibling) row.nextElementSibling.after(row);
          updateTotal();
        }),
        stepButton("remove", "✕", () => {
          row.remove();
          updateTotal();
        })));
    steps.append(row);
    updateTotal();
    return row;
  };
  initial.forEach(stepRow);
  updateTotal();
  const add = el("button", { type: "button", class: "secondary", onclick: () => stepRow().querySelector("input").focus() },
    t("addStep"));
  return {
    parts: [title, steps, errorSlot("steps"), errorSlot("titleTh"), errorSlot("titleEn"), errorSlot("standardMinutes"),
      total, buttonRow(add)],
    read: () => [...steps.children].map((row) => {
      const minutes = row.querySelector("[name=standardMinutes]").value.trim();
      return {
        titleTh: row.querySelector("[name=titleTh]").value.trim(),
        titleEn: row.querySelector("[name=titleEn]").value.trim(),
        standardMinutes: minutes === "" ? null : Number(minutes),
      };
    }),
  };
}
