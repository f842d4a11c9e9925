// This fiscal half so far, from its first day to today: survey responses, the projected EIT and its grade (always as
// the agency's own estimate, not an official ITA score), each indicator, and every question and item with n and score,
// those under the target marked.

import { bangkokToday, formatDate, formatDateTime, lang } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { t } from "./texts.js";
import { bangkokDate, fiscalHalf, halfLabel } from "./periods.js";
import { $, number, scopeQuery, session } from "./state.js";
import { drawPeers } from "./peers.js";

export const EVERY = 60_000;

let report = null;

/** Forgets the figures of another scope. */
export function clear() {
  report = null;
}

export function load() {
  const today = bangkokToday();
  return session.call(`/api/v1/reports?from=${fiscalHalf(today).first}&to=${today}${scopeQuery()}`);
}

export function show(figures) {
  report = figures;
  $("half-updated").textContent = formatDateTime(new Date());
  draw();
}

export function draw() {
  const today = bangkokToday();
  const half = fiscalHalf(today);
  $("half-label").textContent = `${halfLabel(half)} · ${formatDate(bangkokDate(half.first))} – ${formatDate(bangkokDate(today))}`;
  const survey = report?.survey;
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
  $("target").textContent = report ? t("target", { target: number(report.target) }) : "";
  drawIndicators(survey);
  drawItems(survey, min);
  drawPeers(report);
}

function drawIndicators(survey) {
  $("indicators").replaceChildren(...(survey?.indicators?.length ? survey.indicators.map((i) =>
    el("tr", { class: i.belowTarget ? "flagged" : null },
      el("td", {}, `${i.code} ${lang() === "en" ? i.nameEn : i.nameTh}`),
      el("td", { class: "num" }, number(i.n)),
      el("td", { class: "num" }, number(i.score, 2))))
    : [el("tr", {}, el("td", { colspan: 3, class: "muted" }, survey ? t("noAnswers") : "–"))]));
}

/** A row per question, and under it a row per item where the question has more than itself. */
function drawItems(survey, min) {
  const rows = (survey?.questions || []).flatMap((q) => {
    const own = q.items.length === 1 && q.items[0].code === q.code;
    return [itemRow(q, survey, min), ...(own ? [] : q.items.map((i) => itemRow(i, survey, min, "sub")))];
  });
  $("items").replaceChildren(...(rows.length ? rows
    : [el("tr", {}, el("td", { colspan: 5, class: "muted" }, survey ? t("noAnswers") : "–"))]));
}

function itemRow(x, survey, min, sub = "") {
  const flagged = x.belowTarget ? "flagged" : "";
  const flag = x.belowTarget ? t("below") : x.n < min ? t("fewAnswers", { min: number(min) }) : "";
  return el("tr", { class: `${sub} ${flagged}`.trim() || null, title: x.developmentPoint || null },
    el("td", {}, x.code), el("td", {}, wording(survey, x.code)), el("td", { class: "num" }, number(x.n)),
    el("td", { class: "num" }, x.scale === "LIKERT5" ? `${number(x.score, 2)} / 5` : number(x.score, 2)),
    el("td", {}, flag));
}

/** A question's or item's text as the survey worded it, in the page's language. */
function wording(survey, code) {
  const w = survey.wording?.[code];
  return w ? (lang() === "en" ? w.textEn || w.textTh : w.textTh) : "";
}
