-- wrk script: posts quiz answer saves (QUIZ_MODE=save, as the page's autosave does) or submissions
-- (QUIZ_MODE=submit) for the open attempts of the bench pool, each request as the attempt's owner.
--   QUIZ_POOL      lines "attempt id <TAB> email <TAB> form-encoded answers" (CE.Platform.Benchmarks quiz-pool)
--   QUIZ_SESSIONS  lines "email <TAB> Cookie header <TAB> antiforgery token" (bench/run.sh signs each submitter in)
--   QUIZ_THREADS   wrk's -t; each thread takes every n-th attempt, so no two threads post the same one
--   QUIZ_COUNTS    file that receives "sent accepted wrapped" at the end
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  local sessions = {}
  for line in io.lines(os.getenv("QUIZ_SESSIONS")) do
    local email, cookie, token = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)$")
    sessions[email] = { cookie = cookie, token = token }
  end
  local count = tonumber(os.getenv("QUIZ_THREADS"))
  mode = os.getenv("QUIZ_MODE")
  requests, n = {}, 0
  for line in io.lines(os.getenv("QUIZ_POOL")) do
    local attempt, email, answers = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)$")
    if n % count == index then
      local session = sessions[email]
      local headers = { ["Cookie"] = session.cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }
      if mode == "save" then headers["X-Requested-With"] = "fetch" end
      table.insert(requests, wrk.format("POST", "/attempts/" .. attempt .. "/" .. mode, headers,
        "__RequestVerificationToken=" .. session.token .. "&" .. answers))
    end
    n = n + 1
  end
  nextRequest, sent, accepted, wrapped = 1, 0, 0, 0
end

function request()
  local r = requests[nextRequest]
  sent = sent + 1
  nextRequest = nextRequest + 1
  if nextRequest > #requests then nextRequest, wrapped = 1, 1 end
  return r
end

-- Accepted: a save answers 204; a submission redirects to the attempt's result.
function response(status, headers, body)
  if (mode == "save" and status == 204) or (mode == "submit" and status == 302 and (headers["Location"] or ""):find("/result", 1, true)) then
    accepted = accepted + 1
  end
end

function done(summary, latency, reqs)
  local s, a, w = 0, 0, 0
  for _, thread in ipairs(threads) do
    s = s + thread:get("sent")
    a = a + thread:get("accepted")
    w = math.max(w, thread:get("wrapped"))
  end
  local file = io.open(os.getenv("QUIZ_COUNTS"), "w")
  file:write(s, " ", a, " ", w, "\n")
  file:close()
end
