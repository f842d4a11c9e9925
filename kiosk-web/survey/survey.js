// The satisfaction survey on the citizen's phone: one screen, large radio buttons, answered once.
// ?t= an invitation token (from the ticket or the counter's QR) or ?p= a counter poster's token.
import { api, ApiError, param } from "/common/api.js";
import { lang, languageSwitch, texts } from "/common/i18n.js";

const t = texts({
  th: {
    title: "แบบประเมินความพึงพอใจ",
    loading: "กำลังโหลดแบบประเมิน…",
    privacy: "ไม่ต้องระบุชื่อ ไม่เก็บข้อมูลส่วนตัว ตอบได้ครั้งเดียว ใช้เวลาประมาณ 1 นาที",
    requiredNote: "ข้อที่มีเครื่องหมาย * ต้องตอบ",
    required: "(ต้องตอบ)",
    comment: "ข้อเสนอแนะเพิ่มเติม (ไม่บังคับ)",
    count: "{n} / {max} ตัวอักษร",
    submit: "ส่งแบบประเมิน",
    sending: "กำลังส่ง…",
    where: "ประเมินการรับบริการ: {text}",
    missing: "ยังไม่ได้ตอบ {n} ข้อ กรุณาตอบทุกข้อที่มีเครื่องหมาย *",
    fix: "กรุณาแก้ไขข้อที่แจ้งไว้ แล้วส่งอีกครั้ง",
    noToken: "ลิงก์แบบประเมินไม่ครบ กรุณาสแกน QR code บนบัตรคิว หน้าจอช่องบริการ หรือโปสเตอร์อีกครั้ง",
    e404: "ไม่พบแบบประเมินนี้ ลิงก์อาจไม่ถูกต้องหรือถูกเปลี่ยนแล้ว กรุณาสแกน QR code อีกครั้ง",
    e409: "แบบประเมินนี้ได้รับคำตอบแล้ว ขอบคุณที่ร่วมประเมิน (ตอบได้ครั้งเดียว)",
    e410: "ลิงก์แบบประเมินนี้หมดอายุแล้ว ขอบคุณที่ใช้บริการ",
    e429: "ท่านเพิ่งตอบแบบประเมินหรือส่งคำขอถี่เกินไป กรุณาลองใหม่ภายหลัง",
    eOther: "ส่งแบบประเมินไม่สำเร็จ",
    eLoad: "เปิดแบบประเมินไม่สำเร็จ กรุณาลองใหม่อีกครั้ง",
  },
  en: {
    title: "Satisfaction survey",
    loading: "Loading the survey…",
    privacy: "No name, no personal data. One answer per visit; about one minute.",
    requiredNote: "Questions marked * must be answered.",
    required: "(required)",
    comment: "Anything else you would like to tell us (optional)",
    count: "{n} / {max} characters",
    submit: "Send",
    sending: "Sending…",
    where: "Rating your visit: {text}",
    missing: "{n} questions are not answered yet. Please answer every question marked *.",
    fix: "Please correct the questions marked below and send again.",
    noToken: "The survey link is incomplete. Scan the QR code on your ticket, the counter screen or the poster again.",
    e404: "This survey was not found. The link may be wrong or replaced; scan the QR code again.",
    e409: "This survey was already answered. Thank you for taking part (one answer per visit).",
    e410: "This survey link has expired. Thank you for using our service.",
    e429: "You answered a moment ago or sent too many requests. Please try again later.",
    eOther: "The survey could not be sent.",
    eLoad: "The survey could not be opened. Please try again.",
  },
});

const $ = (id) => document.getElementById(id);
const invitation = param("t");
const poster = param("p");
const path = invitation ? `/api/v1/surveys/${encodeURIComponent(invitation)}`
  : poster ? `/api/v1/surveys/posters/${encodeURIComponent(poster)}` : null;

let view = null;
const bilingual = []; // [element, thai, english]: texts of the questionnaire, redrawn on a language switch
const itemErrors = new Map(); // code → {th, en}
let summary = null; // {key, n} of this page's texts, or an ApiError
let pageError = null; // an ApiError or "noToken": the whole page is this message
let commentError = null;
let thanks = null;
let sending = false;

function both(element, th, en) {
  bilingual.push([element, th, en || th]);
  return element;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  children.forEach((child) => node.append(child));
  return node;
}

function build() {
  const items = $("items");
  const groups = new Map();
  for (const item of view.items) {
    const container = item.parent && groups.has(item.parent) ? groups.get(item.parent) : items;
    const fieldset = el("fieldset", { "data-testid": `item-${item.code}`, id: `item-${item.code}` });
    const heading = el("legend", { class: "legend" });
    heading.append(both(el("span"), item.textTh, item.textEn));
    fieldset.append(heading);
    if (item.options.length === 0) {
      // a parent: its own text heads the sub-items that are answered
      fieldset.className = "group";
      groups.set(item.code, fieldset);
    } else {
      fieldset.className = "item";
      if (item.required) {
        const mark = el("span", { class: "required" }, " *");
        mark.setAttribute("aria-hidden", "true");
        const spoken = el("span", { class: "visually-hidden", "data-i18n": "required" }, t("required"));
        heading.append(mark, spoken);
      }
      fieldset.setAttribute("aria-describedby", `error-${item.code}`);
      const options = el("div", { class: "options" });
      for (const option of item.options) {
        const input = el("input", { type: "radio", name: item.code, value: option.value,
          "data-testid": `option-${item.code}-${option.value}`, id: `option-${item.code}-${option.value}` });
        if (item.required) input.required = true;
        input.addEventListener("change", () => {
          itemErrors.delete(item.code);
          render();
        });
        const label = el("label", { for: input.id, class: "option" }, input);
        label.append(both(el("span"), option.labelTh, option.labelEn));
        options.append(label);
      }
      fieldset.append(options);
    }
    fieldset.append(el("p", { class: "error", id: `error-${item.code}`, "data-testid": `item-error-${item.code}` }));
    container.append(fieldset);
  }
  const max = view.comment?.maxLength ?? 1000;
  $("comment").maxLength = max;
  $("comment").addEventListener("input", render);
  $("form").addEventListener("submit", submit);
}

