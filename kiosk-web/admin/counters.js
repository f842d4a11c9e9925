// The counters panel of the chosen service point (number, name, services served) and each counter's poster QR for the
// open-mode survey, shown as SVG with a print layout; a new poster disables the old one.

import { ApiError } from "/common/api.js";
import { el } from "/common/dom.js";
import { formatDateTime } from "/common/i18n.js";
import { load, save, showError, showProblem } from "./messages.js";
import { buttonRow, checkbox, errorSlot, field, heading, input, itemForm, listTab } from "./forms.js";
import { content, drawing, enc, name, session, spLabel, state } from "./state.js";
import { t } from "./texts.js";

export async function countersTab() {
  if (!state.sp) {
    content.replaceChildren();
    return;
  }
  const tab = drawing();
  const [counters, services] = await Promise.all([
    load(`/api/v1/admin/service-points/${enc(state.sp)}/counters`),
    load(`/api/v1/admin/service-points/${enc(state.sp)}/services`)]);
  if (tab.stale()) return;
  const posterBox = el("div", { class: "panel print-area", hidden: true });
  listTab({
    title: "counters", items: counters, columns: [{ key: "#", num: true }, "counterName", "counterServices", "status", "clerk"],
    row: (c) => ({ cells: [c.number, c.name, c.services.join(", "), t(c.status), c.clerk || "–"],
      buttons: [el("button", { type: "button", class: "secondary", onclick: () => showPoster(posterBox, c) }, t("poster"))] }),
    newKey: "newCounter", form: (box, c) => counterForm(box, c, services),
  });
  content.append(posterBox);
}

function counterForm(box, existing, services) {
  const number = el("input", { type: "number", inputmode: "numeric", min: 1, value: existing?.number ?? "" });
  const counterName = input(existing?.name);
  const chosen = new Set(existing?.services || []);
  const boxes = services.map((s) => checkbox(chosen.has(s.prefix), { value: s.prefix }));
  itemForm(box, {
    editing: existing, fresh: () => counterForm(box, null, services),
    title: existing ? heading("editCounter", { n: existing.number }) : heading("newCounter"),
    parts: [field("number", "number", number), field("name", "counterName", counterName),
      el("fieldset", { class: "checks" }, el("legend", { dataset: { i18n: "counterServices" } }, t("counterServices")),
        ...services.map((s, i) => el("label", {}, boxes[i], `${s.prefix} · ${name(s)}`))),
      errorSlot("services")],
    request: () => save(`/api/v1/admin/service-points/${enc(state.sp)}/counters`, existing?.id, {
      number: number.value.trim() === "" ? null : Number(number.value), name: counterName.value.trim(),
      services: services.filter((s, i) => boxes[i].checked).map((s) => s.prefix),
    }),
    reopen: countersTab,
    label: (saved) => saved.name,
  });
}

async function showPoster(box, counter) {
  showError(null);
  box.hidden = false;
  const body = el("div", { class: "poster" });
  box.replaceChildren(heading("posterTitle", { name: counter.name }), body,
    buttonRow(
      el("button", { type: "button", onclick: () => createPoster(body, counter) }, t("posterCreate")),
      el("button", { type: "button", class: "secondary", onclick: () => window.print() }, t("posterPrint")),
      el("button", { type: "button", class: "secondary", onclick: () => (box.hidden = true) }, t("close"))),
    el("p", { class: "muted small" }, t("posterReplaceHint")));
  try {
    const poster = await session.call(`/api/v1/admin/counters/${counter.id}/poster`);
    await drawPoster(body, counter, poster);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) body.replaceChildren(el("p", {}, t("posterNone")));
    else showProblem(e, null);
  }
  box.scrollIntoView({ block: "nearest" });
}

async function createPoster(body, counter) {
  showError(null);
  try {
    const poster = await session.call(`/api/v1/admin/counters/${counter.id}/poster`, { method: "POST" });
    await drawPoster(body, counter, poster);
  } catch (e) {
    showProblem(e, null);
  }
}

/** The QR as an SVG image (fetched in the session, shown from a Blob: an <img> runs no script in it). */
async function drawPoster(body, counter, poster) {
  const response = await fetch(`/api/v1/admin/counters/${counter.id}/poster/qr.svg`, { headers: session.headers() });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  const url = URL.createObjectURL(new Blob([await response.text()], { type: "image/svg+xml" }));
  body.replaceChildren(
    el("p", {}, el("strong", {}, t("posterScan"))),
    el("img", { src: url, alt: `QR ${poster.url}` }),
    el("p", {}, `${spLabel(state.sp)} · ${counter.name}`),
    el("p", { class: "url" }, poster.url),
    el("p", { class: "muted small" }, formatDateTime(poster.createdAt)));
}
