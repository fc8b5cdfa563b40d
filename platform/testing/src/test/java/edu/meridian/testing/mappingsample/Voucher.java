package edu.meridian.testing.mappingsample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

@Entity
public class Voucher {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.JSON)
    List<String> conditions;

    @JdbcTypeCode(SqlTypes.JSON)
    List<UUID> ledgerIds;
}
