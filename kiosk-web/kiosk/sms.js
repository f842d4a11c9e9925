// The kiosk's optional SMS step: once the ticket has printed, a "Text me" button (only when the installation sends SMS,
// as GET /api/v1/tickets/{token}/sms says); tapping it opens a number pad (a kiosk has no keyboard), and the number
// goes to POST …/sms with the ticket's tracking token, the way the ticket page sends it: the kiosk never puts a
// number through the ticket request. The kiosk's own idle timer takes an abandoned pad back to the start, and the
// typed number is wiped whenever the kiosk starts over.
import { api, ApiError } from "/common/api.js";
import { el } from "/common/dom.js";
import { lang } from "/common/i18n.js";
import { bilingual } from "./bilingual.js";

const TEXTS = {
  th: {
    offer: "รับ SMS แจ้งเตือนเมื่อใกล้ถึงคิว",
    title: "ใส่เบอร์โทรเพื่อรับ SMS",
    hint: "แตะตัวเลขเบอร์โทรศัพท์มือถือ 10 หลัก",
    label: "หมายเลขโทรศัพท์มือถือ",
    delete: "ลบ",
    clear: "ล้าง",
    send: "ส่ง SMS มาที่เบอร์นี้",
    skip: "ไม่รับ SMS",
    ok: "เสร็จสิ้น",
    sending: "กำลังบันทึก…",
    done: "จะส่ง SMS ไปที่ {phone} กรุณารับบัตรคิวของท่าน",
    privacy: "ใช้เบอร์นี้ส่งแจ้งเตือนของบัตรคิวนี้เท่านั้น และลบเมื่อให้บริการเสร็จ",
  },
  en: {
    offer: "Text me when my turn is near",
    title: "Your mobile number for SMS",
    hint: "Tap the 10 digits of your mobile number",
    label: "Mobile number",
    delete: "Delete",
    clear: "Clear",
    send: "Text me at this number",
    skip: "No SMS",
    ok: "Done",
    sending: "Saving…",
    done: "We will text {phone}. Please take your ticket.",
    privacy: "Used only for this ticket's messages, and deleted once you are served",
  },
};

const both = (key, values) => bilingual(TEXTS, key, values);

const DIGITS = 10;
const DONE_MS = 6000;

export class KioskSms {
  /**
   * @param {object} hooks offerSlot (in the ticket step), step (the pad's own section), open() (the kiosk shows the
   *   step and stops its ticket timer), finish() (back to the start)
   */
  constructor({ offerSlot, step, open, finish }) {
    this.offerSlot = offerSlot;
    this.step = step;
    this.open = open;
    this.finish = finish;
    this.token = null;
    this.digits = "";
    this.busy = false;
    this.error = null;
    this.sent = null;
    this.build();
  }

  build() {
    this.offerButton = el("button", { type: "button", class: "sms-offer", onclick: () => this.start() });
    this.offerSlot.replaceChildren(this.offerButton);
    this.offerButton.hidden = true;
    this.title = el("h2", { id: "sms-title" });
    this.hint = el("p", { class: "hint" });
    this.label = el("label", { for: "sms-number" });
    this.display = el("input", { id: "sms-number", readonly: true, inputmode: "none", autocomplete: "off", "aria-describedby": "sms-message" });
    this.message = el("p", { id: "sms-message", class: "sms-message", role: "alert" });
    this.keys = el("div", { class: "sms-pad" },
      ..."123456789".split("").map((d) => this.digitKey(d)),
      this.deleteKey = el("button", { type: "button", class: "secondary sms-key", onclick: () => this.type(null) }),
      this.digitKey("0"),
      this.clearKey = el("button", { type: "button", class: "secondary sms-key", onclick: () => this.clearDigits() }));
    this.sendButton = el("button", { type: "button", class: "sms-send", onclick: () => this.send() });
    this.skipButton = el("button", { type: "button", class: "secondary sms-skip", onclick: () => this.finish() });
    this.privacy = el("p", { class: "sms-privacy" });
    this.step.replaceChildren(this.title, this.hint, this.label, this.display, this.message, this.keys,
      el("div", { class: "sms-actions" }, this.sendButton, this.skipButton), this.privacy);
    this.render();
  }

