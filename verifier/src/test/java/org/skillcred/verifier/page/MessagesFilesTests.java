package org.skillcred.verifier.page;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Adding a page language is adding its messages file, with every English key. */
class MessagesFilesTests {

	private static final Path MESSAGES = Path.of("src", "main", "resources", "i18n");

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

	@Test
	void everyLanguageHasEveryMessageOfEnglish() throws IOException {
		Set<String> english = load(MESSAGES.resolve("messages.properties")).stringPropertyNames();
		List<Path> files;
		try (Stream<Path> all = Files.list(MESSAGES)) {
			files = all.filter(f -> f.getFileName().toString().matches("messages_[a-z]{2,3}\\.properties")).toList();
		}
		assertThat(files).extracting(f -> f.getFileName().toString())
			.contains("messages_pt.properties", "messages_sw.properties", "messages_ar.properties");
		for (Path file : files) {
			assertThat(load(file).stringPropertyNames()).as(file.toString()).containsAll(english);
		}
	}

}
