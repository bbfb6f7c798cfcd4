-- wrk script: POST one credential to the verifier's JSON API, and count answers that are not
-- 200 with verdict VALID (each thread counts in its own Lua state; done() adds them up).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(os.getenv("CREDENTIAL_FILE") or "credential.jwt", "r"))
  local jwt = f:read("*a"):gsub("%s+", "")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"credential":"' .. jwt .. '"}'
  bad = 0
end

function response(status, headers, body)
  if status ~= 200 or not body:find('"verdict":"VALID"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("bad")
  end
  io.write(string.format("responses that were not 200 + VALID: %d\n", total))
end
