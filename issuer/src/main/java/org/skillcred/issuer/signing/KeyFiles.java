package org.skillcred.issuer.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.Collections;
import java.util.Locale;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * Reads private signing keys from PEM (PKCS#8 or SEC1, parsed with Bouncy Castle), JWK JSON or
 * PKCS#12 files, and returns them as private JWKs with the public part filled in.
 * <p>
 * Error messages name the file, never its content.
 */
final class KeyFiles {

	private KeyFiles() {
	}

	static JWK load(Resource resource, @Nullable String password, @Nullable String alias) {
		String name = resource.getDescription();
		String filename = (resource.getFilename() != null) ? resource.getFilename().toLowerCase(Locale.ROOT) : "";
		try (InputStream in = resource.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			JWK jwk;
			if (filename.endsWith(".p12") || filename.endsWith(".pfx")) {
				jwk = fromPkcs12(bytes, password, alias);
			}
			else if (filename.endsWith(".jwk") || filename.endsWith(".json")) {
				jwk = JWK.parse(new String(bytes, StandardCharsets.UTF_8));
			}
			else {
				jwk = fromPem(new String(bytes, StandardCharsets.US_ASCII));
			}
			if (!jwk.isPrivate()) {
				throw new IllegalStateException("the file holds no private key");
			}
			return jwk;
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("Cannot read signing key " + name + ": " + ex.getMessage(), ex);
		}
		catch (IOException | ParseException | JOSEException | java.security.GeneralSecurityException
				| RuntimeException ex) {
			// the cause's message may quote key material, so only its type is reported
			throw new IllegalStateException("Cannot read signing key " + name + ": not a usable key file ("
					+ ex.getClass().getSimpleName() + ")", ex);
		}
	}

	private static JWK fromPem(String pem) throws IOException, java.security.GeneralSecurityException {
		try (PEMParser parser = new PEMParser(new StringReader(pem))) {
			Object object = parser.readObject();
			JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(new BouncyCastleProvider());
			if (object instanceof PEMKeyPair pair) { // SEC1 "EC PRIVATE KEY" or "RSA PRIVATE KEY"
				PrivateKeyInfo info = pair.getPrivateKeyInfo();
				if (info.getPrivateKeyAlgorithm().getParameters() == null && pair.getPublicKeyInfo() != null) {
					// SEC1 files may leave the curve to the public key's algorithm identifier
					info = new PrivateKeyInfo(pair.getPublicKeyInfo().getAlgorithm(), info.parsePrivateKey());
				}
				object = info;
			}
			if (object instanceof PrivateKeyInfo info) {
				if (EdECObjectIdentifiers.id_Ed25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
					Ed25519PrivateKeyParameters ed = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(info);
					return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(ed.generatePublicKey().getEncoded()))
						.d(Base64URL.encode(ed.getEncoded()))
						.build();
				}
				return fromPrivateKey(converter.getPrivateKey(info));
			}
			throw new IllegalStateException("PEM does not contain a private key");
		}
	}

	private static JWK fromPrivateKey(PrivateKey key) throws java.security.GeneralSecurityException {
		if (key instanceof ECPrivateKey ec) {
			// derive the public point Q = d·G, since PKCS#8 files need not carry it
			org.bouncycastle.jce.spec.ECParameterSpec bcSpec = ((org.bouncycastle.jce.interfaces.ECPrivateKey) ec)
				.getParameters();
			ECMultiplier multiplier = new FixedPointCombMultiplier();
			org.bouncycastle.math.ec.ECPoint q = multiplier.multiply(bcSpec.getG(), ec.getS()).normalize();
			ECPoint w = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
			java.security.interfaces.ECPublicKey publicKey = (java.security.interfaces.ECPublicKey) KeyFactory
				.getInstance("EC")
				.generatePublic(new ECPublicKeySpec(w, ec.getParams()));
			Curve curve = Curve.forECParameterSpec(ec.getParams());
			if (!Curve.P_256.equals(curve)) {
				throw new IllegalStateException("Only P-256 EC keys are supported, not " + curve);
			}
			return new ECKey.Builder(Curve.P_256, publicKey).privateKey(ec).build();
		}
		if (key instanceof RSAPrivateCrtKey rsa) {
			java.security.interfaces.RSAPublicKey publicKey = (java.security.interfaces.RSAPublicKey) KeyFactory
				.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
			if (rsa.getModulus().bitLength() < 2048) {
				throw new IllegalStateException("RSA keys must have at least 2048 bits");
			}
			return new RSAKey.Builder(publicKey).privateKey(rsa).build();
		}
		throw new IllegalStateException("Unsupported key algorithm " + key.getAlgorithm());
	}

	private static JWK fromPkcs12(byte[] bytes, @Nullable String password, @Nullable String alias)
			throws IOException, java.security.GeneralSecurityException, JOSEException {
		char[] pin = (password != null) ? password.toCharArray() : new char[0];
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new java.io.ByteArrayInputStream(bytes), pin);
		String chosen = alias;
		if (chosen == null || chosen.isBlank()) {
			chosen = Collections.list(store.aliases())
				.stream()
				.filter(a -> isKeyEntry(store, a))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("PKCS#12 store holds no private key"));
		}
		JWK jwk = JWK.load(store, chosen, pin);
		if (jwk == null) {
			throw new IllegalStateException("No key entry named " + chosen);
		}
		return jwk;
	}

	private static boolean isKeyEntry(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias);
		}
		catch (java.security.KeyStoreException ex) {
			return false;
		}
	}


}
