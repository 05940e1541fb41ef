-- wrk script: cycles through pre-built OCSP requests (one per certificate), each POST carrying a
-- nonce no other request carried: 8 of its octets are overwritten with the thread and a counter.
-- Bodies file: for each request, a 2-octet length, the 2-octet offset of its nonce, the DER.
-- Path mode (arg 2 = "get"): each entry is a URL path for GET instead.

-- wrk checks an address by connecting and closing without a request; `openssl ocsp` (3.0, one
-- connection at a time) then waits on that silent connection forever. The address is taken as is.
wrk.resolve = function(host, service)
  wrk.addrs = wrk.lookup(host, service)
end

local bodies, offsets, count = {}, {}, 0
local counter = 0
local mode = "post"
local headers = { ["Content-Type"] = "application/ocsp-request" }
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local data = file:read("*a")
  file:close()
  mode = args[2] or "post"
  local pos = 1
  while pos <= #data do
    local length = data:byte(pos) * 256 + data:byte(pos + 1)
    local offset = data:byte(pos + 2) * 256 + data:byte(pos + 3)
    count = count + 1
    bodies[count] = data:sub(pos + 4, pos + 3 + length)
    offsets[count] = offset
    pos = pos + 4 + length
  end
  counter = (id or 1) * 7919
end

function request()
  counter = counter + 1
  local i = counter % count + 1
  if mode == "get" then
    return wrk.format("GET", bodies[i])
  end
  local body, offset = bodies[i], offsets[i]
  local c, octets = counter, {}
  for k = 1, 7 do
    octets[k] = string.char(c % 256)
    c = math.floor(c / 256)
  end
  local nonce = string.char(id or 1) .. table.concat(octets)
  return wrk.format("POST", "/ocsp", headers, body:sub(1, offset) .. nonce .. body:sub(offset + 9))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},"latencyUs":{"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
