// A citizen joins a service's queue from their phone before coming in: choose a service (with how many wait and
// the estimate), confirm, then follow the ticket on the ticket page. ?sp=pao-hq names the service point.
// The phone keeps a random device secret (one active remote ticket per device) and the last ticket's token.
import { api, ApiError, param } from "/common/api.js";
import { el } from "/common/dom.js";
import { deviceSecret, store, stored } from "/common/storage.js";
import { formatDateTime, lang, languageSwitch, texts } from "/common/i18n.js";
import { TEXTS } from "./texts.js";

const t = texts(TEXTS);
const $ = (id) => document.getElementById(id);
const DEVICE = "servicepoint.joinDevice";
const TICKET = "servicepoint.joinTicket";
const REFRESH_MS = 60000;
const sp = param("sp");

let services = null; // the API's list, or null while loading
let place = null; // the service point, for its name
let chosen = null; // the prefix chosen
let step = "choose"; // choose | confirm
let error = null; // a key of this page's texts, or an ApiError
let sending = false;
let held = null; // the public status of the ticket this phone holds

/** The phone's device secret: one active remote ticket per device. */
const device = () => deviceSecret(DEVICE);

function message(value) {
  if (!value) return "";
  return value instanceof ApiError ? value.text(lang()) : t(value);
}

const name = (thing) => (lang() === "en" ? thing.nameEn || thing.name : thing.name);
const hhmm = (time) => (time || "").slice(0, 5);

/** Why a service cannot be chosen now, or null when it can. */
function why(s) {
  if (!s.openNow) {
    const values = { from: hhmm(s.opensAt), to: hhmm(s.closesAt), at: formatDateTime(s.nextOpening) };
    return t(s.nextOpening ? "closedNext" : "closed", values);
  }
  return s.placesLeft <= 0 ? t("taken") : null;
}

function queueText(s) {
  if (s.openCounters === 0) return t("noCounter", { n: s.waiting });
  return s.waiting === 0 ? t("queueNone") : t("queue", { n: s.waiting, m: s.estimatedWaitMinutes });
}

function choice(s) {
  const reason = why(s);
  const id = `service-${s.prefix}`;
  return el("label", { class: "choice", for: id },
    el("input", { type: "radio", name: "service", id, value: s.prefix, disabled: reason !== null,
      checked: chosen === s.prefix, "aria-describedby": `${id}-queue ${id}-why` }),
    el("span", {},
      el("strong", {}, `${s.prefix} · ${name(s)}`),
      el("span", { class: "queue", id: `${id}-queue` }, queueText(s),
        reason === null ? ` · ${t("placesLeft", { n: s.placesLeft })}` : ""),
      el("span", { class: "why", id: `${id}-why` }, reason ?? "")));
}

function render() {
  $("where").textContent = sp ? t("at", { name: place ? name(place) : sp }) : "";
  $("error").textContent = message(error);
  $("held").hidden = !held;
  if (held) {
    $("held-text").textContent = t("held", { number: held.number });
    $("held-link").href = `/ticket/?t=${encodeURIComponent(stored(TICKET) || "")}`;
  }
  const list = services || [];
  $("choose").hidden = !sp || services === null || step !== "choose";
  $("confirm").hidden = step !== "confirm";
  $("none").hidden = list.length > 0;
  $("choose-form").hidden = list.length === 0;
  $("service-list").replaceChildren(...list.map(choice));
  const current = list.find((s) => s.prefix === chosen);
  if (step === "confirm" && current) {
    $("confirm-service").textContent = `${current.prefix} · ${name(current)}`;
    $("confirm-waiting").textContent = t("waitingN", { n: current.waiting });
    $("confirm-estimate").textContent = current.openCounters === 0 ? t("noCounter", { n: current.waiting })
      : t("minutes", { n: current.estimatedWaitMinutes });
  }
  $("join").disabled = sending;
  $("join").textContent = t(sending ? "joining" : "join");
}

async function load() {
  try {
    services = await api(`/api/v1/service-points/${encodeURIComponent(sp)}/remote-join`, { timeoutMs: 20000 });
    if (chosen && !services.some((s) => s.prefix === chosen && why(s) === null)) chosen = null;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    error = e; // an unknown service point: its message alone, no empty list under it
  }
  render();
}

async function loadPlace() {
  try {
    place = (await api("/api/v1/service-points")).find((p) => p.code === sp) ?? null;
    render();
  } catch {
    // the code alone still says where
  }
}

/** The ticket this phone joined with last, while it is still one the citizen may be served on. */
async function loadHeld() {
  const token = stored(TICKET);
  if (!token) return;
  try {
    const status = await api(`/api/v1/tickets/${encodeURIComponent(token)}`);
    held = ["WAITING", "CALLED", "NO_SHOW"].includes(status.status) ? status : null;
    if (!held && status.status !== "SERVING") store(TICKET, null);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) store(TICKET, null);
    held = null;
  }
  render();
}

function next(event) {
  event.preventDefault();
  const picked = document.querySelector("input[name=service]:checked");
  error = null;
  if (!picked) {
    $("choose-error").textContent = t("chooseFirst");
    $("services").setAttribute("aria-invalid", "true");
    document.querySelector("input[name=service]:not(:disabled)")?.focus();
    return;
  }
  $("choose-error").textContent = "";
  $("services").removeAttribute("aria-invalid");
  chosen = picked.value;
  step = "confirm";
  render();
  $("confirm").focus();
}

async function join() {
  if (sending) return;
  sending = true;
  error = null;
  render();
  try {
    const ticket = await api(`/api/v1/service-points/${encodeURIComponent(sp)}/remote-join/tickets`, {
      method: "POST", body: { service: chosen, device: device() }, timeoutMs: 20000,
    });
    store(TICKET, ticket.trackingToken);
    location.assign(`/ticket/?t=${encodeURIComponent(ticket.trackingToken)}`);
    return;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    error = e;
    step = "choose";
    if (e.code === "REMOTE_TICKET_HELD") await loadHeld();
    await load();
  } finally {
    sending = false;
    render();
  }
  $("error").focus();
}

$("choose-form").addEventListener("submit", next);
$("choose-form").addEventListener("change", () => {
  chosen = document.querySelector("input[name=service]:checked")?.value ?? chosen;
});
$("join").addEventListener("click", join);
$("back").addEventListener("click", () => {
  step = "choose";
  render();
  document.querySelector("input[name=service]:checked")?.focus();
});
languageSwitch($("lang"), t, render);
if (sp) {
  load();
  loadPlace();
  loadHeld();
  // the queue moves while the citizen decides: refresh the list while it is shown
  setInterval(() => {
    if (step === "choose" && !sending && !document.hidden) load();
  }, REFRESH_MS);
} else {
  error = "noPlace";
}
render();
