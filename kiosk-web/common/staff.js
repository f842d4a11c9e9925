// Signing staff in on the clerk, executive and admin screens: the form is posted to the server (/j_security_check),
// which checks the password like any other sign-in and answers with a session cookie that is HttpOnly (no script
// reads it), SameSite=Strict and ends after a while unused. The browser keeps no password; this tab keeps only the
// username, to know it has signed in.

import { api, ApiError, networkError } from "./api.js";
import { el } from "./dom.js";

const MESSAGES = {
  401: {
    detailTh: "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง กรุณาลองใหม่",
    detail: "Wrong username or password. Please try again.",
  },
  403: {
    detailTh: "บัญชีนี้ไม่มีสิทธิ์ใช้หน้านี้",
    detail: "This account may not use this page.",
  },
};

// X-Requested-With: a 401 comes without the Basic challenge, so the browser opens no password dialog of its own
const SCRIPT_HEADERS = { "X-Requested-With": "XMLHttpRequest", Accept: "application/json" };

export class StaffSession {
  /**
   * @param {string} store sessionStorage key
   * @param {string} probe a GET path only the allowed roles may read: a 401 means a wrong password, a 403 a wrong role
   * @param {object} forbidden {detailTh, detail} for a 403 (which roles are needed)
   */
  constructor(store, probe, forbidden) {
    this.store = store;
    this.probe = probe;
    this.forbidden = forbidden;
    const saved = read(store);
    // an older version kept the Basic password here: forget it, and sign in again
    if (saved?.auth) forget(store);
    this.username = saved && !saved.auth ? saved.username || null : null;
  }

  get signedIn() {
    return Boolean(this.username);
  }

  /**
   * Signs in with the form post, then checks the role against the probe; a refused role signs out again.
   * @returns the probe's answer, for a page whose first read it is
   */
  async signIn(username, password) {
    let response;
    try {
      response = await fetch("/j_security_check", {
        method: "POST",
        headers: { ...SCRIPT_HEADERS, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ j_username: username, j_password: password }),
      });
    } catch {
      throw networkError();
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({ detail: `HTTP ${response.status}` }));
      throw explain(new ApiError(response.status, problem), this.forbidden);
    }
    let answer;
    try {
      answer = await api(this.probe);
    } catch (e) {
      await endSession();
      throw explain(e, this.forbidden);
    }
    this.username = username;
    try {
      sessionStorage.setItem(this.store, JSON.stringify({ username }));
    } catch {
      // storage refused: signed in for this page only
    }
    return answer;
  }

  /** Forgets the user here and has the server clear the session cookie; resolves once it did (or could not). */
  signOut() {
    this.username = null;
    forget(this.store);
    return endSession();
  }

  /** Headers for a plain fetch() (the cookie goes by itself): no browser password dialog on a 401 (see api.js). */
  headers() {
    return { "X-Requested-With": "XMLHttpRequest" };
  }

  /**
   * Wires a sign-in form (inputs #login-username and #login-password, t("signIn") / t("signingIn") on its button):
   * the password is checked with signIn(), then onSignedIn() runs; a refusal, or a failure of onSignedIn, goes to
   * onRefused(error).
   */
  bindForm(form, t, { onSignedIn, onRefused }) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = form.querySelector("button[type=submit]");
      const username = form.querySelector("#login-username");
      const password = form.querySelector("#login-password");
      if (!username.value.trim() || !password.value) {
        (username.value.trim() ? password : username).focus();
        return;
      }
      button.disabled = true;
      button.textContent = t("signingIn");
      try {
        await this.signIn(username.value.trim(), password.value);
        password.value = "";
        await onSignedIn();
      } catch (e) {
        onRefused(e);
        password.select();
      } finally {
        button.disabled = false;
        button.textContent = t("signIn");
      }
    });
  }

  /** api() within this session (its cookie goes with every request). */
  call(path, options = {}) {
    return api(path, options);
  }

  /**
   * Downloads a file as this session (a plain link would leave the page): fetched as a Blob and saved under the name
   * the server gives in Content-Disposition.
   */
  async download(path, fallbackName) {
    let response;
    try {
      response = await fetch(path, { headers: this.headers() });
    } catch {
      throw networkError();
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({ detail: `HTTP ${response.status}` }));
      throw explain(new ApiError(response.status, problem), this.forbidden);
    }
    const blob = await response.blob();
    const name = fileName(response.headers.get("Content-Disposition")) || fallbackName;
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return name;
  }
}

function read(store) {
  try {
    return JSON.parse(sessionStorage.getItem(store) || "null");
  } catch {
    return null;
  }
}

function forget(store) {
  try {
    sessionStorage.removeItem(store);
  } catch {
    // nothing kept
  }
}

/** The server clears the session cookie (HttpOnly: no script here can). */
async function endSession() {
  try {
    await fetch("/api/v1/session", { method: "DELETE", headers: SCRIPT_HEADERS });
  } catch {
    // offline: the cookie ends by itself once unused for the session timeout
  }
}

/** A 401 or 403 said in words a person understands; anything else as the API said it. */
export function explain(error, forbidden) {
  if (!(error instanceof ApiError)) return error;
  if (error.status === 401) return new ApiError(401, { ...MESSAGES[401], code: error.code || "UNAUTHENTICATED" });
  if (error.status === 403) return new ApiError(403, { ...(forbidden || MESSAGES[403]), code: error.code || "FORBIDDEN" });
  return error;
}

/** The file name of a Content-Disposition header (filename*=UTF-8'' first, then filename="…"). */
export function fileName(disposition) {
  if (!disposition) return null;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}
