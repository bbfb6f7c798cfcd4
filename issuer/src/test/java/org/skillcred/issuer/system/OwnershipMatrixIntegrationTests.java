package org.skillcred.issuer.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what: every endpoint that leads to a signature or a state change, called by each
 * kind of caller. Partner A owns the credential and the achievement; partner B is another partner
 * on the same platform; the learner holds the credential's learner link. A refused call changes
 * nothing: the credential keeps its state.
 */
@IssuerIntegrationTest
class OwnershipMatrixIntegrationTests extends IssuerApiTests {

	private static final String ADMIN_KEY = IssuerApi.ADMIN_KEY;

	enum Caller {

		ANONYMOUS, WRONG_KEY, PARTNER_A, PARTNER_B, ADMIN, LEARNER_LINK

	}

	/** What a call needs: A's fresh credential, its learner token, B's key, a throwaway partner. */
	record Fixture(String credentialId, String learnerToken, String partnerBKey, String throwawayPartnerId,
			String achievementUrl) {
	}

	/**
	 * One endpoint, and the statuses each caller must get.
	 */
	record Endpoint(String name, Function<Fixture, MockHttpServletRequestBuilder> request, Set<Integer> owner,
			Set<Integer> otherPartner, Set<Integer> admin, boolean changesCredential) {
	}

	private static final Set<Integer> OK = Set.of(200, 201, 202);

	private static final Set<Integer> ADMIN_ONLY = Set.of(403);

	private static String partnerBKey;

	private static Endpoint json(String name, String path, Function<Fixture, String> body, Set<Integer> owner,
			Set<Integer> other, Set<Integer> admin, boolean changesCredential) {
		return new Endpoint(name, f -> post(path.replace("{id}", f.credentialId())
			.replace("{partner}", f.throwawayPartnerId())).contentType(MediaType.APPLICATION_JSON).content(body.apply(f)),
				owner, other, admin, changesCredential);
	}

