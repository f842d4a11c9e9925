// Keyboard: one key per desk button (its data-key), Esc closes the form; never while the clerk types in a field.

import { $, state } from "./state.js";
import { closeForm } from "./ticket-form.js";

export function onKey(event) {
  if (event.key === "Escape" && state.form) {
    closeForm();
    return;
  }
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest("input, select, textarea"))) return;
  if ($("console").hidden) return;
  // event.code, not event.key: the same key works with the Thai keyboard layout switched on
  const button = document.querySelector(`#console button[data-key="${event.code}"]`);
  if (!button) return;
  event.preventDefault();
  if (!button.disabled) button.click();
}
