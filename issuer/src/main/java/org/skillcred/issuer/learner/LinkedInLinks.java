package org.skillcred.issuer.learner;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.skillcred.issuer.credential.CertificateDownload;
import org.skillcred.issuer.credential.CredentialRecord;

/** LinkedIn's "add certification" form, filled in from a credential. */
final class LinkedInLinks {

	private LinkedInLinks() {
	}

	static String addCertification(CredentialRecord record, String achievement, String verifyUrl) {
		ZonedDateTime issued = record.issuedAt().atZone(ZoneOffset.UTC);
		StringBuilder url = new StringBuilder("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
			.append("&name=").append(encode(achievement))
			.append("&organizationName=").append(encode(CertificateDownload.issuerName(record)))
			.append("&issueYear=").append(issued.getYear())
			.append("&issueMonth=").append(issued.getMonthValue());
		if (record.validUntil() != null) {
			ZonedDateTime until = record.validUntil().atZone(ZoneOffset.UTC);
			url.append("&expirationYear=").append(until.getYear()).append("&expirationMonth=").append(until.getMonthValue());
		}
		return url.append("&certUrl=").append(encode(verifyUrl))
			.append("&certId=").append(encode(record.id().toString()))
			.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
