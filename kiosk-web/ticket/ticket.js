// The citizen's own ticket on their phone: position, estimate and the call, live over /ws/v1/tickets/{token}.
// The socket sends the whole public status after every event that can move it, and a fresh snapshot on reconnect.
import { LiveFeed } from "/common/live.js";
import { api, ApiError, param } from "/common/api.js";
import { formatDateTime, lang, languageSwitch, texts } from "/common/i18n.js";

const t = texts({
  th: {
    title: "บัตรคิวของท่าน",
    number: "หมายเลขคิว",
    status: "สถานะ",
    ahead: "จำนวนคิวก่อนหน้า",
    estimate: "เวลารอโดยประมาณ",
    issued: "ออกบัตรเมื่อ",
    survey: "ประเมินความพึงพอใจ (ใช้เวลา 1 นาที)",
    keepOpen: "เปิดหน้านี้ไว้ได้ เมื่อถึงคิว หน้านี้จะแจ้งเตือนและสั่น (ถ้าโทรศัพท์รองรับ)",
    buzz: "แตะเพื่อเปิดการสั่นเตือนเมื่อถึงคิว",
    lookupTitle: "ติดตามบัตรคิว",
    lookupHelp: "สแกน QR code บนบัตรคิว หรือวางลิงก์หรือรหัสจากบัตรในช่องด้านล่าง",
    codeLabel: "ลิงก์หรือรหัสติดตามบัตรคิว",
    follow: "ติดตามคิว",
    codeMissing: "กรุณาวางลิงก์หรือรหัสจากบัตรคิว",
    WAITING: "รอเรียก",
    CALLED: "ถึงคิวของท่านแล้ว",
    SERVING: "กำลังให้บริการ",
    DONE: "ให้บริการเสร็จแล้ว",
    NO_SHOW: "ไม่มาแสดงตนเมื่อเรียก",
    CANCELLED: "ยกเลิกแล้ว",
    aheadN: "{n} คิว",
    aheadNone: "ไม่มี — ท่านเป็นคิวถัดไป",
    minutes: "ประมาณ {n} นาที",
    soon: "อีกไม่นาน",
    unknown: "ยังประเมินไม่ได้",
    notWaiting: "—",
    counter: "ช่องบริการ {n}",
    explainWAITING: "กรุณารออยู่ในบริเวณสำนักงาน เวลารอเป็นการประมาณจากความเร็วการให้บริการวันนี้ และอาจเปลี่ยนแปลงได้",
    explainCALLED: "กรุณาไปที่ช่องบริการที่แจ้ง พร้อมบัตรคิวและเอกสารของท่าน",
    explainSERVING: "ท่านกำลังรับบริการที่ช่องบริการ {n}",
    explainDONE: "ขอบคุณที่ใช้บริการ ความเห็นของท่านช่วยให้หน่วยงานปรับปรุงการบริการ",
    explainDONEClosed: "ขอบคุณที่ใช้บริการ แบบประเมินของบัตรนี้ตอบแล้วหรือหมดเวลาตอบแล้ว",
    explainNO_SHOW: "เจ้าหน้าที่เรียกคิวนี้แล้วแต่ไม่พบท่าน หากท่านยังอยู่ที่สำนักงาน กรุณาติดต่อเจ้าหน้าที่ภายในวันนี้เพื่อขอเรียกคิวอีกครั้ง",
    explainCANCELLED: "บัตรคิวนี้ใช้ไม่ได้แล้ว (ถูกยกเลิก หรือหมดอายุเมื่อสิ้นวันทำการ) หากยังต้องการรับบริการ กรุณากดบัตรคิวใหม่ที่ตู้",
    calledTitle: "ถึงคิว {number} · เชิญที่ช่องบริการ {n}",
    connecting: "กำลังเชื่อมต่อ…",
    live: "อัปเดตอัตโนมัติ",
    offline: "ขาดการเชื่อมต่อ กำลังลองใหม่…",
    refused: "หยุดติดตาม",
    notFound: "ไม่พบบัตรคิวนี้ กรุณาสแกน QR code บนบัตรคิวอีกครั้ง หรือตรวจสอบลิงก์ที่วาง ลิงก์ของบัตรคิวที่รับมานานแล้วจะหมดอายุตามนโยบายการเก็บรักษาข้อมูลส่วนบุคคลของหน่วยงาน",
  },
  en: {
    title: "Your ticket",
    number: "Ticket number",
    status: "Status",
    ahead: "People ahead of you",
    estimate: "Estimated wait",
    issued: "Issued",
    survey: "Rate our service (1 minute)",
    keepOpen: "You may keep this page open: it alerts you and vibrates (where the phone can) when you are called.",
    buzz: "Tap to let the phone vibrate when you are called",
    lookupTitle: "Follow a ticket",
    lookupHelp: "Scan the QR code on your ticket, or paste the link or code from the ticket below.",
    codeLabel: "Ticket link or tracking code",
    follow: "Follow",
    codeMissing: "Paste the link or code from your ticket.",
    WAITING: "Waiting",
    CALLED: "It is your turn",
    SERVING: "Being served",
    DONE: "Served",
    NO_SHOW: "Did not come when called",
    CANCELLED: "Cancelled",
    aheadN: "{n}",
    aheadNone: "None — you are next",
    minutes: "About {n} min",
    soon: "Very soon",
    unknown: "Not known yet",
    notWaiting: "—",
    counter: "Counter {n}",
    explainWAITING: "Please wait in the office. The wait is estimated from today's pace of service and may change.",
    explainCALLED: "Please go to the counter shown, with your ticket and documents.",
    explainSERVING: "You are being served at counter {n}.",
    explainDONE: "Thank you. Your opinion helps the agency improve its service.",
    explainDONEClosed: "Thank you. The survey for this ticket has been answered or is no longer open.",
    explainNO_SHOW: "This ticket was called but you were not found. If you are still in the office, ask a clerk today to call it again.",
    explainCANCELLED: "This ticket is no longer valid (cancelled, or expired at the end of the business day). Take a new ticket at the kiosk if you still need the service.",
    calledTitle: "{number}: please go to counter {n}",
    connecting: "Connecting…",
    live: "Live",
    offline: "Connection lost, retrying…",
    refused: "Stopped",
    notFound: "This ticket was not found. Scan the QR code on your ticket again, or check the link you pasted. The link of an old ticket expires under the agency's data retention policy.",
  },
});

