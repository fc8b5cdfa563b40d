package edu.meridian.admissions.figures;

import edu.meridian.admissions.outcome.ExamSitting;
import edu.meridian.admissions.outcome.Graduate;
import edu.meridian.admissions.student.StudentState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Counts across students, programmes and exam results, read in the database. */
@ApplicationScoped
public class FiguresRepository {

    /** Students still here: enrolled or suspended. */
    static final EnumSet<StudentState> STAYING = EnumSet.of(StudentState.enrolled, StudentState.suspended);

    private final EntityManager entityManager;

    FiguresRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One group and how many students are in it. */
    public record Count(String group, long students) {
    }

    /** Students still here per value of {@code expression} (a path of {@code s}, the student). */
    List<Count> staying(String expression) {
        return entityManager.createQuery("select coalesce(" + expression + ", ''), count(s) from Student s "
                        + "left join DegreeProgramme p on p.id = s.programmeId where s.state in :staying "
                        + "group by coalesce(" + expression + ", '') order by count(s) desc, coalesce(" + expression
                        + ", '')", Object[].class)
                .setParameter("staying", STAYING).getResultList().stream()
                .map(row -> new Count((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** The ministry's lines: students still here by nationality, programme level and funding type. */
    List<Object[]> byCountryLevelFunding() {
        return entityManager.createQuery("select coalesce(s.nationality, ''), s.kind, p.level, "
                        + "coalesce(s.fundingType, ''), count(s) from Student s left join DegreeProgramme p "
                        + "on p.id = s.programmeId where s.state in :staying group by coalesce(s.nationality, ''), "
                        + "s.kind, p.level, coalesce(s.fundingType, '') order by coalesce(s.nationality, ''), s.kind, p.level, "
                        + "coalesce(s.fundingType, '')", Object[].class)
                .setParameter("staying", STAYING).getResultList();
    }

    List<Graduate> graduates() {
        return entityManager.createQuery("select s.id, s.cohort, s.nationality from Student s "
                        + "where s.state = :graduated", Object[].class)
                .setParameter("graduated", StudentState.graduated).getResultList().stream()
                .map(row -> new Graduate(row[0].toString(), (String) row[1], (String) row[2])).toList();
    }

    List<ExamSitting> sittings() {
        return entityManager.createQuery("select e.studentId, e.country, e.exam, e.satOn, e.passed from ExamResult e",
                        Object[].class).getResultList().stream()
                .map(row -> new ExamSitting(((UUID) row[0]).toString(), (String) row[1], (String) row[2],
                        (LocalDate) row[3], (Boolean) row[4])).toList();
    }
}
