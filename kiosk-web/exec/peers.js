// The agency beside anonymous peers of its class (the report's "peers"): for each figure the agency's own, its n, the
// peers' median and the share of peers it does better than; where a figure is not compared, the server's reason.
// No peer is named, here or in what the server sends. The figures are kept ones: the line under the table says as of
// which folded day.

import { formatDate, formatDateTime, lang } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { t } from "./texts.js";
import { bangkokDate } from "./periods.js";
import { $, number } from "./state.js";

export function drawPeers(report) {
  const peers = report?.peers;
  const en = lang() === "en";
  $("peers-about").textContent = peers
    ? t("peersAbout", { cls: en ? peers.classEn : peers.classTh, peers: number(peers.peers), min: number(peers.minPeers) })
    : report && report.scope?.kind !== "AGENCY" ? t("peersAgencyOnly") : "–";
  // the figures are kept per half and computed again after each nightly fold: say which days they count
  const asOf = peers?.asOf;
  $("peers-as-of").textContent = !asOf ? "" : asOf.foldedThrough
    ? t("peersAsOf", { day: formatDate(bangkokDate(asOf.foldedThrough)), at: formatDateTime(asOf.computedAt) })
    : t("peersAsOfNone", { at: formatDateTime(asOf.computedAt) });
  $("peers").replaceChildren(...(peers?.figures || []).map((f) => el("tr", {},
    el("td", {}, en ? f.labelEn : f.labelTh),
    el("td", { class: "num" }, number(f.value, f.code === "SERVED" ? 0 : 2)),
    el("td", { class: "num" }, number(f.n)),
    ...(f.percentile != null
      ? [el("td", { class: "num" }, number(f.peerMedian, f.code === "SERVED" ? 0 : 2)), el("td", { class: "num" }, number(f.percentile, 1))]
      : [el("td", { colspan: 2, class: "muted" }, en ? f.reasonEn : f.reasonTh)]))));
}
