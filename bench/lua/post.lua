-- POST the lines of BENCH_BODIES_FILE in turn (one request body per line) to the URL's path, as
-- BENCH_CONTENT_TYPE, with the bearer token from BENCH_TOKEN when it is set.
local bodies = {}
local next_body = 1

function init(args)
  for line in io.lines(os.getenv("BENCH_BODIES_FILE")) do
    bodies[#bodies + 1] = line
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE") or "application/json"
  local token = os.getenv("BENCH_TOKEN") or ""
  if token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, body)
end
