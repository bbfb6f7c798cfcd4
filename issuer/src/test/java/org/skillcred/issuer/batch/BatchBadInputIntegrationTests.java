package org.skillcred.issuer.batch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that cannot be a cohort are refused whole, with a problem document that says why, and
 * leave nothing behind.
 */
@IssuerIntegrationTest
class BatchBadInputIntegrationTests extends IssuerApiTests {

	private BatchApi batches;

	@BeforeEach
	void createBatchApi() {
		batches = new BatchApi(mvc);
	}

	@Test
	void uploadWhenHeaderNamesUnknownColumnThenRefused() throws Exception {
		assertRefused(csv("id,fullName,achievementId\n1,Ana,genai-foundations\n"), "INVALID_FILE", "unknown columns");
	}

	@Test
	void uploadWhenHeaderLacksRequiredColumnsThenRefused() throws Exception {
		assertRefused(csv("externalId,email\n1,a@example.org\n"), "INVALID_FILE", "name and achievementId");
		assertRefused(csv("name,achievementId\nAna,genai-foundations\n"), "INVALID_FILE", "externalId or email");
	}

	@Test
	void uploadWhenHeaderRepeatsColumnThenRefused() throws Exception {
		assertRefused(csv("name,name,achievementId,externalId\nA,B,genai-foundations,1\n"), "INVALID_FILE", "CSV");
	}

	@Test
	void uploadWhenNotUtf8ThenRefusedWithAdvice() throws Exception {
		byte[] latin1 = (BatchApi.HEADER + "1,José Núñez,jose@example.org,genai-foundations,,\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertRefused(latin1, "INVALID_FILE", "UTF-8");
	}

	@Test
	void uploadWhenQuotesAreUnbalancedThenRefusedWithLine() throws Exception {
		assertRefused(csv(BatchApi.HEADER + "1,Ana,ana@example.org,genai-foundations,,\n"
				+ "2,\"Unclosed,b@example.org,genai-foundations,,\n3,Carl,c@example.org,genai-foundations,,\n"),
				"INVALID_FILE", "cannot be read");
	}

	@Test
	void uploadWhenFileIsNotCsvThenRefused() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertRefused(png, "INVALID_FILE", "binary");
		assertRefused(csv("%PDF-1.7 this is not a cohort\n"), "INVALID_FILE", "unknown columns");
	}

	@Test
	void uploadWhenEmptyOrHeaderOnlyThenRefused() throws Exception {
		assertRefused(new byte[0], "INVALID_FILE", "empty");
		assertRefused(csv(BatchApi.HEADER), "INVALID_FILE", "no recipients");
	}

	@Test
	void uploadWhenMillionRowsThenRefusedOverTheLimit() throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream(32 * 1024 * 1024);
		file.writeBytes("externalId,name,achievementId\n".getBytes(StandardCharsets.US_ASCII));
		for (int i = 0; i < 1_000_000; i++) {
			file.writeBytes((i + ",N" + i + ",genai-foundations\n").getBytes(StandardCharsets.US_ASCII));
		}
		MvcResult refused = assertRefused(file.toByteArray(), "TOO_MANY_ROWS", "more than 200000");
		assertThat(refused.getResponse().getStatus()).isEqualTo(413);
	}

	@Test
	void uploadWhenJsonIsNotAnArrayOfRecipientsThenRefused() throws Exception {
		assertRefused("application/json", "{\"name\":\"Ana\"}".getBytes(StandardCharsets.UTF_8), "INVALID_FILE", "JSON array");
		assertRefused("application/json", "[{\"name\":\"Ana\",".getBytes(StandardCharsets.UTF_8), "INVALID_FILE", "not valid JSON");
		assertRefused("application/json", "[{\"name\":\"Ana\",\"role\":\"x\"}]".getBytes(StandardCharsets.UTF_8),
				"INVALID_FILE", "unknown member");
		assertRefused("application/json", "[{\"name\":42}]".getBytes(StandardCharsets.UTF_8), "INVALID_FILE",
				"must be a string");
	}

	@Test
	void uploadWhenMediaTypeIsNotCsvOrJsonThenUnsupported() throws Exception {
		MvcResult result = batches.upload(IssuerApi.PARTNER_KEY, "text/plain", csv(BatchApi.HEADER), false);
		assertThat(result.getResponse().getStatus()).isEqualTo(415);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
	}

	private MvcResult assertRefused(byte[] body, String code, String detail) throws Exception {
		return assertRefused("text/csv", body, code, detail);
	}

	private MvcResult assertRefused(String contentType, byte[] body, String code, String detail) throws Exception {
		int before = jdbc.queryForObject("select count(*) from batch", Integer.class);
		MvcResult result = batches.upload(IssuerApi.PARTNER_KEY, contentType, body, false);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(413, 422);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = IssuerApi.json(result);
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("detail").asString()).contains(detail);
		assertThat(jdbc.queryForObject("select count(*) from batch", Integer.class)).isEqualTo(before);
		return result;
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
