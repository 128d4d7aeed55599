package se.trygghet.system;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Time and language for the whole platform. */
@Configuration(proxyBeanMethods = false)
class SystemConfig implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	/**
	 * Injected everywhere time matters, so tests can fix it. It keeps the municipality's time, not the server's: every
	 * {@code LocalDate.now(clock)} is then the Swedish date, and a server in UTC does not show last week's situation
	 * picture on a Monday night. {@link MunicipalTimeZone} makes the same zone the JVM's default.
	 */
	@Bean
	Clock clock(@Value("${app.time-zone:" + MunicipalTimeZone.DEFAULT + "}") ZoneId zone) {
		return Clock.system(zone);
	}

	/** Strings in JSON bodies read by Spring's own mapper come out as {@link TextInput} cleans them. */
	@Bean
	org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer cleanTextInput() {
		return TextInput::cleaning;
	}

	/** Boot's message source, read the same way, formats plain number arguments more cheaply. */
	@Bean
	PlatformMessageSource messageSource() {
		return new PlatformMessageSource();
	}

	/**
	 * Swedish first, English second. The choice lives in a cookie rather than the session, so any node can serve the
	 * next request and anonymous visitors keep their language too.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setDefaultLocale(SWEDISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> SWEDISH);
		return resolver;
	}

	/**
	 * Static files are served only under these prefixes. Boot's default {@code /**} mapping made every link a page
	 * renders probe the classpath for a matching file, which under load cost seconds per plan page.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)))
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
