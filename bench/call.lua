-- A clerk per wrk thread (run with -c equal to -t): call-next at its own counter, then complete the
-- called ticket (start, complete), then call again. Latency covers all three clerk actions.
local summary = dofile("bench/report.lua")
local counter_id = 0
local next_id = 1
local ticket_id = nil
local step = "call"

setup = function(thread)
  summary.register(thread)
  thread:set("counter_id", next_id)
  next_id = next_id + 1
end

init = function(args)
  counter_id = tonumber(wrk.thread:get("counter_id"))
  local credentials = "bench" .. counter_id .. ":clerk"
  wrk.headers["Authorization"] = "Basic " .. base64(credentials)
  wrk.method = "POST"
end

request = function()
  if step == "call" then
    return wrk.format(nil, "/api/v1/counters/" .. counter_id .. "/call-next")
  end
  return wrk.format(nil, "/api/v1/tickets/" .. ticket_id .. "/" .. step)
end

response = function(status, headers, body)
  summary.count(status)
  if step == "call" then
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

done = summary.done("clerk-actions")

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
