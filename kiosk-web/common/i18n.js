// Thai first, English on a switch. Texts live in each page's dictionary { th: {key: "…"}, en: {key: "…"} };
// elements name theirs with data-i18n="key" (text) or data-i18n-attr="aria-label:key,placeholder:key2".
// Dates are shown in the Buddhist Era and times in Asia/Bangkok, whatever the device's own settings are.

const STORE = "servicepoint.lang";
const ZONE = "Asia/Bangkok";
// a shared device (the kiosk) keeps the choice in the page only, starting in Thai: see languageSwitch's remember
let unremembered = null;

export function lang() {
  if (unremembered) return unremembered;
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "th" || asked === "en") return asked;
  try {
    return localStorage.getItem(STORE) === "en" ? "en" : "th";
  } catch {
    return "th";
  }
}

export function setLang(value) {
  if (unremembered) {
    unremembered = value;
  } else {
    remember(value);
  }
  const url = new URL(location.href);
  if (!unremembered && url.searchParams.has("lang")) {
    url.searchParams.set("lang", value);
    history.replaceState(null, "", url);
  }
  document.documentElement.lang = value;
  document.dispatchEvent(new CustomEvent("langchange", { detail: value }));
}

function remember(value) {
  try {
    localStorage.setItem(STORE, value);
  } catch {
    // private mode on an old phone: the choice lasts for this page only
  }
}

/** A translator for one page's dictionary: t("key", {n: 3}) fills {n}. */
export function texts(dictionary) {
  return (key, values = {}) => {
    const text = dictionary[lang()]?.[key] ?? dictionary.th[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
  };
}

/** Writes every data-i18n text under root in the current language. */
export function translate(root, t) {
  document.documentElement.lang = lang();
  root.querySelectorAll("[data-i18n]").forEach((el) => (el.textContent = t(el.dataset.i18n)));
  root.querySelectorAll("[data-i18n-attr]").forEach((el) => {
    el.dataset.i18nAttr.split(",").forEach((pair) => {
      const [attr, key] = pair.split(":");
      el.setAttribute(attr.trim(), t(key.trim()));
    });
  });
}

/**
 * Wires a button that switches between Thai and English; render() redraws what the page drew itself. With
 * remember: false (a device many people share, such as the kiosk) the page starts in Thai whatever was chosen before,
 * and the choice is neither stored nor read from the device: the next person does not inherit it.
 */
export function languageSwitch(button, t, render = () => {}, { remember: keep = true } = {}) {
  if (!keep) unremembered = "th";
  const label = () => (button.textContent = lang() === "th" ? "English" : "ภาษาไทย");
  button.addEventListener("click", () => setLang(lang() === "th" ? "en" : "th"));
  document.addEventListener("langchange", () => {
    label();
    translate(document, t);
    render();
  });
  label();
  translate(document, t);
}

function locale() {
  return lang() === "en" ? "en-GB-u-ca-buddhist" : "th-TH-u-ca-buddhist";
}

/** "24 พ.ย. 2569" / "24 Nov 2569 BE"; with weekday "วันอังคารที่ 24 พฤศจิกายน 2569" */
export function formatDate(instant, { long = false, weekday = false } = {}) {
  if (!instant) return "";
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, day: "numeric", month: long ? "long" : "short",
    year: "numeric", weekday: weekday ? "long" : undefined }).format(new Date(instant));
}

/** "14:05" in Bangkok time. */
export function formatTime(instant) {
  if (!instant) return "";
  return new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hour12: false })
    .format(new Date(instant));
}

/** "24 พ.ย. 2569 14:05" */
export function formatDateTime(instant) {
  return instant ? `${formatDate(instant)} ${formatTime(instant)}` : "";
}

/** Today's date in Bangkok as yyyy-mm-dd (Gregorian, as the API takes it). */
export function bangkokToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
}
