package org.dearmp.template.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateVersionTest {
    @Test
    void goesUpByOneInItsLastNumber() {
        assertThat(TemplateVersion.next("1")).isEqualTo("2");
        assertThat(TemplateVersion.next("9")).isEqualTo("10");
        assertThat(TemplateVersion.next("1.4")).isEqualTo("1.5");
        assertThat(TemplateVersion.next("2026-3")).isEqualTo("2026-4");
        assertThat(TemplateVersion.next("")).isEqualTo("1");
        assertThat(TemplateVersion.next(null)).isEqualTo("1");
        assertThat(TemplateVersion.next("beta")).isEqualTo("beta.1");
    }
}
