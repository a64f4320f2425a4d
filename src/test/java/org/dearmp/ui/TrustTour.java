package org.dearmp.ui;

import static org.dearmp.ui.ScreenshotTour.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.dearmp.letter.Sender;
import org.dearmp.ui.wizard.Step;
import org.dearmp.ui.wizard.WizardViewModel;

/**
 * The second half of the {@link ScreenshotTour}: what keeps a letter safe and right. The seat check, the
 * Speaker's ask, the New letter and Erase questions, the send step's failure, cancel and no-email states,
 * a PDF signed in several scripts, and what changed after an MP list update.
 */
final class TrustTour {
    private final ScreenshotTour.Camera camera;
    private final Stage stage;
    private final WizardViewModel vm;
    private final Path home;

    TrustTour(ScreenshotTour.Camera camera, Stage stage, WizardViewModel vm, Path home) {
        this.camera = camera;
        this.stage = stage;
        this.vm = vm;
        this.home = home;
    }

    void run() throws Exception {
        seatCheck();
        speakersAsk();
        sendFailedAndCancelled();
        noEmail();
        mixedScriptPdf();
        newLetterAndErase();
        updateMpList();
    }

    /**
     * File > Update MP list… with a copy of the real DfE extract dated today, in which three seats changed:
     * the screen that says what changed. Last, because the list it imports is in use from then on.
     */
    private void updateMpList() throws Exception {
        Path downloads = java.nio.file.Files.createTempDirectory("dear-mp-tour-downloads");
        Path twoChanges = org.dearmp.testsupport.RealMps.extractWithTwoChanges(downloads,
                java.time.LocalDate.now(java.time.Clock.systemDefaultZone()));
        // And a by-election: a new MP, under a name no one will take for a real one.
        List<String> lines = java.nio.file.Files.readAllLines(twoChanges);
        lines.replaceAll(line -> line.replace("\"1427\",\"Rt Hon Andy Burnham\",\"Andy Burnham\",\"Labour (Co-op)\","
                + "\"andy.burnham.mp@parliament.uk\"", "\"99999\",\"Sam Example MP\",\"Sam Example\",\"Reform UK\","
                + "\"sam.example.mp@parliament.uk\""));
        ScreenshotTour.nextOpen = java.nio.file.Files.write(twoChanges, lines);
        camera.dialog("12-update-mp-list", () -> menu("menu-update-mps").fire());
    }

    /** A remembered Cardiff address in a letter to Chorley's MP: the letter step says so and offers Cardiff's. */
    private void seatCheck() throws Exception {
        writeTo("PR7 1DP", "stronger-laws");
        onFx(() -> {
            vm.letter().setSender(new Sender("Siân Evans", List.of("4 Heol y Frenhines", "Cardiff"), "CF10 1EP",
                    "sian@example.org", ""));
            vm.letter().addPoint("A friend was trafficked into cleaning work and nobody noticed for two years.");
            return null;
        });
        onFx(() -> ScreenshotTour.scrollIntoView(stage.getScene().lookup("#seat-check")));
        camera.shot("4-letter-seat-check");
        onFx(() -> {
            vm.letter().seatCheck().keep();
            return null;
        });
    }

    /** A campaigning template to the Speaker (Chorley): the ask becomes passing concerns on, and says why. */
    private void speakersAsk() throws Exception {
        onFx(() -> {
            vm.goTo(Step.TEMPLATE);
            vm.templates().select("survivor-support");
            vm.goTo(Step.LETTER);
            vm.letter().setSender(new Sender("Sam Jones", List.of("3 Market Street", "Chorley"), "PR7 1DP",
                    "sam@example.org", ""));
            return null;
        });
        onFx(() -> ScreenshotTour.scrollIntoView(stage.getScene().lookup("#letter-form")));
        camera.shot("4-letter-speaker-ask");
    }

    /** Print with no printer is a failure, in its style; a cancelled save says it was cancelled. */
    private void sendFailedAndCancelled() throws Exception {
        onFx(() -> {
            vm.goTo(Step.SEND);
            vm.send().print();
            return null;
        });
        Thread.sleep(1500);
        onFx(() -> ScreenshotTour.scrollIntoView(stage.getScene().lookup("#send-confirmation")));
        camera.shot("5-send-failed");
        ScreenshotTour.cancelNextSave = true;
        onFx(() -> {
            vm.send().savePdf();
            return null;
        });
        onFx(() -> ScreenshotTour.scrollIntoView(stage.getScene().lookup("#send-confirmation")));
        camera.shot("5-send-cancelled");
    }

    /** Preston's MP has no email address: the email buttons are disabled, with the reason beside them. */
    private void noEmail() throws Exception {
        writeTo("PR1 2AA", "stronger-laws");
        onFx(() -> {
            vm.letter().setSender(new Sender("Sam Jones", List.of("8 Fishergate", "Preston"), "PR1 2AA",
                    "sam@example.org", ""));
            vm.letter().storyProperty().set("I volunteer at a drop-in centre in Preston and have met women "
                    + "who were trafficked here.");
            vm.goTo(Step.SEND);
            return null;
        });
        onFx(() -> ScreenshotTour.scrollIntoView(stage.getScene().lookup("#step-send")));
        camera.shot("5-send-no-email");
    }

    /** A one-page PDF signed in Latin, Chinese, Arabic and Devanagari, rendered as a picture by pdftoppm. */
    private void mixedScriptPdf() throws Exception {
        if (!camera.suffix().isEmpty()) {
            return; // the PDF is the same at every text size
        }
        onFx(() -> {
            vm.goTo(Step.LETTER);
            vm.letter().nameProperty().set("Siân Łukasz 王小明 محمد علي देवनागरी");
            vm.goTo(Step.SEND);
            vm.send().savePdf();
            return null;
        });
        Path pdf = null;
        for (int i = 0; i < 100 && pdf == null; i++) {
            Thread.sleep(100);
            pdf = onFx(() -> vm.send().lastFileProperty().get());
        }
        if (pdf == null) {
            throw new IllegalStateException("the mixed-script PDF was not written");
        }
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "70", "-singlefile", pdf.toString(),
                camera.out().resolve("10-mixed-script-pdf").toString()).inheritIO().start();
        if (!pdftoppm.waitFor(60, TimeUnit.SECONDS) || pdftoppm.exitValue() != 0) {
            throw new IllegalStateException("pdftoppm failed on " + pdf);
        }
    }

    /** File > New letter with an unfinished letter, and Erase all my data with a saved template kept. */
    private void newLetterAndErase() throws Exception {
        onFx(() -> {
            vm.goTo(Step.LETTER);
            vm.letter().storyProperty().set("I have seen what support does for survivors in Preston.");
            return null;
        });
        camera.dialog("8-new-letter", () -> menu("menu-new").fire());
        java.nio.file.Files.createDirectories(home.resolve("templates"));
        java.nio.file.Files.writeString(home.resolve("templates").resolve("my-campaign.txt"),
                "A template a campaigner wrote.");
        camera.dialog("8-erase", () -> menu("menu-erase").fire());
    }

    /** Step 1 to 4: a postcode, its MP, a template, the letter step. */
    private void writeTo(String postcode, String template) throws Exception {
        onFx(() -> {
            vm.goTo(Step.POSTCODE);
            vm.postcode().inputProperty().set(postcode);
            return null;
        });
        Thread.sleep(600);
        onFx(() -> {
            vm.next();
            vm.next();
            vm.templates().select(template);
            vm.next();
            return null;
        });
    }

    private MenuItem menu(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new IllegalStateException("no menu item " + id);
    }
}
