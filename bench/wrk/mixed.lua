-- Warm-up traffic: cycles through the paths in BENCH_PATHS (comma-separated), so the JIT and the caches see every
-- public page before anything is measured.
local paths = {}
for path in string.gmatch(os.getenv("BENCH_PATHS") or "/programmes", "[^,]+") do
  table.insert(paths, path)
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
