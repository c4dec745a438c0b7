// CE.Platform SCORM launch page: finds the LMS's SCORM API, asks the course server for a launch for
// the LMS's learner, opens the course in a frame and copies the server's progress into the LMS.
// The values reported here come from this client-side script, like any SCORM content's; the
// provider's records and certificates are authoritative.
(function () {
  'use strict';
  var config = document.body.dataset;
  var is2004 = config.version === '2004';
  var apiName = is2004 ? 'API_1484_11' : 'API';
  var names = is2004
    ? { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate', id: 'cmi.learner_id', name: 'cmi.learner_name' }
    : { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish', id: 'cmi.core.student_id', name: 'cmi.core.student_name' };
  var message = document.getElementById('ce-message');
  var frame = document.getElementById('ce-frame');
  var startedAt = Date.now();
  var api = null, statusUrl = null, lastReport = '', finished = false;

  // The standard search (ADL's API discovery): up the parent chain, then the opener's.
  function search(win) {
    for (var tries = 0; win && tries < 500; tries++) {
      try { if (win[apiName]) { return win[apiName]; } } catch (e) { /* a cross-origin ancestor: keep climbing */ }
      if (!win.parent || win.parent === win) { break; }
      win = win.parent;
    }
    return null;
  }

  function findApi() {
    return search(window) || (window.opener && search(window.opener)) || (window.top && window.top.opener && search(window.top.opener)) || null;
  }

  function show(title, text) {
    message.innerHTML = '';
    var heading = document.createElement('h1');
    heading.textContent = title;
    var paragraph = document.createElement('p');
    paragraph.textContent = text;
    message.appendChild(heading);
    message.appendChild(paragraph);
    message.hidden = false;
    frame.hidden = true;
  }

  function set(element, value) { api[names.set](element, String(value)); }

  function pad(n, width) { n = String(n); while (n.length < width) { n = '0' + n; } return n; }

  function sessionTime() {
    var centis = Math.floor((Date.now() - startedAt) / 10);
    var h = Math.floor(centis / 360000), m = Math.floor(centis / 6000) % 60, s = (centis % 6000) / 100;
    return is2004
      ? 'PT' + h + 'H' + m + 'M' + s.toFixed(2) + 'S'
      : pad(h, 4) + ':' + pad(m, 2) + ':' + pad(Math.floor(s), 2) + '.' + pad(centis % 100, 2);
  }

  function report(status) {
    if (!status || finished) { return; }
    var snapshot = JSON.stringify(status);
    if (snapshot === lastReport) { return; }
    lastReport = snapshot;
    if (is2004) {
      set('cmi.completion_status', status.completionStatus);
      set('cmi.success_status', status.successStatus);
      set('cmi.progress_measure', status.progressMeasure);
      if (status.scoreRaw !== null) {
        set('cmi.score.min', 0); set('cmi.score.max', 100);
        set('cmi.score.raw', status.scoreRaw); set('cmi.score.scaled', status.scoreScaled);
      }
    } else {
      set('cmi.core.lesson_status', status.lessonStatus);
      if (status.scoreRaw !== null) {
        set('cmi.core.score.min', 0); set('cmi.core.score.max', 100); set('cmi.core.score.raw', status.scoreRaw);
      }
    }
    set(is2004 ? 'cmi.session_time' : 'cmi.core.session_time', sessionTime());
    api[names.commit]('');
  }

  function poll() {
    if (!statusUrl) { return; }
    fetch(statusUrl, { credentials: 'omit', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(report)
      .catch(function () { /* the next poll tries again */ });
  }

  function finish() {
    if (finished || !api) { return; }
    set(is2004 ? 'cmi.session_time' : 'cmi.core.session_time', sessionTime());
    api[names.commit]('');
    api[names.finish]('');
    finished = true;
  }

  api = findApi();
  if (!api) {
    show('No learning system found', 'Open this course from your learning management system.');
    return;
  }

  if (String(api[names.init]('')) !== 'true') {
    show('The learning system did not start the course', 'Close this window and open the course again.');
    return;
  }

  var form = new URLSearchParams();
  form.set('token', config.token);
  form.set('learnerId', api[names.get](names.id));
  form.set('learnerName', api[names.get](names.name));
  // Credentials included: the answer sets the cookie that binds the launch link to this browser.
  fetch(config.server + '/scorm/dispatches/' + config.dispatch + '/launch', { method: 'POST', body: form, credentials: 'include' })
    .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
    .then(function (answer) {
      if (!answer.ok) { show(answer.body.title, answer.body.message); return; }
      statusUrl = answer.body.statusUrl;
      frame.addEventListener('load', poll);
      frame.src = answer.body.launchUrl;
      frame.hidden = false;
      message.hidden = true;
      setInterval(poll, 15000);
    })
    .catch(function () { show('The course server could not be reached', 'Check your connection, then open the course again.'); });

  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}());
