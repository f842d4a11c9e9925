// A service's remote joining (the citizens' join page): on or off, the daily share of its cap or an absolute maximum,
// and an optional window within the opening hours. The server checks that the settings give at least one ticket.

import { el } from "/common/dom.js";
import { checkbox, field, uniqueId } from "./forms.js";
import { t } from "./texts.js";

const number = (value, attrs = {}) => el("input", { type: "number", inputmode: "numeric", value: value ?? "", ...attrs });
const time = (value) => el("input", { type: "time", value: (value || "").slice(0, 5) });
const orNull = (input) => (input.value.trim() === "" ? null : input.value.trim());

/** The fieldset of the service form; read() gives remoteJoin as the API takes it. */
export function remoteJoinPart(existing) {
  const settings = existing?.remoteJoin || {};
  const enabled = checkbox(Boolean(settings.enabled), { "aria-describedby": "" });
  const share = number(settings.sharePercent, { min: 1, max: 100 });
  const max = number(settings.dailyMax, { min: 1 });
  const opensAt = time(settings.opensAt);
  const closesAt = time(settings.closesAt);
  const legend = el("legend", { dataset: { i18n: "remoteJoin" } }, t("remoteJoin"));
  const limit = existing?.remoteJoin?.enabled
    ? el("p", { class: "muted small" }, t("remoteLimitNow", { n: existing.remoteDailyLimit })) : null;
  const enabledId = uniqueId("remote-enabled");
  enabled.id = enabledId;
  const part = el("fieldset", { class: "remote" }, legend,
    el("div", { class: "field" },
      el("label", { class: "check", for: enabledId }, enabled,
        el("span", { dataset: { i18n: "remoteEnabled" } }, t("remoteEnabled"))),
      el("p", { class: "field-error", id: `${enabledId}-error`, dataset: { field: "enabled" } })),
    limit,
    el("div", { class: "row2" }, field("sharePercent", "remoteShare", share, "remoteShareHint"),
      field("dailyMax", "remoteMax", max, "remoteMaxHint")),
    el("div", { class: "row2" }, field("opensAt", "remoteOpensAt", opensAt, "remoteWindowHint"),
      field("closesAt", "remoteClosesAt", closesAt)));
  enabled.setAttribute("aria-describedby", `${enabledId}-error`);
  return {
    parts: [part],
    read: () => ({
      enabled: enabled.checked,
      sharePercent: orNull(share) === null ? null : Number(share.value),
      dailyMax: orNull(max) === null ? null : Number(max.value),
      opensAt: orNull(opensAt),
      closesAt: orNull(closesAt),
    }),
  };
}
