package org.dearmp.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The file dialogs offer what the app writes, and still open what it used to write. */
class FileKindTest {

    @Test
    void aTemplatePackIsSavedAsDearmpAndOpensAsDearmpOrZip() {
        assertThat(FileKind.TEMPLATE_PACK.extension()).isEqualTo("dearmp");
        assertThat(FileKind.TEMPLATE_PACK.extensions()).containsExactly("dearmp", "zip");
        assertThat(FileKind.TEMPLATE_PACK.description()).isEqualTo("Dear MP template pack");
    }
}
