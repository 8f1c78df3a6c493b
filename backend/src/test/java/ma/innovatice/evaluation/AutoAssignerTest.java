package ma.innovatice.evaluation;

import ma.innovatice.evaluation.Eligibility.Juror;
import ma.innovatice.evaluation.Eligibility.Pair;
import ma.innovatice.evaluation.Eligibility.Project;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties of automatic assignment, over hundreds of randomised editions. */
class AutoAssignerTest {

    private static final String[] REGIONS = {"MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-06"};

    private record Edition(List<Project> projects, List<Juror> jurors, Set<Pair> declared, int perProject,
                           boolean sameRegion) {

        Eligibility rules() {
            return new Eligibility(sameRegion, declared);
        }

        AutoAssigner.Plan plan(Set<Pair> existing) {
            return new AutoAssigner(projects, jurors, existing, perProject, rules()).plan();
        }
    }

    /**
     * A random edition; with {@code sparseConflicts}, jurors declare no school, at most two conflicts
     * exist and there are at least two jurors to spare per project, so that balance is possible.
     */
    private static Edition random(long seed, boolean sparseConflicts) {
        Random random = new Random(seed);
        int schools = 3 + random.nextInt(20);
        List<Juror> jurors = new ArrayList<>();
        int perProject = 1 + random.nextInt(4);
        int jurorCount = sparseConflicts ? perProject + 2 + random.nextInt(30) : 3 + random.nextInt(30);
        for (int j = 0; j < jurorCount; j++) {
            jurors.add(new Juror(1000 + j, REGIONS[random.nextInt(REGIONS.length)],
                    sparseConflicts || random.nextInt(4) == 0 ? null : "École " + random.nextInt(schools)));
        }
        List<Project> projects = new ArrayList<>();
        int projectCount = 1 + random.nextInt(120);
        for (int p = 0; p < projectCount; p++) {
            projects.add(new Project(1 + p, "Projet " + p, 5000 + p, REGIONS[random.nextInt(REGIONS.length)],
                    "ecole " + random.nextInt(schools)));
        }
        Set<Pair> declared = new HashSet<>();
        int conflicts = sparseConflicts ? random.nextInt(3) : random.nextInt(projectCount * 2 + 1);
        for (int c = 0; c < conflicts; c++) {
            declared.add(new Pair(projects.get(random.nextInt(projectCount)).id(), jurors.get(random.nextInt(jurorCount)).id()));
        }
        return new Edition(projects, jurors, declared, perProject, !sparseConflicts && random.nextBoolean());
    }

    private static Map<Long, Set<Long>> byProject(Set<Pair> pairs) {
        Map<Long, Set<Long>> jurors = new HashMap<>();
        pairs.forEach(p -> jurors.computeIfAbsent(p.submissionId(), id -> new HashSet<>()).add(p.jurorId()));
        return jurors;
    }

    @Test
    void shouldStaffEveryProjectWithDistinctEligibleJurorsAsFarAsTheRulesAllow() {
        for (long seed = 1; seed <= 300; seed++) {
            Edition edition = random(seed, false);
            AutoAssigner.Plan plan = edition.plan(Set.of());
            Set<Pair> pairs = new HashSet<>(plan.created());
            assertThat(pairs).as("seed %d: no pair twice", seed).hasSameSizeAs(plan.created());
            Map<Long, Set<Long>> staffed = byProject(pairs);
            Map<Long, Juror> jurors = new HashMap<>();
            edition.jurors().forEach(j -> jurors.put(j.id(), j));
            Eligibility rules = edition.rules();
            Set<Long> understaffed = new HashSet<>();
            plan.understaffed().forEach(u -> understaffed.add(u.submissionId()));
            for (Project project : edition.projects()) {
                Set<Long> assigned = staffed.getOrDefault(project.id(), Set.of());
                for (long juror : assigned) {
                    assertThat(rules.eligible(jurors.get(juror), project)).as("seed %d: no conflict", seed).isTrue();
                }
                long eligible = edition.jurors().stream().filter(j -> rules.eligible(j, project)).count();
                assertThat(assigned).as("seed %d: project %d staffed as far as possible", seed, project.id())
                        .hasSize((int) Math.min(edition.perProject(), eligible));
                assertThat(understaffed.contains(project.id())).isEqualTo(assigned.size() < edition.perProject());
            }
            assertThat(plan.fullyStaffed()).isEqualTo(edition.projects().size() - plan.understaffed().size());
        }
    }

