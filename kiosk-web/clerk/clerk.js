// Clerk console: sign in, pick a counter, then call and serve its queue with buttons or single-key shortcuts.
// The console polls (every 5 s and after every action) instead of holding a socket: a clerk has no DISPLAY key,
// and a poll survives a server restart by itself (the page shows "offline" and keeps trying).

import { ApiError, param } from "/common/api.js";
import { formatTime, lang, languageSwitch, texts } from "/common/i18n.js";
import { StaffSession } from "/common/staff.js";

const POLL_MS = 5000;
const POLL_OFFLINE_MS = 2000;
// no answer within this is the network being down: a connection that died without a word (Wi-Fi) gives none for minutes
const REQUEST_TIMEOUT_MS = 10000;

const t = texts({
  th: {
    title: "เจ้าหน้าที่ให้บริการ",
    signOut: "ออกจากระบบ",
    loginTitle: "เข้าสู่ระบบ",
    username: "ชื่อผู้ใช้",
    password: "รหัสผ่าน",
    signIn: "เข้าสู่ระบบ",
    wrongPassword: "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง กรุณาลองใหม่",
    sessionEnded: "กรุณาเข้าสู่ระบบอีกครั้ง",
    noSp: "ไม่ได้ระบุจุดบริการ: เปิดหน้านี้ด้วย ?sp=รหัสจุดบริการ เช่น /clerk/?sp=pao-hq",
    pickTitle: "เลือกช่องบริการ",
    counter: "ช่องบริการ",
    pickHelp: "ระบบจะจำช่องที่เลือกไว้สำหรับเครื่องนี้",
    openCounter: "เข้าประจำช่องและเปิดให้บริการ",
    noCounters: "จุดบริการนี้ยังไม่มีช่องบริการ",
    counterTitle: "ช่อง {number} · {name}",
    atCounter: "บัตรคิวที่ช่อง",
    none: "—",
    idle: "ว่าง",
    CALLED: "กำลังเรียก",
    SERVING: "กำลังให้บริการ",
    OPEN: "เปิดให้บริการ",
    PAUSED: "พักชั่วคราว",
    CLOSED: "ปิด",
    clerkAt: "เจ้าหน้าที่: {name}",
    detail: "{service} · เรียกเมื่อ {time} · เรียก {count} ครั้ง",
    callNext: "เรียกคิวถัดไป",
    recall: "เรียกซ้ำ",
    start: "เริ่มให้บริการ",
    complete: "จบการให้บริการ",
    noShow: "ไม่มาแสดงตน",
    transfer: "โอนไปงานอื่น",
    cancel: "ยกเลิกบัตรคิว",
    callTicket: "เรียกคิวที่ระบุ",
    resume: "เปิดให้บริการ",
    pause: "พักชั่วคราว",
    close: "ปิดช่องบริการ",
    leave: "ออกจากช่องบริการ",
    ticket: "บัตรคิว",
    toService: "โอนไปงาน",
    confirm: "ยืนยัน",
    back: "กลับ (Esc)",
    reasonRequired: "เหตุผล (จำเป็น)",
    reasonOptional: "เหตุผล (ถ้ามี)",
    needReason: "กรุณาระบุเหตุผลที่เรียกคิวนี้ก่อนคิวอื่น",
    needTicket: "กรุณาเลือกบัตรคิวที่จะเรียก",
    formCallTicket: "เรียกคิวที่ระบุ (ข้ามลำดับ)",
    formTransfer: "โอนบัตรคิว {number} ไปงานอื่น",
    formCancel: "ยกเลิกบัตรคิว {number}",
    noOtherService: "ไม่มีงานอื่นให้โอน",
    nobodyWaiting: "ไม่มีผู้รอรับบริการของช่องนี้",
    surveySent: "ส่งแบบประเมินความพึงพอใจของบัตรคิว {number} ไปที่จอหน้าช่องแล้ว ให้ผู้รับบริการสแกนจากจอ",
    waitingTitle: "คิวที่รอ (ลำดับการเรียก)",
    colOrder: "ลำดับ",
    colNumber: "หมายเลข",
    colService: "งาน",
    colPriority: "กลุ่ม",
    colIssued: "ออกบัตร",
    colWaited: "รอ (นาที)",
    callRow: "เรียก",
    nobody: "ไม่มีผู้รอรับบริการ",
    noShowTitle: "ไม่มาแสดงตนวันนี้",
    noNoShows: "ไม่มี",
    reactivate: "นำกลับเข้าคิว",
    perService: "จำนวนรอแต่ละงาน",
    waitingN: "รอ {n}",
    live: "เชื่อมต่อแล้ว",
    offline: "ออฟไลน์ · กำลังลองใหม่",
    leftCounter: "คุณไม่ได้ประจำช่องนี้แล้ว (อาจมีเจ้าหน้าที่อื่นเข้าประจำช่องแทน) กรุณาเลือกช่องบริการอีกครั้ง",
    NORMAL: "ทั่วไป",
    ELDERLY: "ผู้สูงอายุ",
    DISABLED: "ผู้พิการ",
    PREGNANT: "หญิงตั้งครรภ์",
    MONK: "พระภิกษุสงฆ์",
    r1: "นัดหมายล่วงหน้า",
    r2: "ผู้สูงอายุหรือผู้พิการที่ต้องได้รับความช่วยเหลือ",
    r3: "กลับมาหลังเตรียมเอกสารเพิ่มเติม",
    r4: "ต่อเนื่องจากงานบริการก่อนหน้า",
  },
  en: {
    title: "Clerk console",
    signOut: "Sign out",
    loginTitle: "Sign in",
    username: "Username",
    password: "Password",
    signIn: "Sign in",
    wrongPassword: "Wrong username or password; please try again",
    sessionEnded: "Please sign in again",
    noSp: "No service point given: open this page with ?sp=code, e.g. /clerk/?sp=pao-hq",
    pickTitle: "Choose a counter",
    counter: "Counter",
    pickHelp: "This device remembers the counter you choose",
    openCounter: "Take this counter and open it",
    noCounters: "This service point has no counters yet",
    counterTitle: "Counter {number} · {name}",
    atCounter: "Ticket at the counter",
    none: "—",
    idle: "Free",
    CALLED: "Called",
    SERVING: "Serving",
    OPEN: "Open",
    PAUSED: "Paused",
    CLOSED: "Closed",
    clerkAt: "Clerk: {name}",
    detail: "{service} · called at {time} · called {count}×",
    callNext: "Call next",
    recall: "Recall",
    start: "Start",
    complete: "Complete",
    noShow: "No-show",
    transfer: "Transfer",
    cancel: "Cancel ticket",
    callTicket: "Call a ticket",
    resume: "Open",
    pause: "Pause",
    close: "Close counter",
    leave: "Leave counter",
    ticket: "Ticket",
    toService: "Transfer to",
    confirm: "Confirm",
    back: "Back (Esc)",
    reasonRequired: "Reason (required)",
    reasonOptional: "Reason (optional)",
    needReason: "Give the reason for calling this ticket out of turn",
    needTicket: "Choose the ticket to call",
    formCallTicket: "Call a particular ticket (out of turn)",
    formTransfer: "Transfer ticket {number} to another service",
    formCancel: "Cancel ticket {number}",
    noOtherService: "There is no other service to transfer to",
    nobodyWaiting: "Nobody is waiting for this counter",
    surveySent: "The satisfaction survey of ticket {number} is on the counter screen for the citizen to scan",
    waitingTitle: "Waiting (in calling order)",
    colOrder: "#",
    colNumber: "Number",
    colService: "Service",
    colPriority: "Group",
    colIssued: "Issued",
    colWaited: "Waited (min)",
    callRow: "Call",
    nobody: "Nobody is waiting",
    noShowTitle: "No-shows today",
    noNoShows: "None",
    reactivate: "Put back",
    perService: "Waiting per service",
    waitingN: "{n} waiting",
    live: "Connected",
    offline: "Offline · retrying",
    leftCounter: "You are no longer at this counter (another clerk may have taken it); choose a counter again",
    NORMAL: "General",
    ELDERLY: "Elderly",
    DISABLED: "Disabled",
    PREGNANT: "Pregnant",
    MONK: "Monk",
    r1: "Appointment made in advance",
    r2: "Elderly or disabled person needing assistance",
    r3: "Came back after preparing more documents",
    r4: "Continuing from a previous service",
  },
});

