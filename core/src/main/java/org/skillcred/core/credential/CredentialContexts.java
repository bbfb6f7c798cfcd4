package org.skillcred.core.credential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON-LD contexts SkillCred credentials use, shipped as local resources.
 * <p>
 * Contexts are never fetched from the network: a verifier that dereferences {@code @context} URLs
 * can be made to call any host, and the VC Data Model requires the base context to be treated as
 * already retrieved. This class is immutable and thread-safe.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#base-context">VCDM 2.0 §B.1 Base Context</a>
 */
public final class CredentialContexts {

	/** The VC Data Model 2.0 base context; must be the first {@code @context} entry. */
	public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";

	/** The VC Data Model 1.1 base context, accepted only in legacy {@code vc}-claim JWTs. */
	public static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";

	/** The Open Badges 3.0 context, version 3.0.3. */
	public static final String OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

	/** Prefix shared by every published Open Badges 3.0 context version. */
	public static final String OB_V3_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context";

	private static final Map<String, String> RESOURCES = Map.of(VC_V2, "credentials-v2.jsonld", VC_V1,
			"credentials-v1.jsonld", OB_V3, "ob-v3p0-context-3.0.3.json");

	private CredentialContexts() {
	}

	/**
	 * Returns the bundled document for a context URL.
	 * @param url the context URL as it appears in {@code @context}
	 * @return the document bytes, or empty when the context is not bundled
	 */
	public static Optional<byte[]> document(String url) {
		String resource = RESOURCES.get(url);
		if (resource == null) {
			return Optional.empty();
		}
		try (InputStream in = CredentialContexts.class.getResourceAsStream("/org/skillcred/core/contexts/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("Bundled context missing from the jar: " + resource);
			}
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether a context URL is one this library knows and ships.
	 * @param url a {@code @context} entry
	 * @return true for the bundled VC and Open Badges contexts
	 */
	public static boolean isKnown(String url) {
		return RESOURCES.containsKey(url) || url.startsWith(OB_V3_PREFIX);
	}

}