const $ = (id) => document.getElementById(id);
const BASE_TITLE = document.title;
const VIBRATION = [400, 200, 400, 200, 800];
let ticket = null;
let connection = null;
let lastCalledAt = null;
let error = null;
let buzzReady = false;

function show(el, visible) {
  el.hidden = !visible;
}

/** The survey page of this deployment with the invitation's token (the ticket page and survey live side by side). */
function surveyHref(surveyUrl) {
  try {
    const token = new URL(surveyUrl, location.href).searchParams.get("t");
    return token ? `../survey/?t=${encodeURIComponent(token)}` : surveyUrl;
  } catch {
    return surveyUrl;
  }
}

function render() {
  const connectionEl = document.querySelector("[data-testid=connection]");
  if (connection) {
    connectionEl.hidden = false;
    connectionEl.dataset.state = connection;
    connectionEl.textContent = t(connection);
  }
  $("error").textContent = error ? (error === "notFound" ? t("notFound") : error.text(lang())) : "";
  show($("ticket"), ticket !== null);
  renderBanner();
  if (!ticket) return;

  const s = ticket;
  $("number").textContent = s.number;
  $("service").textContent = lang() === "en" ? s.serviceNameEn || s.serviceName : s.serviceName;
  $("status").textContent = t(s.status);
  $("status").dataset.status = s.status;
  const waiting = s.status === "WAITING";
  show($("ahead-row"), waiting);
  show($("estimate-row"), waiting);
  $("ahead").textContent = !waiting ? t("notWaiting") : s.waitingAhead === 0 ? t("aheadNone") : t("aheadN", { n: s.waitingAhead });
  $("estimate").textContent = !waiting ? t("notWaiting")
    : s.estimatedWaitMinutes == null ? t("unknown")
    : s.estimatedWaitMinutes < 1 ? t("soon") : t("minutes", { n: s.estimatedWaitMinutes });
  $("issued").textContent = formatDateTime(s.issuedAt);

  const survey = s.status === "DONE" && s.surveyUrl;
  const key = s.status === "DONE" && !survey ? "explainDONEClosed" : `explain${s.status}`;
  $("explain").textContent = t(key, { n: s.counter ?? "" });
  show($("buzz"), waiting && !buzzReady && typeof navigator.vibrate === "function");
  show($("survey"), !!survey);
  if (survey) $("survey").href = surveyHref(s.surveyUrl);
}

