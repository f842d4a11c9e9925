// The satisfaction survey on the citizen's phone: one screen, large radio buttons, answered once.
// ?t= an invitation token (from the ticket or the counter's QR) or ?p= a counter poster's token.
import { api, ApiError, param } from "/common/api.js";
import { lang, languageSwitch, texts } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { TEXTS } from "./texts.js";

const t = texts(TEXTS);

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

function build() {
  const groups = new Map();
  for (const item of view.items) {
    const container = item.parent && groups.has(item.parent) ? groups.get(item.parent) : $("items");
    const heading = el("legend", { class: "legend" }, both(el("span"), item.textTh, item.textEn));
    const fieldset = el("fieldset", { id: `item-${item.code}` }, heading);
    if (item.options.length === 0) {
      // a parent: its own text heads the sub-items that are answered
      fieldset.className = "group";
      groups.set(item.code, fieldset);
    } else {
      fieldset.className = "item";
      if (item.required) {
        heading.append(el("span", { class: "required", "aria-hidden": "true" }, " *"),
          el("span", { class: "visually-hidden", "data-i18n": "required" }, t("required")));
      }
      fieldset.setAttribute("aria-describedby", `error-${item.code}`);
      fieldset.append(el("div", { class: "options" }, item.options.map((option) => optionLabel(item, option))));
    }
    fieldset.append(el("p", { class: "error", id: `error-${item.code}` }));
    container.append(fieldset);
  }
  const max = view.comment?.maxLength ?? 1000;
  $("comment").maxLength = max;
  $("comment").addEventListener("input", render);
  $("form").addEventListener("submit", submit);
}

/** One answer of an item: a large radio with its label, in the page's language. */
function optionLabel(item, option) {
  const input = el("input", {
    type: "radio",
    name: item.code,
    value: option.value,
    id: `option-${item.code}-${option.value}`,
    required: item.required,
    onchange: () => {
      itemErrors.delete(item.code);
      render();
    },
  });
  return el("label", { for: input.id, class: "option" }, input, both(el("span"), option.labelTh, option.labelEn));
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
