// A citizen files a complaint (anonymous unless they leave a contact) and follows it with the tracking code.
// ?sp=pao-hq names the service point it is about; ?code=XXXX-XXXX-XXXX opens the tracking of that code.
import { api, ApiError, param } from "/common/api.js";
import { formatDateTime, lang, languageSwitch, texts } from "/common/i18n.js";

const t = texts({
  th: {
    title: "ร้องเรียน / ติดตามเรื่อง",
    jumpTrack: "มีรหัสติดตามแล้ว? ติดตามเรื่องที่นี่",
    fileTitle: "แจ้งเรื่องร้องเรียน",
    anonymous: "ไม่ต้องระบุชื่อ ท่านจะได้รับรหัสติดตามเรื่องเพื่อดูความคืบหน้าและคำตอบของหน่วยงาน",
    category: "เรื่องที่ต้องการร้องเรียน *",
    GENERAL: "เรื่องทั่วไป",
    UNFAIR_SERVICE: "การให้บริการไม่เป็นธรรมหรือเลือกปฏิบัติ",
    CORRUPTION: "การทุจริตและประพฤติมิชอบ",
    helpGENERAL: "เช่น รอนาน ขั้นตอนไม่ชัดเจน สถานที่ไม่สะดวก หรือข้อเสนอแนะอื่น ๆ",
    helpUNFAIR_SERVICE: "เช่น เจ้าหน้าที่ให้คนรู้จักลัดคิว พูดจาไม่สุภาพ หรือปฏิบัติต่อท่านไม่เท่าเทียมกับผู้อื่น",
    helpCORRUPTION: "เช่น มีการเรียกรับเงิน สิ่งของ หรือผลประโยชน์ เพื่อแลกกับการให้บริการ เรื่องนี้เป็นความลับ",
    confTitle: "ช่องทางแจ้งเรื่องทุจริตเป็นความลับ",
    confText: "เรื่องทุจริตจะเห็นได้เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียนที่ได้รับมอบหมายเท่านั้น ผู้บริหารและเจ้าหน้าที่ให้บริการมองไม่เห็น ทุกครั้งที่มีผู้เปิดอ่านจะถูกบันทึกไว้ ท่านไม่ต้องระบุชื่อ และระบบไม่บันทึกหมายเลขบัตรคิวหรือที่อยู่เครือข่ายของท่าน",
    text: "รายละเอียดเรื่องที่ร้องเรียน *",
    textHint: "เล่าว่าเกิดอะไรขึ้น เมื่อไร ที่ช่องบริการใด (ถ้าทราบ) ไม่เกิน 4,000 ตัวอักษร",
    count: "{n} / {max} ตัวอักษร",
    contact: "ช่องทางติดต่อกลับ (ไม่บังคับ)",
    contactHint: "เบอร์โทรศัพท์หรืออีเมล หากต้องการให้หน่วยงานติดต่อกลับ เฉพาะเจ้าหน้าที่รับเรื่องเท่านั้นที่เห็น เว้นว่างไว้ได้",
    spAbout: "เรื่องนี้เกี่ยวกับจุดบริการ: {name}",
    submit: "ส่งเรื่องร้องเรียน",
    sending: "กำลังส่ง…",
    chooseCategory: "กรุณาเลือกประเภทเรื่องที่ร้องเรียน",
    writeText: "กรุณาเล่ารายละเอียดเรื่องที่ร้องเรียน",
    fix: "กรุณาแก้ไขข้อที่แจ้งไว้ แล้วส่งอีกครั้ง",
    filedTitle: "รับเรื่องแล้ว",
    yourCode: "รหัสติดตามเรื่องของท่าน",
    copy: "คัดลอกรหัส",
    copied: "คัดลอกรหัสแล้ว",
    copyFailed: "คัดลอกไม่ได้ กรุณาจดรหัสไว้",
    keep: "กรุณาจดหรือถ่ายภาพหน้าจอรหัสนี้เก็บไว้ รหัสแสดงเพียงครั้งเดียว และเป็นทางเดียวที่จะดูความคืบหน้าและคำตอบของหน่วยงาน",
    trackNow: "ดูสถานะเรื่องนี้",
    another: "แจ้งเรื่องอื่น",
    trackTitle: "ติดตามเรื่องร้องเรียน",
    trackLabel: "รหัสติดตามเรื่อง (12 ตัว เช่น ABCD-EFGH-JKMN)",
    trackSubmit: "ตรวจสอบสถานะ",
    trackCode: "รหัส",
    trackCategory: "เรื่อง",
    trackStatus: "สถานะ",
    trackFiled: "แจ้งเมื่อ",
    trackUpdated: "ปรับปรุงล่าสุด",
    answer: "คำตอบของหน่วยงาน",
    noAnswer: "ยังไม่มีคำตอบ หน่วยงานจะตอบเมื่อดำเนินการแล้ว กรุณากลับมาตรวจสอบอีกครั้ง",
    codeMissing: "กรุณากรอกรหัสติดตามเรื่อง 12 ตัว",
    RECEIVED: "รับเรื่องแล้ว รอดำเนินการ",
    IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    CLOSED: "ดำเนินการเสร็จสิ้น",
  },
  en: {
    title: "Complaints",
    jumpTrack: "Already have a tracking code? Track it here",
    fileTitle: "File a complaint",
    anonymous: "You need not give your name. You get a tracking code to follow the progress and read the agency's answer.",
    category: "What is it about? *",
    GENERAL: "General",
    UNFAIR_SERVICE: "Unfair or discriminatory service",
    CORRUPTION: "Corruption or misconduct",
    helpGENERAL: "For example a long wait, unclear steps, the premises, or any other suggestion.",
    helpUNFAIR_SERVICE: "For example staff letting acquaintances jump the queue, rudeness, or treating you differently from others.",
    helpCORRUPTION: "For example being asked for money, gifts or favours in return for the service. This is confidential.",
    confTitle: "The corruption channel is confidential",
    confText: "Only the designated complaint officers can see a corruption complaint; executives and counter staff cannot. Every reading of it is recorded. You need not give your name, and your ticket number and network address are not stored.",
    text: "What happened? *",
    textHint: "Tell what happened, when, and at which counter if you know; up to 4,000 characters.",
    count: "{n} / {max} characters",
    contact: "How to contact you (optional)",
    contactHint: "A phone number or e-mail if you want the agency to contact you. Only complaint staff see it; you may leave it empty.",
    spAbout: "About the service point: {name}",
    submit: "Send the complaint",
    sending: "Sending…",
    chooseCategory: "Please choose what the complaint is about.",
    writeText: "Please describe what happened.",
    fix: "Please correct the fields marked below and send again.",
    filedTitle: "Received",
    yourCode: "Your tracking code",
    copy: "Copy the code",
    copied: "Code copied",
    copyFailed: "Could not copy; please write the code down.",
    keep: "Write this code down or take a screenshot: it is shown only once and is the only way to follow the progress and read the agency's answer.",
    trackNow: "See the status of this complaint",
    another: "File another complaint",
    trackTitle: "Track a complaint",
    trackLabel: "Tracking code (12 characters, e.g. ABCD-EFGH-JKMN)",
    trackSubmit: "Check the status",
    trackCode: "Code",
    trackCategory: "About",
    trackStatus: "Status",
    trackFiled: "Filed",
    trackUpdated: "Last updated",
    answer: "The agency's answer",
    noAnswer: "No answer yet. The agency answers once it has acted; please check again later.",
    codeMissing: "Please enter the 12-character tracking code.",
    RECEIVED: "Received, waiting to be handled",
    IN_PROGRESS: "In progress",
    CLOSED: "Closed",
  },
});

