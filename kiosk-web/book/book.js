// A citizen books a time from their phone: ?sp=pao-hq names the service point. Choose a service that takes bookings,
// a day (today to the service's booking horizon, on the service point's open days), a time that still has a place,
// optionally a contact for reminders (asked for only as far as this service sends them), confirm; the answer's code
// and QR are shown (appointments.js), and /book/#CODE shows one booking again. The phone keeps a random device secret:
// a device holds only so many bookings at once.
import { api, ApiError, param } from "/common/api.js";
import { el } from "/common/dom.js";
import { bangkokToday, formatDate, formatTime, lang, languageSwitch, texts } from "/common/i18n.js";
import { deviceSecret } from "/common/storage.js";
import * as appointment from "./appointments.js";
import { TEXTS } from "./texts.js";

const t = texts(TEXTS);
const $ = (id) => document.getElementById(id);
const DEVICE = "servicepoint.bookDevice";
const STEPS = ["service", "day", "slot", "confirm"];
const WEEK = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

const sp = param("sp");
let place = null;
let services = null; // those that take bookings, or null while loading
const chosen = { service: null, day: null, slot: null };
let slots = null; // the chosen day's, or null while loading
let step = "service";
let error = null; // an ApiError, or a key of this page's texts
let sending = false;
let reminders = { sms: false, email: false }; // which contacts a reminder reaches (/api/v1/appointment-reminders)

const name = (thing) => (lang() === "en" ? thing.nameEn || thing.name : thing.name);
const service = () => (services || []).find((s) => s.prefix === chosen.service);
const slot = () => (slots || []).find((s) => s.start === chosen.slot);
/** A yyyy-mm-dd day as an instant at its Bangkok noon, for the date formats. */
const noon = (day) => `${day}T12:00:00+07:00`;

/** The page's alert: the API's problem or the page's own message, in the page's language and then the other. */
function renderError() {
  const other = lang() === "en" ? "th" : "en";
  const [first, second] = error instanceof ApiError ? error.inBoth(lang())
    : error ? [TEXTS[lang()][error], TEXTS[other][error]] : [];
  $("error").replaceChildren(...[first && el("p", { lang: lang() }, first), second && el("p", { lang: other }, second)]
    .filter(Boolean));
}

function problem(e) {
  error = e;
  renderError();
  if (e) $("error").focus();
}

function radio(group, value, checked, disabled, ...content) {
  const id = `${group}-${value.replace(/[^0-9A-Za-z]/g, "")}`;
  return el("label", { class: "choice", for: id },
    el("input", { type: "radio", name: group, id, value, checked, disabled }),
    el("span", {}, ...content));
}

function serviceChoice(s) {
  return radio("service", s.prefix, chosen.service === s.prefix, false,
    el("strong", {}, `${s.prefix} · ${name(s)}`), el("span", { class: "sub" }, t("ahead", { days: s.bookAheadDays })));
}

/** Today to the horizon, on the days the service point opens (a closed day of the agency simply has no slots). */
function days() {
  const open = (place?.openDays || WEEK.join(",")).split(",");
  const today = new Date(`${bangkokToday()}T00:00:00Z`);
  const list = [];
  for (let i = 0; i <= (service()?.bookAheadDays ?? 0); i++) {
    const day = new Date(today);
    day.setUTCDate(day.getUTCDate() + i);
    if (open.includes(WEEK[day.getUTCDay()])) list.push(day.toISOString().slice(0, 10));
  }
  return list;
}

function dayChoice(day, index) {
  return radio("day", day, chosen.day === day, false,
    formatDate(noon(day), { long: true, weekday: true }), index === 0 && day === bangkokToday() ? ` (${t("today")})` : "");
}

function slotChoice(s) {
  const full = s.remaining <= 0;
  return radio("slot", s.start, chosen.slot === s.start && !full, full,
    el("strong", {}, t("slotTime", { from: formatTime(s.start), to: formatTime(s.end) })),
    el("span", { class: full ? "full" : "sub" }, full ? t("full") : t("left", { n: s.remaining })));
}

function render() {
  $("where").textContent = sp ? t("at", { name: place ? name(place) : sp }) : "";
  renderError();
  const list = services || [];
  const booking = location.hash.length > 1;
  for (const id of STEPS) $(`step-${id}`).hidden = booking || !sp || services === null || step !== id;
  $("mine").hidden = booking || step !== "service" || $("mine-list").childElementCount === 0;
  $("none").hidden = list.length > 0;
  $("service-form").hidden = list.length === 0;
  $("service-list").replaceChildren(...list.map(serviceChoice));
  const current = service();
  if (current) $("day-service").textContent = `${current.prefix} · ${name(current)}`;
  if (step === "day") $("day-list").replaceChildren(...days().map(dayChoice));
  if (chosen.day) $("slot-day").textContent = formatDate(noon(chosen.day), { long: true, weekday: true });
  $("slot-state").textContent = slots === null ? t("loadingSlots") : slots.length === 0 ? t("noSlots") : "";
  $("slot-list").replaceChildren(...(slots || []).map(slotChoice));
  const picked = slot();
  if (step === "confirm" && current && picked) {
    $("confirm-service").textContent = `${current.prefix} · ${name(current)}`;
    $("confirm-when").textContent = appointment.when(picked.start, picked.end);
    $("confirm-contact").textContent = $("contact").value.trim() || t("noContact");
  }
  $("book").disabled = sending;
  $("book").textContent = t(sending ? "booking" : "book");
  appointment.render();
}

