-- wrk script: counts non-2xx answers per thread and, when the run is done, prints one machine-readable line:
--   WRK_RESULT requests=… duration_s=… rps=… p50_ms=… p90_ms=… p95_ms=… p99_ms=… max_ms=… non2xx=…
--              err_connect=… err_read=… err_write=… err_timeout=… err_status=… bytes=…
-- (err_status is wrk's own count of answers >= 400; non2xx also counts 1xx/3xx such as a redirect to /login.)
-- Usage: wrk -t2 -c20 -d30s --latency -s benchmarks/report.lua URL

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non2xx = 0
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

local function ms(us)
   return string.format("%.2f", us / 1000.0)
end

function done(summary, latency, requests)
   local non2xx_total = 0
   for _, thread in ipairs(threads) do
      non2xx_total = non2xx_total + (thread:get("non2xx") or 0)
   end
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "WRK_RESULT requests=%d duration_s=%.2f rps=%.2f p50_ms=%s p90_ms=%s p95_ms=%s p99_ms=%s max_ms=%s "
         .. "non2xx=%d err_connect=%d err_read=%d err_write=%d err_timeout=%d err_status=%d bytes=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)),
      ms(latency:percentile(99)), ms(latency.max),
      non2xx_total, e.connect, e.read, e.write, e.timeout, e.status, summary.bytes))
end
