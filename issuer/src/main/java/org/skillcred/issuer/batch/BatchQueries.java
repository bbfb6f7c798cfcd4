package org.skillcred.issuer.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.credential.CredentialLinks;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.stereotype.Service;

/**
 * Reads batches for their owner: progress, and the results file with one line per row.
 */
@Service
class BatchQueries {

	static final List<String> RESULT_COLUMNS = List.of("line", "externalId", "email", "status", "credentialId",
			"learnerLink", "verifyUrl", "errorCode", "error");

	private final BatchStore store;

	private final CredentialLinks links;

	private final Clock clock;

	BatchQueries(BatchStore store, CredentialLinks links, Clock clock) {
		this.store = store;
		this.links = links;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	/**
	 * A batch, if the caller uploaded it (or is the administrator).
	 * @throws IssuerException not found otherwise: another partner's batch does not exist for them
	 */
	Batch visibleTo(PartnerPrincipal caller, UUID id) {
		return store.find(id)
			.filter(batch -> caller.mayActFor(batch.partnerId()))
			.orElseThrow(() -> IssuerException.notFound("Batch " + id));
	}

	List<Batch> recent(PartnerPrincipal caller) {
		return store.forPartner(caller.requirePartnerId(), 50);
	}

	/** Writes the results CSV, streaming rows from the database. */
	void writeResults(Batch batch, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(RESULT_COLUMNS.toArray(String[]::new)).get());
		try {
			store.results(batch.id(), rs -> {
				try {
					UUID credentialId = rs.getObject("credential_id", UUID.class);
					String token = rs.getString("learner_token");
					csv.printRecord(rs.getInt("line"), safe(rs.getString("external_id")),
							safe(rs.getString("recipient_email")), rs.getString("state"), credentialId,
							(token != null) ? links.learner(token) : null,
							(credentialId != null) ? links.verify(credentialId) : null, rs.getString("error_code"),
							safe(rs.getString("error_detail")));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

	/**
	 * Text from the uploaded file, made safe to open in a spreadsheet: a cell that starts like a
	 * formula is prefixed with an apostrophe (CSV injection).
	 */
	static @Nullable String safe(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

}
