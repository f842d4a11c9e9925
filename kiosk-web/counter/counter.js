// The screen above a counter: the counter's number, the ticket it calls or serves, large, and after a completion
// the survey QR code for the citizen to scan. Live over /ws/v1/counters/{id}?key= (the key registered for this counter); it reconnects
// by itself and resumes with ?since= after a network drop or a server restart. Thai and English side by side: the
// screen is read by everyone at the counter and nobody touches it.

import { param } from "/common/api.js";
import { LiveFeed } from "/common/live.js";

/** How long the survey QR stays when no next call replaces it. */
const SURVEY_MS = 3 * 60 * 1000;
/** A refused screen (key revoked, counter removed) tries again this often, so a fix by the admin needs no visit. */
const REFUSED_RETRY_MS = 60 * 1000;

const CONNECTION = {
  connecting: "กำลังเชื่อมต่อ · Connecting",
  live: "ออนไลน์ · Live",
  offline: "ขาดการเชื่อมต่อ กำลังเชื่อมต่อใหม่ · Offline, reconnecting",
  refused: "ถูกปฏิเสธการเชื่อมต่อ · Refused",
};
const REFUSALS = {
  4400: ["ที่อยู่ของหน้าจอไม่ถูกต้อง (หมายเลขช่องบริการต้องเป็นตัวเลข)", "The screen's address is malformed (the counter must be a number)"],
  4401: ["ไม่มีกุญแจอุปกรณ์ หรือกุญแจไม่ถูกต้องหรือถูกยกเลิกแล้ว กรุณาติดต่อผู้ดูแลระบบ", "The device key is missing, unknown or deactivated; contact the administrator"],
  4403: ["กุญแจนี้ไม่ใช่กุญแจของจอแสดงผล หรือเป็นของจุดบริการอื่น", "This key is not a display key, or belongs to another service point"],
  4404: ["ไม่พบช่องบริการนี้ กรุณาตรวจสอบหมายเลขช่องในที่อยู่ของหน้าจอ", "This counter was not found; check the counter in the screen's address"],
};
const SERVING = {
  CALLED: ["เชิญหมายเลข", "Now calling"],
  SERVING: ["กำลังให้บริการ", "Now serving"],
};
const IDLE = {
  OPEN: ["พร้อมให้บริการ", "Ready"],
  PAUSED: ["พักชั่วคราว", "Paused"],
  CLOSED: ["ปิดให้บริการ", "Closed"],
};

const $ = (id) => document.getElementById(id);
const counterId = param("counter");
const key = param("key");
const state = { counter: null, survey: null, refused: null };
let surveyTimer = null;
let feed = null;

function pair([th, en]) {
  return `${th} · ${en}`;
}

function render() {
  const { counter, survey, refused } = state;
  $("counter-number").textContent = counter ? String(counter.number) : counterId && /^\d+$/.test(counterId) ? "" : "–";
  $("counter-name").textContent = counter?.name ?? "";
  $("refused").hidden = !refused;
  $("survey").hidden = !!refused || !survey;
  $("serving").hidden = !!refused || !!survey;
  if (refused) {
    $("refused-th").textContent = refused[0];
    $("refused-en").textContent = refused[1];
    return;
  }
  if (survey) {
    const img = $("survey-qr");
    const src = `/api/v1/survey-invitations/${encodeURIComponent(survey.token)}/qr.svg`;
    if (img.getAttribute("src") !== src) img.src = src;
    img.dataset.url = survey.url;
    $("survey-number").textContent = survey.number ? `บัตรคิว · Ticket ${survey.number}` : "";
    return;
  }
  const section = $("serving");
  const ticket = counter?.serving;
  section.dataset.status = ticket ? ticket.status : counter?.status ?? "";
  if (ticket) {
    $("serving-label").textContent = pair(SERVING[ticket.status] ?? SERVING.SERVING);
    $("serving-number").textContent = ticket.number;
    $("serving-note").textContent = ticket.status === "CALLED" ? pair(["กรุณาติดต่อที่ช่องนี้", "Please come to this counter"]) : "";
  } else {
    $("serving-label").textContent = counter ? pair(IDLE[counter.status] ?? IDLE.OPEN) : "";
    $("serving-number").textContent = "—";
    $("serving-note").textContent = "";
  }
}

function flash() {
  const section = $("serving");
  section.classList.remove("flash");
  void section.offsetWidth; // restart the animation for a recall of the same number
  section.classList.add("flash");
}

function showSurvey(url, number) {
  let token = null;
  try {
    token = new URL(url, location.href).searchParams.get("t");
  } catch {
    token = null;
  }
  if (!token) return;
  state.survey = { url, token, number };
  clearTimeout(surveyTimer);
  surveyTimer = setTimeout(hideSurvey, SURVEY_MS);
}

function hideSurvey() {
  clearTimeout(surveyTimer);
  state.survey = null;
}

function onSnapshot(msg) {
  state.refused = null;
  state.counter = msg.counter ?? state.counter;
  // a ticket at the counter now means the survey shown before belongs to a finished visit
  if (state.counter?.serving) hideSurvey();
  render();
}

function onEvent(msg) {
  if (msg.counter && String(msg.counter.id) === String(counterId)) state.counter = msg.counter;
  if (msg.type === "called") {
    hideSurvey();
    render();
    flash();
    return;
  }
  if (msg.type === "recalled") {
    render();
    flash();
    return;
  }
  if (msg.type === "completed" && msg.surveyUrl) showSurvey(msg.surveyUrl, msg.ticket?.number);
  render();
}

function onStatus(connection, detail) {
  const el = $("connection");
  el.dataset.state = connection;
  el.textContent = CONNECTION[connection] ?? connection;
  if (connection === "refused") {
    const known = REFUSALS[detail?.code];
    state.refused = [detail?.detailTh || known?.[0] || "หน้าจอนี้ถูกปฏิเสธการเชื่อมต่อ", detail?.detail || known?.[1] || "This screen was refused"];
    render();
    setTimeout(() => feed.start(), REFUSED_RETRY_MS);
  }
}

/**
 * A browser that knows it is offline drops the socket at once (an idle socket can otherwise look open for minutes)
 * and waits for the network instead of knocking at a closed door; back online it reconnects at once and resumes
 * with ?since= the last event it showed.
 */
function watchNetwork() {
  addEventListener("offline", () => {
    if (state.refused) return;
    feed.stop();
    onStatus("offline");
  });
  addEventListener("online", () => {
    if (!state.refused) feed.start();
  });
}

function init() {
  if (!counterId || !key) {
    state.refused = [
      "ที่อยู่ของหน้าจอไม่ครบ: เปิดด้วย /counter/?counter=รหัสช่องบริการ&key=กุญแจจอหน้าช่องบริการนี้",
      "The screen's address is incomplete: open /counter/?counter=<counter id>&key=<this counter's screen key>",
    ];
    onStatusText("refused");
    render();
    return;
  }
  feed = new LiveFeed(`/ws/v1/counters/${encodeURIComponent(counterId)}?key=${encodeURIComponent(key)}`, {
    onSnapshot,
    onEvent,
    onStatus,
  });
  watchNetwork();
  render();
  feed.start();
}

function onStatusText(connection) {
  const el = $("connection");
  el.dataset.state = connection;
  el.textContent = CONNECTION[connection];
}

init();
