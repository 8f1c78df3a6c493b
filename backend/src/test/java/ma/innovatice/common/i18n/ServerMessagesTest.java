package ma.innovatice.common.i18n;

import ma.innovatice.account.Language;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the catalogue writes an English message again in another language. */
class ServerMessagesTest {

    private static final ServerMessages MESSAGES = ServerMessages.get();

    @Test
    void shouldTranslateTheVaryingPartsAsTermsOrMessagesOfTheirOwn() {
        String english = "Edition 22 is DRAFT and cannot move to EVALUATION; the only allowed next step is OPEN.";
        assertThat(MESSAGES.text(english, Language.FR)).isEqualTo("L’édition 22 en est à l’étape «\u00A0brouillon\u00A0» et ne "
                + "peut pas passer à l’étape «\u00A0évaluation\u00A0»\u202F; la seule étape suivante possible est «\u00A0appel à projets\u00A0».");
        assertThat(MESSAGES.text(english, Language.AR)).isEqualTo("الدورة 22 في مرحلة «المسودة» ولا يمكنها الانتقال إلى مرحلة "
                + "«التقييم»؛ المرحلة التالية الوحيدة الممكنة هي «الترشيح».");
        assertThat(MESSAGES.text(english, Language.EN)).isEqualTo(english);
        // A part that is a message of its own, at the start of the sentence: translated and capitalised.
        assertThat(MESSAGES.text("Project 12 in round 2 of edition 22 does not exist.", Language.FR))
                .isEqualTo("Le projet 12 dans le tour 2 de l’édition 22 n’existe pas.");
        assertThat(MESSAGES.text("Too many failed logins for this account or from this address; try again in 15 minutes (900 seconds).",
                Language.AR)).isEqualTo("محاولات دخول فاشلة كثيرة لهذا الحساب أو من هذا العنوان؛ حاول مجددًا بعد 15 د (900 ث).");
    }

    @Test
    void shouldKeepAMessageItDoesNotKnowAndTheTitleOfAnUnknownType() {
        assertThat(MESSAGES.text("A sentence nobody wrote in the catalogue.", Language.FR)).isEqualTo("A sentence nobody wrote in the catalogue.");
        assertThat(MESSAGES.text("doit être une date", Language.AR)).isEqualTo("doit être une date");
        assertThat(MESSAGES.title("no-such-type", "Something", Language.AR)).isEqualTo("Something");
        assertThat(MESSAGES.title("not-found", "Not found", Language.AR)).isEqualTo("غير موجود");
    }

    @Test
    void shouldRefuseAMalformedCatalogue() {
        assertThatThrownBy(() -> ServerMessages.parse(new ByteArrayInputStream("fr = orphan\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ServerMessages.parse(new ByteArrayInputStream("[text]\nfr = sans anglais\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class);
    }
}
