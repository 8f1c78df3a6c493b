package ma.innovatice.evaluation;

import ma.innovatice.evaluation.Eligibility.Juror;
import ma.innovatice.evaluation.Eligibility.Pair;
import ma.innovatice.evaluation.Eligibility.Project;
import ma.innovatice.evaluation.Eligibility.Reason;
import ma.innovatice.evaluation.EvaluationDtos.Understaffed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Completes every project to the number of jurors the edition asks for. Deterministic: projects
 * are taken from the most constrained (fewest eligible jurors to spare) to the least, then by id;
 * each takes the least loaded eligible jurors, ties broken by juror id. A last pass moves new
 * assignments along chains of jurors, from a most loaded one to a least loaded one, while loads
 * differ by more than one.
 * Existing assignments are kept and count in the loads.
 */
final class AutoAssigner {

    record Plan(List<Pair> created, int kept, int fullyStaffed, int minLoad, int maxLoad, List<Understaffed> understaffed) {
    }

    private final List<Project> projects;
    private final List<Juror> jurors;
    private final Eligibility eligibility;
    private final int perProject;
    private final Map<Long, Integer> loads = new HashMap<>();
    private final Map<Long, Set<Long>> jurorsOf = new HashMap<>();
    private final TreeSet<Juror> byLoad;

    AutoAssigner(List<Project> projects, List<Juror> jurors, Set<Pair> existing, int perProject, Eligibility eligibility) {
        this.projects = projects;
        this.jurors = jurors;
        this.eligibility = eligibility;
        this.perProject = perProject;
        for (Juror juror : jurors) {
            loads.put(juror.id(), 0);
        }
        Set<Long> projectIds = new HashSet<>();
        projects.forEach(p -> projectIds.add(p.id()));
        for (Pair pair : existing) {
            loads.computeIfPresent(pair.jurorId(), (id, load) -> load + 1);
            if (projectIds.contains(pair.submissionId())) {
                jurorsOf.computeIfAbsent(pair.submissionId(), id -> new HashSet<>()).add(pair.jurorId());
            }
        }
        byLoad = new TreeSet<>(Comparator.<Juror>comparingInt(j -> loads.get(j.id())).thenComparingLong(Juror::id));
        byLoad.addAll(jurors);
    }

    Plan plan() {
        int kept = jurorsOf.values().stream().mapToInt(Set::size).sum();
        List<Project> order = new ArrayList<>(projects);
        Map<Long, Integer> slack = new HashMap<>();
        for (Project project : projects) {
            int eligible = (int) jurors.stream().filter(j -> eligibility.eligible(j, project)
                    && !assigned(project).contains(j.id())).count();
            slack.put(project.id(), eligible - needed(project));
        }
        order.sort(Comparator.<Project>comparingInt(p -> slack.get(p.id())).thenComparingLong(Project::id));

        Map<Long, List<Pair>> createdBy = new LinkedHashMap<>();
        List<Pair> created = new ArrayList<>();
        Map<Long, Project> projectById = new HashMap<>();
        for (Project project : order) {
            projectById.put(project.id(), project);
            int needed = needed(project);
            if (needed <= 0) {
                continue;
            }
            List<Juror> picked = new ArrayList<>();
            for (Juror juror : byLoad) {
                if (picked.size() == needed) {
                    break;
                }
                if (eligibility.eligible(juror, project) && !assigned(project).contains(juror.id())) {
                    picked.add(juror);
                }
            }
            for (Juror juror : picked) {
                Pair pair = new Pair(project.id(), juror.id());
                created.add(pair);
                createdBy.computeIfAbsent(juror.id(), id -> new ArrayList<>()).add(pair);
                assigned(project).add(juror.id());
                changeLoad(juror, +1);
            }
        }
        balance(created, createdBy, projectById);

        List<Understaffed> understaffed = new ArrayList<>();
        for (Project project : projects) {
            int assigned = assigned(project).size();
            if (assigned < perProject) {
                understaffed.add(new Understaffed(project.id(), project.title(), assigned, perProject, why(project)));
            }
        }
        int min = byLoad.isEmpty() ? 0 : loads.get(byLoad.first().id());
        int max = byLoad.isEmpty() ? 0 : loads.get(byLoad.last().id());
        return new Plan(created, kept, projects.size() - understaffed.size(), min, max, understaffed);
    }

