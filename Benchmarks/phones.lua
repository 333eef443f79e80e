-- wrk script for Benchmarks/phones.sh. Each line of the ticks file ("PATH BODY") is sent
-- once, as a phone's queue sends it (a JSON body, Accept: application/json), the lines dealt
-- out to wrk's threads in order (the first stop of every area, then the second...). With
-- a pause (args[3], ms) each connection waits that long before its next tick: 300
-- connections pausing 250 ms offer about 1,000 ticks/s. wrk needs a request from every
-- connection whenever it asks, so a connection with no tick left asks for "/" (a fixed
-- word, no database) every 2 s until phones.sh stops wrk once the server has every tick;
-- so does each thread's first request, which wrk may make only to check the script. Those
-- few "/" are in wrk's latency figures. Answers are counted by what they say: a tick
-- recorded ("recorded":1), a repeat, or a refusal.
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file, thread_count = args[1], tonumber(args[2])
  pause_ms = tonumber(args[3] or "0")
  ticks = {}
  local line_number = 0
  for line in io.lines(file) do
    if line_number % thread_count == thread_number then
      local path, body = line:match("^(%S+) (.*)$")
      ticks[#ticks + 1] = wrk.format("POST", path,
        {["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
    end
    line_number = line_number + 1
  end
  handed, recorded, repeated, refused, idle = 0, 0, 0, 0, wrk.format("GET", "/")
  started = false
end

function delay()
  return handed < #ticks and pause_ms or 2000
end

function request()
  if not started then
    started = true
    return idle
  end
  if handed < #ticks then
    handed = handed + 1
    return ticks[handed]
  end
  return idle
end

function response(status, headers, body)
  if body == "utdelning\n" then
    return
  elseif status == 200 and body:find('"recorded":1', 1, true) then
    recorded = recorded + 1
  elseif status == 200 then
    repeated = repeated + 1
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local sent, acked, again, failed = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    sent = sent + thread:get("handed")
    acked = acked + thread:get("recorded")
    again = again + thread:get("repeated")
    failed = failed + thread:get("refused")
  end
  local e = summary.errors
  io.write(string.format(
    '{"sent": %d, "acknowledged": %d, "repeated": %d, "refused": %d, "requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "socket_errors": %d, "timeouts": %d}\n',
    sent, acked, again, failed, summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.connect + e.read + e.write, e.timeout))
end
