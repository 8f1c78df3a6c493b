-- wrk script of the InnovaTICE benchmark. The file named by BENCH_REQUESTS holds one request a
-- line, "path<TAB>bearer token" (the token may be empty): each request picks one at random, so a
-- run spreads over several ids and accounts. done() prints the figures as one JSON line.

local requests = {}
local thread_number = 0

function setup(thread)
  thread_number = thread_number + 1
  thread:set("seed", thread_number)
end

function init(args)
  local file = assert(io.open(os.getenv("BENCH_REQUESTS"), "r"))
  for line in file:lines() do
    local path, token = line:match("^([^\t]+)\t?(.*)$")
    if path then
      local headers = { ["Accept"] = "application/json" }
      if token ~= "" then
        headers["Authorization"] = "Bearer " .. token
      end
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
  end
  file:close()
  assert(#requests > 0, "no request in " .. os.getenv("BENCH_REQUESTS"))
  math.randomseed(seed or 1)
end

function request()
  return requests[math.random(#requests)]
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format(
    'BENCH-RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "errors_connect": %d, "errors_read": %d, '
      .. '"errors_write": %d, "errors_status": %d, "errors_timeout": %d, "latency_p50_us": %d, '
      .. '"latency_p90_us": %d, "latency_p99_us": %d, "latency_mean_us": %.1f, "latency_max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
