// Today's appointments of the counter's services: each booking with its time and state, the check-in of a code the
// citizen shows or reads out at the counter, and a no-show button on a booking whose slot has begun (the server judges
// whether its grace is over). Bookings change far less often than the queue, so they are read every sixth poll and
// after an action on them; the answer to an action is shown beside the form, where the clerk's eyes are.

import { ApiError } from "/common/api.js";
import { el } from "/common/dom.js";
import { bangkokToday, formatTime, lang } from "/common/i18n.js";
import { act } from "./actions.js";
import { $, call, sp, state } from "./state.js";
import { t } from "./texts.js";

const READ_EVERY_MS = 30000;
const BASE = `/api/v1/service-points/${encodeURIComponent(sp)}`;

// raised by every action on a booking: a read that began before it is out of date once it ends
let changes = 0;
let read = { changes: -1, at: 0 };

/** The day's bookings of the service point, read again once they are 30 s old or an action changed them. */
export async function readBookings() {
  if (read.changes === changes && Date.now() - read.at < READ_EVERY_MS) return;
  const asked = changes;
  state.bookings = await call(`${BASE}/appointments?date=${bangkokToday()}`);
  read = { changes: asked, at: Date.now() };
}

export function renderBookings(counter) {
  const mine = new Set(counter?.services ?? []);
  const rows = state.bookings.filter((b) => mine.has(b.service)).map(row);
  $("bookings-list").replaceChildren(...rows);
  $("bookings-empty").hidden = rows.length > 0;
  $("bookings-count").textContent = String(rows.length);
  $("check-in").querySelector("button").disabled = state.busy;
}

function row(b) {
  const time = formatTime(b.start);
  return el(
    "tr",
    { dataset: { status: b.status } },
    el("th", { scope: "row" }, `${time}–${formatTime(b.end)}`),
    el("td", {}, b.service),
    el("td", { class: "code" }, b.codeEnd),
    el("td", { class: "booking-status" }, t(b.status, { number: b.ticketNumber })),
    el(
      "td",
      {},
      b.status === "BOOKED" && Date.parse(b.start) <= Date.now()
        ? el(
          "button",
          {
            type: "button",
            class: "secondary",
            "aria-label": `${t("markNoShow")} ${time} ${b.codeEnd}`,
            disabled: state.busy,
            onclick: () => bookingAction(() => call(`${BASE}/appointments/${b.id}/no-show`, { method: "POST" }),
              () => t("markedNoShow", { time, code: b.codeEnd })),
          },
          t("markNoShow"),
        )
        : null,
    ),
  );
}

async function checkIn(event) {
  event.preventDefault();
  const field = $("check-in-code");
  const code = field.value.trim();
  if (!code) {
    answer(t("needCode"), true);
  } else {
    await bookingAction(() => call(`${BASE}/check-ins`, { method: "POST", body: { code } }), (ticket) => {
      field.value = "";
      return t("checkedIn", { number: ticket.number, service: ticket.service });
    });
  }
  field.focus(); // the next citizen's code goes in straight away
}

/**
 * An action on a booking: its answer, or the server's reason for refusing it, beside the form. What the console
 * handles for every action (sign-in again, offline) is left to it.
 */
function bookingAction(request, success) {
  return act(async () => {
    try {
      answer(success(await request()), false);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 0 || e.status === 401) throw e;
      answer(e.text(lang()), true);
    } finally {
      changes += 1;
    }
  });
}

function answer(text, problem) {
  const line = $("check-in-result");
  line.dataset.problem = String(problem);
  line.textContent = text;
}

export function wireBookings() {
  $("check-in").addEventListener("submit", checkIn);
}
