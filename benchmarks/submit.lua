-- wrk script: residents' reports of unsafe places, POSTed to /rapportera as the form sends them, each at its own
-- random point in central Västerås with a random category (so the same-problem suggestion, 50 m, rarely stops one).
-- A saved report answers 302 to its private link; anything else is counted as a failure. At the end it prints:
--   SUBMIT_RESULT requests=… duration_s=… rps=… p50_ms=… p95_ms=… p99_ms=… saved=… failed=… err_connect=… err_read=…
--                 err_write=… err_timeout=…
-- Environment: SUBMIT_COOKIE (the SESSION cookie value) and SUBMIT_CSRF (that session's CSRF token).
local categories = { "belysning", "buskage", "nedskrapning", "klotter", "skadegorelse", "otrygg-passage", "ovrigt" }
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

function init(args)
   saved = 0
   failed = 0
   math.randomseed(os.time() * 1000 + id)
   cookie = "SESSION=" .. os.getenv("SUBMIT_COOKIE")
   csrf = os.getenv("SUBMIT_CSRF")
end

local function encode(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
   -- about 6 × 4 km around the city centre (59.61 N, 16.54 E), inside the municipality
   local lat = 59.595 + math.random() * 0.04
   local lon = 16.49 + math.random() * 0.10
   local body = "category=" .. categories[math.random(#categories)]
      .. "&latitude=" .. string.format("%.6f", lat) .. "&longitude=" .. string.format("%.6f", lon)
      .. "&description=" .. encode("Mörk gångväg, lampan är trasig (lasttest)")
      .. "&email=&website=&confirmedNew=true&_csrf=" .. encode(csrf)
   return wrk.format("POST", "/rapportera", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = cookie,
   }, body)
end

function response(status, headers, body)
   if status == 302 and headers["Location"] and string.find(headers["Location"], "/rapportera/", 1, true) then
      saved = saved + 1
   else
      failed = failed + 1
   end
end

function done(summary, latency, requests)
   local s, f = 0, 0
   for _, thread in ipairs(threads) do
      s = s + thread:get("saved")
      f = f + thread:get("failed")
   end
   local seconds = summary.duration / 1e6
   io.write(string.format("SUBMIT_RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f "
      .. "saved=%d failed=%d err_connect=%d err_read=%d err_write=%d err_timeout=%d\n",
      summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, s, f, summary.errors.connect,
      summary.errors.read, summary.errors.write, summary.errors.timeout))
end
