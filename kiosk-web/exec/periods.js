// Fiscal halves as the dashboard counts them: the fiscal year is named by the Buddhist Era year it ends in; half 1 runs
// 1 Oct–31 Mar, half 2 1 Apr–30 Sep.

import { t } from "./texts.js";

/** The fiscal half containing a yyyy-mm-dd date, with its first day. */
export function fiscalHalf(isoDate) {
  const [y, m] = isoDate.split("-").map(Number);
  if (m >= 10) return { fy: y + 1 + 543, half: 1, first: `${y}-10-01` };
  if (m <= 3) return { fy: y + 543, half: 1, first: `${y - 1}-10-01` };
  return { fy: y + 543, half: 2, first: `${y}-04-01` };
}

export function previousHalf({ fy, half }) {
  return half === 1 ? { fy: fy - 1, half: 2 } : { fy, half: 1 };
}

/** "รอบ 6 เดือนแรก ปีงบประมาณ 2570" / "First half of FY 2570" */
export function halfLabel(h) {
  return t(h.half === 1 ? "half1" : "half2", { fy: h.fy });
}

/** A yyyy-mm-dd date as an instant within that day in Bangkok, for formatDate(). */
export function bangkokDate(iso) {
  return `${iso}T12:00:00+07:00`;
}
