package se.trygghet.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the open-data API says about itself at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI openApi() {
		return new OpenAPI().info(new Info().title("Trygghetsplattformen – öppna data")
			.version("v1")
			.description("Adopted action plans for safety and crime prevention: focus areas, goals, indicators, "
					+ "activities and the committees responsible for them. The texts are the municipality's own. "
					+ "Errors are answered as application/problem+json (RFC 9457).")
			.license(new License().name("Open data")));
	}

}
