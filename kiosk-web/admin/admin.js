// Administration over /api/v1/admin: service points, divisions, services with their steps, counters and their poster
// QR, users, device keys and the questionnaire. ADMIN only; the password stays in this tab (sessionStorage) until sign-out.
// Every text from the server is written with textContent (el() in common/dom.js), never as markup.

import { ApiError, api, param } from "/common/api.js";
import { formatDateTime, lang, languageSwitch, texts } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { explain, StaffSession } from "/common/staff.js";

const ROLES = ["ADMIN", "CLERK", "EXECUTIVE", "COMPLAINT_OFFICER"];
const DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];
const TABS = ["service-points", "divisions", "services", "counters", "users", "devices", "questionnaire"];
const SP_TABS = new Set(["services", "counters", "devices"]);

const t = texts({
  th: {
    title: "ผู้ดูแลระบบ", signOut: "ออกจากระบบ", signInTitle: "เข้าสู่ระบบผู้ดูแลระบบ", username: "ชื่อผู้ใช้",
    password: "รหัสผ่าน", signIn: "เข้าสู่ระบบ", signingIn: "กำลังตรวจสอบ…",
    tabServicePoints: "จุดบริการ", tabDivisions: "กอง/สำนัก", tabServices: "งานบริการ", tabCounters: "ช่องบริการและโปสเตอร์ QR", tabUsers: "ผู้ใช้",
    tabDevices: "อุปกรณ์", tabQuestionnaire: "แบบประเมิน", servicePoint: "จุดบริการ", save: "บันทึก", cancel: "ยกเลิก",
    edit: "แก้ไข", create: "เพิ่ม", saved: "บันทึกแล้ว", loading: "กำลังโหลด…", none: "– ไม่มี –", yes: "ใช่", no: "ไม่",
    code: "รหัส", nameTh: "ชื่อภาษาไทย", nameEn: "ชื่อภาษาอังกฤษ", address: "ที่อยู่", opensAt: "เวลาเปิด",
    closesAt: "เวลาปิด", openDays: "วันทำการ", hours: "เวลาทำการ", newServicePoint: "เพิ่มจุดบริการ",
    editServicePoint: "แก้ไขจุดบริการ {code}", codeHint: "ตัวพิมพ์เล็ก a-z ตัวเลข และ - ใช้ในลิงก์ เปลี่ยนภายหลังไม่ได้",
    divisions: "กอง/สำนัก", newDivision: "เพิ่มกอง/สำนัก", editDivision: "แก้ไขกอง/สำนัก {code}",
    divisionCodeHint: "ตัวอักษรภาษาอังกฤษ ตัวเลข _ และ - งานบริการอ้างถึงกอง/สำนักด้วยรหัสนี้",
    MON: "จ.", TUE: "อ.", WED: "พ.", THU: "พฤ.", FRI: "ศ.", SAT: "ส.", SUN: "อา.",
    colPrefix: "อักษร", colName: "ชื่อ", colDivision: "กอง/สำนัก", services: "งานบริการ", prefix: "อักษรนำหน้าบัตรคิว", division: "กอง/สำนักที่รับผิดชอบ", dailyCap: "จำนวนบัตรสูงสุดต่อวัน",
    dailyCapHint: "เว้นว่าง = ไม่จำกัด", active: "เปิดให้บริการ (ออกบัตรคิวได้)", steps: "ขั้นตอนการให้บริการ",
    stepTh: "ขั้นตอน (ไทย)", stepEn: "ขั้นตอน (อังกฤษ)", minutes: "นาทีมาตรฐาน", addStep: "+ เพิ่มขั้นตอน",
    up: "เลื่อนขึ้น", down: "เลื่อนลง", remove: "ลบขั้นตอน", totalMinutes: "รวมเวลามาตรฐาน {n} นาที",
    newService: "เพิ่มงานบริการ", editService: "แก้ไขงานบริการ {prefix}", stepsCount: "ขั้นตอน", standard: "นาที",
    cap: "สูงสุด/วัน", status: "สถานะ", inactive: "ปิด", activeShort: "เปิด",
    counters: "ช่องบริการ", number: "หมายเลขช่อง", counterName: "ชื่อช่อง", counterServices: "งานที่ให้บริการ",
    newCounter: "เพิ่มช่องบริการ", editCounter: "แก้ไขช่อง {n}", clerk: "เจ้าหน้าที่", poster: "โปสเตอร์ QR",
    posterTitle: "โปสเตอร์ QR ประเมินความพึงพอใจ · {name}", posterNone: "ช่องนี้ยังไม่มีโปสเตอร์",
    posterCreate: "สร้างโปสเตอร์ใหม่", posterReplaceHint: "การสร้างใหม่ทำให้ QR ของโปสเตอร์เดิมใช้ไม่ได้",
    posterPrint: "พิมพ์", posterScan: "สแกนเพื่อประเมินความพึงพอใจต่อการให้บริการ", close: "ปิด",
    users: "ผู้ใช้", displayName: "ชื่อที่แสดง", roles: "บทบาท", newUser: "เพิ่มผู้ใช้", editUser: "แก้ไขผู้ใช้ {u}",
    passwordNew: "รหัสผ่าน (อย่างน้อย 8 ตัวอักษร)", passwordReset: "ตั้งรหัสผ่านใหม่ (เว้นว่างถ้าไม่เปลี่ยน)",
    userActive: "ใช้งานได้ (เอาเครื่องหมายออกเพื่อระงับบัญชี)",
    ADMIN: "ผู้ดูแลระบบ", CLERK: "เจ้าหน้าที่ให้บริการ", EXECUTIVE: "ผู้บริหาร", COMPLAINT_OFFICER: "เจ้าหน้าที่รับเรื่องร้องเรียน",
    devices: "อุปกรณ์", nameShort: "ชื่อ", deviceName: "ชื่ออุปกรณ์ (เช่น ตู้กดบัตรหน้าอาคาร)", kind: "ชนิด", KIOSK: "ตู้กดบัตรคิว",
    DISPLAY: "จอแสดงผลในโถง", COUNTER: "จอหน้าช่องบริการ", screenCounter: "ช่องบริการของจอนี้",
    screenCounterHint: "จอหน้าช่องบริการแสดง QR แบบประเมินของผู้รับบริการ กุญแจของจอจึงเปิดได้เฉพาะช่องนี้",
    noCounter: "จุดบริการนี้ยังไม่มีช่องบริการ", everySp: "ทุกจุดบริการ", newDevice: "ลงทะเบียนอุปกรณ์", created: "สร้างเมื่อ",
    revoke: "เพิกถอน", revokeConfirm: "ยืนยันเพิกถอน", revoked: "เพิกถอนแล้ว",
    keyOnce: "กุญแจนี้แสดงครั้งเดียวเท่านั้น ระบบเก็บไว้เฉพาะค่าแฮช คัดลอกหรือเปิดลิงก์นี้บนอุปกรณ์แล้วบันทึกเป็นบุ๊กมาร์ก",
    key: "กุญแจอุปกรณ์", deviceUrl: "ลิงก์สำหรับอุปกรณ์", copy: "คัดลอกลิงก์", copied: "คัดลอกแล้ว",
    questionnaire: "แบบประเมิน", version: "ฉบับที่ {v}", publishedAt: "เผยแพร่เมื่อ {at}", parent: "ข้อหลัก",
    indicator: "ตัวชี้วัด", scale: "มาตรวัด", required: "ต้องตอบ", textTh: "ข้อความ (ไทย)", textEn: "ข้อความ (อังกฤษ)",
    order: "ลำดับ", publish: "เผยแพร่เป็นฉบับใหม่",
    publishHint: "การเผยแพร่สร้างแบบประเมินฉบับใหม่ ฉบับเดิมเลิกใช้ คำตอบเดิมยังนับตามรหัสข้อ",
    publishedVersion: "เผยแพร่แบบประเมินฉบับที่ {v} แล้ว", keyShown: "สร้างกุญแจแล้ว",
    forbidden: "บัญชีนี้ไม่ใช่ผู้ดูแลระบบ",
    signedOut: "สิทธิ์การเข้าใช้หมดอายุหรือรหัสผ่านถูกเปลี่ยน กรุณาเข้าสู่ระบบอีกครั้ง",
  },
  en: {
    title: "Administration", signOut: "Sign out", signInTitle: "Administrator sign-in", username: "Username",
    password: "Password", signIn: "Sign in", signingIn: "Checking…",
    tabServicePoints: "Service points", tabDivisions: "Divisions", tabServices: "Services", tabCounters: "Counters and poster QR", tabUsers: "Users",
    tabDevices: "Devices", tabQuestionnaire: "Questionnaire", servicePoint: "Service point", save: "Save",
    cancel: "Cancel", edit: "Edit", create: "Add", saved: "Saved", loading: "Loading…", none: "– none –", yes: "yes",
    no: "no", code: "Code", nameTh: "Name in Thai", nameEn: "Name in English", address: "Address", opensAt: "Opens at",
    closesAt: "Closes at", openDays: "Open days", hours: "Hours", newServicePoint: "Add a service point",
    editServicePoint: "Edit service point {code}", codeHint: "lower-case a-z, digits and '-'; used in links; cannot change later",
    divisions: "Divisions", newDivision: "Add a division", editDivision: "Edit division {code}",
    divisionCodeHint: "letters A-Z, digits, '_' and '-'; services name their division by this code",
    MON: "Mon", TUE: "Tue", WED: "Wed", THU: "Thu", FRI: "Fri", SAT: "Sat", SUN: "Sun",
    colPrefix: "Prefix", colName: "Name", colDivision: "Division", services: "Services", prefix: "Ticket prefix letter", division: "Responsible division", dailyCap: "Daily ticket cap",
    dailyCapHint: "empty = no limit", active: "Active (tickets can be issued)", steps: "Published steps",
    stepTh: "Step (Thai)", stepEn: "Step (English)", minutes: "Standard minutes", addStep: "+ Add a step",
    up: "Move up", down: "Move down", remove: "Remove step", totalMinutes: "Standard time in total {n} min",
    newService: "Add a service", editService: "Edit service {prefix}", stepsCount: "Steps", standard: "Min",
    cap: "Cap/day", status: "Status", inactive: "inactive", activeShort: "active",
    counters: "Counters", number: "Counter number", counterName: "Counter name", counterServices: "Services served",
    newCounter: "Add a counter", editCounter: "Edit counter {n}", clerk: "Clerk", poster: "Poster QR",
    posterTitle: "Satisfaction survey poster QR · {name}", posterNone: "This counter has no poster yet",
    posterCreate: "Create a new poster", posterReplaceHint: "A new poster makes the old poster's QR stop working",
    posterPrint: "Print", posterScan: "Scan to rate our service", close: "Close",
    users: "Users", displayName: "Display name", roles: "Roles", newUser: "Add a user", editUser: "Edit user {u}",
    passwordNew: "Password (at least 8 characters)", passwordReset: "New password (empty: unchanged)",
    userActive: "Active (untick to deactivate the account)",
    ADMIN: "Administrator", CLERK: "Clerk", EXECUTIVE: "Executive", COMPLAINT_OFFICER: "Complaint officer",
    devices: "Devices", nameShort: "Name", deviceName: "Device name (e.g. kiosk at the entrance)", kind: "Kind", KIOSK: "Kiosk",
    DISPLAY: "Lobby display", COUNTER: "Counter screen", screenCounter: "Counter this screen shows",
    screenCounterHint: "A counter screen shows citizens their survey QR, so its key opens this counter's screen only",
    noCounter: "This service point has no counters yet", everySp: "Every service point", newDevice: "Register a device", created: "Created",
    revoke: "Revoke", revokeConfirm: "Confirm revoke", revoked: "revoked",
    keyOnce: "This key is shown this once only (the server keeps only its hash). Copy or open this address on the device and bookmark it.",
    key: "Device key", deviceUrl: "Address for the device", copy: "Copy address", copied: "Copied",
    questionnaire: "Questionnaire", version: "Version {v}", publishedAt: "published {at}", parent: "Parent",
    indicator: "Indicator", scale: "Scale", required: "Required", textTh: "Text (Thai)", textEn: "Text (English)",
    order: "Order", publish: "Publish as a new version",
    publishHint: "Publishing makes a new version and retires the current one; earlier answers still count by item code.",
    publishedVersion: "Questionnaire version {v} published", keyShown: "Key created",
    forbidden: "This account is not an administrator",
    signedOut: "Your sign-in is no longer accepted (expired or password changed). Please sign in again.",
  },
});

