package org.skillcred.issuer.signing;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcred.core.jose.JoseCrypto;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KeyFilesTests {

	@TempDir
	Path dir;

	@Test
	void loadWhenSamplePemsThenEs256AndEd25519WithPublicParts() {
		JWK ec = KeyFiles.load(new ClassPathResource("keys-sample/es256-private.pem"), null, null);
		JWK ed = KeyFiles.load(new ClassPathResource("keys-sample/ed25519-private.pem"), null, null);

		assertThat(ec).isInstanceOf(ECKey.class);
		assertThat(((ECKey) ec).getCurve()).isEqualTo(Curve.P_256);
		assertThat(ec.isPrivate()).isTrue();
		assertThat(JoseCrypto.algorithmFor(ec)).isEqualTo(JWSAlgorithm.ES256);
		assertThat(ed).isInstanceOf(OctetKeyPair.class);
		assertThat(JoseCrypto.algorithmFor(ed)).isEqualTo(JWSAlgorithm.EdDSA);
		// the derived public part must match the private part: sign and verify
		assertThat(roundTrip(ec)).isTrue();
		assertThat(roundTrip(ed)).isTrue();
	}

	@Test
	void loadWhenSec1PemRsaPemOrJwkThenLoaded() throws Exception {
		// as "openssl ecparam -genkey" writes it: SEC1 "EC PRIVATE KEY" naming the curve
		KeyPairGenerator ecGen = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
		ecGen.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair ecPair = ecGen.generateKeyPair();
		Path sec1 = dir.resolve("issuer-ec.pem");
		Files.writeString(sec1, pem(ecPair));
		assertThat(Files.readString(sec1)).startsWith("-----BEGIN EC PRIVATE KEY-----");
		assertThat(roundTrip(KeyFiles.load(new FileSystemResource(sec1), null, null))).isTrue();

		KeyPairGenerator rsaGen = KeyPairGenerator.getInstance("RSA");
		rsaGen.initialize(2048);
		Path rsa = dir.resolve("issuer-rsa.pem");
		Files.writeString(rsa, pem(rsaGen.generateKeyPair()));
		JWK rsaKey = KeyFiles.load(new FileSystemResource(rsa), null, null);
		assertThat(rsaKey).isInstanceOf(RSAKey.class);
		assertThat(roundTrip(rsaKey)).isTrue();

		Path jwk = dir.resolve("issuer.jwk");
		Files.writeString(jwk, new ECKeyGenerator(Curve.P_256).generate().toJSONString());
		assertThat(roundTrip(KeyFiles.load(new FileSystemResource(jwk), null, null))).isTrue();
	}

	@Test
	void loadWhenPkcs12ThenKeyEntryUsed() throws Exception {
		KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
		gen.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair pair = gen.generateKeyPair();
		X500Name name = new X500Name("CN=SkillCred Test Issuer");
		X509Certificate cert = new JcaX509CertificateConverter()
			.getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(),
					new Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("issuer", pair.getPrivate(), "changeit".toCharArray(), new X509Certificate[] { cert });
		Path p12 = dir.resolve("issuer.p12");
		try (var out = Files.newOutputStream(p12)) {
			store.store(out, "changeit".toCharArray());
		}

		JWK loaded = KeyFiles.load(new FileSystemResource(p12), "changeit", null);

		assertThat(loaded).isInstanceOf(ECKey.class);
		assertThat(roundTrip(loaded)).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> KeyFiles.load(new FileSystemResource(p12), "wrong", null))
			.withMessageContaining("issuer.p12");
	}

	@Test
	void loadWhenNotAKeyOrPublicOnlyThenClearErrorWithoutContent() throws Exception {
		Path garbage = dir.resolve("garbage.pem");
		Files.writeString(garbage, "not a key at all");
		assertThatIllegalStateException().isThrownBy(() -> KeyFiles.load(new FileSystemResource(garbage), null, null))
			.withMessageContaining("garbage.pem")
			.withMessageNotContaining("not a key at all");
		Path publicOnly = dir.resolve("public.jwk");
		Files.writeString(publicOnly, new ECKeyGenerator(Curve.P_256).generate().toPublicJWK().toJSONString());
		assertThatIllegalStateException().isThrownBy(() -> KeyFiles.load(new FileSystemResource(publicOnly), null, null))
			.withMessageContaining("public.jwk")
			.withMessageContaining("no private key");
		assertThatIllegalStateException()
			.isThrownBy(() -> KeyFiles.load(new FileSystemResource(dir.resolve("missing.pem")), null, null))
			.withMessageContaining("missing.pem");
	}

	private static String pem(KeyPair pair) throws Exception {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			writer.writeObject(new JcaMiscPEMGenerator(pair));
		}
		return out.toString();
	}

	private static boolean roundTrip(JWK key) {
		try {
			com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(
					new com.nimbusds.jose.JWSHeader(JoseCrypto.algorithmFor(key)), new com.nimbusds.jose.Payload("x"));
			jws.sign(JoseCrypto.signer(key));
			return jws.verify(JoseCrypto.verifier(key.toPublicJWK()));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