const sp = param("sp");
const AUTH_KEY = "servicepoint.clerk.auth";
const AT_KEY = `servicepoint.clerk.at.${sp}`;
const CHOICE_KEY = `servicepoint.clerk.counter.${sp}`;

const $ = (id) => document.getElementById(id);
// the probe is the service point's queue, which the console reads first anyway
const session = new StaffSession(AUTH_KEY, `/api/v1/service-points/${encodeURIComponent(sp)}/queue`);
const state = {
  counterId: null, // the counter this tab works at
  queue: null, // GET …/queue
  list: { waiting: [], noShows: [] }, // GET …/waiting
  survey: null, // {number} of the last completion; its survey link is the citizen's alone
  form: null, // {kind, ticket}
  busy: false,
  pollTimer: null,
};

/** The session's API call with the timeout: a poll or an action never waits on a dead connection. */
function call(path, options = {}) {
  return session.call(path, { ...options, timeoutMs: REQUEST_TIMEOUT_MS });
}

// ---- storage (private mode or a locked-down browser may refuse it: the console still works for the tab)

function load(storage, key) {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function save(storage, key, value) {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // nothing to do
  }
}

// ---- messages

function showError(error) {
  const text = error instanceof ApiError ? error.text(lang()) : String(error?.message ?? error);
  $("error").textContent = text;
}