const $ = (id) => document.getElementById(id);
const FIELDS = ["category", "text", "contact", "servicePoint"];
const sp = param("sp");
let spPoint = null;
let fieldErrors = {}; // field → {th, en}
let summary = null; // a key of this page's texts, or an ApiError
let filed = null;
let sending = false;
let tracked = null;
let trackError = null; // a key or an ApiError
let copied = null;

function message(value) {
  if (!value) return "";
  if (value instanceof ApiError) return value.text(lang());
  if (typeof value === "string") return t(value);
  return lang() === "en" ? value.en : value.th;
}

function category() {
  return document.querySelector("input[name=category]:checked")?.value ?? null;
}

function render() {
  // filing
  $("confidential").hidden = category() !== "CORRUPTION";
  $("text-count").textContent = t("count", { n: $("text").value.length, max: 4000 });
  $("complaint-error").textContent = message(summary);
  for (const field of FIELDS) {
    const text = message(fieldErrors[field]);
    $(`error-${field}`).textContent = text;
    const input = field === "category" ? $("category") : field === "servicePoint" ? $("sp-include") : $(field);
    if (text) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
  $("sp-row").hidden = !sp;
  const spName = spPoint && (lang() === "en" ? spPoint.nameEn || spPoint.name : spPoint.name);
  if (sp) $("sp-text").textContent = t("spAbout", { name: spName || sp });
  $("submit").disabled = sending;
  $("submit").textContent = t(sending ? "sending" : "submit");
  $("file-form").hidden = filed !== null;
  $("filed").hidden = filed === null;
  if (filed) {
    $("tracking-code").textContent = filed.trackingCode;
    $("filed-message").textContent = lang() === "en" ? filed.message : filed.messageTh;
    $("track-link").href = `?code=${encodeURIComponent(filed.trackingCode)}#track`;
    $("copied").textContent = copied ? t(copied) : "";
  }

  // tracking
  $("track-error").textContent = message(trackError);
  $("track-result").hidden = tracked === null;
  if (tracked) {
    $("track-code").textContent = tracked.trackingCode;
    $("track-category").textContent = t(tracked.category);
    $("track-status").textContent = t(tracked.status);
    $("track-status").dataset.status = tracked.status;
    $("track-created").textContent = formatDateTime(tracked.createdAt);
    $("track-updated").textContent = formatDateTime(tracked.updatedAt);
    $("track-answer").textContent = tracked.publicAnswer || t("noAnswer");
    $("track-answer").classList.toggle("muted", !tracked.publicAnswer);
  }
}

async function file(event) {
  event.preventDefault();
  if (sending) return;
  fieldErrors = {};
  summary = null;
  const body = { category: category(), text: $("text").value.trim() };
  if (!body.category) fieldErrors.category = "chooseCategory";
  if (!body.text) fieldErrors.text = "writeText";
  if (Object.keys(fieldErrors).length) {
    summary = "fix";
    render();
    focusFirst();
    return;
  }
  const contact = $("contact").value.trim();
  if (contact) body.contact = contact;
  if (sp && $("sp-include").checked) body.servicePoint = sp;
  sending = true;
  render();
  try {
    filed = await api("/api/v1/complaints", { method: "POST", body });
    copied = null;
    render();
    $("filed").focus();
    $("filed").scrollIntoView({ block: "start" });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const others = [];
    for (const error of e.errors) {
      const text = { th: error.messageTh || error.message, en: error.message || error.messageTh };
      if (FIELDS.includes(error.field)) fieldErrors[error.field] = text;
      else others.push(text);
    }
    summary = e.status === 422 && !others.length ? "fix" : e;
    render();
    focusFirst();
  } finally {
    sending = false;
    render();
  }
}

function focusFirst() {
  const field = FIELDS.find((f) => fieldErrors[f]);
  if (field === "category") document.querySelector("input[name=category]").focus();
  else if (field === "servicePoint") $("sp-include").focus();
  else if (field) $(field).focus();
  else $("complaint-error").focus();
}

async function copy() {
  const code = filed.trackingCode;
  try {
    await navigator.clipboard.writeText(code);
    copied = "copied";
  } catch {
    // old browsers and plain http: select the code so the phone's own copy menu works
    const range = document.createRange();
    range.selectNodeContents($("tracking-code"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    copied = document.execCommand && document.execCommand("copy") ? "copied" : "copyFailed";
  }
  render();
}

async function track(event) {
  event?.preventDefault();
  const code = $("track-input").value.replace(/[\s-]/g, "").toUpperCase();
  tracked = null;
  trackError = null;
  if (code.length !== 12) {
    trackError = "codeMissing";
    $("track-input").setAttribute("aria-invalid", "true");
    render();
    $("track-input").focus();
    return;
  }
  $("track-input").removeAttribute("aria-invalid");
  $("track-submit").disabled = true;
  try {
    tracked = await api(`/api/v1/complaints/track/${encodeURIComponent(code)}`);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    trackError = e;
    $("track-input").setAttribute("aria-invalid", "true");
  } finally {
    $("track-submit").disabled = false;
  }
  render();
}

async function loadServicePoint() {
  try {
    const points = await api("/api/v1/service-points");
    spPoint = points.find((p) => p.code === sp) ?? null;
    render();
  } catch {
    // the code alone still tells the staff where
  }
}

$("file-form").addEventListener("submit", file);
$("file-form").addEventListener("change", render);
$("text").addEventListener("input", render);
$("copy").addEventListener("click", copy);
$("another").addEventListener("click", () => {
  filed = null;
  $("file-form").reset();
  render();
  $("text").focus();
});
$("track-link").addEventListener("click", (event) => {
  event.preventDefault();
  $("track-input").value = filed.trackingCode;
  track().then(() => $("track").scrollIntoView({ block: "start" }));
});
$("track-form").addEventListener("submit", track);
languageSwitch($("lang"), t, render);
if (sp) loadServicePoint();
const code = param("code");
if (code) {
  $("track-input").value = code;
  track().then(() => $("track").scrollIntoView({ block: "start" }));
}
render();
