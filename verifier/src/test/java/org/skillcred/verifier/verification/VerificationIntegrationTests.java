package org.skillcred.verifier.verification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.skillcred.core.jose.JoseCrypto;
import org.skillcred.verifier.support.FakeIssuer;
import org.skillcred.verifier.support.TestFiles;
import org.skillcred.verifier.support.VerifierIntegrationTest;
import org.skillcred.verifier.support.VerifierIntegrationTest.TrustFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The verifier against stand-in issuers on loopback: one trusted and up, one trusted but down,
 * one not trusted, and an attacker host that must never be contacted.
 */
@VerifierIntegrationTest
class VerificationIntegrationTests {

	static final FakeIssuer issuer = FakeIssuer.started();

	static final FakeIssuer downIssuer = FakeIssuer.started();

	static final FakeIssuer untrusted = FakeIssuer.started();

	static final FakeIssuer attacker = FakeIssuer.started();

	static Path trustFile;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;


	@DynamicPropertySource
	static void trustList(DynamicPropertyRegistry registry) throws Exception {
		downIssuer.setUp(false);
		trustFile = TrustFile.write(Files.createTempFile("trusted-issuers", ".yml"),
				TrustFile.entry(issuer.did(), "fake", "Fake Academy"),
				TrustFile.entry(downIssuer.did(), "down", "Offline Academy"));
		registry.add("verifier.trust.list.location", () -> "file:" + trustFile);
		registry.add("verifier.metrics.token", () -> "test-metrics-token");
	}

	@AfterAll
	static void stop() {
		issuer.close();
		downIssuer.close();
		untrusted.close();
		attacker.close();
	}

