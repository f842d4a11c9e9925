// One appointment as its citizen sees it (/book/#CODE: status, code, QR, time, place, what to do) with cancelling,
// and the list of the appointments this phone booked or opened (นัดหมายของฉัน). The code is the only key to a
// booking, so the phone keeps the codes, newest first.
import { api, ApiError } from "/common/api.js";
import { el } from "/common/dom.js";
import { formatDate, formatTime, lang } from "/common/i18n.js";
import { store, stored } from "/common/storage.js";

const CODES = "servicepoint.bookings";
const KEEP = 10;
const $ = (id) => document.getElementById(id);

let t = (key) => key;
let problem = () => {};
let current = null; // the appointment shown
let sending = false;
let reminders = null; // the service's reminder offer, once loaded

/** The code as the API and the page's address take it: no dashes, upper case. */
export const compact = (code) => code.replace(/[^0-9A-Za-z]/g, "").toUpperCase();

const name = (view, field) => (lang() === "en" ? view[`${field}En`] || view[field] : view[field]);

function codes() {
  try {
    const list = JSON.parse(stored(CODES) || "[]");
    return Array.isArray(list) ? list.filter((c) => typeof c === "string") : [];
  } catch {
    return [];
  }
}

function remember(code) {
  store(CODES, JSON.stringify([code, ...codes().filter((c) => c !== code)].slice(0, KEEP)));
}

function forget(code) {
  store(CODES, JSON.stringify(codes().filter((c) => c !== code)));
}

/** t: the page's translator; onProblem(error): shows an API refusal in the page's alert. */
export function init(translate, onProblem) {
  t = translate;
  problem = onProblem;
  $("cancel").addEventListener("click", () => ask(true));
  $("cancel-no").addEventListener("click", () => {
    ask(false);
    $("cancel").focus();
  });
  $("cancel-yes").addEventListener("click", cancel);
}

/** "วันจันทร์ที่ 8 ธันวาคม 2569 เวลา 09:00–09:30 น." */
export function when(start, end) {
  return t("whenValue", { date: formatDate(start, { long: true, weekday: true }), from: formatTime(start),
    to: formatTime(end) });
}

function note(view) {
  switch (view.status) {
    case "BOOKED": return t("todo", { from: formatTime(view.checkInFrom), until: formatTime(view.checkInUntil) });
    case "CHECKED_IN": return t("checkedIn", { number: view.ticketNumber });
    case "CANCELLED": return t("cancelled");
    default: return t("missed");
  }
}

/** The service's reminder offer (GET /api/v1/appointment-reminders): whether the LINE button is shown. */
export function offerReminders(offer) {
  reminders = offer;
  render();
}

/** LINE's link that opens a chat with the account, the text typed in for the citizen to send. */
function lineChat(basicId, text) {
  return `https://line.me/R/oaMessage/${encodeURIComponent(basicId)}/?${encodeURIComponent(text)}`;
}

/** Draws the appointment shown (again, after a language switch). */
export function render() {
  const view = current;
  $("booking").hidden = !view;
  if (!view) return;
  const booked = view.status === "BOOKED";
  $("code").replaceChildren(...view.code.split("-").map((group, i) => el("span", { class: "group" },
    i > 0 ? "-" : "", group)));
  $("qr").hidden = !booked;
  $("qr").alt = t("qr", { code: view.code });
  if (booked && $("qr").getAttribute("src") !== view.qrSvgUrl) $("qr").src = view.qrSvgUrl;
  $("b-status").textContent = view.ticketNumber ? `${t(view.status)} · ${t("ticket")} ${view.ticketNumber}`
    : t(view.status);
  $("b-when").textContent = when(view.start, view.end);
  $("b-place").textContent = name(view, "servicePointName");
  $("b-service").textContent = `${view.service} · ${name(view, "serviceName")}`;
  $("b-note").textContent = note(view);
  $("b-keep").hidden = !booked;
  const line = booked && Boolean(reminders?.lineBasicId) && new Date(view.start) > new Date();
  $("b-line").hidden = !line;
  $("b-line-help").hidden = !line;
  if (line) $("b-line").href = lineChat(reminders.lineBasicId, `เตือนนัดหมาย ${view.code}`);
  $("cancel").hidden = !booked || new Date(view.start) <= new Date() || !$("cancel-ask").hidden;
  $("cancel-yes").disabled = sending;
  $("again").href = `/book/?sp=${encodeURIComponent(view.servicePoint)}`;
}

/** Shows an appointment the page has in hand (just booked), and keeps its code. */
export function show(view) {
  current = view;
  remember(compact(view.code));
  ask(false);
}

/** Reads an appointment by its code and shows it; an unknown code is forgotten and its refusal shown. */
export async function open(code) {
  try {
    show(await api(`/api/v1/appointments/${encodeURIComponent(code)}`, { timeoutMs: 20000 }));
    $("booking").focus();
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (e.status === 404) forget(compact(code));
    current = null;
    render();
    problem(e);
  }
}

export function close() {
  current = null;
  ask(false);
}

function ask(asking) {
  $("cancel-ask").hidden = !asking;
  render();
  if (asking) $("cancel-yes").focus();
}

async function cancel() {
  if (sending || !current) return;
  sending = true;
  render();
  try {
    current = await api(`/api/v1/appointments/${encodeURIComponent(compact(current.code))}/cancel`, {
      method: "POST", timeoutMs: 20000,
    });
    problem(null);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    problem(e);
  } finally {
    sending = false;
    $("cancel-ask").hidden = true;
    render();
  }
  $("booking").focus();
}

/** นัดหมายของฉัน: each kept code with its day, time, service and status, as a link that opens it. */
export async function renderMine() {
  const kept = codes();
  const views = await Promise.all(kept.map((code) => api(`/api/v1/appointments/${encodeURIComponent(code)}`)
    .catch((e) => {
      if (e instanceof ApiError && e.status === 404) forget(code);
      return null;
    })));
  const items = views.filter(Boolean).map((view) => el("li", {},
    el("a", { href: `#${compact(view.code)}` },
      el("strong", { class: "mine-code" }, view.code),
      el("span", {}, t("mineItem", { date: formatDate(view.start, { weekday: true }), time: formatTime(view.start),
        service: name(view, "serviceName"), status: t(view.status) })))));
  $("mine-list").replaceChildren(...items);
  return items.length > 0;
}
