// The kiosk's check-in for a booked appointment (the booking page's QR, /book/). Most QR scanners act as a keyboard:
// they type what the QR holds (the booking's page address, ending in its code) and then Enter, so the step is a
// labelled field that holds the focus, and the code can be typed by hand too. The ticket a check-in issues is shown
// and printed as any other ticket (the kiosk's own path); a refusal is said in both languages in the step, and a
// late or cancelled appointment is offered a ticket without one. The kiosk's idle timer takes the step back to the
// start.
import { api, ApiError } from "/common/api.js";
import { el } from "/common/dom.js";
import { lang } from "/common/i18n.js";
import { bilingual } from "./bilingual.js";

const TEXTS = {
  th: {
    entry: "มีนัดหมาย",
    entryHint: "สแกน QR หรือพิมพ์รหัสนัดหมาย",
    title: "ยืนยันการมาถึงตามนัดหมาย",
    hint: "สแกน QR ของนัดหมายที่เครื่องอ่าน QR หรือพิมพ์รหัสนัดหมาย 12 ตัว แล้วกดยืนยัน",
    label: "รหัสนัดหมาย",
    submit: "ยืนยัน รับบัตรคิว",
    sending: "กำลังออกบัตรคิว…",
    back: "ย้อนกลับ",
    walkIn: "กดบัตรคิวแบบไม่มีนัดหมาย",
    empty: "กรุณาสแกน QR หรือพิมพ์รหัสนัดหมาย",
  },
  en: {
    entry: "I have an appointment",
    entryHint: "Scan its QR or type its code",
    title: "Check in for your appointment",
    hint: "Scan your appointment's QR at the QR reader, or type its 12-character code, then confirm",
    label: "Appointment code",
    submit: "Check in and get my ticket",
    sending: "Issuing your ticket…",
    back: "Back",
    walkIn: "Take a ticket without an appointment",
    empty: "Scan the QR or type the appointment code",
  },
};
/** Refusals after which the citizen may still be served today with an ordinary ticket. */
const WALK_IN = ["TOO_LATE", "APPOINTMENT_CANCELLED"];

const both = (key, values) => bilingual(TEXTS, key, values);

export class KioskCheckIn {
  /**
   * @param {object} hooks entrySlot (in the services step), step (this step's section), path (the check-in address),
   *   key (the kiosk's device key), timeoutMs, open() (the kiosk shows the step), issued(ticket) (the kiosk shows and
   *   prints it), walkIn() (back to the services)
   */
  constructor(hooks) {
    Object.assign(this, hooks);
    this.busy = false;
    this.problem = null;
    this.build();
  }

  build() {
    this.entry = el("button", { type: "button", class: "appointment", hidden: true, onclick: () => this.start() });
    this.entrySlot.replaceChildren(this.entry);
    this.title = el("h2", { id: "checkin-title" });
    this.hint = el("p", { class: "hint" });
    this.label = el("label", { for: "checkin-code" });
    this.field = el("input", { id: "checkin-code", autocomplete: "off", autocapitalize: "characters",
      spellcheck: "false", maxlength: "300", "aria-describedby": "checkin-problem" });
    this.submitButton = el("button", { type: "submit", class: "checkin-submit" });
    this.message = el("div", { id: "checkin-problem", class: "checkin-problem", role: "alert", hidden: true });
    this.backButton = el("button", { type: "button", class: "secondary back", onclick: () => this.walkIn() });
    this.form = el("form", { class: "checkin-form", novalidate: true, onsubmit: (event) => this.submit(event) },
      this.label, this.field, this.submitButton);
    this.step.setAttribute("aria-labelledby", "checkin-title");
    this.step.replaceChildren(this.title, this.hint, this.form, this.message, this.backButton);
    this.render();
  }

  /** Shows the entry while some service of the service point takes bookings. */
  offer(services) {
    this.entry.hidden = !services.some((s) => s.bookable);
  }

  start() {
    this.reset();
    this.open();
    this.field.focus();
  }

  /** Nothing of the last citizen stays: the code typed and the refusal. */
  reset() {
    this.field.value = "";
    this.problem = null;
    this.busy = false;
    this.render();
  }

  async submit(event) {
    event.preventDefault();
    const code = this.field.value.trim();
    if (this.busy) return;
    if (!code) {
      this.refuse(new ApiError(0, { detail: TEXTS.en.empty, detailTh: TEXTS.th.empty }));
      return;
    }
    this.busy = true;
    this.problem = null;
    this.render();
    try {
      const ticket = await api(this.path, { method: "POST", deviceKey: this.key, body: { code },
        timeoutMs: this.timeoutMs });
      this.reset();
      await this.issued(ticket);
    } catch (error) {
      this.busy = false;
      this.refuse(error instanceof ApiError ? error : new ApiError(0, { detail: String(error), detailTh: String(error) }));
    }
  }

  /** The refusal under the field, which is cleared and keeps the focus for the next scan. */
  refuse(problem) {
    this.problem = problem;
    this.field.value = "";
    this.render();
    this.field.focus();
  }

  render() {
    this.entry.replaceChildren(el("strong", {}, ...both("entry")), el("span", { class: "entry-hint" }, ...both("entryHint")));
    this.title.replaceChildren(...both("title"));
    this.hint.replaceChildren(...both("hint"));
    this.label.replaceChildren(...both("label"));
    this.submitButton.replaceChildren(...both(this.busy ? "sending" : "submit"));
    this.submitButton.disabled = this.busy;
    this.backButton.replaceChildren(...both("back"));
    this.message.hidden = !this.problem;
    if (!this.problem) return;
    const [first, second] = this.problem.inBoth(lang());
    this.message.replaceChildren(
      el("p", { class: "error-main" }, first),
      second && el("p", { class: "error-other", lang: lang() === "en" ? "th" : "en" }, second),
      WALK_IN.includes(this.problem.code)
        && el("button", { type: "button", class: "walk-in", onclick: () => this.walkIn() }, ...both("walkIn")));
  }
}
