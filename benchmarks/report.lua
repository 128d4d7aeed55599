-- wrk script: counts non-2xx answers per thread and, when the run is done, prints one machine-readable line:
--   WRK_RESULT requests=… duration_s=… rps=… p50_ms=… p90_ms=… p95_ms=… p99_ms=… max_ms=… non2xx=…
--              err_connect=… err_read=… err_write=… err_timeout=… err_status=… bytes=… [sessions=…]
-- (err_status is wrk's own count of answers >= 400; non2xx also counts 1xx/3xx such as a redirect to /login.)
-- Usage: wrk -t2 -c20 -d30s --latency -s benchmarks/report.lua URL
--
-- Session rotation (optional): with WRK_SESSIONS_FILE=FILE in the environment, FILE holds SESSION cookie values, one
-- per line, and each request carries "Cookie: SESSION=<value>" with the next value of the list, so N sessions stand
-- for N users instead of every connection sharing one. Each thread starts at its own offset into the list (half-way
-- for the second of two threads), so the threads do not send the same session at the same time. Headers given with -H
-- are kept (a Cookie header given with -H is replaced). The WRK_RESULT line then ends with sessions=N. Without the
-- variable (or with it empty) every request is the same static request, as wrk sends it by default.

local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "wrk-common.lua")
local threads = {}
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("id", thread_count)
   table.insert(threads, thread)
end

-- Position of thread k (0, 1, 2, …) in [0, 1): 0, 1/2, 1/4, 3/4, 1/8, … (van der Corput), so any number of threads
-- spreads over the list without knowing how many there are.
local function spread(k)
   local r, f = 0, 0.5
   while k > 0 do
      if k % 2 == 1 then
         r = r + f
      end
      k = math.floor(k / 2)
      f = f / 2
   end
   return r
end

function init(args)
   non2xx = 0
   sessions = 0

   local path = os.getenv("WRK_SESSIONS_FILE")
   if not path or path == "" then
      return -- static request, no request() function: wrk's default path
   end

   local cookies = common.load_sessions(path)
   sessions = #cookies

   -- wrk.headers holds the -H headers (names lower-cased) and Host; keep them all except any Cookie.
   local headers = {}
   for name, value in pairs(wrk.headers) do
      if name:lower() ~= "cookie" then
         headers[name] = value
      end
   end

   -- Build every request once; request() only picks the next one.
   local requests = {}
   for i, cookie in ipairs(cookies) do
      headers["cookie"] = "SESSION=" .. cookie
      requests[i] = wrk.format(nil, nil, headers)
   end

   local n = #requests
   local next_index = math.floor(spread((id or 1) - 1) * n) -- 0-based index of the request sent next
   request = function()
      local req = requests[next_index + 1]
      next_index = (next_index + 1) % n
      return req
   end
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local failed, _, sessions = common.totals(threads)
   common.write_result(summary, latency, failed, sessions > 0 and string.format(" sessions=%d", sessions) or "")
end
