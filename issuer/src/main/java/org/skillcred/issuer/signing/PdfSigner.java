package org.skillcred.issuer.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Makes the CMS (PKCS #7) detached signatures that sign certificate PDFs, with the issuer's
 * active credential-signing key, so a PDF proves itself with the same keys as the credential it
 * carries. The private key never leaves this class.
 */
@Component
public class PdfSigner {

	private static final BouncyCastleProvider BC = new BouncyCastleProvider();

	private final SigningKeyRegistry keys;

	private final Clock clock;

	private final List<X509Certificate> configuredChain;

	private final Map<String, List<X509Certificate>> chains = new ConcurrentHashMap<>();

	PdfSigner(SigningKeyRegistry keys, PdfSigningProperties properties, ResourceLoader resources, Clock clock)
			throws IOException, GeneralSecurityException {
		this.keys = keys;
		this.clock = clock;
		this.configuredChain = (properties.certificateChain() != null)
				? readChain(resources.getResource(properties.certificateChain()).getInputStream()) : List.of();
	}

	/**
	 * The certificate chain that goes with an issuer's PDF signatures.
	 * @param issuerId the issuer
	 * @return the chain, signing certificate first
	 */
	public List<X509Certificate> chain(String issuerId) {
		JWK key = keys.activePrivateKey(issuerId);
		return chains.computeIfAbsent(key.getKeyID(), kid -> chainFor(issuerId, key));
	}

	/**
	 * Signs the bytes a PDF signature covers.
	 * @param issuerId the issuer whose active key signs
	 * @param data the covered byte ranges
	 * @return a DER-encoded detached CMS SignedData
	 */
	public byte[] sign(String issuerId, InputStream data) {
		JWK key = keys.activePrivateKey(issuerId);
		try {
			PrivateKey privateKey = ((AsymmetricJWK) key).toPrivateKey();
			String algorithm = privateKey.getAlgorithm().startsWith("EC") ? "SHA256withECDSA"
					: privateKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "Ed25519";
			ContentSigner signer = new JcaContentSignerBuilder(algorithm).setProvider(BC).build(privateKey);
			List<X509Certificate> chain = chain(issuerId);
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
				.build(signer, chain.get(0)));
			generator.addCertificates(new JcaCertStore(chain));
			return generator.generate(new CMSProcessableByteArray(data.readAllBytes()), false).getEncoded();
		}
		catch (JOSEException | OperatorCreationException | GeneralSecurityException | CMSException | IOException ex) {
			throw new IllegalStateException("Signing the PDF failed", ex);
		}
	}

	private List<X509Certificate> chainFor(String issuerId, JWK key) {
		try {
			PublicKey publicKey = ((AsymmetricJWK) key).toPublicKey();
			if (!configuredChain.isEmpty() && configuredChain.get(0).getPublicKey().equals(publicKey)) {
				return configuredChain;
			}
			return List.of(selfSigned(issuerId, key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Unusable key " + key.getKeyID(), ex);
		}
	}

	private X509Certificate selfSigned(String issuerId, JWK key) {
		try {
			PrivateKey privateKey = ((AsymmetricJWK) key).toPrivateKey();
			PublicKey publicKey = ((AsymmetricJWK) key).toPublicKey();
			var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, keys.displayName(issuerId))
				.addRDN(BCStyle.OU, "SkillCred certificate signing")
				.build();
			Date from = Date.from(clock.instant().minus(Duration.ofDays(1)));
			Date until = Date.from(clock.instant().plus(Duration.ofDays(3650)));
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
					new BigInteger(64, new java.security.SecureRandom()).abs().add(BigInteger.ONE), from, until, name,
					publicKey);
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, issuerId)));
			String algorithm = privateKey.getAlgorithm().startsWith("EC") ? "SHA256withECDSA"
					: privateKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "Ed25519";
			X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(privateKey));
			return new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
		}
		catch (JOSEException | OperatorCreationException | GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Creating the PDF signing certificate failed", ex);
		}
	}

	private static List<X509Certificate> readChain(InputStream in) throws IOException, GeneralSecurityException {
		List<X509Certificate> chain = new ArrayList<>();
		try (PEMParser parser = new PEMParser(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
			Object object;
			while ((object = parser.readObject()) != null) {
				if (object instanceof X509CertificateHolder holder) {
					chain.add(new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder));
				}
			}
		}
		return chain;
	}

}
