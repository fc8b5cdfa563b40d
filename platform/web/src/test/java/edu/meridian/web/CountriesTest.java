package edu.meridian.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTest {

    @Test
    void usesTheOfficesWordingWhereItDiffersFromCldr() {
        assertThat(Countries.nameOf("TW")).isEqualTo(new Text("中国台湾", "Taiwan, China"));
        assertThat(Countries.nameOf("HK")).isEqualTo(new Text("中国香港", "Hong Kong, China"));
        assertThat(Countries.nameOf("MO")).isEqualTo(new Text("中国澳门", "Macao, China"));
        assertThat(Countries.nameOf("DE")).isEqualTo(new Text("德国", "Germany"));
    }

    @Test
    void listsCountriesAndRegionsAPartnerCanBeInOrderedByEnglishName() {
        assertThat(Countries.exists("SG")).isTrue();
        assertThat(Countries.exists("AQ")).isFalse();
        assertThat(Countries.exists("sg")).isFalse();
        assertThat(Countries.exists(null)).isFalse();
        assertThat(Countries.all()).extracting(country -> country.name().en()).isSorted();
        assertThat(Countries.all()).extracting(Countries.Country::code).contains("CN", "TW").doesNotContain("AQ");
    }
}
