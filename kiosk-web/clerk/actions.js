// What the desk's buttons (and their keys) do: one action at a time, its refusal shown in the clerk's language,
// and the console read again after it whatever came of it.

import { render } from "./console.js";
import { showPicker } from "./counter-choice.js";
import { clearMessages, notify } from "./messages.js";
import { failed, refresh, stopPolling } from "./poll.js";
import { call, currentTicket, state } from "./state.js";
import { t } from "./texts.js";
import { openForm } from "./ticket-form.js";

export async function act(request, { keepSurvey = true } = {}) {
  if (state.busy) return;
  clearMessages();
  state.busy = true;
  render();
  try {
    const result = await request();
    if (!keepSurvey) state.survey = null;
    return result;
  } catch (e) {
    failed(e);
    return undefined;
  } finally {
    state.busy = false;
    if (state.counterId !== null) {
      render();
      await refresh({ fresh: true });
    }
  }
}

/** By the buttons' data-action. */
export const ACTIONS = {
  "call-next": () =>
    act(async () => {
      const called = await call(`/api/v1/counters/${state.counterId}/call-next`, { method: "POST" });
      state.survey = null;
      if (called === null) notify(t("nobodyWaiting"));
      return called;
    }),
  recall: () => ticketAction("recall"),
  start: () => ticketAction("start"),
  complete: () =>
    act(async () => {
      const ticket = currentTicket();
      const done = await call(`/api/v1/tickets/${ticket.id}/complete`, { method: "POST" });
      if (done?.status === "DONE") state.survey = { number: done.number };
      return done;
    }),
  "no-show": () => ticketAction("no-show"),
  transfer: () => openForm("transfer"),
  cancel: () => openForm("cancel"),
  "call-ticket": () => openForm("call-ticket"),
  open: () => counterAction("open"),
  pause: () => counterAction("pause"),
  close: () => counterAction("close"),
  leave: async () => {
    const left = await act(async () => {
      await call(`/api/v1/counters/${state.counterId}/sign-out`, { method: "POST" });
      stopPolling();
      state.counterId = null;
      state.survey = null;
      return true;
    });
    if (left) showPicker();
  },
};

function ticketAction(action) {
  const ticket = currentTicket();
  if (!ticket) return undefined;
  return act(() => call(`/api/v1/tickets/${ticket.id}/${action}`, { method: "POST" }));
}

function counterAction(action) {
  return act(() => call(`/api/v1/counters/${state.counterId}/${action}`, { method: "POST" }));
}
