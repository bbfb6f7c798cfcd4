package org.skillcred.core.credential;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityObjectTests {

	@Test
	void sha256HashWhenSpecVectorThenMatches() {
		// Open Badges 3.0 spec example: SHA-256 of "a@example.com" + salt "Kosher"
		assertThat(IdentityObject.sha256Hash("a@example.com", "Kosher"))
			.isEqualTo("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399");
	}

	@Test
	void hashedEmailWhenMixedCaseThenNormalisedAndMatches() {
		IdentityObject identity = IdentityObject.hashedEmail("  A@Example.COM ", "Kosher");
		assertThat(identity.identityHash())
			.isEqualTo("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399");
		assertThat(identity.hashed()).isTrue();
		assertThat(identity.identityType()).isEqualTo("emailAddress");
		assertThat(identity.matchesEmail("a@example.com")).isTrue();
		assertThat(identity.matchesEmail("b@example.com")).isFalse();
	}

}
