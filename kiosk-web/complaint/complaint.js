// A citizen files a complaint (anonymous unless they leave a contact) and follows it with the tracking code.
// ?sp=pao-hq names the service point it is about; ?code=XXXX-XXXX-XXXX opens the tracking of that code.
import { api, ApiError, param } from "/common/api.js";
import { formatDateTime, lang, languageSwitch, texts } from "/common/i18n.js";
import { TEXTS } from "./texts.js";

const t = texts(TEXTS);

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
    // the agency's LINE chat with the tracking code typed in: sending it follows the complaint's status
    $("track-line").hidden = !tracked.line;
    if (tracked.line) $("track-line").href = tracked.line.addUrl;
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
