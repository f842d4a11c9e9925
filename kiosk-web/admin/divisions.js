// The divisions panel (กอง/สำนัก): code, Thai and English name; create, rename or recode.

import { load, save } from "./messages.js";
import { field, heading, input, itemForm, listTab } from "./forms.js";
import { drawing, name } from "./state.js";

export async function divisionsTab() {
  const tab = drawing();
  const divisions = await load("/api/v1/admin/divisions");
  if (tab.stale()) return;
  listTab({
    title: "divisions", columns: ["code", "nameTh", "nameEn"], items: divisions,
    row: (d) => ({ cells: [d.code, d.nameTh, d.nameEn] }),
    newKey: "newDivision", form: divisionForm,
  });
}

/** The code can change too: services hold their division by id, so they follow. */
function divisionForm(box, existing) {
  const code = input(existing?.code, { autocapitalize: "characters", autocomplete: "off" });
  const nameTh = input(existing?.nameTh);
  const nameEn = input(existing?.nameEn);
  itemForm(box, {
    conflictField: "code", editing: existing, fresh: () => divisionForm(box, null),
    title: existing ? heading("editDivision", { code: existing.code }) : heading("newDivision"),
    parts: [field("code", "code", code, "divisionCodeHint"), field("nameTh", "nameTh", nameTh), field("nameEn", "nameEn", nameEn)],
    request: () => save("/api/v1/admin/divisions", existing?.id,
      { code: code.value.trim(), nameTh: nameTh.value.trim(), nameEn: nameEn.value.trim() }),
    reopen: divisionsTab,
    label: (saved) => `${saved.code} ${name(saved)}`,
  });
}
