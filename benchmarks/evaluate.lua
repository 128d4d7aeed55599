-- wrk script: effect evaluations POSTed as the intervention page's form sends them ("Utvärdera"), each with a request
-- of its own: a target and a control district (never the same), with or without a displacement ring of 100–500 m, a
-- subset of the categories (or all), and a before and an after period of one to six months inside the data. A stored
-- evaluation answers 302 back to the intervention page; anything else is counted as a failure. At the end it prints:
--   WRK_RESULT requests=… duration_s=… rps=… p50_ms=… p90_ms=… p95_ms=… p99_ms=… max_ms=… non2xx=… err_connect=…
--              err_read=… err_write=… err_timeout=… err_status=… bytes=… sessions=… distinct=…
-- (non2xx counts every answer that is not the 302 of a stored evaluation.)
--
-- Environment:
--   EVAL_SESSIONS_FILE  one line per signed-in session: its SESSION cookie value and its CSRF token, space-separated
--   EVAL_PATH           /interventions/{id}/evaluations
--   EVAL_AREAS          the districts' area ids, comma-separated (at least two)
--   EVAL_FIRST_DAY      YYYY-MM-DD, the first day with incidents; EVAL_DAYS the days of data from it
--   FILTER_THREADS      wrk's -t (default 2); each thread uses its own target districts, so no two requests repeat
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "wrk-common.lua")
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

local categories = { "skadegorelse", "klotter", "nedskrapning", "brand", "fordonsbrand", "ordningsstorning",
   "narkotika", "otrygg-plats", "hot-vald", "ovrigt" }
local lengths = { 30, 61, 91, 182 }

local function encode(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
   non2xx = 0
   distinct = 0
   math.randomseed(4711 + 7919 * id + (os.getenv("FILTER_WARMUP") and 104729 or 0))
   local file = assert(io.open(os.getenv("EVAL_SESSIONS_FILE") or "", "r"), "EVAL_SESSIONS_FILE")
   local list = {}
   for line in file:lines() do
      local cookie, token = line:match("^(%S+)%s+(%S+)$")
      if cookie then
         table.insert(list, { cookie = cookie, token = token })
      end
   end
   file:close()
   assert(#list > 0, "no sessions in EVAL_SESSIONS_FILE")
   sessions = #list
   local path = assert(os.getenv("EVAL_PATH"), "EVAL_PATH")
   local areas = {}
   for a in string.gmatch(os.getenv("EVAL_AREAS") or "", "[^,]+") do
      table.insert(areas, a)
   end
   assert(#areas >= 2, "EVAL_AREAS needs two areas")
   local thread_count = tonumber(os.getenv("FILTER_THREADS") or "2")
   local y, m, d = (os.getenv("EVAL_FIRST_DAY") or ""):match("^(%d+)-(%d+)-(%d+)$")
   assert(y, "EVAL_FIRST_DAY must be YYYY-MM-DD")
   local first = os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })
   local days = tonumber(os.getenv("EVAL_DAYS") or "355")
   local at = (id - 1) % #list
   local seen = {}

   local function day(offset)
      return os.date("%Y-%m-%d", first + offset * 86400)
   end

   request = function()
      local body
      while true do
         local target
         repeat
            target = math.random(#areas)
         until (target - 1) % thread_count == (id - 1) % thread_count or #areas < thread_count
         local control
         repeat
            control = math.random(#areas)
         until control ~= target
         local before = lengths[math.random(#lengths)]
         local after = lengths[math.random(#lengths)]
         local start = math.random(0, math.max(0, days - before - after - 1))
         body = "target=" .. areas[target] .. "&control=" .. areas[control]
            .. "&bufferMetres=" .. (math.random() < 0.5 and tostring(50 * math.random(2, 10)) or "")
            .. "&beforeFrom=" .. day(start) .. "&beforeTo=" .. day(start + before - 1)
            .. "&afterFrom=" .. day(start + before) .. "&afterTo=" .. day(start + before + after - 1)
         if math.random() < 0.7 then
            for _, c in ipairs(categories) do
               if math.random() < 0.4 then
                  body = body .. "&categories=" .. c
               end
            end
         end
         if not seen[body] then
            seen[body] = true
            distinct = distinct + 1
            break
         end
      end
      local session = list[at + 1]
      at = (at + 1) % #list
      return wrk.format("POST", path, {
         ["Content-Type"] = "application/x-www-form-urlencoded",
         ["Cookie"] = "SESSION=" .. session.cookie,
      }, body .. "&_csrf=" .. encode(session.token))
   end
end

function response(status, headers, body)
   local location = headers["Location"] or headers["location"] or ""
   if status ~= 302 or not string.find(location, "/interventions/", 1, true) then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local failed, distinct, sessions = common.totals(threads)
   common.write_result(summary, latency, failed, string.format(" sessions=%d distinct=%d", sessions, distinct))
end
