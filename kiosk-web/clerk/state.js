// What the clerk console's modules share: the service point, the signed-in session, the state of this tab, the
// API call every read and action goes through, and the browser storage that remembers the counter.

import { param } from "/common/api.js";
import { StaffSession } from "/common/staff.js";

// no answer within this is the network being down: a connection that died without a word (Wi-Fi) gives none for minutes
const REQUEST_TIMEOUT_MS = 10000;

export const sp = param("sp");
const AUTH_KEY = "servicepoint.clerk.auth";
export const AT_KEY = `servicepoint.clerk.at.${sp}`;
export const CHOICE_KEY = `servicepoint.clerk.counter.${sp}`;
export const QUEUE_PATH = `/api/v1/service-points/${encodeURIComponent(sp)}/queue`;

export const $ = (id) => document.getElementById(id);
// the probe is the service point's queue, which the console reads first anyway
export const session = new StaffSession(AUTH_KEY, QUEUE_PATH);
export const state = {
  counterId: null, // the counter this tab works at
  queue: null, // GET …/queue
  list: { waiting: [], noShows: [] }, // GET …/waiting
  bookings: [], // GET …/appointments?date=today, of the whole service point
  survey: null, // {number} of the last completion; its survey link is the citizen's alone
  form: null, // {kind, ticketId, number}
  busy: false,
  pollTimer: null,
};

/** The session's API call with the timeout: a poll or an action never waits on a dead connection. */
export function call(path, options = {}) {
  return session.call(path, { ...options, timeoutMs: REQUEST_TIMEOUT_MS });
}

export function myCounter() {
  return state.queue?.counters.find((c) => c.id === state.counterId) ?? null;
}

export function currentTicket() {
  return myCounter()?.serving ?? null;
}

// ---- storage (private mode or a locked-down browser may refuse it: the console still works for the tab)

export function load(storage, key) {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function save(storage, key, value) {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // nothing to do
  }
}
