package io.tradewind.lead.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FillTokensTest {

    @Test
    void aTokenIsAcceptedOnlyAfterTheMinimumFillTimeAndOnlyForItsForm() {
        LeadForm form = new LeadForm("官网", "key-1", "secret-1");
        form.setMinFillSeconds(3);
        String token = FillTokens.issue(form, 1_000_000);
        assertThat(FillTokens.accepts(form, token, 1_001_000)).as("after 1 s").isFalse();
        assertThat(FillTokens.accepts(form, token, 1_003_000)).as("after 3 s").isTrue();
        assertThat(FillTokens.accepts(form, token, 1_000_000 + FillTokens.MAX_AGE_MILLIS + 1)).as("a day later").isFalse();
        assertThat(FillTokens.accepts(new LeadForm("其他", "key-2", "secret-2"), token, 1_003_000)).isFalse();
        assertThat(FillTokens.accepts(form, "999000." + token.substring(token.indexOf('.') + 1), 1_003_000)).isFalse();
        assertThat(FillTokens.accepts(form, "garbage", 1_003_000)).isFalse();
        assertThat(FillTokens.accepts(form, null, 1_003_000)).isFalse();
    }
}