const FORBIDDEN = {
  detailTh: "บัญชีนี้ไม่ใช่ผู้ดูแลระบบ หน้านี้ใช้ได้เฉพาะผู้ดูแลระบบ",
  detail: "This account is not an administrator; this page is for administrators only.",
};
const session = new StaffSession("servicepoint.admin", "/api/v1/admin/service-points", FORBIDDEN);

const $ = (id) => document.getElementById(id);
const content = $("content");
let servicePoints = [];
let sp = param("sp") || "";
let tab = TABS.includes(location.hash.slice(1)) ? location.hash.slice(1) : "services";
let redraw = () => {};
let shownError = null;
// each opening of a tab counts; a tab whose data arrives after another tab (or the same one again) was opened
// draws nothing, so a slow answer never replaces the form someone is already filling in
let renderSeq = 0;

// ---- messages and errors ----

function showError(error) {
  shownError = error;
  $("admin-error").textContent = !error ? "" : typeof error === "string" ? error : explain(error, FORBIDDEN).text(lang());
}

function notice(text) {
  $("admin-notice").textContent = text || "";
}

/**
 * Writes a problem next to its fields (errors[].field → field-error-<field> in the form), the rest above. A 409 names
 * no field; a form whose only conflict is one field's value taken says which (data-conflict-field).
 */
