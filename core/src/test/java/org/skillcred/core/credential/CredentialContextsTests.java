package org.skillcred.core.credential;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialContextsTests {

	@Test
	void documentWhenBundledContextThenParsesAndDefinesTerms() {
		JsonNode v2 = CredentialJson.defaults().read(CredentialContexts.document(CredentialContexts.VC_V2).orElseThrow());
		assertThat(v2.path("@context").has("BitstringStatusListEntry")).isTrue();
		assertThat(v2.path("@context").has("EnvelopedVerifiableCredential")).isTrue();
		JsonNode ob = CredentialJson.defaults().read(CredentialContexts.document(CredentialContexts.OB_V3).orElseThrow());
		assertThat(ob.path("@context").has("OpenBadgeCredential")).isTrue();
		assertThat(ob.path("@context").has("AchievementSubject")).isTrue();
	}

	@Test
	void documentWhenUnknownContextThenEmpty() {
		assertThat(CredentialContexts.document("https://evil.example/context.json")).isEmpty();
		assertThat(CredentialContexts.isKnown("https://evil.example/context.json")).isFalse();
		assertThat(CredentialContexts.isKnown(CredentialContexts.VC_V2)).isTrue();
	}

}
