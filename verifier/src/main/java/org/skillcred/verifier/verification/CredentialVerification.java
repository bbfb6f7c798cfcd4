package org.skillcred.verifier.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.skillcred.core.jose.KeyIds;
import org.skillcred.core.verification.CheckName;
import org.skillcred.core.verification.CheckResult;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.ReasonCode;
import org.skillcred.core.verification.VerificationReport;
import org.skillcred.verifier.input.PdfSignatureInfo;
import org.skillcred.verifier.input.UnusableUploadException;
import org.skillcred.verifier.input.UploadReader;
import org.skillcred.verifier.trust.IssuerKeys;
import org.skillcred.verifier.trust.SafeHttpClient;
import org.skillcred.verifier.trust.TrustList;
import org.skillcred.verifier.trust.TrustedEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Verifies a credential however it arrives: a compact JWT, a verification link (from a QR code or
 * a printed URL), or an uploaded file. Links are resolved only against trusted issuers: the
 * credential is fetched from the issuer the link's reference names, never from a host the link
 * itself names.
 */
@Service
public class CredentialVerification {

	private static final Logger log = LoggerFactory.getLogger(CredentialVerification.class);

	private final CredentialVerifier verifier;

	private final TrustList trustList;

	private final SafeHttpClient http;

	private final UploadReader uploads;

	private final IssuerKeys keys;

	private final MeterRegistry meters;

	private final KeptCredentials kept;

	CredentialVerification(CredentialVerifier verifier, TrustList trustList, SafeHttpClient http,
			UploadReader uploads, IssuerKeys keys, MeterRegistry meters, KeptCredentials kept) {
		this.kept = kept;
		this.keys = keys;
		this.meters = meters;
		this.verifier = verifier;
		this.trustList = trustList;
		this.http = http;
		this.uploads = uploads;
	}

	public VerificationResult verifyToken(String token) {
		return record(VerificationResult.of(verifier.verify(token), "JWT"));
	}

	public VerificationResult verifyLink(String ref, String credentialId) {
		UUID id;
		try {
			id = UUID.fromString(credentialId);
		}
		catch (IllegalArgumentException ex) {
			return record(VerificationResult.of(
					only(CheckName.FORMAT, CheckResult.failed(CheckName.FORMAT, ReasonCode.MALFORMED,
							"The verification link does not name a credential.")),
					"LINK"));
		}
		return record(VerificationResult.of(resolve(ref, id), "LINK"));
	}

	/** An upload's bytes, read only once memory for them has been reserved. */
	@FunctionalInterface
	public interface UploadContent {

		byte[] read() throws java.io.IOException;

	}

	/**
	 * Verifies an upload of a known size, reading its bytes only once the memory they need has
	 * been reserved (see {@link UploadReader#admit(long)}).
	 * @param size the upload's size in bytes
	 * @param content reads the upload
	 * @return the result
	 * @throws UnusableUploadException when the file holds nothing to verify, or no memory is free
	 * @throws java.io.IOException when the upload cannot be read
	 */
	public VerificationResult verifyUpload(long size, UploadContent content)
			throws UnusableUploadException, java.io.IOException {
		UploadReader.Extracted extracted;
		try (UploadReader.Admission admitted = uploads.admit(size)) {
			extracted = uploads.read(content.read());
		}
		// the upload's bytes are no longer held: fetching keys or status (slow during an issuer
		// outage) must not keep other uploads waiting for memory
		return verify(extracted);
	}

	/**
	 * Verifies an uploaded certificate PDF, QR image or credential file.
	 * @param bytes the file
	 * @return the result
	 * @throws UnusableUploadException when the file holds nothing to verify
	 */
	public VerificationResult verifyUpload(byte[] bytes) throws UnusableUploadException {
		return verify(uploads.read(bytes));
	}

	private VerificationResult verify(UploadReader.Extracted extracted) {
		String source = extracted.source().name();
		Optional<VerificationLinks.Link> link = VerificationLinks.parse(extracted.content());
		VerificationReport report;
		if (link.isPresent()) {
			report = resolve(link.get().ref(), link.get().credentialId());
		}
		else if (extracted.source() == UploadReader.Source.QR_IMAGE && !extracted.content().startsWith("ey")) {
			report = only(CheckName.FORMAT, CheckResult.failed(CheckName.FORMAT, ReasonCode.MALFORMED,
					"The QR code holds neither a verification link nor a credential."));
		}
		else {
			report = verifier.verify(extracted.content());
		}
		if (extracted.pdfSignature() != null) {
			report = withPdfSignature(report, extracted.pdfSignature());
		}
		return record(VerificationResult.of(report, source));
	}

	/**
	 * Adds the PDF's own signature as a check, because an uploaded PDF is judged as a document: it
	 * is VALID only when it is signed by a key of the credential's issuer, unaltered since, and
	 * carries that credential. A PDF that is unsigned, altered, or signed by someone else is not an
	 * authentic certificate even when the credential inside it is genuine: anyone can attach a
	 * genuine credential to a page that reads another name.
	 */
	private VerificationReport withPdfSignature(VerificationReport report, PdfSignatureInfo signature) {
		CheckResult check;
		if (!signature.signed()) {
			check = CheckResult.failed(CheckName.PDF_SIGNATURE, ReasonCode.PDF_UNSIGNED,
					"The PDF is not digitally signed, so it is not an authentic certificate; compare it with "
							+ "the credential it carries.");
		}
		else if (!signature.intact() || signature.signerKey() == null) {
			check = CheckResult.failed(CheckName.PDF_SIGNATURE, ReasonCode.PDF_ALTERED,
					"The PDF was changed after it was signed.");
		}
		else {
			check = signerCheck(report, signature.signerKey());
		}
		List<CheckResult> checks = new ArrayList<>(report.checks());
		checks.add(check);
		return VerificationReport.of(checks, report.profile(), report.credential());
	}