function clearMessages() {
  $("error").textContent = "";
  $("notice").textContent = "";
}

function setOnline(online) {
  const el = $("online");
  el.dataset.state = online ? "live" : "offline";
  el.textContent = online ? t("live") : t("offline");
}

// ---- screens

function show(which) {
  for (const id of ["login", "pick", "console"]) $(id).hidden = id !== which;
  $("sign-out").hidden = which === "login";
  $("who").textContent = session.signedIn && which !== "login" ? session.username : "";
}

function showLogin(message) {
  stopPolling();
  session.signOut();
  show("login");
  if (message) $("error").textContent = message;
  $("username").focus();
}

async function signIn(event) {
  event.preventDefault();
  clearMessages();
  const username = $("username").value.trim();
  const password = $("password").value;
  $("login-form").querySelector("button").disabled = true;
  try {
    state.queue = await session.signIn(username, password);
    $("password").value = "";
    setOnline(true);
    afterSignIn();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) $("error").textContent = t("wrongPassword");
    else showError(e);
  } finally {
    $("login-form").querySelector("button").disabled = false;
  }
}

function afterSignIn() {
  const at = load(sessionStorage, AT_KEY);
  if (at) {
    enterConsole(Number(at));
  } else {
    showPicker();
  }
}

function signOut() {
  save(sessionStorage, AT_KEY, null);
  state.counterId = null;
  state.survey = null;
  clearMessages();
  showLogin();
}

async function showPicker(message) {
  stopPolling();
  state.counterId = null;
  save(sessionStorage, AT_KEY, null);
  show("pick");
  if (message) $("error").textContent = message;
  $("counter-open").disabled = true; // until the counters are listed
  try {
    state.queue = await call(`/api/v1/service-points/${encodeURIComponent(sp)}/queue`);
    setOnline(true);
  } catch (e) {
    failed(e);
    if (!state.queue) return;
  }
  renderPicker();
}

function counterLabel(c) {
  const status = t(c.status);
  const who = c.clerk ? ` · ${c.clerk}` : "";
  return `${t("counterTitle", { number: c.number, name: c.name })} (${c.services.join(", ")}) · ${status}${who}`;
}

