-- POST a ticket for a random service at a random one of the 20 service points, with that service point's kiosk key
-- (bench/setup.sql).
local summary = dofile("bench/report.lua")
wrk.method = "POST"
local prefixes = { "A", "B", "C", "D" }

setup = summary.register

request = function()
  local n = math.random(1, 20)
  local sp = n == 1 and "pao-hq" or ("sp-" .. n)
  local body = '{"service":"' .. prefixes[math.random(1, 4)] .. '"}'
  local headers = { ["Content-Type"] = "application/json", ["X-Device-Key"] = "bench-kiosk-" .. n }
  return wrk.format(nil, "/api/v1/service-points/" .. sp .. "/tickets", headers, body)
end

response = summary.count

done = summary.done("issue")
