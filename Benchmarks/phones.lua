-- wrk script for Benchmarks/phones.sh: each line of the ticks file ("PATH BODY") is sent
-- once, as a phone's queue sends it (form body, Accept: application/json). The lines are
-- dealt out to wrk's threads; a thread stops when all its ticks are answered. A connection
-- left without a tick asks for "/" (a fixed word, no database) until its thread stops.
local setups = {}

function setup(thread)
  thread:set("thread_number", #setups)
  table.insert(setups, thread)
end

function init(args)
  local file, thread_count = args[1], tonumber(args[2])
  ticks = {}
  local line_number = 0
  for line in io.lines(file) do
    if line_number % thread_count == thread_number then
      local path, body = line:match("^(%S+) (.*)$")
      ticks[#ticks + 1] = wrk.format("POST", path,
        {["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = "application/json"}, body)
    end
    line_number = line_number + 1
  end
  handed, acknowledged, refused, idle = 0, 0, 0, wrk.format("GET", "/")
end

function request()
  if handed < #ticks then
    handed = handed + 1
    return ticks[handed]
  end
  return idle
end

function response(status, headers, body)
  if body == "utdelning\n" then
    -- an idle connection's word
  elseif status == 200 then
    acknowledged = acknowledged + 1
  else
    refused = refused + 1
  end
  if acknowledged + refused >= #ticks then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local acked, failed = 0, 0
  for _, thread in ipairs(setups) do
    acked = acked + thread:get("acknowledged")
    failed = failed + thread:get("refused")
  end
  local e = summary.errors
  io.write(string.format(
    '{"acknowledged": %d, "refused": %d, "requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "socket_errors": %d, "timeouts": %d}\n',
    acked, failed, summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.connect + e.read + e.write, e.timeout))
end
