package org.dearmp.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import org.dearmp.i18n.Messages;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.common.ErrorDialog;
import org.junit.jupiter.api.Test;

/** An erase that stopped part way says so in plain words: why, and to try again; never an exception's name. */
@UiTest
class EraseFailureMessageTest {

    @Test
    void anEraseThatStoppedSaysWhyInPlainWords() {
        String said = ErrorDialog.userMessage(EraseDataDialog.notErased(
                new AccessDeniedException("/home/someone/.dear-mp/letters/abc.json")));

        assertThat(said).startsWith(Messages.get("ui.erase.failed", "").substring(0, 20))
                .contains(org.dearmp.store.FileProblems.why(new AccessDeniedException("x")))
                .doesNotContain("Exception").doesNotContain("/home/someone");
    }
}
