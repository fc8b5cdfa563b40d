package edu.meridian.admissions.outcome;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ExamResultRepository implements PanacheRepositoryBase<ExamResult, UUID> {

    List<ExamResult> ofStudent(UUID student) {
        return list("studentId = ?1 order by satOn, exam", student);
    }

    boolean exists(UUID student, String country, String exam, LocalDate satOn) {
        return count("studentId = ?1 and country = ?2 and exam = ?3 and satOn = ?4", student, country, exam, satOn) > 0;
    }
}
