package org.skillcred.issuer.support;

import org.junit.jupiter.api.BeforeEach;
import org.skillcred.issuer.support.TestClockConfiguration.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of tests that drive a running issuer through its API.
 */
public abstract class IssuerApiTests {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcTemplate jdbc;

	protected IssuerApi api;

	@BeforeEach
	void createApi() {
		api = new IssuerApi(mvc);
	}

	protected int credentialCount() {
		return jdbc.queryForObject("select count(*) from credential", Integer.class);
	}

}
