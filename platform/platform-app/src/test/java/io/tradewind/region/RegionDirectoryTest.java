package io.tradewind.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionDirectoryTest {

    private final RegionDirectory regions = new RegionDirectory();

    @Test
    void theDivisionsAreCompleteDownToTowns() {
        assertThat(regions.children(null)).hasSize(31);
        assertThat(regions.find("32").name()).isEqualTo("江苏省");
        assertThat(regions.children("3201")).extracting(Region::name).contains("玄武区");
        assertThat(regions.path("110101001")).extracting(Region::level)
                .containsExactly("province", "prefecture", "county", "town");
        assertThat(regions.exists("999999")).isFalse();
        assertThat(regions.search("玄武", 10)).extracting(Region::code).contains("320102");
    }
}
