-- Mixed traffic for `make soak`: each request picks one of the public, teacher, juror and admin
-- reads of the demo data, with the bearer token of the right role. Counts answers by status.
local tokens = {
  teacher = os.getenv("SOAK_TEACHER_TOKEN"),
  juror = os.getenv("SOAK_JUROR_TOKEN"),
  admin = os.getenv("SOAK_ADMIN_TOKEN"),
}
local published = os.getenv("SOAK_PUBLISHED_EDITION")
local open = os.getenv("SOAK_OPEN_EDITION")

local routes = {
  { nil, "/api/editions" },
  { nil, "/api/editions/current" },
  { nil, "/api/laureates?size=20" },
  { nil, "/api/editions/" .. published .. "/results" },
  { nil, "/api/statistics" },
  { nil, "/api/reference/regions" },
  { "teacher", "/api/me" },
  { "teacher", "/api/me/submissions" },
  { "juror", "/api/jury/assignments" },
  { "admin", "/api/submissions?editionId=" .. open .. "&size=50" },
  { "admin", "/api/editions/" .. open .. "/statistics" },
  { "admin", "/api/audit?size=50" },
}

local counter = 0
request = function()
  counter = counter + 1
  local route = routes[(counter % #routes) + 1]
  local headers = { ["Accept"] = "application/json, application/problem+json" }
  if route[1] then
    headers["Authorization"] = "Bearer " .. tokens[route[1]]
  end
  return wrk.format("GET", route[2], headers)
end

local bad = 0
response = function(status, headers, body)
  if status >= 400 then
    bad = bad + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("SOAK requests=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d "
      .. "errors_status=%d p50_ms=%.2f p99_ms=%.2f\n", summary.requests, summary.errors.connect, summary.errors.read,
      summary.errors.write, summary.errors.timeout, summary.errors.status, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000))
end
