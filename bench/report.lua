-- The one-line summary every benchmark script prints: requests/s, latency percentiles, errors, and the answers by
-- HTTP status (wrk itself only counts the non-2xx ones), so a run that measured a limit (429) or a refusal shows it.
-- A script registers each thread in its setup() and counts each answer in its response().
local summary = {}
local threads = {}

function summary.register(thread)
  table.insert(threads, thread)
end

-- runs in the thread's own Lua state: each thread keeps its own counts
function summary.count(status)
  statuses = statuses or {}
  statuses[status] = (statuses[status] or 0) + 1
end

local function by_status()
  local all = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses") or {}) do
      all[status] = (all[status] or 0) + n
    end
  end
  local keys = {}
  for status in pairs(all) do table.insert(keys, status) end
  table.sort(keys)
  local parts = {}
  for _, status in ipairs(keys) do table.insert(parts, status .. ":" .. all[status]) end
  return table.concat(parts, ",")
end

function summary.done(name)
  return function(summary, latency, requests)
    io.write(string.format(
      "RESULT %s rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d statuses=%s\n",
      name, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
      latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.errors.status, by_status()))
  end
end

return summary
