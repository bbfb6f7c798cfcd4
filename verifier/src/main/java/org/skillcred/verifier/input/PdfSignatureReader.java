package org.skillcred.verifier.input;

import java.io.IOException;
import java.security.PublicKey;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * Checks a PDF's digital signature independently of the PDF library's own checks: the CMS
 * detached signature (Bouncy Castle) must verify over the signed byte ranges, and those ranges
 * must cover the whole file except the signature itself, so nothing was added after signing.
 */
final class PdfSignatureReader {

	private static final BouncyCastleProvider BC = new BouncyCastleProvider();

	private PdfSignatureReader() {
	}

	static PdfSignatureInfo read(PdfReader reader, byte[] pdf) {
		AcroFields fields = reader.getAcroFields();
		List<String> names = new java.util.ArrayList<>(fields.getSignatureTypes().keySet());
		if (names.isEmpty()) {
			return PdfSignatureInfo.unsigned();
		}
		// the signature that covers the file as it is now; anything else means later changes
		String name = names.stream().filter(fields::signatureCoversWholeDocument).findFirst().orElse(null);
		if (name == null) {
			return PdfSignatureInfo.broken(null);
		}
		PdfDictionary signature = fields.getSignatureDictionary(name);
		try {
			PdfArray range = signature.getAsArray(PdfName.BYTERANGE);
			PdfString contents = signature.getAsString(PdfName.CONTENTS);
			if (range == null || range.size() != 4 || contents == null) {
				return PdfSignatureInfo.broken(null);
			}
			long[] r = new long[4];
			for (int i = 0; i < 4; i++) {
				r[i] = range.getAsNumber(i).intValue();
			}
			boolean coversAll = r[0] == 0 && r[1] >= 0 && r[2] >= r[1] && r[3] >= 0 && r[2] + r[3] == pdf.length;
			if (!coversAll) {
				return PdfSignatureInfo.broken(null);
			}
			byte[] signed = new byte[(int) (r[1] + r[3])];
			System.arraycopy(pdf, 0, signed, 0, (int) r[1]);
			System.arraycopy(pdf, (int) r[2], signed, (int) r[1], (int) r[3]);
			ContentInfo info;
			byte[] container = contents.getOriginalBytes();
			java.io.ByteArrayInputStream bytes = new java.io.ByteArrayInputStream(container);
			try (ASN1InputStream in = new ASN1InputStream(bytes, container.length)) {
				info = ContentInfo.getInstance(in.readObject());
				// /Contents is reserved in advance and padded with zeros; anything else after the
				// signature (BER, so measured as read, not re-encoded) is not ours, and the
				// container must say what it is: signed data
				int end = container.length - bytes.available();
				for (int i = end; i < container.length; i++) {
					if (container[i] != 0) {
						return PdfSignatureInfo.broken(null);
					}
				}
			}
			if (!org.bouncycastle.asn1.cms.CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
				return PdfSignatureInfo.broken(null);
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
			for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
				@SuppressWarnings("unchecked")
				Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
				if (certificates.isEmpty()) {
					return PdfSignatureInfo.broken(null);
				}
				X509CertificateHolder certificate = certificates.iterator().next();
				String subject = certificate.getSubject().toString();
				// a self-signed certificate (as SkillCred's are) must carry its own valid signature: a
				// changed byte in it is a changed document, even where the key still matches
				if (certificate.getSubject().equals(certificate.getIssuer()) && !certificate.isSignatureValid(
						new org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder().setProvider(BC)
							.build(certificate))) {
					return PdfSignatureInfo.broken(subject);
				}
				if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate))) {
					return PdfSignatureInfo.broken(subject);
				}
				PublicKey key = new JcaX509CertificateConverter().setProvider(BC).getCertificate(certificate).getPublicKey();
				return new PdfSignatureInfo(true, true, key, subject);
			}
			return PdfSignatureInfo.broken(null);
		}
		catch (IOException | RuntimeException | org.bouncycastle.cms.CMSException
				| org.bouncycastle.operator.OperatorCreationException | java.security.cert.CertificateException
				| org.bouncycastle.cert.CertException ex) {
			return PdfSignatureInfo.broken(null);
		}
	}

}
