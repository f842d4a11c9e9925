// "Notify me on this phone" on the ticket page (issue 18, web push). Shown only where the browser can take pushes
// (PushManager) and the service has a VAPID key (GET /api/v1/web-push/key); permission is asked only when the citizen
// taps the button. The subscription is sent to POST /api/v1/tickets/{token}/web-push; the service then pushes the
// call-ahead, the call, a transfer and the survey link, which push-worker.js shows. Thai first, English second.
import { api, ApiError } from "/common/api.js";

const WORKER = "/ticket/push-worker.js";
const SCOPE = "/ticket/";
/** The companion follows a ticket until it is served or leaves the queue (Followers.FOLLOWABLE). */
const FOLLOWABLE = new Set(["WAITING", "CALLED", "SERVING"]);
const STATES = {
  on: "เปิดการแจ้งเตือนบนโทรศัพท์เครื่องนี้แล้ว ออกไปทำธุระก่อนได้ · Notifications are on for this phone: you may step out.",
  blocked: "เบราว์เซอร์ปิดการแจ้งเตือนของเว็บนี้ไว้ เปิดได้ที่การตั้งค่าของเบราว์เซอร์ · Notifications are blocked for this site: allow them in the browser's settings.",
  unsupported: "เบราว์เซอร์นี้แจ้งเตือนไม่ได้ เปิดหน้านี้ไว้แทน · This browser cannot show notifications: keep this page open instead.",
  asking: "กำลังเปิดการแจ้งเตือน… · Turning notifications on…",
  failed: "เปิดการแจ้งเตือนไม่สำเร็จ กรุณาลองใหม่ · Notifications could not be turned on: please try again.",
  off: "",
};

const supported = () => "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

/** The key as the bytes PushManager.subscribe takes (applicationServerKey). */
function keyBytes(base64url) {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
}

function sameKey(subscription, key) {
  const current = subscription.options?.applicationServerKey;
  if (!current) return true; // a browser that does not say: the service answers 410 if it does not match
  const a = new Uint8Array(current);
  return a.length === key.length && a.every((byte, i) => byte === key[i]);
}

/** Which tickets this phone asked for: one subscription per phone serves every ticket it follows. */
const remembered = {
  key: (token) => `web-push:${token}`,
  has(token) {
    try {
      return localStorage.getItem(this.key(token)) === "on";
    } catch {
      return false;
    }
  },
  set(token, on) {
    try {
      if (on) localStorage.setItem(this.key(token), "on");
      else localStorage.removeItem(this.key(token));
    } catch {
      // private browsing without storage: the page asks again next time
    }
  },
};

/**
 * @param {HTMLElement} root the page's #web-push block, with #web-push-on, #web-push-state and #web-push-off
 * @param {string} token the ticket's tracking token
 * @returns {{update(status: string): void}} told each new ticket status, so the offer ends with the queue
 */
export function webPush(root, token) {
  const on = root.querySelector("#web-push-on");
  const off = root.querySelector("#web-push-off");
  const stateEl = root.querySelector("#web-push-state");
  const path = `/api/v1/tickets/${encodeURIComponent(token)}/web-push`;
  let key = null;
  let state = "off";
  let refusal = null;
  let ticketStatus = null;

  function render() {
    root.hidden = key === null || !FOLLOWABLE.has(ticketStatus);
    on.hidden = !(state === "off" || state === "failed");
    on.disabled = state === "asking";
    off.hidden = state !== "on";
    stateEl.textContent = refusal ? `${refusal.detailTh || ""} · ${refusal.message}` : STATES[state];
    stateEl.hidden = stateEl.textContent === "";
    root.dataset.state = state;
  }

  async function subscription() {
    const registration = await navigator.serviceWorker.getRegistration(SCOPE);
    return registration ? registration.pushManager.getSubscription() : null;
  }

  async function turnOn() {
    state = "asking";
    refusal = null;
    render();
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        state = permission === "denied" ? "blocked" : "off";
        return;
      }
      const registration = await navigator.serviceWorker.register(WORKER, { scope: SCOPE });
      const bytes = keyBytes(key);
      let current = await registration.pushManager.getSubscription();
      if (current && !sameKey(current, bytes)) {
        await current.unsubscribe(); // made with a key the service no longer has
        current = null;
      }
      current = current || await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes });
      await api(path, { method: "POST", body: current.toJSON(), timeoutMs: 15000 });
      remembered.set(token, true);
      state = "on";
    } catch (e) {
      state = "failed";
      refusal = e instanceof ApiError ? e : null;
    } finally {
      render();
    }
  }

  async function turnOff() {
    try {
      const current = await subscription();
      if (current) await api(path, { method: "DELETE", body: current.toJSON(), timeoutMs: 15000 });
      remembered.set(token, false);
      state = "off";
      refusal = null;
    } catch (e) {
      refusal = e instanceof ApiError ? e : null;
    } finally {
      render();
    }
  }

  async function start() {
    let offer;
    try {
      offer = await api("/api/v1/web-push/key");
    } catch {
      return; // no offer is shown: the page's other ways to follow stay
    }
    if (!offer.enabled || !offer.publicKey) return;
    key = offer.publicKey;
    if (!supported()) state = "unsupported";
    else if (Notification.permission === "denied") state = "blocked";
    else if (Notification.permission === "granted" && remembered.has(token) && await subscription().catch(() => null)) {
      state = "on";
    }
    render();
  }

  on.addEventListener("click", turnOn);
  off.addEventListener("click", turnOff);
  render();
  start();
  return {
    update(status) {
      ticketStatus = status;
      render();
    },
  };
}
