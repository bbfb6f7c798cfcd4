package org.skillcred.core.credential;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.skillcred.core.TestFixtures;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OpenBadgeCredentialTests {

	@Test
	void writeWhenBuiltThenHasVcdm2AndOb3Shape() {
		OpenBadgeCredential vc = TestFixtures.credential()
			.withStatus(java.util.List.of(StatusEntry.bitstring("https://x.example/status/1", "revocation", 42)));
		JsonNode json = CredentialJson.defaults().read(CredentialJson.defaults().write(vc));

		assertThat(json.path("@context").get(0).asString()).isEqualTo(CredentialContexts.VC_V2);
		assertThat(json.path("@context").get(1).asString()).isEqualTo(CredentialContexts.OB_V3);
		assertThat(json.path("id").asString()).startsWith("urn:uuid:");
		assertThat(json.path("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
		assertThat(json.path("issuer").path("type").get(0).asString()).isEqualTo("Profile");
		assertThat(json.path("validFrom").asString()).isEqualTo("2026-06-01T11:00:00Z");
		JsonNode subject = json.path("credentialSubject");
		assertThat(subject.path("type").get(0).asString()).isEqualTo("AchievementSubject");
		assertThat(subject.path("identifier").get(0).path("type").asString()).isEqualTo("IdentityObject");
		assertThat(subject.path("achievement").path("criteria").path("narrative").asString()).isNotBlank();
		assertThat(subject.path("achievement").path("alignment").get(0).path("type").get(0).asString())
			.isEqualTo("Alignment");
		// one status entry is written as an object: Open Badges 3.0 allows one status object
		JsonNode status = json.path("credentialStatus");
		assertThat(status.isObject()).isTrue();
		assertThat(status.path("statusListIndex").isString()).isTrue();
		assertThat(status.path("statusListIndex").asString()).isEqualTo("42");
		assertThat(status.path("id").asString()).isNotEqualTo(status.path("statusListCredential").asString());
	}

	@Test
	void builderWhenSubSecondDatesThenTruncated() {
		OpenBadgeCredential vc = TestFixtures.credential(TestFixtures.ISSUER_DID,
				Instant.parse("2026-06-01T11:00:00.987Z"), Instant.parse("2027-06-01T11:00:00.5Z"));
		assertThat(vc.validFrom()).isEqualTo(Instant.parse("2026-06-01T11:00:00Z"));
		assertThat(vc.validUntil()).isEqualTo(Instant.parse("2027-06-01T11:00:00Z"));
	}

	@Test
	void builderWhenUntilBeforeFromThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> TestFixtures.credential(TestFixtures.ISSUER_DID,
				Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z")));
	}

}
