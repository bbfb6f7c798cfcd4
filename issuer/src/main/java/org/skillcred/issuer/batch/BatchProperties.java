package org.skillcred.issuer.batch;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Batch issuance settings.
 *
 * @param maxRows the most rows one file may have
 * @param chunkSize rows issued per transaction: larger chunks mean fewer round trips, smaller
 * ones less work redone after a crash
 * @param workers worker threads per instance; 0 turns this instance's workers off (it still
 * accepts uploads, which other instances then issue)
 * @param pollInterval how often an idle worker looks for work queued by another instance
 * @param concurrentUploads cohort files read at once per instance; more wait, then get 503
 */
@Validated
@ConfigurationProperties("issuer.batch")
public record BatchProperties(@DefaultValue("200000") @Min(1) int maxRows,
		@DefaultValue("500") @Min(1) @Max(5000) int chunkSize, @DefaultValue("2") @Min(0) int workers,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2") @Min(1) int concurrentUploads) {
}