/**
 * The contact field asks only for what a reminder reaches here: a mobile number, an e-mail address or either; with no
 * reminders (or their offer not loaded) it is not shown, so nobody gives a contact for nothing.
 */
function offerContact() {
  const { sms, email } = reminders;
  const key = sms && email ? "contact" : sms ? "contactSms" : email ? "contactEmail" : null;
  $("contact-field").hidden = !key;
  $("confirm-contact-fact").hidden = !key;
  if (!key) {
    $("contact").value = "";
    return;
  }
  $("contact-label").dataset.i18n = key;
  $("contact-label").textContent = t(key);
  $("contact").type = sms && !email ? "tel" : email && !sms ? "email" : "text";
  $("contact").autocomplete = email && !sms ? "email" : "tel";
}

/** Without the offer the page books as well, asking for no contact and offering no LINE reminders. */
async function loadReminders() {
  try {
    reminders = await api("/api/v1/appointment-reminders", { timeoutMs: 20000 });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
  }
  offerContact();
  appointment.offerReminders(reminders);
}

async function loadServices() {
  try {
    const [all, points] = await Promise.all([
      api(`/api/v1/service-points/${encodeURIComponent(sp)}/services`, { timeoutMs: 20000 }),
      api("/api/v1/service-points", { timeoutMs: 20000 }),
    ]);
    services = all.filter((s) => s.bookable);
    place = points.find((p) => p.code === sp) ?? null;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    problem(e);
  }
  render();
}

async function loadSlots() {
  slots = null;
  render();
  try {
    slots = await api(`/api/v1/service-points/${encodeURIComponent(sp)}/services/${chosen.service}/slots`
      + `?date=${chosen.day}`, { timeoutMs: 20000 });
    if (!slot() || slot().remaining <= 0) chosen.slot = null;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    slots = [];
    problem(e);
  }
  render();
}

function go(next) {
  step = next;
  render();
  $(`step-${next}`).focus();
}

/** The step's choice, or null after saying what is missing beside its group. */
function picked(group, missing) {
  const input = document.querySelector(`input[name=${group}]:checked`);
  const fieldset = $(`${group}s`);
  $(`${group}-error`).textContent = input ? "" : t(missing);
  if (input) fieldset.removeAttribute("aria-invalid");
  else {
    fieldset.setAttribute("aria-invalid", "true");
    document.querySelector(`input[name=${group}]:not(:disabled)`)?.focus();
  }
  return input?.value ?? null;
}

function onSubmit(form, group, missing, then) {
  $(form).addEventListener("submit", (event) => {
    event.preventDefault();
    const value = picked(group, missing);
    if (value === null) return;
    problem(null);
    then(value);
  });
}

onSubmit("service-form", "service", "chooseService", (value) => {
  if (chosen.service !== value) Object.assign(chosen, { day: null, slot: null });
  chosen.service = value;
  go("day");
});
onSubmit("day-form", "day", "chooseDay", (value) => {
  if (chosen.day !== value) chosen.slot = null;
  chosen.day = value;
  go("slot");
  loadSlots();
});
onSubmit("slot-form", "slot", "chooseSlot", (value) => {
  chosen.slot = value;
  $("contact-error").textContent = "";
  $("contact").removeAttribute("aria-invalid");
  go("confirm");
});

async function book() {
  if (sending) return;
  sending = true;
  problem(null);
  render();
  try {
    const contact = $("contact").value.trim();
    const booked = await api("/api/v1/appointments", {
      method: "POST", timeoutMs: 20000,
      body: { servicePoint: sp, service: chosen.service, start: chosen.slot, contact: contact || undefined,
        device: deviceSecret(DEVICE) },
    });
    appointment.show(booked);
    history.pushState(null, "", `#${appointment.compact(booked.code)}`);
    Object.assign(chosen, { day: null, slot: null });
    step = "service";
    sending = false;
    render();
    $("booking").focus();
  } catch (e) {
    sending = false;
    if (!(e instanceof ApiError)) throw e;
    refused(e);
  }
}

/** A refusal of the booking: a time taken meanwhile or a bad contact goes back to the times. */
function refused(e) {
  const contact = e.errors.find((f) => f.field?.endsWith("contact"));
  if (e.code === "SLOT_FULL" || contact) {
    go("slot");
    if (contact) {
      $("contact-error").textContent = lang() === "en" ? contact.message : contact.messageTh || contact.message;
      $("contact").setAttribute("aria-invalid", "true");
    } else loadSlots();
  }
  render();
  problem(e);
}

/** /book/#CODE shows one appointment; without a code, the booking steps and the phone's appointments. */
async function route() {
  const code = location.hash.slice(1);
  error = code || sp ? null : "noPlace";
  render();
  if (code) {
    await appointment.open(code);
  } else {
    appointment.close();
    await appointment.renderMine();
  }
  render();
}

for (const button of document.querySelectorAll("button.back")) {
  button.addEventListener("click", () => go(STEPS[STEPS.indexOf(step) - 1]));
}
$("book").addEventListener("click", book);
appointment.init(t, problem);
languageSwitch($("lang"), t, () => {
  render();
  appointment.renderMine().then(render);
});
// a link of นัดหมายของฉัน, and the back button from a booking to the steps
window.addEventListener("hashchange", route);
loadReminders();
if (sp) loadServices();
route();
