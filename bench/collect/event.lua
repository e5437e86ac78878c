-- wrk script: POST one page view per request, each with a unique event_id; 20 events per visitor.
-- Counts acknowledged (202) responses and prints them with the latency percentiles.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  site = os.getenv("SITE") or "s_bench"
  run = os.getenv("RUN") or tostring(os.time())
  acked = 0
  other = 0
  n = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"
end

function request()
  n = n + 1
  local visitor = string.format("bench-%d-%d", id, math.floor(n / 20))
  local body = string.format('{"site":"%s","type":"pageview","url":"https://example.com/p%d?utm_source=facebook&utm_medium=social","visitor":"%s","event_id":"%s-t%d-%d"}', site, n % 50, visitor, run, id, n)
  return wrk.format(nil, "/api/event", nil, body)
end

function response(status, headers, body)
  if status == 202 or status == 204 then acked = acked + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local total_acked, total_other = 0, 0
  for _, t in ipairs(threads) do
    total_acked = total_acked + t:get("acked")
    total_other = total_other + t:get("other")
  end
  io.write(string.format("RESULT acked=%d other=%d seconds=%.2f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    total_acked, total_other, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
