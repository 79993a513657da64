package io.tradewind.signup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignupServiceTest {

    @Test
    void codesComeFromTheAsciiPartOfTheName() {
        assertThat(SignupService.slug("Acme Medical Co., Ltd.")).isEqualTo("acme-medical-co-ltd");
        assertThat(SignupService.slug("华康医疗器械有限公司")).isEmpty();
        assertThat(SignupService.slug("华康 HuaKang 医疗")).isEqualTo("huakang");
        assertThat(SignupService.slug("Ça va Café")).isEqualTo("ca-va-cafe");
        assertThat(SignupService.slug("x".repeat(60))).hasSize(30);
    }
}
