package org.skillcred.issuer.certificate;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillcred.issuer.support.IssuerApi.PARTNER_KEY;
import static org.skillcred.issuer.support.IssuerApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Certificates and bad input: unknown templates and unprintable names are refused at issue time,
 * long names shrink to fit, revoked certificates stay downloadable and say so.
 */
@IssuerIntegrationTest
class CertificateBadInputIntegrationTests extends IssuerApiTests {

	private MvcResult pdf(String id) throws Exception {
		return api.perform(get("/api/v1/credentials/" + id + "/pdf").header("Authorization", "Bearer " + PARTNER_KEY));
	}

	@Test
	void unknownTemplateThen422AtDefinition() throws Exception {
		String partnerId = jdbc.queryForObject("select id from partner where slug = 'demo-partner'", String.class);
		MvcResult result = api.admin("/api/v1/admin/partners/" + partnerId + "/achievements",
				"{\"slug\":\"x-course\",\"name\":\"X\",\"description\":\"d\",\"criteriaNarrative\":\"c\",\"templateKey\":\"no-such-template\"}");
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(result).path("code").asString()).isEqualTo("UNKNOWN_TEMPLATE");
	}

	@Test
	void nameNoFontCanPrintThen422AndNothingStored() throws Exception {
		int before = credentialCount();
		MvcResult result = api.issue(PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Ꭰꮳ 𓀀 ᚠᛇ"));
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(result).path("code").asString()).isEqualTo("UNPRINTABLE_NAME");
		assertThat(credentialCount()).isEqualTo(before);
	}

	@Test
	void descriptionTooLongForTheTemplateThen422AtIssueAndNothingStored() throws Exception {
		String partnerId = jdbc.queryForObject("select id from partner where slug = 'demo-partner'", String.class);
		String description = "Covers prompt design, evaluation and responsible use of generative AI. ".repeat(40)
			.substring(0, 2000);
		MvcResult defined = api.admin("/api/v1/admin/partners/" + partnerId + "/achievements",
				"{\"slug\":\"wordy-course\",\"name\":\"Wordy\",\"description\":\"" + description
						+ "\",\"criteriaNarrative\":\"c\",\"templateKey\":\"course-completion\"}");
		assertThat(defined.getResponse().getStatus()).isEqualTo(201);
		int before = credentialCount();

		MvcResult result = api.issue(PARTNER_KEY, IssuerApi.issueBody("wordy-course", "Ada Lovelace"));

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(result).path("code").asString()).isEqualTo("CERTIFICATE_LAYOUT");
		assertThat(json(result).path("detail").asString()).contains("Covers prompt design").contains("course-completion");
		assertThat(credentialCount()).isEqualTo(before);
	}

	@Test
	void longestNameThenShrinksAndWrapsAndStaysWhole() throws Exception {
		String name = "Maria-Fernanda Alejandra Guadalupe de los Santos Villanueva-Echeverría ".repeat(3).substring(0, 200).strip();
		String id = json(api.issue(PARTNER_KEY, IssuerApi.issueBody("genai-foundations", name))).path("id").asString();
		MvcResult pdf = pdf(id);
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		String text = new PdfTextExtractor(new PdfReader(pdf.getResponse().getContentAsByteArray())).getTextFromPage(1)
			.replaceAll("\\s+", " ");
		assertThat(text).contains(name.substring(0, 60)).contains(name.substring(name.length() - 30));
	}

	@Test
	void revokedCertificateThenStillDownloadableAndMarked() throws Exception {
		String id = json(api.issue(PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Revoked Learner"))).path("id")
			.asString();
		String etagBefore = pdf(id).getResponse().getHeader("ETag");
		api.perform(post("/api/v1/credentials/" + id + "/revoke").header("Authorization", "Bearer " + PARTNER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Issued in error\"}"));
		MvcResult revoked = pdf(id);
		assertThat(revoked.getResponse().getStatus()).isEqualTo(200);
		assertThat(revoked.getResponse().getHeader("ETag")).isNotEqualTo(etagBefore);
		String text = new PdfTextExtractor(new PdfReader(revoked.getResponse().getContentAsByteArray())).getTextFromPage(1);
		assertThat(text).contains("REVOKED");
		assertThat(api.perform(get("/api/v1/credentials/" + id + "/pdf").header("Authorization", "Bearer " + PARTNER_KEY)
			.header("If-None-Match", revoked.getResponse().getHeader("ETag"))).getResponse().getStatus()).isEqualTo(304);
		assertThat(new String(revoked.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
	}

	@Test
	void anotherPartnersCertificateThen404() throws Exception {
		String id = json(api.issue(PARTNER_KEY, IssuerApi.issueBody("genai-foundations", "Private Learner"))).path("id")
			.asString();
		String otherKey = json(api.admin("/api/v1/admin/partners", "{\"name\":\"Cert Other " + System.nanoTime() + "\"}"))
			.path("apiKey")
			.asString();
		assertThat(api.perform(get("/api/v1/credentials/" + id + "/pdf").header("Authorization", "Bearer " + otherKey))
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
