// A small LTI 1.3 platform for tests: usage `node platform.mjs <port>`. It publishes its keyset, answers the
// tool's OIDC authentication request with a Moodle-style id_token (as an auto-posted form for browsers, or JSON
// for HTTP tests), serves an LMS course page that frames the tool, and verifies deep-linking responses against
// the tool's keyset with jose. As Moodle's mod/lti/token.php and services.php do, it grants access tokens for a
// client assertion signed with the tool's key (RFC 7523) and takes AGS scores. Tests drive it through /control/*.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { SignJWT, generateKeyPair, exportJWK, jwtVerify, createLocalJWKSet, createRemoteJWKSet } from "jose";
import { launchClaims } from "./messages.mjs";

const port = Number(process.argv[2]);
const issuer = `http://127.0.0.1:${port}`;
const platform = { issuer };
const kid = `moodle-${randomUUID().slice(0, 8)}`;
const { publicKey, privateKey } = await generateKeyPair("RS256");
// Same kid, another key: a forged token that names the platform's key.
const forger = await generateKeyPair("RS256");
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" }] };

const launches = new Map(); // login_hint → launch
const deepLinkResults = []; // verified payloads or errors, newest last
const toolKeysets = new Map(); // client id → the tool's JWKS (given by the test) or its URL
const accessTokens = new Map(); // token → { clientId, scopes }
const assertionIds = new Set(); // jti of client assertions already used
const tokenRequests = []; // each token request: granted, or why not
const scores = []; // scores accepted, newest last
const scoreFailures = new Map(); // userId → statuses the scores endpoint answers first for that user (tests of the tool's retries)
let roster = []; // the course's members, as the test set them

const html = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const autoPost = (action, fields) => `<!DOCTYPE html><html lang="en"><head><title>Launching…</title></head><body><form id="f" method="post" action="${html(action)}">${Object.entries(fields)
  .map(([k, v]) => `<input type="hidden" name="${html(k)}" value="${html(v)}">`).join("")}</form><script>document.getElementById("f").submit()</script></body></html>`;

async function body(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString();
  return (req.headers["content-type"] ?? "").includes("json") ? JSON.parse(text || "{}") : Object.fromEntries(new URLSearchParams(text));
}

function send(res, status, payload, type = "application/json") {
  res.writeHead(status, { "content-type": type === "text/html" ? "text/html; charset=utf-8" : type });
  res.end(type === "application/json" ? JSON.stringify(payload) : payload);
}

async function idToken(launch, nonce) {
  const claims = launchClaims(platform, launch, nonce);
  const fault = launch.fault;
  if (fault === "expired") Object.assign(claims, { iat: claims.iat - 600, exp: claims.iat - 300 });
  if (fault === "wrong-aud") claims.aud = "another-tool";
  if (fault === "unknown-deployment") claims["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] = "not-registered";
  const key = fault === "other-key" ? forger.privateKey : privateKey;
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).sign(key);
}

// The tool's OIDC authentication request (LTI Core 1.3 §5.1.1.2): checked as a platform would, then answered.
async function authorize(req, res, params) {
  const launch = launches.get(params.login_hint);
  const problem =
    !launch ? "unknown login_hint"
    : params.client_id !== launch.clientId ? "client_id does not match"
    : params.redirect_uri !== launch.redirectUri ? `redirect_uri ${params.redirect_uri} is not registered`
    : params.scope !== "openid" || params.response_type !== "id_token" || params.response_mode !== "form_post" || params.prompt !== "none" ? "not an LTI authentication request"
    : params.lti_message_hint !== launch.messageHint ? "lti_message_hint does not match"
    : !params.nonce || !params.state ? "nonce and state are required"
    : null;
  if (problem) return send(res, 400, { error: "invalid_request", error_description: problem });
  const token = await idToken(launch, params.nonce);
  if ((req.headers.accept ?? "").includes("application/json")) {
    return send(res, 200, { redirect_uri: params.redirect_uri, id_token: token, state: params.state });
  }
  send(res, 200, autoPost(params.redirect_uri, { id_token: token, state: params.state }), "text/html");
}

