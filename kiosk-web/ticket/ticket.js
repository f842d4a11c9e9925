// The citizen's own ticket on their phone: position, estimate and the call, live over /ws/v1/tickets/{token}.
// The socket sends the whole public status after every event that can move it, and a fresh snapshot on reconnect.
import { LiveFeed } from "/common/live.js";
import { api, ApiError, param } from "/common/api.js";
import { formatDateTime, lang, languageSwitch, texts } from "/common/i18n.js";
import { TEXTS } from "./texts.js";
import { SmsPanel } from "./sms.js";
import { webPush } from "./web-push.js";

const t = texts(TEXTS);

const $ = (id) => document.getElementById(id);
const BASE_TITLE = document.title;
const VIBRATION = [400, 200, 400, 200, 800];
let ticket = null;
let connection = null;
let lastCalledAt = null;
let error = null;
let buzzReady = false;
let sms = null; // the "Text me" form, once a ticket is followed
let push = null; // web push: "notify me on this phone" (web-push.js)

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
  const connectionEl = $("connection");
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
  const noCounter = waiting && s.openCounters === 0; // nobody is called yet: not "next", no estimate
  $("ahead").textContent = !waiting ? t("notWaiting")
    : s.waitingAhead === 0 && !noCounter ? t("aheadNone") : t("aheadN", { n: s.waitingAhead });
  $("estimate").textContent = !waiting ? t("notWaiting") : noCounter ? t("noCounter")
    : s.estimatedWaitMinutes == null ? t("unknown")
    : s.estimatedWaitMinutes < 1 ? t("soon") : t("minutes", { n: s.estimatedWaitMinutes });
  $("issued").textContent = formatDateTime(s.issuedAt);

  const survey = s.status === "DONE" && s.surveyUrl;
  const key = s.status === "DONE" && !survey ? "explainDONEClosed"
    : waiting && s.channel === "REMOTE" ? "explainWAITINGREMOTE" : `explain${s.status}`;
  $("explain").textContent = t(key, { n: s.counter ?? "" });
  show($("buzz"), waiting && !buzzReady && typeof navigator.vibrate === "function");
  // the promise to alert and vibrate holds only while a call can still come
  show($("keep-open"), waiting || s.status === "CALLED");
  show($("survey"), !!survey);
  if (survey) $("survey").href = surveyHref(s.surveyUrl);
  show($("more-time"), waiting && !!s.moreTimeAt);
  // LINE opens a chat with the agency's account with the follow message typed in; the citizen only taps send
  show($("line"), !!s.line);
  show($("line-help"), !!s.line);
  if (s.line) $("line").href = s.line.addUrl;
  sms?.render(s);
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
  push?.update(status.status);
  error = null;
  render();
}

/** Chromium refuses vibrate before the first tap on the page and logs an error, so the page asks only after one. */
function mayVibrate() {
  if (typeof navigator.vibrate !== "function") return false;
  return navigator.userActivation ? navigator.userActivation.hasBeenActive : buzzReady;
}

function vibrate(pattern) {
  if (!mayVibrate()) return;
  try {
    navigator.vibrate(pattern);
  } catch {
    // a browser that cannot vibrate may throw: the banner and the title still tell
  }
}

function follow(token) {
  push = webPush($("web-push"), token);
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
  buzzReady = true;
  vibrate(80);
  render();
});
languageSwitch($("lang"), t, render);
const token = param("t");
if (token) {
  sms = new SmsPanel($("sms-slot"), token);
  follow(token);
} else {
  lookup();
}
render();
