-- What the wrk scripts (report.lua, filters.lua, evaluate.lua) share: reading the session file and the one
-- machine-readable WRK_RESULT line that benchmarks/common.sh parses. Each script loads it with
--   dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "wrk-common.lua")
-- (wrk runs a script in several Lua states, so it is loaded in each of them).
local common = {}

-- The non-blank lines of a sessions file (WRK_SESSIONS_FILE: one SESSION cookie value per line).
function common.load_sessions(path)
   local file, err = io.open(path, "r")
   if not file then
      error("WRK_SESSIONS_FILE: cannot open " .. tostring(err))
   end
   local list = {}
   for line in file:lines() do
      local value = line:match("^%s*(.-)%s*$")
      if value ~= "" then
         table.insert(list, value)
      end
   end
   file:close()
   if #list == 0 then
      error("WRK_SESSIONS_FILE: no session cookies in " .. path)
   end
   return list
end

-- The threads' counters summed (non2xx, distinct) and the largest session count.
function common.totals(threads)
   local failed, distinct, sessions = 0, 0, 0
   for _, thread in ipairs(threads) do
      failed = failed + (thread:get("non2xx") or 0)
      distinct = distinct + (thread:get("distinct") or 0)
      sessions = math.max(sessions, thread:get("sessions") or 0)
   end
   return failed, distinct, sessions
end

local function ms(us)
   return string.format("%.2f", us / 1000.0)
end

-- Writes the WRK_RESULT line; tail is appended as it is (e.g. " sessions=20 distinct=1234").
function common.write_result(summary, latency, failed, tail)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "WRK_RESULT requests=%d duration_s=%.2f rps=%.2f p50_ms=%s p90_ms=%s p95_ms=%s p99_ms=%s max_ms=%s "
         .. "non2xx=%d err_connect=%d err_read=%d err_write=%d err_timeout=%d err_status=%d bytes=%d%s\n",
      summary.requests, seconds, summary.requests / seconds,
      ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)),
      ms(latency:percentile(99)), ms(latency.max),
      failed, e.connect, e.read, e.write, e.timeout, e.status, summary.bytes, tail))
end

return common
