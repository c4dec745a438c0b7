// Runs after axe.min.js in every document of a watched page (a Playwright init script, so the
// site's Content-Security-Policy does not stop it). Says when a document starts, checks it once
// it has loaded (stylesheets included, which colour contrast needs) and reports the serious and
// critical violations, and a missing h1, to the test through the exposed functions.
(() => {
  if (window !== window.top) return;
  window.__ceAxeStarted();
  const finish = result => window.__ceAxeFinished(JSON.stringify({ path: location.pathname + location.search, ...result }));
  if (location.pathname.startsWith("/admin/jobs")) {
    // The Hangfire dashboard (/admin/jobs) is a third-party page the site only hosts: not ours to fix.
    finish({ violations: null });
    return;
  }
  window.addEventListener("load", async () => {
    try {
      const results = await axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        // WCAG 2.2's target size (2.5.8, AA) is tagged wcag22aa but off by default in axe; every page
        // having an h1 is axe's best practice (moderate), held here because screen-reader users jump to it.
        rules: { "target-size": { enabled: true }, "page-has-heading-one": { enabled: true } },
        resultTypes: ["violations"],
      });
      finish({ violations: results.violations
        .filter(v => v.impact === "serious" || v.impact === "critical" || v.id === "page-has-heading-one")
        .map(v => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map(n => n.target.join(" ")) })) });
    } catch (error) {
      finish({ violations: [], error: String(error) });
    }
  });
})();
