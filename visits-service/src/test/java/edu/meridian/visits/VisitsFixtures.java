package edu.meridian.visits;

import edu.meridian.testing.Callers;
import edu.meridian.testing.OperationRequests;

import java.util.UUID;

/** Callers and request defaults shared by the tests of this module. Tests share one database: titles carry a suffix. */
public final class VisitsFixtures {

    private VisitsFixtures() {
    }

    // Tokens are signed when used: one signed at class load would expire during a long run.
    public static String staff() {
        return Callers.WANG_FANG.token();
    }

    public static String admin() {
        return Callers.ZHANG_WEI.token();
    }

    /** li.na, college liaison of nursing. */
    public static String nursingLiaison() {
        return Callers.LI_NA.token();
    }

    /** How the OpenAPI runners call this service: the standard requests (every body is JSON). */
    public static OperationRequests requests() {
        return OperationRequests.standard();
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
