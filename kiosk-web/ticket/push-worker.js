// The ticket page's service worker (issue 18, web push): shows what the service pushes (the call-ahead, the call with
// its counter, a transfer, the survey link) and opens its page when tapped. It lives in /ticket/, so its scope is the
// ticket page's own and it needs no Service-Worker-Allowed header; it caches nothing, so the page works as before.
// The message is a small JSON the service encrypted for this browser: {title, body, url, tag}.

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : "" };
  }
  const title = message.title || "บัตรคิว · Ticket";
  event.waitUntil(self.registration.showNotification(title, {
    body: message.body || "",
    lang: "th",
    // one notification per ticket: the call replaces the call-ahead, and still sounds and vibrates (renotify)
    tag: message.tag || title,
    renotify: true,
    requireInteraction: false,
    data: { url: message.url || "/ticket/" },
  }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || "/ticket/", self.location.origin).href;
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    const open = windows.find((client) => client.url === url);
    if (open) return open.focus();
    return self.clients.openWindow(url);
  })());
});
