// Calls to /api/v1: JSON in and out, problem+json turned into an ApiError a screen can show in Thai or English.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.code = problem.code;
    this.detailTh = problem.detailTh;
    this.errors = problem.errors || [];
    this.problem = problem;
  }

  /** The message in the page's language, falling back to the other one. */
  text(lang) {
    return (lang === "en" ? this.message : this.detailTh) || this.message;
  }

  /** The message in the page's language, then in the other one (null where the problem has one text only). */
  inBoth(lang) {
    const first = this.text(lang);
    const second = this.text(lang === "en" ? "th" : "en");
    return [first, second === first ? null : second];
  }
}

/** What a fetch that never reached the service throws: status 0, code NETWORK. */
export function networkError() {
  return new ApiError(0, {
    code: "NETWORK",
    detail: "The service cannot be reached. Check the network and try again.",
    // the word joiner keeps ตรวจสอบ whole: Chromium's Thai dictionary lacks it and would break it as ตรวจ|สอบ
    detailTh: "ติดต่อระบบไม่ได้ กรุณาตรวจ\u2060สอบเครือข่ายแล้วลองใหม่อีกครั้ง",
  });
}

/**
 * @param {string} path "/api/v1/…"
 * @param {object} options method, body (sent as JSON), deviceKey, signal, timeoutMs
 *   (no whole answer within it is a network error: a connection that died without a word, as when Wi-Fi drops, is
 *   otherwise waited on for minutes)
 * @returns the parsed JSON, the text for non-JSON answers, or null for 204; a staff screen's session cookie goes
 *   with every call by itself
 */
export async function api(path, { method = "GET", body, deviceKey, signal, accept, timeoutMs } = {}) {
  // X-Requested-With: a 401 then comes without the Basic challenge, so the browser opens no password dialog of its own
  const headers = { Accept: accept || "application/json", "X-Requested-With": "XMLHttpRequest" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (deviceKey) headers["X-Device-Key"] = deviceKey;
  const deadline = timeoutMs ? abortAfter(timeoutMs, signal) : null;
  let response;
  let payload;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: deadline ? deadline.signal : signal,
    });
    if (response.status === 204) return null;
    const type = response.headers.get("Content-Type") || "";
    payload = type.includes("json") ? await response.json().catch(unlessAborted) : await response.text();
  } catch (e) {
    if (e.name === "AbortError" && signal?.aborted) throw e;
    throw networkError();
  } finally {
    deadline?.clear();
  }
  if (!response.ok) {
    throw new ApiError(response.status, typeof payload === "object" ? payload : { detail: `HTTP ${response.status}` });
  }
  return payload;
}

/** A body that is not JSON after all reads as {}; a read cut short by an abort stays an abort. */
function unlessAborted(e) {
  if (e.name === "AbortError") throw e;
  return {};
}

/** An AbortController that aborts after ms, or when the caller's own signal does. */
function abortAfter(ms, signal) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  const follow = () => controller.abort();
  if (signal?.aborted) controller.abort();
  else signal?.addEventListener("abort", follow, { once: true });
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", follow);
    },
  };
}

/** The page's query parameters: sp, counter, key, t, p, lang … */
export function param(name) {
  return new URLSearchParams(location.search).get(name);
}
