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

done = dofile("bench/report.lua")("issue")
