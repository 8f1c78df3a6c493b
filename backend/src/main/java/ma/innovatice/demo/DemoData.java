package ma.innovatice.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.account.AccountRepository;
import ma.innovatice.account.AccountService.NewAccount;
import ma.innovatice.account.AccountService;
import ma.innovatice.account.Language;
import ma.innovatice.account.Role;
import ma.innovatice.award.AwardDtos.AwardInput;
import ma.innovatice.award.AwardDtos.CitationTranslations;
import ma.innovatice.award.AwardKind;
import ma.innovatice.award.AwardService;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.security.Actor;
import ma.innovatice.common.time.ClockProducer;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionDtos.EditionInput;
import ma.innovatice.edition.EditionDtos.EditionTexts;
import ma.innovatice.edition.EditionDtos.EditionTranslations;
import ma.innovatice.edition.EditionDtos.EditionView;
import ma.innovatice.edition.EditionDtos.Forum;
import ma.innovatice.edition.EditionRepository;
import ma.innovatice.edition.EditionService;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.round.RoundConfigService;
import ma.innovatice.round.RoundDtos.RoundInput;
import ma.innovatice.screening.ScreeningDtos.ChecklistInput;
import ma.innovatice.screening.ScreeningDtos.ChecklistItem;
import ma.innovatice.screening.ScreeningService;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionDtos.SubmissionInput;
import ma.innovatice.submission.SubmissionService;
import ma.innovatice.submission.SubmissionStatus;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The demonstration data of `make run`: fictional accounts of every role, the 12th edition (2016)
 * as published and a current edition open for submissions. Everything is flagged as demo data and
 * created once; later starts find it and leave it alone.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** Shared by every demo account; printed in the log and the README. Never use demo mode in production. */
    public static final String PASSWORD = "demo-password-2016";

    /** A demo account; jurors and coordinators of a regional round have the region of their academy. */
    record DemoPerson(String email, Role role, String firstName, String lastName, Language language, String region) {

        DemoPerson(String email, Role role, String firstName, String lastName, Language language) {
            this(email, role, firstName, lastName, language, null);
        }
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("admin@demo.innovatice.ma", Role.ADMIN, "Nadia", "Admin (démo)", Language.FR),
            new DemoPerson("coord-rabat@demo.innovatice.ma", Role.COORDINATOR, "Nadia", "Coordinatrice Rabat (démo)",
                    Language.FR, "MA-04"),
            new DemoPerson("coord-casa@demo.innovatice.ma", Role.COORDINATOR, "Omar", "Coordinateur Casablanca (démo)",
                    Language.AR, "MA-06"),
            new DemoPerson("jury1@demo.innovatice.ma", Role.JURY, "Karim", "Jury-Un (démo)", Language.FR, "MA-04"),
            new DemoPerson("jury2@demo.innovatice.ma", Role.JURY, "Samira", "Jury-Deux (démo)", Language.AR, "MA-06"),
            new DemoPerson("jury3@demo.innovatice.ma", Role.JURY, "Youssef", "Jury-Trois (démo)", Language.EN),
            new DemoPerson("teacher1@demo.innovatice.ma", Role.TEACHER, "Amina", "Enseignante-Une (démo)", Language.FR),
            new DemoPerson("teacher2@demo.innovatice.ma", Role.TEACHER, "Hassan", "Enseignant-Deux (démo)", Language.AR),
            new DemoPerson("teacher3@demo.innovatice.ma", Role.TEACHER, "Leila", "Enseignante-Trois (démo)", Language.EN),
            new DemoPerson("laureat1@demo.innovatice.ma", Role.TEACHER, "Mehdi", "Lauréat-Un (démo)", Language.FR),
            new DemoPerson("laureat2@demo.innovatice.ma", Role.TEACHER, "Khadija", "Lauréate-Deux (démo)", Language.AR),
            new DemoPerson("laureat3@demo.innovatice.ma", Role.TEACHER, "Rachid", "Lauréat-Trois (démo)", Language.FR),
            new DemoPerson("laureat4@demo.innovatice.ma", Role.TEACHER, "Salma", "Lauréate-Quatre (démo)", Language.FR));

    /**
     * The projects of the demo's 12th edition (2016): author, title, region, level, discipline, award or null,
     * and the award's citation in French, Arabic and English.
     */
    record HistoricProject(String author, String title, String region, String level, String discipline,
                           AwardKind award, String citation, String citationAr, String citationEn) {

        HistoricProject(String author, String title, String region, String level, String discipline) {
            this(author, title, region, level, discipline, null, null, null, null);
        }
    }

    static final List<HistoricProject> HISTORY_2016 = List.of(
            new HistoricProject("laureat1@demo.innovatice.ma", "Classe inversée et capsules vidéo en physique (démo)",
                    "MA-06", "SECONDAIRE_QUALIFIANT", "Physique-chimie", AwardKind.WINNER,
                    "Projet fictif : des élèves qui produisent leurs propres capsules et expliquent à leurs pairs.",
                    "مشروع خيالي: تلاميذ يُنتجون كبسولاتهم المصوَّرة بأنفسهم ويشرحونها لزملائهم.",
                    "Fictional project: pupils who produce their own video capsules and explain them to their peers."),
            new HistoricProject("teacher1@demo.innovatice.ma", "Journal scolaire numérique bilingue (démo)",
                    "MA-04", "SECONDAIRE_COLLEGIAL", "Langue française", AwardKind.LAUREATE,
                    "Projet fictif : une rédaction d'élèves en français et en arabe, publiée chaque mois.",
                    "مشروع خيالي: هيئة تحرير من التلاميذ تكتب بالفرنسية والعربية، وتَصدر كل شهر.",
                    "Fictional project: a pupils' newsroom writing in French and Arabic, published every month."),
            new HistoricProject("laureat2@demo.innovatice.ma", "Mathématiques au souk avec des tablettes (démo)",
                    "MA-07", "PRIMAIRE", "Mathématiques", AwardKind.LAUREATE,
                    "Projet fictif : le calcul mental appris en enquêtant sur les prix du marché.",
                    "مشروع خيالي: تعلُّم الحساب الذهني من خلال البحث في أسعار السوق.",
                    "Fictional project: mental arithmetic learnt by investigating market prices."),
            new HistoricProject("laureat3@demo.innovatice.ma", "Station météo connectée de l'école (démo)",
                    "MA-10", "PRIMAIRE", "Éveil scientifique", AwardKind.LAUREATE,
                    "Projet fictif : mesurer, partager et comparer le temps avec une école partenaire.",
                    "مشروع خيالي: قياس أحوال الطقس ومشاركتها ومقارنتها مع مدرسة شريكة.",
                    "Fictional project: measuring, sharing and comparing the weather with a partner school."),
            new HistoricProject("laureat4@demo.innovatice.ma", "Contes amazighs enregistrés par les élèves (démo)",
                    "MA-08", "PRESCOLAIRE", "Langue amazighe", AwardKind.SPECIAL_MENTION,
                    "Projet fictif : la mémoire orale du village mise en ligne par les plus jeunes.",
                    "مشروع خيالي: الذاكرة الشفهية للقرية ينشرها أصغر التلاميذ على الإنترنت.",
                    "Fictional project: the village's oral memory put online by the youngest pupils."),
            new HistoricProject("teacher2@demo.innovatice.ma", "Exposés collaboratifs en histoire (démo)",
                    "MA-01", "SECONDAIRE_QUALIFIANT", "Histoire-géographie"));

    /** The 12th edition's ceremony, in Rabat, when its certificates were issued. */
    static final Instant CEREMONY_2016 = casablanca(2016, 5, 25, 10);

    private final InnovaticeConfig config;
    private final AccountService accountService;
    private final AccountRepository accounts;
    private final EditionService editionService;
    private final EditionRepository editions;
    private final Clock clock;
    private final SubmissionService submissionService;
    private final AwardService awardService;
    private final EntityManager entityManager;
    private final RoundConfigService roundConfig;
    private final ScreeningService screening;

    DemoData(InnovaticeConfig config, AccountService accountService, AccountRepository accounts,
             EditionService editionService, EditionRepository editions, Clock clock,
             SubmissionService submissionService, AwardService awardService, EntityManager entityManager,
             RoundConfigService roundConfig, ScreeningService screening) {
        this.roundConfig = roundConfig;
        this.screening = screening;
        this.awardService = awardService;
        this.entityManager = entityManager;
        this.submissionService = submissionService;
        this.config = config;
        this.accountService = accountService;
        this.accounts = accounts;
        this.editionService = editionService;
        this.editions = editions;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        seed();
        StringBuilder table = new StringBuilder("Demo mode: fictional accounts, all with the password '")
                .append(PASSWORD).append("':");
        PEOPLE.forEach(p -> table.append("\n    ").append(String.format("%-11s %s", p.role(), p.email())));
        LOG.info(table);
    }

    @Transactional
    void seed() {
        for (DemoPerson person : PEOPLE) {
            if (accounts.findByEmail(person.email()).isEmpty()) {
                accountService.create(new NewAccount(person.email(), PASSWORD, person.firstName(), person.lastName(),
                        person.role(), person.language(), true, person.region(), null), Actor.SYSTEM);
            }
        }
        if (editions.find("number", 12).firstResultOptional().isEmpty()) {
            seedTwelfthEdition();
        }
        int current = 22;
        if (editions.find("number", current).firstResultOptional().isEmpty()) {
            seedCurrentEdition(current);
        }
    }

    private void seedTwelfthEdition() {
        EditionInput input = new EditionInput(12, 2016, "12e édition du concours Enseignants Innovants (démo)",
                "Le numérique au service des compétences du XXIe siècle",
                "Données de démonstration : règlement fictif de la 12e édition. Chaque enseignant présente un seul "
                        + "projet de classe intégrant les TIC, mené avec ses élèves durant l'année scolaire.",
                casablanca(2015, 11, 2, 9), casablanca(2016, 2, 29, 23), casablanca(2016, 4, 15, 23),
                CEREMONY_2016.atZone(ClockProducer.MOROCCO).toLocalDate(), "Rabat", 12, 3, true, false,
                new Forum("Global Education Forum", "Budapest", 2016), null, null)
                .withTranslations(new EditionTranslations(
                        new EditionTexts("الدورة الثانية عشرة لمسابقة «الأساتذة المبتكرون» (عرض تجريبي)",
                                "الرقمي في خدمة مهارات القرن الحادي والعشرين",
                                "بيانات تجريبية: نظام خيالي للدورة الثانية عشرة. يقدِّم كل أستاذ مشروعًا صفيًّا واحدًا "
                                        + "يُدمج تكنولوجيا المعلومات والاتصال، أنجزه مع تلاميذه خلال السنة الدراسية.",
                                "الرباط", "المنتدى العالمي للتعليم"),
                        new EditionTexts("12th edition of the Innovative Teachers competition (demo)",
                                "Digital technology for 21st-century skills",
                                "Demo data: fictional rules of the 12th edition. Each teacher presents a single "
                                        + "classroom project using ICT, carried out with their pupils during the school year.",
                                "Rabat", "Global Education Forum")));
        EditionView edition = editionService.create(input, Actor.SYSTEM);
        for (EditionStatus step : List.of(EditionStatus.OPEN, EditionStatus.EVALUATION, EditionStatus.DELIBERATION)) {
            editionService.transition(edition.id(), step, Actor.SYSTEM);
        }
        // The call closed years ago, so its projects are written as they stood at deliberation.
        Edition twelfth = editions.findById(edition.id());
        Instant submittedAt = casablanca(2016, 2, 20, 12);
        int rank = 1;
        for (HistoricProject project : HISTORY_2016) {
            Submission submission = new Submission();
            submission.edition = twelfth;
            submission.author = accounts.findByEmail(project.author()).orElseThrow();
            submission.title = project.title();
            submission.summary = "Projet fictif de démonstration.";
            submission.description = "Données de démonstration : projet inventé pour montrer le palmarès.";
            submission.discipline = project.discipline();
            submission.schoolLevel = project.level();
            submission.regionCode = project.region();
            submission.schoolName = "Établissement fictif (démo)";
            submission.technologies = new ArrayList<>(List.of("TBI", "Tablettes"));
            submission.evidenceShowsPupils = false;
            submission.status = SubmissionStatus.UNDER_REVIEW;
            submission.submittedAt = submittedAt;
            submission.createdAt = submittedAt;
            submission.updatedAt = submittedAt;
            entityManager.persist(submission);
            entityManager.flush();
            if (project.award() != null) {
                awardService.create(edition.id(), new AwardInput(submission.id, project.award(), rank++,
                        project.citation(), new CitationTranslations(project.citationAr(), project.citationEn())),
                        Actor.SYSTEM);
            }
        }
        editionService.transition(edition.id(), EditionStatus.PUBLISHED, Actor.SYSTEM);
        // Publication issued the certificates today; those of 2016 were handed out at the ceremony.
        entityManager.createNativeQuery("UPDATE certificate SET issued_at = ?1 WHERE edition_id = ?2")
                .setParameter(1, CEREMONY_2016).setParameter(2, edition.id()).executeUpdate();
        // Publication gave the projects their final status today; in the story, that was at the ceremony.
        entityManager.createNativeQuery("UPDATE submission SET updated_at = ?1 WHERE edition_id = ?2")
                .setParameter(1, CEREMONY_2016).setParameter(2, edition.id()).executeUpdate();
        markDemo(edition.id());
    }

    private void seedCurrentEdition(int number) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        int year = now.atZone(ClockProducer.MOROCCO).getYear();
        EditionInput input = new EditionInput(number, year, number + "e édition du concours Enseignants Innovants (démo)",
                "L'intelligence artificielle en classe, avec esprit critique",
                "Données de démonstration : appel à projets fictif. Les enseignants de toutes les régions déposent "
                        + "un projet de classe qui utilise la technologie ; le jury l'évalue selon la grille 21CLD.",
                now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(100)),
                now.plus(Duration.ofDays(130)).atZone(ClockProducer.MOROCCO).toLocalDate(), "Rabat", 12, 3, true,
                true, null, null, null)
                .withTranslations(new EditionTranslations(
                        new EditionTexts("الدورة " + number + " لمسابقة «الأساتذة المبتكرون» (عرض تجريبي)",
                                "الذكاء الاصطناعي في القسم، بروح نقدية",
                                "بيانات تجريبية: دعوة خيالية لتقديم المشاريع. يُودِع الأساتذة من جميع الجهات مشروعًا "
                                        + "صفيًّا يوظِّف التكنولوجيا، وتقيِّمه لجنة التحكيم وفق شبكة 21CLD.",
                                "الرباط", null),
                        new EditionTexts(englishOrdinal(number) + " edition of the Innovative Teachers competition (demo)",
                                "Artificial intelligence in the classroom, with critical thinking",
                                "Demo data: a fictional call for projects. Teachers from every region submit a classroom "
                                        + "project that uses technology; the jury assesses it with the 21CLD rubric.",
                                "Rabat", null)));
        EditionView edition = editionService.create(input, Actor.SYSTEM);
        // Judged as the Ministry runs it: each academy pre-selects its best projects, a national jury
        // judges the shortlist, and the finalists present theirs before the winner is chosen.
        roundConfig.replace(edition.id(), List.of(
                new RoundInput("Présélection régionale", "الانتقاء الجهوي", "Regional pre-selection",
                        JudgingRound.Scope.REGIONAL, JudgingRound.Rubric.CLD21, 2, true, false,
                        now.plus(Duration.ofDays(75)), 3),
                new RoundInput("Jury national", "اللجنة الوطنية", "National jury", JudgingRound.Scope.NATIONAL,
                        JudgingRound.Rubric.CLD21, 3, true, true, now.plus(Duration.ofDays(92)), 6),
                new RoundInput("Finale : présentation des projets", "النهائي: عرض المشاريع", "Final: project presentations",
                        JudgingRound.Scope.NATIONAL, JudgingRound.Rubric.PRESENTATION, 3, false, false,
                        now.plus(Duration.ofDays(100)), null)), Actor.SYSTEM);
        screening.replaceChecklist(edition.id(), new ChecklistInput(List.of(
                new ChecklistItem("Projet mené dans une classe marocaine pendant l'année scolaire",
                        "مشروع أنجز في قسم مغربي خلال السنة الدراسية", "Carried out in a Moroccan class this school year"),
                new ChecklistItem("Preuves jointes (documents, photos ou vidéo)", "الحجج مرفقة (وثائق أو صور أو فيديو)",
                        "Evidence attached (documents, photos or video)"),
                new ChecklistItem("Consentement des parents déclaré pour les élèves visibles",
                        "موافقة الآباء مصرح بها بالنسبة للتلاميذ الظاهرين",
                        "Parents' consent declared for the pupils shown"))), Actor.SYSTEM);
        editionService.transition(edition.id(), EditionStatus.OPEN, Actor.SYSTEM);
        markDemo(edition.id());
        Actor amina = actorOf("teacher1@demo.innovatice.ma");
        long submitted = submissionService.create(edition.id(), new SubmissionInput(
                "Chatbot de révision en SVT (démo)",
                "Projet fictif : les élèves entraînent un assistant conversationnel qui leur pose des questions de révision.",
                "Données de démonstration. Sur huit semaines, deux classes de 3e année du collège ont rédigé des fiches, "
                        + "conçu les questions d'un assistant conversationnel, puis vérifié ses réponses avec esprit critique.",
                "Sciences de la vie et de la Terre", "SECONDAIRE_COLLEGIAL", "MA-04", "Collège fictif Al Amal (démo)",
                List.of("Omar Démo"), List.of("Assistant conversationnel", "Tablettes", "Padlet"), 58,
                "https://video.example.org/demo-chatbot", null, true, true, null), amina).id();
        submissionService.submit(submitted, amina);
        submissionService.create(edition.id(), new SubmissionInput("Cartographie des oasis avec des drones (démo)",
                "Projet fictif en cours de rédaction.", null, "Géographie", "SECONDAIRE_QUALIFIANT", "MA-08",
                "Lycée fictif Ibn Battouta (démo)", List.of(), List.of("Drone", "SIG"), null, null, null, null, null, null),
                actorOf("teacher2@demo.innovatice.ma"));
    }

    private Actor actorOf(String email) {
        var account = accounts.findByEmail(email).orElseThrow();
        return new Actor(account.id, account.email, account.role.name());
    }

    private void markDemo(long editionId) {
        editions.findById(editionId).demo = true;
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd... */
    static String englishOrdinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static Instant casablanca(int year, int month, int day, int hour) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, 0), ClockProducer.MOROCCO)
                .toInstant().plusSeconds(hour == 23 ? 59 * 60 + 59 : 0);
    }
}
