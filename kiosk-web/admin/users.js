// The users panel: create with roles, edit, deactivate, set a new password.

import { el } from "/common/dom.js";
import { load, save } from "./messages.js";
import { checkbox, errorSlot, field, heading, input, itemForm, listTab } from "./forms.js";
import { drawing } from "./state.js";
import { t } from "./texts.js";

const ROLES = ["ADMIN", "CLERK", "EXECUTIVE", "COMPLAINT_OFFICER"];

export async function usersTab() {
  const tab = drawing();
  const users = await load("/api/v1/admin/users");
  if (tab.stale()) return;
  listTab({
    title: "users", items: users, columns: ["username", "displayName", "roles", "status"],
    row: (u) => ({ inactive: !u.active, cells: [u.username, u.displayName,
      u.roles.map((r) => t(r)).join(", "), u.active ? t("activeShort") : t("inactive")] }),
    newKey: "newUser", form: userForm,
  });
}

function userForm(box, existing) {
  const username = input(existing?.username, { autocapitalize: "none", autocomplete: "off", disabled: Boolean(existing) });
  const displayName = input(existing?.displayName);
  const password = el("input", { type: "password", autocomplete: "new-password" });
  const roles = new Set(existing?.roles || []);
  const roleBoxes = ROLES.map((r) => checkbox(roles.has(r), { value: r }));
  const active = checkbox(existing ? existing.active : true);
  itemForm(box, {
    editing: existing, fresh: () => userForm(box, null),
    title: existing ? heading("editUser", { u: existing.username }) : heading("newUser"),
    parts: [field("username", "username", username), field("displayName", "displayName", displayName),
      field("password", existing ? "passwordReset" : "passwordNew", password),
      el("fieldset", { class: "checks" }, el("legend", { dataset: { i18n: "roles" } }, t("roles")),
        ...ROLES.map((r, i) => el("label", {}, roleBoxes[i], el("span", { dataset: { i18n: r } }, t(r))))),
      errorSlot("roles"),
      existing ? el("label", { class: "check" }, active, el("span", { dataset: { i18n: "userActive" } }, t("userActive"))) : null,
      errorSlot("active")],
    request: () => {
      const chosen = ROLES.filter((r, i) => roleBoxes[i].checked);
      return save("/api/v1/admin/users", existing?.username, existing
        ? { displayName: displayName.value.trim(), roles: chosen, active: active.checked, password: password.value || null }
        : { username: username.value.trim(), displayName: displayName.value.trim(), roles: chosen, password: password.value });
    },
    reopen: usersTab,
    label: (saved) => saved.username,
  });
}
