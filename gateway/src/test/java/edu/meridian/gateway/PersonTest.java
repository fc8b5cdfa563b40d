package edu.meridian.gateway;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the directory shows and finds a person. */
class PersonTest {

    private static final Person WANG_FANG = Person.of(new KeycloakAdmin.User("wang.fang", "Fang", "Wang", true,
            Map.of("name_zh", List.of("王芳"), "unit", List.of("international-office"), "locale", List.of("zh-CN"))));

    @Test
    void aPersonIsTheirNamesAndUnitAndNothingElse() {
        assertThat(WANG_FANG).isEqualTo(new Person("wang.fang", "王芳", "Fang Wang", "international-office"));
        assertThat(Person.of(new KeycloakAdmin.User("maria.silva", "Maria", "Silva", true, null)))
                .isEqualTo(new Person("maria.silva", null, "Maria Silva", null));
        assertThat(Person.of(new KeycloakAdmin.User("svc", null, " ", true, Map.of("name_zh", List.of(" ")))))
                .isEqualTo(new Person("svc", null, null, null));
    }

    @Test
    void foundByAnyPartOfTheUserNameOrEitherName() {
        for (String query : List.of("王", "王芳", "芳", "wang", "g.fa", "Fang W", "fangwang", "ＷＡＮＧ")) {
            assertThat(WANG_FANG.matches(Person.searchable(query))).as(query).isTrue();
        }
        for (String query : List.of("李", "li.na", "wang fang x", "international")) {
            assertThat(WANG_FANG.matches(Person.searchable(query))).as(query).isFalse();
        }
    }
}
