// The page's error and notice lines, problems written next to the fields they name, and the API calls of the panels
// that show their failures there.

import { ApiError } from "/common/api.js";
import { lang } from "/common/i18n.js";
import { explain } from "/common/staff.js";
import { enc, FORBIDDEN, session } from "./state.js";

const errorLine = document.getElementById("admin-error");
const noticeLine = document.getElementById("admin-notice");
let shownError = null;
let signedOutByServer = () => {};

/** What to do when the server no longer accepts the session (a 401 on any call). */
export function onSignedOutByServer(action) {
  signedOutByServer = action;
}

/** Shows an error (an ApiError, a text, or null for none) above the panel. */
export function showError(error) {
  shownError = error;
  errorLine.textContent = !error ? "" : typeof error === "string" ? error : explain(error, FORBIDDEN).text(lang());
}

/** Writes the error shown again in the page's language, after a language switch. */
export function translateError() {
  if (shownError && typeof shownError !== "string") showError(shownError);
}

export function notice(text) {
  noticeLine.textContent = text || "";
}

/**
 * Writes a problem next to its fields (errors[].field → the error slot of that field in the form), the rest above. A
 * 409 names no field; a form whose only conflict is one field's value taken says which (data-conflict-field).
 */
export function showProblem(error, form) {
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

/** The slot of items[3].textTh, else of items.textTh, textTh, items[3] (whichever the form has). */
function findSlot(form, field) {
  const names = [field, field.replace(/\[\d+\]/g, ""), field.split(".").pop(), field.replace(/\.[^.]*$/, "")];
  for (const name of names) {
    const slot = form.querySelector(`.field-error[data-field="${CSS.escape(name)}"]`);
    if (slot) return slot;
  }
  return null;
}

export function clearProblems(form) {
  showError(null);
  notice("");
  form.querySelectorAll(".field-error").forEach((slot) => (slot.textContent = ""));
  form.querySelectorAll("[aria-invalid]").forEach((input) => input.removeAttribute("aria-invalid"));
}

/** Runs a form's request with its submit button busy; problems go next to their fields. */
export async function submit(form, request, done) {
  clearProblems(form);
  const button = form.querySelector("button[type=submit]");
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
export async function load(path) {
  try {
    return await session.call(path);
  } catch (e) {
    showProblem(e, null);
    throw e;
  }
}

/** Creates at path (POST), or updates the thing of that key at path/key (PUT). */
export function save(path, key, body) {
  return key === undefined
    ? session.call(path, { method: "POST", body })
    : session.call(`${path}/${enc(key)}`, { method: "PUT", body });
}
