// The kiosk: a citizen taps a service, says whether they belong to a priority group, and takes the printed ticket.
// Address: /kiosk/?sp={service point code}&key={KIOSK device key}[&reset={seconds the ticket stays on screen}]
//   [&idle={seconds without a touch before it goes back to the start, in Thai}]
// Every citizen starts in Thai: the English switch lasts until the ticket, the idle reset or a reload, and is never
// stored on the device.
import { api, ApiError, param } from "/common/api.js";
import { formatDate, formatTime, lang, languageSwitch, setLang, texts } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { closedNotice, openingNote } from "./hours.js";
import { DICT, PRIORITIES } from "./texts.js";
import { KioskSms } from "./sms.js";
import { KioskCheckIn } from "./checkin.js";

const REFRESH_MS = 15000;
const IDLE_MS = (Number(param("idle")) || 30) * 1000;
// a card lists its steps when this few services share the screen; more, and it gives their number and time only
const ROOMY = 4;
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
// the optional SMS step after the ticket (sms.js): its pad is a step of its own, left by the idle timer like any other
const sms = new KioskSms({
  offerSlot: $("sms-offer-slot"),
  step: $("step-sms"),
  open: () => {
    clearTimeout(resetTimer);
    show("step-sms");
    armIdle();
  },
  finish: () => start(),
});
// checking in a booked appointment (checkin.js): its ticket is shown and printed as any other
const checkIn = new KioskCheckIn({
  entrySlot: $("appointment-slot"),
  step: $("step-checkin"),
  path: `/api/v1/service-points/${encodeURIComponent(sp)}/check-ins`,
  key,
  timeoutMs: REQUEST_TIMEOUT_MS,
  open: () => {
    closeError();
    show("step-checkin");
    armIdle();
  },
  issued: (ticket) => present(ticket, ticket.priority),
  walkIn: () => start(false),
});

function other() {
  return lang() === "th" ? "en" : "th";
}

/** An error big and clear, in the page's language with the other one below. */
function showError(error) {
  const problem = error instanceof ApiError ? error : new ApiError(0, { detail: String(error.message || error), detailTh: String(error.message || error) });
  const [first, second] = problem.inBoth(lang());
  $("error-main").textContent = first;
  $("error-other").textContent = second ?? "";
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
  // the other language's name below: the Thai name stays on an English screen
  $("place-en").textContent = place ? (lang() === "th" ? place.nameEn || "" : place.name) : "";
  $("place-en").lang = other();
  document.title = `${t("kiosk")} · ${place ? place.name : ""}`;
}

function renderClock() {
  const now = new Date();
  $("today").textContent = formatDate(now);
  $("now").textContent = formatTime(now);
}

/** Closed and not issuing: the hours and the next opening instead of the services. */
function closed() {
  return place !== null && !place.openNow && !place.issueOutsideHours;
}

function renderServices() {
  const shut = closed();
  $("closed").hidden = !shut;
  if (shut) $("closed").replaceChildren(...closedNotice(place, t));
  const note = place && !place.openNow && !shut ? openingNote(place, t) : "";
  $("after-hours").textContent = note;
  $("after-hours").hidden = !note;
  $("no-services").hidden = shut || services.length > 0;
  $("services").hidden = shut;
  $("services").classList.toggle("roomy", services.length <= ROOMY);
  $("services").replaceChildren(...(shut ? [] : services.map(serviceButton)));
  checkIn.offer(services);
}

