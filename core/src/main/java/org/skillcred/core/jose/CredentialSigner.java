package org.skillcred.core.jose;

import java.time.Instant;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.credential.OpenBadgeCredential;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs credentials as compact JWS in one of the {@link JwtProfile signing profiles}.
 * <p>
 * One instance holds one private key; it is thread-safe and meant to be reused (creating the
 * underlying signer converts the key once). The key never leaves this object.
 */
public final class CredentialSigner {

	private final JWSSigner signer;

	private final JWSAlgorithm algorithm;

	private final String keyId;

	private final CredentialJson json;

	/**
	 * Creates a signer.
	 * @param privateJwk the private key
	 * @param keyId the {@code kid} to put in headers, a DID URL
	 */
	public CredentialSigner(JWK privateJwk, String keyId) {
		this.signer = JoseCrypto.signer(privateJwk);
		this.algorithm = JoseCrypto.algorithmFor(privateJwk);
		this.keyId = keyId;
		this.json = CredentialJson.defaults();
	}

	/**
	 * The {@code kid} this signer writes.
	 * @return the key id
	 */
	public String keyId() {
		return this.keyId;
	}

	/**
	 * The algorithm this signer uses.
	 * @return the JWS algorithm
	 */
	public JWSAlgorithm algorithm() {
		return this.algorithm;
	}

	/**
	 * Signs a credential.
	 * @param credential the unsecured credential
	 * @param profile {@link JwtProfile#VC_JWT} or {@link JwtProfile#OB3_JWT}
	 * @return the compact JWS
	 */
	public String sign(OpenBadgeCredential credential, JwtProfile profile) {
		return switch (profile) {
			case VC_JWT -> signPayload(json.write(withIssuerClaim(credential)), profile.type(), profile.contentType());
			case OB3_JWT -> signPayload(json.write(ob3Claims(credential)), profile.type(), null);
			case LEGACY_VC_JWT -> throw new IllegalArgumentException("Legacy VC 1.1 JWTs are read, never issued");
		};
	}

	/**
	 * The credential with {@code iss}: VC-JOSE-COSE allows it (equal to the issuer's id), and JWT
	 * libraries that expect every JWT to name its issuer, did-jwt-vc among them, need it.
	 */
	private ObjectNode withIssuerClaim(OpenBadgeCredential credential) {
		ObjectNode claims = (ObjectNode) json.toTree(credential);
		claims.put(CredentialClaims.ISS, credential.issuer().id());
		return claims;
	}

	private ObjectNode ob3Claims(OpenBadgeCredential credential) {
		ObjectNode claims = (ObjectNode) json.toTree(credential);
		claims.put(CredentialClaims.ISS, credential.issuer().id());
		claims.put(CredentialClaims.JTI, credential.id());
		claims.put(CredentialClaims.SUB, credential.credentialSubject().id());
		claims.put(CredentialClaims.NBF, credential.validFrom().getEpochSecond());
		claims.put(CredentialClaims.IAT, credential.validFrom().getEpochSecond());
		Instant until = credential.validUntil();
		if (until != null) {
			claims.put(CredentialClaims.EXP, until.getEpochSecond());
		}
		return claims;
	}

	/**
	 * Signs an arbitrary JSON payload, such as a status list credential or token.
	 * @param payloadJson the payload
	 * @param type the {@code typ} header
	 * @param contentType the {@code cty} header, or null
	 * @return the compact JWS
	 */
	public String signPayload(String payloadJson, JOSEObjectType type, @Nullable String contentType) {
		JWSHeader header = new JWSHeader.Builder(algorithm).type(type).contentType(contentType).keyID(keyId).build();
		JWSObject jws = new JWSObject(header, new Payload(payloadJson));
		try {
			jws.sign(signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Signing with key " + keyId + " failed", ex);
		}
		return jws.serialize();
	}

}
