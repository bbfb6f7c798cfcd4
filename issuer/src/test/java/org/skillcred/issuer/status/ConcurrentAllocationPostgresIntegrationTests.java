package org.skillcred.issuer.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.skillcred.issuer.credential.CredentialIssuance;
import org.skillcred.issuer.support.PostgresIntegrationTest;
import org.skillcred.issuer.support.SecondInstance;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two issuer instances (two application contexts) on one PostgreSQL database, issuing from many
 * threads at once, never hand out the same status list index twice.
 */
@PostgresIntegrationTest
class ConcurrentAllocationPostgresIntegrationTests {

	@Autowired
	CredentialIssuance issuance;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Test
	void issueFromTwoInstancesAndManyThreadsThenEveryIndexUnique() throws Exception {
		try (ConfigurableApplicationContext second = SecondInstance.start(environment)) {
			CredentialIssuance other = second.getBean(CredentialIssuance.class);
			Map<String, Object> partner = jdbc.queryForMap("select id, slug from partner where slug = 'demo-partner'");
			PartnerPrincipal caller = PartnerPrincipal.partner((java.util.UUID) partner.get("id"),
					(String) partner.get("slug"));
			List<Callable<Void>> work = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				CredentialIssuance instance = (thread % 2 == 0) ? issuance : other;
				work.add(() -> {
					for (int i = 0; i < 40; i++) {
						instance.issue(caller, new CredentialIssuance.IssueCommand("genai-foundations", "Concurrent " + i,
								null, null, null, null), null);
					}
					return null;
				});
			}
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				for (Future<Void> done : pool.invokeAll(work)) {
					done.get();
				}
			}
			finally {
				pool.shutdown();
			}
		}
		Map<String, Object> counts = jdbc.queryForMap("select count(*) as credentials, "
				+ "count(distinct cast(status_list_id as varchar) || ':' || status_index) as distinct_slots "
				+ "from credential where status_list_id is not null");
		assertThat(((Number) counts.get("credentials")).longValue()).isGreaterThanOrEqualTo(320);
		assertThat(counts.get("distinct_slots")).isEqualTo(counts.get("credentials"));
		assertThat(jdbc.queryForObject("select count(*) from status_allocation", Long.class))
			.isEqualTo(((Number) counts.get("credentials")).longValue());
	}

}
