package org.skillcred.issuer.signing;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.skillcred.core.jose.KeyIds;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The thumbprints of the development keys shipped in {@code keys-sample/}, computed from the
 * files themselves so that a copied or renamed sample key is still recognised.
 */
final class SampleKeys {

	private SampleKeys() {
	}

	static Set<String> thumbprints() {
		Set<String> thumbprints = new HashSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:keys-sample/*.pem")) {
				thumbprints.add(KeyIds.thumbprint(KeyFiles.load(resource, null, null)));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the sample keys", ex);
		}
		return thumbprints;
	}

}
