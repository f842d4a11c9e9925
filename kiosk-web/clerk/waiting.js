// The queue panel: the counter's waiting tickets in the order call next takes them (each with a button that calls it
// out of turn, an appointment's with its time), today's no-shows with a button that puts each back, and how many wait
// per service.

import { el } from "/common/dom.js";
import { formatTime, lang } from "/common/i18n.js";
import { act } from "./actions.js";
import { channelMark } from "./channel.js";
import { $, call, state } from "./state.js";
import { t } from "./texts.js";
import { openForm } from "./ticket-form.js";

export function renderQueue(counter) {
  renderWaiting(counter?.status === "OPEN" && !counter.serving && !state.busy);
  renderNoShows();
  renderServices(new Set(counter?.services ?? []));
}

function renderWaiting(canCall) {
  const rows = state.list.waiting.map((w, i) =>
    el(
      "tr",
      {},
      el("td", {}, String(i + 1)),
      // the number names the row for a screen reader, as it does for the clerk
      el("th", { scope: "row", class: "number" }, w.number),
      el("td", {}, w.service),
      // a citizen who asked for more time (LINE) was moved back a few places: the clerk sees why it is later
      el("td", { class: "priority" }, [w.priority === "NORMAL" ? "" : t(w.priority), w.moreTimeAt ? t("moreTime") : ""]
        .filter(Boolean).join(" · "), channelMark(w)),
      el("td", {}, formatTime(w.issuedAt)),
      el("td", {}, String(w.waitedMinutes)),
      el(
        "td",
        {},
        el(
          "button",
          {
            type: "button",
            class: "secondary",
            "aria-label": `${t("callTicket")} ${w.number}`,
            disabled: !canCall,
            onclick: () => openForm("call-ticket", w.id),
          },
          t("callRow"),
        ),
      ),
    ),
  );
  $("waiting-list").replaceChildren(...rows);
  $("waiting-empty").hidden = rows.length > 0;
  $("waiting-count").textContent = String(rows.length);
}

function renderNoShows() {
  const items = state.list.noShows.map((n) =>
    el(
      "li",
      {},
      el("strong", {}, n.number),
      channelMark(n),
      el(
        "button",
        {
          type: "button",
          class: "secondary",
          "aria-label": `${t("reactivate")} ${n.number}`,
          disabled: state.busy,
          onclick: () => act(() => call(`/api/v1/tickets/${n.id}/reactivate`, { method: "POST" })),
        },
        t("reactivate"),
      ),
    ),
  );
  $("no-show-list").replaceChildren(...(items.length > 0 ? items : [el("li", { class: "muted" }, t("noNoShows"))]));
}

function renderServices(mine) {
  $("services").replaceChildren(
    ...(state.queue?.services ?? []).map((s) =>
      el(
        "li",
        { class: mine.has(s.prefix) ? "mine" : null },
        el("strong", {}, s.prefix),
        el("span", {}, lang() === "en" ? s.nameEn || s.name : s.name),
        el("span", {}, t("waitingN", { n: s.waiting })),
      ),
    ),
  );
}