// Deep Linking 2.0 §4.5: the tool's response JWT, verified with the tool's keyset (iss = client id, aud = this platform).
async function deepLinkReturn(res, form) {
  try {
    const unverified = JSON.parse(Buffer.from(form.JWT.split(".")[1], "base64url").toString());
    const keyset = toolKeysets.get(unverified.iss);
    if (!keyset) throw new Error(`no tool registered with client id ${unverified.iss}`);
    const getKey = typeof keyset === "string" ? createRemoteJWKSet(new URL(keyset)) : createLocalJWKSet(keyset);
    const { payload, protectedHeader } = await jwtVerify(form.JWT, getKey, { issuer: unverified.iss, audience: issuer, algorithms: ["RS256"], maxTokenAge: "5m" });
    deepLinkResults.push({ verified: true, kid: protectedHeader.kid, payload });
    send(res, 200, `<!DOCTYPE html><html><body><h1>Content added</h1><p>${payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"].length} item(s)</p></body></html>`, "text/html");
  } catch (e) {
    deepLinkResults.push({ verified: false, error: String(e) });
    send(res, 400, `<!DOCTYPE html><html><body><h1>Refused</h1><p>${html(e)}</p></body></html>`, "text/html");
  }
}

const keysetOf = (clientId) => {
  const keyset = toolKeysets.get(clientId);
  if (!keyset) throw new Error(`no tool registered with client id ${clientId}`);
  return typeof keyset === "string" ? createRemoteJWKSet(new URL(keyset)) : createLocalJWKSet(keyset);
};