function showProblem(error, form) {
  if (!(error instanceof ApiError)) throw error;
  if (error.status === 401) {
    signedOutByServer();
    return;
  }
  const conflictField = error.status === 409 && form?.dataset.conflictField;
  const fields = conflictField ? [{ field: conflictField, message: error.message, messageTh: error.detailTh }] : error.errors;
  const unplaced = [];
  for (const f of fields) {
    const message = lang() === "en" ? f.message : f.messageTh || f.message;
    const slot = form && findSlot(form, f.field);
    if (slot) {
      slot.textContent = slot.textContent ? `${slot.textContent} · ${message}` : message;
      form.querySelectorAll(`[aria-describedby~="${CSS.escape(slot.id)}"]`).forEach((input) => input.setAttribute("aria-invalid", "true"));
    } else {
      unplaced.push(`${f.field}: ${message}`);
    }
  }
  const main = explain(error, FORBIDDEN).text(lang());
  showError([main, ...unplaced].join(" — "));
}

function findSlot(form, field) {
  const names = [field, field.replace(/\[\d+\]/g, ""), field.split(".").pop(), field.replace(/\.[^.]*$/, "")];
  for (const name of names) {
    const slot = form.querySelector(`[data-testid="field-error-${CSS.escape(name)}"]`);
    if (slot) return slot;
  }
  return null;
}

function clearProblems(form) {
  showError(null);
  notice("");
  form.querySelectorAll(".field-error").forEach((slot) => (slot.textContent = ""));
  form.querySelectorAll("[aria-invalid]").forEach((input) => input.removeAttribute("aria-invalid"));
}

/** Runs a form's request with its save button busy; problems go next to their fields. */
async function submit(form, request, done) {
  clearProblems(form);
  const button = form.querySelector("[data-testid=save]");
  if (button) button.disabled = true;
  try {
    const result = await request();
    await done(result);
  } catch (e) {
    showProblem(e, form);
  } finally {
    if (button) button.disabled = false;
  }
}

/** Loads what a tab lists; on failure the error shows above and the tab stays as it was. */
async function load(path) {
  try {
    return await session.call(path);
  } catch (e) {
    showProblem(e, null);
    throw e;
  }
}

// ---- building forms ----

let fieldSeq = 0;

/** A labelled input with its error slot field-error-<name>. */
function field(name, key, input, hint) {
  const id = `f${++fieldSeq}-${name}`;
  const errorId = `${id}-error`;
  input.id = id;
  input.name = name;
  input.setAttribute("aria-describedby", errorId);
  return el("div", { class: "field" },
    el("label", { for: id, dataset: { i18n: key } }, t(key)),
    input,
    hint ? el("p", { class: "muted small", dataset: { i18n: hint } }, t(hint)) : null,
    el("p", { class: "field-error", id: errorId, "data-testid": `field-error-${name}` }));
}

/** An error slot for fields that have no single input (steps, roles, items[3].textTh …). */
function errorSlot(name) {
  return el("p", { class: "field-error", id: `slot${++fieldSeq}`, "data-testid": `field-error-${name}` });
}

function input(value = "", attrs = {}) {
  return el("input", { type: "text", value: value ?? "", ...attrs });
}

function checkbox(checked, attrs = {}) {
  return el("input", { type: "checkbox", checked, ...attrs });
}

function heading(key, values) {
  return el("h2", {}, t(key, values));
}

function buttonRow(...buttons) {
  return el("div", { class: "actions" }, ...buttons);
}

function saveButton(key = "save") {
  return el("button", { type: "submit", "data-testid": "save", dataset: { i18n: key } }, t(key));
}

function cancelButton(onclick) {
  return el("button", { type: "button", class: "secondary", onclick, dataset: { i18n: "cancel" } }, t("cancel"));
}

function name(thing) {
  return lang() === "en" ? thing.nameEn || thing.nameTh || thing.name : thing.nameTh || thing.name;
}

function spLabel(code) {
  const found = servicePoints.find((s) => s.code === code);
  return found ? `${name(found)} (${code})` : code || t("everySp");
}

const enc = encodeURIComponent;

// ---- sign-in and tabs ----

function showLogin() {
  $("login").hidden = false;
  $("app").hidden = true;
  $("sign-out").hidden = true;
  $("who").hidden = true;
  $("login-username").focus();
}

async function start() {
  $("login").hidden = true;
  $("sign-out").hidden = false;
  $("who").hidden = false;
  $("who").textContent = session.username;
  await loadServicePoints();
  $("app").hidden = false;
  openTab(tab);
}

