package edu.meridian.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

/**
 * Entity mappings that Hibernate accepts or refuses depending on the order it reads the entities, checked on the
 * compiled classes so the failure cannot hide until another build's order shows it.
 * <p>
 * Hibernate keeps one basic-type mapping per Java type in a persistence unit: when one entity maps
 * {@code List<String>} as {@code @JdbcTypeCode(SqlTypes.JSON)} and another (the platform's {@code Revision}
 * included) as {@code SqlTypes.ARRAY}, whichever it reads last decides for both, and the schema check fails for the
 * other. So each Java type that carries a {@code @JdbcTypeCode} carries the same one everywhere in a service.
 */
public final class MappingRules {

    private static final String JDBC_TYPE_CODE = "org.hibernate.annotations.JdbcTypeCode";
    private static final String PLATFORM_PERSISTENCE = "edu.meridian.persistence";

    private MappingRules() {
    }

    /** Checks the service's main classes together with the platform's entities, which share its persistence unit. */
    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage, PLATFORM_PERSISTENCE);
        if (classes.stream().noneMatch(javaClass -> javaClass.getPackageName().startsWith(basePackage))) {
            throw new AssertionError("No main classes in " + basePackage);
        }
        check(classes);
    }

    public static void check(JavaClasses classes) {
        EvaluationResult result = oneJdbcTypePerJavaType().evaluate(classes);
        if (result.hasViolation()) {
            throw new AssertionError(result.getFailureReport().toString());
        }
    }

    public static ArchRule oneJdbcTypePerJavaType() {
        return fields().that().areAnnotatedWith(JDBC_TYPE_CODE).should(new OneJdbcTypePerJavaType())
                .allowEmptyShould(true)
                .because("Hibernate keeps one mapping per Java type, and which one wins depends on the order it reads the entities");
    }

    private static final class OneJdbcTypePerJavaType extends ArchCondition<JavaField> {

        private final Map<String, Map<Integer, List<String>>> fieldsByTypeAndCode = new TreeMap<>();

        OneJdbcTypePerJavaType() {
            super("map one Java type with one JDBC type code");
        }

        @Override
        public void check(JavaField field, ConditionEvents events) {
            int code = (Integer) field.getAnnotationOfType(JDBC_TYPE_CODE).get("value").orElseThrow();
            fieldsByTypeAndCode.computeIfAbsent(field.getType().getName(), type -> new TreeMap<>())
                    .computeIfAbsent(code, c -> new ArrayList<>()).add(field.getFullName());
        }

        @Override
        public void finish(ConditionEvents events) {
            fieldsByTypeAndCode.forEach((type, fieldsByCode) -> {
                if (fieldsByCode.size() > 1) {
                    events.add(SimpleConditionEvent.violated(type, type + " is mapped with different JDBC type codes: "
                            + describe(fieldsByCode)));
                }
            });
        }

        private static String describe(Map<Integer, List<String>> fieldsByCode) {
            List<String> parts = new ArrayList<>();
            fieldsByCode.forEach((code, names) -> parts.add(sqlTypeName(code) + " by " + new TreeSet<>(names)));
            return String.join("; ", parts);
        }

        /** The constant's name in Hibernate's SqlTypes (found at run time: the services have Hibernate, this module not). */
        private static String sqlTypeName(int code) {
            try {
                for (java.lang.reflect.Field constant : Class.forName("org.hibernate.type.SqlTypes").getFields()) {
                    if (constant.getType() == int.class && constant.getInt(null) == code) {
                        return "SqlTypes." + constant.getName();
                    }
                }
            } catch (ReflectiveOperationException e) {
                // fall through to the bare code
            }
            return "SqlTypes code " + code;
        }
    }
}
