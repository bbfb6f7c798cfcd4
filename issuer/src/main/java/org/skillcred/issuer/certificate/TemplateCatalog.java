package org.skillcred.issuer.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** The placeholders a text block may use, besides {@code {label.…}}. */
	static final Set<String> PLACEHOLDERS = Set.of("learnerName", "achievementName",
			"achievementDescription", "competencies", "issuerName", "issuedOn", "validUntil", "credentialId", "verifyUrl");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private final Map<String, TreeMap<Integer, CertificateTemplate>> templates = new HashMap<>();

	/** Image and PDF assets of all templates, read once, by "key/version/file". */
	private final Map<String, byte[]> assets = new HashMap<>();

	TemplateCatalog(TemplateProperties properties, CertificateLabels labels) throws IOException {
		String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(base + "*/v*.yml");
		for (Resource file : files) {
			CertificateTemplate template = parse(file);
			check(template, file, labels);
			templates.computeIfAbsent(template.key(), k -> new TreeMap<>()).put(template.version(), template);
		}
		log.info("Loaded certificate templates: {}", templates.keySet());
	}

	/** A template must only use known placeholders and labels, and its asset files must exist. */
	private void check(CertificateTemplate template, Resource file, CertificateLabels labels) throws IOException {
		for (CertificateTemplate.TextBlock block : template.texts()) {
			Matcher matcher = PLACEHOLDER.matcher(block.text());
			while (matcher.find()) {
				String name = matcher.group(1);
				boolean known = PLACEHOLDERS.contains(name)
						|| (name.startsWith("label.") && labels.has(name.substring("label.".length())));
				if (!known) {
					throw new IllegalStateException("Certificate template " + file.getDescription()
							+ " uses an unknown placeholder {" + name + "}");
				}
			}
		}
		List<String> referenced = new ArrayList<>();
		template.images().forEach(image -> referenced.add(image.file()));
		if (template.background().image() != null) {
			referenced.add(template.background().image());
		}
		if (template.background().pdf() != null) {
			referenced.add(template.background().pdf());
		}
		for (String name : referenced) {
			if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
				throw new IllegalStateException("Certificate template " + file.getDescription()
						+ ": asset names are plain file names next to the template, not " + name);
			}
			Resource asset = file.createRelative(name);
			if (!asset.exists()) {
				throw new IllegalStateException("Certificate template " + file.getDescription()
						+ " refers to a missing file: " + name);
			}
			try (InputStream in = asset.getInputStream()) {
				assets.put(template.key() + "/" + template.version() + "/" + name, in.readAllBytes());
			}
		}
	}

	/**
	 * An asset file of a template version.
	 * @param template the template
	 * @param name the file name
	 * @return the bytes
	 */
	byte[] asset(CertificateTemplate template, String name) {
		byte[] bytes = assets.get(template.key() + "/" + template.version() + "/" + name);
		if (bytes == null) {
			throw new IllegalStateException("Template asset not loaded: " + name);
		}
		return bytes;
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
	 * The current version of every template: what new certificates are rendered with.
	 * @return the templates, in key order
	 */
	public List<CertificateTemplate> latestVersions() {
		return templates.keySet().stream().sorted().map(key -> templates.get(key).lastEntry().getValue()).toList();
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
