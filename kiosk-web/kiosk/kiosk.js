// The kiosk: a citizen taps a service, says whether they belong to a priority group, and takes the printed ticket.
// Address: /kiosk/?sp={service point code}&key={KIOSK device key}[&reset={seconds the ticket stays on screen}]
import { api, ApiError, param } from "/common/api.js";
import { formatDate, formatTime, lang, languageSwitch, texts } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { DICT, PRIORITIES } from "./texts.js";

const REFRESH_MS = 15000;
const IDLE_MS = 30000;
const RESET_MS = (Number(param("reset")) || 10) * 1000;
const QR_WAIT_MS = 4000;
// no answer within this is the network being down: on a connection that died without a word (Wi-Fi) a request would
// otherwise wait for minutes, and the kiosk with it
const REQUEST_TIMEOUT_MS = 10000;

const t = texts(DICT);

const sp = param("sp");
const key = param("key");
const $ = (id) => document.getElementById(id);
let place = null;
let services = [];
let chosen = null;
let busy = false;
let ticketShown = false;
let idleTimer;
let resetTimer;
let errorTimer;

function other() {
  return lang() === "th" ? "en" : "th";
}

/** An error big and clear, in the page's language with the other one below. */
function showError(error) {
  const problem = error instanceof ApiError ? error : new ApiError(0, { detail: String(error.message || error), detailTh: String(error.message || error) });
  $("error-main").textContent = problem.text(lang());
  const second = problem.text(other());
  $("error-other").textContent = second === $("error-main").textContent ? "" : second;
  $("error-other").lang = other();
  $("kiosk-error").hidden = false;
  clearTimeout(errorTimer);
  errorTimer = setTimeout(closeError, 20000);
}

function closeError() {
  clearTimeout(errorTimer);
  $("kiosk-error").hidden = true;
}

/** A message of this page in both languages, shown like the API's problems. */
function localError(name, values = {}) {
  const fill = (text) => text.replace(/\{(\w+)\}/g, (_, v) => values[v] ?? "");
  return new ApiError(0, { code: name, detail: fill(DICT.en[name]), detailTh: fill(DICT.th[name]) });
}

function renderPlace() {
  $("place").textContent = place ? (lang() === "en" ? place.nameEn || place.name : place.name) : t("kiosk");
  $("place-en").textContent = place && lang() === "th" ? place.nameEn || "" : "";
  document.title = `${t("kiosk")} · ${place ? place.name : ""}`;
}

function renderClock() {
  const now = new Date();
  $("today").textContent = formatDate(now);
  $("now").textContent = formatTime(now);
}

function renderServices() {
  $("no-services").hidden = services.length > 0;
  $("services").replaceChildren(...services.map(serviceButton));
}

function serviceButton(service) {
  const name = lang() === "en" ? service.nameEn || service.name : service.name;
  const [before, after] = t("waiting", { n: "\u0000" }).split("\u0000");
  return el("button", {
    type: "button",
    class: "service",
    disabled: busy,
    "aria-label": `${service.prefix} ${name}, ${t("waiting", { n: service.waiting })}`,
    onclick: () => choose(service),
  },
  el("span", { class: "letter", "aria-hidden": "true" }, service.prefix),
  el("span", { class: "name" },
    name,
    lang() === "th" && service.nameEn && el("span", { class: "name-en", lang: "en" }, service.nameEn),
    // the published standard (ITA indicator 6 item 2): how many steps and how long the service itself takes
    service.standardMinutes > 0
      && el("span", { class: "standard" }, t("standard", { steps: service.steps.length, n: service.standardMinutes }))),
  el("span", { class: "load" },
    el("span", {}, before, el("strong", {}, String(service.waiting)), after),
    el("span", { class: "estimate" },
      service.waiting > 0 ? t("estimate", { n: service.estimatedWaitMinutes }) : t("noWait"))));
}

function renderPriorities() {
  $("priorities").replaceChildren(...PRIORITIES.map((priority) => el("button", {
    type: "button",
    class: `priority ${priority.code.toLowerCase()}`,
    disabled: busy,
    onclick: () => issue(priority.code),
  },
  el("span", {}, lang() === "en" ? priority.en : priority.th),
  el("span", { class: "en", lang: other() }, lang() === "en" ? priority.th : priority.en))));
  if (chosen) {
    $("chosen-service").textContent = `${chosen.prefix} · ${lang() === "en" ? chosen.nameEn || chosen.name : chosen.name}`;
  }
}

