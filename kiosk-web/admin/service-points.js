// The service points panel (create; edit names, address, hours, open days and kiosks issuing outside them), and the list of service points the
// other panels and the service point choice above them use.

import { el } from "/common/dom.js";
import { save, showProblem } from "./messages.js";
import { checkbox, errorSlot, field, heading, input, itemForm, listTab } from "./forms.js";
import { name, session, state } from "./state.js";
import { t } from "./texts.js";

const DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

/** Reads the service points again and offers them in the choice above the panels (keeping the chosen one if it is). */
export async function loadServicePoints() {
  try {
    state.servicePoints = await session.call("/api/v1/admin/service-points");
  } catch (e) {
    showProblem(e, null);
    state.servicePoints = [];
  }
  if (!state.servicePoints.some((s) => s.code === state.sp)) state.sp = state.servicePoints[0]?.code || "";
  const select = document.getElementById("admin-sp");
  select.replaceChildren(...state.servicePoints.map((s) => el("option", { value: s.code }, `${name(s)} (${s.code})`)));
  select.value = state.sp;
}

export async function servicePointsTab() {
  listTab({
    title: "tabServicePoints", columns: ["code", "nameTh", "hours", "openDays"], items: state.servicePoints,
    row: (s) => ({ cells: [s.code, name(s),
      `${(s.opensAt || "").slice(0, 5)}–${(s.closesAt || "").slice(0, 5)}`, (s.openDays || []).map((d) => t(d)).join(" ")] }),
    newKey: "newServicePoint", form: spForm,
  });
}

function spForm(box, existing) {
  const code = input(existing?.code, { autocapitalize: "none", disabled: Boolean(existing) });
  const nameTh = input(existing?.nameTh);
  const nameEn = input(existing?.nameEn);
  const address = input(existing?.address);
  const opensAt = el("input", { type: "time", value: (existing?.opensAt || "08:30").slice(0, 5) });
  const closesAt = el("input", { type: "time", value: (existing?.closesAt || "16:30").slice(0, 5) });
  const days = new Set(existing?.openDays || ["MON", "TUE", "WED", "THU", "FRI"]);
  const dayBoxes = DAYS.map((d) => checkbox(days.has(d), { value: d }));
  // off: outside the hours the kiosk says when the office opens and issues nothing; staff issue at any time
  const outside = checkbox(Boolean(existing?.issueOutsideHours));
  itemForm(box, {
    editing: existing, fresh: () => spForm(box, null),
    title: existing ? heading("editServicePoint", { code: existing.code }) : heading("newServicePoint"),
    parts: [field("code", "code", code, "codeHint"), field("nameTh", "nameTh", nameTh), field("nameEn", "nameEn", nameEn),
      field("address", "address", address),
      el("div", { class: "row2" }, field("opensAt", "opensAt", opensAt), field("closesAt", "closesAt", closesAt)),
      el("fieldset", { class: "checks" }, el("legend", { dataset: { i18n: "openDays" } }, t("openDays")),
        ...DAYS.map((d, i) => el("label", {}, dayBoxes[i], t(d)))),
      el("label", { class: "check" }, outside, el("span", { dataset: { i18n: "issueOutsideHours" } }, t("issueOutsideHours"))),
      errorSlot("openDays"), errorSlot("timeZone")],
    request: () => {
      const body = {
        nameTh: nameTh.value.trim(), nameEn: nameEn.value.trim(), address: address.value.trim() || null,
        opensAt: opensAt.value || null, closesAt: closesAt.value || null,
        openDays: DAYS.filter((d, i) => dayBoxes[i].checked), issueOutsideHours: outside.checked,
      };
      return save("/api/v1/admin/service-points", existing?.code, existing ? body : { code: code.value.trim(), ...body });
    },
    reopen: async () => {
      await loadServicePoints();
      await servicePointsTab();
    },
    label: (saved) => saved.code,
  });
}
