// What a citizen's page keeps on the phone (localStorage). A phone in private mode may refuse it: then a value lasts
// as long as the page, which is still enough to finish what the citizen started.
const memory = new Map();

export function stored(key) {
  try {
    return localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

export function store(key, value) {
  if (value === null) memory.delete(key);
  else memory.set(key, value);
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // private mode: the in-page copy above stands in
  }
}

/** The phone's random secret under key: 32 random bytes, base64url, made once and kept (the server keeps a hash). */
export function deviceSecret(key) {
  let secret = stored(key);
  if (!secret) {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    secret = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    store(key, secret);
  }
  return secret;
}
