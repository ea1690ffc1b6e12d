-- GET /users/{id} for random seeded ids, with the bearer token from BENCH_TOKEN (empty: no header).
-- BENCH_IDS_FILE holds one user id per line.
local ids = {}
local threads = 0

function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

function init(args)
  math.randomseed(os.time() * 10 + index)
  for line in io.lines(os.getenv("BENCH_IDS_FILE")) do
    ids[#ids + 1] = line
  end
  local token = os.getenv("BENCH_TOKEN") or ""
  if token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
end

function request()
  return wrk.format("GET", "/users/" .. ids[math.random(#ids)])
end
