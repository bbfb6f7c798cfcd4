package org.skillcred.core.verification;

import java.time.Duration;
import java.time.Instant;

import org.skillcred.core.jose.CredentialClaims;
import org.skillcred.core.jose.JwtProfile;
import tools.jackson.databind.JsonNode;

/**
 * The {@link CheckName#VALIDITY_PERIOD} check: {@code validFrom}/{@code validUntil} (or the VCDM 1.1
 * dates) and the JWT {@code nbf}/{@code exp}, against the injected clock with a small skew.
 */
final class ValidityRules {

	private ValidityRules() {
	}

	static CheckResult check(DecodedCredential decoded, Instant now, Duration skew) {
		JsonNode vc = decoded.credential();
		boolean legacy = decoded.profile() == JwtProfile.LEGACY_VC_JWT;
		Instant from;
		Instant until;
		Instant nbf;
		Instant exp;
		try {
			from = Times.dateField(vc.get(legacy ? "issuanceDate" : "validFrom"));
			until = Times.dateField(vc.get(legacy ? "expirationDate" : "validUntil"));
			nbf = Times.numericDate(decoded.claims().get(CredentialClaims.NBF));
			exp = Times.numericDate(decoded.claims().get(CredentialClaims.EXP));
		}
		catch (IllegalArgumentException ex) {
			return CheckResult.failed(CheckName.VALIDITY_PERIOD, ReasonCode.INVALID_FIELD,
					"The validity dates cannot be read.");
		}
		Instant start = later(from, nbf);
		Instant end = earlier(until, exp);
		if (start != null && now.plus(skew).isBefore(start)) {
			return CheckResult.failed(CheckName.VALIDITY_PERIOD, ReasonCode.NOT_YET_VALID,
					"The credential is not valid before " + start + ".");
		}
		if (end != null && now.minus(skew).isAfter(end)) {
			return CheckResult.failed(CheckName.VALIDITY_PERIOD, ReasonCode.EXPIRED,
					"The credential expired on " + end + ".");
		}
		String message = (end == null) ? "The credential is valid and does not expire."
				: "The credential is valid until " + end + ".";
		return CheckResult.passed(CheckName.VALIDITY_PERIOD, message);
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isBefore(b)) ? a : b;
	}

}
