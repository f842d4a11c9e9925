// The agencies panel. A platform operator (PLATFORM) lists the agencies of the installation, creates one with its
// first administrator, and edits one (names, class, province, district, active, report recipients). An agency's
// administrator sees the same tab as a small form for their own agency's names and the addresses its half-year report
// is mailed to (class, province and code are the platform's).

import { el } from "/common/dom.js";
import { notice, save, submit } from "./messages.js";
import { buttonRow, checkbox, errorSlot, field, heading, input, itemForm, listTab, namedForm, saveButton } from "./forms.js";
import { content, drawing, name, session, state } from "./state.js";
import { t } from "./texts.js";

const CLASSES = ["PAO", "CITY", "TOWN", "SUBDISTRICT_MUNICIPALITY", "SAO", "OTHER"];
const PLATFORM = "/api/v1/platform/agencies";

export async function agenciesTab() {
  if (state.platform) return platformTab();
  return ownAgencyTab();
}

async function platformTab() {
  const tab = drawing();
  const agencies = await session.call(PLATFORM);
  if (tab.stale()) return;
  listTab({
    title: "agencies", items: agencies,
    columns: ["code", "colName", "agencyClass", "province", { key: "servicePointsCount", num: true }, "status"],
    row: (a) => ({ inactive: !a.active, cells: [a.code, name(a), t(a.agencyClass), a.province, String(a.servicePoints),
      a.active ? t("activeShort") : t("inactive")] }),
    newKey: "newAgency", form: agencyForm,
  });
}

function classSelect(value) {
  const select = el("select", {}, ...CLASSES.map((c) => el("option", { value: c, dataset: { i18n: c } }, t(c))));
  select.value = value || "SAO";
  return select;
}

/** The half-year report's recipients, one address a line; errors of any address show under it ("reportRecipients"). */
function recipientsBox(addresses) {
  return el("textarea", { rows: 4, autocapitalize: "none", autocomplete: "off", spellcheck: "false" },
    (addresses || []).join("\n"));
}

function recipients(box) {
  return box.value.split(/[\n,;]/).map((address) => address.trim()).filter(Boolean);
}

function agencyForm(box, existing) {
  const code = input(existing?.code, { autocapitalize: "none", autocomplete: "off", disabled: Boolean(existing) });
  const nameTh = input(existing?.nameTh);
  const nameEn = input(existing?.nameEn);
  const agencyClass = classSelect(existing?.agencyClass);
  const province = input(existing?.province);
  const district = input(existing?.district);
  const active = checkbox(existing ? existing.active : true);
  const mailTo = recipientsBox(existing?.reportRecipients);
  const adminUsername = input("", { autocapitalize: "none", autocomplete: "off" });
  const adminName = input("");
  const adminPassword = el("input", { type: "password", autocomplete: "new-password" });
  const firstAdmin = existing ? null : el("fieldset", {},
    el("legend", { dataset: { i18n: "firstAdmin" } }, t("firstAdmin")),
    field("username", "adminUsername", adminUsername), field("displayName", "adminDisplayName", adminName),
    field("password", "passwordNew", adminPassword));
  itemForm(box, {
    conflictField: existing ? null : "code", editing: existing, fresh: () => agencyForm(box, null),
    title: existing ? heading("editAgency", { code: existing.code }) : heading("newAgency"),
    parts: [field("code", "code", code, "codeHint"), field("nameTh", "nameTh", nameTh),
      field("nameEn", "nameEn", nameEn), field("agencyClass", "agencyClass", agencyClass),
      field("province", "province", province), field("district", "district", district),
      existing ? field("reportRecipients", "reportRecipients", mailTo, "reportRecipientsHint") : null,
      existing ? el("label", { class: "check" }, active, el("span", { dataset: { i18n: "agencyActive" } }, t("agencyActive"))) : null,
      errorSlot("active"), firstAdmin],
    request: () => {
      const body = { nameTh: nameTh.value.trim(), nameEn: nameEn.value.trim(), agencyClass: agencyClass.value,
        province: province.value.trim(), district: district.value.trim() || null };
      return existing
        ? save(PLATFORM, existing.code, { ...body, active: active.checked, reportRecipients: recipients(mailTo) })
        : save(PLATFORM, undefined, { code: code.value.trim(), ...body, firstAdmin: {
          username: adminUsername.value.trim(), displayName: adminName.value.trim(), password: adminPassword.value } });
    },
    reopen: platformTab,
    label: (saved) => `${saved.code} ${name(saved)}`,
  });
}

async function ownAgencyTab() {
  const tab = drawing();
  const agency = await session.call("/api/v1/admin/agency");
  if (tab.stale()) return;
  const nameTh = input(agency.nameTh);
  const nameEn = input(agency.nameEn);
  const mailTo = recipientsBox(agency.reportRecipients);
  const title = heading("ownAgency");
  const form = namedForm(title, {}, title,
    el("p", { class: "muted" }, `${agency.code} · ${t(agency.agencyClass)} · ${agency.province}`),
    field("nameTh", "nameTh", nameTh), field("nameEn", "nameEn", nameEn),
    field("reportRecipients", "reportRecipients", mailTo, "reportRecipientsHint"),
    el("p", { class: "muted small", dataset: { i18n: "ownAgencyHint" } }, t("ownAgencyHint")),
    buttonRow(saveButton()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(form, () => session.call("/api/v1/admin/agency", { method: "PUT",
      body: { nameTh: nameTh.value.trim(), nameEn: nameEn.value.trim(), reportRecipients: recipients(mailTo) } }),
    async (saved) => {
      state.agency = saved;
      document.dispatchEvent(new CustomEvent("agency-renamed"));
      await ownAgencyTab();
      notice(`${t("saved")}: ${name(saved)}`);
    });
  });
  state.redraw = () => {};
  content.replaceChildren(el("div", { class: "panel" }, form));
}
