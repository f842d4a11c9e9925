// The questionnaire panel: the current version's form (short by rotation or full), its items (Thai and English texts,
// required, order), published as a new version.

import { ApiError } from "/common/api.js";
import { el } from "/common/dom.js";
import { formatDateTime } from "/common/i18n.js";
import { clearProblems, load, notice, showProblem, submit } from "./messages.js";
import { buttonRow, checkbox, errorSlot, field, input, namedForm, saveButton } from "./forms.js";
import { content, drawing, session } from "./state.js";
import { t } from "./texts.js";

export async function questionnaireTab() {
  const tab = drawing();
  const current = await load("/api/v1/admin/questionnaires/current");
  if (tab.stale()) return;
  const rows = el("tbody");
  current.items.forEach((item) => rows.append(itemRow(item, () => renumber(rows))));
  renumber(rows);
  const title = el("h2", {}, `${t("questionnaire")} · ${t("version", { v: current.version })}`);
  const length = el("select", {}, ...["SHORT", "FULL"].map((value) =>
    el("option", { value, selected: value === current.length }, t(`length${value}`))));
  const rotationItems = el("input", { type: "number", min: 1, max: 5, value: current.rotationItems });
  const showRotation = () => { rotationField.hidden = length.value !== "SHORT"; };
  const rotationField = field("rotationItems", "rotationItems", rotationItems, "rotationHint");
  length.addEventListener("change", showRotation);
  showRotation();
  const form = namedForm(title, { class: "panel" },
    title,
    el("p", { class: "muted" }, t("publishedAt", { at: formatDateTime(current.publishedAt) })),
    field("length", "length", length), rotationField,
    el("table", { class: "q-table" }, el("thead", {}, el("tr", {}, el("th", {}, t("order")), el("th", {}, t("code")),
      el("th", {}, t("parent")), el("th", {}, t("indicator")), el("th", {}, t("scale")), el("th", {}, t("required")),
      el("th", {}, t("textTh")), el("th", {}, t("textEn")))), rows),
    errorSlot("items"),
    el("p", { class: "muted small" }, t("publishHint")),
    buttonRow(saveButton("publish")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const items = [...rows.children].map((row) => row.item.read());
    // an empty text would come back named only "textTh" (no row): say which row here, before sending
    clearProblems(form);
    const empty = [];
    items.forEach((item, i) => ["textTh", "textEn"].forEach((part) => {
      if (!item[part]) empty.push({ field: `items[${i}].${part}`, message: t("required"), messageTh: "กรุณากรอกข้อความ" });
    }));
    if (empty.length) {
      showProblem(new ApiError(422, { code: "INVALID", detail: "Some fields are invalid; see errors",
        detailTh: "ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ", errors: empty }), form);
      return;
    }
    submit(form, () => session.call("/api/v1/admin/questionnaires/current", { method: "PUT",
      body: { items, length: length.value, rotationItems: Number(rotationItems.value) } }),
      async (published) => {
        await questionnaireTab();
        notice(t("publishedVersion", { v: published.version }));
      });
  });
  content.replaceChildren(form);
}

/** One item's row: order buttons, what it is, required, its two texts (each labelled with the item's code). */
function itemRow(item, moved) {
  const required = checkbox(item.required, { "aria-label": `${item.code} ${t("required")}` });
  const textTh = input(item.textTh, { "aria-label": `${item.code} ${t("textTh")}` });
  const textEn = input(item.textEn, { "aria-label": `${item.code} ${t("textEn")}` });
  const move = (key, symbol, step) => el("button", { type: "button", class: "secondary", "aria-label": `${item.code} ${t(key)}`,
    onclick: () => {
      step();
      moved();
    } }, symbol);
  const row = el("tr", { class: item.parent ? "sub" : null },
    el("td", {}, el("span", { class: "buttons" },
      move("up", "↑", () => row.previousElementSibling?.before(row)),
      move("down", "↓", () => row.nextElementSibling?.after(row)))),
    el("td", { class: "code" }, item.code), el("td", {}, item.parent || ""), el("td", {}, item.indicator ?? ""),
    el("td", {}, item.scale ? t(item.scale) : ""),
    el("td", {}, required),
    el("td", {}, textTh, el("p", { class: "field-error", dataset: { part: "textTh" } })),
    el("td", {}, textEn, el("p", { class: "field-error", dataset: { part: "textEn" } }),
      el("p", { class: "field-error", dataset: { part: "row" } })));
  row.item = { ...item, read: () => ({ code: item.code, parent: item.parent || null, indicator: item.indicator ?? null,
    scale: item.scale || null, required: required.checked, textTh: textTh.value.trim(), textEn: textEn.value.trim() }) };
  return row;
}

/** Error slots follow the row's position, as the server names them (items[3].textTh). */
function renumber(rows) {
  [...rows.children].forEach((row, i) => {
    row.querySelectorAll(".field-error").forEach((slot) => {
      const part = slot.dataset.part;
      slot.dataset.field = part === "row" ? `items[${i}]` : `items[${i}].${part}`;
      slot.id = `q-${i}-${part}`;
    });
    const [th, en] = row.querySelectorAll("input[type=text]");
    th.setAttribute("aria-describedby", `q-${i}-textTh`);
    en.setAttribute("aria-describedby", `q-${i}-textEn`);
  });
}
