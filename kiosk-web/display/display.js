// The lobby display: now serving per counter, the latest calls, waiting per service, the published steps, and every
// call spoken in Thai through a queue so that one announcement never cuts another off. Each list shows what fits on
// the screen (fit.js): the latest calls, and the counters and services a page at a time.
// Address: /display/?sp={service point code}&key={DISPLAY device key}
import { api, param } from "/common/api.js";
import { el } from "/common/dom.js";
import { formatDate, formatTime } from "/common/i18n.js";
import { LiveFeed } from "/common/live.js";
import { Announcer, callText } from "./announcer.js";
import { fit, Pages } from "./fit.js";

const STEPS_EVERY_MS = 12000;
const SERVICES_EVERY_MS = 5 * 60000;
const PAGE_EVERY_MS = 10000;
const FRESH_MS = 10000;
/** Calls kept: more than any screen shows; the list shows the latest that fit. */
const KEPT_CALLS = 20;
/** Calls older than this when they reach the screen (made while it was offline) are shown but not spoken. */
const SPEAK_WITHIN_MS = 120000;

const sp = param("sp");
const key = param("key");
const $ = (id) => document.getElementById(id);

const counters = new Map(); // number → CounterState
const queues = new Map(); // prefix → ServiceQueue
let calls = []; // newest first: {number, counter, at, channel}
let published = []; // /services, for the steps panel
let stepIndex = 0;
let stepFrom = 0; // the first step shown of a service whose steps take more than one turn
let stepEnd = 0;
let freshCounter = null;
let freshTimer;

const announcer = new Announcer({
  region: $("announcement"),
  log: $("announcements"),
  button: $("sound"),
  clips: new URL("audio/", import.meta.url).href,
});

const counterPages = new Pages($("counter-list"), $("counters-page"));
const waitingPages = new Pages($("waiting-list"), $("waiting-page"));

const STATES = {
  connecting: "กำลังเชื่อมต่อ · Connecting",
  live: "ออนไลน์ · Live",
  offline: "ขาดการเชื่อมต่อ กำลังเชื่อมต่อใหม่ · Offline, reconnecting",
  refused: "ถูกปฏิเสธ · Refused",
};

function renderClock() {
  const now = new Date();
  $("today").textContent = formatDate(now);
  $("now").textContent = formatTime(now);
}

/** The tickets the hall is told about: Thai, and English where there is room. */
const TAGS = {
  APPOINTMENT: ["นัดหมาย", "Appointment"],
  REMOTE: ["จองออนไลน์", "Joined online"],
};

/**
 * The tag of a ticket checked in for a booked time, or taken from a phone, so the hall sees why it is called before
 * tickets taken earlier, or why its citizen may not be in the hall yet; with a space on the side of the text it stands
 * by, and none for a ticket from the kiosk or the counter. In Thai, the hall's language; the latest call, which has
 * the room, says it in English too.
 */
function channelTag(ticket, { english = false, before = false } = {}) {
  const words = TAGS[ticket?.channel];
  if (!words) return [];
  const tag = el("span", { class: "tag" }, words[0], ...(english ? [" · ", el("span", { lang: "en" }, words[1])] : []));
  return before ? [tag, " "] : [" ", tag];
}

function renderCalls() {
  const latest = calls[0];
  $("latest-call").textContent = latest ? latest.number : "–";
  $("latest-tag").replaceChildren(...channelTag(latest, { english: true }));
  $("latest-counter").replaceChildren(...(latest && latest.counter != null
    ? [`ช่องบริการ ${latest.counter}`, el("span", { lang: "en" }, `Counter ${latest.counter}`)] : []));
  $("calls").replaceChildren(...calls.slice(1).map((call) => el("li", {},
    el("span", {}, call.number, ...channelTag(call)),
    el("span", { class: "to" }, call.counter != null ? `ช่อง ${call.counter}` : ""))));
}

/** A counter's name without its number ("ช่อง 2 การเงิน" → "การเงิน"): the number is shown big beside it. */
function about(counter) {
  return (counter.name || "").replace(new RegExp(`^\\s*ช่อง(บริการ)?\\s*${counter.number}(?!\\d)\\s*`), "").trim();
}

function renderCounters() {
  $("counter-list").replaceChildren(...[...counters.values()].sort((a, b) => a.number - b.number).map((counter) =>
    el("li", { class: "counter" + (counter.number === freshCounter ? " fresh" : ""), dataset: { status: counter.status } },
      el("span", { class: "name" }, `ช่อง ${counter.number}`),
      el("span", { class: "about line" }, ...channelTag(counter.serving, { before: true }),
        el("span", { lang: "en" }, `Counter ${counter.number}`),
        ...(about(counter) ? [` · ${about(counter)}`] : [])),
      el("strong", { class: "serving" }, ...serving(counter)))));
}

function serving(counter) {
  if (counter.serving) return [counter.serving.number];
  if (counter.status === "CLOSED") return ["ปิด", el("br"), el("span", { lang: "en" }, "Closed")];
  if (counter.status === "PAUSED") return ["พักชั่วคราว", el("br"), el("span", { lang: "en" }, "Paused")];
  return ["–"];
}

function renderWaiting() {
  $("waiting-list").replaceChildren(...[...queues.values()].map((queue) => el("li", {},
    el("span", { class: "prefix" }, queue.prefix),
    el("span", { class: "name line" }, queue.name),
    el("span", { class: "wait" }, queue.waiting > 0 ? `≈ ${queue.estimatedWaitMinutes} นาที · min` : "ไม่ต้องรอ · no wait"),
    el("strong", {}, String(queue.waiting)))));
}

