// A service's appointments (the booking page): on or off, the slot length (empty: the service's standard time, which
// the hint shows as the steps add up), the share of each counter's time kept for walk-ins, and how far ahead one may
// book. The server checks the ranges; its problems show next to these fields.

import { el } from "/common/dom.js";
import { checkbox, errorSlot, field, uniqueId } from "./forms.js";
import { t } from "./texts.js";

/** As catalog/Booking.java: a slot is at least this long, whatever the standard time. */
const MIN_SLOT_MINUTES = 5;

const number = (value, attrs = {}) => el("input", { type: "number", inputmode: "numeric", value: value ?? "", ...attrs });
const orNull = (input) => (input.value.trim() === "" ? null : Number(input.value.trim()));

/** The fieldset of the service form; read() gives booking as the API takes it, showStandard(minutes) the hint. */
export function bookingPart(existing) {
  const settings = existing?.booking || { enabled: false, slotMinutes: null, walkInPercent: 50, bookAheadDays: 30 };
  const enabled = checkbox(Boolean(settings.enabled), { role: "switch", id: uniqueId("booking-enabled") });
  const slot = number(settings.slotMinutes, { min: MIN_SLOT_MINUTES, max: 480 });
  const walkIn = number(settings.walkInPercent, { min: 0, max: 100 });
  const ahead = number(settings.bookAheadDays, { min: 1, max: 366 });
  const standard = el("p", { class: "muted small" });
  const enabledError = errorSlot("booking");
  enabled.setAttribute("aria-describedby", enabledError.id);
  const slotField = field("slotMinutes", "bookingSlot", slot);
  slotField.querySelector("input").after(standard);
  const part = el("fieldset", { class: "remote" },
    el("legend", { dataset: { i18n: "booking" } }, t("booking")),
    el("div", { class: "field" },
      el("label", { class: "check", for: enabled.id }, enabled,
        el("span", { dataset: { i18n: "bookingEnabled" } }, t("bookingEnabled"))),
      enabledError),
    el("div", { class: "row2" }, slotField, field("walkInPercent", "bookingWalkIn", walkIn, "bookingWalkInHint")),
    field("bookAheadDays", "bookingAhead", ahead, "bookingAheadHint"));
  const showStandard = (minutes) =>
    (standard.textContent = t("bookingSlotHint", { n: Math.max(MIN_SLOT_MINUTES, minutes || 0) }));
  showStandard(existing?.standardMinutes);
  return {
    parts: [part],
    showStandard,
    read: () => ({ enabled: enabled.checked, slotMinutes: orNull(slot), walkInPercent: orNull(walkIn),
      bookAheadDays: orNull(ahead) }),
  };
}
