package org.skillcred.issuer.certificate;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.skillcred.core.i18n.Languages;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The words on certificates, from {@code templates/i18n/labels_<language>.properties}: every
 * language with a labels file is a language of certificates, pages and e-mails (see
 * {@link Languages}), so adding one is adding its files.
 */
@Component
public class CertificateLabels {

	private static final Pattern FILE = Pattern.compile("labels_([a-z]{2,3})\\.properties");

	private final Map<String, Properties> labels = new HashMap<>();

	private final Languages languages;

	CertificateLabels(TemplateProperties properties) throws IOException {
		String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(base + "i18n/labels_*.properties");
		for (Resource resource : files) {
			Matcher name = FILE.matcher(java.util.Objects.requireNonNullElse(resource.getFilename(), ""));
			if (!name.matches()) {
				continue;
			}
			Properties values = new Properties();
			try (InputStreamReader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				values.load(reader);
			}
			labels.put(name.group(1), values);
		}
		this.languages = Languages.of(labels);
	}

	/**
	 * The languages there are labels for.
	 * @return the languages, English first
	 */
	public Languages languages() {
		return languages;
	}

	/**
	 * Whether a label exists (in English, the fallback of every language).
	 * @param key the label key
	 * @return true when defined
	 */
	boolean has(String key) {
		return labels.get("en").containsKey(key);
	}

	/**
	 * A label in a language, falling back to English.
	 * @param language the language code
	 * @param key the label key, such as {@code issuedOn}
	 * @return the label, or the key itself when no language has it
	 */
	String label(String language, String key) {
		String value = labels.getOrDefault(language, labels.get("en")).getProperty(key);
		return (value != null) ? value : labels.get("en").getProperty(key, key);
	}

	/** The languages, for everything in the issuer that speaks to people. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class LanguagesConfiguration {

		@org.springframework.context.annotation.Bean
		Languages languages(CertificateLabels labels) {
			return labels.languages();
		}

	}

}