    /** A move of a new assignment of {@code from}'s project to juror {@code to}. */
    private record Move(Pair pair, Juror from, Juror to) {
    }

    /**
     * While loads differ by more than one, looks for a chain of moves that takes one project from
     * a most loaded juror and gives one to a juror at least two below: each juror on the chain
     * hands over a new assignment to the next one, whose rules allow it (breadth-first, so the
     * shortest chain). Middle jurors keep their load. Stops when no chain exists.
     */
    private void balance(List<Pair> created, Map<Long, List<Pair>> createdBy, Map<Long, Project> projectById) {
        for (int round = 0; round <= created.size() && !byLoad.isEmpty(); round++) {
            int max = loads.get(byLoad.last().id());
            if (max - loads.get(byLoad.first().id()) <= 1) {
                return;
            }
            List<Move> chain = chainFromMostLoaded(max, createdBy, projectById);
            if (chain.isEmpty()) {
                return;
            }
            for (Move move : chain) {
                Project project = projectById.get(move.pair().submissionId());
                Pair replacement = new Pair(project.id(), move.to().id());
                created.set(created.indexOf(move.pair()), replacement);
                createdBy.get(move.from().id()).remove(move.pair());
                createdBy.computeIfAbsent(move.to().id(), id -> new ArrayList<>()).add(replacement);
                assigned(project).remove(move.from().id());
                assigned(project).add(move.to().id());
            }
            changeLoad(chain.get(0).from(), -1);
            changeLoad(chain.get(chain.size() - 1).to(), +1);
        }
    }

    private List<Move> chainFromMostLoaded(int max, Map<Long, List<Pair>> createdBy, Map<Long, Project> projectById) {
        Map<Long, Move> reachedBy = new HashMap<>();
        ArrayDeque<Juror> queue = new ArrayDeque<>();
        Set<Long> visited = new HashSet<>();
        for (Juror juror : byLoad.descendingSet()) {
            if (loads.get(juror.id()) < max) {
                break;
            }
            queue.add(juror);
            visited.add(juror.id());
        }
        while (!queue.isEmpty()) {
            Juror from = queue.poll();
            for (Pair pair : createdBy.getOrDefault(from.id(), List.of())) {
                Project project = projectById.get(pair.submissionId());
                for (Juror to : byLoad) {
                    if (visited.contains(to.id()) || assigned(project).contains(to.id())
                            || !eligibility.eligible(to, project)) {
                        continue;
                    }
                    visited.add(to.id());
                    reachedBy.put(to.id(), new Move(pair, from, to));
                    if (loads.get(to.id()) <= max - 2) {
                        List<Move> chain = new ArrayList<>();
                        for (Move step = reachedBy.get(to.id()); step != null; step = reachedBy.get(step.from().id())) {
                            chain.add(0, step);
                        }
                        return chain;
                    }
                    queue.add(to);
                }
            }
        }
        return List.of();
    }

    private String why(Project project) {
        Map<Reason, Integer> excluded = new EnumMap<>(Reason.class);
        for (Juror juror : jurors) {
            eligibility.conflict(juror, project).ifPresent(reason -> excluded.merge(reason, 1, Integer::sum));
        }
        StringBuilder reason = new StringBuilder("only ").append(assigned(project).size()).append(" of ")
                .append(perProject).append(" jurors could be assigned: ").append(jurors.size()).append(" jurors drawn from");
        excluded.forEach((why, count) -> reason.append(", ").append(count).append(switch (why) {
            case AUTHOR -> " wrote the project";
            case SAME_SCHOOL -> " from the same school";
            case SAME_REGION -> " from the same region";
            case DECLARED -> " declared a conflict";
            case OTHER_REGION -> " from another region";
            case JUDGED_BEFORE -> " judged it in an earlier round";
        }));
        return reason.toString();
    }

    private int needed(Project project) {
        return perProject - assigned(project).size();
    }

    private Set<Long> assigned(Project project) {
        return jurorsOf.computeIfAbsent(project.id(), id -> new HashSet<>());
    }

    private void changeLoad(Juror juror, int delta) {
        byLoad.remove(juror);
        loads.merge(juror.id(), delta, Integer::sum);
        byLoad.add(juror);
    }
}
