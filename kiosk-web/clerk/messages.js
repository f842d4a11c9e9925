// The console's lines for the clerk: the error (a live alert), the notice, and the connection badge in the bar.

import { ApiError } from "/common/api.js";
import { lang } from "/common/i18n.js";
import { $ } from "./state.js";
import { t } from "./texts.js";

export function showError(error) {
  say(error instanceof ApiError ? error.text(lang()) : String(error?.message ?? error));
}

/** The error line with a text of the console's own. */
export function say(text) {
  $("error").textContent = text;
}

export function notify(text) {
  $("notice").textContent = text;
}

export function clearMessages() {
  say("");
  notify("");
}

export function setOnline(online) {
  const badge = $("online");
  badge.dataset.state = online ? "live" : "offline";
  badge.textContent = online ? t("live") : t("offline");
}
