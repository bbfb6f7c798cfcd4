package org.skillcred.issuer.batch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.skillcred.issuer.system.IssuerException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cohort files fuzzed, CSV and JSON: any file is either read into at most the allowed rows or
 * refused with a problem ({@link IssuerException}), never with anything else.
 * <p>
 * Every build runs these on the committed inputs ({@code …/CohortFilesFuzzTestsInputs/}); with
 * {@code JAZZER_FUZZ=1} one of them fuzzes for its {@code maxDuration} ({@code scripts/fuzz.sh}).
 */
class CohortFilesFuzzTests {

	private static final int MAX_ROWS = 50;

	@FuzzTest(maxDuration = "60s")
	void readCsv(byte[] file) {
		try {
			assertThat(CohortFiles.csv(file, MAX_ROWS)).hasSizeLessThanOrEqualTo(MAX_ROWS);
		}
		catch (IssuerException expected) {
			// refused with a problem
		}
	}

	@FuzzTest(maxDuration = "60s")
	void readJson(byte[] file) {
		try {
			assertThat(CohortFiles.json(file, MAX_ROWS)).hasSizeLessThanOrEqualTo(MAX_ROWS);
		}
		catch (IssuerException expected) {
			// refused with a problem
		}
	}

}
