package org.skillcred.verifier;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Guards the verifier's structure: features without cycles, and nothing but core shared with
 * the issuer.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.skillcred.verifier");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.skillcred.verifier.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void verifierNeverDependsOnTheIssuer() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.skillcred.issuer..").check(classes);
	}

}
