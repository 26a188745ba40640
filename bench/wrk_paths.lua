-- Each request takes the next path from the file named by WRK_PATHS (one per line), so
-- that filter states do not repeat: caches keyed by the state (facet counts) miss as
-- they do for a user's new combination. Threads start at different lines and stride by
-- WRK_THREADS. The report is that of wrk_report.lua (WRK_REPORT).
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  paths[#paths + 1] = line
end
local stride = tonumber(os.getenv("WRK_THREADS") or "1")
local counter = 0

setup = function(thread)
  thread:set("id", counter)
  counter = counter + 1
end

init = function(args)
  index = id or 0
end

request = function()
  local path = paths[index % #paths + 1]
  index = index + stride
  return wrk.format(nil, path)
end

dofile(os.getenv("WRK_REPORT"))
