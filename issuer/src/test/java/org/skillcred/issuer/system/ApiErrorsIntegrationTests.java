package org.skillcred.issuer.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillcred.issuer.support.IssuerApi.PARTNER_KEY;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every bad request gets a 4xx RFC 9457 problem with a stable code, and stores nothing.
 */
@IssuerIntegrationTest
class ApiErrorsIntegrationTests extends IssuerApiTests {

	private MvcResult expectProblem(MockHttpServletRequestBuilder request, int status, String code) throws Exception {
		int before = credentialCount();
		MvcResult result = api.perform(request);
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(IssuerApi.json(result).path("code").asString()).as(body).isEqualTo(code);
		assertThat(IssuerApi.json(result).path("type").asString()).startsWith("urn:skillcred:problem:");
		assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.skillcred");
		assertThat(credentialCount()).isEqualTo(before);
		return result;
	}

	private static MockHttpServletRequestBuilder issue(String body) {
		return issue(body, "Bearer " + PARTNER_KEY);
	}

	private static MockHttpServletRequestBuilder issue(String body, String authorization) {
		return post("/api/v1/credentials").header("Authorization", authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	@Test
	void missingOrWrongApiKeyThen401WithBearerChallenge() throws Exception {
		MvcResult missing = expectProblem(get("/api/v1/achievements"), 401, "UNAUTHORIZED");
		assertThat(missing.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
		MvcResult wrong = expectProblem(get("/api/v1/achievements").header("Authorization", "Bearer nope"), 401,
				"UNAUTHORIZED");
		assertThat(wrong.getResponse().getHeader("WWW-Authenticate")).contains("invalid_token");
		expectProblem(get("/api/v1/achievements").header("Authorization", "Basic dXNlcjpwYXNz"), 401, "UNAUTHORIZED");
		expectProblem(issue(IssuerApi.issueBody("genai-foundations", "A"), "Bearer "), 401, "UNAUTHORIZED");
	}

	@Test
	void partnerKeyOnAdminApiThen403() throws Exception {
		expectProblem(get("/api/v1/admin/partners").header("Authorization", "Bearer " + PARTNER_KEY), 403,
				"FORBIDDEN");
	}

	@Test
	void adminKeyOnPartnerOnlyApiThen403() throws Exception {
		expectProblem(issue(IssuerApi.issueBody("genai-foundations", "A"), "Bearer " + IssuerApi.ADMIN_KEY), 403,
				"FORBIDDEN");
	}

	@Test
	void malformedJsonThen400() throws Exception {
		expectProblem(issue("{not json"), 400, "MALFORMED_REQUEST");
		expectProblem(issue(""), 400, "MALFORMED_REQUEST");
		expectProblem(issue("[1,2,3]"), 400, "MALFORMED_REQUEST");
		expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\"},"
				+ "\"validUntil\":\"next tuesday\"}"), 400, "MALFORMED_REQUEST");
		expectProblem(issue("{\"achievementId\":" + "[".repeat(2000) + "]".repeat(2000) + "}"), 400,
				"MALFORMED_REQUEST");
	}

	/** Regression: a misspelt validUntil was ignored, and the credential signed without an expiry. */
	@Test
	void unknownFieldThen400NamingItAndNothingSigned() throws Exception {
		MvcResult misspelt = expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\"},"
				+ "\"validUntill\":\"2030-01-01T00:00:00Z\"}"), 400, "MALFORMED_REQUEST");
		assertThat(IssuerApi.json(misspelt).path("field").asString()).isEqualTo("validUntill");
		assertThat(IssuerApi.json(misspelt).path("detail").asString()).as("the known fields, to spot the typo").contains("recipient, validUntil");
		MvcResult nested = expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\","
				+ "\"emial\":\"a@example.org\"}}"), 400, "MALFORMED_REQUEST");
		assertThat(IssuerApi.json(nested).path("field").asString()).isEqualTo("recipient.emial");
		MvcResult admin = api.perform(post("/api/v1/admin/partners").header("Authorization", "Bearer " + IssuerApi.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Typo Partner\",\"slug\":\"typo-partner\",\"ownIsuer\":true}"));
		assertThat(admin.getResponse().getStatus()).isEqualTo(400);
		assertThat(IssuerApi.json(admin).path("field").asString()).isEqualTo("ownIsuer");
	}

	/**
	 * Regressions: an empty validUntil was read as none and a repeated one as the last, each signing
	 * a credential other than the one meant; an empty email was hashed into the credential.
	 */
	@Test
	void emptyOrRepeatedValueThenRefusedAndNothingSigned() throws Exception {
		MvcResult empty = expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\"},"
				+ "\"validUntil\":\"\"}"), 400, "MALFORMED_REQUEST");
		assertThat(IssuerApi.json(empty).path("field").asString()).isEqualTo("validUntil");
		MvcResult twice = expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\"},"
				+ "\"validUntil\":\"2030-01-01T00:00:00Z\",\"validUntil\":\"2099-01-01T00:00:00Z\"}"), 400, "MALFORMED_REQUEST");
		assertThat(IssuerApi.json(twice).path("detail").asString()).contains("twice").contains("validUntil");
		expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\",\"name\":\"B\"}}"), 400,
				"MALFORMED_REQUEST");
		expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\",\"email\":\"\"}}"), 422,
				"INVALID_FIELD");
		expectProblem(post("/credentials/issue").header("Authorization", "Bearer " + PARTNER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"credential\":{\"type\":[\"VerifiableCredential\"],\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]}}"),
				400, "MALFORMED_REQUEST");
	}

	/**
	 * Regression: each of these dates was turned into some other instant and signed (epoch numbers
	 * and digit strings, a leap second, 24:00, spaces, no offset), and a number signed as a name.
	 */
	@Test
	void dateNotRfc3339InWholeSecondsOrNumberForTextThenRefusedNamingField() throws Exception {
		String[] dates = { "1900000000", "\"1900000000\"", "\"2027-12-31T23:59:60Z\"", "\"2027-12-31T24:00:00Z\"",
				"\" 2027-12-31T10:00:00Z \"", "\"2027-12-31T10:00:00\"", "\"2027-12-31\"" };
		for (String date : dates) {
			MvcResult result = expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\"},"
					+ "\"validUntil\":" + date + "}"), 400, "MALFORMED_REQUEST");
			assertThat(IssuerApi.json(result).path("field").asString()).as(date).isEqualTo("validUntil");
		}
		MvcResult number = expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":42}}"), 400,
				"MALFORMED_REQUEST");
		assertThat(IssuerApi.json(number).path("field").asString()).isEqualTo("recipient.name");
		MvcResult offset = api.perform(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\"},"
				+ "\"validUntil\":\"2027-12-31T23:59:59+14:00\"}"));
		assertThat(offset.getResponse().getStatus()).as("any offset, whole seconds").isEqualTo(201);
		assertThat(IssuerApi.json(offset).path("credential").asString()).isNotBlank();
	}

	/** Regression: with two keys, the request ran as whichever the server read first. */
	@Test
	void twoApiKeysOrTwoIdempotencyKeysThenRefused() throws Exception {
		MvcResult twoKeys = api.perform(post("/api/v1/credentials").header("Authorization", "Bearer " + PARTNER_KEY)
			.header("Authorization", "Bearer " + IssuerApi.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(IssuerApi.issueBody("genai-foundations", "A")));
		assertThat(twoKeys.getResponse().getStatus()).isEqualTo(401);
		assertThat(IssuerApi.json(twoKeys).path("code").asString()).isEqualTo("UNAUTHORIZED");
		expectProblem(issue(IssuerApi.issueBody("genai-foundations", "A")).header("Idempotency-Key", "k-1")
			.header("Idempotency-Key", "k-2"), 400, "MALFORMED_REQUEST");
	}

	@Test
	void invalidFieldsThen422WithFieldErrors() throws Exception {
		MvcResult result = expectProblem(issue("{\"achievementId\":\"\",\"recipient\":{\"name\":\"\",\"email\":\"x\"}}"),
				422, "INVALID_FIELD");
		assertThat(IssuerApi.json(result).path("errors").toString()).contains("recipient.name")
			.contains("recipient.email")
			.contains("achievementId");
		expectProblem(issue("{\"achievementId\":\"genai-foundations\"}"), 422, "INVALID_FIELD");
		expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\\u0000B\"}}"), 422,
				"INVALID_FIELD");
		expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"" + "x".repeat(201)
				+ "\"}}"), 422, "INVALID_FIELD");
		expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\"},\"language\":\"xx\"}"),
				422, "INVALID_FIELD");
		expectProblem(issue("{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"A\"},"
				+ "\"validUntil\":\"2001-01-01T00:00:00Z\"}"), 422, "INVALID_FIELD");
	}

	@Test
	void unknownAchievementThen422() throws Exception {
		expectProblem(issue(IssuerApi.issueBody("no-such-course", "A")), 422, "UNKNOWN_ACHIEVEMENT");
		expectProblem(issue(IssuerApi.issueBody("00000000-0000-0000-0000-000000000000", "A")), 422,
				"UNKNOWN_ACHIEVEMENT");
	}

	@Test
	void oversizedBodyThen413() throws Exception {
		String big = "{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"" + "x".repeat(70_000) + "\"}}";
		expectProblem(issue(big), 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void badIdempotencyKeyThen400() throws Exception {
		expectProblem(issue(IssuerApi.issueBody("genai-foundations", "A")).header("Idempotency-Key", "x".repeat(300)),
				400, "MALFORMED_REQUEST");
	}

	@Test
	void wrongMethodMediaTypeOrPathThenProblems() throws Exception {
		expectProblem(delete("/api/v1/credentials").header("Authorization", "Bearer " + PARTNER_KEY), 405,
				"METHOD_NOT_ALLOWED");
		expectProblem(post("/api/v1/credentials").header("Authorization", "Bearer " + PARTNER_KEY)
			.contentType(MediaType.TEXT_PLAIN)
			.content("hello"), 415, "UNSUPPORTED_MEDIA_TYPE");
		expectProblem(get("/no/such/page"), 404, "NOT_FOUND");
		expectProblem(get("/api/v1/credentials/not-a-uuid").header("Authorization", "Bearer " + PARTNER_KEY), 400,
				"MALFORMED_REQUEST");
		expectProblem(get("/api/v1/credentials?size=100000").header("Authorization", "Bearer " + PARTNER_KEY), 422,
				"INVALID_FIELD");
		expectProblem(get("/api/v1/credentials?page=-1").header("Authorization", "Bearer " + PARTNER_KEY), 422,
				"INVALID_FIELD");
		expectProblem(get("/credentials/../../etc/passwd"), 400, "MALFORMED_REQUEST");
		expectProblem(get("/credentials/00000000-0000-0000-0000-000000000000"), 404, "NOT_FOUND");
	}

	@Test
	void anotherPartnersCredentialThen404() throws Exception {
		String id = IssuerApi.json(api.issue(PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Owner Test")))
			.path("id")
			.asString();
		MvcResult created = api.perform(post("/api/v1/admin/partners").header("Authorization", "Bearer " + IssuerApi.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Other University\",\"slug\":\"other-university\"}"));
		String otherKey = IssuerApi.json(created).path("apiKey").asString();

		expectProblem(get("/api/v1/credentials/" + id).header("Authorization", "Bearer " + otherKey), 404, "NOT_FOUND");
		assertThat(IssuerApi.json(api.perform(get("/api/v1/credentials").header("Authorization", "Bearer " + otherKey)))
			.path("totalItems")
			.asLong()).isZero();
		expectProblem(issue(IssuerApi.issueBody("genai-foundations", "A"), "Bearer " + otherKey), 422,
				"UNKNOWN_ACHIEVEMENT");
	}

}
