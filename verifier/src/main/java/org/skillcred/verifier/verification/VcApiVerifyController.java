package org.skillcred.verifier.verification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.CheckStatus;
import org.skillcred.core.verification.EnvelopeRules;
import org.skillcred.core.verification.RuleViolation;
import org.skillcred.core.verification.Verdict;
import org.skillcred.verifier.system.VerifierException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * W3C VC-API {@code POST /credentials/verify}. Accepts the credential as an
 * {@code EnvelopedVerifiableCredential} ({@code data:application/vc+jwt,<JWT>}) or as the compact
 * JWT itself. Answers 200 when verified, 400 when the credential is invalid and 503 when it could
 * not be checked, each with {@code verified}, {@code problemDetails} and {@code results}.
 *
 * @see <a href="https://w3c-ccg.github.io/vc-api/#verify-credential">VC-API Verify Credential</a>
 */
@RestController
class VcApiVerifyController {

	private final CredentialVerification verification;

	VcApiVerifyController(CredentialVerification verification) {
		this.verification = verification;
	}

	@PostMapping("/credentials/verify")
	ResponseEntity<Map<String, Object>> verify(@RequestBody JsonNode request) {
		requireOnlyKnownMembers(request);
		VerificationResult result = verification.verifyToken(token(request.path("verifiableCredential")));
		List<Map<String, String>> problems = result.checks()
			.stream()
			.filter(c -> c.status() == CheckStatus.FAILED || c.status() == CheckStatus.NOT_CHECKED)
			.map(VcApiVerifyController::problem)
			.toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("verified", result.verdict() == Verdict.VALID);
		body.put("problemDetails", problems);
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("verdict", result.verdict());
		results.put("checks", result.checks());
		if (result.credential() != null) {
			results.put("validFrom", result.credential().validFrom());
			results.put("validUntil", result.credential().validUntil());
		}
		body.put("results", results);
		HttpStatus status = switch (result.verdict()) {
			case VALID -> HttpStatus.OK;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case INDETERMINATE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
		return ResponseEntity.status(status).body(body);
	}

	/**
	 * A request has the credential and, optionally, options; this verifier implements no option, so
	 * one that is sent (a check it asks for, a challenge) is refused rather than silently not done.
	 */
	private static void requireOnlyKnownMembers(JsonNode request) {
		if (!request.isObject()) {
			throw VerifierException.badRequest("The request must be a JSON object with verifiableCredential.");
		}
		for (String member : request.propertyNames()) {
			if (!member.equals("verifiableCredential") && !member.equals("options")) {
				throw VerifierException.badRequest("The request has a member this API does not know: it has "
						+ "verifiableCredential and options only.");
			}
		}
		JsonNode options = request.get("options");
		if (options != null && !options.isNull() && !(options.isObject() && options.isEmpty())) {
			throw VerifierException.badRequest("This verifier supports no verification options: send options as {} or not at all.");
		}
	}

	private static String token(JsonNode credential) {
		if (credential.isString()) {
			return credential.asString();
		}
		if (!credential.isObject()) {
			throw VerifierException.badRequest(
					"verifiableCredential must be a compact JWT or an EnvelopedVerifiableCredential with a data:application/vc+jwt id.");
		}
		RuleViolation violation = EnvelopeRules.firstViolation(credential);
		if (violation != null) {
			throw VerifierException.badRequest(violation.message() + " (rule " + violation.rule() + ", at /verifiableCredential"
					+ violation.pointer() + ")");
		}
		return credential.path("id").asString().substring(EnvelopeRules.VC_JWT_DATA_URL.length());
	}

	private static Map<String, String> problem(CheckResult check) {
		return Map.of("type", "urn:skillcred:verification:" + check.code().name().toLowerCase().replace('_', '-'),
				"title", check.code().name(), "detail", check.message());
	}

}
