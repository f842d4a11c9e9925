// Clerk console: sign in, pick a counter, then call and serve its queue with buttons or single-key shortcuts.
// One module per panel — signin.js, counter-choice.js, desk.js (the ticket at the counter and its buttons),
// waiting.js (the queue), bookings.js (today's appointments), ticket-form.js (transfer, cancel, call a ticket) — with
// actions.js behind the buttons, keys.js, poll.js for the reads, state.js and messages.js shared, channel.js the mark
// of a ticket from a phone or an appointment, texts.js the words. The modules call each other
// only after this one has started them, so the cycles between them never meet a half-loaded module.

import { languageSwitch } from "/common/i18n.js";
import { ACTIONS } from "./actions.js";
import { wireBookings } from "./bookings.js";
import { render } from "./console.js";
import { renderPicker, wireCounterChoice } from "./counter-choice.js";
import { onKey } from "./keys.js";
import { say, setOnline } from "./messages.js";
import { refresh } from "./poll.js";
import { afterSignIn, showLogin, wireSignIn } from "./signin.js";
import { $, session, sp, state } from "./state.js";
import { t } from "./texts.js";
import { renderForm, wireForm } from "./ticket-form.js";

function init() {
  languageSwitch($("lang"), t, () => {
    renderForm();
    if (!$("pick").hidden) renderPicker();
    if (!$("console").hidden) render();
    setOnline($("online").dataset.state !== "offline");
  });
  setOnline(true);
  if (!sp) {
    say(t("noSp"));
    return;
  }
  $("sp-name").textContent = `· ${sp}`;
  wireSignIn();
  wireCounterChoice();
  wireForm();
  wireBookings();
  document.querySelectorAll("#console button[data-action]").forEach((button) => {
    button.addEventListener("click", () => ACTIONS[button.dataset.action]());
  });
  document.addEventListener("keydown", onKey);
  // the browser knows first when the network is gone or back: show it at once, and read again as soon as it returns
  addEventListener("offline", () => setOnline(false));
  addEventListener("online", () => {
    if (state.counterId !== null) refresh({ fresh: true });
    else setOnline(true); // sign-in and the counter choice read nothing by themselves: the browser's word is all there is
  });
  if (session.signedIn) afterSignIn();
  else showLogin();
}

init();
