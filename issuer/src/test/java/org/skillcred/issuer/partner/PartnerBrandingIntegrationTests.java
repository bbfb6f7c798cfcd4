package org.skillcred.issuer.partner;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcred.issuer.support.IssuerApi;
import org.skillcred.issuer.support.IssuerApiTests;
import org.skillcred.issuer.support.IssuerIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A partner's logo, seal and signatories on its certificates, and its colour on its badges: set
 * through the admin API, checked before they are stored, and fixed per certificate at issuance.
 */
@IssuerIntegrationTest
class PartnerBrandingIntegrationTests extends IssuerApiTests {

	@TempDir
	Path dir;

	private static String png(int width, int height, Color color) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillOval(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
	}

	private MvcResult brand(String partnerId, String body) throws Exception {
		return api.perform(put("/api/v1/admin/partners/" + partnerId + "/branding")
			.header("Authorization", "Bearer " + IssuerApi.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String text(byte[] pdf) throws Exception {
		assumeThat(Files.isExecutable(Path.of("/usr/bin/pdftotext"))).as("poppler-utils; .ci/run installs it").isTrue();
		Path file = dir.resolve("c.pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
		String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return text.replaceAll("\\s+", " ");
	}

	private byte[] certificate(String apiKey, String achievement, String name) throws Exception {
		JsonNode issued = IssuerApi.json(api.issue(apiKey, IssuerApi.issueBody(achievement, name)));
		return api.perform(get("/api/v1/credentials/" + issued.path("id").asString() + "/pdf")
			.header("Authorization", "Bearer " + apiKey)).getResponse().getContentAsByteArray();
	}

	@Test
	void brandingThenOnCertificatesIssuedFromThenOnOnly() throws Exception {
		JsonNode partner = IssuerApi.json(api.admin("/api/v1/admin/partners", "{\"name\":\"Lake Institute\",\"slug\":\"lake-institute\"}"));
		String id = partner.path("id").asString();
		String key = partner.path("apiKey").asString();
		api.admin("/api/v1/admin/partners/" + id + "/achievements", "{\"slug\":\"ai-ethics\",\"name\":\"AI Ethics\","
				+ "\"description\":\"Ethics of AI.\",\"criteriaNarrative\":\"Pass.\",\"templateKey\":\"course-completion\"}");
		byte[] before = certificate(key, "ai-ethics", "Early Learner");

		MvcResult set = brand(id, "{\"color\":\"#0B7A75\",\"logo\":\"" + png(200, 120, Color.BLUE) + "\",\"seal\":\""
				+ png(160, 160, Color.RED) + "\",\"signatories\":[{\"name\":\"Grace Mwangi\",\"title\":\"Director of Training\","
				+ "\"signature\":\"" + png(300, 90, Color.BLACK) + "\"},{\"name\":\"Omar Haddad\",\"title\":\"Programme Lead\"}]}");
		assertThat(set.getResponse().getStatus()).as(set.getResponse().getContentAsString()).isEqualTo(200);
		assertThat(IssuerApi.json(set).path("signatories").toString()).contains("Grace Mwangi, Director of Training");

		byte[] after = certificate(key, "ai-ethics", "Later Learner");
		assertThat(text(after)).contains("Grace Mwangi").contains("Director of Training").contains("Omar Haddad")
			.contains("Programme Lead");
		assertThat(after.length).as("logo, seal and signature images embedded").isGreaterThan(before.length + 1000);
		assertThat(text(before)).as("a certificate keeps the branding of its issuance: none")
			.doesNotContain("Grace Mwangi");

		JsonNode issued = IssuerApi.json(api.issue(key, IssuerApi.issueBody("ai-ethics", "Badge Learner")));
		String learner = java.net.URI.create(issued.path("links").path("learner").asString()).getPath();
		BufferedImage badge = ImageIO.read(new java.io.ByteArrayInputStream(api.perform(get(learner + "/badge.png"))
			.getResponse().getContentAsByteArray()));
		assertThat(badge.getRGB(120, 300) & 0xFFFFFF).as("the badge in the partner's colour").isEqualTo(0x0B7A75);
	}

	/** Real logos and seals are photographs of print: up to 256 KB each, far over the API's 64 KB body limit. */
	@Test
	void brandingWhenImagesAreLargeButWithinTheirLimitThenAccepted() throws Exception {
		String id = IssuerApi.json(api.admin("/api/v1/admin/partners", "{\"name\":\"Big Logos\",\"slug\":\"big-logos\"}"))
			.path("id").asString();
		BufferedImage noise = new BufferedImage(250, 250, BufferedImage.TYPE_INT_RGB);
		java.util.SplittableRandom random = new java.util.SplittableRandom(7);
		for (int y = 0; y < 250; y++) {
			for (int x = 0; x < 250; x++) {
				noise.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(noise, "png", out);
		assertThat(out.size()).isBetween(150_000, 256 * 1024);
		String image = "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
		MvcResult set = brand(id, "{\"logo\":\"" + image + "\",\"seal\":\"" + image + "\",\"signatories\":[{\"name\":\"A B\","
				+ "\"title\":\"Director\",\"signature\":\"" + image + "\"}]}");
		assertThat(set.getResponse().getStatus()).as(set.getResponse().getContentAsString()).isEqualTo(200);
	}

	@Test
	void brandingWhenImagesOrListsAreBadThenRefusedNamingTheField() throws Exception {
		String id = IssuerApi.json(api.admin("/api/v1/admin/partners", "{\"name\":\"Bad Brands\",\"slug\":\"bad-brands\"}"))
			.path("id").asString();
		String gif = "data:image/png;base64," + Base64.getEncoder().encodeToString("GIF89a not a png".getBytes());
		MvcResult notImage = brand(id, "{\"logo\":\"" + gif + "\"}");
		assertThat(notImage.getResponse().getStatus()).isEqualTo(422);
		assertThat(IssuerApi.json(notImage).path("field").asString()).isEqualTo("logo");
		String whole = png(300, 300, Color.GREEN);
		byte[] bytes = Base64.getDecoder().decode(whole.substring(whole.indexOf(',') + 1));
		String truncated = "data:image/png;base64," + Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, 60));
		MvcResult broken = brand(id, "{\"logo\":\"" + truncated + "\"}");
		assertThat(broken.getResponse().getStatus()).as("a valid header over broken data").isEqualTo(422);
		assertThat(IssuerApi.json(broken).path("field").asString()).isEqualTo("logo");
		assertThat(brand(id, "{\"logo\":\"data:image/png;base64,AAAAA\"}").getResponse().getStatus())
			.as("not base64").isEqualTo(422);
		MvcResult huge = brand(id, "{\"seal\":\"" + png(2400, 100, Color.RED) + "\"}");
		assertThat(IssuerApi.json(huge).path("field").asString()).isEqualTo("seal");
		String three = "{\"signatories\":[{\"name\":\"Ada Obi\",\"title\":\"Dean\"},{\"name\":\"" + "W".repeat(100)
				+ "\",\"title\":\"Registrar\"},{\"name\":\"Lin Wei\",\"title\":\"Director\"}]}";
		MvcResult unfit = brand(id, three);
		assertThat(unfit.getResponse().getStatus()).as("a name no template has room for").isEqualTo(422);
		assertThat(IssuerApi.json(unfit).path("field").asString()).isEqualTo("signatories[1].name");
		String longButFitting = "{\"signatories\":[{\"name\":\"Ada Obi\",\"title\":\"Dean\"},"
				+ "{\"name\":\"Dr. Maria Fernanda Gonçalves de Albuquerque e Silva\",\"title\":\"Pró-Reitora de Graduação e Formação Continuada\"},"
				+ "{\"name\":\"Lin Wei\",\"title\":\"Director\"}]}";
		assertThat(brand(id, longButFitting).getResponse().getStatus()).as("a long name that wraps").isEqualTo(200);
		MvcResult noGlyphs = brand(id, "{\"signatories\":[{\"name\":\"Ada Obi\",\"title\":\"Dean\"},"
				+ "{\"name\":\"\uD80C\uDC00\uD80C\uDC01\",\"title\":\"Scribe\"}]}");
		assertThat(noGlyphs.getResponse().getStatus()).as("Egyptian hieroglyphs: no bundled font has them").isEqualTo(422);
		assertThat(IssuerApi.json(noGlyphs).path("field").asString()).isEqualTo("signatories[1].name");
		assertThat(IssuerApi.json(noGlyphs).path("detail").asString()).contains("fonts");
		MvcResult blank = brand(id, "{\"signatories\":[{\"name\":\"\u3164\u3164\",\"title\":\"Dean\"}]}");
		assertThat(blank.getResponse().getStatus()).as("Hangul fillers print nothing").isEqualTo(422);
		assertThat(IssuerApi.json(blank).path("detail").asString()).contains("blank");
		assertThat(brand(id, "{\"signatories\":[{\"name\":\"Ada \u202Eobi\",\"title\":\"Dean\"}]}").getResponse().getStatus())
			.as("a right-to-left override turns a name around").isEqualTo(422);
		String four = "{\"signatories\":[" + "{\"name\":\"A\",\"title\":\"B\"},".repeat(3) + "{\"name\":\"A\",\"title\":\"B\"}]}";
		assertThat(brand(id, four).getResponse().getStatus()).isBetween(400, 422);
		assertThat(brand(id, "{\"color\":\"red\"}").getResponse().getStatus()).isEqualTo(422);
		assertThat(brand(java.util.UUID.randomUUID().toString(), "{}").getResponse().getStatus()).isEqualTo(404);
		assertThat(api.perform(put("/api/v1/admin/partners/" + id + "/branding").header("Authorization",
				"Bearer " + IssuerApi.PARTNER_KEY).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.getResponse().getStatus()).as("partners cannot set brandings").isEqualTo(403);
	}

}
