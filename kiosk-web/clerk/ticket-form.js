// The form for the actions that need more than a click: transfer (to which service), cancel (a reason, optional)
// and calling a particular ticket out of turn (which ticket, and a reason, required).

import { el } from "/common/dom.js";
import { lang } from "/common/i18n.js";
import { act } from "./actions.js";
import { render } from "./console.js";
import { clearMessages, say } from "./messages.js";
import { $, call, currentTicket, state } from "./state.js";
import { t } from "./texts.js";

export function openForm(kind, ticketId = null) {
  const ticket = currentTicket();
  state.form = { kind, ticketId, number: ticket?.number };
  clearMessages();
  $("form").hidden = false;
  $("form-ticket-row").hidden = kind !== "call-ticket";
  $("form-service-row").hidden = kind !== "transfer";
  $("form-reason-row").hidden = kind === "transfer";
  $("form-reason").value = "";
  renderForm();
  renderFormOptions();
  if (kind === "call-ticket" && ticketId !== null) $("form-ticket").value = String(ticketId);
  firstField(kind, ticketId).focus();
}

function firstField(kind, ticketId) {
  if (kind === "transfer") return $("form-service");
  return kind === "call-ticket" && ticketId === null ? $("form-ticket") : $("form-reason");
}

export function renderForm() {
  if (!state.form) return;
  const { kind, number } = state.form;
  $("form-title").textContent =
    kind === "call-ticket" ? t("formCallTicket") : kind === "transfer" ? t("formTransfer", { number }) : t("formCancel", { number });
  $("form-reason-label").textContent = kind === "call-ticket" ? t("reasonRequired") : t("reasonOptional");
  $("form-reason").setAttribute("aria-required", String(kind === "call-ticket"));
  $("reasons").replaceChildren(
    ...(kind === "call-ticket" ? ["r1", "r2", "r3", "r4"] : []).map((key) => el("option", { value: t(key) })),
  );
}

/** The choices of the form, kept as chosen while the lists refresh underneath. */
export function renderFormOptions() {
  const { kind } = state.form;
  if (kind === "call-ticket") {
    const select = $("form-ticket");
    const chosen = select.value || (state.form.ticketId !== null ? String(state.form.ticketId) : "");
    select.replaceChildren(...state.list.waiting.map((w) => el("option", { value: String(w.id) }, ticketLabel(w))));
    if (chosen && state.list.waiting.some((w) => String(w.id) === chosen)) select.value = chosen;
  } else if (kind === "transfer") {
    const select = $("form-service");
    const chosen = select.value;
    const from = currentTicket()?.service;
    const services = (state.queue?.services ?? []).filter((s) => s.prefix !== from);
    select.replaceChildren(
      ...services.map((s) => el("option", { value: s.prefix }, `${s.prefix} · ${lang() === "en" ? s.nameEn || s.name : s.name}`)),
    );
    if (chosen && services.some((s) => s.prefix === chosen)) select.value = chosen;
  }
}

function ticketLabel(w) {
  const priority = w.priority !== "NORMAL" ? ` · ${t(w.priority)}` : "";
  return `${w.number} · ${w.service}${priority} · ${t("colWaited")} ${w.waitedMinutes}`;
}

export function closeForm() {
  state.form = null;
  $("form").hidden = true;
}

async function submitForm(event) {
  event.preventDefault();
  if (!state.form || state.busy) return;
  if (state.form.kind === "call-ticket") {
    await callParticular();
    return;
  }
  const ticket = currentTicket();
  if (!ticket) {
    closeForm();
    return;
  }
  if (state.form.kind === "transfer") await transfer(ticket);
  else if (state.form.kind === "cancel") await cancel(ticket);
}

async function callParticular() {
  const ticketId = $("form-ticket").value;
  const reason = $("form-reason").value.trim();
  if (!ticketId) {
    say(t("needTicket"));
    return;
  }
  if (!reason) {
    say(t("needReason"));
    $("form-reason").focus();
    return;
  }
  const called = await act(() =>
    call(`/api/v1/counters/${state.counterId}/tickets/${ticketId}/call`, { method: "POST", body: { reason } }),
  );
  if (called) {
    state.survey = null;
    closeForm();
    render();
  }
}

async function transfer(ticket) {
  const service = $("form-service").value;
  if (!service) {
    say(t("noOtherService"));
    return;
  }
  const moved = await act(() => call(`/api/v1/tickets/${ticket.id}/transfer`, { method: "POST", body: { service } }));
  if (moved) closeForm();
}

async function cancel(ticket) {
  const reason = $("form-reason").value.trim();
  const done = await act(() => call(`/api/v1/tickets/${ticket.id}/cancel`, { method: "POST", body: reason ? { reason } : {} }));
  if (done) closeForm();
}

export function wireForm() {
  $("form").addEventListener("submit", submitForm);
  $("form-close").addEventListener("click", closeForm);
}
