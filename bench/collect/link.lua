-- wrk script: GET a short link as a browser; counts 302 answers; see result.lua.
dofile("bench/collect/result.lua")
ok_status = { [302] = true }

function init(args)
  acked = 0
  other = 0
  wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"
end