function serviceButton(service) {
  const english = lang() === "en";
  const name = english ? service.nameEn || service.name : service.name;
  const second = english ? service.name : service.nameEn;
  const [before, after] = t("waiting", { n: "\u0000" }).split("\u0000");
  const noCounter = service.openCounters === 0;
  return el("button", {
    type: "button",
    class: "service",
    disabled: busy,
    "aria-label": `${service.prefix} ${name}${second ? ` (${second})` : ""}, ${t("waiting", { n: service.waiting })}`
      + (noCounter ? `, ${t("noCounter")}` : ""),
    onclick: () => choose(service),
  },
  el("span", { class: "letter", "aria-hidden": "true" }, service.prefix),
  el("span", { class: "name" },
    name,
    second && el("span", { class: "name-en", lang: english ? "th" : "en" }, second),
    // the published standard (ITA indicator 6 item 2): how many steps and how long the service itself takes
    service.standardMinutes > 0
      && el("span", { class: "standard" }, t("standard", { steps: service.steps.length, n: service.standardMinutes })),
    el("span", { class: "steps" }, ...service.steps.map((step) => el("span", { class: "step" },
      `${step.position}. ${english ? step.titleEn || step.title : step.title}`,
      el("span", { class: "step-min" }, t("minutes", { n: step.standardMinutes })))))),
  el("span", { class: "load" },
    el("span", {}, before, el("strong", {}, String(service.waiting)), after),
    noCounter
      ? el("span", { class: "no-counter" }, el("strong", {}, t("noCounter")), el("span", {}, t("noCounterThen")))
      : el("span", { class: "estimate" },
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
  for (const id of ["step-service", "step-priority", "step-ticket", "step-sms", "step-checkin"]) {
    $(id).hidden = id !== step;
  }
  ticketShown = step === "step-ticket";
}

/** Back to the services; for the next citizen (newCitizen), in Thai. */
function start(newCitizen = true) {
  clearTimeout(idleTimer);
  clearTimeout(resetTimer);
  chosen = null;
  busy = false;
  sms.reset();
  checkIn.reset();
  show("step-service");
  if (newCitizen && lang() !== "th") setLang("th");
  renderServices();
  window.scrollTo(0, 0);
  armIdle();
}

/** Back to the start after IDLE_MS without a touch, unless the kiosk already waits there in Thai. */
function armIdle() {
  clearTimeout(idleTimer);
  if (busy || ticketShown || (lang() === "th" && !$("step-service").hidden)) return;
  idleTimer = setTimeout(() => start(), IDLE_MS);
}

function choose(service) {
  if (busy) return;
  closeError();
  chosen = service;
  renderPriorities();
  show("step-priority");
  armIdle();
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
    await present(ticket, priority);
  } catch (error) {
    start(false);
    showError(error);
  } finally {
    busy = false;
    refresh();
  }
}

/** A ticket just issued, by a service's button or an appointment's check-in: shown, printed, then the start again. */
async function present(ticket, priority) {
  await showTicket(ticket, priority);
  window.print();
  clearTimeout(idleTimer);
  resetTimer = setTimeout(() => start(), RESET_MS);
  // with SMS on offer the ticket stays twice as long, for the citizen to see the offer after taking the ticket
  sms.offer(ticket.trackingToken).then((offered) => {
    if (!offered || !ticketShown) return;
    clearTimeout(resetTimer);
    resetTimer = setTimeout(() => start(), 2 * RESET_MS);
  });
}

async function showTicket(ticket, priority) {
  $("t-place").textContent = place ? place.name : "";
  $("t-place-en").textContent = place ? place.nameEn || "" : "";
  $("t-number").textContent = ticket.number;
  $("t-service").textContent = ticket.serviceNameEn ? `${ticket.serviceName} · ${ticket.serviceNameEn}` : ticket.serviceName;
  const group = PRIORITIES.find((p) => p.code === priority);
  $("t-priority").textContent = priority === "NORMAL" || !group ? "" : `${group.th} · ${group.en}`;
  // with no counter open nobody is called yet: not "next", and no estimate
  const noCounter = ticket.openCounters === 0;
  $("t-ahead").textContent = ticket.waitingAhead > 0 ? `${ticket.waitingAhead} คิว · ${ticket.waitingAhead} ahead`
    : noCounter ? `${DICT.th.noCounter} · ${DICT.en.noCounter}` : "ท่านเป็นคิวถัดไป · You are next";
  $("t-wait").textContent = noCounter ? `${DICT.th.calledWhenOpen} · ${DICT.en.calledWhenOpen}`
    : ticket.waitingAhead > 0 ? `ประมาณ ${ticket.estimatedWaitMinutes} นาที · about ${ticket.estimatedWaitMinutes} min` : "–";
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
    const [list, all] = await Promise.all([
      api(`/api/v1/service-points/${encodeURIComponent(sp)}/services`, { timeoutMs: REQUEST_TIMEOUT_MS }),
      api("/api/v1/service-points", { timeoutMs: REQUEST_TIMEOUT_MS }), // open now or not
    ]);
    services = list;
    place = all.find((p) => p.code === sp) || place;
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
  sms.render();
  checkIn.render();
  if (!$("kiosk-error").hidden) closeError();
  armIdle();
}, { remember: false });
for (const kind of ["pointerdown", "keydown"]) document.addEventListener(kind, armIdle, true);
$("back").addEventListener("click", () => start(false));
$("done").addEventListener("click", () => start());
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
