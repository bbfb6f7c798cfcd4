package org.skillcred.verifier.input;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Large uploads are admitted against a memory budget before their bytes are read: beyond it they
 * wait, then get BUSY (503), so many phone photos at once cannot fill the heap.
 */
class UploadAdmissionTests {

	private final UploadReader reader = new UploadReader(new UploadProperties(120_000_000, DataSize.ofMegabytes(480),
			6_000_000, 20, 5000, 64, DataSize.ofKilobytes(256), Duration.ofMillis(200), 1, 8, DataSize.ofMegabytes(1)));

	@AfterEach
	void stop() {
		reader.stop();
	}

	@Test
	void admitWhenBudgetTakenThenBusyUntilReleased() throws Exception {
		UploadReader.Admission first = reader.admit(800 * 1024);
		long start = System.nanoTime();
		assertThatThrownBy(() -> reader.admit(800 * 1024)).isInstanceOf(UnusableUploadException.class)
			.satisfies(ex -> assertThat(((UnusableUploadException) ex).reason()).isEqualTo(UnusableUploadException.Reason.BUSY));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("it waited for room first")
			.isGreaterThanOrEqualTo(Duration.ofMillis(150));
		first.close();
		try (UploadReader.Admission second = reader.admit(800 * 1024)) {
			assertThat(second).isNotNull();
		}
	}

	@Test
	void admitWhenLargerThanTheWholeBudgetThenTakesItAll() throws Exception {
		try (UploadReader.Admission all = reader.admit(50L * 1024 * 1024)) {
			assertThatThrownBy(() -> reader.admit(1)).isInstanceOf(UnusableUploadException.class);
		}
		reader.admit(1).close();
	}

}
