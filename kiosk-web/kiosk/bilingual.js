// The kiosk's own steps say everything in both languages at once: the screen's language first, the other below.
import { el } from "/common/dom.js";
import { lang } from "/common/i18n.js";

/** [first, <span class="en" lang=…>second</span>] for a key of texts ({ th: {…}, en: {…} }), {name}s filled. */
export function bilingual(texts, key, values = {}) {
  const fill = (text) => text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
  const first = lang() === "en" ? "en" : "th";
  const second = first === "th" ? "en" : "th";
  return [fill(texts[first][key]), el("span", { class: "en", lang: second }, fill(texts[second][key]))];
}
