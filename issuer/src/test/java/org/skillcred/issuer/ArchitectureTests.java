package org.skillcred.issuer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Guards the package-by-feature structure.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.skillcred");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.skillcred.issuer.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void systemPackageDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.skillcred.issuer.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.skillcred.issuer.partner..", "org.skillcred.issuer.credential..",
					"org.skillcred.issuer.achievement..", "org.skillcred.issuer.signing..")
			.check(classes);
	}

	@Test
	void coreDependsOnNoSpring() {
		noClasses().that()
			.resideInAPackage("org.skillcred.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..")
			.check(classes);
	}

}
