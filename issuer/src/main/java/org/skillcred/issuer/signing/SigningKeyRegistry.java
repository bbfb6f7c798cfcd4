package org.skillcred.issuer.signing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
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
import org.springframework.stereotype.Component;

/**
 * Loads the configured signing keys at startup, records them as {@link SigningKey}s, and holds the
 * signer of the active key and the set of published keys.
 * <p>
 * Configuration is the source of truth for which configured key is active; keys found in the
 * database but no longer configured are retired, not deleted, so everything they signed still
 * verifies. Several instances starting with the same configuration converge on the same rows.
 * Sample keys are refused unless the {@code dev} profile is active.
 */
@Component
public class SigningKeyRegistry {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyRegistry.class);

	private final IssuerIdentity identity;

	private final CredentialSigner activeSigner;

	private final List<JWK> publishedKeys;

	private final CredentialVerifier selfCheck;

	SigningKeyRegistry(IssuerProperties issuer, SigningProperties signing, SigningKeyRepository repository,
			ResourceLoader resources, Environment environment, Clock clock) {
		String did = DidWeb.fromBaseUrl(issuer.publicBaseUrl());
		this.identity = new IssuerIdentity(did, IssuerProfile.of(did, issuer.name(),
				(issuer.url() != null) ? issuer.url().toString() : null));
		List<JWK> configured = loadConfigured(signing, resources, did);
		refuseSampleKeysOutsideDev(configured, environment);
		JWK active = chooseActive(signing, configured);
		sync(repository, did, configured, active, clock);
		this.activeSigner = new CredentialSigner(active, active.getKeyID());
		this.publishedKeys = repository.findByIssuerIdOrderByCreatedAt(did).stream().map(SigningKey::publicJwk).toList();
		this.selfCheck = buildSelfCheck(clock);
		log.info("Issuer {} signs with {} ({}); {} key(s) published", did, active.getKeyID(),
				activeSigner.algorithm(), publishedKeys.size());
	}

	private static List<JWK> loadConfigured(SigningProperties signing, ResourceLoader resources, String did) {
		if (signing.keys().isEmpty()) {
			throw new IllegalStateException("No signing key configured: set issuer.signing.keys[0].location");
		}
		List<JWK> keys = new ArrayList<>();
		for (SigningProperties.KeyConfig config : signing.keys()) {
			JWK loaded = KeyFiles.load(resources.getResource(config.location()), config.password(), config.alias());
			JWSAlgorithm alg = JoseCrypto.algorithmFor(loaded);
			keys.add(withMetadata(loaded, did, alg));
		}
		return keys;
	}

	private static JWK withMetadata(JWK key, String did, JWSAlgorithm alg) {
		String kid = KeyIds.didUrl(did, key);
		try {
			return JWK.parse(new java.util.LinkedHashMap<>(key.toJSONObject()) {
				{
					put("kid", kid);
					put("alg", alg.getName());
					put("use", KeyUse.SIGNATURE.identifier());
				}
			});
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException("Cannot annotate key " + kid, ex);
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

	private static void sync(SigningKeyRepository repository, String did, List<JWK> configured, JWK active,
			Clock clock) {
		Set<String> configuredKids = new LinkedHashSet<>();
		for (JWK key : configured) {
			configuredKids.add(key.getKeyID());
			KeyState wanted = key.getKeyID().equals(active.getKeyID()) ? KeyState.ACTIVE : KeyState.RETIRED;
			saveQuietly(repository, repository.findById(key.getKeyID()).map(existing -> {
				if (wanted == KeyState.ACTIVE) {
					existing.activate();
				}
				else {
					existing.retire(clock.instant());
				}
				return existing;
			})
				.orElseGet(() -> SigningKey.create(did, key.toPublicJWK(), JoseCrypto.algorithmFor(key).getName(),
						"config:" + key.getKeyID(), wanted, clock.instant())));
		}
		for (SigningKey stored : repository.findByIssuerIdOrderByCreatedAt(did)) {
			if (!configuredKids.contains(stored.kid()) && stored.state() == KeyState.ACTIVE) {
				stored.retire(clock.instant());
				saveQuietly(repository, stored);
			}
		}
	}

	/** Another instance starting with the same configuration may write the same row first. */
	private static void saveQuietly(SigningKeyRepository repository, SigningKey key) {
		try {
			repository.save(key);
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			log.info("Signing key {} was recorded concurrently by another instance", key.kid());
		}
	}

	private CredentialVerifier buildSelfCheck(Clock clock) {
		Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
		publishedKeys.forEach(k -> algorithms.add(JoseCrypto.algorithmFor(k)));
		AlgorithmPolicy policy = new AlgorithmPolicy(algorithms);
		TrustedIssuer self = new TrustedIssuer(identity.did(), identity.profile().name(), policy);
		return new CredentialVerifier(VerificationPolicy.defaults().withAlgorithms(policy).withStatusCheckRequired(false),
				StaticIssuerKeySource.of(self, publishedKeys), clock, null);
	}

	public IssuerIdentity identity() {
		return identity;
	}

	/**
	 * The signer of the active key.
	 * @return the signer
	 */
	public CredentialSigner activeSigner() {
		return activeSigner;
	}

	/**
	 * The signer of an issuer's active key.
	 * @param issuerId the issuer DID
	 * @return the signer
	 * @throws IllegalArgumentException when this service holds no keys for that issuer
	 */
	public CredentialSigner signerFor(String issuerId) {
		if (!identity.did().equals(issuerId)) {
			throw new IllegalArgumentException("No signing key for issuer " + issuerId);
		}
		return activeSigner;
	}

	/**
	 * Every published public key, active and retired.
	 * @return the keys, each with a DID URL {@code kid}
	 */
	public List<JWK> publishedKeys() {
		return publishedKeys;
	}

	/**
	 * The verification engine configured with this issuer's own published keys, used to check
	 * every credential before it is handed out.
	 * @return the engine
	 */
	public CredentialVerifier selfCheck() {
		return selfCheck;
	}

}
