package edu.meridian.testing.mappingsample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

@Entity
public class Ledger {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> tags;

    @JdbcTypeCode(SqlTypes.JSON)
    List<UUID> entryIds;
}
