package org.skillcred.issuer.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.TimeZone;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.skillcred.issuer.signing.PdfSigner;
import org.springframework.stereotype.Component;

/**
 * Signs a certificate PDF (an invisible {@code adbe.pkcs7.detached} signature covering the whole
 * file) with the issuer's key: whoever holds the file can check it was not changed since the
 * issuer produced it, without asking anyone.
 */
@Component
class PdfSignatures {

	/** Bytes reserved for the CMS signature: ample for an ECDSA or RSA-2048 signature and its certificate. */
	private static final int RESERVED = 8 * 1024;

	private final PdfSigner signer;

	PdfSignatures(PdfSigner signer) {
		this.signer = signer;
	}

	byte[] sign(byte[] pdf, String issuerId, String issuerName) {
		try {
			PdfReader reader = new PdfReader(pdf);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * RESERVED + 4096);
			PdfStamper stamper = PdfStamper.createSignature(reader, out, null);
			PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
			Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			appearance.setSignDate(now);
			appearance.setReason("Certificate issued by " + issuerName);
			appearance.setCrypto(null, signer.chain(issuerId).toArray(new java.security.cert.Certificate[0]), null,
					PdfSignatureAppearance.SELF_SIGNED);
			PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, PdfName.ADBE_PKCS7_DETACHED);
			dictionary.setReason(appearance.getReason());
			dictionary.setName(issuerName);
			dictionary.setDate(new PdfDate(now));
			appearance.setCryptoDictionary(dictionary);
			HashMap<PdfName, Integer> exclusions = new HashMap<>();
			exclusions.put(PdfName.CONTENTS, RESERVED * 2 + 2);
			appearance.preClose(exclusions);
			byte[] cms = signer.sign(issuerId, appearance.getRangeStream());
			if (cms.length > RESERVED) {
				throw new IllegalStateException("The PDF signature is larger than the space reserved for it");
			}
			byte[] padded = new byte[RESERVED];
			System.arraycopy(cms, 0, padded, 0, cms.length);
			PdfDictionary contents = new PdfDictionary();
			contents.put(PdfName.CONTENTS, new PdfString(padded).setHexWriting(true));
			appearance.close(contents);
			reader.close();
			return out.toByteArray();
		}
		catch (IOException | DocumentException ex) {
			throw new IllegalStateException("Signing the certificate PDF failed", ex);
		}
	}

}
