package org.skillcred.verifier.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.skillcred.verifier.support.IssuerProcess;
import org.skillcred.verifier.support.TestFiles;
import org.skillcred.verifier.support.VerifierIntegrationTest;
import org.skillcred.verifier.support.VerifierIntegrationTest.TrustFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The real issuer (its jar, in its own process) and the verifier together: what the issuer signs,
 * the verifier accepts, by every route an employer uses.
 */
@VerifierIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "verifier.trust.keys.cache-ttl=1s")
class IssuerToVerifierEndToEndTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static IssuerProcess issuer;

	@Autowired
	MockMvc mvc;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void startIssuer(DynamicPropertyRegistry registry) throws Exception {
		Path jar = IssuerProcess.jar()
			.orElseThrow(() -> new IllegalStateException("Build the issuer first (./mvnw verify builds it before the "
					+ "verifier); its jar is needed for the end-to-end tests"));
		issuer = IssuerProcess.start(jar);
		Path trust = issuer.trustFile();
		registry.add("verifier.trust.list.location", () -> "file:" + trust);
	}

	@AfterAll
	static void stopIssuer() {
		if (issuer != null) {
			issuer.close();
		}
	}

	private JsonNode issue(String achievement, String name) throws Exception {
		return issuer.issue(achievement, name);
	}

	private JsonNode verify(String jwt) throws Exception {
		return JSON.readTree(mvc.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
			.content("{\"credential\":\"" + jwt + "\"}")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void cliUploadsTheSampleCohortThenProgressToTheEndAndEveryCredentialVerifies(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		Path results = dir.resolve("results.csv");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

		int exit = org.skillcred.cli.SkillcredCli.run(new String[] { "upload", "../samples/cohort-sample.csv", "--issuer",
				issuer.baseUrl(), "--results", results.toString(), "--poll", "0.2" },
				new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
				new java.io.PrintStream(err, true, StandardCharsets.UTF_8), "demo-partner-key", false);

		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("100% 300/300").contains("Done: 300 issued");
		List<String> lines = Files.readAllLines(results);
		assertThat(lines).hasSize(301);
		assertThat(lines.stream().skip(1).filter(line -> line.contains(",ISSUED,"))).hasSize(300);
		for (String line : lines.subList(1, 301)) {
			String verifyUrl = line.split(",")[6];
			JsonNode byLink = JSON.readTree(mvc.perform(get(URI.create(verifyUrl).getPath()).accept(MediaType.APPLICATION_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(byLink.path("verdict").asString()).as(line).isEqualTo("VALID");
		}
	}

	@Test
	void issuedThenValidByTokenLinkQrAndVcApi() throws Exception {
		JsonNode issued = issue("genai-foundations", "Aïcha Benali");
		String jwt = issued.path("credential").asString();

		JsonNode byToken = verify(jwt);
		assertThat(byToken.path("verdict").asString()).isEqualTo("VALID");
		assertThat(byToken.path("credential").path("learnerName").asString()).isEqualTo("Aïcha Benali");

		String link = issued.path("links").path("verify").asString();
		String path = URI.create(link).getPath();
		JsonNode byLink = JSON.readTree(mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(byLink.path("verdict").asString()).isEqualTo("VALID");

		JsonNode byQr = JSON.readTree(mvc.perform(multipart("/api/v1/verify")
			.file(new MockMultipartFile("file", "qr.png", "image/png", TestFiles.qrPng(link))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(byQr.path("verdict").asString()).isEqualTo("VALID");

		String page = mvc.perform(get(path).accept(MediaType.TEXT_HTML).header("Accept-Language", "fr-FR,fr;q=0.9"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Aïcha Benali").contains("Valide");

		int status = mvc.perform(post("/credentials/verify").contentType(MediaType.APPLICATION_JSON)
			.content("{\"verifiableCredential\":\"" + jwt + "\"}")).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(200);
	}

	private void change(String id, String action, String body) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer.baseUrl() + "/api/v1/credentials/"
				+ id + "/" + action))
			.header("Authorization", "Bearer demo-partner-key")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void suspendReinstateRevokeAtIssuerThenVerifierFollows() throws Exception {
		JsonNode issued = issue("genai-foundations", "Status Learner");
		String id = issued.path("id").asString();
		String jwt = issued.path("credential").asString();
		assertThat(verify(jwt).path("verdict").asString()).isEqualTo("VALID");

		change(id, "suspend", "{\"reason\":\"Investigation\"}");
		JsonNode suspended = verify(jwt);
		assertThat(suspended.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(suspended.toString()).contains("SUSPENDED");

		change(id, "reinstate", "{}");
		assertThat(verify(jwt).path("verdict").asString()).isEqualTo("VALID");

		change(id, "revoke", "{\"reason\":\"Exam misconduct\"}");
		JsonNode revoked = verify(jwt);
		assertThat(revoked.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(revoked.toString()).contains("REVOKED");
	}

	@Test
	void partnerIssuingInItsOwnNameThenTrustedThroughThePlatform() throws Exception {
		HttpResponse<String> partner = http.send(HttpRequest.newBuilder(URI.create(issuer.baseUrl() + "/api/v1/admin/partners"))
			.header("Authorization", "Bearer demo-admin-key")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Université Ouverte\",\"slug\":\"universite-ouverte\",\"ownIssuer\":true}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(partner.statusCode()).as(partner.body()).isEqualTo(201);
		JsonNode created = JSON.readTree(partner.body());
		HttpResponse<String> achievement = http.send(HttpRequest.newBuilder(URI.create(issuer.baseUrl() + "/api/v1/admin/partners/"
				+ created.path("id").asString() + "/achievements"))
			.header("Authorization", "Bearer demo-admin-key")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"ia-ethique\",\"name\":\"Éthique de l’IA\","
					+ "\"description\":\"Cours.\",\"criteriaNarrative\":\"Examen réussi.\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(achievement.statusCode()).as(achievement.body()).isEqualTo(201);
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(issuer.baseUrl() + "/api/v1/credentials"))
			.header("Authorization", "Bearer " + created.path("apiKey").asString())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"achievementId\":\"ia-ethique\",\"recipient\":{\"name\":\"Léa\"}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode body = JSON.readTree(issued.body());
		JsonNode report = verify(body.path("credential").asString());
		assertThat(report.path("verdict").asString()).as(report.toString()).isEqualTo("VALID");
		assertThat(report.path("credential").path("issuerId").asString()).endsWith(":partners:universite-ouverte");
		String path = URI.create(body.path("links").path("verify").asString()).getPath();
		JsonNode byLink = JSON.readTree(mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(byLink.path("verdict").asString()).isEqualTo("VALID");
	}

	private JsonNode admin(String path, String body) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer.baseUrl() + path))
			.header("Authorization", "Bearer demo-admin-key")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	@Test
	void keyRotationThenCompromiseSeenByVerifier() throws Exception {
		String before = issue("genai-foundations", "Rotation Learner").path("credential").asString();
		String oldKid = com.nimbusds.jose.JWSObject.parse(before).getHeader().getKeyID();
		admin("/api/v1/admin/keys/rotate", "{}");
		String after = issue("genai-foundations", "Rotation Learner").path("credential").asString();
		assertThat(com.nimbusds.jose.JWSObject.parse(after).getHeader().getKeyID()).isNotEqualTo(oldKid);
		assertThat(verify(before).path("verdict").asString()).isEqualTo("VALID");
		assertThat(verify(after).path("verdict").asString()).isEqualTo("VALID");

		admin("/api/v1/admin/keys/compromise", "{\"kid\":\"" + oldKid + "\",\"reason\":\"Key leaked\"}");
		Thread.sleep(1500); // the verifier's key cache lives 1 s in this test
		JsonNode rejected = verify(before);
		assertThat(rejected.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(rejected.toString()).contains("KEY_COMPROMISED");
		assertThat(verify(after).path("verdict").asString()).isEqualTo("VALID");
	}

	private JsonNode uploadPdf(byte[] pdf) throws Exception {
		return JSON.readTree(mvc.perform(multipart("/api/v1/verify")
			.file(new MockMultipartFile("file", "certificate.pdf", "application/pdf", pdf)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static String check(JsonNode report, String name) {
		for (JsonNode check : report.path("checks")) {
			if (check.path("name").asString().equals(name)) {
				return check.path("status").asString() + "/" + check.path("code").asString();
			}
		}
		return "absent";
	}

	@Test
	void signedCertificatePdfThenCredentialAndPdfSignatureChecked() throws Exception {
		JsonNode issued = issue("genai-foundations", "PDF Learner");
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(issuer.baseUrl() + "/api/v1/credentials/"
				+ issued.path("id").asString() + "/pdf"))
			.header("Authorization", "Bearer demo-partner-key")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		byte[] pdf = response.body();

		JsonNode genuine = uploadPdf(pdf);
		assertThat(genuine.path("verdict").asString()).as(genuine.toString()).isEqualTo("VALID");
		assertThat(genuine.path("source").asString()).isEqualTo("PDF");
		assertThat(check(genuine, "PDF_SIGNATURE")).isEqualTo("PASSED/OK");

		// an incremental update appended after signing: the signature no longer covers the file
		byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 40);
		System.arraycopy("\n% added after signing\n".getBytes(), 0, appended, pdf.length, 23);
		JsonNode extended = uploadPdf(appended);
		assertThat(extended.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(check(extended, "PDF_SIGNATURE")).isEqualTo("FAILED/PDF_ALTERED");

		// a byte changed inside the signed range
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		int at = text.indexOf("SkillCred", text.indexOf("/Creator"));
		byte[] tampered = pdf.clone();
		tampered[at] = 'X';
		JsonNode changed = uploadPdf(tampered);
		assertThat(changed.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(check(changed, "PDF_SIGNATURE")).isEqualTo("FAILED/PDF_ALTERED");

		// regression: changes to the signature container outside what the signer's key checks were
		// accepted: the container's type, bytes after the signature, the certificate's own signature
		int contents = text.indexOf("/Contents <") + "/Contents <".length();
		String hex = text.substring(contents, text.indexOf('>', contents));
		int oid = hex.toUpperCase(java.util.Locale.ROOT).indexOf("2A864886F70D010702");
		assertThat(oid).as("the signedData OID at the container's start").isBetween(0, 40);
		assertThat(uploadPdfWithContents(pdf, contents, oid + 17, '1')).as("container typed id-data").isEqualTo("FAILED/PDF_ALTERED");
		assertThat(uploadPdfWithContents(pdf, contents, hex.length() - 2, '4')).as("a byte after the signature")
			.isEqualTo("FAILED/PDF_ALTERED");
		byte[] der = org.bouncycastle.util.encoders.Hex.decode(hex);
		org.bouncycastle.cms.CMSSignedData cms;
		try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(der)) {
			cms = new org.bouncycastle.cms.CMSSignedData(org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject()));
		}
		byte[] certificate = ((org.bouncycastle.cert.X509CertificateHolder) cms.getCertificates().getMatches(null).iterator().next())
			.getEncoded();
		int inHex = hex.toUpperCase(java.util.Locale.ROOT)
			.indexOf(org.bouncycastle.util.encoders.Hex.toHexString(certificate).toUpperCase(java.util.Locale.ROOT));
		assertThat(inHex).as("the certificate inside the container").isPositive();
		int lastSignatureDigit = inHex + 2 * certificate.length - 3;
		char digit = hex.charAt(lastSignatureDigit);
		assertThat(uploadPdfWithContents(pdf, contents, lastSignatureDigit, digit == '0' ? '1' : '0'))
			.as("the certificate's own signature changed").isEqualTo("FAILED/PDF_ALTERED");
	}

	/** The PDF_SIGNATURE check of a copy with one hex digit of /Contents replaced (outside the signed range). */
	private String uploadPdfWithContents(byte[] pdf, int contentsStart, int hexIndex, char digit) throws Exception {
		byte[] copy = pdf.clone();
		copy[contentsStart + hexIndex] = (byte) digit;
		return check(uploadPdf(copy), "PDF_SIGNATURE");
	}


	@Test
	void ob3ProfileCredentialThenValid() throws Exception {
		JsonNode report = verify(issue("ai-practitioner-advanced", "Олена Коваль").path("credential").asString());
		assertThat(report.path("verdict").asString()).isEqualTo("VALID");
		assertThat(report.path("profile").asString()).isEqualTo("OB3_JWT");
	}

	@Test
	void tamperedIssuedCredentialThenBadSignature() throws Exception {
		String jwt = issue("public-sector-ai-governance", "Kwame Mensah").path("credential").asString();
		String[] parts = jwt.split("\\.");
		String payload = new String(new Base64URL(parts[1]).decode(), StandardCharsets.UTF_8)
			.replace("Kwame Mensah", "Kwame Forger");
		JsonNode report = verify(parts[0] + "." + Base64URL.encode(payload) + "." + parts[2]);
		assertThat(report.path("verdict").asString()).isEqualTo("INVALID");
		assertThat(report.toString()).contains("BAD_SIGNATURE");
	}

}
