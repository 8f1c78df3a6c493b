-- wrk script of the deadline-night load (bench/night.py): the writing streams. The file named by
-- BENCH_REQUESTS holds one target a line, "kind<TAB>bearer token<TAB>id<TAB>version"; wrk runs one
-- connection a thread, and thread n works on line n, so each connection edits its own project or
-- evaluation and carries its version from one answer to the next (an autosave sends the version it
-- read). Kinds: teacher_save (autosaves, every tenth request submits), juror_save (saves the draft
-- evaluation with changing scores), upload (adds a small PNG to the project, then deletes it).
-- BENCH_DELAY_MS is each connection's pause between an answer and its next request.

local threads = {}
local thread_number = 0

function setup(thread)
  thread_number = thread_number + 1
  thread:set("number", thread_number)
  table.insert(threads, thread)
end

local kind, token, id, version
local counter, saves, submits, uploads, failed = 0, 0, 0, 0, 0
local pending -- the attachment an upload stream deletes next
local last -- what the last request was
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0") or 0
local png = "\137PNG\r\n\26\n\0\0\0\13IHDR\0\0\0\1\0\0\0\1\8\6\0\0\0\31\21\196\137\0\0\0\13IDAT\120\156\99\248\207"
  .. "\192\240\31\0\5\0\1\255\137\153\61\29\0\0\0\0IEND\174\66\96\130"
local boundary = "----innovatice-bench-night"
local criteria = { "COLLAB", "KNOW", "SELFREG", "RWPS", "ICT", "COMM" }
local scale_max = { COLLAB = 5, KNOW = 5, SELFREG = 4, RWPS = 4, ICT = 5, COMM = 4 }

function init(args)
  local lines = {}
  local file = assert(io.open(os.getenv("BENCH_REQUESTS"), "r"))
  for line in file:lines() do
    if line ~= "" then
      lines[#lines + 1] = line
    end
  end
  file:close()
  local line = lines[((number or 1) - 1) % #lines + 1]
  local fields = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do
    fields[#fields + 1] = field
  end
  kind, token, id, version = fields[1], fields[2], fields[3], fields[4]
  if version == "" then
    version = nil
  end
end

function delay()
  return delay_ms
end

local function headers(content_type)
  local h = { ["Accept"] = "application/json", ["Authorization"] = "Bearer " .. token }
  if content_type then
    h["Content-Type"] = content_type
  end
  return h
end

local function teacher_body()
  return string.format('{"title":"Projet de la nuit %s","summary":"Résumé enregistré automatiquement, version %d.",'
    .. '"description":"Les élèves conçoivent une solution numérique et la présentent à leurs familles (%d).",'
    .. '"discipline":"Informatique","schoolLevel":"PRIMAIRE","regionCode":"MA-04","schoolName":"École de la nuit",'
    .. '"coAuthors":[],"technologies":["Tablettes","Scratch"],"pupilsCount":%d,"evidenceShowsPupils":false,'
    .. '"version":%s}', id, counter, counter, 10 + counter % 50, version or "0")
end

local function juror_body()
  local scores = {}
  for i, code in ipairs(criteria) do
    scores[#scores + 1] = string.format('{"criterionCode":"%s","score":%d}', code, 1 + (counter + i) % scale_max[code])
  end
  local v = version and (',"version":' .. version) or ""
  return '{"scores":[' .. table.concat(scores, ",") .. '],"privateComment":"Brouillon ' .. counter
    .. '","feedback":"Merci ; pistes d\'amélioration ' .. counter .. '"' .. v .. '}'
end

function request()
  counter = counter + 1
  if kind == "teacher_save" then
    if counter % 10 == 0 then
      last = "submit"
      return wrk.format("POST", "/api/submissions/" .. id .. "/submit", headers())
    end
    last = "save"
    return wrk.format("PUT", "/api/submissions/" .. id, headers("application/json"), teacher_body())
  elseif kind == "juror_save" then
    last = "save"
    return wrk.format("PUT", "/api/jury/assignments/" .. id .. "/evaluation", headers("application/json"), juror_body())
  else
    if pending then
      last = "delete"
      return wrk.format("DELETE", "/api/submissions/" .. id .. "/attachments/" .. pending, headers())
    end
    last = "upload"
    local body = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"photo-" .. counter
      .. ".png\"\r\nContent-Type: image/png\r\n\r\n" .. png .. "\r\n--" .. boundary .. "--\r\n"
    return wrk.format("POST", "/api/submissions/" .. id .. "/attachments",
      headers("multipart/form-data; boundary=" .. boundary), body)
  end
end

function response(status, _, body)
  if status >= 300 then
    failed = failed + 1
    if last == "delete" then
      pending = nil
    end
    return
  end
  if last == "save" then
    saves = saves + 1
  elseif last == "submit" then
    submits = submits + 1
  elseif last == "upload" then
    uploads = uploads + 1
    pending = body:match('"id":(%d+)')
  elseif last == "delete" then
    pending = nil
  end
  if last ~= "upload" and last ~= "delete" then
    local v = body:match('"version":(%d+)')
    if v then
      version = v
    end
  end
  -- The counters, read by done() in the main thread.
  wrk.thread:set("saves", saves)
  wrk.thread:set("submits", submits)
  wrk.thread:set("uploads", uploads)
  wrk.thread:set("failed", failed)
end

function done(summary, latency, _)
  local s, m, u, f = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    s = s + (thread:get("saves") or 0)
    m = m + (thread:get("submits") or 0)
    u = u + (thread:get("uploads") or 0)
    f = f + (thread:get("failed") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH-RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "errors_connect": %d, "errors_read": %d, '
      .. '"errors_write": %d, "errors_status": %d, "errors_timeout": %d, "latency_p50_us": %d, '
      .. '"latency_p90_us": %d, "latency_p99_us": %d, "latency_mean_us": %.1f, "latency_max_us": %d, '
      .. '"saves": %d, "submits": %d, "uploads": %d, "refused": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max, s, m, u, f))
end
