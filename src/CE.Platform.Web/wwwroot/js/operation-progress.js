// Keeps a running operation's progress current while its page is open: the status line (a polite
// live region) and the progress bar are updated in place. A timed reload would move a screen reader
// back to the top of the page every few seconds (WCAG 2.2.1). Once the work is over the page is
// loaded once more, to show the download or the lines not used.
(function () {
  const status = document.querySelector("[data-operation-status]");
  const progress = document.querySelector("progress[data-running]");
  if (!status || !progress) return;
  const timer = setInterval(function () {
    fetch(location.href, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) return;
        const next = new DOMParser().parseFromString(html, "text/html");
        const nextProgress = next.querySelector("progress[data-running]");
        if (!nextProgress) {
          clearInterval(timer);
          location.reload();
          return;
        }
        status.textContent = next.querySelector("[data-operation-status]").textContent;
        progress.value = nextProgress.value;
      })
      .catch(function () { /* offline for a moment: try again at the next tick */ });
  }, 3000);
})();
