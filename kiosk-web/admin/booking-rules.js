// The agency's rule against booking and not coming: after so many missed appointments within so many days, a phone or
// contact may not book for that long (empty: never). Saved on its own, beside the closed days.

import { el } from "/common/dom.js";
import { buttonRow, field, heading, namedForm, saveButton } from "./forms.js";
import { notice, submit } from "./messages.js";
import { session } from "./state.js";
import { t } from "./texts.js";

const PATH = "/api/v1/admin/booking-rules";

const describe = (rules) =>
  (rules.noShowLimit === null ? t("noShowOff") : t("noShowOn", { n: rules.noShowLimit, d: rules.blockDays }));

/** The rule's form in a panel of its own. */
export function bookingRulesForm(rules) {
  const limit = el("input", { type: "number", inputmode: "numeric", min: 1, max: 20, value: rules.noShowLimit ?? "" });
  const days = el("input", { type: "number", inputmode: "numeric", min: 1, max: 365, value: rules.blockDays });
  const now = el("p", { class: "muted" }, describe(rules));
  const title = heading("noShowRule");
  const form = namedForm(title, {}, title, now,
    field("noShowLimit", "noShowLimit", limit, "noShowLimitHint"),
    field("blockDays", "blockDays", days, "blockDaysHint"),
    buttonRow(saveButton()));
  const number = (input) => (input.value.trim() === "" ? null : Number(input.value.trim()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(form, () => session.call(PATH, { method: "PUT", body: { noShowLimit: number(limit), blockDays: number(days) } }),
      (saved) => {
        now.textContent = describe(saved);
        notice(`${t("saved")}: ${describe(saved)}`);
      });
  });
  return el("div", { class: "panel" }, form);
}
