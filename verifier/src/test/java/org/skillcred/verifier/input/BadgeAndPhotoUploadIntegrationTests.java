package org.skillcred.verifier.input;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.skillcred.verifier.support.FakeIssuer;
import org.skillcred.verifier.support.TestFiles;
import org.skillcred.verifier.support.VerifierIntegrationTest;
import org.skillcred.verifier.support.VerifierIntegrationTest.TrustFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * What learners and employers actually upload: the learner's baked {@code badge.png} (or an SVG
 * badge), and phone photos of a QR code as large as recent phones take them.
 */
@VerifierIntegrationTest
class BadgeAndPhotoUploadIntegrationTests {

	static final FakeIssuer issuer = FakeIssuer.started();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void trustList(DynamicPropertyRegistry registry) throws Exception {
		var file = TrustFile.write(Files.createTempFile("trusted-issuers", ".yml"),
				TrustFile.entry(issuer.did(), "fake", "Fake Academy"));
		registry.add("verifier.trust.list.location", () -> "file:" + file);
	}

	@AfterAll
	static void stop() {
		issuer.close();
	}

	private MvcResult upload(byte[] file, String name) throws Exception {
		return mvc.perform(multipart("/api/v1/verify")
			.file(new MockMultipartFile("file", name, "application/octet-stream", file))).andReturn();
	}

	private JsonNode verified(byte[] file, String name) throws Exception {
		MvcResult result = upload(file, name);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String problemCode(byte[] file, String name) throws Exception {
		MvcResult result = upload(file, name);
		assertThat(result.getResponse().getStatus()).as(name).isBetween(400, 499);
		return JSON.readTree(result.getResponse().getContentAsString()).path("code").asString();
	}

	@Test
	void bakedPngBadgeThenItsCredentialIsVerified() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		JsonNode report = verified(TestFiles.bakedPng(false, jwt), "badge.png");
		assertThat(report.path("verdict").asString()).isEqualTo("VALID");
		assertThat(report.path("source").asString()).isEqualTo("BAKED_BADGE");
		assertThat(report.path("credential").path("learnerName").asString()).isEqualTo("Amina Yusuf");

		String page = mvc.perform(multipart("/")
			.file(new MockMultipartFile("file", "badge.png", "image/png", TestFiles.bakedPng(false, jwt)))
			.accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "fr")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("card verdict VALID").contains("<h1>Valide</h1>");
	}

	@Test
	void bakedSvgBadgeThenItsCredentialIsVerified() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		String svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
				+ "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\" width=\"100\" height=\"100\">"
				+ "<openbadges:credential verify=\"" + jwt + "\"/><circle cx=\"50\" cy=\"50\" r=\"40\"/></svg>";
		JsonNode report = verified(svg.getBytes(StandardCharsets.UTF_8), "badge.svg");
		assertThat(report.path("verdict").asString()).isEqualTo("VALID");
		assertThat(report.path("source").asString()).isEqualTo("BAKED_BADGE");
	}

	@Test
	void badgesThatBreakTheBakingRulesOrCarryNothingThenClearProblems() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		assertThat(problemCode(TestFiles.bakedPng(true, jwt), "compressed.png")).isEqualTo("UNSUPPORTED_FILE");
		assertThat(problemCode(TestFiles.bakedPng(false, jwt, jwt), "twice.png")).isEqualTo("UNSUPPORTED_FILE");
		assertThat(problemCode(TestFiles.bakedPng(false, "x".repeat(300_000)), "huge.png")).isEqualTo("UNSUPPORTED_FILE");
		assertThat(problemCode(TestFiles.image(100, 100, "png"), "plain.png")).as("no badge, no QR code")
			.isEqualTo("NO_QR_CODE");
		String empty = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>";
		assertThat(problemCode(empty.getBytes(StandardCharsets.UTF_8), "plain.svg")).isEqualTo("NO_CREDENTIAL_IN_BADGE");
		String laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
				+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
				+ "<openbadges:credential>&c;</openbadges:credential></svg>";
		assertThat(problemCode(laughs.getBytes(StandardCharsets.UTF_8), "laughs.svg")).isEqualTo("UNSUPPORTED_FILE");
		String external = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>";
		assertThat(problemCode(external.getBytes(StandardCharsets.UTF_8), "xxe.svg")).isEqualTo("UNSUPPORTED_FILE");
		assertThat(problemCode("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "page.html"))
			.isEqualTo("NO_CREDENTIAL_IN_BADGE");
	}

	/** Photos from recent phones: 48 megapixels and about 20 MB, read subsampled. */
	@Test
	void twentyMegabytePhonePhotoOfQrCodeThenVerified() throws Exception {
		UUID id = UUID.randomUUID();
		issuer.issue(id, null);
		byte[] photo = TestFiles.photoOfQr(issuer.baseUrl() + "/v/fake/" + id, 8000, 0.8f);
		assertThat(photo.length).as("a photo as large as phones take, within the 25 MB limit")
			.isBetween(19_000_000, 25 * 1024 * 1024);
		JsonNode report = verified(photo, "IMG_0001.jpg");
		assertThat(report.path("source").asString()).isEqualTo("QR_IMAGE");
		assertThat(report.path("verdict").asString()).as(report.toString()).isEqualTo("VALID");
	}

}
