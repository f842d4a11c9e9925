// The desk: the counter and its state, the ticket at it, the line that the survey went to the counter screen, and
// the buttons — only those that fit the ticket's state are enabled.

import { formatTime, lang } from "/common/i18n.js";
import { channelWords } from "./channel.js";
import { $, state } from "./state.js";
import { t } from "./texts.js";

export function renderDesk(counter, ticket) {
  $("desk-title").textContent = counter ? t("counterTitle", { number: counter.number, name: counter.name }) : "";
  const chip = $("counter-status");
  chip.dataset.status = counter?.status ?? "";
  chip.textContent = counter ? t(counter.status) : "";

  $("current-ticket").textContent = ticket ? ticket.number : t("none");
  const status = $("current-status");
  status.dataset.status = ticket ? ticket.status : "NONE";
  status.textContent = ticket ? t(ticket.status) : t("idle");
  $("current-detail").textContent = ticket
    ? t("detail", {
        service: serviceName(ticket.service) + (ticket.priority !== "NORMAL" ? ` · ${t(ticket.priority)}` : "")
          + (channelWords(ticket) ? ` · ${channelWords(ticket)}` : ""),
        time: formatTime(ticket.calledAt),
        count: ticket.callCount,
      })
    : "";
  if (ticket && state.survey && ticket.number !== state.survey.number) state.survey = null;
  renderSurvey();
  renderButtons(counter, ticket);
}

function serviceName(prefix) {
  const service = state.queue?.services.find((s) => s.prefix === prefix);
  if (!service) return prefix;
  return `${prefix} ${lang() === "en" ? service.nameEn || service.name : service.name}`;
}

function renderSurvey() {
  $("survey").hidden = !state.survey;
  $("survey-sent").textContent = state.survey ? t("surveySent", { number: state.survey.number }) : "";
}

function renderButtons(counter, ticket) {
  const status = ticket?.status;
  const open = counter?.status === "OPEN";
  const valid = {
    "call-next": open && !ticket,
    "call-ticket": open && !ticket && state.list.waiting.length > 0,
    recall: status === "CALLED",
    start: status === "CALLED",
    "no-show": status === "CALLED",
    complete: status === "SERVING",
    transfer: status === "CALLED" || status === "SERVING",
    cancel: status === "CALLED",
    open: !!counter && counter.status !== "OPEN",
    pause: open,
    close: !!counter && counter.status !== "CLOSED" && !ticket,
    leave: !!counter && !ticket,
  };
  document.querySelectorAll("#console button[data-action]").forEach((button) => {
    button.disabled = state.busy || !valid[button.dataset.action];
  });
}
