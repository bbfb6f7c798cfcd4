package org.skillcred.verifier.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.skillcred.web.ProblemResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The verifier's OpenAPI 3.1 description (employers' HR systems generate clients from it): every
 * operation with its id, summary and description, and the RFC 9457 problems it can answer with,
 * each with its stable {@code code}. All operations are public.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptions {

	/** Every problem code the verifier answers with. */
	private static final List<String> PROBLEM_CODES = List.of("MALFORMED_REQUEST", "NOT_FOUND", "METHOD_NOT_ALLOWED",
			"NOT_ACCEPTABLE", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_FILE", "NO_QR_CODE",
			"NO_CREDENTIAL_IN_PDF", "INVALID_PDF", "FILE_TOO_LARGE", "TOO_COMPLEX", "BUSY", "TOO_MANY_REQUESTS",
			"UNAUTHORIZED", "INTERNAL_ERROR");

	/** One operation: id, summary, description, and problem codes by HTTP status. */
	record Described(String operationId, String summary, String description, Map<Integer, List<String>> problems) {
	}

	private static final Map<String, Described> OPERATIONS = new LinkedHashMap<>();

	private static final List<String> UPLOAD_PROBLEMS = List.of("400 MALFORMED_REQUEST", "413 PAYLOAD_TOO_LARGE",
			"413 FILE_TOO_LARGE", "415 UNSUPPORTED_FILE", "422 NO_QR_CODE", "422 NO_CREDENTIAL_IN_PDF",
			"422 INVALID_PDF", "422 TOO_COMPLEX", "429 TOO_MANY_REQUESTS", "503 BUSY");

	static {
		describe("GET /", "getHomePage", "Open the verifier's home page",
				"A page for people: upload a certificate PDF or a photo of its QR code, or paste a credential or link.");
		describe("POST /", "checkFromHomePage", "Check a certificate from the home page form",
				"The home page form: a file (PDF, PNG/JPEG photo of the QR code, .jwt) or pasted text; answers the result page.",
				UPLOAD_PROBLEMS);
		describe("GET /v/{ref}/{id}", "verifyLink", "Verify the credential a printed QR code links to",
				"The link printed in QR codes: the credential is fetched from the trusted issuer the ref names. A browser gets the result page; other clients the JSON report.",
				List.of("400 MALFORMED_REQUEST", "406 NOT_ACCEPTABLE", "429 TOO_MANY_REQUESTS"));
		describe("POST /api/v1/verify", "verifyCredential", "Verify a credential or a certificate file",
				"JSON {\"credential\": \"<JWT>\"} or multipart/form-data with a file (certificate PDF, photo of its QR code, .jwt). "
						+ "Answers a report: the verdict (VALID, INVALID, INDETERMINATE) and every check with its reason.",
				UPLOAD_PROBLEMS);
		describe("POST /credentials/verify", "vcApiVerify", "Verify a credential (W3C VC-API)",
				"Takes an EnvelopedVerifiableCredential (or a compact JWT); 200 verified, 400 invalid or a malformed envelope, 503 could not be checked.",
				List.of("400 MALFORMED_REQUEST", "413 PAYLOAD_TOO_LARGE", "429 TOO_MANY_REQUESTS"));
	}

	private static void describe(String key, String id, String summary, String description) {
		describe(key, id, summary, description, List.of("400 MALFORMED_REQUEST"));
	}

	private static void describe(String key, String id, String summary, String description, List<String> problems) {
		Map<Integer, List<String>> byStatus = new TreeMap<>();
		for (String problem : problems) {
			String[] parts = problem.split(" ");
			byStatus.computeIfAbsent(Integer.parseInt(parts[0]), status -> new ArrayList<>()).add(parts[1]);
		}
		OPERATIONS.put(key, new Described(id, summary, description, byStatus));
	}

	@Bean
	io.swagger.v3.oas.models.OpenAPI verifierOpenApi() {
		return new OpenAPI()
			.info(new Info().title("SkillCred verifier API")
				.version("v1")
				.description("Verify SkillCred certificates and any W3C VC 2.0 / Open Badges 3.0 JWT credential from a "
						+ "trusted issuer. No authentication. Invalid credentials are results (a report), not errors; "
						+ "malformed requests are RFC 9457 problem documents with a stable 'code'.")
				.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			.components(new Components());
	}

	@Bean
	OpenApiCustomizer verifierOperations() {
		return api -> {
			api.getComponents().addSchemas(ProblemResponses.SCHEMA, ProblemResponses.schema(PROBLEM_CODES));
			ProblemResponses.forEachOperation(api, (key, operation) -> {
				Described described = OPERATIONS.get(key);
				if (described != null) {
					describe(operation, described);
				}
			});
		};
	}

	private static void describe(Operation operation, Described described) {
		operation.operationId(described.operationId()).summary(described.summary()).description(described.description());
		operation.setSecurity(List.of()); // public: no authentication
		ProblemResponses.add(operation, described.problems());
	}

}
