// Saves a running attempt's answers whenever one changes, so a reload or a second tab loses
// nothing. Without JavaScript the "Save answers" button does the same.
(function () {
  const form = document.querySelector("form[data-autosave]");
  if (!form) return;
  const status = form.querySelector("[data-autosave-status]");
  let pending = Promise.resolve();

  form.addEventListener("change", function () {
    const body = new FormData(form);
    pending = pending.then(function () {
      return fetch(form.dataset.autosave, { method: "POST", body: body, headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" });
    }).then(function (response) {
      if (response.status === 204) {
        status.textContent = "Answers saved at " + new Date().toLocaleTimeString() + ".";
      } else if (response.status === 409) {
        status.textContent = "This attempt has closed. Reload the page to see your result.";
      } else {
        status.textContent = "Your answers could not be saved just now; they will be sent when you submit.";
      }
    }).catch(function () {
      status.textContent = "No connection: your answers will be sent when you submit.";
    });
  });

  // A double click must not send the form twice; the server would score it once anyway.
  form.addEventListener("submit", function (event) {
    if (form.dataset.submitted) {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = "true";
  });
})();

// The time left on a timed attempt, counted on the server's clock: the page carries the server's "now"
// (data-server-now), so a device whose clock is wrong still shows the right time left. Times are shown
// in the device's own time zone. Nothing is submitted from here when time runs out: the server closes
// the attempt with the answers it has saved (each answer is saved as it is chosen, above).
(function () {
  const timer = document.querySelector("[data-quiz-timer]");
  if (!timer) return;
  const deadline = Date.parse(timer.dataset.deadline);
  const closes = Date.parse(timer.dataset.closes);
  const offset = Date.parse(timer.dataset.serverNow) - Date.now();
  if (isNaN(deadline) || isNaN(closes) || isNaN(offset)) return;
  const clock = timer.querySelector("[data-timer-clock]");
  const label = timer.querySelector("[data-timer-label]");
  const count = timer.querySelector("[data-timer-count]");
  const warning = timer.querySelector("[data-timer-warning]");
  const status = timer.querySelector("[data-timer-status]");
  // Smallest first: a page opened with 30 s left gives the 1-minute warning only.
  const warnings = [
    { within: 60 * 1000, text: "Under 1 minute left." },
    { within: 5 * 60 * 1000, text: "Under 5 minutes left." },
  ];
  let warned = Infinity;

  function localTime(instant) {
    return new Date(instant).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function minutesAndSeconds(milliseconds) {
    const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
    return String(Math.floor(seconds / 60)).padStart(2, "0") + ":" + String(seconds % 60).padStart(2, "0");
  }

  // Writes only changes: the timer has no live region, and the live regions speak only when their text changes.
  function write(element, text) {
    if (element.textContent !== text) element.textContent = text;
  }

  function tick() {
    const now = Date.now() + offset;
    if (now < deadline) {
      write(label, "Time left");
      write(count, minutesAndSeconds(deadline - now));
      const due = warnings.find(function (w) { return deadline - now <= w.within; });
      if (due && due.within < warned) {
        warned = due.within;
        write(warning, due.text);
      }
    } else if (now < closes) {
      write(label, "Grace period left");
      write(count, minutesAndSeconds(closes - now));
      write(warning, "");
      write(status, "Time allowed is over. Answers are still accepted until " + localTime(closes) + " (your time): submit for scoring now.");
    } else {
      write(count, "00:00");
      write(warning, "");
      write(status, timer.dataset.timeUp);
      clearInterval(running);
    }
  }

  document.querySelectorAll("time[data-local-time]").forEach(function (time) {
    // HTML allows more than the three fraction digits JavaScript's date format promises to read.
    const instant = Date.parse(time.getAttribute("datetime").replace(/(\.\d{3})\d+/, "$1"));
    if (isNaN(instant)) return;
    time.title = time.textContent;
    time.textContent = localTime(instant) + " (your time)";
  });
  clock.hidden = false;
  const running = setInterval(tick, 250);
  tick();
})();
