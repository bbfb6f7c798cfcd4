package org.skillcred.verifier.page;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The result page answers first: the outcome and the one reason, then who was certified, then
 * the checks. Each outcome looks different; input mistakes are form errors, not verdicts; an
 * uploaded document's page never contradicts itself.
 */
@VerifierIntegrationTest
class ResultPageIntegrationTests {

	static final FakeIssuer issuer = FakeIssuer.started();

	static final FakeIssuer downIssuer = FakeIssuer.started();

	static final FakeIssuer untrusted = FakeIssuer.started();

	private static final Pattern VERDICT_CARD = Pattern.compile("class=\"card verdict ([A-Z_]+)\"");

	@Autowired
	MockMvc mvc;


	@DynamicPropertySource
	static void trustList(DynamicPropertyRegistry registry) throws Exception {
		downIssuer.setUp(false);
		var file = TrustFile.write(Files.createTempFile("trusted-issuers", ".yml"),
				TrustFile.entry(issuer.did(), "fake", "Fake Academy"),
				TrustFile.entry(downIssuer.did(), "down", "Offline Academy"));
		registry.add("verifier.trust.list.location", () -> "file:" + file);
	}

	@AfterAll
	static void stop() {
		issuer.close();
		downIssuer.close();
		untrusted.close();
	}

