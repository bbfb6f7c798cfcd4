package org.skillcred.issuer.credential;

import org.skillcred.core.verification.CheckName;
import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.VerificationReport;
import org.skillcred.core.verification.Verdict;
import org.skillcred.issuer.signing.SigningKeyRegistry;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.ProblemCode;
import org.springframework.stereotype.Component;

/**
 * Verifies every credential with the core engine, against the issuer's own published keys, before
 * it is stored or returned: what the issuer hands out is exactly what verifiers will accept.
 */
@Component
class SelfCheck {

	private final SigningKeyRegistry keys;

	SelfCheck(SigningKeyRegistry keys) {
		this.keys = keys;
	}

	/**
	 * Requires the credential to be VALID.
	 * @param jwt the signed credential
	 * @return the report
	 * @throws IllegalStateException when it is not: a defect of the issuer, never of the request
	 */
	VerificationReport requireValid(String jwt) {
		VerificationReport report = keys.selfCheck().verify(jwt);
		if (report.verdict() != Verdict.VALID) {
			throw new IllegalStateException("Self-check of a freshly signed credential failed: " + report.failureCodes());
		}
		return report;
	}

	/**
	 * Requires a credential built from caller-supplied content to be well-formed and correctly
	 * signed; its validity period is the caller's choice and is not judged here.
	 * @param jwt the signed credential
	 * @return the report
	 * @throws IssuerException when the content breaks VCDM 2.0 or Open Badges 3.0 rules
	 */
	VerificationReport requireWellFormed(String jwt) {
		VerificationReport report = keys.selfCheck().verify(jwt);
		CheckResult content = report.check(CheckName.CONTENT);
		if (content.isFailure()) {
			throw new IssuerException(ProblemCode.INVALID_CREDENTIAL, content.message());
		}
		for (CheckName name : new CheckName[] { CheckName.FORMAT, CheckName.ISSUER, CheckName.SIGNATURE }) {
			if (report.check(name).isFailure()) {
				throw new IllegalStateException("Self-check failed: " + report.check(name).code());
			}
		}
		return report;
	}

}
