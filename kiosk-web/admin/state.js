// What the administration panels share: the signed-in session, the service points and the chosen one, which tab
// drawing is current, and how a panel redraws its list on a language switch.

import { param } from "/common/api.js";
import { lang } from "/common/i18n.js";
import { StaffSession } from "/common/staff.js";
import { t } from "./texts.js";

export const FORBIDDEN = {
  detailTh: "บัญชีนี้ไม่ใช่ผู้ดูแลระบบ หน้านี้ใช้ได้เฉพาะผู้ดูแลระบบและผู้ดูแลแพลตฟอร์ม",
  detail: "This account is not an administrator; this page is for administrators and platform operators only.",
};

// the probe is who signed in: an agency's administrator or a platform operator gets in (admin.js checks the roles)
export const session = new StaffSession("servicepoint.admin", "/api/v1/session", FORBIDDEN);

/** The section every panel draws into. */
export const content = document.getElementById("content");

export const state = {
  /** every service point, as GET /api/v1/admin/service-points lists them */
  servicePoints: [],
  /** the chosen service point's code ("" when there is none yet) */
  sp: param("sp") || "",
  /** a platform operator (PLATFORM): sees the agencies tab only */
  platform: false,
  /** the signed-in administrator's agency {code, nameTh, nameEn} (null for a platform operator) */
  agency: null,
  /** redraws the open panel's list in the current language */
  redraw: () => {},
  // each opening of a tab counts; a tab whose data arrives after another tab (or the same one again) was opened
  // draws nothing, so a slow answer never replaces the form someone is already filling in
  renderSeq: 0,
};

/** A mark of the tab drawing now: stale() tells, once data has come, that another drawing began meanwhile. */
export function drawing() {
  const mine = state.renderSeq;
  return { stale: () => mine !== state.renderSeq };
}

/** A thing's name in the page's language (Thai when there is no English one). */
export function name(thing) {
  return lang() === "en" ? thing.nameEn || thing.nameTh || thing.name : thing.nameTh || thing.name;
}

export function spLabel(code) {
  const found = state.servicePoints.find((s) => s.code === code);
  return found ? `${name(found)} (${code})` : code || t("everySp");
}

export const enc = encodeURIComponent;