	static Stream<Arguments> matrix() {
		List<Endpoint> endpoints = List.of(
				json("issue", "/api/v1/credentials", f -> IssuerApi.issueBody("genai-foundations", "Ana"), OK,
						Set.of(422), ADMIN_ONLY, false),
				json("vc-api issue", "/credentials/issue", f -> "{\"credential\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
						+ "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],\"type\":[\"VerifiableCredential\","
						+ "\"OpenBadgeCredential\"],\"issuer\":\"" + IssuerApi.ISSUER_DID + "\",\"credentialSubject\":{\"name\":\"Ana\","
						+ "\"achievement\":{\"id\":\"" + f.achievementUrl() + "\"}}}}", OK, Set.of(422), ADMIN_ONLY, false),
				new Endpoint("batch", f -> post("/api/v1/batches").param("allOrNothing", "true")
					.contentType("text/csv")
					.content("externalId,name,achievementId\nm-1,Ana,genai-foundations\n"), OK, Set.of(422), ADMIN_ONLY,
						false),
				json("revoke", "/api/v1/credentials/{id}/revoke", f -> "{\"reason\":\"matrix\"}", OK, Set.of(404), OK, true),
				json("suspend", "/api/v1/credentials/{id}/suspend", f -> "{}", OK, Set.of(404), OK, true),
				json("reinstate", "/api/v1/credentials/{id}/reinstate", f -> "{}", OK, Set.of(404), OK, false),
				json("renew", "/api/v1/credentials/{id}/renew", f -> "{\"revokePrevious\":true}", OK, Set.of(404), OK, true),
				json("learner-link", "/api/v1/credentials/{id}/learner-link", f -> "{}", OK, Set.of(404), OK, false),
				new Endpoint("signed pdf", f -> get("/api/v1/credentials/" + f.credentialId() + "/pdf"), OK, Set.of(404), OK,
						false),
				json("create partner", "/api/v1/admin/partners", f -> "{\"name\":\"Matrix " + System.nanoTime() + "\"}",
						ADMIN_ONLY, ADMIN_ONLY, OK, false),
				json("add api key", "/api/v1/admin/partners/{partner}/api-keys", f -> "{}", ADMIN_ONLY, ADMIN_ONLY, OK, false),
				json("define achievement", "/api/v1/admin/partners/{partner}/achievements",
						f -> "{\"slug\":\"m-" + System.nanoTime() + "\",\"name\":\"M\",\"description\":\"d\",\"criteriaNarrative\":\"c\"}",
						ADMIN_ONLY, ADMIN_ONLY, OK, false),
				json("disable partner", "/api/v1/admin/partners/{partner}/disable", f -> "{}", ADMIN_ONLY, ADMIN_ONLY, OK,
						false),
				json("compromise key", "/api/v1/admin/keys/compromise",
						f -> "{\"kid\":\"did:web:nobody#none\",\"reason\":\"matrix\"}", ADMIN_ONLY, ADMIN_ONLY, Set.of(404, 422),
						false),
				json("reissue", "/api/v1/admin/credentials/reissue", f -> "{\"kid\":\"did:web:nobody#none\"}", ADMIN_ONLY,
						ADMIN_ONLY, Set.of(200, 404, 422), false));
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			for (Caller caller : Caller.values()) {
				cases.add(Arguments.of(endpoint.name(), caller, endpoint));
			}
		}
		return cases.stream();
	}

	@BeforeEach
	void partnerB() throws Exception {
		if (partnerBKey == null) {
			partnerBKey = IssuerApi.json(api.admin("/api/v1/admin/partners", "{\"name\":\"Partner B\",\"slug\":\"partner-b-matrix\"}"))
				.path("apiKey")
				.asString();
		}
	}

	private Fixture fixture() throws Exception {
		JsonNode issued = IssuerApi.json(api.issue(IssuerApi.PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Owner Case")));
		String learner = issued.path("links").path("learner").asString();
		String throwaway = IssuerApi.json(api.admin("/api/v1/admin/partners", "{\"name\":\"Throwaway " + System.nanoTime() + "\"}"))
			.path("id")
			.asString();
		String achievementUrl = null;
		for (JsonNode a : IssuerApi.json(api.perform(get("/api/v1/achievements").header("Authorization",
				"Bearer " + IssuerApi.PARTNER_KEY)))) {
			if (a.path("slug").asString().equals("genai-foundations")) {
				achievementUrl = "http://localhost:8080/achievements/" + a.path("id").asString();
			}
		}
		return new Fixture(issued.path("id").asString(), learner.substring(learner.lastIndexOf('/') + 1), partnerBKey,
				throwaway, achievementUrl);
	}

	@ParameterizedTest(name = "{0} by {1}")
	@MethodSource("matrix")
	void callWhenCallerThenOnlyOwnersAndAdminsMayAct(String name, Caller caller, Endpoint endpoint) throws Exception {
		Fixture fixture = fixture();
		// each caller calls from an address of its own, as distinct clients do (limits are per address)
		String address = "198.18." + (name.hashCode() & 0xFF) + "." + caller.ordinal();
		MockHttpServletRequestBuilder request = endpoint.request().apply(fixture).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		String key = switch (caller) {
			case ANONYMOUS -> null;
			case WRONG_KEY -> "not-a-key";
			case PARTNER_A -> IssuerApi.PARTNER_KEY;
			case PARTNER_B -> fixture.partnerBKey();
			case ADMIN -> ADMIN_KEY;
			case LEARNER_LINK -> fixture.learnerToken();
		};
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		Set<Integer> expected = switch (caller) {
			case ANONYMOUS, WRONG_KEY, LEARNER_LINK -> Set.of(401);
			case PARTNER_A -> endpoint.owner();
			case PARTNER_B -> endpoint.otherPartner();
			case ADMIN -> endpoint.admin();
		};

		MvcResult result = api.perform(request);

		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(expected);
		if (result.getResponse().getStatus() >= 400) {
			assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			if (endpoint.changesCredential()) {
				JsonNode credential = IssuerApi.json(api.perform(get("/api/v1/credentials/" + fixture.credentialId())
					.header("Authorization", "Bearer " + IssuerApi.PARTNER_KEY)));
				assertThat(credential.path("state").asString()).as("a refused call changes nothing").isEqualTo("ISSUED");
			}
		}
	}

}
