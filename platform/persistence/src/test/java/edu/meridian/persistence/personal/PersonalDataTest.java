package edu.meridian.persistence.personal;

import edu.meridian.web.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealed columns, the reveal audit and resealing after a rotation, on a real PostgreSQL with the test keys. */
@QuarkusTest
class PersonalDataTest {

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Reveals reveals;

    @Inject
    Resealing resealing;

    @Test
    void theEntityHoldsThePlainValueAndTheColumnOnlyTheSealedOne() throws SQLException {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            SealedRecord record = new SealedRecord();
            record.id = id;
            record.number = "E1234567";
            record.expiry = LocalDate.of(2029, 5, 31);
            entityManager.persist(record);
        });

        String[] columns = columns(id);
        assertThat(columns[0]).startsWith("pd1:test-2:").doesNotContain("1234567");
        assertThat(columns[1]).startsWith("pd1:test-2:").doesNotContain("2029");
        SealedRecord read = QuarkusTransaction.requiringNew().call(() -> entityManager.find(SealedRecord.class, id));
        assertThat(read.number).isEqualTo("E1234567");
        assertThat(read.expiry).isEqualTo(LocalDate.of(2029, 5, 31));
    }

    @Test
    void valuesSealedWithTheOldKeyAreResealedWithTheCurrentOne() throws SQLException {
        Sealing old = new Sealing(KeyRing.parse("test-1:ew6i/rnbQtgd97TCSMxIpK5LDerruvQ5WEaTQjlCwkQ="));
        UUID id = UUID.randomUUID();
        insert(id, old.seal("G7654321"), old.seal("2030-01-15"));

        assertThat(resealing.reseal("test_sealed", "id", "number")).isGreaterThanOrEqualTo(1);
        assertThat(resealing.reseal("test_sealed", "id", "expiry")).isGreaterThanOrEqualTo(1);

        String[] columns = columns(id);
        assertThat(columns[0]).startsWith("pd1:test-2:");
        assertThat(columns[1]).startsWith("pd1:test-2:");
        SealedRecord read = QuarkusTransaction.requiringNew().call(() -> entityManager.find(SealedRecord.class, id));
        assertThat(read.number).isEqualTo("G7654321");
        assertThat(read.expiry).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(resealing.reseal("test_sealed", "id", "number")).isZero();
        assertThatThrownBy(() -> resealing.reseal("test_sealed; drop table revision", "id", "number"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRevealIsRecordedWithWhoWhenWhichAndWhyAndNeverTheValue() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> reveals.record("delegation", id, "guest/1/passport",
                "  visa invitation letter  ", "wang.fang"));

        Reveal reveal = QuarkusTransaction.requiringNew().call(() -> reveals.of("delegation", id)).get(0);
        assertThat(reveal.field).isEqualTo("guest/1/passport");
        assertThat(reveal.reason).isEqualTo("visa invitation letter");
        assertThat(reveal.revealedBy).isEqualTo("wang.fang");
        assertThat(reveal.revealedAt).isNotNull();
    }

    @Test
    void aRevealWithoutAReasonIsRefusedAndRecordsNothing() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> reveals.record("delegation", id,
                "guest/1/passport", " ", "wang.fang")))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> reveals.record("delegation", id,
                "guest/1/passport", "x".repeat(Reveals.MAX_REASON + 1), "wang.fang")))
                .isInstanceOf(ProblemException.class);

        assertThat(QuarkusTransaction.requiringNew().call(() -> reveals.of("delegation", id))).isEmpty();
    }

    private void insert(UUID id, String number, String expiry) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into test_sealed (id, number, expiry) values (?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, number);
            insert.setString(3, expiry);
            insert.executeUpdate();
        }
    }

    private String[] columns(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select number, expiry from test_sealed where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return new String[] {row.getString(1), row.getString(2)};
            }
        }
    }
}