	private JsonNode verify(String token) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(java.util.Map.of("credential", token)))).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String failures(JsonNode report) {
		StringBuilder codes = new StringBuilder();
		for (JsonNode check : report.path("checks")) {
			if (check.path("status").asString().equals("FAILED")) {
				codes.append(codes.isEmpty() ? "" : ",").append(check.path("code").asString());
			}
		}
		return codes.toString();
	}

	private static String codeOf(JsonNode report, String check) {
		for (JsonNode c : report.path("checks")) {
			if (c.path("name").asString().equals(check)) {
				return c.path("code").asString();
			}
		}
		return null;
	}

	@Test
	void issuedCredentialThenValidWithSummary() throws Exception {
		JsonNode report = verify(issuer.issue(UUID.randomUUID(), 10L));

		assertThat(report.path("verdict").asString()).isEqualTo("VALID");
		assertThat(report.path("checks").size()).isEqualTo(6);
		assertThat(report.path("credential").path("learnerName").asString()).isEqualTo("Amina Yusuf");
		assertThat(report.path("credential").path("issuerName").asString()).isEqualTo("Fake Academy");
		assertThat(report.path("checks").get(0).has("failure")).isFalse();
	}

	@Test
	void verdictsAreCountedForPrometheusAndProbesAnswer() throws Exception {
		verify(issuer.issue(UUID.randomUUID(), 10L));
		String jwt = issuer.issue(UUID.randomUUID(), null);
		verify(jwt.substring(0, jwt.length() - 4) + "AAAA");

		assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus())
			.as("the metrics are private").isEqualTo(401);
		assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		String metrics = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer test-metrics-token"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(metrics).containsPattern("skillcred_verifications_total\\{[^}]*verdict=\"VALID\"");
		assertThat(metrics).containsPattern("skillcred_verifications_total\\{[^}]*reason=\"BAD_SIGNATURE\"[^}]*verdict=\"INVALID\"");
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void tamperedThenBadSignature() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		String[] parts = jwt.split("\\.");
		String payload = new String(new Base64URL(parts[1]).decode(), StandardCharsets.UTF_8).replace("Amina", "Eve");
		JsonNode report = verify(parts[0] + "." + Base64URL.encode(payload) + "." + parts[2]);

		assertThat(report.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(failures(report)).isEqualTo("BAD_SIGNATURE");
	}

	@Test
	void signedWithUnknownKeyOfTrustedIssuerThenInvalid() throws Exception {
		ECKey rogue = new ECKey.Builder(new ECKeyGenerator(Curve.P_256).generate())
			.keyID(issuer.did() + "#not-published")
			.build();
		JsonNode report = verify(issuer.sign(issuer.credential(UUID.randomUUID(), Instant.now().minusSeconds(60),
				Instant.now().plusSeconds(600), null), rogue));
		assertThat(report.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(failures(report)).isEqualTo("UNKNOWN_KEY");
		assertThat(verify(issuer.sign(issuer.credential(UUID.randomUUID(), Instant.now().minusSeconds(60),
				Instant.now().plusSeconds(600), null), rogue)).path("verdict").asString())
			.as("a repeated unknown kid within the rate limit is still unknown, not an outage")
			.isEqualTo("INVALID");
	}

	@Test
	void untrustedIssuerThenUntrustedWhateverTheSignature() throws Exception {
		int before = untrusted.requests();
		JsonNode report = verify(untrusted.issue(UUID.randomUUID(), null));
		assertThat(failures(report)).isEqualTo("UNTRUSTED_ISSUER");
		assertThat(untrusted.requests()).as("no request to an untrusted issuer").isEqualTo(before);
	}

	@Test
	void expiredAndNotYetValidThenReported() throws Exception {
		assertThat(failures(verify(issuer.issue(issuer.credential(UUID.randomUUID(), Instant.now().minusSeconds(7200),
				Instant.now().minusSeconds(3600), null))))).isEqualTo("EXPIRED");
		assertThat(failures(verify(issuer.issue(issuer.credential(UUID.randomUUID(), Instant.now().plusSeconds(3600),
				Instant.now().plusSeconds(7200), null))))).isEqualTo("NOT_YET_VALID");
	}

	@Test
	void keysEndpointDownWithEmptyCacheThenIndeterminate() throws Exception {
		JsonNode report = verify(downIssuer.issue(UUID.randomUUID(), null));
		assertThat(report.path("verdict").asString()).isEqualTo("INDETERMINATE");
		assertThat(codeOf(report, "SIGNATURE")).isEqualTo("KEYS_UNAVAILABLE");
	}

	@Test
	void keyRotationThenOldAndNewCredentialsValid() throws Exception {
		String old = issuer.issue(UUID.randomUUID(), null);
		assertThat(verify(old).path("verdict").asString()).isEqualTo("VALID");
		issuer.rotateKey();
		String fresh = issuer.issue(UUID.randomUUID(), null);
		assertThat(verify(fresh).path("verdict").asString()).isEqualTo("VALID");
		assertThat(verify(old).path("verdict").asString()).isEqualTo("VALID");
	}

	@Test
	void revokedSuspendedAndReinstatedThenReported() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), 2000L);
		assertThat(verify(jwt).path("verdict").asString()).isEqualTo("VALID");
		issuer.suspend(2000, true);
		assertThat(failures(verify(jwt))).isEqualTo("SUSPENDED");
		issuer.suspend(2000, false);
		assertThat(verify(jwt).path("verdict").asString()).isEqualTo("VALID");
		issuer.revoke(2000);
		assertThat(failures(verify(jwt))).isEqualTo("REVOKED");
	}

	@Test
	void statusListForgedThenLastGoodListOnlyWithinItsValidity() throws Exception {
		try (FakeIssuer flaky = FakeIssuer.started()) {
			// a second trusted issuer whose status lists are forged (a hijacked CDN, say)
			TrustFile.write(trustFile, TrustFile.entry(issuer.did(), "fake", "Fake Academy"),
					TrustFile.entry(downIssuer.did(), "down", "Offline Academy"),
					TrustFile.entry(flaky.did(), "flaky", "Flaky Academy"));
			awaitTrusted(flaky);
			flaky.statusListValidity(java.time.Duration.ofSeconds(3));
			String jwt = flaky.issue(UUID.randomUUID(), 5L);
			JsonNode fresh = verify(jwt);
			assertThat(fresh.path("verdict").asString()).isEqualTo("VALID");
			assertThat(statusCheck(fresh).has("asOf")).as("a list just confirmed carries no age").isFalse();

			flaky.forgeStatusLists();
			JsonNode kept = verify(jwt);
			assertThat(kept.path("verdict").asString()).as("the last good list, still valid, is used").isEqualTo("VALID");
			assertThat(statusCheck(kept).path("asOf").asString()).isNotEmpty();
			assertThat(statusCheck(kept).path("message").asString()).contains("Status as of");

			Thread.sleep(3500); // past the validUntil the issuer signed
			JsonNode expired = verify(jwt);
			assertThat(expired.path("verdict").asString()).isEqualTo("INDETERMINATE");
			assertThat(codeOf(expired, "STATUS")).isEqualTo("STATUS_UNAVAILABLE");
		}
	}

	/** An issuer outage: the last signed list answers, saying how old it is, until it expires. */
	@Test
	void issuerStoppedThenStatusFromLastListSignedWithItsAgeUntilItExpires() throws Exception {
		try (FakeIssuer outage = FakeIssuer.started()) {
			TrustFile.write(trustFile, TrustFile.entry(issuer.did(), "fake", "Fake Academy"),
					TrustFile.entry(downIssuer.did(), "down", "Offline Academy"),
					TrustFile.entry(outage.did(), "outage", "Outage Academy"));
			awaitTrusted(outage);
			outage.statusListValidity(java.time.Duration.ofSeconds(4));
			UUID id = UUID.randomUUID();
			String jwt = outage.issue(id, 6L);
			String revokedJwt = outage.issue(UUID.randomUUID(), 7L);
			outage.revoke(7);
			assertThat(verify(jwt).path("verdict").asString()).isEqualTo("VALID");
			assertThat(verify(revokedJwt).path("verdict").asString()).isEqualTo("INVALID");

			outage.setUp(false);
			JsonNode during = verify(jwt);
			assertThat(during.path("verdict").asString()).as(during.toString()).isEqualTo("VALID");
			assertThat(statusCheck(during).path("asOf").asString()).isNotEmpty();
			assertThat(failures(verify(revokedJwt))).as("a revocation known before the outage still counts")
				.isEqualTo("REVOKED");
			String page = mvc.perform(post("/").param("text", jwt).accept(MediaType.TEXT_HTML)
				.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("card verdict VALID").containsPattern("Status as of \u2068\\d{2}:\\d{2} UTC");

			Thread.sleep(4500);
			assertThat(verify(jwt).path("verdict").asString()).as("after the list's validity: could not be confirmed")
				.isEqualTo("INDETERMINATE");
		}
	}

	private static JsonNode statusCheck(JsonNode report) {
		for (JsonNode check : report.path("checks")) {
			if (check.path("name").asString().equals("STATUS")) {
				return check;
			}
		}
		throw new AssertionError("no status check in " + report);
	}

	private void awaitTrusted(FakeIssuer candidate) throws Exception {
		String jwt = candidate.issue(UUID.randomUUID(), null);
		for (int i = 0; i < 50; i++) {
			if (!failures(verify(jwt)).contains("UNTRUSTED_ISSUER")) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The trust list was not reloaded");
	}

	@Test
	void trustListReloadedWithoutRestart() throws Exception {
		try (FakeIssuer newcomer = FakeIssuer.started()) {
			String jwt = newcomer.issue(UUID.randomUUID(), null);
			assertThat(failures(verify(jwt))).isEqualTo("UNTRUSTED_ISSUER");
			TrustFile.write(trustFile, TrustFile.entry(issuer.did(), "fake", "Fake Academy"),
					TrustFile.entry(downIssuer.did(), "down", "Offline Academy"),
					TrustFile.entry(newcomer.did(), "newcomer", "New Academy"));
			awaitTrusted(newcomer);
			assertThat(verify(jwt).path("verdict").asString()).isEqualTo("VALID");
		}
	}

	@Test
	void hostileHeadersThenRejectedWithoutContactingAttacker() throws Exception {
		String payload = JSON.writeValueAsString(JSON.valueToTree(issuer.credential(UUID.randomUUID(),
				Instant.now().minusSeconds(60), Instant.now().plusSeconds(600), null)));
		ECKey attackerKey = new ECKeyGenerator(Curve.P_256).generate();
		JWSHeader withKeyUrls = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
			.keyID(attacker.baseUrl() + "/keys/1")
			.jwkURL(java.net.URI.create(attacker.baseUrl() + "/jwks.json"))
			.x509CertURL(java.net.URI.create(attacker.baseUrl() + "/cert.pem"))
			.jwk(attackerKey.toPublicJWK())
			.build();
		JWSObject signed = new JWSObject(withKeyUrls, new Payload(payload));
		signed.sign(JoseCrypto.signer(attackerKey));
		assertThat(verify(signed.serialize()).path("verdict").asString()).isEqualTo("INVALID");

		String none = Base64URL.encode("{\"alg\":\"none\"}") + "." + Base64URL.encode(payload) + ".";
		assertThat(failures(verify(none))).isEqualTo("UNSIGNED");

		JWSObject hmac = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).build(), new Payload(payload));
		hmac.sign(new MACSigner(new byte[32]));
		assertThat(failures(verify(hmac.serialize()))).isEqualTo("ALGORITHM_NOT_ALLOWED");

		JWSObject crit = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
			.criticalParams(java.util.Set.of("x-policy"))
			.customParam("x-policy", 1)
			.build(), new Payload(payload));
		crit.sign(JoseCrypto.signer(attackerKey));
		assertThat(failures(verify(crit.serialize()))).isEqualTo("UNSUPPORTED_CRITICAL_HEADER");

		assertThat(failures(verify("x".repeat(70_000)))).isEqualTo("TOO_LARGE");
		String deep = Base64URL.encode("{\"alg\":\"ES256\"}") + "."
				+ Base64URL.encode("{\"a\":" + "[".repeat(300) + "]".repeat(300) + "}") + ".c2ln";
		assertThat(failures(verify(deep))).isEqualTo("TOO_LARGE");
		assertThat(failures(verify("not.a.jwt"))).isEqualTo("MALFORMED");
		assertThat(attacker.requests()).as("nothing fetched from a host the token names").isZero();
	}

	@Test
	void qrImageWithLinkOrCredentialThenVerified() throws Exception {
		UUID id = UUID.randomUUID();
		String jwt = issuer.issue(id, null);
		JsonNode byLink = upload(TestFiles.qrPng("https://verify.example.org/v/fake/" + id), "qr.png");
		assertThat(byLink.path("verdict").asString()).isEqualTo("VALID");
		assertThat(byLink.path("source").asString()).isEqualTo("QR_IMAGE");
		assertThat(issuer.paths()).contains("/credentials/" + id);

		assertThat(upload(TestFiles.qrPng(jwt), "qr.png").path("verdict").asString()).isEqualTo("VALID");
	}

	@Test
	void linksToUnknownIssuerOrMissingCredentialThenInvalidWithoutForeignRequests() throws Exception {
		UUID id = UUID.randomUUID();
		JsonNode unknownRef = upload(TestFiles.qrPng(attacker.baseUrl() + "/v/evil/" + id), "qr.png");
		assertThat(failures(unknownRef)).isEqualTo("UNTRUSTED_ISSUER");
		JsonNode missing = JSON.readTree(mvc.perform(get("/v/fake/" + id).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(failures(missing)).isEqualTo("CREDENTIAL_NOT_FOUND");
		JsonNode offline = JSON.readTree(mvc.perform(get("/v/down/" + id).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(offline.path("verdict").asString()).isEqualTo("INDETERMINATE");
		assertThat(attacker.requests()).isZero();
	}

	/**
	 * Regression: an unsigned PDF reading "Mallory Forged" with another person's genuine credential
	 * attached was VALID. The document is judged, not only what it carries: not authentic, with the
	 * genuine credential's content shown for comparison.
	 */
	@Test
	void unsignedPdfWithGenuineCredentialThenNotAuthentic() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		JsonNode report = upload(TestFiles.pdf(1, jwt.getBytes(StandardCharsets.US_ASCII), "credential.jwt"),
				"certificate.pdf");
		assertThat(report.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(report.path("source").asString()).isEqualTo("PDF");
		assertThat(failures(report)).isEqualTo("PDF_UNSIGNED");
		assertThat(report.path("credential").path("learnerName").asString()).isNotEmpty();

		String page = mvc.perform(multipart("/")
			.file(new MockMultipartFile("file", "certificate.pdf", "application/pdf",
					TestFiles.pdf(1, jwt.getBytes(StandardCharsets.US_ASCII), "credential.jwt")))
			.accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Not an authentic certificate");
		assertThat(page.indexOf("not digitally signed")).isPositive().isLessThan(page.indexOf("checks-heading"));
	}

	/** Regression: forged variants (broken cross references) of the unsigned PDF were VALID too. */
	@Test
	void unsignedPdfWithBrokenXrefAndGenuineCredentialThenNeverValid() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		byte[] pdf = TestFiles.pdf(1, jwt.getBytes(StandardCharsets.US_ASCII), "credential.jwt");
		byte[] broken = new String(pdf, StandardCharsets.ISO_8859_1).replace("xref", "xrex")
			.getBytes(StandardCharsets.ISO_8859_1);
		MvcResult result = mvc.perform(multipart("/api/v1/verify")
			.file(new MockMultipartFile("file", "forged.pdf", "application/pdf", broken))).andReturn();
		if (result.getResponse().getStatus() == 200) {
			JsonNode report = JSON.readTree(result.getResponse().getContentAsString());
			assertThat(report.path("verdict").asString()).isEqualTo("INVALID");
			assertThat(failures(report)).contains("PDF_UNSIGNED");
		}
		else {
			assertThat(result.getResponse().getStatus()).isEqualTo(422);
		}
	}

	/** Regression: the issuer's own status-list credential verified VALID as if it were a certificate. */
	@Test
	void statusListCredentialPresentedAsCertificateThenInvalid() throws Exception {
		String statusList = issuer.statusListJwt();
		JsonNode report = verify(statusList);
		assertThat(report.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(failures(report)).isEqualTo("TYPE_NOT_ACCEPTED");
	}

	@Test
	void unusableUploadsThenProblems() throws Exception {
		expectUploadProblem(TestFiles.image(300, 300, "png"), "blank.png", 422, "NO_QR_CODE");
		expectUploadProblem("this is not a pdf".getBytes(), "certificate.pdf", 415, "UNSUPPORTED_FILE");
		expectUploadProblem(TestFiles.pdf(1, null, null), "plain.pdf", 422, "NO_CREDENTIAL_IN_PDF");
		expectUploadProblem(TestFiles.pdf(25, "eyJ.x.y".getBytes(), "credential.jwt"), "long.pdf", 413,
				"FILE_TOO_LARGE");
		expectUploadProblem(TestFiles.pdf(1, new byte[300 * 1024], "credential.jwt"), "big-attachment.pdf", 413,
				"FILE_TOO_LARGE");
		expectUploadProblem("%PDF-1.7 truncated garbage".getBytes(), "broken.pdf", 422, "INVALID_PDF");
		expectUploadProblem(TestFiles.pngClaiming(15000, 15000), "huge.png", 413, "FILE_TOO_LARGE");
		// few pixels in all, but rows so long that decoding them would take a gigabyte
		expectUploadProblem(TestFiles.pngClaiming(100_000_000, 1), "thread.png", 413, "FILE_TOO_LARGE");
		MvcResult empty = mvc.perform(multipart("/api/v1/verify")).andReturn();
		assertThat(empty.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void malformedRequestsThenProblems() throws Exception {
		for (String body : new String[] { "{", "[]", "{\"credential\":\"\"}", "{\"other\":1}" }) {
			MvcResult result = mvc.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
			assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
		MvcResult wrongType = mvc.perform(post("/api/v1/verify").contentType(MediaType.TEXT_PLAIN).content("x"))
			.andReturn();
		assertThat(wrongType.getResponse().getStatus()).isEqualTo(415);
	}

	@Test
	void vcApiVerifyThenVerifiedFlagAndStatus() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		MvcResult ok = mvc.perform(post("/credentials/verify").contentType(MediaType.APPLICATION_JSON)
			.content("{\"verifiableCredential\":{\"@context\":\"https://www.w3.org/ns/credentials/v2\","
					+ "\"type\":\"EnvelopedVerifiableCredential\",\"id\":\"data:application/vc+jwt," + jwt + "\"}}"))
			.andReturn();
		assertThat(ok.getResponse().getStatus()).isEqualTo(200);
		assertThat(JSON.readTree(ok.getResponse().getContentAsString()).path("verified").asBoolean()).isTrue();

		MvcResult bad = mvc.perform(post("/credentials/verify").contentType(MediaType.APPLICATION_JSON)
			.content("{\"verifiableCredential\":\"" + jwt.substring(0, jwt.length() - 4) + "AAAA\"}")).andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		JsonNode body = JSON.readTree(bad.getResponse().getContentAsString());
		assertThat(body.path("verified").asBoolean()).isFalse();
		assertThat(body.path("problemDetails").get(0).path("title").asString()).isEqualTo("BAD_SIGNATURE");

		MvcResult garbage = mvc.perform(post("/credentials/verify").contentType(MediaType.APPLICATION_JSON)
			.content("{\"verifiableCredential\":{\"type\":\"Something\"}}")).andReturn();
		assertThat(garbage.getResponse().getStatus()).isEqualTo(400);
	}

	/**
	 * Regression: parts of a request were ignored (unknown options and members, the first of two
	 * credentials, a number read as text), so the answer could be about another request than the one sent.
	 */
	@Test
	void verifyWhenRequestHasUnknownOptionsMembersDuplicatesOrNumbersThen400() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		String[][] requests = { { "/credentials/verify", "{\"verifiableCredential\":\"" + jwt + "\",\"options\":{\"checks\":[]}}" },
				{ "/credentials/verify", "{\"verifiableCredential\":\"" + jwt + "\",\"presentation\":{}}" },
				{ "/credentials/verify", "{\"verifiableCredential\":\"x\",\"verifiableCredential\":\"" + jwt + "\"}" },
				{ "/api/v1/verify", "{\"credential\":123}" },
				{ "/api/v1/verify", "{\"credential\":\"" + jwt + "\",\"strict\":false}" },
				{ "/api/v1/verify", "{\"credential\":\"x\",\"credential\":\"" + jwt + "\"}" } };
		for (String[] request : requests) {
			MvcResult result = mvc.perform(post(request[0]).contentType(MediaType.APPLICATION_JSON).content(request[1])).andReturn();
			assertThat(result.getResponse().getStatus()).as(request[1]).isEqualTo(400);
			assertThat(JSON.readTree(result.getResponse().getContentAsString()).path("code").asString()).as(request[1])
				.isEqualTo("MALFORMED_REQUEST");
		}
		MvcResult empty = mvc.perform(post("/credentials/verify").contentType(MediaType.APPLICATION_JSON)
			.content("{\"verifiableCredential\":\"" + jwt + "\",\"options\":{}}")).andReturn();
		assertThat(empty.getResponse().getStatus()).as("empty options").isEqualTo(200);
	}

	/** Regression: an envelope without, with an empty, or without the v2 base @context verified. */
	@Test
	void vcApiVerifyWhenEnvelopeBreaksItsRulesThenRefusedNotVerified() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		String id = "\"id\":\"data:application/vc+jwt," + jwt + "\"";
		String[][] envelopes = { { "{\"type\":\"EnvelopedVerifiableCredential\"," + id + "}", "vcdm2.envelope.context" },
				{ "{\"@context\":[],\"type\":\"EnvelopedVerifiableCredential\"," + id + "}", "vcdm2.envelope.context" },
				{ "{\"@context\":[\"https://example.org/other\"],\"type\":\"EnvelopedVerifiableCredential\"," + id + "}",
						"vcdm2.envelope.context" },
				{ "{\"@context\":\"https://www.w3.org/ns/credentials/v2\",\"type\":[\"EnvelopedVerifiableCredential\",\"X\"],"
						+ id + "}", "vcdm2.envelope.type" },
				{ "{\"@context\":\"https://www.w3.org/ns/credentials/v2\",\"type\":\"EnvelopedVerifiableCredential\","
						+ "\"id\":\"data:application/json," + jwt + "\"}", "vcdm2.envelope.id" },
				// regression: an unsigned subject beside the signed credential was accepted, verified true
				{ "{\"@context\":\"https://www.w3.org/ns/credentials/v2\",\"type\":\"EnvelopedVerifiableCredential\","
						+ "\"id\":\"data:application/vc+jwt," + jwt + "\",\"credentialSubject\":{\"name\":\"Mallory\"}}",
						"vcdm2.envelope.members" } };
		for (String[] envelope : envelopes) {
			MvcResult result = mvc.perform(post("/credentials/verify").contentType(MediaType.APPLICATION_JSON)
				.content("{\"verifiableCredential\":" + envelope[0] + "}")).andReturn();
			assertThat(result.getResponse().getStatus()).as(envelope[1]).isEqualTo(400);
			assertThat(result.getResponse().getContentAsString()).as(envelope[1]).contains(envelope[1])
				.doesNotContain("\"verified\":true");
			assertThat(JSON.readTree(result.getResponse().getContentAsString()).path("title").asString())
				.as("titles read as the issuer's do").isEqualTo("Malformed request");
		}
	}

	@Test
	void resultPageForBrowsersInEveryLanguage() throws Exception {
		UUID id = UUID.randomUUID();
		issuer.issue(id, null);
		MvcResult english = mvc.perform(get("/v/fake/" + id).accept(MediaType.TEXT_HTML)).andReturn();
		String html = english.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english.getResponse().getContentType()).startsWith("text/html");
		assertThat(html).contains("Amina Yusuf").contains("Valid").contains("lang=\"en\"").contains("dir=\"ltr\"");
		assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(100 * 1024);

		String arabic = mvc.perform(get("/v/fake/" + id).accept(MediaType.TEXT_HTML).header("Accept-Language", "ar"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(arabic).contains("dir=\"rtl\"").contains("lang=\"ar\"").contains("صالحة");
		for (String[] lang : new String[][] { { "fr", "Valide" }, { "es", "Válido" }, { "ru", "Действителен" },
				{ "zh", "有效" } }) {
			String page = mvc.perform(get("/v/fake/" + id + "?lang=" + lang[0]).accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).as(lang[0]).contains(lang[1]).contains("lang=\"" + lang[0] + "\"");
		}
		String home = mvc.perform(get("/").accept(MediaType.TEXT_HTML).header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("验证证书").contains("enctype=\"multipart/form-data\"");
	}

	@Test
	void homeFormWithUploadOrPastedLinkThenResultPage() throws Exception {
		UUID id = UUID.randomUUID();
		issuer.issue(id, null);
		String pasted = mvc.perform(multipart("/").param("text", "https://anywhere.example/v/fake/" + id)
			.accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(pasted).contains("Amina Yusuf").contains("class=\"card verdict VALID\"");
		MvcResult noQr = mvc.perform(multipart("/")
			.file(new MockMultipartFile("file", "x.png", "image/png", TestFiles.image(50, 50, "png")))
			.accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(noQr.getResponse().getStatus()).isEqualTo(422);
		assertThat(noQr.getResponse().getContentAsString()).contains("role=\"alert\"");
		MvcResult notFound = mvc.perform(get("/nope").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(notFound.getResponse().getStatus()).isEqualTo(404);
		assertThat(notFound.getResponse().getContentAsString()).contains("This page does not exist.");
	}

	private JsonNode upload(byte[] file, String name) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", name, "application/octet-stream", file)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private void expectUploadProblem(byte[] file, String name, int status, String code) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", name, "application/pdf", file)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(name + " " + result.getResponse().getContentAsString())
			.isEqualTo(status);
		assertThat(JSON.readTree(result.getResponse().getContentAsString()).path("code").asString()).as(name)
			.isEqualTo(code);
	}

}