// Security Framework §4.1: client-credentials grant with a JWT client assertion (RFC 7523), as Moodle's token.php checks it.
async function token(res, form) {
  try {
    if (form.grant_type !== "client_credentials") throw new Error(`grant_type ${form.grant_type} is not client_credentials`);
    if (form.client_assertion_type !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") throw new Error("client_assertion_type is not jwt-bearer");
    const unverified = JSON.parse(Buffer.from(String(form.client_assertion).split(".")[1], "base64url").toString());
    const { payload } = await jwtVerify(form.client_assertion, keysetOf(unverified.iss), { issuer: unverified.iss, subject: unverified.iss, audience: `${issuer}/token`, algorithms: ["RS256"], maxTokenAge: "5m" });
    if (!payload.jti || assertionIds.has(payload.jti)) throw new Error("the assertion has no jti or was used before");
    assertionIds.add(payload.jti);
    const scopes = String(form.scope ?? "").split(" ").filter(Boolean);
    const accessToken = randomUUID();
    accessTokens.set(accessToken, { clientId: payload.iss, scopes });
    tokenRequests.push({ granted: true, clientId: payload.iss, scopes });
    send(res, 200, { access_token: accessToken, token_type: "Bearer", expires_in: 3600, scope: scopes.join(" ") });
  } catch (e) {
    tokenRequests.push({ granted: false, error: String(e) });
    send(res, 400, { error: "invalid_client", error_description: String(e) });
  }
}

// AGS 2.0 §3.4 score publish service: {lineitem}/scores, a bearer token with the score scope, the score media type.
async function score(req, res, lineitem) {
  const granted = accessTokens.get((req.headers.authorization ?? "").replace(/^Bearer /, ""));
  if (!granted || !granted.scopes.includes("https://purl.imsglobal.org/spec/lti-ags/scope/score")) return send(res, 401, { error: "no token with the score scope" });
  if (!(req.headers["content-type"] ?? "").startsWith("application/vnd.ims.lis.v1.score+json")) return send(res, 415, { error: `content type ${req.headers["content-type"]}` });
  const received = await body(req);
  const failures = scoreFailures.get(received.userId) ?? [];
  if (failures.length > 0) return send(res, failures.shift(), { error: "the test asked for this failure" });
  scores.push({ lineitem, clientId: granted.clientId, score: received });
  send(res, 200, {});
}

// NRPS 2.0 membership container, two members a page with Link: rel="next" as Moodle's ltiservice_memberships pages with limit/from.
function memberships(req, res, url) {
  const granted = accessTokens.get((req.headers.authorization ?? "").replace(/^Bearer /, ""));
  if (!granted || !granted.scopes.includes("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly")) return send(res, 401, { error: "no token with the memberships scope" });
  if (!(req.headers.accept ?? "").includes("application/vnd.ims.lti-nrps.v2.membershipcontainer+json")) return send(res, 406, { error: `accept ${req.headers.accept}` });
  const from = Number(url.searchParams.get("from") ?? 0);
  const page = roster.slice(from, from + 2);
  const headers = { "content-type": "application/vnd.ims.lti-nrps.v2.membershipcontainer+json" };
  if (from + 2 < roster.length) {
    const next = new URL(url);
    next.searchParams.set("from", String(from + 2));
    headers.link = `<${next}>; rel="next"`;
  }
  res.writeHead(200, headers);
  res.end(JSON.stringify({ id: `${url}`, context: { id: "2", label: "ICU-101", title: "ICU nursing induction" }, members: page }));
}

// The LMS's course page: the activity opens the tool in an iframe by a third-party initiated login (GET).
function coursePage(res, launch) {
  const login = new URL(launch.loginUrl);
  for (const [k, v] of Object.entries(launch.loginParameters)) login.searchParams.set(k, v);
  send(res, 200, `<!DOCTYPE html><html lang="en"><head><title>ICU nursing induction · Test Moodle</title></head><body style="margin:0;font-family:sans-serif">
<header style="background:#8a3c00;color:#fff;padding:8px 16px"><h1 style="font-size:1.1rem;margin:0">Test Moodle · ICU nursing induction</h1></header>
<main><iframe id="tool" title="CE module" src="${html(login)}" style="width:100%;height:85vh;border:0" allow="fullscreen"></iframe></main></body></html>`, "text/html");
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
    if (url.pathname === "/jwks") return send(res, 200, jwks);
    if (url.pathname === "/auth") return authorize(req, res, req.method === "POST" ? await body(req) : Object.fromEntries(url.searchParams));
    if (url.pathname === "/mod/lti/contentitem_return.php" && req.method === "POST") return deepLinkReturn(res, await body(req));
    if (url.pathname === "/course") return launches.has(url.searchParams.get("launch")) ? coursePage(res, launches.get(url.searchParams.get("launch"))) : send(res, 404, { error: "no such launch" });
    if (url.pathname === "/control/tool" && req.method === "POST") {
      const tool = await body(req);
      toolKeysets.set(tool.clientId, tool.jwks ?? tool.jwksUrl);
      return send(res, 204, "");
    }
    if (url.pathname === "/control/launch" && req.method === "POST") {
      // A launch the LMS is about to start; the answer holds the login initiation parameters it sends the tool.
      const launch = await body(req);
      launch.loginHint = randomUUID();
      launch.messageHint = randomUUID();
      launch.loginParameters = {
        iss: launch.issuer ?? issuer, login_hint: launch.loginHint, target_link_uri: launch.targetLinkUri,
        lti_message_hint: launch.messageHint, client_id: launch.clientId, lti_deployment_id: launch.loginDeploymentId ?? launch.deploymentId,
      };
      launches.set(launch.loginHint, launch);
      return send(res, 200, { id: launch.loginHint, loginParameters: launch.loginParameters, coursePage: `${issuer}/course?launch=${launch.loginHint}` });
    }
    if (url.pathname === "/control/deep-link-results") return send(res, 200, deepLinkResults);
    if (url.pathname === "/token" && req.method === "POST") return token(res, await body(req));
    const scoresPath = url.pathname.match(/^(\/mod\/lti\/services\.php\/\d+\/lineitems\/[^/]+\/lineitem)\/scores$/);
    if (scoresPath && req.method === "POST") return score(req, res, `${issuer}${scoresPath[1]}${url.search}`);
    if (url.pathname === "/mod/lti/services.php/CourseSection/2/bindings/1/memberships" && req.method === "GET") return memberships(req, res, url);
    if (url.pathname === "/control/roster" && req.method === "POST") {
      roster = (await body(req)).members ?? [];
      return send(res, 204, "");
    }
    if (url.pathname === "/control/scores") return send(res, 200, scores);
    if (url.pathname === "/control/token-requests") return send(res, 200, tokenRequests);
    if (url.pathname === "/control/score-failures" && req.method === "POST") {
      const failing = await body(req);
      scoreFailures.set(failing.userId, failing.statuses ?? []);
      return send(res, 204, "");
    }
    send(res, 404, { error: "not found" });
  } catch (e) {
    send(res, 500, { error: String(e) });
  }
});
server.listen(port, "127.0.0.1", () => console.log(`LTI test platform at ${issuer}`));