function show(step) {
  for (const id of ["step-service", "step-priority", "step-ticket"]) $(id).hidden = id !== step;
  ticketShown = step === "step-ticket";
}

function start() {
  clearTimeout(idleTimer);
  clearTimeout(resetTimer);
  chosen = null;
  busy = false;
  show("step-service");
  renderServices();
  window.scrollTo(0, 0);
}

function choose(service) {
  if (busy) return;
  closeError();
  chosen = service;
  renderPriorities();
  show("step-priority");
  clearTimeout(idleTimer);
  idleTimer = setTimeout(start, IDLE_MS);
}

async function issue(priority) {
  if (busy || !chosen) return; // a second tap must not print a second ticket
  busy = true;
  clearTimeout(idleTimer);
  renderPriorities();
  try {
    const ticket = await api(`/api/v1/service-points/${encodeURIComponent(sp)}/tickets`, {
      method: "POST",
      deviceKey: key,
      body: { service: chosen.prefix, priority },
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
    await showTicket(ticket, priority);
    window.print();
    resetTimer = setTimeout(start, RESET_MS);
  } catch (error) {
    start();
    showError(error);
  } finally {
    busy = false;
    refresh();
  }
}

async function showTicket(ticket, priority) {
  $("t-place").textContent = place ? place.name : "";
  $("t-place-en").textContent = place ? place.nameEn || "" : "";
  $("t-number").textContent = ticket.number;
  $("t-service").textContent = ticket.serviceNameEn ? `${ticket.serviceName} · ${ticket.serviceNameEn}` : ticket.serviceName;
  const group = PRIORITIES.find((p) => p.code === priority);
  $("t-priority").textContent = priority === "NORMAL" || !group ? "" : `${group.th} · ${group.en}`;
  $("t-ahead").textContent = ticket.waitingAhead > 0
    ? `${ticket.waitingAhead} คิว · ${ticket.waitingAhead} ahead` : "ท่านเป็นคิวถัดไป · You are next";
  $("t-wait").textContent = ticket.waitingAhead > 0
    ? `ประมาณ ${ticket.estimatedWaitMinutes} นาที · about ${ticket.estimatedWaitMinutes} min` : "–";
  $("t-when").textContent = `${formatDate(ticket.issuedAt, { long: true })} ${formatTime(ticket.issuedAt)}`;
  const qr = $("t-qr");
  const loaded = new Promise((resolve) => {
    qr.onload = resolve;
    qr.onerror = resolve; // the number still prints; the citizen can ask at the counter
    setTimeout(resolve, QR_WAIT_MS);
  });
  qr.src = `/api/v1/tickets/${encodeURIComponent(ticket.trackingToken)}/qr.svg`;
  show("step-ticket");
  await loaded;
}

async function refresh() {
  if (!sp) return;
  try {
    services = await api(`/api/v1/service-points/${encodeURIComponent(sp)}/services`, { timeoutMs: REQUEST_TIMEOUT_MS });
    $("offline").hidden = true;
    if (!ticketShown && !busy) {
      if (chosen && !services.some((s) => s.prefix === chosen.prefix)) start();
      else renderServices();
    }
  } catch (error) {
    $("offline").hidden = false;
    if (services.length === 0 && !ticketShown) showError(error);
  }
}

async function loadPlace() {
  try {
    const all = await api("/api/v1/service-points", { timeoutMs: REQUEST_TIMEOUT_MS });
    place = all.find((p) => p.code === sp) || null;
    if (!place) showError(localError("noPlace", { sp }));
  } catch (error) {
    showError(error);
  }
  renderPlace();
}

languageSwitch($("lang"), t, () => {
  renderPlace();
  renderClock();
  renderServices();
  if (chosen) renderPriorities();
  if (!$("kiosk-error").hidden) closeError();
});
$("back").addEventListener("click", start);
$("done").addEventListener("click", start);
$("error-close").addEventListener("click", closeError);
renderClock();
setInterval(renderClock, 10000);
if (!sp || !key) {
  renderPlace();
  showError(localError("setup"));
} else {
  loadPlace();
  refresh();
  setInterval(() => {
    if (!ticketShown && !busy) refresh();
  }, REFRESH_MS);
}
