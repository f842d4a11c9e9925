// The device keys panel: register a KIOSK or DISPLAY key for a service point, or a COUNTER key with its counter (the
// key is shown once, with the address to open on the device); list; revoke with a second click to confirm.

import { el } from "/common/dom.js";
import { formatDateTime } from "/common/i18n.js";
import { load, notice, showProblem, submit } from "./messages.js";
import { actionsHeader, buttonRow, field, heading, input, layout, namedForm, saveButton } from "./forms.js";
import { drawing, enc, name, session, spLabel, state } from "./state.js";
import { t } from "./texts.js";

export async function devicesTab() {
  const tab = drawing();
  const devices = await load("/api/v1/admin/device-keys");
  if (tab.stale()) return;
  const list = el("div", { class: "panel" });
  const formBox = el("div", { class: "panel" });
  let current = devices;
  const draw = () => drawDevices(list, current);
  draw();
  state.redraw = draw;
  deviceForm(formBox, (fresh) => {
    current = fresh;
    draw();
  });
  layout(list, formBox);
}

function drawDevices(list, devices) {
  const shown = state.sp ? devices.filter((d) => !d.servicePoint || d.servicePoint === state.sp) : devices;
  list.replaceChildren(heading("devices"), el("table", {},
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("nameShort")), el("th", { scope: "col" }, t("kind")), el("th", { scope: "col" }, t("servicePoint")),
      el("th", { scope: "col" }, t("created")), el("th", { scope: "col" }, t("status")), actionsHeader())),
    el("tbody", {}, ...shown.map((d) => el("tr", { class: d.active ? null : "inactive" },
      el("td", {}, d.name), el("td", { class: "kind" }, d.counterNumber ? `${t(d.kind)} ${d.counterNumber}` : t(d.kind)),
      el("td", {}, spLabel(d.servicePoint)),
      el("td", {}, formatDateTime(d.createdAt)), el("td", {}, d.active ? t("activeShort") : t("revoked")),
      el("td", {}, d.active ? revokeButton(d) : null))))));
}

/** Revoking asks twice on the same button (no browser dialog, which a kiosk-style browser may block). */
function revokeButton(device) {
  let armed = false;
  const button = el("button", { type: "button", class: "secondary" }, t("revoke"));
  button.addEventListener("click", async () => {
    if (!armed) {
      armed = true;
      button.className = "danger";
      button.textContent = t("revokeConfirm");
      return;
    }
    button.disabled = true;
    try {
      await session.call(`/api/v1/admin/device-keys/${device.id}/revoke`, { method: "POST" });
      await devicesTab();
      notice(`${t("revoked")}: ${device.name}`);
    } catch (e) {
      showProblem(e, null);
      button.disabled = false;
    }
  });
  return button;
}

function deviceForm(box, onListChange) {
  const deviceName = input("");
  const kind = el("select", {}, ...["KIOSK", "DISPLAY", "COUNTER"].map((k) => el("option", { value: k }, t(k))));
  const where = el("select", {}, ...state.servicePoints.map((s) => el("option", { value: s.code }, `${name(s)} (${s.code})`)),
    el("option", { value: "" }, t("everySp")));
  where.value = state.sp;
  // a counter screen is bound to one counter of the chosen service point
  const counter = el("select", {});
  const counterField = field("counter", "screenCounter", counter, "screenCounterHint");
  const showCounters = async () => {
    counterField.hidden = kind.value !== "COUNTER";
    if (counterField.hidden || !where.value) {
      counter.replaceChildren();
      return;
    }
    const counters = await session.call(`/api/v1/admin/service-points/${enc(where.value)}/counters`).catch(() => []);
    counter.replaceChildren(...(counters.length
      ? counters.map((c) => el("option", { value: String(c.id) }, `${c.number} ${c.name || ""}`.trim()))
      : [el("option", { value: "" }, t("noCounter"))]));
  };
  kind.addEventListener("change", showCounters);
  where.addEventListener("change", showCounters);
  showCounters();
  const result = el("div");
  const title = heading("newDevice");
  const form = namedForm(title, {},
    result, title, field("name", "deviceName", deviceName), field("kind", "kind", kind),
    field("servicePoint", "servicePoint", where), counterField, buttonRow(saveButton()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    result.replaceChildren();
    const body = { name: deviceName.value.trim(), kind: kind.value, servicePoint: where.value || null,
      counter: kind.value === "COUNTER" && counter.value ? Number(counter.value) : null };
    submit(form, () => session.call("/api/v1/admin/device-keys", { method: "POST", body }), async (issued) => {
      deviceName.value = "";
      result.replaceChildren(keyBox(issued));
      // the list shows the new device; the key stays in the form until the tab is left
      result.scrollIntoView({ block: "start" });
      const devices = await session.call("/api/v1/admin/device-keys").catch(() => null);
      if (devices) onListChange(devices);
    });
  });
  box.replaceChildren(form);
}

/** The key just issued, shown this once, with the address to open on the device and a button that copies it. */
function keyBox(issued) {
  const target = issued.servicePoint || state.sp;
  const url = issued.kind === "COUNTER"
    ? `${location.origin}/counter/?counter=${enc(issued.counter)}&key=${enc(issued.key)}`
    : `${location.origin}/${issued.kind === "KIOSK" ? "kiosk" : "display"}/?sp=${enc(target)}&key=${enc(issued.key)}`;
  const copy = el("button", { type: "button" }, t("copy"));
  const urlText = el("code", {}, url);
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(url);
      copy.textContent = t("copied");
    } catch {
      const range = document.createRange();
      range.selectNodeContents(urlText);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }
  });
  return el("div", { class: "key-box", role: "status" },
    el("p", { class: "warn" }, t("keyOnce")),
    el("p", {}, `${t("key")}: `, el("code", {}, issued.key)),
    el("p", {}, `${t("deviceUrl")}: `, el("a", { href: url, target: "_blank", rel: "noopener" }, urlText)),
    buttonRow(copy));
}
