package ma.innovatice.common.i18n;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import java.util.Locale;

/**
 * Bean Validation messages in the request's language as {@link RequestLanguage} resolves it (the
 * {@code lang} parameter, then {@code Accept-Language}, then French), where Quarkus' own resolver
 * reads the header only. Placed before Quarkus' resolvers by its priority.
 */
@Singleton
@Priority(1000)
public class RequestLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return Locale.forLanguageTag(RequestLanguage.current().code());
    }
}
