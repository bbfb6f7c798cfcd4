package org.skillcred.issuer.support;

import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.skillcred.core.jose.AlgorithmPolicy;
import org.skillcred.core.status.BitstringStatusCheck;
import org.skillcred.core.status.BitstringStatusList;
import org.skillcred.core.status.StatusListException;
import org.skillcred.core.status.StatusListSource;
import org.skillcred.core.status.StatusListUnavailableException;
import org.skillcred.core.verification.CredentialDecoder;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.DecodedCredential;
import org.skillcred.core.verification.StaticIssuerKeySource;
import org.skillcred.core.verification.TrustedIssuer;
import org.skillcred.core.verification.VerificationPolicy;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls the issuer API the way a partner would, and verifies what it returns with nothing but the
 * published JWKS.
 */
public final class IssuerApi {

	public static final String PARTNER_KEY = "demo-partner-key";

	public static final String ADMIN_KEY = "demo-admin-key";

	public static final String ISSUER_DID = "did:web:localhost%3A8080";

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	public IssuerApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	public MvcResult issue(String apiKey, String body) throws Exception {
		return perform(post("/api/v1/credentials").header("Authorization", "Bearer " + apiKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/**
	 * Calls the admin API with a JSON body.
	 * @param path the path
	 * @param body the JSON body
	 * @return the result
	 * @throws Exception on request failure
	 */
	public MvcResult admin(String path, String body) throws Exception {
		return perform(post(path).header("Authorization", "Bearer " + ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	public static String issueBody(String achievement, String name) {
		return "{\"achievementId\":\"" + achievement + "\",\"recipient\":{\"name\":\"" + name
				+ "\",\"email\":\"learner@example.org\"}}";
	}

	public static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * A verifier that knows the issuer only through its published JWKS, as an outsider would.
	 * @return the engine
	 * @throws Exception on request failure
	 */
	public CredentialVerifier verifierFromPublishedJwks(java.time.Clock clock) throws Exception {
		return verifierFromPublishedJwks(clock, ISSUER_DID, "/.well-known/jwks.json");
	}

	/**
	 * A verifier that trusts one issuer, knowing it only through the JWKS at a path.
	 * @param clock the clock
	 * @param issuerDid the trusted issuer
	 * @param jwksPath where its JWKS is published
	 * @return the engine
	 * @throws Exception on request failure
	 */
	public CredentialVerifier verifierFromPublishedJwks(java.time.Clock clock, String issuerDid, String jwksPath)
			throws Exception {
		return verifierFromPublishedJwks(clock, issuerDid, jwksPath, TrustedIssuer.CERTIFICATE_TYPES);
	}

	/**
	 * A verifier that trusts one issuer for some credential types, knowing it only through the
	 * JWKS at a path.
	 * @param clock the clock
	 * @param issuerDid the trusted issuer
	 * @param jwksPath where its JWKS is published
	 * @param credentialTypes the types it is trusted for
	 * @return the engine
	 * @throws Exception on request failure
	 */
	public CredentialVerifier verifierFromPublishedJwks(java.time.Clock clock, String issuerDid, String jwksPath,
			java.util.Set<String> credentialTypes) throws Exception {
		return verifierFromPublishedJwks(clock, issuerDid, jwksPath, credentialTypes, List.of("ES256", "EdDSA"));
	}

	/**
	 * A verifier that trusts one issuer for some credential types and algorithms, knowing it only
	 * through the JWKS at a path.
	 * @param clock the clock
	 * @param issuerDid the trusted issuer
	 * @param jwksPath where its JWKS is published
	 * @param credentialTypes the types it is trusted for
	 * @param algorithmNames the algorithms it may sign with
	 * @return the engine
	 * @throws Exception on request failure
	 */
	public CredentialVerifier verifierFromPublishedJwks(java.time.Clock clock, String issuerDid, String jwksPath,
			java.util.Set<String> credentialTypes, List<String> algorithmNames) throws Exception {
		String jwks = perform(get(jwksPath)).getResponse().getContentAsString();
		List<JWK> keys = JWKSet.parse(jwks).getKeys();
		AlgorithmPolicy algorithms = AlgorithmPolicy.of(algorithmNames);
		StaticIssuerKeySource keySource = StaticIssuerKeySource
			.of(new TrustedIssuer(issuerDid, "Trusted issuer", algorithms, credentialTypes), keys);
		VerificationPolicy policy = VerificationPolicy.defaults().withAlgorithms(algorithms);
		CredentialVerifier listVerifier = new CredentialVerifier(policy.withStatusCheckRequired(false),
				org.skillcred.core.verification.IssuerKeySource.trustedFor(keySource,
						java.util.Set.of("BitstringStatusListCredential")),
				clock, null);
		return new CredentialVerifier(policy, keySource, clock,
				new BitstringStatusCheck(publishedStatusLists(listVerifier, policy)));
	}

	/**
	 * Reads the issuer's published status lists as a verifier would: verify the list credential's
	 * signature, then decode its bitstring.
	 */
	private StatusListSource publishedStatusLists(CredentialVerifier listVerifier, VerificationPolicy policy) {
		CredentialDecoder decoder = new CredentialDecoder(policy);
		return (url, purpose, issuerId) -> {
			try {
				String jwt = perform(get(java.net.URI.create(url).getPath())).getResponse().getContentAsString();
				DecodedCredential decoded = decoder.decode(jwt);
				if (listVerifier.verify(decoded).verdict() != org.skillcred.core.verification.Verdict.VALID) {
					throw new StatusListUnavailableException("list does not verify");
				}
				JsonNode subject = decoded.credential().path("credentialSubject");
				if (!purpose.equals(subject.path("statusPurpose").asString())) {
					throw new StatusListException("wrong purpose");
				}
				return BitstringStatusList.decode(subject.path("encodedList").asString(), 1 << 20);
			}
			catch (StatusListException | StatusListUnavailableException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new StatusListUnavailableException("fetch failed", ex);
			}
		};
	}

}
