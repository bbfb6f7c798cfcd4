package org.skillcred.issuer.achievement;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A competency an achievement is aligned with.
 *
 * @param targetName competency name
 * @param targetUrl competency URL
 * @param targetFramework framework name, optional
 * @param targetCode code within the framework, optional
 */
@Table("achievement_alignment")
public record AlignmentRef(String targetName, String targetUrl, @Nullable String targetFramework,
		@Nullable String targetCode) {
}