    @Test
    void shouldKeepEveryJurorsLoadWithinOneOfTheOthers() {
        for (long seed = 1; seed <= 300; seed++) {
            Edition edition = random(seed, true);
            AutoAssigner.Plan plan = edition.plan(Set.of());
            Map<Long, Integer> loads = new HashMap<>();
            edition.jurors().forEach(j -> loads.put(j.id(), 0));
            plan.created().forEach(p -> loads.merge(p.jurorId(), 1, Integer::sum));
            IntSummaryStatistics stats = loads.values().stream().mapToInt(Integer::intValue).summaryStatistics();
            assertThat(stats.getMax() - stats.getMin()).as("seed %d: loads %s", seed, loads).isLessThanOrEqualTo(1);
            assertThat(plan.minLoad()).isEqualTo(stats.getMin());
            assertThat(plan.maxLoad()).isEqualTo(stats.getMax());
        }
    }

    @Test
    void shouldRebalanceThroughAChainOfJurorsWhenTheGreedyChoiceLeftAGap() {
        // Least-loaded-first alone ends at loads 0..2 here: juror 4 cannot take projects 102 and 103,
        // juror 3 cannot take 100 and 101; only moving a project along a chain of jurors evens it out.
        List<Juror> jurors = List.of(new Juror(1, null, null), new Juror(2, null, null), new Juror(3, null, null),
                new Juror(4, null, null));
        List<Project> projects = List.of(new Project(100, "a", 9, null, null), new Project(101, "b", 9, null, null),
                new Project(102, "c", 9, null, null), new Project(103, "d", 9, null, null));
        Set<Pair> declared = Set.of(new Pair(103, 4), new Pair(102, 4), new Pair(101, 3), new Pair(100, 3));
        AutoAssigner.Plan plan = new AutoAssigner(projects, jurors, Set.of(), 1, new Eligibility(false, declared)).plan();
        assertThat(plan.understaffed()).isEmpty();
        assertThat(plan.maxLoad() - plan.minLoad()).isLessThanOrEqualTo(1);
        assertThat(plan.created()).doesNotContainAnyElementsOf(declared).hasSize(4);
    }

    @Test
    void shouldGiveTheSameResultForTheSameInput() {
        for (long seed = 1; seed <= 50; seed++) {
            assertThat(random(seed, false).plan(Set.of()).created())
                    .isEqualTo(random(seed, false).plan(Set.of()).created());
        }
    }

    @Test
    void shouldKeepExistingAssignmentsAndOnlyCompleteTheRest() {
        for (long seed = 1; seed <= 100; seed++) {
            Edition edition = random(seed, true);
            AutoAssigner.Plan first = edition.plan(Set.of());
            Set<Pair> existing = new HashSet<>();
            for (int i = 0; i < first.created().size(); i += 2) {
                existing.add(first.created().get(i));
            }
            AutoAssigner.Plan second = edition.plan(existing);
            assertThat(second.kept()).isEqualTo(existing.size());
            assertThat(second.created()).doesNotContainAnyElementsOf(existing);
            Set<Pair> all = new HashSet<>(existing);
            all.addAll(second.created());
            Map<Long, Set<Long>> staffed = byProject(all);
            for (Project project : edition.projects()) {
                long eligible = edition.jurors().stream().filter(j -> edition.rules().eligible(j, project)).count();
                assertThat(staffed.getOrDefault(project.id(), Set.of()).size())
                        .isGreaterThanOrEqualTo((int) Math.min(edition.perProject(), eligible));
            }
            assertThat(edition.plan(all).created()).as("seed %d: a third run has nothing to do", seed).isEmpty();
        }
    }

    @Test
    void shouldExplainWhyAProjectCouldNotBeFullyStaffed() {
        List<Juror> jurors = List.of(new Juror(1, "MA-04", "Lycée Ibn Sina"), new Juror(2, "MA-04", null),
                new Juror(3, "MA-06", null));
        Project project = new Project(10, "Projet de Rabat", 99, "MA-04", "LYCEE IBN-SINA");
        AutoAssigner.Plan plan = new AutoAssigner(List.of(project), jurors, Set.of(), 3,
                new Eligibility(true, Set.of(new Pair(10, 3)))).plan();
        assertThat(plan.created()).isEmpty();
        assertThat(plan.understaffed()).singleElement().satisfies(u -> {
            assertThat(u.assigned()).isZero();
            assertThat(u.needed()).isEqualTo(3);
            assertThat(u.reason()).contains("3 jurors drawn from", "1 from the same school", "1 from the same region",
                    "1 declared a conflict");
        });
    }

    @Test
    void shouldTreatSchoolNamesAsThePeopleWhoTypeThem() {
        assertThat(Eligibility.normaliseSchool("  Lycée  Ibn-Sina ")).isEqualTo(Eligibility.normaliseSchool("LYCEE IBN SINA"));
        assertThat(Eligibility.normaliseSchool("مدرسة النور")).isEqualTo("مدرسة النور");
        assertThat(Eligibility.normaliseSchool("  ")).isNull();
    }
}
