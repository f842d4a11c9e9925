// Administration over /api/v1/admin: service points, divisions, services with their steps and booking, counters and
// their poster QR, users, device keys, the questionnaire, the agency, and its closed days and no-show rule, one module a
// panel. An agency's ADMIN sees them all (the agency tab: their agency's names); a PLATFORM operator only the agencies
// tab. Signed in with the session cookie (common/staff.js), this tab keeps only the username until sign-out. Every text
// from the server is written as text (el() in common/dom.js), never as markup. This module signs in and out and opens
// the tabs.

import { el } from "/common/dom.js";
import { agenciesTab } from "./agencies.js";
import { closedDaysTab } from "./closed-days.js";
import { companionTab } from "./companion.js";
import { languageSwitch } from "/common/i18n.js";
import { countersTab } from "./counters.js";
import { devicesTab } from "./devices.js";
import { divisionsTab } from "./divisions.js";
import { load, notice, onSignedOutByServer, showError, translateError } from "./messages.js";
import { questionnaireTab } from "./questionnaire.js";
import { loadServicePoints, servicePointsTab } from "./service-points.js";
import { servicesTab } from "./services.js";
import { content, name, session, state } from "./state.js";
import { t } from "./texts.js";
import { usersTab } from "./users.js";

const TABS = {
  "service-points": servicePointsTab,
  divisions: divisionsTab,
  services: servicesTab,
  counters: countersTab,
  users: usersTab,
  devices: devicesTab,
  questionnaire: questionnaireTab,
  agencies: agenciesTab,
  companion: companionTab,
  "closed-days": closedDaysTab,
};
// the tabs that show the service point choice: what they list belongs to one service point
const SP_TABS = new Set(["services", "counters", "devices"]);

const $ = (id) => document.getElementById(id);
const tabButtons = document.querySelectorAll(".tabs button");
let tab = Object.hasOwn(TABS, location.hash.slice(1)) ? location.hash.slice(1) : "services";

// ---- sign-in ----

function showLogin() {
  $("login").hidden = false;
  $("app").hidden = true;
  $("sign-out").hidden = true;
  $("who").hidden = true;
  $("login-username").focus();
}

/** Who signed in and their agency, beside the username; a platform operator's agency is the installation. */
function showWho() {
  $("who").textContent = state.agency ? `${session.username} · ${name(state.agency)}` : `${session.username} · ${t("PLATFORM")}`;
}

async function start() {
  const me = await load("/api/v1/session").catch(() => null);
  if (!me) return;
  if (!me.roles.includes("ADMIN") && !me.roles.includes("PLATFORM")) {
    await session.signOut();
    showError(t("notAdmin"));
    showLogin();
    return;
  }
  state.platform = me.roles.includes("PLATFORM");
  state.agency = me.agency;
  $("login").hidden = true;
  $("sign-out").hidden = false;
  $("who").hidden = false;
  showWho();
  tabButtons.forEach((b) => (b.hidden = state.platform && b.dataset.tab !== "agencies"));
  if (state.platform) tab = "agencies";
  else await loadServicePoints();
  $("app").hidden = false;
  openTab(tab);
}

document.addEventListener("agency-renamed", showWho);

session.bindForm($("login"), t, {
  onSignedIn: () => {
    showError(null);
    return start();
  },
  onRefused: (e) => {
    showError(e);
    $("app").hidden = true;
  },
});

// the error line lives in the app; on the sign-in page show it above the form
$("login").before($("admin-error"));

$("sign-out").addEventListener("click", () => {
  session.signOut();
  showError(null);
  notice("");
  content.replaceChildren();
  showLogin();
});

onSignedOutByServer(() => {
  session.signOut();
  content.replaceChildren();
  showError(t("signedOut"));
  showLogin();
});

// ---- tabs ----

$("admin-sp").addEventListener("change", () => {
  state.sp = $("admin-sp").value;
  const url = new URL(location.href);
  url.searchParams.set("sp", state.sp);
  history.replaceState(null, "", url);
  openTab(tab);
});

tabButtons.forEach((button) => button.addEventListener("click", () => openTab(button.dataset.tab)));

function openTab(name) {
  const mine = ++state.renderSeq;
  tab = name;
  history.replaceState(null, "", `${location.pathname}${location.search}#${name}`);
  tabButtons.forEach((b) => b.setAttribute("aria-selected", String(b.dataset.tab === name)));
  $("sp-bar").hidden = !SP_TABS.has(name);
  showError(null);
  notice("");
  state.redraw = () => {};
  content.replaceChildren(el("p", { class: "muted" }, t("loading")));
  TABS[name]().catch(() => {
    if (mine === state.renderSeq) content.replaceChildren();
  });
}

// ---- start ----

languageSwitch($("lang"), t, () => {
  translateError();
  if (session.signedIn) {
    if (!$("who").hidden) showWho();
    state.redraw();
  }
});

if (session.signedIn) start();
else showLogin();
