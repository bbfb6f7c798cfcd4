package org.skillcred.issuer.signing;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.IssuerProfile;
import org.skillcred.core.did.DidWeb;
import org.skillcred.core.jose.AlgorithmPolicy;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.jose.JoseCrypto;
import org.skillcred.core.jose.KeyIds;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.StaticIssuerKeySource;
import org.skillcred.core.verification.TrustedIssuer;
import org.skillcred.core.verification.VerificationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The signing keys of every issuer this service signs for (the platform, and partners with an
 * issuer identity of their own), and the signers and published key sets built from them.
 * <p>
 * Keys come from two places: files in configuration (the platform's keys) and keys generated
 * through the API (rotation, partner onboarding), stored encrypted with the key-encryption key.
 * The database is the shared record of which key is active, retired or compromised; every
 * instance re-reads it every few seconds, so a rotation made on one instance reaches the others
 * without a restart. Sample keys are refused unless the {@code dev} profile is active.
 */
@Component
public class SigningKeyRegistry {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyRegistry.class);

	private final IssuerProperties issuer;

	private final IssuerIdentity identity;

	private final SigningKeyRepository repository;

	private final KeyEncryption encryption;

	private final Clock clock;

	/** Private keys from configuration, by kid; generated keys are decrypted from the database. */
	private final Map<String, JWK> configuredKeys;

	private final Map<String, CredentialSigner> signers = new ConcurrentHashMap<>();

	private final Map<String, JWK> privateKeys = new ConcurrentHashMap<>();

	private volatile Snapshot snapshot;

	private record IssuerKeys(@Nullable String activeKid, List<JWK> published) {
	}

	private record Snapshot(Map<String, IssuerKeys> byIssuer, CredentialVerifier selfCheck) {
	}

	SigningKeyRegistry(IssuerProperties issuer, SigningProperties signing, SigningKeyRepository repository,
			KeyEncryption encryption, ResourceLoader resources, Environment environment, Clock clock) {
		this.issuer = issuer;
		this.repository = repository;
		this.encryption = encryption;
		this.clock = clock;
		String did = DidWeb.fromBaseUrl(issuer.publicBaseUrl());
		this.identity = new IssuerIdentity(did, IssuerProfile.of(did, issuer.name(),
				(issuer.url() != null) ? issuer.url().toString() : null));
		List<JWK> configured = loadConfigured(signing, resources, did);
		refuseSampleKeysOutsideDev(configured, environment);
		this.configuredKeys = new HashMap<>();
		configured.forEach(k -> configuredKeys.put(k.getKeyID(), k));
		sync(did, configured, chooseActive(signing, configured));
		refresh();
		IssuerKeys platform = snapshot.byIssuer().get(did);
		log.info("Issuer {} signs with {}; {} key(s) published", did, platform.activeKid(), platform.published().size());
	}

	private static List<JWK> loadConfigured(SigningProperties signing, ResourceLoader resources, String did) {
		if (signing.keys().isEmpty()) {
			throw new IllegalStateException("No signing key configured: set issuer.signing.keys[0].location");
		}
		List<JWK> keys = new ArrayList<>();
		for (SigningProperties.KeyConfig config : signing.keys()) {
			keys.add(withMetadata(KeyFiles.load(resources.getResource(config.location()), config.password(),
					config.alias()), did));
		}
		return keys;
	}

	private static JWK withMetadata(JWK key, String did) {
		Map<String, Object> members = new LinkedHashMap<>(key.toJSONObject());
		members.put("kid", KeyIds.didUrl(did, key));
		members.put("alg", JoseCrypto.algorithmFor(key).getName());
		members.put("use", KeyUse.SIGNATURE.identifier());
		try {
			return JWK.parse(members);
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException("Cannot annotate key " + members.get("kid"), ex);
		}
	}

	private static void refuseSampleKeysOutsideDev(List<JWK> keys, Environment environment) {
		if (environment.matchesProfiles("dev")) {
			return;
		}
		Set<String> samples = SampleKeys.thumbprints();
		for (JWK key : keys) {
			if (samples.contains(KeyIds.thumbprint(key))) {
				throw new IllegalStateException("Signing key " + key.getKeyID()
						+ " is a public sample key from keys-sample/ and is refused outside the dev profile."
						+ " Configure your own key in issuer.signing.keys.");
			}
		}
	}

	private static JWK chooseActive(SigningProperties signing, List<JWK> keys) {
		if (keys.size() == 1) {
			return keys.get(0);
		}
		List<JWK> active = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			if (signing.keys().get(i).active()) {
				active.add(keys.get(i));
			}
		}
		if (active.size() != 1) {
			throw new IllegalStateException("Exactly one of issuer.signing.keys must have active: true, found "
					+ active.size());
		}
		return active.get(0);
	}

	/**
	 * Records the configured keys. A key generated through the API (a rotation) takes precedence
	 * over the configured active key; a compromised key is never made active again.
	 */
	private void sync(String did, List<JWK> configured, JWK configuredActive) {
		List<SigningKey> stored = repository.findByIssuerIdOrderByCreatedAt(did);
		boolean generatedActive = stored.stream()
			.anyMatch(k -> k.state() == KeyState.ACTIVE && KeyEncryption.isSealed(k.privateKeyRef()));
		for (JWK key : configured) {
			Optional<SigningKey> existing = stored.stream().filter(k -> k.kid().equals(key.getKeyID())).findFirst();
			boolean wanted = !generatedActive && key.getKeyID().equals(configuredActive.getKeyID());
			if (wanted && existing.isPresent() && existing.get().state() == KeyState.COMPROMISED) {
				throw new IllegalStateException("The configured active key " + key.getKeyID()
						+ " was marked compromised; configure a new key.");
			}
			SigningKey row = existing.orElseGet(() -> SigningKey.create(did, key.toPublicJWK(),
					JoseCrypto.algorithmFor(key).getName(), "config:" + key.getKeyID(),
					wanted ? KeyState.ACTIVE : KeyState.RETIRED, clock.instant()));
			if (wanted) {
				row.activate();
			}
			else {
				row.retire(clock.instant());
			}
			saveQuietly(row);
		}
		if (!generatedActive) {
			for (SigningKey row : repository.findByIssuerIdOrderByCreatedAt(did)) {
				if (row.state() == KeyState.ACTIVE && !row.kid().equals(configuredActive.getKeyID())) {
					row.retire(clock.instant());
					saveQuietly(row);
				}
			}
		}
	}

	/** Another instance starting with the same configuration may write the same row first. */
	private void saveQuietly(SigningKey key) {
		try {
			repository.save(key);
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			log.info("Signing key {} was recorded concurrently by another instance", key.kid());
		}
	}

	/** Re-reads every issuer's keys from the database. */
	@Scheduled(fixedDelayString = "${issuer.signing.refresh-interval:10s}",
			initialDelayString = "${issuer.signing.refresh-interval:10s}")
	public synchronized void refresh() {
		Map<String, List<SigningKey>> byIssuer = new LinkedHashMap<>();
		for (SigningKey key : repository.findAllByOrderByCreatedAt()) {
			byIssuer.computeIfAbsent(key.issuerId(), id -> new ArrayList<>()).add(key);
		}
		Map<String, IssuerKeys> keys = new LinkedHashMap<>();
		Map<TrustedIssuer, List<JWK>> trusted = new LinkedHashMap<>();
		for (Map.Entry<String, List<SigningKey>> entry : byIssuer.entrySet()) {
			List<JWK> published = entry.getValue().stream().map(SigningKey::publicJwk).toList();
			String active = entry.getValue()
				.stream()
				.filter(k -> k.state() == KeyState.ACTIVE)
				.map(SigningKey::kid)
				.reduce((first, second) -> second)
				.orElse(null);
			if (active != null) {
				SigningKey row = entry.getValue().stream().filter(k -> k.kid().equals(active)).findFirst().orElseThrow();
				JWK privateJwk = privateKeys.computeIfAbsent(active, kid -> privateKey(row));
				signers.computeIfAbsent(active, kid -> new CredentialSigner(privateJwk, kid));
			}
			keys.put(entry.getKey(), new IssuerKeys(active, published));
			Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
			published.forEach(k -> algorithms.add(JoseCrypto.algorithmFor(k)));
			// the platform signs certificates only; a partner with its own DID may also sign general
			// VCDM 2.0 credentials in that name through the VC-API
			boolean platform = entry.getKey().equals(identity.did());
			trusted.put(new TrustedIssuer(entry.getKey(), entry.getKey(), new AlgorithmPolicy(algorithms),
					platform ? TrustedIssuer.CERTIFICATE_TYPES : TrustedIssuer.ANY_CREDENTIAL), published);
		}
		AlgorithmPolicy all = new AlgorithmPolicy(AlgorithmPolicy.SUPPORTED);
		CredentialVerifier selfCheck = new CredentialVerifier(
				VerificationPolicy.defaults().withAlgorithms(all).withStatusCheckRequired(false),
				StaticIssuerKeySource.of(trusted), clock, null);
		this.snapshot = new Snapshot(Map.copyOf(keys), selfCheck);
	}

	private JWK privateKey(SigningKey row) {
		if (KeyEncryption.isSealed(row.privateKeyRef())) {
			try {
				return JWK.parse(encryption.decrypt(row.privateKeyRef(), row.kid()));
			}
			catch (java.text.ParseException ex) {
				throw new IllegalStateException("Stored private key " + row.kid() + " is corrupt");
			}
		}
		JWK configured = configuredKeys.get(row.kid());
		if (configured == null) {
			// most often the database was made under another public base URL (so another did:web)
			throw new IllegalStateException("The database's active key " + row.kid() + " is not in this instance's "
					+ "configuration: this instance is " + identity.did() + "; if issuer.public-base-url changed, "
					+ "start with the database made for it (an issuer's DID is part of every credential it signed)");
		}
		return configured;
	}

	/**
	 * Generates a new ES256 key for an issuer, stores it encrypted with the KEK, and makes it the
	 * issuer's active key; the previous active key is retired and stays published.
	 * @param issuerId the issuer DID
	 * @return the new key's id
	 */
	public synchronized String generateActiveKey(String issuerId) {
		ECKey key;
		try {
			key = new ECKeyGenerator(Curve.P_256).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Key generation failed", ex);
		}
		JWK annotated = withMetadata(key, issuerId);
		String sealed = encryption.encrypt(annotated.toJSONString(), annotated.getKeyID());
		for (SigningKey row : repository.findByIssuerIdOrderByCreatedAt(issuerId)) {
			if (row.state() == KeyState.ACTIVE) {
				row.retire(clock.instant());
				repository.save(row);
			}
		}
		repository.save(SigningKey.create(issuerId, annotated.toPublicJWK(), JWSAlgorithm.ES256.getName(), sealed,
				KeyState.ACTIVE, clock.instant()));
		refresh();
		return annotated.getKeyID();
	}

	/**
	 * Marks a key compromised as of a time. If it was its issuer's active key, a new key is
	 * generated and made active at once.
	 * @param kid the key
	 * @param at since when it is compromised
	 * @return the issuer's active key afterwards
	 */
	public synchronized String compromise(String kid, java.time.Instant at) {
		SigningKey row = repository.findById(kid)
			.orElseThrow(() -> org.skillcred.issuer.system.IssuerException.notFound("Signing key " + kid));
		boolean wasActive = row.state() == KeyState.ACTIVE;
		row.compromise(at);
		repository.save(row);
		signers.remove(kid);
		privateKeys.remove(kid);
		if (wasActive) {
			return generateActiveKey(row.issuerId());
		}
		refresh();
		return String.valueOf(snapshot.byIssuer().get(row.issuerId()).activeKid());
	}

	public List<SigningKey> keys(String issuerId) {
		return repository.findByIssuerIdOrderByCreatedAt(issuerId);
	}

	public Optional<SigningKey> key(String kid) {
		return repository.findById(kid);
	}

	/**
	 * The platform issuer.
	 * @return its identity
	 */
	public IssuerIdentity identity() {
		return identity;
	}

	/**
	 * The DID of a partner with an issuer identity of its own:
	 * {@code did:web:<host>:partners:<slug>}, whose document is at {@code /partners/<slug>/did.json}.
	 * @param slug the partner's slug
	 * @return the DID
	 */
	public String partnerDid(String slug) {
		return DidWeb.fromBaseUrl(URI.create(issuer.baseUrl() + "/partners/" + slug));
	}

	/**
	 * The signer of an issuer's active key.
	 * @param issuerId the issuer DID
	 * @return the signer
	 * @throws IllegalArgumentException when this service holds no active key for that issuer
	 */
	public CredentialSigner signerFor(String issuerId) {
		IssuerKeys keys = snapshot.byIssuer().get(issuerId);
		if (keys == null || keys.activeKid() == null) {
			throw new IllegalArgumentException("No active signing key for issuer " + issuerId);
		}
		return signers.get(keys.activeKid());
	}

	/**
	 * The private key of an issuer's active key, for the PDF signer in this package only.
	 * @param issuerId the issuer
	 * @return the private JWK
	 */
	JWK activePrivateKey(String issuerId) {
		IssuerKeys keys = snapshot.byIssuer().get(issuerId);
		if (keys == null || keys.activeKid() == null) {
			throw new IllegalArgumentException("No active signing key for issuer " + issuerId);
		}
		return privateKeys.get(keys.activeKid());
	}

	/**
	 * A name for an issuer in certificates: the platform's name, or the partner DID's last part.
	 * @param issuerId the issuer
	 * @return the name
	 */
	String displayName(String issuerId) {
		return issuerId.equals(identity.did()) ? identity.profile().name()
				: issuerId.substring(issuerId.lastIndexOf(':') + 1);
	}

	/**
	 * The platform's active signer.
	 * @return the signer
	 */
	public CredentialSigner activeSigner() {
		return signerFor(identity.did());
	}

	/**
	 * Every published public key of the platform issuer.
	 * @return the keys
	 */
	public List<JWK> publishedKeys() {
		return publishedKeys(identity.did());
	}

	/**
	 * An issuer's published public keys: active, retired, and compromised ones marked revoked.
	 * @param issuerId the issuer DID
	 * @return the keys, empty when the issuer is unknown here
	 */
	public List<JWK> publishedKeys(String issuerId) {
		IssuerKeys keys = snapshot.byIssuer().get(issuerId);
		return (keys != null) ? keys.published() : List.of();
	}

	/**
	 * The verification engine configured with every issuer's own published keys, used to check
	 * each credential before it is handed out.
	 * @return the engine
	 */
	public CredentialVerifier selfCheck() {
		return snapshot.selfCheck();
	}

}
