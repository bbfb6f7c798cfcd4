package org.skillcred.issuer.system;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on incoming requests.
 *
 * @param maxBody the largest request body the API reads; larger bodies get 413
 * @param maxPageSize the largest page a list endpoint returns
 * @param maxUpload the largest cohort file ({@code POST /api/v1/batches}); larger ones get 413
 * @param maxBranding the largest partner branding ({@code PUT …/branding}: up to five images of
 * 256 KB, base64-encoded); larger ones get 413
 */
@Validated
@ConfigurationProperties("issuer.limits")
record RequestLimitsProperties(@DefaultValue("64KB") DataSize maxBody, @DefaultValue("100") @Min(1) int maxPageSize,
		@DefaultValue("64MB") DataSize maxUpload, @DefaultValue("2MB") DataSize maxBranding) {
}
