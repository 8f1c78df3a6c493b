package ma.innovatice.account;

import ma.innovatice.common.error.FieldError;
import ma.innovatice.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The password policy on its own: common bases, trivial sequences, the person's own names. */
class PasswordPolicyTest {

    private static Optional<String> verdict(String password) {
        return PasswordPolicy.check("password", password, "salma.bennani@ecole.ma", "Salma", "Bennani")
                .map(FieldError::message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password12", "Password2024!", "P@ssw0rd2024", "123password", "motdepasse1",
            "MotDePasse-2025", "azerty1234", "azertyuiop1", "qwerty12345", "AZERTY!!2024", "admin12345",
            "innovatice2026", "Maroc2030!!", "morocco2030", "bonjour123", "soleil2024", "bismillah1",
            "passwordpassword1", "azertyazerty9", "12345678ab", "x123456789", "!!2024abc!!", "abcdefgh12",
            "1234567890q"})
    void shouldRefuseCommonPasswords(String password) {
        assertThat(verdict(password)).contains(PasswordPolicy.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaa1", "zzzzzzzz99", "mnopqrstu1", "abcdefghijk9", "hgfedcba98", "kjihgfedc987",
            "abab1abab1abab1", "aaaaabbbbb1111"})
    void shouldRefuseRepeatedOrConsecutiveCharacters(String password) {
        assertThat(verdict(password)).contains(PasswordPolicy.TRIVIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"salma-2024-ok", "Bennani!2024x", "mon-SALMA-77", "ecole-bennani-9", "Sälma-chez-moi-3",
            "salma.bennani@ecole.ma1"})
    void shouldRefuseThePersonsOwnNamesAndEmail(String password) {
        assertThat(verdict(password)).contains(PasswordPolicy.PERSONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"une-classe-2026", "correct-horse-42", "Tajine-au-citron-7", "jardin-de-lycee-31",
            "9-lanternes-bleues", "كلمة-سر-قوية-2024", "teacher-password-1"})
    void shouldAcceptPasswordsThatAreNeitherCommonNorPersonal(String password) {
        assertThat(verdict(password)).isEmpty();
    }

    /** The fictional demo accounts share this published password; only the impersonal rules apply to them. */
    @Test
    void shouldAcceptTheSharedPasswordOfTheDemoAccounts() {
        assertThat(PasswordPolicy.check("password", DemoData.PASSWORD)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletters", "1234567890"})
    void shouldKeepTheLengthAndCharacterRules(String password) {
        assertThat(verdict(password)).isPresent();
    }
}