function renderBanner() {
  const called = ticket && ticket.status === "CALLED";
  show($("called"), !!called);
  if (!called) {
    document.title = BASE_TITLE;
    return;
  }
  const n = ticket.counter ?? "";
  const th = `เชิญที่ช่องบริการ ${n}`;
  const en = `Please go to counter ${n}`;
  const [first, second] = lang() === "en" ? [en, th] : [th, en];
  $("called-first").textContent = first;
  $("called-first").lang = lang();
  $("called-second").textContent = second;
  $("called-second").lang = lang() === "en" ? "th" : "en";
  document.title = `🔔 ${t("calledTitle", { number: ticket.number, n })}`;
}

/** Vibrates once per call (a new call or a recall), not on every refresh of the status while called. */
function apply(status, type) {
  if (status.status === "CALLED" && (status.calledAt !== lastCalledAt || type === "recalled")) vibrate(VIBRATION);
  lastCalledAt = status.calledAt;
  ticket = status;
  error = null;
  render();
}

function vibrate(pattern) {
  if (typeof navigator.vibrate !== "function") return;
  try {
    navigator.vibrate(pattern);
  } catch {
    // a browser may refuse before the first tap: the banner and the title still tell
  }
}

function follow(token) {
  let fallback = null;
  // When the socket cannot be had (a proxy that refuses WebSockets, a weak signal), read the status over HTTP now and then.
  const poll = async () => {
    try {
      const status = await api(`/api/v1/tickets/${encodeURIComponent(token)}`);
      // the socket's own status is newer than a read that was in flight when it arrived
      if (connection !== "live" || ticket === null) apply(status, "poll");
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        feed.stop();
        stopPolling();
        ticket = null;
        error = "notFound";
        connection = "refused";
        render();
      }
    }
  };
  const stopPolling = () => {
    clearInterval(fallback);
    fallback = null;
  };
  const feed = new LiveFeed(`/ws/v1/tickets/${encodeURIComponent(token)}`, {
    onSnapshot: (msg) => apply(msg.ticket, "snapshot"),
    onEvent: (msg) => apply(msg.ticket, msg.type),
    onStatus: (state, detail) => {
      connection = state;
      if (state === "live") stopPolling();
      if (state === "offline" && !fallback) fallback = setInterval(poll, 15000);
      if (state === "refused") {
        stopPolling();
        if (detail && (detail.close === 4404 || String(detail.code) === "4404" || detail.code === "NOT_FOUND")) {
          ticket = null;
          error = "notFound";
        } else if (detail) {
          error = new ApiError(0, detail);
        }
      }
      render();
    },
  }, { resume: false });
  feed.start();
  // the first status over HTTP too: on a slow network it often arrives before the socket is up
  poll();
}

function lookup() {
  show($("lookup"), true);
  $("lookup-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const raw = $("code").value.trim();
    let token = raw;
    try {
      if (raw.includes("t=")) token = new URL(raw, location.href).searchParams.get("t") || raw;
    } catch {
      token = raw;
    }
    if (!token) {
      $("code-error").textContent = t("codeMissing");
      $("code").setAttribute("aria-invalid", "true");
      $("code").focus();
      return;
    }
    location.search = `?t=${encodeURIComponent(token)}`;
  });
}

// browsers let a page vibrate only after a tap on it: one short buzz now also shows it works
$("buzz").addEventListener("click", () => {
  vibrate(80);
  buzzReady = true;
  render();
});
languageSwitch($("lang"), t, render);
const token = param("t");
if (token) {
  follow(token);
} else {
  lookup();
}
render();
