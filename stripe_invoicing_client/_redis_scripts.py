"""The Lua scripts a `redis.RedisBudget` runs, each one round trip on Redis's own clock
(`TIME`): `reserve` (GCRA over the account's rates, the heartbeat, and a place in flight when
there is no wait), `refund`, `cut` (a 429's, at most once a second) and `lease`.

Their AIMD constants are the local limiter's (`_limiter_budget`), written into each script as
it is registered, so that a rate shared through Redis is cut and grows back as a local one
does.
"""

from __future__ import annotations

from ._limiter_budget import (
    BURST_SECONDS,
    DECREASE_FACTOR,
    DECREASE_INTERVAL,
    HOLD_SECONDS,
    INCREASE_PER_SECOND,
    MIN_FRACTION,
)

# Every rate hash: tat (when the bucket is empty again), factor (the share of the ceiling
# after the last cut), cut_at (when) and seen (Redis's clock at the last reserve: if it reads
# earlier now, the clock stepped back, and tat and cut_at move back with it). The effective
# factor grows back by INCREASE_PER_SECOND a second, HOLD_SECONDS after the cut.
_EFFECTIVE = """
local function effective(factor, cut_at, now)
  if factor >= 1 then return 1 end
  local grown = factor + INCREASE * math.max(0, now - cut_at - HOLD)
  if grown > 1 then return 1 end
  return grown
end
"""

# KEYS: the rate hashes, then the leases' and the workers' sorted sets. ARGV: max wait (-1:
# none), key TTL in ms, worker id ('' for none), heartbeat TTL in s, cap, lease id, lease ms,
# then each rate's ceiling. A call with no wait takes its lease in the same round trip.
# Returns {granted, wait, live workers, leased}.
_RESERVE = (
    """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local max_wait = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
local n = #KEYS - 2
local leases = KEYS[#KEYS - 1]
local at = now
local tats = {}
local intervals = {}
local cuts = {}
"""
    + _EFFECTIVE
    + """
for i = 1, n do
  local h = redis.call('HMGET', KEYS[i], 'tat', 'factor', 'cut_at', 'seen')
  local back = math.max(0, (tonumber(h[4]) or now) - now)
  local cut_at = (tonumber(h[3]) or 0) - back
  if back > 0 and h[3] then cuts[i] = cut_at end
  local ceiling = tonumber(ARGV[7 + i])
  local rate = ceiling * effective(tonumber(h[2]) or 1, cut_at, now)
  local interval = 1 / rate
  local burst = math.max(1, rate * BURST) * interval
  local tat = (tonumber(h[1]) or 0) - back
  local earliest = math.max(now, tat - burst + interval)
  if earliest > at then at = earliest end
  tats[i] = tat
  intervals[i] = interval
end
local workers = 0
if ARGV[3] ~= '' then
  local hb = tonumber(ARGV[4])
  redis.call('ZADD', KEYS[#KEYS], now, ARGV[3])
  redis.call('ZREMRANGEBYSCORE', KEYS[#KEYS], '-inf', now - hb)
  redis.call('PEXPIRE', KEYS[#KEYS], math.floor(hb * 2000))
  workers = redis.call('ZCARD', KEYS[#KEYS])
end
local wait = at - now
if max_wait >= 0 and wait > max_wait then
  return {0, string.format('%.6f', wait), workers, 0}
end
for i = 1, n do
  local tat = math.max(tats[i], at) + intervals[i]
  redis.call('HSET', KEYS[i], 'tat', string.format('%.6f', tat), 'seen', string.format('%.6f', now))
  if cuts[i] then redis.call('HSET', KEYS[i], 'cut_at', string.format('%.6f', cuts[i])) end
  redis.call('PEXPIRE', KEYS[i], ttl)
end
local leased = 0
if wait <= 0 then
  local now_ms = math.floor(now * 1000)
  redis.call('ZREMRANGEBYSCORE', leases, '-inf', now_ms)
  if redis.call('ZCARD', leases) < tonumber(ARGV[5]) then
    redis.call('ZADD', leases, now_ms + tonumber(ARGV[7]), ARGV[6])
    redis.call('PEXPIRE', leases, tonumber(ARGV[7]) * 2)
    leased = 1
  end
end
return {1, string.format('%.6f', wait), workers, leased}
"""
)

# KEYS: the rate hashes taken. ARGV: each one's ceiling. Gives one slot back.
_REFUND = (
    """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""
    + _EFFECTIVE
    + """
for i = 1, #KEYS do
  local h = redis.call('HMGET', KEYS[i], 'tat', 'factor', 'cut_at')
  if h[1] then
    local rate = tonumber(ARGV[i]) * effective(tonumber(h[2]) or 1, tonumber(h[3]) or 0, now)
    redis.call('HSET', KEYS[i], 'tat', string.format('%.6f', tonumber(h[1]) - 1 / rate))
  end
end
return 1
"""
)

# KEYS: one rate hash. ARGV: its ceiling, key TTL in ms. A cut at most once a second.
_CUT = (
    """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""
    + _EFFECTIVE
    + """
local h = redis.call('HMGET', KEYS[1], 'tat', 'factor', 'cut_at')
local cut_at = tonumber(h[3]) or 0
if now - cut_at < INTERVAL then return 0 end
local factor = math.max(MIN, effective(tonumber(h[2]) or 1, cut_at, now) * DECREASE)
local tat = math.max(tonumber(h[1]) or 0, now) + 1 / (tonumber(ARGV[1]) * factor)
redis.call('HSET', KEYS[1], 'factor', string.format('%.6f', factor),
  'cut_at', string.format('%.6f', now), 'tat', string.format('%.6f', tat))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
return 1
"""
)

# KEYS: the leases' sorted set. ARGV: cap, lease id, lease ms. 1: taken, 0: all are.
_LEASE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 2)
return 1
"""


def _with_constants(script: str) -> str:
    constants = {
        "INCREASE": INCREASE_PER_SECOND,
        "HOLD": HOLD_SECONDS,
        "BURST": BURST_SECONDS,
        "INTERVAL": DECREASE_INTERVAL,
        "MIN": MIN_FRACTION,
        "DECREASE": DECREASE_FACTOR,
    }
    header = "".join(f"local {name} = {value!r}\n" for name, value in constants.items())
    return header + script


SCRIPTS = {
    "reserve": _with_constants(_RESERVE),
    "refund": _with_constants(_REFUND),
    "cut": _with_constants(_CUT),
    "lease": _LEASE,
}


__all__ = ["SCRIPTS"]