	private CheckResult signerCheck(VerificationReport report, java.security.PublicKey signerKey) {
		String issuerId = (report.credential() != null) ? report.credential().issuerId() : null;
		Optional<org.skillcred.core.verification.TrustedIssuer> issuer = (issuerId != null) ? keys.trustedIssuer(issuerId)
				: Optional.empty();
		if (issuer.isEmpty()) {
			// the credential's issuer is untrusted: that check has failed, and decides the verdict
			return CheckResult.skipped(CheckName.PDF_SIGNATURE);
		}
		String signer = KeyIds.thumbprint(signerKey);
		try {
			for (com.nimbusds.jose.jwk.JWK key : keys.keys(issuer.get(), null)) {
				if (key.getKeyRevocation() == null && KeyIds.thumbprint(key).equals(signer)) {
					return CheckResult.passed(CheckName.PDF_SIGNATURE,
							"The PDF is unchanged since " + issuer.get().displayName() + " signed it.");
				}
			}
		}
		catch (org.skillcred.core.verification.KeysUnavailableException ex) {
			return CheckResult.notChecked(CheckName.PDF_SIGNATURE, ReasonCode.KEYS_UNAVAILABLE,
					"The issuer's keys could not be retrieved to check the PDF signature.");
		}
		return CheckResult.failed(CheckName.PDF_SIGNATURE, ReasonCode.PDF_SIGNER_MISMATCH,
				"The PDF is signed, but not with a key of the credential's issuer.");
	}

	private VerificationReport resolve(String ref, UUID id) {
		Optional<TrustedEndpoint> endpoint = trustList.byRef(ref);
		if (endpoint.isEmpty()) {
			return only(CheckName.ISSUER, CheckResult.failed(CheckName.ISSUER, ReasonCode.UNTRUSTED_ISSUER,
					"The link names an issuer ('" + ref + "') that this verifier does not trust."));
		}
		String jwt;
		try {
			jwt = http.get(endpoint.get().credentialUrl(id), endpoint.get().authorities(),
					"application/vc+jwt, application/jwt, text/plain");
			kept.keep(ref, id, jwt);
		}
		catch (SafeHttpClient.FetchException ex) {
			if (ex.status() == 404) {
				return only(CheckName.FORMAT, CheckResult.failed(CheckName.FORMAT, ReasonCode.CREDENTIAL_NOT_FOUND,
						endpoint.get().issuer().displayName() + " has no credential with this id."));
			}
			// an outage (unreachable, 5xx, overloaded): the copy fetched before, verified anew; a refusal
			// (401, 403, 410…) is the issuer's answer, not an outage
			boolean outage = ex.status() == 0 || ex.status() >= 500 || ex.status() == 429;
			Optional<String> copy = outage ? kept.kept(ref, id) : Optional.empty();
			if (copy.isEmpty()) {
				return only(CheckName.FORMAT, CheckResult.notChecked(CheckName.FORMAT, ReasonCode.CREDENTIAL_UNAVAILABLE,
						"The credential could not be fetched from " + endpoint.get().issuer().displayName() + "."));
			}
			jwt = copy.get();
		}
		VerificationReport report = verifier.verify(jwt.strip());
		return requireNamedCredential(report, endpoint.get(), id);
	}

	/** The issuer must have served the very credential the link names, issued by itself or its partner. */
	private VerificationReport requireNamedCredential(VerificationReport report, TrustedEndpoint endpoint, UUID id) {
		if (report.credential() == null) {
			return report;
		}
		boolean sameId = ("urn:uuid:" + id).equalsIgnoreCase(String.valueOf(report.credential().id()));
		String issuerId = report.credential().issuerId();
		boolean sameIssuer = issuerId != null && trustList.covers(endpoint, issuerId);
		if (sameId && sameIssuer) {
			return report;
		}
		List<CheckResult> checks = new ArrayList<>();
		for (CheckResult check : report.checks()) {
			checks.add((check.name() == CheckName.ISSUER) ? CheckResult.failed(CheckName.ISSUER,
					ReasonCode.CLAIM_MISMATCH, "The issuer returned a different credential than the link names.")
					: check);
		}
		return VerificationReport.of(checks, report.profile(), report.credential());
	}

	/** A report where one check decided everything and the others could not run. */
	static VerificationReport only(CheckName decisive, CheckResult result) {
		List<CheckResult> checks = new ArrayList<>();
		for (CheckName name : CheckName.values()) {
			if (name != CheckName.PDF_SIGNATURE) {
				checks.add((name == decisive) ? result : CheckResult.skipped(name));
			}
		}
		return VerificationReport.of(checks, null, null);
	}

	/** Counts the verdict by its decisive reason (Prometheus), and logs it without personal data. */
	private VerificationResult record(VerificationResult result) {
		String reason = result.checks()
			.stream()
			.filter(CheckResult::isFailure)
			.map(check -> check.code().name())
			.findFirst()
			.orElse("NONE");
		meters.counter("skillcred.verifications", "verdict", result.verdict().name(), "reason", reason, "source",
				result.source()).increment();
		if (log.isDebugEnabled()) {
			log.debug("Verified {} from {}: {}", (result.credential() != null) ? result.credential().id() : "-",
					result.source(), result.verdict());
		}
		return result;
	}

}
