// The companion panel: which channels (LINE, web push, SMS) this installation has set up, the LINE account's pushes
// this month against its plan's budget (over it, pushes stop until next month and the panel says so), and today's
// notices of the agency by state.

import { el } from "/common/dom.js";
import { heading } from "./forms.js";
import { load } from "./messages.js";
import { content, drawing } from "./state.js";
import { t } from "./texts.js";

export async function companionTab() {
  const tab = drawing();
  const status = await load("/api/v1/admin/companion");
  if (tab.stale()) return;
  const budget = el("p", {}, t("linePushes", { used: status.linePushesThisMonth, budget: status.lineMonthlyPushBudget }));
  const warning = status.overBudget ? el("p", { class: "error", role: "alert" }, t("overBudget")) : null;
  content.replaceChildren(el("div", { class: "panel" },
    heading("tabCompanion"),
    el("table", {},
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("channel")), el("th", { scope: "col" }, t("setUp")))),
      el("tbody", {}, ...status.channels.map((c) =>
        el("tr", {}, el("th", { scope: "row" }, t(`channel${c.channel}`)), el("td", {}, t(c.configured ? "yes" : "no")))))),
    budget,
    ...(warning ? [warning] : []),
    el("h3", {}, t("noticesToday")),
    status.noticesToday.length === 0 ? el("p", {}, t("noNotices"))
      : el("table", {},
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("noticeState")), el("th", { scope: "col", class: "num" }, t("notices")))),
        el("tbody", {}, ...status.noticesToday.map((n) =>
          el("tr", {}, el("th", { scope: "row" }, t(`notice${n.state}`)), el("td", { class: "num" }, String(n.notices))))))));
}
