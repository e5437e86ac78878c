-- wrk script: GET a short link as a browser; counts 302 answers and prints latency percentiles.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  acked = 0
  other = 0
  wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"
end

function response(status, headers, body)
  if status == 302 then acked = acked + 1 else other = other + 1 end
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
