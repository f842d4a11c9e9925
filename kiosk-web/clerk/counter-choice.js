// Counter choice panel: the service point's counters with their state and clerk; the choice is remembered per
// device, and taking a counter signs the clerk in at it and opens it.

import { param } from "/common/api.js";
import { el } from "/common/dom.js";
import { enterConsole } from "./console.js";
import { clearMessages, notify, say, setOnline } from "./messages.js";
import { failed, stopPolling } from "./poll.js";
import { $, AT_KEY, call, CHOICE_KEY, load, QUEUE_PATH, save, state } from "./state.js";
import { show } from "./signin.js";
import { t } from "./texts.js";

export async function showPicker(message) {
  stopPolling();
  state.counterId = null;
  save(sessionStorage, AT_KEY, null);
  show("pick");
  if (message) say(message);
  $("counter-open").disabled = true; // until the counters are listed
  try {
    state.queue = await call(QUEUE_PATH);
    setOnline(true);
  } catch (e) {
    failed(e);
    if (!state.queue) return;
  }
  renderPicker();
}

function counterLabel(c) {
  const status = t(c.status);
  const who = c.clerk ? ` · ${c.clerk}` : "";
  return `${t("counterTitle", { number: c.number, name: c.name })} (${c.services.join(", ")}) · ${status}${who}`;
}

export function renderPicker() {
  const select = $("counter");
  const counters = state.queue?.counters ?? [];
  const wanted = param("counter") ?? load(localStorage, CHOICE_KEY);
  const previous = select.value || wanted;
  select.replaceChildren(...counters.map((c) => el("option", { value: String(c.id) }, counterLabel(c))));
  if (previous && counters.some((c) => String(c.id) === String(previous))) select.value = String(previous);
  $("counter-open").disabled = counters.length === 0;
  if (counters.length === 0) notify(t("noCounters"));
}

async function openCounter() {
  const id = Number($("counter").value);
  if (!id) return;
  clearMessages();
  $("counter-open").disabled = true;
  try {
    const counter = await call(`/api/v1/counters/${id}/sign-in`, { method: "POST" });
    if (counter.status !== "OPEN") await call(`/api/v1/counters/${id}/open`, { method: "POST" });
    save(localStorage, CHOICE_KEY, String(id));
    enterConsole(id);
  } catch (e) {
    failed(e);
  } finally {
    $("counter-open").disabled = false;
  }
}

export function wireCounterChoice() {
  $("pick").addEventListener("submit", (event) => {
    event.preventDefault();
    openCounter();
  });
}