/** One service's published steps; those that do not fit this turn are shown on the next. */
function renderSteps() {
  const body = $("steps-body");
  if (published.length === 0) {
    body.replaceChildren();
    return;
  }
  const service = published[stepIndex % published.length];
  const list = el("ol", { class: "fit", id: "steps-list", start: stepFrom + 1 }, ...service.steps.slice(stepFrom).map((step) =>
    el("li", {}, step.title, el("span", {}, ` — ${step.standardMinutes} นาที · min`))));
  body.replaceChildren(
    el("p", { class: "service-name line" }, `${service.prefix} · ${service.name}`),
    el("p", { class: "line", lang: "en" }, [service.nameEn, service.division].filter(Boolean).join(" · ")),
    list,
    el("p", { class: "total" }, `รวม ${service.standardMinutes} นาที · total ${service.standardMinutes} min`));
  layout();
}

function turnSteps() {
  const service = published[stepIndex % published.length];
  if (service && stepFrom < stepEnd && stepEnd < service.steps.length) {
    stepFrom = stepEnd;
  } else {
    stepIndex += 1;
    stepFrom = 0;
  }
  renderSteps();
}

/**
 * Fits every list to its panel again. Any change can move the panels (more counters take room from the waiting
 * counts and the steps below them), so all are fitted after each, the counters first.
 */
function layout() {
  counterPages.show();
  waitingPages.show();
  const steps = $("steps-list");
  stepEnd = steps ? stepFrom + fit(steps) : 0;
  fit($("calls"));
}

function highlight(counterNumber) {
  freshCounter = counterNumber;
  const latest = $("latest");
  latest.classList.remove("fresh");
  void latest.offsetWidth; // restart the flash
  latest.classList.add("fresh");
  clearTimeout(freshTimer);
  freshTimer = setTimeout(() => {
    freshCounter = null;
    latest.classList.remove("fresh");
    renderCounters();
    layout();
  }, FRESH_MS);
}

function onSnapshot(msg) {
  counters.clear();
  for (const counter of msg.counters || []) counters.set(counter.number, counter);
  queues.clear();
  for (const queue of msg.services || []) queues.set(queue.prefix, queue);
  calls = (msg.recentCalls || []).filter((call) => call.counter != null || call.number)
    .map((call) => ({ number: call.number, counter: call.counter, at: call.calledAt, channel: call.channel }));
  renderCalls();
  renderCounters();
  renderWaiting();
  layout();
}

function onEvent(msg) {
  if (msg.counter) counters.set(msg.counter.number, msg.counter);
  for (const queue of msg.queues || []) queues.set(queue.prefix, queue);
  if ((msg.type === "called" || msg.type === "recalled") && msg.ticket && msg.counter) {
    const call = { number: msg.ticket.number, counter: msg.counter.number, at: msg.at, channel: msg.ticket.channel };
    calls = [call, ...calls.filter((c) => !(c.number === call.number && c.counter === call.counter))].slice(0, KEPT_CALLS);
    highlight(call.counter);
    if (Date.now() - Date.parse(msg.at) < SPEAK_WITHIN_MS) announcer.say(callText(call.number, call.counter), call);
  }
  renderCalls();
  renderCounters();
  renderWaiting();
  layout();
}

function onStatus(state, detail) {
  const connection = $("connection");
  connection.dataset.state = state;
  connection.textContent = STATES[state] || state;
  if (state === "refused") {
    $("refusal-th").textContent = detail?.detailTh || "จอนี้ไม่ได้รับอนุญาตให้แสดงคิวของจุดบริการนี้ กรุณาติดต่อผู้ดูแลระบบ";
    $("refusal-en").textContent = detail?.detail || "This screen may not show this service point's queue; ask the administrator.";
    $("refusal").hidden = false;
  } else if (state === "live") {
    $("refusal").hidden = true;
  }
}

async function loadPlace() {
  try {
    const place = (await api("/api/v1/service-points")).find((p) => p.code === sp);
    if (place) {
      $("place").textContent = place.name;
      $("place-en").textContent = place.nameEn || "";
      document.title = `${place.name} · จอแสดงผลห้องโถง`;
    }
  } catch {
    // the board works without the name; the connection badge tells about the network
  }
}

async function loadServices() {
  try {
    published = await api(`/api/v1/service-points/${encodeURIComponent(sp)}/services`);
    renderSteps();
  } catch {
    // keep the steps shown before; tried again later
  }
}

renderClock();
setInterval(renderClock, 10000);
if (!sp || !key) {
  onStatus("refused", {
    detailTh: "จอนี้ยังไม่ได้ตั้งค่า: ที่อยู่ต้องมี ?sp=รหัสจุดบริการ&key=กุญแจจอแสดงผล",
    detail: "This display is not set up: its address needs ?sp=service point&key=display key",
  });
} else {
  loadPlace();
  loadServices();
  setInterval(loadServices, SERVICES_EVERY_MS);
  setInterval(turnSteps, STEPS_EVERY_MS);
  setInterval(() => {
    counterPages.turn();
    waitingPages.turn();
    layout();
  }, PAGE_EVERY_MS);
  // the board changes size with the screen, and with the bar above it (the staff's sound button, a long name)
  new ResizeObserver(() => layout()).observe($("board"));
  document.fonts?.ready.then(layout);
  new LiveFeed(`/ws/v1/service-points/${encodeURIComponent(sp)}/display?key=${encodeURIComponent(key)}`,
    { onSnapshot, onEvent, onStatus }, { consecutive: true }).start();
}