function renderPicker() {
  const select = $("counter");
  const counters = state.queue?.counters ?? [];
  const wanted = param("counter") ?? load(localStorage, CHOICE_KEY);
  const previous = select.value || wanted;
  select.replaceChildren(
    ...counters.map((c) => {
      const option = document.createElement("option");
      option.value = String(c.id);
      option.textContent = counterLabel(c);
      return option;
    }),
  );
  if (previous && counters.some((c) => String(c.id) === String(previous))) select.value = String(previous);
  $("counter-open").disabled = counters.length === 0;
  if (counters.length === 0) $("notice").textContent = t("noCounters");
}

async function openCounter() {
  const id = Number($("counter").value);
  if (!id) return;
  clearMessages();
  $("counter-open").disabled = true;
  try {
    const counter = await call(`/api/v1/counters/${id}/sign-in`, { method: "POST" });
    if (counter.status !== "OPEN") await call(`/api/v1/counters/${id}/open`, { method: "POST" });
    save(localStorage, CHOICE_KEY, String(id));
    enterConsole(id);
  } catch (e) {
    failed(e);
  } finally {
    $("counter-open").disabled = false;
  }
}

function enterConsole(id) {
  state.counterId = id;
  save(sessionStorage, AT_KEY, String(id));
  show("console");
  render();
  refresh();
}

/** 401: the password changed or the account was deactivated; back to the sign-in form. */
function handleSessionError(e) {
  if (e instanceof ApiError && e.status === 401) {
    showLogin(t("sessionEnded"));
    return true;
  }
  return false;
}

/** A request that failed: back to sign-in on a 401, else its message, and "offline" when it never reached the server. */
function failed(e) {
  if (handleSessionError(e)) return;
  showError(e);
  if (e instanceof ApiError && e.status === 0) setOnline(false);
}

// ---- polling

function stopPolling() {
  clearTimeout(state.pollTimer);
  state.pollTimer = null;
}

function schedule(ms) {
  stopPolling();
  if (state.counterId !== null) state.pollTimer = setTimeout(refresh, ms);
}

let refreshing = null;

/**
 * Reads the queue and the counter's waiting list; the next poll follows 5 s after this one ends. After an action
 * (fresh) a read already under way may predate it, so another one follows it.
 */
function refresh({ fresh = false } = {}) {
  if (refreshing) return fresh ? refreshing.then(() => refresh()) : refreshing;
  if (state.counterId === null) return Promise.resolve();
  refreshing = (async () => {
    const id = state.counterId;
    let online = true;
    try {
      const [queue, list] = await Promise.all([
        call(`/api/v1/service-points/${encodeURIComponent(sp)}/queue`),
        call(`/api/v1/counters/${id}/waiting`),
      ]);
      if (state.counterId !== id) return;
      state.queue = queue;
      state.list = list;
      setOnline(true);
      render();
    } catch (e) {
      if (handleSessionError(e)) return;
      if (e instanceof ApiError && e.status === 0) {
        online = false;
        setOnline(false);
      } else if (e instanceof ApiError && (e.status === 403 || e.status === 404)) {
        showPicker(t("leftCounter"));
        return;
      } else {
        showError(e);
      }
    } finally {
      refreshing = null;
    }
    schedule(online ? POLL_MS : POLL_OFFLINE_MS);
  })();
  return refreshing;
}

// ---- rendering

function myCounter() {
  return state.queue?.counters.find((c) => c.id === state.counterId) ?? null;
}

function render() {
  const counter = myCounter();
  const ticket = counter?.serving ?? null;
  $("desk-title").textContent = counter ? t("counterTitle", { number: counter.number, name: counter.name }) : "";
  const chip = $("counter-status");
  chip.dataset.status = counter?.status ?? "";
  chip.textContent = counter ? t(counter.status) : "";

  $("current-ticket").textContent = ticket ? ticket.number : t("none");
  const status = $("current-status");
  status.dataset.status = ticket ? ticket.status : "NONE";
  status.textContent = ticket ? t(ticket.status) : t("idle");
  $("current-detail").textContent = ticket
    ? t("detail", {
        service: serviceName(ticket.service) + (ticket.priority !== "NORMAL" ? ` · ${t(ticket.priority)}` : ""),
        time: formatTime(ticket.calledAt),
        count: ticket.callCount,
      })
    : "";
  if (ticket && state.survey && ticket.number !== state.survey.number) state.survey = null;
  renderSurvey();
  renderWaiting();
  renderButtons(counter, ticket);
  if (state.form) renderFormOptions();
}

