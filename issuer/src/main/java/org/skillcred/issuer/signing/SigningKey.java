package org.skillcred.issuer.signing;

import java.text.ParseException;
import java.time.Instant;

import java.util.Date;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyRevocation;
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

	private @Nullable Instant compromisedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	SigningKey(String kid, String issuerId, String algorithm, String publicJwk, String privateKeyRef, KeyState state,
			Instant createdAt, @Nullable Instant retiredAt, @Nullable Instant compromisedAt, @Nullable Long version) {
		this.kid = kid;
		this.issuerId = issuerId;
		this.algorithm = algorithm;
		this.publicJwk = publicJwk;
		this.privateKeyRef = privateKeyRef;
		this.state = state;
		this.createdAt = createdAt;
		this.retiredAt = retiredAt;
		this.compromisedAt = compromisedAt;
		this.version = version;
	}

	static SigningKey create(String issuerId, JWK publicJwk, String algorithm, String privateKeyRef, KeyState state,
			Instant now) {
		if (publicJwk.isPrivate()) {
			throw new IllegalArgumentException("Only the public key is stored");
		}
		return new SigningKey(publicJwk.getKeyID(), issuerId, algorithm, publicJwk.toJSONString(), privateKeyRef,
				state, now, (state == KeyState.RETIRED) ? now : null, null, null);
	}

	void activate() {
		if (state == KeyState.COMPROMISED) {
			throw new IllegalStateException("Signing key " + kid + " is compromised and can never sign again");
		}
		this.state = KeyState.ACTIVE;
		this.retiredAt = null;
	}

	void retire(Instant now) {
		if (state == KeyState.ACTIVE) {
			this.state = KeyState.RETIRED;
			this.retiredAt = now;
		}
	}

	/**
	 * Marks the key compromised as of a time. Irreversible.
	 * @param at when it was (or may have been) compromised
	 */
	void compromise(Instant at) {
		if (state != KeyState.COMPROMISED) {
			this.state = KeyState.COMPROMISED;
			this.compromisedAt = at;
		}
	}

	String privateKeyRef() {
		return privateKeyRef;
	}

	public @Nullable Instant retiredAt() {
		return retiredAt;
	}

	public @Nullable Instant compromisedAt() {
		return compromisedAt;
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
	 * The public key as published: a JWK with {@code kid}, {@code alg} and {@code use}, and for a
	 * compromised key a {@code revoked} member saying since when.
	 * @return the public JWK
	 */
	public JWK publicJwk() {
		try {
			JWK jwk = JWK.parse(publicJwk);
			return (state == KeyState.COMPROMISED && compromisedAt != null)
					? jwk.toRevokedJWK(new KeyRevocation(Date.from(compromisedAt), KeyRevocation.Reason.COMPROMISED))
					: jwk;
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored public key " + kid + " is corrupt", ex);
		}
	}

}
