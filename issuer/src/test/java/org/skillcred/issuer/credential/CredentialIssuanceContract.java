package org.skillcred.issuer.credential;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;
import org.skillcred.core.jose.JoseCrypto;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.ReasonCode;
import org.skillcred.core.verification.VerificationReport;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillcred.issuer.support.IssuerApi.PARTNER_KEY;
import static org.skillcred.issuer.support.IssuerApi.issueBody;
import static org.skillcred.issuer.support.IssuerApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issuing through the partner API, and verifying the result from the published JWKS alone. Run
 * against H2 and PostgreSQL by the subclasses.
 */
abstract class CredentialIssuanceContract extends IssuerApiTests {

	private String issue(String achievement, String name) throws Exception {
		MvcResult result = api.issue(PARTNER_KEY, issueBody(achievement, name));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return json(result).path("credential").asString();
	}

	@Test
	void issueWhenVcJwtAchievementThenVerifiesFromJwksAlone() throws Exception {
		MvcResult result = api.issue(PARTNER_KEY, issueBody("genai-foundations", "Amina Yusuf"));

		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		JsonNode body = json(result);
		String id = body.path("id").asString();
		assertThat(body.path("links").path("credential").asString()).isEqualTo("http://localhost:8080/credentials/" + id);
		assertThat(body.path("links").path("verify").asString()).isEqualTo("http://localhost:8081/v/skillcred/" + id);
		VerificationReport report = api.verifierFromPublishedJwks(clock).verify(body.path("credential").asString());
		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.profile()).isEqualTo(JwtProfile.VC_JWT);
		assertThat(report.credential().learnerName()).isEqualTo("Amina Yusuf");
		assertThat(report.credential().id()).isEqualTo("urn:uuid:" + id);
		JWSObject jws = JWSObject.parse(body.path("credential").asString());
		assertThat(jws.getHeader().getType()).isEqualTo(new JOSEObjectType("vc+jwt"));
		assertThat(jws.getHeader().getContentType()).isEqualTo("vc");
		assertThat(jws.getHeader().getKeyID()).startsWith(IssuerApi.ISSUER_DID + "#");
	}

	@Test
	void issueWhenOb3AchievementThenOb3JwtWithDefaultValidity() throws Exception {
		String jwt = issue("ai-practitioner-advanced", "王小明");
		JWSObject jws = JWSObject.parse(jwt);
		JsonNode payload = IssuerApi.JSON.readTree(jws.getPayload().toString());

		assertThat(jws.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
		assertThat(payload.path("iss").asString()).isEqualTo(IssuerApi.ISSUER_DID);
		assertThat(payload.path("exp").asLong() - payload.path("nbf").asLong()).isBetween(2 * 365 * 86400L,
				2 * 366 * 86400L);
		assertThat(payload.path("credentialSubject").path("name").asString()).isEqualTo("王小明");
		JsonNode achievement = payload.path("credentialSubject").path("achievement");
		assertThat(achievement.path("alignment").size()).isEqualTo(2);
		String achievementPath = achievement.path("id").asString().replace("http://localhost:8080", "");
		JsonNode published = json(api.perform(get(achievementPath)));
		assertThat(published.path("name").asString()).isEqualTo(achievement.path("name").asString());
		assertThat(published.path("criteria")).isEqualTo(achievement.path("criteria"));
		assertThat(api.verifierFromPublishedJwks(clock).verify(jwt).verdict()).isEqualTo(Verdict.VALID);
	}

	@Test
	void issuedCredentialWhenTamperedResignedUnsignedOrRetypedThenRejectedWithCodes() throws Exception {
		String jwt = issue("genai-foundations", "Amina Yusuf");
		CredentialVerifier verifier = api.verifierFromPublishedJwks(clock);
		String[] parts = jwt.split("\\.");
		JWSObject original = JWSObject.parse(jwt);
		String payload = original.getPayload().toString();

		String tampered = parts[0] + "." + b64(payload.replace("Amina Yusuf", "Mallory")) + "." + parts[2];
		assertThat(verifier.verify(tampered).failureCodes()).containsExactly(ReasonCode.BAD_SIGNATURE);

		ECKey attacker = new ECKeyGenerator(Curve.P_256).keyID(original.getHeader().getKeyID()).generate();
		assertThat(verifier.verify(sign(original.getHeader(), payload, attacker)).failureCodes())
			.containsExactly(ReasonCode.BAD_SIGNATURE);

		String unsigned = b64("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}") + "." + parts[1] + ".";
		assertThat(verifier.verify(unsigned).failureCodes()).containsExactly(ReasonCode.UNSIGNED);

		JWSHeader retyped = new JWSHeader.Builder(original.getHeader()).type(new JOSEObjectType("vp+jwt")).build();
		assertThat(verifier.verify(sign(retyped, payload, attacker)).failureCodes())
			.containsExactly(ReasonCode.WRONG_TYPE);
	}

	@Test
	void issueWhenSameIdempotencyKeyThenSameCredentialEvenConcurrently() throws Exception {
		String body = issueBody("genai-foundations", "Kwame Mensah");
		int before = credentialCount();
		List<Callable<MvcResult>> calls = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			calls.add(() -> api.perform(post("/api/v1/credentials").header("Authorization", "Bearer " + PARTNER_KEY)
				.header("Idempotency-Key", "retry-kwame-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		Set<String> ids = new HashSet<>();
		try {
			for (Future<MvcResult> f : pool.invokeAll(calls)) {
				assertThat(f.get().getResponse().getStatus()).isEqualTo(201);
				ids.add(json(f.get()).path("id").asString());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(ids).hasSize(1);
		assertThat(credentialCount()).isEqualTo(before + 1);

		MvcResult reused = api.perform(post("/api/v1/credentials").header("Authorization", "Bearer " + PARTNER_KEY)
			.header("Idempotency-Key", "retry-kwame-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(issueBody("genai-foundations", "Someone Else")));
		assertThat(reused.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(reused).path("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(credentialCount()).isEqualTo(before + 1);
	}

	@Test
	void getAndListWhenOwnCredentialsThenShownWithState() throws Exception {
		MvcResult issued = api.issue(PARTNER_KEY, issueBody("public-sector-ai-governance", "Nadia Haddad"));
		String id = json(issued).path("id").asString();

		JsonNode one = json(api.perform(get("/api/v1/credentials/" + id).header("Authorization", "Bearer " + PARTNER_KEY)));
		assertThat(one.path("state").asString()).isEqualTo("ISSUED");
		assertThat(one.path("recipient").path("name").asString()).isEqualTo("Nadia Haddad");
		assertThat(one.path("kid").asString()).startsWith(IssuerApi.ISSUER_DID + "#");

		JsonNode page = json(api.perform(get("/api/v1/credentials?page=0&size=2").header("Authorization",
				"Bearer " + PARTNER_KEY)));
		assertThat(page.path("items").size()).isBetween(1, 2);
		assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(1);

		MvcResult publicJwt = api.perform(get("/credentials/" + id));
		assertThat(publicJwt.getResponse().getContentType()).isEqualTo("application/vc+jwt");
		assertThat(publicJwt.getResponse().getContentAsString()).isEqualTo(json(issued).path("credential").asString());
	}

	@Test
	void issuedCredentialWhenClockPassesValidUntilThenExpired() throws Exception {
		String until = clock.instant().plus(Duration.ofDays(30)).toString();
		MvcResult result = api.issue(PARTNER_KEY, "{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":"
				+ "\"Ana Souza\"},\"validUntil\":\"" + until + "\",\"language\":\"fr\"}");
		String jwt = json(result).path("credential").asString();
		CredentialVerifier verifier = api.verifierFromPublishedJwks(clock);
		assertThat(verifier.verify(jwt).verdict()).isEqualTo(Verdict.VALID);

		clock.advance(Duration.ofDays(31));

		assertThat(verifier.verify(jwt).failureCodes()).containsExactly(ReasonCode.EXPIRED);
		assertThat(Instant.parse(until)).isBefore(clock.instant());
	}

	private static String b64(String json) {
		return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String sign(JWSHeader header, String payload, ECKey key) throws Exception {
		JWSObject jws = new JWSObject(new JWSHeader.Builder(header).build(), new Payload(payload));
		jws.sign(JoseCrypto.signer(key));
		return jws.serialize();
	}

}