function serviceName(prefix) {
  const service = state.queue?.services.find((s) => s.prefix === prefix);
  if (!service) return prefix;
  return `${prefix} ${lang() === "en" ? service.nameEn || service.name : service.name}`;
}

function renderSurvey() {
  const box = $("survey");
  box.hidden = !state.survey;
  $("survey-sent").textContent = state.survey ? t("surveySent", { number: state.survey.number }) : "";
}

function renderWaiting() {
  const counter = myCounter();
  const canCall = counter?.status === "OPEN" && !counter.serving && !state.busy;
  const rows = state.list.waiting.map((w, i) => {
    const tr = document.createElement("tr");
    tr.dataset.ticketNumber = w.number;
    tr.dataset.ticketId = String(w.id);
    const cells = [
      String(i + 1),
      w.number,
      w.service,
      w.priority === "NORMAL" ? "" : t(w.priority),
      formatTime(w.issuedAt),
      String(w.waitedMinutes),
    ];
    cells.forEach((text, index) => {
      const td = document.createElement("td");
      td.textContent = text;
      if (index === 1) td.className = "number";
      if (index === 3) td.className = "priority";
      tr.append(td);
    });
    const td = document.createElement("td");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = t("callRow");
    button.setAttribute("data-testid", "call-row");
    button.setAttribute("aria-label", `${t("callTicket")} ${w.number}`);
    button.disabled = !canCall;
    button.addEventListener("click", () => openForm("call-ticket", w.id));
    td.append(button);
    tr.append(td);
    return tr;
  });
  $("waiting-list").replaceChildren(...rows);
  $("waiting-empty").hidden = rows.length > 0;
  $("waiting-count").textContent = String(rows.length);

  const noShows = state.list.noShows.map((n) => {
    const li = document.createElement("li");
    li.dataset.ticketNumber = n.number;
    const strong = document.createElement("strong");
    strong.textContent = n.number;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = t("reactivate");
    button.setAttribute("data-testid", "action-reactivate");
    button.setAttribute("aria-label", `${t("reactivate")} ${n.number}`);
    button.disabled = state.busy;
    button.addEventListener("click", () => act(() => call(`/api/v1/tickets/${n.id}/reactivate`, { method: "POST" })));
    li.append(strong, button);
    return li;
  });
  if (noShows.length === 0) {
    const li = document.createElement("li");
    li.className = "muted";
    li.textContent = t("noNoShows");
    noShows.push(li);
  }
  $("no-show-list").replaceChildren(...noShows);

  const mine = new Set(counter?.services ?? []);
  $("services").replaceChildren(
    ...(state.queue?.services ?? []).map((s) => {
      const li = document.createElement("li");
      if (mine.has(s.prefix)) li.className = "mine";
      const strong = document.createElement("strong");
      strong.textContent = s.prefix;
      const name = document.createElement("span");
      name.textContent = lang() === "en" ? s.nameEn || s.name : s.name;
      const count = document.createElement("span");
      count.textContent = t("waitingN", { n: s.waiting });
      li.append(strong, name, count);
      return li;
    }),
  );
}

function renderButtons(counter, ticket) {
  const status = ticket?.status;
  const open = counter?.status === "OPEN";
  const valid = {
    "call-next": open && !ticket,
    "call-ticket": open && !ticket && state.list.waiting.length > 0,
    recall: status === "CALLED",
    start: status === "CALLED",
    "no-show": status === "CALLED",
    complete: status === "SERVING",
    transfer: status === "CALLED" || status === "SERVING",
    cancel: status === "CALLED",
    open: !!counter && counter.status !== "OPEN",
    pause: open,
    close: !!counter && counter.status !== "CLOSED" && !ticket,
    leave: !!counter && !ticket,
  };
  document.querySelectorAll("#console button[data-action]").forEach((button) => {
    button.disabled = state.busy || !valid[button.dataset.action];
  });
}