session.bindForm($("login"), t, {
  onSignedIn: () => {
    showError(null);
    return start();
  },
  onRefused: (e) => {
    showError(e);
    $("app").hidden = true;
  },
});

// the error box lives in the app; on the sign-in page show it above the form
$("login").before($("admin-error"));

$("sign-out").addEventListener("click", () => {
  session.signOut();
  showError(null);
  notice("");
  content.replaceChildren();
  showLogin();
});

function signedOutByServer() {
  session.signOut();
  content.replaceChildren();
  showError(t("signedOut"));
  showLogin();
}

async function loadServicePoints() {
  try {
    servicePoints = await session.call("/api/v1/admin/service-points");
  } catch (e) {
    showProblem(e, null);
    servicePoints = [];
  }
  if (!servicePoints.some((s) => s.code === sp)) sp = servicePoints[0]?.code || "";
  const select = $("admin-sp");
  select.replaceChildren(...servicePoints.map((s) => el("option", { value: s.code }, `${name(s)} (${s.code})`)));
  select.value = sp;
}

$("admin-sp").addEventListener("change", () => {
  sp = $("admin-sp").value;
  const url = new URL(location.href);
  url.searchParams.set("sp", sp);
  history.replaceState(null, "", url);
  openTab(tab);
});

document.querySelectorAll(".tabs button").forEach((button) => button.addEventListener("click", () => openTab(button.dataset.tab)));

function openTab(name) {
  const mine = ++renderSeq;
  tab = name;
  history.replaceState(null, "", `${location.pathname}${location.search}#${name}`);
  document.querySelectorAll(".tabs button").forEach((b) => b.setAttribute("aria-selected", String(b.dataset.tab === name)));
  $("sp-bar").hidden = !SP_TABS.has(name);
  showError(null);
  notice("");
  redraw = () => {};
  content.replaceChildren(el("p", { class: "muted" }, t("loading")));
  ({
    "service-points": servicePointsTab,
    divisions: divisionsTab,
    services: servicesTab,
    counters: countersTab,
    users: usersTab,
    devices: devicesTab,
    questionnaire: questionnaireTab,
  })[name]().catch(() => {
    if (mine === renderSeq) content.replaceChildren();
  });
}

/** A tab's two panes: the list (redrawn on a language switch) and the form. */
function layout(list, form, wide = false) {
  content.replaceChildren(el("div", { class: `layout${wide ? " wide" : ""}` }, list, form));
}

/**
 * A tab that lists things beside a form: a table with an edit button a row, a button for a new one, the form for a
 * new one to start with.
 * @param {object} tab title and newKey (text keys), newTestId, columns (text keys, or {key, num} for a number),
 *   items, row(item) → {testid, cells, inactive, buttons (beside edit)}, form(box, item or null) draws the form
 */
function listTab({ title, columns, items, row, newKey, newTestId, form }) {
  const list = el("div", { class: "panel" });
  const formBox = el("div", { class: "panel" });
  const cols = columns.map((c) => (typeof c === "string" ? { key: c } : c));
  const cell = (tag, i, value) => el(tag, { class: cols[i].num ? "num" : null }, value);
  const tableRow = (item) => {
    const { testid, cells, inactive, buttons = [] } = row(item);
    const edit = el("button", { type: "button", class: "secondary", onclick: () => form(formBox, item) }, t("edit"));
    return el("tr", { class: inactive ? "inactive" : null, "data-testid": testid }, ...cells.map((c, i) => cell("td", i, c)),
      el("td", {}, buttons.length ? el("div", { class: "actions" }, edit, ...buttons) : edit));
  };
  const draw = () => list.replaceChildren(
    heading(title),
    el("table", {}, el("thead", {}, el("tr", {}, ...cols.map((c, i) => cell("th", i, t(c.key))), el("th", {}))),
      el("tbody", {}, ...items.map(tableRow))),
    buttonRow(el("button", { type: "button", "data-testid": newTestId, onclick: () => form(formBox, null) }, t(newKey))));
  draw();
  redraw = draw;
  form(formBox, null);
  layout(list, formBox);
}

/**
 * A listed thing's form: heading, parts, save, and while editing a cancel back to a new one (fresh). Saving sends
 * request(), opens the tab again (reopen) and says what was saved (label(saved)).
 */
function itemForm(box, { testid, title, parts, editing, fresh, request, reopen, label, conflictField }) {
  const form = el("form", { novalidate: true, "data-testid": testid, dataset: conflictField ? { conflictField } : {} },
    title, ...parts, buttonRow(saveButton(), editing ? cancelButton(fresh) : null));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(form, request, async (saved) => {
      await reopen();
      notice(`${t("saved")}: ${label(saved)}`);
    });
  });
  box.replaceChildren(form);
}

/** Creates at path (POST), or updates the thing of that key at path/key (PUT). */
function save(path, key, body) {
  return key === undefined
    ? session.call(path, { method: "POST", body })
    : session.call(`${path}/${enc(key)}`, { method: "PUT", body });
}

// ---- service points ----

async function servicePointsTab() {
  listTab({
    title: "tabServicePoints", columns: ["code", "nameTh", "hours", "openDays"], items: servicePoints,
    row: (s) => ({ testid: `sp-row-${s.code}`, cells: [s.code, name(s),
      `${(s.opensAt || "").slice(0, 5)}–${(s.closesAt || "").slice(0, 5)}`, (s.openDays || []).map((d) => t(d)).join(" ")] }),
    newKey: "newServicePoint", form: spForm,
  });
}

