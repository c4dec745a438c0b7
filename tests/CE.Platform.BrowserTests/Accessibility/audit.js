// Runs after axe.min.js in every document of a watched page (a Playwright init script, so the
// site's Content-Security-Policy does not stop it). Says when a document starts, checks it once
// it has loaded (stylesheets included, which colour contrast needs) and reports every violation of
// WCAG 2.0-2.2 A/AA and of axe's best practices, whatever its impact, to the test through the
// exposed functions.
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
        // Best practices too (one h1, headings in order, content in landmarks): screen-reader users navigate by them.
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"] },
        // WCAG 2.2's target size (2.5.8, AA) is tagged wcag22aa but off by default in axe.
        rules: { "target-size": { enabled: true } },
        resultTypes: ["violations"],
      });
      finish({ violations: results.violations
        .map(v => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map(n => n.target.join(" ")) })) });
    } catch (error) {
      finish({ violations: [], error: String(error) });
    }
  });
})();
