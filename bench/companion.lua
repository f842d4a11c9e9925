-- The companion's morning peak (bench/companion.sh): a clerk per wrk thread (run with -c equal to -t), at the counters
-- listed in the environment's COUNTERS (comma-separated ids, in thread order). Each signs in to its counter, opens it,
-- then calls the next ticket, starts and completes it, and calls again, as fast as it can; 204 (nobody waits) calls
-- again, or, with CLERK_PAUSE_MS, first waits that long. Latency covers every action (not the pause).
local summary = dofile("bench/report.lua")
local counters = {}
for id in string.gmatch(os.getenv("COUNTERS") or "", "%d+") do table.insert(counters, id) end
local next_index = 1
local counter_id = nil
local ticket_id = nil
local step = "sign-in"

setup = function(thread)
  summary.register(thread)
  thread:set("counter_id", counters[next_index])
  next_index = next_index + 1
end

init = function(args)
  counter_id = wrk.thread:get("counter_id")
  math.randomseed(os.time() + tonumber(counter_id))
  wrk.headers["Authorization"] = "Basic " .. base64("bench" .. counter_id .. ":clerk")
  wrk.method = "POST"
end

request = function()
  if step == "sign-in" or step == "open" then
    return wrk.format(nil, "/api/v1/counters/" .. counter_id .. "/" .. step)
  elseif step == "call" then
    return wrk.format(nil, "/api/v1/counters/" .. counter_id .. "/call-next")
  end
  return wrk.format(nil, "/api/v1/tickets/" .. ticket_id .. "/" .. step)
end

response = function(status, headers, body)
  summary.count(status)
  if step == "sign-in" then
    if status == 200 then step = "open" end
  elseif step == "open" then
    if status == 200 then step = "call" end
  elseif step == "call" then
    if status == 200 then
      ticket_id = string.match(body, '"id":(%d+)')
      step = "start"
    end
  elseif step == "start" then
    step = "complete"
  else
    step = "call"
  end
end

-- CLERK_PAUSE_MS: the time a clerk serves (ms) between completing a ticket and calling the next, on average; none by
-- default. Each pause is drawn between half and one and a half of it, as visits differ: with one fixed pause the 80
-- clerks, who open together, would call in the same second every time, which no hall does.
local pause = tonumber(os.getenv("CLERK_PAUSE_MS") or "0")
-- OPENING_SPREAD_MS: each clerk opens the counter after a random wait of up to that long (0: all at once)
local spread = tonumber(os.getenv("OPENING_SPREAD_MS") or "0")
delay = function()
  if step == "call" and pause > 0 then return math.floor(pause * (0.5 + math.random())) end
  if step == "open" and spread > 0 then return math.floor(spread * math.random()) end
  return 0
end

done = summary.done("companion-peak")

local b = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
function base64(data)
  return ((data:gsub(".", function(x)
    local r, byte = "", x:byte()
    for i = 8, 1, -1 do r = r .. (byte % 2 ^ i - byte % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d?%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return b:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end
