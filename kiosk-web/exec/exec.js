// Executive dashboard: today's queue (every 10 s), this fiscal half so far (every 60 s), reports to download.
// Sign in with an EXECUTIVE or ADMIN account; the credentials stay in this tab (sessionStorage) until sign-out.

import { api, param } from "/common/api.js";
import { bangkokToday, formatDate, formatDateTime, lang, languageSwitch, texts } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { StaffSession } from "/common/staff.js";

const TODAY_EVERY = 10_000;
const HALF_EVERY = 60_000;
const RETRY_EVERY = 3_000;

const t = texts({
  th: {
    title: "แดชบอร์ดผู้บริหาร", signOut: "ออกจากระบบ", signInTitle: "เข้าสู่ระบบสำหรับผู้บริหาร",
    signInHint: "ใช้บัญชีผู้บริหารหรือผู้ดูแลระบบ", username: "ชื่อผู้ใช้", password: "รหัสผ่าน", signIn: "เข้าสู่ระบบ",
    signingIn: "กำลังตรวจสอบ…", scope: "แสดงข้อมูลของ", agency: "ทั้งหน่วยงาน (ทุกจุดบริการ)",
    today: "คิววันนี้", issued: "ออกบัตรคิว", served: "ให้บริการแล้ว", waiting: "รออยู่ตอนนี้",
    noShow: "ไม่มาแสดงตน", meanWait: "รอเฉลี่ย (นาที)", medianWait: "รอมัธยฐาน (นาที)",
    waitingPerService: "ผู้รอรับบริการแยกตามงาน", service: "งานบริการ", estimate: "ประมาณการรอ (นาที)",
    counters: "ช่องบริการ", counter: "ช่อง", status: "สถานะ", clerk: "เจ้าหน้าที่", serving: "กำลังให้บริการ",
    OPEN: "เปิด", PAUSED: "พัก", CLOSED: "ปิด", nobody: "ไม่มีผู้รอ", noCounters: "ยังไม่มีช่องบริการ",
    refreshedToday: "ปรับปรุงทุก 10 วินาที · ล่าสุด", refreshedHalf: "ปรับปรุงทุก 60 วินาที · ล่าสุด",
    half: "รอบ 6 เดือนนี้ถึงวันนี้", half1: "รอบ 6 เดือนแรก ปีงบประมาณ {fy}", half2: "รอบ 6 เดือนหลัง ปีงบประมาณ {fy}",
    year: "รอบ 12 เดือน ปีงบประมาณ {fy}", responses: "ผู้ตอบแบบประเมิน",
    modes: "จากบัตรคิว {invited} · จากโปสเตอร์ {open}", projectedEit: "EIT คาดการณ์ (ประมาณการเอง)",
    grade: "ระดับ (ประมาณการเอง)", notEnough: "ยังมีคำตอบไม่พอ (n = {n} จาก {min})",
    fewAnswers: "ยังมีคำตอบไม่พอ (ต้องมี {min} ราย)", staffAnswers: " · จากเครือข่ายหรือบัญชีเจ้าหน้าที่ {staff} (ไม่นับรวม)",
    eitNote: "ค่าประมาณการของหน่วยงานเอง จากแบบประเมินที่จุดบริการ ไม่ใช่คะแนน ITA อย่างเป็นทางการของ ป.ป.ช.",
    indicators: "ตัวชี้วัด", indicator: "ตัวชี้วัด", score: "คะแนน", items: "คะแนนรายข้อ", code: "ข้อ",
    question: "คำถาม", flag: "ต่ำกว่าเป้าหมาย", below: "▼ ต่ำกว่าเป้าหมาย", target: "(เป้าหมาย {target} คะแนน)",
    noAnswers: "ยังไม่มีผู้ตอบแบบประเมินในรอบนี้", reports: "รายงานสำหรับดาวน์โหลด", period: "รอบรายงาน",
    formats: "รูปแบบ", current: "รอบปัจจุบัน (ถึงวันนี้)", previous: "รอบก่อนหน้า",
    downloadHint: "รายงานสร้างจากข้อมูลล่าสุด ณ เวลาที่ดาวน์โหลด อาจใช้เวลาหลายวินาที",
    preparing: "กำลังเตรียม…", downloaded: "ดาวน์โหลด {name} แล้ว", published: "รายงานที่เผยแพร่ต่อสาธารณะ",
    agencyScope: "ทั้งหน่วยงาน", noPublished: "ยังไม่มีรายงานที่เผยแพร่", version: "ฉบับที่ {v}",
    live: "ข้อมูลล่าสุด", offline: "ติดต่อระบบไม่ได้ กำลังลองใหม่…",
    forbidden: "บัญชีนี้ไม่มีสิทธิ์ดูหน้าผู้บริหาร ต้องเป็นผู้บริหารหรือผู้ดูแลระบบ",
    signedOut: "สิทธิ์การเข้าใช้หมดอายุหรือรหัสผ่านถูกเปลี่ยน กรุณาเข้าสู่ระบบอีกครั้ง",
  },
  en: {
    title: "Executive dashboard", signOut: "Sign out", signInTitle: "Executive sign-in",
    signInHint: "Use an executive or administrator account", username: "Username", password: "Password",
    signIn: "Sign in", signingIn: "Checking…", scope: "Show", agency: "The whole agency (every service point)",
    today: "Today's queue", issued: "Tickets issued", served: "Served", waiting: "Waiting now", noShow: "No-show",
    meanWait: "Mean wait (min)", medianWait: "Median wait (min)", waitingPerService: "Waiting per service",
    service: "Service", estimate: "Estimated wait (min)", counters: "Counters", counter: "Counter",
    status: "Status", clerk: "Clerk", serving: "Serving", OPEN: "Open", PAUSED: "Paused", CLOSED: "Closed",
    nobody: "Nobody waiting", noCounters: "No counters yet", refreshedToday: "Refreshed every 10 s · last",
    refreshedHalf: "Refreshed every 60 s · last", half: "This half so far", half1: "First half of FY {fy}",
    half2: "Second half of FY {fy}", year: "12-month report, FY {fy}", responses: "Survey responses",
    modes: "from tickets {invited} · from posters {open}", projectedEit: "Projected EIT (own estimate)",
    grade: "Grade (own estimate)", notEnough: "Not enough answers yet (n = {n} of {min})",
    fewAnswers: "Not enough answers yet ({min} needed)", staffAnswers: " · from staff networks or accounts {staff} (not counted)",
    eitNote: "The agency's own estimate from its counter survey, not an official ITA score from the NACC.",
    indicators: "Indicators", indicator: "Indicator", score: "Score", items: "Scores per question and item",
    code: "Code", question: "Question", flag: "Under target", below: "▼ under target",
    target: "(target {target} points)", noAnswers: "No survey answers in this half yet",
    reports: "Reports to download", period: "Period", formats: "Formats", current: "Current half (to date)",
    previous: "Previous half",
    downloadHint: "Reports are built from the latest data when downloaded; this may take several seconds.",
    preparing: "Preparing…", downloaded: "Downloaded {name}", published: "Published public reports",
    agencyScope: "Whole agency", noPublished: "No report published yet", version: "version {v}",
    live: "Up to date", offline: "Cannot reach the service; retrying…",
    forbidden: "This account may not see the executive dashboard: an executive or administrator account is needed.",
    signedOut: "Your sign-in is no longer accepted (expired or password changed). Please sign in again.",
  },
});

