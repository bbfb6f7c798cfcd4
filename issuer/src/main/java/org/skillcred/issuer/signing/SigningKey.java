package org.skillcred.issuer.signing;

import java.text.ParseException;
import java.time.Instant;

import com.nimbusds.jose.jwk.JWK;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A published signing key of an issuer: its public JWK, a reference to where the private part
 * lives (never the private part itself), and its state.
 * <p>
 * Keys are keyed by their {@code kid}, a DID URL ending in the RFC 7638 thumbprint, so the same
 * key file configured on several issuer instances maps to one row. Each key belongs to one issuer
 * identity, which leaves room for partners with issuer identities of their own.
 */
@Table("signing_key")
public class SigningKey {

	@Id
	private final String kid;

	private final String issuerId;

	private final String algorithm;

	private final String publicJwk;

	private final String privateKeyRef;

	private KeyState state;

	private final Instant createdAt;

	private @Nullable Instant retiredAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	SigningKey(String kid, String issuerId, String algorithm, String publicJwk, String privateKeyRef, KeyState state,
			Instant createdAt, @Nullable Instant retiredAt, @Nullable Long version) {
		this.kid = kid;
		this.issuerId = issuerId;
		this.algorithm = algorithm;
		this.publicJwk = publicJwk;
		this.privateKeyRef = privateKeyRef;
		this.state = state;
		this.createdAt = createdAt;
		this.retiredAt = retiredAt;
		this.version = version;
	}

	static SigningKey create(String issuerId, JWK publicJwk, String algorithm, String privateKeyRef, KeyState state,
			Instant now) {
		if (publicJwk.isPrivate()) {
			throw new IllegalArgumentException("Only the public key is stored");
		}
		return new SigningKey(publicJwk.getKeyID(), issuerId, algorithm, publicJwk.toJSONString(), privateKeyRef,
				state, now, (state == KeyState.RETIRED) ? now : null, null);
	}

	void activate() {
		this.state = KeyState.ACTIVE;
		this.retiredAt = null;
	}

	void retire(Instant now) {
		if (state != KeyState.RETIRED) {
			this.state = KeyState.RETIRED;
			this.retiredAt = now;
		}
	}

	public String kid() {
		return kid;
	}

	public String issuerId() {
		return issuerId;
	}

	public String algorithm() {
		return algorithm;
	}

	public KeyState state() {
		return state;
	}

	public Instant createdAt() {
		return createdAt;
	}

	/**
	 * The public key as a JWK with {@code kid}, {@code alg} and {@code use} set.
	 * @return the public JWK
	 */
	public JWK publicJwk() {
		try {
			return JWK.parse(publicJwk);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored public key " + kid + " is corrupt", ex);
		}
	}

}