function spForm(box, existing) {
  const code = input(existing?.code, { autocapitalize: "none", disabled: Boolean(existing) });
  const nameTh = input(existing?.nameTh);
  const nameEn = input(existing?.nameEn);
  const address = input(existing?.address);
  const opensAt = el("input", { type: "time", value: (existing?.opensAt || "08:30").slice(0, 5) });
  const closesAt = el("input", { type: "time", value: (existing?.closesAt || "16:30").slice(0, 5) });
  const days = new Set(existing?.openDays || ["MON", "TUE", "WED", "THU", "FRI"]);
  const dayBoxes = DAYS.map((d) => checkbox(days.has(d), { value: d }));
  itemForm(box, {
    testid: "service-point-form", editing: existing, fresh: () => spForm(box, null),
    title: existing ? heading("editServicePoint", { code: existing.code }) : heading("newServicePoint"),
    parts: [field("code", "code", code, "codeHint"), field("nameTh", "nameTh", nameTh), field("nameEn", "nameEn", nameEn),
      field("address", "address", address),
      el("div", { class: "row2" }, field("opensAt", "opensAt", opensAt), field("closesAt", "closesAt", closesAt)),
      el("fieldset", { class: "checks" }, el("legend", { dataset: { i18n: "openDays" } }, t("openDays")),
        ...DAYS.map((d, i) => el("label", {}, dayBoxes[i], t(d)))),
      errorSlot("openDays"), errorSlot("timeZone")],
    request: () => {
      const body = {
        nameTh: nameTh.value.trim(), nameEn: nameEn.value.trim(), address: address.value.trim() || null,
        opensAt: opensAt.value || null, closesAt: closesAt.value || null,
        openDays: DAYS.filter((d, i) => dayBoxes[i].checked),
      };
      return save("/api/v1/admin/service-points", existing?.code, existing ? body : { code: code.value.trim(), ...body });
    },
    reopen: async () => {
      await loadServicePoints();
      await servicePointsTab();
    },
    label: (saved) => saved.code,
  });
}

// ---- divisions ----

async function divisionsTab() {
  const mine = renderSeq;
  const divisions = await load("/api/v1/admin/divisions");
  if (mine !== renderSeq) return;
  listTab({
    title: "divisions", columns: ["code", "nameTh", "nameEn"], items: divisions,
    row: (d) => ({ testid: `division-row-${d.code}`, cells: [d.code, d.nameTh, d.nameEn] }),
    newKey: "newDivision", newTestId: "new-division", form: divisionForm,
  });
}

/** The code can change too: services hold their division by id, so they follow. */
function divisionForm(box, existing) {
  const code = input(existing?.code, { autocapitalize: "characters", autocomplete: "off" });
  const nameTh = input(existing?.nameTh);
  const nameEn = input(existing?.nameEn);
  itemForm(box, {
    testid: "division-form", conflictField: "code", editing: existing, fresh: () => divisionForm(box, null),
    title: existing ? heading("editDivision", { code: existing.code }) : heading("newDivision"),
    parts: [field("code", "code", code, "divisionCodeHint"), field("nameTh", "nameTh", nameTh), field("nameEn", "nameEn", nameEn)],
    request: () => save("/api/v1/admin/divisions", existing?.id,
      { code: code.value.trim(), nameTh: nameTh.value.trim(), nameEn: nameEn.value.trim() }),
    reopen: divisionsTab,
    label: (saved) => `${saved.code} ${name(saved)}`,
  });
}

// ---- services ----

async function servicesTab() {
  if (!sp) {
    content.replaceChildren();
    return;
  }
  const mine = renderSeq;
  const [services, divisions] = await Promise.all([
    load(`/api/v1/admin/service-points/${enc(sp)}/services`), load("/api/v1/admin/divisions")]);
  if (mine !== renderSeq) return;
  listTab({
    title: "services", items: services,
    columns: ["colPrefix", "colName", "colDivision", { key: "stepsCount", num: true }, { key: "standard", num: true },
      { key: "cap", num: true }, "status"],
    row: (s) => ({ testid: `service-row-${s.prefix}`, inactive: !s.active, cells: [s.prefix, name(s), s.division || "–",
      s.steps.length, s.standardMinutes, s.dailyCap ?? "–", s.active ? t("activeShort") : t("inactive")] }),
    newKey: "newService", newTestId: "new-service", form: (box, s) => serviceForm(box, s, divisions),
  });
}

function serviceForm(box, existing, divisions) {
  const prefix = input(existing?.prefix, { maxlength: 1, disabled: Boolean(existing), class: "prefix" });
  prefix.addEventListener("input", () => (prefix.value = prefix.value.toUpperCase()));
  const nameTh = input(existing?.nameTh);
  const nameEn = input(existing?.nameEn);
  const division = el("select", {},
    el("option", { value: "" }, t("none")),
    ...divisions.map((d) => el("option", { value: d.code }, `${name(d)} (${d.code})`)));
  division.value = existing?.division || "";
  const dailyCap = el("input", { type: "number", inputmode: "numeric", value: existing?.dailyCap ?? "" });
  const active = checkbox(existing ? existing.active : true);
  const steps = el("ol", { class: "steps" });
  const total = el("p", { class: "muted" });
  const updateTotal = () => {
    const minutes = [...steps.querySelectorAll("[name=standardMinutes]")].reduce((sum, i) => sum + (Number(i.value) || 0), 0);
    total.textContent = t("totalMinutes", { n: minutes });
    [...steps.children].forEach((row, i) => (row.querySelector(".n").textContent = String(i + 1)));
  };
  const stepRow = (step = {}) => {
    const row = el("li", { class: "step-row", "data-testid": "step-row" },
      el("span", { class: "n" }),
      input(step.titleTh, { name: "titleTh", "aria-label": t("stepTh"), placeholder: t("stepTh") }),
      input(step.titleEn, { name: "titleEn", "aria-label": t("stepEn"), placeholder: t("stepEn") }),
      el("input", { type: "number", min: 0, name: "standardMinutes", inputmode: "numeric", value: step.standardMinutes ?? "",
        "aria-label": t("minutes"), placeholder: t("minutes"), oninput: updateTotal }),
      el("span", { class: "buttons" },
        el("button", { type: "button", class: "secondary", title: t("up"), "aria-label": t("up"), onclick: () => {
          if (row.previousElementSibling) row.previousElementSibling.before(row);
          updateTotal();
        } }, "↑"),
        el("button", { type: "button", class: "secondary", title: t("down"), "aria-label": t("down"), onclick: () => {
          if (row.nextElementSibling) row.nextElementSibling.after(row);
          updateTotal();
        } }, "↓"),
        el("button", { type: "button", class: "secondary", title: t("remove"), "aria-label": t("remove"), onclick: () => {
          row.remove();
          updateTotal();
        } }, "✕")));
    steps.append(row);
    updateTotal();
    return row;
  };
  (existing?.steps || []).forEach(stepRow);
  updateTotal();
  itemForm(box, {
    testid: "service-form", editing: existing, fresh: () => serviceForm(box, null, divisions),
    title: existing ? heading("editService", { prefix: existing.prefix }) : heading("newService"),
    parts: [el("div", { class: "row2" }, field("prefix", "prefix", prefix), field("division", "division", division)),
      el("div", { class: "row2" }, field("nameTh", "nameTh", nameTh), field("nameEn", "nameEn", nameEn)),
      el("div", { class: "row2" }, field("dailyCap", "dailyCap", dailyCap, "dailyCapHint"),
        el("div", {}, el("label", { class: "check" }, active, el("span", { dataset: { i18n: "active" } }, t("active"))),
          errorSlot("active"))),
      el("h3", { dataset: { i18n: "steps" } }, t("steps")),
      steps, errorSlot("steps"), errorSlot("titleTh"), errorSlot("titleEn"), errorSlot("standardMinutes"), total,
      buttonRow(el("button", { type: "button", class: "secondary", "data-testid": "add-step", onclick: () => stepRow().querySelector("input").focus() }, t("addStep")))],
    request: () => {
      const cap = dailyCap.value.trim();
      const body = {
        nameTh: nameTh.value.trim(), nameEn: nameEn.value.trim(), division: division.value || null,
        dailyCap: cap === "" ? null : Number(cap), active: active.checked,
        steps: [...steps.children].map((row) => {
          const minutes = row.querySelector("[name=standardMinutes]").value.trim();
          return {
            titleTh: row.querySelector("[name=titleTh]").value.trim(),
            titleEn: row.querySelector("[name=titleEn]").value.trim(),
            standardMinutes: minutes === "" ? null : Number(minutes),
          };
        }),
      };
      return save(`/api/v1/admin/service-points/${enc(sp)}/services`, existing?.prefix,
        existing ? body : { prefix: prefix.value.trim(), ...body });
    },
    reopen: servicesTab,
    label: (saved) => `${saved.prefix} ${name(saved)}`,
  });
}