const session = new StaffSession("servicepoint.exec", `/api/v1/reports/snapshots?fiscalYear=${fiscalHalf(bangkokToday()).fy}`, {
  detailTh: "บัญชีนี้ไม่มีสิทธิ์ดูหน้าผู้บริหาร ต้องเป็นผู้บริหารหรือผู้ดูแลระบบ",
  detail: "This account may not see the executive dashboard: an executive or administrator account is needed.",
});

const $ = (id) => document.getElementById(id);
const errorBox = $("exec-error");
let servicePoints = [];
let scope = param("sp") || "";
let generation = 0;
let timers = {};
let lastToday = null;
let lastHalf = null;
let lastQueues = [];
let lastPublished = [];
let shownError = null;

/** The fiscal half containing a yyyy-mm-dd date: FY named by the BE year it ends in; half 1 Oct–Mar, half 2 Apr–Sep. */
export function fiscalHalf(isoDate) {
  const [y, m] = isoDate.split("-").map(Number);
  if (m >= 10) return { fy: y + 1 + 543, half: 1, first: `${y}-10-01` };
  if (m <= 3) return { fy: y + 543, half: 1, first: `${y - 1}-10-01` };
  return { fy: y + 543, half: 2, first: `${y}-04-01` };
}

function previousHalf({ fy, half }) {
  return half === 1 ? { fy: fy - 1, half: 2 } : { fy, half: 1 };
}

