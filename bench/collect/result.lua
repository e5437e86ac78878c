-- Shared by event.lua and link.lua: counts acknowledged answers per thread and prints one RESULT
-- line with the latency percentiles. The including script sets ok_status (status -> true).
threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if ok_status[status] then acked = acked + 1 else other = other + 1 end
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
