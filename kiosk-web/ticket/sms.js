// "Text me": the ticket page's SMS form. Shown only while the installation sends SMS and the ticket can still get a
// text (GET /api/v1/tickets/{token}/sms says both); the number goes to POST …/sms and is shown back with only its last
// three digits. The page calls render(status) whenever it draws the ticket, so a finished ticket hides the form.
import { api, ApiError } from "/common/api.js";
import { el } from "/common/dom.js";
import { lang, texts } from "/common/i18n.js";

const TEXTS = {
  th: {
    title: "รับ SMS แจ้งเตือน",
    other: "Text me",
    when: "ส่ง SMS ถึงท่าน{what}",
    CALL_AHEAD: "เมื่อใกล้ถึงคิว",
    CALLED: "เมื่อถึงคิว",
    TRANSFERRED: "เมื่อคิวถูกโอนไปงานอื่น",
    SURVEY: "พร้อมลิงก์แบบประเมินหลังรับบริการ",
    and: " และ",
    label: "หมายเลขโทรศัพท์มือถือ",
    hint: "10 หลัก เช่น 081 234 5678",
    privacy: "ใช้หมายเลขนี้ส่งแจ้งเตือนของบัตรคิวนี้เท่านั้น และลบเมื่อให้บริการเสร็จ",
    send: "ส่ง SMS มาที่เบอร์นี้",
    sending: "กำลังบันทึก…",
    active: "จะส่ง SMS ไปที่ {phone}",
    change: "เปลี่ยนเบอร์",
    stop: "หยุดรับ SMS",
    stopped: "หยุดส่ง SMS แล้ว และลบหมายเลขแล้ว",
    cancel: "ยกเลิก",
  },
  en: {
    title: "Text me",
    other: "รับ SMS แจ้งเตือน",
    when: "We text you{what}",
    CALL_AHEAD: " when your turn is near",
    CALLED: " when you are called",
    TRANSFERRED: " when your ticket is moved to another service",
    SURVEY: " with the survey link after your service",
    and: " and",
    label: "Mobile number",
    hint: "10 digits, e.g. 081 234 5678",
    privacy: "Used only for this ticket's messages, and deleted once you are served",
    send: "Text me at this number",
    sending: "Saving…",
    active: "We will text {phone}",
    change: "Change number",
    stop: "Stop texts",
    stopped: "No more texts: the number is deleted",
    cancel: "Cancel",
  },
};

const t = texts(TEXTS);

export class SmsPanel {
  /** @param {HTMLElement} slot where the panel goes; @param {string} token the ticket's tracking token */
  constructor(slot, token) {
    this.slot = slot;
    this.path = `/api/v1/tickets/${encodeURIComponent(token)}/sms`;
    this.view = null;
    this.status = null;
    this.editing = false;
    this.busy = false;
    this.error = null;
    this.done = null;
    this.build();
    this.load();
  }

  build() {
    const $ = (tag, attrs, ...children) => el(tag, attrs, ...children);
    this.heading = $("h2", { id: "sms-title" });
    this.headingOther = $("span", { class: "sms-other" });
    this.when = $("p", { class: "sms-when" });
    this.input = $("input", {
      id: "sms-phone", name: "phone", type: "tel", inputmode: "tel", autocomplete: "tel",
      maxlength: "20", "aria-describedby": "sms-hint sms-error",
    });
    this.label = $("label", { for: "sms-phone" });
    this.hint = $("p", { id: "sms-hint", class: "muted small" });
    this.errorEl = $("p", { id: "sms-error", class: "error", role: "alert" });
    this.sendButton = $("button", { type: "submit" });
    this.cancelButton = $("button", { type: "button", class: "secondary", onclick: () => this.edit(false) });
    this.form = $("form", { novalidate: true, onsubmit: (event) => this.submit(event) },
      this.label, this.input, this.hint, this.errorEl,
      $("div", { class: "sms-actions" }, this.sendButton, this.cancelButton));
    this.activeText = $("p", { class: "sms-active", role: "status" });
    this.changeButton = $("button", { type: "button", class: "secondary", onclick: () => this.edit(true) });
    this.stopButton = $("button", { type: "button", class: "secondary", onclick: () => this.stop() });
    this.active = $("div", { class: "sms-following" }, this.activeText,
      $("div", { class: "sms-actions" }, this.changeButton, this.stopButton));
    this.privacy = $("p", { class: "muted small" });
    this.section = $("section", { class: "sms", "aria-labelledby": "sms-title", hidden: true },
      this.heading, this.when, this.form, this.active, this.privacy);
    this.slot.replaceChildren(this.section);
  }

  async load() {
    try {
      this.view = await api(this.path);
    } catch {
      this.view = null; // no SMS offer is better than an error about an extra
    }
    this.render(this.status);
  }

  /** Redraws with the ticket's latest public status (null before the first one). */
  render(status) {
    this.status = status;
    const v = this.view;
    const open = status === null || ["WAITING", "CALLED", "SERVING"].includes(status.status);
    const following = !!(v && v.phone);
    this.section.hidden = !v || !open || (!v.offered && !following);
    if (this.section.hidden) return;
    this.heading.replaceChildren(t("title"), " · ", el("span", { lang: lang() === "th" ? "en" : "th" }, t("other")));
    const kinds = (v.kinds || []).filter((k) => k in TEXTS.th).map((k) => t(k));
    this.when.textContent = kinds.length ? t("when", { what: kinds.join(t("and")) }) : "";
    const showForm = !following || this.editing;
    this.form.hidden = !showForm;
    this.active.hidden = showForm;
    this.label.textContent = t("label");
    this.hint.textContent = t("hint");
    this.errorEl.textContent = this.error ? this.error.text(lang()) : this.done ? t(this.done) : "";
    this.errorEl.className = this.error ? "error" : "notice";
    if (this.error) this.input.setAttribute("aria-invalid", "true");
    else this.input.removeAttribute("aria-invalid");
    this.sendButton.textContent = this.busy ? t("sending") : t("send");
    this.sendButton.disabled = this.busy;
    this.cancelButton.textContent = t("cancel");
    this.cancelButton.hidden = !(following && this.editing);
    this.activeText.textContent = following ? t("active", { phone: v.phone }) : "";
    this.changeButton.textContent = t("change");
    this.changeButton.hidden = !(v.offered && v.numbersLeft > 0);
    this.stopButton.textContent = t("stop");
    this.stopButton.disabled = this.busy;
    this.privacy.textContent = t("privacy");
  }

  edit(on) {
    this.editing = on;
    this.error = null;
    this.done = null;
    this.render(this.status);
    if (on) this.input.focus();
  }

  async submit(event) {
    event.preventDefault();
    if (this.busy) return;
    await this.call({ method: "POST", body: { phone: this.input.value } }, () => {
      this.editing = false;
      this.input.value = "";
    });
    if (this.error) this.input.focus();
  }

  async stop() {
    await this.call({ method: "DELETE" }, () => {
      this.done = "stopped";
    });
  }

  async call(options, after) {
    this.busy = true;
    this.error = null;
    this.done = null;
    this.render(this.status);
    try {
      this.view = await api(this.path, options);
      after();
    } catch (e) {
      this.error = e instanceof ApiError ? e : new ApiError(0, { detail: String(e.message || e) });
    } finally {
      this.busy = false;
      this.render(this.status);
    }
  }
}
