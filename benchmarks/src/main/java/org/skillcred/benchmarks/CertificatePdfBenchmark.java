package org.skillcred.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.skillcred.issuer.IssuerApplication;
import org.skillcred.issuer.certificate.CertificateData;
import org.skillcred.issuer.certificate.CertificateRenderer;
import org.skillcred.issuer.certificate.CertificateTemplate;
import org.skillcred.issuer.certificate.TemplateCatalog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Full certificate PDFs through the issuer's own renderer (started as in the dev profile, on an
 * in-memory database): template, fonts for the name's scripts embedded as subsets, vector QR
 * code, the credential attached, and for {@code signed} the CMS signature with the issuer's
 * ES256 key. The rendered size is printed once per template.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
public class CertificatePdfBenchmark {

	@Param({ "course-completion", "advanced-certification" })
	public String template;

	/** {@code latin}: a Latin name; {@code mixed}: Latin, Chinese and Arabic, so three fonts are subset. */
	@Param({ "latin", "mixed", "cjk", "arabic" })
	public String name;

	private ConfigurableApplicationContext issuer;

	private CertificateRenderer renderer;

	private CertificateTemplate layout;

	private CertificateData data;

	@Setup(Level.Trial)
	public void start() {
		issuer = new SpringApplicationBuilder(IssuerApplication.class).profiles("dev")
			.run("--server.port=0", "--logging.level.root=WARN",
					"--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH");
		renderer = issuer.getBean(CertificateRenderer.class);
		layout = issuer.getBean(TemplateCatalog.class).latest(template).orElseThrow();
		String jwt = "eyJraWQiOiJkaWQ6d2ViOmxvY2FsaG9zdCUzQTgwODAjeCIsInR5cCI6InZjK2p3dCIsImFsZyI6IkVTMjU2In0."
				+ "e30".repeat(500) + ".c2ln";
		data = new CertificateData("urn:uuid:7c6c3b0a-2b7e-4cde-9b9e-3e6f1b1a2c3d", switch (name) { case "latin" -> "Amina Yusuf"; case "cjk" -> "王小明"; case "arabic" -> "أمينة يوسف"; default -> "Amina Yusuf 王小明 أمينة"; },
				"Generative AI Foundations", "A six-module course on how generative AI works and how to use it responsibly.",
				List.of("Understanding of AI", "Responsible AI deployment"), "did:web:localhost%3A8080",
				"SkillCred Demo Issuer", Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2028-06-01T00:00:00Z"),
				"http://localhost:8081/v/skillcred/7c6c3b0a-2b7e-4cde-9b9e-3e6f1b1a2c3d", jwt, "en", null, null);
		System.out.printf("%n%s/%s: unsigned %,d bytes, signed %,d bytes%n", template, name,
				renderer.render(layout, data).length, renderer.renderSigned(layout, data).length);
	}

	@TearDown(Level.Trial)
	public void stop() {
		issuer.close();
	}

	private long renders;

	/** Each render gets its own verify link, so the issuer's QR cache measures as a first render. */
	private CertificateData fresh() {
		return new CertificateData(data.credentialId(), data.learnerName(), data.achievementName(),
				data.achievementDescription(), data.competencies(), data.issuerId(), data.issuerName(), data.issuedOn(),
				data.validUntil(), data.verifyUrl() + "-" + renders++, data.credentialJwt(), data.language(),
				data.status(), data.branding());
	}

	@Benchmark
	public byte[] unsigned() {
		return renderer.render(layout, fresh());
	}

	@Benchmark
	public byte[] signed() {
		return renderer.renderSigned(layout, fresh());
	}

}