// ---- actions

async function act(request, { keepSurvey = true } = {}) {
  if (state.busy) return;
  clearMessages();
  state.busy = true;
  render();
  try {
    const result = await request();
    if (!keepSurvey) state.survey = null;
    return result;
  } catch (e) {
    failed(e);
    return undefined;
  } finally {
    state.busy = false;
    if (state.counterId !== null) {
      render();
      await refresh({ fresh: true });
    }
  }
}

function currentTicket() {
  return myCounter()?.serving ?? null;
}

const ACTIONS = {
  "call-next": () =>
    act(
      async () => {
        const called = await call(`/api/v1/counters/${state.counterId}/call-next`, { method: "POST" });
        state.survey = null;
        if (called === null) $("notice").textContent = t("nobodyWaiting");
        return called;
      },
    ),
  recall: () => ticketAction("recall"),
  start: () => ticketAction("start"),
  complete: () =>
    act(async () => {
      const ticket = currentTicket();
      const done = await call(`/api/v1/tickets/${ticket.id}/complete`, { method: "POST" });
      if (done?.status === "DONE") state.survey = { number: done.number };
      return done;
    }),
  "no-show": () => ticketAction("no-show"),
  transfer: () => openForm("transfer"),
  cancel: () => openForm("cancel"),
  "call-ticket": () => openForm("call-ticket"),
  open: () => counterAction("open"),
  pause: () => counterAction("pause"),
  close: () => counterAction("close"),
  leave: async () => {
    const left = await act(async () => {
      await call(`/api/v1/counters/${state.counterId}/sign-out`, { method: "POST" });
      stopPolling();
      state.counterId = null;
      state.survey = null;
      return true;
    });
    if (left) showPicker();
  },
};

function ticketAction(action) {
  const ticket = currentTicket();
  if (!ticket) return undefined;
  return act(() => call(`/api/v1/tickets/${ticket.id}/${action}`, { method: "POST" }));
}

function counterAction(action) {
  return act(() => call(`/api/v1/counters/${state.counterId}/${action}`, { method: "POST" }));
}

// ---- the form for the actions that need more: transfer (a service), cancel (a reason), call a ticket (a reason)

function openForm(kind, ticketId = null) {
  const ticket = currentTicket();
  state.form = { kind, ticketId, number: ticket?.number };
  clearMessages();
  const form = $("form");
  form.hidden = false;
  $("form-ticket-row").hidden = kind !== "call-ticket";
  $("form-service-row").hidden = kind !== "transfer";
  $("form-reason-row").hidden = kind === "transfer";
  $("form-reason").value = "";
  renderForm();
  renderFormOptions();
  if (kind === "call-ticket" && ticketId !== null) $("form-ticket").value = String(ticketId);
  (kind === "transfer" ? $("form-service") : kind === "call-ticket" && ticketId === null ? $("form-ticket") : $("form-reason")).focus();
}

function renderForm() {
  if (!state.form) return;
  const { kind, number } = state.form;
  $("form-title").textContent =
    kind === "call-ticket" ? t("formCallTicket") : kind === "transfer" ? t("formTransfer", { number }) : t("formCancel", { number });
  $("form-reason-label").textContent = kind === "call-ticket" ? t("reasonRequired") : t("reasonOptional");
  $("form-reason").setAttribute("aria-required", String(kind === "call-ticket"));
  $("reasons").replaceChildren(
    ...(kind === "call-ticket" ? ["r1", "r2", "r3", "r4"] : []).map((key) => {
      const option = document.createElement("option");
      option.value = t(key);
      return option;
    }),
  );
}

