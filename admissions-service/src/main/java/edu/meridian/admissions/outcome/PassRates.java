package edu.meridian.admissions.outcome;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Pass rates of graduates in licensing exams, by entry cohort or by the exam's country. By cohort, the graduates are
 * the cohort's; by country, they are the graduates of that nationality, and the candidates those who sat that
 * country's exams. Sittings of someone who is not (yet) a graduate are left out.
 */
public final class PassRates {

    private PassRates() {
    }

    private record Candidacy(Graduate graduate, String country, boolean passedFirst, boolean passedAny) {
    }

    public static List<PassRate> byCohort(List<Graduate> graduates, List<ExamSitting> sittings) {
        return rates(graduates, candidacies(graduates, sittings), Graduate::cohort,
                candidacy -> candidacy.graduate().cohort());
    }

    public static List<PassRate> byCountry(List<Graduate> graduates, List<ExamSitting> sittings) {
        return rates(graduates, candidacies(graduates, sittings), Graduate::nationality, Candidacy::country);
    }

    public static PassRate overall(List<Graduate> graduates, List<ExamSitting> sittings) {
        return rates(graduates, candidacies(graduates, sittings), graduate -> "all", candidacy -> "all").stream()
                .findFirst().orElse(new PassRate("all", 0, 0, 0, 0));
    }

    private static List<Candidacy> candidacies(List<Graduate> graduates, List<ExamSitting> sittings) {
        Map<String, Graduate> byId = graduates.stream()
                .collect(Collectors.toMap(Graduate::studentId, Function.identity()));
        Map<List<String>, List<ExamSitting>> byCandidacy = sittings.stream()
                .filter(sitting -> byId.containsKey(sitting.studentId()))
                .collect(Collectors.groupingBy(sitting -> List.of(sitting.studentId(), sitting.country(),
                        sitting.exam())));
        return byCandidacy.values().stream().map(attempts -> {
            ExamSitting first = attempts.stream().min(Comparator.comparing(ExamSitting::sat)).orElseThrow();
            return new Candidacy(byId.get(first.studentId()), first.country(), first.passed(),
                    attempts.stream().anyMatch(ExamSitting::passed));
        }).toList();
    }

    private static List<PassRate> rates(List<Graduate> graduates, List<Candidacy> candidacies,
            Function<Graduate, String> graduateGroup, Function<Candidacy, String> candidacyGroup) {
        Map<String, Long> graduatesByGroup = graduates.stream()
                .collect(Collectors.groupingBy(graduateGroup, TreeMap::new, Collectors.counting()));
        Map<String, List<Candidacy>> candidaciesByGroup = candidacies.stream()
                .collect(Collectors.groupingBy(candidacyGroup, TreeMap::new, Collectors.toList()));
        SortedSet<String> groups = new TreeSet<>(graduatesByGroup.keySet());
        groups.addAll(candidaciesByGroup.keySet());
        return groups.stream().map(group -> {
            List<Candidacy> inGroup = candidaciesByGroup.getOrDefault(group, List.of());
            return new PassRate(group, Math.toIntExact(graduatesByGroup.getOrDefault(group, 0L)), inGroup.size(),
                    count(inGroup, Candidacy::passedFirst), count(inGroup, Candidacy::passedAny));
        }).toList();
    }

    private static int count(List<Candidacy> candidacies, Predicate<Candidacy> passed) {
        return Math.toIntExact(candidacies.stream().filter(passed).count());
    }
}
