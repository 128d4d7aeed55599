-- wrk script: every request asks with a filter of its own, so no answer kept for an earlier request can serve it.
-- Session rotation as in report.lua (WRK_SESSIONS_FILE: one SESSION cookie value per line, taken in turn). At the end
-- it prints the same machine-readable line as report.lua plus how many distinct requests were sent:
--   WRK_RESULT requests=… duration_s=… rps=… p50_ms=… p90_ms=… p95_ms=… p99_ms=… max_ms=… non2xx=… err_connect=…
--              err_read=… err_write=… err_timeout=… err_status=… bytes=… sessions=… distinct=…
--
-- Environment:
--   FILTER_KIND=hotspots    GET FILTER_PATH?from=…&to=…&cellSize=FILTER_CELL[&categories=…][&weekdays=…][&hours=…]:
--                           a period of 7 days to a year starting within FILTER_DAYS days from FILTER_FIRST_DAY
--                           (YYYY-MM-DD), a random subset of the ten benchmark categories (or all), of the weekdays
--                           (or all) and a span of hours (or all). Each thread draws only periods starting on its own
--                           days (day offset mod FILTER_THREADS), and a thread never repeats a request: no two
--                           requests of the run are the same.
--   FILTER_KIND=hotspot-page  the same filters as the hot-spot page's form sends them (FILTER_PATH=/situation/hotspots):
--                           categories as one list, weekdays as repeated fields, hourFrom and hourTo.
--   FILTER_KIND=periods     GET FILTER_PATH?period=P for P in FILTER_PERIODS (comma-separated), in turn; each thread
--                           starts at its own place in the list. There are fewer periods than requests, so periods
--                           repeat once the list is used up; run the node with its result caches off
--                           (app.situation.result-cache=false) so that a repeat is computed again like a new one.
--   FILTER_KIND=paths       GET each of FILTER_PATHS (comma-separated paths with their queries) in turn, each thread
--                           starting at its own place in the list (e.g. a page of the whole plan and of each of its
--                           focus areas); like periods, the list repeats once used up.
--   FILTER_THREADS          wrk's -t (default 2)
--   FILTER_WARMUP=1         draw from another seed (for the warm-up run before the measurement)
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "wrk-common.lua")
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

local categories = { "skadegorelse", "klotter", "nedskrapning", "brand", "fordonsbrand", "ordningsstorning",
   "narkotika", "otrygg-plats", "hot-vald", "ovrigt" }
local lengths = { 7, 7, 14, 28, 31, 61, 91, 182, 365 }

local function day_text(t)
   return os.date("%Y-%m-%d", t)
end

-- a random subset of list (each item with probability 1/2), never empty and never all of it
local function subset(list)
   while true do
      local chosen = {}
      for _, item in ipairs(list) do
         if math.random() < 0.5 then
            table.insert(chosen, item)
         end
      end
      if #chosen > 0 and #chosen < #list then
         return chosen
      end
   end
end

function init(args)
   non2xx = 0
   distinct = 0
   -- the warm-up (FILTER_WARMUP=1) draws from another seed, so the measurement's requests are new to the node
   math.randomseed(1980 + 7919 * id + (os.getenv("FILTER_WARMUP") and 104729 or 0))
   local cookies = common.load_sessions(os.getenv("WRK_SESSIONS_FILE") or "")
   sessions = #cookies
   local kind = os.getenv("FILTER_KIND") or "hotspots"
   local path = os.getenv("FILTER_PATH") or "/api/v1/hotspots"
   local thread_count = tonumber(os.getenv("FILTER_THREADS") or "2")
   local headers = {}
   for name, value in pairs(wrk.headers) do
      if name:lower() ~= "cookie" then
         headers[name] = value
      end
   end
   local next_cookie = ((id - 1) * math.floor(#cookies / thread_count)) % #cookies

   local next_path
   if kind == "paths" then
      local paths = {}
      for p in string.gmatch(os.getenv("FILTER_PATHS") or "", "[^,]+") do
         table.insert(paths, p)
      end
      if #paths == 0 then
         error("FILTER_PATHS is empty")
      end
      local at = ((id - 1) * math.floor(#paths / thread_count)) % #paths
      local seen = {}
      next_path = function()
         local p = paths[at + 1]
         at = (at + 1) % #paths
         if not seen[p] then
            seen[p] = true
            distinct = distinct + 1
         end
         return p
      end
   elseif kind == "periods" then
      local periods = {}
      for p in string.gmatch(os.getenv("FILTER_PERIODS") or "", "[^,]+") do
         table.insert(periods, p)
      end
      if #periods == 0 then
         error("FILTER_PERIODS is empty")
      end
      local at = ((id - 1) * math.floor(#periods / thread_count)) % #periods
      local seen = {}
      next_path = function()
         local p = periods[at + 1]
         at = (at + 1) % #periods
         if not seen[p] then
            seen[p] = true
            distinct = distinct + 1
         end
         return path .. "?period=" .. p
      end
   else
      local y, m, d = (os.getenv("FILTER_FIRST_DAY") or ""):match("^(%d+)-(%d+)-(%d+)$")
      if not y then
         error("FILTER_FIRST_DAY must be YYYY-MM-DD")
      end
      local first = os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })
      local days = tonumber(os.getenv("FILTER_DAYS") or "365")
      local cell = os.getenv("FILTER_CELL") or "250"
      local page = kind == "hotspot-page"
      local seen = {}
      next_path = function()
         while true do
            local length = lengths[math.random(#lengths)]
            if length > days then
               length = days
            end
            -- a start day of this thread's own: offset ≡ id - 1 (mod threads)
            local slots = math.floor((days - length) / thread_count)
            local offset = math.random(0, math.max(slots, 0)) * thread_count + (id - 1)
            local from = first + offset * 86400
            local query = "from=" .. day_text(from) .. "&to=" .. day_text(from + length * 86400) .. "&cellSize=" .. cell
            if math.random() < 0.7 then
               query = query .. "&categories=" .. table.concat(subset(categories), ",")
            end
            if math.random() < 0.5 then
               local days_of_week = subset({ 1, 2, 3, 4, 5, 6, 7 })
               if page then
                  for _, w in ipairs(days_of_week) do
                     query = query .. "&weekdays=" .. w
                  end
               else
                  query = query .. "&weekdays=" .. table.concat(days_of_week, ",")
               end
            end
            if math.random() < 0.5 then
               local a = math.random(0, 23)
               local b = (a + math.random(1, 12)) % 24
               if page then
                  query = query .. "&hourFrom=" .. a .. "&hourTo=" .. b
               else
                  query = query .. "&hours=" .. a .. "-" .. b
               end
            end
            if not seen[query] then
               seen[query] = true
               distinct = distinct + 1
               return path .. "?" .. query
            end
         end
      end
   end

   request = function()
      headers["Cookie"] = "SESSION=" .. cookies[next_cookie + 1]
      next_cookie = (next_cookie + 1) % #cookies
      return wrk.format("GET", next_path(), headers)
   end
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local failed, distinct, sessions = common.totals(threads)
   common.write_result(summary, latency, failed, string.format(" sessions=%d distinct=%d", sessions, distinct))
end
