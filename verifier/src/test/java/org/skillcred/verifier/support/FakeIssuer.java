package org.skillcred.verifier.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.skillcred.core.credential.Achievement;
import org.skillcred.core.credential.AchievementSubject;
import org.skillcred.core.credential.Criteria;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.credential.IssuerProfile;
import org.skillcred.core.credential.OpenBadgeCredential;
import org.skillcred.core.credential.StatusEntry;
import org.skillcred.core.did.DidDocument;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.jose.JwtProfile;
import org.skillcred.core.jose.KeyIds;
import org.skillcred.core.status.BitstringStatusList;

/**
 * A stand-in issuer on a random loopback port: it signs credentials with its own keys and serves
 * its DID document, credentials and status lists, and can be switched off or made to rotate keys.
 * Counts every request, so tests can prove what the verifier fetched.
 */
public final class FakeIssuer implements AutoCloseable {

	private final HttpServer server;

	private final String did;

	private final List<JWK> keys = new CopyOnWriteArrayList<>();

	private volatile JWK active;

	private final Map<String, String> credentials = new ConcurrentHashMap<>();

	private volatile BitstringStatusList revocations = BitstringStatusList.empty(131_072);

	private volatile BitstringStatusList suspensions = BitstringStatusList.empty(131_072);

	private volatile boolean up = true;

	private volatile JWK statusListKey;

	private volatile java.time.Duration statusListValidity = java.time.Duration.ofDays(2);

	private final AtomicInteger requests = new AtomicInteger();

	private final List<String> paths = new CopyOnWriteArrayList<>();

	/**
	 * Starts a fake issuer, for static fields of test classes.
	 * @return the running issuer
	 */
	public static FakeIssuer started() {
		try {
			return new FakeIssuer();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	public FakeIssuer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		did = "did:web:localhost%3A" + server.getAddress().getPort();
		rotateKey();
		statusListKey = active;
		server.createContext("/", this::handle);
		server.start();
	}

	public String did() {
		return did;
	}

	public String baseUrl() {
		return "http://localhost:" + server.getAddress().getPort();
	}

	/** Adds a new active key; older keys stay published. */
	public ECKey rotateKey() {
		try {
			ECKey key = new ECKeyGenerator(Curve.P_256).generate();
			ECKey withKid = new ECKey.Builder(key).keyID(KeyIds.didUrl(did, key)).build();
			keys.add(withKid);
			active = withKid;
			return withKid;
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Adds a new active RSA key (RS256); older keys stay published.
	 * @return the key
	 */
	public RSAKey rotateToRsaKey() {
		try {
			RSAKey key = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).generate();
			RSAKey withKid = new RSAKey.Builder(key).keyID(KeyIds.didUrl(did, key)).build();
			keys.add(withKid);
			active = withKid;
			statusListKey = withKid;
			return withKid;
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void setUp(boolean up) {
		this.up = up;
	}

	public int requests() {
		return requests.get();
	}

	public List<String> paths() {
		return List.copyOf(paths);
	}

	public void revoke(long index) {
		revocations = revocations.with(index, true);
	}

	public void suspend(long index, boolean suspended) {
		suspensions = suspensions.with(index, suspended);
	}

	/**
	 * How long the status lists it signs from now on are valid ({@code validUntil}), which bounds
	 * how long a verifier may keep using them through an outage.
	 * @param validity the validity
	 */
	public void statusListValidity(java.time.Duration validity) {
		this.statusListValidity = validity;
	}

	/** Makes the status lists be signed by a key the issuer does not publish. */
	public void forgeStatusLists() {
		try {
			ECKey rogue = new ECKeyGenerator(Curve.P_256).generate();
			statusListKey = new ECKey.Builder(rogue).keyID(active.getKeyID()).build();
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public OpenBadgeCredential credential(UUID id, Instant from, Instant until, Long statusIndex) {
		AchievementSubject subject = new AchievementSubject("urn:uuid:" + UUID.randomUUID(),
				List.of("AchievementSubject"), "Amina Yusuf", List.of(),
				new Achievement(baseUrl() + "/achievements/genai", List.of("Achievement"), "Generative AI Foundations",
						"A course.", new Criteria(null, "Pass the exam."), "Certificate", null, List.of(), "en"));
		OpenBadgeCredential.Builder builder = OpenBadgeCredential.builder()
			.id(id)
			.issuer(IssuerProfile.of(did, "Fake Academy", null))
			.validFrom(from)
			.validUntil(until)
			.subject(subject);
		if (statusIndex != null) {
			builder.status(StatusEntry.bitstring(baseUrl() + "/status/revocation", "revocation", statusIndex));
			builder.status(StatusEntry.bitstring(baseUrl() + "/status/suspension", "suspension", statusIndex));
		}
		return builder.build();
	}

	/** Signs and publishes a credential at {@code /credentials/<id>}. */
	public String issue(OpenBadgeCredential credential) {
		String jwt = sign(credential, active);
		credentials.put(credential.id().substring("urn:uuid:".length()), jwt);
		return jwt;
	}

	public String sign(OpenBadgeCredential credential, JWK key) {
		return new CredentialSigner(key, key.getKeyID()).sign(credential, JwtProfile.VC_JWT);
	}

	public String issue(UUID id, Long statusIndex) {
		return issue(credential(id, Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86400), statusIndex));
	}

	private void handle(HttpExchange exchange) throws IOException {
		requests.incrementAndGet();
		String path = exchange.getRequestURI().getPath();
		paths.add(path);
		if (!up) {
			respond(exchange, 503, "text/plain", "down");
			return;
		}
		if (path.equals("/.well-known/did.json")) {
			respond(exchange, 200, "application/did+ld+json",
					CredentialJson.defaults().write(DidDocument.of(did, new ArrayList<>(keys))));
		}
		else if (path.startsWith("/credentials/") && credentials.containsKey(path.substring(13))) {
			respond(exchange, 200, "application/vc+jwt", credentials.get(path.substring(13)));
		}
		else if (path.equals("/status/revocation") || path.equals("/status/suspension")) {
			String purpose = path.substring(8);
			respond(exchange, 200, "application/vc+jwt", statusList(purpose,
					purpose.equals("revocation") ? revocations : suspensions));
		}
		else {
			respond(exchange, 404, "text/plain", "not found");
		}
	}

	/** The signed revocation list, as a verifier fetches it. */
	public String statusListJwt() {
		return statusList("revocation", revocations);
	}

	private String statusList(String purpose, BitstringStatusList list) {
		String url = baseUrl() + "/status/" + purpose;
		String json = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"" + url + "\","
				+ "\"type\":[\"VerifiableCredential\",\"BitstringStatusListCredential\"],\"issuer\":\"" + did + "\","
				+ "\"validFrom\":\"" + Instant.now().minusSeconds(60) + "\",\"validUntil\":\""
				+ Instant.now().plus(statusListValidity).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
				+ "\",\"credentialSubject\":{\"id\":\"" + url
				+ "#list\",\"type\":\"BitstringStatusList\",\"statusPurpose\":\"" + purpose + "\",\"encodedList\":\""
				+ list.encode() + "\"},\"ttl\":1000}";
		return new CredentialSigner(statusListKey, statusListKey.getKeyID()).signPayload(json,
				new JOSEObjectType("vc+jwt"), "vc");
	}

	private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