function bangkokDate(iso) {
  return `${iso}T12:00:00+07:00`;
}

function showError(error) {
  shownError = error;
  errorBox.textContent = error ? (typeof error === "string" ? t(error) : error.text(lang())) : "";
}

function setConnection(state) {
  const pill = $("connection");
  pill.hidden = !state;
  if (!state) return;
  pill.dataset.state = state;
  pill.textContent = t(state);
}

function scopeQuery() {
  return scope ? `&servicePoint=${encodeURIComponent(scope)}` : "";
}

function number(value, digits = 0) {
  if (value === null || value === undefined) return "–";
  return Number(value).toLocaleString(lang() === "en" ? "en-GB" : "th-TH", {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  });
}

// ---- sign-in ----

function showLogin() {
  $("login").hidden = false;
  $("dashboard").hidden = true;
  $("sign-out").hidden = true;
  $("who").hidden = true;
  setConnection(null);
  $("login-username").focus();
}

async function startDashboard() {
  $("login").hidden = true;
  $("dashboard").hidden = false;
  $("sign-out").hidden = false;
  $("who").hidden = false;
  $("who").textContent = session.username;
  await loadServicePoints();
  restart();
  loadPublished();
}

session.bindForm($("login"), t, {
  onSignedIn: () => {
    showError(null);
    return startDashboard();
  },
  onRefused: showError,
});

$("sign-out").addEventListener("click", () => {
  stop();
  session.signOut();
  showError(null);
  showLogin();
});

function signedOutByServer() {
  stop();
  session.signOut();
  showError("signedOut");
  showLogin();
}

// ---- scope ----

async function loadServicePoints() {
  for (;;) {
    try {
      servicePoints = await api("/api/v1/service-points");
      setConnection("live");
      break;
    } catch (e) {
      setConnection("offline");
      await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY));
    }
  }
  if (scope && !servicePoints.some((sp) => sp.code === scope)) scope = "";
  drawScope();
}

function drawScope() {
  const select = $("scope-select");
  select.replaceChildren(
    el("option", { value: "" }, t("agency")),
    ...servicePoints.map((sp) => el("option", { value: sp.code }, `${lang() === "en" ? sp.nameEn || sp.name : sp.name} (${sp.code})`)),
  );
  select.value = scope;
}

$("scope-select").addEventListener("change", () => {
  scope = $("scope-select").value;
  const url = new URL(location.href);
  if (scope) url.searchParams.set("sp", scope);
  else url.searchParams.delete("sp");
  history.replaceState(null, "", url);
  lastToday = null;
  lastHalf = null;
  lastQueues = [];
  restart();
});

function stop() {
  generation++;
  Object.values(timers).forEach(clearTimeout);
  timers = {};
}

function restart() {
  stop();
  drawToday();
  drawHalf();
  drawDownloads();
  refreshToday();
  refreshHalf();
}

// ---- refreshing ----

/** Runs load() now and again every `every` ms (sooner after a failure, e.g. while the server restarts). */
async function refresh(name, every, load) {
  clearTimeout(timers[name]);
  const mine = generation;
  let delay = every;
  try {
    await load(mine);
    if (mine !== generation) return;
    setConnection("live");
    if (shownError && shownError.status === 0) showError(null);
  } catch (e) {
    if (mine !== generation) return;
    if (e.status === 401) {
      signedOutByServer();
      return;
    }
    if (e.status === 0 || e.status >= 500) {
      setConnection("offline");
      delay = RETRY_EVERY;
    } else {
      showError(e);
    }
  }
  if (mine === generation) timers[name] = setTimeout(() => refresh(name, every, load), delay);
}

function refreshToday() {
  return refresh("today", TODAY_EVERY, async (mine) => {
    const today = bangkokToday();
    const codes = scope ? [scope] : servicePoints.map((sp) => sp.code);
    const [report, ...queues] = await Promise.all([
      session.call(`/api/v1/reports?from=${today}&to=${today}${scopeQuery()}`),
      ...codes.map((code) => session.call(`/api/v1/service-points/${encodeURIComponent(code)}/queue`)
        .then((queue) => ({ code, queue }))),
    ]);
    if (mine !== generation) return;
    lastToday = report;
    lastQueues = queues;
    $("today-updated").textContent = formatDateTime(new Date());
    drawToday();
  });
}

