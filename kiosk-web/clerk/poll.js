// The console's reads: it polls (every 5 s and after every action) instead of holding a socket — a clerk has no
// DISPLAY key, and a poll survives a server restart by itself (the badge shows offline and it keeps trying every
// 2 s). Also what a failed request means: a 401 back to sign-in, a request that never arrived offline.

import { ApiError } from "/common/api.js";
import { readBookings } from "./bookings.js";
import { render } from "./console.js";
import { showPicker } from "./counter-choice.js";
import { setOnline, showError } from "./messages.js";
import { showLogin } from "./signin.js";
import { call, QUEUE_PATH, state } from "./state.js";
import { t } from "./texts.js";

const POLL_MS = 5000;
const POLL_OFFLINE_MS = 2000;

let refreshing = null;

export function stopPolling() {
  clearTimeout(state.pollTimer);
  state.pollTimer = null;
}

function schedule(ms) {
  stopPolling();
  if (state.counterId !== null) state.pollTimer = setTimeout(refresh, ms);
}

/**
 * Reads the queue, the counter's waiting list and (when due) the day's bookings; the next poll follows 5 s after this
 * one ends. After an action (fresh) a read already under way may predate it, so another one follows it.
 */
export function refresh({ fresh = false } = {}) {
  if (refreshing) return fresh ? refreshing.then(() => refresh()) : refreshing;
  if (state.counterId === null) return Promise.resolve();
  refreshing = (async () => {
    const id = state.counterId;
    let online = true;
    try {
      const [queue, list] = await Promise.all([
        call(QUEUE_PATH),
        call(`/api/v1/counters/${id}/waiting`),
        readBookings(),
      ]);
      if (state.counterId !== id) return;
      state.queue = queue;
      state.list = list;
      setOnline(true);
      render();
    } catch (e) {
      if (handleSessionError(e)) return;
      if (e instanceof ApiError && e.status === 0) {
        online = false;
        setOnline(false);
      } else if (e instanceof ApiError && (e.status === 403 || e.status === 404)) {
        showPicker(t("leftCounter"));
        return;
      } else {
        showError(e);
      }
    } finally {
      refreshing = null;
    }
    schedule(online ? POLL_MS : POLL_OFFLINE_MS);
  })();
  return refreshing;
}

/** 401: the password changed or the account was deactivated; back to the sign-in form. */
function handleSessionError(e) {
  if (e instanceof ApiError && e.status === 401) {
    showLogin(t("sessionEnded"));
    return true;
  }
  return false;
}

/** A request that failed: back to sign-in on a 401, else its message, and "offline" when it never reached the server. */
export function failed(e) {
  if (handleSessionError(e)) return;
  showError(e);
  if (e instanceof ApiError && e.status === 0) setOnline(false);
}
