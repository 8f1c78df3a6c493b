package ma.innovatice.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import ma.innovatice.testing.Api;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The contract at the repository root and the application agree, route for route. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldServeEveryRouteOfTheContractAndNoOther() throws IOException {
        Set<String> contract = contractRoutes();
        Set<String> served = servedRoutes();
        assertThat(served).as("routes the application serves but the contract lacks")
                .isSubsetOf(contract);
        assertThat(contract).as("routes the contract lists but the application does not serve")
                .isSubsetOf(served);
        assertThat(served).hasSizeGreaterThan(10);
    }

    @Test
    void shouldServeTheContractUnchangedAtQOpenapi() throws IOException {
        String served = RestAssured.given().get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode servedTree = YAML.readTree(served);
        JsonNode fileTree = YAML.readTree(Api.CONTRACT.toFile());
        assertThat(servedTree).isEqualTo(fileTree);
    }

    @Test
    void shouldOfferSwaggerUiAndHealth() {
        RestAssured.given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        RestAssured.given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    private static Set<String> contractRoutes() throws IOException {
        JsonNode paths = YAML.readTree(Api.CONTRACT.toFile()).get("paths");
        Set<String> routes = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    routes.add(method.toUpperCase() + " " + normalise(path.getKey()));
                }
            }
        }
        return routes;
    }

    /** Every JAX-RS resource method of the application, as "METHOD /path/{}". */
    private static Set<String> servedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class,
                jakarta.enterprise.inject.Any.Literal.INSTANCE).stream()
                .filter(b -> b instanceof InjectableBean<?>).map(b -> (InjectableBean<?>) b).toList()) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("ma.innovatice")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                routes.add(verb + " " + normalise(root.value() + (sub == null ? "" : "/" + sub.value())));
            }
        }
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String normalise(String path) {
        String clean = path.replaceAll("\\{[^}]+}", "{}").replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }
}
