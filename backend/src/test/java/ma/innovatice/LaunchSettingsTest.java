package ma.innovatice;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's accounts have published passwords: unless told otherwise, `make run` answers this machine only. */
class LaunchSettingsTest {

    private static Function<String, Optional<String>> settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void shouldListenOnTheLoopbackOnlyWithTheDemoDataAndNoAddressConfigured() {
        assertThat(LaunchSettings.httpHost(settings(Map.of("innovatice.demo.enabled", "true")))).contains("127.0.0.1");
        assertThat(LaunchSettings.httpHost(settings(Map.of("innovatice.demo.enabled", "TRUE")))).contains("127.0.0.1");
    }

    @Test
    void shouldKeepAConfiguredAddressAndTheDefaultWithoutTheDemo() {
        assertThat(LaunchSettings.httpHost(settings(Map.of("innovatice.demo.enabled", "true",
                "quarkus.http.host", "0.0.0.0")))).isEmpty();
        // The Docker image does not enable the demo: Quarkus listens on every interface there.
        assertThat(LaunchSettings.httpHost(settings(Map.of("innovatice.demo.enabled", "false")))).isEmpty();
        assertThat(LaunchSettings.httpHost(settings(Map.of()))).isEmpty();
    }

    @Test
    void shouldReadTheEnvironmentFormOfASetting() {
        // PATH is set in any environment; its property form is path.
        assertThat(LaunchSettings.get("path")).isEqualTo(Optional.ofNullable(System.getenv("PATH")).map(String::trim));
    }
}