// ---- counters and posters ----

async function countersTab() {
  if (!sp) {
    content.replaceChildren();
    return;
  }
  const mine = renderSeq;
  const [counters, services] = await Promise.all([
    load(`/api/v1/admin/service-points/${enc(sp)}/counters`), load(`/api/v1/admin/service-points/${enc(sp)}/services`)]);
  if (mine !== renderSeq) return;
  const posterBox = el("div", { class: "panel print-area", hidden: true });
  listTab({
    title: "counters", items: counters, columns: [{ key: "#", num: true }, "counterName", "counterServices", "status", "clerk"],
    row: (c) => ({ testid: `counter-row-${c.number}`, cells: [c.number, c.name, c.services.join(", "), c.status, c.clerk || "–"],
      buttons: [el("button", { type: "button", class: "secondary", "data-testid": `poster-${c.number}`, onclick: () => showPoster(posterBox, c) }, t("poster"))] }),
    newKey: "newCounter", form: (box, c) => counterForm(box, c, services),
  });
  content.append(posterBox);
}

function counterForm(box, existing, services) {
  const number = el("input", { type: "number", inputmode: "numeric", min: 1, value: existing?.number ?? "" });
  const counterName = input(existing?.name);
  const chosen = new Set(existing?.services || []);
  const boxes = services.map((s) => checkbox(chosen.has(s.prefix), { value: s.prefix }));
  itemForm(box, {
    testid: "counter-form", editing: existing, fresh: () => counterForm(box, null, services),
    title: existing ? heading("editCounter", { n: existing.number }) : heading("newCounter"),
    parts: [field("number", "number", number), field("name", "counterName", counterName),
      el("fieldset", { class: "checks" }, el("legend", { dataset: { i18n: "counterServices" } }, t("counterServices")),
        ...services.map((s, i) => el("label", {}, boxes[i], `${s.prefix} · ${name(s)}`))),
      errorSlot("services")],
    request: () => save(`/api/v1/admin/service-points/${enc(sp)}/counters`, existing?.id, {
      number: number.value.trim() === "" ? null : Number(number.value), name: counterName.value.trim(),
      services: services.filter((s, i) => boxes[i].checked).map((s) => s.prefix),
    }),
    reopen: countersTab,
    label: (saved) => saved.name,
  });
}

async function showPoster(box, counter) {
  showError(null);
  box.hidden = false;
  const body = el("div", { class: "poster" });
  box.replaceChildren(heading("posterTitle", { name: counter.name }), body,
    buttonRow(
      el("button", { type: "button", "data-testid": "poster-create", onclick: () => createPoster(body, counter) }, t("posterCreate")),
      el("button", { type: "button", class: "secondary", onclick: () => window.print() }, t("posterPrint")),
      el("button", { type: "button", class: "secondary", onclick: () => (box.hidden = true) }, t("close"))),
    el("p", { class: "muted small" }, t("posterReplaceHint")));
  try {
    const poster = await session.call(`/api/v1/admin/counters/${counter.id}/poster`);
    await drawPoster(body, counter, poster);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) body.replaceChildren(el("p", {}, t("posterNone")));
    else showProblem(e, null);
  }
  box.scrollIntoView({ block: "nearest" });
}

async function createPoster(body, counter) {
  showError(null);
  try {
    const poster = await session.call(`/api/v1/admin/counters/${counter.id}/poster`, { method: "POST" });
    await drawPoster(body, counter, poster);
  } catch (e) {
    showProblem(e, null);
  }
}

/** The QR as an SVG image (fetched with the password, shown from a Blob: an <img> runs no script in it). */
async function drawPoster(body, counter, poster) {
  const response = await fetch(`/api/v1/admin/counters/${counter.id}/poster/qr.svg`, { headers: session.headers() });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  const url = URL.createObjectURL(new Blob([await response.text()], { type: "image/svg+xml" }));
  body.replaceChildren(
    el("p", {}, el("strong", {}, t("posterScan"))),
    el("img", { src: url, alt: `QR ${poster.url}`, "data-testid": "poster-qr" }),
    el("p", {}, `${spLabel(sp)} · ${counter.name}`),
    el("p", { class: "url" }, poster.url),
    el("p", { class: "muted small" }, formatDateTime(poster.createdAt)));
}

