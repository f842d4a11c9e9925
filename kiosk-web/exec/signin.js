// Sign-in as needed: the form when nobody is signed in in this tab, the dashboard once someone is; signing out (the
// button, or a password changed or a session expired meanwhile) stops the dashboard and shows the form again.

import { lang } from "/common/i18n.js";
import { t } from "./texts.js";
import { $, session, setConnection, showError } from "./state.js";

let stopDashboard = () => {};

/** Wires the sign-in form and the sign-out button: onSignedIn() starts the dashboard, onSignOut() stops it. */
export function bindSignIn({ onSignedIn, onSignOut }) {
  stopDashboard = onSignOut;
  session.bindForm($("login"), t, {
    onSignedIn: () => {
      showError(null);
      return onSignedIn();
    },
    onRefused: showError,
  });
  $("sign-out").addEventListener("click", () => signOut(null));
}

/** Stops the dashboard, forgets the session and shows the form, saying why (a key of texts.js) or nothing. */
export function signOut(reason) {
  stopDashboard();
  session.signOut();
  showError(reason);
  showLogin();
}

export function showLogin() {
  $("login").hidden = false;
  $("dashboard").hidden = true;
  $("sign-out").hidden = true;
  $("who").hidden = true;
  setConnection(null);
  $("login-username").focus();
}

export function showDashboard() {
  $("login").hidden = true;
  $("dashboard").hidden = false;
  $("sign-out").hidden = false;
  $("who").hidden = false;
  $("who").textContent = session.username;
  // the agency whose figures these are, beside the name (an installation holds many agencies)
  session.call("/api/v1/session").then((me) => {
    if (me.agency && session.username === me.username) {
      $("who").textContent = `${me.username} · ${lang() === "en" ? me.agency.nameEn : me.agency.nameTh}`;
    }
  }).catch(() => {});
}
