package org.skillcred.verifier.system;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Verifications that make the verifier fetch from issuers are limited per client address; behind a
 * trusted proxy the address comes from its header, and only the hop the proxy added counts.
 * Regression: 300 random verification links went through in 16 s, each fetching from the issuer.
 */
@SpringBootTest(properties = { "verifier.rate-limits.link-lookups-per-minute=3",
		"verifier.rate-limits.verifications-per-minute=3", "verifier.rate-limits.client-address-header=X-Forwarded-For",
		"verifier.rate-limits.trusted-proxies=10.0.0.5" })
@AutoConfigureMockMvc
@ActiveProfiles("dev")
class RateLimitIntegrationTests {

	@Autowired
	MockMvc mvc;

	private static MockHttpServletRequestBuilder viaProxy(String client, MockHttpServletRequestBuilder request) {
		return request.header("X-Forwarded-For", client).with(r -> {
			r.setRemoteAddr("10.0.0.5");
			return r;
		});
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus();
	}

	@Test
	void linksOverTheLimitThen429ForThatClientOnlyAndForgedHopsDoNotHelp() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(status(viaProxy("203.0.113.7", get("/v/nobody/" + UUID.randomUUID())))).isLessThan(429);
		}
		MvcResult limited = mvc.perform(viaProxy("203.0.113.7", get("/v/nobody/" + UUID.randomUUID()))
			.accept(MediaType.APPLICATION_JSON)).andReturn();
		assertThat(limited.getResponse().getStatus()).isEqualTo(429);
		assertThat(limited.getResponse().getHeader("Retry-After")).isNotNull();
		assertThat(status(viaProxy("198.51.100.99, 203.0.113.7", get("/v/nobody/" + UUID.randomUUID()))))
			.as("a hop the client wrote itself is ignored").isEqualTo(429);
		assertThat(status(viaProxy("203.0.113.8", get("/v/nobody/" + UUID.randomUUID())))).isLessThan(429);
	}

	/** The container answers a limited browser through /error: a page in the visitor's language. */
	@Test
	void limitedBrowserThenPageInVisitorsLanguage() throws Exception {
		MvcResult page = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 429)
			.accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "fr")).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(429);
		assertThat(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Trop de vérifications").contains("lang=\"fr\"");
	}

	@Test
	void headerFromAnUntrustedPeerIsIgnored() throws Exception {
		for (int i = 0; i < 3; i++) {
			MockHttpServletRequestBuilder request = post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
				.content("{\"credential\":\"eyJhbGciOiJub25lIn0.e30.\"}")
				.header("X-Forwarded-For", "203.0.113." + i)
				.with(r -> {
					r.setRemoteAddr("198.51.100.1");
					return r;
				});
			assertThat(status(request)).isEqualTo(200);
		}
		assertThat(status(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
			.content("{\"credential\":\"eyJhbGciOiJub25lIn0.e30.\"}")
			.header("X-Forwarded-For", "203.0.113.200")
			.with(r -> {
				r.setRemoteAddr("198.51.100.1");
				return r;
			}))).isEqualTo(429);
	}

}
