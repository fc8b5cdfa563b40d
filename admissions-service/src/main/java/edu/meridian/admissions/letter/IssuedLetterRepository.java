package edu.meridian.admissions.letter;

import edu.meridian.persistence.FileBodies;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IssuedLetterRepository implements PanacheRepositoryBase<IssuedLetter, UUID> {

    private final FileBodies bodies;

    IssuedLetterRepository(AgroalDataSource dataSource) {
        this.bodies = FileBodies.in(dataSource, "admission_letter", "content");
    }

    Optional<IssuedLetter> ofApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }

    Optional<IssuedLetter> byCode(VerificationCode code) {
        return find("verificationCode", code.value()).firstResultOptional();
    }

    /** Stores the row with its PDF streamed from {@code pdf}, in the caller's transaction. */
    void insert(IssuedLetter letter, Path pdf) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", letter.id);
        columns.put("application_id", letter.applicationId);
        columns.put("verification_code", letter.verificationCode);
        columns.put("passport_name", letter.passportName);
        columns.put("chinese_name", letter.chineseName);
        columns.put("programme_name_en", letter.programmeNameEn);
        columns.put("programme_name_zh", letter.programmeNameZh);
        columns.put("issued_on", letter.issuedOn);
        columns.putAll(letter.file.columns());
        bodies.insert(getEntityManager(), columns, pdf);
    }

    byte[] slice(UUID letterId, long offset, int length) {
        return bodies.slice(letterId, offset, length);
    }
}
