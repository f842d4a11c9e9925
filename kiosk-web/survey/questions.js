// The questionnaire's items as the citizen sees them, whatever list the server sends: every item with answers is a
// numbered group ("ข้อ 2 จาก 5") of large radio rows; an item without answers (a parent such as E1) heads the
// sub-items that follow it, when the server sends one.
import { el } from "/common/dom.js";

/**
 * Builds the items into container. onAnswer(code) runs when a question is answered.
 * @returns {{questions: object[], redraw: function(string): void}} the items answered, in order, and the redraw of
 *   every text in a language ("th" or "en")
 */
export function buildQuestions(container, items, t, onAnswer) {
  const questions = items.filter((item) => item.options.length > 0);
  const texts = []; // [element, thai, english]: the questionnaire's own texts
  const numbers = []; // [element, number]: "ข้อ 2 จาก 5", in the page's texts
  const both = (element, th, en) => {
    texts.push([element, th, en || th]);
    return element;
  };
  const groups = new Map();
  for (const item of items) {
    const parent = item.parent && groups.get(item.parent);
    const legend = el("legend", { class: "legend" });
    const fieldset = el("fieldset", { id: `item-${item.code}` }, legend);
    if (item.options.length === 0) {
      fieldset.className = "group";
      legend.append(both(el("span"), item.textTh, item.textEn));
      groups.set(item.code, fieldset);
    } else {
      const number = el("span", { class: "number" });
      numbers.push([number, questions.indexOf(item) + 1]);
      // the number is the legend's first words: a screen reader says it with the question
      legend.append(number, " ", both(el("span", { class: "text" }), item.textTh, item.textEn));
      if (item.required) {
        legend.append(el("span", { class: "required", "aria-hidden": "true" }, "\u00a0*"), " ",
          el("span", { class: "visually-hidden", "data-i18n": "required" }, t("required")));
      }
      fieldset.className = "item";
      fieldset.setAttribute("aria-describedby", `error-${item.code}`);
      fieldset.append(el("div", { class: "options" }, item.options.map((option) => {
        const input = el("input", {
          type: "radio",
          name: item.code,
          value: option.value,
          id: `option-${item.code}-${option.value}`,
          required: item.required,
          onchange: () => onAnswer(item.code),
        });
        return el("label", { for: input.id, class: "option" }, input, both(el("span"), option.labelTh, option.labelEn));
      })));
    }
    fieldset.append(el("p", { class: "error", id: `error-${item.code}` }));
    (parent || container).append(fieldset);
  }
  return {
    questions,
    redraw(language) {
      for (const [element, th, en] of texts) element.textContent = language === "en" ? en : th;
      for (const [element, number] of numbers) element.textContent = t("number", { i: number, n: questions.length });
    },
  };
}

/** The value chosen for each question answered so far. */
export function answers(questions) {
  const chosen = {};
  for (const item of questions) {
    const checked = document.querySelector(`input[name="${CSS.escape(item.code)}"]:checked`);
    if (checked) chosen[item.code] = checked.value;
  }
  return chosen;
}

/** About six seconds a question, said as a person would: "ประมาณครึ่งนาที", "ประมาณ 2 นาที". */
export function duration(t, count) {
  const minutes = Math.ceil((count * 6) / 60);
  if (count * 6 <= 30) return t("halfMinute", { n: count });
  return t(minutes === 1 ? "oneMinute" : "minutes", { n: count, m: minutes });
}
