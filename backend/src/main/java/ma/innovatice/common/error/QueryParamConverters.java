package ma.innovatice.common.error;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * JAX-RS answers 404 when a query parameter cannot be converted; a wrong filter value is a bad
 * request, so enum and number query parameters are converted here and refused with a 400 problem
 * that names the parameter and what it accepts.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, name);
        }
        if (rawType == Long.class || rawType == Integer.class || rawType == long.class || rawType == int.class) {
            return new NumberConverter<>(rawType, name);
        }
        return null;
    }

    /** The REST layer passes a WebApplicationException on as it is; {@link ProblemMappers} answers its cause. */
    private static WebApplicationException refused(ProblemException problem) {
        return new WebApplicationException(problem, 400);
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw refused(ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants())));
            }
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }

    private record NumberConverter<T>(Class<T> type, String name) implements ParamConverter<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null || value.isEmpty()) {
                if (type.isPrimitive()) {
                    throw refused(ProblemException.invalid(name, "must be a whole number"));
                }
                return null;
            }
            try {
                boolean wide = type == Long.class || type == long.class;
                return (T) (wide ? (Object) Long.valueOf(value) : (Object) Integer.valueOf(value));
            } catch (NumberFormatException e) {
                throw refused(ProblemException.invalid(name, "must be a whole number"));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
