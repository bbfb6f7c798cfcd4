package org.skillcred.issuer.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the issuer's APIs read JSON, beyond what both services share (unknown and repeated fields,
 * numbers for text: {@code CommonWebConfiguration.strictJsonRequests}): what a caller sends is what
 * gets signed, or it is refused.
 * <ul>
 * <li>an empty string is not a value: {@code "validUntil": ""} read as "none" signed a credential
 * that never expires;</li>
 * <li>a date is an RFC 3339 date-time with an offset: epoch numbers and digit strings,
 * {@code 23:59:60}, {@code 24:00} and surrounding spaces were each turned into some other instant
 * and signed. (Fractions of a second are accepted, as JavaScript's toISOString writes them, and
 * kept to the second, as the README says.)</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictRequests() {
		return builder -> builder
			// a VC-API credential's numbers are signed as sent: as doubles, 123456789012345678901234567890.5
			// became 1.2345678901234568E29
			.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
			.withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			.addModule(new SimpleModule("strict-instants").addDeserializer(Instant.class, new StrictInstant()));
	}

	/** An instant as RFC 3339 with an offset, and nothing else. */
	static final class StrictInstant extends ValueDeserializer<Instant> {

		private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.withResolverStyle(ResolverStyle.STRICT);

		private static final String FORM = "must be an RFC 3339 date-time with an offset, such as 2027-12-31T23:59:59Z";

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (Instant) context.handleUnexpectedToken(Instant.class, parser);
			}
			String text = parser.getString();
			try {
				return OffsetDateTime.parse(text, RFC_3339).toInstant();
			}
			catch (DateTimeParseException ex) {
				return (Instant) context.handleWeirdStringValue(Instant.class, text, FORM);
			}
		}

	}

}
