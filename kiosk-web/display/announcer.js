// Spoken calls, one after another: a chime, then "เชิญหมายเลข A012 ที่ช่องบริการ 3" in the browser's Thai voice
// where it has one, otherwise joined from the clips in audio/ (espeak-ng, see audio/make-clips.sh). A call that
// comes while another is spoken waits its turn. Browsers keep sound off until someone touches the page: the staff's
// small button in the bar asks once, and the choice is remembered on the device (Chromium's --autoplay-policy=no-user-gesture-required
// needs no touch at all).

import { el } from "/common/dom.js";

const STORE = "servicepoint.display.sound";
const LETTERS = {
  A: "เอ", B: "บี", C: "ซี", D: "ดี", E: "อี", F: "เอฟ", G: "จี", H: "เอช", I: "ไอ", J: "เจ", K: "เค", L: "แอล", M: "เอ็ม",
  N: "เอ็น", O: "โอ", P: "พี", Q: "คิว", R: "อาร์", S: "เอส", T: "ที", U: "ยู", V: "วี", W: "ดับเบิลยู", X: "เอ็กซ์", Y: "วาย",
  Z: "แซด",
};
const DIGITS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];
const CHIME_S = 1.1;
const GAP_S = 0.05;
const SILENT_MS = 2500; // how long a call's text stays when no sound can be played
const MAX_SPEECH_MS = 15000;

/** The text of a call, as shown for screen readers and spoken. */
export function callText(number, counter) {
  return `เชิญหมายเลข ${number} ที่ช่องบริการ ${counter}`;
}

/** A counter number as Thai reads it: 12 → สิบสอง, 21 → ยี่สิบเอ็ด. */
function thaiNumber(n) {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const head = tens === 1 ? "สิบ" : tens === 2 ? "ยี่สิบ" : `${DIGITS[tens]}สิบ`;
  return head + (unit === 0 ? "" : unit === 1 ? "เอ็ด" : DIGITS[unit]);
}

/** The ticket number read character by character: A012 → เอ ศูนย์ หนึ่ง สอง. */
function parts(number) {
  return [...String(number).toUpperCase()].filter((c) => LETTERS[c] || /[0-9]/.test(c));
}

export class Announcer {
  constructor({ region, log, button, clips }) {
    this.region = region;
    this.log = log;
    this.button = button;
    this.clipBase = clips;
    this.queue = [];
    this.busy = false;
    this.buffers = new Map();
    try {
      this.context = new AudioContext();
    } catch {
      this.context = null;
    }
    this.voice = null;
    this.findVoice();
    if ("speechSynthesis" in window) speechSynthesis.addEventListener?.("voiceschanged", () => this.findVoice());
    this.button.addEventListener("click", () => this.enable());
    if (this.remembered()) {
      // once enabled on this device, any touch turns it back on after a reload
      document.addEventListener("pointerdown", () => this.enable(), { once: true });
    }
    this.context?.addEventListener("statechange", () => this.showButton());
    setTimeout(() => this.showButton(), 500);
  }

  remembered() {
    try {
      return localStorage.getItem(STORE) === "on";
    } catch {
      return false;
    }
  }

  get soundOn() {
    return this.context?.state === "running";
  }

  showButton() {
    this.button.hidden = !this.context || this.soundOn;
  }

  async enable() {
    try {
      localStorage.setItem(STORE, "on");
    } catch {
      // remembered for this page only
    }
    await this.context?.resume().catch(() => {});
    if ("speechSynthesis" in window && this.voice) speechSynthesis.speak(new SpeechSynthesisUtterance("")); // unlocks speech
    this.showButton();
  }

  findVoice() {
    if (!("speechSynthesis" in window)) return;
    this.voice = speechSynthesis.getVoices().find((v) => v.lang && v.lang.toLowerCase().replace("_", "-").startsWith("th")) || null;
  }

  /** Queues a call; it is announced after those before it. */
  say(text, call) {
    this.queue.push({ text, call });
    if (!this.busy) this.next();
  }

  async next() {
    this.busy = true;
    while (this.queue.length > 0) {
      const { text, call } = this.queue.shift();
      this.region.textContent = text;
      this.log.append(el("li", {}, text));
      while (this.log.children.length > 20) this.log.firstElementChild.remove();
      try {
        await this.announce(call);
      } catch {
        await sleep(SILENT_MS);
      }
    }
    this.busy = false;
  }

  async announce({ number, counter }) {
    if (!this.soundOn) {
      await sleep(SILENT_MS);
      return;
    }
    const start = this.context.currentTime + 0.05;
    this.chime(start);
    if (this.voice) {
      await sleep(CHIME_S * 1000);
      await this.speak(number, counter);
      return;
    }
    const names = ["phrase-call", ...parts(number).map((c) => (LETTERS[c] ? `letter-${c}` : `digit-${c}`)), "phrase-counter",
      ...(Number.isInteger(counter) && counter >= 1 && counter <= 30 ? [`counter-${counter}`]
        : parts(String(counter)).map((c) => `digit-${c}`))];
    const buffers = await Promise.all(names.map((name) => this.clip(name)));
    let at = Math.max(start + CHIME_S, this.context.currentTime + 0.02);
    for (const buffer of buffers) {
      if (!buffer) continue;
      const source = this.context.createBufferSource();
      source.buffer = buffer;
      source.connect(this.context.destination);
      source.start(at);
      at += buffer.duration + GAP_S;
    }
    await sleep((at - this.context.currentTime) * 1000 + 400);
  }

  speak(number, counter) {
    return new Promise((resolve) => {
      const words = `เชิญหมายเลข ${parts(number).map((c) => LETTERS[c] || DIGITS[Number(c)]).join(" ")} ที่ช่องบริการ ${
        Number.isInteger(counter) ? thaiNumber(counter) : counter}`;
      const utterance = new SpeechSynthesisUtterance(words);
      utterance.lang = "th-TH";
      utterance.voice = this.voice;
      utterance.rate = 0.9;
      const timer = setTimeout(resolve, MAX_SPEECH_MS);
      utterance.onend = utterance.onerror = () => {
        clearTimeout(timer);
        resolve();
      };
      speechSynthesis.speak(utterance);
    });
  }

  /** Two soft tones (a "ding-dong") through WebAudio. */
  chime(at) {
    for (const [offset, frequency] of [[0, 880], [0.45, 660]]) {
      const oscillator = this.context.createOscillator();
      const gain = this.context.createGain();
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at + offset);
      gain.gain.exponentialRampToValueAtTime(0.4, at + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + offset + 0.6);
      oscillator.connect(gain).connect(this.context.destination);
      oscillator.start(at + offset);
      oscillator.stop(at + offset + 0.65);
    }
  }

  /** A clip decoded once and kept; null when it cannot be had (the rest of the call still plays). */
  async clip(name) {
    if (!this.buffers.has(name)) {
      this.buffers.set(name, fetch(`${this.clipBase}${name}.wav`)
        .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(name))))
        .then((data) => this.context.decodeAudioData(data))
        .catch(() => {
          this.buffers.delete(name);
          return null;
        }));
    }
    return this.buffers.get(name);
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
