package edu.meridian.partners.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * Partner activity across the services for leadership: counts only, never a person. Years are academic years, oldest
 * first, each listed once anything happened or was offered in it.
 *
 * @param partnersInForce institutions with an agreement in force today
 * @param dormantPartners of those, the ones with nothing happening for two academic years ({@link Dormancy})
 */
public record DashboardFigures(LocalDate asOf, int partnersInForce, int activePartners, int dormantPartners,
        List<MobilityYear> mobilities, List<BalanceYear> balance, List<CountYear> nominations, List<CountYear> visits) {

    /** Mobilities that took place (begun, not cancelled), outbound and inbound. */
    public record MobilityYear(String academicYear, int outbound, int inbound) {
    }

    /** Places the agreements offered against places used, over every agreement of that year. */
    public record BalanceYear(String academicYear, int offered, int used, int unused, int overUse) {
    }

    public record CountYear(String academicYear, int count) {
    }
}
