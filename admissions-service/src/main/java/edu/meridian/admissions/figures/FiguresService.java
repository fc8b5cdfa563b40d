package edu.meridian.admissions.figures;

import edu.meridian.admissions.outcome.ExamSitting;
import edu.meridian.admissions.outcome.Graduate;
import edu.meridian.admissions.outcome.PassRate;
import edu.meridian.admissions.outcome.PassRates;
import edu.meridian.admissions.student.StudentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** The figures of admissions: students by country, programme and funding, pass rates, the ministry's statistics. */
@ApplicationScoped
public class FiguresService {

    private final FiguresRepository figures;

    FiguresService(FiguresRepository figures) {
        this.figures = figures;
    }

    public record StudentFigures(long total, List<FiguresRepository.Count> byCountry,
            List<FiguresRepository.Count> byProgramme, List<FiguresRepository.Count> byFunding) {
    }

    public record PassRateFigures(PassRate overall, List<PassRate> byCohort, List<PassRate> byCountry) {
    }

    /** One line of the ministry's annual statistics; an exchange student's level is {@code exchange}. */
    public record MinistryLine(String country, String level, String funding, long students) {
    }

    @Transactional
    public StudentFigures students() {
        List<FiguresRepository.Count> byCountry = figures.staying("s.nationality");
        return new StudentFigures(byCountry.stream().mapToLong(FiguresRepository.Count::students).sum(), byCountry,
                figures.staying("p.code"), figures.staying("s.fundingType"));
    }

    @Transactional
    public PassRateFigures passRates() {
        List<Graduate> graduates = figures.graduates();
        List<ExamSitting> sittings = figures.sittings();
        return new PassRateFigures(PassRates.overall(graduates, sittings), PassRates.byCohort(graduates, sittings),
                PassRates.byCountry(graduates, sittings));
    }

    @Transactional
    public List<MinistryLine> ministryStatistics() {
        return figures.byCountryLevelFunding().stream().map(row -> new MinistryLine((String) row[0],
                row[1] == StudentKind.exchange ? "exchange" : String.valueOf(row[2]), (String) row[3],
                ((Number) row[4]).longValue())).toList();
    }
}
