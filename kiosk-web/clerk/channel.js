// How a ticket came, where that changes its call: from a phone (the citizen may still be on the way), or checked in
// for a booked time (called ahead of walk-ins once it is due, which is why it may stand above older tickets). The mark
// the waiting list and the no-shows show, and the words the desk shows.

import { el } from "/common/dom.js";
import { formatTime } from "/common/i18n.js";
import { t } from "./texts.js";

export function channelMark(ticket) {
  const words = channelWords(ticket);
  if (!words) return null;
  const remote = ticket.channel === "REMOTE";
  return el("span", { class: remote ? "remote" : "appointment", title: t(remote ? "remoteHint" : "appointmentHint") },
    el("span", { "aria-hidden": "true" }, remote ? "📱 " : "🕑 "), words);
}

/** "" for a ticket whose channel does not matter to its call. */
export function channelWords(ticket) {
  if (ticket.channel === "REMOTE") return t("remote");
  return ticket.channel === "APPOINTMENT" ? t("appointment", { time: formatTime(ticket.appointmentAt) }) : "";
}
