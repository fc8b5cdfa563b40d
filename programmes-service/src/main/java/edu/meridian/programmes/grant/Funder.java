package edu.meridian.programmes.grant;

/**
 * Who pays a grant. The university's own money (its general funds and the Chun Miao fund) is what a call's budget
 * holds; CSC and partner scholarships are paid by others and do not draw on it.
 */
public enum Funder {
    university, chun_miao_fund, csc, partner_scholarship;

    public boolean drawsOnCallBudget() {
        return this == university || this == chun_miao_fund;
    }
}
