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
