// Executive dashboard: today's queue (every 10 s), this fiscal half so far (every 60 s), reports to download.
// Sign in with an EXECUTIVE or ADMIN account (signin.js). This module starts the page, holds the scope (one service
// point or the whole agency) and keeps the panels refreshed; each panel is a module of its own (today.js, half.js,
// reports.js), state.js what they share and texts.js the texts.

import { api } from "/common/api.js";
import { lang, languageSwitch } from "/common/i18n.js";
import { el } from "/common/dom.js";
import { t } from "./texts.js";
import { $, clearNetworkError, redrawError, session, setConnection, showError, state } from "./state.js";
import { bindSignIn, showDashboard, showLogin, signOut } from "./signin.js";
import * as today from "./today.js";
import * as half from "./half.js";
import * as reports from "./reports.js";

const RETRY_EVERY = 3_000;
const REFRESHED = [today, half];

let generation = 0; // a refresh begun before the last stop (sign-out, another scope) is dropped when it answers
const timers = new Map(); // panel → its next refresh

async function startDashboard() {
  showDashboard();
  await loadServicePoints();
  restart();
  reports.loadPublished();
}

// ---- scope ----

async function loadServicePoints() {
  for (;;) {
    try {
      state.servicePoints = await api("/api/v1/service-points");
      setConnection("live");
      break;
    } catch (e) {
      setConnection("offline");
      await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY));
    }
  }
  if (state.scope && !state.servicePoints.some((sp) => sp.code === state.scope)) state.scope = "";
  drawScope();
}

function drawScope() {
  const select = $("scope-select");
  select.replaceChildren(
    el("option", { value: "" }, t("agency")),
    ...state.servicePoints.map((sp) => el("option", { value: sp.code }, `${lang() === "en" ? sp.nameEn || sp.name : sp.name} (${sp.code})`)),
  );
  select.value = state.scope;
}

$("scope-select").addEventListener("change", () => {
  state.scope = $("scope-select").value;
  const url = new URL(location.href);
  if (state.scope) url.searchParams.set("sp", state.scope);
  else url.searchParams.delete("sp");
  history.replaceState(null, "", url);
  REFRESHED.forEach((panel) => panel.clear());
  restart();
});

// ---- refreshing ----

function stop() {
  generation++;
  timers.forEach(clearTimeout);
  timers.clear();
}

function restart() {
  stop();
  today.draw();
  half.draw();
  reports.drawDownloads();
  REFRESHED.forEach(refresh);
}

/** Loads a panel now and again every panel.EVERY ms (sooner after a failure, e.g. while the server restarts). */
async function refresh(panel) {
  clearTimeout(timers.get(panel));
  const mine = generation;
  let delay = panel.EVERY;
  try {
    const data = await panel.load();
    if (mine !== generation) return;
    panel.show(data);
    setConnection("live");
    clearNetworkError();
  } catch (e) {
    if (mine !== generation) return;
    if (e.status === 401) {
      signOut("signedOut");
      return;
    }
    if (e.status === 0 || e.status >= 500) {
      setConnection("offline");
      delay = RETRY_EVERY;
    } else {
      showError(e);
    }
  }
  if (mine === generation) timers.set(panel, setTimeout(() => refresh(panel), delay));
}

// ---- start ----

bindSignIn({ onSignedIn: startDashboard, onSignOut: stop });

languageSwitch($("lang"), t, () => {
  redrawError();
  if (!session.signedIn) return;
  drawScope();
  today.draw();
  half.draw();
  reports.draw();
});

if (session.signedIn) startDashboard();
else showLogin();
