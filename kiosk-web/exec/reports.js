// Reports to download: the current half (to date), the previous half and the 12-month report as PDF, XLSX, CSV or
// HTML, fetched within the session and saved under the server's file name; and the published public reports as links.

import { api } from "/common/api.js";
import { bangkokToday, lang } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { t } from "./texts.js";
import { fiscalHalf, halfLabel, previousHalf } from "./periods.js";
import { $, scopeQuery, session, showError, spName, state } from "./state.js";
import { signOut } from "./signin.js";

const FORMATS = ["pdf", "xlsx", "csv", "html"];
const PUBLISHED_FORMATS = ["html", "pdf", "csv"];

let published = []; // GET /api/v1/public/reports; null when it could not be read

function periods() {
  const current = fiscalHalf(bangkokToday());
  const previous = previousHalf(current);
  // the 12-month report of the latest fiscal year with a finished half: last year's during half 1, this year's in half 2
  return [
    { key: "current", label: `${t("current")}: ${halfLabel(current)}`, query: `fiscalYear=${current.fy}&half=${current.half}` },
    { key: "previous", label: `${t("previous")}: ${halfLabel(previous)}`, query: `fiscalYear=${previous.fy}&half=${previous.half}` },
    { key: "year", label: t("year", { fy: previous.fy }), query: `fiscalYear=${previous.fy}` },
  ];
}

export function draw() {
  drawDownloads();
  drawPublished();
}

export function drawDownloads() {
  $("downloads").replaceChildren(...periods().map((p) => el("tr", {},
    el("td", {}, p.label),
    el("td", {}, el("div", { class: "downloads" }, ...FORMATS.map((format) => el("button", {
      type: "button", class: "secondary",
      onclick: (event) => download(event.currentTarget, p, format),
    }, format.toUpperCase())))))));
}

async function download(button, period, format) {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = t("preparing");
  showError(null);
  try {
    await session.download(`/api/v1/reports?${period.query}${scopeQuery()}&format=${format}`,
      `executive-report-${period.key}-${state.scope || "agency"}.${format}`);
  } catch (e) {
    if (e.status === 401) signOut("signedOut");
    else showError(e);
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

export async function loadPublished() {
  try {
    published = await api("/api/v1/public/reports");
  } catch {
    published = null;
  }
  drawPublished();
}

function withFormat(url, format) {
  return `${url}${url.includes("?") ? "&" : "?"}format=${format}`;
}

function drawPublished() {
  const list = $("published");
  if (!published || !published.length) {
    list.replaceChildren(el("li", { class: "muted" }, published ? t("noPublished") : "–"));
    return;
  }
  list.replaceChildren(...published.map((r) => el("li", {},
    `${lang() === "en" ? r.period.labelEn : r.period.labelTh} — ${r.servicePoint ? spName(r.servicePoint) : t("agencyScope")}`
      + ` (${t("version", { v: r.version })}): `,
    ...PUBLISHED_FORMATS.flatMap((format, i) => [i ? " · " : "",
      el("a", { href: withFormat(r.url, format), target: "_blank", rel: "noopener" }, format.toUpperCase())]))));
}
