package edu.meridian.programmes.grant;

import edu.meridian.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Money awarded to a mobility by one funder, in one currency, paid in instalments. */
@Entity
@Table(name = "mobility_grant")
public class Grant extends Audited {

    @Id
    public UUID id;

    @Column(name = "mobility_id")
    public UUID mobilityId;

    /** The mobility's call, whose budget the grant may draw on. */
    @Column(name = "call_id")
    public UUID callId;

    @Enumerated(EnumType.STRING)
    public Funder funder;

    public BigDecimal amount;

    /** ISO 4217. */
    public String currency;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Instalment> instalments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public GrantState state;

    void apply(GrantContent content) {
        funder = content.funder();
        amount = content.amount();
        currency = content.currency();
        instalments = new ArrayList<>(content.instalments());
    }

    /** Whether it takes money from its call's budget now. */
    boolean drawsOnBudget() {
        return callId != null && funder.drawsOnCallBudget() && state.counts();
    }
}