function render() {
  $("loading").hidden = view !== null || pageError !== null;
  const en = lang() === "en";
  for (const [element, th, english] of bilingual) element.textContent = en ? english : th;

  const error = $("error");
  error.textContent = ""; // replaceChildren() is missing from browsers before 2020
  if (pageError) {
    error.dataset.status = pageError === "noToken" ? "0" : String(pageError.status);
    error.append(el("strong", {}, pageError === "noToken" ? t("noToken") : pageMessage(pageError)));
    if (pageError instanceof ApiError && ![404, 409, 410].includes(pageError.status)) {
      error.append(el("span", { class: "detail" }, pageError.text(lang())));
    }
  } else if (summary) {
    delete error.dataset.status;
    error.append(summary instanceof ApiError ? summary.text(lang()) : t(summary.key, { n: summary.n }));
  }
  $("form").hidden = !view || pageError !== null || thanks !== null;
  $("thanks").hidden = thanks === null;
  if (thanks) $("thanks-text").textContent = en ? thanks.thanks : thanks.thanksTh;
  if (!view) return;

  const sp = view.servicePoint;
  const where = [
    view.service && (en ? view.service.nameEn || view.service.name : view.service.name),
    view.counter && (view.counter.name || `${view.counter.number}`),
    sp && (en ? sp.nameEn || sp.name : sp.name),
  ].filter(Boolean);
  $("where").textContent = t("where", { text: where.join(" · ") });
  for (const item of view.items) {
    const message = itemErrors.get(item.code);
    $(`error-${item.code}`).textContent = message ? (en ? message.en : message.th) : "";
    $(`item-${item.code}`).classList.toggle("invalid", !!message);
    if (item.options.length) {
      document.getElementsByName(item.code).forEach((input) =>
        message ? input.setAttribute("aria-invalid", "true") : input.removeAttribute("aria-invalid"));
    }
  }
  const comment = $("comment");
  $("comment-count").textContent = t("count", { n: comment.value.length, max: comment.maxLength });
  $("comment-error").textContent = commentError ? (en ? commentError.en : commentError.th) : "";
  $("submit").disabled = sending;
  $("submit").textContent = t(sending ? "sending" : "submit");
}

function pageMessage(error) {
  if ([404, 409, 410, 429].includes(error.status)) return t(`e${error.status}`);
  return t(view ? "eOther" : "eLoad");
}

function answers() {
  const chosen = {};
  for (const item of view.items) {
    const checked = document.querySelector(`input[name="${CSS.escape(item.code)}"]:checked`);
    if (checked) chosen[item.code] = checked.value;
  }
  return chosen;
}

function focusItem(code) {
  const fieldset = $(`item-${code}`);
  if (!fieldset) return;
  const first = fieldset.querySelector("input:checked") || fieldset.querySelector("input");
  (first || fieldset).focus();
  fieldset.scrollIntoView({ block: "center" });
}

async function submit(event) {
  event.preventDefault();
  if (sending) return;
  itemErrors.clear();
  commentError = null;
  summary = null;
  const chosen = answers();
  const missing = view.items.filter((item) => item.required && item.options.length && !(item.code in chosen));
  if (missing.length) {
    for (const item of missing) itemErrors.set(item.code, { th: "กรุณาเลือกคำตอบของข้อนี้", en: "Please choose an answer to this question." });
    summary = { key: "missing", n: missing.length };
    render();
    focusItem(missing[0].code);
    return;
  }
  const body = { answers: chosen };
  const comment = $("comment").value.trim();
  if (comment) body.comment = comment;
  sending = true;
  render();
  try {
    thanks = await api(`${path}/responses`, { method: "POST", body });
    render();
    $("thanks").focus();
    window.scrollTo(0, 0);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (e.status === 422) {
      shownProblems(e);
    } else if ([404, 409, 410, 429].includes(e.status)) {
      pageError = e;
      render();
      $("error").focus();
    } else {
      summary = e;
      render();
      $("error").focus();
    }
  } finally {
    sending = false;
    render();
  }
}

/** The server's 422: each problem beside its question, anything else above the form. */
function shownProblems(problem) {
  let first = null;
  const others = [];
  for (const error of problem.errors) {
    const text = { th: error.messageTh || error.message, en: error.message || error.messageTh };
    const field = error.field || "";
    const code = field.startsWith("answers.") ? field.slice("answers.".length) : null;
    if (code && $(`item-${code}`)) {
      itemErrors.set(code, text);
      first = first ?? code;
    } else if (field === "comment") {
      commentError = text;
    } else {
      others.push(text);
    }
  }
  summary = others.length ? new ApiError(422, { detail: others.map((o) => o.en).join(" "), detailTh: others.map((o) => o.th).join(" ") })
    : { key: "fix" };
  render();
  if (first) focusItem(first);
  else if (commentError) $("comment").focus();
  else $("error").focus();
}

async function load() {
  if (!path) {
    pageError = "noToken";
    render();
    return;
  }
  try {
    view = await api(path);
    build();
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    pageError = e;
  }
  render();
}

languageSwitch($("lang"), t, render);
load();
