// Runs after axe.min.js in every document of a watched page (a Playwright init script, so the
// site's Content-Security-Policy does not stop it). Says when a document starts, checks it once
// it has loaded (stylesheets included, which colour contrast needs) and reports every violation of
// WCAG 2.0-2.2 A/AA and of axe's best practices, whatever its impact, to the test through the
// exposed functions.
(() => {
  if (window !== window.top) return;
  window.__ceAxeStarted();
  const finish = result => window.__ceAxeFinished(JSON.stringify({ path: location.pathname + location.search, ...result }));
  if (location.pathname.startsWith("/admin/jobs") || location.origin !== window.__ceSiteOrigin) {
    // The Hangfire dashboard (/admin/jobs) is a third-party page the site only hosts, and an identity
    // provider's pages (single sign-on) are another site's: not ours to fix.
    finish({ violations: null });
    return;
  }
  // No page may scroll sideways at the width it is shown at: 1280 px in most journeys, 375 px (a phone) in
  // PhoneJourney. WCAG 1.4.10 Reflow. The report names the elements that stick out first (their parent does
  // not), widest first; what sticks out inside a box that scrolls or clips on its own (a table's region) is fine.
  const sidewaysScroll = () => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const right = element => element.getBoundingClientRect().right + window.scrollX;
    const clipped = element => {
      for (let e = element.parentElement; e && e !== document.body; e = e.parentElement)
        if (getComputedStyle(e).overflowX !== "visible") return true;
      return false;
    };
    const describe = element => {
      const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
        + [...element.classList].map(c => "." + c).join("");
      return `${name} (${Math.round(element.getBoundingClientRect().width)} px wide, right edge at ${Math.round(right(element))} px)`;
    };
    const out = [...document.body.querySelectorAll("*")].filter(e => right(e) > root.clientWidth + 0.5 && !clipped(e));
    const first = out.filter(e => !out.includes(e.parentElement));
    return [{
      id: "no-sideways-scroll", impact: "serious",
      help: `The page scrolls sideways: ${root.scrollWidth} px of content in a ${root.clientWidth} px wide window (WCAG 1.4.10 Reflow)`,
      helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html",
      targets: (first.length ? first : out).sort((a, b) => right(b) - right(a)).slice(0, 3).map(describe),
    }];
  };
  window.addEventListener("load", async () => {
    try {
      const results = await axe.run(document, {
        // Best practices too (one h1, headings in order, content in landmarks): screen-reader users navigate by them.
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"] },
        // WCAG 2.2's target size (2.5.8, AA) is tagged wcag22aa but off by default in axe.
        rules: { "target-size": { enabled: true } },
        resultTypes: ["violations"],
      });
      finish({ violations: results.violations
        .map(v => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map(n => n.target.join(" ")) }))
        .concat(sidewaysScroll()) });
    } catch (error) {
      finish({ violations: [], error: String(error) });
    }
  });
})();