/** The choices of the form, kept as chosen while the lists refresh underneath. */
function renderFormOptions() {
  const { kind } = state.form;
  if (kind === "call-ticket") {
    const select = $("form-ticket");
    const chosen = select.value || (state.form.ticketId !== null ? String(state.form.ticketId) : "");
    select.replaceChildren(
      ...state.list.waiting.map((w) => {
        const option = document.createElement("option");
        option.value = String(w.id);
        option.textContent = `${w.number} · ${w.service}${w.priority !== "NORMAL" ? ` · ${t(w.priority)}` : ""} · ${t("colWaited")} ${w.waitedMinutes}`;
        return option;
      }),
    );
    if (chosen && state.list.waiting.some((w) => String(w.id) === chosen)) select.value = chosen;
  } else if (kind === "transfer") {
    const select = $("form-service");
    const chosen = select.value;
    const from = currentTicket()?.service;
    const services = (state.queue?.services ?? []).filter((s) => s.prefix !== from);
    select.replaceChildren(
      ...services.map((s) => {
        const option = document.createElement("option");
        option.value = s.prefix;
        option.textContent = `${s.prefix} · ${lang() === "en" ? s.nameEn || s.name : s.name}`;
        return option;
      }),
    );
    if (chosen && services.some((s) => s.prefix === chosen)) select.value = chosen;
  }
}

function closeForm() {
  state.form = null;
  $("form").hidden = true;
}

async function submitForm(event) {
  event.preventDefault();
  if (!state.form || state.busy) return;
  const { kind } = state.form;
  const reason = $("form-reason").value.trim();
  if (kind === "call-ticket") {
    const ticketId = $("form-ticket").value;
    if (!ticketId) {
      $("error").textContent = t("needTicket");
      return;
    }
    if (!reason) {
      $("error").textContent = t("needReason");
      $("form-reason").focus();
      return;
    }
    const called = await act(() =>
      call(`/api/v1/counters/${state.counterId}/tickets/${ticketId}/call`, { method: "POST", body: { reason } }),
    );
    if (called) {
      state.survey = null;
      closeForm();
      render();
    }
    return;
  }
  const ticket = currentTicket();
  if (!ticket) {
    closeForm();
    return;
  }
  if (kind === "transfer") {
    const service = $("form-service").value;
    if (!service) {
      $("error").textContent = t("noOtherService");
      return;
    }
    const moved = await act(() => call(`/api/v1/tickets/${ticket.id}/transfer`, { method: "POST", body: { service } }));
    if (moved) closeForm();
  } else if (kind === "cancel") {
    const done = await act(() =>
      call(`/api/v1/tickets/${ticket.id}/cancel`, { method: "POST", body: reason ? { reason } : {} }),
    );
    if (done) closeForm();
  }
}

// ---- keyboard: one key per action, never while typing in a field

function onKey(event) {
  if (event.key === "Escape" && state.form) {
    closeForm();
    return;
  }
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest("input, select, textarea"))) return;
  if ($("console").hidden) return;
  // event.code, not event.key: the same key works with the Thai keyboard layout switched on
  const button = document.querySelector(`#console button[data-key="${event.code}"]`);
  if (!button) return;
  event.preventDefault();
  if (!button.disabled) button.click();
}

// ---- start

function init() {
  languageSwitch($("lang"), t, () => {
    renderForm();
    if (!$("pick").hidden) renderPicker();
    if (!$("console").hidden) render();
    setOnline($("online").dataset.state !== "offline");
  });
  setOnline(true);
  if (!sp) {
    $("error").textContent = t("noSp");
    return;
  }
  $("sp-name").textContent = `· ${sp}`;
  $("login-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  $("counter-open").addEventListener("click", openCounter);
  $("form").addEventListener("submit", submitForm);
  $("form-close").addEventListener("click", closeForm);
  document.querySelectorAll("#console button[data-action]").forEach((button) => {
    button.addEventListener("click", () => ACTIONS[button.dataset.action]());
  });
  document.addEventListener("keydown", onKey);
  // the browser knows first when the network is gone or back: show it at once, and read again as soon as it returns
  addEventListener("offline", () => setOnline(false));
  addEventListener("online", () => {
    if (state.counterId !== null) refresh({ fresh: true });
    else setOnline(true); // sign-in and the counter choice read nothing by themselves: the browser's word is all there is
  });
  if (session.signedIn) afterSignIn();
  else showLogin();
}

init();
