// The satisfaction survey on the citizen's phone: one or two screens of numbered questions with large answer rows,
// the progress above them, answered once.
// ?t= an invitation token (from the ticket or the counter's QR) or ?p= a counter poster's token.
import { api, ApiError, param } from "/common/api.js";
import { lang, languageSwitch, texts } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { answers, buildQuestions, duration } from "./questions.js";
import { TEXTS } from "./texts.js";

const t = texts(TEXTS);

const $ = (id) => document.getElementById(id);
const invitation = param("t");
const poster = param("p");
const path = invitation ? `/api/v1/surveys/${encodeURIComponent(invitation)}`
  : poster ? `/api/v1/surveys/posters/${encodeURIComponent(poster)}` : null;

let view = null;
let form = null; // the questions built from the view: {questions, redraw}
const itemErrors = new Map(); // code → {th, en}
let summary = null; // "missing", "fix" or an ApiError: the message above the form
let pageError = null; // an ApiError or "noToken": the whole page is this message
let commentError = null;
let thanks = null;
let sending = false;

function build() {
  form = buildQuestions($("items"), view.items, t, answered);
  const max = view.comment?.maxLength ?? 1000;
  $("comment").maxLength = max;
  $("comment").addEventListener("input", () => {
    commentError = null;
    settled();
  });
  $("form").addEventListener("submit", submit);
}

/** The required questions not answered yet. */
function missing() {
  const chosen = answers(form.questions);
  return form.questions.filter((item) => item.required && !(item.code in chosen));
}

/** A question answered: its own message goes. */
function answered(code) {
  itemErrors.delete(code);
  settled();
}

/** Something answered or corrected: the message above the form goes once nothing it names is left. */
function settled() {
  if (summary === "missing" && missing().length === 0) summary = null;
  if (summary === "fix" && itemErrors.size === 0 && !commentError) summary = null;
  render();
}

function summaryText() {
  if (summary instanceof ApiError) return summary.text(lang());
  if (summary === "fix") return t("fix");
  const left = missing();
  return t("missing", { n: left.length, numbers: left.map((item) => form.questions.indexOf(item) + 1).join(", ") });
}

function render() {
  $("loading").hidden = view !== null || pageError !== null;
  const en = lang() === "en";

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
    error.append(summaryText());
  }
  $("form").hidden = !view || pageError !== null || thanks !== null;
  $("thanks").hidden = thanks === null;
  if (thanks) $("thanks-text").textContent = en ? thanks.thanks : thanks.thanksTh;
  if (!form) return;

  form.redraw(lang());
  const sp = view.servicePoint;
  const where = [
    view.service && (en ? view.service.nameEn || view.service.name : view.service.name),
    view.counter && (view.counter.name || `${view.counter.number}`),
    sp && (en ? sp.nameEn || sp.name : sp.name),
  ].filter(Boolean);
  $("where").textContent = t("where", { text: where.join(" · ") });
  const count = form.questions.length;
  $("length").textContent = duration(t, count);
  const done = Object.keys(answers(form.questions)).length;
  $("progress-text").textContent = t("progress", { k: done, n: count });
  $("progress").max = Math.max(count, 1);
  $("progress").value = done;
  for (const item of form.questions) {
    const message = itemErrors.get(item.code);
    $(`error-${item.code}`).textContent = message ? (en ? message.en : message.th) : "";
    $(`item-${item.code}`).classList.toggle("invalid", !!message);
    document.getElementsByName(item.code).forEach((input) =>
      message ? input.setAttribute("aria-invalid", "true") : input.removeAttribute("aria-invalid"));
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
  const left = missing();
  if (left.length) {
    for (const item of left) itemErrors.set(item.code, { th: TEXTS.th.choose, en: TEXTS.en.choose });
    summary = "missing";
    render();
    focusItem(left[0].code);
    return;
  }
  const chosen = answers(form.questions);
  const body = { answers: chosen };
  // a poster's short form is one turn of the rotation, sealed by the server: the answer may cover only its items
  if (view.selection) body.selection = view.selection;
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
    if (code && form.questions.some((item) => item.code === code)) {
      itemErrors.set(code, text);
      first = first ?? code;
    } else if (field === "comment") {
      commentError = text;
    } else {
      others.push(text);
    }
  }
  summary = others.length ? new ApiError(422, { detail: others.map((o) => o.en).join(" "), detailTh: others.map((o) => o.th).join(" ") })
    : "fix";
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
