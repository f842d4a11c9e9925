// Today's queue: tickets issued, served and no-show and the waits from the report API over today (Asia/Bangkok), and
// waiting per service with each counter's state from the queue of the service point (for the agency, of every one).

import { bangkokToday, formatDate, formatDateTime, lang } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { t } from "./texts.js";
import { bangkokDate } from "./periods.js";
import { $, number, scopeQuery, session, spName, state } from "./state.js";

export const EVERY = 10_000;

let report = null;
let queues = []; // [{code, queue}] per service point in scope

/** Forgets the figures of another scope. */
export function clear() {
  report = null;
  queues = [];
}

export async function load() {
  const today = bangkokToday();
  const codes = state.scope ? [state.scope] : state.servicePoints.map((sp) => sp.code);
  const [figures, ...perPoint] = await Promise.all([
    session.call(`/api/v1/reports?from=${today}&to=${today}${scopeQuery()}`),
    ...codes.map((code) => session.call(`/api/v1/service-points/${encodeURIComponent(code)}/queue`)
      .then((queue) => ({ code, queue }))),
  ]);
  return { figures, perPoint };
}

export function show({ figures, perPoint }) {
  report = figures;
  queues = perPoint;
  $("today-updated").textContent = formatDateTime(new Date());
  draw();
}

export function draw() {
  $("today-date").textContent = formatDate(bangkokDate(bangkokToday()), { long: true });
  const figures = report?.queue?.total;
  $("today-issued").textContent = figures ? number(figures.counts.issued) : "–";
  $("today-served").textContent = figures ? number(figures.counts.served) : "–";
  $("today-no-show").textContent = figures ? number(figures.counts.noShow) : "–";
  $("today-mean-wait").textContent = figures ? number(figures.waitMinutes.mean, 1) : "–";
  $("today-median-wait").textContent = figures ? number(figures.waitMinutes.median, 1) : "–";
  const waiting = queues.reduce((sum, { queue }) => sum + queue.services.reduce((n, s) => n + s.waiting, 0), 0);
  $("today-waiting").textContent = queues.length ? number(waiting) : "–";
  drawServices();
  drawCounters();
}

/** " — the service point's name" after a row, when the agency's every service point is shown. */
function where(code) {
  return state.scope ? "" : ` — ${spName(code)}`;
}

function drawServices() {
  const rows = queues.flatMap(({ code, queue }) => queue.services.map((s) => el("tr", {},
    el("td", {}, `${s.prefix} · ${lang() === "en" ? s.nameEn || s.name : s.name}${where(code)}`),
    el("td", { class: "num" }, number(s.waiting)),
    el("td", { class: "num" }, s.waiting ? number(s.estimatedWaitMinutes) : "–"))));
  $("services").replaceChildren(...(rows.length ? rows
    : [el("tr", {}, el("td", { colspan: 3, class: "muted" }, queues.length ? t("nobody") : "–"))]));
}

function drawCounters() {
  const rows = queues.flatMap(({ code, queue }) => queue.counters.map((c) => el("tr", {},
    el("td", {}, `${c.name || c.number}${where(code)}`),
    el("td", { class: `status-${c.status}` }, t(c.status)),
    el("td", {}, c.clerk || "–"),
    el("td", {}, c.serving ? c.serving.number : "–"))));
  $("counters").replaceChildren(...(rows.length ? rows
    : [el("tr", {}, el("td", { colspan: 4, class: "muted" }, queues.length ? t("noCounters") : "–"))]));
}