// ---- users ----

async function usersTab() {
  const mine = renderSeq;
  const users = await load("/api/v1/admin/users");
  if (mine !== renderSeq) return;
  listTab({
    title: "users", items: users, columns: ["username", "displayName", "roles", "status"],
    row: (u) => ({ testid: `user-row-${u.username}`, inactive: !u.active, cells: [u.username, u.displayName,
      u.roles.map((r) => t(r)).join(", "), u.active ? t("activeShort") : t("inactive")] }),
    newKey: "newUser", form: userForm,
  });
}

function userForm(box, existing) {
  const username = input(existing?.username, { autocapitalize: "none", autocomplete: "off", disabled: Boolean(existing) });
  const displayName = input(existing?.displayName);
  const password = el("input", { type: "password", autocomplete: "new-password" });
  const roles = new Set(existing?.roles || []);
  const roleBoxes = ROLES.map((r) => checkbox(roles.has(r), { value: r, "data-testid": `role-${r}` }));
  const active = checkbox(existing ? existing.active : true);
  itemForm(box, {
    testid: "user-form", editing: existing, fresh: () => userForm(box, null),
    title: existing ? heading("editUser", { u: existing.username }) : heading("newUser"),
    parts: [field("username", "username", username), field("displayName", "displayName", displayName),
      field("password", existing ? "passwordReset" : "passwordNew", password),
      el("fieldset", { class: "checks" }, el("legend", { dataset: { i18n: "roles" } }, t("roles")),
        ...ROLES.map((r, i) => el("label", {}, roleBoxes[i], el("span", { dataset: { i18n: r } }, t(r))))),
      errorSlot("roles"),
      existing ? el("label", { class: "check" }, active, el("span", { dataset: { i18n: "userActive" } }, t("userActive"))) : null,
      errorSlot("active")],
    request: () => {
      const chosen = ROLES.filter((r, i) => roleBoxes[i].checked);
      return save("/api/v1/admin/users", existing?.username, existing
        ? { displayName: displayName.value.trim(), roles: chosen, active: active.checked, password: password.value || null }
        : { username: username.value.trim(), displayName: displayName.value.trim(), roles: chosen, password: password.value });
    },
    reopen: usersTab,
    label: (saved) => saved.username,
  });
}

// ---- device keys ----

async function devicesTab() {
  const mine = renderSeq;
  const devices = await load("/api/v1/admin/device-keys");
  if (mine !== renderSeq) return;
  const list = el("div", { class: "panel" });
  const formBox = el("div", { class: "panel" });
  let current = devices;
  const draw = () => drawDevices(list, current);
  draw();
  redraw = draw;
  deviceForm(formBox, (fresh) => {
    current = fresh;
    draw();
  });
  layout(list, formBox);
}

function drawDevices(list, devices) {
  const shown = sp ? devices.filter((d) => !d.servicePoint || d.servicePoint === sp) : devices;
  list.replaceChildren(heading("devices"), el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, t("nameShort")), el("th", {}, t("kind")), el("th", {}, t("servicePoint")),
      el("th", {}, t("created")), el("th", {}, t("status")), el("th", {}))),
    el("tbody", {}, ...shown.map((d) => el("tr", { class: d.active ? null : "inactive", "data-testid": `device-row-${d.id}` },
      el("td", {}, d.name), el("td", {}, d.counterNumber ? `${t(d.kind)} ${d.counterNumber}` : t(d.kind)),
      el("td", {}, spLabel(d.servicePoint)),
      el("td", {}, formatDateTime(d.createdAt)), el("td", {}, d.active ? t("activeShort") : t("revoked")),
      el("td", {}, d.active ? revokeButton(d) : null))))));
}

/** Revoking asks twice on the same button (no browser dialog, which a kiosk-style browser may block). */
function revokeButton(device) {
  let armed = false;
  const button = el("button", { type: "button", class: "secondary", "data-testid": `revoke-${device.id}` }, t("revoke"));
  button.addEventListener("click", async () => {
    if (!armed) {
      armed = true;
      button.className = "danger";
      button.textContent = t("revokeConfirm");
      return;
    }
    button.disabled = true;
    try {
      await session.call(`/api/v1/admin/device-keys/${device.id}/revoke`, { method: "POST" });
      await devicesTab();
      notice(`${t("revoked")}: ${device.name}`);
    } catch (e) {
      showProblem(e, null);
      button.disabled = false;
    }
  });
  return button;
}

