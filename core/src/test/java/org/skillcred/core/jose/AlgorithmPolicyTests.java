package org.skillcred.core.jose;

import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AlgorithmPolicyTests {

	@Test
	void ofWhenNoneOrHmacThenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> AlgorithmPolicy.of(List.of("none")));
		assertThatIllegalArgumentException().isThrownBy(() -> AlgorithmPolicy.of(List.of("ES256", "HS256")));
		assertThatIllegalArgumentException().isThrownBy(() -> AlgorithmPolicy.of(List.of("RS512")));
		assertThatIllegalArgumentException().isThrownBy(() -> new AlgorithmPolicy(Set.of()));
	}

	@Test
	void ofWhenSupportedThenAllowed() {
		AlgorithmPolicy policy = AlgorithmPolicy.of(List.of("ES256", "EdDSA", "PS256"));
		assertThat(policy.allows(JWSAlgorithm.ES256)).isTrue();
		assertThat(policy.allows(JWSAlgorithm.RS256)).isFalse();
		assertThat(policy.intersect(AlgorithmPolicy.DEFAULT).algorithms()).containsExactly(JWSAlgorithm.ES256);
	}

}
