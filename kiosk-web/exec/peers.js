// The agency beside anonymous peers of its class (the report's "peers"): for each figure the agency's own, its n, the
// peers' median and the share of peers it does better than; where a figure is not compared, the server's reason.
// No peer is named, here or in what the server sends.

import { lang } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { t } from "./texts.js";
import { $, number } from "./state.js";

export function drawPeers(report) {
  const peers = report?.peers;
  const en = lang() === "en";
  $("peers-about").textContent = peers
    ? t("peersAbout", { cls: en ? peers.classEn : peers.classTh, peers: number(peers.peers), min: number(peers.minPeers) })
    : report && report.scope?.kind !== "AGENCY" ? t("peersAgencyOnly") : "–";
  $("peers").replaceChildren(...(peers?.figures || []).map((f) => el("tr", {},
    el("td", {}, en ? f.labelEn : f.labelTh),
    el("td", { class: "num" }, number(f.value, f.code === "SERVED" ? 0 : 2)),
    el("td", { class: "num" }, number(f.n)),
    ...(f.percentile != null
      ? [el("td", { class: "num" }, number(f.peerMedian, f.code === "SERVED" ? 0 : 2)), el("td", { class: "num" }, number(f.percentile, 1))]
      : [el("td", { colspan: 2, class: "muted" }, en ? f.reasonEn : f.reasonTh)]))));
}
