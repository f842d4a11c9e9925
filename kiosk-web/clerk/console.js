// The console once a counter is taken: the desk (the ticket at the counter and its buttons) and the day's
// appointments on the left, the counter's queue on the right, and the reason/transfer form when it is open; drawn
// again after every read.

import { renderBookings } from "./bookings.js";
import { renderDesk } from "./desk.js";
import { refresh } from "./poll.js";
import { show } from "./signin.js";
import { AT_KEY, myCounter, save, state } from "./state.js";
import { renderFormOptions } from "./ticket-form.js";
import { renderQueue } from "./waiting.js";

export function enterConsole(id) {
  state.counterId = id;
  save(sessionStorage, AT_KEY, String(id));
  show("console");
  render();
  refresh();
}

export function render() {
  const counter = myCounter();
  renderDesk(counter, counter?.serving ?? null);
  renderQueue(counter);
  renderBookings(counter);
  if (state.form) renderFormOptions();
}
