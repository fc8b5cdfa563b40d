package edu.meridian.admissions;

import edu.meridian.testing.Callers;
import edu.meridian.testing.OperationRequests;
import edu.meridian.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Callers and request defaults shared by the tests of this module. Tests share one database: codes carry a suffix. */
public final class AdmissionsFixtures {

    public static final ZoneId UNIVERSITY = ZoneId.of("Asia/Shanghai");
    /** A minimal PDF as the content checks accept it. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private AdmissionsFixtures() {
    }

    // Tokens are signed when used: one signed at class load would expire during a long run.
    /** sun.li, admissions officer. */
    public static String officer() {
        return Callers.SUN_LI.token();
    }

    public static String admin() {
        return Callers.ZHANG_WEI.token();
    }

    public static String staff() {
        return Callers.WANG_FANG.token();
    }

    /**
     * A self-registered applicant of their own (each test its own, since an applicant has one open application at a
     * time): the realm's default roles, as Keycloak gives them to a new account.
     */
    public record Applicant(String username) {

        public static Applicant fresh() {
            return new Applicant("applicant-" + unique());
        }

        public String token() {
            return Tokens.user(username).roles("default-roles-meridian", "offline_access", "uma_authorization",
                    "applicant").name("Test Applicant").locale("en").sign();
        }
    }

    /** How the OpenAPI runners call this service: the standard requests (JSON bodies, multipart with a small PDF). */
    public static OperationRequests requests() {
        return OperationRequests.standard();
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static LocalDate today() {
        return LocalDate.now(UNIVERSITY);
    }
}
