package org.skillcred.verifier.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.skillcred.verifier.support.TestFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every endpoint of the verifier, through a real servlet container: malformed,
 * oversized, deeply nested and decompression-bomb inputs. Each gets a 4xx problem document (or, for
 * a browser, a page) within 2 seconds, and many hostile uploads at once leave the heap bounded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "verifier.rate-limits.link-lookups-per-minute=100000",
				"verifier.rate-limits.verifications-per-minute=100000" })
@ActiveProfiles("dev")
class HostileInputServerTests {

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	record Hostile(String name, String method, String path, String contentType, byte[] body) {
	}

	private List<Hostile> inputs() throws IOException {
		byte[] deepJson = ("{\"credential\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.US_ASCII);
		byte[] hugeNumber = ("{\"credential\":1" + "0".repeat(200_000) + "}").getBytes(StandardCharsets.US_ASCII);
		List<Hostile> inputs = new ArrayList<>();
		for (String path : new String[] { "/api/v1/verify", "/credentials/verify" }) {
			inputs.add(new Hostile("malformed JSON", "POST", path, "application/json", "{\"credential\":".getBytes()));
			inputs.add(new Hostile("deep JSON", "POST", path, "application/json", deepJson));
			inputs.add(new Hostile("huge number", "POST", path, "application/json", hugeNumber));
			inputs.add(new Hostile("oversized body", "POST", path, "application/json", new byte[7 * 1024 * 1024]));
			inputs.add(new Hostile("wrong media type", "POST", path, "application/xml", "<x/>".getBytes()));
		}
		for (String path : new String[] { "/api/v1/verify", "/" }) {
			inputs.add(upload("16-bit PNG bomb", path, sixteenBitPngBomb()));
			inputs.add(upload("deep PDF", path, TestFiles.handMadePdf("<< /Type /Catalog /Pages 2 0 R /D " + "[".repeat(100_000)
					+ "]".repeat(100_000) + " >>", "<< /Type /Pages /Kids [] /Count 0 >>")));
			inputs.add(upload("PDF attachment bomb", path, pdfWithAttachmentBomb()));
			inputs.add(upload("name-tree cycle", path, TestFiles.handMadePdf("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>",
					"<< /Type /Pages /Kids [] /Count 0 >>", "<< /Kids [3 0 R 3 0 R] >>")));
			inputs.add(upload("garbage", path, "not a certificate".getBytes()));
		}
		inputs.add(new Hostile("huge form", "POST", "/", "application/x-www-form-urlencoded",
				("text=" + "a".repeat(3_000_000)).getBytes()));
		inputs.add(new Hostile("link with junk id", "GET", "/v/skillcred/" + "%ff".repeat(500), "", new byte[0]));
		inputs.add(new Hostile("link with huge path", "GET", "/v/" + "a".repeat(6000) + "/x", "", new byte[0]));
		return inputs;
	}

	@Test
	void everyHostileInputThen4xxProblemWithinTwoSeconds() throws Exception {
		for (Hostile input : inputs()) {
			long start = System.nanoTime();
			HttpResponse<String> response = send(input, "application/json");
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			String what = input.name() + " " + input.path().substring(0, Math.min(40, input.path().length()));
			assertThat(took).as(what).isLessThan(ANSWER_WITHIN);
			if (input.method().equals("GET") && response.statusCode() == 200) {
				// a link is answered with a report: never VALID for a link nobody issued
				assertThat(response.body()).as(what).contains("\"verdict\":\"INVALID\"");
				continue;
			}
			assertThat(response.statusCode()).as(what).isBetween(400, 499);
			assertThat(response.headers().firstValue("Content-Type")).as(what)
				.hasValueSatisfying(type -> assertThat(type).containsAnyOf("problem+json", "text/html"));
		}
	}

	/** Regression: a 7 MB photo from the French page was answered with an English JSON document. */
	@Test
	void uploadTooLargeFromBrowserThenPageInVisitorsLanguage() throws Exception {
		Hostile photo = upload("30 MB photo", "/?lang=fr", new byte[30 * 1024 * 1024]);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + photo.path()))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Accept-Language", "fr-FR,fr;q=0.9")
			.header("Content-Type", photo.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(photo.body()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(response.body()).contains("lang=\"fr\"").contains("Le fichier est trop volumineux");
		HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(base() + "/nowhere"))
			.header("Accept", "text/html").header("Accept-Language", "ar").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("dir=\"rtl\"").contains("هذه الصفحة غير موجودة");
	}

	@Test
	void manyHostileUploadsAtOnceThenHeapStaysBoundedAndLinksStillAnswer() throws Exception {
		List<Hostile> uploads = inputs().stream().filter(i -> i.contentType().startsWith("multipart")).toList();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		ExecutorService attackers = Executors.newFixedThreadPool(16);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int round = 0; round < 4; round++) {
				for (Hostile upload : uploads) {
					answers.add(attackers.submit(() -> send(upload, "application/json")));
				}
			}
			// a link verification is not starved by the uploads
			long start = System.nanoTime();
			HttpResponse<String> link = client.send(HttpRequest.newBuilder(URI.create(base() + "/v/nobody/"
					+ java.util.UUID.randomUUID())).header("Accept", "application/json").GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(link.statusCode()).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ANSWER_WITHIN);
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).isBetween(400, 503);
			}
		}
		finally {
			attackers.shutdownNow();
		}
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		assertThat(peak - before).as("heap growth under hostile uploads, bytes").isLessThan(768L * 1024 * 1024);
	}

	private HttpResponse<String> send(Hostile input, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + input.path()))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", accept);
		if (input.method().equals("POST")) {
			request.header("Content-Type", input.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(input.body()));
		}
		else {
			request.GET();
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static Hostile upload(String name, String path, byte[] file) {
		String boundary = "----hostile";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return new Hostile(name, "POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	/** A 6,300 × 6,300 16-bit RGBA PNG of zeros: a few hundred KB that decode to 317 MB. */
	private static byte[] sixteenBitPngBomb() throws IOException {
		int size = 6300;
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(size).putInt(size).put((byte) 16).put((byte) 6).put((byte) 0)
			.put((byte) 0).put((byte) 0);
		TestFiles.pngChunk(png, "IHDR", header.array());
		ByteArrayOutputStream pixels = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels, new Deflater(9))) {
			byte[] row = new byte[1 + size * 8];
			for (int y = 0; y < size; y++) {
				deflate.write(row);
			}
		}
		TestFiles.pngChunk(png, "IDAT", pixels.toByteArray());
		TestFiles.pngChunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	/** A PDF whose credential attachment inflates from about 50 KB to 50 MB. */
	private static byte[] pdfWithAttachmentBomb() throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(9))) {
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 50; i++) {
				deflate.write(zeros);
			}
		}
		String stream = new String(compressed.toByteArray(), StandardCharsets.ISO_8859_1);
		return TestFiles.handMadePdf("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>",
				"<< /Type /Pages /Kids [] /Count 0 >>", "<< /Names [(credential.jwt) 4 0 R] >>",
				"<< /Type /Filespec /F (credential.jwt) /EF << /F 5 0 R >> >>",
				"<< /Length " + stream.length() + " /Filter /FlateDecode >>\nstream\n" + stream + "\nendstream");
	}

}
