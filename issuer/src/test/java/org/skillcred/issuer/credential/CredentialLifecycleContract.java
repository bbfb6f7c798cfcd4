package org.skillcred.issuer.credential;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import com.nimbusds.jose.JWSObject;
import org.junit.jupiter.api.Test;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.ReasonCode;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillcred.issuer.support.IssuerApi.PARTNER_KEY;
import static org.skillcred.issuer.support.IssuerApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Revocation, suspension and reinstatement, seen by a verifier through the published status
 * lists; run on H2 and PostgreSQL by the subclasses.
 */
abstract class CredentialLifecycleContract extends IssuerApiTests {

	private JsonNode issueOne() throws Exception {
		MvcResult result = api.issue(PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Lifecycle Learner"));
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		return json(result);
	}

	private MvcResult change(String key, String id, String action, String body) throws Exception {
		return api.perform(post("/api/v1/credentials/" + id + "/" + action).header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void revokeSuspendReinstateThenVerifierSeesEachState() throws Exception {
		JsonNode issued = issueOne();
		String id = issued.path("id").asString();
		String jwt = issued.path("credential").asString();
		CredentialVerifier verifier = api.verifierFromPublishedJwks(clock);
		assertThat(verifier.verify(jwt).verdict()).isEqualTo(Verdict.VALID);

		MvcResult suspended = change(PARTNER_KEY, id, "suspend", "{\"reason\":\"Investigation\"}");
		assertThat(suspended.getResponse().getStatus()).isEqualTo(200);
		assertThat(json(suspended).path("state").asString()).isEqualTo("SUSPENDED");
		assertThat(verifier.verify(jwt).failureCodes()).containsExactly(ReasonCode.SUSPENDED);

		assertThat(json(change(PARTNER_KEY, id, "reinstate", "{}")).path("state").asString()).isEqualTo("ISSUED");
		assertThat(verifier.verify(jwt).verdict()).isEqualTo(Verdict.VALID);

		MvcResult revoked = change(PARTNER_KEY, id, "revoke", "{\"reason\":\"Exam fraud\"}");
		assertThat(json(revoked).path("state").asString()).isEqualTo("REVOKED");
		assertThat(json(revoked).path("stateReason").asString()).isEqualTo("Exam fraud");
		assertThat(verifier.verify(jwt).failureCodes()).containsExactly(ReasonCode.REVOKED);
		JsonNode shown = json(api.perform(get("/api/v1/credentials/" + id).header("Authorization", "Bearer " + PARTNER_KEY)));
		assertThat(shown.path("state").asString()).isEqualTo("REVOKED");
	}

	@Test
	void repeatedAndIllegalChangesThenIdempotentOr409() throws Exception {
		String id = issueOne().path("id").asString();
		assertThat(change(PARTNER_KEY, id, "revoke", "{\"reason\":\"Error\"}").getResponse().getStatus()).isEqualTo(200);
		assertThat(change(PARTNER_KEY, id, "revoke", "{\"reason\":\"Error again\"}").getResponse().getStatus())
			.isEqualTo(200);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where subject_id = ? and action = 'CREDENTIAL_REVOKED'", Integer.class,
				id))
			.as("revoking twice logs once")
			.isEqualTo(1);
		MvcResult reinstate = change(PARTNER_KEY, id, "reinstate", "{}");
		assertThat(reinstate.getResponse().getStatus()).isEqualTo(409);
		assertThat(json(reinstate).path("code").asString()).isEqualTo("CREDENTIAL_REVOKED");
		assertThat(change(PARTNER_KEY, id, "suspend", "{}").getResponse().getStatus()).isEqualTo(409);
		assertThat(change(PARTNER_KEY, issueOne().path("id").asString(), "revoke", "{}").getResponse().getStatus())
			.as("a revocation needs a reason")
			.isEqualTo(422);
		assertThat(change(PARTNER_KEY, "00000000-0000-0000-0000-000000000000", "revoke", "{\"reason\":\"x\"}")
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void otherPartnerCannotTouchButAdminCan() throws Exception {
		String id = issueOne().path("id").asString();
		String otherKey = json(api.perform(post("/api/v1/admin/partners").header("Authorization", "Bearer " + IssuerApi.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Other Org " + System.nanoTime() + "\"}"))).path("apiKey").asString();

		assertThat(change(otherKey, id, "revoke", "{\"reason\":\"hostile\"}").getResponse().getStatus()).isEqualTo(404);
		assertThat(change(otherKey, id, "suspend", "{}").getResponse().getStatus()).isEqualTo(404);
		assertThat(json(api.perform(get("/api/v1/audit").header("Authorization", "Bearer " + otherKey))).toString())
			.doesNotContain(id);
		assertThat(json(api.perform(get("/api/v1/audit").header("Authorization", "Bearer " + PARTNER_KEY))).toString())
			.contains(id);

		MvcResult byAdmin = change(IssuerApi.ADMIN_KEY, id, "suspend", "{\"reason\":\"Complaint received\"}");
		assertThat(json(byAdmin).path("state").asString()).isEqualTo("SUSPENDED");
		assertThat(json(api.perform(get("/api/v1/admin/audit").header("Authorization", "Bearer " + IssuerApi.ADMIN_KEY)))
			.toString()).contains("\"actor\":\"admin\"").contains("CREDENTIAL_SUSPENDED");
	}

	@Test
	void concurrentRevokeAndSuspendThenNoLostUpdate() throws Exception {
		for (int round = 0; round < 3; round++) {
			String id = issueOne().path("id").asString();
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				calls.add(() -> change(PARTNER_KEY, id, "revoke", "{\"reason\":\"r\"}").getResponse().getStatus());
				calls.add(() -> change(PARTNER_KEY, id, "suspend", "{\"reason\":\"s\"}").getResponse().getStatus());
			}
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				for (Future<Integer> f : pool.invokeAll(calls)) {
					assertThat(f.get()).isIn(200, 409);
				}
			}
			finally {
				pool.shutdown();
			}
			JsonNode shown = json(api.perform(get("/api/v1/credentials/" + id).header("Authorization", "Bearer " + PARTNER_KEY)));
			assertThat(shown.path("state").asString()).as("revocation is never lost").isEqualTo("REVOKED");
			assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ? and action = 'CREDENTIAL_REVOKED'",
					Integer.class, id)).isEqualTo(1);
		}
	}

	@Test
	void publishedListsDecodeWithPlainJdkAndHonourHttpCaching() throws Exception {
		JsonNode issued = issueOne();
		String id = issued.path("id").asString();
		JsonNode entry = IssuerApi.JSON.readTree(JWSObject.parse(issued.path("credential").asString()).getPayload().toString())
			.path("credentialStatus");
		// one status object (Open Badges 3.0 allows no more): two bits, valid / revoked / suspended
		assertThat(entry.isObject()).isTrue();
		assertThat(entry.path("statusPurpose").asString()).isEqualTo("message");
		assertThat(entry.path("statusSize").asInt()).isEqualTo(2);
		assertThat(entry.path("statusMessage").size()).isEqualTo(4);
		int index = Integer.parseInt(entry.path("statusListIndex").asString());
		String listPath = java.net.URI.create(entry.path("statusListCredential").asString()).getPath();
		change(PARTNER_KEY, id, "revoke", "{\"reason\":\"Wrongly issued\"}");

		MvcResult list = api.perform(get(listPath));
		assertThat(list.getResponse().getContentType()).isEqualTo("application/vc+jwt");
		assertThat(list.getResponse().getHeader("Cache-Control")).contains("max-age").contains("public");
		String etag = list.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(api.perform(get(listPath).header("If-None-Match", etag)).getResponse().getStatus()).isEqualTo(304);

		// signed with a validity window verifiers may rely on through an outage, and signed again
		// once half of it has passed, so no cached list runs out
		JsonNode signed = IssuerApi.JSON.readTree(JWSObject.parse(list.getResponse().getContentAsString()).getPayload().toString());
		java.time.Instant validFrom = java.time.Instant.parse(signed.path("validFrom").asString());
		assertThat(java.time.Duration.between(validFrom, java.time.Instant.parse(signed.path("validUntil").asString())))
			.isEqualTo(java.time.Duration.ofHours(48));
		clock.advance(java.time.Duration.ofHours(25));
		MvcResult later = api.perform(get(listPath).header("If-None-Match", etag));
		assertThat(later.getResponse().getStatus()).as("a list past half its validity is new").isEqualTo(200);
		JsonNode resigned = IssuerApi.JSON.readTree(JWSObject.parse(later.getResponse().getContentAsString()).getPayload().toString());
		assertThat(java.time.Instant.parse(resigned.path("validUntil").asString()))
			.isAfter(java.time.Instant.parse(signed.path("validUntil").asString()).plus(java.time.Duration.ofHours(24)));
		assertThat(resigned.path("credentialSubject").path("encodedList").asString())
			.isEqualTo(signed.path("credentialSubject").path("encodedList").asString());

		// an independent decoder: JDK Base64 and GZIP, bit 0 = most significant bit of byte 0
		JsonNode subject = IssuerApi.JSON.readTree(JWSObject.parse(list.getResponse().getContentAsString()).getPayload().toString())
			.path("credentialSubject");
		assertThat(subject.path("statusPurpose").asString()).isEqualTo("message");
		byte[] bits = decodeList(subject);
		assertThat(bits.length).isGreaterThanOrEqualTo(2 * 16_384);
		// entry i is bits 2i and 2i+1, the left-most bit first: revoked is 0b01
		assertThat(twoBits(bits, index)).isEqualTo(1);
		assertThat(twoBits(bits, (index + 1) % (bits.length * 4))).isZero();

		// the one-bit lists that credentials issued before the message entry refer to stay published
		JsonNode revocations = listSubject(listPath.replace("/message", "/revocation"));
		assertThat(revocations.path("statusPurpose").asString()).isEqualTo("revocation");
		byte[] revoked = decodeList(revocations);
		assertThat((revoked[index / 8] >> (7 - index % 8)) & 1).isEqualTo(1);
		assertThat(((decodeList(listSubject(listPath.replace("/message", "/suspension")))[index / 8]) >> (7 - index % 8))
				& 1).isZero();

		// the Token Status List view of the same state: ZLIB, 2 bits, least significant first
		MvcResult token = api.perform(get(listPath.replace("/message", "/token")));
		assertThat(token.getResponse().getContentType()).isEqualTo("application/statuslist+jwt");
		JWSObject tokenJws = JWSObject.parse(token.getResponse().getContentAsString());
		assertThat(tokenJws.getHeader().getType().getType()).isEqualTo("statuslist+jwt");
		JsonNode claims = IssuerApi.JSON.readTree(tokenJws.getPayload().toString());
		assertThat(claims.path("sub").asString()).endsWith(listPath.replace("/message", "/token"));
		assertThat(claims.path("status_list").path("bits").asInt()).isEqualTo(2);
		assertThat(claims.path("ttl").asLong()).isPositive();
		byte[] statuses = new InflaterInputStream(
				new ByteArrayInputStream(Base64.getUrlDecoder().decode(claims.path("status_list").path("lst").asString())))
			.readAllBytes();
		assertThat((statuses[index * 2 / 8] >> (index * 2 % 8)) & 0b11).as("INVALID").isEqualTo(1);
	}

	private JsonNode listSubject(String path) throws Exception {
		return IssuerApi.JSON.readTree(JWSObject.parse(api.perform(get(path)).getResponse().getContentAsString())
			.getPayload()
			.toString()).path("credentialSubject");
	}

	/** An independent decoder: JDK Base64 and GZIP. */
	private static byte[] decodeList(JsonNode subject) throws java.io.IOException {
		String encoded = subject.path("encodedList").asString();
		assertThat(encoded).startsWith("u");
		return new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
			.readAllBytes();
	}

	private static int twoBits(byte[] bits, int index) {
		int first = index * 2;
		return (((bits[first / 8] >> (7 - first % 8)) & 1) << 1) | ((bits[(first + 1) / 8] >> (7 - (first + 1) % 8)) & 1);
	}

}
