-- refresh_token grants. Each use rotates the token and reusing a rotated one revokes its family, so
-- every thread keeps its own pool of live tokens: a request takes one out, a 200 puts the new one back.
-- The pool comes from BENCH_REFRESH_FILE (one token a line) and is written back there when wrk ends,
-- minus the tokens that were in flight when it stopped.
local threads = {}
pool = {} -- global: done() reads it through thread:get

function setup(thread)
  thread:set("index", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  local n = 0
  for line in io.lines(os.getenv("BENCH_REFRESH_FILE")) do
    -- deal the tokens out: thread i takes every line where n % threads == i
    if n % tonumber(os.getenv("BENCH_THREADS") or "2") == index then
      pool[#pool + 1] = line
    end
    n = n + 1
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  local token = table.remove(pool, 1) or "exhausted"
  return wrk.format(nil, nil, nil, "grant_type=refresh_token&refresh_token=" .. token)
end

function response(status, headers, body)
  if status == 200 then
    local token = body:match('"refresh_token"%s*:%s*"([^"]+)"')
    if token then
      pool[#pool + 1] = token
    end
  end
end

function done(summary, latency, requests)
  local out = io.open(os.getenv("BENCH_REFRESH_FILE"), "w")
  for _, thread in ipairs(threads) do
    for _, token in ipairs(thread:get("pool")) do
      out:write(token, "\n")
    end
  end
  out:close()
end
