package org.skillcred.issuer.certificate;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every version of every certificate template, read once at startup from
 * {@code issuer.templates.location} (default: the {@code templates/} folder shipped in the jar).
 * A template that fails to parse, or breaks a layout rule, stops startup with its file name.
 */
@Component
public class TemplateCatalog {

	private static final Logger log = LoggerFactory.getLogger(TemplateCatalog.class);

	private static final float MIN_QR_SIZE = 56.7f; // 2 cm

	private final Map<String, TreeMap<Integer, CertificateTemplate>> templates = new HashMap<>();

	TemplateCatalog(TemplateProperties properties) throws IOException {
		String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(base + "*/v*.yml");
		for (Resource file : files) {
			CertificateTemplate template = parse(file);
			templates.computeIfAbsent(template.key(), k -> new TreeMap<>()).put(template.version(), template);
		}
		log.info("Loaded certificate templates: {}", templates.keySet());
	}

	private static CertificateTemplate parse(Resource file) throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file.getDescription(), file);
		CertificateTemplate template;
		try {
			template = new Binder(ConfigurationPropertySources.from(sources.get(0))).bindOrCreate("",
					Bindable.of(CertificateTemplate.class));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Certificate template " + file.getDescription() + " is invalid: "
					+ ex.getMessage(), ex);
		}
		if (template.key() == null || template.qr() == null || template.texts() == null) {
			throw new IllegalStateException("Certificate template " + file.getDescription() + " needs key, texts and qr");
		}
		if (template.qr().size() < MIN_QR_SIZE) {
			throw new IllegalStateException("Certificate template " + file.getDescription()
					+ ": the QR code must be at least 57 pt (2 cm) wide");
		}
		return template;
	}

	/**
	 * The current (highest) version of a template.
	 * @param key the template key
	 * @return the template, or empty when unknown
	 */
	public Optional<CertificateTemplate> latest(String key) {
		TreeMap<Integer, CertificateTemplate> versions = templates.get(key);
		return (versions == null) ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
	}

	/**
	 * A given version of a template, to re-render a certificate exactly as first issued.
	 * @param key the template key
	 * @param version the version
	 * @return the template, or empty when unknown
	 */
	public Optional<CertificateTemplate> version(String key, int version) {
		TreeMap<Integer, CertificateTemplate> versions = templates.get(key);
		return Optional.ofNullable((versions == null) ? null : versions.get(version));
	}

}
