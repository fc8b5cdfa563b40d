package edu.meridian.testing;

import java.util.List;

/**
 * The users and the campus client of the demo realm ({@code keycloak/realm-meridian.json}), one per role (the first of
 * each role plays it in the runners: liu.yang the student) and a few more students.
 * Tests act as these people, so what a test shows is what a demo user sees; {@code CallersTest} keeps this list
 * equal to the realm file.
 */
public final class Callers {

    private static final String OFFLINE = "offline_access";
    private static final String UMA = "uma_authorization";

    public static final DemoCaller ZHANG_WEI =
            DemoCaller.user("zhang.wei", "Wei Zhang", "international-office", "zh-CN", OFFLINE, UMA, "office-admin");
    public static final DemoCaller WANG_FANG =
            DemoCaller.user("wang.fang", "Fang Wang", "international-office", "zh-CN", OFFLINE, UMA, "office-staff");
    public static final DemoCaller LI_NA =
            DemoCaller.user("li.na", "Na Li", "nursing", "zh-CN", OFFLINE, UMA, "college-liaison");
    public static final DemoCaller CHEN_JIE =
            DemoCaller.user("chen.jie", "Jie Chen", "president-office", "zh-CN", OFFLINE, UMA, "leadership");
    public static final DemoCaller ZHAO_MIN =
            DemoCaller.user("zhao.min", "Min Zhao", "medicine", "zh-CN", OFFLINE, UMA, "reviewer");
    public static final DemoCaller LIU_QIANG =
            DemoCaller.user("liu.qiang", "Qiang Liu", "nursing", "zh-CN", OFFLINE, UMA, "faculty");
    public static final DemoCaller SUN_LI =
            DemoCaller.user("sun.li", "Li Sun", "international-office", "zh-CN", OFFLINE, UMA, "admissions-officer");
    public static final DemoCaller LIU_YANG =
            DemoCaller.user("liu.yang", "Yang Liu", "nursing", "zh-CN", OFFLINE, UMA, "student");
    /** More home students, whose applications the demo data holds beside liu.yang's. */
    public static final DemoCaller ZHOU_XIN =
            DemoCaller.user("zhou.xin", "Xin Zhou", "nursing", "zh-CN", OFFLINE, UMA, "student");
    public static final DemoCaller WU_HAO =
            DemoCaller.user("wu.hao", "Hao Wu", "clinical-medicine", "zh-CN", OFFLINE, UMA, "student");
    public static final DemoCaller HE_JING =
            DemoCaller.user("he.jing", "Jing He", "pharmacy", "zh-CN", OFFLINE, UMA, "student");
    public static final DemoCaller MARIA_SILVA =
            DemoCaller.user("maria.silva", "Maria Silva", null, "en", "default-roles-meridian", OFFLINE, UMA, "applicant");
    /** The service account of the {@code meridian-campus} client (client credentials). */
    public static final DemoCaller CAMPUS_SYSTEM = DemoCaller.serviceAccount("meridian-campus", "campus-system");

    /** Meridian's realm roles (without Keycloak's own), in the order of the realm file. */
    public static final List<String> ROLES = List.of("office-admin", "office-staff", "admissions-officer",
            "college-liaison", "reviewer", "leadership", "student", "faculty", "applicant", "campus-system");

    private static final List<DemoCaller> ALL = List.of(ZHANG_WEI, WANG_FANG, LI_NA, CHEN_JIE, ZHAO_MIN, LIU_QIANG,
            SUN_LI, LIU_YANG, ZHOU_XIN, WU_HAO, HE_JING, MARIA_SILVA, CAMPUS_SYSTEM);

    private Callers() {
    }

    public static List<DemoCaller> all() {
        return ALL;
    }

    /** The demo caller who has this realm role. */
    public static DemoCaller withRole(String role) {
        return ALL.stream().filter(caller -> caller.hasRole(role)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo caller has the role " + role));
    }

    public static DemoCaller named(String username) {
        return ALL.stream().filter(caller -> caller.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo caller is named " + username));
    }
}