function refreshHalf() {
  return refresh("half", HALF_EVERY, async (mine) => {
    const today = bangkokToday();
    const half = fiscalHalf(today);
    const report = await session.call(`/api/v1/reports?from=${half.first}&to=${today}${scopeQuery()}`);
    if (mine !== generation) return;
    lastHalf = report;
    $("half-updated").textContent = formatDateTime(new Date());
    drawHalf();
  });
}

// ---- drawing ----

function spName(code) {
  const sp = servicePoints.find((s) => s.code === code);
  if (!sp) return code;
  return lang() === "en" ? sp.nameEn || sp.name : sp.name;
}

function drawToday() {
  $("today-date").textContent = formatDate(bangkokDate(bangkokToday()), { long: true });
  const figures = lastToday?.queue?.total;
  $("today-issued").textContent = figures ? number(figures.counts.issued) : "–";
  $("today-served").textContent = figures ? number(figures.counts.served) : "–";
  $("today-no-show").textContent = figures ? number(figures.counts.noShow) : "–";
  $("today-mean-wait").textContent = figures ? number(figures.waitMinutes.mean, 1) : "–";
  $("today-median-wait").textContent = figures ? number(figures.waitMinutes.median, 1) : "–";

  const many = !scope;
  const serviceRows = [];
  const counterRows = [];
  let waiting = 0;
  for (const { code, queue } of lastQueues) {
    for (const s of queue.services) {
      waiting += s.waiting;
      serviceRows.push(el("tr", {},
        el("td", {}, `${s.prefix} · ${lang() === "en" ? s.nameEn || s.name : s.name}${many ? ` — ${spName(code)}` : ""}`),
        el("td", { class: "num" }, number(s.waiting)),
        el("td", { class: "num" }, s.waiting ? number(s.estimatedWaitMinutes) : "–")));
    }
    for (const c of queue.counters) {
      counterRows.push(el("tr", {},
        el("td", {}, `${c.name || c.number}${many ? ` — ${spName(code)}` : ""}`),
        el("td", { class: `status-${c.status}` }, t(c.status)),
        el("td", {}, c.clerk || "–"),
        el("td", {}, c.serving ? c.serving.number : "–")));
    }
  }
  $("today-waiting").textContent = lastQueues.length ? number(waiting) : "–";
  $("services").replaceChildren(...(serviceRows.length ? serviceRows
    : [el("tr", {}, el("td", { colspan: 3, class: "muted" }, lastQueues.length ? t("nobody") : "–"))]));
  $("counters").replaceChildren(...(counterRows.length ? counterRows
    : [el("tr", {}, el("td", { colspan: 4, class: "muted" }, lastQueues.length ? t("noCounters") : "–"))]));
}

function halfLabel(h) {
  return t(h.half === 1 ? "half1" : "half2", { fy: h.fy });
}

function drawHalf() {
  const today = bangkokToday();
  const half = fiscalHalf(today);
  $("half-label").textContent = `${halfLabel(half)} · ${formatDate(bangkokDate(half.first))} – ${formatDate(bangkokDate(today))}`;
  const survey = lastHalf?.survey;
  $("half-responses").textContent = survey ? number(survey.responses.total) : "–";
  $("half-modes").textContent = survey
    ? t("modes", { invited: number(survey.responses.invited), open: number(survey.responses.open) })
      + (survey.responses.staff ? t("staffAnswers", { staff: number(survey.responses.staff) }) : "")
    : "";
  // under the minimum sample the server sends n and no score or grade: say so rather than show a number
  const eit = survey?.projectedEit;
  const min = survey?.gradeMinAnswers ?? 0;
  $("half-eit").textContent = !eit ? "–" : eit.score != null ? number(eit.score, 2) : t("notEnough", { n: number(eit.n), min: number(min) });
  $("half-grade").textContent = eit?.grade || "–";
  $("eit-note").textContent = eit ? (lang() === "en" ? eit.noteEn : eit.noteTh) : t("eitNote");
  $("target").textContent = lastHalf ? t("target", { target: number(lastHalf.target) }) : "";

  const wording = survey?.wording || {};
  const text = (code) => {
    const w = wording[code];
    return w ? (lang() === "en" ? w.textEn || w.textTh : w.textTh) : "";
  };
  $("indicators").replaceChildren(...(survey?.indicators?.length ? survey.indicators.map((i) =>
    el("tr", { class: i.belowTarget ? "flagged" : null, "data-testid": `indicator-${i.code}` },
      el("td", {}, `${i.code} ${lang() === "en" ? i.nameEn : i.nameTh}`),
      el("td", { class: "num" }, number(i.n)),
      el("td", { class: "num" }, number(i.score, 2))))
    : [el("tr", {}, el("td", { colspan: 3, class: "muted" }, survey ? t("noAnswers") : "–"))]));

  const rows = [];
  const score = (x) => x.scale === "LIKERT5" ? `${number(x.score, 2)} / 5` : number(x.score, 2);
  const flag = (x) => (x.belowTarget ? t("below") : x.n < min ? t("fewAnswers", { min: number(min) }) : "");
  for (const q of survey?.questions || []) {
    const own = q.items.length === 1 && q.items[0].code === q.code;
    rows.push(el("tr", { class: q.belowTarget ? "flagged" : null, "data-testid": `item-${q.code}`, title: q.developmentPoint || null },
      el("td", {}, q.code), el("td", {}, text(q.code)), el("td", { class: "num" }, number(q.n)),
      el("td", { class: "num" }, score(q)), el("td", {}, flag(q))));
    if (own) continue;
    for (const i of q.items) {
      rows.push(el("tr", { class: `sub${i.belowTarget ? " flagged" : ""}`, "data-testid": `item-${i.code}`, title: i.developmentPoint || null },
        el("td", {}, i.code), el("td", {}, text(i.code)), el("td", { class: "num" }, number(i.n)),
        el("td", { class: "num" }, score(i)), el("td", {}, flag(i))));
    }
  }
  $("items").replaceChildren(...(rows.length ? rows
    : [el("tr", {}, el("td", { colspan: 5, class: "muted" }, survey ? t("noAnswers") : "–"))]));
}

