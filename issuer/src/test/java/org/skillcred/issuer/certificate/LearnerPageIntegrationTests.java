package org.skillcred.issuer.certificate;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillcred.issuer.support.IssuerApi.PARTNER_KEY;
import static org.skillcred.issuer.support.IssuerApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The learner's private link: its page in the learner's language and every download with the
 * right media type and content; rotating the link disables the old one.
 */
@IssuerIntegrationTest
class LearnerPageIntegrationTests extends IssuerApiTests {

	private JsonNode issue(String name, String language) throws Exception {
		return json(api.issue(PARTNER_KEY, "{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"" + name
				+ "\"},\"language\":\"" + language + "\"}"));
	}

	private MvcResult fetch(String url) throws Exception {
		return api.perform(get(URI.create(url).getPath()).accept(MediaType.ALL));
	}

	@Test
	void learnerLinkThenPageAndEveryDownload() throws Exception {
		JsonNode issued = issue("Amina Yusuf", "en");
		String learner = issued.path("links").path("learner").asString();
		assertThat(learner).startsWith("http://localhost:8080/learn/");
		String jwt = issued.path("credential").asString();
		String verify = issued.path("links").path("verify").asString();

		MvcResult page = api.perform(get(URI.create(learner).getPath()).accept(MediaType.TEXT_HTML));
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.getResponse().getContentType()).startsWith("text/html");
		assertThat(html).contains("Amina Yusuf").contains("Generative AI Foundations").contains("lang=\"en\"")
			.contains("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
			.contains("certId=" + issued.path("id").asString())
			.contains("certUrl=" + java.net.URLEncoder.encode(verify, StandardCharsets.UTF_8));
		assertThat(html.length()).isLessThan(100 * 1024);

		MvcResult pdf = fetch(learner + "/certificate.pdf");
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		MvcResult png = fetch(learner + "/qr.png");
		assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
		String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
				ImageIO.read(new ByteArrayInputStream(png.getResponse().getContentAsByteArray())))))).getText();
		assertThat(decoded).isEqualTo(verify);

		MvcResult svg = fetch(learner + "/qr.svg");
		assertThat(svg.getResponse().getContentType()).isEqualTo("image/svg+xml");
		assertThat(svg.getResponse().getContentAsString()).startsWith("<svg").contains("<path");

		MvcResult credential = fetch(learner + "/credential.jwt");
		assertThat(credential.getResponse().getContentType()).isEqualTo("application/vc+jwt");
		assertThat(credential.getResponse().getContentAsString()).isEqualTo(jwt);

		MvcResult badge = fetch(learner + "/badge.png");
		assertThat(badge.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(iTxtChunks(badge.getResponse().getContentAsByteArray()))
			.containsExactly(Map.entry(BadgeBaker.KEYWORD, jwt));
	}

	@Test
	void arabicLearnerThenRightToLeftPage() throws Exception {
		String learner = issue("أمينة يوسف", "ar").path("links").path("learner").asString();
		String html = api.perform(get(URI.create(learner).getPath()).accept(MediaType.TEXT_HTML))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("dir=\"rtl\"").contains("lang=\"ar\"").contains("أمينة يوسف").contains("شهادتك");
	}

	@Test
	void rotatedOrUnknownLinkThen404AndRevokedStillDownloadable() throws Exception {
		JsonNode issued = issue("Rotating Learner", "fr");
		String id = issued.path("id").asString();
		String old = issued.path("links").path("learner").asString();
		MvcResult rotated = api.perform(post("/api/v1/credentials/" + id + "/learner-link").header("Authorization",
				"Bearer " + PARTNER_KEY));
		String fresh = json(rotated).path("learner").asString();
		assertThat(fresh).isNotEqualTo(old);
		assertThat(fetch(old).getResponse().getStatus()).isEqualTo(404);
		assertThat(fetch(old + "/certificate.pdf").getResponse().getStatus()).isEqualTo(404);
		assertThat(fetch(fresh).getResponse().getStatus()).isEqualTo(200);
		assertThat(api.perform(get("/learn/not-a-token")).getResponse().getStatus()).isEqualTo(404);
		assertThat(api.perform(get("/learn/" + "A".repeat(43))).getResponse().getStatus()).isEqualTo(404);

		api.perform(post("/api/v1/credentials/" + id + "/revoke").header("Authorization", "Bearer " + PARTNER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Issued in error\"}"));
		String html = api.perform(get(URI.create(fresh).getPath()).accept(MediaType.TEXT_HTML))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("L’émetteur a révoqué ce certificat.");
		assertThat(fetch(fresh + "/certificate.pdf").getResponse().getStatus()).isEqualTo(200);
		assertThat(api.perform(post("/api/v1/credentials/" + id + "/learner-link").header("Authorization",
				"Bearer " + json(api.admin("/api/v1/admin/partners", "{\"name\":\"Intruder " + System.nanoTime() + "\"}"))
					.path("apiKey")
					.asString()))
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	/** Reads the iTXt chunks of a PNG by hand, as an independent check of the baking. */
	private static Map<String, String> iTxtChunks(byte[] png) throws Exception {
		Map<String, String> chunks = new java.util.LinkedHashMap<>();
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
		in.skipNBytes(8);
		while (in.available() > 0) {
			int length = in.readInt();
			String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
			byte[] data = in.readNBytes(length);
			in.skipNBytes(4);
			if (type.equals("iTXt")) {
				int keywordEnd = indexOf(data, 0, (byte) 0);
				String keyword = new String(data, 0, keywordEnd, StandardCharsets.ISO_8859_1);
				assertThat(data[keywordEnd + 1]).as("compression flag").isZero();
				int languageEnd = indexOf(data, keywordEnd + 3, (byte) 0);
				int translatedEnd = indexOf(data, languageEnd + 1, (byte) 0);
				chunks.put(keyword, new String(data, translatedEnd + 1, data.length - translatedEnd - 1, StandardCharsets.UTF_8));
			}
		}
		return chunks;
	}

	private static int indexOf(byte[] data, int from, byte value) {
		for (int i = from; i < data.length; i++) {
			if (data[i] == value) {
				return i;
			}
		}
		return -1;
	}

}
