package org.skillcred.issuer.certificate;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The words on certificates, in the six UN languages, from {@code templates/i18n}.
 */
@Component
public class CertificateLabels {

	/** The languages certificates are printed in. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

	private final Map<String, Properties> labels = new HashMap<>();

	CertificateLabels(TemplateProperties properties) throws IOException {
		String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		DefaultResourceLoader loader = new DefaultResourceLoader();
		for (String language : LANGUAGES) {
			Resource resource = loader.getResource(base + "i18n/labels_" + language + ".properties");
			Properties values = new Properties();
			try (InputStreamReader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				values.load(reader);
			}
			labels.put(language, values);
		}
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

}
