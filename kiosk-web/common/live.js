// A live feed over one of the /ws/v1 sockets that keeps itself connected: after a network drop or a server restart
// it reconnects with growing pauses and resumes with ?since= the last seq it applied, so a screen never misses a call.

const FATAL = new Set([4400, 4401, 4403, 4404]);
const PING_EVERY_MS = 15000;

/**
 * @param {string} path e.g. "/ws/v1/service-points/pao-hq/display?key=…"
 * @param {object} handlers onSnapshot(msg), onEvent(msg), onStatus(state, detail) with state
 *   "connecting" | "live" | "offline" | "refused"
 * @param {object} options consecutive: every seq follows the last (the display socket); resume: send ?since=
 *   (display and counter sockets); the ticket socket has neither and starts from a fresh snapshot
 */
export class LiveFeed {
  constructor(path, handlers, { consecutive = false, resume = true, maxDelayMs = 10000 } = {}) {
    this.path = path;
    this.handlers = handlers;
    this.consecutive = consecutive;
    this.resume = resume;
    this.maxDelayMs = maxDelayMs;
    this.lastSeq = null;
    this.attempt = 0;
    this.stopped = false;
  }

  start() {
    this.stopped = false;
    this.connect();
    return this;
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    if (this.socket) this.socket.close(1000);
  }

  url() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    let url = `${scheme}//${location.host}${this.path}`;
    if (this.resume && this.lastSeq !== null) url += `${url.includes("?") ? "&" : "?"}since=${this.lastSeq}`;
    return url;
  }

  connect() {
    this.status("connecting");
    const socket = new WebSocket(this.url());
    this.socket = socket;
    socket.onmessage = (message) => this.receive(socket, JSON.parse(message.data));
    socket.onclose = (event) => this.closed(socket, event);
    socket.onopen = () => {
      this.pingTimer = setInterval(() => socket.readyState === 1 && socket.send('{"type":"ping"}'), PING_EVERY_MS);
    };
  }

  receive(socket, msg) {
    if (socket !== this.socket || msg.type === "pong") return;
    if (msg.type === "error") {
      this.refusal = msg;
      return;
    }
    if (msg.type === "snapshot") {
      this.attempt = 0;
      this.lastSeq = msg.seq ?? this.lastSeq;
      this.status("live");
      this.handlers.onSnapshot?.(msg);
      return;
    }
    if (this.lastSeq !== null && msg.seq <= this.lastSeq) return;
    if (this.consecutive && this.lastSeq !== null && msg.seq !== this.lastSeq + 1) {
      socket.close(4000, "gap"); // resumes from lastSeq: the server sends what was skipped
      return;
    }
    this.attempt = 0;
    this.lastSeq = msg.seq;
    this.status("live");
    this.handlers.onEvent?.(msg);
  }

  closed(socket, event) {
    if (socket !== this.socket) return;
    clearInterval(this.pingTimer);
    if (this.stopped) return;
    if (FATAL.has(event.code)) {
      this.status("refused", this.refusal ?? { code: String(event.code), detail: event.reason });
      return;
    }
    this.status("offline");
    const delay = Math.min(this.maxDelayMs, 500 * 2 ** this.attempt) * (0.75 + Math.random() / 2);
    this.attempt = Math.min(this.attempt + 1, 10);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  status(state, detail) {
    this.handlers.onStatus?.(state, detail);
  }
}
