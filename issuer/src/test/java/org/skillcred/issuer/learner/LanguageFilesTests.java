package org.skillcred.issuer.learner;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a language is adding its files: every language with certificate labels also has page
 * and e-mail texts, and every file has every English key.
 */
class LanguageFilesTests {

	private static final Path LABELS = Path.of("..", "templates", "i18n");

	private static final Path PAGES = Path.of("src", "main", "resources", "i18n");

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

	private static Set<String> codes() throws IOException {
		try (Stream<Path> files = Files.list(LABELS)) {
			return new TreeSet<>(files.map(f -> f.getFileName().toString())
				.filter(n -> n.matches("labels_[a-z]{2,3}\\.properties"))
				.map(n -> n.substring(7, n.indexOf('.')))
				.toList());
		}
	}

	@Test
	void everyLanguageHasEveryTextOfEnglish() throws IOException {
		assertThat(codes()).as("the UN languages, Portuguese and Swahili").contains("en", "fr", "es", "ru", "zh", "ar", "pt", "sw");
		Set<String> labelKeys = load(LABELS.resolve("labels_en.properties")).stringPropertyNames();
		Set<String> pageKeys = load(PAGES.resolve("learner.properties")).stringPropertyNames();
		for (String code : codes()) {
			Properties labels = load(LABELS.resolve("labels_" + code + ".properties"));
			assertThat(labels.stringPropertyNames()).as("certificate labels of " + code)
				.containsAll(labelKeys.stream().filter(k -> !k.startsWith("date.day.")).toList());
			assertThat(labels.getProperty("language.name")).as(code).isNotBlank();
			if (!code.equals("en")) {
				assertThat(load(PAGES.resolve("learner_" + code + ".properties")).stringPropertyNames())
					.as("page and e-mail texts of " + code).containsAll(pageKeys);
			}
		}
	}

}
