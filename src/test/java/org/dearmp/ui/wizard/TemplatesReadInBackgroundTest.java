package org.dearmp.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.FakeServices;
import org.dearmp.testsupport.HeldExecutor;
import org.dearmp.testsupport.WizardFixture;
import org.dearmp.ui.services.Services;
import org.dearmp.ui.services.TemplateChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The templates on offer are read again (after an erase, or when the Templates window closes) on the background
 * executor: the FX thread does not list the user's template files.
 */
@DataTest
class TemplatesReadInBackgroundTest {
    @TempDir
    Path home;
    private final HeldExecutor background = new HeldExecutor();
    /** The user's own templates, as the files would list them now. */
    private final List<TemplateChoice> own = new ArrayList<>();
    private int reads;
    private WizardViewModel vm;

    @BeforeEach
    void setUp() {
        WizardFixture fixture = new WizardFixture(home);
        Services fake = fixture.services;
        fixture.services = new Services(fake.lookup(), fake.parliament(), new FakeServices.SimpleLetters() {
            @Override
            public List<TemplateChoice> templates() {
                reads++;
                List<TemplateChoice> all = new ArrayList<>(super.templates());
                all.addAll(own);
                return all;
            }
        }, fake.exporter(), fake.dataInfo());
        fixture.executor = background;
        vm = fixture.create();
    }

    private List<String> offered() {
        return vm.templates().templates().stream().map(TemplateChoice::id).toList();
    }

    @Test
    void theTemplatesAreReadAgainOnlyWhenTheBackgroundRuns() {
        own.add(new TemplateChoice("mine", "My own", "", "", List.of(), false));
        int readsBefore = reads;

        vm.refreshTemplates();

        assertThat(reads).as("nothing read on the FX thread").isEqualTo(readsBefore);
        assertThat(offered()).doesNotContain("mine");
        background.runAll();
        assertThat(offered()).contains("mine");
    }

    @Test
    void afterAnEraseTheTemplatesAreReadInTheBackground() {
        vm.eraseAllData(true, () -> { }, WizardFixture::fail);
        own.add(new TemplateChoice("kept", "Kept through the erase", "", "", List.of(), false));
        int readsBefore = reads;

        background.runAll();

        assertThat(reads).isGreaterThan(readsBefore);
        assertThat(offered()).contains("kept");
    }
}
