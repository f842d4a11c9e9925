-- POST a ticket for a random service at a random one of the 20 service points.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Device-Key"] = "bench-kiosk"
local prefixes = { "A", "B", "C", "D" }

request = function()
  local n = math.random(1, 20)
  local sp = n == 1 and "pao-hq" or ("sp-" .. n)
  local body = '{"service":"' .. prefixes[math.random(1, 4)] .. '"}'
  return wrk.format(nil, "/api/v1/service-points/" .. sp .. "/tickets", nil, body)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT issue rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