  digitKey(digit) {
    return el("button", { type: "button", class: "sms-key", onclick: () => this.type(digit) }, digit);
  }

  /** After a ticket printed: offers SMS when the installation sends it; resolves whether it did. */
  async offer(token) {
    this.reset();
    this.token = token;
    try {
      const view = await api(`/api/v1/tickets/${encodeURIComponent(token)}/sms`, { timeoutMs: 5000 });
      if (this.token !== token) return false; // the kiosk moved on meanwhile
      this.offerButton.hidden = !view.offered;
      return view.offered;
    } catch {
      return false; // the ticket is out; an SMS offer that fails to load is not worth an error
    }
  }

  /** Forgets the ticket and any typed digit: the next citizen sees none of it. */
  reset() {
    this.token = null;
    this.digits = "";
    this.error = null;
    this.sent = null;
    this.busy = false;
    this.offerButton.hidden = true;
    this.render();
  }

  start() {
    if (!this.token) return;
    this.digits = "";
    this.error = null;
    this.render();
    this.open();
  }

  type(digit) {
    if (this.busy || this.sent) return;
    this.digits = digit === null ? this.digits.slice(0, -1) : (this.digits + digit).slice(0, DIGITS);
    this.error = null;
    this.render();
  }

  clearDigits() {
    if (this.busy || this.sent) return;
    this.digits = "";
    this.error = null;
    this.render();
  }

  async send() {
    if (this.busy || this.digits.length !== DIGITS || !this.token) return;
    this.busy = true;
    this.render();
    try {
      const view = await api(`/api/v1/tickets/${encodeURIComponent(this.token)}/sms`, {
        method: "POST", body: { phone: this.digits }, timeoutMs: 10000,
      });
      const token = this.token;
      this.digits = "";
      this.sent = view.phone;
      setTimeout(() => this.sent && this.token === token && this.finish(), DONE_MS);
    } catch (e) {
      this.error = e instanceof ApiError ? e : new ApiError(0, { detail: String(e.message || e) });
    } finally {
      this.busy = false;
      this.render();
    }
  }

  /** 081 234 5678 as it is typed. */
  static grouped(digits) {
    return [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].filter(Boolean).join(" ");
  }

  render() {
    this.offerButton.replaceChildren(...both("offer"));
    this.title.replaceChildren(...both("title"));
    this.hint.replaceChildren(...both("hint"));
    this.label.replaceChildren(...both("label"));
    this.display.value = KioskSms.grouped(this.digits);
    if (this.error) {
      this.message.className = "sms-message sms-error";
      this.message.replaceChildren(this.error.text(lang()),
        el("span", { class: "en", lang: lang() === "en" ? "th" : "en" }, this.error.text(lang() === "en" ? "th" : "en")));
      this.display.setAttribute("aria-invalid", "true");
    } else if (this.sent) {
      this.message.className = "sms-message sms-done";
      this.message.replaceChildren(...both("done", { phone: this.sent }));
      this.display.removeAttribute("aria-invalid");
    } else {
      this.message.className = "sms-message";
      this.message.replaceChildren();
      this.display.removeAttribute("aria-invalid");
    }
    this.deleteKey.replaceChildren(...both("delete"));
    this.clearKey.replaceChildren(...both("clear"));
    this.sendButton.replaceChildren(...(this.busy ? both("sending") : both("send")));
    this.sendButton.disabled = this.busy || this.digits.length !== DIGITS;
    this.keys.hidden = !!this.sent;
    this.sendButton.hidden = !!this.sent;
    this.skipButton.replaceChildren(...both(this.sent ? "ok" : "skip"));
    this.privacy.replaceChildren(...both("privacy"));
  }
}