	private String page(String link, String language) throws Exception {
		MvcResult result = mvc.perform(get(link).accept(MediaType.TEXT_HTML).header("Accept-Language", language))
			.andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult pasted(String text, String language) throws Exception {
		return mvc.perform(multipart("/").param("text", text).accept(MediaType.TEXT_HTML)
			.header("Accept-Language", language)).andReturn();
	}

	private static String outcome(String html) {
		Matcher m = VERDICT_CARD.matcher(html);
		assertThat(m.find()).as("a verdict card").isTrue();
		return m.group(1);
	}

	/** The reason stands in the verdict card, above every check and above the summary. */
	private static void assertReasonFirst(String html, String reason) {
		int at = html.indexOf(reason);
		assertThat(at).as(reason).isPositive();
		assertThat(at).isLessThan(html.indexOf("Awarded to") < 0 ? Integer.MAX_VALUE : html.indexOf("Awarded to"))
			.isLessThan(html.indexOf("checks-heading"));
		assertThat(html.substring(0, at)).as("nothing says Passed before the reason").doesNotContain(">Passed<");
	}

	@Test
	void eachOutcomeHasItsHeadlineReasonAndLookFirst() throws Exception {
		Set<String> looks = new HashSet<>();

		UUID valid = UUID.randomUUID();
		issuer.issue(valid, 7L);
		String validPage = page("/v/fake/" + valid, "en");
		assertThat(outcome(validPage)).isEqualTo("VALID");
		assertThat(validPage).contains("<h1>Valid</h1>").doesNotContain("class=\"reason\"");
		looks.add(outcome(validPage));

		UUID revoked = UUID.randomUUID();
		issuer.issue(revoked, 8L);
		issuer.revoke(8);
		String revokedPage = page("/v/fake/" + revoked, "en");
		assertThat(outcome(revokedPage)).isEqualTo("REVOKED");
		assertThat(revokedPage).contains("<h1>Revoked</h1>");
		assertReasonFirst(revokedPage, "has revoked this certificate");

		UUID suspended = UUID.randomUUID();
		issuer.issue(suspended, 9L);
		issuer.suspend(9, true);
		String suspendedPage = page("/v/fake/" + suspended, "en");
		assertThat(outcome(suspendedPage)).isEqualTo("SUSPENDED");
		assertReasonFirst(suspendedPage, "A suspension may be temporary: contact \u2068Fake Academy\u2069");

		UUID expired = UUID.randomUUID();
		issuer.issue(issuer.credential(expired, Instant.parse("2024-01-01T00:00:00Z"),
				Instant.parse("2025-03-01T00:00:00Z"), null));
		String expiredPage = page("/v/fake/" + expired, "en");
		assertThat(outcome(expiredPage)).isEqualTo("EXPIRED");
		assertReasonFirst(expiredPage, "This certificate expired on \u20681 March 2025\u2069.");

		String notFound = page("/v/fake/" + UUID.randomUUID(), "en");
		assertThat(outcome(notFound)).isEqualTo("NOT_FOUND");
		assertReasonFirst(notFound, "The issuer has no credential with this identifier.");
		assertThat(notFound).contains("Finding the certificate").doesNotContain(">Format<");

		UUID offline = UUID.randomUUID();
		String unconfirmed = page("/v/down/" + offline, "en");
		assertThat(outcome(unconfirmed)).isEqualTo("UNCONFIRMED");
		assertThat(unconfirmed).contains("Try again later");

		String foreign = untrusted.issue(UUID.randomUUID(), null);
		String untrustedPage = pasted(foreign, "en").getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(outcome(untrustedPage)).isEqualTo("UNTRUSTED");
		assertReasonFirst(untrustedPage, "not on this verifier");

		String genuine = issuer.issue(UUID.randomUUID(), null);
		String[] parts = genuine.split("\\.");
		String otherSignature = issuer.issue(UUID.randomUUID(), null).split("\\.")[2];
		String altered = parts[0] + "." + parts[1] + "." + otherSignature; // a signature made for another credential
		String forgedPage = pasted(altered, "en").getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(outcome(forgedPage)).isEqualTo("NOT_AUTHENTIC");

		for (String html : new String[] { revokedPage, suspendedPage, expiredPage, notFound, unconfirmed,
				untrustedPage, forgedPage }) {
			looks.add(outcome(html));
		}
		assertThat(looks).as("eight outcomes, eight looks").hasSize(8);
	}

	@Test
	void reasonsReadInTheVisitorsLanguage() throws Exception {
		UUID suspended = UUID.randomUUID();
		issuer.issue(suspended, 11L);
		issuer.suspend(11, true);
		assertThat(page("/v/fake/" + suspended, "fr")).contains("<h1>Suspendu</h1>")
			.contains("Une suspension peut être temporaire");
		assertThat(page("/v/fake/" + suspended, "ar")).contains("<h1>معلّقة</h1>").contains("قد يكون التعليق مؤقتًا")
			.as("the English achievement name marked as English").contains("<dd lang=\"en\">Generative AI Foundations</dd>");
		assertThat(page("/v/fake/" + suspended, "en")).contains("<dd>Generative AI Foundations</dd>");
		UUID expired = UUID.randomUUID();
		issuer.issue(issuer.credential(expired, Instant.parse("2024-01-01T00:00:00Z"),
				Instant.parse("2025-03-01T00:00:00Z"), null));
		assertThat(page("/v/fake/" + expired, "es")).contains("Este certificado caducó el \u20681 de marzo de 2025\u2069.");
	}

	@Test
	void inputMistakesAreFormErrorsNotVerdicts() throws Exception {
		for (String text : new String[] { "hello world", "https://example.org/some/page", "eyJhbGciOi.truncated" }) {
			MvcResult result = pasted(text, "fr");
			String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(result.getResponse().getStatus()).as(text).isEqualTo(422);
			assertThat(html).as(text).contains("role=\"alert\"").contains("Ce n’est ni une attestation ni un lien")
				.doesNotContain("card verdict").contains("<textarea");
		}
		MvcResult otherQr = mvc.perform(multipart("/")
			.file(new MockMultipartFile("file", "menu.png", "image/png", TestFiles.qrPng("https://restaurant.example/menu")))
			.accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "en")).andReturn();
		assertThat(otherQr.getResponse().getStatus()).isEqualTo(422);
		assertThat(otherQr.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("This QR code does not hold a certificate’s verification link").doesNotContain("card verdict");
	}

	@Test
	void faviconsAndContentLanguage() throws Exception {
		MvcResult ico = mvc.perform(get("/favicon.ico")).andReturn();
		assertThat(ico.getResponse().getStatus()).isEqualTo(200);
		assertThat(ico.getResponse().getContentAsByteArray()).startsWith(0, 0, 1, 0);
		MvcResult home = mvc.perform(get("/").accept(MediaType.TEXT_HTML).header("Accept-Language", "ar")).andReturn();
		assertThat(home.getResponse().getHeader("Content-Language")).isEqualTo("ar");
		assertThat(home.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<link rel=\"icon\" href=\"/favicon.svg\"");
	}

	/** Regression: "Signature: Passed — the content has not been changed" above "the PDF was changed". */
	@Test
	void forgedDocumentPageNeverContradictsItself() throws Exception {
		String jwt = issuer.issue(UUID.randomUUID(), null);
		String html = mvc.perform(multipart("/")
			.file(new MockMultipartFile("file", "certificate.pdf", "application/pdf",
					TestFiles.pdf(1, jwt.getBytes(StandardCharsets.US_ASCII), "credential.jwt")))
			.accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(outcome(html)).isEqualTo("NOT_AUTHENTIC");
		assertReasonFirst(html, "not digitally signed");
		assertThat(html).doesNotContain("the content has not been changed")
			.contains("The credential inside the document carries its issuer’s genuine signature")
			.contains("What the credential inside the document says");
	}

}
