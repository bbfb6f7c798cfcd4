package org.skillcred.core.jose;

import com.nimbusds.jose.JOSEObjectType;
import org.jspecify.annotations.Nullable;

/**
 * The JWT encodings of a credential that SkillCred signs or reads.
 * <p>
 * {@link #VC_JWT} and {@link #OB3_JWT} conflict on {@code typ}, {@code cty} and {@code nbf}, so no
 * single header satisfies both specifications; each achievement chooses one.
 *
 * @see <a href="https://www.w3.org/TR/vc-jose-cose/#securing-with-jose">VC-JOSE-COSE §3.1.1</a>
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#jwt-proof">OB 3.0 §8.2 JSON Web Token Proof Format</a>
 */
public enum JwtProfile {

	/**
	 * VC-JOSE-COSE: header {@code typ: vc+jwt}, {@code cty: vc}; the payload is the credential
	 * itself and carries no {@code vc} claim. The default.
	 */
	VC_JWT(new JOSEObjectType("vc+jwt"), "vc", true),

	/**
	 * Open Badges 3.0 VC-JWT: header {@code typ: JWT}; the payload is the credential plus the
	 * registered claims {@code iss}, {@code jti}, {@code sub}, {@code nbf} and {@code exp}.
	 */
	OB3_JWT(JOSEObjectType.JWT, null, true),

	/**
	 * VC Data Model 1.1 JWT: the credential sits in a {@code vc} claim. Read, never written.
	 */
	LEGACY_VC_JWT(JOSEObjectType.JWT, null, false);

	private final JOSEObjectType type;

	private final @Nullable String contentType;

	private final boolean signable;

	JwtProfile(JOSEObjectType type, @Nullable String contentType, boolean signable) {
		this.type = type;
		this.contentType = contentType;
		this.signable = signable;
	}

	/**
	 * The {@code typ} header value this profile writes.
	 * @return the object type
	 */
	public JOSEObjectType type() {
		return this.type;
	}

	/**
	 * The {@code cty} header value this profile writes, if any.
	 * @return the content type or null
	 */
	public @Nullable String contentType() {
		return this.contentType;
	}

	/**
	 * Whether SkillCred issues credentials in this profile.
	 * @return false for the read-only legacy profile
	 */
	public boolean signable() {
		return this.signable;
	}

}
