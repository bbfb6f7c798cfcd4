package org.skillcred.issuer.learner;

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
import org.skillcred.issuer.certificate.BadgeBaker;
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
		java.awt.image.BufferedImage picture = ImageIO.read(new ByteArrayInputStream(badge.getResponse().getContentAsByteArray()));
		assertThat(picture.getWidth()).isEqualTo(600);
		assertThat(new java.awt.Color(picture.getRGB(300, 60), true).getAlpha()).as("the rosette's edge, its scallops")
			.isGreaterThan(0);
		assertThat(picture.getRGB(120, 300) & 0xFFFFFF).as("in the certificate template's colour (course completion)")
			.isEqualTo(0x1F4FBF);
		assertThat(new java.awt.Color(picture.getRGB(5, 5), true).getAlpha()).as("transparent around it").isZero();
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
		assertThat(html).contains("Révoqué le").contains("Issued in error").contains("AI Skills Coalition Demo Partner")
			.as("no sharing of a revoked certificate").doesNotContain("linkedin.com");
		assertThat(fetch(fresh + "/certificate.pdf").getResponse().getStatus()).isEqualTo(200);
		assertThat(api.perform(post("/api/v1/credentials/" + id + "/learner-link").header("Authorization",
				"Bearer " + json(api.admin("/api/v1/admin/partners", "{\"name\":\"Intruder " + System.nanoTime() + "\"}"))
					.path("apiKey")
					.asString()))
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void pageFollowsTheBrowsersLanguageWithSwitcherAndMarksOtherLanguageText() throws Exception {
		String path = URI.create(issue("Wanjiru Kamau", "en").path("links").path("learner").asString()).getPath();
		MvcResult french = api.perform(get(path).accept(MediaType.TEXT_HTML).header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8"));
		String html = french.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(french.getResponse().getHeader("Content-Language")).isEqualTo("fr");
		assertThat(html).contains("<html lang=\"fr\"").contains("Votre certificat")
			.as("the English achievement name is marked as English").contains("<h1 lang=\"en\">Generative AI Foundations</h1>")
			.contains("href=\"?lang=ar\"").contains("aria-current=\"true\"");
		MvcResult unsupported = api.perform(get(path).accept(MediaType.TEXT_HTML).header("Accept-Language", "de, it;q=0.9"));
		assertThat(unsupported.getResponse().getHeader("Content-Language")).as("the certificate's language").isEqualTo("en");
		MvcResult asked = api.perform(get(path + "?lang=ar").accept(MediaType.TEXT_HTML).header("Accept-Language", "fr"));
		assertThat(asked.getResponse().getHeader("Content-Language")).isEqualTo("ar");
		assertThat(asked.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("dir=\"rtl\"");
	}

	@Test
	void suspendedThenStateDateReasonAndContactWithoutSharing() throws Exception {
		JsonNode partner = json(api.admin("/api/v1/admin/partners",
				"{\"name\":\"Coast Academy\",\"slug\":\"coast-academy\",\"contactEmail\":\"certificates@coast.example\"}"));
		String key = partner.path("apiKey").asString();
		api.admin("/api/v1/admin/partners/" + partner.path("id").asString() + "/achievements",
				"{\"slug\":\"ai-basics\",\"name\":\"AI Basics\",\"description\":\"Basics.\",\"criteriaNarrative\":\"Pass.\"}");
		JsonNode issued = json(api.issue(key, IssuerApi.issueBody("ai-basics", "Sam Okafor")));
		String path = URI.create(issued.path("links").path("learner").asString()).getPath();
		assertThat(api.perform(get(path).accept(MediaType.TEXT_HTML)).getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("linkedin.com");

		api.perform(post("/api/v1/credentials/" + issued.path("id").asString() + "/suspend")
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Exam result under review\"}"));
		String html = api.perform(get(path).accept(MediaType.TEXT_HTML).header("Accept-Language", "en"))
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).containsPattern("Suspended since \\d{1,2} \\w+ \\d{4}|Suspended since \\w+ \\d{1,2}, \\d{4}")
			.contains("Exam result under review").contains("A suspension may be lifted: Coast Academy will tell you.")
			.contains("mailto:certificates@coast.example").doesNotContain("linkedin.com");
	}

	@Test
	void deadLinkOrUnknownPageFromBrowserThenPageInVisitorsLanguageAndProblemForApis() throws Exception {
		MvcResult browser = api.perform(get("/learn/" + "A".repeat(43)).accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "es-MX,es;q=0.9"));
		assertThat(browser.getResponse().getStatus()).isEqualTo(404);
		assertThat(browser.getResponse().getContentType()).startsWith("text/html");
		assertThat(browser.getResponse().getHeader("Content-Language")).isEqualTo("es");
		assertThat(browser.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Este enlace no funciona")
			.contains("lang=\"es\"");
		MvcResult client = api.perform(get("/learn/" + "A".repeat(43)).accept(MediaType.APPLICATION_JSON));
		assertThat(client.getResponse().getContentType()).startsWith("application/problem+json");
		MvcResult nowhere = api.perform(get("/no-such-page").accept(MediaType.TEXT_HTML).header("Accept-Language", "ar"));
		assertThat(nowhere.getResponse().getStatus()).isEqualTo(404);
		assertThat(nowhere.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("هذه الصفحة غير موجودة")
			.contains("dir=\"rtl\"");
		MvcResult apiNowhere = api.perform(get("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML)
			.header("Authorization", "Bearer " + PARTNER_KEY));
		assertThat(apiNowhere.getResponse().getContentType()).as("APIs keep problem documents")
			.startsWith("application/problem+json");
	}

	@Test
	void portugueseAndSwahiliLikeEveryOtherLanguage() throws Exception {
		JsonNode swahili = issue("Wanjiru Kamau", "sw");
		String html = api.perform(get(URI.create(swahili.path("links").path("learner").asString()).getPath())
			.accept(MediaType.TEXT_HTML)).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("lang=\"sw\"").contains("Cheti chako").contains("Kiswahili").contains("Português");
		String portuguese = api.perform(get(URI.create(issue("João Silva", "pt").path("links").path("learner").asString())
			.getPath()).accept(MediaType.TEXT_HTML)).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(portuguese).contains("O seu certificado").containsPattern("Emitido em</span> <span>\\d{1,2} de \\p{L}+ de \\d{4}");
		MvcResult unknown = api.issue(PARTNER_KEY, "{\"achievementId\":\"genai-foundations\",\"recipient\":{\"name\":\"X\"},"
				+ "\"language\":\"xx\"}");
		assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
		assertThat(unknown.getResponse().getContentAsString()).contains("must be one of en, ar, es, fr, pt, ru, sw, zh");
	}

	@Test
	void favicons() throws Exception {
		MvcResult ico = api.perform(get("/favicon.ico"));
		assertThat(ico.getResponse().getStatus()).isEqualTo(200);
		assertThat(ico.getResponse().getContentAsByteArray()).startsWith(0, 0, 1, 0);
		assertThat(api.perform(get("/favicon.svg")).getResponse().getContentType()).startsWith("image/svg+xml");
		String page = api.perform(get(URI.create(issue("Ada", "en").path("links").path("learner").asString()).getPath())
			.accept(MediaType.TEXT_HTML)).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<link rel=\"icon\" href=\"/favicon.svg\"");
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
