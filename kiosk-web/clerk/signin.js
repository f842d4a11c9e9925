// Sign-in panel: username and password checked at once against the API (the session cookie is the server's), and
// which of the three panels — sign-in, counter choice, console — the tab shows.

import { ApiError } from "/common/api.js";
import { enterConsole } from "./console.js";
import { showPicker } from "./counter-choice.js";
import { clearMessages, say, setOnline, showError } from "./messages.js";
import { stopPolling } from "./poll.js";
import { $, AT_KEY, load, save, session, state } from "./state.js";
import { t } from "./texts.js";

export function show(which) {
  for (const id of ["login", "pick", "console"]) $(id).hidden = id !== which;
  $("sign-out").hidden = which === "login";
  $("who").textContent = session.signedIn && which !== "login" ? session.username : "";
}

export function showLogin(message) {
  stopPolling();
  session.signOut();
  show("login");
  if (message) say(message);
  $("username").focus();
}

async function signIn(event) {
  event.preventDefault();
  clearMessages();
  const username = $("username").value.trim();
  const password = $("password").value;
  const button = $("login-form").querySelector("button");
  button.disabled = true;
  try {
    state.queue = await session.signIn(username, password);
    $("password").value = "";
    setOnline(true);
    afterSignIn();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) say(t("wrongPassword"));
    else showError(e);
  } finally {
    button.disabled = false;
  }
}

/** Back at the counter this tab worked at (a reload), else to the counter choice. */
export function afterSignIn() {
  const at = load(sessionStorage, AT_KEY);
  if (at) enterConsole(Number(at));
  else showPicker();
}

function signOut() {
  save(sessionStorage, AT_KEY, null);
  state.counterId = null;
  state.survey = null;
  clearMessages();
  showLogin();
}

export function wireSignIn() {
  $("login-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
}
