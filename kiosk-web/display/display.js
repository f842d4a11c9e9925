// The lobby display: now serving per counter, the latest calls, waiting per service, the published steps, and every
// call spoken in Thai through a queue so that one announcement never cuts another off.
// Address: /display/?sp={service point code}&key={DISPLAY device key}
import { api, param } from "/common/api.js";
import { el } from "/common/dom.js";
import { formatDate, formatTime } from "/common/i18n.js";
import { LiveFeed } from "/common/live.js";
import { Announcer, callText } from "./announcer.js";

const STEPS_EVERY_MS = 12000;
const SERVICES_EVERY_MS = 5 * 60000;
const FRESH_MS = 10000;
const SHOWN_CALLS = 6;
/** Calls older than this when they reach the screen (made while it was offline) are shown but not spoken. */
const SPEAK_WITHIN_MS = 120000;

const sp = param("sp");
const key = param("key");
const $ = (id) => document.getElementById(id);

const counters = new Map(); // number → CounterState
const queues = new Map(); // prefix → ServiceQueue
let calls = []; // newest first: {number, counter, at}
let published = []; // /services, for the steps panel
let stepIndex = 0;
let freshCounter = null;
let freshTimer;

const announcer = new Announcer({
  region: $("announcement"),
  log: $("announcements"),
  button: $("sound"),
  clips: new URL("audio/", import.meta.url).href,
});

const STATES = {
  connecting: "กำลังเชื่อมต่อ · Connecting",
  live: "ออนไลน์ · Live",
  offline: "ขาดการเชื่อมต่อ กำลังเชื่อมต่อใหม่ · Offline, reconnecting",
  refused: "ถูกปฏิเสธ · Refused",
};

function renderClock() {
  const now = new Date();
  $("today").textContent = formatDate(now, { long: true });
  $("now").textContent = formatTime(now);
}

function renderCalls() {
  const latest = calls[0];
  $("latest-call").textContent = latest ? latest.number : "–";
  $("latest-counter").replaceChildren(...(latest && latest.counter != null
    ? [`ช่องบริการ ${latest.counter} `, el("span", { lang: "en" }, `Counter ${latest.counter}`)] : []));
  $("calls").replaceChildren(...calls.slice(1, SHOWN_CALLS + 1).map((call) => el("li", {},
    el("span", {}, call.number),
    el("span", { class: "to" }, call.counter != null ? `ช่อง ${call.counter} · Counter ${call.counter}` : ""))));
}

function renderCounters() {
  $("counter-list").replaceChildren(...[...counters.values()].sort((a, b) => a.number - b.number).map((counter) =>
    el("li", { class: "counter" + (counter.number === freshCounter ? " fresh" : ""), dataset: { status: counter.status } },
      el("span", { class: "label" }, `${counter.name || "ช่อง " + counter.number} · Counter ${counter.number}`),
      el("strong", { class: "serving" }, serving(counter)))));
}

function serving(counter) {
  if (counter.serving) return counter.serving.number;
  if (counter.status === "CLOSED") return "ปิด · Closed";
  if (counter.status === "PAUSED") return "พักชั่วคราว · Paused";
  return "–";
}

function renderWaiting() {
  $("waiting-list").replaceChildren(...[...queues.values()].map((queue) => el("li", {},
    el("span", { class: "prefix" }, queue.prefix),
    el("span", {}, queue.name),
    el("span", { class: "count" },
      el("strong", {}, String(queue.waiting)),
      el("small", {}, queue.waiting > 0 ? `≈ ${queue.estimatedWaitMinutes} นาที · min` : "ไม่ต้องรอ · no wait")))));
}

function renderSteps() {
  const body = $("steps-body");
  if (published.length === 0) {
    body.replaceChildren();
    return;
  }
  const service = published[stepIndex % published.length];
  body.replaceChildren(
    el("p", { class: "service-name" }, `${service.prefix} · ${service.name}`),
    el("p", { lang: "en" }, [service.nameEn, service.division ? `${service.division}` : ""].filter(Boolean).join(" · ")),
    ...(service.steps.length > 0 ? [el("ol", {}, ...service.steps.map((step) =>
      el("li", {}, step.title, el("span", {}, ` — ${step.standardMinutes} นาที · min`))))] : []),
    el("p", { class: "total" }, `ระยะเวลามาตรฐานรวม ${service.standardMinutes} นาที · standard time ${service.standardMinutes} min`));
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
  }, FRESH_MS);
}

function onSnapshot(msg) {
  counters.clear();
  for (const counter of msg.counters || []) counters.set(counter.number, counter);
  queues.clear();
  for (const queue of msg.services || []) queues.set(queue.prefix, queue);
  calls = (msg.recentCalls || []).filter((call) => call.counter != null || call.number)
    .map((call) => ({ number: call.number, counter: call.counter, at: call.calledAt }));
  renderCalls();
  renderCounters();
  renderWaiting();
}

function onEvent(msg) {
  if (msg.counter) counters.set(msg.counter.number, msg.counter);
  for (const queue of msg.queues || []) queues.set(queue.prefix, queue);
  if ((msg.type === "called" || msg.type === "recalled") && msg.ticket && msg.counter) {
    const call = { number: msg.ticket.number, counter: msg.counter.number, at: msg.at };
    calls = [call, ...calls.filter((c) => !(c.number === call.number && c.counter === call.counter))].slice(0, 20);
    highlight(call.counter);
    if (Date.now() - Date.parse(msg.at) < SPEAK_WITHIN_MS) announcer.say(callText(call.number, call.counter), call);
  }
  renderCalls();
  renderCounters();
  renderWaiting();
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
  setInterval(() => {
    stepIndex += 1;
    renderSteps();
  }, STEPS_EVERY_MS);
  new LiveFeed(`/ws/v1/service-points/${encodeURIComponent(sp)}/display?key=${encodeURIComponent(key)}`,
    { onSnapshot, onEvent, onStatus }, { consecutive: true }).start();
}
