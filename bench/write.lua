-- wrk script of bench/run: each request registers a new institution (a row and its outbox row in one transaction).
-- Names are unique per run (BENCH_STAMP), thread and request.
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  stamp = os.getenv("BENCH_STAMP") or "run"
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local name = string.format("Bench Write University %s %d %d", stamp, id, counter)
  local body = string.format(
    '{"name":{"zh":"基准写入大学 %s %d %d","en":"%s"},"country":"SG","city":"Singapore","kind":"university","owner":"wang.fang","tags":["bench"]}',
    stamp, id, counter, name)
  return wrk.format(nil, nil, nil, body)
end
