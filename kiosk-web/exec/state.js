// What the dashboard's panels share: the staff session, the scope (one service point or the whole agency), the service
// points to choose from, and the two messages in the bar and at the top (the connection and a problem).

import { param } from "/common/api.js";
import { bangkokToday, lang } from "/common/i18n.js";
import { StaffSession } from "/common/staff.js";
import { fiscalHalf } from "./periods.js";
import { t } from "./texts.js";

// the probe: a read only executives and administrators may make, so a wrong role is refused at sign-in
export const session = new StaffSession("servicepoint.exec", `/api/v1/reports/snapshots?fiscalYear=${fiscalHalf(bangkokToday()).fy}`, {
  detailTh: "บัญชีนี้ไม่มีสิทธิ์ดูหน้าผู้บริหาร ต้องเป็นผู้บริหารหรือผู้ดูแลระบบ",
  detail: "This account may not see the executive dashboard: an executive or administrator account is needed.",
});

/** scope: a service point's code, "" for the whole agency; servicePoints: GET /api/v1/service-points. */
export const state = { scope: param("sp") || "", servicePoints: [] };

export const $ = (id) => document.getElementById(id);

let shownError = null;

/** Shows a problem: an ApiError, a key of texts.js, or null for none. */
export function showError(error) {
  shownError = error;
  $("exec-error").textContent = error ? (typeof error === "string" ? t(error) : error.text(lang())) : "";
}

/** Shows the problem again, in the language just chosen. */
export function redrawError() {
  if (shownError) showError(shownError);
}

/** The service answered again: a "cannot reach" message is over. */
export function clearNetworkError() {
  if (shownError && shownError.status === 0) showError(null);
}

/** "live", "offline", or null to hide the badge (signed out). */
export function setConnection(connection) {
  const pill = $("connection");
  pill.hidden = !connection;
  if (!connection) return;
  pill.dataset.state = connection;
  pill.textContent = t(connection);
}

/** The report API's servicePoint parameter for the scope (none for the agency). */
export function scopeQuery() {
  return state.scope ? `&servicePoint=${encodeURIComponent(state.scope)}` : "";
}

/** A figure in the page's language, "–" when there is none. */
export function number(value, digits = 0) {
  if (value === null || value === undefined) return "–";
  return Number(value).toLocaleString(lang() === "en" ? "en-GB" : "th-TH", {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  });
}

/** A service point's name in the page's language. */
export function spName(code) {
  const sp = state.servicePoints.find((s) => s.code === code);
  if (!sp) return code;
  return lang() === "en" ? sp.nameEn || sp.name : sp.name;
}