// ---- downloads ----

const FORMATS = ["pdf", "xlsx", "csv", "html"];

function periods() {
  const current = fiscalHalf(bangkokToday());
  const previous = previousHalf(current);
  // the 12-month report of the latest fiscal year with a finished half: last year's during half 1, this year's in half 2
  return [
    { key: "current", label: `${t("current")}: ${halfLabel(current)}`, query: `fiscalYear=${current.fy}&half=${current.half}` },
    { key: "previous", label: `${t("previous")}: ${halfLabel(previous)}`, query: `fiscalYear=${previous.fy}&half=${previous.half}` },
    { key: "year", label: t("year", { fy: previous.fy }), query: `fiscalYear=${previous.fy}` },
  ];
}

function drawDownloads() {
  $("downloads").replaceChildren(...periods().map((p) => el("tr", {},
    el("td", {}, p.label),
    el("td", {}, el("div", { class: "downloads" }, ...FORMATS.map((format) => el("button", {
      type: "button", class: "secondary", "data-testid": `download-${format}-${p.key}`,
      onclick: (event) => download(event.currentTarget, p, format),
    }, format.toUpperCase())))))));
}

async function download(button, period, format) {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = t("preparing");
  showError(null);
  try {
    const scopeName = scope || "agency";
    await session.download(`/api/v1/reports?${period.query}${scopeQuery()}&format=${format}`,
      `executive-report-${period.key}-${scopeName}.${format}`);
  } catch (e) {
    if (e.status === 401) signedOutByServer();
    else showError(e);
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

// ---- published reports ----

async function loadPublished() {
  try {
    lastPublished = await api("/api/v1/public/reports");
  } catch {
    lastPublished = null;
  }
  drawPublished();
}

function withFormat(url, format) {
  return `${url}${url.includes("?") ? "&" : "?"}format=${format}`;
}

function drawPublished() {
  const list = $("published");
  if (!lastPublished || !lastPublished.length) {
    list.replaceChildren(el("li", { class: "muted" }, lastPublished ? t("noPublished") : "–"));
    return;
  }
  list.replaceChildren(...lastPublished.map((r) => el("li", {},
    `${lang() === "en" ? r.period.labelEn : r.period.labelTh} — ${r.servicePoint ? spName(r.servicePoint) : t("agencyScope")}`
      + ` (${t("version", { v: r.version })}): `,
    ...["html", "pdf", "csv"].flatMap((format, i) => [i ? " · " : "",
      el("a", { href: withFormat(r.url, format), target: "_blank", rel: "noopener" }, format.toUpperCase())]))));
}

// ---- start ----

languageSwitch($("lang"), t, () => {
  if (shownError) showError(shownError);
  if (!session.signedIn) return;
  drawScope();
  drawToday();
  drawHalf();
  drawDownloads();
  drawPublished();
});

if (session.signedIn) startDashboard();
else showLogin();
