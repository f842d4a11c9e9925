// The service point's opening hours as the kiosk tells them: the notice while it is closed (and issues nothing), and
// the line above the services while it is closed but issues anyway. Whether it is open comes from the server's clock.
import { formatDate, formatTime } from "/common/i18n.js";
import { el } from "/common/dom.js";

const WEEK = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

/** "จันทร์–ศุกร์" for a run of three days or more, else the days one by one. */
function days(place, t) {
  const open = WEEK.filter((d) => place.openDays.split(",").includes(d));
  const run = open.length >= 3 && WEEK.indexOf(open.at(-1)) - WEEK.indexOf(open[0]) === open.length - 1;
  return run ? `${t(open[0])}–${t(open.at(-1))}` : open.map((d) => t(d)).join(" ");
}

function span(place) {
  return { from: place.opensAt.slice(0, 5), to: place.closesAt.slice(0, 5) };
}

function weekday(instant) {
  return new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Bangkok", weekday: "short" }).format(new Date(instant))
    .toUpperCase();
}

/** The closed kiosk's words: closed now, no tickets, the hours, and when it opens next (Buddhist-era date). */
export function closedNotice(place, t) {
  const next = place.nextOpening;
  return [
    el("strong", { class: "closed-title" }, t("closedTitle")),
    el("span", {}, t("closedIssue")),
    el("span", {}, t("hours", { days: days(place, t), ...span(place) })),
    next && el("span", { class: "closed-next" },
      t("nextOpening", { day: t(weekday(next)), date: formatDate(next, { long: true }), time: formatTime(next) })),
  ].filter(Boolean);
}

/** Closed, but the agency lets its kiosks issue: the tickets wait for a counter. */
export function openingNote(place, t) {
  return t("afterHours", span(place));
}
