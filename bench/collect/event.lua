-- wrk script: POST one page view per request, each with a unique event_id; 20 events per visitor.
-- Counts acknowledged (202; 204 for the bare baseline) responses; see result.lua.
dofile("bench/collect/result.lua")
ok_status = { [202] = true, [204] = true }

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
