package org.skillcred.issuer.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.system.IssuerException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading cohort files: line numbers as a spreadsheet shows them, and limits before parsing. */
class CohortFilesTests {

	@Test
	void csvWhenQuotedFieldSpansLinesThenLaterRowsKeepTheirFileLine() {
		String csv = "externalId,name,achievementId\n1,\"Ana\nLima\",ai\n\n2,Ben,ai\n";

		List<CohortRow> rows = CohortFiles.csv(csv.getBytes(StandardCharsets.UTF_8), 10);

		assertThat(rows).extracting(CohortRow::line).containsExactly(2, 5);
		assertThat(rows.getFirst().name()).isEqualTo("Ana\nLima");
	}

	@Test
	void csvWhenByteOrderMarkThenHeaderStillRead() {
		byte[] csv = "\uFEFFexternalId,name,achievementId\n1,Ana,ai\n".getBytes(StandardCharsets.UTF_8);

		assertThat(CohortFiles.csv(csv, 10)).extracting(CohortRow::externalId).containsExactly("1");
	}

	@Test
	void csvWhenLineIsMillionsOfFieldsThenRefusedBeforeParsing() {
		byte[] csv = ("externalId,name,achievementId\n" + ",".repeat(5_000_000) + "\n").getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> CohortFiles.csv(csv, 10)).isInstanceOf(IssuerException.class)
			.hasMessageContaining("Line 2 is longer than");
	}

	@Test
	void jsonWhenMoreItemsThanAllowedThenRefusedAtTheFirstItemTooMany() {
		byte[] json = ("[" + "{},".repeat(2_000_000) + "{}]").getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> CohortFiles.json(json, 200_000)).isInstanceOf(IssuerException.class)
			.hasMessageContaining("more than 200000");
	}

	@Test
	void jsonWhenMemberIsNestedOrUnknownThenRefused() {
		assertThatThrownBy(() -> CohortFiles.json("[{\"name\":{\"a\":[1,2,3]}}]".getBytes(StandardCharsets.UTF_8), 10))
			.hasMessageContaining("'name' must be a string");
		assertThatThrownBy(() -> CohortFiles.json("[{\"x\":1}]".getBytes(StandardCharsets.UTF_8), 10))
			.hasMessageContaining("unknown member 'x'");
		assertThatThrownBy(() -> CohortFiles.json("[{\"name\":\"Ana\",\"validUntil\":\"2027-12-31\",\"validUntil\":\"\"}]"
			.getBytes(StandardCharsets.UTF_8), 10)).as("a member twice: readers differ on which counts")
			.hasMessageContaining("names 'validUntil' twice");
		assertThatThrownBy(() -> CohortFiles.json("[{\"name\":\"a\"}] trailing".getBytes(StandardCharsets.UTF_8), 10))
			.isInstanceOf(IssuerException.class);
		assertThatThrownBy(() -> CohortFiles.json(("[" + "[".repeat(5000)).getBytes(StandardCharsets.UTF_8), 10))
			.isInstanceOf(IssuerException.class);
	}

	@Test
	void jsonWhenNumberIsHugeThenClearErrorNotACrash() {
		assertThatThrownBy(() -> CohortFiles.json(("[{\"name\":" + "9".repeat(5000) + "}]").getBytes(StandardCharsets.UTF_8), 10))
			.isInstanceOf(IssuerException.class);
	}

}
