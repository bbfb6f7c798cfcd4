package org.skillcred.verifier.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem documents written by filters, which answer before Spring MVC's converters exist. */
class ErrorHandlingTests {

	/** Regression: the document was concatenated by hand, so a backslash or control character broke its JSON. */
	@Test
	void writeWhenDetailHasBackslashQuotesAndControlCharactersThenValidJsonCarryingItExactly() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		String detail = "Upload C:\\photos\\qr.png was \"too large\"\u0001\n";

		ErrorHandling.write(response, 413, "PAYLOAD_TOO_LARGE", detail);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
		assertThat(problem.path("detail").asString()).isEqualTo(detail);
		assertThat(problem.path("title").asString()).isEqualTo("Payload too large");
		assertThat(problem.path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
		assertThat(problem.path("type").asString()).isEqualTo("urn:skillcred:problem:payload-too-large");
		assertThat(problem.path("status").asInt()).isEqualTo(413);
	}

}
