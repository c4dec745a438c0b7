// Launch messages built the way Moodle's LTI 1.3 platform builds them (mod/lti: lti_build_standard_message,
// lti_get_jwt_message_type_mapping, lti_get_jwt_claim_mapping; then sign_jwt adds iss, aud, sub, nonce, iat, exp = iat + 60).
import { randomUUID } from "node:crypto";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
export const ROLES = {
  learner: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
  instructor: ["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator", "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"],
};

/** The id_token claims of one launch; `launch` says who, where and what, `nonce` comes from the tool's auth request. */
export function launchClaims(platform, launch, nonce) {
  const now = Math.floor(Date.now() / 1000);
  const user = launch.user;
  const claims = {
    iss: platform.issuer,
    aud: launch.clientId,
    sub: user.sub,
    nonce,
    iat: now,
    exp: now + 60,
    [`${LTI}deployment_id`]: launch.deploymentId,
    [`${LTI}target_link_uri`]: launch.targetLinkUri,
    [`${LTI}version`]: "1.3.0",
    [`${LTI}roles`]: ROLES[launch.role ?? "learner"],
    [`${LTI}context`]: { id: launch.contextId ?? "2", label: "ICU-101", title: "ICU nursing induction", type: ["CourseSection"] },
    [`${LTI}tool_platform`]: { product_family_code: "moodle", version: "2024100700", guid: new URL(platform.issuer).host, name: "Test Moodle", description: "Test Moodle" },
    [`${LTI}launch_presentation`]: { locale: "en", document_target: "iframe", return_url: `${platform.issuer}/mod/lti/return.php?course=2` },
    [`${LTI}lis`]: { person_sourcedid: "", course_section_sourcedid: "" },
    [`${LTI}custom`]: {},
    "https://purl.imsglobal.org/spec/lti/claim/ext": { user_username: user.username ?? user.sub, lms: "moodle-2" },
  };
  if (user.name) Object.assign(claims, { name: user.name, given_name: user.given_name, family_name: user.family_name });
  if (user.email) claims.email = user.email;

  if (launch.messageType === "LtiDeepLinkingRequest") {
    claims[`${LTI}message_type`] = "LtiDeepLinkingRequest";
    claims[`${DL}deep_linking_settings`] = {
      deep_link_return_url: `${platform.issuer}/mod/lti/contentitem_return.php?course=2&id=${launch.deploymentId}`,
      accept_types: launch.acceptTypes ?? ["ltiResourceLink"],
      accept_presentation_document_targets: ["frame", "iframe", "window"],
      accept_copy_advice: false,
      accept_multiple: launch.acceptMultiple ?? true,
      accept_unsigned: false,
      auto_create: false,
      can_confirm: false,
      data: launch.data ?? `moodle-dl-${randomUUID()}`,
      title: "",
      text: "",
    };
  } else {
    claims[`${LTI}message_type`] = "LtiResourceLinkRequest";
    claims[`${LTI}resource_link`] = { id: launch.resourceLinkId ?? "7", title: "Ketamine safety", description: "" };
    // Moodle offers AGS and NRPS when the tool's services allow them (mod/lti/service/*).
    claims["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = {
      scope: [
        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
      ],
      lineitems: `${platform.issuer}/mod/lti/services.php/2/lineitems?type_id=1`,
      lineitem: `${platform.issuer}/mod/lti/services.php/2/lineitems/${launch.resourceLinkId ?? "7"}/lineitem?type_id=1`,
    };
    claims["https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"] = {
      context_memberships_url: `${platform.issuer}/mod/lti/services.php/CourseSection/2/bindings/1/memberships`,
      service_versions: ["1.0", "2.0"],
    };
  }

  return claims;
}