function deviceForm(box, onListChange) {
  const deviceName = input("");
  const kind = el("select", {}, ...["KIOSK", "DISPLAY", "COUNTER"].map((k) => el("option", { value: k }, t(k))));
  const where = el("select", {}, ...servicePoints.map((s) => el("option", { value: s.code }, `${name(s)} (${s.code})`)),
    el("option", { value: "" }, t("everySp")));
  where.value = sp;
  // a counter screen is bound to one counter of the chosen service point
  const counter = el("select", {});
  const counterField = field("counter", "screenCounter", counter, "screenCounterHint");
  const showCounters = async () => {
    counterField.hidden = kind.value !== "COUNTER";
    if (counterField.hidden || !where.value) {
      counter.replaceChildren();
      return;
    }
    const counters = await session.call(`/api/v1/admin/service-points/${enc(where.value)}/counters`).catch(() => []);
    counter.replaceChildren(...(counters.length
      ? counters.map((c) => el("option", { value: String(c.id) }, `${c.number} ${c.name || ""}`.trim()))
      : [el("option", { value: "" }, t("noCounter"))]));
  };
  kind.addEventListener("change", showCounters);
  where.addEventListener("change", showCounters);
  showCounters();
  const result = el("div");
  const form = el("form", { novalidate: true, "data-testid": "device-form" },
    result, heading("newDevice"), field("name", "deviceName", deviceName), field("kind", "kind", kind),
    field("servicePoint", "servicePoint", where), counterField, buttonRow(saveButton()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    result.replaceChildren();
    const body = { name: deviceName.value.trim(), kind: kind.value, servicePoint: where.value || null,
      counter: kind.value === "COUNTER" && counter.value ? Number(counter.value) : null };
    submit(form, () => session.call("/api/v1/admin/device-keys", { method: "POST", body }), async (issued) => {
      deviceName.value = "";
      const target = issued.servicePoint || sp;
      const url = issued.kind === "COUNTER"
        ? `${location.origin}/counter/?counter=${enc(issued.counter)}&key=${enc(issued.key)}`
        : `${location.origin}/${issued.kind === "KIOSK" ? "kiosk" : "display"}/?sp=${enc(target)}&key=${enc(issued.key)}`;
      const copy = el("button", { type: "button", "data-testid": "copy-url" }, t("copy"));
      const urlText = el("code", { "data-testid": "device-url" }, url);
      copy.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(url);
          copy.textContent = t("copied");
        } catch {
          const range = document.createRange();
          range.selectNodeContents(urlText);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }
      });
      result.replaceChildren(el("div", { class: "key-box", role: "status" },
        el("p", { class: "warn" }, t("keyOnce")),
        el("p", {}, `${t("key")}: `, el("code", { "data-testid": "device-key-value" }, issued.key)),
        el("p", {}, `${t("deviceUrl")}: `, el("a", { href: url, target: "_blank", rel: "noopener" }, urlText)),
        buttonRow(copy)));
      // the list shows the new device; the key stays in the form until the tab is left
      result.scrollIntoView({ block: "start" });
      const devices = await session.call("/api/v1/admin/device-keys").catch(() => null);
      if (devices) onListChange(devices);
    });
  });
  box.replaceChildren(form);
}

// ---- questionnaire ----

async function questionnaireTab() {
  const mine = renderSeq;
  const current = await load("/api/v1/admin/questionnaires/current");
  if (mine !== renderSeq) return;
  const rows = el("tbody");
  const itemRow = (item) => {
    const required = checkbox(item.required, { "aria-label": t("required") });
    const textTh = input(item.textTh, { "aria-label": `${item.code} ${t("textTh")}` });
    const textEn = input(item.textEn, { "aria-label": `${item.code} ${t("textEn")}` });
    const row = el("tr", { class: item.parent ? "sub" : null, "data-testid": `q-item-${item.code}` },
      el("td", {}, el("span", { class: "buttons" },
        el("button", { type: "button", class: "secondary", "aria-label": `${item.code} ${t("up")}`, onclick: () => {
          if (row.previousElementSibling) row.previousElementSibling.before(row);
          renumber();
        } }, "↑"),
        el("button", { type: "button", class: "secondary", "aria-label": `${item.code} ${t("down")}`, onclick: () => {
          if (row.nextElementSibling) row.nextElementSibling.after(row);
          renumber();
        } }, "↓"))),
      el("td", { class: "code" }, item.code), el("td", {}, item.parent || ""), el("td", {}, item.indicator ?? ""),
      el("td", {}, item.scale || ""),
      el("td", {}, required),
      el("td", {}, textTh, el("p", { class: "field-error", dataset: { part: "textTh" } })),
      el("td", {}, textEn, el("p", { class: "field-error", dataset: { part: "textEn" } }),
        el("p", { class: "field-error", dataset: { part: "row" } })));
    row.item = { ...item, read: () => ({ code: item.code, parent: item.parent || null, indicator: item.indicator ?? null,
      scale: item.scale || null, required: required.checked, textTh: textTh.value.trim(), textEn: textEn.value.trim() }) };
    return row;
  };
  // error slots follow the row's position, as the server names them (items[3].textTh)
  const renumber = () => [...rows.children].forEach((row, i) => {
    row.querySelectorAll(".field-error").forEach((slot) => {
      const part = slot.dataset.part;
      slot.dataset.testid = part === "row" ? `field-error-items[${i}]` : `field-error-items[${i}].${part}`;
      slot.id = `q-${i}-${part}`;
    });
    const [th, en] = row.querySelectorAll("input[type=text]");
    th.setAttribute("aria-describedby", `q-${i}-textTh`);
    en.setAttribute("aria-describedby", `q-${i}-textEn`);
  });
  current.items.forEach((item) => rows.append(itemRow(item)));
  renumber();
  const form = el("form", { novalidate: true, class: "panel", "data-testid": "questionnaire-form" },
    el("h2", {}, `${t("questionnaire")} · ${t("version", { v: current.version })}`),
    el("p", { class: "muted" }, t("publishedAt", { at: formatDateTime(current.publishedAt) })),
    el("table", { class: "q-table" }, el("thead", {}, el("tr", {}, el("th", {}, t("order")), el("th", {}, t("code")),
      el("th", {}, t("parent")), el("th", {}, t("indicator")), el("th", {}, t("scale")), el("th", {}, t("required")),
      el("th", {}, t("textTh")), el("th", {}, t("textEn")))), rows),
    errorSlot("items"),
    el("p", { class: "muted small" }, t("publishHint")),
    buttonRow(saveButton("publish")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const items = [...rows.children].map((row) => row.item.read());
    // an empty text would come back named only "textTh" (no row): say which row here, before sending
    clearProblems(form);
    const empty = [];
    items.forEach((item, i) => ["textTh", "textEn"].forEach((part) => {
      if (!item[part]) empty.push({ field: `items[${i}].${part}`, message: t("required"), messageTh: "กรุณากรอกข้อความ" });
    }));
    if (empty.length) {
      showProblem(new ApiError(422, { code: "INVALID", detail: "Some fields are invalid; see errors",
        detailTh: "ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ", errors: empty }), form);
      return;
    }
    submit(form, () => session.call("/api/v1/admin/questionnaires/current", { method: "PUT", body: { items } }),
      async (published) => {
        await questionnaireTab();
        notice(t("publishedVersion", { v: published.version }));
      });
  });
  content.replaceChildren(form);
}

// ---- start ----

languageSwitch($("lang"), t, () => {
  if (shownError && typeof shownError !== "string") showError(shownError);
  if (session.signedIn) redraw();
});

if (session.signedIn) start();
else showLogin();
