package org.skillcred.issuer.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description served at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui.html}), with the bearer API key scheme.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI skillCredOpenApi() {
		return new OpenAPI()
			.info(new Info().title("SkillCred issuer API")
				.version("v1")
				.description("Issue Open Badges 3.0 / W3C VC 2.0 credentials signed as JWTs. "
						+ "Authenticate with 'Authorization: Bearer <api key>'. Errors are RFC 9457 problem documents "
						+ "with a stable 'code'.")
				.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Partner or admin API key")))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}

}
